// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Help ▸ Rules without its window: the catalog as an item model and its search. The expectations
// come from docs/rules.md, the generated document the window stands in for (tst_rulesdoc keeps it
// current), searched by hand with grep for each word below.
#include "ui/help/rulecatalogmodel.h"
#include "ui/help/rulesearchmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace rd;

namespace {

/// The IDs the search keeps, in the catalog's order.
QStringList found(const RuleSearchModel &search)
{
    QStringList ids;
    for (int row = 0; row < search.rowCount(); ++row)
        ids << search.index(row, RuleCatalogModel::IdColumn).data().toString();
    return ids;
}

} // namespace

class TestRuleCatalogModel : public QObject
{
    Q_OBJECT
private slots:
    void holdsEveryRuleOfTheRulesDocument();
    void aSearchFindsARuleByAWordOfItsText();
    void aSearchFindsARuleByItsId();
    void everyWordMustMatch();
    void rowOfAnUnknownIdIsMinusOne();
};

void TestRuleCatalogModel::holdsEveryRuleOfTheRulesDocument()
{
    RuleCatalogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QFile doc(QStringLiteral(RD_SOURCE_DIR "/docs/rules.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QRegularExpression cellBorder(QStringLiteral(R"((?<!\\)\|)"));
    int rules = 0;
    for (const QByteArray &line : doc.readAll().split('\n')) {
        if (!line.startsWith("| R-"))
            continue;
        // | rule | status | severity | confidence | title | message | source | note |
        const QStringList cells = QString::fromUtf8(line).split(cellBorder);
        const QString id = cells[1].trimmed();
        const int row = model.rowOf(id);
        QVERIFY2(row == rules, qPrintable(id)); // in the document's order
        QCOMPARE(model.index(row, RuleCatalogModel::IdColumn).data().toString(), id);
        QCOMPARE(model.index(row, RuleCatalogModel::SeverityColumn).data().toString(), cells[3].trimmed());
        QCOMPARE(model.index(row, RuleCatalogModel::TitleColumn).data().toString(),
                 cells[5].trimmed().replace(QStringLiteral("\\|"), QStringLiteral("|")));
        ++rules;
    }
    QVERIFY(rules > 100);
    QCOMPARE(model.rowCount(), rules);
}

void TestRuleCatalogModel::aSearchFindsARuleByAWordOfItsText()
{
    RuleCatalogModel model;
    RuleSearchModel search;
    search.setSourceModel(&model);
    QCOMPARE(search.rowCount(), model.rowCount()); // nothing typed: every rule
    search.setSearchText(QStringLiteral("mirroring")); // R-GEN-010's message
    QCOMPARE(found(search), QStringList{QStringLiteral("R-GEN-010")});
    search.setSearchText(QStringLiteral("THUMBPRINT")); // R-GEN-007's message, any case
    QCOMPARE(found(search), QStringList{QStringLiteral("R-GEN-007")});
    search.setSearchText(QStringLiteral("continue_after_error")); // messages and notes
    QCOMPARE(found(search), (QStringList{QStringLiteral("R-GEN-008"), QStringLiteral("R-TAIL-004"),
                                         QStringLiteral("R-LOG-005"), QStringLiteral("R-CHAIN-004")}));
    search.setSearchText(QStringLiteral("no-such-word-anywhere"));
    QCOMPARE(search.rowCount(), 0);
    search.setSearchText(QString());
    QCOMPARE(search.rowCount(), model.rowCount());
}

void TestRuleCatalogModel::aSearchFindsARuleByItsId()
{
    RuleCatalogModel model;
    RuleSearchModel search;
    search.setSourceModel(&model);
    search.setSearchText(QStringLiteral("mod-002"));
    QCOMPARE(found(search), QStringList{QStringLiteral("R-MOD-002")});
    search.setSearchText(QStringLiteral("R-GEN-00")); // R-GEN-001..009, not R-GEN-010
    QCOMPARE(found(search).size(), 9);
    QVERIFY(!found(search).contains(QStringLiteral("R-GEN-010")));
}

// "tail norecovery": the rules whose line in docs/rules.md holds both words.
void TestRuleCatalogModel::everyWordMustMatch()
{
    RuleCatalogModel model;
    RuleSearchModel search;
    search.setSourceModel(&model);
    search.setSearchText(QStringLiteral("  tail   NORECOVERY "));
    QCOMPARE(found(search), (QStringList{QStringLiteral("R-GEN-009"), QStringLiteral("R-TAIL-001"), QStringLiteral("R-TAIL-002"),
                                         QStringLiteral("R-TAIL-004"), QStringLiteral("R-FILE-002"), QStringLiteral("R-ONL-001")}));
}

void TestRuleCatalogModel::rowOfAnUnknownIdIsMinusOne()
{
    RuleCatalogModel model;
    QCOMPARE(model.rowOf(u"R-XYZ-999"), -1);
    QCOMPARE(model.rowOf(u"R-MOD-00"), -1); // exact IDs only
    QVERIFY(model.rowOf(u"R-MOD-002") >= 0);
}

QTEST_MAIN(TestRuleCatalogModel)
#include "tst_rulecatalogmodel.moc"
