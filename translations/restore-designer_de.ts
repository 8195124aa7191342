<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BackupCommands</name>
    <message>
        <source>Add backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change backup %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignerStyle</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilegroupCommands</name>
    <message>
        <source>Add filegroup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove filegroup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename filegroup %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 read/write</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryChecks</name>
    <message>
        <source>Backup %1 names filegroup &quot;%2&quot;, which is not in the layout of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1 names file &quot;%2&quot;, which is not in the layout of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1: the memory-optimized filegroup %2 must be backed up together with PRIMARY (and vice versa); SQL Server refuses this backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add FILEGROUP = %1 to backup %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log backup %1 cannot exist: the database was in SIMPLE recovery when it was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch %1 to FULL recovery and take a full backup before this log backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log backup %1 cannot exist: no regular (not copy-only) full backup was taken before it, so the log chain had not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a FULL backup before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event at %1 names filegroup &quot;%2&quot;, which is not in the layout.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lsn</name>
    <message>
        <source>an LSN must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an LSN: only the digits 0-9 are allowed (numeric(25,0), as msdb shows it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an LSN: it has %2 digits, numeric(25,0) allows at most 25</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <source>Add plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move step %1 to position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change step %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanJsonReader</name>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of strings, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an LSN must be a string of digits (numeric(25,0)), not %1: JSON numbers lose precision beyond 2^53</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time; expected YYYY-MM-DDTHH:MM:SS[.fff]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown field ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no edition given; assuming ENTERPRISE (online restore possible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no recovery model given; assuming FULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filegroup &quot;%1&quot; appears twice (names are case-insensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logical file name &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PRIMARY filegroup is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PRIMARY filegroup must be of type ROWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a database can have only one MEMORY_OPTIMIZED_DATA filegroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup finishes before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lastLsn %1 is smaller than firstLsn %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a mark name or {&quot;name&quot;, &quot;after&quot;}, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step can have STOPATMARK or STOPBEFOREMARK, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Restore Designer plan (expected &quot;restore-designer-plan&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this plan uses format version %1, written by a newer Restore Designer; this version reads up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 does not exist; the first version is 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup id &quot;%1&quot; is used twice; ids must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan name &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanJsonWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>%1 (the file is an SQLite database: project files use the .%2 extension)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save %1: unknown file type; use .json (plan file) or .%2 (project file)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>not a Restore Designer project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an SQLite database but looks like a JSON plan file (plan files use the .json extension)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged: truncated to %1 bytes, shorter than an SQLite header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an SQLite database of another application (application_id %1%2; a project has %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer Restore Designer (schema %1); this version reads up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its schema version (user_version) is %1; project files start at 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged: its header gives no valid page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged: %1 bytes is not a whole number of %2-byte pages (truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged: truncated to %1 bytes; its header says %2 pages of %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged (SQLite integrity check: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Restore Designer project: table &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a directory, not a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite cannot open it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged: its content checksum is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged: its content does not match the checksum stored with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite cannot create the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project would not read back unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project would not read back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read table &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected one JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2 (%3 &quot;%4&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project row &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected &quot;%2&quot;, found &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a plan format version (1 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content uses plan format version %1, written by a newer Restore Designer; this version reads up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown key ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the id column does not match the backup&apos;s id &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: backup id &quot;%2&quot; is used twice; ids must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the name column does not match the plan&apos;s name &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: plan name &quot;%2&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view_state row &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQLite driver of Qt (QSQLITE) is not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreSimulator</name>
    <message>
        <source>Step %1 is RESTORE LOG but backup %2 is a %3 backup; use RESTORE DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 is RESTORE DATABASE but backup %2 is a log backup; use RESTORE LOG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 edition cannot restore %2 while %3 is online (online restore needs Enterprise or Developer); the whole database would be unavailable for this restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert SET OFFLINE (or BACKUP LOG … WITH NORECOVERY) before step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was already recovered at step %1; differential %2 can no longer be applied. Restart the sequence from the full/file backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use NORECOVERY on step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is COPY_ONLY, so differential %2 is not based on it; its base is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no backup in this history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 instead of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differential %1 is based on %2, but %3 was last restored from %4. Restore %2 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backup missing from this history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 before step %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log backup %1 has nothing to roll forward: the files being restored are read-only since their backup and need no log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was already recovered at step %1; log backup %2 can no longer be applied. Restart the sequence from the full/file backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files are ready to roll forward: restore a data backup before log backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first log after %1 must contain LSN %2; %3 covers %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the log backup whose range contains LSN %1 here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap in the log chain: backup %1 starts at LSN %2, but roll-forward is at LSN %3. A log backup covering LSN %3 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert the log backup containing LSN %1 before step %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log backup %1 ends at LSN %2, before the database&apos;s current point %3; it is not needed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step %1 or use a later log backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery-only restore of %1 needs the database online and %1 read-only since before the restored backup %2, through the recovery point; otherwise restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filegroup %1 was not read-only for the whole time from its backup to the recovery point; it needs log backups up to LSN %2 before it can be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the log backups from LSN %1 to %2 WITH NORECOVERY before step %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filegroup %1 is only rolled forward to LSN %2; it must reach %3 before it can be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepChecks</name>
    <message>
        <source>Step %1 uses backup &quot;%2&quot;, which is not in the backup history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 names filegroup &quot;%2&quot;, which is not in the layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 names file &quot;%2&quot;, which is not in the layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 is a recovery-only RESTORE (no FROM): it must state WITH RECOVERY, NORECOVERY or STANDBY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add WITH RECOVERY to step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 would recover the database (%2), so step %3 can no longer be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECOVERY is the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WITH RECOVERY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use WITH NORECOVERY on step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 relies on the default RECOVERY; make the recovery option explicit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add WITH RECOVERY or WITH NORECOVERY to step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PARTIAL is not allowed on RESTORE LOG (step %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove PARTIAL from step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PARTIAL appears again at step %1: this would start a brand-new piecemeal restore and discard the earlier stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A piecemeal restore must start with RESTORE DATABASE … WITH PARTIAL from a full or partial backup that contains the whole primary filegroup; %1 is a %2 backup without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 restores PRIMARY without the memory-optimized filegroup %2: restore %2 in the same statement (FILEGROUP = &apos;PRIMARY&apos;, FILEGROUP = &apos;%2&apos;%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> … WITH PARTIAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 restores the memory-optimized filegroup %2 without PRIMARY: they must be restored in the same statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the FILEGROUP list of step %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under SIMPLE recovery the first stage must restore PRIMARY and all read/write filegroups from the same backup; %1 comes from %2 instead of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 restores from the full backup %2 with a FILEGROUP list; under SIMPLE recovery use READ_WRITE_FILEGROUPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the FILEGROUP list of step %1 with READ_WRITE_FILEGROUPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filegroup %1 is read/write but not in the initial stage: it will become DEFUNCT when the database recovers and can never be restored into this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the FILEGROUP list of step %2 (or use READ_WRITE_FILEGROUPS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point-in-time restore is not available under SIMPLE recovery; you can only restore to the time of a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the STOPAT/STOPATMARK clauses and the plan&apos;s point-in-time target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 uses %2 but the restore sequence targets %3; every RESTORE LOG must use the identical STOPAT/STOPATMARK/STOPBEFOREMARK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stop clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 on step %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONTINUE_AFTER_ERROR forces the point-in-time restore but FILESTREAM filegroup %1 can NEVER be restored afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point-in-time piecemeal restore is not possible while FILESTREAM filegroup %1 is excluded. Include %1 in stage 1, or restore to the end of the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TsqlWriter</name>
    <message>
        <source>the whole database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRIMARY and every read/write filegroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, plus the read-only %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file or filegroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 together (R-MOD-001)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tail of the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO_TRUNCATE: the failure damaged the database, which cannot start (R-TAIL-004).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its media is marked damaged or lost in this design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: this file backup names no file or filegroup, so the statement backs up the whole database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: backup &quot;%1&quot; has no media; the TO clause below is a placeholder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: make filegroup %2 read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: make filegroup %2 read/write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: switch to the %2 recovery model (the log chain breaks or restarts here, R-LOG-008).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: marked transaction %2, a target for STOPATMARK and STOPBEFOREMARK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mark is logged only if the transaction changes the database: do its work between BEGIN and COMMIT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: FAILURE: the database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: FAILURE: damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the log is damaged too, so no tail-log backup can be taken (R-TAIL-005).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the log is intact, so its tail can still be backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the timeline: the %1 recovery model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the timeline: filegroup %1 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of database %1 as designed: every backup in time order, with the events between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by Restore Designer. Run in SSMS or with sqlcmd; each statement is its own batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filegroup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the memory-optimized filegroup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the FILESTREAM filegroup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differential backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial differential backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file differential backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tail-log backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy-only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pages %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the read/write filegroups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRIMARY (implied by PARTIAL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file %1 (filegroup %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything in the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 together (R-MOD-002)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, stopping at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, stopping at mark %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, stopping before mark %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the database is readable in STANDBY (undo file %1) until the next restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the pages stay RESTORING until the log is applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the database stays RESTORING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 stays RESTORING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 stay RESTORING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and recover (no recovery option is written; SQL Server defaults to RECOVERY): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and recover: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the restored pages come online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database comes online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comes online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 come online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 stays offline until it is restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 stay offline until they are restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recover %1 without restoring data (R-RO-003)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finish the restore sequence without restoring data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: a RESTORE without FROM must name its recovery option (R-GEN-003); RECOVERY, SQL Server&apos;s default, is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: backup &quot;%1&quot; is not in the backup history; the FROM clause below is a placeholder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: backup &quot;%1&quot; has no media; the FROM clause below is a placeholder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roll %1 forward with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roll forward with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start the partial-restore sequence: restore %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: STANDBY needs an undo file, and this step names none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up the tail of the log into %1 (R-TAIL-001)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; NORECOVERY leaves the database RESTORING, so nothing changes after the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; NO_TRUNCATE lets it run on a damaged database (R-TAIL-004)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: this BACKUP LOG step names no backup; the TO clause below is a placeholder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: backup &quot;%1&quot; is not in the backup history; the TO clause below is a placeholder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore plan &quot;%1&quot; for database %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery point: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery point: just before mark %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery point: mark %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take the database offline, rolling back open transactions, so the restore has exclusive access (R-GEN-009).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::AddFilegroupDialog</name>
    <message>
        <source>Read-only at the start of the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Filegroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. archive_2016</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filegroup name, as in ALTER DATABASE … ADD FILEGROUP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROWS holds tables and indexes; FILESTREAM holds FILESTREAM data; MEMORY_OPTIMIZED_DATA holds the checkpoint files of memory-optimized tables (at most one per database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only filegroups can be restored on their own after the database is online, without log backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filegroup named %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::DesignerActions</name>
    <message>
        <source>Add &amp;Filegroup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a ROWS, FILESTREAM or MEMORY_OPTIMIZED_DATA filegroup to the layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Filegroup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected filegroup and every reference to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-&amp;Only Filegroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the selected filegroup is READ_ONLY at the start of the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Filegroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected filegroup and every reference to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a %1 backup to the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected backup from the history (plan steps keep their reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Backup to &amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append a RESTORE step for the selected backup to the current plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a step after the selected one (a RESTORE of the selected backup, or a recovery-only RESTORE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove S&amp;tep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected step from the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Step &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected step one position earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Step &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected step one position later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add P&amp;lan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new, empty restore plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Filegroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of filegroup %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new restore plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Filegroup %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Filegroup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to &amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::DesignerArguments</name>
    <message>
        <source>Design, check, simulate and script SQL Server piecemeal restores.
Without a command, opens the designer (on FILE if given).

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON plan (.json) or a project file (.rdproj).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see --help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::DiagnosticModel</name>
    <message>
        <source>plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show the step, backup and filegroup concerned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filegroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule&apos;s stable ID (shared/domain/rules.md)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::DiagnosticsDock</name>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong with the current plan, rule by rule; click a finding to locate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#777&apos;&gt;No errors, warnings or notes.&lt;br&gt;Findings appear here as you edit the layout, the backups or the plan;&lt;br&gt;select one to show its step, backup and filegroup.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No findings&lt;/b&gt;: plan &lt;i&gt;%1&lt;/i&gt; passes every check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1, %2&lt;/b&gt;%3 in plan &lt;i&gt;%4&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, 1 note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::FilegroupItem</name>
    <message>
        <source>Transaction log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  READ_ONLY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  PRIMARY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged: no tail-log backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tail-log backup possible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::LayoutScene</name>
    <message>
        <source>after step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1  ·  %2 edition  ·  %3 recovery model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Transaction log&lt;/b&gt;&lt;br&gt;Rolled forward by RESTORE LOG; every log backup shows on the timeline&apos;s log lane.&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;font color=#c62f2f&gt;Damaged by the failure at %1: no tail-log backup is possible.&lt;/font&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 filegroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;PRIMARY: holds the system tables; a piecemeal restore starts with it (PARTIAL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Checkpoint containers of the memory-optimized tables: restored together with PRIMARY in the first stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;READ_ONLY at the start of the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Read/write at the start of the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State %1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Double-click to rename; right-click for more.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::LayoutView</name>
    <message>
        <source>The database layout: each filegroup with its files, coloured by kind (ROWS blue, FILESTREAM teal, MEMORY_OPTIMIZED_DATA purple, log brown); hatched with a lock = read-only; star = PRIMARY. The pill shows the simulated state after the selected plan step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;T-SQL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the script shown in the T-SQL dock as a .sql file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Restore Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Restore Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Restore Designer&lt;/b&gt; %1&lt;p&gt;Design, check, rehearse and script SQL Server piecemeal restores.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Plan: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore plan shown in the Plan, Simulation, Diagnostics and T-SQL docks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings for the current plan; details in the Diagnostics dock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Restore Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] (%2) — Restore Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::PlanDock</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore plan: the statements a DBA will run, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a step to edit it below and to see the states after it in Simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#777&apos;&gt;No steps yet.&lt;br&gt;Right-click a backup on the timeline and choose &lt;i&gt;Add to Plan&lt;/i&gt;, or use &lt;i&gt;Add Step&lt;/i&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::PlanStepModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step number; the icon shows the worst finding of the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The T-SQL statement of the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup restored (or, for BACKUP LOG, taken) by the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE / FILEGROUP / READ_WRITE_FILEGROUPS targets; none = the whole backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WITH options</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::ProjectFileActions</name>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project file (.rdproj) or a JSON plan (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the project under a new name (.rdproj or .json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an untitled project from a JSON plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the project as a JSON plan file (for version control and the command line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON plans (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project files (*.rdproj)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project files (*.rdproj);;JSON plans (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Designer files (*.rdproj *.json);;Project files (*.rdproj);;JSON plans (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import JSON Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON plans (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JSON Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 with warnings: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::SimulationDock</name>
    <message>
        <source>Simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database and filegroup states the plan leads to, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan to simulate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After step %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: database &lt;b&gt;%2&lt;/b&gt;, %3 of %4 filegroups online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::SimulationModel</name>
    <message>
        <source>(does not exist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (STOPAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: filegroup %2 is %3 (the worst state of its files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: roll-forward stands at LSN %2 (the redo start LSN of the restoring files, or the LSN recovered to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the restored data has reached %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before
the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After step %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The states before the first step: what the failure left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo LSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filegroup %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::StepEditorWidget</name>
    <message>
        <source>The statement of this step: RESTORE DATABASE (full, partial, file or differential backups), RESTORE LOG, BACKUP LOG (tail-log) or ALTER DATABASE … SET OFFLINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup this step restores (or BACKUP LOG writes); none = recovery only (RESTORE DATABASE … WITH RECOVERY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (RECOVERY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECOVERY brings the restored data online and ends roll-forward; NORECOVERY leaves it RESTORING for more backups; STANDBY allows read-only access between log restores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo file, e.g. c:\data\undo.ldf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STANDBY = undo file: where uncommitted transactions are kept between log restores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE = targets of this step (edit them in the plan file); a file target restores one file of a filegroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PARTIAL starts a piecemeal restore: PRIMARY plus the named filegroups; the others stay RECOVERY_PENDING until restored later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPLACE overwrites an existing database of the same name, skipping the safety checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONTINUE_AFTER_ERROR restores past damaged pages or checksum errors; the database may then be inconsistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STOPAT: roll forward only up to this point in time (point-in-time restore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standby &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filegroups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the standby file of step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore filegroup %1 in this step (FILEGROUP = N&apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan: add one with Edit ▸ Add Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1:  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: recovery only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change step %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make step %1 recovery only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use backup %1 in step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the default recovery on step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 on step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add filegroup %1 to step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove filegroup %1 from step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1 on step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set STOPAT on step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear STOPAT on step %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::StepText</name>
    <message>
        <source>(the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(recovery only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pages %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECOVERY (default)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::TimelineScene</name>
    <message>
        <source>Move backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (tail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILURE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Failure&lt;/b&gt; at %1&lt;br&gt;Damaged: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;The log is damaged too: no tail-log backup is possible; the recovery point is the end of the last log backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;The log survived: take a tail-log backup (BACKUP LOG … NO_TRUNCATE) before restoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MARK %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Marked transaction&lt;/b&gt; %1 at %2&lt;br&gt;Target of STOPATMARK / STOPBEFOREMARK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → READ_ONLY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → READ_WRITE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;ALTER DATABASE … MODIFY FILEGROUP %1 %2&lt;/b&gt; at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;ALTER DATABASE … SET RECOVERY %1&lt;/b&gt; at %2&lt;br&gt;A switch to or from SIMPLE breaks the log chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;LSN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Recovery target&lt;/b&gt; of plan %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (derived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 backup%3%4&lt;table cellspacing=0 cellpadding=1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, COPY_ONLY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, tail-log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First LSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last LSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint LSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database backup LSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differential base LSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;font color=#c62f2f&gt;Damaged or lost media.&lt;/font&gt;&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored by step %1 of the current plan.&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Drag to move it in time; right-click for more.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::TimelineView</name>
    <message>
        <source>The backup history: one lane per filegroup and one for the log; each backup is a bar over what it contains. Numbered circles are the steps of the current plan that restore it. Drag a bar to move the backup in time; Ctrl+wheel zooms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom into the timeline (Ctrl+wheel up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out of the timeline (Ctrl+wheel down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole backup history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Backup at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a %1 backup starting at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server time →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet: right-click here to add a FULL backup, then logs, differentials, file or partial backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored by plan step 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pale: not in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hatched: read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::TsqlDock</name>
    <message>
        <source>T-SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script to run in SSMS or sqlcmd, regenerated after every change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup script (the designed history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RESTORE statements of the current plan, or the BACKUP statements that produce the backup history on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole script to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the script as a .sql file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore script — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save T-SQL Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T-SQL scripts (*.sql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::cli::CheckCommand</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks restore plans against the rules of SQL Server restores and prints every finding. Exit status: 0 no errors (warnings allowed), 1 at least one error, 2 the file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::cli::CliSupport</name>
    <message>
        <source>wrong number of arguments; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the plan named &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: expected text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no plan named &quot;%2&quot;; it has no plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no plan named &quot;%2&quot;; its plans: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON plan (.json) or a project file (.rdproj).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::cli::Commands</name>
    <message>
        <source>Commands (each has its own --help; none needs a display):
  check FILE [--plan NAME] [--format text|json]
      Check the plans against the restore rules.
  simulate FILE [--plan NAME] [--format text|json]
      Print the database and filegroup states after each step.
  export-sql FILE [--plan NAME] [--script restore|backup] [-o OUT]
      Write the T-SQL restore script of a plan, or the backup script.
  convert IN OUT
      Convert a JSON plan (.json) to a project file (.rdproj) or back.
Exit status: 0 no errors (warnings allowed), 1 at least one error, 2 the input could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::cli::ConvertCommand</name>
    <message>
        <source>Converts a JSON plan into a project file or a project file into a JSON plan, by the extensions (.json, .rdproj). Exit status: 0 done, 2 the input could not be read or the output not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to read (.json or .rdproj).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (.json or .rdproj).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown extension; the output must end in .json or .rdproj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::cli::ExportSqlCommand</name>
    <message>
        <source>Writes the T-SQL restore script of a plan (the first plan unless --plan names one), or with --script backup the BACKUP script that produces the designed history. Exit status: 0 no errors, 1 the plan has errors (the script is written all the same), 2 the file could not be read or the output could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which script: restore (default) or backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the script to &lt;file&gt; instead of the standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON plan (.json) or a project file (.rdproj).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown script &quot;%1&quot;: expected restore or backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no plans: there is no restore script to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan &quot;%1&quot; has errors; the script will fail or restore the wrong data (see: restore-designer check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::cli::NoDisplayReport</name>
    <message>
        <source>no display available (DISPLAY/WAYLAND_DISPLAY unset) and no FILE given. Run under a desktop session or xvfb-run to open the designer, or see --help for the commands that need no display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no display available (DISPLAY/WAYLAND_DISPLAY unset); printing the check, simulation and restore script instead. Run under a desktop session or xvfb-run to open the designer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::cli::SimulateCommand</name>
    <message>
        <source>plan &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redo LSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (stop at)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs restore plans step by step and prints the state of the database and of each filegroup after every step. Exit status: 0 no errors, 1 the simulation found an error, 2 the file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
