// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/enums.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <limits>
#include <utility>
#include <vector>

namespace rd {

class HistoryIndex;
class LsnAxis;

/// Where each backup of one version of the history sits on the timeline, whatever the zoom: its
/// time extent, the lanes it covers, per lane the bars in time order, and how far its label may
/// run (to the next bar on its label's lane).
///
/// Built once per change of the history in O(n log n) (one sort per lane), so that zooming,
/// scrolling and plan edits only look it up: the scene places items for the bars it shows from
/// here, and never compares a backup with every other one.
///
/// On the LSN axis (build() with an LsnAxis) the same fields hold axis positions instead of times:
/// startMs/finishMs are the LsnAxis positions of the backup's firstLsn and lastLsn, and `row` its
/// recovery path's row within each lane, so that the scene places, bands and labels bars the same
/// way on both axes.
class TimelineLayout
{
public:
    static constexpr qint64 NoNext = std::numeric_limits<qint64>::max();

    struct Bar
    {
        qint64 startMs = 0;  ///< milliseconds since the epoch (QDateTime::toMSecsSinceEpoch); on the LSN axis, the firstLsn's position
        qint64 finishMs = 0; ///< ≥ startMs (a missing finish is the start); on the LSN axis, the lastLsn's position
        int position = -1;   ///< in Project::backups (and HistoryIndex::backups())
        BackupType type = BackupType::Full;
        int labelLane = 0;   ///< the lane the id is written on: the first lane covered
        int row = 0;         ///< row within each lane: 0 on the time axis, the recovery path's on the LSN axis
        qint64 nextStartMs = NoNext; ///< start of the next later bar on labelLane's row, or NoNext
        QList<int> lanes;    ///< lanes covered, top to bottom (the log lane is `logLane`)
    };

    /// Lays out the backups of `index` (those with a valid start) on `logLane + 1` lanes: lanes
    /// 0…logLane-1 are the layout's filegroups in order, `logLane` the log (also covered by full
    /// and differential backups, which carry log records).
    void build(const HistoryIndex &index, int logLane);
    /// The same on the LSN axis: each backup `axis` places spans its LSN range, on its row;
    /// `axis` must have been built from `index`.
    void build(const HistoryIndex &index, int logLane, const LsnAxis &axis);
    /// Rows per lane: 1 on the time axis, LsnAxis::rowCount() on the LSN axis.
    int rowCount() const { return m_rowCount; }

    /// The bars in start order (ties in history order).
    const std::vector<Bar> &bars() const { return m_bars; }
    /// Indices into bars() of lane `lane`'s bars, in start order; empty for an unknown lane.
    const std::vector<int> &lane(int lane) const;
    int laneCount() const { return int(m_lanes.size()); }
    /// The index into bars() of backup `id`, or -1 (unknown id, or no valid start).
    int barOf(const QString &id) const { return m_byId.value(id, -1); }
    /// The longest bar, in milliseconds.
    qint64 longestMs() const { return m_longestMs; }
    /// The latest finish of any bar (ms since the epoch), or 0 without bars.
    qint64 lastFinishMs() const { return m_lastFinishMs; }
    /// The half-open range [first, last) of bars() starting within [fromMs, toMs].
    std::pair<int, int> startingWithin(qint64 fromMs, qint64 toMs) const;
    /// The same for lane `lane`: a range of positions in lane(lane).
    std::pair<int, int> startingWithin(int lane, qint64 fromMs, qint64 toMs) const;

private:
    /// build()'s work, with the extent of the backup at a position (false: no bar) from `extent`.
    template<typename Extent>
    void buildWith(const HistoryIndex &index, int logLane, Extent extent);

    std::vector<Bar> m_bars;
    int m_rowCount = 1;
    std::vector<std::vector<int>> m_lanes;
    QHash<QString, int> m_byId;
    qint64 m_longestMs = 0;
    qint64 m_lastFinishMs = 0;
};

} // namespace rd
