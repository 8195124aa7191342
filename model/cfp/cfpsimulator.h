// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/cfp/cfpworkload.h"

#include <QCoreApplication>
#include <QSet>
#include <QUuid>

namespace rd {

/// What the CFP simulator produced from a workload: the inventory as sys.dm_db_xtp_checkpoint_files
/// would list it after the last step, and what a differential estimate needs besides.
struct CfpSimulation
{
    CheckpointInventory inventory;
    /// The data files closed (filled, closed by a checkpoint, or written by a merge) after the
    /// workload's last full backup; every closed data file when it takes none.
    QSet<QUuid> dataFilesClosedSinceFull;
    QString error; ///< why the workload cannot be played ("step 3 (insert): …"); empty on success

    bool ok() const { return error.isEmpty(); }
};

/// Target sizes in bytes of a pair's files (durability-for-memory-optimized-tables.md).
struct CfpFileSizes
{
    qint64 data = 0;
    qint64 delta = 0;
};

/// Plays a CfpWorkload by the documented lifecycle, file sizes and merge policy of checkpoint file
/// pairs (docs/cfp.md, "How the simulator works", says every choice the documents leave open).
/// A pure function: the same workload gives the same inventory, file ids included.
class CfpSimulator
{
    Q_DECLARE_TR_FUNCTIONS(rd::CfpSimulator)
public:
    /// A data file stops taking rows when the next would take its rows past this share of its
    /// target size (fitted: the blog's "up to 1870 rows" of 8,068 bytes in a 16 MiB file, which
    /// are 89.93 % of it; 1,871 rows would be 89.98 %).
    static constexpr double FillFraction = 0.8995;
    /// Bytes a written data file uses besides its rows, and a written delta file besides its
    /// records (headers and checkpoint metadata; together 38 pages, fitted to the blog's examples
    /// 3 and 5, docs/cfp.md).
    static constexpr qint64 DataFileFixedBytes = 256 * 1024;
    static constexpr qint64 DeltaFileFixedBytes = 48 * 1024;
    /// One deleted row in a delta file: {inserting_tx_id, row_id, deleting_tx_id}, 8 bytes each
    /// (durability-for-memory-optimized-tables.md).
    static constexpr qint64 DeltaRecordBytes = 24;
    /// The pairs the simulator plays at most: SQL Server 2014's storage array (8,192 entries in
    /// RTM, 256 GB of durable data), and a limit of ours for 2016+, where the documents give none.
    static constexpr int MaxPairs2014 = 8192;
    static constexpr int MaxPairs2016 = 65536;
    /// The steps a workload may have: each checkpoint visits every pair, so this bounds the work
    /// (a workload of a year of hourly checkpoints has under 9,000).
    static constexpr int MaxSteps = 10000;

    /// Target sizes of the data and delta files for that memory setting.
    static CfpFileSizes fileSizes(CfpServerMemory memory);
    /// PRECREATED pairs kept ready: max(8, logical processors) (DMV doc, SQL Server 2014 section).
    static int precreatedPairs(int logicalProcessors);

    static CfpSimulation simulate(const CfpWorkload &workload);
};

} // namespace rd
