// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace rd {

/// A checkpoint file's state, numbered as `sys.dm_db_xtp_checkpoint_files.state` numbers it.
/// SQL Server 2014 uses 0–7; SQL Server 2016 and later use 0–3 and 8 (Microsoft Docs,
/// "sys.dm_db_xtp_checkpoint_files (Transact-SQL)", both the 2014 and the 2016+ sections).
enum class CheckpointFileState {
    Precreated = 0,
    UnderConstruction = 1,
    Active = 2,
    MergeTarget = 3,
    MergedSource = 4,            ///< 2014 only
    RequiredForBackupHa = 5,     ///< 2014 only
    InTransitionToTombstone = 6, ///< 2014 only
    Tombstone = 7,               ///< 2014 only
    WaitingForLogTruncation = 8, ///< 2016+ only
};

/// `file_type`: −1 FREE, 0 DATA, 1 DELTA, 2 ROOT, 3 LARGE DATA (2016+); 2014 has only DATA and DELTA.
enum class CheckpointFileType { Free = -1, Data = 0, Delta = 1, Root = 2, LargeData = 3 };

/// Which column set (and state numbering) an inventory follows.
enum class CheckpointDmvVersion { SqlServer2014, SqlServer2016 };

/// The DMV's `state_desc` for a state, upper case as SQL Server spells it ("UNDER CONSTRUCTION",
/// "MERGED SOURCE", "REQUIRED FOR BACKUP/HA", "WAITING FOR LOG TRUNCATION" …).
QString stateDescription(CheckpointFileState state);
/// The state with this `state` code in that DMV version, or nullopt (e.g. 8 in 2014, 4 in 2016+).
std::optional<CheckpointFileState> checkpointFileState(int code, CheckpointDmvVersion version);
/// The state whose `state_desc` this is (case-insensitive; "MERGE SOURCE", the blogs' spelling,
/// is accepted for MERGED SOURCE), or nullopt.
std::optional<CheckpointFileState> checkpointFileStateFromDescription(const QString &description);
/// The DMV's `file_type_desc` (2016+ spelling: FREE, DATA, DELTA, ROOT, LARGE DATA).
QString fileTypeDescription(CheckpointFileType type);
/// The type with this `file_type` code (−1…3), or nullopt.
std::optional<CheckpointFileType> checkpointFileType(int code);

/// One row of `sys.dm_db_xtp_checkpoint_files`: a data, delta, root, free or large-data file of
/// the memory-optimized filegroup. Sizes are bytes; absent values are the DMV's NULLs.
struct CheckpointFile
{
    QUuid id;           ///< checkpoint_file_id
    QUuid pairId;       ///< checkpoint_pair_file_id: the paired DATA or DELTA file; null for ROOT and FREE
    int containerId = 0; ///< container_id (the container's file_id in sys.database_files)
    QString relativePath; ///< relative_file_path, relative to the container
    CheckpointFileType type = CheckpointFileType::Data;
    CheckpointFileState state = CheckpointFileState::Precreated;
    std::optional<qint64> sizeBytes;     ///< file_size_in_bytes (NULL in 2014 for states 5–7)
    std::optional<qint64> usedBytes;     ///< file_size_used_in_bytes (NULL in 2014 for states 5–7)
    /// Data file: rows inserted; delta file: rows deleted (2016+ logical_row_count; 2014
    /// inserted_row_count for data, deleted_row_count for delta).
    std::optional<qint64> rowCount;
    std::optional<qint64> lowerBoundTsn; ///< lower_bound_tsn
    std::optional<qint64> upperBoundTsn; ///< upper_bound_tsn
    std::optional<qint64> beginCheckpointId; ///< 2016+ begin_checkpoint_id
    std::optional<qint64> endCheckpointId;   ///< 2016+ end_checkpoint_id

    bool operator==(const CheckpointFile &) const = default;
};

/// The checkpoint files of a database's memory-optimized filegroup at one moment, as the DMV lists
/// them (an import) or as the workload simulator produces them.
struct CheckpointInventory
{
    CheckpointDmvVersion version = CheckpointDmvVersion::SqlServer2016;
    QList<CheckpointFile> files;

    bool operator==(const CheckpointInventory &) const = default;
};

} // namespace rd
