// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/rules/environmentchecks.h"
#include "model/rules/planvalidator.h"
#include "diagnosticqueries.h"
#include "sampleloader.h"

using namespace rd;
using namespace rd::test;

namespace {

QList<Diagnostic> check(const Project &p) { return PlanValidator::validate(p, p.plans[0]); }

constexpr qint64 GiB = 1024LL * 1024 * 1024;

/// The sample with its two memory-optimized containers sized 1 GiB each (2 GiB of data).
Project withContainerSizes()
{
    Project p = test::sample();
    for (DataFile &f : p.database.filegroups[2].files)
        f.sizeBytes = GiB;
    return p;
}

} // namespace

/// Rules about the target server (RestoreEnvironment), each with a plan that triggers it and a
/// near miss. Expectations are the catalog's conditions worked by hand on the bundled sample.
class TestEnvironmentChecks : public QObject
{
    Q_OBJECT
private slots:
    void versionsParseAndCompare();
    void gen002NoRestoreToAnOlderServer();
    void gen002SystemDatabasesNeedTheSameVersion();
    void gen007EncryptedBackupNeedsCertificate();
    void gen010NoRestoreIntoAvailabilityGroupOrMirror();
    void mod003MemoryForMemoryOptimizedData();
    void mod007FiberMode();
    void fs003FilestreamNeedsNtfs();
};

void TestEnvironmentChecks::versionsParseAndCompare()
{
    QCOMPARE(EnvironmentChecks::parseVersion(QStringLiteral("16.0.4135.4")), (QList<int>{16, 0, 4135, 4}));
    QVERIFY(EnvironmentChecks::parseVersion(QStringLiteral("16.x")).isEmpty());
    QVERIFY(EnvironmentChecks::parseVersion(QString()).isEmpty());
    QVERIFY(EnvironmentChecks::parseVersion(QStringLiteral("1.2.3.4.5")).isEmpty());
    // 13.0.5026 (SQL Server 2016 SP2) is older than 16.0.4135 (2022 CU); numeric, not textual order.
    QVERIFY(EnvironmentChecks::compareVersions({13, 0, 5026}, {16, 0, 4135}) < 0);
    QVERIFY(EnvironmentChecks::compareVersions({16, 0, 10000}, {16, 0, 4135}) > 0);
    QCOMPARE(EnvironmentChecks::compareVersions({16, 0, 4135}, {16, 0, 4135, 4}), 0);
}

void TestEnvironmentChecks::gen002NoRestoreToAnOlderServer()
{
    Project p = test::sample();
    p.backups[1].softwareVersion = QStringLiteral("16.0.4135.4"); // imoltp_primary_mod, step 1
    p.environment.serverVersion = QStringLiteral("13.0.5026");
    QList<Diagnostic> ds = check(p);
    QCOMPARE(count(ds, "R-GEN-002", 0), 1);
    QCOMPARE(severityOf(ds, "R-GEN-002"), QStringLiteral("error"));
    p.environment.serverVersion = QStringLiteral("16.0.4135"); // the same version
    QCOMPARE(count(check(p), "R-GEN-002"), 0);
    p.environment.serverVersion = QStringLiteral("17.0.1000"); // newer
    QCOMPARE(count(check(p), "R-GEN-002"), 0);
    p.environment.serverVersion.clear(); // unknown: not checked
    QCOMPARE(count(check(p), "R-GEN-002"), 0);
}

void TestEnvironmentChecks::gen002SystemDatabasesNeedTheSameVersion()
{
    Project p = test::sample();
    p.database.name = QStringLiteral("msdb");
    p.backups[1].softwareVersion = QStringLiteral("16.0.4135.4");
    p.environment.serverVersion = QStringLiteral("16.0.4140.3"); // newer, but msdb needs the same
    QCOMPARE(count(check(p), "R-GEN-002", 0), 1);
    p.environment.serverVersion = QStringLiteral("16.0.4135.4");
    QCOMPARE(count(check(p), "R-GEN-002"), 0);
    p.database.name = QStringLiteral("imoltp");
    p.environment.serverVersion = QStringLiteral("16.0.4140.3");
    QCOMPARE(count(check(p), "R-GEN-002"), 0);
}

void TestEnvironmentChecks::gen007EncryptedBackupNeedsCertificate()
{
    Project p = test::sample();
    p.backups[2].encrypted = true; // imoltp_secondary, step 3
    QList<Diagnostic> ds = check(p);
    QCOMPARE(count(ds, "R-GEN-007", 2), 1);
    QCOMPARE(severityOf(ds, "R-GEN-007"), QStringLiteral("warning"));
    p.environment.certificatesAvailable = true;
    QCOMPARE(count(check(p), "R-GEN-007"), 0);
    QCOMPARE(count(check(test::sample()), "R-GEN-007"), 0);
}

void TestEnvironmentChecks::gen010NoRestoreIntoAvailabilityGroupOrMirror()
{
    Project p = test::sample();
    p.environment.databaseExists = true;
    p.environment.availabilityGroup = true;
    QList<Diagnostic> ds = check(p);
    QCOMPARE(count(ds, "R-GEN-010", 0), 1);
    QCOMPARE(severityOf(ds, "R-GEN-010"), QStringLiteral("error"));
    p.environment.availabilityGroup = false;
    p.environment.mirrored = true;
    QCOMPARE(count(check(p), "R-GEN-010", 0), 1);
    p.environment.mirrored = false;
    QCOMPARE(count(check(p), "R-GEN-010"), 0);
    p.environment.availabilityGroup = true;
    p.environment.databaseExists = false; // a new database cannot be in a group yet
    QCOMPARE(count(check(p), "R-GEN-010"), 0);
}

void TestEnvironmentChecks::mod003MemoryForMemoryOptimizedData()
{
    // Step 1 restores imoltp_mod (2 GiB of containers); the target's memory is not stated.
    Project p = withContainerSizes();
    QList<Diagnostic> ds = check(p);
    QCOMPARE(count(ds, "R-MOD-003", 0), 1);
    QCOMPARE(severityOf(ds, "R-MOD-003"), QStringLiteral("warning"));
    QCOMPARE(found(ds, "R-MOD-003").first().filegroup, QStringLiteral("imoltp_mod"));
    p.environment.memoryAvailableBytes = GiB; // stated, but less than the data
    QCOMPARE(count(check(p), "R-MOD-003", 0), 1);
    p.environment.memoryAvailableBytes = 4 * GiB; // enough
    QCOMPARE(count(check(p), "R-MOD-003"), 0);
    // Without container sizes there is nothing to estimate (docs/validation-choices.md).
    QCOMPARE(count(check(test::sample()), "R-MOD-003"), 0);
}

void TestEnvironmentChecks::mod007FiberMode()
{
    Project p = test::sample();
    p.environment.lightweightPooling = true;
    QList<Diagnostic> ds = check(p);
    QCOMPARE(count(ds, "R-MOD-007", 0), 1);
    QCOMPARE(severityOf(ds, "R-MOD-007"), QStringLiteral("warning"));
    p.database.filegroups[2].type = FilegroupType::Rows; // no memory-optimized filegroup
    QCOMPARE(count(check(p), "R-MOD-007"), 0);
    QCOMPARE(count(check(test::sample()), "R-MOD-007"), 0);
}

void TestEnvironmentChecks::fs003FilestreamNeedsNtfs()
{
    Project p = test::sample();
    Filegroup fs;
    fs.name = QStringLiteral("imoltp_fs");
    fs.type = FilegroupType::Filestream;
    fs.files = {DataFile{QStringLiteral("imoltp_fs1"), QStringLiteral("/var/opt/mssql/data/imoltp_fs1"), 0}};
    p.database.filegroups << fs;
    PlanStep full; // the whole database from the full backup, FILESTREAM included
    full.backup = QStringLiteral("imoltp_full");
    full.recovery = RecoveryOption::Recovery;
    p.plans[0].steps = {full};
    p.environment.filestreamOnNtfs = false;
    QList<Diagnostic> ds = check(p);
    QCOMPARE(count(ds, "R-FS-003", 0), 1);
    QCOMPARE(severityOf(ds, "R-FS-003"), QStringLiteral("warning"));
    QVERIFY(found(ds, "R-FS-003").first().message.contains(QLatin1String("/var/opt/mssql/data/imoltp_fs1")));
    p.environment.filestreamOnNtfs = true;
    QCOMPARE(count(check(p), "R-FS-003"), 0);
    p.environment.filestreamOnNtfs = false;
    p.plans[0].steps = test::sample().plans[0].steps; // the piecemeal plan never restores imoltp_fs
    QCOMPARE(count(check(p), "R-FS-003"), 0);
}

QTEST_GUILESS_MAIN(TestEnvironmentChecks)
#include "tst_environmentchecks.moc"
