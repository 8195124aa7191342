#pragma once

#include <QDockWidget>

class QLabel;
class QStackedWidget;
class QTableView;

namespace rd {

class DesignerActions;
class PlanStepModel;
class ProjectDocument;
class StepEditorWidget;
class ViewState;

/// The "Plan" dock: the current plan's ordered steps (add, remove, reorder) and, below them,
/// the editor of the selected step. Selecting a step selects it everywhere (ViewState).
class PlanDock : public QDockWidget
{
    Q_OBJECT
public:
    PlanDock(ProjectDocument *document, ViewState *viewState, DesignerActions *actions, QWidget *parent = nullptr);

    QTableView *stepsView() const { return m_view; }
    StepEditorWidget *stepEditor() const { return m_editor; }

private:
    void selectCurrentStep();

    ViewState *m_viewState;
    PlanStepModel *m_model;
    QTableView *m_view;
    StepEditorWidget *m_editor;
    QLabel *m_placeholder;
    QStackedWidget *m_stack;
};

} // namespace rd
