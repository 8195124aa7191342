// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArrayView>
#include <QString>

#include <array>

namespace rd {

/// The msdb columns the history import reads (docs/import-msdb.md), and how a header names them.
///
/// A header names a column by msdb's own name, optionally qualified by its table
/// (`backupfile.is_readonly`, `msdb.dbo.backupfilegroup.type`), in any case, in brackets or not.
/// A bare name means the first table that has it in the order backupset, backupmediafamily,
/// backupmediaset, backupfile, backupfilegroup: `type` is backupset.type, so the one wide result
/// set of resources/sql/msdb-backup-history.sql names backupfilegroup's `type` and the other
/// names two tables share by table.
class MsdbColumns
{
public:
    enum Column {
        // backupset
        BackupSetId, BackupSetUuid, DatabaseName, ServerName, Type, IsCopyOnly, Position,
        BackupStartDate, BackupFinishDate, TimeZone,
        FirstLsn, LastLsn, CheckpointLsn, DatabaseBackupLsn, DifferentialBaseLsn, DifferentialBaseGuid,
        FirstRecoveryForkGuid, LastRecoveryForkGuid, ForkPointLsn, DatabaseGuid, FamilyGuid,
        RecoveryModel, SoftwareMajorVersion, SoftwareMinorVersion, SoftwareBuildVersion,
        HasBulkLoggedData, HasIncompleteMetadata, IsDamaged, IsSnapshot, IsReadonly, IsForceOffline,
        BackupSize, CompressedBackupSize, KeyAlgorithm, EncryptorType,
        // backupmediafamily, backupmediaset
        FamilySequenceNumber, Mirror, PhysicalDeviceName, MediaFamilyCount,
        // backupfile
        FileNumber, LogicalName, PhysicalName, PhysicalDrive, FileType, FilegroupName, FileState,
        IsPresent, DropLsn, FileSize, FileIsReadonly,
        // backupfilegroup
        FilegroupType, FilegroupTypeDesc, FilegroupIsReadonly, FilegroupId,
        Count
    };

    /// The column a header field names, or Count for one the import does not read.
    static Column find(QByteArrayView headerName);
    /// The name messages use: msdb's, qualified where the wide result set qualifies it.
    static QString name(Column column);
};

} // namespace rd
