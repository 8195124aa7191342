// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/domain/plantime.h"
#include "model/simulation/lsnderivation.h"
#include "model/simulation/restoresimulator.h"
#include "tests/model/plansteps.h"
#include "diagnosticqueries.h"

#include <QTest>

using namespace rd;
using namespace rd::test;

namespace {

Filegroup filegroup(const char *name, QStringList files, bool readOnly = false)
{
    Filegroup fg;
    fg.name = QString::fromLatin1(name);
    fg.readOnly = readOnly;
    for (const QString &f : files)
        fg.files << DataFile{f, QStringLiteral("c:\\data\\%1.ndf").arg(f), 1 << 20};
    return fg;
}

Backup backup(const char *id, BackupType type, int hour, QStringList filegroups = {})
{
    Backup b;
    b.id = QString::fromLatin1(id);
    b.type = type;
    b.filegroups = filegroups;
    b.start = PlanTime::make(2017, 3, 6, hour, 0);
    b.finish = b.start.addSecs(type == BackupType::Log ? 10 : 600);
    b.media = {QStringLiteral("c:\\backup\\%1").arg(b.id)};
    return b;
}

/// The database of Microsoft's "Example: Online Restore of a Read-Write File (Full Recovery Model)"
/// (online-restore example): filegroup A read/write (a1, a2), B and C read-only, all online, FULL,
/// Enterprise. A full backup, log_backup1 and 2 taken since, and log_backup3 (05:00), the backup
/// the example takes during the restore. Designed times, so the LSNs are derived (lsn-derivation.md).
Project adb()
{
    Project p;
    p.database.name = QStringLiteral("adb");
    p.database.edition = Edition::Enterprise;
    p.database.recoveryModel = RecoveryModel::Full;
    p.database.filegroups = {filegroup("PRIMARY", {QStringLiteral("p1")}),
                             filegroup("A", {QStringLiteral("a1"), QStringLiteral("a2")}),
                             filegroup("B", {QStringLiteral("b1")}, true), filegroup("C", {QStringLiteral("c1")}, true)};
    p.database.logFiles = {DataFile{QStringLiteral("adb_log"), QStringLiteral("c:\\data\\adb_log.ldf"), 1 << 20}};
    p.backups = {backup("full", BackupType::Full, 1), backup("log_backup1", BackupType::Log, 2),
                 backup("log_backup2", BackupType::Log, 3), backup("log_backup3", BackupType::Log, 5)};
    Backup tail = backup("tail", BackupType::Log, 6);
    tail.tailLog = true;
    p.backups << tail;
    Plan plan;
    plan.name = QStringLiteral("Online restore of a1");
    plan.steps = {restoreFiles("full", RecoveryOption::NoRecovery, {QStringLiteral("a1")}),
                  backupLog("log_backup3"),
                  restoreLog("log_backup1"), restoreLog("log_backup2"), restoreLog("log_backup3"),
                  recoverOnly()};
    p.plans = {plan};
    return p;
}

/// The offline file restore of a1 (file-restores-full-recovery-model.md): tail-log backup first,
/// then the file, every log and the tail.
Plan offlineFileRestore()
{
    Plan plan;
    plan.steps = {backupLog("tail", true),
                  restoreFiles("full", RecoveryOption::NoRecovery, {QStringLiteral("a1")}),
                  restoreLog("log_backup1"), restoreLog("log_backup2"), restoreLog("log_backup3"),
                  restoreLog("tail", RecoveryOption::Recovery)};
    return plan;
}

SimulationResult run(const Project &p) { return RestoreSimulator::simulate(p, p.plans[0]); }

} // namespace

/// Online and file restore rules (model/simulation/onlinerestore.h, filerestore.h, sequencerules.h).
/// Expected states are those of Microsoft's "Example: Online Restore of a Read-Write File (Full
/// Recovery Model)" and the rules' conditions (docs/rules.md), worked by hand; every rule has a
/// trigger and a near miss.
class TestOnlineRestore : public QObject
{
    Q_OBJECT
private slots:
    void traceOnlineReadWriteFileRestore();
    void damagedFileAloneIsRestoredOnline();
    void onl005NoLogBackupAfterTheRestore();
    void onl005LogBackupTakenButNotRestored();
    void onl005FileSetOfflineByThePlan();
    void onl006ReadOnlyFileNeedsNoLog();
    void onl007BulkLogged();
    void onl008StandbyWhileOnline();
    void onl009SimpleReadWriteOnline();
    void gen009ExclusiveAccessOncePerSequence();
    void file002And003OfflineFileRestoreNeedsTheTail();
    void file005PointInTimeNeedsEveryFile();
    void file007FilegroupFromBackupLackingFiles();
    void file008DroppedFile();
    void rec003Standby();
};

void TestOnlineRestore::traceOnlineReadWriteFileRestore()
{
    const Project p = adb();
    const SimulationResult r = run(p);
    QVERIFY2(count(r.diagnostics, "R-ONL-005") == 0 && !hasErrors(r.diagnostics), qPrintable(dump(r.diagnostics)));
    // Step 1: RESTORE … FILE='a1' WITH NORECOVERY — the database stays online, filegroup A is offline.
    QCOMPARE(toString(r.steps[0].database), QStringLiteral("ONLINE"));
    QCOMPARE(state(r.steps[0], "A"), QStringLiteral("RESTORING"));
    QCOMPARE(state(r.steps[0], "PRIMARY"), QStringLiteral("ONLINE"));
    QCOMPARE(state(r.steps[0], "B"), QStringLiteral("ONLINE"));
    // Step 2: BACKUP LOG adb TO log_backup3 — still online; step 3: the logs, a1 advances.
    for (int i = 1; i <= 4; ++i) {
        QCOMPARE(toString(r.steps[i].database), QStringLiteral("ONLINE"));
        QCOMPARE(state(r.steps[i], "A"), QStringLiteral("RESTORING"));
    }
    QCOMPARE(r.steps[4].redoLsn.toString(), LsnDerivation::at(PlanTime::make(2017, 3, 6, 5, 0, 10), 2).toString()); // log_backup3's end
    // Step 4: RESTORE LOG adb WITH RECOVERY — a1 online, so A is available.
    QCOMPARE(toString(r.steps[5].database), QStringLiteral("ONLINE"));
    for (const auto &[name, st] : r.steps[5].filegroups)
        QVERIFY2(st == FileState::Online, qPrintable(name));
}

void TestOnlineRestore::damagedFileAloneIsRestoredOnline()
{
    // "File a1 in filegroup A appears to be damaged" (the online read/write file example): a FAILURE
    // naming the file alone. a1 is SUSPECT, a2 stays ONLINE; "for a filegroup to be available, all
    // files within the filegroup must be online" (file-states.md), so A shows SUSPECT and its data is
    // not accessible, while PRIMARY, B, C and the database stay online. The example's restore of just
    // that file and the logs brings A back: "After all the files in an offline filegroup are
    // recovered, the filegroup is automatically brought online" (file-restores-full-recovery-model.md).
    Project p = adb();
    TimelineEvent failure;
    failure.kind = EventKind::Failure;
    failure.at = PlanTime::make(2017, 3, 6, 4, 0);
    failure.files = {QStringLiteral("a1")};
    p.events << failure;
    const SimulationResult r = run(p);
    QCOMPARE(toString(r.initial.database), QStringLiteral("ONLINE"));
    QCOMPARE(state(r.initial, "A"), QStringLiteral("SUSPECT"));
    QCOMPARE(toString(r.initial.access.value(1)), QStringLiteral("none"));
    for (const char *other : {"PRIMARY", "B", "C"})
        QCOMPARE(state(r.initial, other), QStringLiteral("ONLINE"));
    QCOMPARE(toString(r.initial.access.value(0)), QStringLiteral("read-write"));
    QVERIFY2(r.diagnostics.isEmpty(), qPrintable(dump(r.diagnostics)));
    QCOMPARE(toString(r.steps[0].database), QStringLiteral("ONLINE"));
    QCOMPARE(state(r.steps[0], "A"), QStringLiteral("RESTORING"));
    QCOMPARE(toString(r.steps[5].database), QStringLiteral("ONLINE"));
    for (const auto &[name, st] : r.steps[5].filegroups)
        QVERIFY2(st == FileState::Online, qPrintable(name));
    // a1 must reach the first log backup finished after the failure (05:00:10, log_backup3): recovering
    // before restoring it is R-ONL-005, and A stays RESTORING.
    Project early = p;
    early.plans[0].steps.removeAt(4);
    const SimulationResult e = run(early);
    QVERIFY2(count(e.diagnostics, "R-ONL-005") == 1, qPrintable(dump(e.diagnostics)));
    QCOMPARE(state(e.steps.last(), "A"), QStringLiteral("RESTORING"));
    // The file is damaged, the rest of A is not: a recovery-only restore of A cannot bring it back.
    Project recoverOnlyA = p;
    PlanStep recoverA = recoverOnly();
    recoverA.filegroups = {QStringLiteral("A")};
    recoverOnlyA.plans[0].steps = {recoverA};
    QCOMPARE(count(run(recoverOnlyA).diagnostics, "R-RO-003", 0), 1);
    // A damaged file of PRIMARY makes the database SUSPECT ("at least the primary filegroup is suspect").
    p.events.last().files = {QStringLiteral("p1")};
    QCOMPARE(toString(run(p).initial.database), QStringLiteral("SUSPECT"));
}

void TestOnlineRestore::onl005NoLogBackupAfterTheRestore()
{
    // Without the log backup taken after step 1, a1 can never catch up with the online database.
    Project p = adb();
    p.plans[0].steps.removeAt(4); // RESTORE LOG log_backup3
    p.plans[0].steps.removeAt(1); // BACKUP LOG … TO log_backup3
    const SimulationResult r = run(p);
    QCOMPARE(count(r.diagnostics, "R-ONL-005", 3), 1);
    QVERIFY(find(r.diagnostics, "R-ONL-005")->message.contains(QLatin1String("step 1")));
    QCOMPARE(state(r.steps[3], "A"), QStringLiteral("RESTORING"));
    QCOMPARE(toString(r.steps[3].database), QStringLiteral("ONLINE"));
    // log_backup3 in the history but taken before the restore does not hold the offline point either.
    p.plans[0].steps.insert(3, restoreLog("log_backup3"));
    QCOMPARE(count(run(p).diagnostics, "R-ONL-005", 4), 1);
}

void TestOnlineRestore::onl005LogBackupTakenButNotRestored()
{
    Project p = adb();
    p.plans[0].steps.removeAt(4); // log_backup3 is taken at step 2 but never restored
    const SimulationResult r = run(p);
    QCOMPARE(count(r.diagnostics, "R-ONL-005", 4), 1);
    const Diagnostic *d = find(r.diagnostics, "R-ONL-005");
    QCOMPARE(d->backup, QStringLiteral("log_backup3"));
    QCOMPARE(d->filegroup, QStringLiteral("A"));
    // The fix inserts RESTORE LOG log_backup3 before the recovery; applying it gives the example.
    QCOMPARE(int(d->edit.kind), int(ProjectEdit::Kind::InsertStep));
    QCOMPARE(d->edit.step, 4);
    p.plans[0].steps.insert(d->edit.step, d->edit.value);
    QVERIFY(p.plans[0].steps == adb().plans[0].steps);
    QCOMPARE(count(run(p).diagnostics, "R-ONL-005"), 0);
}

void TestOnlineRestore::onl005FileSetOfflineByThePlan()
{
    // "Alternatively, take the file offline manually before the restore sequence": then a log
    // backup taken after that, even before the restore, holds the point.
    Project p = adb();
    PlanStep offline;
    offline.statement = StepStatement::SetFileOffline;
    offline.files = {QStringLiteral("a1")};
    auto &steps = p.plans[0].steps;
    steps.removeAt(1);
    steps.insert(0, offline);
    steps.insert(1, backupLog("log_backup3"));
    SimulationResult r = run(p);
    QCOMPARE(count(r.diagnostics, "R-ONL-005"), 0);
    QCOMPARE(state(r.steps.last(), "A"), QStringLiteral("ONLINE"));
    steps.move(1, 0); // the log backup before the file went offline: too early
    r = run(p);
    QCOMPARE(count(r.diagnostics, "R-ONL-005", 6), 1);
    QCOMPARE(state(r.steps.last(), "A"), QStringLiteral("RESTORING"));
}

void TestOnlineRestore::onl006ReadOnlyFileNeedsNoLog()
{
    // B has been read-only since before the full backup: restored online, it needs no log (R-ONL-006).
    Project p = adb();
    p.plans[0].steps = {restoreFiles("full", RecoveryOption::Recovery, {QStringLiteral("b1")})};
    SimulationResult r = run(p);
    QVERIFY2(!hasErrors(r.diagnostics), qPrintable(dump(r.diagnostics)));
    QCOMPARE(state(r.steps[0], "B"), QStringLiteral("ONLINE"));
    // Near miss: B became read/write after the backup, so it is read/write data (R-ONL-005 applies).
    TimelineEvent rw;
    rw.kind = EventKind::SetReadWrite;
    rw.filegroup = QStringLiteral("B");
    rw.at = PlanTime::make(2017, 3, 6, 4, 0);
    p.events << rw;
    r = run(p);
    QCOMPARE(count(r.diagnostics, "R-ONL-005", 0), 1);
    QCOMPARE(state(r.steps[0], "B"), QStringLiteral("RESTORING"));
    // Read-only again at 04:30: the online recovery point is then, which log_backup3 (05:00) holds.
    TimelineEvent ro = rw;
    ro.kind = EventKind::SetReadOnly;
    ro.at = PlanTime::make(2017, 3, 6, 4, 30);
    p.events << ro;
    r = run(p);
    QCOMPARE(count(r.diagnostics, "R-ONL-005"), 0);
    QCOMPARE(count(r.diagnostics, "R-RO-001", 0), 1);
    QCOMPARE(state(r.steps[0], "B"), QStringLiteral("RESTORING"));
    p.plans[0].steps = {restoreFiles("full", RecoveryOption::NoRecovery, {QStringLiteral("b1")}), restoreLog("log_backup1"),
                        restoreLog("log_backup2"), restoreLog("log_backup3"), recoverOnly()};
    r = run(p);
    QVERIFY2(count(r.diagnostics, "R-RO-001") + count(r.diagnostics, "R-ONL-005") == 0, qPrintable(dump(r.diagnostics)));
    QCOMPARE(state(r.steps[4], "B"), QStringLiteral("ONLINE"));
}

void TestOnlineRestore::onl007BulkLogged()
{
    Project p = adb();
    p.database.recoveryModel = RecoveryModel::BulkLogged;
    QList<Diagnostic> ds = run(p).diagnostics;
    QCOMPARE(count(ds, "R-ONL-007", 0), 1); // "switch to FULL first"
    QCOMPARE(toString(find(ds, "R-ONL-007")->severity), QStringLiteral("warning"));
    QCOMPARE(count(ds, "R-ONL-007", 1), 1); // the log backup taken after the sequence started
    // Bulk changes exist while C is offline: not every other file is online or defunct.
    p.backups[2].hasBulkLoggedData = true;
    PlanStep offline;
    offline.statement = StepStatement::SetFileOffline;
    offline.files = {QStringLiteral("c1")};
    p.plans[0].steps.prepend(offline);
    const SimulationResult r = run(p);
    QCOMPARE(count(r.diagnostics, "R-ONL-007", 1), 2);
    QCOMPARE(state(r.steps[1], "A"), QStringLiteral("ONLINE")); // refused
    // Near miss: FULL recovery.
    p = adb();
    QCOMPARE(count(run(p).diagnostics, "R-ONL-007"), 0);
}

void TestOnlineRestore::onl008StandbyWhileOnline()
{
    Project p = adb();
    p.plans[0].steps[0].recovery = RecoveryOption::Standby;
    p.plans[0].steps[0].standbyFile = QStringLiteral("c:\\data\\adb_undo.dat");
    SimulationResult r = run(p);
    QCOMPARE(count(r.diagnostics, "R-ONL-008", 0), 1);
    QCOMPARE(state(r.steps[0], "A"), QStringLiteral("ONLINE")); // refused (4302)
    QCOMPARE(toString(find(r.diagnostics, "R-ONL-008")->edit.value.recovery), QStringLiteral("NORECOVERY"));
    // Near miss: the same option in an offline restore of the whole database.
    p.plans[0].steps = {backupLog("tail", true), restore("full", RecoveryOption::Standby)};
    p.plans[0].steps[1].standbyFile = QStringLiteral("c:\\data\\adb_undo.dat");
    r = run(p);
    QCOMPARE(count(r.diagnostics, "R-ONL-008"), 0);
    QCOMPARE(toString(r.steps[1].database), QStringLiteral("STANDBY"));
}

void TestOnlineRestore::onl009SimpleReadWriteOnline()
{
    Project p = adb();
    p.database.recoveryModel = RecoveryModel::Simple;
    p.plans[0].steps = {restoreFiles("full", RecoveryOption::Recovery, {QStringLiteral("a1")})};
    SimulationResult r = run(p);
    QCOMPARE(count(r.diagnostics, "R-ONL-009", 0), 1);
    QCOMPARE(state(r.steps[0], "A"), QStringLiteral("ONLINE"));
    // Near miss: read-only B can be restored online under SIMPLE.
    p.plans[0].steps = {restoreFiles("full", RecoveryOption::Recovery, {QStringLiteral("b1")})};
    r = run(p);
    QCOMPARE(count(r.diagnostics, "R-ONL-009"), 0);
    QCOMPARE(state(r.steps[0], "B"), QStringLiteral("ONLINE"));
}

void TestOnlineRestore::gen009ExclusiveAccessOncePerSequence()
{
    Project p = adb();
    p.plans[0].steps = {restore("full", RecoveryOption::NoRecovery), restoreLog("log_backup1"),
                        restoreLog("log_backup2"), restoreLog("log_backup3", RecoveryOption::Recovery),
                        restore("full", RecoveryOption::Recovery)}; // a second sequence
    QList<Diagnostic> ds = run(p).diagnostics;
    QCOMPARE(count(ds, "R-GEN-009"), 2);
    QCOMPARE(count(ds, "R-GEN-009", 0), 1);
    QCOMPARE(count(ds, "R-GEN-009", 4), 1);
    // Near misses: after a tail-log backup WITH NORECOVERY; on a new server; an online restore.
    p.plans[0].steps.insert(0, backupLog("tail", true));
    QCOMPARE(count(run(p).diagnostics, "R-GEN-009", 1), 0);
    p.environment.databaseExists = false;
    p.plans[0].steps.removeFirst();
    QCOMPARE(count(run(p).diagnostics, "R-GEN-009", 0), 0);
    QCOMPARE(count(run(adb()).diagnostics, "R-GEN-009"), 0);
}

void TestOnlineRestore::file002And003OfflineFileRestoreNeedsTheTail()
{
    Project p = adb();
    p.database.edition = Edition::Standard;
    p.plans[0] = offlineFileRestore();
    SimulationResult r = run(p);
    QVERIFY2(count(r.diagnostics, "R-FILE-002") + count(r.diagnostics, "R-FILE-003") == 0, qPrintable(dump(r.diagnostics)));
    QCOMPARE(toString(r.steps[0].database), QStringLiteral("RESTORING"));
    QCOMPARE(toString(r.steps[5].database), QStringLiteral("ONLINE"));
    QCOMPARE(state(r.steps[5], "A"), QStringLiteral("ONLINE"));

    // R-FILE-002: recovering at log_backup3 leaves a1 short of the tail the rest of adb is at.
    p.plans[0].steps.removeLast();
    p.plans[0].steps.last().recovery = RecoveryOption::Recovery;
    r = run(p);
    QCOMPARE(count(r.diagnostics, "R-FILE-002", 4), 1);
    QCOMPARE(state(r.steps[4], "A"), QStringLiteral("RESTORING"));
    const Diagnostic *d = find(r.diagnostics, "R-FILE-002");
    // The fix: step 5 (log_backup3) no longer recovers, the tail follows it and recovers.
    QVERIFY(d->edit.kind == ProjectEdit::Kind::Composite && d->edit.parts.size() == 2);
    QCOMPARE(toString(d->edit.parts[0].value.recovery), QStringLiteral("NORECOVERY"));
    QCOMPARE(d->edit.parts[1].step, 5);
    QCOMPARE(d->edit.parts[1].value.backup, QStringLiteral("tail"));

    // R-FILE-003: SET OFFLINE instead of the tail-log backup — the end of the log is lost.
    p.plans[0] = offlineFileRestore();
    p.plans[0].steps[0] = PlanStep{};
    p.plans[0].steps[0].statement = StepStatement::SetOffline;
    p.plans[0].steps.removeLast();
    p.plans[0].steps.last().recovery = RecoveryOption::Recovery;
    p.backups.removeLast(); // and so no tail-log backup in the history either
    r = run(p);
    QCOMPARE(count(r.diagnostics, "R-FILE-003", 1), 1);
    QCOMPARE(state(r.steps.last(), "A"), QStringLiteral("RESTORING"));
    d = find(r.diagnostics, "R-FILE-003");
    // The fix takes a real tail-log backup (issue 9): added to the history, and named by the
    // BACKUP LOG … WITH NORECOVERY step inserted before step 2, never a placeholder device.
    QVERIFY(d->edit.kind == ProjectEdit::Kind::Composite);
    QVERIFY(d->edit.parts[0].kind == ProjectEdit::Kind::AddBackup);
    QVERIFY(d->edit.parts[0].backup.tailLog && !d->edit.parts[0].backup.media.isEmpty());
    QCOMPARE(d->edit.parts[1].step, 1);
    QVERIFY(d->edit.parts[1].value.norecovery);
    QCOMPARE(d->edit.parts[1].value.backup, d->edit.parts[0].backup.id);
}

void TestOnlineRestore::file005PointInTimeNeedsEveryFile()
{
    // PRIMARY and a1 back to 04:30 from the full backup, while a2 stays at the end of the log.
    Project p = adb();
    p.plans[0] = offlineFileRestore();
    p.plans[0].target.kind = RestoreTarget::Kind::PointInTime;
    p.plans[0].target.pointInTime = PlanTime::make(2017, 3, 6, 4, 30);
    p.plans[0].steps.removeLast();
    p.plans[0].steps[1].files = {QStringLiteral("p1"), QStringLiteral("a1")};
    for (int i = 2; i < 5; ++i)
        p.plans[0].steps[i].stopAt = p.plans[0].target.pointInTime;
    p.plans[0].steps.last().recovery = RecoveryOption::Recovery;
    SimulationResult r = run(p);
    QCOMPARE(count(r.diagnostics, "R-FILE-005", 4), 1);
    QCOMPARE(find(r.diagnostics, "R-FILE-005")->filegroup, QStringLiteral("A"));
    QCOMPARE(state(r.steps[4], "A"), QStringLiteral("RESTORING"));
    // Near miss: every read/write file goes back in time; read-only B and C fit any later point.
    p.plans[0].steps[1].files << QStringLiteral("a2");
    r = run(p);
    QCOMPARE(count(r.diagnostics, "R-FILE-005"), 0);
    QCOMPARE(state(r.steps[4], "A"), QStringLiteral("ONLINE"));
}

void TestOnlineRestore::file007FilegroupFromBackupLackingFiles()
{
    Project p = adb();
    p.backups << backup("a1_only", BackupType::File, 1, {});
    p.backups.last().files = {QStringLiteral("a1")};
    p.plans[0].steps[0] = restore("a1_only", RecoveryOption::NoRecovery, {QStringLiteral("A")});
    SimulationResult r = run(p);
    QCOMPARE(count(r.diagnostics, "R-FILE-007", 0), 1);
    QCOMPARE(toString(find(r.diagnostics, "R-FILE-007")->severity), QStringLiteral("error"));
    QVERIFY(find(r.diagnostics, "R-FILE-007")->message.contains(QLatin1String("a2")));
    // Another step restores a2: only a warning.
    p.plans[0].steps.insert(1, restoreFiles("full", RecoveryOption::NoRecovery, {QStringLiteral("a2")}));
    r = run(p);
    QCOMPARE(count(r.diagnostics, "R-FILE-007", 0), 1);
    QCOMPARE(toString(find(r.diagnostics, "R-FILE-007")->severity), QStringLiteral("warning"));
    // Near miss: FILEGROUP = 'A' from the full backup, which holds both files.
    p = adb();
    p.plans[0].steps[0] = restore("full", RecoveryOption::NoRecovery, {QStringLiteral("A")});
    QCOMPARE(count(run(p).diagnostics, "R-FILE-007"), 0);
}

void TestOnlineRestore::file008DroppedFile()
{
    Project p = adb();
    TimelineEvent removed;
    removed.kind = EventKind::RemoveFile;
    removed.file = QStringLiteral("a1");
    removed.filegroup = QStringLiteral("A");
    removed.at = PlanTime::make(2017, 3, 6, 4, 0);
    p.events << removed;
    SimulationResult r = run(p);
    QCOMPARE(count(r.diagnostics, "R-FILE-008", 0), 1);
    QVERIFY(find(r.diagnostics, "R-FILE-008")->message.contains(QLatin1String("dropped")));
    QCOMPARE(state(r.steps[0], "A"), QStringLiteral("ONLINE")); // refused
    // Near miss: added back afterwards.
    TimelineEvent added = removed;
    added.kind = EventKind::AddFile;
    added.at = PlanTime::make(2017, 3, 6, 4, 30);
    p.events << added;
    QCOMPARE(count(run(p).diagnostics, "R-FILE-008"), 0);
}

void TestOnlineRestore::rec003Standby()
{
    Project p = adb();
    p.plans[0].steps = {backupLog("tail", true), restore("full", RecoveryOption::Standby),
                        restoreLog("log_backup1", RecoveryOption::Standby)};
    p.plans[0].steps[1].standbyFile = QStringLiteral("c:\\data\\adb_undo.dat");
    p.plans[0].steps[2].standbyFile = QStringLiteral("c:\\data\\adb_undo.dat");
    QList<Diagnostic> ds = run(p).diagnostics;
    QCOMPARE(count(ds, "R-REC-003"), 1); // once per plan: keep the standby file
    QCOMPARE(count(ds, "R-REC-003", 1), 1);
    QCOMPARE(toString(find(ds, "R-REC-003")->severity), QStringLiteral("warning"));
    QVERIFY(find(ds, "R-REC-003")->message.contains(QLatin1String("adb_undo.dat")));
    // Backups from SQL Server 2019 on a 2022 server: STANDBY would need the upgrade (3180).
    p.environment.serverVersion = QStringLiteral("16.0.4003.1");
    p.backups[0].softwareVersion = QStringLiteral("15.0.2000.5");
    ds = run(p).diagnostics;
    QCOMPARE(count(ds, "R-REC-003", 1), 1);
    QCOMPARE(toString(find(ds, "R-REC-003")->severity), QStringLiteral("error"));
    // Near miss: the same version.
    p.backups[0].softwareVersion = p.environment.serverVersion;
    ds = run(p).diagnostics;
    QCOMPARE(toString(find(ds, "R-REC-003")->severity), QStringLiteral("warning"));
}

QTEST_GUILESS_MAIN(TestOnlineRestore)
#include "tst_onlinerestore.moc"
