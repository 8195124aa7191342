// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/simulationdock.h"

#include "model/document/projectdocument.h"
#include "ui/simulationmodel.h"
#include "ui/steptext.h"
#include "ui/viewstate.h"

#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace rd {
namespace {

QString stepName(const PlanStep &step)
{
    return step.backup.isEmpty() ? StepText::statement(step).toHtmlEscaped()
                                 : QStringLiteral("%1 <i>%2</i>").arg(StepText::statement(step), step.backup.toHtmlEscaped());
}

/// Frames the cells of the selected step's column (selection colours would hide the states).
class CurrentColumnDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(6, 0);
    }
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem indented = option;
        const QVariant stateColor = index.data(SimulationModel::StateColorRole);
        if (stateColor.isValid())
            indented.rect.adjust(4, 0, 0, 0);
        if (const QColor background = index.data(Qt::BackgroundRole).value<QColor>(); background.isValid())
            painter->fillRect(option.rect, background);
        QStyledItemDelegate::paint(painter, indented, index);
        if (stateColor.isValid()) // a stripe of the state's strong colour
            painter->fillRect(QRect(option.rect.left(), option.rect.top(), 4, option.rect.height()), stateColor.value<QColor>());
        if (!index.data(SimulationModel::IsCurrentColumnRole).toBool())
            return;
        painter->save();
        const QColor frame(0x1c, 0x7c, 0xe0);
        const QRect r = option.rect;
        painter->fillRect(QRect(r.left(), r.top(), 2, r.height()), frame);
        painter->fillRect(QRect(r.right() - 1, r.top(), 2, r.height()), frame);
        if (index.row() == 0)
            painter->fillRect(QRect(r.left(), r.top(), r.width(), 2), frame);
        if (index.row() == index.model()->rowCount() - 1)
            painter->fillRect(QRect(r.left(), r.bottom() - 1, r.width(), 2), frame);
        painter->restore();
    }
};

} // namespace

SimulationDock::SimulationDock(ProjectDocument *document, ViewState *viewState, QWidget *parent)
    : QDockWidget(tr("Simulation"), parent), m_document(document), m_viewState(viewState),
      m_model(new SimulationModel(document, viewState, this)), m_summary(new QLabel), m_view(new QTableView)
{
    setObjectName(QStringLiteral("simulationDock"));
    setToolTip(tr("The database and filegroup states the plan leads to, step by step"));

    m_view->setObjectName(QStringLiteral("simulationView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new CurrentColumnDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setWordWrap(false);
    m_view->setShowGrid(true);
    m_view->setGridStyle(Qt::SolidLine);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionsClickable(true);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);

    m_summary->setObjectName(QStringLiteral("simulationSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setContentsMargins(6, 2, 6, 0);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    setWidget(content);

    auto select = [this](int column) { m_viewState->setCurrentStep(column - 1); };
    connect(m_view, &QAbstractItemView::clicked, this, [select](const QModelIndex &i) { select(i.column()); });
    connect(m_view->horizontalHeader(), &QHeaderView::sectionClicked, this, select);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SimulationDock::updateSummary);
    connect(viewState, &ViewState::currentStepChanged, this, &SimulationDock::updateSummary);
    updateSummary();
}

void SimulationDock::updateSummary()
{
    const Project &project = m_document->project();
    const int plan = m_viewState->currentPlan(), step = m_viewState->currentStep();
    if (plan < 0 || plan >= project.plans.size()) {
        m_summary->setText(tr("No plan to simulate."));
        return;
    }
    const StepState &s = m_model->stateAt(step + 1);
    // Available = its data can be read now (the database up and the filegroup online): a filegroup
    // whose files are ONLINE in a database still RESTORING or SUSPECT is not.
    int online = 0;
    for (const DataAccess a : s.access)
        online += a != DataAccess::None;
    const QString where = step >= 0 && step < project.plans[plan].steps.size()
                              ? tr("After step %1 (%2)").arg(step + 1).arg(stepName(project.plans[plan].steps[step]))
                              : tr("Before the restore");
    const QString database = s.database == DatabaseState::None ? tr("absent") : toString(s.database);
    // A database that is not up (RESTORING, RECOVERY_PENDING…) has no filegroup online, whatever
    // its files' own states: say so rather than count.
    const bool up = s.database == DatabaseState::Online || s.database == DatabaseState::Standby
        || s.database == DatabaseState::Emergency;
    QString text = up ? tr("%1: database <b>%2</b>, %3 of %4 filegroups available.")
                            .arg(where, database)
                            .arg(online)
                            .arg(s.filegroups.size())
                      : tr("%1: database <b>%2</b>, so no filegroup is online.").arg(where, database);
    if (s.outcome.refused()) // the states are those before the step
        text = tr("SQL Server refuses step %1 (%2): nothing changes.").arg(step + 1).arg(s.outcome.refusedBy)
            + QStringLiteral("<br>") + text;
    if (const QString load = m_model->memoryOptimizedLoadText(step + 1, true); !load.isEmpty()) // R-MOD-004
        text += QStringLiteral("<br>") + load.toHtmlEscaped();
    if (!s.pagesRestoring.isEmpty()) { // a page restore: only these pages are offline
        QStringList pages;
        for (const RestoringPage &p : s.pagesRestoring)
            pages << p.toString();
        const QString list = pages.join(QStringLiteral(", "));
        text += QStringLiteral("<br>")
            + (pages.size() == 1 ? tr("1 page restoring: %1.").arg(list)
                                 : tr("%1 pages restoring: %2.").arg(pages.size()).arg(list)).toHtmlEscaped();
    }
    m_summary->setText(text);
}

} // namespace rd
