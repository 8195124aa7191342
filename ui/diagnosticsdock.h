#pragma once

#include <QDockWidget>

class QAction;
class QLabel;
class QStackedWidget;
class QTableView;

namespace rd {

class DiagnosticModel;
class ProjectDocument;
class ViewState;

/// The "Diagnostics" dock: the current plan's findings, live. Selecting one locates it: the
/// step is selected in the Plan dock and the backup and filegroup it concerns are highlighted
/// on the timeline and in the layout.
class DiagnosticsDock : public QDockWidget
{
    Q_OBJECT
public:
    DiagnosticsDock(ProjectDocument *document, ViewState *viewState, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    DiagnosticModel *model() const { return m_model; }
    /// Applies the selected finding's fix as one undoable edit (enabled when it has one).
    QAction *applyFixAction() const { return m_applyFix; }

private:
    void locate(int row);
    void updateSummary();
    void updateFixAction();
    void applyFix();

    ProjectDocument *m_document;
    ViewState *m_viewState;
    DiagnosticModel *m_model;
    QLabel *m_icon;
    QLabel *m_summary;
    QTableView *m_view;
    QLabel *m_placeholder;
    QStackedWidget *m_stack;
    QAction *m_applyFix;
};

} // namespace rd
