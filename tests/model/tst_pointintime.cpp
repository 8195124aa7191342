// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/rules/planvalidator.h"
#include "model/domain/plantime.h"
#include "model/simulation/restoresimulator.h"
#include "sampleloader.h"
#include "diagnosticqueries.h"

using namespace rd;
using namespace rd::test;

namespace {

QList<Diagnostic> check(const Project &p) { return PlanValidator::validate(p, p.plans[0]); }

QDateTime at(int hour, int minute, int second = 0) { return PlanTime::make(2017, 3, 6, hour, minute, second); }

/// The sample (its LSNs as given) recovering to `when`: the plan's target and the RESTORE LOG's
/// STOPAT (R-PIT-002 wants both).
Project toPoint(const QDateTime &when)
{
    Project p = test::sample();
    p.plans[0].target.kind = RestoreTarget::Kind::PointInTime;
    p.plans[0].target.pointInTime = when;
    p.plans[0].steps[1].stopAt = when;
    return p;
}

constexpr int logIndex = 3; // the sample's log backup: 04:00:00–04:00:10

/// The sample with a marked transaction at 03:50 (inside its log backup), recovering to the mark
/// `name` (the plan's target and the RESTORE LOG's STOPATMARK).
Project toMark(const QString &name, const QDateTime &after = {})
{
    Project p = test::sample();
    TimelineEvent mark;
    mark.kind = EventKind::Mark;
    mark.name = QStringLiteral("PriceUpdate");
    mark.at = at(3, 50);
    p.events.prepend(mark);
    p.plans[0].target.kind = RestoreTarget::Kind::Mark;
    p.plans[0].target.mark = name;
    p.plans[0].steps[1].stopAtMark = name;
    p.plans[0].steps[1].markAfter = after;
    p.plans[0].steps.removeLast(); // the partial-restore sequence only
    return p;
}

} // namespace

/// Point-in-time rules that need the simulator (R-PIT-…, R-LOG-010: docs/rules.md). The sample's
/// timeline: the PRIMARY+imoltp_mod file backup ends 03:01:00, the read-only secondary's 03:30:30,
/// the log backup covers the time up to 04:00:10. Expectations are worked by hand from the rules.
class TestPointInTime : public QObject
{
    Q_OBJECT
private slots:
    void sampleToAPointIsClean();
    void pit003DataBackupMustEndBeforeTarget();
    void pit002NotNeededAtTheEndOfTheLastLog();
    void pit004StopBeyondLastLogStaysRestoring();
    void pit004MarkInNoRestoredLogStaysRestoring();
    void pit006StopNeedsPrimaryInSequence();
    void pit006FileOnlySequence();
    void pit007LogWithoutStopRollsPastTarget();
    void log010NoStopInsideBulkLoggedLog();
};

void TestPointInTime::sampleToAPointIsClean()
{
    const QList<Diagnostic> ds = check(toPoint(at(3, 50)));
    QVERIFY2(ds.isEmpty(), qPrintable(dump(ds)));
}

void TestPointInTime::pit002NotNeededAtTheEndOfTheLastLog()
{
    // The target is the end of the log backup the plan restores last (04:00:10). Restoring that log
    // whole reaches it: "When a backup is restored, the data is restored to the LSN corresponding to the
    // point in time at which the backup was taken. Differential and log backups advance the restored
    // database to a later time" (sql-docs recover-to-a-log-sequence-number-sql-server.md). No STOPAT
    // is needed, and without it nothing else is wrong either.
    Project p = toPoint(at(4, 0, 10));
    p.plans[0].steps[1].stopAt = {};
    QList<Diagnostic> ds = check(p);
    QVERIFY2(ds.isEmpty(), qPrintable(dump(ds)));
    const SimulationResult r = RestoreSimulator::simulate(p, p.plans[0]);
    QCOMPARE(r.steps[1].pointInTime, at(4, 0, 10));
    QCOMPARE(toString(r.steps[1].database), QStringLiteral("ONLINE"));
    // One second earlier the target lies strictly inside the log: every RESTORE LOG must say STOPAT
    // ("In every RESTORE LOG statement of the restore sequence, you must specify your target time").
    p.plans[0].target.pointInTime = at(4, 0, 9);
    ds = check(p);
    QCOMPARE(count(ds, "R-PIT-002", 1), 1);
}

void TestPointInTime::pit003DataBackupMustEndBeforeTarget()
{
    QList<Diagnostic> ds = check(toPoint(at(2, 0))); // before the file backup restored at step 1 ended
    const Diagnostic *d = find(ds, "R-PIT-003", 0);
    QVERIFY2(d, qPrintable(dump(ds)));
    QCOMPARE(d->backup, QStringLiteral("imoltp_primary_mod"));
    QCOMPARE(count(ds, "R-PIT-003"), 1);
    // 03:20 is after the file backup but before the secondary's backup (03:30:30). The secondary was
    // read-only all along, so its backup holds the data as of 03:20: no finding.
    ds = check(toPoint(at(3, 20)));
    QVERIFY2(count(ds, "R-PIT-003") == 0, qPrintable(dump(ds)));
    Project p = toPoint(at(3, 20)); // …unless it was read/write until 03:25
    TimelineEvent rw;
    rw.kind = EventKind::SetReadWrite;
    rw.filegroup = QStringLiteral("imoltp_secondary");
    rw.at = at(0, 30);
    TimelineEvent ro = rw;
    ro.kind = EventKind::SetReadOnly;
    ro.at = at(3, 25);
    p.events << rw << ro;
    QCOMPARE(count(check(p), "R-PIT-003", 2), 1);
}

void TestPointInTime::pit004StopBeyondLastLogStaysRestoring()
{
    // 04:30 lies after the last log restored (04:00:10): the RESTORE LOG … STOPAT, RECOVERY leaves
    // the database RESTORING, as if NORECOVERY (T-DB-10).
    Project p = toPoint(at(4, 30));
    const QList<Diagnostic> ds = check(p);
    const Diagnostic *d = find(ds, "R-PIT-004", 1);
    QVERIFY2(d, qPrintable(dump(ds)));
    QCOMPARE(toString(d->severity), QStringLiteral("warning"));
    SimulationResult r = RestoreSimulator::simulate(p, p.plans[0]);
    QCOMPARE(toString(r.steps[1].database), QStringLiteral("RESTORING"));
    QCOMPARE(toString(r.steps[1].filegroupState(QStringLiteral("PRIMARY"))), QStringLiteral("RESTORING"));
    p = toPoint(at(3, 50));
    QCOMPARE(count(check(p), "R-PIT-004"), 0);
    r = RestoreSimulator::simulate(p, p.plans[0]);
    QCOMPARE(toString(r.steps[1].database), QStringLiteral("ONLINE"));
    p = toPoint(at(4, 0, 10)); // exactly the log's end: recovers
    QCOMPARE(count(check(p), "R-PIT-004"), 0);
}

void TestPointInTime::pit004MarkInNoRestoredLogStaysRestoring()
{
    // "If the specified mark, LSN, or time is after the last LOG backup, the database is left in the
    // unrecovered state, just as if RESTORE LOG ran with NORECOVERY" (restore-statements-arguments-
    // transact-sql.md, STOPATMARK). A mark that no restored log holds (here: no such mark at all, as
    // when the marked transaction never committed) is not reached either: RESTORING, and a warning.
    Project p = toMark(QStringLiteral("PriceUpdat"));
    QList<Diagnostic> ds = check(p);
    const Diagnostic *d = find(ds, "R-PIT-004", 1);
    QVERIFY2(d, qPrintable(dump(ds)));
    QCOMPARE(toString(d->severity), QStringLiteral("warning"));
    QVERIFY2(d->fix.contains(QLatin1String("'PriceUpdate'")), qPrintable(d->fix));
    SimulationResult r = RestoreSimulator::simulate(p, p.plans[0]);
    QCOMPARE(toString(r.steps[1].database), QStringLiteral("RESTORING"));
    QCOMPARE(toString(r.steps[1].filegroupState(QStringLiteral("PRIMARY"))), QStringLiteral("RESTORING"));
    // STOPBEFOREMARK likewise.
    p.plans[0].target.beforeMark = true;
    std::swap(p.plans[0].steps[1].stopAtMark, p.plans[0].steps[1].stopBeforeMark);
    ds = check(p);
    QVERIFY2(count(ds, "R-PIT-004", 1) == 1, qPrintable(dump(ds)));
    // A mark of that name exists but none at or after AFTER: "recovery stops at the first mark having
    // the specified name exactly at or after datetime", so there is none to stop at.
    p = toMark(QStringLiteral("PriceUpdate"), at(3, 55));
    QVERIFY2(count(check(p), "R-PIT-004", 1) == 1, qPrintable(dump(check(p))));
    QCOMPARE(toString(RestoreSimulator::simulate(p, p.plans[0]).steps[1].database), QStringLiteral("RESTORING"));
    // Near miss: the mark is inside the restored log: the database recovers at it.
    p = toMark(QStringLiteral("PriceUpdate"));
    ds = check(p);
    QVERIFY2(ds.isEmpty(), qPrintable(dump(ds)));
    QCOMPARE(toString(RestoreSimulator::simulate(p, p.plans[0]).steps[1].database), QStringLiteral("ONLINE"));
}

void TestPointInTime::pit006StopNeedsPrimaryInSequence()
{
    // Step 3 restores the secondary alone (a filegroup-restore sequence) with a STOPAT that
    // stage 1 never used: no PRIMARY in its sequence.
    Project p = test::sample();
    p.plans[0].steps[2].stopAt = at(3, 50);
    QList<Diagnostic> ds = check(p);
    const Diagnostic *d = find(ds, "R-PIT-006", 2);
    QVERIFY2(d, qPrintable(dump(ds)));
    QVERIFY(!d->edit.value.hasStopClause());
    // Repeating stage 1's point in a later stage of the same piecemeal restore is required (R-PIT-002), not an error.
    p.plans[0].steps[1].stopAt = at(3, 50);
    ds = check(p);
    QVERIFY2(count(ds, "R-PIT-006") == 0, qPrintable(dump(ds)));
}

void TestPointInTime::pit006FileOnlySequence()
{
    // The database is online (no failure): an online restore of the secondary alone cannot stop at a point.
    Project p = test::sample();
    p.events.clear();
    p.environment.databaseExists = true;
    PlanStep s;
    s.statement = StepStatement::RestoreDatabase;
    s.backup = QStringLiteral("imoltp_secondary");
    s.filegroups = {QStringLiteral("imoltp_secondary")};
    s.recovery = RecoveryOption::Recovery;
    s.stopAt = at(3, 50);
    p.plans[0].steps = {s};
    QCOMPARE(count(check(p), "R-PIT-006", 0), 1);
    p.plans[0].steps[0].stopAt = {};
    QCOMPARE(count(check(p), "R-PIT-006"), 0);
}

void TestPointInTime::pit007LogWithoutStopRollsPastTarget()
{
    // Target 03:50 lies inside the log backup (03:01:00 → 04:00:10); restoring it whole overshoots.
    Project p = toPoint(at(3, 50));
    p.plans[0].steps[1].stopAt = {};
    QList<Diagnostic> ds = check(p);
    const Diagnostic *d = find(ds, "R-PIT-007", 1);
    QVERIFY2(d, qPrintable(dump(ds)));
    QCOMPARE(d->edit.value.stopAt, at(3, 50));
    // A target after the log's end is not passed by it (R-PIT-002 still wants the clause).
    p.plans[0].target.pointInTime = at(4, 30);
    ds = check(p);
    QCOMPARE(count(ds, "R-PIT-007"), 0);
    QCOMPARE(count(ds, "R-PIT-002", 1), 1);
}

void TestPointInTime::log010NoStopInsideBulkLoggedLog()
{
    Project p = toPoint(at(3, 50));
    p.backups[logIndex].hasBulkLoggedData = true;
    QList<Diagnostic> ds = check(p);
    QVERIFY2(find(ds, "R-LOG-010", 1), qPrintable(dump(ds)));
    p = toPoint(at(4, 0, 10)); // at its end: the whole log is applied
    p.backups[logIndex].hasBulkLoggedData = true;
    QCOMPARE(count(check(p), "R-LOG-010"), 0);
    p = test::sample(); // to the end of the log
    p.backups[logIndex].hasBulkLoggedData = true;
    ds = check(p);
    QVERIFY2(ds.isEmpty(), qPrintable(dump(ds)));
}

QTEST_GUILESS_MAIN(TestPointInTime)
#include "tst_pointintime.moc"
