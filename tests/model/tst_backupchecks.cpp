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

const QString Primary = QStringLiteral("PRIMARY");
const QString Mod = QStringLiteral("imoltp_mod");
const QString Secondary = QStringLiteral("imoltp_secondary");

/// A data backup of the sample's database taken on 2017-03-06 at hour:minute, lasting 30 seconds.
Backup data(const char *id, BackupType type, QStringList filegroups, int hour, int minute)
{
    Backup b;
    b.id = QString::fromLatin1(id);
    b.type = type;
    b.filegroups = filegroups;
    b.start = PlanTime::make(2017, 3, 6, hour, minute);
    b.finish = b.start.addSecs(30);
    b.media = {QStringLiteral("c:\\data\\%1.bak").arg(b.id)};
    return b;
}

TimelineEvent timelineEvent(EventKind kind, const QString &filegroup, int hour, int minute)
{
    TimelineEvent e;
    e.kind = kind;
    e.filegroup = filegroup;
    e.at = PlanTime::make(2017, 3, 6, hour, minute);
    return e;
}

/// The sample's layout under SIMPLE with imoltp_secondary read/write, no backups and no plan steps.
Project simple()
{
    Project p = test::sample();
    p.database.recoveryModel = RecoveryModel::Simple;
    p.database.filegroups[1].readOnly = false;
    p.backups.clear();
    p.events.clear();
    p.plans[0].steps.clear();
    return p;
}

} // namespace

/// Backup-side rules on the timeline (step -1), each with a history that triggers it and a near
/// miss. Expectations are the catalog's conditions worked by hand on the bundled sample's layout.
class TestBackupChecks : public QObject
{
    Q_OBJECT
private slots:
    void sampleHasNoBackupFindings();
    void bak001SimpleFileBackups();
    void bak002HandListedFilegroupsMakeAFileBackup();
    void bak003DifferentialNeedsABase();
    void bak004NothingDamagedCanBeBackedUp();
    void bak006NoBackupDuringAFileChange();
    void ro005PrimaryCannotBeReadOnly();
    void diff005MultiBasedDifferentials();
    void diff006SimpleFileDifferentialsOnlyReadOnly();
    void diff007OneDifferentialScheme();
    void diff008ReadOnlyChangeAfterPartialBase();
    void diff009ReadOnlyDatabaseLosesItsBase();
    void file010FileBackupsAsAFullBackup();
};

void TestBackupChecks::sampleHasNoBackupFindings()
{
    const QList<Diagnostic> ds = check(test::sample());
    for (const char *rule : {"R-BAK-001", "R-BAK-002", "R-BAK-003", "R-BAK-004", "R-BAK-006", "R-RO-005", "R-DIFF-005",
                             "R-DIFF-006", "R-DIFF-007", "R-DIFF-008", "R-DIFF-009", "R-FILE-010"})
        QCOMPARE(count(ds, rule), 0);
}

void TestBackupChecks::bak001SimpleFileBackups()
{
    Project p = simple();
    p.backups = {data("full", BackupType::Full, {}, 1, 0), data("fg_primary", BackupType::File, {Primary, Mod}, 2, 0)};
    QList<Diagnostic> ds = check(p);
    QCOMPARE(count(ds, "R-BAK-001", -1), 1);
    QCOMPARE(severityOf(ds, "R-BAK-001"), QStringLiteral("error")); // PRIMARY: 3004
    p.backups[1] = data("fg_secondary", BackupType::File, {Secondary}, 2, 0);
    ds = check(p);
    QCOMPARE(count(ds, "R-BAK-001", -1), 1);
    QCOMPARE(severityOf(ds, "R-BAK-001"), QStringLiteral("warning")); // read/write data: 3022
    p.events << timelineEvent(EventKind::SetReadOnly, Secondary, 1, 30); // read-only before its backup
    QCOMPARE(count(check(p), "R-BAK-001"), 0);
    p = simple();
    p.database.recoveryModel = RecoveryModel::Full;
    p.backups = {data("full", BackupType::Full, {}, 1, 0), data("fg_primary", BackupType::File, {Primary, Mod}, 2, 0)};
    QCOMPARE(count(check(p), "R-BAK-001"), 0);
}

void TestBackupChecks::bak002HandListedFilegroupsMakeAFileBackup()
{
    // Under SIMPLE, FILEGROUP = PRIMARY, imoltp_mod, imoltp_secondary lists every read/write filegroup.
    Project p = simple();
    p.backups = {data("full", BackupType::Full, {}, 1, 0), data("by_hand", BackupType::File, {Primary, Mod, Secondary}, 2, 0)};
    QCOMPARE(count(check(p), "R-BAK-002", -1), 1);
    p.backups[1].filegroups = {Primary, Mod}; // not every read/write filegroup
    QCOMPARE(count(check(p), "R-BAK-002"), 0);

    // Under FULL it matters when a differential partial backup would take it as its base.
    p = simple();
    p.database.recoveryModel = RecoveryModel::Full;
    p.backups = {data("full", BackupType::Full, {}, 1, 0), data("by_hand", BackupType::File, {Primary, Mod, Secondary}, 2, 0),
                 data("diff_partial", BackupType::PartialDifferential, {}, 3, 0)};
    QList<Diagnostic> ds = check(p);
    QCOMPARE(count(ds, "R-BAK-002", -1), 1);
    QCOMPARE(found(ds, "R-BAK-002").first().backup, QStringLiteral("by_hand"));
    p.backups.insert(2, data("partial", BackupType::Partial, {}, 2, 30)); // a real partial base after it
    QCOMPARE(count(check(p), "R-BAK-002"), 0);
    QCOMPARE(count(check(test::sample()), "R-BAK-002"), 0); // the sample's file backup under FULL
}

void TestBackupChecks::bak003DifferentialNeedsABase()
{
    Project p = test::sample();
    p.backups << data("diff_early", BackupType::Differential, {}, 0, 30); // before imoltp_full (01:00)
    QList<Diagnostic> ds = check(p);
    QCOMPARE(count(ds, "R-BAK-003", -1), 1);
    QCOMPARE(severityOf(ds, "R-BAK-003"), QStringLiteral("error"));
    // The message names the missing base in a whole sentence, and the fix says what to take.
    QVERIFY(found(ds, "R-BAK-003").first().message.contains(
        QStringLiteral("no full backup (other than a copy-only one) was taken before it")));
    QVERIFY(found(ds, "R-BAK-003").first().fix.startsWith(QStringLiteral("Take a full backup before diff_early")));
    p.backups.last().start = PlanTime::make(2017, 3, 6, 2, 0);
    QCOMPARE(count(check(p), "R-BAK-003"), 0);
    p.backups.last().copyOnly = true; // COPY_ONLY is ignored with DIFFERENTIAL
    ds = check(p);
    QCOMPARE(count(ds, "R-BAK-003", -1), 1);
    QCOMPARE(severityOf(ds, "R-BAK-003"), QStringLiteral("warning"));

    // A differential partial backup needs a partial (or full) backup before it; a file
    // differential a backup of its files.
    p = simple();
    p.database.recoveryModel = RecoveryModel::Full;
    p.backups = {data("diff_partial", BackupType::PartialDifferential, {}, 3, 0),
                 data("diff_file", BackupType::FileDifferential, {Secondary}, 3, 30)};
    ds = check(p);
    QCOMPARE(count(ds, "R-BAK-003", -1), 2);
    const QList<Diagnostic> bases = found(ds, "R-BAK-003");
    const auto about = [&](const QString &backup) {
        for (const Diagnostic &d : bases)
            if (d.backup == backup)
                return d;
        return Diagnostic{};
    };
    QVERIFY(about(QStringLiteral("diff_partial")).message.contains(QStringLiteral("no partial backup (other than")));
    QVERIFY(about(QStringLiteral("diff_partial")).fix.startsWith(QStringLiteral("Take a partial backup before diff_partial")));
    QVERIFY(about(QStringLiteral("diff_file")).message.contains(QStringLiteral("no backup of ") + Secondary + QStringLiteral(" (other than")));
    QVERIFY(about(QStringLiteral("diff_file")).fix.startsWith(QStringLiteral("Take a backup of ") + Secondary + QStringLiteral(" before diff_file")));
    p.backups.prepend(data("fg_secondary", BackupType::File, {Secondary}, 2, 0));
    p.backups.prepend(data("partial", BackupType::Partial, {}, 1, 0));
    QCOMPARE(count(check(p), "R-BAK-003"), 0);
}

void TestBackupChecks::bak004NothingDamagedCanBeBackedUp()
{
    Project p = test::sample(); // the whole database fails at 05:00, with its log
    p.backups << data("after", BackupType::File, {Secondary}, 5, 30);
    QCOMPARE(count(check(p), "R-BAK-004", -1), 1);
    p.backups.last().start = PlanTime::make(2017, 3, 6, 4, 30); // before the failure
    QCOMPARE(count(check(p), "R-BAK-004"), 0);

    // Only imoltp_secondary is damaged: PRIMARY can still be backed up, and the tail too.
    p = test::sample();
    p.events[0].wholeDatabase = false;
    p.events[0].logDamaged = false;
    p.events[0].filegroups = {Secondary};
    p.backups << data("primary_after", BackupType::File, {Primary, Mod}, 5, 30);
    Backup tail = data("tail", BackupType::Log, {}, 5, 40);
    tail.tailLog = true;
    p.backups << tail;
    QCOMPARE(count(check(p), "R-BAK-004"), 0);
    p.backups << data("secondary_after", BackupType::File, {Secondary}, 5, 50);
    QCOMPARE(count(check(p), "R-BAK-004", -1), 1);
    p.events[0].logDamaged = true; // a damaged log cannot be backed up either
    QCOMPARE(count(check(p), "R-BAK-004", -1), 2);

    // Only the file imoltp_primary2 is damaged (one lost disk): a backup holding it cannot be taken,
    // one of the other filegroups can.
    p = test::sample();
    p.events[0].wholeDatabase = false;
    p.events[0].logDamaged = false;
    p.events[0].files = {QStringLiteral("imoltp_primary2")};
    p.backups << data("secondary_after", BackupType::File, {Secondary}, 5, 30);
    QList<Diagnostic> ds = check(p);
    QVERIFY2(count(ds, "R-BAK-004") == 0, qPrintable(dump(ds)));
    p.backups << data("primary_after", BackupType::File, {Primary, Mod}, 5, 40);
    ds = check(p);
    QVERIFY2(count(ds, "R-BAK-004", -1) == 1, qPrintable(dump(ds)));
    QCOMPARE(found(ds, "R-BAK-004").first().backup, QStringLiteral("primary_after"));
    QCOMPARE(found(ds, "R-BAK-004").first().filegroup, Primary);
    QVERIFY(found(ds, "R-BAK-004").first().message.contains(QLatin1String("imoltp_primary2")));
}

void TestBackupChecks::bak006NoBackupDuringAFileChange()
{
    Project p = test::sample();
    TimelineEvent added = timelineEvent(EventKind::AddFile, Primary, 3, 0);
    added.at = added.at.addSecs(20); // imoltp_primary_mod runs 03:00:00–03:01:00
    added.file = QStringLiteral("imoltp_primary3");
    p.events.prepend(added);
    QList<Diagnostic> ds = check(p);
    QCOMPARE(count(ds, "R-BAK-006", -1), 1);
    QCOMPARE(found(ds, "R-BAK-006").first().backup, QStringLiteral("imoltp_primary_mod"));
    QCOMPARE(severityOf(ds, "R-BAK-006"), QStringLiteral("warning"));
    p.events[0].at = PlanTime::make(2017, 3, 6, 3, 1, 1); // a second after it finished
    QCOMPARE(count(check(p), "R-BAK-006"), 0);
    p.events[0].kind = EventKind::RemoveFile;
    p.events[0].at = PlanTime::make(2017, 3, 6, 3, 30, 10); // during imoltp_secondary (03:30:00–03:30:30)
    QCOMPARE(count(check(p), "R-BAK-006", -1), 1);
}

void TestBackupChecks::ro005PrimaryCannotBeReadOnly()
{
    Project p = test::sample();
    p.database.filegroups[0].readOnly = true;
    QList<Diagnostic> ds = check(p);
    QCOMPARE(count(ds, "R-RO-005", -1), 1);
    QCOMPARE(severityOf(ds, "R-RO-005"), QStringLiteral("error"));
    p = test::sample();
    p.events << timelineEvent(EventKind::SetReadOnly, QStringLiteral("primary"), 2, 0);
    QCOMPARE(count(check(p), "R-RO-005", -1), 1);
    p.events.last().filegroup = Secondary; // a secondary filegroup may be read-only
    QCOMPARE(count(check(p), "R-RO-005"), 0);
}

void TestBackupChecks::diff005MultiBasedDifferentials()
{
    // SIMPLE: full 01:00, then a file backup of imoltp_secondary (read-only) 02:00: a differential
    // at 03:00 would be based on both.
    Project p = simple();
    p.database.filegroups[1].readOnly = true;
    p.backups = {data("full", BackupType::Full, {}, 1, 0), data("fg_secondary", BackupType::File, {Secondary}, 2, 0),
                 data("diff", BackupType::Differential, {}, 3, 0)};
    QList<Diagnostic> ds = check(p);
    QCOMPARE(count(ds, "R-DIFF-005", -1), 1);
    QCOMPARE(severityOf(ds, "R-DIFF-005"), QStringLiteral("error"));
    p.backups.removeAt(1);
    QCOMPARE(count(check(p), "R-DIFF-005"), 0);
    p.database.recoveryModel = RecoveryModel::Full; // multi-based differentials are fine under FULL
    p.backups.insert(1, data("fg_secondary", BackupType::File, {Secondary}, 2, 0));
    QCOMPARE(count(check(p), "R-DIFF-005"), 0);

    // A differential partial backup needs exactly one partial backup as its base.
    p = simple();
    p.database.recoveryModel = RecoveryModel::Full;
    p.backups = {data("full", BackupType::Full, {}, 1, 0), data("diff_partial", BackupType::PartialDifferential, {}, 3, 0)};
    QCOMPARE(count(check(p), "R-DIFF-005", -1), 1); // based on a full backup
    p.backups.insert(1, data("partial", BackupType::Partial, {}, 2, 0));
    QCOMPARE(count(check(p), "R-DIFF-005"), 0);
    p.backups.insert(2, data("fg_secondary", BackupType::File, {Secondary}, 2, 30)); // moves imoltp_secondary's base
    QCOMPARE(count(check(p), "R-DIFF-005", -1), 1);
}

void TestBackupChecks::diff006SimpleFileDifferentialsOnlyReadOnly()
{
    Project p = simple();
    p.backups = {data("partial", BackupType::Partial, {}, 1, 0), data("fg_secondary", BackupType::File, {Secondary}, 1, 30),
                 data("diff_secondary", BackupType::FileDifferential, {Secondary}, 2, 0)};
    QList<Diagnostic> ds = check(p);
    QCOMPARE(count(ds, "R-DIFF-006", -1), 1);
    QCOMPARE(found(ds, "R-DIFF-006").first().filegroup, Secondary);
    p.database.filegroups[1].readOnly = true;
    QCOMPARE(count(check(p), "R-DIFF-006"), 0);
}

void TestBackupChecks::diff007OneDifferentialScheme()
{
    Project p = test::sample();
    p.backups << data("diff", BackupType::Differential, {}, 3, 40);
    QCOMPARE(count(check(p), "R-DIFF-007"), 0);
    p.backups << data("diff_secondary", BackupType::FileDifferential, {Secondary}, 3, 50);
    QList<Diagnostic> ds = check(p);
    QCOMPARE(count(ds, "R-DIFF-007", -1), 1);
    QCOMPARE(severityOf(ds, "R-DIFF-007"), QStringLiteral("warning"));
}

void TestBackupChecks::diff008ReadOnlyChangeAfterPartialBase()
{
    Project p = simple();
    p.database.recoveryModel = RecoveryModel::Full;
    p.backups = {data("partial", BackupType::Partial, {}, 1, 0), data("diff_partial", BackupType::PartialDifferential, {}, 3, 0)};
    p.events << timelineEvent(EventKind::SetReadOnly, Secondary, 2, 0); // read/write at the base, read-only at the differential
    QList<Diagnostic> ds = check(p);
    QCOMPARE(count(ds, "R-DIFF-008", -1), 1);
    QCOMPARE(found(ds, "R-DIFF-008").first().filegroup, Secondary);
    p.events.last().at = PlanTime::make(2017, 3, 6, 4, 0); // after the differential
    QCOMPARE(count(check(p), "R-DIFF-008"), 0);
}

void TestBackupChecks::diff009ReadOnlyDatabaseLosesItsBase()
{
    Project p = test::sample();
    p.database.readOnly = true;
    p.backups[0].backupSetGuid = QStringLiteral("5f1a2c3e-0000-4000-8000-000000000001");
    p.backups << data("diff", BackupType::Differential, {}, 3, 40);
    QList<Diagnostic> ds = check(p);
    QCOMPARE(count(ds, "R-DIFF-009", -1), 1);
    QCOMPARE(severityOf(ds, "R-DIFF-009"), QStringLiteral("warning"));
    p.backups.last().differentialBaseGuid = QStringLiteral("5F1A2C3E-0000-4000-8000-000000000001"); // base confirmed
    QCOMPARE(count(check(p), "R-DIFF-009"), 0);
    p.backups.last().differentialBaseGuid.clear();
    p.database.readOnly = false;
    QCOMPARE(count(check(p), "R-DIFF-009"), 0);
}

void TestBackupChecks::file010FileBackupsAsAFullBackup()
{
    // Without imoltp_full, the two file backups cover every file and imoltp_log spans them
    // (LSN 35000000015200001 to 35000000026400001 covers their ends, 22400001 and 24000001).
    Project p = test::sample();
    p.backups.removeFirst();
    QCOMPARE(count(check(p), "R-FILE-010"), 0);
    Project q = p;
    q.backups.removeAt(1); // no backup of imoltp_secondary
    QList<Diagnostic> ds = check(q);
    QCOMPARE(count(ds, "R-FILE-010", -1), 1);
    QVERIFY(found(ds, "R-FILE-010").first().message.contains(Secondary));
    p.backups[2].firstLsn = Lsn::fromString(u"35000000023000001"); // the log starts after the first file backup's end
    QCOMPARE(count(check(p), "R-FILE-010", -1), 1);
    QCOMPARE(count(check(test::sample()), "R-FILE-010"), 0); // a full backup exists
}

QTEST_GUILESS_MAIN(TestBackupChecks)
#include "tst_backupchecks.moc"
