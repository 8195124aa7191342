-- SPDX-FileCopyrightText: 2026 The Restore Designer contributors
-- SPDX-License-Identifier: GPL-3.0-or-later

-- Restore Designer: the checkpoint files of a database's memory-optimized filegroup, saved as
-- text for Restore Designer's CFP import (a CFP snapshot of the project; docs/cfp-import.md).
--
-- Runs on SQL Server 2014 and later (and Azure SQL Managed Instance). The DMV's columns differ:
-- SQL Server 2014 lists inserted_row_count / deleted_row_count and the states 0-7 (MERGED
-- SOURCE, REQUIRED FOR BACKUP/HA, IN TRANSITION TO TOMBSTONE, TOMBSTONE); SQL Server 2016 and
-- later list logical_row_count, FREE and ROOT files and the state WAITING FOR LOG TRUNCATION.
-- Restore Designer reads either and tells them apart by the column names, so keep SELECT * (or at
-- least checkpoint_file_id, checkpoint_pair_file_id, file_type, state, file_size_in_bytes,
-- file_size_used_in_bytes and logical_row_count, or inserted_row_count and deleted_row_count).
--
-- Permission: VIEW DATABASE STATE on the database (SQL Server 2014 to 2019);
-- VIEW DATABASE PERFORMANCE STATE (SQL Server 2022 and later).
--
-- Run it in the database (USE, or sqlcmd -d), at the moment on the timeline the snapshot is for,
-- and note that time: the import asks for it.
--
-- Save the results with their column headers:
--   * SSMS: Results to Grid, right-click the results ▸ "Save Results As…" ▸ CSV. Column headers
--     are saved when Tools ▸ Options ▸ Query Results ▸ SQL Server ▸ Results to Grid ▸
--     "Include column headers when copying or saving the results" is checked (a new query
--     window takes the setting). UTF-8 or Unicode files both read.
--   * sqlcmd: comma separated, trailing spaces removed, to a file:
--       sqlcmd -S SERVER -d DATABASE -E -i xtp-checkpoint-files.sql -s"," -W -o cfp.csv
--     The line of dashes under the header and the "(N rows affected)" line are understood (the
--     count is checked against the rows read). Without -s"," sqlcmd separates the columns with
--     spaces, which cannot be read back.

SELECT *
FROM sys.dm_db_xtp_checkpoint_files
ORDER BY container_id, file_type, state, checkpoint_file_id;
