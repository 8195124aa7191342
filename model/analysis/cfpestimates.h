// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/cfp/cfpestimator.h"
#include "model/domain/project.h"
#include "model/simulation/historyindex.h"

#include <vector>

namespace rd {

/// The memory-optimized filegroup's share of one backup, estimated from the newest CFP snapshot
/// taken at or before the backup finished (issue 10, "backups after it get estimates").
struct BackupCfpEstimate
{
    int snapshot = -1; ///< index in Project::cfpSnapshots of the inventory estimated from
    /// The backup rules applied: those of the SQL Server whose DMV the snapshot follows (2014 RTM
    /// or 2016+; CfpVersions::defaultFor).
    CfpVersion version = CfpVersion::SqlServer2016;
    /// memoryOptimizedPages only: a snapshot knows nothing of the disk-based pages or the log
    /// (diskPages and logPages are 0).
    CfpBackupSize size;
    /// A differential whose data files closed since its base are not known (no snapshot between
    /// the base full backup and it, or the base not found): every data file counted, an upper bound.
    bool upperBound = false;
};

/// Estimates for the backups that hold the memory-optimized filegroup (full, partial and
/// differential backups, and file backups of that filegroup), each from the newest CFP snapshot at
/// or before its finish; a backup before every snapshot, or of a project without a
/// memory-optimized filegroup, has none. Part of ProjectAnalysis: built once per history and set
/// of snapshots, in O(n log s) for n backups and s snapshots (each snapshot's full-backup estimate
/// is computed once), after an edit of the history from the estimates before it in
/// O(k log k + d log s) for k estimates and d differentials, and read by the timeline.
///
/// A differential copies the data files closed since its base full backup and every delta file
/// (docs/cfp.md §3). Its data files are those of its snapshot that were not yet closed (absent,
/// PRECREATED or UNDER CONSTRUCTION) in the snapshot of its base (found by differentialBaseGuid);
/// when both are the same snapshot, or the base is unknown, every data file (upperBound).
class CfpEstimates
{
public:
    CfpEstimates() = default;
    /// The estimates of `project`'s backups; `index` is its history's. `previous` (may be null) are
    /// the estimates of the history `index` was built from (HistoryIndex(project, previous)) with
    /// the same snapshots: only the backups the edit changed, and the differentials, are then
    /// estimated again.
    static CfpEstimates of(const Project &project, const HistoryIndex &index, const CfpEstimates *previous = nullptr);

    /// The estimate of backups()[position] of the index it was built with, or null.
    const BackupCfpEstimate *at(qsizetype position) const;
    /// Backups with an estimate.
    qsizetype count() const { return qsizetype(m_estimates.size()); }

    /// The index of the newest snapshot of `snapshots` (ordered by time) taken at or before `time`,
    /// or -1 (none, or `time` invalid). O(log s).
    static int snapshotAt(const QList<CfpSnapshot> &snapshots, const QDateTime &time);

private:
    std::vector<std::pair<qsizetype, BackupCfpEstimate>> m_estimates; ///< by position
};

} // namespace rd
