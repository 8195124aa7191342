// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/timeline/backupdropghost.h"

#include "ui/designerstyle.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>

namespace rd {

BackupDropGhost::BackupDropGhost()
{
    setZValue(1000); // over every bar: it shows where the new one goes
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

QColor BackupDropGhost::colorOf(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Error: return DesignerStyle::severityColor(Severity::Error);
    case Verdict::Warning: return DesignerStyle::severityColor(Severity::Warning);
    case Verdict::Neutral: break;
    }
    return QColor(0x4a, 0x6f, 0x96);
}

void BackupDropGhost::show(const QList<QRectF> &bars, Verdict verdict, const QString &label, const QString &toolTip)
{
    prepareGeometryChange();
    m_bars = bars;
    m_verdict = verdict;
    m_label = label;
    setToolTip(toolTip);
    m_bounds = QRectF();
    for (const QRectF &r : bars)
        m_bounds |= r;
    m_labelRect = QRectF();
    if (!label.isEmpty() && !bars.isEmpty()) {
        // Right of the bar, on its first lane: the reason is read while the cursor is still there.
        const QFontMetricsF fm(scene() ? scene()->font() : QFont());
        const QRectF &first = bars.first();
        m_labelRect = QRectF(m_bounds.right() + 6, first.center().y() - fm.height() / 2 - 2,
                             qMin(fm.horizontalAdvance(label), 420.0) + 10, fm.height() + 4);
        m_bounds |= m_labelRect;
    }
    update();
}

QRectF BackupDropGhost::boundingRect() const
{
    return m_bounds.adjusted(-2, -2, 2, 2);
}

void BackupDropGhost::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QColor color = colorOf(m_verdict);
    QColor fill = color;
    fill.setAlpha(60);
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(color, 2, Qt::DashLine));
    p->setBrush(fill);
    for (const QRectF &r : m_bars)
        p->drawRoundedRect(r, 3, 3);
    if (m_labelRect.isEmpty())
        return;
    p->setPen(QPen(color, 1));
    p->setBrush(QColor(255, 255, 255, 235));
    p->drawRoundedRect(m_labelRect, 3, 3);
    p->setPen(color.darker(130));
    p->setFont(scene() ? scene()->font() : QFont());
    p->drawText(m_labelRect.adjusted(5, 0, -5, 0), Qt::AlignVCenter | Qt::AlignLeft,
                p->fontMetrics().elidedText(m_label, Qt::ElideRight, int(m_labelRect.width() - 10)));
}

} // namespace rd
