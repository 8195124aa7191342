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

/// Reads the backup history dbatools exports (docs/import-dbatools.md) into a project, through
/// the msdb importer's project builder (MsdbProjectBuilder):
/// - `Get-DbaDbBackupHistory … | ConvertTo-Json` (DbatoolsJsonParser): a top-level array, or one
///   object; dates `\/Date(ms)\/`, read as UTC; LSNs as bare numbers of up to 25 digits, taken
///   from the text, never through a double;
/// - `Get-DbaDbBackupHistory … | Export-CliXml` (DbatoolsCliXmlParser): LSNs as
///   System.Numerics.BigInteger objects, dates with no zone (kept as written), FileList objects.
/// Which one a file is is told from its content (its first character: `[` or `{`, or `<`), not its
/// name; UTF-16 (little or big endian, with or without a byte order mark) and UTF-8 both read.
///
/// Every record becomes a backup: its type from Type or BackupTypeDescription (Full / Database,
/// Differential / Database Differential, Log / Transaction Log, File, Differential File, Partial
/// Full, Partial Differential), LSNs, BackupSetGUID, recovery forks, IsCopyOnly, media (Path,
/// FullName or BackupPath; one per stripe), Position, sizes, and the layout from FileList where
/// the export kept it. Records of another database than `database`, and a backup set met again
/// (the same BackupSetGUID), are listed in `skipped`. **One bad value fails the import**, each
/// error naming file, line, character column and property, up to MaxProblems of them.
class DbatoolsHistoryReader
{
    Q_DECLARE_TR_FUNCTIONS(rd::DbatoolsHistoryReader)
public:
    static constexpr int MaxProblems = 100;

    /// One export held in memory: what messages call it, and its bytes.
    using Input = std::pair<QString, QByteArray>;

    /// Reads the exports, in order, as one history; `database` chooses one database (empty = the
    /// only one there is). `progress` is told the bytes read after each record.
    static HistoryImport read(const QList<Input> &inputs, const QString &database = {},
                              const ImportProgress &progress = {});
    static HistoryImport read(const QByteArray &bytes, const QString &source, const QString &database = {})
    {
        return read(QList<Input>{{source, bytes}}, database);
    }
    /// Reads files (CliXML streamed; JSON whole, at most InputFile::MaxBytes). A path that is not
    /// a regular file, or cannot be read, is one error naming it and why.
    static HistoryImport readFiles(const QStringList &paths, const QString &database = {},
                                   const ImportProgress &progress = {});
};

} // namespace rd
