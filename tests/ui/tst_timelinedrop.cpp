// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Backups dropped from the palette onto the timeline, the ghost's verdict while dragging, a
// double-click adding a backup to the plan (issue 9, items 3 and 4), and trainer mode's lane tints
// (item 6). Driven through the view's drag-and-drop and mouse events, offscreen, on the sample:
// Microsoft's piecemeal restore of imoltp (lanes PRIMARY, imoltp_secondary, imoltp_mod, log).
#include "model/commands/backupkind.h"
#include "model/document/projectdocument.h"
#include "ui/designermime.h"
#include "ui/designerstyle.h"
#include "ui/docks/backuppalette.h"
#include "ui/mainwindow.h"
#include "ui/timeline/backupdropghost.h"
#include "ui/timeline/backupitem.h"
#include "ui/timeline/timelinescene.h"
#include "ui/timeline/timelineview.h"
#include "ui/viewstate.h"
#include "timelinegestures.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QDrag>
#include <QTimer>
#include <QUndoStack>

using namespace rd;

namespace {

constexpr int PrimaryLane = 0;
constexpr int SecondaryLane = 1;
constexpr int ModLane = 2;
constexpr int LogLane = 3;

QMimeData *paletteMime(const QString &key)
{
    return test::paletteMime<BackupPalette>(key);
}

} // namespace

class TestTimelineDrop : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void thePaletteIsADock();
    void aPaletteDropAddsOneBackupOnTheLane();
    void theGhostOfPrimaryAloneIsRedWithRmod001();
    void doubleClickingABackupAddsAStep();
    void aCtrlDragOfABarCarriesTheBackup();
    void theLanesFollowTheSelectedStep();

private:
    QPoint viewportPoint(const QDateTime &at, int lane) const;
    void dragOver(QMimeData *mime, const QPoint &pos);
    void drop(QMimeData *mime, const QPoint &pos);

    MainWindow *m_window = nullptr;
    TimelineView *m_view = nullptr;
    TimelineScene *m_scene = nullptr;
};

void TestTimelineDrop::initTestCase()
{
    test::useTestSettings();
}

void TestTimelineDrop::init()
{
    m_window = test::openSampleWindow();
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_view = test::timelineView(m_window);
    QVERIFY(m_view);
    m_scene = static_cast<TimelineScene *>(m_view->scene());
    QCOMPARE(m_scene->lanes().size(), 4);
    QCOMPARE(m_scene->lanes()[PrimaryLane].filegroup, QStringLiteral("PRIMARY"));
    QCOMPARE(m_scene->lanes()[SecondaryLane].filegroup, QStringLiteral("imoltp_secondary"));
}

void TestTimelineDrop::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

QPoint TestTimelineDrop::viewportPoint(const QDateTime &at, int lane) const
{
    return test::lanePoint(m_view, m_scene, at, lane);
}

void TestTimelineDrop::dragOver(QMimeData *mime, const QPoint &pos)
{
    QVERIFY(test::dragOver(m_view, mime, pos));
}

void TestTimelineDrop::drop(QMimeData *mime, const QPoint &pos)
{
    QVERIFY(test::drop(m_view, mime, pos));
}

void TestTimelineDrop::thePaletteIsADock()
{
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("backupsDock"));
    QVERIFY(dock);
    auto *palette = qobject_cast<BackupPalette *>(dock->widget());
    QVERIFY(palette);
    QCOMPARE(palette->count(), 10); // the ten kinds of the issue
    auto *viewMenu = m_window->menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
    QVERIFY(viewMenu && viewMenu->actions().contains(dock->toggleViewAction()));
}

void TestTimelineDrop::aPaletteDropAddsOneBackupOnTheLane()
{
    ProjectDocument *document = m_window->document();
    const int backups = int(document->project().backups.size());
    const int undo = document->undoStack()->count();
    // An hour after the full backup (01:00): between it and the file backups.
    const QDateTime at = document->project().backups.first().start.addSecs(3600);
    std::unique_ptr<QMimeData> mime(paletteMime(QStringLiteral("file")));
    QVERIFY(mime);
    dragOver(mime.get(), viewportPoint(at, SecondaryLane));
    QVERIFY(m_scene->dropGhost());
    drop(mime.get(), viewportPoint(at, SecondaryLane));
    QVERIFY(!m_scene->dropGhost());

    QCOMPARE(document->project().backups.size(), backups + 1);
    QCOMPARE(document->undoStack()->count(), undo + 1);
    QVERIFY2(document->undoStack()->undoText().startsWith(QLatin1String("Add")), qPrintable(document->undoStack()->undoText()));
    const Backup &added = document->project().backups.last();
    QVERIFY(added.type == BackupType::File);
    QCOMPARE(added.start, at);
    QCOMPARE(added.filegroups, QStringList{QStringLiteral("imoltp_secondary")});
    QCOMPARE(m_scene->viewState()->selectedBackup(), added.id);
    document->undoStack()->undo();
    QCOMPARE(document->project().backups.size(), backups);
}

void TestTimelineDrop::theGhostOfPrimaryAloneIsRedWithRmod001()
{
    const QDateTime at = m_window->document()->project().backups.first().start.addSecs(3600);
    const int backups = int(m_window->document()->project().backups.size());
    // A file backup of PRIMARY without imoltp_mod: SQL Server cannot restore PRIMARY without the
    // memory-optimized filegroup (R-MOD-001).
    std::unique_ptr<QMimeData> file(paletteMime(QStringLiteral("file")));
    dragOver(file.get(), viewportPoint(at, PrimaryLane));
    const BackupDropGhost *ghost = m_scene->dropGhost();
    QVERIFY(ghost);
    QCOMPARE(ghost->verdict(), BackupDropGhost::Verdict::Error);
    QVERIFY2(ghost->label().startsWith(QLatin1String("R-MOD-001")), qPrintable(ghost->label()));
    QVERIFY(ghost->toolTip().contains(QLatin1String("R-MOD-001")));
    QVERIFY(BackupDropGhost::colorOf(ghost->verdict()).red() > 150);
    test::screenshot(m_window, QStringLiteral("drop-ghost-red"));
    QDragLeaveEvent leave;
    QApplication::sendEvent(m_view->viewport(), &leave);
    QVERIFY(!m_scene->dropGhost());
    QCOMPARE(m_window->document()->project().backups.size(), backups); // a preview changes nothing

    // A full backup dropped on the same lane holds every filegroup: nothing to say.
    std::unique_ptr<QMimeData> full(paletteMime(QStringLiteral("full")));
    dragOver(full.get(), viewportPoint(at, PrimaryLane));
    QVERIFY(m_scene->dropGhost());
    QVERIFY(m_scene->dropGhost()->verdict() != BackupDropGhost::Verdict::Error);
    QVERIFY(!m_scene->dropGhost()->label().contains(QLatin1String("R-MOD-001")));
    QVERIFY(!m_scene->dropGhost()->toolTip().contains(QLatin1String("R-MOD-001")));
    // It covers the three filegroup lanes and the log: four dashed bars, one per lane.
    QVERIFY(m_scene->dropGhost()->boundingRect().top() < m_scene->lanes()[PrimaryLane].top + 8);
    QVERIFY(m_scene->dropGhost()->boundingRect().bottom() > m_scene->lanes()[LogLane].top + 8);
    test::screenshot(m_window, QStringLiteral("drop-ghost-full"));
    QDragLeaveEvent leaveAgain;
    QApplication::sendEvent(m_view->viewport(), &leaveAgain);
}

void TestTimelineDrop::doubleClickingABackupAddsAStep()
{
    ProjectDocument *document = m_window->document();
    const int plan = m_scene->viewState()->currentPlan();
    QCOMPARE(plan, 0);
    const int steps = int(document->project().plans[plan].steps.size());
    const int undo = document->undoStack()->count();
    const QDateTime fullStart = document->project().backups.first().start;
    BackupItem *bar = m_scene->itemForBackup(QStringLiteral("imoltp_full"));
    QVERIFY(bar);
    // On the bar itself (its bounding rect also holds the label to its right), on PRIMARY's lane.
    const QPoint pos = viewportPoint(fullStart, PrimaryLane) + QPoint(3, 0);
    QCOMPARE(m_view->itemAt(pos), bar);
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, pos);
    QCOMPARE(document->project().plans[plan].steps.size(), steps + 1);
    QCOMPARE(document->project().plans[plan].steps.last().backup, QStringLiteral("imoltp_full"));
    QCOMPARE(document->undoStack()->count(), undo + 1);
    QCOMPARE(document->project().backups.first().start, fullStart); // the clicks did not move it
}

void TestTimelineDrop::aCtrlDragOfABarCarriesTheBackup()
{
    // Ctrl+drag of a bar starts a drag of the backup's id (what the Plan's table accepts) and
    // moves nothing; the drag is looked at while it runs (then cancelled with Escape), or
    // just after it ends.
    const QDateTime fullStart = m_window->document()->project().backups.first().start;
    const int undo = m_window->document()->undoStack()->count();
    const QPoint pos = viewportPoint(fullStart, PrimaryLane) + QPoint(3, 0);
    QByteArray carried;
    QObject whileHere; // the timer dies with this function: a drag that ended at once leaves it unfired
    QTimer::singleShot(100, &whileHere, [&] {
        if (auto *drag = m_view->findChild<QDrag *>())
            carried = drag->mimeData()->data(DesignerMime::backup());
        QTest::keyClick(m_view, Qt::Key_Escape);
    });
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, Qt::ControlModifier, pos);
    QMouseEvent move(QEvent::MouseMove, pos + QPoint(40, 0), m_view->viewport()->mapToGlobal(pos + QPoint(40, 0)),
                     Qt::NoButton, Qt::LeftButton, Qt::ControlModifier);
    QApplication::sendEvent(m_view->viewport(), &move);
    // Offscreen, the drag may end at once (no platform button held): Qt deletes it later.
    if (auto *drag = m_view->findChild<QDrag *>(); drag && carried.isEmpty())
        carried = drag->mimeData()->data(DesignerMime::backup());
    QCOMPARE(carried, QByteArray("imoltp_full"));
    QCOMPARE(m_window->document()->undoStack()->count(), undo);
    QCOMPARE(m_window->document()->project().backups.first().start, fullStart);
}

void TestTimelineDrop::theLanesFollowTheSelectedStep()
{
    // The sample's plan: 1 RESTORE DATABASE PRIMARY, imoltp_mod (partial) NORECOVERY; 2 RESTORE LOG
    // WITH RECOVERY: PRIMARY and imoltp_mod online, imoltp_secondary RECOVERY_PENDING until 3
    // restores it (Microsoft's piecemeal restore of a memory-optimized database).
    ViewState *viewState = m_scene->viewState();
    // Trainer mode off (the default): the lanes keep their colours whatever the step.
    viewState->setCurrentStep(1);
    QVERIFY(!viewState->trainerMode());
    QVERIFY(!m_scene->laneStateTint(PrimaryLane).isValid());
    QCOMPARE(m_scene->laneOnlineAfterStep(PrimaryLane), -1);

    viewState->setTrainerMode(true);
    viewState->setCurrentStep(-1);
    QVERIFY(!m_scene->laneStateTint(PrimaryLane).isValid());
    QCOMPARE(m_scene->laneOnlineAfterStep(PrimaryLane), -1);

    viewState->setCurrentStep(0);
    QCOMPARE(m_scene->laneStateTint(PrimaryLane).rgb(), DesignerStyle::fileStateColor(FileState::Restoring).rgb());
    QVERIFY(m_scene->laneStateTint(PrimaryLane).alpha() < 100); // pale: the bars stay readable
    QVERIFY(!m_scene->laneStateTint(LogLane).isValid());

    viewState->setCurrentStep(1);
    QCOMPARE(m_scene->laneStateTint(PrimaryLane).rgb(), DesignerStyle::fileStateColor(FileState::Online).rgb());
    QCOMPARE(m_scene->laneStateTint(ModLane).rgb(), DesignerStyle::fileStateColor(FileState::Online).rgb());
    QCOMPARE(m_scene->laneStateTint(SecondaryLane).rgb(), DesignerStyle::fileStateColor(FileState::RecoveryPending).rgb());
    QCOMPARE(m_scene->laneOnlineAfterStep(PrimaryLane), 2);
    QCOMPARE(m_scene->laneOnlineAfterStep(ModLane), 2);
    QCOMPARE(m_scene->laneOnlineAfterStep(SecondaryLane), 3);
    test::screenshot(m_window, QStringLiteral("trainer-tint"));

    viewState->setCurrentStep(2);
    QCOMPARE(m_scene->laneStateTint(SecondaryLane).rgb(), DesignerStyle::fileStateColor(FileState::Online).rgb());
    viewState->setTrainerMode(false);
}

QTEST_MAIN(TestTimelineDrop)
#include "tst_timelinedrop.moc"
