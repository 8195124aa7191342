// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/domain/plantime.h"
#include "model/rules/planvalidator.h"
#include "diagnosticqueries.h"
#include "sampleloader.h"

using namespace rd;
using namespace rd::test;

namespace {

QList<Diagnostic> check(const Project &p) { return PlanValidator::validate(p, p.plans[0]); }

FileMove moveTo(const char *file, const char *to)
{
    return FileMove{QString::fromLatin1(file), QString::fromLatin1(to)};
}

PlanStep setOffline()
{
    PlanStep s;
    s.statement = StepStatement::SetOffline;
    return s;
}

/// The sample with PRIMARY's third file imoltp_primary3, added (ADD_FILE) at `hour:minute`.
Project withAddedFile(int hour, int minute)
{
    Project p = test::sample();
    p.database.filegroups[0].files << DataFile{QStringLiteral("imoltp_primary3"), QStringLiteral("c:\\data\\imoltp_data3.ndf"), 0};
    TimelineEvent added;
    added.kind = EventKind::AddFile;
    added.at = PlanTime::make(2017, 3, 6, hour, minute);
    added.filegroup = QStringLiteral("PRIMARY");
    added.file = QStringLiteral("imoltp_primary3");
    p.events.prepend(added);
    return p;
}

} // namespace

/// RESTORE options and single-statement rules, each with a plan that triggers it and a near miss.
/// Expectations are the catalog's conditions worked by hand on the bundled sample.
class TestOptionChecks : public QObject
{
    Q_OBJECT
private slots:
    void sampleHasNoOptionFindings();
    void opt001ReplaceIsAlwaysAWarning();
    void opt003OneMovePerFile();
    void opt003TwoFilesCannotShareAPath();
    void opt003MoveOnRestoreLogOnlyForAddedFiles();
    void opt004MaxTransferSizeWithMemoryOptimizedData();
    void pit005NamedMarksOnlyOnRestoreLog();
    void rec004KeepReplicationAndRestrictedUser();
    void file001SimpleFileRestoreOnlyReadOnly();
    void onl003OnlineRestoreNeedsEveryMediaFamily();
    void onl004NoOnlineRestoreFromSnapshot();
    void mod008FailedBackupInThePlan();
};

void TestOptionChecks::sampleHasNoOptionFindings()
{
    const QList<Diagnostic> ds = check(test::sample());
    for (const char *rule : {"R-OPT-001", "R-OPT-003", "R-OPT-004", "R-PIT-005", "R-REC-004", "R-FILE-001", "R-ONL-003",
                             "R-ONL-004", "R-MOD-008"})
        QCOMPARE(count(ds, rule), 0);
}

void TestOptionChecks::opt001ReplaceIsAlwaysAWarning()
{
    Project p = test::sample();
    p.plans[0].steps[0].replace = true;
    QList<Diagnostic> ds = check(p);
    QCOMPARE(count(ds, "R-OPT-001", 0), 1);
    QCOMPARE(severityOf(ds, "R-OPT-001"), QStringLiteral("warning"));
    p.environment.databaseExists = true; // also when overwriting an existing database
    QCOMPARE(count(check(p), "R-OPT-001", 0), 1);
}

void TestOptionChecks::opt003OneMovePerFile()
{
    Project p = test::sample();
    p.plans[0].steps[0].move = {moveTo("imoltp_primary1", "d:\\data\\a.mdf"), moveTo("IMOLTP_PRIMARY1", "e:\\data\\a.mdf")};
    QList<Diagnostic> ds = check(p);
    QCOMPARE(count(ds, "R-OPT-003", 0), 1);
    QCOMPARE(severityOf(ds, "R-OPT-003"), QStringLiteral("error"));
    const ProjectEdit edit = found(ds, "R-OPT-003").first().edit; // drop the second MOVE
    QVERIFY(edit.kind == ProjectEdit::Kind::ReplaceStep);
    QCOMPARE(edit.value.move.size(), 1);
    QCOMPARE(edit.value.move.first().to, QStringLiteral("d:\\data\\a.mdf"));

    p.plans[0].steps[0].move = {moveTo("imoltp_primary9", "d:\\data\\a.mdf")}; // not a logical file
    QCOMPARE(count(check(p), "R-OPT-003", 0), 1);
    p.plans[0].steps[0].move = {moveTo("imoltp_primary1", "d:\\data\\a.mdf"), moveTo("imoltp_log", "e:\\log\\a.ldf")};
    QCOMPARE(count(check(p), "R-OPT-003"), 0);
}

void TestOptionChecks::opt003TwoFilesCannotShareAPath()
{
    Project p = test::sample();
    // Windows paths: the same file whatever the case and slashes.
    p.plans[0].steps[0].move = {moveTo("imoltp_primary1", "d:\\data\\a.mdf"), moveTo("imoltp_primary2", "D:/DATA/A.MDF")};
    QCOMPARE(count(check(p), "R-OPT-003", 0), 1);
    // Onto the path of a file that stays where it is.
    p.plans[0].steps[0].move = {moveTo("imoltp_primary1", "c:\\data\\imoltp_data2.ndf")};
    QCOMPARE(count(check(p), "R-OPT-003", 0), 1);
    p.plans[0].steps[0].move = {moveTo("imoltp_primary1", "d:\\data\\a.mdf"), moveTo("imoltp_primary2", "d:\\data\\b.ndf")};
    QCOMPARE(count(check(p), "R-OPT-003"), 0);
    // A later step moving another file onto a path an earlier step used.
    p.plans[0].steps[2].move = {moveTo("imoltp_secondary", "d:\\data\\b.ndf")};
    QCOMPARE(count(check(p), "R-OPT-003", 2), 1);
}

void TestOptionChecks::opt003MoveOnRestoreLogOnlyForAddedFiles()
{
    // imoltp_log covers the log up to 04:00:10 (it is the only log backup); a file added at 03:45
    // was created during it, so RESTORE LOG may relocate it.
    Project p = withAddedFile(3, 45);
    p.plans[0].steps[1].move = {moveTo("imoltp_primary3", "d:\\data\\c.ndf")};
    QCOMPARE(count(check(p), "R-OPT-003"), 0);
    p.plans[0].steps[1].move = {moveTo("imoltp_primary2", "d:\\data\\c.ndf")}; // never added during the log
    QCOMPARE(count(check(p), "R-OPT-003", 1), 1);
    p = withAddedFile(4, 30); // added after the log backup
    p.plans[0].steps[1].move = {moveTo("imoltp_primary3", "d:\\data\\c.ndf")};
    QCOMPARE(count(check(p), "R-OPT-003", 1), 1);
}

void TestOptionChecks::opt004MaxTransferSizeWithMemoryOptimizedData()
{
    Project p = test::sample(); // imoltp has a memory-optimized filegroup
    p.backups[1].maxTransferSize = 4194304; // imoltp_primary_mod written with 4 MB transfers
    QList<Diagnostic> ds = check(p);
    QCOMPARE(count(ds, "R-OPT-004", 0), 1); // step 1 states none: the 1 MB default is below it
    QCOMPARE(found(ds, "R-OPT-004").first().edit.value.maxTransferSize, 4194304);
    p.plans[0].steps[0].maxTransferSize = 2097152;
    QCOMPARE(count(check(p), "R-OPT-004", 0), 1);
    p.plans[0].steps[0].maxTransferSize = 4194304;
    QCOMPARE(count(check(p), "R-OPT-004"), 0);
    p.plans[0].steps[0].maxTransferSize = 0;
    p.backups[1].maxTransferSize = 1048576;
    QCOMPARE(count(check(p), "R-OPT-004"), 0);
    p.backups[1].maxTransferSize = 4194304;
    p.database.filegroups[2].type = FilegroupType::Rows; // neither FILESTREAM nor memory-optimized data
    QCOMPARE(count(check(p), "R-OPT-004"), 0);
}

void TestOptionChecks::pit005NamedMarksOnlyOnRestoreLog()
{
    Project p = test::sample();
    p.plans[0].steps[0].stopAtMark = QStringLiteral("before_upgrade");
    QList<Diagnostic> ds = check(p);
    QCOMPARE(count(ds, "R-PIT-005", 0), 1);
    QVERIFY(found(ds, "R-PIT-005").first().edit.value.stopAtMark.isEmpty());
    p.plans[0].steps[0].stopAtMark.clear();
    p.plans[0].steps[0].stopBeforeMark = QStringLiteral("before_upgrade");
    QCOMPARE(count(check(p), "R-PIT-005", 0), 1);
    p.plans[0].steps[0].stopBeforeMark = QStringLiteral("lsn:35000000024000001"); // the LSN form is allowed
    QCOMPARE(count(check(p), "R-PIT-005"), 0);
    p.plans[0].steps[0].stopBeforeMark.clear();
    p.plans[0].steps[1].stopAtMark = QStringLiteral("before_upgrade"); // on RESTORE LOG
    QCOMPARE(count(check(p), "R-PIT-005"), 0);
}

void TestOptionChecks::rec004KeepReplicationAndRestrictedUser()
{
    Project p = test::sample();
    p.plans[0].steps[0].keepReplication = true; // step 1 is WITH NORECOVERY
    QList<Diagnostic> ds = check(p);
    QCOMPARE(count(ds, "R-REC-004", 0), 1);
    QCOMPARE(severityOf(ds, "R-REC-004"), QStringLiteral("error"));
    p.plans[0].steps[0].keepReplication = false;
    p.plans[0].steps[0].keepCdc = true;
    QCOMPARE(count(check(p), "R-REC-004", 0), 1);
    p.plans[0].steps[0].keepCdc = false;
    p.plans[0].steps[1].keepCdc = p.plans[0].steps[1].keepReplication = true; // the recovering step
    QCOMPARE(count(check(p), "R-REC-004"), 0);

    p = test::sample();
    p.plans[0].steps[0].restrictedUser = true;
    ds = check(p);
    QCOMPARE(count(ds, "R-REC-004", 0), 1);
    QCOMPARE(severityOf(ds, "R-REC-004"), QStringLiteral("warning"));
    p.plans[0].steps[0].restrictedUser = false;
    p.plans[0].steps[1].restrictedUser = true;
    QCOMPARE(count(check(p), "R-REC-004"), 0);
}

void TestOptionChecks::file001SimpleFileRestoreOnlyReadOnly()
{
    // Under SIMPLE, step 3 restores imoltp_secondary on its own: fine while it is read-only.
    Project p = test::sample();
    p.database.recoveryModel = RecoveryModel::Simple;
    QCOMPARE(count(check(p), "R-FILE-001"), 0);
    p.database.filegroups[1].readOnly = false;
    QList<Diagnostic> ds = check(p);
    QCOMPARE(count(ds, "R-FILE-001", 2), 1);
    QCOMPARE(found(ds, "R-FILE-001").first().filegroup, QStringLiteral("imoltp_secondary"));
    p.plans[0].steps[0].partial = false; // PRIMARY on its own, without PARTIAL
    QCOMPARE(count(check(p), "R-FILE-001", 0), 1);
    p.database.recoveryModel = RecoveryModel::Full;
    QCOMPARE(count(check(p), "R-FILE-001"), 0);
}

void TestOptionChecks::onl003OnlineRestoreNeedsEveryMediaFamily()
{
    // Step 3 restores imoltp_secondary while imoltp is online (recovered at step 2).
    Project p = test::sample();
    p.backups[2].mediaFamilyCount = 2; // striped over two devices, one listed
    QList<Diagnostic> ds = check(p);
    QCOMPARE(count(ds, "R-ONL-003", 2), 1);
    QCOMPARE(severityOf(ds, "R-ONL-003"), QStringLiteral("error"));
    p.plans[0].steps.insert(2, setOffline()); // an offline restore can do with fewer devices
    QCOMPARE(count(check(p), "R-ONL-003"), 0);
    p = test::sample();
    p.backups[2].mediaFamilyCount = 1;
    QCOMPARE(count(check(p), "R-ONL-003"), 0);
}

void TestOptionChecks::onl004NoOnlineRestoreFromSnapshot()
{
    Project p = test::sample();
    p.backups[2].snapshot = true;
    QList<Diagnostic> ds = check(p);
    QCOMPARE(count(ds, "R-ONL-004", 2), 1);
    const ProjectEdit edit = found(ds, "R-ONL-004").first().edit; // take the database offline first
    QVERIFY(edit.kind == ProjectEdit::Kind::InsertStep && edit.step == 2);
    QCOMPARE(toString(edit.value.statement), QStringLiteral("SET OFFLINE"));
    p.plans[0].steps.insert(2, edit.value);
    QCOMPARE(count(check(p), "R-ONL-004"), 0);
    p = test::sample();
    p.backups[1].snapshot = true; // step 1 restores PRIMARY: an offline restore anyway
    QCOMPARE(count(check(p), "R-ONL-004"), 0);
}

void TestOptionChecks::mod008FailedBackupInThePlan()
{
    Project p = test::sample();
    p.backups[3].failed = true; // imoltp_log, restored at step 2
    QList<Diagnostic> ds = check(p);
    QCOMPARE(count(ds, "R-MOD-008", 1), 1);
    QCOMPARE(severityOf(ds, "R-MOD-008"), QStringLiteral("error"));
    p.backups[3].failed = false;
    p.backups[0].failed = true; // a failed backup the plan does not use
    QCOMPARE(count(check(p), "R-MOD-008"), 0);
}

QTEST_GUILESS_MAIN(TestOptionChecks)
#include "tst_optionchecks.moc"
