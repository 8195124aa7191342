// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDockWidget>

class QTabWidget;

namespace rd {

class BackupSizeChart;
class ProjectDocument;
class TimeToOnlineChart;
class ViewState;

/// The "Charts" dock: the current plan's time to online (TimeToOnlineChart) and the backups'
/// sizes along the timeline (BackupSizeChart), one tab each. Each chart exports as PNG or SVG from
/// its context menu, or from the Export button beside the tabs for the chart shown (PlanChartsExport).
class ChartsDock : public QDockWidget
{
    Q_OBJECT
public:
    ChartsDock(ProjectDocument *document, ViewState *viewState, QWidget *parent = nullptr);

    TimeToOnlineChart *timeToOnlineChart() const { return m_timeToOnline; }
    BackupSizeChart *backupSizeChart() const { return m_backupSizes; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    QTabWidget *m_tabs;
    TimeToOnlineChart *m_timeToOnline;
    BackupSizeChart *m_backupSizes;
};

} // namespace rd
