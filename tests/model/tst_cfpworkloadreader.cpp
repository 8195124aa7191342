// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Reading CFP workload files (model/cfp/cfpworkloadreader.h; docs/cfp.md, "Workload files"):
// every field, the defaults, and each refusal naming the JSON path of the value at fault.

#include "model/cfp/cfpworkloadreader.h"

#include <QTest>

using namespace rd;

class TestCfpWorkloadReader : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryField();
    void defaults();
    void recognisesOnlyWorkloads();
    void unknownFieldsWarn();
    void refusals_data();
    void refusals();
};

void TestCfpWorkloadReader::readsEveryField()
{
    const QByteArray json = R"({"kind": "cfp-workload", "name": "w", "version": "2014-ctp2",
        "serverMemory": "over-16gb", "logicalProcessors": 24, "diskPages": 304, "logPages": 23,
        "differentialDiskPages": 40, "steps": [
          {"step": "insert", "rows": 8000, "rowBytes": 8068},
          {"step": "delete", "share": 0.5},
          {"step": "update", "share": 0.25, "rowBytes": 100},
          {"step": "checkpoint"}, {"step": "merge", "mode": "manual"}, {"step": "merge"},
          {"step": "logBackup"}, {"step": "fullBackup"}]})";
    QString error;
    QStringList warnings;
    const auto w = CfpWorkloadReader::read(json, &error, &warnings);
    QVERIFY2(w, qPrintable(error));
    QVERIFY(warnings.isEmpty());
    QCOMPARE(w->name, QStringLiteral("w"));
    QCOMPARE(w->version, CfpVersion::SqlServer2014Ctp2);
    QCOMPARE(w->memory, CfpServerMemory::Over16GB);
    QCOMPARE(w->logicalProcessors, 24);
    QCOMPARE(w->diskPages, 304);
    QCOMPARE(w->logPages, 23);
    QCOMPARE(w->differentialDiskPages, std::optional<qint64>(40));
    QCOMPARE(w->steps.size(), 8);
    using K = CfpWorkloadStep::Kind;
    QCOMPARE(w->steps[0].kind, K::Insert);
    QCOMPARE(w->steps[0].rows, 8000);
    QCOMPARE(w->steps[0].rowBytes, 8068);
    QCOMPARE(w->steps[1].kind, K::Delete);
    QCOMPARE(w->steps[1].share, 0.5);
    QCOMPARE(w->steps[2].kind, K::Update);
    QCOMPARE(w->steps[2].rowBytes, 100);
    QCOMPARE(w->steps[3].kind, K::Checkpoint);
    QCOMPARE(w->steps[4].mergeMode, CfpMergeMode::Manual);
    QCOMPARE(w->steps[5].mergeMode, CfpMergeMode::Policy);
    QCOMPARE(w->steps[6].kind, K::LogBackup);
    QCOMPARE(w->steps[7].kind, K::FullBackup);
}

void TestCfpWorkloadReader::defaults()
{
    QString error;
    const auto w = CfpWorkloadReader::read(R"({"kind": "cfp-workload", "steps": []})", &error, nullptr);
    QVERIFY2(w, qPrintable(error));
    QCOMPARE(w->version, CfpVersion::SqlServer2016);
    QCOMPARE(w->memory, CfpServerMemory::UpTo16GB);
    QCOMPARE(w->logicalProcessors, 8);
    QCOMPARE(w->diskPages, 0);
    QCOMPARE(w->differentialDiskPages, std::nullopt);
}

void TestCfpWorkloadReader::recognisesOnlyWorkloads()
{
    QVERIFY(CfpWorkloadReader::isWorkload(R"({"kind": "cfp-workload"})"));
    QVERIFY(!CfpWorkloadReader::isWorkload(R"({"database": {}, "plans": []})"));
    QVERIFY(!CfpWorkloadReader::isWorkload(R"({"kind": "plan"})"));
    QVERIFY(!CfpWorkloadReader::isWorkload("file_type,state\n0,2\n"));
    QVERIFY(!CfpWorkloadReader::isWorkload(R"(["cfp-workload"])"));
}

void TestCfpWorkloadReader::unknownFieldsWarn()
{
    QString error;
    QStringList warnings;
    QVERIFY(CfpWorkloadReader::read(R"({"kind": "cfp-workload", "colour": 1,
        "steps": [{"step": "checkpoint", "rows": 3}]})", &error, &warnings));
    QCOMPARE(warnings, (QStringList{QStringLiteral("steps[0].rows: unknown field ignored"),
                                    QStringLiteral("colour: unknown field ignored")}));
}

void TestCfpWorkloadReader::refusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("{") << "not valid JSON at offset";
    QTest::newRow("no steps") << QByteArray(R"({"kind": "cfp-workload"})") << "steps: required field is missing";
    QTest::newRow("version") << QByteArray(R"({"kind": "cfp-workload", "version": "2019", "steps": []})") << "version: ";
    QTest::newRow("memory") << QByteArray(R"({"kind": "cfp-workload", "serverMemory": "lots", "steps": []})")
                            << "serverMemory: ";
    QTest::newRow("processors") << QByteArray(R"({"kind": "cfp-workload", "logicalProcessors": 0, "steps": []})")
                                << "logicalProcessors: 0 is out of range";
    QTest::newRow("negative pages") << QByteArray(R"({"kind": "cfp-workload", "logPages": -1, "steps": []})")
                                    << "logPages: -1 is out of range";
    QTest::newRow("unknown step") << QByteArray(R"({"kind": "cfp-workload", "steps": [{"step": "shrink"}]})")
                                  << "steps[0].step: ";
    QTest::newRow("insert without rowBytes") << QByteArray(R"({"kind": "cfp-workload", "steps": [{"step": "insert", "rows": 1}]})")
                                             << "steps[0]: an insert needs rows and rowBytes";
    QTest::newRow("fractional rows")
        << QByteArray(R"({"kind": "cfp-workload", "steps": [{"step": "insert", "rows": 1.5, "rowBytes": 10}]})")
        << "steps[0].rows: expected a whole number, found 1.5";
    QTest::newRow("share as text") << QByteArray(R"({"kind": "cfp-workload", "steps": [{"step": "delete", "share": "half"}]})")
                                   << "steps[0].share: expected a number from 0 to 1, found a string";
    QTest::newRow("negative share") << QByteArray(R"({"kind": "cfp-workload", "steps": [{"step": "delete", "share": -0.1}]})")
                                    << "steps[0].share: -0.1 is out of range";
    QTest::newRow("share over 1") << QByteArray(R"({"kind": "cfp-workload", "steps": [{"step": "update", "share": 1.5}]})")
                                  << "steps[0].share: 1.5 is out of range";
    QTest::newRow("merge mode") << QByteArray(R"({"kind": "cfp-workload", "steps": [{"step": "merge", "mode": "now"}]})")
                                << "steps[0].mode: ";
    QTest::newRow("step not an object") << QByteArray(R"({"kind": "cfp-workload", "steps": ["checkpoint"]})")
                                        << "steps[0]: expected an object, found a string";
}

void TestCfpWorkloadReader::refusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!CfpWorkloadReader::read(json, &error, nullptr));
    QVERIFY2(error.contains(message), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCfpWorkloadReader)
#include "tst_cfpworkloadreader.moc"
