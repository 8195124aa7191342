<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApplyFixCommand</name>
    <message>
        <source>Apply fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtomicWrite</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file system took only %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupChecks</name>
    <message>
        <source>Backup %1 is a file backup of PRIMARY taken under SIMPLE recovery; SQL Server refuses it (only read-only filegroups can be backed up as files in the simple model).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 as a partial backup (READ_WRITE_FILEGROUPS) or a full backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1 is a file backup of read/write data (%2) under SIMPLE recovery; it is only useful if you set the filegroup read-only before restoring it. Read/write data belongs in a partial backup (READ_WRITE_FILEGROUPS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 as a partial backup (READ_WRITE_FILEGROUPS) instead, so that it holds %2 with PRIMARY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1 lists every read/write filegroup by hand, so it is a file backup, not a partial backup: it cannot start a simple-model piecemeal restore or be the base of a differential partial backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 with READ_WRITE_FILEGROUPS instead of the FILEGROUP list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1 lists every read/write filegroup by hand, so it is a file backup, not a partial backup, and cannot be the base of differential partial backup %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differential %1 is marked COPY_ONLY, but COPY_ONLY is ignored when combined with DIFFERENTIAL: it is an ordinary differential backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove COPY_ONLY from %1 (or take a COPY_ONLY full backup instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a full backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a partial backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backup of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differential %1 has no base: no regular (not copy-only) %2 was taken before it, so SQL Server refuses this backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 before %2 (choose when, and add it to the history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log of %1 is damaged at %2; log backup %3 cannot be taken then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the history, and from the plans that restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is SUSPECT from %2 (damaged), so backup %3 cannot be taken then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the history (or move it before the failure at %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 before the failure at %2, or remove it from the history and from the plans that restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1 (%2 to %3) overlaps the %4 of file %5 at %6; BACKUP cannot run while a file is added or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 so that it finishes before %2 or starts after it (choose when on the timeline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PRIMARY filegroup cannot be read-only (make the whole database READ_ONLY instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the read-only flag of PRIMARY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(SET_READ_ONLY at %1.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the SET_READ_ONLY event of PRIMARY at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no full backup, and the file backups do not form a complete set: no backup holds %1. A total loss of %2 would not be recoverable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a full database backup (or file backups of %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no full backup, and the log backups do not span the file backups: nothing covers LSN %1, so the file backups cannot be brought to one point. A total loss of %2 would not be recoverable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a full database backup, or a log backup that closes the gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>BackupToolTip</name>
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
        <source>&lt;i&gt;Drag to move it in time; double-click, or Ctrl+drag onto the Plan, to restore it in the current plan; right-click for more.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeferredTransactions</name>
    <message>
        <source>On %1 with %2 recovery, recovering stage 1 at step %3 while %4 is offline makes database startup fail: a transaction open since %5 touched %4, and transactions are only deferred on Enterprise under FULL or BULK_LOGGED (low confidence: verify on a test server, C-7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 in stage 1 (add it to the FILEGROUP list of step %2), or recover to a point where no transaction touching %1 is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovering stage 1 at step %1 defers the transaction open since %2 that touched %3: its locks stay held and the log of %4 cannot truncate until %3 is restored (or removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 soon after step %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred transactions on %1 keep the log of %2 from truncating, and this plan never restores %1: plan the restore of %1 soon (removing it instead makes it DEFUNCT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert RESTORE DATABASE … FILEGROUP = %1 FROM %2 WITH RECOVERY after step %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a restore of %1 after step %2 (the history has no backup of it: take one).</source>
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
    <name>DifferentialChecks</name>
    <message>
        <source>This differential would be based on more than one backup, which is not allowed in SIMPLE recovery or for differential partial backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differential %1 (SIMPLE recovery) would be based on both %2 and %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differential %1 (SIMPLE recovery) is recorded as multi-based: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a new full backup before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a partial backup (READ_WRITE_FILEGROUPS) before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differential partial backup %1 is based on %2, a %3 backup; a differential partial backup needs exactly one partial backup as its base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differential partial backup %1 is recorded as multi-based: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differential partial backup %1 would be based on full backup %2, not on a partial backup; a differential partial backup needs exactly one partial backup as its base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differential partial backup %1 would be based on both partial backup %2 and file backup %3 (of %4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filegroup %1 became %2 at %3, after partial base %4 and before differential partial backup %5; take a file backup of %1 and a new partial backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read/write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a file backup of %1 and a new partial backup before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differential file backup %1 includes %2, which is read/write: under SIMPLE recovery a differential file backup can include only read-only filegroups; use a (differential) partial backup for read/write data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up %1 with a differential partial backup (READ_WRITE_FILEGROUPS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differential %1 of read-only database %2 may not be based on the latest full backup: a read-only database loses its differential base when it is restored, rebuilt or attached, and the history does not record %1&apos;s base (differentialBaseGuid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a new full backup, or record %1&apos;s DifferentialBaseGUID from RESTORE HEADERONLY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has both database differentials (%2) and differential file backups (%3); mixing database differentials and file differentials makes restore planning error-prone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one differential scheme: either database or file differentials.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditGate</name>
    <message>
        <source>Edit Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Backups and Steps?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 also changes the designed history and plans:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Undo gives them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditRefusal</name>
    <message>
        <source>A %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 name holds at most %2 characters (sysname); this one has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 name cannot hold a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already has a file named %1: logical file names are unique in a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file&apos;s path cannot hold a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file&apos;s size cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filegroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already has a filegroup named %1: filegroup names are unique in a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRIMARY cannot be renamed: it is the filegroup of the primary data file and the system tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRIMARY is a ROWS filegroup: it cannot hold FILESTREAM or memory-optimized data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already has a memory-optimized filegroup, %1: a database has at most one MEMORY_OPTIMIZED_DATA filegroup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memory-optimized filegroup %1 cannot be made READ_ONLY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filegroup %1 names file %2 twice: logical file names are unique in a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no filegroup named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no data file named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the primary data file: it cannot be removed or leave PRIMARY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last file of filegroup %2, which needs one to hold its data: remove the filegroup instead, or add another file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRIMARY cannot be removed: it holds the primary data file and the system tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in filegroup %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 data and cannot move to the %3 filegroup %4: a file holds one kind of data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) no longer name it in their scope: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) that name it are removed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan %1: %n step(s) no longer name it (%2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndStateChecks</name>
    <message>
        <source>The plan is unfinished: after its last step (%1) %2 is still RESTORING, so no filegroup is online and nobody can use the database until a RESTORE … WITH RECOVERY runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append RESTORE DATABASE %1 WITH RECOVERY (a recovery-only step).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentChecks</name>
    <message>
        <source>Backup %1 (step %2) was taken on a newer SQL Server (%3) than the target (%4); it cannot be restored there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore on a server running SQL Server %1 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1 (step %2) of system database %3 was taken on SQL Server %4; a backup of master, model or msdb restores only on exactly the same version, and the target runs %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore on a server running exactly SQL Server %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1 (step %2) is encrypted; make sure the certificate or asymmetric key that protects it exists on the target server before running the script, or it cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the certificate (CREATE CERTIFICATE … FROM FILE … WITH PRIVATE KEY) on the target, then mark the certificates as available in the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is joined to an availability group, so SQL Server refuses step %2. Remove %1 from its availability group before restoring it, and add it back afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is mirrored, so SQL Server refuses step %2. Remove %1 from its mirroring session before restoring it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run ALTER AVAILABILITY GROUP … REMOVE DATABASE %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run ALTER DATABASE %1 SET PARTNER OFF first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds ≈%2 of memory-optimized data (%3), loaded into memory before the database comes online after step %4; the target&apos;s resource pool must have at least that much free memory, or the restored database will come up SUSPECT. The target&apos;s memory is not stated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds ≈%2 of memory-optimized data (%3) but the target&apos;s resource pool has only %4: the database restored by step %5 will come up SUSPECT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the target has at least %1 free for %2 (MAX_MEMORY_PERCENT of its resource pool), then state it in the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target server uses fiber mode (lightweight pooling); %1 has the memory-optimized filegroup %2, so the restore at step %3 fails and the database is marked SUSPECT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off &apos;lightweight pooling&apos; on the target (sp_configure) and restart it before restoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILESTREAM container %1 of %2 (restored by step %3) must be on NTFS; the target&apos;s FILESTREAM volume is stated as not NTFS, so SQL Server refuses the restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOVE the FILESTREAM containers of %1 to an NTFS volume in step %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileRestore</name>
    <message>
        <source>%1 is %2 in %3; step %4 cannot restore it from %5: it can never be restored into this database (restore the whole database to a new name instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEFUNCT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step %1; to get the data of %2 back, restore the whole database under a new name (WITH MOVE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1 lacks file(s) %2 of filegroup %3; add a restore of those files or %3 stays offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 restores them from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert RESTORE DATABASE … FILE = %1 FROM %2 WITH NORECOVERY after step %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add RESTORE DATABASE … FILE = %1 from a backup that holds them, before %2 is recovered (the history has none: take one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File backup %1 of %2 is not consistent with %3, the backup PRIMARY was restored from: %2 was read/write at some point between them, and SIMPLE recovery has no log to reconcile them, so step %4 cannot recover %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 from %2, the backup PRIMARY comes from, at step %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 from %2 at step %3: it was read-only from that backup through %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 from a file backup taken while it was read-only through %2 (the history has none: take one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring %1 to an earlier point from file backups needs backups of all files: %2 would stay at the end of the log, so step %3 cannot recover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 in this sequence too (choose backups that end before the target), or restore to the end of the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a tail-log backup before restoring %1 at step %2: the rest of %3 stays at the end of the log, and no log backup holds that end, so %1 can never catch up with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read/write file %1 restored from %2 must be rolled forward through the tail-log backup of step %3 before it can be recovered, but that step names no backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give step %1 a backup and restore it last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read/write file %1 restored from %2 must be rolled forward with every log backup through %3 (LSN %4, the end of the log) before it can be recovered; it is at LSN %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the log backups from LSN %1 through %2 before step %3 recovers (the history lacks some).</source>
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
    <message>
        <source>Make %1 a %2 filegroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add file %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename file %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move file %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Filegroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(log)</source>
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
        <source>After step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (refused: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: the plan passes every check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &lt;b&gt;%1&lt;/b&gt;, %2 recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States after each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore script (T-SQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore plan handout</source>
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
        <source>An event at %1 names filegroup &quot;%2&quot;, which is not in the layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 without COPY_ONLY, so that it starts the log chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a full backup before %1 to the history (choose when it is taken).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FAILURE at %1 names filegroup &quot;%2&quot;, which is not in the layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FAILURE at %1 names file &quot;%2&quot;, which is not a data file of the layout of %3 (a damaged log is &quot;logDamaged&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListText</name>
    <message>
        <source>%1 … %2 (%3 in all)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogChain</name>
    <message>
        <source>Step %1 used CONTINUE_AFTER_ERROR, so every later step of this restore sequence must repeat it; SQL Server refuses step %2 without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add CONTINUE_AFTER_ERROR to step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1 was taken from a damaged database (or its media is damaged); WITH CONTINUE_AFTER_ERROR step %2 restores it, but the result may be inconsistent. Run DBCC CHECKDB afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1 was taken from a damaged database; it only restores WITH CONTINUE_AFTER_ERROR, and every later step must repeat that option. Run DBCC CHECKDB afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add CONTINUE_AFTER_ERROR to step %1 and every later step of the sequence, or restore an undamaged backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differential %1 is multi-based (msdb records no single base): file %2 of %3 needs base %4 restored first, but it was last restored from %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a backup missing from this history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 (FILE = &apos;%2&apos;) WITH NORECOVERY before step %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 restores differential %2 after differential %3 (step %4) of the same base: differentials are cumulative, so the newer one alone is enough (whether SQL Server accepts a second one is not documented).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step %1 and the log restores between steps %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 restores differential %2, but a newer differential %3 (finished %4) of the same base exists before the recovery point; differentials are cumulative, so using it removes %5 log restore(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 instead of %2 at step %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 instead of %2 at step %3 and remove the %4 log restore(s) it covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log backup %1 is damaged (or its media is lost): SQL Server restores it only WITH CONTINUE_AFTER_ERROR, and no later log backup can be applied without it. The latest reachable point is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add CONTINUE_AFTER_ERROR to step %1 if the media can be read (then run DBCC CHECKDB), or recover before step %1 with the plan&apos;s target set to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log backup %1, which covers LSN %2, is damaged or lost, so %3 cannot follow at step %4: the latest reachable point is %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover at %1 (set the plan&apos;s target there), or restore %2 WITH CONTINUE_AFTER_ERROR before step %3 if its media can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log backup %1 belongs to a different recovery path (fork %2) than the data restored into %3 (fork %4); it cannot be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the log backups of fork %1 instead, or restart from a data backup taken on fork %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log backup %1 leaves recovery path %2 for %3 at LSN %4, but the restored data is already at LSN %5 on path %2: it holds changes the new path does not have, so the log cannot be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a data backup that ends before LSN %1, or one taken on fork %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a full or differential backup taken after the switch back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was restored from %2, taken under SIMPLE recovery, where no log chain exists: log backup %3 cannot roll it forward. The chain only restarts with a full or differential backup taken after the switch to FULL; restore %4 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log chain was broken at %1 (switch to SIMPLE): log backup %2 cannot roll %3 forward from %4, taken before the break. Logs before and after cannot be combined; restore %5 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 WITH NORECOVERY before step %2 (it was taken after the recovery model went back to FULL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a full or differential backup after switching back to FULL and restore it before the log backups (the history has none: choose when to take it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log backup %1 (LSN %2–%3) is damaged or lost, so the log chain cannot pass it: the point of failure is out of reach and the latest reachable point is %4. Work after it is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the log backups up to %1 and set the plan&apos;s target there, or restore %2 WITH CONTINUE_AFTER_ERROR if its media can still be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log of %1 is damaged, so no tail-log backup exists and the best reachable point is the end of log backup %2 (%3); the restore sequence (%4) stops at %5, so the transactions in between would be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the log backups up to %1 before step %2 recovers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery target is &apos;point of failure&apos; but the tail-log backup is not the last log restored in the restore sequence (%1); transactions after %2 would be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the tail-log backup %1 last in this sequence. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the tail-log backup %1 last in this sequence (after the log backups up to it), WITH RECOVERY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a tail-log backup (BACKUP LOG … WITH NORECOVERY) before the first restore and restore it last in this sequence, WITH RECOVERY (draw it on the timeline after the failure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 uses %2, but its restore sequence (from step %3) does not restore PRIMARY: point-in-time restore needs the primary filegroup in the sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop %1 from step %2, or restore PRIMARY in this sequence (piecemeal stage 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 restores %2, which finished at %3, after the target %4: a data or differential backup can only be recovered to a point at or after its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 (finished %2) instead of %3 and roll forward with the log backups from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an older full backup and its log backups, or move the target to %1 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log backup %1 contains bulk-logged operations; point-in-time restore inside it is impossible (step %2 stops at %3). Choose a point at or before %4, or at or after its end %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the target to %1 or later (the end of %2), or to %3 or earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 restores log backup %2 to its end (%3) without a stop clause and rolls past the target %4; there is no way back, the sequence would have to start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to step %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target %1 is after the end of %2 (%3), the last backup restored at step %4; the database will stay in RESTORING instead of recovering. Add the log backup containing %1 (or the tail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make step %1 NORECOVERY and restore %2 after it with the same stop clause, WITH RECOVERY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log backup in the history reaches %1: take one (or the tail-log backup) and restore it last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 uses %2, but no log backup restored holds that mark (the timeline has no such mark%3): SQL Server rolls %4 forward to its end and leaves the database in RESTORING instead of recovering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at or after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the marked transaction to the timeline (a MARK event) if it exists, and restore the log backup that holds it; otherwise choose another recovery point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the mark&apos;s name (the timeline has %1), or restore the log backup that holds the mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take tail-log backup %1 (BACKUP LOG … WITH NORECOVERY, added to the history) before step %2 and restore it last in this sequence, WITH RECOVERY.</source>
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
    <name>MemoryOptimizedLoad</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (1 container)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 containers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, size not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥%1 of %2, %3 without a size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, ≥%2 at %3/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, load rate not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, ≈%2 at %3/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameChecks</name>
    <message>
        <source>%1 &quot;%2&quot; has %3 characters; %4 holds at most %5, so SQL Server cannot take it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten it to %1 characters or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SQL Server identifier (sysname)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 holds a NUL character (U+0000): &quot;%3&quot;. No SQL Server name and no Windows path can contain one, so SQL Server cannot take it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the NUL character from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filegroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logical name of a data file of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logical name of log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has the logical name of the %2 (names compare ignoring case, as SQL Server&apos;s default collation does); a logical file name is unique in its database, so SQL Server cannot have both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the %1 the logical name sys.database_files lists for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data file &quot;%1&quot; of filegroup %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log file &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the mark at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a transaction name (BEGIN TRANSACTION … WITH MARK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot;: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnlineRestore</name>
    <message>
        <source>Step %1 restores %2 offline from %3: it needs exclusive access, so connected users will be disconnected (or the restore fails if they cannot be).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add NORECOVERY to the tail-log backup of step %1, so that nobody can use %2 before step %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert ALTER DATABASE %1 SET OFFLINE WITH ROLLBACK IMMEDIATE before step %2 (or set %1 to SINGLE_USER WITH ROLLBACK IMMEDIATE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under SIMPLE recovery, read/write filegroups cannot be restored online: step %1 restores %2 from %3 while %4 is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make step %1 a partial restore (PARTIAL, READ_WRITE_FILEGROUPS) from %2, which restores %3 with PRIMARY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 with PRIMARY in a partial restore (PARTIAL, READ_WRITE_FILEGROUPS) instead of step %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 starts an online restore of %2 under BULK_LOGGED recovery: it fails unless every log backup it needs is taken beforehand and no bulk changes are pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch %1 to FULL recovery before step %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online restore under BULK_LOGGED fails while bulk changes exist (log backup %1 holds some) and %2 is %3: every other file must be online or defunct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch %1 to FULL recovery and take a log backup before step %2, or take %1 offline for this restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 takes a log backup during an online restore under BULK_LOGGED recovery: every log backup the sequence needs must be taken before it starts, so the restore fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch %1 to FULL recovery before the online restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filegroup %1 was not read-only for the whole time from backup %2 to the recovery point, and SIMPLE recovery has no log to bring it forward: restore a file backup taken since %1 became read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filegroup %1 was not read-only for the whole time from backup %2 to the recovery point; it needs the log backups up to %3 (which holds the point it became read-only) before it can be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one taken after it became read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 from %2, taken after it last became read-only, at step %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 from %2, taken after it last became read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 from a file backup taken after it last became read-only (the history has none: take one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the log backups from LSN %1 on before step %2 recovers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the failure that damaged it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online restore of read/write file %1: take a log backup after %2 (when %3 went offline) and restore it last; without it %3 can never be recovered (SQL Server cannot use the online log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert BACKUP LOG %1 after %2, then restore that log backup WITH NORECOVERY before step %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online restore of read/write file %1: log backup %2, taken after %3 took %4 offline, must be restored last; %1 is only rolled forward to LSN %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the log backups up to and including %1 before step %2 recovers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take tail-log backup %1 (BACKUP LOG %2 … WITH NORECOVERY, added to the history) before step %3 and restore it last; it leaves %2 RESTORING, so nobody can use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionChecks</name>
    <message>
        <source>Step %1 uses REPLACE: it overwrites %2 without the usual safety checks; the tail of the log (the work since the last log backup) and any files at the target paths will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 uses REPLACE: %2 does not exist on the target, but any files at the target paths will be overwritten without the usual safety checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove REPLACE from step %1 unless you mean to overwrite files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove REPLACE from step %1 unless you mean to overwrite %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 gives more than one MOVE for logical file %2; give exactly one per file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the second MOVE of %1 from step %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 moves %2, which is not a logical file of %3 (use the names RESTORE FILELISTONLY reports).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the logical file name in the MOVE of step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 moves %2 on RESTORE LOG, but %2 was not added during the interval log backup %3 covers; RESTORE LOG can only relocate files added in that interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 in the RESTORE DATABASE step that restores it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 would restore %2 to %3, which is also the path of %4; two files cannot share a path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOVE %1 to a path of its own in step %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1 was written with MAXTRANSFERSIZE = %2; %3 has FILESTREAM or memory-optimized data, so step %4 must restore with at least that value (it uses %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set MAXTRANSFERSIZE = %1 on step %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 is RESTORE DATABASE with %2 = &apos;%3&apos;: named marks can only be used on RESTORE LOG; use &apos;lsn:…&apos; or move the clause to the log restores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the mark clause from step %1 (the RESTORE LOG steps carry it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recovering step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recovering step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 uses %2 WITH NORECOVERY, which SQL Server does not permit: KEEP_REPLICATION/KEEP_CDC only apply to the final, recovering RESTORE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the option from step %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 uses RESTRICTED_USER but does not recover the database; the option belongs on the recovering step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move RESTRICTED_USER from step %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under SIMPLE recovery, only read-only filegroups can be restored individually; %1 (step %2) must be restored with the whole database or a partial restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make step %1 a partial restore (PARTIAL, READ_WRITE_FILEGROUPS) from %2, which restores %3 with PRIMARY (or restore the whole database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 in the PARTIAL restore of the first stage (or restore the whole database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1 is striped over %2 devices but only %3 are available; the online restore at step %4 needs all %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert ALTER DATABASE %1 SET OFFLINE before step %2 (an offline restore can use fewer media families), or make every media family of %3 available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1 is a file-snapshot backup, which cannot be used for an online restore (step %2); take %3 offline for this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert ALTER DATABASE %1 SET OFFLINE before step %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1 failed (for example a CHECKSUM error in a memory-optimized file), so there is nothing to restore at step %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1, the latest good backup that holds the same data, in step %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use another log backup of the same log records in step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use another backup of the same data in step %1 (the history has none: take one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take tail-log backup %1 (BACKUP LOG %2 … WITH NORECOVERY, added to the history) before step %3 and remove REPLACE from it, then restore the tail last.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageList</name>
    <message>
        <source>is not a numeric file:page pair such as 1:57 (error 4350)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names file ID %1, and %2 has no data file with that ID (file IDs as sys.database_files gives them: 1 = the primary data file, 2 = the log, then the other data files in layout order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in file ID %1, a log file: the transaction log cannot be restored page by page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in %1, a container of %2 filegroup %3, which holds no database pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is page 0 of %1, the file boot page, which page restore cannot restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the database boot page, which page restore cannot restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a %1 allocation page of %2, which cannot be restored in isolation (error 3111)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is beyond the end of %1, which has %2 pages (error 3194)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageRestore</name>
    <message>
        <source>Insert RESTORE LOG %1 WITH NORECOVERY before step %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use NORECOVERY on step %1 and restore %2 after it, WITH RECOVERY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under SIMPLE recovery, pages cannot be restored (error 4346): step %1 restores pages %2 of %3, but there is no log to bring them up to date with the rest of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the whole database (or switch %1 to FULL recovery and take a full backup before pages can be restored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 edition cannot restore pages while %2 is online (online page restore needs Enterprise or Developer): take the tail-log backup WITH NORECOVERY before step %3, which makes it an offline page restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 starts an online page restore of %2 under BULK_LOGGED recovery: page restore generally does not work with bulk-logged recovery, and an offline page can prevent backing up the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch %1 to FULL recovery and take a log backup before step %2; if that log backup fails, restore the whole file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1 does not hold file %2, so step %3 cannot restore its pages from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the pages from a full backup, or a file or filegroup backup that holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1 was taken by SQL Server %2, older than the target&apos;s %3: RESTORE PAGE is not allowed from backups of earlier versions (error 4311).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the pages from a backup taken on the target&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 is being restored as a whole in this sequence, so step %2 cannot restore single pages of it (error 4309).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 is %2: RESTORE PAGE is only allowed on a file that is online (error 4310); step %3 cannot restore its pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore file %1 as a whole (RESTORE DATABASE … FILE = &apos;%1&apos;) instead of its pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only: RESTORE PAGE is not allowed on read-only databases or filegroups (error 4344), so step %2 cannot restore pages of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore file %1 as a whole instead of its pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 would have %2 pages of file %3 in this restore sequence; at most %4 pages of one file can be restored in a sequence (error 3105).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 restores pages %2 from differential %3, but a page restore starts from a full, file or filegroup backup (error 3195): restore those pages from one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert RESTORE DATABASE … PAGE = &apos;%1&apos; from the full or file backup holding %2 before step %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differential %1 is based on %2, but the pages of %3 were restored from %4. Restore them from %2 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backup missing from this history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online page restore of %1 (file %2): take a log backup after step %3 (when the pages went offline) and restore it last; without it the pages can never be recovered (SQL Server cannot use the online log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert BACKUP LOG %1 after step %2 and restore that log backup last in the sequence, WITH RECOVERY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online page restore of %1 (file %2): log backup %3, taken after step %4 took the pages offline, must be restored before they can be recovered; they are only rolled forward to LSN %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the log backups up to and including %1 before recovering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tail-log backup of step %1 names no log backup, so the pages restored offline at step %2 cannot be brought to the end of the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a tail-log backup before restoring pages %1 offline at step %2: the rest of %3 stays at the end of the log, and no log backup holds that end, so the pages can never catch up with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages %1 of read/write file %2, restored offline from %3, must be rolled forward with every log backup through %4 (LSN %5, the end of the log) before they can be recovered; they are at LSN %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tail-log backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the log backups from LSN %1 through the tail-log backup before recovering.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageRestoreChecks</name>
    <message>
        <source>Write each page as file_id:page_id (for example 1:57), separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the file_id that msdb.dbo.suspect_pages or the error message gives for the damaged page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the page ID against msdb.dbo.suspect_pages, or correct the size of %1 in the layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the whole database instead of this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore file %1 as a whole (RESTORE DATABASE … FILE = &apos;%1&apos;) instead of this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: page &quot;%2&quot; %3, so SQL Server refuses the statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log of %1 is damaged, so the pages restored at step %2 can never be brought up to date with the rest of the database; restore the whole database (work since the last log backup is lost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the whole database from a full backup (no PAGE list) with REPLACE, then the log backups.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PiecemealStage</name>
    <message>
        <source>Backup %1 comes from SQL Server %2 and the target runs %3: the database is upgraded when stage 1 recovers (step %4), and %5, not restored in stage 1, will become DEFUNCT. Restore all filegroups in stage 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the FILEGROUP list of step %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert RESTORE DATABASE … FILEGROUP = %1 FROM %2 WITH NORECOVERY before step %3, in stage 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 in stage 1, before step %2 (the history has no backup holding them all: choose one for each).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1 was taken under SIMPLE recovery and the recovery point is under FULL: read/write filegroup %2, left out of stage 1, stays RECOVERY_PENDING instead of becoming DEFUNCT. Restore it later from %1 WITH NORECOVERY, then the same differential and log backups up to the stage-1 point.</source>
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
        <source>expected a whole number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an LSN must be a string of digits (numeric(25,0)), not %1: JSON numbers lose precision beyond 2^53</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
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
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is beyond 2^53 - 1 (%2), the largest whole number a JSON number holds exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range: %2 is a whole number from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a size in bytes (bigint, not negative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a MAXTRANSFERSIZE SQL Server accepts: a multiple of %2 from %2 to %3 bytes (0 = not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SQL Server version: major.minor[.build[.revision]], major and minor 0 to %2 (tinyint), build 0 to %3 (smallint), revision 0 to %4 (int)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 devices; a media set has 1 to %2 media families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of media families (backupmediaset.media_family_count: 1 to 64; 0 = as many as media)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backupset.position (int, RESTORE … WITH FILE = n)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTime</name>
    <message>
        <source>&quot;%1&quot; is not a time; expected YYYY-MM-DDTHH:MM:SS[.fff]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time of the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 is not a time zone offset; datetimeoffset allows -14:00 to +14:00, minutes 00 to 59</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is outside the range of SQL Server&apos;s datetime, 1753-01-01T00:00:00 to 9999-12-31T23:59:59.997</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectEdits</name>
    <message>
        <source>Change the recovery target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change filegroup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a %1 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a %1 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the target environment</source>
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
    <message>
        <source>%1: cannot create a temporary directory: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot copy it to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save %1: the plan would not read back unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save %1: the plan would not read back: %2</source>
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
    <message>
        <source>cannot create a file beside it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read back %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, column &quot;%2&quot;</source>
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
        <source>Filegroup %1 is only rolled forward to LSN %2; it must reach %3 before it can be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 instead of %2 at step %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore log backup %1 (which contains LSN %2) here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert RESTORE LOG %1 before step %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was damaged by the failure: a recovery-only restore cannot bring it online; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the log backups from LSN %1 to %2 (the history lacks some) before step %3 recovers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 from a backup taken after it last became read-only (SIMPLE recovery keeps no log to roll it forward).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 from the backup the rest of the database comes from (SIMPLE recovery keeps no log to roll it forward).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollForwardFix</name>
    <message>
        <source>Restore %1 WITH NORECOVERY before step %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use NORECOVERY on step %1 and restore %2 WITH NORECOVERY after step %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use NORECOVERY on step %1 and restore %2 after step %3, WITH RECOVERY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use NORECOVERY on step %1 and restore %2 after step %3; the last one recovers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use NORECOVERY on step %1: the log restores after it reach %2, and step %3 recovers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use NORECOVERY on step %1 and recover with step %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedViewState</name>
    <message>
        <source>the saved plan is not a plan number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved step is not a step number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved backup is not a backup id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved filegroup is not a filegroup name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved timeline needs a positive pixelsPerSecond and a left time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SequenceRules</name>
    <message>
        <source>The memory-optimized filegroup %1 is marked to be abandoned, but it cannot be removed or left unrestored (only dropping the database removes it): it must be restored with PRIMARY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &quot;abandon&quot; on %1 in the layout: it must be restored with PRIMARY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 removes the memory-optimized filegroup %2: it can only be removed by dropping %3, so it cannot be made DEFUNCT; it must be restored with PRIMARY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1 at step %2 while it is %3 makes it DEFUNCT: its data can never be restored into %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 instead of removing it, if its data is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1 does not exist on the target, so the first restore must come from a backup that contains the primary file; step %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restores %1 without PRIMARY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restores no data backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with RESTORE DATABASE %1 FROM %2 (a full backup) WITH NORECOVERY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with RESTORE DATABASE %1 from a full backup, or a file backup holding PRIMARY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STANDBY cannot be used while %1 stays online (step %2 is an online restore); use NORECOVERY, or take the database offline first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use NORECOVERY on step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STANDBY is not possible for backups from SQL Server %1 on a %2 server: %3 needs an upgrade, which STANDBY does not allow (step %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the standby file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1 until the next restore of %2 (step %3 writes its undo data there); deleting it forces a full re-restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 restores PRIMARY without the memory-optimized filegroup %2: restore %2 in the same statement (FILEGROUP = &apos;PRIMARY&apos;, FILEGROUP = &apos;%2&apos;%3). SQL Server refuses the statement, which changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> … WITH PARTIAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 restores the memory-optimized filegroup %2 without PRIMARY: they must be restored in the same statement. SQL Server refuses the statement, which changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the FILEGROUP list of step %2.</source>
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
    <message>
        <source>State WITH RECOVERY (SQL Server&apos;s default) explicitly on step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filegroup %1 is read/write and marked to be abandoned: left out of the initial stage, it becomes DEFUNCT when the database recovers and can never be restored into this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To keep %1, clear &quot;abandon&quot; and add it to the FILEGROUP list of step %2 (or use READ_WRITE_FILEGROUPS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 uses %2, but point-in-time restore is not available under SIMPLE recovery; you can only restore to the time of a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepText</name>
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
    <name>TailChecks</name>
    <message>
        <source>%1 (log backup %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last data backup (there is no log backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tail-log backup needed: the recovery point is inside backup %1, and step %2&apos;s %3 tells SQL Server to overwrite the log of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tail-log backup is needed (the recovery point is inside log backup %1), but SQL Server still refuses to overwrite %2, whose log has not been backed up, unless step %3 says STOPAT or REPLACE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to step %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add REPLACE to step %1 (the work after the recovery point is not needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tail of the log of %1 has not been backed up: step %2 would overwrite a %3 database and lose the work since the last log backup, so SQL Server refuses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log is damaged, so no tail-log backup can be taken: add REPLACE to step %1 and accept losing the work since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 before step %3, and BACKUP is not allowed in that state, even with NO_TRUNCATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert ALTER DATABASE %1 SET ONLINE before step %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log of %1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step %1 and restore up to the last log backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log holds bulk-logged changes since the last log backup and %1 is not available, and such a log backup needs every data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tail-log backup is not possible at step %1: %2. The plan can only reach %3; work after that is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 backs up the tail of the log of %2 without NORECOVERY while it is online: users can keep writing after the tail is taken, and the restore will then demand another tail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add NORECOVERY to step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 uses %2 on %3, which is not damaged: these options are meant for damaged databases; on a healthy database use NORECOVERY only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use WITH NORECOVERY only on step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1 has incomplete metadata (taken with NO_TRUNCATE or CONTINUE_AFTER_ERROR from a damaged database): its filegroup and file details may be NULL in msdb, but the log it holds is complete and usable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log of %1 is damaged, so the file or partial restore at step %2 cannot be brought up to date; restore the whole database (work since %3 is lost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the whole database from a full backup of your choice (no FILE/FILEGROUP, no PARTIAL) with REPLACE, then the log backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take tail-log backup %1 (BACKUP LOG %2 TO %3 WITH NORECOVERY) before step %4 and add it to the history, then restore it last; or use REPLACE and accept losing the work since the last log backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert BACKUP LOG %1 … WITH NORECOVERY before step %2, with a backup drawn on the timeline that names its device, and restore it last; or use REPLACE and accept losing the work since the last log backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TailLogBackup</name>
    <message>
        <source>Take tail-log backup %1 (BACKUP LOG %2 TO %3 WITH NORECOVERY, added to the history) before step %4, and restore it last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert BACKUP LOG %1 … WITH NORECOVERY before step %2, with its backup drawn on the timeline and given a device, and restore it last.</source>
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
    <message>
        <source>%1: add file %2 to filegroup %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: remove file %2 from filegroup %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a transaction touching %2 begins%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (it commits at %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and is still open at the failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bring the database back online (T-DB-13).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take %1 offline; it can only come back by a restore (T-F-1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove %1 and its files: a filegroup that is not online becomes DEFUNCT and can never be restored into this database (R-DEF-001).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 stays %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 stay %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and recover (no recovery option is written; SQL Server defaults to RECOVERY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; SQL Server refuses this statement (%1), so nothing changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the database stays %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database stays %1, so no filegroup is online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no filegroup comes online</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WidgetImage</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported from Restore Designer</source>
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
</context>
<context>
    <name>rd::BackupBandItem</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2 backups&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 backups&lt;/b&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Too dense to draw one by one at this zoom: double-click it, or zoom in (Ctrl+wheel, Ctrl++), to see each backup.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::BackupChoiceModel</name>
    <message>
        <source>(none: recovery only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 backup, started %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::BackupKind</name>
    <message>
        <source>Tail-log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy-only log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy-only full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial differential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File/filegroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File differential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::BackupPalette</name>
    <message>
        <source>Drag a backup onto the timeline: where you drop it sets when it starts, and the lane (for file backups) what it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BACKUP LOG … WITH NORECOVERY: the tail of the log, before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY_ONLY: outside the backup sequence (no new differential base, no log truncation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BACKUP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::DatabaseForm</name>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>READ_ONLY at the start of the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database name, as in RESTORE DATABASE name (at most 128 characters). Press Enter to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edition decides whether a piecemeal restore can bring filegroups online while the database is in use (Enterprise and Developer; R-ONL-001).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery model at the start of the timeline; later changes are SET_RECOVERY_MODEL events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALTER DATABASE … SET READ_ONLY: the whole database is read-only (R-RO-006, R-DIFF-009).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the edition of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the recovery model of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make database %1 read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make database %1 read/write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename database %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::DatabaseInspector</name>
    <message>
        <source>Inspector</source>
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
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selection: the selected step when the plan has the focus, else the selected backup, else the selected filegroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan “%1”, step %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Backup %1 is restored by %n plan step(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>

The steps keep naming it, and the checks report them (R-REF-001) until you change them. Undo gives the backup back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memory-optimized filegroup cannot be made READ_ONLY</source>
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
    <message>
        <source>Open the bundled sample as an untitled project (Save asks where to keep it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sample opens the sample: give no FILE with it</source>
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
        <source>The rule&apos;s stable ID (&quot;restore-designer rules&quot; lists them all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Fix (Ctrl+.) makes it as one undoable edit of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Fix cannot make this one: it needs your decision, or an action on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↳ after step %1 was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL Server refuses step %1, which changes nothing: this finding follows from that. Fix step %1 first.</source>
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
    <message>
        <source>Apply Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply this fix as one undoable edit of %1 (Ctrl+.): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finding that offers a fix (its tooltip says whether the designer can make it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::EnvironmentForm</name>
    <message>
        <source>Target Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the designer cannot know about the server the plan will run on unless you state it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backups&apos; version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>major.minor.build of the target SQL Server, e.g. 16.0.1000; empty = the same as the backups&apos; (R-GEN-002, R-PIECE-012). Press Enter to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the target server version to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backups&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database exists on the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore in place. Unticked: a new server or name, where no tail-log backup is needed and the first restore creates the database (R-GEN-006, R-TAIL-001).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined to an availability group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database in an availability group must leave it before a restore (R-GEN-010).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirrored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mirrored database must stop mirroring before a restore (R-GEN-010).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates of encrypted backups present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificates or keys that encrypted the backups are on the target (R-GEN-007).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lightweight pooling (fiber mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory-optimized tables cannot be used in fiber mode (R-MOD-007).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILESTREAM containers on NTFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILESTREAM containers must be on NTFS volumes (R-FS-003).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory for &amp;memory-optimized data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the target&apos;s resource pool can give memory-optimized data; 0 = unknown (R-MOD-003).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the target&apos;s memory for memory-optimized data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory-optimized &amp;load rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast the target&apos;s recovery loads memory-optimized data, as measured by a test restore there; 0 = unknown (R-MOD-004).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the target&apos;s memory-optimized load rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target server: set “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target server: clear “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::EventDialog</name>
    <message>
        <source>The &amp;whole database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;log is damaged too (no tail-log backup possible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filegroups, or single files (one lost disk), the failure damages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filegroup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction&apos;s mark name (BEGIN TRAN … WITH MARK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;At (server time):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Damaged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filegroup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the failure damages: the whole database, filegroups, files or the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout has no filegroup to switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the marked transaction.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::ExportActions</name>
    <message>
        <source>&amp;Timeline as Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the timeline as it shows (zoom and scroll) as PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan as Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan&apos;s table as PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handout (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF for a training session: layout, timeline, plan, states after each step, findings and script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 as Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::FilegroupForm</name>
    <message>
        <source>Filegroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a filegroup in the layout to see its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>READ_ONLY at the start of the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;ve to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALTER DATABASE … MODIFY FILEGROUP … NAME: renames the filegroup and every reference to it. Press Enter to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the filegroup holds. A database has at most one MEMORY_OPTIMIZED_DATA filegroup; PRIMARY is ROWS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a cell, or select it and type, to change a logical name, path or size (ALTER DATABASE … MODIFY FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filegroup the selected file moves to (one of the same kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected file to the chosen filegroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filegroup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memory-optimized filegroup cannot be made READ_ONLY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALTER DATABASE … MODIFY FILEGROUP … READ_ONLY at the start of the timeline; later changes are SET_READ_ONLY / SET_READ_WRITE events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers (folders):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a container to %1 (ALTER DATABASE … ADD FILE … TO FILEGROUP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a data file to %1 (ALTER DATABASE … ADD FILE … TO FILEGROUP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected file (ALTER DATABASE … REMOVE FILE); steps and backups naming it no longer do. Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary data file (.mdf): it stays in PRIMARY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename file %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the path of file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size of a file is a number of megabytes, 0 or more: %1 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize file %1 to %2 MB</source>
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
    <name>rd::InputFile</name>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a directory, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a regular file but %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 bytes, more than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds more than %1, the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
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
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a backup kind onto the timeline to add a backup there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a failure, a read-only switch, a recovery-model change or a mark to the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspect Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Inspector: the database, the selected filegroup&apos;s files and the target server</source>
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
    <message>
        <source>Move step %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 in step %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::PresenterMode</name>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large fonts and no editing panels, for a projector (F5 to leave)</source>
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
    <message>
        <source>Open &amp;Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the bundled sample (a piecemeal restore with memory-optimized tables) as an untitled project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the sample as an untitled project: Save asks where to keep your copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved view is ignored in part (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::RecentFiles</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
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
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 page restoring: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages restoring: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: database &lt;b&gt;%2&lt;/b&gt;, %3 of %4 filegroups available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL Server refuses step %1 (%2): nothing changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: database &lt;b&gt;%2&lt;/b&gt;, so no filegroup is online.</source>
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
    <message>
        <source>Recovery first loads the memory-optimized data of %1 into memory (size not stated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no load rate stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over %1 at %2/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈%1 at %2/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery first loads %1 of memory-optimized data into memory (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, 1 container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the database is available, recovery loads the memory-optimized data (%1) into memory; state the containers&apos; sizes for an estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the database is available, recovery loads at least %1 of memory-optimized data (%2; %3 without a size) into memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the database is available, recovery loads %1 of memory-optimized data (%2) into memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: over %1 at %2/s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: ≈%1 at %2/s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; with no load rate stated (environment: memoryOptimizedLoadBytesPerSecond) there is no time estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · 1 page restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 pages restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The active log redone on top, fewer containers or cores, and low hash-index bucket counts make it longer (R-MOD-004).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages restoring (page restore; only they are offline): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: filegroup %2 is %3 (the worst state of its files); its data is %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither readable nor writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>readable, not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>readable and writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 refused
(%2)</source>
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
    <message>
        <source>none; e.g. 1:57, 1:202</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAGE = pages to restore, as file_id:page_id separated by commas (from msdb.dbo.suspect_pages); empty = restore whole filegroups or files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the pages of step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the pages of step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup this step restores (or BACKUP LOG writes); none = recovery only (RESTORE DATABASE … WITH RECOVERY). Backups are listed in time order: type part of a backup&apos;s name to find it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::TargetEditor</name>
    <message>
        <source>&amp;before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a point in time (STOPAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a marked transaction (STOPATMARK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the plan rolls forward: all the log, up to a time, or up to a marked transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server time to stop at; bounded by the history (no log reaches further)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marked transactions of the history (MARK events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STOPBEFOREMARK: stop just before the marked transaction instead of after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover to the end of the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover to mark %1</source>
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
        <source>+ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;ALTER DATABASE … ADD FILE %1&lt;/b&gt; to %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;ALTER DATABASE … REMOVE FILE %1&lt;/b&gt; from %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Transaction&lt;/b&gt; touching %1 begins at %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, commits at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, still open at the failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 backup %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · online after step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · not online in this plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::TimelineView</name>
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
    <message>
        <source>The backup history: one lane per filegroup and one for the log; each backup is a bar over what it contains. Numbered circles are the steps of the current plan that restore it. Drag a bar to move the backup in time; Ctrl+wheel or a pinch zooms; drag with the middle button or Space+drag to pan. Ctrl+drag a bar onto the Plan to restore it there, or double-click it. Drop a backup from the Backups palette to add it. Dense runs of backups show as bands with a count: zoom in to see each backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::TrainerBar</name>
    <message>
        <source>Previous Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state before this step (Alt+Left, Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state after the next step (Alt+Right, Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk through the plan: the lanes show each filegroup&apos;s state after the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan to walk through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After step %1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, refused (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not online at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online throughout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online after step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: database %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
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
    <message>
        <source>follows from step %1, which SQL Server refuses</source>
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
        <source>A JSON plan (.json), a project file (.rdproj), or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; to read standard input, give - instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the output would overwrite the input %2; nothing was written</source>
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
  rules [--format markdown|json]
      List every rule with its status, severity, message and source.
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
        <source>%1: unknown extension; the output must end in .json or .rdproj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (.json or .rdproj); never IN itself.</source>
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
        <source>file</source>
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
        <source>Write the script to &lt;file&gt; instead of the standard output; never FILE itself.</source>
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
    <name>rd::cli::RulesCommand</name>
    <message>
        <source>Lists every rule the validator knows, with its status (checked, simulated, by construction, not applicable, pending), severity, message and source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>markdown (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be markdown or json, not &quot;%1&quot;</source>
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
    <message>
        <source>memory-optimized load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pages restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFUSED (%1): nothing changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
