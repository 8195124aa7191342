// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/docks/chainhealthdock.h"

#include "ui/designerstyle.h"
#include "ui/docks/chainhealthmodel.h"
#include "ui/docks/filteredtable.h"
#include "ui/viewstate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace rd {

ChainHealthDock::ChainHealthDock(ProjectDocument *document, ViewState *viewState, QWidget *parent)
    : QDockWidget(tr("Chain Health"), parent), m_viewState(viewState), m_model(new ChainHealthModel(document, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_filter(new QLineEdit), m_icon(new QLabel), m_summary(new QLabel),
      m_view(new QTableView), m_placeholder(new QLabel), m_detail(new QLabel), m_stack(new QStackedWidget),
      m_show(new QAction(tr("Show Chain &Health"), this))
{
    setObjectName(QStringLiteral("chainHealthDock"));
    setToolTip(tr("The health of the whole backup history: gaps, forks, unusable backups; click an entry to "
                  "show its backups on the timeline"));

    m_view->setObjectName(QStringLiteral("chainHealthView"));
    FilteredTable::setUp(m_view, m_proxy, m_model);
    m_proxy->setSortRole(ChainHealthModel::SortRole);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_view->horizontalHeader();
    for (const int c : {ChainHealthModel::SeverityColumn, ChainHealthModel::KindColumn, ChainHealthModel::BackupsColumn,
                        ChainHealthModel::WhenColumn})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ChainHealthModel::MessageColumn, QHeaderView::Stretch);

    m_summary->setObjectName(QStringLiteral("chainHealthSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_filter->setObjectName(QStringLiteral("chainHealthFilter"));
    FilteredTable::setUpFilter(this, m_filter, m_proxy, tr("Filter entries (Ctrl+F)"),
                               tr("Shows the entries whose severity, kind, message, backups or time contains this "
                                  "text (any case)"));
    connect(m_filter, &QLineEdit::textChanged, this, &ChainHealthDock::updateSummary);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->setContentsMargins(6, 4, 6, 2);
    summaryRow->addWidget(m_icon);
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_filter, 1);

    m_placeholder->setObjectName(QStringLiteral("chainHealthPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setText(tr("<p style='color:#777'>Nothing to report about the backup history.<br>Gaps in the log "
                              "chain, recovery forks and unusable backups appear here as the history changes.</p>"));
    m_detail->setObjectName(QStringLiteral("chainHealthDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setContentsMargins(6, 2, 6, 4);
    auto *table = new QWidget;
    auto *tableBox = new QVBoxLayout(table);
    tableBox->setContentsMargins(0, 0, 0, 0);
    tableBox->setSpacing(2);
    tableBox->addWidget(m_view, 1);
    tableBox->addWidget(m_detail);
    m_stack->addWidget(table);
    m_stack->addWidget(m_placeholder);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(summaryRow);
    layout->addWidget(m_stack);
    setWidget(content);

    m_show->setObjectName(QStringLiteral("showChainHealthAction"));
    m_show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_show->setStatusTip(tr("Show the Chain Health dock: gaps, forks and unusable backups of the whole history"));
    connect(m_show, &QAction::triggered, this, [this] {
        show();
        raise();
        m_view->setFocus(Qt::ShortcutFocusReason);
    });

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { locate(current.row()); });
    connect(m_view, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) { locate(index.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ChainHealthDock::updateDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChainHealthDock::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChainHealthDock::updateDetail);
    updateSummary();
    updateDetail();
}

int ChainHealthDock::sourceRow(int viewRow) const
{
    return m_proxy->mapToSource(m_proxy->index(viewRow, 0)).row();
}

void ChainHealthDock::locate(int viewRow)
{
    const int row = sourceRow(viewRow);
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QStringList backups = m_model->entry(row).backups; // a copy: selecting may refresh the model
    if (backups.isEmpty())
        return;
    m_viewState->setSelectedBackup(backups.constFirst());
    emit locateRequested(backups.constFirst());
}

void ChainHealthDock::updateDetail()
{
    const int row = sourceRow(m_view->currentIndex().row());
    if (row < 0 || row >= m_model->rowCount()) {
        m_detail->setText(tr("<span style='color:#777'>Select an entry to read it whole and show its backups on "
                             "the timeline.</span>"));
        return;
    }
    const ChainHealthEntry &e = m_model->entry(row);
    m_detail->setText(QStringLiteral("<b>%1</b> · %2<br>%3")
                          .arg(displayName(e.kind).toHtmlEscaped(), e.rule, e.message.toHtmlEscaped()));
}

void ChainHealthDock::updateSummary()
{
    const ChainHealth &health = m_model->health();
    const int errors = health.count(Severity::Error), warnings = health.count(Severity::Warning),
              infos = health.count(Severity::Info);
    const QIcon icon = errors ? DesignerStyle::severityIcon(Severity::Error)
                              : warnings ? DesignerStyle::severityIcon(Severity::Warning) : DesignerStyle::okIcon();
    m_icon->setPixmap(icon.pixmap(QSize(20, 20)));
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 1 : 0);
    const RestorePointWindow &w = health.longestWithoutRestorePoint();
    const QString longest = w.isValid() ? tr("; longest time without a restore point: <b>%1</b>")
                                              .arg(ChainHealth::durationText(w.seconds()))
                                        : QString();
    const QString shown = m_proxy->rowCount() == m_model->rowCount() ? QString()
                                                                     : tr(" (%1 shown)").arg(m_proxy->rowCount());
    if (errors + warnings + infos == 0)
        m_summary->setText(tr("<b>Nothing to report</b> in the backup history%1.").arg(longest));
    else
        m_summary->setText(tr("<b>%1, %2</b>%3 in the backup history%4%5")
                               .arg(errors == 1 ? tr("1 error") : tr("%1 errors").arg(errors),
                                    warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(warnings),
                                    infos == 0 ? QString() : infos == 1 ? tr(", 1 note") : tr(", %1 notes").arg(infos),
                                    shown, longest));
}

} // namespace rd
