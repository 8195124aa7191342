// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/cfp/cfpversion.h"

#include <QSet>
#include <QUuid>

#include <optional>

namespace rd {

/// What a backup estimate starts from besides the inventory: the parts BACKUP copies that are not
/// checkpoint files, in 8 KB pages as its "Processed N pages" messages count them.
struct CfpBackupInputs
{
    qint64 diskPages = 0; ///< the disk-based filegroups' pages in a full backup
    qint64 logPages = 0;  ///< the active log, the same in a full and a differential backup
    /// The disk-based pages a differential copies; the full's diskPages (an upper bound) when absent.
    std::optional<qint64> differentialDiskPages;
    /// The data files closed after the last full backup (a differential copies only these); when
    /// not known, every data file the full would copy (an upper bound).
    std::optional<QSet<QUuid>> dataFilesClosedSinceFull;
};

/// A backup's estimated size, in 8 KB pages as BACKUP counts them; bytes are pages × 8,192.
struct CfpBackupSize
{
    qint64 diskPages = 0;
    qint64 memoryOptimizedPages = 0;
    qint64 logPages = 0;
    int unsizedFiles = 0; ///< files counted as 0 bytes because the size the rule needs is NULL

    qint64 pages() const { return diskPages + memoryOptimizedPages + logPages; }
    qint64 bytes() const;
    qint64 memoryOptimizedBytes() const;
};

/// What restoring the memory-optimized filegroup needs (R-MOD-003, R-MOD-004).
struct CfpRestoreNeeds
{
    /// The durable memory-optimized data recovery loads into memory: the used bytes of the data
    /// files of ACTIVE and UNDER CONSTRUCTION pairs, less their deleted rows' share (data used ×
    /// (rows − deleted) / rows). Indexes, rebuilt in memory, are not included.
    qint64 memoryBytes = 0;
    /// Free disk to provision for the filegroup: 4 × memoryBytes (the-memory-optimized-filegroup.md).
    qint64 diskBytes = 0;
    /// memoryBytes / bytesPerSecond in seconds; nullopt when the rate is not positive.
    std::optional<double> loadSeconds(qint64 bytesPerSecond) const;
};

/// Backup-size and restore estimators over a checkpoint inventory (docs/cfp.md). Pure functions.
class CfpEstimator
{
public:
    static constexpr qint64 PageBytes = 8192;

    /// The pages one file adds to a full backup under `version`: 0 for metadata only (example 2
    /// of the blog: 13 pairs in metadata-only states, "Processed 0 pages" of the filegroup), else
    /// the allocated or used bytes rounded up to whole pages. A state the version does not have
    /// adds 0 (check CfpVersions::mismatch() first); ROOT and FREE files add 0.
    static qint64 filePages(const CheckpointFile &file, CfpVersion version, bool *unsized = nullptr);

    /// Disk-based pages + active log + what each pair contributes (cfp.md §2).
    static CfpBackupSize fullBackup(const CheckpointInventory &inventory, CfpVersion version, const CfpBackupInputs &inputs);
    /// The full backup's selection, then only the data files closed since the last full; every
    /// delta file (cfp.md §3; both "Backing up a database with memory-optimized tables" docs).
    static CfpBackupSize differentialBackup(const CheckpointInventory &inventory, CfpVersion version,
                                            const CfpBackupInputs &inputs);
    static CfpRestoreNeeds restoreNeeds(const CheckpointInventory &inventory);
};

} // namespace rd
