// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/timeline/backupitem.h"

#include "model/document/projectdocument.h"
#include "ui/designerstyle.h"
#include "ui/timeline/cfpbadge.h"
#include "ui/timeline/timelinescene.h"
#include "ui/viewstate.h"

#include <QCursor>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace rd {
namespace {
constexpr qreal BadgeSize = 16;
const QColor SelectionColor(0x1c, 0x7c, 0xe0);

QColor faded(const QColor &c)
{
    return QColor::fromRgbF(c.redF() * 0.45 + 0.55, c.greenF() * 0.45 + 0.55, c.blueF() * 0.45 + 0.55);
}
} // namespace

BackupItem::BackupItem(const QString &backupId) : m_id(backupId)
{
    setCursor(Qt::SizeHorCursor);
    setFlag(ItemUsesExtendedStyleOption); // paint() reads the exposed rect
    setAcceptedMouseButtons(Qt::LeftButton | Qt::RightButton);
}

void BackupItem::setGeometry(const QList<QRectF> &segments, const QRectF &labelRect, const QString &label)
{
    if (segments == m_segments && labelRect == m_labelRect && label == m_label)
        return; // nothing to repaint (TimelineScene::placeCfpBadges re-places every bar it shows)
    prepareGeometryChange();
    m_segments = segments;
    m_labelRect = labelRect;
    m_label = label;
}

void BackupItem::setCfpBadge(const QRectF &rect, const QString &text)
{
    if (rect == m_badgeRect && text == m_badgeText)
        return;
    prepareGeometryChange();
    m_badgeRect = text.isEmpty() ? QRectF() : rect;
    m_badgeText = text;
}

QFont BackupItem::badgeFont(const QFont &sceneFont)
{
    QFont font = sceneFont;
    font.setPointSizeF(sceneFont.pointSizeF() * 0.85);
    return font;
}

QRectF BackupItem::boundingRect() const
{
    QRectF r = m_labelRect;
    if (!m_badgeText.isEmpty())
        r = r.united(m_badgeRect);
    for (const QRectF &s : m_segments)
        r = r.united(s);
    return r.adjusted(-3, -3, 3, 3);
}

QPainterPath BackupItem::shape() const
{
    QPainterPath path;
    for (const QRectF &s : m_segments)
        path.addRect(s.adjusted(-3, -3, 3, 3));
    path.addRect(m_labelRect);
    if (!m_badgeText.isEmpty()) // hovering the badge shows the backup's tooltip, which explains it
        path.addRect(m_badgeRect);
    return path;
}

TimelineScene *BackupItem::timelineScene() const
{
    return static_cast<TimelineScene *>(scene());
}

void BackupItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    // A full or differential backup has a segment on each of up to hundreds of lanes: paint only
    // the exposed ones.
    const QRectF exposed = option->exposedRect.adjusted(-4, -4, 4, 4);
    TimelineScene *s = timelineScene();
    const Backup *b = s->document()->analysis().backup(m_id);
    if (!b || m_segments.isEmpty())
        return;
    const QList<int> steps = s->stepsUsing(m_id);
    const bool used = !steps.isEmpty();
    const bool selected = s->viewState()->selectedBackup() == m_id;
    // A backup the current plan leaves out recedes (its tooltip says why); the selected one stays
    // clear, so the user sees what they picked.
    if (!selected && s->isDimmed(m_id))
        p->setOpacity(DimmedOpacity);
    const QColor color = DesignerStyle::backupColor(b->type);
    const QColor fill = used || selected ? color : faded(color);
    p->setRenderHint(QPainter::Antialiasing);

    if (m_segments.size() > 1) { // the connector says "one backup", across lanes it skips
        const qreal x = m_segments.first().center().x();
        p->setPen(QPen(fill, 2, Qt::DotLine));
        const qreal top = qMax(m_segments.first().bottom(), exposed.top());
        const qreal bottom = qMin(m_segments.last().top(), exposed.bottom());
        if (top < bottom)
            p->drawLine(QPointF(x, top), QPointF(x, bottom));
    }
    QPen outline = selected ? QPen(SelectionColor, 3) : used ? QPen(color.darker(170), 1.6) : QPen(color, 1);
    if (b->copyOnly)
        outline.setStyle(Qt::DashLine);
    for (const QRectF &seg : std::as_const(m_segments)) {
        if (!seg.intersects(exposed))
            continue;
        p->setPen(outline);
        p->setBrush(fill);
        p->drawRoundedRect(seg, 3, 3);
        if (b->damaged) {
            p->setPen(QPen(DesignerStyle::severityColor(Severity::Error), 2));
            p->drawLine(seg.topLeft(), seg.bottomRight());
            p->drawLine(seg.topRight(), seg.bottomLeft());
        }
    }

    // Step badges, then the id.
    QFont font = s->font();
    QFont badgeFont = font;
    badgeFont.setBold(true);
    badgeFont.setPointSizeF(font.pointSizeF() * 0.8);
    qreal x = m_labelRect.left();
    const qreal cy = m_labelRect.center().y();
    for (const int n : steps) {
        const QRectF badge(x, cy - BadgeSize / 2, BadgeSize, BadgeSize);
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(0x26, 0x32, 0x3f));
        p->drawEllipse(badge);
        p->setPen(Qt::white);
        p->setFont(badgeFont);
        p->drawText(badge, Qt::AlignCenter, QString::number(n));
        x += BadgeSize + 2;
    }
    if (!m_badgeText.isEmpty() && m_badgeRect.intersects(exposed))
        CfpBadge::paint(p, m_badgeRect, m_badgeText, BackupItem::badgeFont(s->font()));
    if (!m_label.isEmpty()) {
        font.setBold(used);
        p->setFont(font);
        p->setPen(used || selected ? DesignerStyle::textOn(DesignerStyle::canvasColor())
                                    : DesignerStyle::mutedTextOn(DesignerStyle::canvasColor()));
        p->drawText(QRectF(x + (steps.isEmpty() ? 0 : 2), m_labelRect.top(), m_labelRect.right() - x, m_labelRect.height()),
                    Qt::AlignVCenter | Qt::AlignLeft, m_label);
    }
}

void BackupItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    TimelineScene *s = timelineScene();
    s->viewState()->setSelectedBackup(m_id);
    if (event->button() == Qt::LeftButton) {
        m_dragging = true;
        s->beginBackupDrag(m_id, event->scenePos());
    }
    event->accept();
}

void BackupItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_dragging)
        timelineScene()->dragBackup(event->scenePos());
}

void BackupItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_dragging) {
        m_dragging = false;
        timelineScene()->endBackupDrag();
    }
    event->accept();
}

} // namespace rd
