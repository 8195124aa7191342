// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// RestorePlanner on hand-worked histories (tests/data/planner/): each expected chain is worked out
// from the rules (R-LOG-004: the first log holds the base's last LSN; R-DIFF-001; R-LOG-009 forks;
// R-LOG-007 copy-only) and mirrors a case of the dbatools fixtures' README, and the validator
// finds no error in any plan built.
#include "model/domain/plansteps.h"
#include "model/domain/plantime.h"
#include "plannersupport.h"
#include "sampleloader.h"

using namespace rd;
using namespace rd::test;

namespace {

Project fixture(const char *name)
{
    return loadProject(QStringLiteral(RD_TEST_DATA_DIR "/planner/") + QLatin1String(name));
}

QDateTime may1(int h, int m, int s = 0) { return PlanTime::make(2024, 5, 1, h, m, s); }

} // namespace

class TestRestorePlanner : public QObject
{
    Q_OBJECT
private slots:
    void chains_data();
    void chains();
    void stopClauseOnTheLastLog();
    void lsnTargetStopsAtTheLsn();
    void tailLogBackupWhenTheDatabaseExists();
    void validatorResolvesLsnMarks();
    void piecemeal_data();
    void piecemeal();
    void explanation_data();
    void explanation();
    void explanationOfAHandMadePlan();
    void refusals_data();
    void refusals();
    void reasonsSayWhyOlderFull();
};

void TestRestorePlanner::chains_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<RestoreTarget>("target");
    QTest::addColumn<QString>("expected");
    // TLogBWFirstLastLsn: log0 ends at the full's first LSN (1000 < 1100 = full's last LSN is not in it).
    QTest::newRow("first-last-lsn") << "first-last-lsn.json" << endOfLog() << "full log1 log2";
    // DiffRestore: diff ends at 1450, held by log4 (1400-1500); log6 and log7 share a time.
    QTest::newRow("differential") << "differential.json" << endOfLog() << "full diff log4 log5 log6 log7";
    // broken_chain: log2 starts at 03:00, after 02:30, but holds it (log1 ended 02:00); log3 is empty.
    QTest::newRow("point in time") << "point-in-time.json" << at(may1(2, 30)) << "full log1 log2";
    QTest::newRow("latest, empty log left") << "point-in-time.json" << endOfLog() << "full log1 log2";
    // full3 damaged; full2 (03:10) after 02:30.
    QTest::newRow("older full to 02:30") << "older-full.json" << at(may1(2, 30)) << "full1 log1 log2";
    QTest::newRow("damaged newest") << "older-full.json" << endOfLog() << "full2 log3 log4";
    // full2 (fork A, last LSN 1290) needs log2 past the fork point 1250: not on fork B's path.
    QTest::newRow("fork") << "fork.json" << endOfLog() << "full1 log1 log3 log4";
    // fullc is copy-only but restorable; the copy-only logc is never preferred to log2.
    QTest::newRow("copy-only full") << "copy-only.json" << endOfLog() << "fullc log3 log4";
    QTest::newRow("copy-only log, diff") << "copy-only.json" << at(may1(2, 50)) << "full diff log2";
    QTest::newRow("before the gap") << "gap.json" << at(may1(2, 30)) << "full log1 log2";
    // logd ran during the full (900-1050): it ends before the full's last LSN 1100.
    QTest::newRow("log during the full") << "during-backup.json" << endOfLog() << "full log2 log3";
}

void TestRestorePlanner::chains()
{
    QFETCH(QString, file);
    QFETCH(RestoreTarget, target);
    QFETCH(QString, expected);
    const Project p = fixture(qPrintable(file));
    const PlannedRestore planned = planFor(p, target);
    QVERIFY2(planned.ok(), qPrintable(planned.error));
    QCOMPARE(restored(*planned.plan), expected);
    QCOMPARE(errorsOf(p, planned), QString());
    const PlanStep &last = planned.plan->steps.last();
    QVERIFY(last.effectiveRecovery() == RecoveryOption::Recovery);
    for (qsizetype i = 0; i + 1 < planned.plan->steps.size(); ++i)
        QVERIFY(planned.plan->steps[i].recovery != RecoveryOption::Recovery);
}

void TestRestorePlanner::stopClauseOnTheLastLog()
{
    const PlannedRestore planned = planFor(fixture("point-in-time.json"), at(may1(2, 30)));
    QVERIFY(planned.ok());
    const PlanStep &last = planned.plan->steps.last();
    QCOMPARE(last.backup, QStringLiteral("log2"));
    QCOMPARE(last.stopAt, may1(2, 30));
    QCOMPARE(planned.plan->steps.first().stopAt, QDateTime()); // the database does not exist: no STOPAT needed there
}

void TestRestorePlanner::lsnTargetStopsAtTheLsn()
{
    // LSN 1250 lies in log2 (1200-1300) of the tail fixture: STOPATMARK = 'lsn:1250' on log2, no tail needed
    // (R-TAIL-006), and the data restore carries the same clause, which tells SQL Server to overwrite (R-TAIL-001).
    const Project p = fixture("tail.json");
    const PlannedRestore planned = planFor(p, mark(QStringLiteral("lsn:1250")));
    QVERIFY2(planned.ok(), qPrintable(planned.error));
    QCOMPARE(restored(*planned.plan), QStringLiteral("full log1 log2"));
    QCOMPARE(planned.plan->steps.last().stopAtMark, QStringLiteral("lsn:1250"));
    QCOMPARE(planned.plan->steps.first().stopAtMark, QStringLiteral("lsn:1250"));
    QVERIFY(!planned.tailLog);
    QCOMPARE(errorsOf(p, planned), QString());
    // lsn:1200 is log1's (exclusive) end: it lies in log2, not log1.
    QCOMPARE(restored(*planFor(p, mark(QStringLiteral("lsn:1200"))).plan), QStringLiteral("full log1 log2"));
    QCOMPARE(restored(*planFor(p, mark(QStringLiteral("lsn:1199"))).plan), QStringLiteral("full log1"));
    // A named mark: REPLACE (a named mark cannot go on RESTORE DATABASE, R-PIT-005).
    const PlannedRestore m1 = planFor(p, mark(QStringLiteral("m1")));
    QVERIFY(m1.ok());
    QCOMPARE(restored(*m1.plan), QStringLiteral("full log1 log2"));
    QVERIFY(m1.plan->steps.first().replace);
    QCOMPARE(errorsOf(p, m1), QString());
}

void TestRestorePlanner::tailLogBackupWhenTheDatabaseExists()
{
    const Project p = fixture("tail.json");
    const PlannedRestore planned = planFor(p, endOfLog());
    QVERIFY2(planned.ok(), qPrintable(planned.error));
    QVERIFY(planned.tailLog);
    QCOMPARE(planned.tailLog->id, QStringLiteral("plandb_tail_log"));
    QVERIFY(planned.tailLog->tailLog);
    QCOMPARE(planned.tailLog->firstLsn, Lsn::fromString(u"1300")); // continues log2
    const PlanStep &first = planned.plan->steps.first();
    QVERIFY(first.statement == StepStatement::BackupLog);
    QCOMPARE(first.backup, planned.tailLog->id);
    QVERIFY(first.norecovery);
    QCOMPARE(restored(*planned.plan), QStringLiteral("full log1 log2 plandb_tail_log"));
    QCOMPARE(errorsOf(p, planned), QString());
}

void TestRestorePlanner::validatorResolvesLsnMarks()
{
    // STOPATMARK = 'lsn:N' names the point at LSN N (restore-statements-arguments-transact-sql.md), not a
    // MARK event: inside log2 (1200-1300) the plan recovers; past log2's end it stays RESTORING (R-PIT-004
    // says the point is after the end of log2, not that the timeline lacks a mark).
    Project p = fixture("tail.json");
    p.environment.databaseExists = false;
    const auto pit004 = [&](const char *lsn) {
        Plan plan;
        plan.name = QStringLiteral("by LSN");
        plan.target = mark(QString::fromLatin1(lsn));
        plan.steps << PlanSteps::restoreOf(*p.backup(QStringLiteral("full")), RecoveryOption::NoRecovery)
                   << PlanSteps::restoreOf(*p.backup(QStringLiteral("log1")), RecoveryOption::NoRecovery)
                   << PlanSteps::restoreOf(*p.backup(QStringLiteral("log2")), RecoveryOption::Recovery);
        plan.steps[1].stopAtMark = plan.steps[2].stopAtMark = plan.target.mark;
        Project with = p;
        with.plans = {plan};
        QStringList found;
        const auto analysis = ProjectAnalysis::build(with);
        for (const Diagnostic &d : analysis->plan(0).diagnostics)
            if (d.rule == QLatin1String("R-PIT-004") || d.severity == Severity::Error)
                found << d.rule + u' ' + d.message;
        return found.join(u'\n');
    };
    QCOMPARE(pit004("lsn:1250"), QString());
    const QString beyond = pit004("lsn:1350");
    QVERIFY2(beyond.startsWith(QLatin1String("R-PIT-004 The target LSN 1350")) && beyond.contains(QLatin1String("after the end of log2")),
             qPrintable(beyond));
}

/// "RESTORE DATABASE fg,fg FROM x PARTIAL" … one line per step, as the plan reads.
QString stepsText(const Plan &plan)
{
    QStringList lines;
    for (const PlanStep &s : plan.steps) {
        QString line = toString(s.statement) + u' ' + s.backup;
        if (!s.filegroups.isEmpty())
            line += u' ' + s.filegroups.join(u',');
        if (s.partial)
            line += QLatin1String(" PARTIAL");
        if (s.isRestore())
            line += u' ' + toString(s.effectiveRecovery());
        lines << line;
    }
    return lines.join(u'\n');
}

void TestRestorePlanner::piecemeal_data()
{
    QTest::addColumn<QString>("edition");
    QTest::addColumn<QString>("expected");
    const QString stage1 = QStringLiteral("BACKUP LOG pm_tail_log\n"
                                          "RESTORE DATABASE full PRIMARY,pm_mod,C PARTIAL NORECOVERY\n"
                                          "RESTORE LOG log1 NORECOVERY\nRESTORE LOG log2 NORECOVERY\n"
                                          "RESTORE LOG log3 NORECOVERY\nRESTORE LOG pm_tail_log RECOVERY\n");
    const QString stage2 = QStringLiteral("RESTORE DATABASE full A NORECOVERY\n"
                                          "RESTORE LOG log1 NORECOVERY\nRESTORE LOG log2 NORECOVERY\n"
                                          "RESTORE LOG log3 NORECOVERY\nRESTORE LOG pm_tail_log RECOVERY\n");
    const QString stage3 = QStringLiteral("RESTORE DATABASE full B RECOVERY");
    QTest::newRow("enterprise: online stages") << "ENTERPRISE" << stage1 + stage2 + stage3;
    // Standard restores later stages offline (R-PIECE-009): SET OFFLINE before each.
    QTest::newRow("standard: offline stages") << "STANDARD" << stage1 + QStringLiteral("SET OFFLINE \n") + stage2 + QStringLiteral("SET OFFLINE \n") + stage3;
}

void TestRestorePlanner::piecemeal()
{
    QFETCH(QString, edition);
    QFETCH(QString, expected);
    Project p = fixture("piecemeal.json");
    p.database.edition = *parseEdition(edition);
    const PlannedRestore planned = planFor(p, endOfLog(), {QStringLiteral("c"), QStringLiteral("A")});
    QVERIFY2(planned.ok(), qPrintable(planned.error));
    QCOMPARE(stepsText(*planned.plan), expected);
    QCOMPARE(errorsOf(p, planned), QString());
}

void TestRestorePlanner::explanation_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<RestoreTarget>("target");
    QTest::addColumn<QString>("backup");
    QTest::addColumn<QString>("reason");
    // Worked by hand from each fixture's LSNs (see their descriptions).
    QTest::newRow("covered by differential") << "differential.json" << endOfLog() << "log3" << "covered by differential diff";
    QTest::newRow("log before the base") << "first-last-lsn.json" << endOfLog() << "log0"
                                         << "ends before full's last LSN 1100: the data backup already holds its log";
    QTest::newRow("older full") << "first-last-lsn.json" << endOfLog() << "full0" << "a newer full full is used";
    QTest::newRow("empty log") << "point-in-time.json" << at(may1(2, 30)) << "log3"
                               << "empty log: its first and last LSN are equal, it holds no log record";
    QTest::newRow("damaged") << "older-full.json" << at(may1(2, 30)) << "full3"
                             << "the backup is damaged (only CONTINUE_AFTER_ERROR would restore it)";
    QTest::newRow("after the target") << "older-full.json" << at(may1(2, 30)) << "full2"
                                      << "finished at 2024-05-01T03:10:00, after the target 2024-05-01T02:30:00";
    QTest::newRow("log after the target") << "older-full.json" << at(may1(2, 30)) << "log3"
                                          << "after the target 2024-05-01T02:30:00";
    QTest::newRow("log during the full") << "during-backup.json" << endOfLog() << "logd"
                                         << "ends before full's last LSN 1100: the data backup already holds its log";
    QTest::newRow("other base") << "copy-only.json" << endOfLog() << "diff" << "its base is full, not fullc";
    QTest::newRow("copy-only log") << "copy-only.json" << at(may1(2, 50)) << "logc"
                                   << "copy-only: the regular log backups restored cover its range (R-LOG-007)";
    const QString fork = QStringLiteral("not on the recovery fork of full1: it goes on on fork "
                                        "AAAAAAAA-0000-0000-0000-00000000000A past LSN 1250, where the restored log "
                                        "moves to fork BBBBBBBB-0000-0000-0000-00000000000B");
    QTest::newRow("fork: log") << "fork.json" << endOfLog() << "log2" << fork;
    QTest::newRow("fork: full") << "fork.json" << endOfLog() << "full2" << fork;
}

void TestRestorePlanner::explanation()
{
    QFETCH(QString, file);
    QFETCH(RestoreTarget, target);
    QFETCH(QString, backup);
    QFETCH(QString, reason);
    const Project p = fixture(qPrintable(file));
    const PlannedRestore planned = planFor(p, target);
    QVERIFY2(planned.ok(), qPrintable(planned.error));
    const Project with = withPlan(p, planned);
    const auto analysis = ProjectAnalysis::build(with);
    const PlanExplanation &e = analysis->plan(0).explanation;
    QVERIFY(!e.uses(backup));
    QCOMPARE(e.reasonNotUsed(analysis->index(), backup), reason);
    QCOMPARE(e.reasonNotUsed(analysis->index(), planned.plan->steps.first().backup), QString()); // used
}

void TestRestorePlanner::explanationOfAHandMadePlan()
{
    // The dbatools README's "ignoring the differential" chain, written by hand: full + all 7 logs.
    Project p = fixture("differential.json");
    Plan plan;
    plan.name = QStringLiteral("by hand");
    for (const char *id : {"full", "log1", "log2", "log3", "log4", "log5", "log6", "log7"})
        plan.steps << PlanSteps::restoreOf(*p.backup(QString::fromLatin1(id)), RecoveryOption::NoRecovery);
    plan.steps.last().recovery = RecoveryOption::Recovery;
    p.plans = {plan};
    const auto analysis = ProjectAnalysis::build(p);
    const PlanExplanation &e = analysis->plan(0).explanation;
    QVERIFY(e.uses(QStringLiteral("log3")));
    QCOMPARE(e.reasonNotUsed(analysis->index(), QStringLiteral("diff")),
             QStringLiteral("the plan restores the log backups from full instead"));
    QCOMPARE(e.reasonNotUsed(analysis->index(), QStringLiteral("nope")), QString());
}

void TestRestorePlanner::refusals_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<RestoreTarget>("target");
    QTest::addColumn<QString>("says");
    QTest::newRow("gap") << "gap.json" << endOfLog() << "no log backup holds LSN 1300";
    QTest::newRow("before any full") << "gap.json" << at(may1(0, 30)) << "no usable full backup ends before 2024-05-01T00:30:00";
    QTest::newRow("after the log") << "point-in-time.json" << at(may1(9, 0)) << "the log backups end at LSN 1300";
    QTest::newRow("unknown mark") << "tail.json" << mark(QStringLiteral("nope")) << "no mark named 'nope'";
    QTest::newRow("bad lsn") << "tail.json" << mark(QStringLiteral("lsn:12x")) << "is not an LSN";
    QTest::newRow("availability group") << "../scenarios/offline-primary-and-b-full--availability-group.json" << endOfLog()
                                        << "joined to an availability group";
    // The only full was taken under SIMPLE (R-LOG-008); the partial differential that would restart the
    // chain (R-PIECE-010) is not planned: the planner pairs whole-database differentials with a full.
    QTest::newRow("simple base") << "../scenarios/piecemeal-simple--switched-to-full.json" << endOfLog()
                                 << "taken under the SIMPLE recovery model";
}

void TestRestorePlanner::refusals()
{
    QFETCH(QString, file);
    QFETCH(RestoreTarget, target);
    QFETCH(QString, says);
    const PlannedRestore planned = planFor(fixture(qPrintable(file)), target);
    QVERIFY(!planned.ok());
    QVERIFY2(planned.error.contains(says), qPrintable(planned.error));
}

void TestRestorePlanner::reasonsSayWhyOlderFull()
{
    const PlannedRestore planned = planFor(fixture("older-full.json"), at(may1(2, 30)));
    QVERIFY(planned.ok());
    const QString all = planned.reasons.join(u'\n');
    QVERIFY2(all.contains(QLatin1String("Not full3")) && all.contains(QLatin1String("damaged")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("Not the 1 data backup(s) that finished after the target 2024-05-01T02:30:00 (the "
                                        "newest: full2, 2024-05-01T03:10:00).")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("Base: full backup full1")), qPrintable(all));
}

QTEST_GUILESS_MAIN(TestRestorePlanner)
#include "tst_restoreplanner.moc"
