// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Property test of RestorePlanner over generated histories (plannerhistory.h): for every history,
// several targets (the end of the log, points in time, marks, LSNs) and with and without a
// piecemeal order,
//  - the validator (a ProjectAnalysis of the project with the plan added) finds no error in any
//    plan the planner builds, beyond the errors the history has without the plan;
//  - when the planner refuses, no chain exists: a brute force over every usable full backup, every
//    differential and every branch of log backups (not the planner's greedy walk) finds none.
// Environment: RD_PROPERTY_SEED (`7`, `1,5,9`, `1-200`; default 1-100), as tst_editproperties.
// A failure prints the seed, the target and the plan, and `RD_PROPERTY_SEED=<seed>` replays it.
#include "model/analysis/backupusability.h"
#include "model/io/planjsonwriter.h"
#include "model/simulation/pointintime.h"
#include "plannerhistory.h"
#include "plannersupport.h"

#include <QDir>
#include <QSet>

using namespace rd;
using namespace rd::test;

namespace {

QList<quint64> seeds()
{
    QList<quint64> out;
    const QString text = qEnvironmentVariable("RD_PROPERTY_SEED", QStringLiteral("1-100"));
    for (const QString &part : text.split(u',')) {
        const QStringList range = part.trimmed().split(u'-');
        const quint64 first = range.first().toULongLong();
        const quint64 last = range.size() == 2 ? range.last().toULongLong() : first;
        for (quint64 s = first; s <= last && s - first < 1000000; ++s)
            out << s;
    }
    return out;
}

/// The error findings of `project` with `plan` (index in its plans), beyond those of the history alone.
QStringList planErrors(const Project &with, qsizetype planIndex)
{
    Project alone = with;
    alone.plans = {Plan{.name = QStringLiteral("empty")}};
    const auto base = ProjectAnalysis::build(alone);
    QSet<QString> history;
    for (const Diagnostic &d : base->plan(0).diagnostics)
        history.insert(d.rule + u' ' + d.message);
    const auto analysis = ProjectAnalysis::build(with);
    QStringList errors;
    for (const Diagnostic &d : analysis->plan(planIndex).diagnostics)
        if (d.severity == Severity::Error && !history.contains(d.rule + u' ' + d.message))
            errors << QStringLiteral("%1 step %2: %3").arg(d.rule).arg(d.step + 1).arg(d.message);
    return errors;
}

/// Brute force: does any usable full backup, with or without any differential on it, reach the
/// target through some chain of usable log backups (any branch, on matching forks)? Independent of
/// the planner's choices; the history is small.
bool anyChainReaches(const Project &p, const RestoreTarget &target)
{
    const auto analysis = ProjectAnalysis::build(p);
    const HistoryIndex &index = analysis->index();
    const BackupList &backups = index.backups();
    const std::optional<PointInTime::Point> point = PointInTime::ofTarget(p, target);
    if (target.kind != RestoreTarget::Kind::EndOfLog && !point)
        return false;
    // The end of the log: the latest log backup by finish (not failed).
    const Backup *latest = nullptr;
    for (const Backup &b : backups)
        if (b.isLog() && !b.failed && (!latest || latest->finish < b.finish
                                       || (latest->finish == b.finish && latest->lastLsn < b.lastLsn)))
            latest = &b;
    const auto endsBy = [&](const Backup &d) { return !point || !PointInTime::after(PointInTime::endOf(d), *point); };
    const auto reaches = [&](const Backup &log) {
        if (!point)
            return false;
        if (!point->lsn.isNull())
            return point->lsn < log.lastLsn;
        return point->time <= log.finish;
    };
    for (qsizetype f = 0; f < backups.size(); ++f) {
        const Backup &full = backups[f];
        if (full.type != BackupType::Full || !BackupUsability::usable(full) || !endsBy(full))
            continue;
        QList<const Backup *> starts{&full};
        for (const Backup &d : backups)
            if (d.type == BackupType::Differential && BackupUsability::usable(d) && endsBy(d) && full.lastLsn <= d.lastLsn
                && BackupUsability::isBasedOn(index, d, full, f))
                starts << &d;
        for (const Backup *s : starts) {
            // Every (LSN, fork) roll-forward can reach, by exploring every usable log.
            QList<std::pair<Lsn, QString>> todo{{s->lastLsn, BackupUsability::endFork(*s)}};
            QSet<QString> seen;
            while (!todo.isEmpty()) {
                const auto [at, fork] = todo.takeLast();
                if (!point && latest && !(at < latest->lastLsn) && BackupUsability::sameFork(fork, BackupUsability::endFork(*latest)))
                    return true;
                if (!latest && !point)
                    return true;
                for (const Backup &l : backups) {
                    if (!l.isLog() || !BackupUsability::usable(l) || !(l.firstLsn <= at) || !(at < l.lastLsn)
                        || !BackupUsability::sameFork(l.recoveryForkId, fork))
                        continue;
                    const bool leaves = !BackupUsability::sameFork(l.recoveryForkId, BackupUsability::endFork(l));
                    if (leaves && !l.forkPointLsn.isNull() && l.forkPointLsn < at)
                        continue;
                    if (reaches(l))
                        return true;
                    const QString key = l.lastLsn.toString() + u'/' + BackupUsability::endFork(l);
                    if (!seen.contains(key)) {
                        seen.insert(key);
                        todo.append({l.lastLsn, BackupUsability::endFork(l)});
                    }
                }
            }
        }
    }
    return false;
}

/// Saves the history of a failing run beside the temporary files, for `restore-designer plan` to replay.
QString saved(const Project &p, quint64 seed)
{
    const QString path = QDir::temp().filePath(QStringLiteral("planner-property-seed-%1.json").arg(seed));
    QString error;
    return PlanJsonWriter::writeFile(p, path, &error) ? QStringLiteral(" (history saved as %1)").arg(path) : QString();
}

QString describe(const Plan &plan)
{
    QStringList lines;
    for (const PlanStep &s : plan.steps)
        lines << QStringLiteral("  %1 %2 %3 %4").arg(toString(s.statement), s.backup, s.filegroups.join(u','),
                                                     toString(s.recovery));
    return lines.join(u'\n');
}

} // namespace

class TestPlannerProperties : public QObject
{
    Q_OBJECT
private slots:
    void plansValidateAndRefusalsAreJustified();
};

void TestPlannerProperties::plansValidateAndRefusalsAreJustified()
{
    int planned = 0, refused = 0;
    for (quint64 seed : seeds()) {
        Random r(seed, QStringLiteral("planner"));
        const Project p = randomHistory(r);
        QList<RestoreTarget> targets{endOfLog()};
        const QDateTime first = p.backups.first().start, last = p.backups.last().finish;
        for (int k = 0; k < 2; ++k)
            targets << at(first.addSecs(r.below(int(first.secsTo(last) + 3600))));
        for (const TimelineEvent &e : p.events)
            if (e.kind == EventKind::Mark && r.chance(50))
                targets << mark(e.name);
        targets << mark(QStringLiteral("lsn:%1").arg(1000 + r.below(int(p.backups.last().lastLsn.toString().toULongLong() - 900))));
        QStringList order;
        for (const Filegroup &fg : p.database.filegroups)
            if (!fg.isPrimary() && r.chance(60))
                order << fg.name;
        for (const RestoreTarget &target : targets) {
            for (const QStringList &onlineFirst : {QStringList(), order}) {
                if (onlineFirst.isEmpty() && &onlineFirst != &order && false)
                    continue;
                const PlannedRestore result = planFor(p, target, onlineFirst);
                const QString where = QStringLiteral("seed %1 (RD_PROPERTY_SEED=%1), target %2 %3 %4, online first [%5]")
                                          .arg(seed).arg(int(target.kind)).arg(target.mark,
                                               PlanTime::toString(target.pointInTime), onlineFirst.join(u','));
                if (result.ok()) {
                    ++planned;
                    const Project with = withPlan(p, result);
                    const QStringList errors = planErrors(with, with.plans.size() - 1);
                    if (!errors.isEmpty())
                        QFAIL(qPrintable(where + saved(p, seed) + u'\n' + errors.join(u'\n') + u'\n'
                                         + describe(*result.plan) + u'\n' + result.reasons.join(u'\n')));
                } else {
                    ++refused;
                    if (qEnvironmentVariableIsSet("RD_PROPERTY_TRACE"))
                        qInfo().noquote() << where << result.error;
                    if (!onlineFirst.isEmpty())
                        continue; // a piecemeal refusal names a filegroup; the chain is the whole restore's
                    if (anyChainReaches(p, target))
                        QFAIL(qPrintable(where + QStringLiteral(": refused (%1), but a chain exists").arg(result.error)
                                         + saved(p, seed)));
                }
            }
        }
    }
    qInfo("%d plans validated, %d refusals checked", planned, refused);
    QVERIFY(planned > 0);
}

QTEST_GUILESS_MAIN(TestPlannerProperties)
#include "tst_plannerproperties.moc"
