// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Issue 8 item 6: names from a plan file reached the text outputs raw, so a plan name with a line
// break forged a report line and escape sequences reached the terminal. Every human-readable
// output shows control characters as escapes (docs/plan-format.md, "Text output"): \n \r \t, and
// \uXXXX for the other C0 controls, DEL, the C1 controls, U+2028, U+2029 and the bidi controls.

#include "tests/app/clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using rd::test::CliRun;

CliRun run(const QStringList &arguments, const QProcessEnvironment &env = rd::test::cliEnvironment())
{
    return rd::test::runCli(arguments, env);
}

// A name that, printed raw, ends its line and forges a report line, clears the screen (ESC [2J),
// sets the colour through the one-character C1 CSI (U+009B), breaks lines the Unicode way, and
// reorders what the terminal shows (RLO … PDF, an isolate, RLM: "Trojan Source").
const QString ForgingName = QStringLiteral("x\nplan \"forged\": 0 errors, 0 warnings\x1b[2J\u009b31m\u2028\u2029\x7f\t\r\x01"
                                           "\u202Esrorre 9\u202C\u2067y\u2069\u200F" "end");
// The same as the outputs must show it, written out by hand.
const QString ForgingNameShown = QStringLiteral(
    "x\\nplan \"forged\": 0 errors, 0 warnings\\u001b[2J\\u009b31m\\u2028\\u2029\\u007f\\t\\r\\u0001"
    "\\u202esrorre 9\\u202c\\u2067y\\u2069\\u200fend");
const QString BrokenName = QStringLiteral("broken\r\x1b[1A");
const QString BrokenNameShown = QStringLiteral("broken\\r\\u001b[1A");
const QString LogId = QStringLiteral("log\x1b]0;title\x07");
const QString LogIdShown = QStringLiteral("log\\u001b]0;title\\u0007");

/// The control characters in `utf8` other than the line feeds that end its lines.
QString rawControls(const QByteArray &utf8)
{
    QString found;
    for (const QChar c : QString::fromUtf8(utf8)) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n') || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029
            || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || u == 0x200f)
            found += QStringLiteral("U+%1 ").arg(int(u), 4, 16, QLatin1Char('0'));
    }
    return found;
}

/// The lines of `utf8` that start with `prefix`.
QStringList linesStartingWith(const QByteArray &utf8, const QString &prefix)
{
    QStringList lines;
    for (const QString &line : QString::fromUtf8(utf8).split(u'\n'))
        if (line.startsWith(prefix))
            lines << line;
    return lines;
}

} // namespace

class TestCliEscaping : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void checkText();
    void simulateText();
    void errorMessages();
    void unknownFieldWarning();
    void pathInMessage();
    void noDisplayReport();
    void scriptCommentStaysOneLine();

private:
    QTemporaryDir m_dir;
    QString m_plan; // the sample with ForgingName (valid), BrokenName (an error) and the log backup LogId
};

void TestCliEscaping::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QJsonObject project = QJsonDocument::fromJson(rd::test::readFile(rd::test::samplePath())).object();
    QJsonArray backups = project[QStringLiteral("backups")].toArray();
    for (qsizetype i = 0; i < backups.size(); ++i) {
        QJsonObject backup = backups[i].toObject();
        if (backup[QStringLiteral("id")] == QStringLiteral("imoltp_log")) {
            backup[QStringLiteral("id")] = LogId;
            backups[i] = backup;
        }
    }
    project[QStringLiteral("backups")] = backups;
    QJsonObject plan = project[QStringLiteral("plans")].toArray().at(0).toObject();
    QJsonArray steps = plan[QStringLiteral("steps")].toArray();
    QJsonObject logStep = steps[1].toObject();
    QCOMPARE(logStep[QStringLiteral("backup")].toString(), QStringLiteral("imoltp_log"));
    logStep[QStringLiteral("backup")] = LogId;
    steps[1] = logStep;
    plan[QStringLiteral("steps")] = steps;
    plan[QStringLiteral("name")] = ForgingName;
    // R-MOD-002: without imoltp_mod beside PRIMARY the first step is refused.
    QJsonObject broken = plan;
    QJsonObject first = steps[0].toObject();
    first[QStringLiteral("filegroups")] = QJsonArray{QStringLiteral("PRIMARY")};
    steps[0] = first;
    broken[QStringLiteral("steps")] = steps;
    broken[QStringLiteral("name")] = BrokenName;
    project[QStringLiteral("plans")] = QJsonArray{plan, broken};
    m_plan = m_dir.filePath(QStringLiteral("forging.json"));
    QVERIFY(rd::test::writeFile(m_plan, QJsonDocument(project).toJson()));
}

void TestCliEscaping::checkText()
{
    const CliRun r = run({QStringLiteral("check"), m_plan});
    QCOMPARE(r.exitCode, 1); // the broken plan
    QCOMPARE(rawControls(r.out), QString());
    QCOMPARE(rawControls(r.err), QString());
    // One report line per plan, each with its name shown whole.
    const QStringList planLines = linesStartingWith(r.out, QStringLiteral("plan \""));
    QCOMPARE(planLines.size(), 2);
    QVERIFY2(planLines[0].startsWith(QStringLiteral("plan \"%1\": 0 errors").arg(ForgingNameShown)), qPrintable(planLines[0]));
    QVERIFY2(planLines[1].startsWith(QStringLiteral("plan \"%1\": ").arg(BrokenNameShown)), qPrintable(planLines[1]));

    // The JSON output is exact: the names as they are.
    const CliRun json = run({QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"), m_plan});
    const QJsonArray plans = QJsonDocument::fromJson(json.out).object()[QStringLiteral("plans")].toArray();
    QCOMPARE(plans.at(0)[QStringLiteral("name")].toString(), ForgingName);
}

void TestCliEscaping::simulateText()
{
    const CliRun r = run({QStringLiteral("simulate"), m_plan});
    QCOMPARE(rawControls(r.out), QString());
    QCOMPARE(rawControls(r.err), QString());
    QCOMPARE(linesStartingWith(r.out, QStringLiteral("plan \"")),
             (QStringList{QStringLiteral("plan \"%1\"").arg(ForgingNameShown), QStringLiteral("plan \"%1\"").arg(BrokenNameShown)}));
    QVERIFY2(r.out.contains(QStringLiteral("  step 2  RESTORE LOG from %1\n").arg(LogIdShown).toUtf8()), r.out.constData());
}

// Messages on stderr stay one line each, whatever names they quote.
void TestCliEscaping::errorMessages()
{
    const QString unknown = QStringLiteral("no\nsuch\x1b[0m");
    const CliRun r = run({QStringLiteral("check"), QStringLiteral("--plan"), unknown, m_plan});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(rawControls(r.err), QString());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains("no plan named \"no\\nsuch\\u001b[0m\""), r.err.constData());
    QVERIFY2(r.err.contains(QStringLiteral("\"%1\", \"%2\"").arg(ForgingNameShown, BrokenNameShown).toUtf8()),
             r.err.constData());

    // export-sql warns about the plan's errors, naming the plan.
    const CliRun sql = run({QStringLiteral("export-sql"), QStringLiteral("--plan"), BrokenName, m_plan});
    QCOMPARE(sql.exitCode, 1);
    QCOMPARE(rawControls(sql.err), QString());
    QVERIFY2(sql.err.startsWith(QStringLiteral("restore-designer: plan \"%1\" has errors").arg(BrokenNameShown).toUtf8()),
             sql.err.constData());
    QCOMPARE(sql.err.count('\n'), 1);
}

void TestCliEscaping::unknownFieldWarning()
{
    QJsonObject project = QJsonDocument::fromJson(rd::test::readFile(rd::test::samplePath())).object();
    project.insert(QStringLiteral("note\n\x1b[31m"), 1);
    const QString path = m_dir.filePath(QStringLiteral("field.json"));
    QVERIFY(rd::test::writeFile(path, QJsonDocument(project).toJson()));
    const CliRun r = run({QStringLiteral("check"), path});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(rawControls(r.err), QString());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains("note\\n\\u001b[31m"), r.err.constData());
}

void TestCliEscaping::pathInMessage()
{
    const QString path = m_dir.filePath(QStringLiteral("a\nb\x1b[1m.json")); // missing
    for (const QString &command : {QStringLiteral("check"), QStringLiteral("convert")}) {
        QStringList arguments{command, path};
        if (command == QLatin1String("convert"))
            arguments << m_dir.filePath(QStringLiteral("out.json"));
        const CliRun r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(rawControls(r.err), QString());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.contains(QString(m_dir.path() + QStringLiteral("/a\\nb\\u001b[1m.json")).toUtf8()), r.err.constData());
    }
}

// Without a display, `restore-designer FILE` prints check's and simulate's text (escaped as they
// are), then the scripts.
void TestCliEscaping::noDisplayReport()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    const CliRun r = run({m_plan}, rd::test::noDisplayEnvironment());
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(rawControls(r.err), QString());
    const QByteArray reports = run({QStringLiteral("check"), m_plan}).out + '\n' + run({QStringLiteral("simulate"), m_plan}).out;
    QVERIFY2(r.out.startsWith(reports), r.out.constData());
    QCOMPARE(rawControls(r.out.left(reports.size())), QString());
#else
    QSKIP("a display is always available on this platform");
#endif
}

// The script is not a report (model/tsql quotes it), but a name in a `--` comment must not end the
// comment: a line break in it would turn the rest of the name into T-SQL.
void TestCliEscaping::scriptCommentStaysOneLine()
{
    const CliRun r = run({QStringLiteral("export-sql"), m_plan});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = linesStartingWith(r.out, QStringLiteral("-- Restore plan \"x"));
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines[0].contains(QLatin1String("x\\nplan \"forged\": 0 errors, 0 warnings\\u001b[2J")), qPrintable(lines[0]));
    QVERIFY(!r.out.contains('\x1b'));
    QVERIFY(!r.out.contains('\r'));
}

QTEST_GUILESS_MAIN(TestCliEscaping)
#include "tst_cliescaping.moc"
