// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/rules/rulecatalog.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace rd;

namespace {

/// Rule IDs the model's sources emit as string literals (e.g. QStringLiteral("R-MOD-002") or "R-MOD-002").
QSet<QString> emittedRuleIds()
{
    static const QRegularExpression literal(QStringLiteral(R"re("(R-[A-Z]+-\d{3})")re"));
    QSet<QString> ids;
    QDirIterator it(QStringLiteral(RD_SOURCE_DIR "/model"), {QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        // The catalog's own code and tables (rulecatalog*.cpp) name every rule; the others emit them.
        if (QFileInfo(path).fileName().startsWith(QLatin1String("rulecatalog")))
            continue;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(f.readAll());
        for (auto m = literal.globalMatch(text); m.hasNext();)
            ids.insert(m.next().captured(1));
    }
    return ids;
}

} // namespace

/// The catalog is the contract of `restore-designer rules`: it must list exactly the rules of the
/// rules catalogue it was written from, with their titles (tests/data/rule-headings.md keeps its
/// headings; plus the designer's own R-PAGE-001/002, R-REF-001, R-NAME-001..003, R-END-001 and the
/// chain-health report's R-CHAIN-001..005), and its statuses must match
/// what the code emits.
class TestRuleCatalog : public QObject
{
    Q_OBJECT
private slots:
    void listsEveryRuleOfTheCatalogueInOrder();
    void checkedRulesAreEmittedAndOnlyThose();
    void everyRuleHasItsText();
    void findsById();
    void textsAreTranslatedInTheirOwnContext();
};

void TestRuleCatalog::listsEveryRuleOfTheCatalogueInOrder()
{
    QFile rules(QStringLiteral(RD_TEST_DATA_DIR "/rule-headings.md"));
    QVERIFY2(rules.open(QIODevice::ReadOnly), qPrintable(rules.fileName() + u' ' + rules.errorString()));
    // "### R-GEN-001: No RESTORE or BACKUP inside a transaction" → "R-GEN-001: No RESTORE …"
    static const QRegularExpression heading(QStringLiteral(R"re(^### (R-[A-Z]+-\d{3}: .+)$)re"),
                                            QRegularExpression::MultilineOption);
    QStringList expected;
    for (auto m = heading.globalMatch(QString::fromUtf8(rules.readAll())); m.hasNext();)
        expected << m.next().captured(1).trimmed();
    QVERIFY(expected.size() > 100);
    // The designer's own rules (docs/validation-choices.md), after the catalogue's.
    for (const char16_t *own : {u"R-PAGE-001", u"R-PAGE-002", u"R-REF-001", u"R-NAME-001", u"R-NAME-002", u"R-NAME-003",
                                   u"R-END-001", u"R-CHAIN-001", u"R-CHAIN-002", u"R-CHAIN-003", u"R-CHAIN-004",
                                   u"R-CHAIN-005"}) {
        const RuleInfo *r = RuleCatalog::find(own);
        QVERIFY2(r, qPrintable(QString::fromUtf16(own)));
        expected << QString::fromUtf16(own) + QStringLiteral(": ") + RuleCatalog::english(r->title);
    }
    QStringList actual;
    for (const RuleInfo &r : RuleCatalog::all())
        actual << QString::fromUtf16(r.id) + QStringLiteral(": ") + RuleCatalog::english(r.title);
    QCOMPARE(actual, expected);
}

void TestRuleCatalog::checkedRulesAreEmittedAndOnlyThose()
{
    const QSet<QString> emitted = emittedRuleIds();
    QVERIFY(emitted.contains(QStringLiteral("R-MOD-002"))); // the scan itself works
    for (const QString &id : emitted) {
        const RuleInfo *r = RuleCatalog::find(id);
        QVERIFY2(r, qPrintable(id + QStringLiteral(" is emitted but not in the catalog")));
        QVERIFY2(r->status == RuleStatus::Checked,
                 qPrintable(id + QStringLiteral(" is emitted but its catalog status is ") + toString(r->status)));
    }
    for (const RuleInfo &r : RuleCatalog::all())
        if (r.status == RuleStatus::Checked)
            QVERIFY2(emitted.contains(QString::fromUtf16(r.id)),
                     qPrintable(QString::fromUtf16(r.id) + QStringLiteral(" is marked checked but no model code emits it")));
}

void TestRuleCatalog::everyRuleHasItsText()
{
    for (const RuleInfo &r : RuleCatalog::all()) {
        const QString id = QString::fromUtf16(r.id);
        QVERIFY2(r.title && r.message && r.note, qPrintable(id + QStringLiteral(": \"\", never nullptr, for no text")));
        QVERIFY2(*r.title, qPrintable(id));
        QVERIFY2(!QStringView(r.source).isEmpty(), qPrintable(id));
        // A rule that is not checked must say how it is applied or why it cannot be.
        if (r.status != RuleStatus::Checked && r.status != RuleStatus::Pending)
            QVERIFY2(*r.note, qPrintable(id + QStringLiteral(" needs a note")));
    }
}

void TestRuleCatalog::findsById()
{
    QVERIFY(RuleCatalog::find(u"R-MOD-002"));
    QCOMPARE(RuleCatalog::english(RuleCatalog::find(u"R-MOD-002")->title),
             QStringLiteral("Memory-optimized filegroup and PRIMARY are restored together"));
    QVERIFY(!RuleCatalog::find(u"R-XYZ-999"));
}

namespace {

/// A catalogue that knows one text of one context, as lrelease would have compiled it.
class OneMessageTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char * = nullptr, int = -1) const override
    {
        if (QByteArrayView(context) == "RuleCatalog"
            && QByteArrayView(sourceText) == "Memory-optimized filegroup and PRIMARY are restored together")
            return QStringLiteral("Speicheroptimierte Dateigruppe und PRIMARY werden zusammen wiederhergestellt");
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

// Help ▸ Rules shows translated() texts, looked up under the catalog's own context; `rules` and
// docs/rules.md use english(), which no installed catalogue changes.
void TestRuleCatalog::textsAreTranslatedInTheirOwnContext()
{
    const RuleInfo *mod = RuleCatalog::find(u"R-MOD-002");
    QVERIFY(mod);
    OneMessageTranslator german;
    QVERIFY(QCoreApplication::installTranslator(&german));
    QCOMPARE(RuleCatalog::translated(mod->title),
             QStringLiteral("Speicheroptimierte Dateigruppe und PRIMARY werden zusammen wiederhergestellt"));
    QCOMPARE(RuleCatalog::english(mod->title), QStringLiteral("Memory-optimized filegroup and PRIMARY are restored together"));
    // A text the catalogue does not hold stays English; no text stays no text.
    QCOMPARE(RuleCatalog::translated(mod->message), RuleCatalog::english(mod->message));
    QVERIFY(!RuleCatalog::english(mod->message).isEmpty());
    QCOMPARE(RuleCatalog::translated(""), QString());
    // Non-ASCII text of the table reads as UTF-8 ("…", "→").
    QVERIFY(RuleCatalog::english(RuleCatalog::find(u"R-PIECE-001")->message).contains(QStringLiteral("RESTORE DATABASE … WITH PARTIAL")));
    QCoreApplication::removeTranslator(&german);
}

QTEST_GUILESS_MAIN(TestRuleCatalog)
#include "tst_rulecatalog.moc"
