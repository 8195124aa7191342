// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/cfp/cfpversion.h"

#include <QList>
#include <QString>

#include <optional>

namespace rd {

/// The server memory that sets the checkpoint file sizes (durability-for-memory-optimized-tables.md):
/// 16 MiB data + 1 MiB delta files up to 16 GB, 128 MiB + 16 MiB above, and 1 GiB + 128 MiB in
/// SQL Server 2016+'s large checkpoint mode.
enum class CfpServerMemory { UpTo16GB, Over16GB, LargeCheckpoint };

/// How a merge step chooses the pairs it merges.
enum class CfpMergeMode {
    Manual, ///< sys.sp_xtp_merge_checkpoint_files over the range of every ACTIVE pair holding rows (2014)
    Policy, ///< the documented merge policy, evaluated once (durability-for-memory-optimized-tables.md)
};

/// One thing the workload does, in order (docs/cfp.md, "Workload files").
struct CfpWorkloadStep
{
    enum class Kind {
        Insert,     ///< `rows` rows of `rowBytes` bytes, each its own transaction
        Delete,     ///< `share` (0–1) of the rows alive, spread over the pairs holding them
        Update,     ///< delete `share` of the rows alive and insert as many, of `rowBytes` bytes
        Checkpoint, ///< a manual or automatic CHECKPOINT
        Merge,      ///< a merge of pairs, by `mergeMode`
        LogBackup,  ///< BACKUP LOG (the database is in the FULL recovery model)
        FullBackup, ///< BACKUP DATABASE: the base of later differential estimates
    };
    Kind kind = Kind::Checkpoint;
    qint64 rows = 0;     ///< Insert
    qint64 rowBytes = 0; ///< Insert, Update: a row in a data file (24-byte header + the row body)
    double share = 0;    ///< Delete, Update: 0 to 1
    CfpMergeMode mergeMode = CfpMergeMode::Policy;
};

/// A workload the CFP simulator plays on a new database with one durable memory-optimized table.
/// The disk-based and log pages are inputs, as a BACKUP message reports them: the simulator
/// models the memory-optimized filegroup only.
struct CfpWorkload
{
    QString name;
    CfpVersion version = CfpVersion::SqlServer2016;
    CfpServerMemory memory = CfpServerMemory::UpTo16GB;
    /// Logical processors: SQL Server 2014 keeps max(8, this) pairs PRECREATED (DMV doc).
    int logicalProcessors = 8;
    qint64 diskPages = 0; ///< pages of the disk-based filegroups a full backup copies
    qint64 logPages = 0;  ///< pages of active log a full (and a differential) backup copies
    /// Disk-based pages a differential copies (the extents changed since the full); when absent
    /// the full's diskPages, an upper bound.
    std::optional<qint64> differentialDiskPages;
    QList<CfpWorkloadStep> steps;
};

} // namespace rd
