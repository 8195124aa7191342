// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// `restore-designer cfp` as scripts use it (docs/cfp.md): the blog's examples through --example,
// a workload file, the JSON shape of issue 10, and the refusals with exit status 2.

#include "tests/app/clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

using rd::test::writeFile;

rd::test::CliRun run(const QStringList &arguments, const QByteArray &input = {})
{
    return rd::test::runCli(arguments, rd::test::cliEnvironment(), input);
}

QJsonObject parseObject(const QByteArray &json)
{
    return rd::test::parseJsonObject(json);
}

/// The "cfps" entry of `state`, or an empty object.
QJsonObject cfp(const QJsonObject &report, const QString &state)
{
    for (const QJsonValue &v : report.value(QStringLiteral("cfps")).toArray())
        if (v.toObject().value(QStringLiteral("state")).toString() == state)
            return v.toObject();
    return {};
}

bool within5Percent(double actual, double expected)
{
    return std::abs(actual - expected) <= 0.05 * expected;
}

const QByteArray Workload = R"({
    "kind": "cfp-workload",
    "name": "two data files",
    "version": "2014",
    "diskPages": 100,
    "logPages": 50,
    "steps": [
        {"step": "insert", "rows": 3000, "rowBytes": 8068},
        {"step": "checkpoint"}
    ]
})";

} // namespace

class TestCliCfp : public QObject
{
    Q_OBJECT

private slots:
    void examplesReproduceTheBlog_data();
    void examplesReproduceTheBlog();
    void jsonShape();
    void textReport();
    void versionChangesTheRules();
    void workloadFile();
    void workloadFromStandardInput();
    void docsExampleRuns();
    void example4AsAWorkloadFileReproducesTheBlog();
    void dmvExportIsEstimated();
    void dmv2014ExportIsEstimatedUnder2014Rules();
    void theNewestSnapshotOfAPlanIsEstimated();
    void refusals_data();
    void refusals();
};

void TestCliCfp::examplesReproduceTheBlog_data()
{
    QTest::addColumn<int>("example");
    QTest::addColumn<double>("memoryOptimizedPages");
    QTest::addColumn<double>("pages");
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("pairs");
    // docs/cfp.md §1, the BACKUP messages of the blog "Database Backup with Memory-Optimized Tables".
    QTest::newRow("2") << 2 << 0.0 << 8847.0 << "UNDER CONSTRUCTION" << 5;
    QTest::newRow("3") << 3 << 8064.0 << 16916.0 << "ACTIVE" << 5;
    QTest::newRow("4") << 4 << 12143.0 << 21262.0 << "MERGED SOURCE" << 5;
    QTest::newRow("5") << 5 << 4128.0 << 4439.0 << "ACTIVE" << 5;
}

void TestCliCfp::examplesReproduceTheBlog()
{
    QFETCH(int, example);
    QFETCH(double, memoryOptimizedPages);
    QFETCH(double, pages);
    QFETCH(QString, state);
    QFETCH(int, pairs);
    const auto r = run({QStringLiteral("cfp"), QStringLiteral("--example"), QString::number(example),
                        QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QJsonObject report = parseObject(r.out);
    QCOMPARE(report.value(QStringLiteral("version")).toString(), QStringLiteral("2014"));
    const QJsonObject full = report.value(QStringLiteral("fullBackup")).toObject();
    const double mo = full.value(QStringLiteral("memoryOptimizedPages")).toDouble();
    QVERIFY2(memoryOptimizedPages == 0 ? mo == 0 : within5Percent(mo, memoryOptimizedPages), qPrintable(QString::number(mo)));
    QVERIFY2(within5Percent(full.value(QStringLiteral("pages")).toDouble(), pages), r.out.constData());
    QCOMPARE(cfp(report, state).value(QStringLiteral("pairs")).toInt(), pairs);
    QCOMPARE(cfp(report, QStringLiteral("PRECREATED")).value(QStringLiteral("pairs")).toInt(), 8);
}

// The shape issue 10 gives: every key, numbers, bytes = pages × 8,192.
void TestCliCfp::jsonShape()
{
    const auto r = run({QStringLiteral("cfp"), QStringLiteral("--example"), QStringLiteral("3"), QStringLiteral("--format"),
                        QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject report = parseObject(r.out);
    QCOMPARE(report.keys(), (QStringList{u"cfps"_s, u"differentialBackup"_s, u"fullBackup"_s, u"restore"_s, u"version"_s}));
    const QStringList cfpKeys{u"dataBytes"_s, u"dataUsedBytes"_s, u"deltaBytes"_s, u"deltaUsedBytes"_s, u"pairs"_s, u"state"_s};
    for (const QJsonValue &v : report.value(QStringLiteral("cfps")).toArray())
        QCOMPARE(v.toObject().keys(), cfpKeys);
    const QStringList backupKeys{u"bytes"_s, u"diskPages"_s, u"logPages"_s, u"memoryOptimizedBytes"_s, u"memoryOptimizedPages"_s, u"pages"_s};
    for (const QString &key : {QStringLiteral("fullBackup"), QStringLiteral("differentialBackup")}) {
        const QJsonObject b = report.value(key).toObject();
        QCOMPARE(b.keys(), backupKeys);
        QCOMPARE(b.value(QStringLiteral("bytes")).toDouble(), b.value(QStringLiteral("pages")).toDouble() * 8192);
        QCOMPARE(b.value(QStringLiteral("pages")).toDouble(),
                 b.value(QStringLiteral("diskPages")).toDouble() + b.value(QStringLiteral("logPages")).toDouble()
                     + b.value(QStringLiteral("memoryOptimizedPages")).toDouble());
    }
    const QJsonObject restore = report.value(QStringLiteral("restore")).toObject();
    QCOMPARE(restore.keys(), (QStringList{u"diskBytes"_s, u"memoryBytes"_s}));
    QCOMPARE(restore.value(QStringLiteral("diskBytes")).toDouble(), 4 * restore.value(QStringLiteral("memoryBytes")).toDouble());
    // In the order of the state codes: PRECREATED (0), UNDER CONSTRUCTION (1), ACTIVE (2).
    QStringList states;
    for (const QJsonValue &v : report.value(QStringLiteral("cfps")).toArray())
        states << v.toObject().value(QStringLiteral("state")).toString();
    QCOMPARE(states, (QStringList{u"PRECREATED"_s, u"UNDER CONSTRUCTION"_s, u"ACTIVE"_s}));
    // The blog's "8 CFPs in 'PRECREATED' state with 16MB sized data file and 1MB sized delta file".
    QCOMPARE(cfp(report, QStringLiteral("PRECREATED")).value(QStringLiteral("dataBytes")).toDouble(), 8.0 * 16 * 1024 * 1024);
    QCOMPARE(cfp(report, QStringLiteral("PRECREATED")).value(QStringLiteral("deltaBytes")).toDouble(), 8.0 * 1024 * 1024);
}

void TestCliCfp::textReport()
{
    const auto r = run({QStringLiteral("cfp"), QStringLiteral("--example"), QStringLiteral("2")});
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QStringLiteral("under the backup rules of SQL Server 2014")), r.out.constData());
    QVERIFY2(out.contains(QRegularExpression(QStringLiteral("\\n  UNDER CONSTRUCTION +5 "))), r.out.constData());
    // All of example 2's pages are PRIMARY's and the log's (8847 = 304 + 8543).
    QVERIFY2(out.contains(QStringLiteral("full backup          8847 pages (72.5 MB): 304 disk-based, 0 memory-optimized, 8543 log")),
             r.out.constData());
}

// The same example under CTP2 copies the allocated bytes of every pair but the PRECREATED ones:
// example 3's 5 ACTIVE and 1 UNDER CONSTRUCTION pairs, 6 × (16 MiB + 1 MiB) = 13,056 pages.
void TestCliCfp::versionChangesTheRules()
{
    const auto r = run({QStringLiteral("cfp"), QStringLiteral("--example"), QStringLiteral("3"), QStringLiteral("--version"),
                        QStringLiteral("2014-ctp2"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject report = parseObject(r.out);
    QCOMPARE(report.value(QStringLiteral("version")).toString(), QStringLiteral("2014-ctp2"));
    QCOMPARE(report.value(QStringLiteral("fullBackup")).toObject().value(QStringLiteral("memoryOptimizedPages")).toInt(),
             6 * (2048 + 128));
    // 2016: the merge sources of example 4 wait for log truncation instead.
    const auto r2016 = run({QStringLiteral("cfp"), QStringLiteral("--example"), QStringLiteral("4"), QStringLiteral("--version"),
                            QStringLiteral("2016"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r2016.exitCode, 0);
    QCOMPARE(cfp(parseObject(r2016.out), QStringLiteral("WAITING FOR LOG TRUNCATION")).value(QStringLiteral("pairs")).toInt(), 5);
}

// 3,000 rows of 8,068 bytes: 1,870 in the first data file, 1,130 in the second, both ACTIVE after
// the checkpoint. Used: 256 KiB + rows × 8,068 per data file, 48 KiB per delta file; pages:
// 1,874 + 1,145 + 2 × 6 = 3,031, plus 100 disk-based and 50 log pages.
void TestCliCfp::workloadFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.json"));
    QVERIFY(writeFile(path, Workload));
    const auto r = run({QStringLiteral("cfp"), path, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject report = parseObject(r.out);
    const QJsonObject active = cfp(report, QStringLiteral("ACTIVE"));
    QCOMPARE(active.value(QStringLiteral("pairs")).toInt(), 2);
    QCOMPARE(active.value(QStringLiteral("dataUsedBytes")).toDouble(), 2.0 * 262144 + 3000.0 * 8068);
    const QJsonObject full = report.value(QStringLiteral("fullBackup")).toObject();
    QCOMPARE(full.value(QStringLiteral("memoryOptimizedPages")).toInt(), 1874 + 1145 + 12);
    QCOMPARE(full.value(QStringLiteral("pages")).toInt(), 1874 + 1145 + 12 + 150);
    // No full backup in the workload: the differential takes every closed data file too.
    QCOMPARE(report.value(QStringLiteral("differentialBackup")).toObject().value(QStringLiteral("pages")).toInt(),
             1874 + 1145 + 12 + 150);
    const auto text = run({QStringLiteral("cfp"), path});
    QVERIFY2(text.out.startsWith("two data files, under the backup rules of SQL Server 2014\n"), text.out.constData());
}

void TestCliCfp::workloadFromStandardInput()
{
    const auto r = run({QStringLiteral("cfp"), QStringLiteral("-"), QStringLiteral("--format"), QStringLiteral("json")}, Workload);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(cfp(parseObject(r.out), QStringLiteral("ACTIVE")).value(QStringLiteral("pairs")).toInt(), 2);
}

void TestCliCfp::docsExampleRuns()
{
    const auto r = run({QStringLiteral("cfp"), QStringLiteral(RD_SOURCE_DIR "/docs/cfp-workload.json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
}

// tests/data/cfp/dmv2016-ssms.csv, counted by hand: ACTIVE holds the pairs 0030/0031 (data used
// 15,728,640 = 1,920 pages; delta used 65,536 = 8) and 0040/0041 (data used 14,680,064 = 1,792;
// delta 0); WAITING FOR LOG TRUNCATION the pair 0060/0061 (16,777,216 = 2,048; 262,144 = 32).
// Under the 2016+ rules only those states carry their used bytes: 5,800 pages. The ROOT file (also
// ACTIVE) is no pair; the DMV alone says nothing of the disk-based pages or the log.
// The blog's example 4 written out as a workload file (also a seed of fuzz_cfpworkload): the same
// BACKUP figures as --example 4, 12,143 memory-optimized pages of 21,262.
void TestCliCfp::example4AsAWorkloadFileReproducesTheBlog()
{
    const auto r = run({u"cfp"_s, QStringLiteral(RD_SOURCE_DIR "/tests/data/cfp/workloads/workload-blog-example4.json"),
                        u"--format"_s, u"json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject full = parseObject(r.out).value(QStringLiteral("fullBackup")).toObject();
    QVERIFY2(within5Percent(full.value(QStringLiteral("memoryOptimizedPages")).toDouble(), 12143), r.out.constData());
    QVERIFY2(within5Percent(full.value(QStringLiteral("pages")).toDouble(), 21262), r.out.constData());
    const auto ctp2 = run({u"cfp"_s, QStringLiteral(RD_SOURCE_DIR "/tests/data/cfp/workloads/workload-ctp2-update-all.json")});
    QCOMPARE(ctp2.exitCode, 0);
}

void TestCliCfp::dmvExportIsEstimated()
{
    const auto r = run({u"cfp"_s, QStringLiteral(RD_SOURCE_DIR "/tests/data/cfp/dmv2016-ssms.csv"), u"--format"_s, u"json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("not known from checkpoint files alone"), r.err.constData());
    const QJsonObject report = parseObject(r.out);
    QCOMPARE(report.value(u"version"_s).toString(), u"2016"_s);
    const QJsonObject active = cfp(report, u"ACTIVE"_s);
    QCOMPARE(active.value(u"pairs"_s).toInt(), 2);
    QCOMPARE(active.value(u"dataBytes"_s).toDouble(), 2.0 * 16777216);
    QCOMPARE(active.value(u"dataUsedBytes"_s).toDouble(), 15728640.0 + 14680064);
    QCOMPARE(active.value(u"deltaUsedBytes"_s).toDouble(), 65536.0);
    QCOMPARE(cfp(report, u"WAITING FOR LOG TRUNCATION"_s).value(u"pairs"_s).toInt(), 1);
    const QJsonObject full = report.value(u"fullBackup"_s).toObject();
    QCOMPARE(full.value(u"memoryOptimizedPages"_s).toInt(), 1920 + 8 + 1792 + 0 + 2048 + 32);
    QCOMPARE(full.value(u"diskPages"_s).toInt(), 0);
    QCOMPARE(full.value(u"logPages"_s).toInt(), 0);
}

// The 2014 column set is estimated under 2014 RTM's rules unless --version says otherwise, and a
// 2014 inventory under the 2016+ rules is refused (its states do not exist there).
void TestCliCfp::dmv2014ExportIsEstimatedUnder2014Rules()
{
    const QString file = QStringLiteral(RD_SOURCE_DIR "/tests/data/cfp/dmv2014-ssms.csv");
    const auto r = run({u"cfp"_s, file, u"--format"_s, u"json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject report = parseObject(r.out);
    QCOMPARE(report.value(u"version"_s).toString(), u"2014"_s);
    QCOMPARE(cfp(report, u"MERGED SOURCE"_s).value(u"pairs"_s).toInt(), 1);
    const auto ctp2 = run({u"cfp"_s, file, u"--version"_s, u"2014-ctp2"_s, u"--format"_s, u"json"_s});
    QCOMPARE(ctp2.exitCode, 0);
    QCOMPARE(parseObject(ctp2.out).value(u"version"_s).toString(), u"2014-ctp2"_s);
    const auto refused = run({u"cfp"_s, file, u"--version"_s, u"2016"_s});
    QCOMPARE(refused.exitCode, 2);
}

// imoltp-with-cfp-snapshots.json holds two snapshots; the newest (03:15) is estimated: one pair
// WAITING FOR LOG TRUNCATION, 16,777,216 + 262,144 used bytes = 2,048 + 32 pages.
void TestCliCfp::theNewestSnapshotOfAPlanIsEstimated()
{
    const auto r = run({u"cfp"_s, QStringLiteral(RD_SOURCE_DIR "/tests/data/cfp/imoltp-with-cfp-snapshots.json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.startsWith("" RD_SOURCE_DIR "/tests/data/cfp/imoltp-with-cfp-snapshots.json, CFP snapshot of "
                              "2017-03-06T03:15:00, under the backup rules of SQL Server 2016\n"),
             r.out.constData());
    const auto json = run({u"cfp"_s, QStringLiteral(RD_SOURCE_DIR "/tests/data/cfp/imoltp-with-cfp-snapshots.json"),
                           u"--format"_s, u"json"_s});
    const QJsonObject report = parseObject(json.out);
    QCOMPARE(report.value(u"cfps"_s).toArray().size(), 1);
    QCOMPARE(cfp(report, u"WAITING FOR LOG TRUNCATION"_s).value(u"pairs"_s).toInt(), 1);
    QCOMPARE(report.value(u"fullBackup"_s).toObject().value(u"memoryOptimizedPages"_s).toInt(), 2048 + 32);
}

void TestCliCfp::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("file"); // written to FILE when the arguments name it
    QTest::addColumn<QString>("message");
    const QString file = QStringLiteral("FILE");
    QTest::newRow("no input") << QStringList{} << QByteArray() << "give either FILE or --example N";
    QTest::newRow("both inputs") << QStringList{file, u"--example"_s, u"2"_s} << Workload << "give either FILE or --example N";
    QTest::newRow("example 0") << QStringList{u"--example"_s, u"0"_s} << QByteArray() << "--example must be a number from 1 to 5";
    QTest::newRow("example word") << QStringList{u"--example"_s, u"two"_s} << QByteArray() << "--example must be a number from 1 to 5";
    QTest::newRow("unknown version") << QStringList{u"--example"_s, u"2"_s, u"--version"_s, u"2019"_s} << QByteArray()
                                     << "unknown version \"2019\": expected 2014-ctp2, 2014 or 2016";
    QTest::newRow("unknown format") << QStringList{u"--example"_s, u"2"_s, u"--format"_s, u"xml"_s} << QByteArray() << "unknown format";
    QTest::newRow("a JSON object of no kind") << QStringList{file} << QByteArray(R"({"database": {"name": "x"}})")
                                              << "not a CFP workload or a DMV export; read as a plan or project:";
    QTest::newRow("a plan without a CFP snapshot") << QStringList{file} << rd::test::readFile(rd::test::samplePath())
                                                   << "the project holds no CFP snapshot";
    QTest::newRow("a CSV") << QStringList{file} << QByteArray("file_type,state\n0,2\n")
                           << "not a file the cfp command reads";
    QByteArray badShare = Workload;
    badShare.replace(R"({"step": "checkpoint"})", R"({"step": "delete", "share": 2})");
    QTest::newRow("bad share") << QStringList{file} << badShare << "steps[1].share: 2 is out of range";
    QByteArray large = Workload;
    large.replace(R"("version": "2014",)", R"("version": "2014", "serverMemory": "large-checkpoint",)");
    QTest::newRow("large checkpoint in 2014") << QStringList{file} << large << "large checkpoint mode exists only in SQL Server 2016";
    QTest::newRow("missing file") << QStringList{u"/nonexistent/w.json"_s} << QByteArray() << "/nonexistent/w.json";
}

void TestCliCfp::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, file);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.json"));
    if (arguments.contains(QStringLiteral("FILE"))) {
        QVERIFY(writeFile(path, file));
        arguments.replace(arguments.indexOf(QStringLiteral("FILE")), path);
    }
    const auto r = run(QStringList{u"cfp"_s} + arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliCfp)
#include "tst_clicfp.moc"
