// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDockWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace rd {

class ChainHealthModel;
class ProjectDocument;
class ViewState;

/// The "Chain Health" dock: the chain-health report of the whole backup history
/// (docs/chain-health.md), whatever the plan: log chain gaps, recovery forks, differentials whose
/// base is gone, backups to NUL or by another tool, full backups with no log after them, copy-only,
/// damaged or failed backups and the longest time without a usable restore point. The table sorts
/// by any column and a filter field (Ctrl+F) keeps the entries whose text contains what is typed.
/// Rows are one line each, so that hundreds of entries stay readable; the current entry's whole
/// message shows under the table.
/// Selecting an entry selects its first backup (ViewState, as the Diagnostics dock does) and asks
/// for it to be shown (locateRequested: the main window scrolls the timeline to it). The table
/// changes only when the history does.
class ChainHealthDock : public QDockWidget
{
    Q_OBJECT
public:
    ChainHealthDock(ProjectDocument *document, ViewState *viewState, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    ChainHealthModel *model() const { return m_model; }
    /// View ▸ Chain Health (Ctrl+Shift+H): shows and raises the dock and puts the focus in its table.
    QAction *showAction() const { return m_show; }

signals:
    /// The user selected an entry concerning backup `id`: show it (scroll the timeline there).
    void locateRequested(const QString &id);

private:
    int sourceRow(int viewRow) const;
    void locate(int viewRow);
    void updateSummary();
    void updateDetail();

    ViewState *m_viewState;
    ChainHealthModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_icon;
    QLabel *m_summary;
    QTableView *m_view;
    QLabel *m_placeholder;
    QLabel *m_detail; ///< the current entry's whole message, under the one-line rows
    QStackedWidget *m_stack;
    QAction *m_show;
};

} // namespace rd
