// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The designer window on the Microsoft piecemeal-restore sample: live diagnostics through the
// UI's own edit path, undo from the Edit menu, and a drag as one undo step. With
// RD_SCREENSHOT_DIR set, also writes the screenshots of docs/ (designer.png, designer-r-mod-002.png).

#include "model/commands/editcommand.h"
#include "model/domain/plantime.h"
#include "model/document/projectdocument.h"
#include "ui/timeline/backupitem.h"
#include "ui/designerstyle.h"
#include "ui/diagnosticmodel.h"
#include "ui/help/helpactions.h"
#include "ui/help/ruleswindow.h"
#include "ui/layoutscene.h"
#include "ui/mainwindow.h"
#include "ui/timeline/timelinescene.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <QWindow>

namespace {

const QString Sample = QStringLiteral(RD_SOURCE_DIR "/resources/samples/imoltp-piecemeal.json");

QAbstractItemModel *diagnosticsModel(rd::MainWindow &window)
{
    auto *view = window.findChild<QTableView *>(QStringLiteral("diagnosticsView"));
    return view ? view->model() : nullptr;
}

/// The rules of the rows with this severity ("error", "warning").
QStringList rules(QAbstractItemModel *model, const QString &severity = {})
{
    QStringList found;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString s = model->index(row, rd::DiagnosticModel::SeverityColumn).data().toString();
        if (severity.isEmpty() || s == severity)
            found << model->index(row, rd::DiagnosticModel::RuleColumn).data().toString();
    }
    return found;
}

/// The timeline's lanes, top to bottom, by filegroup ("" = the log lane).
QStringList laneNames(const rd::TimelineScene *scene)
{
    QStringList names;
    for (const rd::TimelineScene::Lane &lane : scene->lanes())
        names << lane.filegroup;
    return names;
}

QAction *editMenuAction(rd::MainWindow &window, const QString &name)
{
    auto *edit = window.menuBar()->findChild<QMenu *>(QStringLiteral("editMenu"));
    if (!edit)
        return nullptr;
    for (QAction *a : edit->actions())
        if (a->objectName() == name)
            return a;
    return nullptr;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void opensTheSampleWithoutErrors();
    void removingTheMemoryOptimizedFilegroupIsReportedAndUndone();
    void theFixIsOfferedAsOneUndoableAction();
    void aBackupDragIsOneUndoStep();
    void aMouseDragOnTheTimelineMovesTheBackup();
    void theStepEditorNamesItsEdits();
    void thePagesOfAStepAreEditable();
    void everyKindOfEditRepaintsTheViews();
    void theWindowIconIsTheProgramsIcon();
    void screenshots();
};

void TestMainWindow::initTestCase()
{
    // Never read or overwrite the user's window layout.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("restore-designer-tests"));
    QSettings().clear();
}

void TestMainWindow::opensTheSampleWithoutErrors()
{
    rd::MainWindow window;
    QVERIFY(window.openFile(Sample));
    QAbstractItemModel *model = diagnosticsModel(window);
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(rules(model, QStringLiteral("error")), QStringList());
    QCOMPARE(window.document()->project().plans.size(), 1);
    QVERIFY(window.windowTitle().contains(QLatin1String("imoltp-piecemeal.json")));
    QVERIFY(!window.isWindowModified());
    QVERIFY(window.findChild<QTableView *>(QStringLiteral("planStepsView")));
    QCOMPARE(window.findChild<QTableView *>(QStringLiteral("planStepsView"))->model()->rowCount(), 3);

    // The timeline shows the four backups, with their LSNs in the tooltips.
    auto *scene = qobject_cast<rd::TimelineScene *>(
        window.findChild<QGraphicsView *>(QStringLiteral("timelineView"))->scene());
    for (const rd::Backup &b : window.document()->project().backups)
        QVERIFY2(scene->itemForBackup(b.id), qPrintable(b.id));
    const QString tip = scene->toolTipFor(scene->itemForBackup(QStringLiteral("imoltp_log")));
    QVERIFY(tip.contains(QLatin1String("35000000015200001")));
    QVERIFY(tip.contains(QLatin1String("Restored by step 2")));
}

void TestMainWindow::removingTheMemoryOptimizedFilegroupIsReportedAndUndone()
{
    rd::MainWindow window;
    QVERIFY(window.openFile(Sample));
    QAbstractItemModel *model = diagnosticsModel(window);
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester stepsTester(window.findChild<QTableView *>(QStringLiteral("planStepsView"))->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester simulationTester(window.findChild<QTableView *>(QStringLiteral("simulationView"))->model(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!rules(model).contains(QStringLiteral("R-MOD-002")));

    // The step editor shows step 1 (index 0) after opening; untick imoltp_mod as a user would.
    auto *editor = window.findChild<QWidget *>(QStringLiteral("stepEditor"));
    QVERIFY(editor);
    auto *mod = editor->findChild<QCheckBox *>(QStringLiteral("filegroupCheck_imoltp_mod"));
    QVERIFY(mod);
    QVERIFY(mod->isChecked());
    mod->click();

    QUndoStack *stack = window.document()->undoStack();
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Remove filegroup imoltp_mod from step 1"));
    QCOMPARE(window.document()->project().plans[0].steps[0].filegroups, QStringList{QStringLiteral("PRIMARY")});
    QVERIFY(!mod->isChecked());
    QVERIFY(rules(model, QStringLiteral("error")).contains(QStringLiteral("R-MOD-002")));
    QVERIFY(window.isWindowModified());

    QAction *undo = editMenuAction(window, QStringLiteral("undoAction"));
    QVERIFY(undo);
    QVERIFY(undo->isEnabled());
    undo->trigger();

    QVERIFY(!rules(model).contains(QStringLiteral("R-MOD-002")));
    QCOMPARE(rules(model, QStringLiteral("error")), QStringList());
    QVERIFY(mod->isChecked());
    QVERIFY(!window.isWindowModified());
}

void TestMainWindow::theFixIsOfferedAsOneUndoableAction()
{
    rd::MainWindow window;
    QVERIFY(window.openFile(Sample));
    window.findChild<QWidget *>(QStringLiteral("stepEditor"))
        ->findChild<QCheckBox *>(QStringLiteral("filegroupCheck_imoltp_mod"))->click();
    QAbstractItemModel *model = diagnosticsModel(window);
    auto *view = window.findChild<QTableView *>(QStringLiteral("diagnosticsView"));
    auto *fix = window.findChild<QAction *>(QStringLiteral("applyFixAction"));
    QVERIFY(view && fix);
    const int row = int(rules(model).indexOf(QStringLiteral("R-MOD-002")));
    QVERIFY(row >= 0);
    view->setCurrentIndex(model->index(row, 0));
    QVERIFY(fix->isEnabled());
    fix->trigger();
    QVERIFY(!rules(model).contains(QStringLiteral("R-MOD-002")));
    QVERIFY(window.document()->project().plans[0].steps[0].filegroups.contains(QStringLiteral("imoltp_mod")));
    QUndoStack *stack = window.document()->undoStack();
    QCOMPARE(stack->count(), 2); // the edit, then its fix
    QVERIFY(stack->undoText().startsWith(QStringLiteral("Fix: Add imoltp_mod")));
    stack->undo();
    QVERIFY(rules(model).contains(QStringLiteral("R-MOD-002")));
}

void TestMainWindow::aBackupDragIsOneUndoStep()
{
    rd::MainWindow window;
    QVERIFY(window.openFile(Sample));
    rd::ProjectDocument *document = window.document();
    QUndoStack *stack = document->undoStack();
    const QString id = QStringLiteral("imoltp_secondary");
    const QDateTime start = document->project().backup(id)->start;

    // The model's merge: consecutive moves of one backup are one step.
    const auto merge = rd::EditCommand::Merge::Consecutive;
    stack->push(new rd::EditCommand(document, -1, rd::ProjectEdit::moveBackup(id, start.addSecs(60)), {}, merge));
    stack->push(new rd::EditCommand(document, -1, rd::ProjectEdit::moveBackup(id, start.addSecs(120)), {}, merge));
    QCOMPARE(stack->count(), 1);
    stack->undo();
    QCOMPARE(document->project().backup(id)->start, start);

    // The timeline's drag: press, several moves, release = one step; a second drag is another.
    auto *view = window.findChild<QGraphicsView *>(QStringLiteral("timelineView"));
    QVERIFY(view);
    auto *scene = qobject_cast<rd::TimelineScene *>(view->scene());
    QVERIFY(scene);
    rd::BackupItem *item = scene->itemForBackup(id);
    QVERIFY(item);
    const int before = stack->index();
    const qreal x = scene->xForTime(start);
    const qreal y = item->sceneBoundingRect().center().y();
    const qreal tenMinutes = 600 * scene->pixelsPerSecond();
    scene->beginBackupDrag(id, QPointF(x, y));
    scene->dragBackup(QPointF(x + tenMinutes / 2, y));
    scene->dragBackup(QPointF(x + tenMinutes, y));
    scene->endBackupDrag();
    QCOMPARE(stack->index(), before + 1);
    const QDateTime moved = document->project().backup(id)->start;
    QVERIFY(qAbs(start.secsTo(moved) - 600) <= 60);
    QCOMPARE(item, scene->itemForBackup(id)); // updated in place, not recreated
    QCOMPARE(item->pos().x(), scene->xForTime(moved)); // the bar follows the model

    scene->beginBackupDrag(id, QPointF(scene->xForTime(moved), y));
    scene->dragBackup(QPointF(scene->xForTime(moved) + tenMinutes, y));
    scene->endBackupDrag();
    QCOMPARE(stack->index(), before + 2);
    stack->undo();
    QCOMPARE(document->project().backup(id)->start, moved);
    stack->undo();
    QCOMPARE(document->project().backup(id)->start, start);
}

void TestMainWindow::aMouseDragOnTheTimelineMovesTheBackup()
{
    rd::MainWindow window;
    QVERIFY(window.openFile(Sample));
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    rd::ProjectDocument *document = window.document();
    auto *view = window.findChild<QGraphicsView *>(QStringLiteral("timelineView"));
    auto *scene = qobject_cast<rd::TimelineScene *>(view->scene());
    const QString id = QStringLiteral("imoltp_log");
    const QDateTime start = document->project().backup(id)->start;
    rd::BackupItem *item = scene->itemForBackup(id);
    QVERIFY(item);

    const QPoint from = view->mapFromScene(item->mapToScene(QPointF(2, item->boundingRect().center().y())));
    const int tenMinutes = int(600 * scene->pixelsPerSecond());
    QVERIFY(tenMinutes >= 4);
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view->viewport(), from + QPoint(tenMinutes / 2, 0));
    QTest::mouseMove(view->viewport(), from + QPoint(tenMinutes, 0));
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, from + QPoint(tenMinutes, 0));

    const QDateTime moved = document->project().backup(id)->start;
    QVERIFY2(start.secsTo(moved) > 0, qPrintable(moved.toString(Qt::ISODate)));
    QCOMPARE(document->undoStack()->count(), 1);
    QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Move backup imoltp_log"));
    QCOMPARE(item->pos().x(), scene->xForTime(moved));
    document->undoStack()->undo();
    QCOMPARE(document->project().backup(id)->start, start);
}

void TestMainWindow::theStepEditorNamesItsEdits()
{
    rd::MainWindow window;
    QVERIFY(window.openFile(Sample));
    auto *steps = window.findChild<QTableView *>(QStringLiteral("planStepsView"));
    steps->selectRow(1);
    auto *recovery = window.findChild<QComboBox *>(QStringLiteral("recoveryCombo"));
    QVERIFY(recovery);
    const int norecovery = recovery->findText(QStringLiteral("NORECOVERY"));
    QVERIFY(norecovery >= 0);
    recovery->setCurrentIndex(norecovery);
    emit recovery->activated(norecovery); // what a user's choice emits
    QUndoStack *stack = window.document()->undoStack();
    QCOMPARE(stack->undoText(), QStringLiteral("Set NORECOVERY on step 2"));
    QVERIFY(window.document()->project().plans[0].steps[1].recovery == rd::RecoveryOption::NoRecovery);

    // The title names the file and the database, and marks the edit: windowTitle() keeps the
    // "[*]" placeholder whatever the state, so ask the native window what the user sees.
    QVERIFY(window.windowTitle().contains(QLatin1String("imoltp-piecemeal.json")));
    QVERIFY(window.windowTitle().contains(QLatin1String("(imoltp)")));
    window.winId(); // creates the native window without showing it
    QVERIFY(window.windowHandle());
    QVERIFY(window.isWindowModified());
    QVERIFY2(window.windowHandle()->title().startsWith(QLatin1String("imoltp-piecemeal.json*")),
             qPrintable(window.windowHandle()->title()));
    stack->undo();
    QVERIFY(!window.isWindowModified());
    QVERIFY2(window.windowHandle()->title().startsWith(QLatin1String("imoltp-piecemeal.json (imoltp)")),
             qPrintable(window.windowHandle()->title()));
}

void TestMainWindow::thePagesOfAStepAreEditable()
{
    // Microsoft's "Restore Pages" example: its first step restores pages 57, 202, 916 and 1016 of file 1.
    rd::MainWindow window;
    QVERIFY(window.openFile(QStringLiteral(RD_SOURCE_DIR "/tests/data/scenarios/restore-pages.json")));
    auto *steps = window.findChild<QTableView *>(QStringLiteral("planStepsView"));
    steps->selectRow(0);
    auto *pages = window.findChild<QLineEdit *>(QStringLiteral("pagesEdit"));
    QVERIFY(pages);
    QCOMPARE(pages->text(), QStringLiteral("1:57, 1:202, 1:916, 1:1016"));
    QVERIFY(pages->isEnabled());
    QCOMPARE(window.document()->errorCount(0), 0);

    // Page 9 of file 1 is the database boot page, which no page restore can take (R-PAGE-001).
    pages->setFocus();
    pages->selectAll();
    QTest::keyClicks(pages, QStringLiteral("1:57,  1:9"));
    QTest::keyClick(pages, Qt::Key_Return);
    QUndoStack *stack = window.document()->undoStack();
    QCOMPARE(stack->undoText(), QStringLiteral("Set the pages of step 1"));
    QCOMPARE(window.document()->project().plans[0].steps[0].pages, (QStringList{QStringLiteral("1:57"), QStringLiteral("1:9")}));
    QVERIFY(rules(diagnosticsModel(window), QStringLiteral("error")).contains(QStringLiteral("R-PAGE-001")));

    stack->undo();
    QCOMPARE(window.document()->project().plans[0].steps[0].pages.size(), 4);
    QCOMPARE(pages->text(), QStringLiteral("1:57, 1:202, 1:916, 1:1016"));
    QCOMPARE(window.document()->errorCount(0), 0);

    steps->selectRow(1); // RESTORE LOG has no PAGE clause
    QVERIFY(!pages->isEnabled());
}

void TestMainWindow::everyKindOfEditRepaintsTheViews()
{
    rd::MainWindow window;
    QVERIFY(window.openFile(Sample));
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    rd::ProjectDocument *document = window.document();
    QUndoStack *stack = document->undoStack();
    auto *view = window.findChild<QGraphicsView *>(QStringLiteral("timelineView"));
    auto *scene = qobject_cast<rd::TimelineScene *>(view->scene());
    auto *layout = window.findChild<QGraphicsView *>(QStringLiteral("layoutView"));
    QVERIFY(layout);
    const rd::Project before = document->project();

    rd::Filegroup archive;
    archive.name = QStringLiteral("archive");
    archive.readOnly = true;
    archive.files.append({QStringLiteral("archive_1"), QStringLiteral("c:\\data\\archive_1.ndf"), 1 << 20});
    stack->push(new rd::EditCommand(document, -1, rd::ProjectEdit::addFilegroup(archive)));
    QCOMPARE(scene->lanes().size(), 5);
    stack->push(new rd::EditCommand(document, -1,
                                    rd::ProjectEdit::renameFilegroup(QStringLiteral("imoltp_mod"), QStringLiteral("mod"))));
    stack->push(new rd::EditCommand(document, -1, rd::ProjectEdit::setFilegroupReadOnly(QStringLiteral("archive"), false)));
    rd::Backup file;
    file.id = document->project().uniqueBackupId(QStringLiteral("imoltp_full"));
    QCOMPARE(file.id, QStringLiteral("imoltp_full_2"));
    file.type = rd::BackupType::File;
    file.filegroups = {QStringLiteral("archive")};
    file.start = rd::PlanTime::make(2017, 3, 6, 2, 0);
    file.finish = rd::PlanTime::make(2017, 3, 6, 2, 1);
    stack->push(new rd::EditCommand(document, -1, rd::ProjectEdit::addBackup(file)));
    QVERIFY(scene->itemForBackup(file.id));
    stack->push(new rd::EditCommand(document, -1, rd::ProjectEdit::removeBackup(QStringLiteral("imoltp_log"))));
    QVERIFY(!scene->itemForBackup(QStringLiteral("imoltp_log")));
    stack->push(new rd::EditCommand(document, -1, rd::ProjectEdit::removeFilegroup(QStringLiteral("imoltp_secondary"))));
    // Both pictures of the layout follow every edit: the timeline's lanes and the layout's boxes,
    // under the new names, without the removed filegroup.
    auto *layoutScene = qobject_cast<rd::LayoutScene *>(layout->scene());
    QVERIFY(layoutScene);
    QCOMPARE(laneNames(scene), (QStringList{QStringLiteral("PRIMARY"), QStringLiteral("mod"),
                                            QStringLiteral("archive"), QString()}));
    QVERIFY(layoutScene->itemFor(QStringLiteral("mod")));
    QVERIFY(layoutScene->itemFor(QStringLiteral("archive")));
    QVERIFY(!layoutScene->itemFor(QStringLiteral("imoltp_mod")));
    QVERIFY(!layoutScene->itemFor(QStringLiteral("imoltp_secondary")));

    while (stack->canUndo())
        stack->undo();
    QVERIFY(document->project() == before);
    QCOMPARE(laneNames(scene), (QStringList{QStringLiteral("PRIMARY"), QStringLiteral("imoltp_secondary"),
                                            QStringLiteral("imoltp_mod"), QString()}));
    QVERIFY(scene->itemForBackup(QStringLiteral("imoltp_log")));
    QVERIFY(!scene->itemForBackup(file.id));
    QVERIFY(layoutScene->itemFor(QStringLiteral("imoltp_mod")));
    QVERIFY(layoutScene->itemFor(QStringLiteral("imoltp_secondary")));
    QVERIFY(!layoutScene->itemFor(QStringLiteral("mod")));
    QVERIFY(!layoutScene->itemFor(QStringLiteral("archive")));
}

void TestMainWindow::screenshots()
{
    const QString dir = qEnvironmentVariable("RD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("RD_SCREENSHOT_DIR is not set");
    QDir().mkpath(dir);
    rd::MainWindow window;
    QVERIFY(window.openFile(Sample));
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(200);
    QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("designer.png"))));

    auto *mod = window.findChild<QCheckBox *>(QStringLiteral("filegroupCheck_imoltp_mod"));
    QVERIFY(mod);
    mod->click();
    auto *diagnostics = window.findChild<QTableView *>(QStringLiteral("diagnosticsView"));
    const QStringList found = rules(diagnostics->model());
    const int row = int(found.indexOf(QStringLiteral("R-MOD-002")));
    QVERIFY(row >= 0);
    diagnostics->selectRow(row); // locates it: step, backup and filegroup
    QTest::qWait(200);
    QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("designer-r-mod-002.png"))));

    // Any other plan file, for a look at what the sample does not show (RD_SCREENSHOT_PLAN).
    const QString other = qEnvironmentVariable("RD_SCREENSHOT_PLAN");
    if (!other.isEmpty()) {
        rd::MainWindow another;
        QVERIFY(another.openFile(other));
        another.resize(1400, 900);
        another.show();
        QVERIFY(QTest::qWaitForWindowExposed(&another));
        QVERIFY(another.grab().save(QDir(dir).filePath(QFileInfo(other).completeBaseName() + QStringLiteral(".png"))));
    }
}

// The window carries the program's icon (resources/icons/restore-designer.svg, as the desktop
// file does), at every size a task bar or Alt+Tab asks for.
void TestMainWindow::theWindowIconIsTheProgramsIcon()
{
    rd::MainWindow window;
    const QIcon icon = window.windowIcon();
    for (const int size : {16, 32, 48, 256})
        QVERIFY2(icon.availableSizes().contains(QSize(size, size)), qPrintable(QString::number(size)));
    // The SVG's background is a rounded square of #1f4e79 from (4,4) to (124,124) of 128: at
    // 48 pixels, (24, 5) lies inside it, (0, 0) outside its rounded corner.
    const QImage image = icon.pixmap(48, 48).toImage();
    QCOMPARE(image.pixelColor(24, 5), QColor(0x1f, 0x4e, 0x79));
    QCOMPARE(image.pixelColor(0, 0).alpha(), 0);
    // Help ▸ Rules, a window of its own, carries it too (inherited from the main window).
    QCOMPARE(window.helpActions()->rulesWindow()->windowIcon().pixmap(48, 48).toImage().pixelColor(24, 5),
             QColor(0x1f, 0x4e, 0x79));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
