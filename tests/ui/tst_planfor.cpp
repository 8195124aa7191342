// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Plan ▸ Plan for… (issue 11, item 3), offscreen: what the fields ask the planner for (targets,
// the LSN field's refusal, the filegroup order by buttons and keys), and what OK does to the
// document — one undoable plan when the planner builds one, the planner's refusal in the dialog and
// nothing added when it does not. With RD_SCREENSHOT_DIR set, writes the dialog
// (docs/designer-import-and-plan.md).
#include "model/commands/editcommand.h"
#include "model/document/projectdocument.h"
#include "model/domain/plantime.h"
#include "model/planner/restoreplanner.h"
#include "ui/history/historyactions.h"
#include "ui/history/planfordialog.h"
#include "ui/history/prioritylist.h"
#include "ui/mainwindow.h"
#include "ui/viewstate.h"
#include "handmadehistory.h"
#include "timelinegestures.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QToolBar>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace rd;

namespace {

bool plannerIsStub()
{
    ProjectDocument document;
    document.reset(test::handMadeHistory());
    return RestorePlanner::plan(document.analysis(), PlanRequest{}).error == RestorePlanner::tr("the restore planner is not implemented yet");
}

} // namespace

class TestPlanFor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::useTestSettings(); }
    void init();
    void cleanup();
    void theFieldsMakeTheRequest();
    void anLsnWithLettersIsRefused();
    void filegroupsReorderByButtonsAndKeys();
    void okAddsOneUndoablePlan();
    void aPiecemealPlanFollowsTheOrderAsked();
    void aRefusalKeepsTheDialogOpenAndAddsNothing();
    void theActionIsInTheMenuAndToolbar();

private:
    PlanForDialog *openDialog();

    MainWindow *m_window = nullptr;
    ProjectDocument *m_document = nullptr;
    HistoryActions *m_actions = nullptr;
};

void TestPlanFor::init()
{
    m_window = new MainWindow;
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_document = m_window->document();
    m_document->reset(test::handMadeHistory());
    m_actions = m_window->findChild<HistoryActions *>();
    QVERIFY(m_actions);
}

void TestPlanFor::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

PlanForDialog *TestPlanFor::openDialog()
{
    PlanForDialog *dialog = m_actions->planFor();
    return dialog && QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
}

void TestPlanFor::theFieldsMakeTheRequest()
{
    PlanForDialog *dialog = openDialog();
    QVERIFY(dialog);
    std::optional<PlanRequest> r = dialog->request();
    QVERIFY(r);
    QVERIFY(r->target.kind == RestoreTarget::Kind::EndOfLog);
    QVERIFY(r->onlineFirst.isEmpty()); // not piecemeal unless asked
    QVERIFY(r->name.isEmpty());

    // A point in time, to the second; the picker is bounded by the history (01:00 … 02:31).
    dialog->setTargetKind(PlanForDialog::TargetKind::PointInTime);
    QVERIFY(dialog->timeEdit()->isVisible());
    QCOMPARE(dialog->timeEdit()->maximumDateTime(), PlanTime::make(2026, 11, 30, 2, 31));
    dialog->timeEdit()->setDateTime(PlanTime::make(2026, 11, 30, 2, 22, 17));
    dialog->nameEdit()->setText(QStringLiteral("  Before the price update "));
    r = dialog->request();
    QVERIFY(r->target.kind == RestoreTarget::Kind::PointInTime);
    QCOMPARE(r->target.pointInTime, PlanTime::make(2026, 11, 30, 2, 22, 17));
    QCOMPARE(r->name, QStringLiteral("Before the price update"));

    // The timeline's marks.
    dialog->setTargetKind(PlanForDialog::TargetKind::Mark);
    QCOMPARE(dialog->markCombo()->count(), 1);
    QCOMPARE(dialog->markCombo()->currentText(), QStringLiteral("price_update"));
    r = dialog->request();
    QVERIFY(r->target.kind == RestoreTarget::Kind::Mark);
    QCOMPARE(r->target.mark, QStringLiteral("price_update"));

    // An LSN is the mark "lsn:<decimal>" (PlanRequest), leading zeros dropped.
    dialog->setTargetKind(PlanForDialog::TargetKind::Lsn);
    dialog->lsnEdit()->setText(QStringLiteral("0004500"));
    r = dialog->request();
    QVERIFY(r->target.kind == RestoreTarget::Kind::Mark);
    QCOMPARE(r->target.mark, QStringLiteral("lsn:4500"));

    // Piecemeal: the checked filegroups in the order shown (PRIMARY, always first, is not listed).
    dialog->piecemealBox()->setChecked(true);
    QCOMPARE(dialog->priorityList()->names(), (QStringList{QStringLiteral("sales"), QStringLiteral("archive")}));
    r = dialog->request();
    QCOMPARE(r->onlineFirst, (QStringList{QStringLiteral("sales"), QStringLiteral("archive")}));
    dialog->priorityList()->setChecked(QStringLiteral("archive"), false);
    r = dialog->request();
    QCOMPARE(r->onlineFirst, QStringList{QStringLiteral("sales")});
    test::screenshot(dialog, QStringLiteral("plan-for-dialog"));
    dialog->reject();
}

void TestPlanFor::anLsnWithLettersIsRefused()
{
    PlanForDialog *dialog = openDialog();
    QVERIFY(dialog);
    dialog->setTargetKind(PlanForDialog::TargetKind::Lsn);
    // The validator keeps letters from being typed …
    QTest::keyClicks(dialog->lsnEdit(), QStringLiteral("12x34"));
    QCOMPARE(dialog->lsnEdit()->text(), QStringLiteral("1234"));
    // … and a pasted one is refused on OK with the reason; nothing is planned.
    dialog->lsnEdit()->setText(QStringLiteral("12x34"));
    const int plans = int(m_document->project().plans.size());
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->error().startsWith(QStringLiteral("Target LSN: ")), qPrintable(dialog->error()));
    QCOMPARE(m_document->project().plans.size(), plans);
    dialog->reject();
}

void TestPlanFor::filegroupsReorderByButtonsAndKeys()
{
    PlanForDialog *dialog = openDialog();
    QVERIFY(dialog);
    PriorityList *list = dialog->priorityList();
    QVERIFY(!list->isEnabled()); // until "piecemeal restore" is checked
    dialog->piecemealBox()->setChecked(true);
    QVERIFY(list->isEnabled());
    QCOMPARE(list->names(), (QStringList{QStringLiteral("sales"), QStringLiteral("archive")}));
    list->list()->setCurrentRow(1);
    auto *up = list->findChild<QPushButton *>(QStringLiteral("priorityUpButton"));
    QVERIFY(up->isEnabled());
    up->click();
    QCOMPARE(list->names(), (QStringList{QStringLiteral("archive"), QStringLiteral("sales")}));
    QCOMPARE(list->list()->currentRow(), 0);
    QVERIFY(!up->isEnabled()); // at the top
    // The keyboard: Ctrl+Down moves the current filegroup later.
    list->list()->setFocus();
    QTest::keyClick(list->list(), Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(list->names(), (QStringList{QStringLiteral("sales"), QStringLiteral("archive")}));
    QCOMPARE(list->list()->currentRow(), 1);
    QCOMPARE(dialog->request()->onlineFirst, list->names());
    dialog->reject();
}

void TestPlanFor::okAddsOneUndoablePlan()
{
    if (plannerIsStub())
        QSKIP("the restore planner is a stub on this branch: aRefusalKeepsTheDialogOpenAndAddsNothing covers it");
    PlanForDialog *dialog = openDialog();
    QVERIFY(dialog);
    dialog->nameEdit()->setText(QStringLiteral("Latest"));
    const int before = m_document->undoStack()->count();
    QPointer<PlanForDialog> alive(dialog);
    dialog->accept();
    QVERIFY2(dialog->error().isEmpty(), qPrintable(dialog->error()));
    QTRY_VERIFY(!alive);

    // One plan, current. The database exists and its log is intact (the environment's defaults),
    // so the plan first takes a tail-log backup (BACKUP LOG … NORECOVERY), which joins the history;
    // then it restores the full, the differential on it, the logs after the differential, and the
    // tail last (the logs of 01:15 and 01:30 are covered by the differential).
    const Project &p = m_document->project();
    QCOMPARE(p.plans.size(), 1);
    QCOMPARE(p.plans[0].name, QStringLiteral("Latest"));
    QCOMPARE(p.backups.size(), 7);
    const Backup &tail = p.backups.last();
    QVERIFY(tail.tailLog);
    QStringList named;
    for (const PlanStep &s : p.plans[0].steps)
        named << s.backup;
    QCOMPARE(named, (QStringList{tail.id, QStringLiteral("full"), QStringLiteral("diff"), QStringLiteral("log3"),
                                 QStringLiteral("log4"), tail.id}));
    QCOMPARE(m_document->errorCount(0), 0); // the validator finds nothing wrong in it
    auto *viewState = m_window->findChild<ViewState *>();
    QCOMPARE(viewState->currentPlan(), 0);
    QCOMPARE(m_document->undoStack()->count(), before + 1); // one step: the tail and the plan

    m_document->undoStack()->undo();
    QVERIFY(m_document->project().plans.isEmpty());
    QCOMPARE(m_document->project().backups.size(), 6);
    m_document->undoStack()->redo();
    QCOMPARE(m_document->project().plans.size(), 1);
    QCOMPARE(m_document->project().backups.size(), 7);
}

void TestPlanFor::aPiecemealPlanFollowsTheOrderAsked()
{
    if (plannerIsStub())
        QSKIP("the restore planner is a stub on this branch");
    m_document->undoStack()->push(new EditCommand(m_document, -1, [] {
        RestoreEnvironment e;
        e.databaseExists = false; // restoring elsewhere: no tail to take
        return ProjectEdit::setEnvironment(e);
    }()));
    PlanForDialog *dialog = openDialog();
    QVERIFY(dialog);
    dialog->piecemealBox()->setChecked(true);
    // archive before sales: Move Up on archive.
    dialog->priorityList()->list()->setCurrentRow(1);
    dialog->priorityList()->moveCurrent(-1);
    dialog->accept();
    QVERIFY2(dialog->error().isEmpty(), qPrintable(dialog->error()));
    const Project &p = m_document->project();
    QCOMPARE(p.plans.size(), 1);
    // Each filegroup after PRIMARY is named by a step's scope in the order asked: archive's first.
    QStringList order;
    for (const PlanStep &s : p.plans[0].steps)
        for (const QString &fg : s.filegroups)
            if (fg != QLatin1String("PRIMARY") && !order.contains(fg))
                order << fg;
    QCOMPARE(order, (QStringList{QStringLiteral("archive"), QStringLiteral("sales")}));
    QCOMPARE(m_document->errorCount(0), 0);
}

void TestPlanFor::aRefusalKeepsTheDialogOpenAndAddsNothing()
{
    PlanForDialog *dialog = openDialog();
    QVERIFY(dialog);
    // A target the planner cannot reach with any planner: a mark no log holds … or, with the stub,
    // any target at all.
    dialog->setTargetKind(PlanForDialog::TargetKind::Lsn);
    dialog->lsnEdit()->setText(QStringLiteral("99999999"));
    const int undo = m_document->undoStack()->count();
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->error().startsWith(QStringLiteral("No plan: ")), qPrintable(dialog->error()));
    if (plannerIsStub())
        QCOMPARE(dialog->error(), QStringLiteral("No plan: the restore planner is not implemented yet"));
    QVERIFY(m_document->project().plans.isEmpty());
    QCOMPARE(m_document->undoStack()->count(), undo);
    dialog->reject();
}

void TestPlanFor::theActionIsInTheMenuAndToolbar()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("planForAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+P")));
    QVERIFY(m_window->findChild<QMenu *>(QStringLiteral("editMenu"))->actions().contains(action));
    QVERIFY(m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"))->actions().contains(action));
}

QTEST_MAIN(TestPlanFor)
#include "tst_planfor.moc"
