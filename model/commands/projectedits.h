// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/document/documentchange.h"
#include "model/domain/project.h"
#include "model/findings/projectedit.h"

namespace rd {

/// What the designer needs around a ProjectEdit: the edits it can only build from the current
/// project, what an edit changes (for the views), and its undo text.
namespace ProjectEdits {

/// A new backup of `type`, as the designer adds it: starting at `start` (invalid: half an hour
/// after the end of the last backup, on a whole minute; with no backup, the current UTC hour), 10
/// seconds long for a log backup and a minute otherwise, with one medium named after it. Its id is
/// `<database>_<type>` made unique in `project` (Project::uniqueBackupId), so the caller can select
/// the backup the edit adds by `edit.backup.id`. A FILE or FILE_DIFFERENTIAL backup contains
/// `filegroup`, or PRIMARY when `project`'s layout has no such filegroup.
ProjectEdit newBackup(const Project &project, BackupType type, const QDateTime &start, const QString &filegroup);

/// A new data file (container) of filegroup `filegroup`, as the designer adds it: named
/// `<filegroup>_<n>` with the smallest n ≥ 1 no file of the database has (logical names are unique
/// in a database), in c:\data\ — a `.ndf` file of 8 MB for a ROWS filegroup, a folder of no
/// known size for FILESTREAM and MEMORY_OPTIMIZED_DATA containers. The filegroup need not exist
/// yet (a new filegroup gets its first file this way).
DataFile newFile(const Database &database, const QString &filegroup, FilegroupType type);

/// A new log file, as the designer adds it (ALTER DATABASE … ADD LOG FILE): named
/// `<database>_log_<n>` with the smallest n ≥ 1 no file of the database has, an `.ldf` file of
/// 8 MB in c:\data\.
DataFile newLogFile(const Database &database);

/// What applying `edit` to plan `planIndex` changes, as precisely as the edit alone says:
/// never narrower than the edit (DocumentChange).
DocumentChange changeOf(const ProjectEdit &edit, int planIndex);

/// The undo text of `edit` when its maker gives none ("Move backup imoltp_log", "Remove step 3").
QString undoText(const ProjectEdit &edit);

/// The undo text of a finding's fix: "Fix: " and the fix in words, or "Apply fix" without words.
QString fixText(const QString &fix);

} // namespace ProjectEdits

} // namespace rd
