// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/rules/planvalidator.h"
#include "model/domain/plantime.h"
#include "tests/model/plansteps.h"
#include "sampleloader.h"
#include "diagnosticqueries.h"

using namespace rd;
using namespace rd::test;

namespace {

QList<Diagnostic> check(const Project &p, int plan = 0) { return PlanValidator::validate(p, p.plans[plan]); }

Backup dataBackup(const char *id, BackupType type, QStringList filegroups, int hour, int minute, bool copyOnly = false)
{
    Backup b;
    b.id = QString::fromLatin1(id);
    b.type = type;
    b.filegroups = filegroups;
    b.copyOnly = copyOnly;
    b.start = PlanTime::make(2017, 3, 6, hour, minute);
    b.finish = b.start.addSecs(30);
    return b;
}

const QStringList primaryAndMod{QStringLiteral("PRIMARY"), QStringLiteral("imoltp_mod")};

/// A SIMPLE-model variant of the sample: read/write secondary, a partial and a file backup, no log.
Project simpleProject()
{
    Project p = test::sample();
    p.database.recoveryModel = RecoveryModel::Simple;
    p.database.filegroups[1].readOnly = false;
    p.backups = {dataBackup("partial1", BackupType::Partial, {}, 1, 0),
                 dataBackup("secondary_fg", BackupType::File, {QStringLiteral("imoltp_secondary")}, 2, 0)};
    p.plans[0].steps.clear();
    return p;
}

} // namespace

/// Each rule of issue 2 with a plan that must trigger it and a near miss that must not.
/// Expectations are the rules catalog's conditions (docs/rules.md), worked by hand.
class TestValidator : public QObject
{
    Q_OBJECT
private slots:
    void sampleIsClean();
    void ref001FailureNamesUnknownFile();
    void gen003RecoveryOnlyNeedsOption();
    void gen004OnlyLastStatementRecovers();
    void gen005NothingAfterRecovery();
    void log001LogBackupsNeedFullModelAndFullBackup();
    void log002GapInChain();
    void log003LogEndsTooEarly();
    void log004FirstLogMustCoverDataBackup();
    void diff001BaseFirst();
    void diff002CopyOnlyIsNoBase();
    void piece001PartialNeedsPrimary();
    void piece002PartialOnlyFirst();
    void piece003NoPartialOnLog();
    void piece005SimpleStageOneFromOneBackup();
    void piece006SimpleReadWriteLeftOutBecomesDefunct();
    void mod001BackedUpTogether();
    void mod002RestoredTogether();
    void pit001NoPointInTimeUnderSimple();
    void pit002SameStopEverywhere();
    void ro001ReadOnlyThroughout();
    void fs001FilestreamLeftOutOfPointInTime();
    void onl001OnlineRestoreNeedsEnterprise();
};

void TestValidator::sampleIsClean()
{
    const QList<Diagnostic> ds = check(test::sample());
    QVERIFY2(ds.isEmpty(), qPrintable(dump(ds)));
}

void TestValidator::ref001FailureNamesUnknownFile()
{
    // A FAILURE naming a file (or filegroup) the layout lacks would damage nothing; it is reported,
    // naming it, as the designer's reference rule (docs/validation-choices.md, "A new rule ID").
    Project p = test::sample();
    TimelineEvent failure;
    failure.kind = EventKind::Failure;
    failure.at = PlanTime::make(2017, 3, 6, 4, 30);
    failure.files = {QStringLiteral("imoltp_primary2"), QStringLiteral("imoltp_lost")};
    failure.filegroups = {QStringLiteral("imoltp_gone")};
    p.events << failure;
    const QList<Diagnostic> ds = check(p);
    const QList<Diagnostic> refs = found(ds, "R-REF-001", -1);
    QVERIFY2(refs.size() == 2, qPrintable(dump(ds)));
    QVERIFY2(refs[0].message.contains(QLatin1String("\"imoltp_gone\"")), qPrintable(refs[0].message));
    QCOMPARE(refs[0].filegroup, QStringLiteral("imoltp_gone"));
    QVERIFY2(refs[1].message.contains(QLatin1String("\"imoltp_lost\"")), qPrintable(refs[1].message));
    // Names are case-insensitive, as in SQL Server: a known file in other case is no finding.
    p.events.last().files = {QStringLiteral("IMOLTP_PRIMARY2")};
    p.events.last().filegroups.clear();
    QCOMPARE(count(check(p), "R-REF-001"), 0);
}

void TestValidator::gen003RecoveryOnlyNeedsOption()
{
    Project p = test::sample();
    PlanStep s;
    s.statement = StepStatement::RestoreDatabase; // RESTORE DATABASE imoltp (no FROM, no option)
    p.plans[0].steps << s;
    QCOMPARE(count(check(p), "R-GEN-003", 3), 1);
    p.plans[0].steps[3].recovery = RecoveryOption::Recovery;
    QCOMPARE(count(check(p), "R-GEN-003"), 0);
}

void TestValidator::gen004OnlyLastStatementRecovers()
{
    Project p = test::sample();
    p.plans[0].steps[0].recovery = RecoveryOption::Unspecified; // defaults to RECOVERY, then a log follows
    QList<Diagnostic> ds = check(p);
    QCOMPARE(count(ds, "R-GEN-004", 0), 1);
    QCOMPARE(severityOf(ds, "R-GEN-004", 0), QStringLiteral("error"));
    // The last step of a sequence may rely on the default: only a warning ("make it explicit").
    p = test::sample();
    p.plans[0].steps[2].recovery = RecoveryOption::Unspecified;
    ds = check(p);
    QCOMPARE(count(ds, "R-GEN-004", 2), 1);
    QVERIFY(!hasErrors(ds));
}

void TestValidator::gen005NothingAfterRecovery()
{
    Project p = test::sample();
    p.backups << test::logBackup("log2", "35000000026400001", "35000000030000001", 4, 30);
    p.plans[0].steps.insert(2, restoreLog("log2", RecoveryOption::Recovery)); // after step 2 recovered
    QCOMPARE(count(check(p), "R-GEN-005", 2), 1);
    p.plans[0].steps[1].recovery = RecoveryOption::NoRecovery;
    QCOMPARE(count(check(p), "R-GEN-005"), 0);
}

void TestValidator::log001LogBackupsNeedFullModelAndFullBackup()
{
    Project p = test::sample();
    p.backups.removeAt(0); // no full database backup before the log backup
    QCOMPARE(count(check(p), "R-LOG-001"), 1);
    p = test::sample();
    p.backups[0].copyOnly = true; // a copy-only full does not start the chain either
    QCOMPARE(count(check(p), "R-LOG-001"), 1);
    p = test::sample();
    p.database.recoveryModel = RecoveryModel::Simple;
    QVERIFY(count(check(p), "R-LOG-001") >= 1);
    QCOMPARE(count(check(test::sample()), "R-LOG-001"), 0);
}

void TestValidator::log002GapInChain()
{
    Project p = test::sample();
    p.backups << test::logBackup("log2", "35000000026400001", "35000000030000001", 4, 30)
              << test::logBackup("log3", "35000000030000001", "35000000033000001", 4, 45);
    p.plans[0].steps[1].recovery = RecoveryOption::NoRecovery;
    p.plans[0].steps.insert(2, restoreLog("log3", RecoveryOption::Recovery)); // log2 skipped
    QCOMPARE(count(check(p), "R-LOG-002", 2), 1);
    p.plans[0].steps[2].backup = QStringLiteral("log2");
    QCOMPARE(count(check(p), "R-LOG-002"), 0);
}

void TestValidator::log003LogEndsTooEarly()
{
    Project p = test::sample();
    p.plans[0].steps[1].recovery = RecoveryOption::NoRecovery;
    p.plans[0].steps.insert(2, restoreLog("imoltp_log", RecoveryOption::Recovery)); // the same log again
    QCOMPARE(count(check(p), "R-LOG-003", 2), 1);
    QCOMPARE(count(check(test::sample()), "R-LOG-003"), 0);
}

void TestValidator::log004FirstLogMustCoverDataBackup()
{
    // The file backup's last_lsn is 35000000022400001: the first log needs first ≤ it < last.
    Project p = test::sample();
    p.backups[3].firstLsn = Lsn::fromString(u"35000000022400002"); // starts just after it
    QCOMPARE(count(check(p), "R-LOG-004", 1), 1);
    p.backups[3].firstLsn = Lsn::fromString(u"35000000022400001"); // starts exactly at it: fine
    QCOMPARE(count(check(p), "R-LOG-004"), 0);
    p.backups[3].lastLsn = Lsn::fromString(u"35000000022400001"); // ends exactly at it: too early
    p.backups[3].firstLsn = Lsn::fromString(u"35000000015200001");
    QCOMPARE(count(check(p), "R-LOG-004", 1), 1);
}

void TestValidator::diff001BaseFirst()
{
    // A differential at 03:40 is based, for PRIMARY's files, on the file backup of 03:00 (a file
    // backup resets those files' differential base), not on the 01:00 full backup.
    Project p = test::sample();
    p.backups << dataBackup("diff1", BackupType::Differential, {}, 3, 40);
    p.plans[0].steps = {restore("imoltp_full", RecoveryOption::NoRecovery, primaryAndMod, true),
                        restore("diff1", RecoveryOption::NoRecovery, primaryAndMod)};
    QCOMPARE(count(check(p), "R-DIFF-001", 1), 1);
    p.plans[0].steps[0].backup = QStringLiteral("imoltp_primary_mod");
    QCOMPARE(count(check(p), "R-DIFF-001"), 0);
}

void TestValidator::diff002CopyOnlyIsNoBase()
{
    Project p = test::sample();
    p.backups << dataBackup("full_copy", BackupType::Full, {}, 2, 30, true)
              << dataBackup("diff1", BackupType::Differential, {}, 2, 45);
    p.plans[0].steps = {restore("full_copy", RecoveryOption::NoRecovery, primaryAndMod, true),
                        restore("diff1", RecoveryOption::NoRecovery, primaryAndMod)};
    QCOMPARE(count(check(p), "R-DIFF-002", 1), 1);
    p.plans[0].steps[0].backup = QStringLiteral("imoltp_full"); // the differential's real base
    const QList<Diagnostic> ds = check(p);
    QCOMPARE(count(ds, "R-DIFF-002"), 0);
    QCOMPARE(count(ds, "R-DIFF-001"), 0);
}

void TestValidator::piece001PartialNeedsPrimary()
{
    Project p = test::sample();
    p.plans[0].steps[0].backup = QStringLiteral("imoltp_secondary"); // a file backup without PRIMARY
    QCOMPARE(count(check(p), "R-PIECE-001", 0), 1);
    QCOMPARE(count(check(test::sample()), "R-PIECE-001"), 0);
}

void TestValidator::piece002PartialOnlyFirst()
{
    Project p = test::sample();
    p.plans[0].steps[2].partial = true;
    QCOMPARE(count(check(p), "R-PIECE-002", 2), 1);
    QCOMPARE(count(check(test::sample()), "R-PIECE-002"), 0);
}

void TestValidator::piece003NoPartialOnLog()
{
    Project p = test::sample();
    p.plans[0].steps[1].partial = true;
    QCOMPARE(count(check(p), "R-PIECE-003", 1), 1);
    QCOMPARE(count(check(test::sample()), "R-PIECE-003"), 0);
}

void TestValidator::piece005SimpleStageOneFromOneBackup()
{
    Project p = simpleProject();
    p.plans[0].steps = {restore("partial1", RecoveryOption::NoRecovery, {QStringLiteral("imoltp_mod")}, true),
                        restore("secondary_fg", RecoveryOption::Recovery, {QStringLiteral("imoltp_secondary")})};
    QCOMPARE(count(check(p), "R-PIECE-005", 1), 1);
    PlanStep all = restore("partial1", RecoveryOption::Recovery, {}, true);
    all.readWriteFilegroups = true;
    p.plans[0].steps = {all};
    const QList<Diagnostic> ds = check(p);
    QVERIFY2(count(ds, "R-PIECE-005") == 0 && count(ds, "R-PIECE-006") == 0, qPrintable(dump(ds)));
}

void TestValidator::piece006SimpleReadWriteLeftOutBecomesDefunct()
{
    Project p = simpleProject();
    p.plans[0].steps = {restore("partial1", RecoveryOption::Recovery, {QStringLiteral("imoltp_mod")}, true)};
    QCOMPARE(count(check(p), "R-PIECE-006", 0), 1);
    QCOMPARE(severityOf(check(p), "R-PIECE-006"), QStringLiteral("error"));
    // rules.md R-PIECE-006: "the user can downgrade it to a warning by marking the filegroup
    // 'abandon'" (plan-format extension `abandon`); the filegroup still becomes DEFUNCT (3127).
    p.database.filegroups[1].abandon = true;
    QList<Diagnostic> ds = check(p);
    QVERIFY2(count(ds, "R-PIECE-006", 0) == 1, qPrintable(dump(ds)));
    QCOMPARE(severityOf(ds, "R-PIECE-006"), QStringLiteral("warning"));
    QVERIFY2(!hasErrors(ds), qPrintable(dump(ds)));
    p.database.filegroups[1].abandon = false;
    p.database.filegroups[1].readOnly = true; // a read-only filegroup may come later
    QCOMPARE(count(check(p), "R-PIECE-006"), 0);
}

void TestValidator::mod001BackedUpTogether()
{
    Project p = test::sample();
    p.backups[1].filegroups = {QStringLiteral("PRIMARY")};
    QCOMPARE(count(check(p), "R-MOD-001", -1), 1);
    QCOMPARE(count(check(test::sample()), "R-MOD-001"), 0);
}

void TestValidator::mod002RestoredTogether()
{
    Project p = test::sample();
    p.plans[0].steps[0].filegroups = {QStringLiteral("PRIMARY")};
    QCOMPARE(count(check(p), "R-MOD-002", 0), 1);
    p.plans[0].steps[0].filegroups = {}; // PARTIAL alone implies PRIMARY only: still missing
    QCOMPARE(count(check(p), "R-MOD-002", 0), 1);
    QCOMPARE(count(check(test::sample()), "R-MOD-002"), 0);
}

void TestValidator::pit001NoPointInTimeUnderSimple()
{
    Project p = simpleProject();
    PlanStep s = restore("partial1", RecoveryOption::Recovery, {}, true);
    s.readWriteFilegroups = true;
    s.stopAt = PlanTime::make(2017, 3, 6, 1, 30);
    p.plans[0].steps = {s};
    QCOMPARE(count(check(p), "R-PIT-001"), 1);
    // SQL Server refuses the statement that carries the clause (3145), so the finding points at it,
    // not at the whole plan.
    QCOMPARE(count(check(p), "R-PIT-001", 0), 1);
    PlanStep later = restore("secondary_fg", RecoveryOption::Recovery, {QStringLiteral("imoltp_secondary")});
    later.stopAt = s.stopAt;
    s.stopAt = {};
    s.recovery = RecoveryOption::NoRecovery;
    p.plans[0].steps = {s, later};
    QList<Diagnostic> ds = check(p);
    QVERIFY2(count(ds, "R-PIT-001", 1) == 1 && count(ds, "R-PIT-001") == 1, qPrintable(dump(ds)));
    // A point-in-time target that no step carries is the plan's own option: plan-wide.
    p.plans[0].steps[1].stopAt = {};
    p.plans[0].target.kind = RestoreTarget::Kind::PointInTime;
    p.plans[0].target.pointInTime = PlanTime::make(2017, 3, 6, 1, 30);
    ds = check(p);
    QVERIFY2(count(ds, "R-PIT-001", -1) == 1 && count(ds, "R-PIT-001") == 1, qPrintable(dump(ds)));
    p.plans[0].target = {};
    QCOMPARE(count(check(p), "R-PIT-001"), 0);
}

void TestValidator::pit002SameStopEverywhere()
{
    Project p = test::sample();
    p.plans[0].target.kind = RestoreTarget::Kind::PointInTime;
    p.plans[0].target.pointInTime = PlanTime::make(2017, 3, 6, 3, 50);
    QCOMPARE(count(check(p), "R-PIT-002", 1), 1); // the RESTORE LOG lacks STOPAT
    p.plans[0].steps[1].stopAt = PlanTime::make(2017, 3, 6, 3, 55);
    QCOMPARE(count(check(p), "R-PIT-002", 1), 1); // a different point
    p.plans[0].steps[1].stopAt = PlanTime::make(2017, 3, 6, 3, 50);
    QCOMPARE(count(check(p), "R-PIT-002"), 0);
    QCOMPARE(count(check(p), "R-PIT-001"), 0);
}

void TestValidator::ro001ReadOnlyThroughout()
{
    // imoltp_secondary switched back to read/write after its backup: the backup is no longer
    // consistent on its own, so the last step cannot recover it without log.
    Project p = test::sample();
    TimelineEvent rw;
    rw.kind = EventKind::SetReadWrite;
    rw.filegroup = QStringLiteral("imoltp_secondary");
    rw.at = PlanTime::make(2017, 3, 6, 3, 45);
    p.events.prepend(rw);
    QCOMPARE(count(check(p), "R-RO-001", 2), 1);
    p.events[0].at = PlanTime::make(2017, 3, 6, 0, 30); // read/write again before… then no longer read-only at backup
    p.events.prepend(rw);
    p.events[0].kind = EventKind::SetReadOnly;
    p.events[0].at = PlanTime::make(2017, 3, 6, 0, 45); // …and read-only again before the backup: consistent
    QCOMPARE(count(check(p), "R-RO-001"), 0);
}

void TestValidator::fs001FilestreamLeftOutOfPointInTime()
{
    Project p = test::sample();
    Filegroup fs;
    fs.name = QStringLiteral("imoltp_fs");
    fs.type = FilegroupType::Filestream;
    fs.files = {DataFile{QStringLiteral("imoltp_fs1"), QStringLiteral("c:\\data\\imoltp_fs1"), 0}};
    p.database.filegroups << fs;
    p.plans[0].steps[1].stopAt = PlanTime::make(2017, 3, 6, 3, 50);
    QList<Diagnostic> ds = check(p);
    QCOMPARE(count(ds, "R-FS-001", 0), 1);
    QVERIFY(hasErrors(ds));
    p.plans[0].steps[1].continueAfterError = true; // forced: allowed, but the filegroup is lost
    ds = check(p);
    QCOMPARE(count(ds, "R-FS-001", 0), 1);
    for (const Diagnostic &d : ds)
        if (d.rule == QLatin1String("R-FS-001"))
            QCOMPARE(toString(d.severity), QStringLiteral("warning"));
    p.plans[0].steps[1].stopAt = {}; // to the end of the log: no restriction (R-FS-002)
    p.plans[0].steps[1].continueAfterError = false;
    QCOMPARE(count(check(p), "R-FS-001"), 0);
}

void TestValidator::onl001OnlineRestoreNeedsEnterprise()
{
    // The database is online (no failure); restoring only the secondary filegroup is an online restore.
    Project p = test::sample();
    p.events.clear();
    p.environment.databaseExists = true; // restoring in place, into the online database
    p.database.edition = Edition::Standard;
    p.plans[0].steps = {restore("imoltp_secondary", RecoveryOption::Recovery, {QStringLiteral("imoltp_secondary")})};
    QCOMPARE(count(check(p), "R-ONL-001", 0), 1);
    p.database.edition = Edition::Developer;
    QCOMPARE(count(check(p), "R-ONL-001"), 0);
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
