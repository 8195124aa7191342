// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMainWindow>

class QComboBox;
class QDockWidget;
class QLabel;
class QSplitter;

namespace rd {

class CfpDock;
class ChartsDock;
class DesignerActions;
class DatabaseInspector;
class DiagnosticsDock;
class ExportActions;
class HelpActions;
class HistoryActions;
class PresenterMode;
class LayoutScene;
class PlanDock;
class ProjectDocument;
class ProjectFileActions;
class SimulationDock;
class TimelineScene;
class TimelineView;
class TsqlDock;
class ViewState;

/// The designer window: the filegroup layout and the backup timeline in the centre; Plan,
/// Simulation, Diagnostics and T-SQL docks around them. Owns the ProjectDocument; every view
/// repaints from it, and every edit is a command on its undo stack.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a project file (.rdproj) or JSON plan (.json); shows the error and returns false
    /// when it cannot be read (the current project then stays open).
    bool openFile(const QString &path);
    /// Opens the bundled sample as an untitled project (ProjectFileActions::openSample).
    void openSample();
    ProjectDocument *document();
    /// Help ▸ Rules and Help ▸ Quick Tour (main() offers the tour at the first start).
    HelpActions *helpActions() const { return m_help; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createDocks();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void restoreSettings();
    void projectReplaced();
    void updateTitle();
    void updateStatus();
    void refreshPlanCombo();
    void fitLayoutPane(const QRectF &sceneRect);

    ProjectDocument *m_document;
    ViewState *m_viewState;
    DesignerActions *m_actions;
    ProjectFileActions *m_files;
    HistoryActions *m_history; ///< File ▸ Import History, Plan for… (issue 11)
    LayoutScene *m_layoutScene;
    TimelineScene *m_timelineScene;
    PresenterMode *m_presenter = nullptr;
    ExportActions *m_exports = nullptr;
    HelpActions *m_help = nullptr;
    TimelineView *m_timelineView;
    QSplitter *m_centralSplitter;
    int m_fittedLayoutHeight = -1;
    PlanDock *m_planDock;
    DiagnosticsDock *m_diagnosticsDock;
    SimulationDock *m_simulationDock;
    TsqlDock *m_tsqlDock;
    DatabaseInspector *m_inspector;
    CfpDock *m_cfpDock;
    QDockWidget *m_backupsDock;
    QDockWidget *m_eventsDock;
    ChartsDock *m_chartsDock;
    QComboBox *m_planCombo;
    QLabel *m_countsIcon;
    QLabel *m_counts;
    QByteArray m_defaultState;
};

} // namespace rd
