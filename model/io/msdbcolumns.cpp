// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/io/msdbcolumns.h"

#include <QByteArray>

namespace rd {
namespace {

struct Entry
{
    MsdbColumns::Column column;
    const char *table;
    const char *name;
    bool bare; ///< a bare name means this table's column
};

// Table and column names from Microsoft Docs (backupset, backupmediafamily, backupmediaset,
// backupfile, backupfilegroup); `bare` false where an earlier table has the same name.
constexpr Entry Entries[] = {
    {MsdbColumns::BackupSetId, "backupset", "backup_set_id", true},
    {MsdbColumns::BackupSetUuid, "backupset", "backup_set_uuid", true},
    {MsdbColumns::DatabaseName, "backupset", "database_name", true},
    {MsdbColumns::ServerName, "backupset", "server_name", true},
    {MsdbColumns::Type, "backupset", "type", true},
    {MsdbColumns::IsCopyOnly, "backupset", "is_copy_only", true},
    {MsdbColumns::Position, "backupset", "position", true},
    {MsdbColumns::BackupStartDate, "backupset", "backup_start_date", true},
    {MsdbColumns::BackupFinishDate, "backupset", "backup_finish_date", true},
    {MsdbColumns::TimeZone, "backupset", "time_zone", true},
    {MsdbColumns::FirstLsn, "backupset", "first_lsn", true},
    {MsdbColumns::LastLsn, "backupset", "last_lsn", true},
    {MsdbColumns::CheckpointLsn, "backupset", "checkpoint_lsn", true},
    {MsdbColumns::DatabaseBackupLsn, "backupset", "database_backup_lsn", true},
    {MsdbColumns::DifferentialBaseLsn, "backupset", "differential_base_lsn", true},
    {MsdbColumns::DifferentialBaseGuid, "backupset", "differential_base_guid", true},
    {MsdbColumns::FirstRecoveryForkGuid, "backupset", "first_recovery_fork_guid", true},
    {MsdbColumns::LastRecoveryForkGuid, "backupset", "last_recovery_fork_guid", true},
    {MsdbColumns::ForkPointLsn, "backupset", "fork_point_lsn", true},
    {MsdbColumns::DatabaseGuid, "backupset", "database_guid", true},
    {MsdbColumns::FamilyGuid, "backupset", "family_guid", true},
    {MsdbColumns::RecoveryModel, "backupset", "recovery_model", true},
    {MsdbColumns::SoftwareMajorVersion, "backupset", "software_major_version", true},
    {MsdbColumns::SoftwareMinorVersion, "backupset", "software_minor_version", true},
    {MsdbColumns::SoftwareBuildVersion, "backupset", "software_build_version", true},
    {MsdbColumns::HasBulkLoggedData, "backupset", "has_bulk_logged_data", true},
    {MsdbColumns::HasIncompleteMetadata, "backupset", "has_incomplete_metadata", true},
    {MsdbColumns::IsDamaged, "backupset", "is_damaged", true},
    {MsdbColumns::IsSnapshot, "backupset", "is_snapshot", true},
    {MsdbColumns::IsReadonly, "backupset", "is_readonly", true},
    {MsdbColumns::IsForceOffline, "backupset", "is_force_offline", true},
    {MsdbColumns::BackupSize, "backupset", "backup_size", true},
    {MsdbColumns::CompressedBackupSize, "backupset", "compressed_backup_size", true},
    {MsdbColumns::KeyAlgorithm, "backupset", "key_algorithm", true},
    {MsdbColumns::EncryptorType, "backupset", "encryptor_type", true},
    {MsdbColumns::FamilySequenceNumber, "backupmediafamily", "family_sequence_number", true},
    {MsdbColumns::Mirror, "backupmediafamily", "mirror", true},
    {MsdbColumns::PhysicalDeviceName, "backupmediafamily", "physical_device_name", true},
    {MsdbColumns::MediaFamilyCount, "backupmediaset", "media_family_count", true},
    {MsdbColumns::FileNumber, "backupfile", "file_number", true},
    {MsdbColumns::LogicalName, "backupfile", "logical_name", true},
    {MsdbColumns::PhysicalName, "backupfile", "physical_name", true},
    {MsdbColumns::PhysicalDrive, "backupfile", "physical_drive", true},
    {MsdbColumns::FileType, "backupfile", "file_type", true},
    {MsdbColumns::FilegroupName, "backupfile", "filegroup_name", true},
    {MsdbColumns::FileState, "backupfile", "state", true},
    {MsdbColumns::IsPresent, "backupfile", "is_present", true},
    {MsdbColumns::DropLsn, "backupfile", "drop_lsn", true},
    {MsdbColumns::FileSize, "backupfile", "file_size", true},
    {MsdbColumns::FileIsReadonly, "backupfile", "is_readonly", false},
    {MsdbColumns::FilegroupType, "backupfilegroup", "type", false},
    {MsdbColumns::FilegroupTypeDesc, "backupfilegroup", "type_desc", true},
    {MsdbColumns::FilegroupIsReadonly, "backupfilegroup", "is_readonly", false},
    {MsdbColumns::FilegroupId, "backupfilegroup", "filegroup_id", true},
};
static_assert(std::size(Entries) == MsdbColumns::Count, "one entry per column, in the enum's order");

} // namespace

MsdbColumns::Column MsdbColumns::find(QByteArrayView headerName)
{
    // Lower case, brackets and quotes dropped: [backupfile].[is_readonly] → backupfile.is_readonly.
    QByteArray name;
    name.reserve(headerName.size());
    for (char c : headerName.trimmed())
        if (c != '[' && c != ']' && c != '"')
            name.append(c >= 'A' && c <= 'Z' ? char(c + 32) : c);
    QByteArrayView column(name);
    QByteArrayView table;
    if (const qsizetype dot = column.lastIndexOf('.'); dot >= 0) {
        table = column.first(dot);
        column = column.sliced(dot + 1);
        if (const qsizetype before = table.lastIndexOf('.'); before >= 0) // msdb.dbo.backupfile
            table = table.sliced(before + 1);
    }
    for (const Entry &e : Entries) {
        if (column != QByteArrayView(e.name))
            continue;
        if (table.isEmpty() ? e.bare : table == QByteArrayView(e.table))
            return e.column;
    }
    return Count;
}

QString MsdbColumns::name(Column column)
{
    if (column < 0 || column >= Count)
        return {};
    const Entry &e = Entries[column];
    return e.bare ? QString::fromLatin1(e.name) : QStringLiteral("%1.%2").arg(QLatin1String(e.table), QLatin1String(e.name));
}

} // namespace rd
