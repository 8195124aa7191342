#pragma once

#include <QGraphicsView>

class QAction;

namespace rd {

class DesignerActions;
class TimelineScene;

/// Shows the TimelineScene with the lane names and the axis corner fixed at the left edge,
/// zooms the time axis with Ctrl+wheel (text never stretches: the scene re-lays out at the new
/// scale) and offers the backup actions in a context menu.
class TimelineView : public QGraphicsView
{
    Q_OBJECT
public:
    TimelineView(TimelineScene *scene, DesignerActions *actions, QWidget *parent = nullptr);

    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *zoomFitAction() const { return m_zoomFit; }

    /// Fits the whole history into the view now, and again on every resize until the user zooms.
    void fitToWidth();

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void zoomBy(double factor, int anchorX);
    void drawLegend(QPainter *painter, const QPointF &at);

    TimelineScene *m_scene;
    DesignerActions *m_actions;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_zoomFit;
    bool m_autoFit = true;
};

} // namespace rd
