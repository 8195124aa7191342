// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/project.h"
#include "model/findings/diagnostic.h"

namespace rd {

/// Names SQL Server cannot take (Restore Designer's own rules, docs/validation-choices.md "Names"),
/// all errors:
/// - R-NAME-001: an identifier longer than its type holds: the database, filegroup and logical file
///   names are sysname (128 characters, SqlServerLimits::MaxIdentifierLength); a MARK event's name is
///   the transaction name of BEGIN TRANSACTION … WITH MARK (32, MaxTransactionNameLength).
/// - R-NAME-002: a NUL character (U+0000) in a name, id, reference or path (not in a backup's
///   GUIDs, which never reach SQL Server); the message names the field by its JSON path
///   (`backups[3].media[0]`).
/// - R-NAME-003: two files of the database, data or log, with the same logical name, compared
///   ignoring case as SQL Server's default collation does.
namespace NameChecks {
/// The layout's and the events' names (step -1); HistoryChecks reports them first.
QList<Diagnostic> layoutAndEvents(const Project &project);
/// R-NAME-002 of backup `b`, `index` in the history (step -1), added to `out`. HistoryChecks calls
/// it in its own pass over the backups: a separate pass over 100,000 of them costs as much again.
void backup(const Backup &b, qsizetype index, QList<Diagnostic> &out);
/// A plan's own names, target and steps (R-NAME-002; at the step, or -1 for the plan's name and target).
QList<Diagnostic> plan(const Plan &plan);
} // namespace NameChecks

} // namespace rd
