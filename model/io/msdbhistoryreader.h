// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/io/historyimport.h"
#include "model/io/historyimporter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <utility>

namespace rd {

/// Reads the saved output of resources/sql/msdb-backup-history.sql (or of any query over
/// msdb.dbo.backupset, backupmediafamily, backupmediaset, backupfile and backupfilegroup that
/// keeps msdb's column names) into a project: the database layout inferred from the backupfile
/// and backupfilegroup rows, and one backup per backup set (docs/import-msdb.md).
///
/// - Text as SSMS "Save Results As" CSV writes it (quotes where needed) or sqlcmd with `-s`
///   (header, the line of dashes, padded fields, "(N rows affected)"); UTF-8 with or without a
///   byte order mark, UTF-16 with one (TextLineStream). `NULL` (or an empty field) is NULL.
/// - Columns by their header names, in any order (MsdbColumns); unknown columns are ignored.
///   Required: database_name, type, first_lsn, last_lsn, backup_start_date, backup_finish_date and
///   backup_set_id (or backup_set_uuid), which groups a set's rows: one per media family (stripe)
///   and mirror, times one per file. Mirrors other than 0 are skipped (each holds the same
///   backup), stripes become the backup's media in family order.
/// - Several files are one history (a backup set met twice, by backup_set_uuid, is read once).
///   Backups of several databases need `database` (case-insensitive); without it the import
///   fails naming the databases found.
/// - **One bad value fails the import** (an LSN with letters, a date that does not parse, an
///   unknown type code, a truncated row), each error naming file, line, character column and msdb
///   column, up to MaxProblems of them. Rows left out on purpose are listed in `skipped` with why.
/// - Microsoft's example query of the backupset page and the classic "last 7 days" query are
///   recognised and refused with the reason: without first_lsn and last_lsn no restore chain can
///   be rebuilt.
///
/// One pass over the rows, grouping by hash; a file is read in pieces, never held whole.
class MsdbHistoryReader
{
    Q_DECLARE_TR_FUNCTIONS(rd::MsdbHistoryReader)
public:
    static constexpr int MaxProblems = 100;
    /// Bytes read from a file at a time (4 MiB): the file is never held whole, and progress is
    /// reported, and a cancel seen, once per piece.
    static constexpr qsizetype ChunkBytes = qsizetype(4) << 20;

    /// One export held in memory: what messages call it, and its bytes.
    using Input = std::pair<QString, QByteArray>;

    /// Reads the exports, in order, as one history; `database` chooses one database (empty = the
    /// only one there is).
    static HistoryImport read(const QList<Input> &inputs, const QString &database = {});
    static HistoryImport read(const QByteArray &bytes, const QString &source, const QString &database = {})
    {
        return read(QList<Input>{{source, bytes}}, database);
    }
    /// Reads files in pieces (any size: they are never held whole). A path that is not a regular
    /// file, or cannot be read, is one error naming it and why.
    ///
    /// `progress` hears of the bytes read over the bytes of all the files (their sizes when the
    /// import starts) before the first piece and after each one: done never decreases and never
    /// exceeds total. When it returns false the import stops at once: the result has `cancelled`
    /// set and nothing else (no project, no problem, no skipped row). `chunkBytes` (> 0) is the
    /// piece size; tests pass small ones to see several reports on a small file.
    static HistoryImport readFiles(const QStringList &paths, const QString &database = {},
                                   const ImportProgress &progress = {}, qsizetype chunkBytes = ChunkBytes);
};

} // namespace rd
