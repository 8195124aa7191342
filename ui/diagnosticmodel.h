// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/findings/diagnostic.h"

#include <QAbstractTableModel>

namespace rd {

class ProjectDocument;
class ViewState;

/// The current plan's findings: severity, rule, step, backup, filegroup, message; the tooltip
/// adds the fix, and whether Apply Fix makes it (and what it changes) or it is the user's to make. A snapshot refreshed after every change of the document (the analysis is
/// recomputed on each edit, so the table follows live).
class DiagnosticModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, RuleColumn, StepColumn, BackupColumn, FilegroupColumn, MessageColumn, ColumnCount };

    DiagnosticModel(ProjectDocument *document, ViewState *viewState, QObject *parent = nullptr);

    const Diagnostic &diagnostic(int row) const { return m_diagnostics[row]; }
    int count(Severity severity) const;
    /// What applying `edit` changes, in the user's words: "the plan", "the backup history",
    /// "the layout", "the events" (joined); empty for no edit.
    static QString changedParts(const ProjectEdit &edit);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refresh();

    ProjectDocument *m_document;
    ViewState *m_viewState;
    QList<Diagnostic> m_diagnostics;
};

} // namespace rd
