// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// TimelineView's own painting over the scene: the fixed lane labels and the legend.
#include "ui/timeline/timelineview.h"

#include "model/document/projectdocument.h"
#include "ui/designerstyle.h"
#include "ui/timeline/timelinescene.h"

#include <QPainter>

namespace rd {

void TimelineView::drawForeground(QPainter *p, const QRectF &rect)
{
    QGraphicsView::drawForeground(p, rect); // the scene's (trainer mode's chips)
    // Fixed lane labels: painted in viewport coordinates over the scene's left gutter.
    p->save();
    p->resetTransform();
    p->setRenderHint(QPainter::Antialiasing);
    const qreal top = mapFromScene(QPointF(0, 0)).y();
    const qreal w = TimelineScene::Gutter;
    QFont font = m_scene->font();
    QFont bold = font;
    bold.setBold(true);

    const QRectF corner(0, top, w, TimelineScene::AxisHeight);
    const QColor cornerColor = DesignerStyle::paletteGrey(0xea);
    p->fillRect(corner, cornerColor);
    p->setPen(DesignerStyle::textOn(cornerColor));
    p->setFont(bold);
    const bool lsnAxis = m_scene->axis() == TimelineAxis::Lsn;
    const QString leftText = lsnAxis ? LsnAxis::abbreviated(leftLsn())
                                     : m_scene->timeForX(mapToScene(QPoint(int(w), 0)).x()).toString(QStringLiteral("yyyy-MM-dd"));
    p->drawText(corner.adjusted(8, 2, -6, -TimelineScene::AxisHeight / 2), Qt::AlignLeft | Qt::AlignVCenter,
                p->fontMetrics().elidedText(leftText, Qt::ElideLeft, int(w - 14)));
    p->setFont(font);
    p->setPen(DesignerStyle::mutedTextOn(cornerColor));
    p->drawText(corner.adjusted(8, TimelineScene::AxisHeight / 2 - 4, -6, -2), Qt::AlignLeft | Qt::AlignVCenter,
                lsnAxis ? tr("LSN (ordinal) →") : tr("server time →"));

    for (const TimelineScene::Lane &lane : m_scene->lanes()) {
        const QRectF r(0, top + lane.top, w, m_scene->laneHeight());
        const bool log = lane.filegroup.isEmpty();
        const QColor color = log ? DesignerStyle::logColor() : DesignerStyle::filegroupColor(lane.type);
        const QColor tint = log ? DesignerStyle::logTint() : DesignerStyle::filegroupTint(lane.type);
        p->fillRect(r, tint);
        p->fillRect(QRectF(r.left(), r.top(), 4, r.height()), color);
        const QRectF glyph(10, r.center().y() - 8, 16, 16);
        if (log)
            DesignerStyle::paintLogGlyph(p, glyph, color);
        else
            DesignerStyle::paintFilegroupGlyph(p, glyph, lane.type, color);
        qreal right = r.right() - 6;
        if (lane.readOnly) {
            DesignerStyle::paintLockGlyph(p, QRectF(right - 14, r.center().y() - 7, 14, 14), DesignerStyle::mutedTextOn(tint));
            right -= 17;
        }
        if (lane.primary) {
            DesignerStyle::paintStarGlyph(p, QRectF(right - 14, r.center().y() - 7, 14, 14), DesignerStyle::primaryColor());
            right -= 17;
        }
        p->setFont(lane.primary ? bold : font);
        p->setPen(DesignerStyle::textOn(tint));
        const QRectF text(glyph.right() + 6, r.top(), right - glyph.right() - 8, r.height());
        p->drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
                    p->fontMetrics().elidedText(log ? tr("Log") : lane.filegroup, Qt::ElideRight, int(text.width())));
        p->setPen(DesignerStyle::paletteGrey(0xd0));
        p->drawLine(QPointF(r.left(), r.bottom()), QPointF(r.right(), r.bottom()));
    }
    const QRectF events(0, top + m_scene->lanesBottom(), w, m_scene->eventsHeight());
    p->fillRect(events, DesignerStyle::paletteGrey(0xf0));
    p->setFont(font);
    p->setPen(DesignerStyle::mutedTextOn(DesignerStyle::paletteGrey(0xf0)));
    p->drawText(QRectF(events.left() + 12, events.top() + 4, w - 18, TimelineScene::EventsRowHeight),
                Qt::AlignVCenter | Qt::AlignLeft, tr("Events"));
    p->setPen(DesignerStyle::paletteGrey(0xb8));
    p->drawLine(QPointF(w - 0.5, top), QPointF(w - 0.5, events.bottom()));
    if (m_scene->document()->project().backups.isEmpty()) {
        const QRectF lanes(w, top + TimelineScene::AxisHeight, viewport()->width() - w,
                           m_scene->lanesBottom() - TimelineScene::AxisHeight);
        p->setFont(font);
        p->setPen(DesignerStyle::mutedTextOn(DesignerStyle::canvasColor()));
        p->drawText(lanes, Qt::AlignCenter | Qt::TextWordWrap,
                    tr("No backups yet: right-click here to add a FULL backup, then logs, differentials, "
                       "file or partial backups."));
    }
    if (events.bottom() + 30 < viewport()->height())
        drawLegend(p, QPointF(8, viewport()->height() - 24));
    p->restore();
}

void TimelineView::drawLegend(QPainter *p, const QPointF &at)
{
    // What the colours and marks mean, where there is room under the lanes.
    QFont font = m_scene->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    p->setFont(font);
    const QFontMetricsF fm(font);
    qreal x = at.x();
    const qreal y = at.y();
    auto text = [&](const QString &s, const QColor &color = DesignerStyle::mutedTextOn(DesignerStyle::canvasColor())) {
        p->setPen(color);
        p->drawText(QPointF(x, y + 12), s);
        x += fm.horizontalAdvance(s) + 14;
    };
    for (const BackupType type : {BackupType::Full, BackupType::Differential, BackupType::Partial, BackupType::File,
                                  BackupType::Log}) {
        p->setPen(Qt::NoPen);
        p->setBrush(DesignerStyle::backupColor(type));
        p->drawRoundedRect(QRectF(x, y + 2, 9, 13), 2, 2);
        x += 13;
        text(toString(type));
    }
    x += 6;
    p->setPen(Qt::NoPen);
    p->setBrush(QColor(0x26, 0x32, 0x3f));
    p->drawEllipse(QRectF(x, y + 1, 15, 15));
    p->setPen(Qt::white);
    QFont bold = font;
    bold.setBold(true);
    p->setFont(bold);
    p->drawText(QRectF(x, y + 1, 15, 15), Qt::AlignCenter, QStringLiteral("1"));
    p->setFont(font);
    x += 19;
    text(tr("restored by plan step 1"));
    text(tr("pale: not in the plan"));
    text(tr("hatched: read-only"));
}

} // namespace rd
