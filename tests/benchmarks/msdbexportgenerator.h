// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A synthetic msdb history export for the import and planning benchmarks (issue 11, item 6), in
// the shape of resources/sql/msdb-backup-history.sql's result (docs/import-msdb.md).
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace rd::bench {

/// What to write.
struct MsdbExportShape
{
    qint64 backups = 100000;       ///< backup sets in all, over every database
    int databases = 4;             ///< sales, hr, imoltp, orders, then db5, db6, …
    QDate firstDay{2026, 1, 1};    ///< the history runs from this day's midnight for `days` days
    int days = 365;
};

/// What was written, for the benchmark's targets and checks.
struct MsdbExportFacts
{
    qint64 bytes = 0;
    qint64 rows = 0;            ///< data rows (the header not counted)
    QStringList databases;      ///< in the order of MsdbExportShape::databases
    QDateTime firstForkRestore; ///< when the first database was restored (its recovery fork)
    QDateTime midYear;          ///< a point in time half way through the history (server time)
};

/// Writes the export: each database takes a backup every `days × 86,400 × databases / backups`
/// seconds (about every 2 minutes at 1,000,000 over a year and 4 databases), in turn, ids in
/// time order as msdb assigns them. Each day's first backup from 01:00 is a full on Sundays (4
/// stripes) and a differential otherwise (2 stripes), based on the week's full; on the 15th a
/// copy-only full (from 12:00), on Wednesdays a copy-only log (from 13:00); every other backup is
/// a log. FULL recovery; the data backups list 4 files (PRIMARY's data file, the log, a
/// memory-optimized container of filegroup <db>_mod with backupfilegroup.type FX, and a data file
/// of <db>_secondary); logs one row.
///
/// LSNs are consistent: the log chain is unbroken (each log's first_lsn is the last one's
/// last_lsn), a data backup's checkpoint_lsn lies in the log between two log backups (the next
/// log holds its last_lsn), differentials and logs carry the week's full's checkpoint_lsn as
/// database_backup_lsn (copy-only backups change neither), a differential's base is its full
/// (differential_base_lsn and _guid). Database i is restored on day 180 + 7i at 10:00 to a point
/// some 400 log positions earlier: a new recovery fork starts there (first_recovery_fork_guid ≠
/// last_recovery_fork_guid and fork_point_lsn on the log that spans it, the new fork on every
/// backup after), a full follows at once, and the database_guid changes, as after a restore.
/// LSNs are 22 digits, beyond 64 bits (msdb-formats §0).
class MsdbExportGenerator
{
public:
    static std::optional<MsdbExportFacts> write(const QString &path, const MsdbExportShape &shape, QString *error);
};

} // namespace rd::bench
