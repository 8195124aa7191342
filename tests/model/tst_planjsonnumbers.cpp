// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/domain/plantime.h"
#include "model/io/planjsonreader.h"
#include "model/io/planjsonwriter.h"

#include <QTest>

using namespace rd;

namespace {

/// A minimal plan with `backup` (fields of backups[0]), `file` (of the PRIMARY file), `environment`
/// and `step` (of plans[0].steps[0]) spliced in, each a JSON fragment without braces.
QByteArray plan(const QByteArray &backup, const QByteArray &file = {}, const QByteArray &environment = {},
                const QByteArray &step = {})
{
    const QByteArray comma = ",";
    return R"({"format":"restore-designer-plan","version":1,
        "database":{"name":"d","edition":"ENTERPRISE","recoveryModel":"FULL",
                    "filegroups":[{"name":"PRIMARY","files":[{"name":"d_data")" + (file.isEmpty() ? "" : comma + file) + R"(}]}]},
        "environment":{)" + environment + R"(},
        "backups":[{"id":"full","type":"FULL")" + (backup.isEmpty() ? "" : comma + backup) + R"(}],
        "plans":[{"name":"p","steps":[{"statement":"RESTORE DATABASE","backup":"full")" + (step.isEmpty() ? "" : comma + step) + R"(}]}]})";
}

} // namespace

/// Every number the plan reader takes has the range of the type SQL Server gives it (issue 8,
/// item 2): a value outside it is refused with its JSON path and the range, never wrapped or
/// clamped. Ranges are Microsoft's (model/domain/sqlserverlimits.h cites each page).
class TestPlanJsonNumbers : public QObject
{
    Q_OBJECT
private slots:
    void refusesOutOfRange_data();
    void refusesOutOfRange();
    void acceptsTheLimits();
    void offsetsAsDatetimeoffset_data();
    void offsetsAsDatetimeoffset();
};

void TestPlanJsonNumbers::refusesOutOfRange_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected"); // every one must appear in the error

    const QString position = QStringLiteral("backups[0].position: ");
    const QString intMax = QStringLiteral("2147483647");
    // backupset.position is int: 2^31 used to be written FILE = -2147483648, 2^32 + 1 FILE = 1.
    QTest::newRow("position 2^31") << plan(R"("position":2147483648)") << QStringList{position, QStringLiteral("2147483648"), intMax};
    QTest::newRow("position 2^32+1") << plan(R"("position":4294967297)") << QStringList{position, QStringLiteral("4294967297"), intMax};
    QTest::newRow("position 0") << plan(R"("position":0)") << QStringList{position, QStringLiteral("from 1 to 2147483647")};
    QTest::newRow("position -1") << plan(R"("position":-1)") << QStringList{position};
    QTest::newRow("position 1.5") << plan(R"("position":1.5)") << QStringList{position, QStringLiteral("whole number"), QStringLiteral("1.5")};
    QTest::newRow("position as text") << plan(R"("position":"3")") << QStringList{position, QStringLiteral("a string")};
    QTest::newRow("position 1e300") << plan(R"("position":1e300)") << QStringList{position, QStringLiteral("2^53")};
    // media_family_count is tinyint, and a media set has 1 to 64 families: 2^32 used to become 0.
    const QString families = QStringLiteral("backups[0].mediaFamilyCount: ");
    QTest::newRow("families 2^32") << plan(R"("mediaFamilyCount":4294967296)") << QStringList{families, QStringLiteral("64")};
    QTest::newRow("families 65") << plan(R"("mediaFamilyCount":65)") << QStringList{families, QStringLiteral("from 0 to 64")};
    QByteArray devices;
    for (int i = 1; i <= 65; ++i)
        devices += (i > 1 ? "," : "") + QByteArray(R"("d:\\b)") + QByteArray::number(i) + R"(.bak")";
    QTest::newRow("65 devices") << plan(R"("media":[)" + devices + "]")
                                << QStringList{QStringLiteral("backups[0].media: 65 devices"), QStringLiteral("1 to 64")};
    // MAXTRANSFERSIZE: multiples of 65536 up to 4194304.
    const QString transfer = QStringLiteral("backups[0].maxTransferSize: ");
    QTest::newRow("transfer 2^53") << plan(R"("maxTransferSize":9007199254740992)") << QStringList{transfer, QStringLiteral("2^53")};
    QTest::newRow("transfer 2^53-1") << plan(R"("maxTransferSize":9007199254740991)") << QStringList{transfer, QStringLiteral("4194304")};
    QTest::newRow("transfer 4 MB + 64 KB") << plan(R"("maxTransferSize":4259840)") << QStringList{transfer, QStringLiteral("4259840")};
    QTest::newRow("transfer 32 KB") << plan(R"("maxTransferSize":32768)") << QStringList{transfer, QStringLiteral("65536")};
    QTest::newRow("transfer 1000000") << plan(R"("maxTransferSize":1000000)") << QStringList{transfer, QStringLiteral("multiple of 65536")};
    QTest::newRow("step transfer") << plan({}, {}, {}, R"("maxTransferSize":1048577)")
                                   << QStringList{QStringLiteral("plans[0].steps[0].maxTransferSize: "), QStringLiteral("multiple of 65536")};
    // bigint sizes: not negative, and exact in JSON only up to 2^53 - 1.
    const QString fileSize = QStringLiteral("database.filegroups[0].files[0].sizeBytes: ");
    QTest::newRow("file size 2^53+1") << plan({}, R"("sizeBytes":9007199254740993)") << QStringList{fileSize, QStringLiteral("2^53")};
    QTest::newRow("file size 2^63") << plan({}, R"("sizeBytes":9223372036854775808)") << QStringList{fileSize, QStringLiteral("2^53")};
    QTest::newRow("file size -1") << plan({}, R"("sizeBytes":-1)") << QStringList{fileSize, QStringLiteral("from 0")};
    QTest::newRow("file size 0.5") << plan({}, R"("sizeBytes":0.5)") << QStringList{fileSize, QStringLiteral("whole number")};
    QTest::newRow("backup size 1e19") << plan(R"("sizeBytes":1e19)") << QStringList{QStringLiteral("backups[0].sizeBytes: "), QStringLiteral("2^53")};
    QTest::newRow("memory -5") << plan({}, {}, R"("memoryAvailableBytes":-5)")
                               << QStringList{QStringLiteral("environment.memoryAvailableBytes: "), QStringLiteral("from 0")};
    QTest::newRow("load rate 2^60") << plan({}, {}, R"("memoryOptimizedLoadBytesPerSecond":1152921504606846976)")
                                    << QStringList{QStringLiteral("environment.memoryOptimizedLoadBytesPerSecond: "), QStringLiteral("2^53")};
    QTest::newRow("version 1e300") << QByteArray(R"({"format":"restore-designer-plan","version":1e300})")
                                   << QStringList{QStringLiteral("version: "), QStringLiteral("2^53")};
    QTest::newRow("version 1.5") << QByteArray(R"({"format":"restore-designer-plan","version":1.5})")
                                 << QStringList{QStringLiteral("version: "), QStringLiteral("whole number")};
    // backupset.software_major_version and _minor_version are tinyint, _build_version smallint.
    const QString software = QStringLiteral("backups[0].softwareVersion: ");
    QTest::newRow("build 99999") << plan(R"("softwareVersion":"16.0.99999")") << QStringList{software, QStringLiteral("smallint")};
    QTest::newRow("major 256") << plan(R"("softwareVersion":"256.0.1000")") << QStringList{software, QStringLiteral("tinyint")};
    QTest::newRow("major 2^32+16") << plan(R"("softwareVersion":"4294967312.0")") << QStringList{software, QStringLiteral("tinyint")};
    QTest::newRow("not a version") << plan(R"("softwareVersion":"16.0.x")") << QStringList{software, QStringLiteral("major.minor")};
    QTest::newRow("server version") << plan({}, {}, R"("serverVersion":"16..1")")
                                    << QStringList{QStringLiteral("environment.serverVersion: "), QStringLiteral("major.minor")};
    // datetime starts in 1753 (msdb's dates, STOPAT); an offset moving a time out of it counts too.
    QTest::newRow("year 1752") << plan(R"("start":"1752-12-31T23:59:59")")
                               << QStringList{QStringLiteral("backups[0].start: "), QStringLiteral("1753-01-01")};
    QTest::newRow("past 9999") << plan(R"("start":"9999-12-31T23:00:00-14:00")")
                               << QStringList{QStringLiteral("backups[0].start: "), QStringLiteral("9999-12-31")};
    QTest::newRow("offset +99:99") << plan(R"("start":"2017-03-06T04:00:00+99:99")")
                                   << QStringList{QStringLiteral("backups[0].start: "), QStringLiteral("+99:99"), QStringLiteral("-14:00")};
}

void TestPlanJsonNumbers::refusesOutOfRange()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    const LoadResult r = PlanJsonReader::read(json);
    QVERIFY2(!r.ok(), "accepted");
    for (const QString &e : std::as_const(expected))
        QVERIFY2(r.error.contains(e), qPrintable(QStringLiteral("\"%1\" lacks \"%2\"").arg(r.error, e)));
}

void TestPlanJsonNumbers::acceptsTheLimits()
{
    const LoadResult r = PlanJsonReader::read(plan(
        R"("position":2147483647,"mediaFamilyCount":64,"maxTransferSize":65536,"sizeBytes":9007199254740991,
           "start":"1753-01-01T00:00:00","finish":"9999-12-31T23:59:59.997")",
        R"("sizeBytes":0)", R"("memoryAvailableBytes":9007199254740991,"serverVersion":"255.255.32767.2147483647")",
        R"("maxTransferSize":4194304)"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Backup &b = r.project->backups[0];
    QCOMPARE(b.position, 2147483647);
    QCOMPARE(b.mediaFamilyCount, 64);
    QCOMPARE(b.maxTransferSize, 65536);
    QCOMPARE(b.sizeBytes, Q_INT64_C(9007199254740991));
    QCOMPARE(b.start, PlanTime::make(1753, 1, 1, 0, 0));
    QCOMPARE(b.finish, PlanTime::make(9999, 12, 31, 23, 59, 59, 997));
    QCOMPARE(r.project->environment.memoryAvailableBytes, Q_INT64_C(9007199254740991));
    QCOMPARE(r.project->environment.serverVersion, QStringLiteral("255.255.32767.2147483647"));
    QCOMPARE(r.project->plans[0].steps[0].maxTransferSize, 4194304);
    // What the reader accepts, the writer writes back so that it reads the same.
    const LoadResult again = PlanJsonReader::read(PlanJsonWriter::write(*r.project));
    QVERIFY2(again.ok(), qPrintable(again.error));
    QVERIFY(*again.project == *r.project);
}

void TestPlanJsonNumbers::offsetsAsDatetimeoffset_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid = refused
    const QDateTime refused;
    // datetimeoffset: hh -14 to +14, mm 00 to 59, the whole offset within -14:00 to +14:00.
    QTest::newRow("+14:00") << QStringLiteral("2017-03-06T20:00:00+14:00") << PlanTime::make(2017, 3, 6, 6, 0);
    QTest::newRow("-14:00") << QStringLiteral("2017-03-06T04:00:00-14:00") << PlanTime::make(2017, 3, 6, 18, 0);
    QTest::newRow("+05:45") << QStringLiteral("2017-03-06T10:45:00+05:45") << PlanTime::make(2017, 3, 6, 5, 0);
    QTest::newRow("-00:30") << QStringLiteral("2017-03-06T04:00:00-00:30") << PlanTime::make(2017, 3, 6, 4, 30);
    for (const char *offset : {"+14:01", "-15:00", "+05:60", "+99:99"})
        QTest::newRow(offset) << QStringLiteral("2017-03-06T04:00:00") + QLatin1String(offset) << refused;
}

void TestPlanJsonNumbers::offsetsAsDatetimeoffset()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    QString why;
    const std::optional<QDateTime> t = PlanTime::parse(text, &why);
    if (!expected.isValid()) {
        QVERIFY2(!t, qPrintable(PlanTime::toString(t.value_or(QDateTime()))));
        QVERIFY2(why.contains(QLatin1String("-14:00 to +14:00")), qPrintable(why));
        return;
    }
    QVERIFY2(t, qPrintable(why));
    QCOMPARE(*t, expected);
}

QTEST_GUILESS_MAIN(TestPlanJsonNumbers)
#include "tst_planjsonnumbers.moc"
