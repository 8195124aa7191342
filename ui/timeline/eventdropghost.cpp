// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/timeline/eventdropghost.h"

#include "ui/designerstyle.h"
#include "ui/timeline/eventmarkeritem.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>

namespace rd {

EventDropGhost::EventDropGhost()
{
    setZValue(1000); // over every bar and marker: it shows where the new event goes
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

QColor EventDropGhost::color() const
{
    return m_verdict == BackupDropGhost::Verdict::Neutral ? m_look.color : BackupDropGhost::colorOf(m_verdict);
}

void EventDropGhost::show(const Look &look, BackupDropGhost::Verdict verdict, const QString &label, const QString &toolTip,
                          bool refused)
{
    prepareGeometryChange();
    m_look = look;
    m_verdict = verdict;
    m_label = label;
    m_refused = refused;
    setToolTip(toolTip);
    const QFont font = scene() ? scene()->font() : QFont();
    const qreal w = EventMarkerItem::chipWidth(look.chip, font);
    const qreal h = QFontMetricsF(font).height() + 4;
    m_chipRect = QRectF(look.x - w / 2, look.chipY - h / 2, w, h);
    m_bounds = QRectF(look.x - 2, look.top, 4, look.bottom - look.top) | m_chipRect | look.lane;
    m_labelRect = QRectF();
    if (!label.isEmpty()) {
        // Right of the line, on the lane it acts on (else just under the axis): read while the
        // cursor is still there.
        const QFontMetricsF fm(font);
        const qreal y = look.lane.isEmpty() ? look.top + fm.height() : look.lane.center().y();
        m_labelRect = QRectF(look.x + 10, y - fm.height() / 2 - 2, qMin(fm.horizontalAdvance(label), 460.0) + 10,
                             fm.height() + 4);
        m_bounds |= m_labelRect;
    }
    update();
}

QRectF EventDropGhost::boundingRect() const
{
    return m_bounds.adjusted(-3, -3, 3, 3);
}

void EventDropGhost::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QColor c = color();
    QColor fill = c;
    fill.setAlpha(50);
    p->setRenderHint(QPainter::Antialiasing);
    if (!m_look.lane.isEmpty()) {
        p->setPen(QPen(c, 1.5, Qt::DashLine));
        p->setBrush(fill);
        p->drawRect(m_look.lane.adjusted(1, 1, -1, -1));
    }
    p->setPen(QPen(c, 2, Qt::DashLine));
    p->drawLine(QPointF(m_look.x, m_look.top), QPointF(m_look.x, m_look.bottom));
    if (m_refused) { // a cross on the line: nothing lands here
        p->setPen(QPen(c, 2.5));
        const QPointF centre(m_look.x, m_look.lane.isEmpty() ? m_look.chipY : m_look.lane.center().y());
        p->drawLine(centre + QPointF(-7, -7), centre + QPointF(7, 7));
        p->drawLine(centre + QPointF(-7, 7), centre + QPointF(7, -7));
    }
    p->setPen(QPen(c, 1.5, Qt::DashLine));
    p->setBrush(DesignerStyle::canvasColor());
    p->drawRoundedRect(m_chipRect, 4, 4);
    QFont font = scene() ? scene()->font() : QFont();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    p->setFont(font);
    p->setPen(DesignerStyle::readable(c, DesignerStyle::canvasColor()));
    p->drawText(m_chipRect, Qt::AlignCenter, m_look.chip);
    if (m_labelRect.isEmpty())
        return;
    p->setFont(scene() ? scene()->font() : QFont());
    p->setPen(QPen(c, 1));
    p->setBrush(QColor(255, 255, 255, 235));
    p->drawRoundedRect(m_labelRect, 3, 3);
    p->setPen(c.darker(130));
    p->drawText(m_labelRect.adjusted(5, 0, -5, 0), Qt::AlignVCenter | Qt::AlignLeft,
                p->fontMetrics().elidedText(m_label, Qt::ElideRight, int(m_labelRect.width() - 10)));
}

} // namespace rd
