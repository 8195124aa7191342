// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/timeline/dragverdictitem.h"

#include "ui/designerstyle.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>

namespace rd {

DragVerdictItem::DragVerdictItem()
{
    setZValue(900); // over the bars, under a drop ghost
    setAcceptedMouseButtons(Qt::NoButton); // the drag goes on on the bar under it
    setAcceptHoverEvents(false);
}

void DragVerdictItem::show(const QList<QRectF> &segments, BackupDropGhost::Verdict verdict, const QString &rules,
                           const QString &toolTip)
{
    prepareGeometryChange();
    m_segments = segments;
    m_verdict = verdict;
    m_rules = rules;
    setToolTip(toolTip);
    m_bounds = QRectF();
    for (const QRectF &r : segments)
        m_bounds |= r;
    m_labelRect = QRectF();
    if (!rules.isEmpty() && !segments.isEmpty()) {
        // Above the bar's first segment, left-aligned with it: its own label stays readable on the right.
        QFont bold = scene() ? scene()->font() : QFont();
        bold.setBold(true);
        const QFontMetricsF fm(bold);
        const QRectF &first = segments.first();
        m_labelRect = QRectF(first.left(), first.top() - fm.height() - 6, fm.horizontalAdvance(rules) + 10, fm.height() + 4);
        m_bounds |= m_labelRect;
    }
    update();
}

QRectF DragVerdictItem::boundingRect() const
{
    return m_bounds.adjusted(-4, -4, 4, 4);
}

void DragVerdictItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_verdict == BackupDropGhost::Verdict::Neutral)
        return;
    const QColor color = BackupDropGhost::colorOf(m_verdict);
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(color, 3));
    p->setBrush(Qt::NoBrush);
    for (const QRectF &r : m_segments)
        p->drawRoundedRect(r.adjusted(-2, -2, 2, 2), 4, 4);
    if (m_labelRect.isEmpty())
        return;
    p->setPen(Qt::NoPen);
    p->setBrush(color);
    p->drawRoundedRect(m_labelRect, 3, 3);
    QFont bold = scene() ? scene()->font() : QFont();
    bold.setBold(true);
    p->setFont(bold);
    p->setPen(DesignerStyle::readable(Qt::white, color));
    p->drawText(m_labelRect, Qt::AlignCenter, m_rules);
}

} // namespace rd
