// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/simulation/restoresimulator.h"
#include "model/simulation/historyindex.h"
#include "model/simulation/restorescope.h"
#include "model/domain/plantime.h"
#include "sampleloader.h"

using namespace rd;

/// Expected states come from the text of Microsoft's restore examples (what is online, restoring
/// or pending after each statement) and docs/plan-format.md's simulate example, never from the
/// simulator's own output.
class TestSimulator : public QObject
{
    Q_OBJECT
private slots:
    void sampleStatesAfterEachStep();
    void sampleRedoLsnFollowsTheBackups();
    void sampleReadableAndWritableFilegroups();
    void readWriteSecondaryCannotComeOnlineWithoutLog();
    void simpleModelLeavesReadWriteFilegroupDefunct();
    void completeRestoreBringsEverythingOnline();
    void tailLogBackupWithNoRecoveryPutsDatabaseInRestoring();
    void partialBackupOfReadOnlyDatabaseHoldsOnlyPrimary();
};

void TestSimulator::sampleStatesAfterEachStep()
{
    const Project p = test::sample();
    const SimulationResult r = RestoreSimulator::simulate(p, p.plans[0]);
    QCOMPARE(r.steps.size(), 3);
    // Before: the server was lost (FAILURE database: true) — everything SUSPECT.
    QCOMPARE(toString(r.initial.database), QStringLiteral("SUSPECT"));
    QCOMPARE(toString(r.initial.filegroupState(QStringLiteral("PRIMARY"))), QStringLiteral("SUSPECT"));
    // Step 1 (index 0): RESTORE … FILEGROUP='primary', FILEGROUP='imoltp_mod' WITH PARTIAL, NORECOVERY.
    QCOMPARE(toString(r.steps[0].database), QStringLiteral("RESTORING"));
    QCOMPARE(toString(r.steps[0].filegroupState(QStringLiteral("PRIMARY"))), QStringLiteral("RESTORING"));
    QCOMPARE(toString(r.steps[0].filegroupState(QStringLiteral("imoltp_mod"))), QStringLiteral("RESTORING"));
    QCOMPARE(toString(r.steps[0].filegroupState(QStringLiteral("imoltp_secondary"))), QStringLiteral("RECOVERY_PENDING"));
    // Step 2: RESTORE LOG (RECOVERY): online, the secondary still recovery pending.
    QCOMPARE(toString(r.steps[1].database), QStringLiteral("ONLINE"));
    QCOMPARE(toString(r.steps[1].filegroupState(QStringLiteral("PRIMARY"))), QStringLiteral("ONLINE"));
    QCOMPARE(toString(r.steps[1].filegroupState(QStringLiteral("imoltp_mod"))), QStringLiteral("ONLINE"));
    QCOMPARE(toString(r.steps[1].filegroupState(QStringLiteral("imoltp_secondary"))), QStringLiteral("RECOVERY_PENDING"));
    // Step 3: RESTORE DATABASE … FILE='imoltp_secondary' WITH RECOVERY: all online.
    QCOMPARE(toString(r.steps[2].database), QStringLiteral("ONLINE"));
    for (const auto &[name, state] : r.steps[2].filegroups)
        QVERIFY2(state == FileState::Online, qPrintable(name));
    QVERIFY2(!hasErrors(r.diagnostics), qPrintable(r.diagnostics.value(0).message));
}

void TestSimulator::sampleRedoLsnFollowsTheBackups()
{
    const Project p = test::sample();
    const SimulationResult r = RestoreSimulator::simulate(p, p.plans[0]);
    // After the data restore, roll-forward starts at the file backup's last_lsn;
    // after the log, the database is recovered at the log's last_lsn.
    QCOMPARE(r.steps[0].redoLsn.toString(), QStringLiteral("35000000022400001"));
    QCOMPARE(r.steps[1].redoLsn.toString(), QStringLiteral("35000000026400001"));
    QCOMPARE(r.steps[1].pointInTime, PlanTime::make(2017, 3, 6, 4, 0, 10));
}

void TestSimulator::sampleReadableAndWritableFilegroups()
{
    // docs/plan-format.md, "Data access": nothing is readable while the database is RESTORING; once online, available
    // filegroups are read-write, a read-only filegroup read-only, an unavailable one not at all.
    const Project p = test::sample();
    const SimulationResult r = RestoreSimulator::simulate(p, p.plans[0]);
    const auto access = [&](int step, int fg) { return toString(r.steps[step].access.value(fg)); };
    // Layout order: PRIMARY, imoltp_secondary, imoltp_mod.
    QCOMPARE(access(0, 0), QStringLiteral("none"));
    QCOMPARE(access(0, 2), QStringLiteral("none"));
    QCOMPARE(access(1, 0), QStringLiteral("read-write"));
    QCOMPARE(access(1, 1), QStringLiteral("none"));
    QCOMPARE(access(1, 2), QStringLiteral("read-write"));
    QCOMPARE(access(2, 1), QStringLiteral("read-only"));
    QCOMPARE(toString(r.initial.access.value(0)), QStringLiteral("none")); // SUSPECT
}

void TestSimulator::readWriteSecondaryCannotComeOnlineWithoutLog()
{
    // If imoltp_secondary were read/write, its backup would need the log up to the stage-1 point
    // (R-PIECE-011): the last step fails and the filegroup stays RESTORING.
    Project p = test::sample();
    p.database.filegroups[1].readOnly = false;
    const SimulationResult r = RestoreSimulator::simulate(p, p.plans[0]);
    QCOMPARE(toString(r.steps[2].filegroupState(QStringLiteral("imoltp_secondary"))), QStringLiteral("RESTORING"));
    QCOMPARE(toString(r.steps[2].database), QStringLiteral("ONLINE"));
    bool found = false;
    for (const Diagnostic &d : r.diagnostics)
        found |= d.rule == QLatin1String("R-PIECE-011") && d.step == 2;
    QVERIFY(found);
}

void TestSimulator::simpleModelLeavesReadWriteFilegroupDefunct()
{
    // R-PIECE-006 / T-F-5b: under SIMPLE a read/write filegroup left out of stage 1 is DEFUNCT.
    Project p = test::sample();
    p.database.recoveryModel = RecoveryModel::Simple;
    p.database.filegroups[1].readOnly = false;
    Plan plan;
    PlanStep s;
    s.statement = StepStatement::RestoreDatabase;
    s.backup = QStringLiteral("imoltp_full");
    s.partial = true;
    s.filegroups = {QStringLiteral("imoltp_mod")};
    s.recovery = RecoveryOption::Recovery;
    plan.steps << s;
    const SimulationResult r = RestoreSimulator::simulate(p, plan);
    QCOMPARE(toString(r.steps[0].database), QStringLiteral("ONLINE"));
    QCOMPARE(toString(r.steps[0].filegroupState(QStringLiteral("PRIMARY"))), QStringLiteral("ONLINE"));
    QCOMPARE(toString(r.steps[0].filegroupState(QStringLiteral("imoltp_secondary"))), QStringLiteral("DEFUNCT"));
}

void TestSimulator::completeRestoreBringsEverythingOnline()
{
    Project p = test::sample();
    Plan plan;
    PlanStep full;
    full.statement = StepStatement::RestoreDatabase;
    full.backup = QStringLiteral("imoltp_full");
    full.recovery = RecoveryOption::NoRecovery;
    PlanStep log;
    log.statement = StepStatement::RestoreLog;
    log.backup = QStringLiteral("imoltp_log");
    log.recovery = RecoveryOption::Recovery;
    plan.steps << full << log;
    const SimulationResult r = RestoreSimulator::simulate(p, plan);
    QCOMPARE(toString(r.steps[0].database), QStringLiteral("RESTORING"));
    QCOMPARE(toString(r.steps[0].filegroupState(QStringLiteral("imoltp_secondary"))), QStringLiteral("RESTORING"));
    QCOMPARE(toString(r.steps[1].database), QStringLiteral("ONLINE"));
    QCOMPARE(toString(r.steps[1].filegroupState(QStringLiteral("imoltp_secondary"))), QStringLiteral("ONLINE"));
    QVERIFY(!hasErrors(r.diagnostics));
}

void TestSimulator::tailLogBackupWithNoRecoveryPutsDatabaseInRestoring()
{
    // T-DB-2: BACKUP LOG … WITH NORECOVERY leaves the database RESTORING; files unchanged.
    Project p = test::sample();
    p.events.clear(); // no failure: the database is online
    Plan plan;
    PlanStep tail;
    tail.statement = StepStatement::BackupLog;
    tail.norecovery = true;
    plan.steps << tail;
    const SimulationResult r = RestoreSimulator::simulate(p, plan);
    QCOMPARE(toString(r.initial.database), QStringLiteral("ONLINE"));
    QCOMPARE(toString(r.steps[0].database), QStringLiteral("RESTORING"));
    QCOMPARE(toString(r.steps[0].filegroupState(QStringLiteral("PRIMARY"))), QStringLiteral("ONLINE"));
}

void TestSimulator::partialBackupOfReadOnlyDatabaseHoldsOnlyPrimary()
{
    // R-RO-006 (backup-transact-sql.md): "If the database is read-only, READ_WRITE_FILEGROUPS includes
    // only the primary filegroup." Restoring READ_WRITE_FILEGROUPS from such a partial backup then
    // restores PRIMARY alone; in a read/write database it also restores imoltp_mod.
    Project p = test::sample();
    Backup partial;
    partial.id = QStringLiteral("partial1");
    partial.type = BackupType::Partial;
    partial.start = PlanTime::make(2017, 3, 6, 2, 0);
    partial.finish = partial.start.addSecs(60);
    p.backups << partial;
    PlanStep s;
    s.statement = StepStatement::RestoreDatabase;
    s.backup = partial.id;
    s.partial = true;
    s.readWriteFilegroups = true;
    s.recovery = RecoveryOption::NoRecovery;
    Plan plan;
    plan.steps << s;
    SimulationResult r = RestoreSimulator::simulate(p, plan);
    QCOMPARE(toString(r.steps[0].filegroupState(QStringLiteral("imoltp_mod"))), QStringLiteral("RESTORING"));
    p.database.readOnly = true;
    const HistoryIndex index(p);
    const FileCatalog::FileSet scope = RestoreScope::ofStep(index, s, index.backup(partial.id));
    QCOMPARE(index.catalog().filegroupsOf(scope), QList<int>{int(p.database.filegroupIndex(QStringLiteral("PRIMARY")))});
    // PRIMARY without imoltp_mod: R-MOD-002, so SQL Server refuses the statement and nothing changes.
    r = RestoreSimulator::simulate(p, plan);
    QCOMPARE(r.steps[0].outcome.refusedBy, QStringLiteral("R-MOD-002"));
    QVERIFY(r.steps[0].filegroups == r.initial.filegroups);
}

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
