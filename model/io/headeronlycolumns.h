// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArrayView>
#include <QString>

namespace rd {

/// The columns of RESTORE HEADERONLY and RESTORE FILELISTONLY results that the backup-header
/// import reads (docs/import-headeronly.md), and how a saved result's header names them: by the
/// names SQL Server gives them (Microsoft Docs, restore-statements-headeronly-transact-sql.md and
/// restore-statements-filelistonly-transact-sql.md), in any case, in brackets or not.
///
/// `BackupFile` is not SQL Server's: resources/sql/backup-headers.sql adds it (the backup file a
/// row was read from, or its stripes separated by `;`), and `Position` to FILELISTONLY's rows
/// (the `WITH FILE =` the list belongs to). IsReadOnly and the DifferentialBase columns are in
/// both results; which result a file holds says what they mean (HEADERONLY: the database,
/// FILELISTONLY: the file).
class HeaderOnlyColumns
{
public:
    enum Column {
        // ours, in both
        BackupFile, Position,
        // RESTORE HEADERONLY
        BackupName, BackupType, DatabaseName, ServerName, BackupSize, CompressedBackupSize,
        FirstLsn, LastLsn, CheckpointLsn, DatabaseBackupLsn, BackupStartDate, BackupFinishDate,
        SoftwareVersionMajor, SoftwareVersionMinor, SoftwareVersionBuild, BindingId, RecoveryForkId,
        FamilyGuid, HasBulkLoggedData, IsSnapshot, IsReadOnly, IsDamaged, HasIncompleteMetadata,
        IsForceOffline, IsCopyOnly, FirstRecoveryForkId, ForkPointLsn, RecoveryModel,
        DifferentialBaseLsn, DifferentialBaseGuid, BackupSetGuid, KeyAlgorithm, EncryptorType,
        // RESTORE FILELISTONLY
        LogicalName, PhysicalName, FileType, FileGroupName, Size, FileId, DropLsn, IsPresent, FileGroupId,
        Count
    };

    /// The column a header field names, or Count for one the import does not read.
    static Column find(QByteArrayView headerName);
    /// SQL Server's name of the column, as messages show it (`FirstLSN`).
    static QString name(Column column);
};

} // namespace rd
