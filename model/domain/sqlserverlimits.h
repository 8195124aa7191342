// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

namespace rd {

/// The ranges SQL Server gives the numbers and names a plan holds. The plan reader refuses a number
/// outside them (docs/plan-format.md, "Numbers"); the name rules R-NAME-001..003 report names SQL
/// Server cannot take. Paths are those of the MicrosoftDocs/sql-docs repository.
namespace SqlServerLimits {

/// `int`: backupset.position, the n of RESTORE … WITH FILE = n (docs/relational-databases/
/// system-tables/backupset-transact-sql.md; docs/t-sql/data-types/int-bigint-smallint-and-tinyint-transact-sql.md).
constexpr qint64 MaxInt = 2147483647;
/// `tinyint` and `smallint`: backupset.software_major_version and _minor_version are tinyint,
/// _build_version smallint (docs/relational-databases/system-tables/backupset-transact-sql.md).
constexpr int MaxTinyint = 255;
constexpr int MaxSmallint = 32767;
/// "A backup can be written to from 1 to 64 backup devices" (docs/relational-databases/backup-restore/
/// backup-devices-sql-server.md); backupmediaset.media_family_count is tinyint.
constexpr int MaxMediaFamilies = 64;
/// MAXTRANSFERSIZE of BACKUP and RESTORE, bytes: "multiples of 65536 bytes (64 KB) ranging up to
/// 4194304 bytes (4 MB)" (docs/t-sql/statements/backup-transact-sql.md, restore-statements-arguments-transact-sql.md).
constexpr qint64 TransferSizeUnit = 65536;
constexpr qint64 MaxTransferSize = 4194304;
/// True for 65536, 131072, … 4194304: a MAXTRANSFERSIZE SQL Server accepts.
constexpr bool isValidMaxTransferSize(qint64 bytes)
{
    return bytes >= TransferSizeUnit && bytes <= MaxTransferSize && bytes % TransferSizeUnit == 0;
}
/// sysname = nvarchar(128): database, filegroup and logical file names (docs/relational-databases/
/// databases/database-identifiers.md; logical_file_name in docs/t-sql/statements/create-database-transact-sql.md).
constexpr int MaxIdentifierLength = 128;
/// BEGIN TRANSACTION transaction_name, the name of a mark: "identifiers longer than 32 characters
/// aren't allowed" (docs/t-sql/language-elements/begin-transaction-transact-sql.md).
constexpr int MaxTransactionNameLength = 32;
/// datetimeoffset's time zone offset range, -14:00 through +14:00, in minutes (docs/t-sql/data-types/
/// datetimeoffset-transact-sql.md).
constexpr int MaxOffsetMinutes = 14 * 60;
/// datetime's date range starts on 1753-01-01 (docs/t-sql/data-types/datetime-transact-sql.md): the
/// type of msdb's backup_start_date and of STOPAT.
constexpr int MinDatetimeYear = 1753;
constexpr int MaxDatetimeYear = 9999;

} // namespace SqlServerLimits
} // namespace rd
