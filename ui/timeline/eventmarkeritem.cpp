// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/timeline/eventmarkeritem.h"

#include "ui/designerstyle.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace rd {

namespace {
QFont chipFont(QFont font)
{
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}
} // namespace

qreal EventMarkerItem::chipWidth(const QString &text, const QFont &font)
{
    return QFontMetricsF(chipFont(font)).horizontalAdvance(text) + 12;
}

EventMarkerItem::EventMarkerItem(const Look &look, qreal top, qreal bottom, qreal chipY, const QFont &font)
    : m_look(look), m_top(top), m_bottom(bottom), m_font(chipFont(font))
{
    setFlag(ItemUsesExtendedStyleOption); // paint() reads the exposed rect
    const QFontMetricsF fm(m_font);
    const qreal w = chipWidth(look.chip, font);
    const qreal h = fm.height() + 4;
    m_chipRect = QRectF(-w / 2, chipY - h / 2, w, h);
    setZValue(-1); // under the backup bars
}

QColor EventMarkerItem::colorOf(EventKind kind)
{
    switch (kind) {
    case EventKind::Failure: return DesignerStyle::severityColor(Severity::Error);
    case EventKind::Mark: return QColor(0x2f, 0x73, 0xb8);
    case EventKind::SetReadOnly:
    case EventKind::SetReadWrite: return QColor(0x5a, 0x5a, 0x5a);
    case EventKind::SetRecoveryModel: return QColor(0x8a, 0x6a, 0x32);
    case EventKind::AddFile:
    case EventKind::RemoveFile: return QColor(0x4a, 0x6a, 0x4a);
    case EventKind::OpenTransaction: return QColor(0x9a, 0x5a, 0x9a);
    }
    return Qt::gray;
}

void EventMarkerItem::setEventIndex(int index)
{
    m_eventIndex = index;
    // A drag takes hold of the line and the chip; an item's cursor would also cover the shaded
    // bands of a failure (where a press is on the lane), so only markers without bands get one.
    if (index >= 0 && m_look.bands.isEmpty())
        setCursor(Qt::SizeHorCursor);
}

bool EventMarkerItem::isHandleAt(const QPointF &scenePos) const
{
    const QPointF p = mapFromScene(scenePos);
    if (QRectF(-4, m_top, 8, m_bottom - m_top).contains(p) || m_chipRect.adjusted(-1, -1, 1, 1).contains(p))
        return true;
    return std::any_of(m_look.lockLanes.cbegin(), m_look.lockLanes.cend(),
                       [&p](qreal y) { return QRectF(-10, y - 10, 20, 20).contains(p); });
}

QRectF EventMarkerItem::boundingRect() const
{
    QRectF r(-8, m_top, 16, m_bottom - m_top);
    r = r.united(m_chipRect.adjusted(-1, -1, 1, 1));
    for (const QRectF &band : m_look.bands)
        r = r.united(band);
    return r;
}

void EventMarkerItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    // Only what is exposed: the line crosses every lane (hundreds with 200 filegroups), and a long
    // antialiased dashed line costs its whole length however little of it shows.
    const QRectF exposed = option->exposedRect;
    p->setRenderHint(QPainter::Antialiasing);
    QColor band = m_look.color;
    band.setAlpha(40);
    for (const QRectF &whole : m_look.bands) {
        const QRectF r = whole.intersected(exposed);
        if (r.isEmpty())
            continue;
        p->fillRect(r, band);
        p->fillRect(r, QBrush(QColor(m_look.color.red(), m_look.color.green(), m_look.color.blue(), 50),
                              Qt::FDiagPattern));
    }
    QPen pen(m_look.color, m_look.dashed ? 1.5 : 2.2);
    if (m_look.dashed)
        pen.setStyle(Qt::DashLine);
    p->setPen(pen);
    const qreal top = qMax(m_top, exposed.top() - 4), bottom = qMin(m_bottom, exposed.bottom() + 4);
    if (top < bottom)
        p->drawLine(QPointF(0, top), QPointF(0, bottom));
    for (const qreal y : m_look.lockLanes) {
        if (y + 10 < exposed.top() || y - 10 > exposed.bottom())
            continue;
        const QRectF chip(-10, y - 10, 20, 20);
        p->setPen(QPen(m_look.color, 1));
        p->setBrush(DesignerStyle::canvasColor());
        p->drawEllipse(chip);
        DesignerStyle::paintLockGlyph(p, chip.adjusted(3, 3, -3, -3), m_look.color);
        if (m_look.unlock) // an open shackle: a slash across the lock
            p->drawLine(chip.topRight() + QPointF(-4, 4), chip.bottomLeft() + QPointF(4, -4));
    }
    if (!m_look.chip.isEmpty()) {
        p->setPen(Qt::NoPen);
        p->setBrush(m_look.color);
        p->drawRoundedRect(m_chipRect, 4, 4);
        p->setPen(DesignerStyle::readable(Qt::white, m_look.color));
        p->setFont(m_font);
        p->drawText(m_chipRect, Qt::AlignCenter, m_look.chip);
    }
}

} // namespace rd
