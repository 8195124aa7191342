// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QGraphicsItem>

namespace rd {

class TimelineScene;

/// One backup on the timeline: a bar segment on every lane it covers, joined by a connector,
/// with its id (and the numbers of the plan steps restoring it) beside the bar.
///
/// The item keeps only the backup id and the geometry the scene computed; colours, highlight
/// and selection are read from the document and the view state at paint time. Dragging it
/// horizontally asks the scene to move the backup; the item itself never calls setPos().
class BackupItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(rd::BackupItem)
public:
    /// The opacity of a backup (bar or band) the current plan does not restore
    /// (TimelineScene::isDimmed): still seen and selectable, clearly not part of the plan.
    static constexpr qreal DimmedOpacity = 0.35;

    explicit BackupItem(const QString &backupId);

    QString backupId() const { return m_id; }
    /// Bar segments (item coordinates, one per covered lane, top to bottom) and where the label
    /// goes; `label` may be elided to fit before the next bar on its lane.
    void setGeometry(const QList<QRectF> &segments, const QRectF &labelRect, const QString &label);
    /// The bar segments, item coordinates (x 0 is the item's pos: the backup's start on the axis).
    const QList<QRectF> &segments() const { return m_segments; }
    /// The badge of its estimated memory-optimized share (CfpBadge::text), item coordinates, on the
    /// memory-optimized filegroup's lane; an empty text for none (no estimate, or no room).
    void setCfpBadge(const QRectF &rect, const QString &text);
    QString cfpBadgeText() const { return m_badgeText; }
    QRectF cfpBadgeRect() const { return m_badgeRect; }
    /// The font of the badge: the scene's, smaller.
    static QFont badgeFont(const QFont &sceneFont);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    TimelineScene *timelineScene() const;

    QString m_id;
    QList<QRectF> m_segments;
    QRectF m_labelRect;
    QString m_label;
    QRectF m_badgeRect;
    QString m_badgeText;
    bool m_dragging = false;
};

} // namespace rd
