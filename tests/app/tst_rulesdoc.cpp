// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tests/app/clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

/// `restore-designer rules` is the catalog's public face; docs/rules.md must be its current output.
class TestRulesDoc : public QObject
{
    Q_OBJECT
private slots:
    void docsMatchTheCommand();
    void jsonListsEveryRuleWithItsFields();
    void rejectsAnUnknownFormat();
};

namespace {
QByteArray run(const QStringList &args, int *exitCode = nullptr)
{
    const rd::test::CliRun r = rd::test::runCli(args);
    if (exitCode)
        *exitCode = r.exitCode;
    return r.out;
}
} // namespace

void TestRulesDoc::docsMatchTheCommand()
{
    QFile doc(QStringLiteral(RD_SOURCE_DIR "/docs/rules.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QByteArray expected = doc.readAll();
    const QByteArray actual = run({QStringLiteral("rules"), QStringLiteral("--format"), QStringLiteral("markdown")});
    QVERIFY2(actual == expected, "docs/rules.md is stale: cmake --build build --target update_rules_doc");
}

void TestRulesDoc::jsonListsEveryRuleWithItsFields()
{
    int exitCode = -1;
    const QJsonDocument doc = QJsonDocument::fromJson(run({QStringLiteral("rules"), QStringLiteral("--format"),
                                                           QStringLiteral("json")}, &exitCode));
    QCOMPARE(exitCode, 0);
    const QJsonArray rules = doc.object().value(QStringLiteral("rules")).toArray();
    QVERIFY(rules.size() > 100);
    bool sawModRule = false;
    for (const QJsonValue &v : rules) {
        const QJsonObject r = v.toObject();
        for (const char *key : {"rule", "status", "severity", "message", "source"})
            QVERIFY2(r.contains(QLatin1String(key)), key);
        if (r.value(QStringLiteral("rule")).toString() == QLatin1String("R-MOD-002")) {
            sawModRule = true;
            QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("checked"));
            QCOMPARE(r.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
            QVERIFY(r.value(QStringLiteral("source")).toString().contains(QLatin1String("memory-optimized-tables")));
        }
    }
    QVERIFY(sawModRule);
}

void TestRulesDoc::rejectsAnUnknownFormat()
{
    int exitCode = -1;
    run({QStringLiteral("rules"), QStringLiteral("--format"), QStringLiteral("yaml")}, &exitCode);
    QCOMPARE(exitCode, 2);
}

QTEST_GUILESS_MAIN(TestRulesDoc)
#include "tst_rulesdoc.moc"
