#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsItem>

namespace rd {

/// A moment on the timeline: an event of the history (failure, mark, read-only switch,
/// recovery-model change) or the current plan's recovery target. A vertical line through the
/// lanes, a labelled chip in the events strip, and optionally a shaded band from the moment on
/// over the lanes it affects (the failure's damaged filegroups).
///
/// Markers are not interactive; the scene recreates them from the document after each change.
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

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Look m_look;
    qreal m_top;
    qreal m_bottom;
    QRectF m_chipRect;
    QFont m_font;
};

} // namespace rd
