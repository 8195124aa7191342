// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Events on the timeline (issue 9, items 3 and 8): dropped from the Events palette onto a lane
// with a ghost showing the verdict, refused where SQL Server refuses them, moved by dragging their
// marker (one undo step per drag), changed by double-clicking it; and the verdict a backup's bar
// shows while it is dragged. Driven through the view's drag-and-drop and mouse events, offscreen,
// on the sample: Microsoft's piecemeal restore of imoltp (lanes PRIMARY, imoltp_secondary
// (read-only), imoltp_mod (memory-optimized), log; a FAILURE of the whole database at 05:00).
#include "model/commands/editcommand.h"
#include "model/commands/paletteevent.h"
#include "model/commands/projectedits.h"
#include "model/document/projectdocument.h"
#include "model/domain/plantime.h"
#include "ui/docks/eventpalette.h"
#include "ui/eventdialog.h"
#include "ui/mainwindow.h"
#include "ui/timeline/backupitem.h"
#include "ui/timeline/dragverdictitem.h"
#include "ui/timeline/eventdropghost.h"
#include "ui/timeline/eventmarkeritem.h"
#include "ui/timeline/timelinescene.h"
#include "ui/timeline/timelineview.h"
#include "ui/viewstate.h"
#include "timelinegestures.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
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
    return test::paletteMime<EventPalette>(key);
}

QDateTime at(int hour, int minute = 0)
{
    return PlanTime::make(2017, 3, 6, hour, minute);
}

} // namespace

class TestTimelineEvents : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theEventPaletteIsADock();
    void aFailureDroppedOnALaneDamagesItsFilegroup();
    void aMarkDroppedGetsAUniqueName();
    void aReadOnlySwitchOnTheLogOrMemoryOptimizedLaneIsRefused();
    void aReadOnlySwitchOnPrimaryIsRedWithRro005();
    void draggingAMarkerMovesTheEventInOneUndoStep();
    void aDragBackOrEscapeLeavesNoUndoStep();
    void aPressOnTheFailuresShadingIsOnTheLane();
    void doubleClickingAMarkerChangesTheEvent();
    void aDraggedBarShowsItsVerdict();
    void aBackupDraggedBackOrEscapedLeavesNoUndoStep();

private:
    QPoint viewportPoint(const QDateTime &time, int lane) const;
    /// The viewport point of the chip of the failure's marker (05:00, first row of the events strip).
    QPoint failureChip() const;
    bool dragOver(QMimeData *mime, const QPoint &pos);
    bool drop(QMimeData *mime, const QPoint &pos);
    void mouseMove(const QPoint &pos);

    MainWindow *m_window = nullptr;
    TimelineView *m_view = nullptr;
    TimelineScene *m_scene = nullptr;
    ProjectDocument *m_document = nullptr;
};

void TestTimelineEvents::initTestCase()
{
    test::useTestSettings();
}

void TestTimelineEvents::init()
{
    m_window = test::openSampleWindow();
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_view = test::timelineView(m_window);
    QVERIFY(m_view);
    m_scene = static_cast<TimelineScene *>(m_view->scene());
    m_document = m_window->document();
    QCOMPARE(m_scene->lanes().size(), 4);
    QCOMPARE(m_scene->lanes()[ModLane].filegroup, QStringLiteral("imoltp_mod"));
    QCOMPARE(m_document->project().events.size(), 1);
    QCOMPARE(m_document->project().events.first().at, at(5));
}

void TestTimelineEvents::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

QPoint TestTimelineEvents::viewportPoint(const QDateTime &time, int lane) const
{
    return test::lanePoint(m_view, m_scene, time, lane);
}

QPoint TestTimelineEvents::failureChip() const
{
    return m_view->mapFromScene(QPointF(m_scene->xForTime(at(5)), m_scene->lanesBottom() + 4 + TimelineScene::EventsRowHeight / 2));
}

bool TestTimelineEvents::dragOver(QMimeData *mime, const QPoint &pos)
{
    return test::dragOver(m_view, mime, pos);
}

bool TestTimelineEvents::drop(QMimeData *mime, const QPoint &pos)
{
    return test::drop(m_view, mime, pos);
}

void TestTimelineEvents::mouseMove(const QPoint &pos)
{
    QMouseEvent move(QEvent::MouseMove, pos, m_view->viewport()->mapToGlobal(pos), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_view->viewport(), &move);
}

void TestTimelineEvents::theEventPaletteIsADock()
{
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("eventsDock"));
    QVERIFY(dock);
    auto *palette = qobject_cast<EventPalette *>(dock->widget());
    QVERIFY(palette);
    QStringList keys;
    for (int i = 0; i < palette->count(); ++i)
        keys << palette->item(i)->data(Qt::UserRole).toString();
    // The kinds: failure of the database or of a filegroup, read-only and read-write
    // switches, a recovery-model change, a mark.
    QCOMPARE(keys, (QStringList{QStringLiteral("database-failure"), QStringLiteral("failure"), QStringLiteral("read-only"),
                                QStringLiteral("read-write"), QStringLiteral("recovery-model"), QStringLiteral("mark")}));
}

void TestTimelineEvents::aFailureDroppedOnALaneDamagesItsFilegroup()
{
    const int undo = m_document->undoStack()->count();
    std::unique_ptr<QMimeData> mime(paletteMime(QStringLiteral("failure")));
    QVERIFY(mime);
    // 02:00: after the full backup, before the file backups.
    QVERIFY(dragOver(mime.get(), viewportPoint(at(2), SecondaryLane)));
    const EventDropGhost *ghost = m_scene->eventDropGhost();
    QVERIFY(ghost);
    QVERIFY(!ghost->refused());
    QCOMPARE(ghost->x(), m_scene->xForTime(at(2)));
    QCOMPARE(ghost->verdict(), BackupDropGhost::Verdict::Error);
    QVERIFY2(ghost->label().startsWith(QLatin1String("R-BAK-004")), qPrintable(ghost->label()));
    m_window->findChild<QDockWidget *>(QStringLiteral("eventsDock"))->raise(); // the palette it came from
    test::screenshot(m_window, QStringLiteral("event-drop-ghost"));
    QVERIFY(drop(mime.get(), viewportPoint(at(2), SecondaryLane)));
    QVERIFY(!m_scene->eventDropGhost());

    const QList<TimelineEvent> &events = m_document->project().events;
    QCOMPARE(events.size(), 2);
    const TimelineEvent &failure = events.last();
    QVERIFY(failure.kind == EventKind::Failure);
    QCOMPARE(failure.at, at(2));
    QCOMPARE(failure.filegroups, QStringList{QStringLiteral("imoltp_secondary")});
    QVERIFY(!failure.wholeDatabase && !failure.logDamaged);
    // imoltp_secondary's file backup at 03:30 cannot be taken of a filegroup damaged at 02:00
    // (R-BAK-004): the ghost said so before the drop, and the Diagnostics say so after it.
    bool rbak004 = false;
    for (const Diagnostic &d : m_document->analysis().plan(0).diagnostics)
        rbak004 |= d.rule == QLatin1String("R-BAK-004") && d.backup == QLatin1String("imoltp_secondary");
    QVERIFY(rbak004);
    QCOMPARE(m_document->undoStack()->count(), undo + 1);
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Add a FAILURE event"));
    // Its marker is on the timeline, draggable.
    bool marker = false;
    for (QGraphicsItem *item : m_scene->items())
        if (auto *m = dynamic_cast<EventMarkerItem *>(item); m && m->eventIndex() == 1)
            marker = qFuzzyCompare(m->pos().x(), m_scene->xForTime(at(2)));
    QVERIFY(marker);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->project().events.size(), 1);
}

void TestTimelineEvents::aMarkDroppedGetsAUniqueName()
{
    std::unique_ptr<QMimeData> mime(paletteMime(QStringLiteral("mark")));
    QVERIFY(dragOver(mime.get(), viewportPoint(at(3, 45), LogLane)));
    QVERIFY(drop(mime.get(), viewportPoint(at(3, 45), LogLane)));
    QVERIFY(dragOver(mime.get(), viewportPoint(at(3, 50), PrimaryLane)));
    QVERIFY(drop(mime.get(), viewportPoint(at(3, 50), PrimaryLane)));
    const QList<TimelineEvent> &events = m_document->project().events;
    QCOMPARE(events.size(), 3);
    QCOMPARE(events[1].name, QStringLiteral("mark1"));
    QCOMPARE(events[2].name, QStringLiteral("mark2"));
    QCOMPARE(events[2].at, at(3, 50));
}

void TestTimelineEvents::aReadOnlySwitchOnTheLogOrMemoryOptimizedLaneIsRefused()
{
    const int undo = m_document->undoStack()->count();
    std::unique_ptr<QMimeData> mime(paletteMime(QStringLiteral("read-only")));
    QVERIFY(!dragOver(mime.get(), viewportPoint(at(2), LogLane))); // the cursor says: not here
    QVERIFY(m_scene->eventDropGhost());
    QVERIFY(m_scene->eventDropGhost()->refused());
    QCOMPARE(m_scene->eventDropGhost()->verdict(), BackupDropGhost::Verdict::Error);
    QVERIFY2(m_scene->eventDropGhost()->label().contains(QLatin1String("log is not a filegroup")),
             qPrintable(m_scene->eventDropGhost()->label()));
    QVERIFY(!drop(mime.get(), viewportPoint(at(2), LogLane)));

    // SQL Server refuses MODIFY FILEGROUP … READ_ONLY of the memory-optimized filegroup.
    QVERIFY(!dragOver(mime.get(), viewportPoint(at(2), ModLane)));
    QVERIFY(m_scene->eventDropGhost()->refused());
    QVERIFY2(m_scene->eventDropGhost()->label().contains(QLatin1String("imoltp_mod cannot be made READ_ONLY")),
             qPrintable(m_scene->eventDropGhost()->label()));
    test::screenshot(m_window, QStringLiteral("event-drop-refused"));
    QVERIFY(!drop(mime.get(), viewportPoint(at(2), ModLane)));
    QDragLeaveEvent leave; // what Qt sends when a refused drag is let go
    QApplication::sendEvent(m_view->viewport(), &leave);
    QVERIFY(!m_scene->eventDropGhost());
    // The scene's drop, as the view calls it, refuses with the reason.
    QString why;
    QVERIFY(!m_scene->dropTimelineEvent(PaletteEvent{PaletteEvent::Kind::SetReadOnly},
                                        m_view->mapToScene(viewportPoint(at(2), ModLane)), &why));
    QVERIFY2(why.contains(QLatin1String("cannot be made READ_ONLY")), qPrintable(why));

    QCOMPARE(m_document->project().events.size(), 1);
    QCOMPARE(m_document->undoStack()->count(), undo);
}

void TestTimelineEvents::aReadOnlySwitchOnPrimaryIsRedWithRro005()
{
    auto rro005 = [this] {
        for (const Diagnostic &d : m_document->analysis().plan(0).diagnostics)
            if (d.rule == QLatin1String("R-RO-005"))
                return true;
        return false;
    };
    QVERIFY(!rro005());
    std::unique_ptr<QMimeData> mime(paletteMime(QStringLiteral("read-only")));
    QVERIFY(dragOver(mime.get(), viewportPoint(at(2), PrimaryLane)));
    const EventDropGhost *ghost = m_scene->eventDropGhost();
    QVERIFY(ghost && !ghost->refused());
    QCOMPARE(ghost->verdict(), BackupDropGhost::Verdict::Error);
    QVERIFY2(ghost->label().startsWith(QLatin1String("R-RO-005")), qPrintable(ghost->label()));
    QVERIFY(!rro005()); // a preview changes nothing
    test::screenshot(m_window, QStringLiteral("event-drop-primary-read-only"));
    QVERIFY(drop(mime.get(), viewportPoint(at(2), PrimaryLane)));
    QCOMPARE(m_document->project().events.last().filegroup, QStringLiteral("PRIMARY"));
    QVERIFY(rro005()); // the Diagnostics list it, with its fix
}

void TestTimelineEvents::draggingAMarkerMovesTheEventInOneUndoStep()
{
    QUndoStack *stack = m_document->undoStack();
    const int undo = stack->count();
    const QPoint chip = failureChip();
    auto *marker = dynamic_cast<EventMarkerItem *>(m_view->itemAt(chip));
    QVERIFY(marker);
    QCOMPARE(marker->eventIndex(), 0);
    // 30 minutes later, in several moves.
    const int dx = int(std::lround(m_scene->xForTime(at(5, 30)) - m_scene->xForTime(at(5))));
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, chip);
    for (int k = 1; k <= 3; ++k)
        mouseMove(chip + QPoint(dx * k / 3, 0));
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, chip + QPoint(dx, 0));
    const QDateTime moved = m_document->project().events.first().at;
    QVERIFY2(qAbs(moved.secsTo(at(5, 30))) <= 5 * 60, qPrintable(PlanTime::toString(moved))); // snapped
    QVERIFY(moved > at(5, 20));
    QVERIFY(m_document->project().events.first().kind == EventKind::Failure);
    QVERIFY(m_document->project().events.first().wholeDatabase); // only its time changed
    QCOMPARE(stack->count(), undo + 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Move a FAILURE event"));
    stack->undo();
    QCOMPARE(m_document->project().events.first().at, at(5));
    stack->redo();
    QCOMPARE(m_document->project().events.first().at, moved);
}

void TestTimelineEvents::aDragBackOrEscapeLeavesNoUndoStep()
{
    QUndoStack *stack = m_document->undoStack();
    const int undo = stack->count();
    const QPoint chip = failureChip();
    const int dx = int(std::lround(m_scene->xForTime(at(6)) - m_scene->xForTime(at(5))));
    // There and back.
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, chip);
    mouseMove(chip + QPoint(dx, 0));
    QVERIFY(m_document->project().events.first().at > at(5, 30)); // it moved during the drag
    mouseMove(chip);
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, chip);
    QCOMPARE(m_document->project().events.first().at, at(5));
    QCOMPARE(stack->count(), undo);
    QVERIFY(!stack->canRedo());

    // Escape in the middle of a drag: the event goes back, nothing to undo or redo.
    m_view->setFocus();
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, chip);
    mouseMove(chip + QPoint(dx, 0));
    QVERIFY(m_document->project().events.first().at > at(5, 30));
    QTest::keyClick(m_view, Qt::Key_Escape);
    QCOMPARE(m_document->project().events.first().at, at(5));
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, chip + QPoint(dx, 0));
    QCOMPARE(m_document->project().events.first().at, at(5));
    QCOMPARE(stack->count(), undo);
    QVERIFY(!stack->canRedo());
    QVERIFY(!m_scene->isDraggingEvent());
}

void TestTimelineEvents::aPressOnTheFailuresShadingIsOnTheLane()
{
    // The failure shades every lane after 05:00; a drag there is not a drag of the failure.
    const int undo = m_document->undoStack()->count();
    const QPoint onLane = viewportPoint(at(6), PrimaryLane);
    QVERIFY(dynamic_cast<EventMarkerItem *>(m_view->itemAt(onLane))); // under the pointer: the shading
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, onLane);
    QVERIFY(!m_scene->isDraggingEvent());
    mouseMove(onLane + QPoint(60, 0));
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, onLane + QPoint(60, 0));
    QCOMPARE(m_document->project().events.first().at, at(5));
    QCOMPARE(m_document->undoStack()->count(), undo);
}

void TestTimelineEvents::doubleClickingAMarkerChangesTheEvent()
{
    QUndoStack *stack = m_document->undoStack();
    const int undo = stack->count();
    bool prefilled = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<EventDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        prefilled = EventKind(dialog->kindCombo()->currentData().toInt()) == EventKind::Failure
                    && dialog->timeEdit()->dateTime() == at(5) && dialog->wholeDatabaseBox()->isChecked()
                    && dialog->logDamagedBox()->isChecked();
        dialog->logDamagedBox()->setChecked(false); // the log survived after all
        dialog->timeEdit()->setDateTime(at(4, 30));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, failureChip());
    QVERIFY(prefilled);
    const TimelineEvent &e = m_document->project().events.first();
    QCOMPARE(m_document->project().events.size(), 1);
    QCOMPARE(e.at, at(4, 30));
    QVERIFY(e.wholeDatabase);
    QVERIFY(!e.logDamaged);
    QCOMPARE(stack->count(), undo + 1); // one step for the dialog; none for the clicks
    stack->undo();
    QCOMPARE(m_document->project().events.first().at, at(5));
    QVERIFY(m_document->project().events.first().logDamaged);
}

void TestTimelineEvents::aDraggedBarShowsItsVerdict()
{
    // A new log backup at 04:30 (LSNs derived from its time), dragged to 00:30: before the full
    // backup (01:00) that starts the log chain, it cannot exist (R-LOG-001).
    const ProjectEdit newLog = ProjectEdits::newBackup(m_document->project(), BackupType::Log, at(4, 30), {});
    m_document->undoStack()->push(new EditCommand(m_document, -1, newLog));
    const QString id = newLog.backup.id;
    BackupItem *bar = m_scene->itemForBackup(id);
    QVERIFY(bar);
    const QPoint pos = viewportPoint(at(4, 30), LogLane) + QPoint(3, 0);
    QCOMPARE(m_view->itemAt(pos), bar);
    QVERIFY(!m_scene->dragVerdict());
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, pos);
    QVERIFY(m_scene->dragVerdict()); // shown from the press
    QCOMPARE(m_scene->dragVerdict()->verdict(), BackupDropGhost::Verdict::Neutral);
    const int dx = int(std::lround(m_scene->xForTime(at(0, 30)) - m_scene->xForTime(at(4, 30))));
    mouseMove(pos + QPoint(dx / 2, 0));
    mouseMove(pos + QPoint(dx, 0));
    QVERIFY2(m_document->project().backup(id)->start < at(1), qPrintable(PlanTime::toString(m_document->project().backup(id)->start)));
    const DragVerdictItem *verdict = m_scene->dragVerdict();
    QVERIFY(verdict);
    QCOMPARE(verdict->verdict(), BackupDropGhost::Verdict::Error);
    QVERIFY2(verdict->rules().split(QStringLiteral(", ")).contains(QStringLiteral("R-LOG-001")), qPrintable(verdict->rules()));
    QVERIFY(verdict->toolTip().contains(QLatin1String("R-LOG-001")));
    QVERIFY(BackupDropGhost::colorOf(verdict->verdict()).red() > 150);

    // Back after the full backup: the finding goes, and so does the outline.
    const int back = int(std::lround(m_scene->xForTime(at(4, 40)) - m_scene->xForTime(at(4, 30))));
    mouseMove(pos + QPoint(back, 0));
    QVERIFY(m_scene->dragVerdict());
    QCOMPARE(m_scene->dragVerdict()->verdict(), BackupDropGhost::Verdict::Neutral);
    QCOMPARE(m_scene->dragVerdict()->rules(), QString());

    // After the failure at 05:00 that damaged the log: no log backup can be taken then (R-BAK-004).
    const int after = int(std::lround(m_scene->xForTime(at(6)) - m_scene->xForTime(at(4, 30))));
    mouseMove(pos + QPoint(after, 0));
    QCOMPARE(m_scene->dragVerdict()->verdict(), BackupDropGhost::Verdict::Error);
    QCOMPARE(m_scene->dragVerdict()->rules(), QStringLiteral("R-BAK-004"));
    test::screenshot(m_window, QStringLiteral("drag-verdict"));
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, pos + QPoint(after, 0));
    QVERIFY(!m_scene->dragVerdict()); // gone with the drag
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Move backup %1").arg(id));
}

// As for events: a bar dragged away and back, or a drag cancelled with Escape, leaves the backup
// where it was and the undo stack as it was (nothing to undo, nothing to redo).
void TestTimelineEvents::aBackupDraggedBackOrEscapedLeavesNoUndoStep()
{
    const ProjectEdit newLog = ProjectEdits::newBackup(m_document->project(), BackupType::Log, at(4, 30), {});
    m_document->undoStack()->push(new EditCommand(m_document, -1, newLog));
    const QString id = newLog.backup.id;
    QUndoStack *stack = m_document->undoStack();
    const int undo = stack->count();
    const QDateTime start = m_document->project().backup(id)->start;
    const QPoint pos = viewportPoint(at(4, 30), LogLane) + QPoint(3, 0);
    QCOMPARE(m_view->itemAt(pos), m_scene->itemForBackup(id));
    const int dx = int(std::lround(m_scene->xForTime(at(4, 50)) - m_scene->xForTime(at(4, 30))));

    // There and back.
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, pos);
    mouseMove(pos + QPoint(dx, 0));
    QVERIFY(m_document->project().backup(id)->start > start); // it moved during the drag
    mouseMove(pos);
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, pos);
    QCOMPARE(m_document->project().backup(id)->start, start);
    QCOMPARE(stack->count(), undo);
    QVERIFY(!stack->canRedo());

    // Escape in the middle of a drag: the backup goes back; the release moves nothing.
    m_view->setFocus();
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, pos);
    mouseMove(pos + QPoint(dx, 0));
    QVERIFY(m_scene->isDraggingBackup());
    QVERIFY(m_document->project().backup(id)->start > start);
    QTest::keyClick(m_view, Qt::Key_Escape);
    QCOMPARE(m_document->project().backup(id)->start, start);
    QVERIFY(!m_scene->isDraggingBackup());
    QVERIFY(!m_scene->dragVerdict());
    mouseMove(pos + QPoint(2 * dx, 0));
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, pos + QPoint(2 * dx, 0));
    QCOMPARE(m_document->project().backup(id)->start, start);
    QCOMPARE(stack->count(), undo);
    QVERIFY(!stack->canRedo());

    // A real move is still one undo step.
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, pos);
    mouseMove(pos + QPoint(dx, 0));
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, pos + QPoint(dx, 0));
    QVERIFY(m_document->project().backup(id)->start > start);
    QCOMPARE(stack->count(), undo + 1);
}

QTEST_MAIN(TestTimelineEvents)
#include "tst_timelineevents.moc"
