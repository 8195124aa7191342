// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsItem>

#include "model/domain/enums.h"

namespace rd {

/// A moment on the timeline: an event of the history (failure, mark, read-only switch,
/// recovery-model change) or the current plan's recovery target. A vertical line through the
/// lanes, a labelled chip in the events strip, and optionally a shaded band from the moment on
/// over the lanes it affects (the failure's damaged filegroups).
///
/// The scene recreates markers from the document after each change. A marker of an event
/// (eventIndex() >= 0) is dragged to move it and double-clicked to change it; TimelineView handles
/// both, as the marker itself goes away with the next change.
class EventMarkerItem : public QGraphicsItem
{
public:
    struct Look
    {
        QString chip;          ///< text of the chip in the events strip
        QColor color;
        bool dashed = false;
        QList<QRectF> bands;   ///< item coordinates: shaded spans (e.g. damaged lanes after a failure)
        QList<qreal> lockLanes; ///< item y of lane centres that get a lock glyph (read-only switch)
        bool unlock = false;
    };

    /// Line from `top` to `bottom` (the lanes are shaded, the line continues to the chip); chip
    /// centred on `chipY` (item coordinates, x = 0).
    EventMarkerItem(const Look &look, qreal top, qreal bottom, qreal chipY, const QFont &font);

    /// The width of a chip showing `text` (the scene stacks chips that would overlap).
    static qreal chipWidth(const QString &text, const QFont &font);
    /// The colour of an event's marker: red for a failure, blue for a mark, …
    static QColor colorOf(EventKind kind);

    /// The index in Project::events of the event shown; -1 for the recovery target's marker.
    int eventIndex() const { return m_eventIndex; }
    void setEventIndex(int index);

    /// Whether scene point `scenePos` is on what a drag takes hold of: the line, the chip, a lock
    /// (not the shaded bands: a press there is on the lane; their tooltip stays the event's).
    bool isHandleAt(const QPointF &scenePos) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Look m_look;
    qreal m_top;
    qreal m_bottom;
    QRectF m_chipRect;
    QFont m_font;
    int m_eventIndex = -1;
};

} // namespace rd
