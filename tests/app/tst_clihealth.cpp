// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// `restore-designer health FILE [--format text|json]` (docs/chain-health.md): the chain-health
// report of tests/data/health/sales-two-days.json, whose entries its README works out by hand, in
// both formats with their exit statuses; a healthy history exits 0, an unreadable file 2.

#include "tests/app/clirun.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString DataDir = QStringLiteral(RD_TEST_DATA_DIR "/health/");
using rd::test::runCli;

} // namespace

class TestCliHealth : public QObject
{
    Q_OBJECT

private slots:
    void textReport()
    {
        const auto r = runCli({u"health"_s, DataDir + u"sales-two-days.json"_s});
        QCOMPARE(r.exitCode, 1); // two errors
        QCOMPARE(r.err, QByteArray());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 7); // the summary, then one line per entry
        QCOMPARE(lines[0], "database \"sales\": 2 errors, 2 warnings, 2 info");
        // severity, rule, message, [backups], in the report's order (README.md).
        QVERIFY2(lines[1].startsWith("  error    R-LOG-005    Gap in the log chain: log backup log_0800 ends at LSN "
                                     "41000000004000001 (2024-03-04T08:01:00), but the next log backup, log_1600, starts "
                                     "at LSN 41000000005000001"),
                 lines[1].constData());
        QVERIFY2(lines[1].contains("copy_2100 (2024-03-04T21:20:00) is the first full or differential backup"),
                 lines[1].constData());
        QVERIFY2(lines[1].endsWith("[log_0800, log_1600]"), lines[1].constData());
        QVERIFY2(lines[2].startsWith("  error    R-CHAIN-001  Log backup log_nul (2024-03-04T18:30:00) was written to NUL"),
                 lines[2].constData());
        QVERIFY2(lines[3].startsWith("  warning  R-CHAIN-002  Log backup log_d2_0800"), lines[3].constData());
        QVERIFY2(lines[4].startsWith("  warning  R-DIFF-001   The differential backup diff_d2_1200"), lines[4].constData());
        QVERIFY2(lines[5].startsWith("  info     R-CHAIN-005  The longest time without a usable restore point is "
                                     "9 h 15 min, from 2024-03-04T12:05:00 (diff_1200) to 2024-03-04T21:20:00 (copy_2100)"),
                 lines[5].constData());
        QVERIFY2(lines[6].startsWith("  info     R-DIFF-002   The full backup copy_2100"), lines[6].constData());
        QVERIFY2(lines[6].endsWith("[copy_2100]"), lines[6].constData());
    }

    void jsonReport()
    {
        const auto r = runCli({u"health"_s, DataDir + u"sales-two-days.json"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject report = rd::test::parseJsonObject(r.out);
        QCOMPARE(report.value(u"database"_s).toString(), u"sales"_s);
        QCOMPARE(report.value(u"healthy"_s).toBool(true), false);
        const QJsonArray entries = report.value(u"entries"_s).toArray();
        QStringList kinds;
        for (const QJsonValue &e : entries)
            kinds << e.toObject().value(u"kind"_s).toString();
        QCOMPARE(kinds, (QStringList{u"logGap"_s, u"logToNul"_s, u"otherTool"_s, u"missingDifferentialBase"_s,
                                     u"longestWithoutRestorePoint"_s, u"copyOnly"_s}));
        const QJsonObject gap = entries[0].toObject();
        QCOMPARE(gap.value(u"severity"_s).toString(), u"error"_s);
        QCOMPARE(gap.value(u"rule"_s).toString(), u"R-LOG-005"_s);
        QCOMPARE(gap.value(u"backups"_s).toArray(), (QJsonArray{u"log_0800"_s, u"log_1600"_s}));
        QCOMPARE(gap.value(u"from"_s).toString(), u"2024-03-04T08:01:00"_s);
        QCOMPARE(gap.value(u"to"_s).toString(), u"2024-03-04T16:00:00"_s);
        QCOMPARE(gap.value(u"fromLsn"_s).toString(), u"41000000004000001"_s); // a string: LSNs pass 2^53
        QCOMPARE(gap.value(u"toLsn"_s).toString(), u"41000000005000001"_s);
        const QJsonObject copy = entries[5].toObject();
        QCOMPARE(copy.value(u"severity"_s).toString(), u"info"_s);
        QCOMPARE(copy.value(u"rule"_s).toString(), u"R-DIFF-002"_s);
        const QJsonObject longest = report.value(u"longestWithoutRestorePoint"_s).toObject();
        QCOMPARE(longest.value(u"from"_s).toString(), u"2024-03-04T12:05:00"_s);
        QCOMPARE(longest.value(u"to"_s).toString(), u"2024-03-04T21:20:00"_s);
        QCOMPARE(longest.value(u"seconds"_s).toInt(), 9 * 3600 + 15 * 60);
        QCOMPARE(longest.value(u"before"_s).toString(), u"diff_1200"_s);
        QCOMPARE(longest.value(u"after"_s).toString(), u"copy_2100"_s);
    }

    void aHealthyHistoryExitsZero()
    {
        const auto text = runCli({u"health"_s, DataDir + u"sales-healthy.json"_s});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out, QByteArray("database \"sales\": 0 errors, 0 warnings, 0 info\n"));
        const auto json = runCli({u"health"_s, DataDir + u"sales-healthy.json"_s, u"--format"_s, u"json"_s});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject report = rd::test::parseJsonObject(json.out);
        QCOMPARE(report.value(u"healthy"_s).toBool(), true);
        QCOMPARE(report.value(u"entries"_s).toArray().size(), 0);
        QVERIFY(report.value(u"longestWithoutRestorePoint"_s).isNull());
    }

    void unreadableInputExitsTwo()
    {
        QTemporaryDir dir;
        const QString broken = dir.filePath(u"broken.json"_s);
        QVERIFY(rd::test::writeFile(broken, "{ \"format\": \"restore-designer-plan\", "));
        const auto r = runCli({u"health"_s, broken});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QByteArray());
        QVERIFY2(r.err.contains("broken.json"), r.err.constData());
        QCOMPARE(runCli({u"health"_s, dir.filePath(u"missing.json"_s)}).exitCode, 2);
        QCOMPARE(runCli({u"health"_s, DataDir + u"sales-healthy.json"_s, u"--format"_s, u"xml"_s}).exitCode, 2);
        QCOMPARE(runCli({u"health"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliHealth)
#include "tst_clihealth.moc"
