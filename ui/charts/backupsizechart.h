// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ui/charts/backupsizepoints.h"

#include <QChartView>

class QScatterSeries;

namespace rd {

class ProjectDocument;
struct DocumentChange;

/// The estimated size of each backup along the timeline: x the backup's finish (QDateTimeAxis),
/// y its size (Backup::sizeBytes) and, for the backups a CFP snapshot precedes, the estimated
/// memory-optimized part (ProjectAnalysis::cfpEstimate), in bytes, KB, MB, GB or TB by the
/// largest. Hovering a point shows the backup's id, kind, time and sizes.
///
/// Rebuilt only when the backups, the layout or the CFP snapshots change, and only while shown
/// (a hidden chart rebuilds when it is next shown). On a large history each series is decimated to
/// the plot's width (BackupSizePoints::series), again when the chart is resized.
class BackupSizeChart : public QChartView
{
    Q_OBJECT
public:
    explicit BackupSizeChart(ProjectDocument *document, QWidget *parent = nullptr);

    /// What the chart shows (the series are built from it).
    const BackupSizePoints &points() const { return m_points; }
    QScatterSeries *sizeSeries() const { return m_sizes; }
    QScatterSeries *memorySeries() const { return m_memory; }
    int rebuildCount() const { return m_rebuilds; } ///< for tests

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    static bool follows(const DocumentChange &change);
    void rebuild();
    void fillSeries();
    void hover(const QPointF &point, bool on, const BackupSizeSeries &shown,
               const std::vector<BackupSizePoint> &points);

    ProjectDocument *m_document;
    BackupSizePoints m_points;
    BackupSizeSeries m_shownSizes;
    BackupSizeSeries m_shownMemory;
    QScatterSeries *m_sizes;
    QScatterSeries *m_memory;
    double m_divisor = 1;
    int m_columns = 0; ///< the width the series were decimated for
    bool m_stale = true;
    int m_rebuilds = 0;
};

} // namespace rd
