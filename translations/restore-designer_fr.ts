<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
    <name>BackgroundLoad</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening</source>
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
        <source>File %1 of %2</source>
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
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>Add backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change backup %1</source>
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
</context>
<context>
    <name>BackupSizePoints</name>
    <message>
        <source>%1 — %2 backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory-optimized part: at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory-optimized part: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated from the CFP snapshot of %1 under the SQL Server %2 rules</source>
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
    <name>CfpBadge</name>
    <message>
        <source>≤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 MOD</source>
        <extracomment>The short label of a backup&apos;s estimated memory-optimized data on the timeline; MOD = memory-optimized data.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL Server 2014 CTP2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL Server 2014</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL Server 2016 and later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the memory-optimized filegroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Estimated memory-optimized data: %1&lt;/b&gt; of %2 (%3 pages of 8 KB, %4 bytes), from the CFP snapshot of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, under the backup rules of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;An upper bound: no CFP snapshot between its base full backup and it says which data files closed since, so every data file is counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;%n file(s) of the snapshot lack the size the rule needs and count as 0 bytes: a lower bound.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;The disk-based filegroups&apos; pages and the log the backup also holds are not included (a CFP snapshot says nothing of them).&lt;/i&gt;&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChainHealth</name>
    <message>
        <source>Log chain gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery fork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differential base gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup to NUL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full without log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged or failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No restore point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no usable full or differential backup was taken after it, so nothing after %1 can be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is the first full or differential backup a restore can start from again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differential backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differential partial backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differential file backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 (%3) was written to NUL: it exists nowhere and cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 (%3) was written to NUL: it exists nowhere, yet it reset the differential base, so the differentials after it cannot be restored until the next full backup. Take backups for testing WITH COPY_ONLY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log backup %1 (%2) was written by another tool (a virtual device%3): the log chain runs through it, so every restore past it needs that tool&apos;s copy. Make sure it keeps it as long as your own backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 (%3) was taken by another tool (a snapshot or virtual device%4): RESTORE cannot read it from a file; restore it with that tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log backup %1 (%2) was written to NUL: SQL Server truncated the log as if it were backed up, but LSNs %3 to %4 exist nowhere. No restore can roll forward past %5; %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 (%3) failed: it is no restore point. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A failed log backup truncates nothing: the next log backup holds its records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restores fall back to the backup before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 (%3) was taken over damaged data (CONTINUE_AFTER_ERROR): restoring it needs CONTINUE_AFTER_ERROR too and may lose data. Check the database and take a new full backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log backup %1 (%2) is copy-only: it truncated nothing and the regular log backups do not depend on it. It is no link of the chain; a restore may still use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 (%3) is copy-only: it restores on its own, but no differential is based on it; the differentials after it still need the previous regular full backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup with GUID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup at LSN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a regular full backup before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 (%3) is based on %4, which is not in this history: without its base it cannot be restored. If msdb&apos;s history was cleaned up, find the base&apos;s file; if the base was deleted, take a new full backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on recovery path %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap in the log chain%1: log backup %2 ends at LSN %3 (%4), but the next log backup, %5, starts at LSN %6 (%7). No log backup holds the log between them, so a restore from an earlier backup stops at %4; %8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 backups, %3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history forks at LSN %1, in log backup %2 (%3): the database was restored to that point and recovered, which started recovery path %4. Before it: path %5. A restore follows one path; log backups of the other path cannot be applied past the fork.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery path %1 starts with %2 without a log backup across its fork: the database was restored and recovered, and nothing in this history links the backups of this path to those before it. A restore uses one path&apos;s backups only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full backup %1 (%2) has no log backup after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 full backups, from %2 (%3) to %4 (%5), have no log backup after them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 although the database is in FULL or BULK_LOGGED recovery: no point after %2 can be restored, and the log grows until a log backup truncates it. Schedule log backups, or use SIMPLE recovery if restoring the last full backup is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest time without a usable restore point is %1, from %2 (%3) to %4 (%5): a failure in that time would have lost everything since %2. Back up more often there, or check why the backups between them are missing or unusable.</source>
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
        <source>A CFP snapshot needs a time on the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a state of the SQL Server %2 DMV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL Server 2014 has no %1 checkpoint files.</source>
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
        <source>The database has no data or log file named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last log file: a database needs a transaction log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the primary log file: SQL Server cannot remove it (only the log files added after it).</source>
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
        <source>%1 is a log file: log files belong to no filegroup.</source>
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
        <source>Add log file %1</source>
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
        <source>Take %1 without COPY_ONLY, so that it starts the log chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a full backup before %1 to the history (choose when it is taken).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event at %1 names filegroup &quot;%2&quot;, which is not in the layout.</source>
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
        <source>Take tail-log backup %1 (BACKUP LOG … WITH NORECOVERY, added to the history) before step %2 and restore it last in this sequence, WITH RECOVERY.</source>
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
        <source>Take tail-log backup %1 (BACKUP LOG %2 … WITH NORECOVERY, added to the history) before step %3 and restore it last; it leaves %2 RESTORING, so nobody can use it.</source>
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
        <source>Take tail-log backup %1 (BACKUP LOG %2 … WITH NORECOVERY, added to the history) before step %3 and remove REPLACE from it, then restore the tail last.</source>
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
    <name>PlanChartsExport</name>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the %1 chart as it shows, as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the %1 chart as a scalable SVG image (vector text and shapes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanChartsUnits</name>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h</source>
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
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <source>Change step %1</source>
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
        <source>Add plan %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanEstimateText</name>
    <message>
        <source>≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s (Environment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery loads the durable memory-optimized data into memory before the database is available; without that much memory in the target&apos;s resource pool the restore fails and the database comes up SUSPECT (R-MOD-003, R-MOD-004).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R-MOD-003: needs ≈ %1 of memory for %2 but the target has %3 (and %4 of free disk), from the CFP snapshot of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs ≈ %1 of memory for %2 (and %3 of free disk), from the CFP snapshot of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Memory needed before step %1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;From the CFP snapshot of %3%4: the used bytes of the data files of ACTIVE and UNDER CONSTRUCTION pairs less their deleted rows&apos; share, %5 bytes; indexes, rebuilt in memory, are not included. Free disk to provision for the filegroup: 4 × that, %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CFP snapshot precedes this step: import a DMV export or add a workload in the Checkpoint Files dock for an estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R-MOD-003: needs memory for %1, more than the target&apos;s %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs memory for %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Memory needed before step %1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;No CFP snapshot is taken before the point in time this step&apos;s data reaches, so only the containers&apos; sizes are known (the whole containers, not the data in them). Import a saved sys.dm_db_xtp_checkpoint_files export or add a CFP workload for an estimate of the data itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;The environment gives memory-optimized data %1&lt;/b&gt;: less than needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Step %1: %2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Reads %1 (%2) at %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Reads %1, whose size is not stated (or the step is refused): 0 s counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Then loads the memory-optimized data into memory: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Then loads the memory-optimized data into memory, at a size or rate not known: state the memory-optimized load rate in Environment, and the size by a CFP snapshot or the containers&apos; sizes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Ends %1 after the restore begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;An estimate: the real rate depends on the media, MAXTRANSFERSIZE, BUFFERCOUNT, the target&apos;s disks and the redo work. Enter the rates a test restore measured on the target in Environment (Restore throughput, Memory-optimized load rate).&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 online before the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after step %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore time %1 — online: %2 — at %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanJsonReader</name>
    <message>
        <source>&quot;%1&quot; is not a GUID (8-4-4-4-12 hexadecimal digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container_id (int, not negative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file type of the SQL Server %2 DMV (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state of the SQL Server %2 DMV, as state_desc spells it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a size in bytes (bigint, not negative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bigint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row count (bigint, not negative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of 2014, 2016</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint file %1 is listed twice (also at index %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not after the previous snapshot&apos;s time %2: snapshots are listed in time order, at most one at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field is missing</source>
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
        <source>must not be empty</source>
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
        <source>expected a whole number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range: %2 is a whole number from %3 to %4</source>
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
        <source>expected a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an LSN must be a string of digits (numeric(25,0)), not %1: JSON numbers lose precision beyond 2^53</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown field ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
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
        <source>expected an array, found %1</source>
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
        <source>Add a %1 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a %1 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a %1 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the CFP snapshot of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the CFP snapshot of %1</source>
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
    <message>
        <source>Edit the project</source>
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
        <source>%1: cannot create a temporary directory: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot copy it to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save %1: unknown file type; use .json (plan file) or .%2 (project file)</source>
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
        <source>cannot create a file beside it: %1</source>
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
        <source>cannot read back %1: %2</source>
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
        <source>%1, column &quot;%2&quot;</source>
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
        <source>Restore %1 instead of %2 at step %3.</source>
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
        <source>Restore log backup %1 (which contains LSN %2) here.</source>
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
        <source>Insert RESTORE LOG %1 before step %2.</source>
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
        <source>%1 was damaged by the failure: a recovery-only restore cannot bring it online; restore it from a backup.</source>
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
    <message>
        <source>Filegroup %1 was not read-only for the whole time from its backup to the recovery point; it needs log backups up to LSN %2 before it can be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filegroup %1 is only rolled forward to LSN %2; it must reach %3 before it can be recovered.</source>
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
    <message>
        <source>the saved timeline axis is neither &quot;time&quot; nor &quot;lsn&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved LSN axis needs a positive lsnZoom and an lsnLeft LSN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SequenceRules</name>
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
        <source>State WITH RECOVERY (SQL Server&apos;s default) explicitly on step %1.</source>
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
        <source>Filegroup %1 is read/write and marked to be abandoned: left out of the initial stage, it becomes DEFUNCT when the database recovers and can never be restored into this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To keep %1, clear &quot;abandon&quot; and add it to the FILEGROUP list of step %2 (or use READ_WRITE_FILEGROUPS).</source>
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
        <source>Step %1 uses %2, but point-in-time restore is not available under SIMPLE recovery; you can only restore to the time of a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the STOPAT/STOPATMARK clauses and the plan&apos;s point-in-time target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point-in-time restore is not available under SIMPLE recovery; you can only restore to the time of a backup.</source>
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
        <source>Add %1 to the FILEGROUP list of step %2.</source>
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
        <source>The log is damaged, so no tail-log backup can be taken: add REPLACE to step %1 and accept losing the work since %2.</source>
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
    <message>
        <source>The tail of the log of %1 has not been backed up: step %2 would overwrite a %3 database and lose the work since the last log backup, so SQL Server refuses it.</source>
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
        <source>file %1</source>
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
    <name>TimeToOnlineBars</name>
    <message>
        <source>≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: online before the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: memory-optimized load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not online at the end of the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is readable before the restore begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comes online after step %2, at %3 since the restore began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (step ends at %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading the backup, %2 (step ends at %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step before has no known size or load rate: the time is a lower bound.</source>
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
        <source>; the database is readable in STANDBY (undo file %1) until the next restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the database stays %1</source>
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
        <source>the database stays %1, so no filegroup is online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the restored pages come online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no filegroup comes online</source>
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
        <source>Step %1: %2</source>
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
        <source>&lt;br&gt;from LSN %1 to LSN %2</source>
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
    <name>rd::BackupSizeChart</name>
    <message>
        <source>Backup size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory-optimized part (estimated from CFP snapshots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup sizes: 1 backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup sizes: %1 backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 without a size not shown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::BackupUsability</name>
    <message>
        <source>the backup failed, so there is nothing to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup is damaged (only CONTINUE_AFTER_ERROR would restore it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of its stripe(s) are missing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::CfpDock</name>
    <message>
        <source>Time of the CFP Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When sys.dm_db_xtp_checkpoint_files was queried: the snapshot&apos;s place on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Taken at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 pages (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint file pairs of the memory-optimized filegroup: snapshots, their chart and the backup estimates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s CFP snapshots in time order; select one to see its chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import DMV Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a snapshot from the saved results of SELECT * FROM sys.dm_db_xtp_checkpoint_files (docs/cfp-import.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from &amp;Workload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a snapshot played from a workload: one of the blog&apos;s examples or your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected snapshot (Delete in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CFP snapshot: import an export of sys.dm_db_xtp_checkpoint_files, or add one from a workload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No estimate under these rules: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full backup: %1 of the memory-optimized filegroup. Differential: at most %2 (every data file counted: a snapshot does not say which closed since the last full backup). Restore: %3 of memory, %4 of disk to provision (4 × memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk-based filegroups and the active log count as 0 pages: checkpoint files alone do not tell them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) without the size their state&apos;s rule needs counted as 0 bytes: lower bounds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>workload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import sys.dm_db_xtp_checkpoint_files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMV exports (*.csv *.txt *.tsv *.rpt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import DMV Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix these lines and import it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where does the snapshot of %1 go on the timeline? Proposed: the file&apos;s modification time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from Workload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::CfpSimulator</name>
    <message>
        <source>the workload has %1 steps, more than the %2 the simulator plays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 (%2): the workload needs more than %3 checkpoint file pairs, the most the simulator plays for SQL Server %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows must not be negative, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rowBytes must be from 1 to %1 (the data file size), not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share must be from 0 to 1, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an update needs rowBytes from 1 to %1, or an insert before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>large checkpoint mode exists only in SQL Server 2016 and later, not in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logicalProcessors must be from 1 to 1024, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page counts must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::CfpStateChart</name>
    <message>
        <source>The backup rules the bars follow: what a full and a differential backup copy of each state (docs/cfp.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart and its table as a PNG or SVG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL Server 2014 CTP2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL Server 2014</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL Server 2016 and later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an inventory of this version: %1. Its backup bars are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checkpoint file pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint file pairs per state, under SQL Server %1&apos;s backup rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup copies of each file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differential (at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differential</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n file(s) of NULL size: 0 bytes)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the CFP Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as PNG or SVG…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::CfpStateChartData</name>
    <message>
        <source>Data used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delta used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delta unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocated bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a state of this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n pair(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated to the files (file_size_in_bytes) but not used (file_size_used_in_bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL Server %1 has no state %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under SQL Server %1&apos;s rules a backup copies the %2 of each file in this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every data file counted (not known which closed since the last full backup): an upper bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the data files closed since the last full backup, and every delta file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) without a size (NULL in the DMV) counted as 0 bytes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::CfpVersions</name>
    <message>
        <source>2014-ctp2, 2014 or 2016</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inventory holds files in the state %1, which SQL Server %2 does not have</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::CfpWorkloadDialog</name>
    <message>
        <source>insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows inserted, each its own transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes of a row in a data file: the 24-byte row header and the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHECKPOINTs after the inserts and deletes (each closes the open pair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merges by the documented merge policy, each installed by a checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BACKUP LOGs at the end (they release the merged pairs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a CFP Snapshot from a Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The examples of Microsoft&apos;s blog &quot;Database Backup with Memory-Optimized Tables&quot; (docs/cfp.md), or a workload of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint file lifecycle played (2014&apos;s MERGED SOURCE … TOMBSTONE or 2016&apos;s WAITING FOR LOG TRUNCATION)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 16 GB (16 MiB data, 1 MiB delta files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 16 GB (128 MiB data, 16 MiB delta files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large checkpoint, 2016+ (1 GiB data, 128 MiB delta files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server memory, which sets the checkpoint files&apos; sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of the rows deleted after the inserts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the snapshot goes on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workload:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows inserted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row &amp;size (bytes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deleted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checkpoints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;erges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot &amp;time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (an empty table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%L1 rows of %L2 bytes, %3 % deleted, %n checkpoint(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n merge(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n log backup(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::CfpWorkloadReader</name>
    <message>
        <source>expected a number from 0 to 1, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range: a share from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rowBytes (bytes of a row in a data file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an insert needs rows and rowBytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logicalProcessors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a page count (8 KB pages, not negative)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::ChainChoice</name>
    <message>
        <source>Not %1 (%2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was taken under the SIMPLE recovery model, so no log backup can roll it forward (R-LOG-008)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log backups end at LSN %1 (%2), before the target %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its log chain stops at LSN %1, short of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not %1 (%2), copy-only: %3 starts the log later (LSN %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not the %n data backup(s) that finished after the target %1 (the newest: %2, %3).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no backup chain reaches %1; the newest usable base fails: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no usable full or partial backup ends before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no usable full backup ends before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base: %1 backup %2 (finished %3), the newest usable %4 from which the log reaches %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full or partial backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differential: %1 (finished %2), the newest differential based on %3 from which the log reaches %4; it replaces the log backups before LSN %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differential: none based on %1 ends by %2 with a log chain to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Log backups: %n, from %1 (its range %2 to %3 holds %4&apos;s last LSN %5) to %6, without a gap.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds the target %2: it is restored with %3 and recovers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log backup: %1 already ends at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::ChainHealthDock</name>
    <message>
        <source>Chain Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Chain &amp;Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health of the whole backup history: gaps, forks, unusable backups; click an entry to show its backups on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter entries (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the entries whose severity, kind, message, backups or time contains this text (any case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#777&apos;&gt;Nothing to report about the backup history.&lt;br&gt;Gaps in the log chain, recovery forks and unusable backups appear here as the history changes.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Chain Health dock: gaps, forks and unusable backups of the whole history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#777&apos;&gt;Select an entry to read it whole and show its backups on the timeline.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; longest time without a restore point: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to report&lt;/b&gt; in the backup history%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1, %2&lt;/b&gt;%3 in the backup history%4%5</source>
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
    <name>rd::ChainHealthModel</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to select %1 on the timeline and scroll to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backups the entry concerns; the first is where to look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time the entry concerns (server wall-clock time)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::ChartsDock</name>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts of the current plan&apos;s time to online and of the backups&apos; sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to &amp;Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When each filegroup of the current plan becomes readable, at the restore throughput of the Inspector&apos;s Target Server form; hover a bar for its steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Si&amp;zes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each backup&apos;s size at its finish, and the memory-optimized part estimated from the CFP snapshots; hover a point for the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart shown as it shows, as a PNG or SVG image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::CheckpointDmvReader</name>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is beyond 2^53 - 1, the largest whole number a plan file keeps exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GUID (expected 8-4-4-4-12 hexadecimal digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column appears twice in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header mixes the SQL Server 2016+ column %1 with the SQL Server 2014 column %2; export one server&apos;s DMV as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell the SQL Server version from the columns: include logical_row_count (SQL Server 2016 and later) or inserted_row_count and deleted_row_count (SQL Server 2014)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required column missing from the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required column missing from the header (or %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state %1 does not exist in the %2 DMV (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state is NULL; every checkpoint file has a state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state of the %2 DMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match state %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state_desc is NULL; every checkpoint file has a state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file_type %1 does not exist in the SQL Server 2014 DMV (0 DATA, 1 DELTA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file type of the %2 DMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match file_type %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file type is NULL; only a TOMBSTONE file of SQL Server 2014 has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint file %1 is listed twice (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TOMBSTONE file without a type (SQL Server 2014 gives none): taken as %1, its pair (line %2) being %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TOMBSTONE file without a type (SQL Server 2014 gives none), nor a pair with one: taken as DATA (its size is NULL: only the count of pairs depends on it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds a SQL Server error instead of results: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header line naming the column checkpoint_file_id: this is not an export of sys.dm_db_xtp_checkpoint_files with column headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell the column separator of the header: save as CSV (SSMS &quot;Save Results As&quot;, or sqlcmd -s&quot;,&quot;); tabs, semicolons and | also work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored: not part of the results (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sqlcmd counted %1 rows, but the file holds %2: rows are missing or were added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the end of the results: export one result set only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row ends after %1 of the header&apos;s %2 columns (a truncated line?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2 columns (a separator inside an unquoted value?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more errors not listed</source>
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
    <name>rd::DbatoolsCliXmlParser</name>
    <message>
        <source>the file ends before its last element is closed (is it complete?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;Ref RefId=&quot;%1&quot;&gt; names no object given before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objects nested deeper than %1 levels: not a dbatools export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;TNRef RefId=&quot;%1&quot;&gt; names no type list given before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FileList is not a list of files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no XML element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not PowerShell CliXML&apos;s &lt;Objs&gt; (Export-CliXml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object of type %1, not a dbatools BackupHistory (Get-DbaDbBackupHistory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::DbatoolsHistoryReader</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the LSN is an object without its digits (ConvertTo-Json writes a BigInteger&apos;s properties, not its value): export with Export-CliXml instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an LSN, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an LSN written as a floating-point number: its last digits are lost; export again without converting LSNs to double</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: expected /Date(milliseconds since 1970)/ between the years 1753 and 9999, as ConvertTo-Json writes dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: expected YYYY-MM-DDTHH:MM:SS (Export-CliXml) or /Date(milliseconds)/ (ConvertTo-Json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a GUID, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more errors not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times of the JSON export are UTC: ConvertTo-Json writes a date as milliseconds since 1970-01-01 UTC (\/Date(…)\/); msdb and SSMS show the server&apos;s local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times of the CliXML export are kept as written: Export-CliXml writes dbatools&apos; dates without a time zone, in the server&apos;s local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) carry a time zone (Z or an offset): the time written is kept, the zone is not applied</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>exported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) have the recovery fork 00000000-0000-0000-0000-000000000000, which dbatools writes when it has none: their fork is unknown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) have no BackupSetGUID: a differential cannot be matched to its base by GUID, and a backup exported twice is not recognised</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) have no file list%1, so the database&apos;s files and filegroups are not known from them; export with Export-CliXml to keep FileList</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>FileList names no filegroup for the data file(s) %1: put in PRIMARY; the filegroups of the database, and what a file or partial backup holds, are not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup names no database (Database or DatabaseName)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backup of database %1, not of %2 (--database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same backup set (BackupSetGUID) as %1, line %2: read once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a backup type: expected Full (Database), Differential (Database Differential), Log (Transaction Log), File, Differential File, Partial Full or Partial Differential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup has no Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup has no %1: without it the log chain cannot be followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LastLSN is smaller than FirstLSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup has no %1 date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the backup&apos;s files, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 media families: a backup is written to at most 64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a recovery model (FULL, BULK-LOGGED, SIMPLE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file with no LogicalName</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file type: expected D (data), L (log), S (FILESTREAM or memory-optimized container) or F (full-text catalog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither the JSON of ConvertTo-Json (&quot;[&quot; or &quot;{&quot;) nor the CliXML of Export-CliXml (&quot;&lt;&quot;): it starts with &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 without a byte order mark, recognised by its zero bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the UTF-16 file ends within a character (is it complete?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes that are not UTF-8 (a file saved as Windows-1252?); save the export as UTF-8 or Unicode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::DbatoolsJsonParser</name>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends where %1 was expected (is it complete?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values nested deeper than %1 levels: not a dbatools export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a property name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a property name in quotes, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;,&quot; or &quot;}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;,&quot; or &quot;]&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON value (a number, true, false or null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends inside a string (is it complete?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character (U+%1) inside a string: JSON escapes them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends inside a \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;\%1&quot; is not a JSON escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry of FileList (line %1) is not a file with a LogicalName</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConvertTo-Json writes FileList, a DataTable, as the table&apos;s own properties, without its rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FileList is not a list of files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the end of the object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the &quot;[&quot; of an array of backups or the &quot;{&quot; of one, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backup (&quot;{&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a backup (&quot;{&quot;), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the end of the array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::DelimitedBytes</name>
    <message>
        <source>the quoted field that starts here has no closing quote on this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the closing quote of a field (a quote inside a quoted field is written twice: &quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::DelimitedLine</name>
    <message>
        <source>the quoted field that starts here has no closing quote on this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the closing quote of a field (a quote inside a quoted field is written twice: &quot;&quot;)</source>
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
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selection: the selected step when the plan has the focus, else the selected backup, else the selected filegroup</source>
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
        <source>The memory-optimized filegroup cannot be made READ_ONLY</source>
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
        <source>Open the bundled sample as an untitled project (Save asks where to keep it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see --help</source>
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
        <source>plan</source>
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
    <message>
        <source>Fix:</source>
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
</context>
<context>
    <name>rd::DiagnosticsDock</name>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong with the current plan, rule by rule; click a finding to locate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter findings (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the findings whose severity, rule, step, backup, filegroup or message contains this text (any case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#777&apos;&gt;No errors, warnings or notes.&lt;br&gt;Findings appear here as you edit the layout, the backups or the plan;&lt;br&gt;select one to show its step, backup and filegroup.&lt;/p&gt;</source>
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
    <message>
        <source>No plan to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No findings&lt;/b&gt;: plan &lt;i&gt;%1&lt;/i&gt; passes every check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1, %2&lt;/b&gt;%3 in plan &lt;i&gt;%4&lt;/i&gt;%5</source>
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
        <source> (%1 shown)</source>
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
        <source>How fast the target&apos;s RESTORE reads backups, as measured by a test restore there; 0 = the default of 77.3 MiB/s. Sets the time each step takes and when each filegroup comes online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the target&apos;s restore throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (77.3 MiB/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore throughput:</source>
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
        <source>Edit Event</source>
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
    <name>rd::EventPalette</name>
    <message>
        <source>Drag an event onto the timeline: where you drop it sets when it happens, and the lane what it acts on. Drag a marker to move the event; double-click it to change it.</source>
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
    <name>rd::FileTable</name>
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
    <name>rd::HeaderOnlyHistoryReader</name>
    <message>
        <source>the header names BackupType or LogicalName, but no separator (comma, tab, semicolon or |) splits it into columns: sqlcmd without -s&quot;,&quot; separates columns with spaces, which cannot be read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header line naming BackupType (RESTORE HEADERONLY) or LogicalName (RESTORE FILELISTONLY) in the first %1 lines: save the results with their column headers (docs/import-headeronly.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header line naming BackupType (RESTORE HEADERONLY) or LogicalName (RESTORE FILELISTONLY): save the results with their column headers (docs/import-headeronly.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the end of a result that is not the header of another RESTORE HEADERONLY or FILELISTONLY result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column appears twice in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required column missing from the header: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column not in the result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup type (1, 2, 4, 5, 6, 7 or 8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which database the backup is of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup set&apos;s place in its file (WITH FILE =)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without it the order of the log backups cannot be known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without it the log chain cannot be followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the backup started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the backup finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backups&apos; checkpoint LSNs are derived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which full backup a differential or log follows is derived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backup set met twice cannot be recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s logical name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s id in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s type (D, L, S, F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every data file is read as PRIMARY&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every file is read as present in the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no BackupFile column: its rows are read as the backup file %2, the saved result&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filegroup %1 holds containers (FILELISTONLY Type S), which FILELISTONLY does not tell apart for FILESTREAM and memory-optimized data: read as the database&apos;s memory-optimized filegroup; change it in the designer if it is FILESTREAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more errors not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file list of a backup set left out (see its HEADERONLY row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file list with no RESTORE HEADERONLY row of the same backup file and position among the inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup of database %1; the backup headers are of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no RESTORE HEADERONLY row among the inputs: a file list alone does not say which backup it belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup headers are of %1 databases: %2; choose one with --database NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times are the server&apos;s local time, as RESTORE HEADERONLY prints them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackupFile names no backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackupFile names %1 devices; a media set has at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position is NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DatabaseName is NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same backup file and position as an earlier HEADERONLY row: read once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backup of database %1, not of %2 (--database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same backup set (BackupSetGUID) as %1, line %2: read once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackupType is NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a backup type: expected 1 (database), 2 (transaction log), 4 (file or filegroup), 5 (differential database), 6 (differential file), 7 (partial) or 8 (differential partial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file list of a backup file and position read already from an earlier file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FileID is NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a repeat of an earlier row (the same backup file, position and FileID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file with no logical name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file type: expected D (data), L (log), S (FILESTREAM or memory-optimized container) or F (full-text catalog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type is NULL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::HistoryActions</name>
    <message>
        <source>Import &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &amp;for…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an untitled project from a backup history: an msdb export, dbatools, or backup headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the planner build a restore plan to a target, with the filegroups to bring online first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported; the project shown is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the backup history of %1 as an untitled project: Save asks where to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added plan %1: hover a dimmed backup on the timeline to see why the plan leaves it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan for…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added plan &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why these backups:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::HistoryDatabaseChoice</name>
    <message>
        <source>no backup of database %1; the export holds backups of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export holds no backup set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export holds backups of %1 databases: %2; choose one with --database NAME</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::HistoryImportDialog</name>
    <message>
        <source>&amp;Add Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Backup History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>msdb export (SSMS or sqlcmd results of msdb-backup-history.sql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dbatools (Get-DbaDbBackupHistory as JSON or CliXML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup headers (RESTORE HEADERONLY and FILELISTONLY results)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the files hold; a format this version cannot read yet says so when imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files are read in this order, as one history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the exported files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files hold backups of several databases: the one to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors name the file, line and column; nothing is changed until the import succeeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the import (nothing is kept), or close the dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;les:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved results (*.csv *.txt *.rpt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dbatools exports (*.json *.xml *.clixml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose History Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported, and the project is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The files hold backups of %n databases: choose one and import again.
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the files hold no backup history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::HistoryImportProblem</name>
    <message>
        <source>%1, line %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::HistorySkippedRows</name>
    <message numerus="yes">
        <source> and %n more range(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 (%n row(s)): %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole report to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 of database %2 from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read: %1 (skipped rows included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped rows (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row was skipped and nothing needs a second look.</source>
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
    <name>rd::LogChainWalk</name>
    <message>
        <source>log backup %1, which holds LSN %2, cannot be restored: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no log backup holds LSN %1: the log chain has a gap there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::LogFilesForm</name>
    <message>
        <source>Transaction log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add log f&amp;ile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove lo&amp;g file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a log file to the database (ALTER DATABASE … ADD LOG FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected log file (ALTER DATABASE … REMOVE FILE). The primary log file, the first, stays. Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary log file (.ldf): SQL Server keeps it while the database exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::MainWindow</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a backup kind onto the timeline to add a backup there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag an event onto the timeline to add it there</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>E&amp;xport</source>
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
        <source>Add &amp;Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a failure, a read-only switch, a recovery-model change or a mark to the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
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
    <name>rd::MsdbHistoryReader</name>
    <message>
        <source>the header names database_name, but no separator (comma, tab, semicolon or |) splits it into columns: sqlcmd without -s&quot;,&quot; separates columns with spaces, which cannot be read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header line naming the column database_name in the first %1 lines: save the results with their column headers (docs/import-msdb.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header line naming the column database_name: save the results with their column headers (docs/import-msdb.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the end of the results (&quot;(N rows affected)&quot;): export one result set only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column appears twice in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is the output of Microsoft&apos;s example query of the backupset page (columns backuptype, LatestBackupLocation): it has no first_lsn or last_lsn, so which log backup follows which, whether the log chain is unbroken and which logs a restore needs cannot be known; run resources/sql/msdb-backup-history.sql instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is the output of the classic &quot;backup history of the last 7 days&quot; query (columns SERVER, backup_type): it has no first_lsn or last_lsn, so no restore chain can be rebuilt, and its backup_type is only Database or Log (NULL for differential, file and partial backups); run resources/sql/msdb-backup-history.sql instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required column missing from the header: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup type (D, I, L, F, G, P, Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without it the order of the log backups cannot be known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without it the log chain cannot be followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the backup started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the backup finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required column missing from the header (or backup_set_uuid): it tells which rows (one per stripe and file) belong to one backup set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column not in the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backups&apos; checkpoint LSNs are derived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which full backup a differential or log follows is derived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backups have no media; scripts write a placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backupfile rows: the layout holds PRIMARY only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more errors not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times are the server&apos;s local time, as msdb records them (time_zone: %1)%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the offset changes (daylight saving?), so times around the change may not be in LSN order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mirrored copy of the media (backupmediafamily.mirror %1): only mirror 0 is read, every mirror holds the same backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup_set_id is NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup_set_uuid is NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database_name is NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backup of database %1, not of %2 (--database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same backup set (backup_set_uuid) as %1, line %2: read once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a backup type: expected D (database), I (differential), L (log), F (file or filegroup), G (differential file), P (partial) or Q (differential partial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a time zone (-48 to 48 quarter hours, or 127 for unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media family %1 of a media set of %2 (media_family_count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a repeat of an earlier row (the same backup set, media family and file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export has file_number but not logical_name: a file needs its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file with no logical name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file type: expected D (data), L (log), S (FILESTREAM or memory-optimized container) or F (full-text catalog)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::MsdbProjectBuilder</name>
    <message>
        <source>PRIMARY is listed with backupfilegroup.type %1: read as a rows filegroup, which PRIMARY always is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filegroup %1 is listed as memory-optimized (FX) after %2: a database has one memory-optimized filegroup, so it is read as FILESTREAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filegroup %1 holds containers (file_type S) but the export has no backupfilegroup.type: read as FILESTREAM; a memory-optimized filegroup is type FX there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filegroup %1 holds containers (FileList Type S) but dbatools gives no filegroup type: read as FILESTREAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filegroup %1 holds containers (FILELISTONLY Type S), as do other filegroups: read as FILESTREAM, since a database has one memory-optimized filegroup at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backupfile rows name the PRIMARY filegroup: the layout has an empty PRIMARY; the filegroups and files come from the backupfile and backupfilegroup columns of data backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no FileList names a data file of PRIMARY: the layout has an empty PRIMARY filegroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no FILELISTONLY row names the PRIMARY filegroup: the layout has an empty PRIMARY; the filegroups and files come from the RESTORE FILELISTONLY results of data backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out of the layout, dropped by the newest backup that lists them (state 8 or a drop_lsn): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backups of %1 come from %2 different databases of that name (family_guid): it was created again, or the export mixes servers; their log chains do not join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edition is not in msdb: the project says ENTERPRISE; change it if the target server differs (online restore needs Enterprise or Developer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edition is not in the dbatools export: the project says ENTERPRISE; change it if the target server differs (online restore needs Enterprise or Developer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edition is not in the backup headers: the project says ENTERPRISE; change it if the target server differs (online restore needs Enterprise or Developer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file backup(s) without backupfile rows, so what they hold is unknown: %1%2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file backup(s) without a FileList, so what they hold is unknown: %1%2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file backup(s) without a FILELISTONLY result, so what they hold is unknown: %1%2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backup history of %1 imported from msdb (%2): %n backup set(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backup history of %1 imported from dbatools (%2): %n backup set(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backup history of %1 imported from backup file headers (%2): %n backup set(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::MsdbValues</name>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bit (expected 0 or 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (expected YYYY-MM-DD HH:MM:SS[.fff], as SSMS and sqlcmd print datetime)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a possible date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is before 1753-01-01, the earliest datetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is after 9999-12-31 23:59:59.997, the latest datetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GUID (expected 8-4-4-4-12 hexadecimal digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a recovery model (FULL, BULK-LOGGED, SIMPLE)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::PaletteEvent</name>
    <message>
        <source>Failure of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure of a filegroup or the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-write switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery-model change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every data file is lost; the log survives, so a tail-log backup is possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop it on a filegroup&apos;s lane to damage that filegroup, on the log lane to damage the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALTER DATABASE … MODIFY FILEGROUP … READ_ONLY of the lane&apos;s filegroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALTER DATABASE … MODIFY FILEGROUP … READ_WRITE of the lane&apos;s filegroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALTER DATABASE … SET RECOVERY: to SIMPLE from FULL or BULK_LOGGED, to FULL from SIMPLE (double-click the marker to choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BEGIN TRANSACTION … WITH MARK: a target for STOPATMARK / STOPBEFOREMARK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log is not a filegroup and has no READ_ONLY option: drop the switch on a filegroup&apos;s lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the switch on the lane of the filegroup it switches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the failure on the lane of the filegroup it damages, or on the log lane.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::PiecemealPlan</name>
    <message>
        <source>the database has no filegroup named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 1 (WITH PARTIAL, recovered): %1 from %2; PRIMARY and the memory-optimized filegroup always come first (R-PIECE-001, R-MOD-002).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1: %2 from %3 WITH RECOVERY and no log: read-only when %3 was taken and since (R-RO-002).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filegroup %1 is not in %2 and has not been read-only since a backup that holds it: the planner restores later stages from the stage-1 base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1: %2 from %3, with the same log backups to the same point, %4 (R-PIECE-011%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline: SET OFFLINE first</source>
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
    <message>
        <source>&lt;i&gt;The restore&apos;s estimated time at the restore throughput (Environment) and when each filegroup comes online; ≥ when a backup&apos;s size or the memory-optimized load is not known.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::PlanExplanation</name>
    <message>
        <source>not on the recovery fork of %1: it goes on on fork %2 past LSN %3, where the restored log moves to fork %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan %1 restores no full or partial backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty log: its first and last LSN are equal, it holds no log record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on the recovery fork of %1 (it is on fork %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends before %1&apos;s last LSN %2: the data backup already holds its log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>covered by differential %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy-only: the regular log backups restored cover its range (R-LOG-007)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the end of the plan&apos;s log chain (LSN %1): a log backup between is missing or not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tail-log backup the plan does not restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its LSN range is covered by the log backups the plan restores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its base is %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its base is not in the history, and %1 is not its base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a newer differential %1 is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan restores the older differential %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan restores the log backups from %1 instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished at %1, after the target %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file backup: %1 already holds its files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newer than %1, but the plan starts from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a newer partial backup %1 is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a newer full %1 is used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::PlanForDialog</name>
    <message>
        <source>&amp;before it (STOPBEFOREMARK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Piecemeal restore: PRIMARY first, then these filegroups in this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan for…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the latest point: the end of the log</source>
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
        <source>an LSN (STOPATMARK = &apos;lsn:…&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the restore rolls forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server time to stop at, to the second; bounded by the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marked transactions on the timeline (MARK events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decimal digits, as msdb shows them: 41000000034400001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LSN to stop at, in decimal digits as backupset.last_lsn shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named after the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new plan&apos;s name; empty: the planner names it after the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore in stages: the first checked filegroup with PRIMARY (and the memory-optimized filegroup), each next checked one in a stage of its own, then the unchecked ones together; otherwise the whole database at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline has no marked transaction: add a MARK event first, or choose another target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LSN is not one: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan named %1 exists already: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the planner gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan for… %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::PlanGoal</name>
    <message>
        <source>the point in time is not a valid time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an LSN: write lsn: followed by 1 to 25 decimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the timeline has no mark named &apos;%1&apos; (a MARK event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark &apos;%1&apos;</source>
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
        <source>Time</source>
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
        <source>The step&apos;s estimated duration: reading its backup at the restore throughput (Environment), plus loading memory-optimized data; ≥ when a size or rate is not known</source>
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
    <name>rd::PriorityList</name>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to reorder (or Ctrl+Up / Ctrl+Down); unchecked filegroups come online last, together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the selected filegroup online earlier (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the selected filegroup online later (Ctrl+Down)</source>
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
        <source>Open &amp;Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the bundled sample (a piecemeal restore with memory-optimized tables) as an untitled project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the sample as an untitled project: Save asks where to keep your copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 was cancelled; the project shown is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved view is ignored in part (%1)</source>
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
        <source>Importing %1 was cancelled; the project shown is unchanged.</source>
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
    <name>rd::RestorePlanner</name>
    <message>
        <source>%1 is %2: SQL Server refuses to restore over it; remove it from there first (R-GEN-010)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joined to an availability group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mirrored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tail-log backup %1 of the history is taken first (BACKUP LOG … WITH NORECOVERY) and restored last: the restore reaches the end of the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tail-log backup %1 of the history (taken on the source) is restored last: the restore reaches the end of the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tail-log backup would start at LSN %1, after the chain&apos;s end %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tail-log backup %1 (new: add it to the history with the plan) is taken first, WITH NORECOVERY, and restored last: %2 exists and its log is intact, so the restore reaches the point of failure (R-TAIL-001, R-TAIL-003).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tail-log backup: the log of %1 is damaged; the restore reaches the end of the last log backup and REPLACE says the rest is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tail-log backup: %1 does not exist on the target, so the latest point is the end of %2 (%3), the plan&apos;s target (STOPAT).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::ResultTextCollector</name>
    <message>
        <source>a line before the header, skipped (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sqlcmd counted %1 rows, the file holds %2: the file is not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row ends after %1 of the header&apos;s %2 columns (a truncated line?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2 columns (a separator inside an unquoted value?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup finishes before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the LSN is NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is smaller than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 without a byte order mark, recognised by its zero bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
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
        <source>%1: database &lt;b&gt;%2&lt;/b&gt;, %3 of %4 filegroups available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: database &lt;b&gt;%2&lt;/b&gt;, so no filegroup is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL Server refuses step %1 (%2): nothing changes.</source>
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
</context>
<context>
    <name>rd::SimulationModel</name>
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
        <source>(does not exist)</source>
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
        <source>The active log redone on top, fewer containers or cores, and low hash-index bucket counts make it longer (R-MOD-004).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database is %2</source>
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
        <source>Step %1 refused
(%2)</source>
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
        <source>The backup this step restores (or BACKUP LOG writes); none = recovery only (RESTORE DATABASE … WITH RECOVERY). Backups are listed in time order: type part of a backup&apos;s name to find it.</source>
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
        <source>none; e.g. 1:57, 1:202</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAGE = pages to restore, as file_id:page_id separated by commas (from msdb.dbo.suspect_pages); empty = restore whole filegroups or files</source>
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
        <source>P&amp;ages:</source>
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
        <source>Remove the pages of step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the pages of step %1</source>
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
    <name>rd::TextLineStream</name>
    <message>
        <source>not valid UTF-16 text (a character is damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a NUL character: is this a UTF-16 file without its byte order mark? Save the results as UTF-8 or as Unicode (UTF-16 with its mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8 text; save the results as UTF-8 or Unicode (UTF-16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-16 text: the file ends within a character (cut short?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::TextLines</name>
    <message>
        <source>not valid UTF-16 text (the file ends within a character, or a character is damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8 text; save the results as UTF-8 or Unicode (UTF-16)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::TimeToOnlineChart</name>
    <message>
        <source>%1 (at least)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step takes time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since the restore began (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to online: no plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to online: %1 (no filegroups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to online: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::TimelineScene</name>
    <message>
        <source> (tail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;On the LSN axis it spans its LSN range and cannot be moved: switch to the time axis (Ctrl+L) to move it.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Plan %1 restores none of these: zoom in and hover one to see why.&lt;/i&gt;&lt;hr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used by plan %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no step restores it.</source>
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
        <source>FAILURE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MARK %1</source>
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
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILURE (database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Refused&lt;/b&gt;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a %1 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LSN axis shows log sequence numbers, not times: switch to the time axis (View ▸ LSN Axis, Ctrl+L) to move a backup or drop a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fork %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Recovery fork&lt;/b&gt; %1&lt;br&gt;From LSN %2 on, these backups are on another recovery path (a restore recovered the database at an earlier point): they are drawn on row %3 of each lane. A log backup applies only to data restored on its own path (R-LOG-009).%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;The LSN is the fork point a log backup recorded (fork_point_lsn).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;No backup recorded the fork point: the LSN is the path&apos;s first backup&apos;s first LSN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Gap in the log chain&lt;/b&gt;&lt;br&gt;No log backup holds the LSNs from %1 to %2: a restore cannot roll forward across it (R-LOG-002); a later full or differential backup can start a new sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSN &lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;&lt;i&gt;The axis is ordinal: every interval between two LSNs that bound a backup is equally wide, whatever the number of log records in it.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file %1</source>
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
        <source>&lt;b&gt;Marked transaction&lt;/b&gt; %1 at %2&lt;br&gt;Target of STOPATMARK / STOPBEFOREMARK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;ALTER DATABASE … MODIFY FILEGROUP %1 %2&lt;/b&gt; at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;ALTER DATABASE … SET RECOVERY %1&lt;/b&gt; at %2&lt;br&gt;A switch to or from SIMPLE breaks the log chain.</source>
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
        <source>&lt;br&gt;LSN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Drag to move it in time; double-click to change it.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Drag to move it in time.&lt;/i&gt;</source>
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
        <source>The backup history: one lane per filegroup and one for the log; each backup is a bar over what it contains. Numbered circles are the steps of the current plan that restore it. Drag a bar to move the backup in time; Ctrl+wheel or a pinch zooms; drag with the middle button or Space+drag to pan. Ctrl+drag a bar onto the Plan to restore it there, or double-click it. Drop a backup or an event from the Backups or Events palette to add it; drag an event&apos;s marker to move it, double-click it to change it. Dense runs of backups show as bands with a count: zoom in to see each backup.</source>
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
        <source>&amp;LSN Axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay the backups out by log sequence number instead of time (Ctrl+L): each backup spans its LSN range, so gaps in the log chain, overlaps and recovery forks show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Backup at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Backup (on the time axis)</source>
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
        <source>LSN (ordinal) →</source>
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
    <name>rd::TrainerBar</name>
    <message>
        <source>&amp;Trainer Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk through the plan step by step: the lanes show each filegroup&apos;s state (Ctrl+Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>rd::cli::CfpChartFile</name>
    <message>
        <source>--chart %1: the file needs the suffix .png or .svg, which chooses the format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chart %1: unknown image format &quot;.%2&quot;: give a .png or .svg file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chart %1: no widgets in this process (a QApplication is needed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::cli::CfpCommand</name>
    <message>
        <source>%1 pages (%2): %3 disk-based, %4 memory-optimized, %5 log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, under the backup rules of SQL Server %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delta bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delta used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full backup          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differential backup  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore              memory %1, disk to provision %2 (4 x memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the checkpoint file pairs of a memory-optimized filegroup per state and estimates the full and differential backups and what a restore needs (docs/cfp.md). Exit status: 0 estimated, 2 the input could not be read or estimated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play example &lt;n&gt; (1 to 5) of Microsoft&apos;s blog &quot;Database Backup with Memory-Optimized Tables&quot; instead of FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup rules (and checkpoint file lifecycle) of SQL Server 2014-ctp2, 2014 or 2016 (and later); by default the input&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also render the CFP state chart (as the designer&apos;s Checkpoint Files dock shows it) to &lt;file&gt;, PNG or SVG by its suffix; no display is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CFP workload (JSON, docs/cfp.md), or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either FILE or --example N; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown version &quot;%1&quot;: expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; choose --version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: warning: %n file(s) without the size their state&apos;s rule needs counted as 0 bytes; the estimates are lower bounds</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::cli::CfpInput</name>
    <message>
        <source>%1: warning: the disk-based filegroups&apos; pages and the active log are not known from checkpoint files alone; the estimates count them as 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a CFP workload or a DMV export; read as a plan or project: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project holds no CFP snapshot (cfpSnapshots); import a DMV export of sys.dm_db_xtp_checkpoint_files into it, or give the export itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, CFP snapshot of %2</source>
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
        <source>%1: not a file the cfp command reads. It reads a CFP workload (a JSON object with &quot;kind&quot;: &quot;cfp-workload&quot;, docs/cfp.md), an export of sys.dm_db_xtp_checkpoint_files saved from SSMS or sqlcmd with its column names (docs/cfp-import.md), or a plan or project file holding a CFP snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--example must be a number from 1 to %1</source>
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
        <source>follows from step %1, which SQL Server refuses</source>
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
        <source>A JSON plan (.json), a project file (.rdproj), or - for standard input.</source>
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
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; to read standard input, give - instead</source>
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
        <source>%1: the output would overwrite the input %2; nothing was written</source>
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
  cfp (FILE | --example N) [--version 2014-ctp2|2014|2016] [--format text|json]
      [--chart OUT.png|OUT.svg]
      Checkpoint file pairs per state; full and differential backup and restore estimates;
      with --chart, their chart as an image.
  import-history --from msdb FILE... [--database NAME] -o OUT
      Import a backup history saved from msdb into a JSON plan or a project file.
  plan FILE [--to latest|TIME|mark:NAME|lsn:LSN] [--online-first FG,FG...] [--format text|json] [-o OUT]
      Plan the restore to a target: the backups chosen and why, and why each other one is left out.
  health FILE [--format text|json]
      Print the chain-health report of the whole backup history.
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
        <source>The file to write (.json or .rdproj); never IN itself.</source>
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
        <source>Write the script to &lt;file&gt; instead of the standard output (&quot;-&quot; is the standard output); never FILE itself.</source>
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
</context>
<context>
    <name>rd::cli::HealthCommand</name>
    <message>
        <source>database &quot;%1&quot;: %2, %3, %4</source>
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
        <source>Prints the chain-health report of a project&apos;s whole backup history: log chain gaps, recovery forks, differentials whose base is gone, backups to NUL or by another tool, full backups with no log after them, copy-only, damaged or failed backups, and the longest time without a usable restore point. Exit status: 0 no errors (warnings allowed), 1 at least one error, 2 the file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::cli::ImportHistoryCommand</name>
    <message numerus="yes">
        <source>%1: %n backup(s) of database %2 from %3 row(s) read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports a backup history saved from msdb (resources/sql/msdb-backup-history.sql, docs/import-msdb.md) or exported by dbatools (Get-DbaDbBackupHistory | ConvertTo-Json or Export-CliXml, docs/import-dbatools.md) or read from the backup files&apos; headers (resources/sql/backup-headers.sql, docs/import-headeronly.md) and writes it as a JSON plan (.json) or a project file (.rdproj). The report, with every row skipped and why, goes to standard output; errors to standard error. Exit status: 0 written, 2 the input could not be read or the output not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the files are: msdb (the saved results of the query), dbatools (JSON or CliXML, told apart by content), headeronly (RESTORE HEADERONLY and FILELISTONLY results).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>msdb|dbatools|headeronly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to import when the files hold several (case-insensitive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write: a JSON plan (.json) or a project file (.rdproj).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved export (CSV or sqlcmd output; dbatools JSON or CliXML); several are one history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from is required: msdb, dbatools or headeronly; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1: expected msdb, dbatools or headeronly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one FILE to import; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o OUT is required: the JSON plan (.json) or project file (.rdproj) to write</source>
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
    <name>rd::cli::PlanCommand</name>
    <message>
        <source>--to mark: needs the mark&apos;s name (mark:NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to %1: expected latest, a time (2017-03-06T04:00:00), mark:NAME or lsn:LSN (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> FILEGROUP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> TO %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> FROM %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> WITH %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans the restore of FILE&apos;s backup history to a target (docs/planner.md): the base, the differential, the log chain and, with --online-first, the piecemeal stages, each choice with its reason, and every backup left out with why. Exit status: 0 planned, 1 no plan reaches the target, 2 the input could not be read, or the output not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to recover to: latest (the end of the log, the default), a time (2017-03-06T04:00:00), mark:NAME (a MARK event) or lsn:LSN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A piecemeal restore bringing these filegroups online first, in this order (PRIMARY and the memory-optimized filegroup always come first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FG,FG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the project with the new plan appended: a JSON plan (.json) or a project file (.rdproj).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown extension; the output must end in .json or .rdproj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no plan reaches the target: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Plan &quot;%1&quot; (%n step(s)):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Left out (%n line(s)):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::cli::PlanEstimateReport</name>
    <message>
        <source>≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ends at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (and %2 of free disk), from the CFP snapshot of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 before the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after step %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore time %1; online: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rd::cli::PlanLeftOut</name>
    <message>
        <source>%1 (%2, %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n %1 backups, %2 … %3: %4</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>REFUSED (%1): nothing changes</source>
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
        <source>memory-optimized load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pages restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs restore plans step by step and prints the state of the database and of each filegroup after every step. Exit status: 0 no errors, 1 the simulation found an error, 2 the file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
