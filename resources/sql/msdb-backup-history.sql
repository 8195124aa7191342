-- SPDX-FileCopyrightText: 2026 The Restore Designer contributors
-- SPDX-License-Identifier: GPL-3.0-or-later

-- Restore Designer: the backup history of a database from msdb, saved as text for
-- `restore-designer import-history --from msdb` (docs/import-msdb.md).
--
-- One result set, one "Save Results As": a row per backup set, media family (stripe) and file.
-- Restore Designer groups the rows by backup_set_id: the stripes become the backup's media (in
-- family_sequence_number order), the files (backupfile, with their filegroup's backupfilegroup
-- columns) give the database layout and what a file or partial backup holds. Log backups list no
-- files (they hold none), so they take one row per stripe. Only mirror 0 of a mirrored media set
-- is listed: every mirror holds the same backup.
--
-- Columns keep msdb's names, so the import finds them by name in any order; the ones two tables
-- share are named with their table (backupfile.is_readonly, backupfilegroup.type, …). Keep at
-- least backup_set_id, database_name, type, first_lsn, last_lsn, backup_start_date and
-- backup_finish_date; add columns freely, unknown ones are ignored.
--
-- Runs on SQL Server 2012 and later (and Azure SQL Managed Instance) with SELECT on msdb's backup
-- tables (members of db_datareader in msdb, or sysadmin). It changes nothing.
--
-- Save the results with their column headers:
--   * SSMS: Results to Grid, right-click the results > "Save Results As..." > CSV. Column headers
--     are saved when Tools > Options > Query Results > SQL Server > Results to Grid > "Include
--     column headers when copying or saving the results" is checked (a new query window takes the
--     setting). UTF-8 or Unicode files both import.
--   * sqlcmd: comma separated, trailing spaces removed, to a file:
--       sqlcmd -S SERVER -E -i msdb-backup-history.sql -s"," -W -o history.csv
--     The line of dashes under the header is understood. Without -s"," sqlcmd separates the
--     columns with spaces, which cannot be read back.

SET NOCOUNT ON;

DECLARE @database sysname = NULL;       -- one database, e.g. N'imoltp'; NULL = every database
DECLARE @since datetime = NULL;         -- backups started at or after this; NULL = all msdb keeps

SELECT
    bs.backup_set_id, bs.backup_set_uuid, bs.database_name, bs.server_name,
    bs.type, bs.is_copy_only, bs.position,
    bs.backup_start_date, bs.backup_finish_date, bs.time_zone,
    bs.first_lsn, bs.last_lsn, bs.checkpoint_lsn, bs.database_backup_lsn,
    bs.differential_base_lsn, bs.differential_base_guid,
    bs.first_recovery_fork_guid, bs.last_recovery_fork_guid, bs.fork_point_lsn,
    bs.database_guid, bs.family_guid, bs.recovery_model,
    bs.software_major_version, bs.software_minor_version, bs.software_build_version,
    bs.has_bulk_logged_data, bs.has_incomplete_metadata, bs.is_damaged, bs.is_snapshot,
    bs.is_readonly, bs.is_force_offline, bs.begins_log_chain,
    bs.backup_size, bs.compressed_backup_size, bs.key_algorithm, bs.encryptor_type,
    ms.media_family_count,
    mf.family_sequence_number, mf.mirror, mf.physical_device_name,
    bf.file_number, bf.logical_name, bf.physical_drive, bf.physical_name, bf.file_type,
    bf.filegroup_name, bf.state, bf.is_present, bf.drop_lsn, bf.file_size,
    bf.is_readonly AS [backupfile.is_readonly],
    bfg.filegroup_id, bfg.type AS [backupfilegroup.type], bfg.is_readonly AS [backupfilegroup.is_readonly]
FROM msdb.dbo.backupset AS bs
JOIN msdb.dbo.backupmediaset AS ms
    ON ms.media_set_id = bs.media_set_id
JOIN msdb.dbo.backupmediafamily AS mf
    ON mf.media_set_id = bs.media_set_id AND mf.mirror = 0
LEFT JOIN msdb.dbo.backupfile AS bf
    ON bf.backup_set_id = bs.backup_set_id AND bs.type <> 'L'
LEFT JOIN msdb.dbo.backupfilegroup AS bfg
    ON bfg.backup_set_id = bf.backup_set_id AND bfg.name = bf.filegroup_name
WHERE (@database IS NULL OR bs.database_name = @database)
  AND (@since IS NULL OR bs.backup_start_date >= @since)
ORDER BY bs.backup_set_id, mf.family_sequence_number, bf.file_number;
