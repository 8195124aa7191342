// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/docks/filteredtable.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace rd::FilteredTable {

void setUp(QTableView *view, QSortFilterProxyModel *proxy, QAbstractItemModel *source)
{
    proxy->setSourceModel(source);
    proxy->setFilterKeyColumn(-1); // every column
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->horizontalHeader()->setSortIndicatorClearable(true); // a third click: the model's order
    view->sortByColumn(-1, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
}

void setUpFilter(QWidget *owner, QLineEdit *filter, QSortFilterProxyModel *proxy, const QString &placeholder,
                 const QString &toolTip)
{
    filter->setPlaceholderText(placeholder);
    filter->setToolTip(toolTip);
    filter->setClearButtonEnabled(true);
    filter->setMaximumWidth(260);
    auto *find = new QAction(owner);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(find, &QAction::triggered, filter, [filter] {
        filter->setFocus(Qt::ShortcutFocusReason);
        filter->selectAll();
    });
    owner->addAction(find);
    QObject::connect(filter, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
}

} // namespace rd::FilteredTable
