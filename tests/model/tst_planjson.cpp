// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/io/planjsonreader.h"
#include "model/io/planjsonwriter.h"
#include "model/domain/plantime.h"
#include "sampleloader.h"

#include <QJsonDocument>

using namespace rd;

class TestPlanJson : public QObject
{
    Q_OBJECT
private slots:
    void readsTheSample();
    void roundTripIsLossless();
    void roundTripKeepsEveryField();
    void errorsNameTheJsonPath_data();
    void errorsNameTheJsonPath();
    void unknownFieldsAreWarnings();
    void timesWithOffsetAreConverted();
};

void TestPlanJson::readsTheSample()
{
    const Project p = test::sample();
    QCOMPARE(p.database.name, QStringLiteral("imoltp"));
    QCOMPARE(p.database.filegroups.size(), 3);
    QCOMPARE(p.database.memoryOptimizedFilegroup()->files.size(), 2); // two containers
    QCOMPARE(p.database.filegroup(QStringLiteral("primary"))->files.size(), 2); // case-insensitive
    QCOMPARE(p.backups.size(), 4);
    QCOMPARE(p.backup(QStringLiteral("imoltp_log"))->lastLsn.toString(), QStringLiteral("35000000026400001"));
    QCOMPARE(p.plans[0].steps.size(), 3);
    QVERIFY(p.plans[0].steps[0].partial);
    QVERIFY(p.plans[0].steps[0].recovery == RecoveryOption::NoRecovery);
}

void TestPlanJson::roundTripIsLossless()
{
    const Project p = test::sample();
    const LoadResult again = PlanJsonReader::read(PlanJsonWriter::write(p));
    QVERIFY2(again.ok(), qPrintable(again.error));
    QVERIFY(again.warnings.isEmpty());
    QVERIFY(*again.project == p);
}

void TestPlanJson::roundTripKeepsEveryField()
{
    Project p = test::sample();
    Backup &b = p.backups[3];
    b.tailLog = b.copyOnly = b.hasBulkLoggedData = b.damaged = true;
    b.readOnlyFilegroups = QStringList{};          // present but empty differs from absent
    b.differentialBaseLsn = Lsn::fromString(u"12345678901234567890123"); // 23 digits
    b.recoveryForkId = QStringLiteral("{6D4B2F1A-0000-0000-0000-000000000001}");
    b.position = 3;
    b.media << QStringLiteral("c:\\data\\stripe2.trn");
    b.start = PlanTime::make(2017, 3, 6, 4, 0, 0, 250);
    PlanStep &s = p.plans[0].steps[1];
    s.stopAtMark = QStringLiteral("before_upgrade");
    s.markAfter = PlanTime::make(2017, 3, 6, 3, 0);
    s.continueAfterError = true;
    s.move = {FileMove{QStringLiteral("imoltp_log"), QStringLiteral("d:\\log\\imoltp_log.ldf")}};
    s.pages = {QStringLiteral("1:57")};
    p.plans[0].target.kind = RestoreTarget::Kind::Mark;
    p.plans[0].target.mark = QStringLiteral("before_upgrade");
    p.plans[0].target.beforeMark = true;
    TimelineEvent model;
    model.kind = EventKind::SetRecoveryModel;
    model.recoveryModel = RecoveryModel::BulkLogged;
    model.at = PlanTime::make(2017, 3, 6, 0, 10);
    model.lsn = Lsn::fromString(u"1");
    p.events << model;
    // Extensions (plan-format: new optional fields and enum words).
    b.lastRecoveryForkId = QStringLiteral("{6D4B2F1A-0000-0000-0000-000000000002}");
    b.forkPointLsn = Lsn::fromString(u"35000000025000001");
    b.backupSetGuid = QStringLiteral("{0A}");
    b.differentialBaseGuid = QStringLiteral("{0B}");
    b.recoveryModel = RecoveryModel::BulkLogged;
    b.softwareVersion = QStringLiteral("15.0.2000");
    b.hasIncompleteMetadata = b.failed = b.encrypted = b.snapshot = true;
    b.mediaFamilyCount = 4;
    b.maxTransferSize = 4194304;
    s.keepReplication = s.keepCdc = s.restrictedUser = true;
    s.maxTransferSize = 1048576;
    p.database.readOnly = true;
    p.database.filegroups[1].abandon = true;
    p.environment.serverVersion = QStringLiteral("16.0.1000");
    p.environment.databaseExists = false;
    p.environment.availabilityGroup = p.environment.mirrored = p.environment.certificatesAvailable = true;
    p.environment.lightweightPooling = true;
    p.environment.memoryAvailableBytes = 1 << 30;
    p.environment.filestreamOnNtfs = false;
    TimelineEvent add;
    add.kind = EventKind::AddFile;
    add.file = QStringLiteral("imoltp_primary3");
    add.filegroup = QStringLiteral("PRIMARY");
    add.at = PlanTime::make(2017, 3, 6, 0, 20);
    TimelineEvent open;
    open.kind = EventKind::OpenTransaction;
    open.filegroups = {QStringLiteral("imoltp_secondary")};
    open.at = PlanTime::make(2017, 3, 6, 4, 50);
    open.until = PlanTime::make(2017, 3, 6, 4, 55);
    TimelineEvent lostDisk; // a FAILURE of single files
    lostDisk.kind = EventKind::Failure;
    lostDisk.files = {QStringLiteral("imoltp_primary2")};
    lostDisk.at = PlanTime::make(2017, 3, 6, 4, 58);
    p.events << add << open << lostDisk;
    PlanStep remove;
    remove.statement = StepStatement::RemoveFilegroup;
    remove.filegroups = {QStringLiteral("imoltp_secondary")};
    p.plans[0].steps << remove;
    const LoadResult again = PlanJsonReader::read(PlanJsonWriter::write(p));
    QVERIFY2(again.ok(), qPrintable(again.error));
    QVERIFY(again.warnings.isEmpty());
    QVERIFY(*again.project == p);
    // LSNs are written as strings, never as JSON numbers.
    QVERIFY(PlanJsonWriter::write(p).contains("\"differentialBaseLsn\": \"12345678901234567890123\""));
}

void TestPlanJson::errorsNameTheJsonPath_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QByteArray head = R"({"format":"restore-designer-plan","version":1,"database":{"name":"d","filegroups":[{"name":"PRIMARY"}]},)";
    QTest::newRow("LSN as number") << head + R"("backups":[{"id":"a","type":"FULL"},{"id":"b","type":"LOG","lastLsn":34000000016800001}]})"
                                   << QStringLiteral("backups[1].lastLsn: an LSN must be a string");
    QTest::newRow("LSN with letters") << head + R"("backups":[{"id":"a","type":"LOG","firstLsn":"34x"}]})"
                                      << QStringLiteral("backups[0].firstLsn");
    QTest::newRow("bad enum") << head + R"("backups":[{"id":"a","type":"INCREMENTAL"}]})"
                              << QStringLiteral("backups[0].type: \"INCREMENTAL\" is not one of FULL");
    QTest::newRow("bad time") << head + R"("backups":[{"id":"a","type":"FULL","start":"yesterday"}]})"
                              << QStringLiteral("backups[0].start");
    QTest::newRow("duplicate id") << head + R"("backups":[{"id":"a","type":"FULL"},{"id":"a","type":"LOG"}]})"
                                  << QStringLiteral("backups[1].id");
    QTest::newRow("step statement") << head + R"("plans":[{"name":"p","steps":[{"statement":"DROP DATABASE"}]}]})"
                                    << QStringLiteral("plans[0].steps[0].statement");
    QTest::newRow("no PRIMARY") << QByteArray(R"({"format":"restore-designer-plan","version":1,"database":{"name":"d","filegroups":[{"name":"A"}]}})")
                                << QStringLiteral("database.filegroups: the PRIMARY filegroup is required");
    QTest::newRow("newer version") << QByteArray(R"({"format":"restore-designer-plan","version":2})")
                                   << QStringLiteral("version: this plan uses format version 2");
    QTest::newRow("not a plan") << QByteArray(R"({"format":"something-else","version":1})") << QStringLiteral("format:");
    QTest::newRow("not JSON") << QByteArray("{\n  \"format\": ,\n}") << QStringLiteral("line 2");
    QTest::newRow("array at top") << QByteArray("[]") << QStringLiteral("expected an object");
    QTest::newRow("negative size") << QByteArray(R"({"format":"restore-designer-plan","version":1,"database":{"name":"d","filegroups":[{"name":"PRIMARY","files":[{"name":"f","sizeBytes":-5}]}]}})")
                                   << QStringLiteral("database.filegroups[0].files[0].sizeBytes");
}

void TestPlanJson::errorsNameTheJsonPath()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const LoadResult r = PlanJsonReader::read(json);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(expected), qPrintable(r.error));
}

void TestPlanJson::unknownFieldsAreWarnings()
{
    const LoadResult r = PlanJsonReader::read(R"({"format":"restore-designer-plan","version":1,"colour":"red",
        "database":{"name":"d","edition":"STANDARD","recoveryModel":"FULL","filegroups":[{"name":"PRIMARY","shape":1}]}})");
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.warnings.size(), 2);
    QVERIFY(r.warnings.join(u' ').contains(QStringLiteral("colour")));
    QVERIFY(r.warnings.join(u' ').contains(QStringLiteral("database.filegroups[0].shape")));
}

void TestPlanJson::timesWithOffsetAreConverted()
{
    QCOMPARE(*PlanTime::parse(QStringLiteral("2017-03-06T04:00:00+02:00")), PlanTime::make(2017, 3, 6, 2, 0));
    QCOMPARE(*PlanTime::parse(QStringLiteral("2017-03-06T04:00:00Z")), PlanTime::make(2017, 3, 6, 4, 0));
    QCOMPARE(*PlanTime::parse(QStringLiteral("2017-03-06T04:00:00.5")), PlanTime::make(2017, 3, 6, 4, 0, 0, 500));
    QVERIFY(!PlanTime::parse(QStringLiteral("2017-02-30T04:00:00")));
    QCOMPARE(PlanTime::toString(PlanTime::make(2017, 3, 6, 4, 0, 0, 7)), QStringLiteral("2017-03-06T04:00:00.007"));
}

QTEST_GUILESS_MAIN(TestPlanJson)
#include "tst_planjson.moc"
