// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/database.h"
#include "model/simulation/filecatalog.h"

#include <optional>

namespace rd {

/// The `"file:page"` strings of a RESTORE … PAGE clause (PlanStep::pages, plan-format.md) read
/// against the layout, for the page-restore rules (R-PAGE-001/002, docs/validation-choices.md
/// "Page restore").
///
/// Syntax: `PAGE = 'file:page [ ,...n ]'`, where *file* is "the file ID of the file containing a
/// specific page" and *page* "the page ID of the page to be restored in the file"
/// (docs/t-sql/statements/restore-statements-arguments-transact-sql.md, PAGE); anything else is
/// error 4350 ("numeric <file>:<page> pairs").
///
/// File IDs: the plan format names files, not IDs, so they are numbered as sys.database_files
/// numbers a database created in layout order: 1 = the first file of PRIMARY (the primary data
/// file), 2 = the first log file (every database has one, listed or not), then the other data
/// files in layout order (PRIMARY's first, then each filegroup's), then the other log files.
class PageList
{
public:
    /// Why SQL Server would refuse one entry (restore-pages-sql-server.md, "Limitations and
    /// Restrictions"; 3xxx/4xxx error lists).
    enum class Problem {
        None,
        Malformed,        ///< not two unsigned integers separated by ':' (4350)
        UnknownFile,      ///< no file of the layout has this ID
        LogFile,          ///< "Transaction log" cannot be page-restored
        NoPages,          ///< a FILESTREAM or memory-optimized container: it holds no 8-KB pages
        FileBootPage,     ///< "Page 0 of all data files (the file boot page)"
        DatabaseBootPage, ///< "Page 1:9 (the database boot page)"
        AllocationPage,   ///< GAM, SGAM or PFS (3111: "a control page which cannot be restored in isolation")
        BeyondEnd,        ///< past the file's sizeBytes (3194)
    };
    struct Entry
    {
        QString text;      ///< as the step wrote it
        int fileId = 0;
        qint64 page = -1;
        int file = -1;     ///< FileCatalog index of the data file, -1 if none
        Problem problem = Problem::Malformed;
        QString allocationKind; ///< "GAM", "SGAM" or "PFS" for AllocationPage
    };

    /// 8 KiB: "all pages are the same size" (docs/relational-databases/pages-and-extents-architecture-guide.md).
    static constexpr qint64 PageBytes = 8192;
    /// "The maximum number of pages that can be restored into any single file in a restore sequence
    /// is 1000" (restore-statements-arguments-transact-sql.md; error 3105).
    static constexpr int MaxPagesPerFile = 1000;

    /// `"1:57"` → {1, 57}; spaces around the numbers allowed, as in PAGE='1:57, 1:202'. Both
    /// numbers are int (page IDs: a data file holds at most 16 TB = 2^31 pages, docs/sql-server/
    /// maximum-capacity-specifications-for-sql-server.md); a larger one is malformed.
    static std::optional<std::pair<int, qint64>> parse(QStringView text);
    /// Every entry of `pages`, in order, with its file and problem.
    static QList<Entry> read(const Database &database, const FileCatalog &catalog, const QStringList &pages);
    /// The file ID of catalog file `file` (0 for a filegroup's stand-in entry).
    static int fileIdOf(const Database &database, const FileCatalog &catalog, int file);
    /// "GAM", "SGAM" or "PFS" when `page` holds that allocation map in every data file, else empty.
    static QString allocationKind(qint64 page);
    /// What is wrong with `e`, as a clause for a message ("is the database boot page …").
    static QString describe(const Entry &e, const Database &database, const FileCatalog &catalog);

private:
    /// File ID → catalog index of each data file; -2 for a log file.
    static QHash<int, int> idMap(const Database &database, const FileCatalog &catalog);
};

} // namespace rd
