// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/io/headeronlycolumns.h"

#include <QByteArray>

#include <iterator>

namespace rd {
namespace {

// SQL Server's spelling, in the enum's order (Microsoft Docs: RESTORE HEADERONLY, RESTORE FILELISTONLY).
constexpr const char *Names[] = {
    "BackupFile", "Position",
    "BackupName", "BackupType", "DatabaseName", "ServerName", "BackupSize", "CompressedBackupSize",
    "FirstLSN", "LastLSN", "CheckpointLSN", "DatabaseBackupLSN", "BackupStartDate", "BackupFinishDate",
    "SoftwareVersionMajor", "SoftwareVersionMinor", "SoftwareVersionBuild", "BindingID", "RecoveryForkID",
    "FamilyGUID", "HasBulkLoggedData", "IsSnapshot", "IsReadOnly", "IsDamaged", "HasIncompleteMetaData",
    "IsForceOffline", "IsCopyOnly", "FirstRecoveryForkID", "ForkPointLSN", "RecoveryModel",
    "DifferentialBaseLSN", "DifferentialBaseGUID", "BackupSetGUID", "KeyAlgorithm", "EncryptorType",
    "LogicalName", "PhysicalName", "Type", "FileGroupName", "Size", "FileID", "DropLSN", "IsPresent", "FileGroupID",
};
static_assert(std::size(Names) == HeaderOnlyColumns::Count, "one name per column, in the enum's order");

} // namespace

HeaderOnlyColumns::Column HeaderOnlyColumns::find(QByteArrayView headerName)
{
    QByteArray name;
    name.reserve(headerName.size());
    for (char c : headerName.trimmed())
        if (c != '[' && c != ']' && c != '"')
            name.append(c);
    for (int i = 0; i < Count; ++i)
        if (QByteArrayView(name).compare(QByteArrayView(Names[i]), Qt::CaseInsensitive) == 0)
            return Column(i);
    return Count;
}

QString HeaderOnlyColumns::name(Column column)
{
    return column >= 0 && column < Count ? QString::fromLatin1(Names[column]) : QString();
}

} // namespace rd
