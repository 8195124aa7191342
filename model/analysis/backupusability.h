// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/simulation/historyindex.h"

#include <QCoreApplication>

namespace rd {

/// Facts about one backup of a history that the planner (RestorePlanner) and the explanation of a
/// plan (PlanExplanation) both need, so they say the same: whether it can be restored at all and
/// why not in a DBA's words, its recovery fork, and which data backup a differential is based on.
class BackupUsability
{
    Q_DECLARE_TR_FUNCTIONS(rd::BackupUsability)
public:
    /// Empty when `b` can be restored; else why not: the BACKUP failed (R-MOD-008), the backup is
    /// damaged (only CONTINUE_AFTER_ERROR restores it, R-GEN-008), a stripe of its media set is
    /// missing (R-ONL-003).
    static QString whyUnusable(const Backup &b);
    static bool usable(const Backup &b) { return whyUnusable(b).isEmpty(); }

    /// Whether two recovery fork GUIDs name the same fork; an unknown (empty) one matches any.
    static bool sameFork(const QString &a, const QString &b)
    {
        return a.isEmpty() || b.isEmpty() || a.compare(b, Qt::CaseInsensitive) == 0;
    }
    /// The fork a backup's data or log ends on: last_recovery_fork_guid, else first_recovery_fork_guid.
    static const QString &endFork(const Backup &b)
    {
        return b.lastRecoveryForkId.isEmpty() ? b.recoveryForkId : b.lastRecoveryForkId;
    }

    /// Whether differential `d` is based on `base` (a full or partial backup at `basePosition` in
    /// index.backups()): by GUID (differential_base_guid = backup_set_uuid), else by
    /// differential_base_lsn (= the base's checkpoint LSN, or its first LSN: C-3), else by time
    /// (the latest regular data backup holding PRIMARY before `d`). O(log n). A copy-only backup is
    /// never a differential base.
    static bool isBasedOn(const HistoryIndex &index, const Backup &d, const Backup &base, qsizetype basePosition);
    /// The position in index.backups() of the data backup differential `d` is based on, by the
    /// same rules, or -1 when the history does not hold it. O(log n).
    static qsizetype baseOf(const HistoryIndex &index, const Backup &d);
};

} // namespace rd
