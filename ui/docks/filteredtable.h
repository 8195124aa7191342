// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

class QAbstractItemModel;
class QLineEdit;
class QSortFilterProxyModel;
class QString;
class QTableView;
class QWidget;

namespace rd {

/// What the docks that list findings share (Diagnostics, Chain Health): a table sorted and
/// filtered through a proxy, and the filter field above it.
namespace FilteredTable {
/// Shows `source` in `view` through `proxy`: the filter reads every column, ignoring case; a click
/// on a header sorts by it and a third click gives back the model's own order; one whole row is
/// selected at a time; rows alternate colours; no row numbers.
void setUp(QTableView *view, QSortFilterProxyModel *proxy, QAbstractItemModel *source);
/// `filter`, with a clear button, filters `proxy` as it is typed; Ctrl+F anywhere in `owner` puts
/// the cursor in it with its text selected. Connect to its textChanged after this call to read
/// the proxy already filtered.
void setUpFilter(QWidget *owner, QLineEdit *filter, QSortFilterProxyModel *proxy, const QString &placeholder,
                 const QString &toolTip);
} // namespace FilteredTable

} // namespace rd
