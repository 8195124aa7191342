// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/planner/chainplan.h"

#include "model/domain/plantime.h"
#include "model/analysis/backupusability.h"
#include "model/planner/basechoice.h"

namespace rd {
namespace {

/// What the end of the log is: the latest log backup (by finish) that a restore could reach, and
/// the latest tail-log backup of the history. One pass over the backups.
struct LogEnd
{
    qsizetype latest = -1; ///< the latest log backup by finish (then last LSN), usable or not
    qsizetype tail = -1;   ///< the latest tail-log backup
};

LogEnd logEndOf(const BackupList &backups)
{
    LogEnd e;
    const auto later = [&](qsizetype i, qsizetype j) {
        const Backup &a = backups[i], &b = backups[j];
        return b.finish < a.finish || (a.finish == b.finish && b.lastLsn < a.lastLsn);
    };
    for (qsizetype i = 0; i < backups.size(); ++i) {
        const Backup &b = backups[i];
        if (!b.isLog() || b.failed)
            continue;
        if (e.latest < 0 || later(i, e.latest))
            e.latest = i;
        if (b.tailLog && (e.tail < 0 || later(i, e.tail)))
            e.tail = i;
    }
    return e;
}

QString when(const Backup &b)
{
    return PlanTime::toString(b.finish.isValid() ? b.finish : b.start);
}

} // namespace

ChainPlan ChainChoice::choose(const ProjectAnalysis &analysis, const PlanGoal &goal, bool partials, bool tailPossible)
{
    const HistoryIndex &index = analysis.index();
    const BackupList &backups = index.backups();
    const TimelineHistory &history = index.history();
    const LogEnd end = logEndOf(backups);
    const QString targetFork = end.latest >= 0 ? BackupUsability::endFork(backups[end.latest]) : QString();
    // The end of the log the chain must reach: the latest log backup's end (the tail when the
    // history has one). The plan's own tail-log backup then continues it.
    const Lsn endLsn = end.latest >= 0 ? backups[end.latest].lastLsn : Lsn();

    ChainPlan plan;
    LogChainWalk::Memo memo;
    QStringList skipped;
    QString firstFailure;
    int afterTarget = 0; ///< bases that finished after the goal's point
    qsizetype newestAfterTarget = -1;
    ChainPlan copyOnly; ///< the newest copy-only full that reaches the goal, if any
    qsizetype copyOnlySkipped = 0;
    for (qsizetype b : BaseChoice::candidates(analysis, partials)) {
        const Backup &base = backups[b];
        QString why = BackupUsability::whyUnusable(base);
        if (why.isEmpty() && !goal.dataEndsBy(base)) {
            // Said once for all of them: a year of daily fulls after the target is one line.
            if (afterTarget++ == 0)
                newestAfterTarget = b;
            continue;
        }
        if (!why.isEmpty()) {
            skipped << tr("Not %1 (%2): %3.").arg(base.id, when(base), why);
            continue;
        }
        bool simpleStart = false; ///< the base (or its differential) was taken under SIMPLE
        const auto walkFrom = [&](const Backup &data) {
            LogChainWalk::Result w =
                LogChainWalk::walk(index, goal, data.lastLsn, BackupUsability::endFork(data), endLsn, targetFork, memo);
            // A data backup taken under SIMPLE starts no log chain (R-LOG-001, R-LOG-008).
            const bool simple = data.recoveryModel ? *data.recoveryModel == RecoveryModel::Simple
                                                   : history.recoveryModelAt(TimelineHistory::momentOf(data)) == RecoveryModel::Simple;
            if (simple && !w.logs.empty()) {
                w.reached = false;
                w.logs.clear();
                w.end = data.lastLsn;
                simpleStart = true;
            }
            return w;
        };
        qsizetype diff = -1;
        LogChainWalk::Result walk;
        bool found = false;
        // The newest differential first (fewest logs); an older one, or none, when its chain dead-ends.
        for (qsizetype d : BaseChoice::differentialsOn(index, b, goal)) {
            walk = walkFrom(backups[d]);
            if (walk.reached) {
                diff = d;
                found = true;
                break;
            }
        }
        if (!found) {
            walk = walkFrom(base);
            found = walk.reached;
        }
        if (!found) {
            if (simpleStart)
                why = tr("it was taken under the SIMPLE recovery model, so no log backup can roll it forward (R-LOG-008)");
            else if (!(walk.end < endLsn) && !goal.isEndOfLog())
                why = tr("the log backups end at LSN %1 (%2), before the target %3")
                          .arg(walk.end.toString(), end.latest >= 0 ? when(backups[end.latest]) : QString(), goal.text());
            else
                why = tr("its log chain stops at LSN %1, short of %2: %3")
                          .arg(walk.end.toString(), goal.text(), LogChainWalk::whyBroken(index, walk.end, walk.fork));
            if (firstFailure.isEmpty())
                firstFailure = tr("%1 (%2): %3").arg(base.id, when(base), why);
            skipped << tr("Not %1 (%2): %3.").arg(base.id, when(base), why);
            continue;
        }
        if (base.copyOnly) {
            // A copy-only full has no differential (R-DIFF-001): an older regular full with a newer
            // differential may start the logs later. Keep the newest copy-only candidate and go on
            // to the newest regular full; the later start wins.
            if (copyOnly.base < 0) {
                copyOnly.base = b;
                copyOnly.logs = walk.logs;
                copyOnlySkipped = skipped.size();
            }
            continue;
        }
        plan.base = b;
        plan.differential = diff;
        plan.logs = walk.logs;
        break;
    }
    if (copyOnly.base >= 0) {
        const Lsn copyStart = backups[copyOnly.base].lastLsn;
        const Lsn regularStart = plan.base < 0 ? Lsn()
            : backups[plan.differential >= 0 ? plan.differential : plan.base].lastLsn;
        if (plan.base < 0 || regularStart < copyStart) {
            plan.base = copyOnly.base;
            plan.differential = -1;
            plan.logs = copyOnly.logs;
            skipped = skipped.mid(0, copyOnlySkipped);
        } else {
            skipped << tr("Not %1 (%2), copy-only: %3 starts the log later (LSN %4).")
                           .arg(backups[copyOnly.base].id, when(backups[copyOnly.base]),
                                backups[plan.differential >= 0 ? plan.differential : plan.base].id, regularStart.toString());
        }
    }
    if (afterTarget > 0)
        skipped.prepend(tr("Not the %n data backup(s) that finished after the target %1 (the newest: %2, %3).", nullptr,
                           afterTarget)
                            .arg(goal.text(), backups[newestAfterTarget].id, when(backups[newestAfterTarget])));
    if (plan.base < 0) {
        if (!firstFailure.isEmpty())
            plan.error = tr("no backup chain reaches %1; the newest usable base fails: %2").arg(goal.text(), firstFailure);
        else
            plan.error = partials ? tr("no usable full or partial backup ends before %1").arg(goal.text())
                                  : tr("no usable full backup ends before %1").arg(goal.text());
        plan.reasons = skipped;
        return plan;
    }

    const Backup &base = backups[plan.base];
    // Whole sentences, so that each language can word them (docs/languages.md).
    if (!partials)
        plan.reasons << tr("Base: full backup %1 (finished %2), the newest usable full backup from which the log "
                           "reaches %3.").arg(base.id, when(base), goal.text());
    else if (base.type == BackupType::Partial)
        plan.reasons << tr("Base: partial backup %1 (finished %2), the newest usable full or partial backup from which "
                           "the log reaches %3.").arg(base.id, when(base), goal.text());
    else
        plan.reasons << tr("Base: full backup %1 (finished %2), the newest usable full or partial backup from which the "
                           "log reaches %3.").arg(base.id, when(base), goal.text());
    plan.reasons << skipped;
    if (plan.differential >= 0) {
        const Backup &d = backups[plan.differential];
        plan.reasons << tr("Differential: %1 (finished %2), the newest differential based on %3 from which the log "
                           "reaches %4; it replaces the log backups before LSN %5.")
                            .arg(d.id, when(d), base.id, goal.text(), d.lastLsn.toString());
    } else {
        plan.reasons << tr("No differential: none based on %1 ends by %2 with a log chain to it.").arg(base.id, goal.text());
    }
    const Backup &from = backups[plan.differential >= 0 ? plan.differential : plan.base];
    if (!plan.logs.empty()) {
        const Backup &first = backups[plan.logs.front()], &last = backups[plan.logs.back()];
        plan.reasons << tr("Log backups: %n, from %1 (its range %2 to %3 holds %4's last LSN %5) to %6, without a gap.",
                           nullptr, int(plan.logs.size()))
                            .arg(first.id, first.firstLsn.toString(), first.lastLsn.toString(), from.id,
                                 from.lastLsn.toString(), last.id);
        if (!goal.isEndOfLog())
            plan.reasons << tr("%1 holds the target %2: it is restored with %3 and recovers.")
                                .arg(last.id, goal.text(), goal.stopClause()->text());
        if (end.tail >= 0 && plan.logs.back() == end.tail)
            plan.historyTail = end.tail;
    } else {
        plan.reasons << tr("No log backup: %1 already ends at %2.").arg(from.id, goal.text());
    }
    plan.takeTail = goal.isEndOfLog() && tailPossible;
    return plan;
}

} // namespace rd
