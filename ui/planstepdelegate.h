// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStyledItemDelegate>

namespace rd {

/// Paints the Plan dock's steps, and above the step that loads the memory-optimized data a strip
/// across the row with the memory it needs before it (PlanStepModel::MemoryNoteRole): amber with a
/// warning glyph when the environment states less (R-MOD-003), else in the memory-optimized
/// filegroup's tint. The row is that much taller; the step's cells keep their usual look below
/// the strip, so selection, editing and drag and drop work on the step as on any other.
class PlanStepDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// The strip's height for `option`'s font.
    static int stripHeight(const QStyleOptionViewItem &option);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace rd
