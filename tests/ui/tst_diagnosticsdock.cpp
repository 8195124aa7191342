// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Diagnostics dock with many findings: a filter field and sortable columns. Whatever the
// table shows, selecting a row locates and fixes that finding, not the one at the same row of the
// checks' own order.
#include "model/document/projectdocument.h"
#include "ui/diagnosticmodel.h"
#include "ui/diagnosticsdock.h"
#include "ui/mainwindow.h"
#include "ui/viewstate.h"

#include <QAction>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace rd;

namespace {

const QString Sample = QStringLiteral(RD_SOURCE_DIR "/resources/samples/imoltp-piecemeal.json");

/// The rule column of the table as shown, top to bottom.
QStringList shownRules(const QTableView *view)
{
    QStringList rules;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        rules << view->model()->index(row, DiagnosticModel::RuleColumn).data().toString();
    return rules;
}

} // namespace

class TestDiagnosticsDock : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void theFilterKeepsMatchingFindings();
    void aSortedRowFixesItsOwnFinding();
};

void TestDiagnosticsDock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

// The sample with step 1 restoring PRIMARY alone: R-MOD-002 on step 1 (the memory-optimized
// filegroup must come with PRIMARY) and R-GEN-005 on step 2 (nothing to roll forward after the
// refused step).
void TestDiagnosticsDock::theFilterKeepsMatchingFindings()
{
    MainWindow window;
    QVERIFY(window.openFile(Sample));
    window.findChild<QWidget *>(QStringLiteral("stepEditor"))
        ->findChild<QCheckBox *>(QStringLiteral("filegroupCheck_imoltp_mod"))->click();
    auto *dock = window.findChild<DiagnosticsDock *>();
    QVERIFY(dock);
    QTableView *view = dock->view();
    QCOMPARE(shownRules(view), (QStringList{QStringLiteral("R-MOD-002"), QStringLiteral("R-GEN-005")}));

    dock->filterEdit()->setText(QStringLiteral("gen-005")); // any case
    QCOMPARE(shownRules(view), QStringList{QStringLiteral("R-GEN-005")});
    auto *summary = dock->findChild<QLabel *>(QStringLiteral("diagnosticsSummary"));
    QVERIFY2(summary->text().contains(QLatin1String("(1 shown)")), qPrintable(summary->text()));
    dock->filterEdit()->setText(QStringLiteral("memory-optimized")); // words of the message
    QCOMPARE(shownRules(view), QStringList{QStringLiteral("R-MOD-002")});
    dock->filterEdit()->setText(QStringLiteral("imoltp_log")); // the backup column
    QCOMPARE(shownRules(view), QStringList{QStringLiteral("R-GEN-005")});
    dock->filterEdit()->setText(QStringLiteral("no such thing"));
    QCOMPARE(shownRules(view), QStringList());
    dock->filterEdit()->clear();
    QCOMPARE(shownRules(view).size(), 2);
    QVERIFY(!summary->text().contains(QLatin1String("shown")));
}

void TestDiagnosticsDock::aSortedRowFixesItsOwnFinding()
{
    MainWindow window;
    QVERIFY(window.openFile(Sample));
    window.findChild<QWidget *>(QStringLiteral("stepEditor"))
        ->findChild<QCheckBox *>(QStringLiteral("filegroupCheck_imoltp_mod"))->click();
    auto *dock = window.findChild<DiagnosticsDock *>();
    QTableView *view = dock->view();
    ViewState *viewState = window.findChild<ViewState *>();
    QVERIFY(viewState);

    // Sorted by rule, R-GEN-005 (step 2) comes first, where the checks' order has R-MOD-002 (step 1).
    view->sortByColumn(DiagnosticModel::RuleColumn, Qt::AscendingOrder);
    QCOMPARE(shownRules(view), (QStringList{QStringLiteral("R-GEN-005"), QStringLiteral("R-MOD-002")}));
    view->setCurrentIndex(view->model()->index(0, 0));
    QCOMPARE(viewState->currentStep(), 1); // R-GEN-005 is about step 2
    view->setCurrentIndex(view->model()->index(1, 0));
    QCOMPARE(viewState->currentStep(), 0);
    QAction *fix = dock->applyFixAction();
    QVERIFY(fix->isEnabled());
    fix->trigger(); // R-MOD-002's fix: restore imoltp_mod with PRIMARY
    QVERIFY(window.document()->project().plans[0].steps[0].filegroups.contains(QStringLiteral("imoltp_mod")));
    QVERIFY(window.document()->undoStack()->undoText().startsWith(QStringLiteral("Fix: Add imoltp_mod")));
    QVERIFY(!shownRules(view).contains(QStringLiteral("R-MOD-002")));
}

QTEST_MAIN(TestDiagnosticsDock)
#include "tst_diagnosticsdock.moc"
