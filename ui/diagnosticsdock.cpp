// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/diagnosticsdock.h"

#include "model/commands/editcommand.h"
#include "model/commands/projectedits.h"
#include "model/document/projectdocument.h"
#include "ui/designerstyle.h"
#include "ui/diagnosticmodel.h"
#include "ui/docks/filteredtable.h"
#include "ui/viewstate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QToolButton>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace rd {

DiagnosticsDock::DiagnosticsDock(ProjectDocument *document, ViewState *viewState, QWidget *parent)
    : QDockWidget(tr("Diagnostics"), parent), m_document(document), m_viewState(viewState),
      m_model(new DiagnosticModel(document, viewState, this)), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit), m_icon(new QLabel), m_summary(new QLabel),
      m_view(new QTableView), m_placeholder(new QLabel), m_stack(new QStackedWidget),
      m_applyFix(new QAction(tr("Apply Fix"), this)), m_explainRule(new QAction(tr("Explain Rule"), this))
{
    setObjectName(QStringLiteral("diagnosticsDock"));
    setToolTip(tr("What is wrong with the current plan, rule by rule; click a finding to locate it"));

    m_view->setObjectName(QStringLiteral("diagnosticsView"));
    FilteredTable::setUp(m_view, m_proxy, m_model);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    for (const int c : {DiagnosticModel::SeverityColumn, DiagnosticModel::RuleColumn, DiagnosticModel::StepColumn,
                        DiagnosticModel::BackupColumn, DiagnosticModel::FilegroupColumn})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    m_summary->setObjectName(QStringLiteral("diagnosticsSummary"));
    m_summary->setTextFormat(Qt::RichText);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->setContentsMargins(6, 4, 6, 2);
    summaryRow->addWidget(m_icon);
    summaryRow->addWidget(m_summary, 1);
    // The finding's smallest fix as one undoable edit: the button, Ctrl+., a double-click or the context menu.
    m_applyFix->setObjectName(QStringLiteral("applyFixAction"));
    m_applyFix->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_applyFix->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_applyFix->setIcon(DesignerStyle::okIcon());
    connect(m_applyFix, &QAction::triggered, this, &DiagnosticsDock::applyFix);
    auto *fixButton = new QToolButton;
    fixButton->setDefaultAction(m_applyFix);
    fixButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    summaryRow->addWidget(fixButton);
    m_view->addAction(m_applyFix);
    // The finding's rule in Help ▸ Rules: the "?" button, the context menu (F1 is Help ▸ Rules,
    // which explains the selected finding's rule when the focus is here).
    m_explainRule->setObjectName(QStringLiteral("explainRuleAction"));
    connect(m_explainRule, &QAction::triggered, this, [this] {
        if (const QString rule = currentRule(); !rule.isEmpty())
            emit explainRuleRequested(rule);
    });
    auto *explainButton = new QToolButton;
    explainButton->setObjectName(QStringLiteral("explainRuleButton"));
    explainButton->setText(QStringLiteral("?")); // not the action's text, which names the rule
    connect(explainButton, &QToolButton::clicked, m_explainRule, &QAction::trigger);
    connect(m_explainRule, &QAction::changed, explainButton, [this, explainButton] {
        explainButton->setEnabled(m_explainRule->isEnabled());
        explainButton->setToolTip(m_explainRule->toolTip());
    });
    summaryRow->addWidget(explainButton);
    m_view->addAction(m_explainRule);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_filter->setObjectName(QStringLiteral("diagnosticsFilter"));
    FilteredTable::setUpFilter(this, m_filter, m_proxy, tr("Filter findings (Ctrl+F)"),
                               tr("Shows the findings whose severity, rule, step, backup, filegroup or message "
                                  "contains this text (any case)"));
    connect(m_filter, &QLineEdit::textChanged, this, [this] {
        updateSummary();
        updateFixAction();
    });
    summaryRow->insertWidget(2, m_filter, 1);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(summaryRow);
    // An empty table says nothing; say what the dock is for until there is something to show.
    m_placeholder->setObjectName(QStringLiteral("diagnosticsPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setText(tr("<p style='color:#777'>No errors, warnings or notes.<br>Findings appear here as you "
                              "edit the layout, the backups or the plan;<br>select one to show its step, backup and "
                              "filegroup.</p>"));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_placeholder);
    layout->addWidget(m_stack);
    setWidget(content);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { locate(current.row()); });
    connect(m_view, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) { locate(index.row()); });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &DiagnosticsDock::updateFixAction); // sorted
    connect(m_view, &QAbstractItemView::doubleClicked, this, &DiagnosticsDock::applyFix);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DiagnosticsDock::updateFixAction);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DiagnosticsDock::updateFixAction);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DiagnosticsDock::updateExplainAction);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DiagnosticsDock::updateExplainAction);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &DiagnosticsDock::updateExplainAction);
    connect(m_filter, &QLineEdit::textChanged, this, &DiagnosticsDock::updateExplainAction);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DiagnosticsDock::updateSummary);
    connect(viewState, &ViewState::currentPlanChanged, this, &DiagnosticsDock::updateSummary);
    updateSummary();
    updateFixAction();
    updateExplainAction();
}

int DiagnosticsDock::sourceRow(int viewRow) const
{
    return m_proxy->mapToSource(m_proxy->index(viewRow, 0)).row();
}

void DiagnosticsDock::locate(int viewRow)
{
    const int row = sourceRow(viewRow);
    if (row < 0 || row >= m_model->rowCount())
        return;
    const Diagnostic d = m_model->diagnostic(row); // a copy: selecting may refresh the model
    if (d.step >= 0)
        m_viewState->setCurrentStep(d.step);
    m_viewState->setSelectedBackup(d.backup);
    m_viewState->setSelectedFilegroup(d.filegroup);
}

void DiagnosticsDock::updateFixAction()
{
    const int row = sourceRow(m_view->currentIndex().row());
    const bool fixable = row >= 0 && row < m_model->rowCount() && m_model->diagnostic(row).edit.isValid();
    m_applyFix->setEnabled(fixable);
    if (fixable) {
        const Diagnostic &d = m_model->diagnostic(row);
        m_applyFix->setToolTip(tr("Apply this fix as one undoable edit of %1 (Ctrl+.): %2")
                                   .arg(DiagnosticModel::changedParts(d.edit), d.fix));
    } else {
        m_applyFix->setToolTip(tr("Select a finding that offers a fix (its tooltip says whether the designer can make it)"));
    }
}

QString DiagnosticsDock::currentRule() const
{
    const int row = sourceRow(m_view->currentIndex().row());
    return row >= 0 && row < m_model->rowCount() ? m_model->diagnostic(row).rule : QString();
}

void DiagnosticsDock::updateExplainAction()
{
    const QString rule = currentRule();
    m_explainRule->setEnabled(!rule.isEmpty());
    m_explainRule->setText(rule.isEmpty() ? tr("Explain Rule") : tr("Explain Rule %1").arg(rule));
    m_explainRule->setToolTip(rule.isEmpty() ? tr("Select a finding to read its rule in Help ▸ Rules")
                                             : tr("Read rule %1 in Help ▸ Rules (F1)").arg(rule));
}

void DiagnosticsDock::applyFix()
{
    const int row = sourceRow(m_view->currentIndex().row());
    const int plan = m_viewState->currentPlan();
    if (row < 0 || row >= m_model->rowCount() || plan < 0)
        return;
    const Diagnostic d = m_model->diagnostic(row); // a copy: the push refreshes the model
    if (d.edit.isValid())
        m_document->undoStack()->push(new EditCommand(m_document, plan, d.edit, ProjectEdits::fixText(d.fix)));
}

void DiagnosticsDock::updateSummary()
{
    const int errors = m_model->count(Severity::Error);
    const int warnings = m_model->count(Severity::Warning);
    const int infos = m_model->count(Severity::Info);
    const int plan = m_viewState->currentPlan();
    const auto &plans = m_document->project().plans;
    const QString name = plan >= 0 && plan < plans.size() ? plans[plan].name.toHtmlEscaped() : QString();
    QIcon icon = errors ? DesignerStyle::severityIcon(Severity::Error)
                        : warnings ? DesignerStyle::severityIcon(Severity::Warning) : DesignerStyle::okIcon();
    m_icon->setPixmap(icon.pixmap(QSize(20, 20)));
    m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget *>(m_placeholder) : m_view);
    if (plan < 0)
        m_summary->setText(tr("No plan to check."));
    else if (errors + warnings + infos == 0)
        m_summary->setText(tr("<b>No findings</b>: plan <i>%1</i> passes every check.").arg(name));
    else
        m_summary->setText(tr("<b>%1, %2</b>%3 in plan <i>%4</i>%5")
                               .arg(errors == 1 ? tr("1 error") : tr("%1 errors").arg(errors),
                                    warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(warnings),
                                    infos == 0 ? QString() : infos == 1 ? tr(", 1 note") : tr(", %1 notes").arg(infos),
                                    name,
                                    m_proxy->rowCount() == m_model->rowCount()
                                        ? QString()
                                        : tr(" (%1 shown)").arg(m_proxy->rowCount())));
}

} // namespace rd
