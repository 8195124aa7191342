// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/planstep.h"
#include "model/findings/diagnostic.h"
#include "ui/planestimatetext.h"

#include <QAbstractTableModel>

namespace rd {

class ProjectDocument;
class ViewState;

/// The current plan's steps as a table: #, statement, backup, targets, estimated time, options.
/// The # column carries the worst finding of the step as an icon, its tooltip the findings
/// themselves. The step whose recovery loads the memory-optimized data carries, in MemoryNoteRole,
/// the memory it needs before it (PlanEstimateText::memoryNote; PlanStepDelegate paints it above
/// the step), and the plan's total time and when each filegroup comes online are onlineSummary().
///
/// A snapshot refreshed from the document after every change (so the view never reads a
/// project that changed under it between Qt's model signals).
class PlanStepModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, StatementColumn, BackupColumn, TargetsColumn, TimeColumn, OptionsColumn, ColumnCount };
    enum Role {
        /// On every column of the step that loads the memory-optimized data: the note of the memory
        /// it needs (QString; invalid on the other steps).
        MemoryNoteRole = Qt::UserRole + 1,
        /// With it: true when the environment states less memory than needed (R-MOD-003).
        MemoryWarningRole,
    };

    PlanStepModel(ProjectDocument *document, ViewState *viewState, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Drag and drop (DesignerMime): a step dragged to another row moves there, a backup dropped
    // on the plan becomes a step restoring it (RESTORE … WITH NORECOVERY) at that row; each drop
    // is one undoable EditCommand, and the rows follow the document.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

    /// The plan's estimated total time and when each filegroup comes online
    /// (PlanEstimateText::onlineSummary); empty without steps.
    QString onlineSummary() const { return m_online; }

private:
    void refresh();
    /// The row a drop at (row, parent) goes before: onto a step = before it, elsewhere = the end.
    int dropRow(int row, const QModelIndex &parent) const;

    ProjectDocument *m_document;
    ViewState *m_viewState;
    QList<PlanStep> m_steps;
    QList<QList<Diagnostic>> m_findings; ///< per step
    QStringList m_seconds;               ///< per step: its estimated duration (PlanEstimateText::stepSeconds)
    QStringList m_secondsTips;           ///< per step: how that duration comes about
    PlanEstimateText::MemoryNote m_memory;
    QString m_online;
};

} // namespace rd
