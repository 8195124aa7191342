// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/charts/chartsdock.h"

#include "ui/charts/backupsizechart.h"
#include "ui/charts/planchartsexport.h"
#include "ui/charts/timetoonlinechart.h"

#include <QMenu>
#include <QScrollArea>
#include <QTabWidget>
#include <QToolButton>

namespace rd {

ChartsDock::ChartsDock(ProjectDocument *document, ViewState *viewState, QWidget *parent)
    : QDockWidget(tr("Charts"), parent), m_tabs(new QTabWidget), m_timeToOnline(new TimeToOnlineChart(document, viewState)),
      m_backupSizes(new BackupSizeChart(document))
{
    setObjectName(QStringLiteral("chartsDock"));
    setToolTip(tr("Charts of the current plan's time to online and of the backups' sizes"));
    m_tabs->setObjectName(QStringLiteral("chartsTabs"));
    m_tabs->setDocumentMode(true);
    PlanChartsExport::install(m_timeToOnline, tr("Time to online"), QStringLiteral("time-to-online"));
    PlanChartsExport::install(m_backupSizes, tr("Backup sizes"), QStringLiteral("backup-sizes"));
    // The time to online grows with the filegroups (a row each): scrolled when taller than the dock.
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("timeToOnlineScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_timeToOnline);
    const int online = m_tabs->addTab(scroll, tr("Time to &Online"));
    m_tabs->setTabToolTip(online, tr("When each filegroup of the current plan becomes readable, at the restore "
                                     "throughput of the Inspector's Target Server form; hover a bar for its steps"));
    const int sizes = m_tabs->addTab(m_backupSizes, tr("Backup Si&zes"));
    m_tabs->setTabToolTip(sizes, tr("Each backup's size at its finish, and the memory-optimized part estimated "
                                    "from the CFP snapshots; hover a point for the backup"));

    // One Export button beside the tabs, for the chart shown (its own context menu has the same).
    auto *exportButton = new QToolButton;
    exportButton->setObjectName(QStringLiteral("chartsExportButton"));
    exportButton->setText(tr("E&xport"));
    exportButton->setToolTip(tr("Save the chart on display as a PNG or SVG image"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setAutoRaise(true);
    auto *menu = new QMenu(exportButton);
    menu->setToolTipsVisible(true);
    exportButton->setMenu(menu);
    auto follow = [this, menu](int tab) {
        menu->clear(); // the actions belong to the charts; clear() only forgets them
        menu->addActions(tab == 0 ? m_timeToOnline->actions() : m_backupSizes->actions());
    };
    connect(m_tabs, &QTabWidget::currentChanged, menu, follow);
    follow(m_tabs->currentIndex());
    m_tabs->setCornerWidget(exportButton, Qt::TopRightCorner);
    setWidget(m_tabs);
}

} // namespace rd
