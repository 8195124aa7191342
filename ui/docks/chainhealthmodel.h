// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/analysis/chainhealth.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace rd {

class ProjectDocument;

/// The chain-health report of the document's history as a table: severity, kind, message,
/// backups, when. A snapshot of the analysis's report (ProjectAnalysis::history().chainHealth()),
/// taken again only when an edit changed the history: a plan edit leaves it as it is. The report
/// is deferred (HistoryAnalysis::chainHealth): the table follows once the event loop is idle, when
/// the document has prepared it, so that an edit never waits for it.
class ChainHealthModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, KindColumn, MessageColumn, BackupsColumn, WhenColumn, ColumnCount };
    /// What the dock sorts by: the severity's order (errors first), times as times, the rest as text.
    static constexpr int SortRole = Qt::UserRole;

    explicit ChainHealthModel(ProjectDocument *document, QObject *parent = nullptr);

    const ChainHealthEntry &entry(int row) const { return m_entries[row]; }
    /// The report the table shows.
    const ChainHealth &health() const { return m_health; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refresh();
    /// Refreshes now if the report is built, else when the event loop is next idle.
    void refreshWhenReady();
    QString whenText(const ChainHealthEntry &e) const;

    ProjectDocument *m_document;
    ChainHealth m_health;               ///< a copy sharing the analysis's lists
    QList<ChainHealthEntry> m_entries;  ///< m_health.entries()
    QTimer m_later;                     ///< single shot, 0 ms: refresh() once idle
};

} // namespace rd
