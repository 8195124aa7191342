// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The command line as scripts use it (plan-format.md, "What the command line prints"): forms,
// JSON outputs and exit statuses, run on the built executable.

#include "model/io/planjsonreader.h"
#include "tests/app/clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Sample = rd::test::samplePath();
using rd::test::readFile;
using rd::test::writeFile;

using Run = rd::test::CliRun;

Run run(const QStringList &arguments, const QProcessEnvironment &env = rd::test::cliEnvironment())
{
    return rd::test::runCli(arguments, env);
}

QJsonObject parseObject(const QByteArray &json)
{
    return rd::test::parseJsonObject(json);
}

/// The filegroup states of one simulated step, as the JSON object gives them.
QVariantMap filegroups(const QJsonObject &step)
{
    return step.value(QStringLiteral("filegroups")).toObject().toVariantMap();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void checkSampleIsValid();
    void checkTextNamesThePlan();
    void checkFindsModWithoutPrimary();
    void malformedJsonExits2NamingTheFile();
    void missingFileExits2();
    void simulateSample();
    void exportSqlRestoreScript();
    void exportSqlBackupScriptToFile();
    void convertRoundTrip();
    void unknownPlanExits2ListingPlans_data();
    void unknownPlanExits2ListingPlans();
    void badFormatExits2();
    void version();
    void help();
    void noDisplayPrintsTheReport();
};

// The sample is Microsoft's own piecemeal restore of a memory-optimized database.
void TestCli::checkSampleIsValid()
{
    const Run r = run({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), Sample});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject result = parseObject(r.out);
    QCOMPARE(result.value(QStringLiteral("valid")), QJsonValue(true));
    const QJsonArray plans = result.value(QStringLiteral("plans")).toArray();
    QCOMPARE(plans.size(), 1);
    QCOMPARE(plans.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Piecemeal restore (Microsoft sample)"));
    for (const QJsonValue d : plans.at(0)[QStringLiteral("diagnostics")].toArray())
        QVERIFY2(d[QStringLiteral("severity")].toString() != QLatin1String("error"),
                 qPrintable(d[QStringLiteral("rule")].toString() + u' ' + d[QStringLiteral("message")].toString()));

    // Without --format: the text form, same exit status.
    QCOMPARE(run({QStringLiteral("check"), Sample}).exitCode, 0);
}

void TestCli::checkTextNamesThePlan()
{
    const Run r = run({QStringLiteral("check"), Sample});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith("plan \"Piecemeal restore (Microsoft sample)\": 0 errors"), r.out.constData());
}

// R-MOD-002: the memory-optimized filegroup must be restored with PRIMARY. Drop imoltp_mod from the
// first step's FILEGROUP list and check must fail at step 0.
void TestCli::checkFindsModWithoutPrimary()
{
    QJsonObject project = parseObject(readFile(Sample));
    QJsonArray plans = project[QStringLiteral("plans")].toArray();
    QJsonObject plan = plans[0].toObject();
    QJsonArray steps = plan[QStringLiteral("steps")].toArray();
    QJsonObject step0 = steps[0].toObject();
    QCOMPARE(step0[QStringLiteral("filegroups")].toArray(),
             (QJsonArray{QStringLiteral("PRIMARY"), QStringLiteral("imoltp_mod")}));
    step0[QStringLiteral("filegroups")] = QJsonArray{QStringLiteral("PRIMARY")};
    steps[0] = step0;
    plan[QStringLiteral("steps")] = steps;
    plans[0] = plan;
    project[QStringLiteral("plans")] = plans;

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("no-mod.json"));
    QVERIFY(writeFile(path, QJsonDocument(project).toJson()));

    const Run r = run({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), path});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject result = parseObject(r.out);
    QCOMPARE(result.value(QStringLiteral("valid")), QJsonValue(false));
    bool found = false;
    int consequences = 0;
    for (const QJsonValue d : result[QStringLiteral("plans")].toArray().at(0)[QStringLiteral("diagnostics")].toArray()) {
        QVERIFY(d.toObject().contains(QStringLiteral("step")));
        QVERIFY(d.toObject().contains(QStringLiteral("backup")));
        QVERIFY(d.toObject().contains(QStringLiteral("filegroup")));
        QVERIFY(d.toObject().contains(QStringLiteral("message")));
        QVERIFY(d.toObject().contains(QStringLiteral("causedBy")));
        if (d[QStringLiteral("rule")].toString() == QLatin1String("R-MOD-002")) {
            QCOMPARE(d[QStringLiteral("severity")].toString(), QStringLiteral("error"));
            QCOMPARE(d[QStringLiteral("step")], QJsonValue(0));
            QCOMPARE(d[QStringLiteral("causedBy")], QJsonValue(QJsonValue::Null)); // the root error
            found = true;
        } else if (d[QStringLiteral("step")].toInt(-1) > 0) {
            // SQL Server refuses step 0, which changes nothing: the log restore after it has nothing
            // to roll forward, which adding imoltp_mod to step 0 would cure.
            QCOMPARE(d[QStringLiteral("causedBy")], QJsonValue(0));
            ++consequences;
        }
    }
    QVERIFY2(found, r.out.constData());
    QVERIFY2(consequences > 0, r.out.constData());

    // simulate says which statement was refused, and the states after it are those before it.
    const Run sim = run({QStringLiteral("simulate"), QStringLiteral("--format"), QStringLiteral("json"), path});
    const QJsonArray states = parseObject(sim.out)[QStringLiteral("plans")].toArray().at(0)[QStringLiteral("steps")].toArray();
    QVERIFY2(!states.isEmpty(), sim.out.constData());
    QCOMPARE(states.at(0)[QStringLiteral("refusedBy")], QJsonValue(QStringLiteral("R-MOD-002")));
    QVERIFY(states.at(0)[QStringLiteral("database")].toString() != QLatin1String("RESTORING"));
}

void TestCli::malformedJsonExits2NamingTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QVERIFY(writeFile(path, "{ \"format\": \"restore-designer-plan\", \"version\": 1, "));
    for (const QString &command : {QStringLiteral("check"), QStringLiteral("simulate"), QStringLiteral("export-sql")}) {
        const Run r = run({command, path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(path), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }
}

void TestCli::missingFileExits2()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("nowhere.json"));
    const Run r = run({QStringLiteral("check"), path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(path), r.err.constData());
}

// Expected states from the text of Microsoft's memory-optimized piecemeal restore and
// docs/plan-format.md's own simulate example.
void TestCli::simulateSample()
{
    const Run r = run({QStringLiteral("simulate"), QStringLiteral("--format"), QStringLiteral("json"), Sample});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray plans = parseObject(r.out)[QStringLiteral("plans")].toArray();
    QCOMPARE(plans.size(), 1);
    QCOMPARE(plans.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Piecemeal restore (Microsoft sample)"));
    const QJsonArray steps = plans.at(0)[QStringLiteral("steps")].toArray();
    QCOMPARE(steps.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QJsonObject step = steps.at(i).toObject();
        QCOMPARE(step[QStringLiteral("step")], QJsonValue(i));
        QVERIFY(step.contains(QStringLiteral("redoLsn")));
        QVERIFY(step.contains(QStringLiteral("pointInTime")));
    }

    const QJsonObject s0 = steps.at(0).toObject();
    QCOMPARE(s0[QStringLiteral("database")].toString(), QStringLiteral("RESTORING"));
    QCOMPARE(filegroups(s0), (QVariantMap{{QStringLiteral("PRIMARY"), QStringLiteral("RESTORING")},
                                          {QStringLiteral("imoltp_mod"), QStringLiteral("RESTORING")},
                                          {QStringLiteral("imoltp_secondary"), QStringLiteral("RECOVERY_PENDING")}}));

    const QJsonObject s1 = steps.at(1).toObject();
    QCOMPARE(s1[QStringLiteral("database")].toString(), QStringLiteral("ONLINE"));
    QCOMPARE(filegroups(s1), (QVariantMap{{QStringLiteral("PRIMARY"), QStringLiteral("ONLINE")},
                                          {QStringLiteral("imoltp_mod"), QStringLiteral("ONLINE")},
                                          {QStringLiteral("imoltp_secondary"), QStringLiteral("RECOVERY_PENDING")}}));

    const QJsonObject s2 = steps.at(2).toObject();
    QCOMPARE(s2[QStringLiteral("database")].toString(), QStringLiteral("ONLINE"));
    QCOMPARE(filegroups(s2), (QVariantMap{{QStringLiteral("PRIMARY"), QStringLiteral("ONLINE")},
                                          {QStringLiteral("imoltp_mod"), QStringLiteral("ONLINE")},
                                          {QStringLiteral("imoltp_secondary"), QStringLiteral("ONLINE")}}));
    // Once recovered, the data has reached the end of the log backup (its finish time).
    QCOMPARE(s2[QStringLiteral("pointInTime")].toString(), QStringLiteral("2017-03-06T04:00:10"));

    const Run text = run({QStringLiteral("simulate"), Sample});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("RECOVERY_PENDING"), text.out.constData());
}

void TestCli::exportSqlRestoreScript()
{
    const Run r = run({QStringLiteral("export-sql"), Sample});
    QCOMPARE(r.exitCode, 0);
    const QString sql = QString::fromUtf8(r.out);
    QVERIFY2(sql.contains(QLatin1String("RESTORE DATABASE [imoltp]")), qPrintable(sql));
    QVERIFY2(sql.contains(QLatin1String("FILEGROUP = N'imoltp_mod'")), qPrintable(sql));
    QVERIFY2(sql.contains(QLatin1String("PARTIAL")), qPrintable(sql));
    QVERIFY2(sql.contains(QLatin1String("NORECOVERY")), qPrintable(sql));
    QVERIFY2(sql.contains(QLatin1String("RESTORE LOG [imoltp]")), qPrintable(sql));

    // --plan names the (only) plan: the same script.
    const Run named = run({QStringLiteral("export-sql"), QStringLiteral("--plan"),
                           QStringLiteral("Piecemeal restore (Microsoft sample)"), Sample});
    QCOMPARE(named.exitCode, 0);
    QCOMPARE(named.out, r.out);
}

void TestCli::exportSqlBackupScriptToFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("backup.sql"));
    const Run r = run({QStringLiteral("export-sql"), Sample, QStringLiteral("--script"), QStringLiteral("backup"),
                       QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    const QString sql = QString::fromUtf8(readFile(out));
    QVERIFY2(sql.contains(QLatin1String("BACKUP LOG [imoltp]")), qPrintable(sql));

    const Run bad = run({QStringLiteral("export-sql"), Sample, QStringLiteral("--script"), QStringLiteral("tail")});
    QCOMPARE(bad.exitCode, 2);
}

// JSON → project file → JSON loses nothing: the result reads back as the same Project.
void TestCli::convertRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString project = dir.filePath(QStringLiteral("imoltp.rdproj"));
    const QString json = dir.filePath(QStringLiteral("imoltp.json"));
    Run r = run({QStringLiteral("convert"), Sample, project});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QFile::exists(project));
    r = run({QStringLiteral("convert"), project, json});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    const rd::LoadResult original = rd::PlanJsonReader::readFile(Sample);
    const rd::LoadResult converted = rd::PlanJsonReader::readFile(json);
    QVERIFY2(original.ok(), qPrintable(original.error));
    QVERIFY2(converted.ok(), qPrintable(converted.error));
    QVERIFY(*converted.project == *original.project);

    // The project file is a valid input to the other commands.
    QCOMPARE(run({QStringLiteral("check"), project}).exitCode, 0);

    const Run badOut = run({QStringLiteral("convert"), Sample, dir.filePath(QStringLiteral("out.txt"))});
    QCOMPARE(badOut.exitCode, 2);
    const Run missing = run({QStringLiteral("convert"), dir.filePath(QStringLiteral("none.json")), json});
    QCOMPARE(missing.exitCode, 2);
}

void TestCli::unknownPlanExits2ListingPlans_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("check") << QStringLiteral("check");
    QTest::newRow("simulate") << QStringLiteral("simulate");
    QTest::newRow("export-sql") << QStringLiteral("export-sql");
}

void TestCli::unknownPlanExits2ListingPlans()
{
    QFETCH(QString, command);
    const Run r = run({command, QStringLiteral("--plan"), QStringLiteral("No such plan"), Sample});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("No such plan"), r.err.constData());
    QVERIFY2(r.err.contains("Piecemeal restore (Microsoft sample)"), r.err.constData());
}

void TestCli::badFormatExits2()
{
    QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("xml"), Sample}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("check")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--bogus"), Sample}).exitCode, 2);
}

void TestCli::version()
{
    const Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^restore-designer \\d+\\.\\d+\\.\\d+\\n$"))
                 .match(QString::fromUtf8(r.out)).hasMatch(),
             r.out.constData());
}

void TestCli::help()
{
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *form : {"check FILE", "simulate FILE", "export-sql FILE", "convert IN OUT"})
        QVERIFY2(r.out.contains(form), r.out.constData());
    const Run check = run({QStringLiteral("check"), QStringLiteral("--help")});
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.out.contains("--plan"), check.out.constData());
}

// On Linux without a display server, `restore-designer FILE` must not crash (Qt's xcb plugin would
// abort): it prints the check, the simulation and the restore script, and says why on stderr.
void TestCli::noDisplayPrintsTheReport()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    const Run r = run({Sample}, rd::test::noDisplayEnvironment());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("no display available"), r.err.constData());
    QVERIFY2(r.out.startsWith(run({QStringLiteral("check"), Sample}).out), r.out.constData());
    QVERIFY2(r.out.contains(run({QStringLiteral("simulate"), Sample}).out), r.out.constData());
    QVERIFY2(r.out.contains(run({QStringLiteral("export-sql"), Sample}).out), r.out.constData());
#else
    QSKIP("a display is always available on this platform");
#endif
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
