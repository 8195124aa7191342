// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/io/historyimport.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>

namespace rd {

/// The kinds of backup history `import-history --from` and File ▸ Import History read.
enum class HistoryFormat {
    Msdb,       ///< the saved results of resources/sql/msdb-backup-history.sql (MsdbHistoryReader)
    Dbatools,   ///< Get-DbaDbBackupHistory as ConvertTo-Json or Export-CliXml
    HeaderOnly, ///< RESTORE HEADERONLY and RESTORE FILELISTONLY results saved from SSMS
};

/// How a long import reports progress and is cancelled. `report` (may be empty) is called from the
/// importing thread now and then with the bytes read so far and the bytes of all the files (both
/// ≥ 0, done ≤ total); when it returns false the import stops, and its result has no project and
/// `cancelled` set.
struct ImportProgress
{
    std::function<bool(qint64 done, qint64 total)> report;

    /// Calls `report` if there is one; true = go on.
    bool goOn(qint64 done, qint64 total) const { return !report || report(done, total); }
};

/// One entry point for every history importer, so the command line and the designer read the
/// same formats the same way.
class HistoryImporter
{
    Q_DECLARE_TR_FUNCTIONS(rd::HistoryImporter)
public:
    /// "msdb", "dbatools", "headeronly" (case-insensitive) → the format; nullopt for anything else.
    static std::optional<HistoryFormat> formatNamed(QStringView name);
    /// The name formatNamed() takes.
    static QString nameOf(HistoryFormat format);

    /// Reads the files, in order, as one history of one database (`database`, case-insensitive;
    /// empty = the only one the files hold). Never throws: every failure is a problem in the result.
    static HistoryImport readFiles(HistoryFormat format, const QStringList &paths, const QString &database = {},
                                   const ImportProgress &progress = {});
};

} // namespace rd
