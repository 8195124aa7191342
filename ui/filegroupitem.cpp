// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/filegroupitem.h"

#include "model/document/projectdocument.h"
#include "ui/designerstyle.h"
#include "ui/layoutscene.h"
#include "ui/viewstate.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace rd {
namespace {
constexpr qreal Radius = 6;
const QColor SelectionColor(0x1c, 0x7c, 0xe0);
} // namespace

FilegroupItem::FilegroupItem(const QString &filegroup) : m_filegroup(filegroup)
{
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
}

void FilegroupItem::setSize(const QSizeF &size)
{
    if (size == m_size)
        return;
    prepareGeometryChange();
    m_size = size;
}

qreal FilegroupItem::heightFor(int fileCount)
{
    return HeaderHeight + KindHeight + qMax(1, fileCount) * RowHeight + FooterHeight + 6;
}

QRectF FilegroupItem::boundingRect() const
{
    return QRectF(QPointF(-2, -2), m_size + QSizeF(4, 4));
}

LayoutScene *FilegroupItem::layoutScene() const
{
    return static_cast<LayoutScene *>(scene());
}

void FilegroupItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    LayoutScene *s = layoutScene();
    const Database &db = s->document()->project().database;
    const Filegroup *fg = isLog() ? nullptr : db.filegroup(m_filegroup);
    if (!isLog() && !fg)
        return;
    const QList<DataFile> &files = fg ? fg->files : db.logFiles;
    const QColor color = fg ? DesignerStyle::filegroupColor(fg->type) : DesignerStyle::logColor();
    const QColor tint = fg ? DesignerStyle::filegroupTint(fg->type) : DesignerStyle::logTint();
    const bool selected = fg && s->viewState()->selectedFilegroup().compare(fg->name, Qt::CaseInsensitive) == 0;
    const QRectF r(QPointF(0, 0), m_size);

    p->setRenderHint(QPainter::Antialiasing);
    QPainterPath box;
    box.addRoundedRect(r, Radius, Radius);
    p->fillPath(box, tint);
    if (fg && fg->readOnly) // hatched: nothing can be written here
        p->fillPath(box, QBrush(QColor(0, 0, 0, 30), Qt::BDiagPattern));

    // Header band: glyph, name, PRIMARY star, read-only lock.
    QPainterPath header;
    header.addRoundedRect(QRectF(0, 0, r.width(), HeaderHeight + Radius), Radius, Radius);
    p->save();
    p->setClipRect(QRectF(0, 0, r.width(), HeaderHeight));
    p->fillPath(header, color);
    p->restore();
    const QRectF glyph(6, (HeaderHeight - 18) / 2, 18, 18);
    if (fg)
        DesignerStyle::paintFilegroupGlyph(p, glyph, fg->type, DesignerStyle::readable(Qt::white, color));
    else
        DesignerStyle::paintLogGlyph(p, glyph, DesignerStyle::readable(Qt::white, color));
    qreal right = r.width() - 6;
    if (fg && fg->isPrimary()) {
        DesignerStyle::paintStarGlyph(p, QRectF(right - 17, (HeaderHeight - 17) / 2, 17, 17), DesignerStyle::primaryColor());
        right -= 21;
    }
    QFont bold = p->font();
    bold.setBold(true);
    p->setFont(bold);
    p->setPen(DesignerStyle::readable(Qt::white, color));
    const QRectF nameRect(glyph.right() + 6, 0, right - glyph.right() - 8, HeaderHeight);
    p->drawText(nameRect, Qt::AlignVCenter | Qt::AlignLeft,
                p->fontMetrics().elidedText(fg ? fg->name : tr("Transaction log"), Qt::ElideRight,
                                            int(nameRect.width())));

    // Kind line.
    QFont small = p->font();
    small.setBold(false);
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p->setFont(small);
    p->setPen(DesignerStyle::accentTextOn(color, tint));
    QString kind = fg ? toString(fg->type) : tr("LOG");
    if (fg && fg->readOnly)
        kind += tr("  ·  READ_ONLY");
    if (fg && fg->isPrimary())
        kind += tr("  ·  PRIMARY");
    kind = p->fontMetrics().elidedText(kind, Qt::ElideRight, int(r.width() - 16 - (fg && fg->readOnly ? 18 : 0)));
    p->drawText(QRectF(8, HeaderHeight, r.width() - 16, KindHeight), Qt::AlignVCenter | Qt::AlignLeft, kind);
    if (fg && fg->readOnly)
        DesignerStyle::paintLockGlyph(p, QRectF(r.width() - 22, HeaderHeight + (KindHeight - 15) / 2 + 1, 15, 15),
                                      DesignerStyle::mutedTextOn(tint));

    // Files: logical name left, size right.
    QFont normal = small;
    normal.setPointSizeF(p->font().pointSizeF() / 0.85 * 0.95);
    p->setFont(normal);
    qreal y = HeaderHeight + KindHeight;
    for (const DataFile &f : files) {
        const QRectF row(8, y, r.width() - 16, RowHeight);
        const QString size = f.sizeBytes > 0 ? DesignerStyle::formatSize(f.sizeBytes)
                                             : (fg && fg->type != FilegroupType::Rows ? tr("container")
                                                                                       : DesignerStyle::formatSize(0));
        p->setPen(DesignerStyle::mutedTextOn(tint));
        p->drawText(row, Qt::AlignVCenter | Qt::AlignRight, size);
        const int sizeWidth = p->fontMetrics().horizontalAdvance(size) + 10;
        p->setPen(DesignerStyle::textOn(tint));
        p->drawText(row.adjusted(0, 0, -sizeWidth, 0), Qt::AlignVCenter | Qt::AlignLeft,
                    p->fontMetrics().elidedText(f.name, Qt::ElideMiddle, int(row.width()) - sizeWidth));
        y += RowHeight;
    }
    if (files.isEmpty()) {
        p->setPen(DesignerStyle::mutedTextOn(tint));
        p->drawText(QRectF(8, y, r.width() - 16, RowHeight), Qt::AlignVCenter | Qt::AlignLeft, tr("(no files)"));
    }

    paintFooter(p, QRectF(0, r.height() - FooterHeight, r.width(), FooterHeight));

    p->setBrush(Qt::NoBrush);
    p->setPen(selected ? QPen(SelectionColor, 3) : QPen(color, fg && fg->isPrimary() ? 2 : 1.2));
    p->drawPath(box);
}

void FilegroupItem::paintFooter(QPainter *p, const QRectF &rect) const
{
    LayoutScene *s = layoutScene();
    QFont small = p->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    p->setFont(small);
    const QRectF inner = rect.adjusted(8, 3, -8, -5);
    const Database &db = s->document()->project().database;
    const Filegroup *fg = isLog() ? nullptr : db.filegroup(m_filegroup);
    const QColor tint = fg ? DesignerStyle::filegroupTint(fg->type) : DesignerStyle::logTint();
    p->setPen(DesignerStyle::mutedTextOn(tint));
    if (isLog()) {
        for (const TimelineEvent &e : s->document()->project().events) {
            if (e.kind == EventKind::Failure && e.logDamaged) {
                p->setPen(DesignerStyle::readable(DesignerStyle::severityColor(Severity::Error), tint));
                p->drawText(inner, Qt::AlignVCenter | Qt::AlignLeft, tr("damaged: no tail-log backup"));
                return;
            }
        }
        p->drawText(inner, Qt::AlignVCenter | Qt::AlignLeft, tr("tail-log backup possible"));
        return;
    }
    const FileState state = s->filegroupState(m_filegroup);
    const QString text = toString(state);
    QFont bold = small;
    bold.setBold(true);
    const qreal w = QFontMetricsF(bold).horizontalAdvance(text) + 14;
    // The caption gives way to the state when the box is narrow (the tooltip still says it).
    const QString caption = s->stateCaption();
    if (p->fontMetrics().horizontalAdvance(caption) <= inner.width() - w - 4)
        p->drawText(inner, Qt::AlignVCenter | Qt::AlignLeft, caption);
    p->setFont(bold);
    const QRectF pill(inner.right() - w, inner.top(), w, inner.height());
    p->setPen(Qt::NoPen);
    p->setBrush(DesignerStyle::fileStateColor(state));
    p->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    p->setPen(DesignerStyle::readable(Qt::white, DesignerStyle::fileStateColor(state)));
    p->drawText(pill, Qt::AlignCenter, text);
}

void FilegroupItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (!isLog())
        layoutScene()->viewState()->setSelectedFilegroup(m_filegroup);
    event->accept();
}

void FilegroupItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (!isLog())
        emit layoutScene()->renameRequested(m_filegroup);
    event->accept();
}

} // namespace rd
