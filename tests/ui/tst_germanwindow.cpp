// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The designer window in German, loaded as startup loads it (the ui/language setting, the build's
// catalogue): the menu titles are the glossary's, and every menu action, dock title, toolbar
// tooltip and rule of Help ▸ Rules differs from the English window's, but for a few words both
// languages share. The English
// texts come from the same window built before the catalogue is installed, so the test needs no
// list of the window's strings and sees any action added later.
//
// Needs the translated German catalogue (translations/restore-designer_de.ts): while it holds no
// translation at all, the test is skipped and says so.

#include "model/domain/enums.h"
#include "model/rules/rulecatalog.h"
#include "ui/help/rulecatalogmodel.h"
#include "ui/help/ruleswindow.h"
#include "ui/languagechoice.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTranslator>

namespace {

/// One visible text of the window and where it is, in the window's own order.
struct Text
{
    QString where;
    QString text;
};

void collectMenu(const QMenu *menu, const QString &path, QList<Text> *out)
{
    for (const QAction *a : menu->actions()) {
        if (a->isSeparator())
            continue;
        const QString where = path + QStringLiteral(" ▸ ") + a->text();
        out->append({where, a->text()});
        if (a->menu())
            collectMenu(a->menu(), where, out);
    }
}

struct WindowTexts
{
    QList<Text> menuTitles;
    QList<Text> actions;
    QList<Text> docks;
    QList<Text> toolTips;
    QList<Text> ruleTitles;   ///< Help ▸ Rules: the list's title column
    QList<Text> ruleMessages; ///< Help ▸ Rules: the list's tooltips (the rule's message)
};

WindowTexts collect()
{
    rd::MainWindow window;
    WindowTexts t;
    for (const QAction *a : window.menuBar()->actions()) {
        if (!a->menu())
            continue;
        t.menuTitles.append({a->text(), a->text()});
        collectMenu(a->menu(), a->text(), &t.actions);
    }
    for (const QDockWidget *dock : window.findChildren<QDockWidget *>())
        t.docks.append({dock->objectName(), dock->windowTitle()});
    for (const QToolBar *bar : window.findChildren<QToolBar *>())
        for (const QAction *a : bar->actions())
            if (!a->isSeparator() && !a->toolTip().isEmpty())
                t.toolTips.append({bar->objectName() + u'/' + a->objectName(), a->toolTip()});
    const rd::RulesWindow rules;
    const QAbstractItemModel *list = rules.view()->model();
    for (int row = 0; row < list->rowCount(); ++row) {
        const QString id = list->index(row, rd::RuleCatalogModel::IdColumn).data().toString();
        const QModelIndex title = list->index(row, rd::RuleCatalogModel::TitleColumn);
        t.ruleTitles.append({id, title.data().toString()});
        t.ruleMessages.append({id, title.data(Qt::ToolTipRole).toString()});
    }
    return t;
}

/// The texts that are the same in English and German: abbreviations, words German uses as they
/// are (Plan, Simulation, Handout), and the backup types of Edit ▸ Add Backup, which are the plan
/// format's and T-SQL's words (FULL, LOG, …) everywhere.
bool sameInBothLanguages(const QString &text)
{
    const QStringList allowed = QStringList{QStringLiteral("T-SQL"), QStringLiteral("LSN"), QStringLiteral("CFP"),
                                            QStringLiteral("Plan"), QStringLiteral("Simulation"),
                                            QStringLiteral("Handout (PDF)…")}
                                + rd::backupTypeWords();
    QString plain = text;
    plain.remove(u'&');
    return allowed.contains(plain);
}

/// The entries of `german` equal to their English counterpart, as "where: text" lines.
QStringList untranslated(const QList<Text> &english, const QList<Text> &german)
{
    QStringList out;
    for (qsizetype i = 0; i < english.size() && i < german.size(); ++i)
        if (german[i].text == english[i].text && !english[i].text.isEmpty() && !sameInBothLanguages(english[i].text))
            out << english[i].where + QStringLiteral(": \"") + english[i].text + u'"';
    return out;
}

} // namespace

class TestGermanWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theMenuTitlesAreTheGlossarys();
    void everyMenuActionIsGerman();
    void everyDockTitleIsGerman();
    void everyToolBarTooltipIsGerman();
    void theRuleCatalogIsGerman();
    void screenshots();

private:
    QTemporaryDir m_dir;
    WindowTexts m_english;
    WindowTexts m_german;
};

void TestGermanWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // no recent files or other state of the user's
    QVERIFY(m_dir.isValid());
    m_english = collect();

    QTranslator probe;
    QVERIFY(probe.load(QStringLiteral(RD_QM_DIR "/restore-designer_de.qm")));
    QVERIFY2(!probe.isEmpty(), "translations/restore-designer_de.ts has no finished translation");

    QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("ui/language"), QStringLiteral("de"));
    const QStringList loaded = rd::LanguageChoice::apply(QCoreApplication::instance(), settings,
                                                         QStringLiteral(RD_QM_DIR));
    QVERIFY(loaded.contains(QStringLiteral(RD_QM_DIR "/restore-designer_de.qm")));
    m_german = collect();
    QCOMPARE(m_german.menuTitles.size(), m_english.menuTitles.size());
    QCOMPARE(m_german.actions.size(), m_english.actions.size());
    QCOMPARE(m_german.docks.size(), m_english.docks.size());
    QCOMPARE(m_german.toolTips.size(), m_english.toolTips.size());
    QCOMPARE(m_german.ruleTitles.size(), m_english.ruleTitles.size());
}

void TestGermanWindow::theMenuTitlesAreTheGlossarys()
{
    const QHash<QString, QString> glossary{{QStringLiteral("&File"), QStringLiteral("&Datei")},
                                           {QStringLiteral("&Edit"), QStringLiteral("&Bearbeiten")},
                                           {QStringLiteral("&View"), QStringLiteral("&Ansicht")},
                                           {QStringLiteral("&Help"), QStringLiteral("&Hilfe")}};
    int checked = 0;
    for (qsizetype i = 0; i < m_english.menuTitles.size(); ++i) {
        const QString english = m_english.menuTitles[i].text;
        const QString german = m_german.menuTitles[i].text;
        if (glossary.contains(english)) {
            QCOMPARE(german, glossary.value(english));
            ++checked;
        } else {
            QVERIFY2(german != english, qPrintable(english));
        }
    }
    QCOMPARE(checked, 4);
}

/// With RD_SCREENSHOT_DIR set: the designer on the sample and Help ▸ Rules in German, then in
/// French (docs/designer-de.png, help-rules-de.png, designer-fr.png, help-rules-fr.png; the French
/// catalogue, installed last, is searched first).
void TestGermanWindow::screenshots()
{
    const QString dir = qEnvironmentVariable("RD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("RD_SCREENSHOT_DIR is not set");
    const auto shoot = [&](const QString &name) {
        rd::MainWindow window;
        window.resize(1400, 860);
        window.openSample();
        window.show();
        QTest::qWait(100);
        QVERIFY(window.grab().save(QDir(dir).filePath(name)));
    };
    const auto shootRules = [&](const QString &name) {
        rd::RulesWindow rules;
        QVERIFY(rules.showRule(QStringLiteral("R-MOD-002")));
        QTest::qWait(100);
        QVERIFY(rules.grab().save(QDir(dir).filePath(name)));
    };
    shoot(QStringLiteral("designer-de.png"));
    shootRules(QStringLiteral("help-rules-de.png"));
    QSettings settings(m_dir.filePath(QStringLiteral("settings-fr.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));
    rd::LanguageChoice::apply(QCoreApplication::instance(), settings, QStringLiteral(RD_QM_DIR));
    shoot(QStringLiteral("designer-fr.png"));
    shootRules(QStringLiteral("help-rules-fr.png"));
}

void TestGermanWindow::everyMenuActionIsGerman()
{
    QVERIFY(m_english.actions.size() > 40); // the whole menu bar, submenus included
    const QStringList left = untranslated(m_english.actions, m_german.actions);
    QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("still English:\n") + left.join(u'\n')));
}

void TestGermanWindow::everyDockTitleIsGerman()
{
    QVERIFY(m_english.docks.size() >= 9);
    const QStringList left = untranslated(m_english.docks, m_german.docks);
    QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("still English:\n") + left.join(u'\n')));
}

void TestGermanWindow::everyToolBarTooltipIsGerman()
{
    QVERIFY(m_english.toolTips.size() >= 5);
    const QStringList left = untranslated(m_english.toolTips, m_german.toolTips);
    QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("still English:\n") + left.join(u'\n')));
}

/// Help ▸ Rules: every rule's title and message in the list, and its title, message and note in
/// the detail, are the German ones (RuleCatalog's texts; rule IDs and sources stay as they are).
void TestGermanWindow::theRuleCatalogIsGerman()
{
    QVERIFY(m_english.ruleTitles.size() > 100);
    QStringList left = untranslated(m_english.ruleTitles, m_german.ruleTitles)
                       + untranslated(m_english.ruleMessages, m_german.ruleMessages);
    for (const rd::RuleInfo &r : rd::RuleCatalog::all()) {
        const QString detail = rd::RulesWindow::detailHtml(r);
        for (const char *text : {r.title, r.message, r.note})
            if (*text && detail.contains(rd::RuleCatalog::english(text).toHtmlEscaped()))
                left << QString::fromUtf16(r.id) + QStringLiteral(" detail: \"") + rd::RuleCatalog::english(text) + u'"';
    }
    QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("still English:\n") + left.join(u'\n')));
}

QTEST_MAIN(TestGermanWindow)
#include "tst_germanwindow.moc"
