// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/rules/planvalidator.h"
#include "model/domain/plantime.h"
#include "model/simulation/lsnderivation.h"
#include "tests/model/plansteps.h"
#include "sampleloader.h"
#include "diagnosticqueries.h"

using namespace rd;
using namespace rd::test;

namespace {

QList<Diagnostic> check(const Project &p) { return PlanValidator::validate(p, p.plans[0]); }

QDateTime at(int hour, int minute) { return PlanTime::make(2017, 3, 6, hour, minute); }

/// The sample as a designed timeline: no LSNs, so every LSN is derived from time order
/// (docs/lsn-derivation.md) and backups added by a test fit the same scale.
Project designed()
{
    Project p = test::sample();
    for (Backup &b : p.backups)
        b.firstLsn = b.lastLsn = b.checkpointLsn = b.databaseBackupLsn = b.differentialBaseLsn = Lsn();
    return p;
}

Backup backup(const char *id, BackupType type, int hour, int minute, QStringList filegroups = {})
{
    Backup b;
    b.id = QString::fromLatin1(id);
    b.type = type;
    b.filegroups = filegroups;
    b.start = at(hour, minute);
    b.finish = b.start.addSecs(type == BackupType::Log ? 10 : 30);
    return b;
}

const QStringList primaryAndMod{QStringLiteral("PRIMARY"), QStringLiteral("imoltp_mod")};
constexpr int fullIndex = 0, primaryModIndex = 1, logIndex = 3; // positions in the sample's backups

} // namespace

/// Log chain and differential rules that need the simulator (docs/rules.md). Each test triggers
/// its rule and shows a near miss that must not; the expectations are the rules' conditions
/// worked by hand on the sample's timeline (01:00 full, 03:00 PRIMARY+imoltp_mod file backup,
/// 03:30 read-only secondary, 04:00 log; the log itself was lost in the failure).
class TestLogChain : public QObject
{
    Q_OBJECT
private slots:
    void designedSampleIsClean();
    void log005DamagedLogRestored();
    void log005SkippedDamagedLog();
    void log005EndOfLogBeyondDamagedLog();
    void tail003LastLogMustBeTheTail();
    void log007CopyOnlyLogIsUsableButNoLink();
    void log008SwitchToSimpleBreaksTheChain();
    void log008BaseTakenUnderSimple();
    void log009ForksMustMatch();
    void log009DataPastTheForkPoint();
    void gen008DamagedBackupNeedsContinueAfterError();
    void diff003NewerDifferentialOfTheSameBase();
    void diff004MultiBasedDifferential();
    void c3BaseMatchedByGuidFirst();
};

void TestLogChain::designedSampleIsClean()
{
    const QList<Diagnostic> ds = check(designed());
    QVERIFY2(ds.isEmpty(), qPrintable(dump(ds)));
}

void TestLogChain::log005DamagedLogRestored()
{
    Project p = designed();
    p.backups[logIndex].damaged = true;
    QList<Diagnostic> ds = check(p);
    const Diagnostic *d = find(ds, "R-LOG-005", 1);
    QVERIFY2(d, qPrintable(dump(ds)));
    QCOMPARE(toString(d->severity), QStringLiteral("error"));
    QVERIFY2(d->message.contains(QLatin1String("2017-03-06T03:01:00")), qPrintable(d->message)); // the file backup's end
    // Forced WITH CONTINUE_AFTER_ERROR: restored, with R-GEN-008's warning instead.
    p.plans[0].steps[1].continueAfterError = true;
    ds = check(p);
    QCOMPARE(count(ds, "R-LOG-005"), 0);
    QCOMPARE(count(ds, "R-GEN-008", 1), 1);
    QVERIFY2(!hasErrors(ds), qPrintable(dump(ds)));
}

void TestLogChain::log005SkippedDamagedLog()
{
    // 04:30 log lost; the plan jumps from the 04:00 log to the 04:45 one.
    Project p = designed();
    p.backups << backup("log2", BackupType::Log, 4, 30) << backup("log3", BackupType::Log, 4, 45);
    p.backups[4].damaged = true;
    p.plans[0].steps[1].recovery = RecoveryOption::NoRecovery;
    p.plans[0].steps.insert(2, restoreLog("log3", RecoveryOption::Recovery));
    QList<Diagnostic> ds = check(p);
    QCOMPARE(count(ds, "R-LOG-005", 2), 1);
    QCOMPARE(count(ds, "R-LOG-002", 2), 0);
    p.backups[4].damaged = false; // an intact log skipped: an ordinary gap
    ds = check(p);
    QCOMPARE(count(ds, "R-LOG-005"), 0);
    QCOMPARE(count(ds, "R-LOG-002", 2), 1);
}

void TestLogChain::log005EndOfLogBeyondDamagedLog()
{
    // Two later log backups exist, the first of them lost: the end of the log is out of reach.
    Project p = designed();
    p.backups << backup("log2", BackupType::Log, 4, 30) << backup("log3", BackupType::Log, 4, 45);
    p.backups[4].damaged = true;
    QList<Diagnostic> ds = check(p);
    QCOMPARE(count(ds, "R-LOG-005", 1), 1);
    QCOMPARE(count(ds, "R-TAIL-003"), 0);
    p.backups[4].damaged = false; // reachable but not restored: R-TAIL-003 (a warning: the log is damaged)
    ds = check(p);
    QCOMPARE(count(ds, "R-LOG-005"), 0);
    const Diagnostic *d = find(ds, "R-TAIL-003", 1);
    QVERIFY2(d, qPrintable(dump(ds)));
    QCOMPARE(toString(d->severity), QStringLiteral("warning"));
    QVERIFY(d->message.contains(QLatin1String("log3")));
    QVERIFY2(!hasErrors(ds), qPrintable(dump(ds)));
}

void TestLogChain::tail003LastLogMustBeTheTail()
{
    // The log survived the failure: to the point of failure the tail-log backup must be restored last.
    Project p = designed();
    p.events[0].logDamaged = false;
    QList<Diagnostic> ds = check(p);
    const Diagnostic *d = find(ds, "R-TAIL-003", 1);
    QVERIFY2(d, qPrintable(dump(ds)));
    QCOMPARE(toString(d->severity), QStringLiteral("error"));
    Backup tail = backup("tail", BackupType::Log, 4, 50);
    tail.tailLog = true;
    p.backups << tail;
    ds = check(p);
    QVERIFY2(find(ds, "R-TAIL-003", 1)->fix.contains(QLatin1String("backup tail last")), qPrintable(dump(ds)));
    p.plans[0].steps[1].recovery = RecoveryOption::NoRecovery;
    p.plans[0].steps.insert(2, restoreLog("tail", RecoveryOption::Recovery));
    ds = check(p);
    QVERIFY2(count(ds, "R-TAIL-003") == 0, qPrintable(dump(ds)));
    // A point-in-time target needs no tail.
    p.plans[0].steps.removeAt(2);
    p.plans[0].steps[1].recovery = RecoveryOption::Recovery;
    p.plans[0].target.kind = RestoreTarget::Kind::PointInTime;
    p.plans[0].target.pointInTime = at(3, 50);
    p.plans[0].steps[1].stopAt = at(3, 50);
    QCOMPARE(count(check(p), "R-TAIL-003"), 0);
}

void TestLogChain::log007CopyOnlyLogIsUsableButNoLink()
{
    // A copy-only log at 03:45 neither starts nor breaks the regular chain: the 04:00 log overlaps it.
    Project p = designed();
    Backup copy = backup("copy_log", BackupType::Log, 3, 45);
    copy.copyOnly = true;
    p.backups << copy;
    QList<Diagnostic> ds = check(p); // the regular chain, without the copy-only log
    QVERIFY2(ds.isEmpty(), qPrintable(dump(ds)));
    p.plans[0].steps.insert(1, restoreLog("copy_log", RecoveryOption::NoRecovery)); // both, in time order
    ds = check(p);
    QVERIFY2(ds.isEmpty(), qPrintable(dump(ds)));
}

void TestLogChain::log008SwitchToSimpleBreaksTheChain()
{
    // SIMPLE from 02:00 to 02:10: the 01:00 full backup cannot be rolled forward with the 04:00 log;
    // a differential taken at 02:30, after the switch back, bridges the gap.
    Project p = designed();
    TimelineEvent simple;
    simple.kind = EventKind::SetRecoveryModel;
    simple.recoveryModel = RecoveryModel::Simple;
    simple.at = at(2, 0);
    TimelineEvent full = simple;
    full.recoveryModel = RecoveryModel::Full;
    full.at = at(2, 10);
    p.events << simple << full;
    p.backups << backup("diff_after", BackupType::Differential, 2, 30);
    p.plans[0].steps = {restore("imoltp_full", RecoveryOption::NoRecovery),
                        restoreLog("imoltp_log", RecoveryOption::Recovery)};
    QList<Diagnostic> ds = check(p);
    const Diagnostic *d = find(ds, "R-LOG-008", 1);
    QVERIFY2(d, qPrintable(dump(ds)));
    QVERIFY(d->message.contains(QLatin1String("diff_after")));
    p.plans[0].steps.insert(1, restore("diff_after", RecoveryOption::NoRecovery));
    ds = check(p);
    QVERIFY2(count(ds, "R-LOG-008") == 0, qPrintable(dump(ds)));
}

void TestLogChain::log008BaseTakenUnderSimple()
{
    // SIMPLE until 02:10: the 01:00 full backup belongs to no log chain (R-LOG-008, R-PIECE-010).
    Project p = designed();
    p.database.recoveryModel = RecoveryModel::Simple;
    TimelineEvent full;
    full.kind = EventKind::SetRecoveryModel;
    full.recoveryModel = RecoveryModel::Full;
    full.at = at(2, 10);
    p.events << full;
    p.backups << backup("diff_after", BackupType::Differential, 2, 30);
    p.plans[0].steps = {restore("imoltp_full", RecoveryOption::NoRecovery),
                        restoreLog("imoltp_log", RecoveryOption::Recovery)};
    QCOMPARE(count(check(p), "R-LOG-008", 1), 1);
    p.backups[fullIndex].recoveryModel = RecoveryModel::Full; // msdb's recovery_model outranks the events
    QCOMPARE(count(check(p), "R-LOG-008"), 0);
    p.backups[fullIndex].recoveryModel.reset();
    p.plans[0].steps.insert(1, restore("diff_after", RecoveryOption::NoRecovery));
    QCOMPARE(count(check(p), "R-LOG-008"), 0);
}

void TestLogChain::log009ForksMustMatch()
{
    Project p = designed();
    p.backups[fullIndex].recoveryForkId = QStringLiteral("fork-A");
    p.backups[logIndex].recoveryForkId = QStringLiteral("fork-B");
    p.plans[0].steps = {restore("imoltp_full", RecoveryOption::NoRecovery),
                        restoreLog("imoltp_log", RecoveryOption::Recovery)};
    QList<Diagnostic> ds = check(p);
    QCOMPARE(count(ds, "R-LOG-009", 1), 1); // LSNs are continuous: only the fork tells
    QCOMPARE(count(ds, "R-LOG-004"), 0);
    p.backups[logIndex].recoveryForkId = QStringLiteral("FORK-A"); // GUIDs compare ignoring case
    QCOMPARE(count(check(p), "R-LOG-009"), 0);
}

void TestLogChain::log009DataPastTheForkPoint()
{
    // The 04:00 log leaves fork A for fork B at 02:30; the file backup restored ends at 03:01 on
    // fork A, after the fork point: its data holds changes fork B does not have.
    Project p = designed();
    p.backups[primaryModIndex].recoveryForkId = QStringLiteral("fork-A");
    Backup &log = p.backups[logIndex];
    log.recoveryForkId = QStringLiteral("fork-A");
    log.lastRecoveryForkId = QStringLiteral("fork-B");
    log.forkPointLsn = LsnDerivation::at(at(2, 30), 1);
    QCOMPARE(count(check(p), "R-LOG-009", 1), 1);
    p.backups[logIndex].forkPointLsn = LsnDerivation::at(at(3, 30), 1); // the fork comes after the data's end
    const QList<Diagnostic> ds = check(p);
    QVERIFY2(ds.isEmpty(), qPrintable(dump(ds)));
}

void TestLogChain::gen008DamagedBackupNeedsContinueAfterError()
{
    Project p = designed();
    p.backups[primaryModIndex].damaged = true;
    QList<Diagnostic> ds = check(p);
    QVERIFY(find(ds, "R-GEN-008", 0));
    QCOMPARE(toString(find(ds, "R-GEN-008", 0)->severity), QStringLiteral("error"));
    const ProjectEdit &forced = find(ds, "R-GEN-008", 0)->edit; // the step and the rest of its sequence
    QVERIFY(forced.kind == ProjectEdit::Kind::Composite && !forced.parts.empty());
    for (const ProjectEdit &part : forced.parts)
        QVERIFY(part.kind == ProjectEdit::Kind::ReplaceStep && part.value.continueAfterError);
    p.plans[0].steps[0].continueAfterError = true; // the next step of the sequence must repeat it
    ds = check(p);
    QCOMPARE(toString(find(ds, "R-GEN-008", 0)->severity), QStringLiteral("warning"));
    QCOMPARE(toString(find(ds, "R-GEN-008", 1)->severity), QStringLiteral("error"));
    p.plans[0].steps[1].continueAfterError = true;
    ds = check(p);
    QVERIFY2(!hasErrors(ds), qPrintable(dump(ds)));
    QCOMPARE(count(ds, "R-GEN-008", 2), 0); // a new sequence starts at step 3
    // A recovery-only statement closing the sequence must repeat it too.
    p.plans[0].steps[1].recovery = RecoveryOption::NoRecovery;
    PlanStep recoverOnly;
    recoverOnly.recovery = RecoveryOption::Recovery;
    p.plans[0].steps.insert(2, recoverOnly);
    QCOMPARE(count(check(p), "R-GEN-008", 2), 1);
}

void TestLogChain::diff003NewerDifferentialOfTheSameBase()
{
    // Differentials at 03:40 and 03:50, both based on the 03:00 file backup for PRIMARY/imoltp_mod.
    Project p = designed();
    p.backups << backup("diff1", BackupType::Differential, 3, 40) << backup("diff2", BackupType::Differential, 3, 50);
    p.plans[0].steps.insert(1, restore("diff1", RecoveryOption::NoRecovery, primaryAndMod));
    QList<Diagnostic> ds = check(p);
    const Diagnostic *d = find(ds, "R-DIFF-003", 1);
    QVERIFY2(d, qPrintable(dump(ds)));
    QCOMPARE(toString(d->severity), QStringLiteral("warning"));
    QCOMPARE(d->edit.value.backup, QStringLiteral("diff2")); // no log restore to drop: the swap is the fix
    p.plans[0].steps[1].backup = QStringLiteral("diff2");
    ds = check(p);
    QVERIFY2(ds.isEmpty(), qPrintable(dump(ds)));
    // Both in one sequence: the second is flagged too.
    p.plans[0].steps.insert(1, restore("diff1", RecoveryOption::NoRecovery, primaryAndMod));
    ds = check(p);
    QCOMPARE(count(ds, "R-DIFF-003", 2), 1);
    QCOMPARE(find(ds, "R-DIFF-003", 2)->edit.kind, ProjectEdit::Kind::RemoveStep);
    // Recovering to 03:45, the 03:50 differential is too late to use: diff1 is the right one.
    p.plans[0].steps.removeAt(2);
    p.plans[0].target.kind = RestoreTarget::Kind::PointInTime;
    p.plans[0].target.pointInTime = at(3, 45);
    p.plans[0].steps[2].stopAt = at(3, 45);
    ds = check(p);
    QVERIFY2(count(ds, "R-DIFF-003") == 0 && !hasErrors(ds), qPrintable(dump(ds)));
}

void TestLogChain::diff004MultiBasedDifferential()
{
    // Imported (it has its own backup set GUID) with no base GUID or LSN: msdb's multi-based
    // differential. PRIMARY's files are based on the 03:00 file backup, the secondary on 03:30's.
    Project p = designed();
    Backup multi = backup("diff_multi", BackupType::Differential, 3, 40);
    multi.backupSetGuid = QStringLiteral("6F9619FF-8B86-D011-B42D-00C04FC964FF");
    p.backups << multi;
    p.plans[0].steps = {restore("imoltp_full", RecoveryOption::NoRecovery, primaryAndMod, true),
                        restore("diff_multi", RecoveryOption::NoRecovery, primaryAndMod)};
    QList<Diagnostic> ds = check(p);
    const Diagnostic *d = find(ds, "R-DIFF-004", 1);
    QVERIFY2(d, qPrintable(dump(ds)));
    QVERIFY(d->message.contains(QLatin1String("imoltp_primary_mod")));
    QCOMPARE(count(ds, "R-DIFF-001"), 0);
    p.plans[0].steps[0].backup = QStringLiteral("imoltp_primary_mod");
    ds = check(p);
    QVERIFY2(count(ds, "R-DIFF-004") == 0 && count(ds, "R-DIFF-001") == 0, qPrintable(dump(ds)));
    // A designed differential (no GUIDs at all) is matched per file the same way, reported as R-DIFF-001.
    p.backups.last().backupSetGuid.clear();
    p.plans[0].steps[0].backup = QStringLiteral("imoltp_full");
    ds = check(p);
    QCOMPARE(count(ds, "R-DIFF-004"), 0);
    QCOMPARE(count(ds, "R-DIFF-001", 1), 1);
}

void TestLogChain::c3BaseMatchedByGuidFirst()
{
    // The differential names the 01:00 full backup by GUID, while its base LSN (and time order)
    // would pick the 03:00 file backup: the GUID decides (docs/validation-choices.md, C-3).
    Project p = designed();
    p.backups[fullIndex].backupSetGuid = QStringLiteral("a1b2c3d4-0000-0000-0000-000000000001");
    p.backups[primaryModIndex].backupSetGuid = QStringLiteral("a1b2c3d4-0000-0000-0000-000000000002");
    Backup d = backup("diff_g", BackupType::Differential, 3, 40);
    d.differentialBaseGuid = QStringLiteral("A1B2C3D4-0000-0000-0000-000000000001");
    d.differentialBaseLsn = LsnDerivation::at(p.backups[primaryModIndex].start, 1);
    p.backups << d;
    p.plans[0].steps = {restore("imoltp_full", RecoveryOption::NoRecovery, primaryAndMod, true),
                        restore("diff_g", RecoveryOption::NoRecovery, primaryAndMod)};
    QList<Diagnostic> ds = check(p);
    QVERIFY2(count(ds, "R-DIFF-001") == 0, qPrintable(dump(ds)));
    p.plans[0].steps[0].backup = QStringLiteral("imoltp_primary_mod");
    QCOMPARE(count(check(p), "R-DIFF-001", 1), 1);
    // Without the GUID the LSN is the fallback: the file backup is then the base.
    p.backups.last().differentialBaseGuid.clear();
    QCOMPARE(count(check(p), "R-DIFF-001"), 0);
}

QTEST_GUILESS_MAIN(TestLogChain)
#include "tst_logchain.moc"
