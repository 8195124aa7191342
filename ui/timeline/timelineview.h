// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/lsn.h"

#include <QDateTime>
#include <QGraphicsView>

class QAction;

namespace rd {

class DesignerActions;
class TimelineScene;

/// Shows the TimelineScene with the lane names and the axis corner fixed at the left edge, and
/// offers the backup actions in a context menu.
///
/// Zoom (text never stretches: the scene re-lays out at the new scale) keeps the time under the
/// cursor (Ctrl+wheel, pinch) or at the centre (Ctrl++ / Ctrl+-); Ctrl+0 fits the whole history.
/// Pan by dragging with the middle button, or with the left button while Space is held. Edits never
/// re-fit or jump the view: when the history's range moves, the view scrolls with it. The view tells
/// the scene what it shows, so that the scene only has items there.
class TimelineView : public QGraphicsView
{
    Q_OBJECT
public:
    TimelineView(TimelineScene *scene, DesignerActions *actions, QWidget *parent = nullptr);

    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *zoomFitAction() const { return m_zoomFit; }
    /// View ▸ LSN Axis (Ctrl+L), checkable: toggles ViewState::timelineAxis between time and LSN.
    QAction *lsnAxisAction() const { return m_lsnAxis; }

    /// Fits the whole history into the view now, and again on every resize until the user zooms.
    void fitToWidth();
    /// The time at the left edge of the lanes (right of the lane names): what a project file keeps.
    QDateTime leftTime() const;
    /// Shows the timeline at `pixelsPerSecond` (clamped as TimelineScene does) with `left` at the
    /// left edge of the lanes, as the user left it: a resize no longer refits the history.
    void showFrom(double pixelsPerSecond, const QDateTime &left);
    /// On the LSN axis: the axis LSN at the left edge of the lanes, and showing the axis at `zoom`
    /// with `left` there (as showFrom does on the time axis).
    Lsn leftLsn() const;
    void showFromLsn(double zoom, const Lsn &left);

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    /// On a band: zooms so that the band fills the view. On a bar: adds a step restoring the
    /// backup to the current plan (Edit ▸ Add to Plan). On an event's marker: the event dialog,
    /// whose OK replaces the event (one undo step).
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    /// Palette drops (DesignerMime::backupKind(), DesignerMime::eventKind()): the scene's ghost
    /// follows the cursor with the verdict; the drop adds the backup (TimelineScene::dropBackup) or
    /// the event (TimelineScene::dropTimelineEvent). A refused event is not accepted: the ghost
    /// says why, and so does a tooltip after a refused drop.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent *event) override;

private:
    void zoomBy(double factor, int anchorX);
    void reportVisibleRect();
    /// Scrolls so that scene x is at the left edge of the lanes (right of the lane names).
    void scrollLeftTo(qreal x);
    void drawLegend(QPainter *painter, const QPointF &at);
    /// The scene switched axes: show the new one as it was left, or fitted.
    void axisChanged();

    TimelineScene *m_scene;
    DesignerActions *m_actions;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_zoomFit;
    QAction *m_lsnAxis;
    bool m_autoFit = true;
    QDateTime m_zoomAnchor; ///< the time zoomBy last kept at m_zoomAnchorX (m_zoomScroll: where it left the scroll bar)
    int m_zoomAnchorX = 0;
    int m_zoomScroll = 0;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panFrom; ///< viewport position of the last pan move
    bool m_eventDragging = false; ///< an event's marker pressed: moves go to the scene's event drag
    QString m_planDragId; ///< a bar pressed with Ctrl: dragged out as DesignerMime::backup() (onto the plan)
    QPoint m_planDragFrom;
};

} // namespace rd
