// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Help ▸ Rules in the window: the Diagnostics dock's "?" (Explain Rule) and F1 on a finding open
// the catalog on that finding's rule, even past a search that hid it; Ctrl+F goes to the search
// and Esc closes the window. The findings are the hand-worked ones of tst_diagnosticsdock: the
// sample with step 1 restoring PRIMARY alone gives R-MOD-002 on step 1 and R-GEN-005 on step 2.
#include "model/rules/rulecatalog.h"
#include "ui/diagnosticmodel.h"
#include "ui/diagnosticsdock.h"
#include "ui/help/helpactions.h"
#include "ui/help/ruleswindow.h"
#include "ui/help/rulesearchmodel.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace rd;

namespace {

/// The Diagnostics table's row showing a finding of `rule`, or -1.
int rowOf(QTableView *view, const QString &rule)
{
    for (int row = 0; row < view->model()->rowCount(); ++row)
        if (view->model()->index(row, DiagnosticModel::RuleColumn).data() == rule)
            return row;
    return -1;
}

} // namespace

class TestHelpRules : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theQuestionMarkOpensTheFindingsRule();
    void f1OnAFindingOpensItsRule();
    void f1ElsewhereOpensTheCatalog();
    void ctrlFSearchesAndEscCloses();
    void anUnknownRuleIsSaidSo();
    void everyRuleAFindingCarriesCanBeShown();

private:
    DiagnosticsDock *dock() const { return m_window->findChild<DiagnosticsDock *>(); }
    RulesWindow *rulesWindow() const { return m_window->helpActions()->rulesWindow(); }
    void select(const QString &rule);

    MainWindow *m_window = nullptr;
};

void TestHelpRules::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("restore-designer-tests"));
    QSettings().clear();
}

void TestHelpRules::init()
{
    m_window = new MainWindow;
    m_window->openSample();
    m_window->findChild<QWidget *>(QStringLiteral("stepEditor"))
        ->findChild<QCheckBox *>(QStringLiteral("filegroupCheck_imoltp_mod"))->click();
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestHelpRules::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestHelpRules::select(const QString &rule)
{
    QTableView *view = dock()->view();
    const int row = rowOf(view, rule);
    QVERIFY2(row >= 0, qPrintable(rule));
    view->setCurrentIndex(view->model()->index(row, 0));
}

void TestHelpRules::theQuestionMarkOpensTheFindingsRule()
{
    QAction *explain = dock()->explainRuleAction();
    QVERIFY(!explain->isEnabled()); // nothing selected yet
    select(QStringLiteral("R-GEN-005"));
    QVERIFY(explain->isEnabled());
    QCOMPARE(explain->text(), QStringLiteral("Explain Rule R-GEN-005"));
    auto *button = dock()->findChild<QToolButton *>(QStringLiteral("explainRuleButton"));
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    RulesWindow *rules = rulesWindow();
    QTRY_VERIFY(rules->isVisible());
    QCOMPARE(rules->currentRule(), QStringLiteral("R-GEN-005"));
    // The detail is the catalog's text of that rule, with its title and source.
    QVERIFY(rules->detail()->toPlainText().contains(QStringLiteral("Nothing can be rolled forward after recovery")));
    QVERIFY(rules->detail()->toPlainText().contains(QStringLiteral("apply-transaction-log-backups-sql-server.md")));

    // A search that hides the next finding's rule is cleared to show it.
    rules->searchEdit()->setText(QStringLiteral("mirroring"));
    QCOMPARE(rules->currentRule(), QStringLiteral("R-GEN-010"));
    select(QStringLiteral("R-MOD-002"));
    explain->trigger();
    QCOMPARE(rules->currentRule(), QStringLiteral("R-MOD-002"));
    QVERIFY(rules->searchEdit()->text().isEmpty());
    QVERIFY(rules->detail()->toPlainText().contains(RuleCatalog::english(RuleCatalog::find(u"R-MOD-002")->title)));
}

void TestHelpRules::f1OnAFindingOpensItsRule()
{
    select(QStringLiteral("R-MOD-002"));
    dock()->view()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), dock()->view());
    QTest::keyClick(dock()->view(), Qt::Key_F1);
    QTRY_VERIFY(rulesWindow()->isVisible());
    QCOMPARE(rulesWindow()->currentRule(), QStringLiteral("R-MOD-002"));
}

void TestHelpRules::f1ElsewhereOpensTheCatalog()
{
    select(QStringLiteral("R-MOD-002")); // selected, but the focus is elsewhere: F1 is the catalog itself
    QWidget *plan = m_window->findChild<QWidget *>(QStringLiteral("planStepsView"));
    plan->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), plan);
    QTest::keyClick(plan, Qt::Key_F1);
    QTRY_VERIFY(rulesWindow()->isVisible());
    QCOMPARE(rulesWindow()->currentRule(), QStringLiteral("R-GEN-001")); // the first rule, as opened fresh
}

void TestHelpRules::ctrlFSearchesAndEscCloses()
{
    RulesWindow *rules = rulesWindow();
    rules->showRule(QStringLiteral("R-TAIL-002"));
    QVERIFY(QTest::qWaitForWindowActive(rules));
    QTRY_COMPARE(QApplication::focusWidget(), rules->view());
    QTest::keyClick(rules->view(), Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), rules->searchEdit());
    QTest::keyClicks(rules->searchEdit(), QStringLiteral("thumbprint"));
    QCOMPARE(rules->searchModel()->rowCount(), 1);
    QCOMPARE(rules->currentRule(), QStringLiteral("R-GEN-007"));

    const QString dir = qEnvironmentVariable("RD_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        rules->searchEdit()->setText(QStringLiteral("tail norecovery"));
        rules->showRule(QStringLiteral("R-TAIL-002"));
        rules->searchEdit()->setText(QStringLiteral("tail norecovery"));
        QTest::qWait(50);
        QVERIFY(rules->grab().save(QDir(dir).filePath(QStringLiteral("help-rules.png"))));
    }

    QTest::keyClick(rules->searchEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!rules->isVisible());
}

void TestHelpRules::anUnknownRuleIsSaidSo()
{
    RulesWindow *rules = rulesWindow();
    QVERIFY(rules->showRule(QStringLiteral("R-MOD-002")));
    QVERIFY(!m_window->helpActions()->explainRule(QStringLiteral("R-XYZ-999")));
    QCOMPARE(rules->currentRule(), QStringLiteral("R-MOD-002")); // left as it was
    QVERIFY(rules->findChild<QLabel *>(QStringLiteral("rulesCount"))->text().contains(QStringLiteral("R-XYZ-999")));
}

// tst_rulecatalog checks that every rule ID the model's code emits is in the catalog; here, that
// each one the catalog has is also shown by the window, the way a finding's "?" asks for it.
void TestHelpRules::everyRuleAFindingCarriesCanBeShown()
{
    RulesWindow *rules = rulesWindow();
    for (const RuleInfo &r : RuleCatalog::all()) {
        if (r.status != RuleStatus::Checked)
            continue;
        const QString id = QString::fromUtf16(r.id);
        QVERIFY2(rules->showRule(id), qPrintable(id));
        QCOMPARE(rules->currentRule(), id);
        QVERIFY(rules->detail()->toPlainText().contains(id));
    }
}

QTEST_MAIN(TestHelpRules)
#include "tst_helprules.moc"
