// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The designer's view saved in a project file (issue 9, item 7): what SavedViewState writes into
// Project::viewState, and what it reads back against the project, skipping malformed values and
// dropping references the project no longer has.
#include "../model/sampleloader.h"
#include "model/domain/plantime.h"
#include "ui/savedviewstate.h"

#include <QJsonDocument>
#include <QTest>

using namespace rd;

class TestSavedViewState : public QObject
{
    Q_OBJECT
private slots:
    void writesTheDocumentedKeys();
    void roundTrip();
    void emptyIsNothingSaved();
    void malformedValuesAreSkippedWithAProblem_data();
    void malformedValuesAreSkippedWithAProblem();
    void aPlanThatNoLongerExistsIsForgotten();
    void aStepPastThePlansEndIsForgotten();
    void aBackupOrFilegroupThatIsGoneIsForgotten();
};

namespace {
QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}
} // namespace

void TestSavedViewState::writesTheDocumentedKeys()
{
    SavedViewState s;
    s.plan = 0;
    s.step = 2;
    s.backup = QStringLiteral("imoltp_log");
    s.pixelsPerSecond = 0.06;
    s.left = PlanTime::make(2017, 3, 6, 1, 0);
    // The example of the header's documentation, plus the backup.
    QCOMPARE(s.toJson(), parse(R"({"plan": 0, "step": 2, "backup": "imoltp_log",
                                   "timeline": {"pixelsPerSecond": 0.06, "left": "2017-03-06T01:00:00"}})"));
}

void TestSavedViewState::roundTrip()
{
    const Project sample = test::sample(); // one plan of 3 steps; filegroup imoltp_mod; backup imoltp_secondary
    SavedViewState s;
    s.plan = 0;
    s.step = 1;
    s.backup = QStringLiteral("imoltp_secondary");
    s.filegroup = QStringLiteral("imoltp_mod");
    s.pixelsPerSecond = 0.25;
    s.left = PlanTime::make(2017, 3, 6, 1, 30, 15, 250);
    QStringList problems;
    QCOMPARE(SavedViewState::fromJson(s.toJson(), sample, &problems), s);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestSavedViewState::emptyIsNothingSaved()
{
    QStringList problems;
    const SavedViewState s = SavedViewState::fromJson({}, test::sample(), &problems);
    QCOMPARE(s.plan, -1);
    QVERIFY(!s.hasTimeline());
    QVERIFY(s.backup.isEmpty() && s.filegroup.isEmpty());
    QVERIFY(problems.isEmpty());
    QVERIFY(SavedViewState().toJson().isEmpty());
}

void TestSavedViewState::malformedValuesAreSkippedWithAProblem_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("plan is text") << QByteArray(R"({"plan": "first", "step": 0})");
    QTest::newRow("plan is a fraction") << QByteArray(R"({"plan": 0.5})");
    QTest::newRow("plan is negative") << QByteArray(R"({"plan": -3})");
    QTest::newRow("step is text") << QByteArray(R"({"plan": 0, "step": "two"})");
    QTest::newRow("backup is a number") << QByteArray(R"({"backup": 7})");
    QTest::newRow("filegroup is an array") << QByteArray(R"({"filegroup": ["PRIMARY"]})");
    QTest::newRow("timeline is a number") << QByteArray(R"({"timeline": 3})");
    QTest::newRow("zoom is zero") << QByteArray(R"({"timeline": {"pixelsPerSecond": 0, "left": "2017-03-06T01:00:00"}})");
    QTest::newRow("zoom is text") << QByteArray(R"({"timeline": {"pixelsPerSecond": "fast", "left": "2017-03-06T01:00:00"}})");
    QTest::newRow("left is no time") << QByteArray(R"({"timeline": {"pixelsPerSecond": 0.1, "left": "yesterday"}})");
    QTest::newRow("left is missing") << QByteArray(R"({"timeline": {"pixelsPerSecond": 0.1}})");
}

void TestSavedViewState::malformedValuesAreSkippedWithAProblem()
{
    QFETCH(QByteArray, json);
    QStringList problems;
    const SavedViewState s = SavedViewState::fromJson(parse(json.constData()), test::sample(), &problems);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(s, SavedViewState()); // nothing of a malformed value is used
}

void TestSavedViewState::aPlanThatNoLongerExistsIsForgotten()
{
    // Saved on plan 2 of a project that has since lost it (the sample has only plan 0).
    QStringList problems;
    const SavedViewState s = SavedViewState::fromJson(
        parse(R"({"plan": 2, "step": 1, "filegroup": "PRIMARY"})"), test::sample(), &problems);
    QCOMPARE(s.plan, -1);
    QCOMPARE(s.step, -1);
    QCOMPARE(s.filegroup, QStringLiteral("PRIMARY")); // the rest still applies
    QVERIFY(problems.isEmpty()); // not malformed: the project changed
}

void TestSavedViewState::aStepPastThePlansEndIsForgotten()
{
    const SavedViewState s = SavedViewState::fromJson(parse(R"({"plan": 0, "step": 3})"), test::sample());
    QCOMPARE(s.plan, 0);
    QCOMPARE(s.step, -1); // the sample's plan has steps 0, 1 and 2
}

void TestSavedViewState::aBackupOrFilegroupThatIsGoneIsForgotten()
{
    QStringList problems;
    const SavedViewState s = SavedViewState::fromJson(parse(R"({"backup": "nightly_full", "filegroup": "archive"})"),
                                                      test::sample(), &problems);
    QVERIFY(s.backup.isEmpty());
    QVERIFY(s.filegroup.isEmpty());
    QVERIFY(problems.isEmpty());
}

QTEST_GUILESS_MAIN(TestSavedViewState)
#include "tst_savedviewstate.moc"
