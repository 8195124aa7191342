-- SPDX-FileCopyrightText: 2026 The Restore Designer contributors
-- SPDX-License-Identifier: GPL-3.0-or-later

-- Restore Designer: RESTORE HEADERONLY and RESTORE FILELISTONLY of a list of backup files, saved as
-- text for `restore-designer import-history --from headeronly` (docs/import-headeronly.md): the
-- history of backups msdb no longer lists, read from the backup files themselves.
--
-- Two result sets:
--   1. RESTORE HEADERONLY of every file: a row per backup set, with a first column BackupFile
--      (the file it was read from), which HEADERONLY itself does not print.
--   2. RESTORE FILELISTONLY of every backup set: a row per database file, with BackupFile and
--      Position (the backup set's WITH FILE = n), which pair it with its row in the first result.
-- The import finds the columns by name, in any order; columns it does not know are ignored.
--
-- Why the column lists are tried: HEADERONLY returns 53 columns on SQL Server 2012, 56 from 2014
-- CU1 (three encryption columns), 59 on SQL Server 2022 (and 56 on some engines that document 59);
-- FILELISTONLY 21 before 2016 and 22 after (SnapshotURL). INSERT ... EXEC into a table whose
-- column count differs fails ("Column name or number of supplied values does not match table
-- definition", then "RESTORE HEADERONLY is terminating abnormally"), so this script fills a table
-- of every documented column (and a few spare ones for later versions) through a column list of
-- the first N, trying N from the most columns down until the server accepts it, and keeps that N.
--
-- Needs CREATE DATABASE or dbcreator/sysadmin (what RESTORE HEADERONLY asks for) and read access
-- to the files by the SQL Server service account. It restores nothing and changes nothing.
--
-- If the script cannot run (no such permission, an engine it does not know), run the two
-- statements by hand and save each result on its own, named after the backup file:
--   RESTORE HEADERONLY FROM DISK = N'D:\backup\imoltp_full.bak';   -> imoltp_full.bak.headeronly.csv
--   RESTORE FILELISTONLY FROM DISK = N'D:\backup\imoltp_full.bak';  -> imoltp_full.bak.filelistonly.csv
-- (FILELISTONLY of FILE = 1; for a file holding several backup sets use this script.)
--
-- Save the results with their column headers:
--   * SSMS: Results to Grid, right-click each result > "Save Results As..." > CSV (one file each).
--     Column headers are saved when Tools > Options > Query Results > SQL Server > Results to Grid >
--     "Include column headers when copying or saving the results" is checked.
--   * sqlcmd: both results in one file, comma separated, trailing spaces removed:
--       sqlcmd -S SERVER -E -i backup-headers.sql -s"," -W -o headers.csv

SET NOCOUNT ON;

-- The backup files, one a row. A striped backup: its devices in one row, separated by ';'
-- (N'D:\backup\big_1.bak;E:\backup\big_2.bak'). URLs work as DISK = does not: see below.
DECLARE @files TABLE (id int IDENTITY PRIMARY KEY, BackupFile nvarchar(3000) NOT NULL);
INSERT @files (BackupFile) VALUES
    (N'D:\backup\imoltp_full.bak'),
    (N'D:\backup\imoltp_logs.trn');
DECLARE @device nvarchar(10) = N'DISK';   -- N'URL' for backups in Azure Blob Storage

CREATE TABLE #header (
    BackupName nvarchar(128), BackupDescription nvarchar(255), BackupType smallint, ExpirationDate datetime,
    Compressed bit, Position smallint, DeviceType tinyint, UserName nvarchar(128), ServerName nvarchar(128),
    DatabaseName nvarchar(128), DatabaseVersion int, DatabaseCreationDate datetime, BackupSize numeric(20, 0),
    FirstLSN numeric(25, 0), LastLSN numeric(25, 0), CheckpointLSN numeric(25, 0), DatabaseBackupLSN numeric(25, 0),
    BackupStartDate datetime, BackupFinishDate datetime, SortOrder smallint, CodePage smallint,
    UnicodeLocaleId int, UnicodeComparisonStyle int, CompatibilityLevel tinyint, SoftwareVendorId int,
    SoftwareVersionMajor int, SoftwareVersionMinor int, SoftwareVersionBuild int, MachineName nvarchar(128),
    Flags int, BindingID uniqueidentifier, RecoveryForkID uniqueidentifier, Collation nvarchar(128),
    FamilyGUID uniqueidentifier, HasBulkLoggedData bit, IsSnapshot bit, IsReadOnly bit, IsSingleUser bit,
    HasBackupChecksums bit, IsDamaged bit, BeginsLogChain bit, HasIncompleteMetaData bit, IsForceOffline bit,
    IsCopyOnly bit, FirstRecoveryForkID uniqueidentifier, ForkPointLSN numeric(25, 0), RecoveryModel nvarchar(60),
    DifferentialBaseLSN numeric(25, 0), DifferentialBaseGUID uniqueidentifier, BackupTypeDescription nvarchar(60),
    BackupSetGUID uniqueidentifier, CompressedBackupSize bigint,
    containment tinyint,                                                       -- 2012
    KeyAlgorithm nvarchar(32), EncryptorThumbprint varbinary(20), EncryptorType nvarchar(32), -- 2014 CU1
    LastValidRestoreTime datetime, TimeZone sql_variant, CompressionAlgorithm nvarchar(32),  -- 2022
    Spare1 sql_variant, Spare2 sql_variant, Spare3 sql_variant, Spare4 sql_variant,           -- later versions
    BackupFile nvarchar(3000) NULL, id int IDENTITY);

CREATE TABLE #filelist (
    LogicalName nvarchar(128), PhysicalName nvarchar(260), [Type] char(1), FileGroupName nvarchar(128),
    Size numeric(20, 0), MaxSize numeric(20, 0), FileID bigint, CreateLSN numeric(25, 0), DropLSN numeric(25, 0),
    UniqueID uniqueidentifier, ReadOnlyLSN numeric(25, 0), ReadWriteLSN numeric(25, 0), BackupSizeInBytes bigint,
    SourceBlockSize int, FileGroupID int, LogGroupGUID uniqueidentifier, DifferentialBaseLSN numeric(25, 0),
    DifferentialBaseGUID uniqueidentifier, IsReadOnly bit, IsPresent bit, TDEThumbprint varbinary(32),
    SnapshotURL nvarchar(360),                                                 -- 2016
    Spare1 sql_variant, Spare2 sql_variant, Spare3 sql_variant,                -- later versions
    BackupFile nvarchar(3000) NULL, Position smallint NULL, id int IDENTITY);

-- Fills #table from RESTORE @what, trying the column lists from @most columns down to @least;
-- @count keeps the count that worked for the next files.
DECLARE @id int = 0, @file nvarchar(3000), @from nvarchar(max), @sql nvarchar(max), @columns nvarchar(max),
        @headerCount int = NULL, @listCount int = NULL, @n int, @position smallint, @done bit;

WHILE 1 = 1
BEGIN
    SELECT TOP (1) @id = id, @file = BackupFile FROM @files WHERE id > @id ORDER BY id;
    IF @@ROWCOUNT = 0 BREAK;
    -- FROM DISK = N'a', DISK = N'b': one device per stripe, quotes doubled.
    SET @from = @device + N' = N''' + REPLACE(REPLACE(@file, N'''', N''''''), N';', N''', ' + @device + N' = N''') + N'''';

    SET @n = COALESCE(@headerCount, 63);
    SET @done = 0;
    WHILE @done = 0 AND @n >= 50
    BEGIN
        SELECT @columns = STUFF((SELECT N', ' + QUOTENAME(name) FROM tempdb.sys.columns
                                 WHERE object_id = OBJECT_ID(N'tempdb..#header') AND column_id <= @n
                                 ORDER BY column_id FOR XML PATH(''), TYPE).value('.', 'nvarchar(max)'), 1, 2, N'');
        SET @sql = N'INSERT #header (' + @columns + N') EXEC (N''RESTORE HEADERONLY FROM '
                   + REPLACE(@from, N'''', N'''''') + N''')';
        BEGIN TRY
            EXEC (@sql);
            SET @done = 1;
            SET @headerCount = @n;
        END TRY
        BEGIN CATCH
            IF @headerCount IS NOT NULL OR ERROR_NUMBER() NOT IN (213, 3013)
            BEGIN
                PRINT N'RESTORE HEADERONLY FROM ' + @from + N': ' + ERROR_MESSAGE();
                SET @n = 0; -- this file cannot be read: go on with the next
            END;
            SET @n -= 1;
        END CATCH;
    END;
    UPDATE #header SET BackupFile = @file WHERE BackupFile IS NULL;

    -- FILELISTONLY of each backup set in the file.
    SET @position = 0;
    WHILE 1 = 1
    BEGIN
        SELECT TOP (1) @position = Position FROM #header WHERE BackupFile = @file AND Position > @position ORDER BY Position;
        IF @@ROWCOUNT = 0 BREAK;
        SET @n = COALESCE(@listCount, 25);
        SET @done = 0;
        WHILE @done = 0 AND @n >= 20
        BEGIN
            SELECT @columns = STUFF((SELECT N', ' + QUOTENAME(name) FROM tempdb.sys.columns
                                     WHERE object_id = OBJECT_ID(N'tempdb..#filelist') AND column_id <= @n
                                     ORDER BY column_id FOR XML PATH(''), TYPE).value('.', 'nvarchar(max)'), 1, 2, N'');
            SET @sql = N'INSERT #filelist (' + @columns + N') EXEC (N''RESTORE FILELISTONLY FROM '
                       + REPLACE(@from, N'''', N'''''') + N' WITH FILE = ' + CAST(@position AS nvarchar(10)) + N''')';
            BEGIN TRY
                EXEC (@sql);
                SET @done = 1;
                SET @listCount = @n;
            END TRY
            BEGIN CATCH
                IF @listCount IS NOT NULL OR ERROR_NUMBER() NOT IN (213, 3013)
                BEGIN
                    PRINT N'RESTORE FILELISTONLY FROM ' + @from + N' WITH FILE = ' + CAST(@position AS nvarchar(10))
                          + N': ' + ERROR_MESSAGE();
                    SET @n = 0;
                END;
                SET @n -= 1;
            END CATCH;
        END;
        UPDATE #filelist SET BackupFile = @file, Position = @position WHERE BackupFile IS NULL;
    END;
END;

-- 1. The backup sets.
SELECT BackupFile, BackupName, BackupDescription, BackupType, ExpirationDate, Compressed, Position, DeviceType,
       UserName, ServerName, DatabaseName, DatabaseVersion, DatabaseCreationDate, BackupSize, FirstLSN, LastLSN,
       CheckpointLSN, DatabaseBackupLSN, BackupStartDate, BackupFinishDate, SortOrder, CodePage, UnicodeLocaleId,
       UnicodeComparisonStyle, CompatibilityLevel, SoftwareVendorId, SoftwareVersionMajor, SoftwareVersionMinor,
       SoftwareVersionBuild, MachineName, Flags, BindingID, RecoveryForkID, Collation, FamilyGUID, HasBulkLoggedData,
       IsSnapshot, IsReadOnly, IsSingleUser, HasBackupChecksums, IsDamaged, BeginsLogChain, HasIncompleteMetaData,
       IsForceOffline, IsCopyOnly, FirstRecoveryForkID, ForkPointLSN, RecoveryModel, DifferentialBaseLSN,
       DifferentialBaseGUID, BackupTypeDescription, BackupSetGUID, CompressedBackupSize, containment, KeyAlgorithm,
       EncryptorThumbprint, EncryptorType, LastValidRestoreTime, TimeZone, CompressionAlgorithm
FROM #header ORDER BY id;

-- 2. The files of each backup set.
SELECT BackupFile, Position, LogicalName, PhysicalName, [Type], FileGroupName, Size, MaxSize, FileID, CreateLSN,
       DropLSN, UniqueID, ReadOnlyLSN, ReadWriteLSN, BackupSizeInBytes, SourceBlockSize, FileGroupID, LogGroupGUID,
       DifferentialBaseLSN, DifferentialBaseGUID, IsReadOnly, IsPresent, TDEThumbprint, SnapshotURL
FROM #filelist ORDER BY id;

DROP TABLE #header;
DROP TABLE #filelist;
