// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/backup.h"

#include <deque>

#include <QString>

#include <optional>
#include <vector>

namespace rd {

/// One backupfile row of a backup set, with its backupfilegroup columns (MsdbHistoryReader).
struct MsdbFileRow
{
    qint64 number = 0;     ///< file_number (= sys.database_files.file_id)
    QString logicalName;
    QString physicalName;  ///< physical_name, with physical_drive before it when it is only the rest of the path
    QString filegroup;     ///< filegroup_name; empty for a log file
    char fileType = 'D';   ///< file_type: D data, L log, S FILESTREAM or memory-optimized container, F full-text
    bool present = true;   ///< is_present: the file's data is in the backup set
    bool dropped = false;  ///< state 8 (DROPPED) or a drop_lsn
    qint64 sizeBytes = 0;  ///< file_size
    std::optional<bool> readOnly;      ///< backupfilegroup.is_readonly, else backupfile.is_readonly
    QString filegroupType;             ///< backupfilegroup.type (FG, FD, FX, SL) or its type_desc; empty = unknown
    qint64 filegroupId = 0;            ///< filegroup_id; 0 = unknown
};

/// What MsdbHistoryReader gathers of one backup set from its rows (one per media family and
/// file) besides the Backup itself, which it keeps in a BackupList at the same index (so that a
/// history already in order becomes the project's without a copy: MsdbProjectBuilder).
struct MsdbBackupSet
{
    QString database;       ///< database_name
    QString databaseFamily; ///< family_guid, as text; empty = not in the export
    qint64 backupSetId = 0;
    int source = 0;         ///< index of the file it comes from
    int line = 0;           ///< the line of its first row
    std::optional<int> timeZone; ///< time_zone: 15-minute units from UTC, 127 = unknown
    bool databaseReadOnly = false; ///< backupset.is_readonly
    int mediaFamilyCount = 0;      ///< backupmediaset.media_family_count; 0 = not in the export
    std::vector<std::pair<int, QString>> families; ///< (family_sequence_number, physical_device_name)
    std::vector<MsdbFileRow> files;
};

} // namespace rd
