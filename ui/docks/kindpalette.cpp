// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/docks/kindpalette.h"

#include <QMimeData>

namespace rd {

KindPalette::KindPalette(const QString &mimeType, QWidget *parent) : QListWidget(parent), m_mimeType(mimeType)
{
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
}

void KindPalette::addKind(const QIcon &icon, const QString &name, const QString &key, const QString &toolTip)
{
    auto *item = new QListWidgetItem(icon, name, this);
    item->setData(Qt::UserRole, key);
    item->setToolTip(toolTip);
}

QStringList KindPalette::mimeTypes() const
{
    return {m_mimeType};
}

QMimeData *KindPalette::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(m_mimeType, items.first()->data(Qt::UserRole).toString().toUtf8());
    mime->setText(items.first()->text());
    return mime;
}

} // namespace rd
