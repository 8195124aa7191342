// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/timeline/timelineview.h"

#include "model/document/projectdocument.h"
#include "ui/designeractions.h"
#include "ui/designermime.h"
#include "ui/designerstyle.h"
#include "ui/eventdialog.h"
#include "ui/timeline/backupbanditem.h"
#include "ui/timeline/backupitem.h"
#include "ui/timeline/eventmarkeritem.h"
#include "ui/timeline/timeaxis.h"
#include "ui/timeline/timelinescene.h"
#include "ui/viewstate.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDrag>
#include <QGesture>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace rd {

TimelineView::TimelineView(TimelineScene *scene, DesignerActions *actions, QWidget *parent)
    : QGraphicsView(scene, parent), m_scene(scene), m_actions(actions)
{
    setObjectName(QStringLiteral("timelineView"));
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // The view never scales (the scene re-lays out), and keeps its scroll position when the scene
    // grows or shrinks (an edit, more rows of event chips): no re-centring on the old centre.
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::NoAnchor);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    // The lane labels are painted at fixed viewport positions, so scrolling must repaint all.
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    setAcceptDrops(true); // backups from the palette
    setToolTip(tr("The backup history: one lane per filegroup and one for the log; each backup is a bar over "
                  "what it contains. Numbered circles are the steps of the current plan that restore it. "
                  "Drag a bar to move the backup in time; Ctrl+wheel or a pinch zooms; drag with the middle "
                  "button or Space+drag to pan. Ctrl+drag a bar onto the Plan to restore it there, or "
                  "double-click it. Drop a backup or an event from the Backups or Events palette to add it; drag an "
                  "event's marker to move it, double-click it to change it. Dense runs of backups show as bands with a count: zoom in to "
                  "see each backup."));
    viewport()->grabGesture(Qt::PinchGesture);
    // An edit that moves the history's range scrolls with it: the view never jumps.
    connect(scene, &TimelineScene::originShifted, this, [this](qreal dx) {
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(std::lround(dx)));
    });

    m_zoomIn = new QAction(tr("Zoom &In"), this);
    m_zoomIn->setShortcut(QKeySequence::ZoomIn);
    m_zoomIn->setToolTip(tr("Zoom into the timeline (Ctrl+wheel up)"));
    m_zoomOut = new QAction(tr("Zoom &Out"), this);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_zoomOut->setToolTip(tr("Zoom out of the timeline (Ctrl+wheel down)"));
    m_zoomFit = new QAction(tr("&Fit Timeline"), this);
    m_zoomFit->setShortcut(Qt::CTRL | Qt::Key_0);
    m_zoomFit->setToolTip(tr("Show the whole backup history"));
    connect(m_zoomIn, &QAction::triggered, this, [this] { zoomBy(1.5, viewport()->width() / 2); });
    connect(m_zoomOut, &QAction::triggered, this, [this] { zoomBy(1 / 1.5, viewport()->width() / 2); });
    connect(m_zoomFit, &QAction::triggered, this, &TimelineView::fitToWidth);

    m_lsnAxis = new QAction(tr("&LSN Axis"), this);
    m_lsnAxis->setObjectName(QStringLiteral("lsnAxisAction"));
    m_lsnAxis->setCheckable(true);
    m_lsnAxis->setChecked(scene->axis() == TimelineAxis::Lsn);
    m_lsnAxis->setShortcut(Qt::CTRL | Qt::Key_L);
    m_lsnAxis->setIconText(tr("LSN"));
    m_lsnAxis->setToolTip(tr("Lay the backups out by log sequence number instead of time (Ctrl+L): each backup "
                             "spans its LSN range, so gaps in the log chain, overlaps and recovery forks show"));
    m_lsnAxis->setStatusTip(m_lsnAxis->toolTip());
    connect(m_lsnAxis, &QAction::toggled, this, [this](bool on) {
        m_scene->viewState()->setTimelineAxis(on ? TimelineAxis::Lsn : TimelineAxis::Time);
    });
    connect(scene, &TimelineScene::axisChanged, this, &TimelineView::axisChanged);
}

void TimelineView::axisChanged()
{
    const TimelineAxis axis = m_scene->axis();
    {
        const QSignalBlocker blocker(m_lsnAxis);
        m_lsnAxis->setChecked(axis == TimelineAxis::Lsn);
    }
    m_zoomAnchor = QDateTime(); // a time on the other axis
    const TimelineScene::AxisView back = m_scene->axisView(axis);
    if (back.pixelsPerSecond <= 0)
        fitToWidth();
    else if (axis == TimelineAxis::Lsn)
        showFromLsn(back.pixelsPerSecond, back.leftLsn);
    else
        showFrom(back.pixelsPerSecond, back.left);
}

Lsn TimelineView::leftLsn() const
{
    return m_scene->lsnForX(mapToScene(int(TimelineScene::Gutter), 0).x());
}

void TimelineView::showFromLsn(double zoom, const Lsn &left)
{
    m_autoFit = false;
    m_scene->setPixelsPerSecond(zoom);
    scrollLeftTo(m_scene->xForLsn(left));
}

void TimelineView::scrollLeftTo(qreal x)
{
    horizontalScrollBar()->setValue(int(std::lround(x)) - int(TimelineScene::Gutter));
    reportVisibleRect();
}

void TimelineView::fitToWidth()
{
    m_autoFit = true;
    m_scene->fitToWidth(viewport()->width());
    horizontalScrollBar()->setValue(0);
    reportVisibleRect();
}

QDateTime TimelineView::leftTime() const
{
    return m_scene->timeForX(mapToScene(int(TimelineScene::Gutter), 0).x());
}

void TimelineView::showFrom(double pixelsPerSecond, const QDateTime &left)
{
    m_autoFit = false;
    m_scene->setPixelsPerSecond(pixelsPerSecond);
    scrollLeftTo(m_scene->xForTime(left));
}

void TimelineView::reportVisibleRect()
{
    if (scene() != m_scene) // letting go of the scene
        return;
    m_scene->setVisibleRect(mapToScene(viewport()->rect()).boundingRect());
}

void TimelineView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    reportVisibleRect();
}

void TimelineView::zoomBy(double factor, int anchorX)
{
    m_autoFit = false;
    // Zoomed out, a pixel is hours and the scroll position whole pixels: a run of zoom steps about
    // one point keeps that point's exact time rather than re-reading it from the rounded position.
    QScrollBar *bar = horizontalScrollBar();
    const bool sameRun = m_zoomAnchor.isValid() && anchorX == m_zoomAnchorX && bar->value() == m_zoomScroll;
    const QDateTime anchor = sameRun ? m_zoomAnchor : m_scene->timeForX(mapToScene(anchorX, 0).x());
    m_scene->setPixelsPerSecond(m_scene->pixelsPerSecond() * factor);
    bar->setValue(int(std::lround(m_scene->xForTime(anchor))) - anchorX);
    m_zoomAnchor = anchor;
    m_zoomAnchorX = anchorX;
    m_zoomScroll = bar->value();
    reportVisibleRect();
}

bool TimelineView::viewportEvent(QEvent *event)
{
    // Pinch to zoom about the fingers: touch screens (a gesture), touchpads (a native gesture).
    if (event->type() == QEvent::Gesture) {
        auto *gestures = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged && pinch->scaleFactor() > 0)
                zoomBy(pinch->scaleFactor(), int(viewport()->mapFromGlobal(pinch->centerPoint().toPoint()).x()));
            gestures->accept(pinch);
            return true;
        }
    }
    if (event->type() == QEvent::NativeGesture) {
        auto *native = static_cast<QNativeGestureEvent *>(event);
        if (native->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1 + native->value(), int(native->position().x()));
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        zoomBy(std::pow(1.25, steps), int(event->position().x()));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    m_scene->setAvailableHeight(viewport()->height());
    if (m_autoFit) {
        m_scene->fitToWidth(viewport()->width());
        horizontalScrollBar()->setValue(0);
    }
    reportVisibleRect();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    // Pan: the middle button, or the left one with Space held (as in drawing programs).
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panFrom = event->pos();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (!itemAt(event->pos()))
        m_scene->viewState()->setSelectedBackup({});
    // An event's marker moves the event in time (TimelineScene's event drag: one undo step).
    if (auto *marker = dynamic_cast<EventMarkerItem *>(itemAt(event->pos()));
        marker && marker->eventIndex() >= 0 && marker->isHandleAt(mapToScene(event->pos())) && event->button() == Qt::LeftButton) {
        m_eventDragging = true;
        m_scene->beginEventDrag(marker->eventIndex(), mapToScene(event->pos()));
        event->accept();
        return;
    }
    // Ctrl+drag of a bar takes the backup to the plan instead of moving it in time.
    if (auto *bar = dynamic_cast<BackupItem *>(itemAt(event->pos()));
        bar && event->button() == Qt::LeftButton && event->modifiers() & Qt::ControlModifier) {
        m_scene->viewState()->setSelectedBackup(bar->backupId());
        m_planDragId = bar->backupId();
        m_planDragFrom = event->pos();
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->pos() - m_panFrom;
        m_panFrom = event->pos();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    if (m_eventDragging) {
        m_scene->dragTimelineEvent(mapToScene(event->pos()));
        event->accept();
        return;
    }
    if (!m_planDragId.isEmpty()) {
        if ((event->pos() - m_planDragFrom).manhattanLength() >= QApplication::startDragDistance()) {
            auto *mime = new QMimeData;
            mime->setData(DesignerMime::backup(), m_planDragId.toUtf8());
            mime->setText(m_planDragId);
            auto *drag = new QDrag(this);
            drag->setMimeData(mime);
            m_planDragId.clear();
            drag->exec(Qt::CopyAction);
        }
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    if (m_eventDragging && event->button() == Qt::LeftButton) {
        m_eventDragging = false;
        m_scene->endEventDrag();
        event->accept();
        return;
    }
    if (!m_planDragId.isEmpty()) {
        m_planDragId.clear();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const auto *bar = dynamic_cast<const BackupItem *>(itemAt(event->pos()))) {
        // The press before it began a move-drag that did not move: nothing to undo there.
        m_scene->viewState()->setSelectedBackup(bar->backupId());
        m_actions->addToPlanAction()->trigger();
        event->accept();
        return;
    }
    if (const auto *marker = dynamic_cast<const EventMarkerItem *>(itemAt(event->pos()));
        marker && marker->eventIndex() >= 0 && marker->isHandleAt(mapToScene(event->pos()))) {
        const int index = marker->eventIndex(); // the marker goes with the next refresh
        if (m_eventDragging) { // the press before the double-click began a drag that did not move
            m_eventDragging = false;
            m_scene->cancelEventDrag();
        }
        EventDialog::editIn(m_scene->document(), index, this);
        event->accept();
        return;
    }
    const auto *band = dynamic_cast<const BackupBandItem *>(itemAt(event->pos()));
    if (!band) {
        QGraphicsView::mouseDoubleClickEvent(event);
        return;
    }
    const BackupBandItem::Run run = band->run(); // the band goes away as the scene re-lays out
    const double seconds = qMax<double>(60, double(run.from.secsTo(run.to)));
    m_autoFit = false;
    m_scene->setPixelsPerSecond((viewport()->width() - TimelineScene::Gutter - 60) / seconds);
    horizontalScrollBar()->setValue(int(std::lround(m_scene->xForTime(run.from))) - int(TimelineScene::Gutter) - 30);
    reportVisibleRect();
    event->accept();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_eventDragging) { // the event goes back; no undo step
        m_eventDragging = false;
        m_scene->cancelEventDrag();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape && m_scene->isDraggingBackup()) { // the backup goes back; no undo step
        m_scene->cancelBackupDrag();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void TimelineView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (!m_panning)
            viewport()->setCursor(Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void TimelineView::contextMenuEvent(QContextMenuEvent *event)
{
    const QPointF scenePos = mapToScene(event->pos());
    QGraphicsItem *item = itemAt(event->pos());
    auto *bar = dynamic_cast<BackupItem *>(item);
    if (bar)
        m_scene->viewState()->setSelectedBackup(bar->backupId());

    QMenu menu(this);
    menu.setToolTipsVisible(true);
    if (bar) {
        menu.addAction(m_actions->addToPlanAction());
        menu.addAction(m_actions->removeBackupAction());
        menu.addSeparator();
    }
    const int lane = m_scene->laneAt(scenePos.y());
    const QString filegroup = lane >= 0 ? m_scene->lanes()[lane].filegroup : QString();
    const QDateTime at = TimeAxis::snapped(m_scene->timeForX(scenePos.x()), 60);
    QMenu *add = menu.addMenu(m_scene->timeEditsAllowed() ? tr("Add Backup at %1").arg(at.toString(QStringLiteral("HH:mm")))
                                                          : tr("Add Backup (on the time axis)"));
    add->setToolTipsVisible(true);
    add->setEnabled(m_scene->timeEditsAllowed());
    if (!m_scene->timeEditsAllowed())
        add->menuAction()->setToolTip(TimelineScene::timeEditRefusal());
    for (int t = int(BackupType::Full); t <= int(BackupType::Log); ++t) {
        const auto type = BackupType(t);
        const bool fileScoped = type == BackupType::File || type == BackupType::FileDifferential;
        QAction *a = add->addAction(DesignerStyle::swatchIcon(DesignerStyle::backupColor(type)),
                                    fileScoped && !filegroup.isEmpty() ? tr("%1 of %2").arg(toString(type), filegroup)
                                                                       : toString(type));
        a->setToolTip(tr("Add a %1 backup starting at %2").arg(toString(type), DesignerStyle::formatTime(at)));
        connect(a, &QAction::triggered, this, [this, type, at, filegroup] { m_actions->addBackup(type, at, filegroup); });
    }
    menu.addSeparator();
    menu.addAction(m_zoomIn);
    menu.addAction(m_zoomOut);
    menu.addAction(m_zoomFit);
    menu.addAction(m_lsnAxis);
    menu.exec(event->globalPos());
}

} // namespace rd
