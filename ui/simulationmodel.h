// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/planstep.h"
#include "model/simulation/simulationresult.h"

#include <QAbstractTableModel>

namespace rd {

class ProjectDocument;
class ViewState;

/// The simulated states of the current plan as a table: one column before the restore and
/// one after each step; rows for the database, each filegroup, the redo LSN and the point in
/// time. Cells are tinted by state (ONLINE green, RESTORING amber, RECOVERY_PENDING grey-blue,
/// SUSPECT/DEFUNCT red); the selected step's column is bold. A clock marks the step whose
/// recovery first loads the memory-optimized data into memory (R-MOD-004); its tooltips say how
/// much and how long.
class SimulationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int IsCurrentColumnRole = Qt::UserRole + 1;
    static constexpr int StateColorRole = Qt::UserRole + 2; ///< the strong colour of a state cell

    SimulationModel(ProjectDocument *document, ViewState *viewState, QObject *parent = nullptr);

    /// The state shown in `column` (0 = before the first step).
    const StepState &stateAt(int column) const;
    int filegroupCount() const { return int(m_filegroups.size()); }
    /// What the recovery of the step in `column` loads into memory before the database is available
    /// (R-MOD-004): a sentence, or one short line when `brief`; empty when it loads nothing.
    QString memoryOptimizedLoadText(int column, bool brief = false) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refresh();
    void currentStepChanged();

    ProjectDocument *m_document;
    ViewState *m_viewState;
    SimulationResult m_result;
    QList<PlanStep> m_steps;
    QList<QPair<QString, FilegroupType>> m_filegroups;
    int m_currentColumn = 0;
};

} // namespace rd
