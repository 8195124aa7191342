// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/io/historyimport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <utility>

namespace rd {

struct ImportProgress;

/// Reads RESTORE HEADERONLY and RESTORE FILELISTONLY results saved from SSMS or sqlcmd into a
/// project (docs/import-headeronly.md): for backups msdb no longer lists, the backup files'
/// own headers.
///
/// - Each file holds one result, or several one after another (sqlcmd's output of
///   resources/sql/backup-headers.sql), each recognised by its columns: BackupType names a
///   HEADERONLY result, LogicalName a FILELISTONLY one. Columns are found by name, in any order;
///   the version-dependent ones (containment, the encryption columns, SQL Server 2022's three)
///   may be missing; unknown ones are ignored. `NULL` or an empty field is NULL.
/// - A HEADERONLY row is a backup set; its backup file is the `BackupFile` column (stripes
///   separated by `;`) that backup-headers.sql adds, else the saved result's name without
///   `.csv` and `.headeronly` (HeaderOnlyCollector::deviceFromFileName). A FILELISTONLY row is a
///   file of the backup set with the same backup file and `Position` (1 without the column,
///   as RESTORE FILELISTONLY defaults to FILE = 1): the layout and what each backup holds.
/// - Backups of several databases need `database` (case-insensitive), as for msdb exports.
/// - One bad value fails the import, each error naming file, line, character column and
///   column name; rows left out on purpose are in `skipped` with why.
/// The project is built by MsdbProjectBuilder, as for an msdb export.
class HeaderOnlyHistoryReader
{
    Q_DECLARE_TR_FUNCTIONS(rd::HeaderOnlyHistoryReader)
public:
    static constexpr int MaxProblems = 100;

    /// One result held in memory: what messages call it (and, without a BackupFile column, the
    /// name the backup file is taken from), and its bytes.
    using Input = std::pair<QString, QByteArray>;

    static HistoryImport read(const QList<Input> &inputs, const QString &database = {});
    static HistoryImport read(const QByteArray &bytes, const QString &source, const QString &database = {})
    {
        return read(QList<Input>{{source, bytes}}, database);
    }
    /// Reads files in pieces. A path that is not a regular file, or cannot be read, is one error
    /// naming it and why. `progress` hears of the bytes read and may cancel (no project then).
    static HistoryImport readFiles(const QStringList &paths, const QString &database, const ImportProgress &progress);
};

} // namespace rd
