// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/charts/backupsizepoints.h"

#include "model/analysis/projectanalysis.h"
#include "model/cfp/cfpversion.h"
#include "ui/charts/planchartsunits.h"
#include "ui/designerstyle.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

namespace rd {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BackupSizePoints)
};

constexpr qint64 HourMsecs = 3'600'000;

/// axisMsecs() for many times: the local offset looked up once per wall-clock hour (a time zone
/// changes its offset on the hour), as a local-time conversion costs a microsecond or more and a
/// history has 100,000 backups in a few thousand hours. Lives for one build.
class AxisClock
{
public:
    double msecs(const QDateTime &time)
    {
        const qint64 wall = time.toMSecsSinceEpoch(); // the wall clock read as UTC
        const qint64 hour = wall >= 0 ? wall / HourMsecs : (wall - HourMsecs + 1) / HourMsecs;
        auto it = m_offsets.constFind(hour);
        if (it == m_offsets.cend())
            it = m_offsets.insert(hour, qint64(BackupSizePoints::axisMsecs(time)) - wall);
        return double(wall + *it);
    }

private:
    QHash<qint64, qint64> m_offsets;
};

} // namespace

double BackupSizePoints::axisMsecs(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return double(QDateTime(utc.date(), utc.time(), Qt::LocalTime).toMSecsSinceEpoch());
}

BackupSizePoints BackupSizePoints::of(const ProjectAnalysis &analysis)
{
    BackupSizePoints out;
    const BackupList &backups = analysis.index().backups();
    const CfpEstimates &estimates = analysis.cfpEstimates();
    out.m_sizes.reserve(size_t(backups.size()));
    out.m_memory.reserve(size_t(estimates.count()));
    AxisClock clock;
    bool first = true;
    for (qsizetype i = 0; i < backups.size(); ++i) {
        const Backup &b = backups[i];
        const QDateTime &time = b.finish.isValid() ? b.finish : b.start;
        if (!time.isValid()) {
            ++out.m_withoutTime;
            continue;
        }
        const double x = clock.msecs(time);
        out.m_minX = first ? x : qMin(out.m_minX, x);
        out.m_maxX = first ? x : qMax(out.m_maxX, x);
        first = false;
        if (b.sizeBytes > 0) {
            out.m_sizes.push_back({i, x, double(b.sizeBytes)});
            out.m_maxBytes = qMax(out.m_maxBytes, double(b.sizeBytes));
        } else {
            ++out.m_withoutSize;
        }
        if (const BackupCfpEstimate *e = estimates.at(i)) {
            const double bytes = double(e->size.memoryOptimizedBytes());
            out.m_memory.push_back({i, x, bytes});
            out.m_maxBytes = qMax(out.m_maxBytes, bytes);
        }
    }
    return out;
}

BackupSizeSeries BackupSizePoints::series(const std::vector<BackupSizePoint> &points, double divisor,
                                          int columns) const
{
    BackupSizeSeries out;
    columns = qMax(columns, 1);
    const qsizetype n = qsizetype(points.size());
    if (n <= 2 * qsizetype(columns)) {
        out.points.reserve(n);
        out.sources.reserve(n);
        for (qsizetype i = 0; i < n; ++i) {
            out.points.append(QPointF(points[size_t(i)].x, points[size_t(i)].bytes / divisor));
            out.sources.append(i);
        }
        return out;
    }
    // Per pixel column, the indexes of its smallest and largest point: one pass, then one over the columns.
    std::vector<qsizetype> low(size_t(columns), -1), high(size_t(columns), -1);
    const double span = m_maxX > m_minX ? m_maxX - m_minX : 1;
    for (qsizetype i = 0; i < n; ++i) {
        const BackupSizePoint &p = points[size_t(i)];
        const auto c = size_t(qBound(0, int((p.x - m_minX) / span * (columns - 1) + 0.5), columns - 1));
        if (low[c] < 0 || p.bytes < points[size_t(low[c])].bytes)
            low[c] = i;
        if (high[c] < 0 || p.bytes > points[size_t(high[c])].bytes)
            high[c] = i;
    }
    out.points.reserve(2 * columns);
    out.sources.reserve(2 * columns);
    auto add = [&](qsizetype i) {
        out.points.append(QPointF(points[size_t(i)].x, points[size_t(i)].bytes / divisor));
        out.sources.append(i);
    };
    for (size_t c = 0; c < size_t(columns); ++c) {
        if (low[c] >= 0)
            add(low[c]);
        if (high[c] != low[c]) // a column of one point shows it once
            add(high[c]);
    }
    return out;
}

QString BackupSizePoints::toolTip(const ProjectAnalysis &analysis, qsizetype position)
{
    const BackupList &backups = analysis.index().backups();
    if (position < 0 || position >= backups.size())
        return {};
    const Backup &b = backups[position];
    QString text = Tr::tr("%1 — %2 backup").arg(b.id, toString(b.type));
    text += u'\n' + Tr::tr("Finished %1").arg(DesignerStyle::formatTime(b.finish.isValid() ? b.finish : b.start));
    text += u'\n' + Tr::tr("Size: %1").arg(b.sizeBytes > 0 ? PlanChartsUnits::formatBytes(b.sizeBytes) : Tr::tr("not known"));
    if (const BackupCfpEstimate *e = analysis.cfpEstimates().at(position)) {
        const QList<CfpSnapshot> &snapshots = analysis.project().cfpSnapshots;
        const QString from = e->snapshot >= 0 && e->snapshot < snapshots.size()
            ? DesignerStyle::formatTime(snapshots[e->snapshot].at)
            : Tr::tr("unknown");
        text += u'\n'
            + (e->upperBound ? Tr::tr("Memory-optimized part: at most %1").arg(PlanChartsUnits::formatBytes(e->size.memoryOptimizedBytes()))
                             : Tr::tr("Memory-optimized part: %1").arg(PlanChartsUnits::formatBytes(e->size.memoryOptimizedBytes())));
        text += u'\n'
            + Tr::tr("estimated from the CFP snapshot of %1 under the SQL Server %2 rules")
                  .arg(from, CfpVersions::toString(e->version));
    }
    return text;
}

} // namespace rd
