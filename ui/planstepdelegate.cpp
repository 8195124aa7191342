// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/planstepdelegate.h"

#include "ui/designerstyle.h"
#include "ui/planstepmodel.h"

#include <QPainter>
#include <QTableView>

namespace rd {
namespace {
constexpr int GlyphSize = 14;
} // namespace

int PlanStepDelegate::stripHeight(const QStyleOptionViewItem &option)
{
    return option.fontMetrics.height() + 8;
}

QSize PlanStepDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 8)); // the dock's usual row height
    if (!index.data(PlanStepModel::MemoryNoteRole).toString().isEmpty())
        size.rheight() += stripHeight(option);
    return size;
}

void PlanStepDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString note = index.data(PlanStepModel::MemoryNoteRole).toString();
    if (note.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The strip spans the row: each cell paints its own part of it (clipped to the cell), at the
    // row's coordinates, so the text runs on across the columns.
    const int strip = stripHeight(option);
    const QRect cell(option.rect.left(), option.rect.top(), option.rect.width(), strip);
    int rowLeft = option.rect.left();
    int rowRight = option.rect.right();
    if (const auto *view = qobject_cast<const QTableView *>(option.widget)) {
        rowLeft = view->columnViewportPosition(0);
        rowRight = view->viewport()->width() - 1;
    }
    const bool warning = index.data(PlanStepModel::MemoryWarningRole).toBool();
    const QColor mod = DesignerStyle::filegroupColor(FilegroupType::MemoryOptimizedData);
    const QColor fill = warning ? DesignerStyle::tintFor(DesignerStyle::severityColor(Severity::Warning), QColor(0xfd, 0xf0, 0xd0))
                                : DesignerStyle::filegroupTint(FilegroupType::MemoryOptimizedData);
    painter->save();
    painter->setClipRect(cell);
    painter->fillRect(cell, fill);
    painter->setPen(warning ? DesignerStyle::severityColor(Severity::Warning) : mod);
    painter->drawLine(cell.bottomLeft(), cell.bottomRight());
    const QRectF glyph(rowLeft + 6, cell.top() + (strip - GlyphSize) / 2.0, GlyphSize, GlyphSize);
    if (warning)
        DesignerStyle::paintSeverityGlyph(painter, glyph, Severity::Warning);
    else
        DesignerStyle::paintFilegroupGlyph(painter, glyph, FilegroupType::MemoryOptimizedData, mod);
    const QRect text(int(glyph.right()) + 6, cell.top(), rowRight - int(glyph.right()) - 10, strip);
    QFont font = option.font;
    font.setBold(warning);
    painter->setFont(font);
    painter->setPen(DesignerStyle::textOn(fill));
    painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, QFontMetrics(font).elidedText(note, Qt::ElideRight, text.width()));
    painter->restore();

    // The step itself, below the strip, as every other step.
    QStyleOptionViewItem below = option;
    below.rect.setTop(option.rect.top() + strip);
    QStyledItemDelegate::paint(painter, below, index);
}

} // namespace rd
