#include "ui/charts/chartsdock.h"

#include "ui/charts/backupsizechart.h"
#include "ui/charts/planchartsexport.h"
#include "ui/charts/timetoonlinechart.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace rd {

ChartsDock::ChartsDock(ProjectDocument *document, ViewState *viewState, QWidget *parent)
    : QDockWidget(tr("Charts"), parent), m_tabs(new QTabWidget), m_timeToOnline(new TimeToOnlineChart(document, viewState)),
      m_backupSizes(new BackupSizeChart(document))
{
    setObjectName(QStringLiteral("chartsDock"));
    setToolTip(tr("Charts of the current plan's time to online and of the backups' sizes"));
    m_tabs->setObjectName(QStringLiteral("chartsTabs"));
    m_tabs->setDocumentMode(true);
    const int online = m_tabs->addTab(page(m_timeToOnline, tr("Time to online"), QStringLiteral("time-to-online")),
                                      tr("&Time to Online"));
    m_tabs->setTabToolTip(online, tr("When each filegroup of the current plan becomes readable, at the restore "
                                     "throughput of the Environment form; hover a bar for its steps"));
    const int sizes = m_tabs->addTab(page(m_backupSizes, tr("Backup sizes"), QStringLiteral("backup-sizes")),
                                     tr("Backup &Sizes"));
    m_tabs->setTabToolTip(sizes, tr("Each backup's size at its finish, and the memory-optimized part estimated "
                                    "from the CFP snapshots; hover a point for the backup"));
    setWidget(m_tabs);
}

QWidget *ChartsDock::page(QWidget *chart, const QString &title, const QString &baseName)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 2, 0, 0);
    layout->setSpacing(0);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 0, 6, 0);
    bar->addStretch(1);
    auto *exportButton = new QToolButton;
    exportButton->setObjectName(chart->objectName() + QStringLiteral("Export"));
    exportButton->setText(tr("&Export"));
    exportButton->setToolTip(tr("Save the chart as it shows, as a PNG or SVG image"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(exportButton);
    menu->setToolTipsVisible(true);
    menu->addActions(PlanChartsExport::install(chart, title, baseName));
    exportButton->setMenu(menu);
    bar->addWidget(exportButton);
    layout->addLayout(bar);
    layout->addWidget(chart, 1);
    return page;
}

} // namespace rd
