// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QList>
#include <QPointF>
#include <QString>

#include <vector>

namespace rd {

class ProjectAnalysis;

/// One point of the backup-size chart.
struct BackupSizePoint
{
    qsizetype backup = -1; ///< position in the analysis's HistoryIndex::backups()
    double x = 0;          ///< the backup's finish as the chart's time axis takes it (axisMsecs)
    double bytes = 0;      ///< its sizeBytes, or the estimated memory-optimized bytes
};

/// Points of one series as the chart shows them, and for each the index of the BackupSizePoint
/// it is (so that hovering a point finds its backup).
struct BackupSizeSeries
{
    QList<QPointF> points; ///< x as BackupSizePoint::x, y in bytes / `divisor`
    QList<qsizetype> sources;
};

/// What the backup-size chart shows, read from the analysis in one O(n) pass over the n backups
/// (CfpEstimates::at is O(log n)): each backup's size (Backup::sizeBytes, as msdb's
/// backupset.backup_size) at its finish, and for the backups with a CFP estimate
/// (ProjectAnalysis::cfpEstimate) the estimated memory-optimized part. A pure value that tests
/// read without a window.
class BackupSizePoints
{
public:
    static BackupSizePoints of(const ProjectAnalysis &analysis);

    /// Backups with a size (> 0) and a time, in the history's order.
    const std::vector<BackupSizePoint> &sizes() const { return m_sizes; }
    /// Backups with a CFP estimate and a time: their memoryOptimizedBytes().
    const std::vector<BackupSizePoint> &memoryOptimized() const { return m_memory; }
    qsizetype withoutSize() const { return m_withoutSize; } ///< backups with a time but no size: not drawn
    qsizetype withoutTime() const { return m_withoutTime; } ///< backups with neither finish nor start: not drawn
    double minX() const { return m_minX; }
    double maxX() const { return m_maxX; }
    double maxBytes() const { return m_maxBytes; } ///< over both series; 0 when there is no point

    /// `points` as a series of at most about 2 × `columns` points, y divided by `divisor`: all of
    /// them when there are no more than that, else per column of the time range [minX(), maxX()]
    /// the smallest and the largest (so every outlier still shows; a pixel column cannot show
    /// more). O(n + columns): 100,000 backups become a few thousand markers, which Qt Charts
    /// draws as one item each.
    BackupSizeSeries series(const std::vector<BackupSizePoint> &points, double divisor, int columns) const;

    /// The chart's x for a wall-clock `time` (PlanTime: a Qt::UTC value read as local wall clock).
    /// QDateTimeAxis writes its labels in the machine's local time, so the value given to it is the
    /// instant at which the local clock reads `time`; the axis then labels 03:00 as 03:00 in any
    /// time zone. (A time in a daylight-saving gap moves by the gap.)
    static double axisMsecs(const QDateTime &time);

    /// The hover text of the backup at `position` of `analysis`'s history: id, kind, finish, size
    /// and, when estimated, the memory-optimized part and the snapshot it comes from, with units.
    static QString toolTip(const ProjectAnalysis &analysis, qsizetype position);

private:
    std::vector<BackupSizePoint> m_sizes;
    std::vector<BackupSizePoint> m_memory;
    qsizetype m_withoutSize = 0;
    qsizetype m_withoutTime = 0;
    double m_minX = 0;
    double m_maxX = 0;
    double m_maxBytes = 0;
};

} // namespace rd
