// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/project.h"
#include "model/io/msdbbackupset.h"

#include <QCoreApplication>
#include <QStringList>

#include <deque>

namespace rd {

/// Builds the project of one database from the backup sets MsdbHistoryReader (or
/// DbatoolsHistoryReader, from its records) gathered:
/// - the backups in time order (backup_start_date, then first_lsn), each with its media (one
///   device per stripe, in family order), the filegroups a file or partial backup holds (those
///   with a file is_present = 1) and the filegroups read-only when it was taken;
/// - the layout: every filegroup and file any backup lists (backupfile, backupfilegroup), with
///   the newest path and size, in filegroup_id and file_number order; a file dropped by the
///   newest backup that lists it (state 8 or a drop_lsn) is left out. A filegroup's type comes
///   from backupfilegroup.type (FX memory-optimized, FD FILESTREAM, FG rows), its read-only flag
///   at the start of the timeline from the oldest backup that lists it;
/// - the recovery model and READ_ONLY option at the start from the oldest backup.
/// Adds to *notes what it inferred or could not know.
class MsdbProjectBuilder
{
    Q_DECLARE_TR_FUNCTIONS(rd::MsdbProjectBuilder)
public:
    /// Where the backup sets were read from, which the notes and the description name.
    enum class Origin {
        Msdb,          ///< an msdb export (MsdbHistoryReader): files from backupfile, filegroups from backupfilegroup
        Dbatools,      ///< a dbatools export (DbatoolsHistoryReader): files from each backup's FileList
        BackupHeaders, ///< RESTORE HEADERONLY and FILELISTONLY results (HeaderOnlyHistoryReader)
    };

    /// `backups[i]` is the backup of `sets[i]`. Already in time order (as the query sorts them,
    /// by backup_set_id), `backups` becomes the project's list as it is, without a copy.
    static Project build(BackupList backups, std::deque<MsdbBackupSet> sets, const QStringList &sources,
                         QStringList *notes, Origin origin = Origin::Msdb);
};

} // namespace rd
