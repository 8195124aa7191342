// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// `restore-designer plan`: what it prints for hand-worked histories (tests/data/planner/, chains
// worked out in their descriptions), the project it writes, and its exit status.
#include "clirun.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace rd::test;

namespace {

QString planner(const char *name)
{
    return QStringLiteral(RD_TEST_DATA_DIR "/planner/") + QLatin1String(name);
}

} // namespace

class TestCliPlan : public QObject
{
    Q_OBJECT
private slots:
    void textListsChoicesAndLeftOut();
    void pointInTimeAndLsn();
    void jsonAppendsThePlanLast();
    void outputWritesTheProjectWithTheTail();
    void piecemealStages();
    void noPlanExitsOne();
    void badArgumentsExitTwo_data();
    void badArgumentsExitTwo();
};

void TestCliPlan::textListsChoicesAndLeftOut()
{
    const CliRun r = runCli({QStringLiteral("plan"), planner("differential.json")});
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QLatin1String("1. RESTORE DATABASE FROM full (FULL, 2024-05-01T01:10:00) WITH NORECOVERY\n"
                                        "  2. RESTORE DATABASE FROM diff")),
             qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("6. RESTORE LOG FROM log7 (LOG, 2024-05-01T07:00:10) WITH RECOVERY")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("holds diff's last LSN 1450")), qPrintable(out));
    // log1, log2 and log3 are one run with one reason.
    QVERIFY2(out.contains(QStringLiteral("Left out (1 line(s)):\n  3 LOG backups, log1 … log3: covered by differential diff\n")),
             qPrintable(out));
}

void TestCliPlan::pointInTimeAndLsn()
{
    CliRun r = runCli({QStringLiteral("plan"), planner("point-in-time.json"), QStringLiteral("--to"),
                       QStringLiteral("2024-05-01T02:30:00")});
    QCOMPARE(r.exitCode, 0);
    QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QLatin1String("3. RESTORE LOG FROM log2 (LOG, 2024-05-01T03:10:00) WITH RECOVERY, STOPAT = "
                                        "'2024-05-01T02:30:00'")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("log3 (LOG, 2024-05-01T04:00:10): empty log")), qPrintable(out));
    r = runCli({QStringLiteral("plan"), planner("tail.json"), QStringLiteral("--to"), QStringLiteral("lsn:1250")});
    QCOMPARE(r.exitCode, 0);
    out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QLatin1String("FROM log2 (LOG, 2024-05-01T03:00:10) WITH RECOVERY, STOPATMARK = 'lsn:1250'")),
             qPrintable(out));
    r = runCli({QStringLiteral("plan"), planner("tail.json"), QStringLiteral("--to"), QStringLiteral("mark:m1")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("STOPATMARK = 'm1'"));
}

void TestCliPlan::jsonAppendsThePlanLast()
{
    const CliRun r = runCli({QStringLiteral("plan"), planner("older-full.json"), QStringLiteral("--to"),
                             QStringLiteral("2024-05-01T02:30:00"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject project = parseJsonObject(r.out);
    QCOMPARE(project.value(QLatin1String("format")).toString(), QStringLiteral("restore-designer-plan"));
    const QJsonArray plans = project.value(QLatin1String("plans")).toArray();
    QCOMPARE(plans.size(), 1);
    const QJsonArray steps = plans.last().toObject().value(QLatin1String("steps")).toArray();
    QStringList backups;
    for (const QJsonValue &s : steps)
        backups << s.toObject().value(QLatin1String("backup")).toString();
    QCOMPARE(backups.join(u' '), QStringLiteral("full1 log1 log2"));
}

void TestCliPlan::outputWritesTheProjectWithTheTail()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("planned.rdproj"));
    CliRun r = runCli({QStringLiteral("plan"), planner("tail.json"), QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 0);
    // The written project holds the new tail-log backup and the plan, and `check` finds no error in it.
    r = runCli({QStringLiteral("check"), out, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QString json = dir.filePath(QStringLiteral("planned.json"));
    QCOMPARE(runCli({QStringLiteral("convert"), out, json}).exitCode, 0);
    const QJsonObject project = parseJsonObject(readFile(json));
    const QJsonArray backups = project.value(QLatin1String("backups")).toArray();
    QCOMPARE(backups.last().toObject().value(QLatin1String("id")).toString(), QStringLiteral("plandb_tail_log"));
    QVERIFY(backups.last().toObject().value(QLatin1String("tailLog")).toBool());
    const QJsonArray steps = project.value(QLatin1String("plans")).toArray().last().toObject()
                                 .value(QLatin1String("steps")).toArray();
    QCOMPARE(steps.first().toObject().value(QLatin1String("statement")).toString(), QStringLiteral("BACKUP LOG"));
    QCOMPARE(steps.last().toObject().value(QLatin1String("backup")).toString(), QStringLiteral("plandb_tail_log"));
}

void TestCliPlan::piecemealStages()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("pm.json"));
    CliRun r = runCli({QStringLiteral("plan"), planner("piecemeal.json"), QStringLiteral("--online-first"),
                       QStringLiteral("C,A"), QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(QLatin1String("2. RESTORE DATABASE FILEGROUP PRIMARY, pm_mod, C FROM full (FULL, "
                                         "2024-05-01T01:10:00) WITH PARTIAL, NORECOVERY")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("RESTORE DATABASE FILEGROUP B FROM full (FULL, 2024-05-01T01:10:00) WITH RECOVERY")),
             qPrintable(text));
    r = runCli({QStringLiteral("check"), out});
    QVERIFY2(r.exitCode == 0, r.out.constData());
}

void TestCliPlan::noPlanExitsOne()
{
    const CliRun r = runCli({QStringLiteral("plan"), planner("gap.json")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no plan reaches the target") && r.err.contains("no log backup holds LSN 1300"), r.err.constData());
}

void TestCliPlan::badArgumentsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    const QString f = planner("gap.json");
    QTest::newRow("bad time") << QStringList{f, QStringLiteral("--to"), QStringLiteral("yesterday")} << "expected latest";
    QTest::newRow("bad lsn") << QStringList{f, QStringLiteral("--to"), QStringLiteral("lsn:12a")} << "--to lsn:12a";
    QTest::newRow("empty mark") << QStringList{f, QStringLiteral("--to"), QStringLiteral("mark:")} << "mark's name";
    QTest::newRow("no file") << QStringList{planner("nope.json")} << "nope.json";
    QTest::newRow("bad output") << QStringList{f, QStringLiteral("-o"), QStringLiteral("/tmp/x.txt")} << "unknown extension";
    QTest::newRow("unknown filegroup") << QStringList{planner("piecemeal.json"), QStringLiteral("--online-first"),
                                                      QStringLiteral("Z")} << "no filegroup named Z";
}

void TestCliPlan::badArgumentsExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    const CliRun r = runCli(QStringList{QStringLiteral("plan")} + arguments);
    QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err.constData());
    // An unknown filegroup is a plan that cannot be made (1); the others are unreadable input (2).
    QCOMPARE(r.exitCode, says.startsWith(QLatin1String("no filegroup")) ? 1 : 2);
}

QTEST_GUILESS_MAIN(TestCliPlan)
#include "tst_cliplan.moc"
