// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/mainwindow.h"

#include "model/document/projectdocument.h"
#include "ui/charts/chartsdock.h"
#include "ui/designeractions.h"
#include "ui/docks/backuppalette.h"
#include "ui/docks/cfpdock.h"
#include "ui/docks/chainhealthdock.h"
#include "ui/docks/eventpalette.h"
#include "ui/docks/databaseinspector.h"
#include "ui/designerstyle.h"
#include "ui/diagnosticsdock.h"
#include "ui/eventdialog.h"
#include "ui/help/helpactions.h"
#include "ui/history/historyactions.h"
#include "ui/export/exportactions.h"
#include "ui/layoutscene.h"
#include "ui/layoutview.h"
#include "ui/plandock.h"
#include "ui/preferencesdialog.h"
#include "ui/projectfileactions.h"
#include "ui/simulationdock.h"
#include "ui/timeline/timelinereveal.h"
#include "ui/timeline/timelinescene.h"
#include "ui/timeline/timelineview.h"
#include "ui/trainer/presentermode.h"
#include "ui/trainer/trainerbar.h"
#include "ui/tsqldock.h"
#include "ui/viewstate.h"
#include "ui/viewstatekeeper.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace rd {
namespace {
constexpr int StateVersion = 1;
const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_document(new ProjectDocument(this)), m_viewState(new ViewState(m_document, this)),
      m_actions(new DesignerActions(m_document, m_viewState, this)), m_files(new ProjectFileActions(m_document, this)),
      m_history(new HistoryActions(m_document, m_viewState, m_files, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(DesignerStyle::appIcon()); // the Rules window and dialogs, its children, inherit it
    m_document->reset(ProjectFileActions::newProject());
    m_viewState->resetSelection();

    m_layoutScene = new LayoutScene(m_document, m_viewState, this);
    m_timelineScene = new TimelineScene(m_document, m_viewState, this);
    auto *layoutView = new LayoutView(m_layoutScene, m_actions);
    m_timelineView = new TimelineView(m_timelineScene, m_actions);
    m_centralSplitter = new QSplitter(Qt::Vertical);
    m_centralSplitter->setObjectName(QStringLiteral("centralSplitter"));
    m_centralSplitter->addWidget(layoutView);
    // The timeline with trainer mode's step slider under it.
    auto *timelinePane = new QWidget;
    auto *timelineBox = new QVBoxLayout(timelinePane);
    timelineBox->setContentsMargins(0, 0, 0, 0);
    timelineBox->setSpacing(0);
    timelineBox->addWidget(m_timelineView, 1);
    timelineBox->addWidget(new TrainerBar(m_document, m_viewState));
    m_centralSplitter->addWidget(timelinePane);
    m_centralSplitter->setStretchFactor(0, 0);
    m_centralSplitter->setStretchFactor(1, 1);
    m_centralSplitter->setSizes({175, 400});
    setCentralWidget(m_centralSplitter);
    connect(m_layoutScene, &QGraphicsScene::sceneRectChanged, this, &MainWindow::fitLayoutPane);
    m_files->setViewStateKeeper(new ViewStateKeeper(m_document, m_viewState, m_timelineView, this));

    createDocks();
    m_exports = new ExportActions(m_document, m_viewState, this, m_timelineView,
                                  m_planDock->findChild<QWidget *>(QStringLiteral("planStepsView")));
    connect(m_exports, &ExportActions::statusMessage, statusBar(), &QStatusBar::showMessage);
    m_help = new HelpActions(this, m_document, m_files, m_diagnosticsDock,
                             {layoutView, timelinePane, m_planDock, m_diagnosticsDock, m_simulationDock});
    createMenus();
    createToolBar();
    createStatusBar();
    m_presenter = new PresenterMode(this, {m_planDock, m_diagnosticsDock, m_tsqlDock, m_backupsDock, m_eventsDock,
                                           findChild<QToolBar *>(QStringLiteral("mainToolBar"))});
    auto *trainer = findChild<TrainerBar *>();
    if (auto *view = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))) {
        view->addSeparator();
        view->addAction(trainer->trainerModeAction());
        view->addAction(m_presenter->action());
    }
    // A projector session walks through the plan: presenter mode brings trainer mode with it, and
    // leaving it puts trainer mode back as it was.
    connect(m_presenter->action(), &QAction::toggled, this, [this, wasOn = false](bool on) mutable {
        if (on)
            wasOn = m_viewState->trainerMode();
        m_viewState->setTrainerMode(on || wasOn);
    });

    connect(m_files, &ProjectFileActions::projectReplaced, this, &MainWindow::projectReplaced);
    connect(m_files, &ProjectFileActions::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_history, &HistoryActions::projectReplaced, this, &MainWindow::projectReplaced);
    connect(m_history, &HistoryActions::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_document, &ProjectDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProjectDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProjectDocument::changed, this, [this](const DocumentChange &change) {
        if (change.kinds & (ChangeKind::Plans | ChangeKind::Layout))
            refreshPlanCombo();
        updateStatus();
        updateTitle();
    });
    connect(m_viewState, &ViewState::currentPlanChanged, this, [this](int plan) {
        m_planCombo->setCurrentIndex(plan);
        updateStatus();
    });

    refreshPlanCombo();
    updateTitle();
    updateStatus();
    restoreSettings();
}

MainWindow::~MainWindow() = default;

ProjectDocument *MainWindow::document()
{
    return m_document;
}

bool MainWindow::openFile(const QString &path)
{
    return m_files->openFile(path);
}

void MainWindow::openSample()
{
    m_files->openSample();
}

void MainWindow::createDocks()
{
    m_planDock = new PlanDock(m_document, m_viewState, m_actions, this);
    m_simulationDock = new SimulationDock(m_document, m_viewState, this);
    m_diagnosticsDock = new DiagnosticsDock(m_document, m_viewState, this);
    m_tsqlDock = new TsqlDock(m_document, m_viewState, this);
    m_inspector = new DatabaseInspector(m_document, m_viewState, this);
    m_cfpDock = new CfpDock(m_document, this); // checkpoint file pairs: snapshots, chart, estimates (issue 10)
    // The palette of backup kinds, dragged onto the timeline (issue 9, item 3).
    m_backupsDock = new QDockWidget(tr("Backups"), this);
    m_backupsDock->setObjectName(QStringLiteral("backupsDock"));
    m_backupsDock->setWidget(new BackupPalette(m_backupsDock));
    m_backupsDock->setToolTip(tr("Drag a backup kind onto the timeline to add a backup there"));
    // The palette of events beside it: failures, read-only switches, recovery-model changes, marks.
    m_eventsDock = new QDockWidget(tr("Events"), this);
    m_eventsDock->setObjectName(QStringLiteral("eventsDock"));
    m_eventsDock->setWidget(new EventPalette(m_eventsDock));
    m_eventsDock->setToolTip(tr("Drag an event onto the timeline to add it there"));
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    // The right column runs the full height: the plan, then the states it leads to with its
    // script behind them (a tab away: the plan's steps, their memory note and times need the height).
    // Diagnostics sits under the layout and timeline, where its messages get the width.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_planDock);
    splitDockWidget(m_planDock, m_simulationDock, Qt::Vertical);
    tabifyDockWidget(m_simulationDock, m_tsqlDock);
    m_simulationDock->raise();
    addDockWidget(Qt::BottomDockWidgetArea, m_diagnosticsDock);
    // The charts behind Diagnostics: they too want the width under the timeline.
    m_chartsDock = new ChartsDock(m_document, m_viewState, this);
    tabifyDockWidget(m_diagnosticsDock, m_chartsDock);
    // The whole history's chain health there too (issue 11): an entry scrolls the timeline above it.
    auto *health = new ChainHealthDock(m_document, m_viewState, this);
    tabifyDockWidget(m_chartsDock, health);
    connect(health, &ChainHealthDock::locateRequested, this,
            [this](const QString &id) { TimelineReveal::showBackup(m_timelineView, id); });
    m_diagnosticsDock->raise();
    // The inspector shares the plan's place, behind it: the plan is what a session starts with.
    tabifyDockWidget(m_planDock, m_inspector);
    tabifyDockWidget(m_inspector, m_cfpDock);
    // The palette too: one click away while the plan is built, and the timeline stays wide.
    tabifyDockWidget(m_planDock, m_backupsDock);
    tabifyDockWidget(m_backupsDock, m_eventsDock);
    m_planDock->raise();
    resizeDocks({m_planDock}, {660}, Qt::Horizontal);
    resizeDocks({m_planDock, m_simulationDock}, {530, 290}, Qt::Vertical);
    resizeDocks({m_diagnosticsDock}, {240}, Qt::Vertical);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_files->newAction());
    file->addAction(m_files->openAction());
    file->addMenu(m_files->recentMenu());
    file->addAction(m_files->openSampleAction());
    file->addAction(m_files->saveAction());
    file->addAction(m_files->saveAsAction());
    file->addSeparator();
    file->addAction(m_files->importJsonAction());
    file->addAction(m_history->importHistoryAction());
    file->addAction(m_files->exportJsonAction());
    QAction *exportSql = file->addAction(tr("Export &T-SQL…"), m_tsqlDock, &TsqlDock::saveAs);
    exportSql->setObjectName(QStringLiteral("exportTsqlAction"));
    exportSql->setStatusTip(tr("Save the script shown in the T-SQL dock as a .sql file"));
    QMenu *exports = file->addMenu(tr("E&xport"));
    exports->setObjectName(QStringLiteral("exportMenu"));
    exports->addAction(m_exports->timelineImageAction());
    exports->addAction(m_exports->planImageAction());
    exports->addAction(m_exports->handoutAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->setToolTipsVisible(true);
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    undo->setIcon(DesignerStyle::undoIcon());
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setIcon(DesignerStyle::undoIcon(true));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_actions->deleteAction());
    edit->addSeparator();
    edit->addAction(m_actions->addFilegroupAction());
    edit->addAction(m_actions->renameFilegroupAction());
    edit->addAction(m_actions->readOnlyAction());
    edit->addAction(m_actions->removeFilegroupAction());
    edit->addSeparator();
    edit->addMenu(m_actions->addBackupMenu());
    QAction *addEvent = edit->addAction(tr("Add &Event…"), this, [this] { EventDialog::addTo(m_document, {}, this); });
    addEvent->setObjectName(QStringLiteral("addEventAction"));
    addEvent->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    addEvent->setStatusTip(tr("Add a failure, a read-only switch, a recovery-model change or a mark to the timeline"));
    edit->addAction(m_actions->removeBackupAction());
    edit->addAction(m_actions->addToPlanAction());
    edit->addSeparator();
    edit->addAction(m_actions->addStepAction());
    edit->addAction(m_actions->removeStepAction());
    edit->addAction(m_actions->moveStepUpAction());
    edit->addAction(m_actions->moveStepDownAction());
    edit->addSeparator();
    edit->addAction(m_actions->addPlanAction());
    edit->addAction(m_history->planForAction());
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, [this] { PreferencesDialog::showFor(this); });
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setStatusTip(tr("Choose the language of Restore Designer (applies at the next start)"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    for (QDockWidget *dock : {static_cast<QDockWidget *>(m_planDock), static_cast<QDockWidget *>(m_simulationDock),
                              static_cast<QDockWidget *>(m_diagnosticsDock), static_cast<QDockWidget *>(m_tsqlDock),
                              static_cast<QDockWidget *>(m_inspector), static_cast<QDockWidget *>(m_cfpDock),
                              m_backupsDock, m_eventsDock, static_cast<QDockWidget *>(m_chartsDock)})
        view->addAction(dock->toggleViewAction());
    if (auto *health = findChild<ChainHealthDock *>()) {
        view->addAction(health->toggleViewAction());
        view->addAction(health->showAction());
    }
    QAction *inspect = view->addAction(tr("&Inspect Database"), this, [this] {
        m_inspector->show();
        m_inspector->raise();
        m_inspector->widget()->setFocus();
    });
    inspect->setObjectName(QStringLiteral("inspectDatabaseAction"));
    inspect->setShortcut(Qt::CTRL | Qt::Key_I);
    inspect->setStatusTip(tr("Show the Inspector: the database, the selected filegroup's files and the target server"));
    view->addSeparator();
    view->addAction(m_timelineView->zoomInAction());
    view->addAction(m_timelineView->zoomOutAction());
    view->addAction(m_timelineView->zoomFitAction());
    view->addAction(m_timelineView->lsnAxisAction());
    view->addSeparator();
    view->addAction(tr("&Reset Layout"), this, [this] { restoreState(m_defaultState, StateVersion); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_help->rulesAction());
    help->addAction(m_help->quickTourAction());
    help->addSeparator();
    help->addAction(tr("&About Restore Designer"), this, [this] {
        const QString writtenBy = m_files->writtenBy();
        QMessageBox::about(this, tr("About Restore Designer"),
                           tr("<b>Restore Designer</b> %1<p>Design, check, rehearse and script SQL Server piecemeal "
                              "restores.</p>")
                                   .arg(QCoreApplication::applicationVersion())
                               + (writtenBy.isEmpty() ? QString()
                                                      : tr("<p>The open project was saved by Restore Designer %1.</p>")
                                                            .arg(writtenBy.toHtmlEscaped())));
    });
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setIconSize(QSize(20, 20));
    bar->addAction(m_files->newAction());
    bar->addAction(m_files->openAction());
    bar->addAction(m_files->saveAction());
    bar->addSeparator();
    bar->addAction(findChild<QAction *>(QStringLiteral("undoAction")));
    bar->addAction(findChild<QAction *>(QStringLiteral("redoAction")));
    bar->addSeparator();
    auto *label = new QLabel(tr(" Plan: "));
    m_planCombo = new QComboBox;
    m_planCombo->setObjectName(QStringLiteral("planCombo"));
    m_planCombo->setMinimumContentsLength(28);
    m_planCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_planCombo->setToolTip(tr("The restore plan shown in the Plan, Simulation, Diagnostics and T-SQL docks"));
    label->setBuddy(m_planCombo);
    bar->addWidget(label);
    bar->addWidget(m_planCombo);
    bar->addAction(m_actions->addPlanAction());
    bar->addAction(m_history->planForAction());
    bar->addSeparator();
    bar->addAction(m_actions->addToPlanAction());
    if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(m_actions->addToPlanAction())))
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addSeparator();
    bar->addAction(m_timelineView->zoomFitAction());
    bar->addAction(findChild<TrainerBar *>()->trainerModeAction());
    bar->addAction(m_timelineView->lsnAxisAction());
    connect(m_timelineScene, &TimelineScene::hint, statusBar(), [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_planCombo, &QComboBox::activated, m_viewState, &ViewState::setCurrentPlan);
}

void MainWindow::createStatusBar()
{
    m_countsIcon = new QLabel;
    m_counts = new QLabel;
    m_counts->setObjectName(QStringLiteral("statusCounts"));
    m_counts->setToolTip(tr("Findings for the current plan; details in the Diagnostics dock"));
    statusBar()->addPermanentWidget(m_countsIcon);
    statusBar()->addPermanentWidget(m_counts);
}

void MainWindow::restoreSettings()
{
    m_defaultState = saveState(StateVersion);
    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1400, 900);
    restoreState(settings.value(StateKey).toByteArray(), StateVersion);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState(StateVersion));
    event->accept();
}

void MainWindow::projectReplaced()
{
    m_viewState->resetSelection();
    refreshPlanCombo();
    m_timelineScene->forgetAxisViews(); // the other axis's zoom and scroll were another project's
    m_timelineView->fitToWidth();
    updateTitle();
    updateStatus();
}

void MainWindow::updateTitle()
{
    const QString path = m_document->filePath();
    const QString name = path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
    const QString db = m_document->project().database.name;
    setWindowTitle(db.isEmpty() ? tr("%1[*] — Restore Designer").arg(name)
                                : tr("%1[*] (%2) — Restore Designer").arg(name, db));
    setWindowFilePath(path);
    setWindowModified(m_document->isModified());
}

void MainWindow::updateStatus()
{
    const int plan = m_viewState->currentPlan();
    int errors = 0, warnings = 0;
    for (const Diagnostic &d : m_document->diagnostics(plan)) {
        errors += d.severity == Severity::Error;
        warnings += d.severity == Severity::Warning;
    }
    const QIcon icon = errors ? DesignerStyle::severityIcon(Severity::Error)
                              : warnings ? DesignerStyle::severityIcon(Severity::Warning) : DesignerStyle::okIcon();
    m_countsIcon->setPixmap(icon.pixmap(16, 16));
    m_counts->setText(plan < 0 ? tr("No plan")
                               : tr("%1, %2").arg(errors == 1 ? tr("1 error") : tr("%1 errors").arg(errors),
                                                               warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(warnings)));
}

void MainWindow::fitLayoutPane(const QRectF &sceneRect)
{
    // The layout pane takes the height its boxes need (up to half the centre) whenever that
    // need changes, e.g. when a filegroup wraps to a new row; a user's splitter drag stands until then.
    const int needed = int(std::ceil(sceneRect.height()));
    const QList<int> sizes = m_centralSplitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (needed == m_fittedLayoutHeight || total <= 0)
        return;
    m_fittedLayoutHeight = needed;
    const int top = qMin(needed, total / 2);
    m_centralSplitter->setSizes({top, total - top});
}

void MainWindow::refreshPlanCombo()
{
    const auto &plans = m_document->project().plans;
    const QSignalBlocker blocker(m_planCombo);
    QStringList names;
    for (const Plan &p : plans)
        names << p.name;
    QStringList current;
    for (int i = 0; i < m_planCombo->count(); ++i)
        current << m_planCombo->itemText(i);
    if (names != current) {
        m_planCombo->clear();
        m_planCombo->addItems(names);
    }
    m_planCombo->setCurrentIndex(m_viewState->currentPlan());
    m_planCombo->setEnabled(!plans.isEmpty());
}

} // namespace rd
