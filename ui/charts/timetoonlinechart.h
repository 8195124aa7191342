// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ui/charts/timetoonlinebars.h"

#include <QChartView>

class QBarSet;
class QHorizontalStackedBarSeries;

namespace rd {

class ProjectDocument;
class ViewState;
struct DocumentChange;

/// The time-to-online chart of the current plan: one horizontal bar per filegroup (layout order,
/// top to bottom) from the restore's start to the time it becomes readable, stacked from the
/// steps that lead there (each step's reading of its backup, and the memory-optimized load of the
/// step that recovers it: R-MOD-004), so the parts' edges are the steps' ends. A lower bound (a
/// backup of unknown size before it) reads "≥" and its parts are hatched; a filegroup never online
/// has an empty bar labelled "not online". Hovering a part shows the filegroup, the step and the
/// seconds. The time axis counts s, min or h by the longest bar.
///
/// Reads ProjectAnalysis::planEstimate (the environment's restore throughput, the CFP snapshots);
/// rebuilds its series only when a DocumentChange can change them (that plan's steps or target,
/// the history, the environment, the snapshots) or another plan is selected.
class TimeToOnlineChart : public QChartView
{
    Q_OBJECT
public:
    TimeToOnlineChart(ProjectDocument *document, ViewState *viewState, QWidget *parent = nullptr);

    /// What the chart shows (the series are built from it).
    const TimeToOnlineBars &bars() const { return m_bars; }
    QHorizontalStackedBarSeries *series() const { return m_series; }
    /// How many times the series were built: for tests that check a change rebuilds only when it must.
    int rebuildCount() const { return m_rebuilds; }

private:
    bool follows(const DocumentChange &change) const;
    void rebuild();
    void hover(bool on, int category, QBarSet *set);

    ProjectDocument *m_document;
    ViewState *m_viewState;
    TimeToOnlineBars m_bars;
    QHorizontalStackedBarSeries *m_series = nullptr;
    int m_rebuilds = 0;
};

} // namespace rd
