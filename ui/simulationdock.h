// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDockWidget>

class QLabel;
class QTableView;

namespace rd {

class ProjectDocument;
class SimulationModel;
class ViewState;

/// The "Simulation" dock: the states before the restore and after every step of the current
/// plan, with the selected step's column framed and summarised above the table. Clicking a
/// column selects that step.
class SimulationDock : public QDockWidget
{
    Q_OBJECT
public:
    SimulationDock(ProjectDocument *document, ViewState *viewState, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }

private:
    void updateSummary();

    ProjectDocument *m_document;
    ViewState *m_viewState;
    SimulationModel *m_model;
    QLabel *m_summary;
    QTableView *m_view;
};

} // namespace rd
