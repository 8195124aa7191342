// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The plan reader parses a large history one backup at a time (JsonArraySplit): the split must
// find exactly the elements QJsonDocument would, refuse what it cannot follow, and the reader must
// give the same project and the same errors as a whole parse (issue 8, memory at scale).
#include "model/io/jsonarraysplit.h"
#include "model/io/planjsonreader.h"
#include "model/io/planjsonwriter.h"
#include "sampleloader.h"

#include <QTest>

using namespace rd;

class TestJsonArraySplit : public QObject
{
    Q_OBJECT
private slots:
    void findsElements();
    void findsElements_data();
    void refusesWhatItCannotFollow();
    void refusesWhatItCannotFollow_data();
    void largeHistoryReadsBackWhole();
    void errorInALargeHistoryNamesItsPath();
    void syntaxErrorInALargeHistoryNamesLineAndColumn();
};

namespace {

QStringList elementTexts(const QByteArray &json, const JsonArraySplit &split)
{
    QStringList out;
    for (const auto &[first, last] : split.elements)
        out << QString::fromUtf8(json.mid(first, last - first));
    return out;
}

QStringList texts(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *t : list)
        out << QString::fromUtf8(t);
    return out;
}

/// The sample with `extra` more log backups after its own, each following on.
Project largeHistory(int extra)
{
    Project p = test::sample();
    for (int k = 0; k < extra; ++k) {
        const QByteArray id = "log_" + QByteArray::number(k);
        const QByteArray first = QByteArray::number(35000000026400001LL + 1000LL * k);
        const QByteArray last = QByteArray::number(35000000026400001LL + 1000LL * (k + 1));
        p.backups << test::logBackup(id.constData(), first.constData(), last.constData(), 4, 1 + k % 50);
    }
    return p;
}

} // namespace

void TestJsonArraySplit::findsElements_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("elements");
    QTest::newRow("empty") << QByteArray(R"({"backups": []})") << QStringList();
    QTest::newRow("objects") << QByteArray(R"({"a": 1, "backups": [{"id": "x"}, {"id": "y"}], "b": [2]})")
                             << texts({R"({"id": "x"})", R"({"id": "y"})"});
    // Brackets, braces, commas and escaped quotes inside strings do not end an element.
    QTest::newRow("strings") << QByteArray(R"({"backups": [{"id": "a],}[{\"b"}, {"m": ["c:\\d\\"]}]})")
                             << texts({R"({"id": "a],}[{\"b"})", R"({"m": ["c:\\d\\"]})"});
    QTest::newRow("nested") << QByteArray("{\"x\": {\"backups\": [9]},\n \"backups\":\n[ {\"n\": [[1], {\"k\": {}}]} ,\t{} ]}")
                            << texts({R"({"n": [[1], {"k": {}}]})", "{}"});
    QTest::newRow("scalars") << QByteArray(R"({"backups": [1, "two", null, true]})")
                             << texts({"1", R"("two")", "null", "true"});
}

void TestJsonArraySplit::findsElements()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, elements);
    const std::optional<JsonArraySplit> split = JsonArraySplit::find(json, "backups");
    QVERIFY(split);
    QCOMPARE(elementTexts(json, *split), elements);
    QCOMPARE(json.at(split->begin), '[');
    QCOMPARE(json.at(split->end - 1), ']');
}

void TestJsonArraySplit::refusesWhatItCannotFollow_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("no such member") << QByteArray(R"({"plans": []})");
    QTest::newRow("not an array") << QByteArray(R"({"backups": {}})");
    QTest::newRow("twice") << QByteArray(R"({"backups": [], "backups": [1]})");
    QTest::newRow("escaped key") << QByteArray(R"({"back\u0075ps": [1], "backups": []})");
    QTest::newRow("truncated") << QByteArray(R"({"backups": [{"id": "x"}, {"id": )");
    QTest::newRow("unterminated string") << QByteArray(R"({"backups": [{"id": "x}]})");
    QTest::newRow("top-level array") << QByteArray(R"([{"backups": []}])");
    QTest::newRow("trailing text") << QByteArray(R"({"backups": []} x)");
    QTest::newRow("missing colon") << QByteArray(R"({"backups" []})");
}

void TestJsonArraySplit::refusesWhatItCannotFollow()
{
    QFETCH(QByteArray, json);
    QVERIFY(!JsonArraySplit::find(json, "backups"));
}

void TestJsonArraySplit::largeHistoryReadsBackWhole()
{
    // Above the reader's threshold (2,000 backups) the backups are parsed one at a time.
    const Project p = largeHistory(3000);
    const LoadResult r = PlanJsonReader::read(PlanJsonWriter::write(p));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.project->backups.size(), p.backups.size());
    QVERIFY(r.project->backups == p.backups);
    QCOMPARE(r.project->plans, p.plans);
    QCOMPARE(r.project->database, p.database);
}

void TestJsonArraySplit::errorInALargeHistoryNamesItsPath()
{
    QByteArray json = PlanJsonWriter::write(largeHistory(3000));
    QVERIFY(json.contains("\"id\": \"log_2500\""));
    const qsizetype at = json.indexOf("\"lastLsn\"", json.indexOf("\"id\": \"log_2500\""));
    json.replace(at, json.indexOf(',', at) - at, "\"lastLsn\": \"12x\"");
    const LoadResult r = PlanJsonReader::read(json);
    QVERIFY(!r.ok());
    // The sample has 4 backups before log_2500's 2,500 predecessors among the new ones.
    QVERIFY2(r.error.contains(QLatin1String("backups[2504].lastLsn")), qPrintable(r.error));
}

void TestJsonArraySplit::syntaxErrorInALargeHistoryNamesLineAndColumn()
{
    QByteArray json = PlanJsonWriter::write(largeHistory(3000));
    const qsizetype at = json.indexOf("\"id\": \"log_2000\"");
    json.replace(at + 4, 1, " "); // "id"  "log_2000": the colon gone
    const int line = 1 + int(json.left(at).count('\n'));
    const LoadResult r = PlanJsonReader::read(json);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.startsWith(QStringLiteral("not valid JSON at line %1, column").arg(line)), qPrintable(r.error));
}

QTEST_GUILESS_MAIN(TestJsonArraySplit)
#include "tst_jsonarraysplit.moc"
