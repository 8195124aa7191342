// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/domain/plantime.h"
#include "model/rules/planvalidator.h"
#include "diagnosticqueries.h"
#include "sampleloader.h"

using namespace rd;
using namespace rd::test;

namespace {

/// Findings of `rule` (at `step`, or anywhere when step is -2).
QList<Diagnostic> check(const Project &p) { return PlanValidator::validate(p, p.plans[0]); }

/// The sample restored in place: imoltp exists on the target and nothing is damaged (the server
/// and its log survived), so R-TAIL-001 applies to the sample's plan as it stands.
Project inPlace()
{
    Project p = test::sample();
    p.environment.databaseExists = true;
    p.events.clear();
    return p;
}

/// The sample's history plus the tail-log backup `imoltp_tail` taken at 04:30, after the last log.
Project withTailBackup(Project p)
{
    Backup tail;
    tail.id = QStringLiteral("imoltp_tail");
    tail.type = BackupType::Log;
    tail.tailLog = true;
    tail.start = PlanTime::make(2017, 3, 6, 4, 30);
    tail.finish = tail.start.addSecs(5);
    tail.firstLsn = Lsn::fromString(u"35000000026400001");
    tail.lastLsn = Lsn::fromString(u"35000000027000001");
    tail.media = {QStringLiteral("c:\\data\\imoltp_tail.trn")};
    p.backups << tail;
    return p;
}

/// BACKUP LOG imoltp TO imoltp_tail, with the given options.
PlanStep backupLog(bool norecovery, bool noTruncate = false)
{
    PlanStep s;
    s.statement = StepStatement::BackupLog;
    s.backup = QStringLiteral("imoltp_tail");
    s.norecovery = norecovery;
    s.noTruncate = noTruncate;
    return s;
}

TimelineEvent failure(QStringList filegroups, bool logDamaged)
{
    TimelineEvent e;
    e.kind = EventKind::Failure;
    e.at = PlanTime::make(2017, 3, 6, 4, 20);
    e.filegroups = filegroups;
    e.logDamaged = logDamaged;
    return e;
}

} // namespace

/// Tail-log rules (R-TAIL-…, docs/rules.md) and R-FILE-004, each with a plan that triggers it and a near miss.
/// Expectations are the catalog's conditions worked by hand on the bundled sample.
class TestTailChecks : public QObject
{
    Q_OBJECT
private slots:
    void sampleHasNoTailFindings();
    void tail001TailBeforeOverwritingAnExistingDatabase();
    void tail001DamagedLogSuggestsReplace();
    void tail006RecoveryPointInsideAnEarlierLog();
    void tail002TailWithoutNoRecoveryOnAnOnlineDatabase();
    void tail004NoTruncateOnAHealthyDatabase();
    void tail004IncompleteMetadataIsAnInfo();
    void tail005OfflineDatabase();
    void tail005DamagedLog();
    void tail005BulkLoggedWithADataFileMissing();
    void file004DamagedLogRulesOutFileRestore();
    void tail001FixContinuesImportedLsns();
};

void TestTailChecks::sampleHasNoTailFindings()
{
    // The sample restores onto a new server (environment.databaseExists = false): no tail is needed.
    const QList<Diagnostic> ds = check(test::sample());
    for (const char *rule : {"R-TAIL-001", "R-TAIL-002", "R-TAIL-004", "R-TAIL-005", "R-TAIL-006", "R-FILE-004"})
        QCOMPARE(count(ds, rule), 0);
}

void TestTailChecks::tail001TailBeforeOverwritingAnExistingDatabase()
{
    // imoltp exists and uses FULL recovery; step 1 overwrites it with no tail-log backup first.
    Project p = inPlace();
    QList<Diagnostic> ds = check(p);
    QCOMPARE(count(ds, "R-TAIL-001", 0), 1);
    QCOMPARE(toString(found(ds, "R-TAIL-001").first().severity), QStringLiteral("error"));

    Project q = withTailBackup(p); // BACKUP LOG … WITH NORECOVERY first: satisfied
    q.plans[0].steps.prepend(backupLog(true));
    QCOMPARE(count(check(q), "R-TAIL-001"), 0);
    q.plans[0].steps[0].norecovery = false; // a plain log backup leaves the tail open
    QCOMPARE(count(check(q), "R-TAIL-001", 1), 1);

    q = withTailBackup(p); // the history's latest log is a tail-log backup
    QCOMPARE(count(check(q), "R-TAIL-001"), 0);

    p.plans[0].steps[0].replace = true; // REPLACE overrides it (R-OPT-001 warns instead)
    ds = check(p);
    QCOMPARE(count(ds, "R-TAIL-001"), 0);
    QCOMPARE(count(ds, "R-OPT-001", 0), 1);

    p = inPlace();
    p.database.recoveryModel = RecoveryModel::Simple; // no log tail under SIMPLE
    QCOMPARE(count(check(p), "R-TAIL-001"), 0);
    p = inPlace();
    p.environment.databaseExists = false; // a new database: nothing to overwrite
    QCOMPARE(count(check(p), "R-TAIL-001"), 0);
    p = inPlace();
    p.plans[0].steps.remove(0, 2); // only imoltp_secondary, restored online: the database is not overwritten
    QCOMPARE(count(check(p), "R-TAIL-001"), 0);
}

void TestTailChecks::tail001DamagedLogSuggestsReplace()
{
    Project p = test::sample(); // the log was lost with the server…
    p.environment.databaseExists = true; // …but the damaged database is still attached
    const QList<Diagnostic> tail = found(check(p), "R-TAIL-001", 0);
    QCOMPARE(tail.size(), 1);
    QVERIFY2(tail.first().fix.contains(QLatin1String("REPLACE")), qPrintable(tail.first().fix));
}

void TestTailChecks::tail006RecoveryPointInsideAnEarlierLog()
{
    // 03:45 lies inside imoltp_log (finished 04:00:10): no tail is needed, but SQL Server still
    // demands STOPAT or REPLACE on the RESTORE that overwrites the database (3159).
    Project p = inPlace();
    p.plans[0].target.kind = RestoreTarget::Kind::PointInTime;
    p.plans[0].target.pointInTime = PlanTime::make(2017, 3, 6, 3, 45);
    QList<Diagnostic> ds = check(p);
    const QList<Diagnostic> tail = found(ds, "R-TAIL-001", 0);
    QCOMPARE(tail.size(), 1);
    QCOMPARE(count(ds, "R-TAIL-006"), 0);
    QVERIFY(tail.first().edit.kind == ProjectEdit::Kind::ReplaceStep);
    QCOMPARE(tail.first().edit.value.stopAt, p.plans[0].target.pointInTime); // the fix: STOPAT on step 1

    p.plans[0].steps[0].stopAt = p.plans[0].target.pointInTime;
    ds = check(p);
    QCOMPARE(count(ds, "R-TAIL-001"), 0);
    QCOMPARE(count(ds, "R-TAIL-006", 0), 1);
    QCOMPARE(toString(found(ds, "R-TAIL-006").first().severity), QStringLiteral("info"));
    QCOMPARE(found(ds, "R-TAIL-006").first().backup, QStringLiteral("imoltp_log"));

    // Near miss: a point after every log backup is not inside one: no info.
    p.plans[0].target.pointInTime = PlanTime::make(2017, 3, 6, 4, 30);
    p.plans[0].steps[0].stopAt = p.plans[0].target.pointInTime;
    QCOMPARE(count(check(p), "R-TAIL-006"), 0);
}

void TestTailChecks::tail002TailWithoutNoRecoveryOnAnOnlineDatabase()
{
    Project p = withTailBackup(inPlace());
    p.plans[0].steps.prepend(backupLog(false)); // the database is ONLINE before it
    QList<Diagnostic> ds = check(p);
    QCOMPARE(count(ds, "R-TAIL-002", 0), 1);
    const Diagnostic d = found(ds, "R-TAIL-002").first();
    QCOMPARE(toString(d.severity), QStringLiteral("warning"));
    QVERIFY(d.edit.kind == ProjectEdit::Kind::ReplaceStep && d.edit.value.norecovery);

    p.plans[0].steps[0].norecovery = true;
    QCOMPARE(count(check(p), "R-TAIL-002"), 0);
    p.plans[0].steps[0].norecovery = false;
    p.events << failure({QStringLiteral("PRIMARY")}, false); // the database is SUSPECT, not online
    QCOMPARE(count(check(p), "R-TAIL-002"), 0);
}

void TestTailChecks::tail004NoTruncateOnAHealthyDatabase()
{
    Project p = withTailBackup(inPlace());
    p.plans[0].steps.prepend(backupLog(true, true));
    QList<Diagnostic> ds = check(p);
    QCOMPARE(count(ds, "R-TAIL-004", 0), 1);
    QCOMPARE(toString(found(ds, "R-TAIL-004").first().severity), QStringLiteral("warning"));
    p.plans[0].steps[0].noTruncate = false;
    p.plans[0].steps[0].continueAfterError = true;
    QCOMPARE(count(check(p), "R-TAIL-004", 0), 1);
    p.events << failure({QStringLiteral("imoltp_secondary")}, false); // damaged: the options are right
    QCOMPARE(count(check(p), "R-TAIL-004"), 0);
}

void TestTailChecks::tail004IncompleteMetadataIsAnInfo()
{
    Project p = test::sample();
    p.backups[3].hasIncompleteMetadata = true; // imoltp_log, restored at step 2
    QList<Diagnostic> ds = check(p);
    QCOMPARE(count(ds, "R-TAIL-004", 1), 1);
    QCOMPARE(toString(found(ds, "R-TAIL-004").first().severity), QStringLiteral("info"));
    QCOMPARE(count(check(test::sample()), "R-TAIL-004"), 0);
}

void TestTailChecks::tail005OfflineDatabase()
{
    Project p = withTailBackup(inPlace());
    PlanStep offline;
    offline.statement = StepStatement::SetOffline;
    p.plans[0].steps.prepend(backupLog(true));
    p.plans[0].steps.prepend(offline); // BACKUP is not allowed in the OFFLINE state
    QList<Diagnostic> ds = check(p);
    QCOMPARE(count(ds, "R-TAIL-005", 1), 1);
    const Diagnostic d = found(ds, "R-TAIL-005").first();
    QVERIFY(d.edit.kind == ProjectEdit::Kind::InsertStep && d.edit.step == 1);
    QCOMPARE(toString(d.edit.value.statement), QStringLiteral("SET ONLINE"));
    p.plans[0].steps.removeFirst();
    QCOMPARE(count(check(p), "R-TAIL-005"), 0);
}

void TestTailChecks::tail005DamagedLog()
{
    Project p = withTailBackup(inPlace());
    p.events << failure({QStringLiteral("PRIMARY")}, true);
    p.plans[0].steps.prepend(backupLog(true, true));
    QCOMPARE(count(check(p), "R-TAIL-005", 0), 1);
    p.events[0].logDamaged = false; // only PRIMARY damaged, log intact: NO_TRUNCATE works under FULL
    QCOMPARE(count(check(p), "R-TAIL-005"), 0);
}

void TestTailChecks::tail005BulkLoggedWithADataFileMissing()
{
    Project p = withTailBackup(inPlace());
    p.database.recoveryModel = RecoveryModel::BulkLogged;
    p.events << failure({QStringLiteral("imoltp_secondary")}, false);
    p.plans[0].steps.prepend(backupLog(true, true));
    QCOMPARE(count(check(p), "R-TAIL-005", 0), 1);
    p.database.recoveryModel = RecoveryModel::Full; // fully logged: the tail needs no data file
    QCOMPARE(count(check(p), "R-TAIL-005"), 0);
    p.database.recoveryModel = RecoveryModel::BulkLogged;
    p.events.clear(); // bulk-logged, but every data file is there
    QCOMPARE(count(check(p), "R-TAIL-005"), 0);
}

void TestTailChecks::file004DamagedLogRulesOutFileRestore()
{
    Project p = test::sample(); // FAILURE with logDamaged; the plan is a PARTIAL restore
    p.environment.databaseExists = true;
    QCOMPARE(count(check(p), "R-FILE-004", 0), 1);
    QCOMPARE(count(check(test::sample()), "R-FILE-004"), 0); // into a new database: fine
    p.events[0].logDamaged = false;
    QCOMPARE(count(check(p), "R-FILE-004"), 0);
}

QTEST_GUILESS_MAIN(TestTailChecks)
/// The sample's LSNs are imported (msdb's), so the tail the R-TAIL-001 fix adds continues them: it
/// starts where imoltp_log ends (35000000026400001, lastLsn is exclusive) and ends one log block
/// (the middle ten digits) further, 35000000026500001; derived LSNs (seconds since 2000) would fall
/// below the chain. Applied, the fix and R-TAIL-003's restore of the tail leave no error.
void TestTailChecks::tail001FixContinuesImportedLsns()
{
    Project p = inPlace();
    const QList<Diagnostic> before = check(p); // find() points into it
    const Diagnostic *d = find(before, "R-TAIL-001");
    QVERIFY(d && d->edit.kind == ProjectEdit::Kind::Composite);
    const Backup &tail = d->edit.parts[0].backup;
    QCOMPARE(tail.id, QStringLiteral("imoltp_tail_log"));
    QCOMPARE(tail.firstLsn.toString(), QStringLiteral("35000000026400001"));
    QCOMPARE(tail.lastLsn.toString(), QStringLiteral("35000000026500001"));
    QCOMPARE(tail.media, QStringList{QStringLiteral("c:\\data\\imoltp_tail_log.trn")}); // beside imoltp_secondary.dmp
    d->edit.applyTo(p, 0);
    const QList<Diagnostic> afterTail = check(p);
    const Diagnostic *restoreTail = find(afterTail, "R-TAIL-003");
    QVERIFY(restoreTail && restoreTail->edit.isValid());
    restoreTail->edit.applyTo(p, 0);
    for (const Diagnostic &x : check(p))
        QVERIFY2(x.severity != Severity::Error, qPrintable(x.rule + u' ' + x.message));
}

#include "tst_tailchecks.moc"
