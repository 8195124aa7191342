// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/domain/plantime.h"
#include "model/simulation/restoresimulator.h"
#include "tests/model/plansteps.h"
#include "sampleloader.h"
#include "diagnosticqueries.h"

using namespace rd;
using namespace rd::test;

namespace {

Filegroup filegroup(const char *name, bool readOnly = false)
{
    Filegroup fg;
    fg.name = QString::fromLatin1(name);
    fg.readOnly = readOnly;
    const QString file = fg.name.toLower() + QLatin1Char('1');
    fg.files << DataFile{file, QStringLiteral("c:\\data\\%1.ndf").arg(file), 1 << 20};
    return fg;
}

Backup backup(const char *id, BackupType type, int hour, int minute, QStringList filegroups = {})
{
    Backup b;
    b.id = QString::fromLatin1(id);
    b.type = type;
    b.filegroups = filegroups;
    b.start = PlanTime::make(2017, 3, 6, hour, minute);
    b.finish = b.start.addSecs(type == BackupType::Log ? 10 : 300);
    b.media = {QStringLiteral("c:\\backup\\%1").arg(b.id)};
    return b;
}

PlanStep removeFilegroup(const QString &name)
{
    PlanStep s;
    s.statement = StepStatement::RemoveFilegroup;
    s.filegroups = {name};
    return s;
}

TimelineEvent openTransaction(const char *filegroupName, int hour, int minute)
{
    TimelineEvent e;
    e.kind = EventKind::OpenTransaction;
    e.at = PlanTime::make(2017, 3, 6, hour, minute);
    e.filegroups = {QString::fromLatin1(filegroupName)};
    return e;
}

/// Microsoft's "Example: Piecemeal Restore of Database (Full Recovery Model)": filegroups A and C
/// read/write, B read-only; backup1 (full), the file backups backup2 (A), backup2a (C) and
/// backup2b (B, taken after B became read-only), log backups 3–5 and the tail,
/// taken WITH NORECOVERY, NO_TRUNCATE from the damaged database. A transaction that touched C is
/// open at the failure ("rollback of transactions that involve filegroup C was deferred").
Project adb()
{
    Project p;
    p.database.name = QStringLiteral("adb");
    p.database.edition = Edition::Enterprise;
    p.database.recoveryModel = RecoveryModel::Full;
    p.database.filegroups = {filegroup("PRIMARY"), filegroup("A"), filegroup("B", true), filegroup("C")};
    p.database.logFiles = {DataFile{QStringLiteral("adb_log"), QStringLiteral("c:\\data\\adb_log.ldf"), 1 << 20}};
    p.backups = {backup("backup1", BackupType::Full, 1, 0), backup("backup2", BackupType::File, 2, 0, {QStringLiteral("A")}),
                 backup("backup2a", BackupType::File, 2, 30, {QStringLiteral("C")}),
                 backup("backup2b", BackupType::File, 2, 45, {QStringLiteral("B")}),
                 backup("backup3", BackupType::Log, 3, 0), backup("backup4", BackupType::Log, 4, 0),
                 backup("backup5", BackupType::Log, 5, 0), backup("tailLogBackup", BackupType::Log, 6, 0)};
    p.backups.last().tailLog = true;
    TimelineEvent failure;
    failure.kind = EventKind::Failure;
    failure.wholeDatabase = true;
    failure.at = PlanTime::make(2017, 3, 6, 5, 30);
    p.events = {openTransaction("C", 5, 20), failure};

    PlanStep tail;
    tail.statement = StepStatement::BackupLog;
    tail.backup = QStringLiteral("tailLogBackup");
    tail.norecovery = true;
    tail.noTruncate = true;
    Plan plan;
    plan.name = QStringLiteral("Piecemeal restore of adb");
    plan.steps = {tail,
                  restore("backup1", RecoveryOption::NoRecovery, {QStringLiteral("Primary")}, true),
                  restore("backup2", RecoveryOption::NoRecovery, {QStringLiteral("A")}),
                  restoreLog("backup3"), restoreLog("backup4"), restoreLog("backup5"),
                  restoreLog("tailLogBackup", RecoveryOption::Recovery),
                  restore("backup2a", RecoveryOption::NoRecovery, {QStringLiteral("C")}),
                  restoreLog("backup3"), restoreLog("backup4"), restoreLog("backup5"),
                  restoreLog("tailLogBackup", RecoveryOption::Recovery),
                  restore("backup2b", RecoveryOption::Recovery, {QStringLiteral("B")})};
    p.plans = {plan};
    return p;
}

SimulationResult run(const Project &p) { return RestoreSimulator::simulate(p, p.plans[0]); }

/// A SIMPLE database with read/write A and read-only B: a partial backup (PRIMARY, A) and a file
/// backup of B taken while B was read-only.
Project simpleAdb()
{
    Project p;
    p.database.name = QStringLiteral("adb");
    p.database.edition = Edition::Enterprise;
    p.database.recoveryModel = RecoveryModel::Simple;
    p.database.filegroups = {filegroup("PRIMARY"), filegroup("A"), filegroup("B", true)};
    p.backups = {backup("b_file", BackupType::File, 1, 0, {QStringLiteral("B")}),
                 backup("partial", BackupType::Partial, 3, 0)};
    PlanStep first = restore("partial", RecoveryOption::Recovery, {}, true);
    first.readWriteFilegroups = true;
    Plan plan;
    plan.steps = {first, restore("b_file", RecoveryOption::Recovery, {QStringLiteral("B")})};
    p.plans = {plan};
    p.environment.databaseExists = false;
    return p;
}

} // namespace

/// Piecemeal stages, defunct filegroups and deferred transactions (model/simulation/piecemealstage.h,
/// deferredtransactions.h, sequencerules.h, filerestore.h). Expected states come from Microsoft's
/// "Example: Piecemeal Restore of Database (Full Recovery Model)" and the rules of which filegroup
/// may wait for a later stage (docs/rules.md, R-PIECE-…); findings from the rules' conditions,
/// worked by hand.
class TestPiecemeal : public QObject
{
    Q_OBJECT
private slots:
    void traceFullModelOnlinePiecemeal();
    void piece013DeferredTransactions();
    void def003NeverResolved();
    void def002OtherEditions();
    void def001RemovingAnOfflineFilegroup();
    void piece012UpgradeMakesLeftOutFilegroupsDefunct();
    void piece010SimpleToFullSwitch();
    void ro004SimpleReadOnlyBackupMatchesPrimary();
    void mod005MemoryOptimizedCannotBeAbandoned();
    void gen006NewDatabaseNeedsPrimary();
};

void TestPiecemeal::traceFullModelOnlinePiecemeal()
{
    const Project p = adb();
    const SimulationResult r = run(p);
    QVERIFY2(!hasErrors(r.diagnostics), qPrintable(dump(r.diagnostics)));
    // Step 0: the tail-log backup WITH NORECOVERY — RESTORING, files unchanged (damaged).
    QCOMPARE(toString(r.steps[0].database), QStringLiteral("RESTORING"));
    // Step 1: PARTIAL — RESTORING, PRIMARY restoring; step 2: A restoring.
    QCOMPARE(toString(r.steps[1].database), QStringLiteral("RESTORING"));
    QCOMPARE(state(r.steps[1], "PRIMARY"), QStringLiteral("RESTORING"));
    QCOMPARE(state(r.steps[2], "A"), QStringLiteral("RESTORING"));
    for (int i = 3; i <= 5; ++i)
        QCOMPARE(toString(r.steps[i].database), QStringLiteral("RESTORING"));
    // Step 6: RESTORE LOG tail WITH RECOVERY — ONLINE (partial): PRIMARY, A online; B, C recovery pending.
    QCOMPARE(toString(r.steps[6].database), QStringLiteral("ONLINE"));
    QCOMPARE(state(r.steps[6], "PRIMARY"), QStringLiteral("ONLINE"));
    QCOMPARE(state(r.steps[6], "A"), QStringLiteral("ONLINE"));
    QCOMPARE(state(r.steps[6], "B"), QStringLiteral("RECOVERY_PENDING"));
    QCOMPARE(state(r.steps[6], "C"), QStringLiteral("RECOVERY_PENDING"));
    // Step 7: C restored online — the database stays ONLINE, C is offline; steps 8–10 roll it forward.
    for (int i = 7; i <= 10; ++i) {
        QCOMPARE(toString(r.steps[i].database), QStringLiteral("ONLINE"));
        QCOMPARE(state(r.steps[i], "C"), QStringLiteral("RESTORING"));
        QCOMPARE(state(r.steps[i], "A"), QStringLiteral("ONLINE"));
    }
    // Step 11: C online; B still recovery pending.
    QCOMPARE(state(r.steps[11], "C"), QStringLiteral("ONLINE"));
    QCOMPARE(state(r.steps[11], "B"), QStringLiteral("RECOVERY_PENDING"));
    // Step 12: B from a backup taken after it became read-only, no log — every filegroup online.
    QCOMPARE(toString(r.steps[12].database), QStringLiteral("ONLINE"));
    for (const auto &[name, st] : r.steps[12].filegroups)
        QVERIFY2(st == FileState::Online, qPrintable(name));
}

void TestPiecemeal::piece013DeferredTransactions()
{
    Project p = adb();
    QList<Diagnostic> ds = run(p).diagnostics;
    QCOMPARE(count(ds, "R-PIECE-013"), 1);
    QCOMPARE(count(ds, "R-PIECE-013", 6), 1);
    QCOMPARE(find(ds, "R-PIECE-013")->filegroup, QStringLiteral("C"));
    QCOMPARE(count(ds, "R-DEF-003"), 0); // C is restored at step 7
    // Near misses: the transaction committed before the recovery point; it touched A (restored in stage 1).
    p.events[0].until = PlanTime::make(2017, 3, 6, 5, 50);
    QCOMPARE(count(run(p).diagnostics, "R-PIECE-013"), 0);
    p = adb();
    p.events[0].filegroups = {QStringLiteral("A")};
    QCOMPARE(count(run(p).diagnostics, "R-PIECE-013"), 0);
}

void TestPiecemeal::def003NeverResolved()
{
    Project p = adb();
    p.plans[0].steps.remove(7, 5); // C is never restored
    QList<Diagnostic> ds = run(p).diagnostics;
    QCOMPARE(count(ds, "R-DEF-003", 6), 1);
    QCOMPARE(find(ds, "R-DEF-003")->filegroup, QStringLiteral("C"));
    // Removing C instead also resolves them (it becomes DEFUNCT, R-DEF-001).
    p.plans[0].steps.insert(7, removeFilegroup(QStringLiteral("C")));
    ds = run(p).diagnostics;
    QCOMPARE(count(ds, "R-DEF-003"), 0);
    QCOMPARE(count(ds, "R-DEF-001", 7), 1);
}

void TestPiecemeal::def002OtherEditions()
{
    // Standard edition: no deferred transactions, startup fails (low confidence, C-7). The later
    // stages need an offline step there (R-PIECE-009), so the plan stops after stage 1.
    Project p = adb();
    p.database.edition = Edition::Standard;
    p.plans[0].steps.resize(7);
    QList<Diagnostic> ds = run(p).diagnostics;
    QCOMPARE(count(ds, "R-DEF-002", 6), 1);
    QCOMPARE(toString(find(ds, "R-DEF-002")->severity), QStringLiteral("error"));
    QCOMPARE(count(ds, "R-PIECE-013"), 0);
    // The fix restores C in stage 1: add it to the PARTIAL statement (backup1 is a full backup).
    const ProjectEdit edit = find(ds, "R-DEF-002")->edit;
    QCOMPARE(edit.step, 1);
    QVERIFY(edit.value.filegroups.contains(QStringLiteral("C")));
    // Near miss: no transaction open at the recovery point.
    p.events.removeFirst();
    QCOMPARE(count(run(p).diagnostics, "R-DEF-002"), 0);
}

void TestPiecemeal::def001RemovingAnOfflineFilegroup()
{
    // The memory-optimized sample: imoltp_secondary is RECOVERY_PENDING after stage 1.
    Project p = test::sample();
    p.plans[0].steps.insert(2, removeFilegroup(QStringLiteral("imoltp_secondary")));
    SimulationResult r = run(p);
    QCOMPARE(count(r.diagnostics, "R-DEF-001", 2), 1);
    QCOMPARE(state(r.steps[2], "imoltp_secondary"), QStringLiteral("DEFUNCT"));
    // …and it can never be restored into the database again (R-FILE-008).
    QCOMPARE(count(r.diagnostics, "R-FILE-008", 3), 1);
    QCOMPARE(state(r.steps[3], "imoltp_secondary"), QStringLiteral("DEFUNCT"));
    // Near miss: removing it once it is online is an ordinary drop.
    p = test::sample();
    p.plans[0].steps << removeFilegroup(QStringLiteral("imoltp_secondary"));
    r = run(p);
    QCOMPARE(count(r.diagnostics, "R-DEF-001"), 0);
    QCOMPARE(count(r.diagnostics, "R-FILE-008"), 0);
}

void TestPiecemeal::piece012UpgradeMakesLeftOutFilegroupsDefunct()
{
    Project p = adb();
    p.environment.serverVersion = QStringLiteral("16.0.4003.1");
    for (Backup &b : p.backups)
        b.softwareVersion = QStringLiteral("15.0.2000.5");
    SimulationResult r = run(p);
    QCOMPARE(count(r.diagnostics, "R-PIECE-012", 1), 1);
    const Diagnostic *d = find(r.diagnostics, "R-PIECE-012");
    QVERIFY(d->message.contains(QLatin1String("B, C")));
    QVERIFY(d->edit.value.filegroups.contains(QStringLiteral("C")));
    QCOMPARE(state(r.steps[6], "B"), QStringLiteral("DEFUNCT"));
    QCOMPARE(state(r.steps[6], "C"), QStringLiteral("DEFUNCT"));
    QCOMPARE(count(r.diagnostics, "R-FILE-008", 7), 1); // C can no longer be restored
    // Near miss: the same version.
    p.environment.serverVersion = QStringLiteral("15.0.2000.5");
    r = run(p);
    QCOMPARE(count(r.diagnostics, "R-PIECE-012"), 0);
    QCOMPARE(state(r.steps[6], "C"), QStringLiteral("RECOVERY_PENDING"));
}

void TestPiecemeal::piece010SimpleToFullSwitch()
{
    // piecemeal-restores-sql-server.md: the partial backup was taken under SIMPLE, the database
    // then switched to FULL; restoring to a full-era point, A left out is not DEFUNCT.
    Project p = simpleAdb();
    p.plans[0].steps = {restore("partial", RecoveryOption::Recovery, {}, true)};
    TimelineEvent full;
    full.kind = EventKind::SetRecoveryModel;
    full.recoveryModel = RecoveryModel::Full;
    full.at = PlanTime::make(2017, 3, 6, 4, 0);
    p.events << full;
    SimulationResult r = run(p);
    QCOMPARE(count(r.diagnostics, "R-PIECE-010", 0), 1);
    QCOMPARE(find(r.diagnostics, "R-PIECE-010")->filegroup, QStringLiteral("A"));
    QCOMPARE(toString(find(r.diagnostics, "R-PIECE-010")->severity), QStringLiteral("info"));
    QCOMPARE(state(r.steps[0], "A"), QStringLiteral("RECOVERY_PENDING"));
    // Near miss: still SIMPLE at the recovery point — A becomes DEFUNCT (R-PIECE-006's case).
    p.events.clear();
    r = run(p);
    QCOMPARE(count(r.diagnostics, "R-PIECE-010"), 0);
    QCOMPARE(state(r.steps[0], "A"), QStringLiteral("DEFUNCT"));
}

void TestPiecemeal::ro004SimpleReadOnlyBackupMatchesPrimary()
{
    Project p = simpleAdb();
    SimulationResult r = run(p);
    QVERIFY2(count(r.diagnostics, "R-RO-004") == 0, qPrintable(dump(r.diagnostics)));
    QCOMPARE(state(r.steps[1], "B"), QStringLiteral("ONLINE"));
    // B was read/write for a while between its file backup and the partial backup.
    TimelineEvent rw;
    rw.kind = EventKind::SetReadWrite;
    rw.filegroup = QStringLiteral("B");
    rw.at = PlanTime::make(2017, 3, 6, 2, 0);
    TimelineEvent ro = rw;
    ro.kind = EventKind::SetReadOnly;
    ro.at = PlanTime::make(2017, 3, 6, 2, 30);
    p.events = {rw, ro};
    r = run(p);
    QCOMPARE(count(r.diagnostics, "R-RO-004", 1), 1);
    QCOMPARE(count(r.diagnostics, "R-RO-001", 1), 1); // and recovery fails: not read-only since b_file
    QCOMPARE(state(r.steps[1], "B"), QStringLiteral("RESTORING"));
    // B read/write when the partial backup was taken, read-only from before b_file on: b_file alone
    // looks consistent (R-RO-001), but not with PRIMARY's backup (3125: more data is required).
    p.backups[0].start = PlanTime::make(2017, 3, 6, 4, 0);
    p.backups[0].finish = p.backups[0].start.addSecs(300);
    rw.at = PlanTime::make(2017, 3, 6, 0, 30);
    ro.at = PlanTime::make(2017, 3, 6, 3, 30);
    p.events = {rw, ro};
    r = run(p);
    QCOMPARE(count(r.diagnostics, "R-RO-004", 1), 1);
    QCOMPARE(count(r.diagnostics, "R-RO-001"), 0);
    QCOMPARE(state(r.steps[1], "B"), QStringLiteral("RESTORING"));
}

void TestPiecemeal::mod005MemoryOptimizedCannotBeAbandoned()
{
    Project p = test::sample();
    p.database.filegroups[2].abandon = true; // imoltp_mod
    QList<Diagnostic> ds = run(p).diagnostics;
    QCOMPARE(count(ds, "R-MOD-005", -1), 1);
    p = test::sample();
    p.plans[0].steps.insert(2, removeFilegroup(QStringLiteral("imoltp_mod")));
    const SimulationResult r = run(p);
    QCOMPARE(count(r.diagnostics, "R-MOD-005", 2), 1);
    QCOMPARE(int(find(r.diagnostics, "R-MOD-005")->edit.kind), int(ProjectEdit::Kind::RemoveStep));
    QCOMPARE(state(r.steps[2], "imoltp_mod"), QStringLiteral("ONLINE")); // refused
    // Near miss: abandoning a read/write secondary is allowed (R-PIECE-006 only warns).
    p = test::sample();
    p.database.filegroups[1].abandon = true;
    QCOMPARE(count(run(p).diagnostics, "R-MOD-005"), 0);
}

void TestPiecemeal::gen006NewDatabaseNeedsPrimary()
{
    // The sample restores to a server where imoltp does not exist (environment.databaseExists = false).
    Project p = test::sample();
    QCOMPARE(count(run(p).diagnostics, "R-GEN-006"), 0);
    p.plans[0].steps.move(2, 0); // the secondary's file backup first: it cannot create the database
    QCOMPARE(count(run(p).diagnostics, "R-GEN-006", 0), 1);
    p = test::sample();
    p.plans[0].steps.removeFirst(); // RESTORE LOG first
    QCOMPARE(count(run(p).diagnostics, "R-GEN-006", 0), 1);
    p.environment.databaseExists = true;
    QCOMPARE(count(run(p).diagnostics, "R-GEN-006"), 0);
}

QTEST_GUILESS_MAIN(TestPiecemeal)
#include "tst_piecemeal.moc"
