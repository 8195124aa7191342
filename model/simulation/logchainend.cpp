// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// LogChain at the end of the plan: what the logs reach, and the end-of-log checks (R-TAIL-*).

#include "model/simulation/logchain.h"
#include "model/simulation/logchainsupport.h"

#include "model/domain/plansteps.h"
#include "model/domain/plantime.h"
#include "model/findings/taillogbackup.h"
#include "model/simulation/restorescope.h"
#include "model/simulation/rollforwardfix.h"

namespace rd {

using namespace logchain;

const Backup *LogChain::logAt(const Lsn &lsn, bool damaged) const
{
    for (qsizetype k : m_index.logsHolding(lsn)) {
        const Backup &l = m_backups[k];
        if (!l.failed && l.damaged == damaged)
            return &l;
    }
    return nullptr;
}

LogChain::Reach LogChain::reach(const Lsn &from, const QString &fork) const
{
    // Most plans already reach the end: then no log holds `from` and one pass settles it.
    if (!logAt(from, false) && !logAt(from, true))
        return {from, nullptr, nullptr};
    // One sweep: every log starting at or before the point reached so far is a candidate; the one
    // reaching furthest moves the point on. Copy-only logs count: they are usable (R-LOG-007). The
    // sweep starts at the first log that may end after `from`.
    const std::vector<HistoryIndex::Position> &logs = m_index.logsByFirstLsn();
    Reach r{from, nullptr, nullptr};
    QString onFork = fork;
    const Backup *best = nullptr;
    const Backup *bestDamaged = nullptr;
    size_t p = size_t(m_index.firstLogEndingAfter(from));
    for (;;) {
        for (; p < logs.size() && m_backups[logs[p]].firstLsn <= r.end; ++p) {
            const Backup *l = &m_backups[logs[p]];
            if (l->failed)
                continue;
            if (!onFork.isEmpty() && !l->recoveryForkId.isEmpty() && !sameFork(l->recoveryForkId, onFork))
                continue;
            const Backup *&slot = l->damaged ? bestDamaged : best;
            if (!slot || slot->lastLsn < l->lastLsn)
                slot = l;
        }
        if (!best || best->lastLsn <= r.end)
            break;
        r.end = best->lastLsn;
        r.last = best;
        if (!lastFork(*best).isEmpty())
            onFork = lastFork(*best);
    }
    if (bestDamaged && r.end < bestDamaged->lastLsn)
        r.blocked = bestDamaged;
    return r;
}

void LogChain::checkEndOfLog(int i, const FileCatalog::FileSet &restoring)
{
    // R-TAIL-003 concerns sequences that recover read/write data (files that need log: not
    // read-only from their backup on, R-RO-002) to the point of failure. A file rolled forward to
    // where its filegroup became read-only for good has nothing after that to lose: "the recovery
    // point is the point when the data being restored was taken offline or made read-only for the
    // last time" (online-restore-sql-server.md).
    if (m_plan.target.kind != RestoreTarget::Kind::EndOfLog || m_history.recoveryModelAt({}) == RecoveryModel::Simple)
        return;
    FileCatalog::FileSet readWrite;
    for (int f : restoring) {
        const int g = m_catalog.files()[f].filegroup;
        const Backup *from = m_files[f].from;
        if (from && m_history.readOnlyThroughout(g, *from, {}))
            continue;
        const PointInTime::Point &at = m_files[f].at;
        if ((at.time.isValid() || !at.lsn.isNull()) && m_history.readOnlySpan(g, at, {}))
            continue;
        readWrite.insert(f);
    }
    if (readWrite.isEmpty())
        return;
    const Backup *last = m_seq.lastLog;
    if (last && last->tailLog)
        return;
    for (const PlanStep &s : m_plan.steps) // a log backup the plan itself takes (e.g. after an online file restore)
        if (last && s.statement == StepStatement::BackupLog && s.backup == last->id)
            return;
    int lowest = -1;
    for (int f : ordered(readWrite))
        if (lowest < 0 || PointInTime::before(m_files[f].at, m_files[lowest].at))
            lowest = f;
    const PointInTime::Point at = m_files[lowest].at;
    if (at.lsn.isNull())
        return;
    const Reach r = reach(at.lsn, m_files[lowest].fork);
    // The log restores that would reach further are the fix, unless a switch to SIMPLE after this point
    // broke the chain: then a differential must bridge it first (R-LOG-008), and only the user sees which.
    bool broken = false;
    for (const TimelineEvent &e : m_project.events)
        broken |= e.kind == EventKind::SetRecoveryModel && e.recoveryModel == RecoveryModel::Simple
            && (!at.time.isValid() || at.time < e.at);
    auto rollForward = [&](const Backup *to) {
        return to && !broken ? m_fixes.make(i, at.lsn, to->lastLsn) : RollForwardFix{};
    };
    const QString sequence = Tr::tr("steps %1–%2").arg(m_seq.first + 1).arg(i + 1);
    if (r.blocked) {
        const QString best = PointInTime::text(r.last ? PointInTime::endOf(*r.last) : at);
        report(i, QStringLiteral("R-LOG-005"), Severity::Error,
               Tr::tr("Log backup %1 (LSN %2–%3) is damaged or lost, so the log chain cannot pass it: the point of "
                      "failure is out of reach and the latest reachable point is %4. Work after it is lost.")
                   .arg(r.blocked->id, r.blocked->firstLsn.toString(), r.blocked->lastLsn.toString(), best),
               r.blocked->id, {},
               Tr::tr("Restore the log backups up to %1 and set the plan's target there, or restore %2 WITH "
                      "CONTINUE_AFTER_ERROR if its media can still be read.").arg(best, r.blocked->id));
        return;
    }
    bool logDamaged = false;
    for (const TimelineEvent &e : m_project.events)
        logDamaged |= e.kind == EventKind::Failure && e.logDamaged;
    if (logDamaged) {
        // No tail-log backup can exist: the last log backup of the chain is the best reachable point.
        const RollForwardFix logs = rollForward(r.last);
        if (r.last)
            report(i, QStringLiteral("R-TAIL-003"), Severity::Warning,
                   Tr::tr("The log of %1 is damaged, so no tail-log backup exists and the best reachable point is the end "
                          "of log backup %2 (%3); the restore sequence (%4) stops at %5, so the transactions in between "
                          "would be lost.")
                       .arg(m_project.database.name, r.last->id, PointInTime::text(PointInTime::endOf(*r.last)), sequence,
                            PointInTime::text(at)),
                   r.last->id, {},
                   logs.edit.isValid() ? logs.text
                                       : Tr::tr("Restore the log backups up to %1 before step %2 recovers.").arg(r.last->id).arg(i + 1),
                   logs.edit);
        return;
    }
    const Backup *tail = nullptr;
    for (const Backup &b : m_backups)
        if (b.isLog() && b.tailLog && !b.damaged && !b.failed && (!tail || tail->finish < b.finish))
            tail = &b;
    const RollForwardFix logs = rollForward(tail);
    const ProjectEdit newTail = tail || r.last ? ProjectEdit{} : takeAndRestoreTail(i);
    report(i, QStringLiteral("R-TAIL-003"), Severity::Error,
           Tr::tr("Recovery target is 'point of failure' but the tail-log backup is not the last log restored in the "
                  "restore sequence (%1); transactions after %2 would be lost.").arg(sequence, PointInTime::text(at)),
           last ? last->id : QString(), {},
           tail && logs.edit.isValid()
               ? Tr::tr("Restore the tail-log backup %1 last in this sequence. %2").arg(tail->id, logs.text)
           : tail ? Tr::tr("Restore the tail-log backup %1 last in this sequence (after the log backups up to it), WITH "
                           "RECOVERY.").arg(tail->id)
           : newTail.isValid()
               ? Tr::tr("Take tail-log backup %1 (BACKUP LOG … WITH NORECOVERY, added to the history) before step %2 and "
                        "restore it last in this sequence, WITH RECOVERY.").arg(newTail.parts[0].backup.id).arg(m_seq.first + 1)
               : Tr::tr("Take a tail-log backup (BACKUP LOG … WITH NORECOVERY) before the first restore and restore it "
                        "last in this sequence, WITH RECOVERY (draw it on the timeline after the failure)."),
           tail ? logs.edit : newTail);
}

ProjectEdit LogChain::takeAndRestoreTail(int i) const
{
    // Only the first sequence of the plan: a BACKUP LOG WITH NORECOVERY between two sequences would
    // take the database the first one brought online offline again.
    for (int k = 0; k < m_seq.first; ++k)
        if (m_plan.steps[k].isRestore())
            return {};
    const std::optional<Backup> tail = TailLogBackup::suggested(m_project);
    if (!tail || i < 0 || i >= m_plan.steps.size())
        return {};
    QList<ProjectEdit> parts{ProjectEdit::addBackup(*tail)};
    int taken = -1; // the plan's BACKUP LOG step that names no backup yet, if any
    for (int k = 0; k < m_seq.first && taken < 0; ++k)
        if (m_plan.steps[k].statement == StepStatement::BackupLog && m_plan.steps[k].backup.isEmpty())
            taken = k;
    int shift = 0;
    if (taken >= 0) {
        PlanStep named = m_plan.steps[taken];
        named.backup = tail->id;
        parts << ProjectEdit::replace(taken, named);
    } else if (m_project.environment.databaseExists) {
        parts << ProjectEdit::insert(m_seq.first, PlanSteps::tailLogBackup(tail->id));
        shift = 1;
    } else {
        return {}; // no database on the target: its tail cannot be taken there
    }
    const PlanStep &recovering = m_plan.steps[i];
    if (recovering.backup.isEmpty()) { // a recovery-only step: the tail goes before it
        parts << ProjectEdit::insert(i + shift, PlanSteps::restoreOf(*tail, RecoveryOption::NoRecovery));
    } else {
        PlanStep kept = recovering;
        kept.recovery = RecoveryOption::NoRecovery;
        parts << ProjectEdit::replace(i + shift, kept)
              << ProjectEdit::insert(i + shift + 1, PlanSteps::restoreOf(*tail, RecoveryOption::Recovery));
    }
    return ProjectEdit::composite(parts);
}

} // namespace rd
