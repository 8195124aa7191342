// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace rd {

/// What the designer cannot know about the server the plan will run on unless the user states it
/// (plan-format.md extension "environment"). Each default is the honest common case; rules that
/// depend on an unknown fact say so in their message rather than assuming the worst.
struct RestoreEnvironment
{
    /// "major.minor.build" of the target SQL Server; empty = the same as the backups' (R-GEN-002,
    /// R-PIECE-012, R-REC-003).
    QString serverVersion;
    /// The database already exists on the target (restore in place). False for a new server or a
    /// new name: no tail-log backup is needed, the first restore must create it (R-GEN-006, R-TAIL-001).
    bool databaseExists = true;
    bool availabilityGroup = false; ///< the database is joined to an availability group (R-GEN-010)
    bool mirrored = false;          ///< the database is mirrored (R-GEN-010)
    /// The certificates/keys of encrypted backups are on the target (R-GEN-007).
    bool certificatesAvailable = false;
    bool lightweightPooling = false; ///< fiber mode (R-MOD-007)
    /// Memory the target's resource pool can give memory-optimized data, bytes; 0 = unknown (R-MOD-003).
    qint64 memoryAvailableBytes = 0;
    /// The rate at which the target's recovery loads memory-optimized data into memory (data and
    /// delta files read, rows inserted), bytes per second, as measured by a test restore there;
    /// 0 = unknown: only the size to load is given, no time (R-MOD-004).
    qint64 memoryOptimizedLoadBytesPerSecond = 0;
    /// The rate at which the target's RESTORE reads backups, bytes per second, as measured by a test
    /// restore there; 0 = not stated: RestoreDuration's default (77.3 MiB/s, the mean of the rates
    /// BACKUP printed in Microsoft's blog "Database Backup with Memory-Optimized Tables") is used.
    qint64 restoreBytesPerSecond = 0;
    bool filestreamOnNtfs = true;    ///< FILESTREAM containers go to NTFS volumes (R-FS-003)

    bool operator==(const RestoreEnvironment &) const = default;
};

} // namespace rd
