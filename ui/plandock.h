// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDockWidget>

class QLabel;
class QStackedWidget;
class QTableView;

namespace rd {

class DesignerActions;
class ElidedLabel;
class PlanStepModel;
class ProjectDocument;
class StepEditorWidget;
class ViewState;

/// The "Plan" dock: the current plan's ordered steps (add, remove, reorder) with each one's
/// estimated time and, above the step that loads the memory-optimized data, the memory it needs
/// (PlanStepDelegate); under them the plan's total time and when each filegroup comes online; and
/// below, the editor of the selected step. Selecting a step selects it everywhere (ViewState).
class PlanDock : public QDockWidget
{
    Q_OBJECT
public:
    PlanDock(ProjectDocument *document, ViewState *viewState, DesignerActions *actions, QWidget *parent = nullptr);

    QTableView *stepsView() const { return m_view; }
    /// The line under the steps: the plan's total time and when each filegroup comes online.
    ElidedLabel *estimateSummary() const { return m_summary; }
    StepEditorWidget *stepEditor() const { return m_editor; }

private:
    void selectCurrentStep();
    /// The rows' heights (the loading step's strip) and the summary line, after the model changed.
    void showEstimates();

    ViewState *m_viewState;
    PlanStepModel *m_model;
    QTableView *m_view;
    StepEditorWidget *m_editor;
    QLabel *m_placeholder;
    ElidedLabel *m_summary;
    QStackedWidget *m_stack;
};

} // namespace rd
