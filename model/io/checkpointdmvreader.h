// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/io/checkpointdmvimport.h"

#include <QByteArray>
#include <QCoreApplication>

namespace rd {

/// Reads the output of `SELECT * FROM sys.dm_db_xtp_checkpoint_files` (or of the query shipped as
/// resources/sql/xtp-checkpoint-files.sql) saved as text: SSMS "Save Results As" CSV (comma
/// separated, header row, `NULL` as the word, quotes where needed) or sqlcmd output with `-s`
/// (the header line, the line of dashes under it, padded fields, "(N rows affected)" at the end).
/// Microsoft Docs, "sys.dm_db_xtp_checkpoint_files (Transact-SQL)", both the SQL Server 2014 and
/// the 2016+ column sets.
///
/// - Columns are found by their header name, in any order; columns it does not use are ignored.
///   Required: checkpoint_file_id, file_type or file_type_desc, state or state_desc,
///   file_size_in_bytes and file_size_used_in_bytes.
/// - The version comes from the columns: logical_row_count (or another 2016+-only column) means
///   2016+, inserted_row_count / deleted_row_count (or another 2014-only column) means 2014.
/// - The separator is the one that splits the header line into names: comma, tab, semicolon or `|`.
/// - `NULL`, or an empty field, is the DMV's NULL; it is refused where the DMV has no NULL.
/// - UTF-8 (with or without a byte order mark) or UTF-16 (with its mark, or little endian
///   without); LF or CR LF line ends. Lines before the header (sqlcmd's "Changed database
///   context …") are skipped with a warning; blank lines are skipped.
///
/// **One bad row fails the import**: a backup-size estimate from an inventory missing a file would
/// be wrong without saying so. Every problem of the file is reported (up to MaxProblems), each
/// with its line, character column and DMV column, so that one pass fixes them all.
class CheckpointDmvReader
{
    Q_DECLARE_TR_FUNCTIONS(rd::CheckpointDmvReader)
public:
    /// Problems listed before the rest are summed up in one last error.
    static constexpr int MaxProblems = 100;

    /// Reads `bytes`; `source` names them in messages (the file name).
    static CheckpointDmvImport read(const QByteArray &bytes, const QString &source);
    /// Reads a file through InputFile (a regular file of at most 1 GiB); a file that cannot be
    /// read is one error naming the path and the reason.
    static CheckpointDmvImport readFile(const QString &path);
    /// Whether `bytes` look like a DMV export (their first lines name the column
    /// checkpoint_file_id), so that a command taking several kinds of file can tell them apart.
    static bool looksLikeExport(const QByteArray &bytes);
};

} // namespace rd
