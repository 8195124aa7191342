// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/project.h"
#include "model/findings/projectedit.h"

namespace rd {

/// The model's verdict on an edit of the database before the designer makes it: the reason SQL
/// Server would refuse what the edit draws, and what a removal changes in the designed history and
/// plans. The designer asks before it pushes an edit (the inspector, the context menus, the Add
/// Filegroup dialog), so a layout SQL Server cannot have is never drawn silently. Sources, paths
/// of the MicrosoftDocs/sql-docs repository:
/// - ALTER DATABASE … ADD FILE / REMOVE FILE / MODIFY FILE / ADD FILEGROUP / REMOVE FILEGROUP /
///   MODIFY FILEGROUP (docs/t-sql/statements/alter-database-transact-sql-file-and-filegroup-options.md):
///   file and filegroup names are unique in the database; the PRIMARY filegroup and the primary
///   data file cannot be removed; PRIMARY is the filegroup of the system tables and keeps its name.
///   Logical names are unique among data and log files together. The primary log file (the first)
///   cannot be removed either (error 5020), and a database keeps at least one log file.
/// - The memory-optimized filegroup (docs/relational-databases/in-memory-oltp/the-memory-optimized-filegroup.md):
///   at most one per database, and it cannot be made READ_ONLY.
/// - Names are sysname, at most 128 characters (SqlServerLimits::MaxIdentifierLength), without NUL
///   (R-NAME-001, R-NAME-002).
namespace EditRefusal {

/// Why SQL Server would refuse the layout `edit` gives `project`, in one sentence for the user;
/// empty when it would not. Edits of steps, targets, plans and backups are not judged here (the
/// validator reports them): their reason is always empty. Of an added or changed event, only what
/// SQL Server refuses outright is: a SET_READ_ONLY of the memory-optimized filegroup (a read-only
/// PRIMARY is R-RO-005's, an unknown filegroup R-REF-001's). A CFP snapshot without a time, or with
/// a state or file type its DMV version does not have, is refused too (the plan reader would refuse
/// the saved project). A composite is judged part by part,
/// each on the project the earlier parts made. An edit naming a filegroup or file that does not
/// exist is refused with that reason rather than ignored.
QString reason(const Project &project, const ProjectEdit &edit);

/// What a removal of a filegroup or data file (or a composite holding one) changes beyond the
/// layout: the backups whose scope it rewrites, the events it removes and the plan steps it
/// changes, in a few lines for a confirmation; empty when it changes none of them, and for every
/// other edit (a rename's references follow it and are not worth a question).
QString sideEffects(const Project &project, const ProjectEdit &edit);

} // namespace EditRefusal

} // namespace rd
