// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/plandock.h"

#include "ui/designeractions.h"
#include "ui/elidedlabel.h"
#include "ui/docks/targeteditor.h"
#include "ui/planstepdelegate.h"
#include "ui/planstepmodel.h"
#include "ui/stepeditorwidget.h"
#include "ui/viewstate.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace rd {

PlanDock::PlanDock(ProjectDocument *document, ViewState *viewState, DesignerActions *actions, QWidget *parent)
    : QDockWidget(tr("Plan"), parent), m_viewState(viewState), m_model(new PlanStepModel(document, viewState, this)),
      m_view(new QTableView), m_editor(new StepEditorWidget(document, viewState)), m_placeholder(new QLabel),
      m_summary(new ElidedLabel), m_stack(new QStackedWidget)
{
    setObjectName(QStringLiteral("planDock"));
    setToolTip(tr("The restore plan: the statements a DBA will run, in order"));

    auto *toolBar = new QToolBar;
    toolBar->setIconSize(QSize(16, 16));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(actions->addStepAction());
    toolBar->addAction(actions->removeStepAction());
    toolBar->addAction(actions->moveStepUpAction());
    toolBar->addAction(actions->moveStepDownAction());

    m_view->setObjectName(QStringLiteral("planStepsView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new PlanStepDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    // Steps reorder by drag; backups dragged from the timeline become steps (PlanStepModel).
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragDropOverwriteMode(false);
    m_view->setDropIndicatorShown(true);
    m_view->setWordWrap(false);
    // No grid: its column lines would cut through the memory note that spans the loading step's
    // row (PlanStepDelegate); the alternating rows keep the steps apart.
    m_view->setShowGrid(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(PlanStepModel::NumberColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PlanStepModel::StatementColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PlanStepModel::BackupColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PlanStepModel::TargetsColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PlanStepModel::TimeColumn, QHeaderView::ResizeToContents);
    m_view->setToolTip(tr("Select a step to edit it below and to see the states after it in Simulation"));

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(0);
    topLayout->addWidget(toolBar);
    topLayout->addWidget(new TargetEditor(document, viewState));
    m_placeholder->setObjectName(QStringLiteral("planPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setText(tr("<p style='color:#777'>No steps yet.<br>Right-click a backup on the timeline and "
                              "choose <i>Add to Plan</i>, or use <i>Add Step</i>.</p>"));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_placeholder);
    topLayout->addWidget(m_stack);
    m_summary->setObjectName(QStringLiteral("planEstimateSummary"));
    m_summary->setContentsMargins(4, 2, 4, 2);
    m_summary->setTextFormat(Qt::PlainText);
    // One line, elided: the steps keep the dock's height; the tooltip has it all.
    m_summary->setToolTipNote(tr("<i>The restore's estimated time at the restore throughput (Target Server) and when "
                                 "each filegroup comes online; ≥ when a backup's size or the memory-optimized load "
                                 "is not known.</i>"));
    topLayout->addWidget(m_summary);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({290, 210}); // room for the steps and the estimate's line under them
    setWidget(splitter);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_viewState->setCurrentStep(current.row());
            });
    connect(viewState, &ViewState::currentStepChanged, this, &PlanDock::selectCurrentStep);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PlanDock::selectCurrentStep);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PlanDock::showEstimates);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PlanDock::showEstimates);
    selectCurrentStep();
    showEstimates();
}

void PlanDock::showEstimates()
{
    m_view->resizeRowsToContents(); // the step with the memory note is taller
    m_summary->setFullText(m_model->onlineSummary());
    m_summary->setVisible(!m_model->onlineSummary().isEmpty());
}

void PlanDock::selectCurrentStep()
{
    m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget *>(m_placeholder) : m_view);
    const int step = m_viewState->currentStep();
    if (step < 0) {
        m_view->clearSelection();
        return;
    }
    const QModelIndex index = m_model->index(step, 0);
    if (m_view->currentIndex().row() != step || !m_view->selectionModel()->isRowSelected(step))
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace rd
