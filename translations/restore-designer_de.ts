<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApplyFixCommand</name>
    <message>
        <source>Apply fix</source>
        <translation>Korrektur anwenden</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Korrektur: %1</translation>
    </message>
</context>
<context>
    <name>AtomicWrite</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the file system took only %1 of %2 bytes</source>
        <translation>Das Dateisystem hat nur %1 von %2 Bytes angenommen</translation>
    </message>
</context>
<context>
    <name>BackgroundLoad</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Wird geöffnet</translation>
    </message>
</context>
<context>
    <name>BackupChecks</name>
    <message>
        <source>Backup %1 is a file backup of PRIMARY taken under SIMPLE recovery; SQL Server refuses it (only read-only filegroups can be backed up as files in the simple model).</source>
        <translation>Sicherung %1 ist eine Dateisicherung von PRIMARY, die im Wiederherstellungsmodell SIMPLE erstellt wurde; SQL Server lehnt sie ab (im einfachen Wiederherstellungsmodell können nur schreibgeschützte Dateigruppen als Dateien gesichert werden).</translation>
    </message>
    <message>
        <source>Take %1 as a partial backup (READ_WRITE_FILEGROUPS) or a full backup.</source>
        <translation>%1 als Teilsicherung (READ_WRITE_FILEGROUPS) oder als vollständige Sicherung erstellen.</translation>
    </message>
    <message>
        <source>Backup %1 is a file backup of read/write data (%2) under SIMPLE recovery; it is only useful if you set the filegroup read-only before restoring it. Read/write data belongs in a partial backup (READ_WRITE_FILEGROUPS).</source>
        <translation>Sicherung %1 ist eine Dateisicherung von Daten mit Lese-/Schreibzugriff (%2) im Wiederherstellungsmodell SIMPLE; sie ist nur nützlich, wenn Sie die Dateigruppe vor der Wiederherstellung auf schreibgeschützt setzen. Daten mit Lese-/Schreibzugriff gehören in eine Teilsicherung (READ_WRITE_FILEGROUPS).</translation>
    </message>
    <message>
        <source>Take %1 as a partial backup (READ_WRITE_FILEGROUPS) instead, so that it holds %2 with PRIMARY.</source>
        <translation>%1 stattdessen als Teilsicherung (READ_WRITE_FILEGROUPS) erstellen, damit sie %2 zusammen mit PRIMARY enthält.</translation>
    </message>
    <message>
        <source>Backup %1 lists every read/write filegroup by hand, so it is a file backup, not a partial backup: it cannot start a simple-model piecemeal restore or be the base of a differential partial backup.</source>
        <translation>Sicherung %1 führt jede Dateigruppe mit Lese-/Schreibzugriff einzeln auf und ist daher eine Dateisicherung, keine Teilsicherung: Sie kann weder eine schrittweise Wiederherstellung im einfachen Wiederherstellungsmodell beginnen noch die Basis einer differenziellen Teilsicherung sein.</translation>
    </message>
    <message>
        <source>Take %1 with READ_WRITE_FILEGROUPS instead of the FILEGROUP list.</source>
        <translation>%1 mit READ_WRITE_FILEGROUPS statt mit der FILEGROUP-Liste erstellen.</translation>
    </message>
    <message>
        <source>Backup %1 lists every read/write filegroup by hand, so it is a file backup, not a partial backup, and cannot be the base of differential partial backup %2.</source>
        <translation>Sicherung %1 führt jede Dateigruppe mit Lese-/Schreibzugriff einzeln auf und ist daher eine Dateisicherung, keine Teilsicherung; sie kann nicht die Basis der differenziellen Teilsicherung %2 sein.</translation>
    </message>
    <message>
        <source>Differential %1 is marked COPY_ONLY, but COPY_ONLY is ignored when combined with DIFFERENTIAL: it is an ordinary differential backup.</source>
        <translation>Die differenzielle Sicherung %1 ist als COPY_ONLY gekennzeichnet, aber COPY_ONLY wird in Verbindung mit DIFFERENTIAL ignoriert: Es handelt sich um eine normale differenzielle Sicherung.</translation>
    </message>
    <message>
        <source>Remove COPY_ONLY from %1 (or take a COPY_ONLY full backup instead).</source>
        <translation>COPY_ONLY aus %1 entfernen (oder stattdessen eine vollständige Sicherung mit COPY_ONLY erstellen).</translation>
    </message>
    <message>
        <source>The log of %1 is damaged at %2; log backup %3 cannot be taken then.</source>
        <translation>Das Protokoll von %1 ist bei %2 beschädigt; die Protokollsicherung %3 kann zu diesem Zeitpunkt nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Remove %1 from the history.</source>
        <translation>%1 aus dem Verlauf entfernen.</translation>
    </message>
    <message>
        <source>Remove %1 from the history, and from the plans that restore it.</source>
        <translation>%1 aus dem Verlauf und aus den Plänen entfernen, die sie wiederherstellen.</translation>
    </message>
    <message>
        <source>%1 is SUSPECT from %2 (damaged), so backup %3 cannot be taken then.</source>
        <translation>%1 ist ab %2 SUSPECT (beschädigt), daher kann die Sicherung %3 zu diesem Zeitpunkt nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Remove %1 from the history (or move it before the failure at %2).</source>
        <translation>%1 aus dem Verlauf entfernen (oder vor den Ausfall bei %2 verschieben).</translation>
    </message>
    <message>
        <source>Move %1 before the failure at %2, or remove it from the history and from the plans that restore it.</source>
        <translation>%1 vor den Ausfall bei %2 verschieben oder aus dem Verlauf und aus den Plänen entfernen, die sie wiederherstellen.</translation>
    </message>
    <message>
        <source>Backup %1 (%2 to %3) overlaps the %4 of file %5 at %6; BACKUP cannot run while a file is added or removed.</source>
        <translation>Die Sicherung %1 (%2 bis %3) überschneidet sich mit dem %4 der Datei %5 bei %6; BACKUP kann nicht ausgeführt werden, während eine Datei hinzugefügt oder entfernt wird.</translation>
    </message>
    <message>
        <source>addition</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>removal</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move %1 so that it finishes before %2 or starts after it (choose when on the timeline).</source>
        <translation>%1 so verschieben, dass sie vor %2 endet oder danach beginnt (Zeitpunkt auf der Zeitachse auswählen).</translation>
    </message>
    <message>
        <source>The PRIMARY filegroup cannot be read-only (make the whole database READ_ONLY instead).</source>
        <translation>Die Dateigruppe PRIMARY kann nicht schreibgeschützt sein (setzen Sie stattdessen die gesamte Datenbank auf READ_ONLY).</translation>
    </message>
    <message>
        <source>Clear the read-only flag of PRIMARY.</source>
        <translation>Schreibschutzkennzeichen von PRIMARY entfernen.</translation>
    </message>
    <message>
        <source>(SET_READ_ONLY at %1.)</source>
        <translation>(SET_READ_ONLY bei %1.)</translation>
    </message>
    <message>
        <source>Remove the SET_READ_ONLY event of PRIMARY at %1.</source>
        <translation>SET_READ_ONLY-Ereignis von PRIMARY bei %1 entfernen.</translation>
    </message>
    <message>
        <source>There is no full backup, and the file backups do not form a complete set: no backup holds %1. A total loss of %2 would not be recoverable.</source>
        <translation>Es gibt keine vollständige Sicherung, und die Dateisicherungen bilden keinen vollständigen Satz: Keine Sicherung enthält %1. Ein Totalverlust von %2 wäre nicht wiederherstellbar.</translation>
    </message>
    <message>
        <source>Take a full database backup (or file backups of %1).</source>
        <translation>Vollständige Datenbanksicherung erstellen (oder Dateisicherungen von %1).</translation>
    </message>
    <message>
        <source>There is no full backup, and the log backups do not span the file backups: nothing covers LSN %1, so the file backups cannot be brought to one point. A total loss of %2 would not be recoverable.</source>
        <translation>Es gibt keine vollständige Sicherung, und die Protokollsicherungen überspannen die Dateisicherungen nicht: Nichts deckt LSN %1 ab, daher können die Dateisicherungen nicht auf einen gemeinsamen Zeitpunkt gebracht werden. Ein Totalverlust von %2 wäre nicht wiederherstellbar.</translation>
    </message>
    <message>
        <source>Take a full database backup, or a log backup that closes the gap.</source>
        <translation>Vollständige Datenbanksicherung erstellen oder eine Protokollsicherung, die die Lücke schließt.</translation>
    </message>
    <message>
        <source>File %1 of %2</source>
        <translation>Datei %1 von %2</translation>
    </message>
    <message>
        <source>Differential %1 has no base: no full backup (other than a copy-only one) was taken before it, so SQL Server refuses this backup.</source>
        <translation>Die differenzielle Sicherung %1 hat keine Basis: Vor ihr wurde keine vollständige Sicherung erstellt, die keine Kopiesicherung ist; daher lehnt SQL Server diese Sicherung ab.</translation>
    </message>
    <message>
        <source>Take a full backup before %1 (choose when, and add it to the history).</source>
        <translation>Eine vollständige Sicherung vor %1 erstellen (Zeitpunkt auswählen und zum Verlauf hinzufügen).</translation>
    </message>
    <message>
        <source>Differential %1 has no base: no partial backup (other than a copy-only one) was taken before it, so SQL Server refuses this backup.</source>
        <translation>Die differenzielle Sicherung %1 hat keine Basis: Vor ihr wurde keine Teilsicherung erstellt, die keine Kopiesicherung ist; daher lehnt SQL Server diese Sicherung ab.</translation>
    </message>
    <message>
        <source>Take a partial backup before %1 (choose when, and add it to the history).</source>
        <translation>Eine Teilsicherung vor %1 erstellen (Zeitpunkt auswählen und zum Verlauf hinzufügen).</translation>
    </message>
    <message>
        <source>Differential %1 has no base: no backup of %2 (other than a copy-only one) was taken before it, so SQL Server refuses this backup.</source>
        <translation>Die differenzielle Sicherung %1 hat keine Basis: Vor ihr wurde keine Sicherung von %2 erstellt, die keine Kopiesicherung ist; daher lehnt SQL Server diese Sicherung ab.</translation>
    </message>
    <message>
        <source>Take a backup of %1 before %2 (choose when, and add it to the history).</source>
        <translation>Eine Sicherung von %1 vor %2 erstellen (Zeitpunkt auswählen und zum Verlauf hinzufügen).</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>Add backup %1</source>
        <translation>Sicherung %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove backup %1</source>
        <translation>Sicherung %1 entfernen</translation>
    </message>
    <message>
        <source>Move backup %1</source>
        <translation>Sicherung %1 verschieben</translation>
    </message>
    <message>
        <source>Change backup %1</source>
        <translation>Sicherung %1 ändern</translation>
    </message>
</context>
<context>
    <name>BackupSizePoints</name>
    <message>
        <source>%1 — %2 backup</source>
        <translation>%1 — %2-Sicherung</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>Beendet %1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Größe: %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Memory-optimized part: at most %1</source>
        <translation>Speicheroptimierter Anteil: höchstens %1</translation>
    </message>
    <message>
        <source>Memory-optimized part: %1</source>
        <translation>Speicheroptimierter Anteil: %1</translation>
    </message>
    <message>
        <source>estimated from the CFP snapshot of %1 under the SQL Server %2 rules</source>
        <translation>geschätzt aus der CFP-Momentaufnahme von %1 nach den Regeln von SQL Server %2</translation>
    </message>
</context>
<context>
    <name>BackupToolTip</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (derived)</source>
        <translation>%1 (abgeleitet)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 backup%3%4&lt;table cellspacing=0 cellpadding=1&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2-Sicherung%3%4&lt;table cellspacing=0 cellpadding=1&gt;</translation>
    </message>
    <message>
        <source>, COPY_ONLY</source>
        <translation>, COPY_ONLY</translation>
    </message>
    <message>
        <source>, tail-log</source>
        <translation>, Protokollfragment</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>First LSN</source>
        <translation>Erste LSN</translation>
    </message>
    <message>
        <source>Last LSN</source>
        <translation>Letzte LSN</translation>
    </message>
    <message>
        <source>Checkpoint LSN</source>
        <translation>Prüfpunkt-LSN</translation>
    </message>
    <message>
        <source>Database backup LSN</source>
        <translation>Datenbanksicherungs-LSN</translation>
    </message>
    <message>
        <source>Differential base LSN</source>
        <translation>Differenzielle Basis-LSN</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>Enthält</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>&lt;font color=#c62f2f&gt;Damaged or lost media.&lt;/font&gt;&lt;br&gt;</source>
        <translation>&lt;font color=#c62f2f&gt;Beschädigte oder verlorene Medien.&lt;/font&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Restored by step %1 of the current plan.&lt;br&gt;</source>
        <translation>Wird von Schritt %1 des aktuellen Plans wiederhergestellt.&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Drag to move it in time; double-click, or Ctrl+drag onto the Plan, to restore it in the current plan; right-click for more.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Ziehen, um sie zeitlich zu verschieben; Doppelklick oder Strg+Ziehen auf den Plan, um sie im aktuellen Plan wiederherzustellen; Rechtsklick für weitere Optionen.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>CfpBadge</name>
    <message>
        <source>≤</source>
        <translation>≤</translation>
    </message>
    <message>
        <source>≥</source>
        <translation>≥</translation>
    </message>
    <message>
        <source>≈</source>
        <translation>≈</translation>
    </message>
    <message>
        <source>0 bytes</source>
        <translation>0 Bytes</translation>
    </message>
    <message>
        <source>%1 %2 MOD</source>
        <extracomment>The short label of a backup&apos;s estimated memory-optimized data on the timeline; MOD = memory-optimized data.</extracomment>
        <translation>%1 %2 MOD</translation>
    </message>
    <message>
        <source>SQL Server 2014 CTP2</source>
        <translation>SQL Server 2014 CTP2</translation>
    </message>
    <message>
        <source>SQL Server 2014</source>
        <translation>SQL Server 2014</translation>
    </message>
    <message>
        <source>SQL Server 2016 and later</source>
        <translation>SQL Server 2016 und höher</translation>
    </message>
    <message>
        <source>the memory-optimized filegroup</source>
        <translation>der speicheroptimierten Dateigruppe</translation>
    </message>
    <message>
        <source>&lt;b&gt;Estimated memory-optimized data: %1&lt;/b&gt; of %2 (%3 pages of 8 KB, %4 bytes), from the CFP snapshot of %5</source>
        <translation>&lt;b&gt;Geschätzte speicheroptimierte Daten: %1&lt;/b&gt; von %2 (%3 Seiten zu 8 KB, %4 Bytes), aus der CFP-Momentaufnahme von %5</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>, under the backup rules of %1.</source>
        <translation>, nach den Sicherungsregeln von %1.</translation>
    </message>
    <message>
        <source>&lt;br&gt;An upper bound: no CFP snapshot between its base full backup and it says which data files closed since, so every data file is counted.</source>
        <translation>&lt;br&gt;Eine Obergrenze: Keine CFP-Momentaufnahme zwischen ihrer vollständigen Basissicherung und ihr gibt an, welche Datendateien seither geschlossen wurden, daher wird jede Datendatei gezählt.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;%n file(s) of the snapshot lack the size the rule needs and count as 0 bytes: a lower bound.</source>
        <translation>
            <numerusform>&lt;br&gt;%n Datei der Momentaufnahme fehlt die Größe, die die Regel benötigt, und wird mit 0 Bytes gezählt: eine Untergrenze.</numerusform>
            <numerusform>&lt;br&gt;%n Dateien der Momentaufnahme fehlt die Größe, die die Regel benötigt, und sie werden mit 0 Bytes gezählt: eine Untergrenze.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;The disk-based filegroups&apos; pages and the log the backup also holds are not included (a CFP snapshot says nothing of them).&lt;/i&gt;&lt;br&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Die Seiten der datenträgerbasierten Dateigruppen und das Protokoll, die die Sicherung ebenfalls enthält, sind nicht berücksichtigt (eine CFP-Momentaufnahme sagt darüber nichts aus).&lt;/i&gt;&lt;br&gt;</translation>
    </message>
</context>
<context>
    <name>ChainHealth</name>
    <message>
        <source>Log chain gap</source>
        <translation>Lücke in der Protokollkette</translation>
    </message>
    <message>
        <source>Recovery fork</source>
        <translation>Wiederherstellungsverzweigung</translation>
    </message>
    <message>
        <source>Differential base gone</source>
        <translation>Differenzielle Basis fehlt</translation>
    </message>
    <message>
        <source>Backup to NUL</source>
        <translation>Sicherung nach NUL</translation>
    </message>
    <message>
        <source>Another tool</source>
        <translation>Anderes Tool</translation>
    </message>
    <message>
        <source>Full without log</source>
        <translation>Vollständig ohne Protokoll</translation>
    </message>
    <message>
        <source>Copy-only</source>
        <translation>Kopiesicherung</translation>
    </message>
    <message>
        <source>Damaged or failed</source>
        <translation>Beschädigt oder fehlgeschlagen</translation>
    </message>
    <message>
        <source>No restore point</source>
        <translation>Kein Wiederherstellungspunkt</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>no usable full or differential backup was taken after it, so nothing after %1 can be restored</source>
        <translation>nach ihr wurde keine verwendbare vollständige oder differenzielle Sicherung erstellt, daher kann nichts nach %1 wiederhergestellt werden</translation>
    </message>
    <message>
        <source>%1 (%2) is the first full or differential backup a restore can start from again</source>
        <translation>%1 (%2) ist die erste vollständige oder differenzielle Sicherung, mit der eine Wiederherstellung wieder beginnen kann</translation>
    </message>
    <message>
        <source>full backup</source>
        <translation>vollständige Sicherung</translation>
    </message>
    <message>
        <source>differential backup</source>
        <translation>differenzielle Sicherung</translation>
    </message>
    <message>
        <source>partial backup</source>
        <translation>Teilsicherung</translation>
    </message>
    <message>
        <source>differential partial backup</source>
        <translation>differenzielle Teilsicherung</translation>
    </message>
    <message>
        <source>file backup</source>
        <translation>Dateisicherung</translation>
    </message>
    <message>
        <source>differential file backup</source>
        <translation>differenzielle Dateisicherung</translation>
    </message>
    <message>
        <source>log backup</source>
        <translation>Protokollsicherung</translation>
    </message>
    <message>
        <source>The %1 %2 (%3) was written to NUL: it exists nowhere and cannot be restored.</source>
        <translation>Die %1 %2 (%3) wurde nach NUL geschrieben: Sie existiert nirgends und kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The %1 %2 (%3) was written to NUL: it exists nowhere, yet it reset the differential base, so the differentials after it cannot be restored until the next full backup. Take backups for testing WITH COPY_ONLY.</source>
        <translation>Die %1 %2 (%3) wurde nach NUL geschrieben: Sie existiert nirgends, hat aber die differenzielle Basis zurückgesetzt, sodass die differenziellen Sicherungen danach bis zur nächsten vollständigen Sicherung nicht wiederhergestellt werden können. Erstellen Sie Testsicherungen WITH COPY_ONLY.</translation>
    </message>
    <message>
        <source>Log backup %1 (%2) was written by another tool (a virtual device%3): the log chain runs through it, so every restore past it needs that tool&apos;s copy. Make sure it keeps it as long as your own backups.</source>
        <translation>Die Protokollsicherung %1 (%2) wurde von einem anderen Tool geschrieben (einem virtuellen Gerät%3): Die Protokollkette verläuft durch sie, daher benötigt jede Wiederherstellung darüber hinaus die Kopie dieses Tools. Stellen Sie sicher, dass das Tool sie so lange aufbewahrt wie Ihre eigenen Sicherungen.</translation>
    </message>
    <message>
        <source>The %1 %2 (%3) was taken by another tool (a snapshot or virtual device%4): RESTORE cannot read it from a file; restore it with that tool.</source>
        <translation>Die %1 %2 (%3) wurde von einem anderen Tool erstellt (einer Momentaufnahme oder einem virtuellen Gerät%4): RESTORE kann sie nicht aus einer Datei lesen; stellen Sie sie mit diesem Tool wieder her.</translation>
    </message>
    <message>
        <source>Log backup %1 (%2) was written to NUL: SQL Server truncated the log as if it were backed up, but LSNs %3 to %4 exist nowhere. No restore can roll forward past %5; %6.</source>
        <translation>Die Protokollsicherung %1 (%2) wurde nach NUL geschrieben: SQL Server hat das Protokoll abgeschnitten, als wäre es gesichert worden, aber die LSNs %3 bis %4 existieren nirgends. Keine Wiederherstellung kann über %5 hinaus einen Rollforward ausführen; %6.</translation>
    </message>
    <message>
        <source>The %1 %2 (%3) failed: it is no restore point. %4</source>
        <translation>Die %1 %2 (%3) ist fehlgeschlagen: Sie ist kein Wiederherstellungspunkt. %4</translation>
    </message>
    <message>
        <source>A failed log backup truncates nothing: the next log backup holds its records.</source>
        <translation>Eine fehlgeschlagene Protokollsicherung schneidet nichts ab: Die nächste Protokollsicherung enthält ihre Datensätze.</translation>
    </message>
    <message>
        <source>Restores fall back to the backup before it.</source>
        <translation>Wiederherstellungen greifen auf die Sicherung davor zurück.</translation>
    </message>
    <message>
        <source>The %1 %2 (%3) was taken over damaged data (CONTINUE_AFTER_ERROR): restoring it needs CONTINUE_AFTER_ERROR too and may lose data. Check the database and take a new full backup.</source>
        <translation>Die %1 %2 (%3) wurde über beschädigte Daten erstellt (CONTINUE_AFTER_ERROR): Ihre Wiederherstellung erfordert ebenfalls CONTINUE_AFTER_ERROR und kann Datenverlust verursachen. Überprüfen Sie die Datenbank, und erstellen Sie eine neue vollständige Sicherung.</translation>
    </message>
    <message>
        <source>Log backup %1 (%2) is copy-only: it truncated nothing and the regular log backups do not depend on it. It is no link of the chain; a restore may still use it.</source>
        <translation>Die Protokollsicherung %1 (%2) ist eine Kopiesicherung: Sie hat nichts abgeschnitten, und die regulären Protokollsicherungen hängen nicht von ihr ab. Sie ist kein Glied der Kette; eine Wiederherstellung kann sie dennoch verwenden.</translation>
    </message>
    <message>
        <source>The %1 %2 (%3) is copy-only: it restores on its own, but no differential is based on it; the differentials after it still need the previous regular full backup.</source>
        <translation>Die %1 %2 (%3) ist eine Kopiesicherung: Sie lässt sich eigenständig wiederherstellen, aber keine differenzielle Sicherung basiert auf ihr; die differenziellen Sicherungen danach benötigen weiterhin die vorherige reguläre vollständige Sicherung.</translation>
    </message>
    <message>
        <source>the backup with GUID %1</source>
        <translation>die Sicherung mit der GUID %1</translation>
    </message>
    <message>
        <source>the backup at LSN %1</source>
        <translation>die Sicherung bei LSN %1</translation>
    </message>
    <message>
        <source>a regular full backup before it</source>
        <translation>eine reguläre vollständige Sicherung davor</translation>
    </message>
    <message>
        <source>The %1 %2 (%3) is based on %4, which is not in this history: without its base it cannot be restored. If msdb&apos;s history was cleaned up, find the base&apos;s file; if the base was deleted, take a new full backup.</source>
        <translation>Die %1 %2 (%3) hat als Basis %4, die nicht in diesem Verlauf enthalten ist: Ohne ihre Basis kann sie nicht wiederhergestellt werden. Wenn der Verlauf in msdb bereinigt wurde, suchen Sie die Datei der Basis; wenn die Basis gelöscht wurde, erstellen Sie eine neue vollständige Sicherung.</translation>
    </message>
    <message>
        <source> on recovery path %1</source>
        <translation> auf Wiederherstellungspfad %1</translation>
    </message>
    <message>
        <source>Gap in the log chain%1: log backup %2 ends at LSN %3 (%4), but the next log backup, %5, starts at LSN %6 (%7). No log backup holds the log between them, so a restore from an earlier backup stops at %4; %8.</source>
        <translation>Lücke in der Protokollkette%1: Die Protokollsicherung %2 endet bei LSN %3 (%4), aber die nächste Protokollsicherung, %5, beginnt bei LSN %6 (%7). Keine Protokollsicherung enthält das Protokoll dazwischen, daher endet eine Wiederherstellung aus einer früheren Sicherung bei %4; %8.</translation>
    </message>
    <message>
        <source>%1 (%2 backups, %3 to %4)</source>
        <translation>%1 (%2 Sicherungen, %3 bis %4)</translation>
    </message>
    <message>
        <source>The history forks at LSN %1, in log backup %2 (%3): the database was restored to that point and recovered, which started recovery path %4. Before it: path %5. A restore follows one path; log backups of the other path cannot be applied past the fork.</source>
        <translation>Der Verlauf verzweigt sich bei LSN %1 in der Protokollsicherung %2 (%3): Die Datenbank wurde bis zu diesem Punkt wiederhergestellt und mit RECOVERY abgeschlossen, wodurch der Wiederherstellungspfad %4 begann. Davor: Pfad %5. Eine Wiederherstellung folgt einem Pfad; Protokollsicherungen des anderen Pfads können nicht über die Verzweigung hinaus angewendet werden.</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(nicht aufgezeichnet)</translation>
    </message>
    <message>
        <source>Recovery path %1 starts with %2 without a log backup across its fork: the database was restored and recovered, and nothing in this history links the backups of this path to those before it. A restore uses one path&apos;s backups only.</source>
        <translation>Der Wiederherstellungspfad %1 beginnt mit %2 ohne eine Protokollsicherung über seine Verzweigung hinweg: Die Datenbank wurde wiederhergestellt und mit RECOVERY abgeschlossen, und nichts in diesem Verlauf verbindet die Sicherungen dieses Pfads mit den vorherigen. Eine Wiederherstellung verwendet nur die Sicherungen eines Pfads.</translation>
    </message>
    <message>
        <source>Full backup %1 (%2) has no log backup after it</source>
        <translation>Nach der vollständigen Sicherung %1 (%2) folgt keine Protokollsicherung</translation>
    </message>
    <message>
        <source>%1 full backups, from %2 (%3) to %4 (%5), have no log backup after them</source>
        <translation>Nach %1 vollständigen Sicherungen, von %2 (%3) bis %4 (%5), folgt keine Protokollsicherung</translation>
    </message>
    <message>
        <source>%1 although the database is in FULL or BULK_LOGGED recovery: no point after %2 can be restored, and the log grows until a log backup truncates it. Schedule log backups, or use SIMPLE recovery if restoring the last full backup is enough.</source>
        <translation>%1, obwohl sich die Datenbank im Wiederherstellungsmodell FULL oder BULK_LOGGED befindet: Kein Zeitpunkt nach %2 kann wiederhergestellt werden, und das Protokoll wächst, bis eine Protokollsicherung es abschneidet. Planen Sie Protokollsicherungen, oder verwenden Sie das Wiederherstellungsmodell SIMPLE, wenn die Wiederherstellung der letzten vollständigen Sicherung ausreicht.</translation>
    </message>
    <message>
        <source>The longest time without a usable restore point is %1, from %2 (%3) to %4 (%5): a failure in that time would have lost everything since %2. Back up more often there, or check why the backups between them are missing or unusable.</source>
        <translation>Die längste Zeit ohne verwendbaren Wiederherstellungspunkt beträgt %1, von %2 (%3) bis %4 (%5): Bei einem Ausfall in dieser Zeit wäre alles seit %2 verloren gegangen. Sichern Sie dort häufiger, oder prüfen Sie, warum die Sicherungen dazwischen fehlen oder unbrauchbar sind.</translation>
    </message>
</context>
<context>
    <name>DataAccess</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>Lese-/Schreibzugriff</translation>
    </message>
</context>
<context>
    <name>DeferredTransactions</name>
    <message>
        <source>On %1 with %2 recovery, recovering stage 1 at step %3 while %4 is offline makes database startup fail: a transaction open since %5 touched %4, and transactions are only deferred on Enterprise under FULL or BULK_LOGGED (low confidence: verify on a test server, C-7).</source>
        <translation>In der Edition %1 mit dem Wiederherstellungsmodell %2 führt das Abschließen der Phase 1 mit RECOVERY in Schritt %3, während %4 offline ist, zu einem Fehler beim Starten der Datenbank: Eine seit %5 offene Transaktion hat %4 berührt, und Transaktionen werden nur in Enterprise unter FULL oder BULK_LOGGED zurückgestellt (geringe Sicherheit: auf einem Testserver überprüfen, C-7).</translation>
    </message>
    <message>
        <source>Restore %1 in stage 1 (add it to the FILEGROUP list of step %2), or recover to a point where no transaction touching %1 is open.</source>
        <translation>%1 in Phase 1 wiederherstellen (zur FILEGROUP-Liste von Schritt %2 hinzufügen) oder bis zu einem Zeitpunkt wiederherstellen, an dem keine Transaktion offen ist, die %1 berührt.</translation>
    </message>
    <message>
        <source>Recovering stage 1 at step %1 defers the transaction open since %2 that touched %3: its locks stay held and the log of %4 cannot truncate until %3 is restored (or removed).</source>
        <translation>Das Abschließen der Phase 1 mit RECOVERY in Schritt %1 stellt die seit %2 offene Transaktion zurück, die %3 berührt hat: Ihre Sperren bleiben bestehen, und das Protokoll von %4 kann erst abgeschnitten werden, wenn %3 wiederhergestellt (oder entfernt) ist.</translation>
    </message>
    <message>
        <source>Restore %1 soon after step %2.</source>
        <translation>%1 bald nach Schritt %2 wiederherstellen.</translation>
    </message>
    <message>
        <source>Deferred transactions on %1 keep the log of %2 from truncating, and this plan never restores %1: plan the restore of %1 soon (removing it instead makes it DEFUNCT).</source>
        <translation>Zurückgestellte Transaktionen in %1 verhindern, dass das Protokoll von %2 abgeschnitten wird, und dieser Plan stellt %1 nie wieder her: Planen Sie die Wiederherstellung von %1 zeitnah (wird sie stattdessen entfernt, wird sie DEFUNCT).</translation>
    </message>
    <message>
        <source>Insert RESTORE DATABASE … FILEGROUP = %1 FROM %2 WITH RECOVERY after step %3.</source>
        <translation>RESTORE DATABASE … FILEGROUP = %1 FROM %2 WITH RECOVERY nach Schritt %3 einfügen.</translation>
    </message>
    <message>
        <source>Add a restore of %1 after step %2 (the history has no backup of it: take one).</source>
        <translation>Wiederherstellung von %1 nach Schritt %2 hinzufügen (der Verlauf enthält keine Sicherung davon: erstellen Sie eine).</translation>
    </message>
</context>
<context>
    <name>DesignerStyle</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>KB</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>TB</source>
        <translation>TB</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
</context>
<context>
    <name>DifferentialChecks</name>
    <message>
        <source>This differential would be based on more than one backup, which is not allowed in SIMPLE recovery or for differential partial backups.</source>
        <translation>Diese differenzielle Sicherung würde auf mehr als einer Sicherung basieren; dies ist im Wiederherstellungsmodell SIMPLE und für differenzielle Teilsicherungen nicht zulässig.</translation>
    </message>
    <message>
        <source>Differential %1 (SIMPLE recovery) would be based on both %2 and %3: %4</source>
        <translation>Die differenzielle Sicherung %1 (Wiederherstellungsmodell SIMPLE) würde sowohl auf %2 als auch auf %3 basieren: %4</translation>
    </message>
    <message>
        <source>Differential %1 (SIMPLE recovery) is recorded as multi-based: %2</source>
        <translation>Die differenzielle Sicherung %1 (Wiederherstellungsmodell SIMPLE) ist als mehrbasiert aufgezeichnet: %2</translation>
    </message>
    <message>
        <source>Take a new full backup before %1.</source>
        <translation>Neue vollständige Sicherung vor %1 erstellen.</translation>
    </message>
    <message>
        <source>Take a partial backup (READ_WRITE_FILEGROUPS) before %1.</source>
        <translation>Teilsicherung (READ_WRITE_FILEGROUPS) vor %1 erstellen.</translation>
    </message>
    <message>
        <source>Differential partial backup %1 is based on %2, a %3 backup; a differential partial backup needs exactly one partial backup as its base.</source>
        <translation>Die differenzielle Teilsicherung %1 basiert auf %2, einer %3-Sicherung; eine differenzielle Teilsicherung benötigt genau eine Teilsicherung als Basis.</translation>
    </message>
    <message>
        <source>Differential partial backup %1 is recorded as multi-based: %2</source>
        <translation>Die differenzielle Teilsicherung %1 ist als mehrbasiert aufgezeichnet: %2</translation>
    </message>
    <message>
        <source>Differential partial backup %1 would be based on full backup %2, not on a partial backup; a differential partial backup needs exactly one partial backup as its base.</source>
        <translation>Die differenzielle Teilsicherung %1 würde auf der vollständigen Sicherung %2 basieren, nicht auf einer Teilsicherung; eine differenzielle Teilsicherung benötigt genau eine Teilsicherung als Basis.</translation>
    </message>
    <message>
        <source>Differential partial backup %1 would be based on both partial backup %2 and file backup %3 (of %4): %5</source>
        <translation>Die differenzielle Teilsicherung %1 würde sowohl auf der Teilsicherung %2 als auch auf der Dateisicherung %3 (von %4) basieren: %5</translation>
    </message>
    <message>
        <source>Filegroup %1 became %2 at %3, after partial base %4 and before differential partial backup %5; take a file backup of %1 and a new partial backup.</source>
        <translation>Die Dateigruppe %1 wurde bei %3 auf %2 gesetzt, nach der Teilbasis %4 und vor der differenziellen Teilsicherung %5; erstellen Sie eine Dateisicherung von %1 und eine neue Teilsicherung.</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>read/write</source>
        <translation>Lese-/Schreibzugriff</translation>
    </message>
    <message>
        <source>Take a file backup of %1 and a new partial backup before %2.</source>
        <translation>Dateisicherung von %1 und neue Teilsicherung vor %2 erstellen.</translation>
    </message>
    <message>
        <source>Differential file backup %1 includes %2, which is read/write: under SIMPLE recovery a differential file backup can include only read-only filegroups; use a (differential) partial backup for read/write data.</source>
        <translation>Die differenzielle Dateisicherung %1 enthält %2 mit Lese-/Schreibzugriff: Im Wiederherstellungsmodell SIMPLE kann eine differenzielle Dateisicherung nur schreibgeschützte Dateigruppen enthalten; verwenden Sie für Daten mit Lese-/Schreibzugriff eine (differenzielle) Teilsicherung.</translation>
    </message>
    <message>
        <source>Back up %1 with a differential partial backup (READ_WRITE_FILEGROUPS).</source>
        <translation>%1 mit einer differenziellen Teilsicherung (READ_WRITE_FILEGROUPS) sichern.</translation>
    </message>
    <message>
        <source>Differential %1 of read-only database %2 may not be based on the latest full backup: a read-only database loses its differential base when it is restored, rebuilt or attached, and the history does not record %1&apos;s base (differentialBaseGuid).</source>
        <translation>Die differenzielle Sicherung %1 der schreibgeschützten Datenbank %2 basiert möglicherweise nicht auf der letzten vollständigen Sicherung: Eine schreibgeschützte Datenbank verliert ihre differenzielle Basis, wenn sie wiederhergestellt, neu erstellt oder angefügt wird, und der Verlauf zeichnet die Basis von %1 nicht auf (differentialBaseGuid).</translation>
    </message>
    <message>
        <source>Take a new full backup, or record %1&apos;s DifferentialBaseGUID from RESTORE HEADERONLY.</source>
        <translation>Neue vollständige Sicherung erstellen oder die DifferentialBaseGUID von %1 aus RESTORE HEADERONLY erfassen.</translation>
    </message>
    <message>
        <source>%1 has both database differentials (%2) and differential file backups (%3); mixing database differentials and file differentials makes restore planning error-prone.</source>
        <translation>%1 hat sowohl differenzielle Datenbanksicherungen (%2) als auch differenzielle Dateisicherungen (%3); die Mischung beider macht die Wiederherstellungsplanung fehleranfällig.</translation>
    </message>
    <message>
        <source>Keep one differential scheme: either database or file differentials.</source>
        <translation>Ein einziges differenzielles Schema beibehalten: entweder differenzielle Datenbank- oder Dateisicherungen.</translation>
    </message>
</context>
<context>
    <name>EditGate</name>
    <message>
        <source>Edit Refused</source>
        <translation>Bearbeitung abgelehnt</translation>
    </message>
    <message>
        <source>Refused: %1.

%2</source>
        <translation>Abgelehnt: %1.

%2</translation>
    </message>
    <message>
        <source>Change Backups and Steps?</source>
        <translation>Sicherungen und Schritte ändern?</translation>
    </message>
    <message>
        <source>%1 also changes the designed history and plans:</source>
        <translation>%1 ändert auch den entworfenen Verlauf und die Pläne:</translation>
    </message>
    <message>
        <source>

Undo gives them back.</source>
        <translation>

Mit „Rückgängig“ werden sie wiederhergestellt.</translation>
    </message>
    <message>
        <source>Change Them</source>
        <translation>Ändern</translation>
    </message>
</context>
<context>
    <name>EditRefusal</name>
    <message>
        <source>The database already has a file named %1: logical file names are unique in a database.</source>
        <translation>Die Datenbank hat bereits eine Datei mit dem Namen %1: Logische Dateinamen sind innerhalb einer Datenbank eindeutig.</translation>
    </message>
    <message>
        <source>A file&apos;s path cannot hold a NUL character.</source>
        <translation>Der Pfad einer Datei darf kein NUL-Zeichen enthalten.</translation>
    </message>
    <message>
        <source>A file&apos;s size cannot be negative.</source>
        <translation>Die Größe einer Datei darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The database already has a filegroup named %1: filegroup names are unique in a database.</source>
        <translation>Die Datenbank hat bereits eine Dateigruppe mit dem Namen %1: Dateigruppennamen sind innerhalb einer Datenbank eindeutig.</translation>
    </message>
    <message>
        <source>PRIMARY cannot be renamed: it is the filegroup of the primary data file and the system tables.</source>
        <translation>PRIMARY kann nicht umbenannt werden: Es ist die Dateigruppe der primären Datendatei und der Systemtabellen.</translation>
    </message>
    <message>
        <source>PRIMARY is a ROWS filegroup: it cannot hold FILESTREAM or memory-optimized data.</source>
        <translation>PRIMARY ist eine ROWS-Dateigruppe: Sie kann keine FILESTREAM- oder speicheroptimierten Daten enthalten.</translation>
    </message>
    <message>
        <source>The database already has a memory-optimized filegroup, %1: a database has at most one MEMORY_OPTIMIZED_DATA filegroup.</source>
        <translation>Die Datenbank hat bereits eine speicheroptimierte Dateigruppe, %1: Eine Datenbank hat höchstens eine MEMORY_OPTIMIZED_DATA-Dateigruppe.</translation>
    </message>
    <message>
        <source>The memory-optimized filegroup %1 cannot be made READ_ONLY.</source>
        <translation>Die speicheroptimierte Dateigruppe %1 kann nicht auf READ_ONLY gesetzt werden.</translation>
    </message>
    <message>
        <source>Filegroup %1 names file %2 twice: logical file names are unique in a database.</source>
        <translation>Die Dateigruppe %1 nennt die Datei %2 zweimal: Logische Dateinamen sind innerhalb einer Datenbank eindeutig.</translation>
    </message>
    <message>
        <source>The database has no filegroup named %1.</source>
        <translation>Die Datenbank hat keine Dateigruppe mit dem Namen %1.</translation>
    </message>
    <message>
        <source>The database has no data file named %1.</source>
        <translation>Die Datenbank hat keine Datendatei mit dem Namen %1.</translation>
    </message>
    <message>
        <source>%1 is the primary data file: it cannot be removed or leave PRIMARY.</source>
        <translation>%1 ist die primäre Datendatei: Sie kann weder entfernt werden noch PRIMARY verlassen.</translation>
    </message>
    <message>
        <source>%1 is the last file of filegroup %2, which needs one to hold its data: remove the filegroup instead, or add another file first.</source>
        <translation>%1 ist die letzte Datei der Dateigruppe %2, die eine Datei für ihre Daten benötigt: Entfernen Sie stattdessen die Dateigruppe, oder fügen Sie zuerst eine andere Datei hinzu.</translation>
    </message>
    <message>
        <source>PRIMARY cannot be removed: it holds the primary data file and the system tables.</source>
        <translation>PRIMARY kann nicht entfernt werden: Sie enthält die primäre Datendatei und die Systemtabellen.</translation>
    </message>
    <message>
        <source>%1 is already in filegroup %2.</source>
        <translation>%1 befindet sich bereits in der Dateigruppe %2.</translation>
    </message>
    <message>
        <source>%1 holds %2 data and cannot move to the %3 filegroup %4: a file holds one kind of data.</source>
        <translation>%1 enthält %2-Daten und kann nicht in die %3-Dateigruppe %4 verschoben werden: Eine Datei enthält nur eine Art von Daten.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) no longer name it in their scope: %1.</source>
        <translation>
            <numerusform>%n Sicherung nennt sie nicht mehr in ihrem Umfang: %1.</numerusform>
            <numerusform>%n Sicherungen nennen sie nicht mehr in ihrem Umfang: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) that name it are removed.</source>
        <translation>
            <numerusform>%n Ereignis, das sie nennt, wird entfernt.</numerusform>
            <numerusform>%n Ereignisse, die sie nennen, werden entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan %1: %n step(s) no longer name it (%2).</source>
        <translation>
            <numerusform>Plan %1: %n Schritt nennt sie nicht mehr (%2).</numerusform>
            <numerusform>Plan %1: %n Schritte nennen sie nicht mehr (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>A CFP snapshot needs a time on the timeline.</source>
        <translation>Eine CFP-Momentaufnahme benötigt einen Zeitpunkt auf der Zeitachse.</translation>
    </message>
    <message>
        <source>%1 is not a state of the SQL Server %2 DMV.</source>
        <translation>%1 ist kein Zustand der DMV von SQL Server %2.</translation>
    </message>
    <message>
        <source>SQL Server 2014 has no %1 checkpoint files.</source>
        <translation>SQL Server 2014 hat keine %1-Prüfpunktdateien.</translation>
    </message>
    <message>
        <source>The database has no data or log file named %1.</source>
        <translation>Die Datenbank hat keine Daten- oder Protokolldatei mit dem Namen %1.</translation>
    </message>
    <message>
        <source>%1 is the last log file: a database needs a transaction log.</source>
        <translation>%1 ist die letzte Protokolldatei: Eine Datenbank benötigt ein Transaktionsprotokoll.</translation>
    </message>
    <message>
        <source>%1 is the primary log file: SQL Server cannot remove it (only the log files added after it).</source>
        <translation>%1 ist die primäre Protokolldatei: SQL Server kann sie nicht entfernen (nur die danach hinzugefügten Protokolldateien).</translation>
    </message>
    <message>
        <source>%1 is a log file: log files belong to no filegroup.</source>
        <translation>%1 ist eine Protokolldatei: Protokolldateien gehören zu keiner Dateigruppe.</translation>
    </message>
    <message>
        <source>A file needs a name.</source>
        <translation>Eine Datei benötigt einen Namen.</translation>
    </message>
    <message>
        <source>A filegroup needs a name.</source>
        <translation>Eine Dateigruppe benötigt einen Namen.</translation>
    </message>
    <message>
        <source>A database needs a name.</source>
        <translation>Eine Datenbank benötigt einen Namen.</translation>
    </message>
    <message>
        <source>A file name holds at most %1 characters (sysname); this one has %2.</source>
        <translation>Der Name einer Datei darf höchstens %1 Zeichen enthalten (sysname); dieser hat %2.</translation>
    </message>
    <message>
        <source>A filegroup name holds at most %1 characters (sysname); this one has %2.</source>
        <translation>Der Name einer Dateigruppe darf höchstens %1 Zeichen enthalten (sysname); dieser hat %2.</translation>
    </message>
    <message>
        <source>A database name holds at most %1 characters (sysname); this one has %2.</source>
        <translation>Der Name einer Datenbank darf höchstens %1 Zeichen enthalten (sysname); dieser hat %2.</translation>
    </message>
    <message>
        <source>A file name cannot hold a NUL character.</source>
        <translation>Der Name einer Datei darf kein NUL-Zeichen enthalten.</translation>
    </message>
    <message>
        <source>A filegroup name cannot hold a NUL character.</source>
        <translation>Der Name einer Dateigruppe darf kein NUL-Zeichen enthalten.</translation>
    </message>
    <message>
        <source>A database name cannot hold a NUL character.</source>
        <translation>Der Name einer Datenbank darf kein NUL-Zeichen enthalten.</translation>
    </message>
</context>
<context>
    <name>EndStateChecks</name>
    <message>
        <source>The plan is unfinished: after its last step (%1) %2 is still RESTORING, so no filegroup is online and nobody can use the database until a RESTORE … WITH RECOVERY runs.</source>
        <translation>Der Plan ist nicht abgeschlossen: Nach seinem letzten Schritt (%1) ist %2 weiterhin RESTORING, daher ist keine Dateigruppe online, und niemand kann die Datenbank verwenden, bis ein RESTORE … WITH RECOVERY ausgeführt wird.</translation>
    </message>
    <message>
        <source>Append RESTORE DATABASE %1 WITH RECOVERY (a recovery-only step).</source>
        <translation>RESTORE DATABASE %1 WITH RECOVERY anfügen (ein reiner RECOVERY-Schritt).</translation>
    </message>
</context>
<context>
    <name>EnvironmentChecks</name>
    <message>
        <source>Backup %1 (step %2) was taken on a newer SQL Server (%3) than the target (%4); it cannot be restored there.</source>
        <translation>Die Sicherung %1 (Schritt %2) wurde auf einer neueren SQL Server-Version (%3) als dem Ziel (%4) erstellt; sie kann dort nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Restore on a server running SQL Server %1 or later.</source>
        <translation>Auf einem Server mit SQL Server %1 oder höher wiederherstellen.</translation>
    </message>
    <message>
        <source>Backup %1 (step %2) of system database %3 was taken on SQL Server %4; a backup of master, model or msdb restores only on exactly the same version, and the target runs %5.</source>
        <translation>Die Sicherung %1 (Schritt %2) der Systemdatenbank %3 wurde auf SQL Server %4 erstellt; eine Sicherung von master, model oder msdb lässt sich nur auf genau derselben Version wiederherstellen, und auf dem Ziel wird %5 ausgeführt.</translation>
    </message>
    <message>
        <source>Restore on a server running exactly SQL Server %1.</source>
        <translation>Auf einem Server mit genau SQL Server %1 wiederherstellen.</translation>
    </message>
    <message>
        <source>Backup %1 (step %2) is encrypted; make sure the certificate or asymmetric key that protects it exists on the target server before running the script, or it cannot be restored.</source>
        <translation>Die Sicherung %1 (Schritt %2) ist verschlüsselt; stellen Sie sicher, dass das Zertifikat oder der asymmetrische Schlüssel, der sie schützt, auf dem Zielserver vorhanden ist, bevor Sie das Skript ausführen, da sie sonst nicht wiederhergestellt werden kann.</translation>
    </message>
    <message>
        <source>Restore the certificate (CREATE CERTIFICATE … FROM FILE … WITH PRIVATE KEY) on the target, then mark the certificates as available in the environment.</source>
        <translation>Zertifikat auf dem Ziel wiederherstellen (CREATE CERTIFICATE … FROM FILE … WITH PRIVATE KEY) und die Zertifikate anschließend in der Umgebung als verfügbar kennzeichnen.</translation>
    </message>
    <message>
        <source>%1 is joined to an availability group, so SQL Server refuses step %2. Remove %1 from its availability group before restoring it, and add it back afterwards.</source>
        <translation>%1 ist einer Verfügbarkeitsgruppe beigetreten, daher lehnt SQL Server Schritt %2 ab. Entfernen Sie %1 vor der Wiederherstellung aus der Verfügbarkeitsgruppe, und fügen Sie die Datenbank danach wieder hinzu.</translation>
    </message>
    <message>
        <source>%1 is mirrored, so SQL Server refuses step %2. Remove %1 from its mirroring session before restoring it.</source>
        <translation>%1 wird gespiegelt, daher lehnt SQL Server Schritt %2 ab. Entfernen Sie %1 vor der Wiederherstellung aus der Spiegelungssitzung.</translation>
    </message>
    <message>
        <source>Run ALTER AVAILABILITY GROUP … REMOVE DATABASE %1 first.</source>
        <translation>Zuerst ALTER AVAILABILITY GROUP … REMOVE DATABASE %1 ausführen.</translation>
    </message>
    <message>
        <source>Run ALTER DATABASE %1 SET PARTNER OFF first.</source>
        <translation>Zuerst ALTER DATABASE %1 SET PARTNER OFF ausführen.</translation>
    </message>
    <message>
        <source>%1 holds ≈%2 of memory-optimized data (%3), loaded into memory before the database comes online after step %4; the target&apos;s resource pool must have at least that much free memory, or the restored database will come up SUSPECT. The target&apos;s memory is not stated.</source>
        <translation>%1 enthält ≈%2 speicheroptimierte Daten (%3), die nach Schritt %4 in den Arbeitsspeicher geladen werden, bevor die Datenbank online geschaltet wird; der Ressourcenpool des Ziels muss mindestens so viel freien Arbeitsspeicher haben, sonst wird die wiederhergestellte Datenbank SUSPECT. Der Arbeitsspeicher des Ziels ist nicht angegeben.</translation>
    </message>
    <message>
        <source>%1 holds ≈%2 of memory-optimized data (%3) but the target&apos;s resource pool has only %4: the database restored by step %5 will come up SUSPECT.</source>
        <translation>%1 enthält ≈%2 speicheroptimierte Daten (%3), aber der Ressourcenpool des Ziels hat nur %4: Die von Schritt %5 wiederhergestellte Datenbank wird SUSPECT.</translation>
    </message>
    <message>
        <source>Make sure the target has at least %1 free for %2 (MAX_MEMORY_PERCENT of its resource pool), then state it in the environment.</source>
        <translation>Sicherstellen, dass das Ziel mindestens %1 für %2 frei hat (MAX_MEMORY_PERCENT seines Ressourcenpools), und dies dann in der Umgebung angeben.</translation>
    </message>
    <message>
        <source>The target server uses fiber mode (lightweight pooling); %1 has the memory-optimized filegroup %2, so the restore at step %3 fails and the database is marked SUSPECT.</source>
        <translation>Der Zielserver verwendet den Fibermodus (Lightweightpooling); %1 hat die speicheroptimierte Dateigruppe %2, daher schlägt die Wiederherstellung in Schritt %3 fehl, und die Datenbank wird als SUSPECT markiert.</translation>
    </message>
    <message>
        <source>Turn off &apos;lightweight pooling&apos; on the target (sp_configure) and restart it before restoring.</source>
        <translation>„lightweight pooling“ auf dem Ziel deaktivieren (sp_configure) und den Server vor der Wiederherstellung neu starten.</translation>
    </message>
    <message>
        <source>FILESTREAM container %1 of %2 (restored by step %3) must be on NTFS; the target&apos;s FILESTREAM volume is stated as not NTFS, so SQL Server refuses the restore.</source>
        <translation>Der FILESTREAM-Container %1 von %2 (von Schritt %3 wiederhergestellt) muss sich auf NTFS befinden; das FILESTREAM-Volume des Ziels ist als Nicht-NTFS angegeben, daher lehnt SQL Server die Wiederherstellung ab.</translation>
    </message>
    <message>
        <source>MOVE the FILESTREAM containers of %1 to an NTFS volume in step %2.</source>
        <translation>Die FILESTREAM-Container von %1 in Schritt %2 mit MOVE auf ein NTFS-Volume verschieben.</translation>
    </message>
</context>
<context>
    <name>FileRestore</name>
    <message>
        <source>%1 is %2 in %3; step %4 cannot restore it from %5: it can never be restored into this database (restore the whole database to a new name instead).</source>
        <translation>%1 ist in %3 %2; Schritt %4 kann sie nicht aus %5 wiederherstellen: Sie kann nie wieder in diese Datenbank wiederhergestellt werden (stellen Sie stattdessen die gesamte Datenbank unter einem neuen Namen wieder her).</translation>
    </message>
    <message>
        <source>DEFUNCT</source>
        <translation>DEFUNCT</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>Remove step %1; to get the data of %2 back, restore the whole database under a new name (WITH MOVE).</source>
        <translation>Schritt %1 entfernen; um die Daten von %2 zurückzuerhalten, die gesamte Datenbank unter einem neuen Namen wiederherstellen (WITH MOVE).</translation>
    </message>
    <message>
        <source>Backup %1 lacks file(s) %2 of filegroup %3; add a restore of those files or %3 stays offline.</source>
        <translation>Der Sicherung %1 fehlen die Dateien %2 der Dateigruppe %3; fügen Sie eine Wiederherstellung dieser Dateien hinzu, sonst bleibt %3 offline.</translation>
    </message>
    <message>
        <source>Step %1 restores them from %2.</source>
        <translation>Schritt %1 stellt sie aus %2 wieder her.</translation>
    </message>
    <message>
        <source>Insert RESTORE DATABASE … FILE = %1 FROM %2 WITH NORECOVERY after step %3.</source>
        <translation>RESTORE DATABASE … FILE = %1 FROM %2 WITH NORECOVERY nach Schritt %3 einfügen.</translation>
    </message>
    <message>
        <source>Add RESTORE DATABASE … FILE = %1 from a backup that holds them, before %2 is recovered (the history has none: take one).</source>
        <translation>RESTORE DATABASE … FILE = %1 aus einer Sicherung, die sie enthält, hinzufügen, bevor %2 mit RECOVERY abgeschlossen wird (der Verlauf enthält keine: erstellen Sie eine).</translation>
    </message>
    <message>
        <source>File backup %1 of %2 is not consistent with %3, the backup PRIMARY was restored from: %2 was read/write at some point between them, and SIMPLE recovery has no log to reconcile them, so step %4 cannot recover %2.</source>
        <translation>Die Dateisicherung %1 von %2 ist nicht konsistent mit %3, der Sicherung, aus der PRIMARY wiederhergestellt wurde: %2 hatte zwischen beiden zeitweise Lese-/Schreibzugriff, und das Wiederherstellungsmodell SIMPLE hat kein Protokoll, um sie abzugleichen, daher kann Schritt %4 %2 nicht mit RECOVERY abschließen.</translation>
    </message>
    <message>
        <source>Restore %1 from %2, the backup PRIMARY comes from, at step %3.</source>
        <translation>%1 in Schritt %3 aus %2 wiederherstellen, der Sicherung, aus der PRIMARY stammt.</translation>
    </message>
    <message>
        <source>Restore %1 from %2 at step %3: it was read-only from that backup through %4.</source>
        <translation>%1 in Schritt %3 aus %2 wiederherstellen: Die Dateigruppe war ab dieser Sicherung bis %4 schreibgeschützt.</translation>
    </message>
    <message>
        <source>Restore %1 from a file backup taken while it was read-only through %2 (the history has none: take one).</source>
        <translation>%1 aus einer Dateisicherung wiederherstellen, die erstellt wurde, während die Dateigruppe bis %2 schreibgeschützt war (der Verlauf enthält keine: erstellen Sie eine).</translation>
    </message>
    <message>
        <source>Restoring %1 to an earlier point from file backups needs backups of all files: %2 would stay at the end of the log, so step %3 cannot recover.</source>
        <translation>Die Wiederherstellung von %1 bis zu einem früheren Zeitpunkt aus Dateisicherungen erfordert Sicherungen aller Dateien: %2 bliebe am Ende des Protokolls, daher kann Schritt %3 nicht mit RECOVERY abschließen.</translation>
    </message>
    <message>
        <source>Restore %1 in this sequence too (choose backups that end before the target), or restore to the end of the log.</source>
        <translation>%1 ebenfalls in dieser Sequenz wiederherstellen (Sicherungen auswählen, die vor dem Ziel enden) oder bis zum Ende des Protokolls wiederherstellen.</translation>
    </message>
    <message>
        <source>Take a tail-log backup before restoring %1 at step %2: the rest of %3 stays at the end of the log, and no log backup holds that end, so %1 can never catch up with it.</source>
        <translation>Vor der Wiederherstellung von %1 in Schritt %2 eine Sicherung des Protokollfragments erstellen: Der Rest von %3 bleibt am Ende des Protokolls, und keine Protokollsicherung enthält dieses Ende, daher kann %1 es nie einholen.</translation>
    </message>
    <message>
        <source>Read/write file %1 restored from %2 must be rolled forward through the tail-log backup of step %3 before it can be recovered, but that step names no backup to restore.</source>
        <translation>Die Datei %1 mit Lese-/Schreibzugriff, die aus %2 wiederhergestellt wurde, muss mit der Sicherung des Protokollfragments aus Schritt %3 einem Rollforward unterzogen werden, bevor sie mit RECOVERY abgeschlossen werden kann, aber dieser Schritt nennt keine wiederherzustellende Sicherung.</translation>
    </message>
    <message>
        <source>Give step %1 a backup and restore it last.</source>
        <translation>Schritt %1 eine Sicherung zuweisen und diese zuletzt wiederherstellen.</translation>
    </message>
    <message>
        <source>Read/write file %1 restored from %2 must be rolled forward with every log backup through %3 (LSN %4, the end of the log) before it can be recovered; it is at LSN %5.</source>
        <translation>Die Datei %1 mit Lese-/Schreibzugriff, die aus %2 wiederhergestellt wurde, muss mit jeder Protokollsicherung bis %3 (LSN %4, das Ende des Protokolls) einem Rollforward unterzogen werden, bevor sie mit RECOVERY abgeschlossen werden kann; sie befindet sich bei LSN %5.</translation>
    </message>
    <message>
        <source>Restore the log backups from LSN %1 through %2 before step %3 recovers (the history lacks some).</source>
        <translation>Protokollsicherungen von LSN %1 bis %2 wiederherstellen, bevor Schritt %3 mit RECOVERY abschließt (im Verlauf fehlen einige).</translation>
    </message>
</context>
<context>
    <name>FilegroupCommands</name>
    <message>
        <source>Add filegroup %1</source>
        <translation>Dateigruppe %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove filegroup %1</source>
        <translation>Dateigruppe %1 entfernen</translation>
    </message>
    <message>
        <source>Rename filegroup %1 to %2</source>
        <translation>Dateigruppe %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Make %1 read-only</source>
        <translation>%1 schreibgeschützt machen</translation>
    </message>
    <message>
        <source>Make %1 read/write</source>
        <translation>%1 mit Lese-/Schreibzugriff versehen</translation>
    </message>
    <message>
        <source>Make %1 a %2 filegroup</source>
        <translation>%1 zu einer %2-Dateigruppe machen</translation>
    </message>
    <message>
        <source>Add file %1 to %2</source>
        <translation>Datei %1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>Remove file %1</source>
        <translation>Datei %1 entfernen</translation>
    </message>
    <message>
        <source>Change file %1</source>
        <translation>Datei %1 ändern</translation>
    </message>
    <message>
        <source>Rename file %1 to %2</source>
        <translation>Datei %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Move file %1 to %2</source>
        <translation>Datei %1 nach %2 verschieben</translation>
    </message>
    <message>
        <source>Add log file %1</source>
        <translation>Protokolldatei %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Filegroup</source>
        <translation>Dateigruppe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>(log)</source>
        <translation>(Protokoll)</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>After step</source>
        <translation>Nach Schritt</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>(before)</source>
        <translation>(vorher)</translation>
    </message>
    <message>
        <source>%1 (refused: %2)</source>
        <translation>%1 (abgelehnt: %2)</translation>
    </message>
    <message>
        <source>No findings: the plan passes every check.</source>
        <translation>Keine Befunde: Der Plan besteht alle Prüfungen.</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>history</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>No plan.</source>
        <translation>Kein Plan.</translation>
    </message>
    <message>
        <source>Restore plan: %1</source>
        <translation>Wiederherstellungsplan: %1</translation>
    </message>
    <message>
        <source>Database &lt;b&gt;%1&lt;/b&gt;, %2 recovery.</source>
        <translation>Datenbank &lt;b&gt;%1&lt;/b&gt;, Wiederherstellungsmodell %2.</translation>
    </message>
    <message>
        <source>Database layout</source>
        <translation>Datenbanklayout</translation>
    </message>
    <message>
        <source>Backup history</source>
        <translation>Sicherungsverlauf</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>States after each step</source>
        <translation>Zustände nach jedem Schritt</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Restore script (T-SQL)</source>
        <translation>Wiederherstellungsskript (T-SQL)</translation>
    </message>
    <message>
        <source>Restore plan handout</source>
        <translation>Handout zum Wiederherstellungsplan</translation>
    </message>
</context>
<context>
    <name>HistoryChecks</name>
    <message>
        <source>Backup %1 names filegroup &quot;%2&quot;, which is not in the layout of %3.</source>
        <translation>Die Sicherung %1 nennt die Dateigruppe „%2“, die nicht im Layout von %3 enthalten ist.</translation>
    </message>
    <message>
        <source>Backup %1 names file &quot;%2&quot;, which is not in the layout of %3.</source>
        <translation>Die Sicherung %1 nennt die Datei „%2“, die nicht im Layout von %3 enthalten ist.</translation>
    </message>
    <message>
        <source>Backup %1: the memory-optimized filegroup %2 must be backed up together with PRIMARY (and vice versa); SQL Server refuses this backup.</source>
        <translation>Sicherung %1: Die speicheroptimierte Dateigruppe %2 muss zusammen mit PRIMARY gesichert werden (und umgekehrt); SQL Server lehnt diese Sicherung ab.</translation>
    </message>
    <message>
        <source>Add FILEGROUP = %1 to backup %2.</source>
        <translation>FILEGROUP = %1 zur Sicherung %2 hinzufügen.</translation>
    </message>
    <message>
        <source>Log backup %1 cannot exist: the database was in SIMPLE recovery when it was taken.</source>
        <translation>Die Protokollsicherung %1 kann nicht existieren: Die Datenbank befand sich bei ihrer Erstellung im Wiederherstellungsmodell SIMPLE.</translation>
    </message>
    <message>
        <source>Switch %1 to FULL recovery and take a full backup before this log backup.</source>
        <translation>%1 auf das Wiederherstellungsmodell FULL umstellen und vor dieser Protokollsicherung eine vollständige Sicherung erstellen.</translation>
    </message>
    <message>
        <source>Log backup %1 cannot exist: no regular (not copy-only) full backup was taken before it, so the log chain had not started.</source>
        <translation>Die Protokollsicherung %1 kann nicht existieren: Vor ihr wurde keine reguläre vollständige Sicherung (keine Kopiesicherung) erstellt, daher hatte die Protokollkette noch nicht begonnen.</translation>
    </message>
    <message>
        <source>An event at %1 names filegroup &quot;%2&quot;, which is not in the layout.</source>
        <translation>Ein Ereignis bei %1 nennt die Dateigruppe „%2“, die nicht im Layout enthalten ist.</translation>
    </message>
    <message>
        <source>Take %1 without COPY_ONLY, so that it starts the log chain.</source>
        <translation>%1 ohne COPY_ONLY erstellen, damit sie die Protokollkette beginnt.</translation>
    </message>
    <message>
        <source>Add a full backup before %1 to the history (choose when it is taken).</source>
        <translation>Eine vollständige Sicherung vor %1 zum Verlauf hinzufügen (Zeitpunkt der Erstellung auswählen).</translation>
    </message>
    <message>
        <source>The FAILURE at %1 names filegroup &quot;%2&quot;, which is not in the layout.</source>
        <translation>Der FAILURE bei %1 nennt die Dateigruppe „%2“, die nicht im Layout enthalten ist.</translation>
    </message>
    <message>
        <source>The FAILURE at %1 names file &quot;%2&quot;, which is not a data file of the layout of %3 (a damaged log is &quot;logDamaged&quot;).</source>
        <translation>Der FAILURE bei %1 nennt die Datei „%2“, die keine Datendatei im Layout von %3 ist (ein beschädigtes Protokoll ist „logDamaged“).</translation>
    </message>
</context>
<context>
    <name>ListText</name>
    <message>
        <source>%1 … %2 (%3 in all)</source>
        <translation>%1 … %2 (insgesamt %3)</translation>
    </message>
</context>
<context>
    <name>LogChain</name>
    <message>
        <source>Step %1 used CONTINUE_AFTER_ERROR, so every later step of this restore sequence must repeat it; SQL Server refuses step %2 without it.</source>
        <translation>Schritt %1 hat CONTINUE_AFTER_ERROR verwendet, daher muss jeder spätere Schritt dieser Wiederherstellungssequenz die Option wiederholen; SQL Server lehnt Schritt %2 ohne sie ab.</translation>
    </message>
    <message>
        <source>Add CONTINUE_AFTER_ERROR to step %1.</source>
        <translation>CONTINUE_AFTER_ERROR zu Schritt %1 hinzufügen.</translation>
    </message>
    <message>
        <source>Backup %1 was taken from a damaged database (or its media is damaged); WITH CONTINUE_AFTER_ERROR step %2 restores it, but the result may be inconsistent. Run DBCC CHECKDB afterwards.</source>
        <translation>Die Sicherung %1 wurde von einer beschädigten Datenbank erstellt (oder ihre Medien sind beschädigt); Schritt %2 stellt sie WITH CONTINUE_AFTER_ERROR wieder her, aber das Ergebnis ist möglicherweise inkonsistent. Führen Sie anschließend DBCC CHECKDB aus.</translation>
    </message>
    <message>
        <source>Backup %1 was taken from a damaged database; it only restores WITH CONTINUE_AFTER_ERROR, and every later step must repeat that option. Run DBCC CHECKDB afterwards.</source>
        <translation>Die Sicherung %1 wurde von einer beschädigten Datenbank erstellt; sie lässt sich nur WITH CONTINUE_AFTER_ERROR wiederherstellen, und jeder spätere Schritt muss diese Option wiederholen. Führen Sie anschließend DBCC CHECKDB aus.</translation>
    </message>
    <message>
        <source>Add CONTINUE_AFTER_ERROR to step %1 and every later step of the sequence, or restore an undamaged backup.</source>
        <translation>CONTINUE_AFTER_ERROR zu Schritt %1 und jedem späteren Schritt der Sequenz hinzufügen oder eine unbeschädigte Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>Differential %1 is multi-based (msdb records no single base): file %2 of %3 needs base %4 restored first, but it was last restored from %5.</source>
        <translation>Die differenzielle Sicherung %1 ist mehrbasiert (msdb zeichnet keine einzelne Basis auf): Für die Datei %2 von %3 muss zuerst die Basis %4 wiederhergestellt werden, aber sie wurde zuletzt aus %5 wiederhergestellt.</translation>
    </message>
    <message>
        <source>(a backup missing from this history)</source>
        <translation>(eine Sicherung, die in diesem Verlauf fehlt)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>keiner Sicherung</translation>
    </message>
    <message>
        <source>Restore %1 (FILE = &apos;%2&apos;) WITH NORECOVERY before step %3.</source>
        <translation>%1 (FILE = &apos;%2&apos;) WITH NORECOVERY vor Schritt %3 wiederherstellen.</translation>
    </message>
    <message>
        <source>Step %1 restores differential %2 after differential %3 (step %4) of the same base: differentials are cumulative, so the newer one alone is enough (whether SQL Server accepts a second one is not documented).</source>
        <translation>Schritt %1 stellt die differenzielle Sicherung %2 nach der differenziellen Sicherung %3 (Schritt %4) mit derselben Basis wieder her: Differenzielle Sicherungen sind kumulativ, daher genügt die neuere allein (ob SQL Server eine zweite akzeptiert, ist nicht dokumentiert).</translation>
    </message>
    <message>
        <source>Remove step %1 and the log restores between steps %1 and %2.</source>
        <translation>Schritt %1 und die Protokollwiederherstellungen zwischen den Schritten %1 und %2 entfernen.</translation>
    </message>
    <message>
        <source>Remove step %1.</source>
        <translation>Schritt %1 entfernen.</translation>
    </message>
    <message>
        <source>Restore %1 instead of %2 at step %3.</source>
        <translation>%1 statt %2 in Schritt %3 wiederherstellen.</translation>
    </message>
    <message>
        <source>Log backup %1 is damaged (or its media is lost): SQL Server restores it only WITH CONTINUE_AFTER_ERROR, and no later log backup can be applied without it. The latest reachable point is %2.</source>
        <translation>Die Protokollsicherung %1 ist beschädigt (oder ihre Medien sind verloren): SQL Server stellt sie nur WITH CONTINUE_AFTER_ERROR wieder her, und ohne sie kann keine spätere Protokollsicherung angewendet werden. Der späteste erreichbare Zeitpunkt ist %2.</translation>
    </message>
    <message>
        <source>Add CONTINUE_AFTER_ERROR to step %1 if the media can be read (then run DBCC CHECKDB), or recover before step %1 with the plan&apos;s target set to %2.</source>
        <translation>CONTINUE_AFTER_ERROR zu Schritt %1 hinzufügen, wenn die Medien lesbar sind (danach DBCC CHECKDB ausführen), oder vor Schritt %1 mit RECOVERY abschließen und das Ziel des Plans auf %2 setzen.</translation>
    </message>
    <message>
        <source>Log backup %1, which covers LSN %2, is damaged or lost, so %3 cannot follow at step %4: the latest reachable point is %5.</source>
        <translation>Die Protokollsicherung %1, die LSN %2 abdeckt, ist beschädigt oder verloren, daher kann %3 nicht in Schritt %4 folgen: Der späteste erreichbare Zeitpunkt ist %5.</translation>
    </message>
    <message>
        <source>Recover at %1 (set the plan&apos;s target there), or restore %2 WITH CONTINUE_AFTER_ERROR before step %3 if its media can be read.</source>
        <translation>Bei %1 mit RECOVERY abschließen (das Ziel des Plans dorthin setzen) oder %2 vor Schritt %3 WITH CONTINUE_AFTER_ERROR wiederherstellen, wenn die Medien lesbar sind.</translation>
    </message>
    <message>
        <source>Log backup %1 belongs to a different recovery path (fork %2) than the data restored into %3 (fork %4); it cannot be applied.</source>
        <translation>Die Protokollsicherung %1 gehört zu einem anderen Wiederherstellungspfad (Verzweigung %2) als die in %3 wiederhergestellten Daten (Verzweigung %4); sie kann nicht angewendet werden.</translation>
    </message>
    <message>
        <source>Restore the log backups of fork %1 instead, or restart from a data backup taken on fork %2.</source>
        <translation>Stattdessen die Protokollsicherungen der Verzweigung %1 wiederherstellen oder mit einer auf Verzweigung %2 erstellten Datensicherung neu beginnen.</translation>
    </message>
    <message>
        <source>Log backup %1 leaves recovery path %2 for %3 at LSN %4, but the restored data is already at LSN %5 on path %2: it holds changes the new path does not have, so the log cannot be applied.</source>
        <translation>Die Protokollsicherung %1 verlässt den Wiederherstellungspfad %2 zugunsten von %3 bei LSN %4, aber die wiederhergestellten Daten befinden sich bereits bei LSN %5 auf Pfad %2: Sie enthalten Änderungen, die der neue Pfad nicht hat, daher kann das Protokoll nicht angewendet werden.</translation>
    </message>
    <message>
        <source>Restore a data backup that ends before LSN %1, or one taken on fork %2.</source>
        <translation>Eine Datensicherung wiederherstellen, die vor LSN %1 endet, oder eine, die auf Verzweigung %2 erstellt wurde.</translation>
    </message>
    <message>
        <source>a full or differential backup taken after the switch back</source>
        <translation>eine vollständige oder differenzielle Sicherung, die nach der Rückumstellung erstellt wurde</translation>
    </message>
    <message>
        <source>%1 was restored from %2, taken under SIMPLE recovery, where no log chain exists: log backup %3 cannot roll it forward. The chain only restarts with a full or differential backup taken after the switch to FULL; restore %4 instead.</source>
        <translation>%1 wurde aus %2 wiederhergestellt, die im Wiederherstellungsmodell SIMPLE erstellt wurde, in dem keine Protokollkette existiert: Die Protokollsicherung %3 kann keinen Rollforward dafür ausführen. Die Kette beginnt erst wieder mit einer vollständigen oder differenziellen Sicherung, die nach der Umstellung auf FULL erstellt wurde; stellen Sie stattdessen %4 wieder her.</translation>
    </message>
    <message>
        <source>The log chain was broken at %1 (switch to SIMPLE): log backup %2 cannot roll %3 forward from %4, taken before the break. Logs before and after cannot be combined; restore %5 instead.</source>
        <translation>Die Protokollkette wurde bei %1 unterbrochen (Umstellung auf SIMPLE): Die Protokollsicherung %2 kann für %3 keinen Rollforward ab %4 ausführen, das vor der Unterbrechung erstellt wurde. Protokolle vor und nach der Unterbrechung können nicht kombiniert werden; stellen Sie stattdessen %5 wieder her.</translation>
    </message>
    <message>
        <source>Restore %1 WITH NORECOVERY before step %2 (it was taken after the recovery model went back to FULL).</source>
        <translation>%1 WITH NORECOVERY vor Schritt %2 wiederherstellen (sie wurde erstellt, nachdem das Wiederherstellungsmodell wieder auf FULL gesetzt wurde).</translation>
    </message>
    <message>
        <source>Take a full or differential backup after switching back to FULL and restore it before the log backups (the history has none: choose when to take it).</source>
        <translation>Nach der Rückumstellung auf FULL eine vollständige oder differenzielle Sicherung erstellen und vor den Protokollsicherungen wiederherstellen (der Verlauf enthält keine: Zeitpunkt der Erstellung auswählen).</translation>
    </message>
    <message>
        <source>steps %1–%2</source>
        <translation>Schritte %1–%2</translation>
    </message>
    <message>
        <source>Log backup %1 (LSN %2–%3) is damaged or lost, so the log chain cannot pass it: the point of failure is out of reach and the latest reachable point is %4. Work after it is lost.</source>
        <translation>Die Protokollsicherung %1 (LSN %2–%3) ist beschädigt oder verloren, daher kann die Protokollkette sie nicht passieren: Der Zeitpunkt des Ausfalls ist nicht erreichbar, und der späteste erreichbare Zeitpunkt ist %4. Die Arbeit danach geht verloren.</translation>
    </message>
    <message>
        <source>Restore the log backups up to %1 and set the plan&apos;s target there, or restore %2 WITH CONTINUE_AFTER_ERROR if its media can still be read.</source>
        <translation>Protokollsicherungen bis %1 wiederherstellen und das Ziel des Plans dorthin setzen, oder %2 WITH CONTINUE_AFTER_ERROR wiederherstellen, wenn die Medien noch lesbar sind.</translation>
    </message>
    <message>
        <source>The log of %1 is damaged, so no tail-log backup exists and the best reachable point is the end of log backup %2 (%3); the restore sequence (%4) stops at %5, so the transactions in between would be lost.</source>
        <translation>Das Protokoll von %1 ist beschädigt, daher existiert keine Sicherung des Protokollfragments, und der beste erreichbare Zeitpunkt ist das Ende der Protokollsicherung %2 (%3); die Wiederherstellungssequenz (%4) endet bei %5, daher gingen die Transaktionen dazwischen verloren.</translation>
    </message>
    <message>
        <source>Restore the log backups up to %1 before step %2 recovers.</source>
        <translation>Protokollsicherungen bis %1 wiederherstellen, bevor Schritt %2 mit RECOVERY abschließt.</translation>
    </message>
    <message>
        <source>Recovery target is &apos;point of failure&apos; but the tail-log backup is not the last log restored in the restore sequence (%1); transactions after %2 would be lost.</source>
        <translation>Das Wiederherstellungsziel ist „Zeitpunkt des Ausfalls“, aber die Sicherung des Protokollfragments ist nicht das letzte in der Wiederherstellungssequenz wiederhergestellte Protokoll (%1); Transaktionen nach %2 gingen verloren.</translation>
    </message>
    <message>
        <source>Restore the tail-log backup %1 last in this sequence. %2</source>
        <translation>Die Sicherung des Protokollfragments %1 zuletzt in dieser Sequenz wiederherstellen. %2</translation>
    </message>
    <message>
        <source>Restore the tail-log backup %1 last in this sequence (after the log backups up to it), WITH RECOVERY.</source>
        <translation>Die Sicherung des Protokollfragments %1 zuletzt in dieser Sequenz wiederherstellen (nach den Protokollsicherungen davor), WITH RECOVERY.</translation>
    </message>
    <message>
        <source>Take a tail-log backup (BACKUP LOG … WITH NORECOVERY) before the first restore and restore it last in this sequence, WITH RECOVERY (draw it on the timeline after the failure).</source>
        <translation>Vor der ersten Wiederherstellung eine Sicherung des Protokollfragments erstellen (BACKUP LOG … WITH NORECOVERY) und sie zuletzt in dieser Sequenz wiederherstellen, WITH RECOVERY (auf der Zeitachse nach dem Ausfall einzeichnen).</translation>
    </message>
    <message>
        <source>Step %1 uses %2, but its restore sequence (from step %3) does not restore PRIMARY: point-in-time restore needs the primary filegroup in the sequence.</source>
        <translation>Schritt %1 verwendet %2, aber seine Wiederherstellungssequenz (ab Schritt %3) stellt PRIMARY nicht wieder her: Die Wiederherstellung bis zu einem Zeitpunkt erfordert die primäre Dateigruppe in der Sequenz.</translation>
    </message>
    <message>
        <source>Drop %1 from step %2, or restore PRIMARY in this sequence (piecemeal stage 1).</source>
        <translation>%1 aus Schritt %2 entfernen oder PRIMARY in dieser Sequenz wiederherstellen (Phase 1 der schrittweisen Wiederherstellung).</translation>
    </message>
    <message>
        <source>Step %1 restores %2, which finished at %3, after the target %4: a data or differential backup can only be recovered to a point at or after its end.</source>
        <translation>Schritt %1 stellt %2 wieder her, die bei %3 beendet wurde, nach dem Ziel %4: Eine Daten- oder differenzielle Sicherung kann nur bis zu einem Zeitpunkt an oder nach ihrem Ende mit RECOVERY abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Restore %1 (finished %2) instead of %3 and roll forward with the log backups from there.</source>
        <translation>%1 (beendet %2) statt %3 wiederherstellen und von dort mit den Protokollsicherungen einen Rollforward ausführen.</translation>
    </message>
    <message>
        <source>Use an older full backup and its log backups, or move the target to %1 or later.</source>
        <translation>Eine ältere vollständige Sicherung und ihre Protokollsicherungen verwenden oder das Ziel auf %1 oder später verschieben.</translation>
    </message>
    <message>
        <source>Log backup %1 contains bulk-logged operations; point-in-time restore inside it is impossible (step %2 stops at %3). Choose a point at or before %4, or at or after its end %5.</source>
        <translation>Die Protokollsicherung %1 enthält massenprotokollierte Vorgänge; eine Wiederherstellung bis zu einem Zeitpunkt innerhalb dieser Sicherung ist unmöglich (Schritt %2 endet bei %3). Wählen Sie einen Zeitpunkt an oder vor %4 oder an oder nach ihrem Ende %5.</translation>
    </message>
    <message>
        <source>Move the target to %1 or later (the end of %2), or to %3 or earlier.</source>
        <translation>Das Ziel auf %1 oder später (das Ende von %2) oder auf %3 oder früher verschieben.</translation>
    </message>
    <message>
        <source>Step %1 restores log backup %2 to its end (%3) without a stop clause and rolls past the target %4; there is no way back, the sequence would have to start again.</source>
        <translation>Schritt %1 stellt die Protokollsicherung %2 ohne Stop-Klausel bis zu ihrem Ende (%3) wieder her und läuft über das Ziel %4 hinaus; es gibt keinen Weg zurück, die Sequenz müsste neu beginnen.</translation>
    </message>
    <message>
        <source>Add %1 to step %2.</source>
        <translation>%1 zu Schritt %2 hinzufügen.</translation>
    </message>
    <message>
        <source>The target %1 is after the end of %2 (%3), the last backup restored at step %4; the database will stay in RESTORING instead of recovering. Add the log backup containing %1 (or the tail).</source>
        <translation>Das Ziel %1 liegt nach dem Ende von %2 (%3), der letzten in Schritt %4 wiederhergestellten Sicherung; die Datenbank bleibt RESTORING, statt mit RECOVERY abgeschlossen zu werden. Fügen Sie die Protokollsicherung hinzu, die %1 enthält (oder das Protokollfragment).</translation>
    </message>
    <message>
        <source>Make step %1 NORECOVERY and restore %2 after it with the same stop clause, WITH RECOVERY.</source>
        <translation>Schritt %1 auf NORECOVERY setzen und danach %2 mit derselben Stop-Klausel WITH RECOVERY wiederherstellen.</translation>
    </message>
    <message>
        <source>No log backup in the history reaches %1: take one (or the tail-log backup) and restore it last.</source>
        <translation>Keine Protokollsicherung im Verlauf reicht bis %1: Erstellen Sie eine (oder die Sicherung des Protokollfragments), und stellen Sie sie zuletzt wieder her.</translation>
    </message>
    <message>
        <source>Step %1 uses %2, but no log backup restored holds that mark (the timeline has no such mark%3): SQL Server rolls %4 forward to its end and leaves the database in RESTORING instead of recovering.</source>
        <translation>Schritt %1 verwendet %2, aber keine wiederhergestellte Protokollsicherung enthält diese Markierung (die Zeitachse hat keine solche Markierung%3): SQL Server führt für %4 einen Rollforward bis zu ihrem Ende aus und belässt die Datenbank im Zustand RESTORING, statt sie mit RECOVERY abzuschließen.</translation>
    </message>
    <message>
        <source> at or after %1</source>
        <translation> an oder nach %1</translation>
    </message>
    <message>
        <source>Add the marked transaction to the timeline (a MARK event) if it exists, and restore the log backup that holds it; otherwise choose another recovery point.</source>
        <translation>Die markierte Transaktion zur Zeitachse hinzufügen (ein MARK-Ereignis), falls sie existiert, und die Protokollsicherung wiederherstellen, die sie enthält; andernfalls einen anderen Wiederherstellungspunkt auswählen.</translation>
    </message>
    <message>
        <source>Check the mark&apos;s name (the timeline has %1), or restore the log backup that holds the mark.</source>
        <translation>Den Namen der Markierung prüfen (die Zeitachse hat %1) oder die Protokollsicherung wiederherstellen, die die Markierung enthält.</translation>
    </message>
    <message>
        <source>Take tail-log backup %1 (BACKUP LOG … WITH NORECOVERY, added to the history) before step %2 and restore it last in this sequence, WITH RECOVERY.</source>
        <translation>Sicherung des Protokollfragments %1 vor Schritt %2 erstellen (BACKUP LOG … WITH NORECOVERY, zum Verlauf hinzugefügt) und sie zuletzt in dieser Sequenz wiederherstellen, WITH RECOVERY.</translation>
    </message>
    <message numerus="yes">
        <source>Step %1 restores differential %2, but a newer differential %3 (finished %4) of the same base exists before the recovery point; differentials are cumulative, so using it removes %n log restore(s).</source>
        <translation>
            <numerusform>Schritt %1 stellt die differenzielle Sicherung %2 wieder her, aber vor dem Wiederherstellungspunkt existiert eine neuere differenzielle Sicherung %3 (beendet %4) mit derselben Basis; differenzielle Sicherungen sind kumulativ, daher entfällt bei ihrer Verwendung eine Protokollwiederherstellung.</numerusform>
            <numerusform>Schritt %1 stellt die differenzielle Sicherung %2 wieder her, aber vor dem Wiederherstellungspunkt existiert eine neuere differenzielle Sicherung %3 (beendet %4) mit derselben Basis; differenzielle Sicherungen sind kumulativ, daher entfallen bei ihrer Verwendung %n Protokollwiederherstellungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %1 instead of %2 at step %3 and remove the %n log restore(s) it covers.</source>
        <translation>
            <numerusform>%1 statt %2 in Schritt %3 wiederherstellen und die abgedeckte Protokollwiederherstellung entfernen.</numerusform>
            <numerusform>%1 statt %2 in Schritt %3 wiederherstellen und die %n abgedeckten Protokollwiederherstellungen entfernen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lsn</name>
    <message>
        <source>an LSN must not be empty</source>
        <translation>eine LSN darf nicht leer sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an LSN: only the digits 0-9 are allowed (numeric(25,0), as msdb shows it)</source>
        <translation>„%1“ ist keine LSN: Nur die Ziffern 0-9 sind zulässig (numeric(25,0), wie msdb sie anzeigt)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an LSN: it has %2 digits, numeric(25,0) allows at most 25</source>
        <translation>„%1“ ist keine LSN: Sie hat %2 Ziffern, numeric(25,0) erlaubt höchstens 25</translation>
    </message>
</context>
<context>
    <name>MemoryOptimizedLoad</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 (1 container)</source>
        <translation>%1 (1 Container)</translation>
    </message>
    <message>
        <source>%1 (%2 containers)</source>
        <translation>%1 (%2 Container)</translation>
    </message>
    <message>
        <source>%1, size not stated</source>
        <translation>%1, Größe nicht angegeben</translation>
    </message>
    <message>
        <source>≥%1 of %2, %3 without a size</source>
        <translation>≥%1 von %2, %3 ohne Größe</translation>
    </message>
    <message>
        <source>%1, ≥%2 at %3/s</source>
        <translation>%1, ≥%2 bei %3/s</translation>
    </message>
    <message>
        <source>%1, load rate not stated</source>
        <translation>%1, Laderate nicht angegeben</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1, ≈%2 at %3/s</source>
        <translation>%1, ≈%2 bei %3/s</translation>
    </message>
</context>
<context>
    <name>NameChecks</name>
    <message>
        <source>%1 &quot;%2&quot; has %3 characters; %4 holds at most %5, so SQL Server cannot take it.</source>
        <translation>%1 „%2“ hat %3 Zeichen; %4 umfasst höchstens %5, daher kann SQL Server den Namen nicht übernehmen.</translation>
    </message>
    <message>
        <source>Shorten it to %1 characters or fewer.</source>
        <translation>Auf höchstens %1 Zeichen kürzen.</translation>
    </message>
    <message>
        <source>a SQL Server identifier (sysname)</source>
        <translation>ein SQL Server-Bezeichner (sysname)</translation>
    </message>
    <message>
        <source>%1%2 holds a NUL character (U+0000): &quot;%3&quot;. No SQL Server name and no Windows path can contain one, so SQL Server cannot take it.</source>
        <translation>%1%2 enthält ein NUL-Zeichen (U+0000): „%3“. Kein SQL Server-Name und kein Windows-Pfad kann ein solches Zeichen enthalten, daher kann SQL Server den Wert nicht übernehmen.</translation>
    </message>
    <message>
        <source>Remove the NUL character from %1.</source>
        <translation>NUL-Zeichen aus %1 entfernen.</translation>
    </message>
    <message>
        <source>The name of database</source>
        <translation>Der Name der Datenbank</translation>
    </message>
    <message>
        <source>Filegroup</source>
        <translation>Dateigruppe</translation>
    </message>
    <message>
        <source>The logical name of a data file of %1</source>
        <translation>Der logische Name einer Datendatei von %1</translation>
    </message>
    <message>
        <source>The logical name of log file</source>
        <translation>Der logische Name der Protokolldatei</translation>
    </message>
    <message>
        <source>The %1 has the logical name of the %2 (names compare ignoring case, as SQL Server&apos;s default collation does); a logical file name is unique in its database, so SQL Server cannot have both.</source>
        <translation>Die %1 hat den logischen Namen der %2 (Namen werden ohne Berücksichtigung der Groß-/Kleinschreibung verglichen, wie bei der Standardsortierung von SQL Server); ein logischer Dateiname ist innerhalb seiner Datenbank eindeutig, daher kann SQL Server nicht beide haben.</translation>
    </message>
    <message>
        <source>Give the %1 the logical name sys.database_files lists for it.</source>
        <translation>Der %1 den logischen Namen geben, den sys.database_files für sie auflistet.</translation>
    </message>
    <message>
        <source>data file &quot;%1&quot; of filegroup %2</source>
        <translation>Datendatei „%1“ der Dateigruppe %2</translation>
    </message>
    <message>
        <source>log file &quot;%1&quot;</source>
        <translation>Protokolldatei „%1“</translation>
    </message>
    <message>
        <source>The name of the mark at %1</source>
        <translation>Der Name der Markierung bei %1</translation>
    </message>
    <message>
        <source>a transaction name (BEGIN TRANSACTION … WITH MARK)</source>
        <translation>ein Transaktionsname (BEGIN TRANSACTION … WITH MARK)</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot;: </source>
        <translation>Plan „%1“: </translation>
    </message>
</context>
<context>
    <name>OnlineRestore</name>
    <message>
        <source>Step %1 restores %2 offline from %3: it needs exclusive access, so connected users will be disconnected (or the restore fails if they cannot be).</source>
        <translation>Schritt %1 stellt %2 offline aus %3 wieder her: Dazu ist exklusiver Zugriff erforderlich, daher werden verbundene Benutzer getrennt (oder die Wiederherstellung schlägt fehl, wenn dies nicht möglich ist).</translation>
    </message>
    <message>
        <source>Add NORECOVERY to the tail-log backup of step %1, so that nobody can use %2 before step %3.</source>
        <translation>NORECOVERY zur Sicherung des Protokollfragments in Schritt %1 hinzufügen, damit niemand %2 vor Schritt %3 verwenden kann.</translation>
    </message>
    <message>
        <source>Insert ALTER DATABASE %1 SET OFFLINE WITH ROLLBACK IMMEDIATE before step %2 (or set %1 to SINGLE_USER WITH ROLLBACK IMMEDIATE).</source>
        <translation>ALTER DATABASE %1 SET OFFLINE WITH ROLLBACK IMMEDIATE vor Schritt %2 einfügen (oder %1 auf SINGLE_USER WITH ROLLBACK IMMEDIATE setzen).</translation>
    </message>
    <message>
        <source>Under SIMPLE recovery, read/write filegroups cannot be restored online: step %1 restores %2 from %3 while %4 is online.</source>
        <translation>Im Wiederherstellungsmodell SIMPLE können Dateigruppen mit Lese-/Schreibzugriff nicht online wiederhergestellt werden: Schritt %1 stellt %2 aus %3 wieder her, während %4 online ist.</translation>
    </message>
    <message>
        <source>Make step %1 a partial restore (PARTIAL, READ_WRITE_FILEGROUPS) from %2, which restores %3 with PRIMARY.</source>
        <translation>Schritt %1 zu einer Teilwiederherstellung (PARTIAL, READ_WRITE_FILEGROUPS) aus %2 machen, die %3 zusammen mit PRIMARY wiederherstellt.</translation>
    </message>
    <message>
        <source>Restore %1 with PRIMARY in a partial restore (PARTIAL, READ_WRITE_FILEGROUPS) instead of step %2.</source>
        <translation>%1 zusammen mit PRIMARY in einer Teilwiederherstellung (PARTIAL, READ_WRITE_FILEGROUPS) statt in Schritt %2 wiederherstellen.</translation>
    </message>
    <message>
        <source>Step %1 starts an online restore of %2 under BULK_LOGGED recovery: it fails unless every log backup it needs is taken beforehand and no bulk changes are pending.</source>
        <translation>Schritt %1 startet eine Onlinewiederherstellung von %2 im Wiederherstellungsmodell BULK_LOGGED: Sie schlägt fehl, sofern nicht jede benötigte Protokollsicherung vorher erstellt wird und keine Massenänderungen ausstehen.</translation>
    </message>
    <message>
        <source>Switch %1 to FULL recovery before step %2.</source>
        <translation>%1 vor Schritt %2 auf das Wiederherstellungsmodell FULL umstellen.</translation>
    </message>
    <message>
        <source>Online restore under BULK_LOGGED fails while bulk changes exist (log backup %1 holds some) and %2 is %3: every other file must be online or defunct.</source>
        <translation>Eine Onlinewiederherstellung unter BULK_LOGGED schlägt fehl, solange Massenänderungen vorhanden sind (die Protokollsicherung %1 enthält einige) und %2 den Zustand %3 hat: Jede andere Datei muss online oder DEFUNCT sein.</translation>
    </message>
    <message>
        <source>Switch %1 to FULL recovery and take a log backup before step %2, or take %1 offline for this restore.</source>
        <translation>%1 auf das Wiederherstellungsmodell FULL umstellen und vor Schritt %2 eine Protokollsicherung erstellen oder %1 für diese Wiederherstellung offline schalten.</translation>
    </message>
    <message>
        <source>Step %1 takes a log backup during an online restore under BULK_LOGGED recovery: every log backup the sequence needs must be taken before it starts, so the restore fails.</source>
        <translation>Schritt %1 erstellt während einer Onlinewiederherstellung im Wiederherstellungsmodell BULK_LOGGED eine Protokollsicherung: Jede Protokollsicherung, die die Sequenz benötigt, muss vor ihrem Beginn erstellt werden, daher schlägt die Wiederherstellung fehl.</translation>
    </message>
    <message>
        <source>Switch %1 to FULL recovery before the online restore.</source>
        <translation>%1 vor der Onlinewiederherstellung auf das Wiederherstellungsmodell FULL umstellen.</translation>
    </message>
    <message>
        <source>Filegroup %1 was not read-only for the whole time from backup %2 to the recovery point, and SIMPLE recovery has no log to bring it forward: restore a file backup taken since %1 became read-only.</source>
        <translation>Die Dateigruppe %1 war nicht während der gesamten Zeit von der Sicherung %2 bis zum Wiederherstellungspunkt schreibgeschützt, und das Wiederherstellungsmodell SIMPLE hat kein Protokoll, um sie vorwärts zu bringen: Stellen Sie eine Dateisicherung wieder her, die erstellt wurde, seit %1 schreibgeschützt ist.</translation>
    </message>
    <message>
        <source>Filegroup %1 was not read-only for the whole time from backup %2 to the recovery point; it needs the log backups up to %3 (which holds the point it became read-only) before it can be recovered.</source>
        <translation>Die Dateigruppe %1 war nicht während der gesamten Zeit von der Sicherung %2 bis zum Wiederherstellungspunkt schreibgeschützt; sie benötigt die Protokollsicherungen bis einschließlich %3 (die den Zeitpunkt enthält, an dem sie schreibgeschützt wurde), bevor sie mit RECOVERY abgeschlossen werden kann.</translation>
    </message>
    <message>
        <source>one taken after it became read-only</source>
        <translation>einer Protokollsicherung, die erstellt wurde, nachdem sie schreibgeschützt wurde</translation>
    </message>
    <message>
        <source>Restore %1 from %2, taken after it last became read-only, at step %3.</source>
        <translation>%1 in Schritt %3 aus %2 wiederherstellen, die erstellt wurde, nachdem sie zuletzt schreibgeschützt wurde.</translation>
    </message>
    <message>
        <source>Restore %1 from %2, taken after it last became read-only.</source>
        <translation>%1 aus %2 wiederherstellen, die erstellt wurde, nachdem sie zuletzt schreibgeschützt wurde.</translation>
    </message>
    <message>
        <source>Restore %1 from a file backup taken after it last became read-only (the history has none: take one).</source>
        <translation>%1 aus einer Dateisicherung wiederherstellen, die erstellt wurde, nachdem sie zuletzt schreibgeschützt wurde (der Verlauf enthält keine: erstellen Sie eine).</translation>
    </message>
    <message>
        <source>Restore the log backups from LSN %1 on before step %2 recovers.</source>
        <translation>Protokollsicherungen ab LSN %1 wiederherstellen, bevor Schritt %2 mit RECOVERY abschließt.</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>the failure that damaged it</source>
        <translation>dem Ausfall, der sie beschädigt hat</translation>
    </message>
    <message>
        <source>Online restore of read/write file %1: take a log backup after %2 (when %3 went offline) and restore it last; without it %3 can never be recovered (SQL Server cannot use the online log).</source>
        <translation>Onlinewiederherstellung der Datei %1 mit Lese-/Schreibzugriff: Erstellen Sie nach %2 (als %3 offline ging) eine Protokollsicherung, und stellen Sie sie zuletzt wieder her; ohne sie kann %3 nie mit RECOVERY abgeschlossen werden (SQL Server kann das Onlineprotokoll nicht verwenden).</translation>
    </message>
    <message>
        <source>Insert BACKUP LOG %1 after %2, then restore that log backup WITH NORECOVERY before step %3.</source>
        <translation>BACKUP LOG %1 nach %2 einfügen und diese Protokollsicherung dann WITH NORECOVERY vor Schritt %3 wiederherstellen.</translation>
    </message>
    <message>
        <source>Online restore of read/write file %1: log backup %2, taken after %3 took %4 offline, must be restored last; %1 is only rolled forward to LSN %5.</source>
        <translation>Onlinewiederherstellung der Datei %1 mit Lese-/Schreibzugriff: Die Protokollsicherung %2, erstellt nach %3 (als %4 offline geschaltet wurde), muss zuletzt wiederhergestellt werden; für %1 wird nur ein Rollforward bis LSN %5 ausgeführt.</translation>
    </message>
    <message>
        <source>Restore the log backups up to and including %1 before step %2 recovers.</source>
        <translation>Protokollsicherungen bis einschließlich %1 wiederherstellen, bevor Schritt %2 mit RECOVERY abschließt.</translation>
    </message>
    <message>
        <source>Take tail-log backup %1 (BACKUP LOG %2 … WITH NORECOVERY, added to the history) before step %3 and restore it last; it leaves %2 RESTORING, so nobody can use it.</source>
        <translation>Sicherung des Protokollfragments %1 vor Schritt %3 erstellen (BACKUP LOG %2 … WITH NORECOVERY, zum Verlauf hinzugefügt) und zuletzt wiederherstellen; sie belässt %2 im Zustand RESTORING, sodass niemand die Datenbank verwenden kann.</translation>
    </message>
</context>
<context>
    <name>OptionChecks</name>
    <message>
        <source>Step %1 uses REPLACE: it overwrites %2 without the usual safety checks; the tail of the log (the work since the last log backup) and any files at the target paths will be lost.</source>
        <translation>Schritt %1 verwendet REPLACE: %2 wird ohne die üblichen Sicherheitsprüfungen überschrieben; das Protokollfragment (die Arbeit seit der letzten Protokollsicherung) und alle Dateien in den Zielpfaden gehen verloren.</translation>
    </message>
    <message>
        <source>Step %1 uses REPLACE: %2 does not exist on the target, but any files at the target paths will be overwritten without the usual safety checks.</source>
        <translation>Schritt %1 verwendet REPLACE: %2 ist auf dem Ziel nicht vorhanden, aber alle Dateien in den Zielpfaden werden ohne die üblichen Sicherheitsprüfungen überschrieben.</translation>
    </message>
    <message>
        <source>Remove REPLACE from step %1 unless you mean to overwrite files.</source>
        <translation>REPLACE aus Schritt %1 entfernen, sofern Sie nicht beabsichtigen, Dateien zu überschreiben.</translation>
    </message>
    <message>
        <source>Remove REPLACE from step %1 unless you mean to overwrite %2.</source>
        <translation>REPLACE aus Schritt %1 entfernen, sofern Sie nicht beabsichtigen, %2 zu überschreiben.</translation>
    </message>
    <message>
        <source>Step %1 gives more than one MOVE for logical file %2; give exactly one per file.</source>
        <translation>Schritt %1 gibt mehr als ein MOVE für die logische Datei %2 an; geben Sie genau eines pro Datei an.</translation>
    </message>
    <message>
        <source>Remove the second MOVE of %1 from step %2.</source>
        <translation>Das zweite MOVE von %1 aus Schritt %2 entfernen.</translation>
    </message>
    <message>
        <source>Step %1 moves %2, which is not a logical file of %3 (use the names RESTORE FILELISTONLY reports).</source>
        <translation>Schritt %1 verschiebt %2, die keine logische Datei von %3 ist (verwenden Sie die Namen, die RESTORE FILELISTONLY meldet).</translation>
    </message>
    <message>
        <source>Correct the logical file name in the MOVE of step %1.</source>
        <translation>Logischen Dateinamen im MOVE von Schritt %1 korrigieren.</translation>
    </message>
    <message>
        <source>Step %1 moves %2 on RESTORE LOG, but %2 was not added during the interval log backup %3 covers; RESTORE LOG can only relocate files added in that interval.</source>
        <translation>Schritt %1 verschiebt %2 bei RESTORE LOG, aber %2 wurde nicht in dem Intervall hinzugefügt, das die Protokollsicherung %3 abdeckt; RESTORE LOG kann nur Dateien verschieben, die in diesem Intervall hinzugefügt wurden.</translation>
    </message>
    <message>
        <source>Move %1 in the RESTORE DATABASE step that restores it instead.</source>
        <translation>%1 stattdessen im RESTORE DATABASE-Schritt verschieben, der sie wiederherstellt.</translation>
    </message>
    <message>
        <source>Step %1 would restore %2 to %3, which is also the path of %4; two files cannot share a path.</source>
        <translation>Schritt %1 würde %2 nach %3 wiederherstellen, was auch der Pfad von %4 ist; zwei Dateien können nicht denselben Pfad verwenden.</translation>
    </message>
    <message>
        <source>MOVE %1 to a path of its own in step %2.</source>
        <translation>%1 in Schritt %2 mit MOVE in einen eigenen Pfad verschieben.</translation>
    </message>
    <message>
        <source>Backup %1 was written with MAXTRANSFERSIZE = %2; %3 has FILESTREAM or memory-optimized data, so step %4 must restore with at least that value (it uses %5).</source>
        <translation>Die Sicherung %1 wurde mit MAXTRANSFERSIZE = %2 geschrieben; %3 hat FILESTREAM- oder speicheroptimierte Daten, daher muss Schritt %4 mit mindestens diesem Wert wiederherstellen (er verwendet %5).</translation>
    </message>
    <message>
        <source>the default, %1</source>
        <translation>den Standardwert, %1</translation>
    </message>
    <message>
        <source>Set MAXTRANSFERSIZE = %1 on step %2.</source>
        <translation>MAXTRANSFERSIZE = %1 in Schritt %2 festlegen.</translation>
    </message>
    <message>
        <source>Step %1 is RESTORE DATABASE with %2 = &apos;%3&apos;: named marks can only be used on RESTORE LOG; use &apos;lsn:…&apos; or move the clause to the log restores.</source>
        <translation>Schritt %1 ist RESTORE DATABASE mit %2 = &apos;%3&apos;: Benannte Markierungen können nur bei RESTORE LOG verwendet werden; verwenden Sie &apos;lsn:…&apos;, oder verschieben Sie die Klausel zu den Protokollwiederherstellungen.</translation>
    </message>
    <message>
        <source>Remove the mark clause from step %1 (the RESTORE LOG steps carry it).</source>
        <translation>Markierungsklausel aus Schritt %1 entfernen (die RESTORE LOG-Schritte enthalten sie).</translation>
    </message>
    <message>
        <source>the recovering step %1</source>
        <translation>den abschließenden Schritt %1 (WITH RECOVERY)</translation>
    </message>
    <message>
        <source>the recovering step</source>
        <translation>den abschließenden Schritt (WITH RECOVERY)</translation>
    </message>
    <message>
        <source>Step %1 uses %2 WITH NORECOVERY, which SQL Server does not permit: KEEP_REPLICATION/KEEP_CDC only apply to the final, recovering RESTORE.</source>
        <translation>Schritt %1 verwendet %2 WITH NORECOVERY, was SQL Server nicht zulässt: KEEP_REPLICATION/KEEP_CDC gelten nur für das letzte RESTORE, das mit RECOVERY abschließt.</translation>
    </message>
    <message>
        <source>Move the option from step %1 to %2.</source>
        <translation>Die Option aus Schritt %1 in %2 verschieben.</translation>
    </message>
    <message>
        <source>Step %1 uses RESTRICTED_USER but does not recover the database; the option belongs on the recovering step.</source>
        <translation>Schritt %1 verwendet RESTRICTED_USER, schließt die Datenbank aber nicht mit RECOVERY ab; die Option gehört in den abschließenden Schritt.</translation>
    </message>
    <message>
        <source>Move RESTRICTED_USER from step %1 to %2.</source>
        <translation>RESTRICTED_USER aus Schritt %1 in %2 verschieben.</translation>
    </message>
    <message>
        <source>Under SIMPLE recovery, only read-only filegroups can be restored individually; %1 (step %2) must be restored with the whole database or a partial restore.</source>
        <translation>Im Wiederherstellungsmodell SIMPLE können nur schreibgeschützte Dateigruppen einzeln wiederhergestellt werden; %1 (Schritt %2) muss mit der gesamten Datenbank oder durch eine Teilwiederherstellung wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Make step %1 a partial restore (PARTIAL, READ_WRITE_FILEGROUPS) from %2, which restores %3 with PRIMARY (or restore the whole database).</source>
        <translation>Schritt %1 zu einer Teilwiederherstellung (PARTIAL, READ_WRITE_FILEGROUPS) aus %2 machen, die %3 zusammen mit PRIMARY wiederherstellt (oder die gesamte Datenbank wiederherstellen).</translation>
    </message>
    <message>
        <source>Restore %1 in the PARTIAL restore of the first stage (or restore the whole database).</source>
        <translation>%1 in der PARTIAL-Wiederherstellung der ersten Phase wiederherstellen (oder die gesamte Datenbank wiederherstellen).</translation>
    </message>
    <message>
        <source>Backup %1 is striped over %2 devices but only %3 are available; the online restore at step %4 needs all %2.</source>
        <translation>Die Sicherung %1 ist als Stripeset auf %2 Medien verteilt, aber nur %3 sind verfügbar; die Onlinewiederherstellung in Schritt %4 benötigt alle %2.</translation>
    </message>
    <message>
        <source>Insert ALTER DATABASE %1 SET OFFLINE before step %2 (an offline restore can use fewer media families), or make every media family of %3 available.</source>
        <translation>ALTER DATABASE %1 SET OFFLINE vor Schritt %2 einfügen (eine Offlinewiederherstellung kann weniger Medienfamilien verwenden) oder jede Medienfamilie von %3 verfügbar machen.</translation>
    </message>
    <message>
        <source>Backup %1 is a file-snapshot backup, which cannot be used for an online restore (step %2); take %3 offline for this step.</source>
        <translation>Die Sicherung %1 ist eine Dateimomentaufnahme-Sicherung, die nicht für eine Onlinewiederherstellung verwendet werden kann (Schritt %2); schalten Sie %3 für diesen Schritt offline.</translation>
    </message>
    <message>
        <source>Insert ALTER DATABASE %1 SET OFFLINE before step %2.</source>
        <translation>ALTER DATABASE %1 SET OFFLINE vor Schritt %2 einfügen.</translation>
    </message>
    <message>
        <source>Backup %1 failed (for example a CHECKSUM error in a memory-optimized file), so there is nothing to restore at step %2.</source>
        <translation>Die Sicherung %1 ist fehlgeschlagen (zum Beispiel durch einen CHECKSUM-Fehler in einer speicheroptimierten Datei), daher gibt es in Schritt %2 nichts wiederherzustellen.</translation>
    </message>
    <message>
        <source>Restore %1, the latest good backup that holds the same data, in step %2.</source>
        <translation>In Schritt %2 %1 wiederherstellen, die letzte fehlerfreie Sicherung mit denselben Daten.</translation>
    </message>
    <message>
        <source>Use another log backup of the same log records in step %1.</source>
        <translation>In Schritt %1 eine andere Protokollsicherung derselben Protokolldatensätze verwenden.</translation>
    </message>
    <message>
        <source>Use another backup of the same data in step %1 (the history has none: take one).</source>
        <translation>In Schritt %1 eine andere Sicherung derselben Daten verwenden (der Verlauf enthält keine: erstellen Sie eine).</translation>
    </message>
    <message>
        <source>Take tail-log backup %1 (BACKUP LOG %2 … WITH NORECOVERY, added to the history) before step %3 and remove REPLACE from it, then restore the tail last.</source>
        <translation>Sicherung des Protokollfragments %1 vor Schritt %3 erstellen (BACKUP LOG %2 … WITH NORECOVERY, zum Verlauf hinzugefügt), REPLACE aus dem Schritt entfernen und das Protokollfragment zuletzt wiederherstellen.</translation>
    </message>
</context>
<context>
    <name>PageList</name>
    <message>
        <source>is not a numeric file:page pair such as 1:57 (error 4350)</source>
        <translation>ist kein numerisches Paar Datei:Seite wie 1:57 (Fehler 4350)</translation>
    </message>
    <message>
        <source>names file ID %1, and %2 has no data file with that ID (file IDs as sys.database_files gives them: 1 = the primary data file, 2 = the log, then the other data files in layout order)</source>
        <translation>nennt die Datei-ID %1, und %2 hat keine Datendatei mit dieser ID (Datei-IDs wie in sys.database_files: 1 = die primäre Datendatei, 2 = das Protokoll, danach die anderen Datendateien in der Reihenfolge des Layouts)</translation>
    </message>
    <message>
        <source>is in file ID %1, a log file: the transaction log cannot be restored page by page</source>
        <translation>liegt in Datei-ID %1, einer Protokolldatei: Das Transaktionsprotokoll kann nicht seitenweise wiederhergestellt werden</translation>
    </message>
    <message>
        <source>is in %1, a container of %2 filegroup %3, which holds no database pages</source>
        <translation>liegt in %1, einem Container der %2-Dateigruppe %3, die keine Datenbankseiten enthält</translation>
    </message>
    <message>
        <source>is page 0 of %1, the file boot page, which page restore cannot restore</source>
        <translation>ist Seite 0 von %1, die Startseite der Datei, die eine Seitenwiederherstellung nicht wiederherstellen kann</translation>
    </message>
    <message>
        <source>is the database boot page, which page restore cannot restore</source>
        <translation>ist die Startseite der Datenbank, die eine Seitenwiederherstellung nicht wiederherstellen kann</translation>
    </message>
    <message>
        <source>is a %1 allocation page of %2, which cannot be restored in isolation (error 3111)</source>
        <translation>ist eine %1-Zuordnungsseite von %2, die nicht isoliert wiederhergestellt werden kann (Fehler 3111)</translation>
    </message>
    <message>
        <source>is beyond the end of %1, which has %2 pages (error 3194)</source>
        <translation>liegt hinter dem Ende von %1, die %2 Seiten hat (Fehler 3194)</translation>
    </message>
</context>
<context>
    <name>PageRestore</name>
    <message>
        <source>Insert RESTORE LOG %1 WITH NORECOVERY before step %2.</source>
        <translation>RESTORE LOG %1 WITH NORECOVERY vor Schritt %2 einfügen.</translation>
    </message>
    <message>
        <source>Use NORECOVERY on step %1 and restore %2 after it, WITH RECOVERY.</source>
        <translation>NORECOVERY in Schritt %1 verwenden und danach %2 WITH RECOVERY wiederherstellen.</translation>
    </message>
    <message>
        <source>Under SIMPLE recovery, pages cannot be restored (error 4346): step %1 restores pages %2 of %3, but there is no log to bring them up to date with the rest of %4.</source>
        <translation>Im Wiederherstellungsmodell SIMPLE können keine Seiten wiederhergestellt werden (Fehler 4346): Schritt %1 stellt die Seiten %2 von %3 wieder her, aber es gibt kein Protokoll, um sie auf den Stand des restlichen %4 zu bringen.</translation>
    </message>
    <message>
        <source>Restore the whole database (or switch %1 to FULL recovery and take a full backup before pages can be restored).</source>
        <translation>Die gesamte Datenbank wiederherstellen (oder %1 auf das Wiederherstellungsmodell FULL umstellen und eine vollständige Sicherung erstellen, bevor Seiten wiederhergestellt werden können).</translation>
    </message>
    <message>
        <source>%1 edition cannot restore pages while %2 is online (online page restore needs Enterprise or Developer): take the tail-log backup WITH NORECOVERY before step %3, which makes it an offline page restore.</source>
        <translation>Die Edition %1 kann keine Seiten wiederherstellen, während %2 online ist (die Onlinewiederherstellung von Seiten erfordert Enterprise oder Developer): Erstellen Sie die Sicherung des Protokollfragments WITH NORECOVERY vor Schritt %3; dadurch wird daraus eine Offlinewiederherstellung von Seiten.</translation>
    </message>
    <message>
        <source>Step %1 starts an online page restore of %2 under BULK_LOGGED recovery: page restore generally does not work with bulk-logged recovery, and an offline page can prevent backing up the log.</source>
        <translation>Schritt %1 startet eine Onlinewiederherstellung von Seiten von %2 im Wiederherstellungsmodell BULK_LOGGED: Die Seitenwiederherstellung funktioniert im Allgemeinen nicht mit dem massenprotokollierten Wiederherstellungsmodell, und eine Offlineseite kann die Sicherung des Protokolls verhindern.</translation>
    </message>
    <message>
        <source>Switch %1 to FULL recovery and take a log backup before step %2; if that log backup fails, restore the whole file instead.</source>
        <translation>%1 auf das Wiederherstellungsmodell FULL umstellen und vor Schritt %2 eine Protokollsicherung erstellen; wenn diese Protokollsicherung fehlschlägt, stattdessen die gesamte Datei wiederherstellen.</translation>
    </message>
    <message>
        <source>Backup %1 does not hold file %2, so step %3 cannot restore its pages from it.</source>
        <translation>Die Sicherung %1 enthält die Datei %2 nicht, daher kann Schritt %3 deren Seiten nicht daraus wiederherstellen.</translation>
    </message>
    <message>
        <source>Restore the pages from a full backup, or a file or filegroup backup that holds %1.</source>
        <translation>Die Seiten aus einer vollständigen Sicherung oder einer Datei- bzw. Dateigruppensicherung wiederherstellen, die %1 enthält.</translation>
    </message>
    <message>
        <source>Backup %1 was taken by SQL Server %2, older than the target&apos;s %3: RESTORE PAGE is not allowed from backups of earlier versions (error 4311).</source>
        <translation>Die Sicherung %1 wurde von SQL Server %2 erstellt, einer älteren Version als %3 auf dem Ziel: RESTORE PAGE ist aus Sicherungen früherer Versionen nicht zulässig (Fehler 4311).</translation>
    </message>
    <message>
        <source>Restore the pages from a backup taken on the target&apos;s version.</source>
        <translation>Die Seiten aus einer Sicherung wiederherstellen, die mit der Version des Ziels erstellt wurde.</translation>
    </message>
    <message>
        <source>File %1 is being restored as a whole in this sequence, so step %2 cannot restore single pages of it (error 4309).</source>
        <translation>Die Datei %1 wird in dieser Sequenz vollständig wiederhergestellt, daher kann Schritt %2 keine einzelnen Seiten davon wiederherstellen (Fehler 4309).</translation>
    </message>
    <message>
        <source>File %1 is %2: RESTORE PAGE is only allowed on a file that is online (error 4310); step %3 cannot restore its pages.</source>
        <translation>Die Datei %1 hat den Zustand %2: RESTORE PAGE ist nur für eine Datei zulässig, die online ist (Fehler 4310); Schritt %3 kann ihre Seiten nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>Restore file %1 as a whole (RESTORE DATABASE … FILE = &apos;%1&apos;) instead of its pages.</source>
        <translation>Die Datei %1 vollständig (RESTORE DATABASE … FILE = &apos;%1&apos;) statt ihrer Seiten wiederherstellen.</translation>
    </message>
    <message>
        <source>%1 is read-only: RESTORE PAGE is not allowed on read-only databases or filegroups (error 4344), so step %2 cannot restore pages of %3.</source>
        <translation>%1 ist schreibgeschützt: RESTORE PAGE ist für schreibgeschützte Datenbanken oder Dateigruppen nicht zulässig (Fehler 4344), daher kann Schritt %2 keine Seiten von %3 wiederherstellen.</translation>
    </message>
    <message>
        <source>Restore file %1 as a whole instead of its pages.</source>
        <translation>Die Datei %1 vollständig statt ihrer Seiten wiederherstellen.</translation>
    </message>
    <message>
        <source>Step %1 would have %2 pages of file %3 in this restore sequence; at most %4 pages of one file can be restored in a sequence (error 3105).</source>
        <translation>Schritt %1 würde %2 Seiten der Datei %3 in dieser Wiederherstellungssequenz enthalten; in einer Sequenz können höchstens %4 Seiten einer Datei wiederhergestellt werden (Fehler 3105).</translation>
    </message>
    <message>
        <source>Step %1 restores pages %2 from differential %3, but a page restore starts from a full, file or filegroup backup (error 3195): restore those pages from one first.</source>
        <translation>Schritt %1 stellt die Seiten %2 aus der differenziellen Sicherung %3 wieder her, aber eine Seitenwiederherstellung beginnt mit einer vollständigen, Datei- oder Dateigruppensicherung (Fehler 3195): Stellen Sie diese Seiten zuerst aus einer solchen Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Insert RESTORE DATABASE … PAGE = &apos;%1&apos; from the full or file backup holding %2 before step %3.</source>
        <translation>RESTORE DATABASE … PAGE = &apos;%1&apos; aus der vollständigen Sicherung oder Dateisicherung, die %2 enthält, vor Schritt %3 einfügen.</translation>
    </message>
    <message>
        <source>Differential %1 is based on %2, but the pages of %3 were restored from %4. Restore them from %2 first.</source>
        <translation>Die differenzielle Sicherung %1 basiert auf %2, aber die Seiten von %3 wurden aus %4 wiederhergestellt. Stellen Sie sie zuerst aus %2 wieder her.</translation>
    </message>
    <message>
        <source>a backup missing from this history</source>
        <translation>einer Sicherung, die in diesem Verlauf fehlt</translation>
    </message>
    <message>
        <source>Online page restore of %1 (file %2): take a log backup after step %3 (when the pages went offline) and restore it last; without it the pages can never be recovered (SQL Server cannot use the online log).</source>
        <translation>Onlinewiederherstellung von Seiten von %1 (Datei %2): Erstellen Sie nach Schritt %3 (als die Seiten offline gingen) eine Protokollsicherung, und stellen Sie sie zuletzt wieder her; ohne sie können die Seiten nie mit RECOVERY abgeschlossen werden (SQL Server kann das Onlineprotokoll nicht verwenden).</translation>
    </message>
    <message>
        <source>Insert BACKUP LOG %1 after step %2 and restore that log backup last in the sequence, WITH RECOVERY.</source>
        <translation>BACKUP LOG %1 nach Schritt %2 einfügen und diese Protokollsicherung zuletzt in der Sequenz wiederherstellen, WITH RECOVERY.</translation>
    </message>
    <message>
        <source>Online page restore of %1 (file %2): log backup %3, taken after step %4 took the pages offline, must be restored before they can be recovered; they are only rolled forward to LSN %5.</source>
        <translation>Onlinewiederherstellung von Seiten von %1 (Datei %2): Die Protokollsicherung %3, die erstellt wurde, nachdem Schritt %4 die Seiten offline geschaltet hat, muss wiederhergestellt werden, bevor sie mit RECOVERY abgeschlossen werden können; für sie wird nur ein Rollforward bis LSN %5 ausgeführt.</translation>
    </message>
    <message>
        <source>Restore the log backups up to and including %1 before recovering.</source>
        <translation>Protokollsicherungen bis einschließlich %1 wiederherstellen, bevor mit RECOVERY abgeschlossen wird.</translation>
    </message>
    <message>
        <source>The tail-log backup of step %1 names no log backup, so the pages restored offline at step %2 cannot be brought to the end of the log.</source>
        <translation>Die Sicherung des Protokollfragments in Schritt %1 nennt keine Protokollsicherung, daher können die in Schritt %2 offline wiederhergestellten Seiten nicht auf das Ende des Protokolls gebracht werden.</translation>
    </message>
    <message>
        <source>Take a tail-log backup before restoring pages %1 offline at step %2: the rest of %3 stays at the end of the log, and no log backup holds that end, so the pages can never catch up with it.</source>
        <translation>Vor der Offlinewiederherstellung der Seiten %1 in Schritt %2 eine Sicherung des Protokollfragments erstellen: Der Rest von %3 bleibt am Ende des Protokolls, und keine Protokollsicherung enthält dieses Ende, daher können die Seiten es nie einholen.</translation>
    </message>
    <message>
        <source>Pages %1 of read/write file %2, restored offline from %3, must be rolled forward with every log backup through %4 (LSN %5, the end of the log) before they can be recovered; they are at LSN %6.</source>
        <translation>Die Seiten %1 der Datei %2 mit Lese-/Schreibzugriff, offline aus %3 wiederhergestellt, müssen mit jeder Protokollsicherung bis einschließlich %4 (LSN %5, das Ende des Protokolls) einem Rollforward unterzogen werden, bevor sie mit RECOVERY abgeschlossen werden können; sie befinden sich bei LSN %6.</translation>
    </message>
    <message>
        <source>the tail-log backup</source>
        <translation>der Sicherung des Protokollfragments</translation>
    </message>
    <message>
        <source>Restore the log backups from LSN %1 through the tail-log backup before recovering.</source>
        <translation>Protokollsicherungen ab LSN %1 bis einschließlich der Sicherung des Protokollfragments wiederherstellen, bevor mit RECOVERY abgeschlossen wird.</translation>
    </message>
</context>
<context>
    <name>PageRestoreChecks</name>
    <message>
        <source>Write each page as file_id:page_id (for example 1:57), separated by commas.</source>
        <translation>Jede Seite als file_id:page_id angeben (zum Beispiel 1:57), durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Use the file_id that msdb.dbo.suspect_pages or the error message gives for the damaged page.</source>
        <translation>Die file_id verwenden, die msdb.dbo.suspect_pages oder die Fehlermeldung für die beschädigte Seite angibt.</translation>
    </message>
    <message>
        <source>Check the page ID against msdb.dbo.suspect_pages, or correct the size of %1 in the layout.</source>
        <translation>Die Seiten-ID mit msdb.dbo.suspect_pages abgleichen oder die Größe von %1 im Layout korrigieren.</translation>
    </message>
    <message>
        <source>Restore the whole database instead of this page.</source>
        <translation>Die gesamte Datenbank statt dieser Seite wiederherstellen.</translation>
    </message>
    <message>
        <source>Restore file %1 as a whole (RESTORE DATABASE … FILE = &apos;%1&apos;) instead of this page.</source>
        <translation>Die Datei %1 vollständig (RESTORE DATABASE … FILE = &apos;%1&apos;) statt dieser Seite wiederherstellen.</translation>
    </message>
    <message>
        <source>Step %1: page &quot;%2&quot; %3, so SQL Server refuses the statement.</source>
        <translation>Schritt %1: Seite „%2“ %3, daher lehnt SQL Server die Anweisung ab.</translation>
    </message>
    <message>
        <source>The log of %1 is damaged, so the pages restored at step %2 can never be brought up to date with the rest of the database; restore the whole database (work since the last log backup is lost).</source>
        <translation>Das Protokoll von %1 ist beschädigt, daher können die in Schritt %2 wiederhergestellten Seiten nie auf den Stand der restlichen Datenbank gebracht werden; stellen Sie die gesamte Datenbank wieder her (die Arbeit seit der letzten Protokollsicherung geht verloren).</translation>
    </message>
    <message>
        <source>Restore the whole database from a full backup (no PAGE list) with REPLACE, then the log backups.</source>
        <translation>Die gesamte Datenbank aus einer vollständigen Sicherung (ohne PAGE-Liste) mit REPLACE wiederherstellen, danach die Protokollsicherungen.</translation>
    </message>
</context>
<context>
    <name>PiecemealStage</name>
    <message>
        <source>Backup %1 comes from SQL Server %2 and the target runs %3: the database is upgraded when stage 1 recovers (step %4), and %5, not restored in stage 1, will become DEFUNCT. Restore all filegroups in stage 1.</source>
        <translation>Die Sicherung %1 stammt von SQL Server %2, und auf dem Ziel wird %3 ausgeführt: Die Datenbank wird aktualisiert, wenn Phase 1 mit RECOVERY abschließt (Schritt %4), und %5, in Phase 1 nicht wiederhergestellt, wird DEFUNCT. Stellen Sie alle Dateigruppen in Phase 1 wieder her.</translation>
    </message>
    <message>
        <source>Add %1 to the FILEGROUP list of step %2.</source>
        <translation>%1 zur FILEGROUP-Liste von Schritt %2 hinzufügen.</translation>
    </message>
    <message>
        <source>Insert RESTORE DATABASE … FILEGROUP = %1 FROM %2 WITH NORECOVERY before step %3, in stage 1.</source>
        <translation>RESTORE DATABASE … FILEGROUP = %1 FROM %2 WITH NORECOVERY vor Schritt %3 in Phase 1 einfügen.</translation>
    </message>
    <message>
        <source>Restore %1 in stage 1, before step %2 (the history has no backup holding them all: choose one for each).</source>
        <translation>%1 in Phase 1 vor Schritt %2 wiederherstellen (der Verlauf enthält keine Sicherung, die alle enthält: wählen Sie für jede eine aus).</translation>
    </message>
    <message>
        <source>Backup %1 was taken under SIMPLE recovery and the recovery point is under FULL: read/write filegroup %2, left out of stage 1, stays RECOVERY_PENDING instead of becoming DEFUNCT. Restore it later from %1 WITH NORECOVERY, then the same differential and log backups up to the stage-1 point.</source>
        <translation>Die Sicherung %1 wurde im Wiederherstellungsmodell SIMPLE erstellt, und der Wiederherstellungspunkt liegt unter FULL: Die Dateigruppe %2 mit Lese-/Schreibzugriff, die in Phase 1 ausgelassen wurde, bleibt RECOVERY_PENDING, statt DEFUNCT zu werden. Stellen Sie sie später aus %1 WITH NORECOVERY wieder her, danach dieselben differenziellen und Protokollsicherungen bis zum Zeitpunkt von Phase 1.</translation>
    </message>
</context>
<context>
    <name>PlanChartsExport</name>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>Als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>Als &amp;SVG exportieren…</translation>
    </message>
    <message>
        <source>Save the %1 chart as a scalable SVG image (vector text and shapes)</source>
        <translation>Das Diagramm „%1“ als skalierbares SVG-Bild speichern (Vektortext und -formen)</translation>
    </message>
    <message>
        <source>Save the %1 chart as displayed, as a PNG image</source>
        <translation>Das Diagramm „%1“ wie angezeigt als PNG-Bild speichern</translation>
    </message>
</context>
<context>
    <name>PlanChartsUnits</name>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>KB</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>TB</source>
        <translation>TB</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>0 bytes</source>
        <translation>0 Bytes</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <source>Add plan %1</source>
        <translation>Plan %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 step</source>
        <translation>%1-Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Remove step %1</source>
        <translation>Schritt %1 entfernen</translation>
    </message>
    <message>
        <source>Move step %1 to position %2</source>
        <translation>Schritt %1 an Position %2 verschieben</translation>
    </message>
    <message>
        <source>Change step %1</source>
        <translation>Schritt %1 ändern</translation>
    </message>
</context>
<context>
    <name>PlanEstimateText</name>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>%1/s (default)</source>
        <translation>%1/s (Standard)</translation>
    </message>
    <message>
        <source>Recovery loads the durable memory-optimized data into memory before the database is available; without that much memory in the target&apos;s resource pool the restore fails and the database comes up SUSPECT (R-MOD-003, R-MOD-004).</source>
        <translation>Die Wiederherstellung (Recovery) lädt die dauerhaften speicheroptimierten Daten in den Arbeitsspeicher, bevor die Datenbank verfügbar ist; ohne so viel Arbeitsspeicher im Ressourcenpool des Ziels schlägt die Wiederherstellung fehl, und die Datenbank wird SUSPECT (R-MOD-003, R-MOD-004).</translation>
    </message>
    <message>
        <source>R-MOD-003: needs ≈ %1 of memory for %2 but the target has %3 (and %4 of free disk), from the CFP snapshot of %5</source>
        <translation>R-MOD-003: benötigt ≈ %1 Arbeitsspeicher für %2, aber das Ziel hat %3 (und %4 freien Datenträgerspeicher), aus der CFP-Momentaufnahme von %5</translation>
    </message>
    <message>
        <source>Needs ≈ %1 of memory for %2 (and %3 of free disk), from the CFP snapshot of %4</source>
        <translation>Benötigt ≈ %1 Arbeitsspeicher für %2 (und %3 freien Datenträgerspeicher), aus der CFP-Momentaufnahme von %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;Memory needed before step %1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;From the CFP snapshot of %3%4: the used bytes of the data files of ACTIVE and UNDER CONSTRUCTION pairs less their deleted rows&apos; share, %5 bytes; indexes, rebuilt in memory, are not included. Free disk to provision for the filegroup: 4 × that, %6.</source>
        <translation>&lt;b&gt;Benötigter Arbeitsspeicher vor Schritt %1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Aus der CFP-Momentaufnahme von %3%4: die belegten Bytes der Datendateien der Paare im Zustand ACTIVE und UNDER CONSTRUCTION abzüglich des Anteils ihrer gelöschten Zeilen, %5 Bytes; Indizes, die im Arbeitsspeicher neu erstellt werden, sind nicht enthalten. Für die Dateigruppe bereitzustellender freier Datenträgerspeicher: das 4-Fache, %6.</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>no CFP snapshot precedes this step: import a DMV export or add a workload in the Checkpoint Files dock for an estimate</source>
        <translation>Diesem Schritt geht keine CFP-Momentaufnahme voraus: Importieren Sie einen DMV-Export, oder fügen Sie im Fenster „Prüfpunktdateien“ eine Arbeitslast hinzu, um eine Schätzung zu erhalten</translation>
    </message>
    <message>
        <source>R-MOD-003: needs memory for %1, more than the target&apos;s %2; %3</source>
        <translation>R-MOD-003: benötigt Arbeitsspeicher für %1, mehr als die %2 des Ziels; %3</translation>
    </message>
    <message>
        <source>Needs memory for %1; %2</source>
        <translation>Benötigt Arbeitsspeicher für %1; %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Memory needed before step %1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;No CFP snapshot is taken before the point in time this step&apos;s data reaches, so only the containers&apos; sizes are known (the whole containers, not the data in them). Import a saved sys.dm_db_xtp_checkpoint_files export or add a CFP workload for an estimate of the data itself.</source>
        <translation>&lt;b&gt;Benötigter Arbeitsspeicher vor Schritt %1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Vor dem Zeitpunkt, den die Daten dieses Schritts erreichen, wurde keine CFP-Momentaufnahme erstellt, daher sind nur die Größen der Container bekannt (die gesamten Container, nicht die Daten darin). Importieren Sie einen gespeicherten Export von sys.dm_db_xtp_checkpoint_files, oder fügen Sie eine CFP-Arbeitslast hinzu, um die Daten selbst zu schätzen.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;The environment gives memory-optimized data %1&lt;/b&gt;: less than needed.</source>
        <translation>&lt;br&gt;&lt;b&gt;Die Umgebung gibt für speicheroptimierte Daten %1 an&lt;/b&gt;: weniger als benötigt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step %1: %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Schritt %1: %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Reads %1 (%2) at %3: %4.</source>
        <translation>&lt;br&gt;Liest %1 (%2) mit %3: %4.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Reads %1, whose size is not stated (or the step is refused): 0 s counted.</source>
        <translation>&lt;br&gt;Liest %1, deren Größe nicht angegeben ist (oder der Schritt wird abgelehnt): 0 s gezählt.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Then loads the memory-optimized data into memory: %1.</source>
        <translation>&lt;br&gt;Lädt dann die speicheroptimierten Daten in den Arbeitsspeicher: %1.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Then loads the memory-optimized data into memory, at a size or rate not known: state the memory-optimized load rate in Environment, and the size by a CFP snapshot or the containers&apos; sizes.</source>
        <translation>&lt;br&gt;Lädt dann die speicheroptimierten Daten in den Arbeitsspeicher, mit unbekannter Größe oder Rate: Geben Sie die Laderate für speicheroptimierte Daten unter „Umgebung“ an und die Größe durch eine CFP-Momentaufnahme oder die Größen der Container.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Ends %1 after the restore begins.</source>
        <translation>&lt;br&gt;Endet %1 nach Beginn der Wiederherstellung.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;An estimate: the real rate depends on the media, MAXTRANSFERSIZE, BUFFERCOUNT, the target&apos;s disks and the redo work. Enter the rates a test restore measured on the target in Environment (Restore throughput, Memory-optimized load rate).&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Eine Schätzung: Die tatsächliche Rate hängt von den Medien, MAXTRANSFERSIZE, BUFFERCOUNT, den Datenträgern des Ziels und dem Redo-Aufwand ab. Geben Sie die bei einer Testwiederherstellung auf dem Ziel gemessenen Raten unter „Umgebung“ ein (Wiederherstellungsdurchsatz, Laderate für speicheroptimierte Daten).&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 not online</source>
        <translation>%1 nicht online</translation>
    </message>
    <message>
        <source>%1 online before the restore</source>
        <translation>%1 online vor der Wiederherstellung</translation>
    </message>
    <message>
        <source>%1 after step %2 (%3)</source>
        <translation>%1 nach Schritt %2 (%3)</translation>
    </message>
    <message>
        <source>Restore time %1 — online: %2 — at %3</source>
        <translation>Wiederherstellungsdauer %1 — online: %2 — bei %3</translation>
    </message>
    <message>
        <source>%1/s (Target Server)</source>
        <translation>%1/s (Zielserver)</translation>
    </message>
</context>
<context>
    <name>PlanJsonReader</name>
    <message>
        <source>expected an object, found %1</source>
        <translation>Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>Zeichenfolge erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>ganze Zahl erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>an LSN must be a string of digits (numeric(25,0)), not %1: JSON numbers lose precision beyond 2^53</source>
        <translation>eine LSN muss eine Zeichenfolge aus Ziffern sein (numeric(25,0)), nicht %1: JSON-Zahlen verlieren über 2^53 hinaus an Genauigkeit</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>„%1“ ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>%1: unknown field ignored</source>
        <translation>%1: unbekanntes Feld ignoriert</translation>
    </message>
    <message>
        <source>%1: no edition given; assuming ENTERPRISE (online restore possible)</source>
        <translation>%1: keine Edition angegeben; ENTERPRISE wird angenommen (Onlinewiederherstellung möglich)</translation>
    </message>
    <message>
        <source>%1: no recovery model given; assuming FULL</source>
        <translation>%1: kein Wiederherstellungsmodell angegeben; FULL wird angenommen</translation>
    </message>
    <message>
        <source>filegroup &quot;%1&quot; appears twice (names are case-insensitive)</source>
        <translation>die Dateigruppe „%1“ kommt zweimal vor (bei Namen wird die Groß-/Kleinschreibung nicht beachtet)</translation>
    </message>
    <message>
        <source>the PRIMARY filegroup is required</source>
        <translation>die Dateigruppe PRIMARY ist erforderlich</translation>
    </message>
    <message>
        <source>the PRIMARY filegroup must be of type ROWS</source>
        <translation>die Dateigruppe PRIMARY muss vom Typ ROWS sein</translation>
    </message>
    <message>
        <source>a database can have only one MEMORY_OPTIMIZED_DATA filegroup</source>
        <translation>eine Datenbank kann nur eine MEMORY_OPTIMIZED_DATA-Dateigruppe haben</translation>
    </message>
    <message>
        <source>the backup finishes before it starts</source>
        <translation>die Sicherung endet, bevor sie beginnt</translation>
    </message>
    <message>
        <source>lastLsn %1 is smaller than firstLsn %2</source>
        <translation>lastLsn %1 ist kleiner als firstLsn %2</translation>
    </message>
    <message>
        <source>expected a mark name or {&quot;name&quot;, &quot;after&quot;}, found %1</source>
        <translation>Markierungsname oder {&quot;name&quot;, &quot;after&quot;} erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>a step can have STOPATMARK or STOPBEFOREMARK, not both</source>
        <translation>ein Schritt kann STOPATMARK oder STOPBEFOREMARK haben, nicht beides</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Restore Designer plan (expected &quot;restore-designer-plan&quot;)</source>
        <translation>„%1“ ist kein Restore Designer-Plan (erwartet: &quot;restore-designer-plan&quot;)</translation>
    </message>
    <message>
        <source>this plan uses format version %1, written by a newer Restore Designer; this version reads up to %2</source>
        <translation>dieser Plan verwendet die Formatversion %1, geschrieben von einer neueren Version von Restore Designer; diese Version liest bis Version %2</translation>
    </message>
    <message>
        <source>version %1 does not exist; the first version is 1</source>
        <translation>Version %1 existiert nicht; die erste Version ist 1</translation>
    </message>
    <message>
        <source>backup id &quot;%1&quot; is used twice; ids must be unique</source>
        <translation>die Sicherungs-ID „%1“ wird zweimal verwendet; IDs müssen eindeutig sein</translation>
    </message>
    <message>
        <source>plan name &quot;%1&quot; is used twice</source>
        <translation>der Planname „%1“ wird zweimal verwendet</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>kein gültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenfolge</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is beyond 2^53 - 1 (%2), the largest whole number a JSON number holds exactly</source>
        <translation>%1 liegt über 2^53 - 1 (%2), der größten ganzen Zahl, die eine JSON-Zahl exakt darstellt</translation>
    </message>
    <message>
        <source>%1 is out of range: %2 is a whole number from %3 to %4</source>
        <translation>%1 liegt außerhalb des Bereichs: %2 ist eine ganze Zahl von %3 bis %4</translation>
    </message>
    <message>
        <source>a size in bytes (bigint, not negative)</source>
        <translation>eine Größe in Bytes (bigint, nicht negativ)</translation>
    </message>
    <message>
        <source>%1 is not a MAXTRANSFERSIZE SQL Server accepts: a multiple of %2 from %2 to %3 bytes (0 = not given)</source>
        <translation>%1 ist keine MAXTRANSFERSIZE, die SQL Server akzeptiert: ein Vielfaches von %2 von %2 bis %3 Bytes (0 = nicht angegeben)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SQL Server version: major.minor[.build[.revision]], major and minor 0 to %2 (tinyint), build 0 to %3 (smallint), revision 0 to %4 (int)</source>
        <translation>„%1“ ist keine SQL Server-Version: major.minor[.build[.revision]], major und minor 0 bis %2 (tinyint), build 0 bis %3 (smallint), revision 0 bis %4 (int)</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>ein Array von Zeichenfolgen</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>%1 devices; a media set has 1 to %2 media families</source>
        <translation>%1 Medien; ein Mediensatz hat 1 bis %2 Medienfamilien</translation>
    </message>
    <message>
        <source>the number of media families (backupmediaset.media_family_count: 1 to 64; 0 = as many as media)</source>
        <translation>die Anzahl der Medienfamilien (backupmediaset.media_family_count: 1 bis 64; 0 = so viele wie Medien)</translation>
    </message>
    <message>
        <source>backupset.position (int, RESTORE … WITH FILE = n)</source>
        <translation>backupset.position (int, RESTORE … WITH FILE = n)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GUID (8-4-4-4-12 hexadecimal digits)</source>
        <translation>„%1“ ist keine GUID (8-4-4-4-12 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>container_id (int, not negative)</source>
        <translation>container_id (int, nicht negativ)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file type of the SQL Server %2 DMV (%3)</source>
        <translation>„%1“ ist kein Dateityp der DMV von SQL Server %2 (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state of the SQL Server %2 DMV, as state_desc spells it</source>
        <translation>„%1“ ist kein Zustand der DMV von SQL Server %2 in der Schreibweise von state_desc</translation>
    </message>
    <message>
        <source>a bigint</source>
        <translation>ein bigint</translation>
    </message>
    <message>
        <source>a row count (bigint, not negative)</source>
        <translation>eine Zeilenanzahl (bigint, nicht negativ)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of 2014, 2016</source>
        <translation>„%1“ ist keiner der Werte 2014, 2016</translation>
    </message>
    <message>
        <source>checkpoint file %1 is listed twice (also at index %2)</source>
        <translation>die Prüfpunktdatei %1 ist zweimal aufgeführt (auch bei Index %2)</translation>
    </message>
    <message>
        <source>%1 is not after the previous snapshot&apos;s time %2: snapshots are listed in time order, at most one at a time</source>
        <translation>%1 liegt nicht nach dem Zeitpunkt der vorherigen Momentaufnahme %2: Momentaufnahmen werden in zeitlicher Reihenfolge aufgeführt, höchstens eine pro Zeitpunkt</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>Array erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein boolescher Wert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
</context>
<context>
    <name>PlanTime</name>
    <message>
        <source>&quot;%1&quot; is not a time; expected YYYY-MM-DDTHH:MM:SS[.fff]</source>
        <translation>„%1“ ist keine Uhrzeit; erwartet: YYYY-MM-DDTHH:MM:SS[.fff]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time of the calendar</source>
        <translation>„%1“ ist kein gültiges Kalenderdatum mit Uhrzeit</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 is not a time zone offset; datetimeoffset allows -14:00 to +14:00, minutes 00 to 59</source>
        <translation>„%1“: %2 ist kein Zeitzonenoffset; datetimeoffset erlaubt -14:00 bis +14:00, Minuten 00 bis 59</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is outside the range of SQL Server&apos;s datetime, 1753-01-01T00:00:00 to 9999-12-31T23:59:59.997</source>
        <translation>„%1“ liegt außerhalb des Bereichs von datetime in SQL Server, 1753-01-01T00:00:00 bis 9999-12-31T23:59:59.997</translation>
    </message>
</context>
<context>
    <name>ProjectEdits</name>
    <message>
        <source>Change the recovery target</source>
        <translation>Wiederherstellungsziel ändern</translation>
    </message>
    <message>
        <source>Change filegroup %1</source>
        <translation>Dateigruppe %1 ändern</translation>
    </message>
    <message>
        <source>Remove a %1 event</source>
        <translation>%1-Ereignis entfernen</translation>
    </message>
    <message>
        <source>Edit the project</source>
        <translation>Projekt bearbeiten</translation>
    </message>
    <message>
        <source>Add a %1 event</source>
        <translation>%1-Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Change database %1</source>
        <translation>Datenbank %1 ändern</translation>
    </message>
    <message>
        <source>Change the target environment</source>
        <translation>Zielumgebung ändern</translation>
    </message>
    <message>
        <source>Move a %1 event</source>
        <translation>%1-Ereignis verschieben</translation>
    </message>
    <message>
        <source>Change a %1 event</source>
        <translation>%1-Ereignis ändern</translation>
    </message>
    <message>
        <source>Add the CFP snapshot of %1</source>
        <translation>CFP-Momentaufnahme von %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove the CFP snapshot of %1</source>
        <translation>CFP-Momentaufnahme von %1 entfernen</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>%1 (the file is an SQLite database: project files use the .%2 extension)</source>
        <translation>%1 (die Datei ist eine SQLite-Datenbank: Projektdateien verwenden die Erweiterung .%2)</translation>
    </message>
    <message>
        <source>cannot save %1: unknown file type; use .json (plan file) or .%2 (project file)</source>
        <translation>%1 kann nicht gespeichert werden: unbekannter Dateityp; verwenden Sie .json (Plandatei) oder .%2 (Projektdatei)</translation>
    </message>
    <message>
        <source>%1: cannot create a temporary directory: %2</source>
        <translation>%1: Temporäres Verzeichnis kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot copy it to %2: %3</source>
        <translation>%1: Kann nicht nach %2 kopiert werden: %3</translation>
    </message>
    <message>
        <source>cannot save %1: the plan would not read back unchanged</source>
        <translation>%1 kann nicht gespeichert werden: Der Plan ließe sich nicht unverändert zurücklesen</translation>
    </message>
    <message>
        <source>cannot save %1: the plan would not read back: %2</source>
        <translation>%1 kann nicht gespeichert werden: Der Plan ließe sich nicht zurücklesen: %2</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>not a Restore Designer project: %1</source>
        <translation>kein Restore Designer-Projekt: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>it is not an SQLite database but looks like a JSON plan file (plan files use the .json extension)</source>
        <translation>es ist keine SQLite-Datenbank, sieht aber wie eine JSON-Plandatei aus (Plandateien verwenden die Erweiterung .json)</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>es ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>the file is damaged: truncated to %1 bytes, shorter than an SQLite header</source>
        <translation>die Datei ist beschädigt: auf %1 Bytes abgeschnitten, kürzer als ein SQLite-Header</translation>
    </message>
    <message>
        <source>it is an SQLite database of another application (application_id %1%2; a project has %3)</source>
        <translation>es ist eine SQLite-Datenbank einer anderen Anwendung (application_id %1%2; ein Projekt hat %3)</translation>
    </message>
    <message>
        <source>written by a newer Restore Designer (schema %1); this version reads up to %2</source>
        <translation>von einer neueren Version von Restore Designer geschrieben (Schema %1); diese Version liest bis Version %2</translation>
    </message>
    <message>
        <source>its schema version (user_version) is %1; project files start at 1</source>
        <translation>die Schemaversion (user_version) ist %1; Projektdateien beginnen bei 1</translation>
    </message>
    <message>
        <source>the file is damaged: its header gives no valid page size</source>
        <translation>die Datei ist beschädigt: Ihr Header enthält keine gültige Seitengröße</translation>
    </message>
    <message>
        <source>the file is damaged: %1 bytes is not a whole number of %2-byte pages (truncated?)</source>
        <translation>die Datei ist beschädigt: %1 Bytes sind keine ganze Anzahl von %2-Byte-Seiten (abgeschnitten?)</translation>
    </message>
    <message>
        <source>the file is damaged: truncated to %1 bytes; its header says %2 pages of %3 bytes</source>
        <translation>die Datei ist beschädigt: auf %1 Bytes abgeschnitten; laut Header %2 Seiten zu %3 Bytes</translation>
    </message>
    <message>
        <source>the file is damaged: %1</source>
        <translation>die Datei ist beschädigt: %1</translation>
    </message>
    <message>
        <source>the file is damaged (SQLite integrity check: %1)</source>
        <translation>die Datei ist beschädigt (SQLite-Integritätsprüfung: %1)</translation>
    </message>
    <message>
        <source>not a Restore Designer project: table &quot;%1&quot; is missing</source>
        <translation>kein Restore Designer-Projekt: Die Tabelle „%1“ fehlt</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>SQLite cannot open it: %1</source>
        <translation>SQLite kann die Datei nicht öffnen: %1</translation>
    </message>
    <message>
        <source>the file is damaged: its content checksum is missing</source>
        <translation>die Datei ist beschädigt: Ihre Inhaltsprüfsumme fehlt</translation>
    </message>
    <message>
        <source>the file is damaged: its content does not match the checksum stored with it</source>
        <translation>die Datei ist beschädigt: Ihr Inhalt stimmt nicht mit der gespeicherten Prüfsumme überein</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>SQLite cannot create the file: %1</source>
        <translation>SQLite kann die Datei nicht erstellen: %1</translation>
    </message>
    <message>
        <source>the project would not read back unchanged</source>
        <translation>das Projekt ließe sich nicht unverändert zurücklesen</translation>
    </message>
    <message>
        <source>the project would not read back: %1</source>
        <translation>das Projekt ließe sich nicht zurücklesen: %1</translation>
    </message>
    <message>
        <source>cannot read table &quot;%1&quot;: %2</source>
        <translation>Tabelle „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation>%1: kein gültiges JSON bei Offset %2: %3</translation>
    </message>
    <message>
        <source>%1: expected one JSON value</source>
        <translation>%1: genau ein JSON-Wert erwartet</translation>
    </message>
    <message>
        <source>%1 row %2 (%3 &quot;%4&quot;)</source>
        <translation>%1 Zeile %2 (%3 „%4“)</translation>
    </message>
    <message>
        <source>project row &quot;%1&quot;</source>
        <translation>Projektzeile „%1“</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1: expected &quot;%2&quot;, found &quot;%3&quot;</source>
        <translation>%1: „%2“ erwartet, „%3“ gefunden</translation>
    </message>
    <message>
        <source>%1: expected a plan format version (1 or more)</source>
        <translation>%1: Planformatversion erwartet (1 oder höher)</translation>
    </message>
    <message>
        <source>its content uses plan format version %1, written by a newer Restore Designer; this version reads up to %2</source>
        <translation>der Inhalt verwendet die Planformatversion %1, geschrieben von einer neueren Version von Restore Designer; diese Version liest bis Version %2</translation>
    </message>
    <message>
        <source>%1: unknown key ignored</source>
        <translation>%1: unbekannter Schlüssel ignoriert</translation>
    </message>
    <message>
        <source>events row %1</source>
        <translation>events-Zeile %1</translation>
    </message>
    <message>
        <source>%1: the id column does not match the backup&apos;s id &quot;%2&quot;</source>
        <translation>%1: Die Spalte id stimmt nicht mit der ID „%2“ der Sicherung überein</translation>
    </message>
    <message>
        <source>%1: backup id &quot;%2&quot; is used twice; ids must be unique</source>
        <translation>%1: Die Sicherungs-ID „%2“ wird zweimal verwendet; IDs müssen eindeutig sein</translation>
    </message>
    <message>
        <source>%1: the name column does not match the plan&apos;s name &quot;%2&quot;</source>
        <translation>%1: Die Spalte name stimmt nicht mit dem Namen „%2“ des Plans überein</translation>
    </message>
    <message>
        <source>%1: plan name &quot;%2&quot; is used twice</source>
        <translation>%1: Der Planname „%2“ wird zweimal verwendet</translation>
    </message>
    <message>
        <source>view_state row &quot;%1&quot;</source>
        <translation>view_state-Zeile „%1“</translation>
    </message>
    <message>
        <source>the SQLite driver of Qt (QSQLITE) is not available</source>
        <translation>der SQLite-Treiber von Qt (QSQLITE) ist nicht verfügbar</translation>
    </message>
    <message>
        <source>cannot create a file beside it: %1</source>
        <translation>neben der Datei kann keine Datei erstellt werden: %1</translation>
    </message>
    <message>
        <source>cannot read back %1: %2</source>
        <translation>%1 kann nicht zurückgelesen werden: %2</translation>
    </message>
    <message>
        <source>%1, column &quot;%2&quot;</source>
        <translation>%1, Spalte „%2“</translation>
    </message>
    <message>
        <source>written by Restore Designer %1, newer than this version (%2): it reads, but what the newer version added may be ignored, and saving here drops it</source>
        <translation>geschrieben von Restore Designer %1, neuer als diese Version (%2): Die Datei lässt sich lesen, aber was die neuere Version hinzugefügt hat, wird möglicherweise ignoriert, und beim Speichern hier geht es verloren</translation>
    </message>
</context>
<context>
    <name>RestoreSimulator</name>
    <message>
        <source>Step %1 is RESTORE LOG but backup %2 is a %3 backup; use RESTORE DATABASE.</source>
        <translation>Schritt %1 ist RESTORE LOG, aber die Sicherung %2 ist eine %3-Sicherung; verwenden Sie RESTORE DATABASE.</translation>
    </message>
    <message>
        <source>Step %1 is RESTORE DATABASE but backup %2 is a log backup; use RESTORE LOG.</source>
        <translation>Schritt %1 ist RESTORE DATABASE, aber die Sicherung %2 ist eine Protokollsicherung; verwenden Sie RESTORE LOG.</translation>
    </message>
    <message>
        <source>%1 edition cannot restore %2 while %3 is online (online restore needs Enterprise or Developer); the whole database would be unavailable for this restore.</source>
        <translation>Die Edition %1 kann %2 nicht wiederherstellen, während %3 online ist (die Onlinewiederherstellung erfordert Enterprise oder Developer); die gesamte Datenbank wäre während dieser Wiederherstellung nicht verfügbar.</translation>
    </message>
    <message>
        <source>Insert SET OFFLINE (or BACKUP LOG … WITH NORECOVERY) before step %1.</source>
        <translation>SET OFFLINE (oder BACKUP LOG … WITH NORECOVERY) vor Schritt %1 einfügen.</translation>
    </message>
    <message>
        <source>The database was already recovered at step %1; differential %2 can no longer be applied. Restart the sequence from the full/file backup.</source>
        <translation>Die Datenbank wurde bereits in Schritt %1 mit RECOVERY abgeschlossen; die differenzielle Sicherung %2 kann nicht mehr angewendet werden. Beginnen Sie die Sequenz erneut mit der vollständigen Sicherung bzw. Dateisicherung.</translation>
    </message>
    <message>
        <source>Use NORECOVERY on step %1.</source>
        <translation>NORECOVERY in Schritt %1 verwenden.</translation>
    </message>
    <message>
        <source>%1 is COPY_ONLY, so differential %2 is not based on it; its base is %3.</source>
        <translation>%1 ist COPY_ONLY, daher basiert die differenzielle Sicherung %2 nicht darauf; ihre Basis ist %3.</translation>
    </message>
    <message>
        <source>(no backup in this history)</source>
        <translation>(keine Sicherung in diesem Verlauf)</translation>
    </message>
    <message>
        <source>Restore %1 instead of %2.</source>
        <translation>%1 statt %2 wiederherstellen.</translation>
    </message>
    <message>
        <source>Differential %1 is based on %2, but %3 was last restored from %4. Restore %2 first.</source>
        <translation>Die differenzielle Sicherung %1 basiert auf %2, aber %3 wurde zuletzt aus %4 wiederhergestellt. Stellen Sie zuerst %2 wieder her.</translation>
    </message>
    <message>
        <source>a backup missing from this history</source>
        <translation>einer Sicherung, die in diesem Verlauf fehlt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>keiner Sicherung</translation>
    </message>
    <message>
        <source>Restore %1 before step %2.</source>
        <translation>%1 vor Schritt %2 wiederherstellen.</translation>
    </message>
    <message>
        <source>Log backup %1 has nothing to roll forward: the files being restored are read-only since their backup and need no log.</source>
        <translation>Die Protokollsicherung %1 hat nichts für einen Rollforward: Die wiederhergestellten Dateien sind seit ihrer Sicherung schreibgeschützt und benötigen kein Protokoll.</translation>
    </message>
    <message>
        <source>The database was already recovered at step %1; log backup %2 can no longer be applied. Restart the sequence from the full/file backup.</source>
        <translation>Die Datenbank wurde bereits in Schritt %1 mit RECOVERY abgeschlossen; die Protokollsicherung %2 kann nicht mehr angewendet werden. Beginnen Sie die Sequenz erneut mit der vollständigen Sicherung bzw. Dateisicherung.</translation>
    </message>
    <message>
        <source>No files are ready to roll forward: restore a data backup before log backup %1.</source>
        <translation>Keine Dateien sind für einen Rollforward bereit: Stellen Sie vor der Protokollsicherung %1 eine Datensicherung wieder her.</translation>
    </message>
    <message>
        <source>The first log after %1 must contain LSN %2; %3 covers %4.</source>
        <translation>Das erste Protokoll nach %1 muss LSN %2 enthalten; %3 deckt %4 ab.</translation>
    </message>
    <message>
        <source>Restore the log backup whose range contains LSN %1 here.</source>
        <translation>Hier die Protokollsicherung wiederherstellen, deren Bereich LSN %1 enthält.</translation>
    </message>
    <message>
        <source>Gap in the log chain: backup %1 starts at LSN %2, but roll-forward is at LSN %3. A log backup covering LSN %3 is missing.</source>
        <translation>Lücke in der Protokollkette: Die Sicherung %1 beginnt bei LSN %2, aber der Rollforward steht bei LSN %3. Eine Protokollsicherung, die LSN %3 abdeckt, fehlt.</translation>
    </message>
    <message>
        <source>Insert the log backup containing LSN %1 before step %2.</source>
        <translation>Die Protokollsicherung, die LSN %1 enthält, vor Schritt %2 einfügen.</translation>
    </message>
    <message>
        <source>Log backup %1 ends at LSN %2, before the database&apos;s current point %3; it is not needed here.</source>
        <translation>Die Protokollsicherung %1 endet bei LSN %2, vor dem aktuellen Punkt %3 der Datenbank; sie wird hier nicht benötigt.</translation>
    </message>
    <message>
        <source>Remove step %1 or use a later log backup.</source>
        <translation>Schritt %1 entfernen oder eine spätere Protokollsicherung verwenden.</translation>
    </message>
    <message>
        <source>Recovery-only restore of %1 needs the database online and %1 read-only since before the restored backup %2, through the recovery point; otherwise restore it from a backup.</source>
        <translation>Eine reine RECOVERY-Wiederherstellung von %1 erfordert, dass die Datenbank online ist und %1 seit vor der wiederhergestellten Sicherung %2 bis zum Wiederherstellungspunkt schreibgeschützt ist; stellen Sie sie andernfalls aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Filegroup %1 was not read-only for the whole time from its backup to the recovery point; it needs log backups up to LSN %2 before it can be recovered.</source>
        <translation>Die Dateigruppe %1 war nicht während der gesamten Zeit von ihrer Sicherung bis zum Wiederherstellungspunkt schreibgeschützt; sie benötigt Protokollsicherungen bis LSN %2, bevor sie mit RECOVERY abgeschlossen werden kann.</translation>
    </message>
    <message>
        <source>Filegroup %1 is only rolled forward to LSN %2; it must reach %3 before it can be recovered.</source>
        <translation>Für die Dateigruppe %1 wird nur ein Rollforward bis LSN %2 ausgeführt; sie muss %3 erreichen, bevor sie mit RECOVERY abgeschlossen werden kann.</translation>
    </message>
    <message>
        <source>Restore %1 instead of %2 at step %3.</source>
        <translation>%1 statt %2 in Schritt %3 wiederherstellen.</translation>
    </message>
    <message>
        <source>Restore log backup %1 (which contains LSN %2) here.</source>
        <translation>Hier die Protokollsicherung %1 (die LSN %2 enthält) wiederherstellen.</translation>
    </message>
    <message>
        <source>Insert RESTORE LOG %1 before step %2.</source>
        <translation>RESTORE LOG %1 vor Schritt %2 einfügen.</translation>
    </message>
    <message>
        <source>%1 was damaged by the failure: a recovery-only restore cannot bring it online; restore it from a backup.</source>
        <translation>%1 wurde durch den Ausfall beschädigt: Eine reine RECOVERY-Wiederherstellung kann die Dateigruppe nicht online schalten; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Restore the log backups from LSN %1 to %2 (the history lacks some) before step %3 recovers.</source>
        <translation>Protokollsicherungen von LSN %1 bis %2 wiederherstellen (im Verlauf fehlen einige), bevor Schritt %3 mit RECOVERY abschließt.</translation>
    </message>
    <message>
        <source>Restore %1 from a backup taken after it last became read-only (SIMPLE recovery keeps no log to roll it forward).</source>
        <translation>%1 aus einer Sicherung wiederherstellen, die erstellt wurde, nachdem sie zuletzt schreibgeschützt wurde (das Wiederherstellungsmodell SIMPLE bewahrt kein Protokoll für einen Rollforward auf).</translation>
    </message>
    <message>
        <source>Restore %1 from the backup the rest of the database comes from (SIMPLE recovery keeps no log to roll it forward).</source>
        <translation>%1 aus der Sicherung wiederherstellen, aus der die restliche Datenbank stammt (das Wiederherstellungsmodell SIMPLE bewahrt kein Protokoll für einen Rollforward auf).</translation>
    </message>
</context>
<context>
    <name>RollForwardFix</name>
    <message>
        <source>Restore %1 WITH NORECOVERY before step %2.</source>
        <translation>%1 WITH NORECOVERY vor Schritt %2 wiederherstellen.</translation>
    </message>
    <message>
        <source>Use NORECOVERY on step %1 and restore %2 WITH NORECOVERY after step %3.</source>
        <translation>NORECOVERY in Schritt %1 verwenden und %2 nach Schritt %3 WITH NORECOVERY wiederherstellen.</translation>
    </message>
    <message>
        <source>Use NORECOVERY on step %1 and restore %2 after step %3, WITH RECOVERY.</source>
        <translation>NORECOVERY in Schritt %1 verwenden und %2 nach Schritt %3 WITH RECOVERY wiederherstellen.</translation>
    </message>
    <message>
        <source>Use NORECOVERY on step %1 and restore %2 after step %3; the last one recovers.</source>
        <translation>NORECOVERY in Schritt %1 verwenden und %2 nach Schritt %3 wiederherstellen; die letzte schließt mit RECOVERY ab.</translation>
    </message>
    <message>
        <source>Use NORECOVERY on step %1: the log restores after it reach %2, and step %3 recovers.</source>
        <translation>NORECOVERY in Schritt %1 verwenden: Die Protokollwiederherstellungen danach erreichen %2, und Schritt %3 schließt mit RECOVERY ab.</translation>
    </message>
    <message>
        <source>Use NORECOVERY on step %1 and recover with step %2 instead.</source>
        <translation>NORECOVERY in Schritt %1 verwenden und stattdessen mit Schritt %2 mit RECOVERY abschließen.</translation>
    </message>
</context>
<context>
    <name>RuleCatalog</name>
    <message>
        <source>No RESTORE or BACKUP inside a transaction</source>
        <translation>Kein RESTORE oder BACKUP innerhalb einer Transaktion</translation>
    </message>
    <message>
        <source>BACKUP/RESTORE cannot run inside a transaction. Remove BEGIN TRAN / IMPLICIT_TRANSACTIONS around step N.</source>
        <translation>BACKUP/RESTORE kann nicht innerhalb einer Transaktion ausgeführt werden. Entfernen Sie BEGIN TRAN / IMPLICIT_TRANSACTIONS um Schritt N.</translation>
    </message>
    <message>
        <source>The T-SQL writer never wraps BACKUP/RESTORE in a transaction; every statement is its own batch.</source>
        <translation>Der T-SQL-Generator schließt BACKUP/RESTORE nie in eine Transaktion ein; jede Anweisung ist ein eigener Batch.</translation>
    </message>
    <message>
        <source>No restoring to an older engine version</source>
        <translation>Keine Wiederherstellung auf einer älteren Version des Datenbankmoduls</translation>
    </message>
    <message>
        <source>Backup {id} was taken on a newer SQL Server ({v}) than the target ({t}); it cannot be restored there.</source>
        <translation>Die Sicherung {id} wurde auf einem neueren SQL Server ({v}) als dem Ziel ({t}) erstellt; sie kann dort nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Against RestoreEnvironment.serverVersion, stated by the user; not checked while it or the backup&apos;s softwareVersion is unknown. master, model and msdb need the same version.</source>
        <translation>Anhand von RestoreEnvironment.serverVersion, vom Benutzer angegeben; nicht geprüft, solange dieser Wert oder die softwareVersion der Sicherung unbekannt ist. master, model und msdb benötigen dieselbe Version.</translation>
    </message>
    <message>
        <source>A recovery-only step must name a recovery option</source>
        <translation>Ein reiner RECOVERY-Schritt muss eine RECOVERY-Option nennen</translation>
    </message>
    <message>
        <source>A recovery-only RESTORE (no FROM) must state WITH RECOVERY, NORECOVERY or STANDBY.</source>
        <translation>Ein reiner RECOVERY-RESTORE (ohne FROM) muss WITH RECOVERY, NORECOVERY oder STANDBY angeben.</translation>
    </message>
    <message>
        <source>Only the last statement of a restore sequence may recover</source>
        <translation>Nur die letzte Anweisung einer Wiederherstellungssequenz darf mit RECOVERY abschließen</translation>
    </message>
    <message>
        <source>Step N would recover the database (RECOVERY is the default), so the following restore steps can no longer be applied.</source>
        <translation>Schritt N würde die Datenbank mit RECOVERY abschließen (RECOVERY ist der Standard), sodass die folgenden Wiederherstellungsschritte nicht mehr angewendet werden können.</translation>
    </message>
    <message>
        <source>Nothing can be rolled forward after recovery</source>
        <translation>Nach dem Abschluss mit RECOVERY ist kein Rollforward mehr möglich</translation>
    </message>
    <message>
        <source>The database was already recovered at step N; backup {id} can no longer be applied. Restart the sequence from the full/file backup.</source>
        <translation>Die Datenbank wurde bereits in Schritt N mit RECOVERY abgeschlossen; die Sicherung {id} kann nicht mehr angewendet werden. Beginnen Sie die Sequenz erneut mit der vollständigen Sicherung bzw. der Dateisicherung.</translation>
    </message>
    <message>
        <source>Creating a database needs a backup that contains the primary file</source>
        <translation>Das Erstellen einer Datenbank erfordert eine Sicherung, die die primäre Datei enthält</translation>
    </message>
    <message>
        <source>Database {db} does not exist on the target, so the first restore must come from a backup that contains the primary file.</source>
        <translation>Die Datenbank {db} existiert auf dem Ziel nicht, daher muss die erste Wiederherstellung aus einer Sicherung erfolgen, die die primäre Datei enthält.</translation>
    </message>
    <message>
        <source>Needs environment.databaseExists (default true): whether the database exists on the target is a fact the user states.</source>
        <translation>Erfordert environment.databaseExists (Standard: true): Ob die Datenbank auf dem Ziel existiert, ist eine Tatsache, die der Benutzer angibt.</translation>
    </message>
    <message>
        <source>Backups of encrypted databases need the certificate or key</source>
        <translation>Sicherungen verschlüsselter Datenbanken benötigen das Zertifikat oder den Schlüssel</translation>
    </message>
    <message>
        <source>Backup {id} is encrypted; make sure certificate {thumbprint} exists on the target server before running the script.</source>
        <translation>Die Sicherung {id} ist verschlüsselt; stellen Sie sicher, dass das Zertifikat {thumbprint} auf dem Zielserver vorhanden ist, bevor Sie das Skript ausführen.</translation>
    </message>
    <message>
        <source>RestoreEnvironment.certificatesAvailable (default false) states whether the certificates or keys are on the target.</source>
        <translation>RestoreEnvironment.certificatesAvailable (Standard: false) gibt an, ob die Zertifikate oder Schlüssel auf dem Ziel vorhanden sind.</translation>
    </message>
    <message>
        <source>CONTINUE_AFTER_ERROR propagates</source>
        <translation>CONTINUE_AFTER_ERROR wird weitergegeben</translation>
    </message>
    <message>
        <source>Backup {id} was taken from a damaged database; it only restores WITH CONTINUE_AFTER_ERROR, and every later step must repeat that option. Run DBCC CHECKDB afterwards.</source>
        <translation>Die Sicherung {id} wurde von einer beschädigten Datenbank erstellt; sie lässt sich nur WITH CONTINUE_AFTER_ERROR wiederherstellen, und jeder spätere Schritt muss diese Option wiederholen. Führen Sie anschließend DBCC CHECKDB aus.</translation>
    </message>
    <message>
        <source>A damaged data or differential backup without CONTINUE_AFTER_ERROR is refused; with it, a warning (run DBCC CHECKDB). A damaged log without it is R-LOG-005. The option is required on every later step of the sequence, recovery-only steps included.</source>
        <translation>Eine beschädigte Daten- oder differenzielle Sicherung ohne CONTINUE_AFTER_ERROR wird abgelehnt; mit dieser Option ergibt sie eine Warnung (DBCC CHECKDB ausführen). Ein beschädigtes Protokoll ohne diese Option fällt unter R-LOG-005. Die Option ist in jedem späteren Schritt der Sequenz erforderlich, reine RECOVERY-Schritte eingeschlossen.</translation>
    </message>
    <message>
        <source>An offline restore needs exclusive access</source>
        <translation>Eine Offlinewiederherstellung erfordert exklusiven Zugriff</translation>
    </message>
    <message>
        <source>This step needs exclusive access; connected users will be disconnected. Consider SINGLE_USER WITH ROLLBACK IMMEDIATE first.</source>
        <translation>Dieser Schritt erfordert exklusiven Zugriff; verbundene Benutzer werden getrennt. Erwägen Sie, zuvor SINGLE_USER WITH ROLLBACK IMMEDIATE zu setzen.</translation>
    </message>
    <message>
        <source>Once per restore sequence, at the step that takes an online, existing database offline (PARTIAL or PRIMARY restore); not after a tail-log backup WITH NORECOVERY or SET OFFLINE, nor when environment.databaseExists is false.</source>
        <translation>Einmal pro Wiederherstellungssequenz, in dem Schritt, der eine vorhandene Onlinedatenbank offline schaltet (PARTIAL- oder PRIMARY-Wiederherstellung); nicht nach einer Sicherung des Protokollfragments WITH NORECOVERY oder nach SET OFFLINE und auch nicht, wenn environment.databaseExists false ist.</translation>
    </message>
    <message>
        <source>No restore into a mirrored or availability-group database</source>
        <translation>Keine Wiederherstellung in eine gespiegelte Datenbank oder eine Datenbank in einer Verfügbarkeitsgruppe</translation>
    </message>
    <message>
        <source>Remove {db} from its availability group/mirroring session before restoring it.</source>
        <translation>Entfernen Sie {db} vor der Wiederherstellung aus der Verfügbarkeitsgruppe bzw. der Spiegelungssitzung.</translation>
    </message>
    <message>
        <source>RestoreEnvironment.availabilityGroup / mirrored, stated by the user; reported at the first RESTORE.</source>
        <translation>RestoreEnvironment.availabilityGroup / mirrored, vom Benutzer angegeben; gemeldet beim ersten RESTORE.</translation>
    </message>
    <message>
        <source>Back up the tail before overwriting a full or bulk-logged database</source>
        <translation>Vor dem Überschreiben einer Datenbank im vollständigen oder massenprotokollierten Wiederherstellungsmodell das Protokollfragment sichern</translation>
    </message>
    <message>
        <source>The tail of the log of {db} has not been backed up. Add BACKUP LOG … WITH NORECOVERY before step 1, or use REPLACE/STOPAT and accept losing the work since the last log backup.</source>
        <translation>Das Protokollfragment von {db} wurde nicht gesichert. Fügen Sie vor Schritt 1 BACKUP LOG … WITH NORECOVERY hinzu, oder verwenden Sie REPLACE/STOPAT und nehmen Sie den Verlust der Arbeit seit der letzten Protokollsicherung in Kauf.</translation>
    </message>
    <message>
        <source>Only when RestoreEnvironment.databaseExists. A BACKUP LOG with NORECOVERY/STANDBY/NO_TRUNCATE before the first RESTORE, or a tail-log backup as the history&apos;s latest log, satisfies it; REPLACE or a stop clause on the first RESTORE overrides it.</source>
        <translation>Nur wenn RestoreEnvironment.databaseExists. Erfüllt wird die Regel durch ein BACKUP LOG mit NORECOVERY/STANDBY/NO_TRUNCATE vor dem ersten RESTORE oder durch eine Sicherung des Protokollfragments als neuestes Protokoll im Verlauf; REPLACE oder eine Stop-Klausel im ersten RESTORE setzt sie außer Kraft.</translation>
    </message>
    <message>
        <source>On an online database, take the tail with NORECOVERY</source>
        <translation>Bei einer Onlinedatenbank das Protokollfragment mit NORECOVERY sichern</translation>
    </message>
    <message>
        <source>Tail-log backup without NORECOVERY: users can keep writing after the tail is taken, and the restore will then demand another tail.</source>
        <translation>Sicherung des Protokollfragments ohne NORECOVERY: Benutzer können weiter schreiben, nachdem das Protokollfragment gesichert wurde, und die Wiederherstellung verlangt dann ein weiteres Protokollfragment.</translation>
    </message>
    <message>
        <source>A BACKUP LOG before the first RESTORE while the simulated database is ONLINE.</source>
        <translation>Ein BACKUP LOG vor dem ersten RESTORE, während die simulierte Datenbank ONLINE ist.</translation>
    </message>
    <message>
        <source>Restoring to the point of failure must end with the tail-log backup</source>
        <translation>Eine Wiederherstellung bis zum Zeitpunkt des Ausfalls muss mit der Sicherung des Protokollfragments enden</translation>
    </message>
    <message>
        <source>Recovery target is &apos;point of failure&apos; but the tail-log backup is not the last log restored in sequence S; transactions after {lastLogTime} would be lost.</source>
        <translation>Das Wiederherstellungsziel ist „Zeitpunkt des Ausfalls“, aber die Sicherung des Protokollfragments ist nicht das letzte in Sequenz S wiederhergestellte Protokoll; Transaktionen nach {lastLogTime} gingen verloren.</translation>
    </message>
    <message>
        <source>At each recovery of read/write data with the end of the log as target: the last log restored must be a tail-log backup (or one the plan takes). When the scenario&apos;s FAILURE has logDamaged no tail can exist: restoring up to the last log backup of the chain is then the best reachable point and reports nothing; stopping earlier is a warning.</source>
        <translation>Bei jedem Abschluss mit RECOVERY von Daten mit Lese-/Schreibzugriff mit dem Ende des Protokolls als Ziel: Das zuletzt wiederhergestellte Protokoll muss eine Sicherung des Protokollfragments sein (oder eine, die der Plan erstellt). Wenn der FAILURE des Szenarios logDamaged hat, kann kein Protokollfragment existieren: Die Wiederherstellung bis zur letzten Protokollsicherung der Kette ist dann der beste erreichbare Zeitpunkt und meldet nichts; ein früheres Anhalten ist eine Warnung.</translation>
    </message>
    <message>
        <source>NO_TRUNCATE and CONTINUE_AFTER_ERROR are for damaged databases only</source>
        <translation>NO_TRUNCATE und CONTINUE_AFTER_ERROR sind nur für beschädigte Datenbanken vorgesehen</translation>
    </message>
    <message>
        <source>NO_TRUNCATE/CONTINUE_AFTER_ERROR are meant for damaged databases; on a healthy database use NORECOVERY only.</source>
        <translation>NO_TRUNCATE/CONTINUE_AFTER_ERROR sind für beschädigte Datenbanken vorgesehen; verwenden Sie bei einer intakten Datenbank nur NORECOVERY.</translation>
    </message>
    <message>
        <source>When a tail-log backup is impossible</source>
        <translation>Wenn eine Sicherung des Protokollfragments unmöglich ist</translation>
    </message>
    <message>
        <source>A tail-log backup is not possible in this state ({state}); the plan can only reach {lastLogBackupTime}. Work after that is lost.</source>
        <translation>Eine Sicherung des Protokollfragments ist in diesem Zustand ({state}) nicht möglich; der Plan kann nur {lastLogBackupTime} erreichen. Die Arbeit danach geht verloren.</translation>
    </message>
    <message>
        <source>At a BACKUP LOG step: the simulated database OFFLINE/EMERGENCY; a FAILURE with logDamaged; or BULK_LOGGED since the last log backup while a FAILURE or the simulated state leaves a filegroup unavailable.</source>
        <translation>In einem BACKUP LOG-Schritt: die simulierte Datenbank OFFLINE/EMERGENCY; ein FAILURE mit logDamaged; oder BULK_LOGGED seit der letzten Protokollsicherung, während ein FAILURE oder der simulierte Zustand eine Dateigruppe nicht verfügbar macht.</translation>
    </message>
    <message>
        <source>When the tail is not needed</source>
        <translation>Wenn das Protokollfragment nicht benötigt wird</translation>
    </message>
    <message>
        <source>No tail-log backup needed: the recovery point is inside backup {id}.</source>
        <translation>Keine Sicherung des Protokollfragments erforderlich: Der Wiederherstellungspunkt liegt innerhalb der Sicherung {id}.</translation>
    </message>
    <message>
        <source>Info when the first RESTORE carries the stop clause and the recovery point lies inside a log backup; without a stop clause or REPLACE SQL Server still refuses (3159), so R-TAIL-001 says to add STOPAT.</source>
        <translation>Info, wenn das erste RESTORE die Stop-Klausel enthält und der Wiederherstellungspunkt innerhalb einer Protokollsicherung liegt; ohne Stop-Klausel oder REPLACE lehnt SQL Server dennoch ab (3159), daher fordert R-TAIL-001 dazu auf, STOPAT hinzuzufügen.</translation>
    </message>
    <message>
        <source>Log backups and log restores exist only under full or bulk-logged</source>
        <translation>Protokollsicherungen und Protokollwiederherstellungen gibt es nur im vollständigen oder massenprotokollierten Wiederherstellungsmodell</translation>
    </message>
    <message>
        <source>Log backup {id} cannot exist / cannot follow {base}: the database was in SIMPLE recovery (or had no full backup) at that time.</source>
        <translation>Die Protokollsicherung {id} kann nicht existieren / nicht auf {base} folgen: Die Datenbank befand sich zu diesem Zeitpunkt im Wiederherstellungsmodell SIMPLE (oder hatte keine vollständige Sicherung).</translation>
    </message>
    <message>
        <source>No gap before a log backup (too recent)</source>
        <translation>Keine Lücke vor einer Protokollsicherung (zu neu)</translation>
    </message>
    <message>
        <source>Gap in the log chain: backup {id} starts at LSN {first}, but roll-forward is at LSN {R}. A log backup covering LSN {R} is missing (taken around {time}).</source>
        <translation>Lücke in der Protokollkette: Die Sicherung {id} beginnt bei LSN {first}, aber der Rollforward steht bei LSN {R}. Eine Protokollsicherung, die LSN {R} abdeckt, fehlt (erstellt um {time}).</translation>
    </message>
    <message>
        <source>A log backup that ends too early</source>
        <translation>Eine Protokollsicherung, die zu früh endet</translation>
    </message>
    <message>
        <source>Log backup {id} ends at LSN {last}, before the database&apos;s current point {R}; it is not needed here. Remove it or use a later log backup.</source>
        <translation>Die Protokollsicherung {id} endet bei LSN {last}, vor dem aktuellen Punkt {R} der Datenbank; sie wird hier nicht benötigt. Entfernen Sie sie, oder verwenden Sie eine spätere Protokollsicherung.</translation>
    </message>
    <message>
        <source>The first log after a data or differential restore must cover that backup&apos;s last_lsn</source>
        <translation>Das erste Protokoll nach einer Daten- oder differenziellen Wiederherstellung muss die last_lsn dieser Sicherung abdecken</translation>
    </message>
    <message>
        <source>The first log after {data} must contain LSN {data.lastLsn}; {log} covers {first}–{last}.</source>
        <translation>Das erste Protokoll nach {data} muss LSN {data.lastLsn} enthalten; {log} deckt {first}–{last} ab.</translation>
    </message>
    <message>
        <source>Every log backup up to the target must be available before you start</source>
        <translation>Jede Protokollsicherung bis zum Ziel muss vor Beginn verfügbar sein</translation>
    </message>
    <message>
        <source>Log backup covering {lsnRange}/{timeRange} is missing; the latest reachable point is {time}.</source>
        <translation>Die Protokollsicherung, die {lsnRange}/{timeRange} abdeckt, fehlt; der späteste erreichbare Zeitpunkt ist {time}.</translation>
    </message>
    <message>
        <source>A damaged backup is taken as lost for the chain: restoring it without CONTINUE_AFTER_ERROR, skipping it (a gap it would fill), or a point of failure beyond it is an error naming the latest reachable point.</source>
        <translation>Eine beschädigte Sicherung gilt für die Kette als verloren: Sie ohne CONTINUE_AFTER_ERROR wiederherzustellen, sie zu überspringen (eine Lücke, die sie füllen würde) oder ein Zeitpunkt des Ausfalls jenseits von ihr ist ein Fehler, der den spätesten erreichbaren Zeitpunkt nennt.</translation>
    </message>
    <message>
        <source>Log backups do not belong to any particular full backup</source>
        <translation>Protokollsicherungen gehören zu keiner bestimmten vollständigen Sicherung</translation>
    </message>
    <message>
        <source>Restoring the older full backup {F1} plus all later logs is valid; it is just slower than using {F2}.</source>
        <translation>Die Wiederherstellung der älteren vollständigen Sicherung {F1} zusammen mit allen späteren Protokollen ist gültig; sie ist nur langsamer als die Verwendung von {F2}.</translation>
    </message>
    <message>
        <source>Logs apply by LSN and fork only; databaseBackupLsn is never used to reject a log.</source>
        <translation>Protokolle werden nur nach LSN und Verzweigung angewendet; databaseBackupLsn wird nie verwendet, um ein Protokoll abzulehnen.</translation>
    </message>
    <message>
        <source>Copy-only log backups</source>
        <translation>Protokollsicherungen als Kopiesicherung</translation>
    </message>
    <message>
        <source>{id} is a copy-only log backup: usable in this restore, but later log backups do not depend on it.</source>
        <translation>{id} ist eine Protokollsicherung als Kopiesicherung: in dieser Wiederherstellung verwendbar, aber spätere Protokollsicherungen hängen nicht von ihr ab.</translation>
    </message>
    <message>
        <source>Copy-only logs pass the same LSN tests as any log and are never a link: derived LSNs let the next regular log overlap them (docs/lsn-derivation.md), and the chain search for the reachable point uses them like any other log. The chain-health report (docs/chain-health.md) notes each one, so that nobody counts it as a link.</source>
        <translation>Protokolle als Kopiesicherung bestehen dieselben LSN-Prüfungen wie jedes Protokoll und sind nie ein Glied der Kette: Abgeleitete LSNs lassen das nächste reguläre Protokoll sie überlappen (docs/lsn-derivation.md), und die Kettensuche nach dem erreichbaren Zeitpunkt verwendet sie wie jedes andere Protokoll. Der Bericht zum Kettenzustand (docs/chain-health.md) vermerkt jede einzelne, damit niemand sie als Glied zählt.</translation>
    </message>
    <message>
        <source>Switching recovery model breaks and restarts the chain</source>
        <translation>Ein Wechsel des Wiederherstellungsmodells unterbricht die Kette und beginnt sie neu</translation>
    </message>
    <message>
        <source>The log chain was broken at {time} (switch to SIMPLE). Logs before and after cannot be combined; restore {newer full/diff} instead.</source>
        <translation>Die Protokollkette wurde um {time} unterbrochen (Wechsel zu SIMPLE). Protokolle davor und danach können nicht kombiniert werden; stellen Sie stattdessen {neuere vollständige/differenzielle Sicherung} wieder her.</translation>
    </message>
    <message>
        <source>Per file, from the last data or differential backup restored into it to the end of the log applied: a SET_RECOVERY_MODEL SIMPLE event in between, or a base taken under SIMPLE (Backup.recoveryModel, else the events), refuses the log.</source>
        <translation>Pro Datei, von der letzten in sie wiederhergestellten Daten- oder differenziellen Sicherung bis zum Ende des angewendeten Protokolls: Ein SET_RECOVERY_MODEL SIMPLE-Ereignis dazwischen oder eine unter SIMPLE erstellte Basis (Backup.recoveryModel, sonst die Ereignisse) führt zur Ablehnung des Protokolls.</translation>
    </message>
    <message>
        <source>Recovery forks (recovery paths)</source>
        <translation>Wiederherstellungsverzweigungen (Wiederherstellungspfade)</translation>
    </message>
    <message>
        <source>Backup {id} belongs to a different recovery path (fork {guid}) than the restored data; it cannot be applied.</source>
        <translation>Die Sicherung {id} gehört zu einem anderen Wiederherstellungspfad (Verzweigung {guid}) als die wiederhergestellten Daten; sie kann nicht angewendet werden.</translation>
    </message>
    <message>
        <source>Per file fork register: set to the last fork of each data/differential backup and log restored; a log whose first fork differs is refused, and so is a log that switches fork at a point the data is already past.</source>
        <translation>Verzweigungsregister pro Datei: gesetzt auf die letzte Verzweigung jeder wiederhergestellten Daten- oder differenziellen Sicherung und jedes wiederhergestellten Protokolls; ein Protokoll, dessen erste Verzweigung abweicht, wird abgelehnt, ebenso ein Protokoll, das die Verzweigung an einem Punkt wechselt, den die Daten bereits überschritten haben.</translation>
    </message>
    <message>
        <source>Bulk-logged log backups are all-or-nothing</source>
        <translation>Massenprotokollierte Protokollsicherungen gelten ganz oder gar nicht</translation>
    </message>
    <message>
        <source>A step&apos;s stop point strictly inside a log backup with hasBulkLoggedData (after where roll-forward stands, before the log&apos;s end) is refused.</source>
        <translation>Ein Stopppunkt eines Schritts, der strikt innerhalb einer Protokollsicherung mit hasBulkLoggedData liegt (nach dem Stand des Rollforwards, vor dem Ende des Protokolls), wird abgelehnt.</translation>
    </message>
    <message>
        <source>LSN data: where to read it, and how far to trust it</source>
        <translation>LSN-Daten: wo sie zu lesen sind und wie weit ihnen zu trauen ist</translation>
    </message>
    <message>
        <source>Lsn holds numeric(25,0) digit strings and offers comparison only: no arithmetic exists to misuse.</source>
        <translation>Lsn enthält Ziffernfolgen vom Typ numeric(25,0) und bietet nur Vergleiche: Es gibt keine Arithmetik, die falsch verwendet werden könnte.</translation>
    </message>
    <message>
        <source>Restore the base before its differential</source>
        <translation>Die Basis vor ihrer differenziellen Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Differential {id} is based on {baseId} ({time}), but file {f} was last restored from {other}. Restore {baseId} first.</source>
        <translation>Die differenzielle Sicherung {id} basiert auf {baseId} ({time}), aber die Datei {f} wurde zuletzt aus {other} wiederhergestellt. Stellen Sie zuerst {baseId} wieder her.</translation>
    </message>
    <message>
        <source>A copy-only full backup cannot be a differential base</source>
        <translation>Eine vollständige Kopiesicherung kann keine differenzielle Basis sein</translation>
    </message>
    <message>
        <source>{full} is COPY_ONLY, so {diff} is not based on it; its base is {realBase}.</source>
        <translation>{full} ist COPY_ONLY, daher basiert {diff} nicht darauf; ihre Basis ist {realBase}.</translation>
    </message>
    <message>
        <source>Use only the latest differential</source>
        <translation>Nur die neueste differenzielle Sicherung verwenden</translation>
    </message>
    <message>
        <source>A newer differential {id2} of the same base exists; using it removes {n} log restores.</source>
        <translation>Es gibt eine neuere differenzielle Sicherung {id2} mit derselben Basis; bei ihrer Verwendung entfallen {n} Protokollwiederherstellungen.</translation>
    </message>
    <message>
        <source>Warning when a newer differential of the same base (same GUID, same base LSN, or no base-resetting data backup in between) ends before the recovery point, and when one sequence restores two differentials of one base.</source>
        <translation>Warnung, wenn eine neuere differenzielle Sicherung mit derselben Basis (dieselbe GUID, dieselbe Basis-LSN oder keine die Basis zurücksetzende Datensicherung dazwischen) vor dem Wiederherstellungspunkt endet und wenn eine Sequenz zwei differenzielle Sicherungen derselben Basis wiederherstellt.</translation>
    </message>
    <message>
        <source>Multi-based differentials</source>
        <translation>Mehrbasierte differenzielle Sicherungen</translation>
    </message>
    <message>
        <source>Differential {id} is multi-based: file {f} needs base {b} restored first.</source>
        <translation>Die differenzielle Sicherung {id} ist mehrbasiert: Für die Datei {f} muss zuerst die Basis {b} wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The plan format has no per-file base GUIDs: a differential with its own backupSetGuid but neither differentialBaseGuid nor differentialBaseLsn is msdb&apos;s multi-based marker; each file&apos;s base is then the latest regular data backup holding it, and must be the file&apos;s last restore.</source>
        <translation>Das Planformat hat keine Basis-GUIDs pro Datei: Eine differenzielle Sicherung mit eigener backupSetGuid, aber weder differentialBaseGuid noch differentialBaseLsn ist die Kennzeichnung von msdb für mehrbasierte Sicherungen; die Basis jeder Datei ist dann die neueste reguläre Datensicherung, die sie enthält, und muss die letzte Wiederherstellung der Datei sein.</translation>
    </message>
    <message>
        <source>Where multi-based differentials are forbidden</source>
        <translation>Wo mehrbasierte differenzielle Sicherungen verboten sind</translation>
    </message>
    <message>
        <source>This differential would be based on more than one backup, which is not allowed in SIMPLE recovery or for differential partial backups.</source>
        <translation>Diese differenzielle Sicherung würde auf mehr als einer Sicherung basieren; dies ist im Wiederherstellungsmodell SIMPLE oder für differenzielle Teilsicherungen nicht zulässig.</translation>
    </message>
    <message>
        <source>Differential file backups in the simple model</source>
        <translation>Differenzielle Dateisicherungen im Wiederherstellungsmodell SIMPLE</translation>
    </message>
    <message>
        <source>Under SIMPLE recovery, a differential file backup can include only read-only filegroups; use a (differential) partial backup for read/write data.</source>
        <translation>Im Wiederherstellungsmodell SIMPLE kann eine differenzielle Dateisicherung nur schreibgeschützte Dateigruppen enthalten; verwenden Sie für Daten mit Lese-/Schreibzugriff eine (differenzielle) Teilsicherung.</translation>
    </message>
    <message>
        <source>Keep one differential scheme per database</source>
        <translation>Ein einziges Schema differenzieller Sicherungen pro Datenbank beibehalten</translation>
    </message>
    <message>
        <source>Mixing database differentials and file differentials makes restore planning error-prone.</source>
        <translation>Die Mischung von differenziellen Datenbanksicherungen und differenziellen Dateisicherungen macht die Wiederherstellungsplanung fehleranfällig.</translation>
    </message>
    <message>
        <source>Differential partials after a filegroup changes read-only status</source>
        <translation>Differenzielle Teilsicherungen nach einer Änderung des Schreibschutzstatus einer Dateigruppe</translation>
    </message>
    <message>
        <source>Filegroup {fg} changed read-only status after partial base {p}; take a file backup of {fg} and a new partial backup.</source>
        <translation>Die Dateigruppe {fg} hat nach der Teilsicherungsbasis {p} ihren Schreibschutzstatus geändert; erstellen Sie eine Dateisicherung von {fg} und eine neue Teilsicherung.</translation>
    </message>
    <message>
        <source>Filegroup read-only changes only: the plan format has no event for the database READ_ONLY option.</source>
        <translation>Nur Änderungen des Schreibschutzes von Dateigruppen: Das Planformat hat kein Ereignis für die Datenbankoption READ_ONLY.</translation>
    </message>
    <message>
        <source>Read-only databases lose their differential base</source>
        <translation>Schreibgeschützte Datenbanken verlieren ihre differenzielle Basis</translation>
    </message>
    <message>
        <source>Differential {id} of read-only database {db} may not be based on the latest full backup (differential base lost on restore/attach); take a new full backup.</source>
        <translation>Die differenzielle Sicherung {id} der schreibgeschützten Datenbank {db} basiert möglicherweise nicht auf der letzten vollständigen Sicherung (differenzielle Basis beim Wiederherstellen/Anfügen verloren); erstellen Sie eine neue vollständige Sicherung.</translation>
    </message>
    <message>
        <source>The timeline has no restore/attach events, so a differential of a READ_ONLY database is flagged when the history cannot confirm its base (differentialBaseGuid or differentialBaseLsn matching a backup).</source>
        <translation>Die Zeitachse hat keine Ereignisse für Wiederherstellen/Anfügen, daher wird eine differenzielle Sicherung einer READ_ONLY-Datenbank gekennzeichnet, wenn der Verlauf ihre Basis nicht bestätigen kann (differentialBaseGuid oder differentialBaseLsn, die zu einer Sicherung passt).</translation>
    </message>
    <message>
        <source>Start from a backup that holds the whole primary filegroup</source>
        <translation>Mit einer Sicherung beginnen, die die gesamte primäre Dateigruppe enthält</translation>
    </message>
    <message>
        <source>A piecemeal restore must start with RESTORE DATABASE … WITH PARTIAL from a full or partial backup that contains the whole primary filegroup.</source>
        <translation>Eine schrittweise Wiederherstellung muss mit RESTORE DATABASE … WITH PARTIAL aus einer vollständigen Sicherung oder einer Teilsicherung beginnen, die die gesamte primäre Dateigruppe enthält.</translation>
    </message>
    <message>
        <source>PARTIAL belongs in the first statement only</source>
        <translation>PARTIAL gehört nur in die erste Anweisung</translation>
    </message>
    <message>
        <source>PARTIAL appears again at step N: this would start a brand-new piecemeal restore and discard the earlier stages.</source>
        <translation>PARTIAL kommt in Schritt N erneut vor: Dies würde eine völlig neue schrittweise Wiederherstellung beginnen und die früheren Phasen verwerfen.</translation>
    </message>
    <message>
        <source>No PARTIAL on RESTORE LOG</source>
        <translation>Kein PARTIAL bei RESTORE LOG</translation>
    </message>
    <message>
        <source>PARTIAL is not allowed on RESTORE LOG.</source>
        <translation>PARTIAL ist bei RESTORE LOG nicht zulässig.</translation>
    </message>
    <message>
        <source>PARTIAL restores primary automatically; name every other filegroup</source>
        <translation>PARTIAL stellt PRIMARY automatisch wieder her; jede andere Dateigruppe angeben</translation>
    </message>
    <message>
        <source>Step 1 restores PRIMARY{+listed}; filegroups {x} will stay RECOVERY_PENDING.</source>
        <translation>Schritt 1 stellt PRIMARY{+angegebene} wieder her; die Dateigruppen {x} bleiben RECOVERY_PENDING.</translation>
    </message>
    <message>
        <source>RestoreScope: PARTIAL adds PRIMARY; other filegroups only when named.</source>
        <translation>RestoreScope: PARTIAL fügt PRIMARY hinzu; andere Dateigruppen nur, wenn sie angegeben sind.</translation>
    </message>
    <message>
        <source>Simple model: the first stage must cover all read/write filegroups</source>
        <translation>Wiederherstellungsmodell SIMPLE: Die erste Phase muss alle Dateigruppen mit Lese-/Schreibzugriff abdecken</translation>
    </message>
    <message>
        <source>Under SIMPLE recovery the first stage must restore PRIMARY and all read/write filegroups ({missing}) from the same backup.</source>
        <translation>Im Wiederherstellungsmodell SIMPLE muss die erste Phase PRIMARY und alle Dateigruppen mit Lese-/Schreibzugriff ({missing}) aus derselben Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>Simple model: a read/write filegroup left out becomes defunct</source>
        <translation>Wiederherstellungsmodell SIMPLE: Eine ausgelassene Dateigruppe mit Lese-/Schreibzugriff wird DEFUNCT</translation>
    </message>
    <message>
        <source>Filegroup {fg} is read/write but not in the initial stage: it will become DEFUNCT and can never be restored into this database.</source>
        <translation>Die Dateigruppe {fg} hat Lese-/Schreibzugriff, ist aber nicht in der ersten Phase enthalten: Sie wird DEFUNCT und kann nie mehr in diese Datenbank wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Full model: the first stage only needs primary</source>
        <translation>Wiederherstellungsmodell FULL: Die erste Phase benötigt nur die primäre Dateigruppe</translation>
    </message>
    <message>
        <source>After stage 1: online = {PRIMARY,…}; recovery pending = {…}.</source>
        <translation>Nach Phase 1: online = {PRIMARY,…}; Wiederherstellung ausstehend = {…}.</translation>
    </message>
    <message>
        <source>The simulator leaves filegroups not restored in stage 1 RECOVERY_PENDING (FULL/BULK_LOGGED).</source>
        <translation>Der Simulator belässt Dateigruppen, die in Phase 1 nicht wiederhergestellt wurden, im Zustand RECOVERY_PENDING (FULL/BULK_LOGGED).</translation>
    </message>
    <message>
        <source>The whole database is offline during the partial-restore sequence</source>
        <translation>Die gesamte Datenbank ist während der Sequenz der Teilwiederherstellung offline</translation>
    </message>
    <message>
        <source>The simulator keeps the database RESTORING from the PARTIAL statement until stage 1 recovers.</source>
        <translation>Der Simulator hält die Datenbank ab der PARTIAL-Anweisung im Zustand RESTORING, bis Phase 1 mit RECOVERY abschließt.</translation>
    </message>
    <message>
        <source>Later stages are online only on Enterprise</source>
        <translation>Spätere Phasen sind nur in Enterprise online</translation>
    </message>
    <message>
        <source>{edition} cannot restore filegroup {fg} while {db} is online; take the database offline first (this makes the whole database unavailable during stage N).</source>
        <translation>Die Edition {edition} kann die Dateigruppe {fg} nicht wiederherstellen, während {db} online ist; schalten Sie die Datenbank zuerst offline (dadurch ist die gesamte Datenbank während Phase N nicht verfügbar).</translation>
    </message>
    <message>
        <source>Piecemeal restore after a simple → full switch</source>
        <translation>Schrittweise Wiederherstellung nach einem Wechsel von SIMPLE zu FULL</translation>
    </message>
    <message>
        <source>Reported (info) at stage-1 recovery for each read/write filegroup left out of a simple-era backup restored to a full-era point: it stays RECOVERY_PENDING. R-PIECE-005/006 and T-F-5b follow the model at the recovery point, so they do not fire.</source>
        <translation>Gemeldet (Info) beim Abschluss der Phase 1 mit RECOVERY für jede Dateigruppe mit Lese-/Schreibzugriff, die in einer Sicherung aus der Zeit des einfachen Modells fehlt, die bis zu einem Zeitpunkt aus der Zeit des vollständigen Modells wiederhergestellt wird: Sie bleibt RECOVERY_PENDING. R-PIECE-005/006 und T-F-5b richten sich nach dem Modell am Wiederherstellungspunkt und werden daher nicht ausgelöst.</translation>
    </message>
    <message>
        <source>Each filegroup-restore sequence must reach the database&apos;s point</source>
        <translation>Jede Sequenz zur Wiederherstellung einer Dateigruppe muss den Punkt der Datenbank erreichen</translation>
    </message>
    <message>
        <source>Filegroup {fg} is only rolled forward to LSN {x}; it must reach {target} before it can be recovered. Add log backups {list}.</source>
        <translation>Für die Dateigruppe {fg} wird nur ein Rollforward bis LSN {x} ausgeführt; sie muss {target} erreichen, bevor sie mit RECOVERY abgeschlossen werden kann. Fügen Sie die Protokollsicherungen {list} hinzu.</translation>
    </message>
    <message>
        <source>No piecemeal restore when the database needs an upgrade</source>
        <translation>Keine schrittweise Wiederherstellung, wenn die Datenbank aktualisiert werden muss</translation>
    </message>
    <message>
        <source>These backups come from SQL Server {v}; the database will be upgraded on recovery, and any filegroup not restored in stage 1 ({list}) will become DEFUNCT. Restore all filegroups in stage 1.</source>
        <translation>Diese Sicherungen stammen von SQL Server {v}; die Datenbank wird beim Abschluss mit RECOVERY aktualisiert, und jede Dateigruppe, die in Phase 1 nicht wiederhergestellt wird ({list}), wird DEFUNCT. Stellen Sie alle Dateigruppen in Phase 1 wieder her.</translation>
    </message>
    <message>
        <source>Compares environment.serverVersion with each stage-1 backup&apos;s softwareVersion (&quot;major.minor.build&quot;; unknown = no upgrade); the files left out become DEFUNCT in the simulation (T-F-5c).</source>
        <translation>Vergleicht environment.serverVersion mit der softwareVersion jeder Sicherung der Phase 1 („major.minor.build“; unbekannt = keine Aktualisierung); die ausgelassenen Dateien werden in der Simulation DEFUNCT (T-F-5c).</translation>
    </message>
    <message>
        <source>Deferred transactions after a partial recovery</source>
        <translation>Zurückgestellte Transaktionen nach einem teilweisen Abschluss mit RECOVERY</translation>
    </message>
    <message>
        <source>Recovering stage 1 may leave deferred transactions touching {fg}: locks stay held and the log cannot truncate until {fg} is restored (or removed).</source>
        <translation>Das Abschließen der Phase 1 mit RECOVERY kann zurückgestellte Transaktionen hinterlassen, die {fg} berühren: Sperren bleiben bestehen, und das Protokoll kann erst abgeschnitten werden, wenn {fg} wiederhergestellt (oder entfernt) ist.</translation>
    </message>
    <message>
        <source>The open transactions are the timeline&apos;s OPEN_TRANSACTION events (at, until, filegroups): the designer cannot know them otherwise.</source>
        <translation>Die offenen Transaktionen sind die OPEN_TRANSACTION-Ereignisse der Zeitachse (at, until, filegroups): Anders kann der Designer sie nicht kennen.</translation>
    </message>
    <message>
        <source>When a read-only backup needs no log</source>
        <translation>Wann eine schreibgeschützte Sicherung kein Protokoll benötigt</translation>
    </message>
    <message>
        <source>Filegroup {fg} was not read-only for the whole time from backup {id} to the recovery point; it needs log backups (FULL) or a newer file backup (SIMPLE).</source>
        <translation>Die Dateigruppe {fg} war nicht während der gesamten Zeit von der Sicherung {id} bis zum Wiederherstellungspunkt schreibgeschützt; sie benötigt Protokollsicherungen (FULL) oder eine neuere Dateisicherung (SIMPLE).</translation>
    </message>
    <message>
        <source>Logs are skipped for read-only files</source>
        <translation>Für schreibgeschützte Dateien werden Protokolle übersprungen</translation>
    </message>
    <message>
        <source>No log needed for read-only filegroup {fg}: its backup was taken after it became read-only.</source>
        <translation>Für die schreibgeschützte Dateigruppe {fg} ist kein Protokoll erforderlich: Ihre Sicherung wurde erstellt, nachdem sie schreibgeschützt wurde.</translation>
    </message>
    <message>
        <source>Recovery-only restore (no data copied)</source>
        <translation>Reine RECOVERY-Wiederherstellung (keine Daten kopiert)</translation>
    </message>
    <message>
        <source>Simple model: the read-only backup must be consistent with the primary backup</source>
        <translation>Wiederherstellungsmodell SIMPLE: Die schreibgeschützte Sicherung muss mit der Sicherung der primären Dateigruppe konsistent sein</translation>
    </message>
    <message>
        <source>File backup {id} of {fg} is not consistent with partial backup {p}: {fg} was read/write at some point between them.</source>
        <translation>Die Dateisicherung {id} von {fg} ist nicht konsistent mit der Teilsicherung {p}: {fg} hatte zwischen beiden zeitweise Lese-/Schreibzugriff.</translation>
    </message>
    <message>
        <source>The primary filegroup cannot be read-only</source>
        <translation>Die primäre Dateigruppe kann nicht schreibgeschützt sein</translation>
    </message>
    <message>
        <source>The PRIMARY filegroup cannot be read-only (make the whole database READ_ONLY instead).</source>
        <translation>Die Dateigruppe PRIMARY kann nicht schreibgeschützt sein (setzen Sie stattdessen die gesamte Datenbank auf READ_ONLY).</translation>
    </message>
    <message>
        <source>The layout&apos;s PRIMARY read-only flag and SET_READ_ONLY events on PRIMARY.</source>
        <translation>Das Schreibschutz-Flag von PRIMARY im Layout und SET_READ_ONLY-Ereignisse für PRIMARY.</translation>
    </message>
    <message>
        <source>Partial backups and read-only databases</source>
        <translation>Teilsicherungen und schreibgeschützte Datenbanken</translation>
    </message>
    <message>
        <source>RestoreScope: a partial backup (and READ_WRITE_FILEGROUPS) holds PRIMARY, every read/write filegroup and those it names; for a read-only database (database.readOnly) only PRIMARY and those it names.</source>
        <translation>RestoreScope: Eine Teilsicherung (und READ_WRITE_FILEGROUPS) enthält PRIMARY, jede Dateigruppe mit Lese-/Schreibzugriff und die von ihr angegebenen; bei einer schreibgeschützten Datenbank (database.readOnly) nur PRIMARY und die von ihr angegebenen.</translation>
    </message>
    <message>
        <source>Simple model: only read-only files can be file-restored</source>
        <translation>Wiederherstellungsmodell SIMPLE: Nur schreibgeschützte Dateien können einzeln wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Under SIMPLE recovery, only read-only filegroups can be restored individually; {fg} must be restored with the whole database or a partial restore.</source>
        <translation>Im Wiederherstellungsmodell SIMPLE können nur schreibgeschützte Dateigruppen einzeln wiederhergestellt werden; {fg} muss mit der gesamten Datenbank oder durch eine Teilwiederherstellung wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Read-only = read-only at the plan&apos;s recovery point (contradiction C-2: &quot;read-only OR partial&quot;). Also a page restore under SIMPLE (4346; pages are read/write data, 3115), refused by the simulator.</source>
        <translation>Schreibgeschützt = schreibgeschützt zum Wiederherstellungspunkt des Plans (Widerspruch C-2: „schreibgeschützt ODER teilweise“). Ebenso eine Seitenwiederherstellung unter SIMPLE (4346; Seiten sind Daten mit Lese-/Schreibzugriff, 3115), die vom Simulator abgelehnt wird.</translation>
    </message>
    <message>
        <source>Full model: a read/write file needs the log up to the end</source>
        <translation>Wiederherstellungsmodell FULL: Eine Datei mit Lese-/Schreibzugriff benötigt das Protokoll bis zum Ende</translation>
    </message>
    <message>
        <source>Read/write file {f} restored from {id} must be rolled forward with every log backup through {end} before it can be recovered.</source>
        <translation>Die Datei {f} mit Lese-/Schreibzugriff, die aus {id} wiederhergestellt wurde, muss mit jeder Protokollsicherung bis {end} einem Rollforward unterzogen werden, bevor sie mit RECOVERY abgeschlossen werden kann.</translation>
    </message>
    <message>
        <source>When an offline restore leaves other files online at the end of the log. That end is the tail-log backup: a BACKUP LOG WITH NORECOVERY/NO_TRUNCATE step of the sequence, or the history&apos;s last log backup when it is a tail. Also the pages of an offline page restore (restore-pages-sql-server.md: &quot;to the current log file&quot;).</source>
        <translation>Wenn eine Offlinewiederherstellung andere Dateien online am Ende des Protokolls belässt. Dieses Ende ist die Sicherung des Protokollfragments: ein BACKUP LOG WITH NORECOVERY/NO_TRUNCATE-Schritt der Sequenz oder die letzte Protokollsicherung im Verlauf, wenn sie ein Protokollfragment ist. Ebenso die Seiten einer Offlinewiederherstellung von Seiten (restore-pages-sql-server.md: „bis zur aktuellen Protokolldatei“).</translation>
    </message>
    <message>
        <source>When the log backup must be taken: before (offline) or after (online)</source>
        <translation>Wann die Protokollsicherung erstellt werden muss: vorher (offline) oder nachher (online)</translation>
    </message>
    <message>
        <source>Take a tail-log backup before restoring {f}.</source>
        <translation>Erstellen Sie vor der Wiederherstellung von {f} eine Sicherung des Protokollfragments.</translation>
    </message>
    <message>
        <source>The offline half (also for an offline page restore: &quot;first you must create a tail log backup&quot;); the online half (a log backup taken after the restore, restored last) is reported as R-ONL-005.</source>
        <translation>Die Offlinehälfte (auch für eine Offlinewiederherstellung von Seiten: „zuerst müssen Sie eine Sicherung des Protokollfragments erstellen“); die Onlinehälfte (eine nach der Wiederherstellung erstellte Protokollsicherung, die zuletzt wiederhergestellt wird) wird als R-ONL-005 gemeldet.</translation>
    </message>
    <message>
        <source>A damaged log rules out file restore</source>
        <translation>Ein beschädigtes Protokoll schließt eine Dateiwiederherstellung aus</translation>
    </message>
    <message>
        <source>The log is damaged, so a file restore cannot be brought up to date; restore the whole database (work since {lastLog} is lost).</source>
        <translation>Das Protokoll ist beschädigt, daher kann eine Dateiwiederherstellung nicht auf den aktuellen Stand gebracht werden; stellen Sie die gesamte Datenbank wieder her (die Arbeit seit {lastLog} geht verloren).</translation>
    </message>
    <message>
        <source>Only when RestoreEnvironment.databaseExists: a file, PARTIAL or page restore into the existing database while a FAILURE marks the log damaged.</source>
        <translation>Nur wenn RestoreEnvironment.databaseExists: eine Datei-, PARTIAL- oder Seitenwiederherstellung in die vorhandene Datenbank, während ein FAILURE das Protokoll als beschädigt kennzeichnet.</translation>
    </message>
    <message>
        <source>Going back in time with file backups needs all of them</source>
        <translation>Für die Rückkehr zu einem früheren Zeitpunkt mit Dateisicherungen werden alle benötigt</translation>
    </message>
    <message>
        <source>Restoring to {time} from file backups needs backups of all files and a target after {maxEnd}.</source>
        <translation>Die Wiederherstellung bis {time} aus Dateisicherungen erfordert Sicherungen aller Dateien und ein Ziel nach {maxEnd}.</translation>
    </message>
    <message>
        <source>Reported at recovery when a point-in-time sequence leaves files at the end of the log; &quot;a target after the newest file backup&quot; is R-PIT-003.</source>
        <translation>Gemeldet beim Abschluss mit RECOVERY, wenn eine Sequenz bis zu einem Zeitpunkt Dateien am Ende des Protokolls belässt; „ein Ziel nach der neuesten Dateisicherung“ ist R-PIT-003.</translation>
    </message>
    <message>
        <source>A filegroup is offline while any of its files is restored</source>
        <translation>Eine Dateigruppe ist offline, während eine ihrer Dateien wiederhergestellt wird</translation>
    </message>
    <message>
        <source>A filegroup is reported in the worst state of its files.</source>
        <translation>Eine Dateigruppe wird im schlechtesten Zustand ihrer Dateien gemeldet.</translation>
    </message>
    <message>
        <source>Restoring only some files of a filegroup</source>
        <translation>Nur einige Dateien einer Dateigruppe wiederherstellen</translation>
    </message>
    <message>
        <source>Backup {id} lacks file(s) {list} of filegroup {fg}; add a restore of those files or {fg} stays offline.</source>
        <translation>Der Sicherung {id} fehlen die Dateien {list} der Dateigruppe {fg}; fügen Sie eine Wiederherstellung dieser Dateien hinzu, sonst bleibt {fg} offline.</translation>
    </message>
    <message>
        <source>Dropped and defunct files cannot be restored into the online database</source>
        <translation>Gelöschte und DEFUNCT-Dateien können nicht in die Onlinedatenbank wiederhergestellt werden</translation>
    </message>
    <message>
        <source>{fg} is {defunct|dropped} in {db}; it can never be restored into this database (restore the whole database to a new name instead).</source>
        <translation>{fg} ist in {db} {DEFUNCT|gelöscht}; sie kann nie wieder in diese Datenbank wiederhergestellt werden (stellen Sie stattdessen die gesamte Datenbank unter einem neuen Namen wieder her).</translation>
    </message>
    <message>
        <source>DEFUNCT comes from the simulation (REMOVE FILEGROUP, T-F-5b/5c); dropped = the file&apos;s latest ADD_FILE/REMOVE_FILE event is a REMOVE_FILE.</source>
        <translation>DEFUNCT stammt aus der Simulation (REMOVE FILEGROUP, T-F-5b/5c); gelöscht = das letzte ADD_FILE/REMOVE_FILE-Ereignis der Datei ist ein REMOVE_FILE.</translation>
    </message>
    <message>
        <source>Offline restore of some filegroups without PARTIAL</source>
        <translation>Offlinewiederherstellung einiger Dateigruppen ohne PARTIAL</translation>
    </message>
    <message>
        <source>Without PARTIAL, intact files not restored come online at recovery (T-F-5d).</source>
        <translation>Ohne PARTIAL werden intakte, nicht wiederhergestellte Dateien beim Abschluss mit RECOVERY online geschaltet (T-F-5d).</translation>
    </message>
    <message>
        <source>A set of file backups as a substitute for a full backup</source>
        <translation>Ein Satz von Dateisicherungen als Ersatz für eine vollständige Sicherung</translation>
    </message>
    <message>
        <source>Your file backups {…} do not form a complete set (missing {files} or log coverage {gap}); a total loss would not be recoverable.</source>
        <translation>Ihre Dateisicherungen {…} bilden keinen vollständigen Satz (es fehlen {files} oder die Protokollabdeckung für {gap}); ein Totalverlust wäre nicht wiederherstellbar.</translation>
    </message>
    <message>
        <source>Online restore needs Enterprise</source>
        <translation>Onlinewiederherstellung erfordert Enterprise</translation>
    </message>
    <message>
        <source>Online restore requires Enterprise edition; on {edition} the database will be unavailable for the whole sequence.</source>
        <translation>Die Onlinewiederherstellung erfordert die Enterprise Edition; in der Edition {edition} ist die Datenbank während der gesamten Sequenz nicht verfügbar.</translation>
    </message>
    <message>
        <source>A file, filegroup or page restore while the simulated database is ONLINE on another edition: refused (take the database offline first; for pages, the tail-log backup WITH NORECOVERY).</source>
        <translation>Eine Datei-, Dateigruppen- oder Seitenwiederherstellung, während die simulierte Datenbank in einer anderen Edition ONLINE ist: abgelehnt (zuerst die Datenbank offline schalten; bei Seiten die Sicherung des Protokollfragments WITH NORECOVERY erstellen).</translation>
    </message>
    <message>
        <source>Restoring primary, or anything with it, takes the database offline</source>
        <translation>Die Wiederherstellung von PRIMARY oder von allem, was zusammen damit wiederhergestellt wird, schaltet die Datenbank offline</translation>
    </message>
    <message>
        <source>Restoring PRIMARY (or the memory-optimized filegroup) makes {db} unavailable until step N recovers.</source>
        <translation>Die Wiederherstellung von PRIMARY (oder der speicheroptimierten Dateigruppe) macht {db} nicht verfügbar, bis Schritt N mit RECOVERY abschließt.</translation>
    </message>
    <message>
        <source>Restoring PRIMARY or the memory-optimized filegroup puts the database in RESTORING.</source>
        <translation>Die Wiederherstellung von PRIMARY oder der speicheroptimierten Dateigruppe versetzt die Datenbank in den Zustand RESTORING.</translation>
    </message>
    <message>
        <source>Online restore needs every media family</source>
        <translation>Onlinewiederherstellung benötigt jede Medienfamilie</translation>
    </message>
    <message>
        <source>Backup {id} is striped over {n} devices; an online restore needs all {n} available.</source>
        <translation>Die Sicherung {id} ist als Stripeset auf {n} Medien verteilt; für eine Onlinewiederherstellung müssen alle {n} verfügbar sein.</translation>
    </message>
    <message>
        <source>Online = the simulated database ONLINE before the step (Enterprise/Developer, not PRIMARY or the memory-optimized filegroup).</source>
        <translation>Online = die simulierte Datenbank ist vor dem Schritt ONLINE (Enterprise/Developer, nicht PRIMARY oder die speicheroptimierte Dateigruppe).</translation>
    </message>
    <message>
        <source>No online restore from snapshot backups</source>
        <translation>Keine Onlinewiederherstellung aus Momentaufnahme-Sicherungen</translation>
    </message>
    <message>
        <source>Snapshot backups cannot be used for an online restore; take {db} offline for this step.</source>
        <translation>Momentaufnahme-Sicherungen können nicht für eine Onlinewiederherstellung verwendet werden; schalten Sie {db} für diesen Schritt offline.</translation>
    </message>
    <message>
        <source>Online restore of a read/write file needs a log backup taken after it went offline</source>
        <translation>Onlinewiederherstellung einer Datei mit Lese-/Schreibzugriff benötigt eine Protokollsicherung, die nach dem Offlineschalten der Datei erstellt wurde</translation>
    </message>
    <message>
        <source>Online restore of read/write file {f}: take a log backup after step N (when {fg} went offline) and restore it last; without it {fg} can never be recovered.</source>
        <translation>Onlinewiederherstellung der Datei {f} mit Lese-/Schreibzugriff: Erstellen Sie nach Schritt N (als {fg} offline geschaltet wurde) eine Protokollsicherung, und stellen Sie sie zuletzt wieder her; ohne sie kann {fg} nie mit RECOVERY abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Per-file redo target (sys.database_files.redo_target_lsn): the first BACKUP LOG step after the step that took the file offline (or after the failure that damaged it) sets it to that backup&apos;s lastLsn. An online page restore has the same target, set by the last step that restored pages of the file (restore-pages-sql-server.md: &quot;Create a new log backup … that includes the final LSN of the restored pages&quot;).</source>
        <translation>Redo-Ziel pro Datei (sys.database_files.redo_target_lsn): Der erste BACKUP LOG-Schritt nach dem Schritt, der die Datei offline geschaltet hat (oder nach dem Ausfall, der sie beschädigt hat), setzt es auf die lastLsn dieser Sicherung. Eine Onlinewiederherstellung von Seiten hat dasselbe Ziel, gesetzt durch den letzten Schritt, der Seiten der Datei wiederhergestellt hat (restore-pages-sql-server.md: „Erstellen Sie eine neue Protokollsicherung …, die die letzte LSN der wiederhergestellten Seiten enthält“).</translation>
    </message>
    <message>
        <source>Read-only data backed up after it became read-only needs no log</source>
        <translation>Schreibgeschützte Daten, die nach dem Setzen des Schreibschutzes gesichert wurden, benötigen kein Protokoll</translation>
    </message>
    <message>
        <source>Read-only files backed up after they became read-only are consistent right after the data restore and get no offline-point redo target, so R-ONL-005 does not apply to them.</source>
        <translation>Schreibgeschützte Dateien, die gesichert wurden, nachdem sie schreibgeschützt wurden, sind direkt nach der Datenwiederherstellung konsistent und erhalten kein Redo-Ziel zum Offlinezeitpunkt, daher gilt R-ONL-005 für sie nicht.</translation>
    </message>
    <message>
        <source>Bulk-logged online restore conditions</source>
        <translation>Bedingungen für die Onlinewiederherstellung im massenprotokollierten Wiederherstellungsmodell</translation>
    </message>
    <message>
        <source>Online restore under BULK_LOGGED fails unless all log backups are taken beforehand and no bulk changes are pending; switch to FULL first.</source>
        <translation>Eine Onlinewiederherstellung unter BULK_LOGGED schlägt fehl, sofern nicht alle Protokollsicherungen vorher erstellt werden und keine Massenänderungen ausstehen; stellen Sie zuerst auf FULL um.</translation>
    </message>
    <message>
        <source>Errors: a BACKUP LOG step during an online BULK_LOGGED restore; bulk-logged log backups while another file is neither online nor defunct. Warning: every online BULK_LOGGED sequence (switch to FULL), page restores included (&quot;Page restore generally does not work with bulk-logged recovery&quot;). Unbacked-up bulk changes in the live log cannot be known from the plan.</source>
        <translation>Fehler: ein BACKUP LOG-Schritt während einer Onlinewiederherstellung unter BULK_LOGGED; massenprotokollierte Protokollsicherungen, während eine andere Datei weder online noch DEFUNCT ist. Warnung: jede Onlinesequenz unter BULK_LOGGED (auf FULL umstellen), Seitenwiederherstellungen eingeschlossen („Die Seitenwiederherstellung funktioniert im Allgemeinen nicht mit dem massenprotokollierten Wiederherstellungsmodell“). Nicht gesicherte Massenänderungen im laufenden Protokoll lassen sich aus dem Plan nicht erkennen.</translation>
    </message>
    <message>
        <source>STANDBY is not allowed in an online restore</source>
        <translation>STANDBY ist bei einer Onlinewiederherstellung nicht zulässig</translation>
    </message>
    <message>
        <source>STANDBY cannot be used while {db} stays online; use NORECOVERY (or take the database offline).</source>
        <translation>STANDBY kann nicht verwendet werden, während {db} online bleibt; verwenden Sie NORECOVERY (oder schalten Sie die Datenbank offline).</translation>
    </message>
    <message>
        <source>Simple model: no online restore of read/write data</source>
        <translation>Wiederherstellungsmodell SIMPLE: keine Onlinewiederherstellung von Daten mit Lese-/Schreibzugriff</translation>
    </message>
    <message>
        <source>Under SIMPLE recovery, read/write filegroups cannot be restored online.</source>
        <translation>Im Wiederherstellungsmodell SIMPLE können Dateigruppen mit Lese-/Schreibzugriff nicht online wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Forcing an offline restore on Enterprise</source>
        <translation>Offlinewiederherstellung in Enterprise erzwingen</translation>
    </message>
    <message>
        <source>SET OFFLINE and BACKUP LOG … NORECOVERY make every later restore offline.</source>
        <translation>SET OFFLINE und BACKUP LOG … NORECOVERY machen jede spätere Wiederherstellung zu einer Offlinewiederherstellung.</translation>
    </message>
    <message>
        <source>Ambiguous file identity during an online restore</source>
        <translation>Mehrdeutige Dateiidentität bei einer Onlinewiederherstellung</translation>
    </message>
    <message>
        <source>The backup&apos;s {fg} is not the same filegroup as the one now in {db}; use an offline restore.</source>
        <translation>Die Dateigruppe {fg} der Sicherung ist nicht dieselbe wie die jetzt in {db} vorhandene; verwenden Sie eine Offlinewiederherstellung.</translation>
    </message>
    <message>
        <source>The plan format carries no file GUIDs (backupfile.file_guid), so a filegroup recreated under the same name cannot be told apart from the original.</source>
        <translation>Das Planformat enthält keine Datei-GUIDs (backupfile.file_guid), daher lässt sich eine unter demselben Namen neu erstellte Dateigruppe nicht vom Original unterscheiden.</translation>
    </message>
    <message>
        <source>No point-in-time restore in the simple model</source>
        <translation>Keine Wiederherstellung bis zu einem Zeitpunkt im Wiederherstellungsmodell SIMPLE</translation>
    </message>
    <message>
        <source>Point-in-time restore is not available under SIMPLE recovery; you can only restore to the time of a backup.</source>
        <translation>Die Wiederherstellung bis zu einem Zeitpunkt ist im Wiederherstellungsmodell SIMPLE nicht verfügbar; Sie können nur bis zum Zeitpunkt einer Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>The same stop point in every step</source>
        <translation>Derselbe Stopppunkt in jedem Schritt</translation>
    </message>
    <message>
        <source>Step N uses {stopB} but the restore sequence targets {stopA}; every RESTORE LOG must use the identical STOPAT/STOPATMARK/STOPBEFOREMARK.</source>
        <translation>Schritt N verwendet {stopB}, aber die Wiederherstellungssequenz zielt auf {stopA}; jedes RESTORE LOG muss genau dasselbe STOPAT/STOPATMARK/STOPBEFOREMARK verwenden.</translation>
    </message>
    <message>
        <source>The data backup must end before the target</source>
        <translation>Die Datensicherung muss vor dem Ziel enden</translation>
    </message>
    <message>
        <source>{backup} finished after the target time {t}; use an older full backup (and its logs).</source>
        <translation>{backup} wurde nach dem Zielzeitpunkt {t} beendet; verwenden Sie eine ältere vollständige Sicherung (und ihre Protokolle).</translation>
    </message>
    <message>
        <source>Against the step&apos;s own stop clause, else the plan&apos;s target, else the sequence&apos;s RESTORE LOG stop clause, else a piecemeal restore&apos;s stage-1 point; files read-only from the target to the backup are exempt.</source>
        <translation>Gemessen an der eigenen Stop-Klausel des Schritts, sonst am Ziel des Plans, sonst an der RESTORE LOG-Stop-Klausel der Sequenz, sonst am Zeitpunkt der Phase 1 einer schrittweisen Wiederherstellung; Dateien, die vom Ziel bis zur Sicherung schreibgeschützt sind, sind ausgenommen.</translation>
    </message>
    <message>
        <source>A stop point beyond the last log leaves the database unrecovered</source>
        <translation>Ein Stopppunkt nach dem letzten Protokoll lässt die Datenbank im nicht wiederhergestellten Zustand</translation>
    </message>
    <message>
        <source>The target {t} is after the last log backup restored ({end}); the database will stay in RESTORING. Add the log backup containing {t} (or the tail).</source>
        <translation>Das Ziel {t} liegt nach der letzten wiederhergestellten Protokollsicherung ({end}); die Datenbank bleibt RESTORING. Fügen Sie die Protokollsicherung hinzu, die {t} enthält (oder das Protokollfragment).</translation>
    </message>
    <message>
        <source>A recovering RESTORE whose stop point lies after the end of its backup, or a RESTORE LOG whose STOPATMARK/STOPBEFOREMARK names a mark the timeline does not hold (in none of the restored logs): warning, and the simulated database stays RESTORING (T-DB-10).</source>
        <translation>Ein RESTORE mit RECOVERY, dessen Stopppunkt nach dem Ende seiner Sicherung liegt, oder ein RESTORE LOG, dessen STOPATMARK/STOPBEFOREMARK eine Markierung nennt, die die Zeitachse nicht enthält (in keinem der wiederhergestellten Protokolle): Warnung, und die simulierte Datenbank bleibt RESTORING (T-DB-10).</translation>
    </message>
    <message>
        <source>Mark names only on RESTORE LOG</source>
        <translation>Markierungsnamen nur bei RESTORE LOG</translation>
    </message>
    <message>
        <source>Named marks can only be used on RESTORE LOG; use &apos;lsn:…&apos; or move the clause to the log restores.</source>
        <translation>Benannte Markierungen können nur bei RESTORE LOG verwendet werden; verwenden Sie &apos;lsn:…&apos;, oder verschieben Sie die Klausel zu den Protokollwiederherstellungen.</translation>
    </message>
    <message>
        <source>Point-in-time needs the primary filegroup in the sequence</source>
        <translation>Wiederherstellung bis zu einem Zeitpunkt erfordert die primäre Dateigruppe in der Sequenz</translation>
    </message>
    <message>
        <source>Point-in-time restore needs PRIMARY in the restore sequence; restore PRIMARY (piecemeal stage 1) or drop the STOPAT.</source>
        <translation>Die Wiederherstellung bis zu einem Zeitpunkt erfordert PRIMARY in der Wiederherstellungssequenz; stellen Sie PRIMARY wieder her (Phase 1 der schrittweisen Wiederherstellung), oder entfernen Sie STOPAT.</translation>
    </message>
    <message>
        <source>A later stage of a point-in-time piecemeal restore that repeats stage 1&apos;s stop clause belongs to the restore that restored PRIMARY and is not reported (R-PIT-002 requires the clause there).</source>
        <translation>Eine spätere Phase einer schrittweisen Wiederherstellung bis zu einem Zeitpunkt, die die Stop-Klausel der Phase 1 wiederholt, gehört zu der Wiederherstellung, die PRIMARY wiederhergestellt hat, und wird nicht gemeldet (R-PIT-002 verlangt die Klausel dort).</translation>
    </message>
    <message>
        <source>Overshooting the target means starting again</source>
        <translation>Wer über das Ziel hinausläuft, muss von vorn beginnen</translation>
    </message>
    <message>
        <source>Step N rolls past the target {t}; there is no way back. Add STOPAT to step N or restart the sequence.</source>
        <translation>Schritt N läuft über das Ziel {t} hinaus; es gibt keinen Weg zurück. Fügen Sie Schritt N STOPAT hinzu, oder beginnen Sie die Sequenz neu.</translation>
    </message>
    <message>
        <source>A RESTORE LOG without a stop clause whose log holds the plan&apos;s target point (from where roll-forward stands to before the log&apos;s end).</source>
        <translation>Ein RESTORE LOG ohne Stop-Klausel, dessen Protokoll den Zielzeitpunkt des Plans enthält (von der Stelle, an der der Rollforward steht, bis vor das Ende des Protokolls).</translation>
    </message>
    <message>
        <source>RECOVERY needs a consistent roll-forward set</source>
        <translation>RECOVERY erfordert einen konsistenten Rollforward-Satz</translation>
    </message>
    <message>
        <source>Cannot recover: {files} are at LSN {x} but must reach {y}.</source>
        <translation>RECOVERY nicht möglich: {files} stehen bei LSN {x}, müssen aber {y} erreichen.</translation>
    </message>
    <message>
        <source>NORECOVERY can leave a consistent set offline</source>
        <translation>NORECOVERY kann einen konsistenten Satz offline lassen</translation>
    </message>
    <message>
        <source>Not reported: after any NORECOVERY step that restored data the set can already be recovered, so the note would appear on nearly every step. The recovery guard (R-REC-001) uses the same registers.</source>
        <translation>Nicht gemeldet: Nach jedem NORECOVERY-Schritt, der Daten wiederhergestellt hat, kann der Satz bereits mit RECOVERY abgeschlossen werden, daher würde der Hinweis bei fast jedem Schritt erscheinen. Die RECOVERY-Prüfung (R-REC-001) verwendet dieselben Register.</translation>
    </message>
    <message>
        <source>STANDBY rules</source>
        <translation>STANDBY-Regeln</translation>
    </message>
    <message>
        <source>STANDBY is not possible for backups from {version} (upgrade needed). / Keep {file} until the next restore; deleting it forces a full re-restore.</source>
        <translation>STANDBY ist für Sicherungen von {version} nicht möglich (Upgrade erforderlich). / Bewahren Sie {file} bis zur nächsten Wiederherstellung auf; wird sie gelöscht, ist eine vollständige erneute Wiederherstellung erforderlich.</translation>
    </message>
    <message>
        <source>KEEP_REPLICATION and KEEP_CDC need RECOVERY</source>
        <translation>KEEP_REPLICATION und KEEP_CDC erfordern RECOVERY</translation>
    </message>
    <message>
        <source>KEEP_REPLICATION/KEEP_CDC only apply to the final, recovering RESTORE.</source>
        <translation>KEEP_REPLICATION/KEEP_CDC gelten nur für das letzte RESTORE, das mit RECOVERY abschließt.</translation>
    </message>
    <message>
        <source>REPLACE switches off safety checks</source>
        <translation>REPLACE schaltet Sicherheitsprüfungen aus</translation>
    </message>
    <message>
        <source>REPLACE overwrites {db} without the usual safety checks: the log tail ({n} min of work) and any files at the target paths will be lost.</source>
        <translation>REPLACE überschreibt {db} ohne die üblichen Sicherheitsprüfungen: Das Protokollfragment ({n} Min. Arbeit) und alle Dateien in den Zielpfaden gehen verloren.</translation>
    </message>
    <message>
        <source>Always a warning: the plan format has no &quot;user confirmed&quot; flag.</source>
        <translation>Immer eine Warnung: Das Planformat hat kein Kennzeichen „vom Benutzer bestätigt“.</translation>
    </message>
    <message>
        <source>Restoring another database over an existing one</source>
        <translation>Wiederherstellen einer anderen Datenbank über eine vorhandene</translation>
    </message>
    <message>
        <source>Backup {id} holds database {src}, not {target}; use a new database name or REPLACE (which destroys {target}).</source>
        <translation>Die Sicherung {id} enthält die Datenbank {src}, nicht {target}; verwenden Sie einen neuen Datenbanknamen oder REPLACE (wodurch {target} zerstört wird).</translation>
    </message>
    <message>
        <source>A plan file describes one database and restores that database&apos;s own backups (the backups carry no database name or family GUID), so the backup always matches the target; restoring under another name is not modelled.</source>
        <translation>Eine Plandatei beschreibt eine Datenbank und stellt die eigenen Sicherungen dieser Datenbank wieder her (die Sicherungen enthalten keinen Datenbanknamen und keine Familien-GUID), daher passt die Sicherung immer zum Ziel; die Wiederherstellung unter einem anderen Namen wird nicht modelliert.</translation>
    </message>
    <message>
        <source>MOVE rules</source>
        <translation>MOVE-Regeln</translation>
    </message>
    <message>
        <source>File {logical} would be restored to {path}, which {is in use by {otherDb} | does not exist}; add WITH MOVE.</source>
        <translation>Die Datei {logical} würde nach {path} wiederhergestellt, der {von {otherDb} verwendet wird | nicht existiert}; fügen Sie WITH MOVE hinzu.</translation>
    </message>
    <message>
        <source>Duplicate MOVE of a logical file, MOVE of an unknown logical file, two files resolved to one path (Windows paths case-insensitive), MOVE on RESTORE LOG of a file without an ADD_FILE event in that log&apos;s interval. Paths in use by other databases or missing on the target cannot be known.</source>
        <translation>Doppeltes MOVE einer logischen Datei, MOVE einer unbekannten logischen Datei, zwei Dateien, die in denselben Pfad aufgelöst werden (Windows-Pfade ohne Berücksichtigung der Groß-/Kleinschreibung), MOVE bei RESTORE LOG für eine Datei ohne ADD_FILE-Ereignis im Intervall dieses Protokolls. Ob Pfade von anderen Datenbanken verwendet werden oder auf dem Ziel fehlen, lässt sich nicht erkennen.</translation>
    </message>
    <message>
        <source>MAXTRANSFERSIZE with FILESTREAM or In-Memory OLTP</source>
        <translation>MAXTRANSFERSIZE mit FILESTREAM oder In-Memory OLTP</translation>
    </message>
    <message>
        <source>Backup {id} was written with MAXTRANSFERSIZE={n}; restore with at least that value.</source>
        <translation>Die Sicherung {id} wurde mit MAXTRANSFERSIZE={n} geschrieben; stellen Sie mit mindestens diesem Wert wieder her.</translation>
    </message>
    <message>
        <source>A step without MAXTRANSFERSIZE is taken to use 1 MB (docs/validation-choices.md).</source>
        <translation>Für einen Schritt ohne MAXTRANSFERSIZE wird 1 MB angenommen (docs/validation-choices.md).</translation>
    </message>
    <message>
        <source>Memory-optimized filegroup and PRIMARY are backed up together</source>
        <translation>Speicheroptimierte Dateigruppe und PRIMARY werden zusammen gesichert</translation>
    </message>
    <message>
        <source>The memory-optimized filegroup {mod} must be backed up together with PRIMARY (and vice versa).</source>
        <translation>Die speicheroptimierte Dateigruppe {mod} muss zusammen mit PRIMARY gesichert werden (und umgekehrt).</translation>
    </message>
    <message>
        <source>Memory-optimized filegroup and PRIMARY are restored together</source>
        <translation>Speicheroptimierte Dateigruppe und PRIMARY werden zusammen wiederhergestellt</translation>
    </message>
    <message>
        <source>Restore the memory-optimized filegroup {mod} in the same statement as PRIMARY (e.g. FILEGROUP=&apos;PRIMARY&apos;, FILEGROUP=&apos;{mod}&apos; … WITH PARTIAL).</source>
        <translation>Stellen Sie die speicheroptimierte Dateigruppe {mod} in derselben Anweisung wie PRIMARY wieder her (z. B. FILEGROUP=&apos;PRIMARY&apos;, FILEGROUP=&apos;{mod}&apos; … WITH PARTIAL).</translation>
    </message>
    <message>
        <source>The target needs enough memory</source>
        <translation>Das Ziel benötigt genügend Arbeitsspeicher</translation>
    </message>
    <message>
        <source>{db} holds ≈{size} of memory-optimized data; the target&apos;s resource pool must have at least that much free memory, or the restored database will come up SUSPECT.</source>
        <translation>{db} enthält ≈{size} speicheroptimierte Daten; der Ressourcenpool des Ziels muss mindestens so viel freien Arbeitsspeicher haben, sonst wird die wiederhergestellte Datenbank SUSPECT.</translation>
    </message>
    <message>
        <source>The memory-optimized data is the sum of its containers&apos; sizeBytes, compared with RestoreEnvironment.memoryAvailableBytes; warned whenever that memory is unknown (0). Without container sizes there is nothing to estimate.</source>
        <translation>Die speicheroptimierten Daten sind die Summe der sizeBytes ihrer Container, verglichen mit RestoreEnvironment.memoryAvailableBytes; gewarnt wird immer dann, wenn dieser Arbeitsspeicher unbekannt ist (0). Ohne Containergrößen gibt es nichts zu schätzen.</translation>
    </message>
    <message>
        <source>Memory-optimized data adds load time</source>
        <translation>Speicheroptimierte Daten verlängern die Ladezeit</translation>
    </message>
    <message>
        <source>Not a finding: simulate (memoryOptimizedLoad) and the Simulation dock show, on the step whose recovery (or SET ONLINE) brings the database up with the memory-optimized filegroup online, the data loaded into memory first (the containers&apos; sizeBytes summed) and, when RestoreEnvironment.memoryOptimizedLoadBytesPerSecond is stated, the time: bytes / rate. The active log redone on top, containers and cores, and hash-index bucket counts are not modelled.</source>
        <translation>Kein Befund: simulate (memoryOptimizedLoad) und das Fenster „Simulation“ zeigen bei dem Schritt, dessen Abschluss mit RECOVERY (oder SET ONLINE) die Datenbank mit der speicheroptimierten Dateigruppe online bringt, die zuerst in den Arbeitsspeicher geladenen Daten (die summierten sizeBytes der Container) und, wenn RestoreEnvironment.memoryOptimizedLoadBytesPerSecond angegeben ist, die Zeit: Bytes / Rate. Das darüber wiederholte aktive Protokoll, Container und Kerne sowie die Bucketanzahlen von Hashindizes werden nicht modelliert.</translation>
    </message>
    <message>
        <source>The memory-optimized filegroup cannot be dropped, so it cannot be abandoned</source>
        <translation>Die speicheroptimierte Dateigruppe kann nicht gelöscht und daher nicht aufgegeben werden</translation>
    </message>
    <message>
        <source>The memory-optimized filegroup cannot be removed or left unrestored; it must be restored with PRIMARY.</source>
        <translation>Die speicheroptimierte Dateigruppe kann nicht entfernt oder ohne Wiederherstellung gelassen werden; sie muss mit PRIMARY wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Memory-optimized tables are always fully logged</source>
        <translation>Speicheroptimierte Tabellen werden immer vollständig protokolliert</translation>
    </message>
    <message>
        <source>Nothing is reported: bulk-logged findings come from a log backup&apos;s hasBulkLoggedData flag and the recovery model, never from the presence of memory-optimized tables.</source>
        <translation>Es wird nichts gemeldet: Befunde zu massenprotokollierten Vorgängen stammen aus dem Kennzeichen hasBulkLoggedData einer Protokollsicherung und aus dem Wiederherstellungsmodell, nie aus dem Vorhandensein speicheroptimierter Tabellen.</translation>
    </message>
    <message>
        <source>Fiber mode</source>
        <translation>Fibermodus</translation>
    </message>
    <message>
        <source>Target server uses fiber mode; databases with memory-optimized filegroups cannot be restored there.</source>
        <translation>Der Zielserver verwendet den Fibermodus; Datenbanken mit speicheroptimierten Dateigruppen können dort nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>RestoreEnvironment.lightweightPooling, stated by the user.</source>
        <translation>RestoreEnvironment.lightweightPooling, vom Benutzer angegeben.</translation>
    </message>
    <message>
        <source>A checksum error in a memory-optimized file fails the backup</source>
        <translation>Ein Prüfsummenfehler in einer speicheroptimierten Datei lässt die Sicherung fehlschlagen</translation>
    </message>
    <message>
        <source>A step that restores a backup marked failed is an error: there is no backup set to restore.</source>
        <translation>Ein Schritt, der eine als fehlgeschlagen gekennzeichnete Sicherung wiederherstellt, ist ein Fehler: Es gibt keinen Sicherungssatz, der wiederhergestellt werden könnte.</translation>
    </message>
    <message>
        <source>Point-in-time with a FILESTREAM filegroup left out of the partial restore</source>
        <translation>Wiederherstellung bis zu einem Zeitpunkt mit einer FILESTREAM-Dateigruppe, die bei der Teilwiederherstellung ausgelassen wurde</translation>
    </message>
    <message>
        <source>Point-in-time piecemeal restore is not possible while FILESTREAM filegroup {fs} is excluded. Include {fs} in stage 1, or restore to end of log.</source>
        <translation>Eine schrittweise Wiederherstellung bis zu einem Zeitpunkt ist nicht möglich, solange die FILESTREAM-Dateigruppe {fs} ausgeschlossen ist. Nehmen Sie {fs} in Phase 1 auf, oder stellen Sie bis zum Ende des Protokolls wieder her.</translation>
    </message>
    <message>
        <source>FILESTREAM left out without a stop point</source>
        <translation>FILESTREAM ohne Stopppunkt ausgelassen</translation>
    </message>
    <message>
        <source>R-FS-001 is raised only when a stop clause exists.</source>
        <translation>R-FS-001 wird nur ausgelöst, wenn eine Stop-Klausel vorhanden ist.</translation>
    </message>
    <message>
        <source>FILESTREAM needs NTFS and the right MAXTRANSFERSIZE</source>
        <translation>FILESTREAM erfordert NTFS und die richtige MAXTRANSFERSIZE</translation>
    </message>
    <message>
        <source>FILESTREAM container {path} must be on NTFS.</source>
        <translation>Der FILESTREAM-Container {path} muss sich auf NTFS befinden.</translation>
    </message>
    <message>
        <source>RestoreEnvironment.filestreamOnNtfs (default true), stated by the user.</source>
        <translation>RestoreEnvironment.filestreamOnNtfs (Standard: true), vom Benutzer angegeben.</translation>
    </message>
    <message>
        <source>No reverting to a database snapshot with FILESTREAM data</source>
        <translation>Kein Zurücksetzen auf eine Datenbankmomentaufnahme mit FILESTREAM-Daten</translation>
    </message>
    <message>
        <source>The plan format has no revert-to-snapshot step (RESTORE … FROM DATABASE_SNAPSHOT); the designer offers only backup-based restore.</source>
        <translation>Das Planformat hat keinen Schritt zum Zurücksetzen auf eine Momentaufnahme (RESTORE … FROM DATABASE_SNAPSHOT); der Designer bietet nur die Wiederherstellung aus Sicherungen an.</translation>
    </message>
    <message>
        <source>Removing an unrestored filegroup makes it defunct for good</source>
        <translation>Das Entfernen einer nicht wiederhergestellten Dateigruppe macht sie endgültig DEFUNCT</translation>
    </message>
    <message>
        <source>Removing {fg} while it is offline makes it DEFUNCT: its data can never be restored into {db}.</source>
        <translation>Das Entfernen von {fg}, während die Dateigruppe offline ist, macht sie DEFUNCT: Ihre Daten können nie wieder in {db} wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Deferred transactions depend on edition and model</source>
        <translation>Zurückgestellte Transaktionen hängen von Edition und Wiederherstellungsmodell ab</translation>
    </message>
    <message>
        <source>On {edition}, recovering while {fg} is offline and has open transactions makes startup fail (no deferred transactions outside Enterprise).</source>
        <translation>In der Edition {edition} führt das Abschließen mit RECOVERY, während {fg} offline ist und offene Transaktionen hat, zu einem Fehler beim Starten (außerhalb von Enterprise keine zurückgestellten Transaktionen).</translation>
    </message>
    <message>
        <source>Resolving deferred transactions</source>
        <translation>Auflösen zurückgestellter Transaktionen</translation>
    </message>
    <message>
        <source>Deferred transactions on {fg} keep the log from truncating; plan the restore of {fg} soon.</source>
        <translation>Zurückgestellte Transaktionen in {fg} verhindern, dass das Protokoll abgeschnitten wird; planen Sie die Wiederherstellung von {fg} zeitnah.</translation>
    </message>
    <message>
        <source>Reported at the stage-1 recovery for each deferred filegroup that no later step restores or removes.</source>
        <translation>Wird beim Abschluss der Phase 1 mit RECOVERY für jede zurückgestellte Dateigruppe gemeldet, die kein späterer Schritt wiederherstellt oder entfernt.</translation>
    </message>
    <message>
        <source>Simple model: file backups only of read-only filegroups</source>
        <translation>Wiederherstellungsmodell SIMPLE: Dateisicherungen nur von schreibgeschützten Dateigruppen</translation>
    </message>
    <message>
        <source>Listing filegroups by hand makes a file backup, not a partial backup</source>
        <translation>Das manuelle Aufführen von Dateigruppen ergibt eine Dateisicherung, keine Teilsicherung</translation>
    </message>
    <message>
        <source>A FILE backup naming PRIMARY and every filegroup read/write at its time, flagged under SIMPLE or when it would be the base of a later differential partial backup.</source>
        <translation>Eine FILE-Sicherung, die PRIMARY und jede Dateigruppe nennt, die zu ihrem Zeitpunkt Lese-/Schreibzugriff hatte; gemeldet unter SIMPLE oder wenn sie die Basis einer späteren differenziellen Teilsicherung wäre.</translation>
    </message>
    <message>
        <source>A differential needs a current base</source>
        <translation>Eine differenzielle Sicherung benötigt eine aktuelle Basis</translation>
    </message>
    <message>
        <source>What cannot be backed up</source>
        <translation>Was nicht gesichert werden kann</translation>
    </message>
    <message>
        <source>{fg} is {state} at {time}; it cannot be backed up then.</source>
        <translation>{fg} ist zum Zeitpunkt {time} {state}; sie kann dann nicht gesichert werden.</translation>
    </message>
    <message>
        <source>States come from the timeline: data a FAILURE event damaged, and a log a FAILURE marked damaged, cannot be backed up after it.</source>
        <translation>Die Zustände stammen aus der Zeitachse: Daten, die ein FAILURE-Ereignis beschädigt hat, und ein Protokoll, das ein FAILURE als beschädigt gekennzeichnet hat, können danach nicht gesichert werden.</translation>
    </message>
    <message>
        <source>BACKUP LOG with NORECOVERY or STANDBY changes the database state</source>
        <translation>BACKUP LOG mit NORECOVERY oder STANDBY ändert den Datenbankzustand</translation>
    </message>
    <message>
        <source>BACKUP LOG … NORECOVERY puts the simulated database in RESTORING (T-DB-2).</source>
        <translation>BACKUP LOG … NORECOVERY versetzt die simulierte Datenbank in den Zustand RESTORING (T-DB-2).</translation>
    </message>
    <message>
        <source>Backups cannot overlap file additions or removals</source>
        <translation>Sicherungen dürfen sich nicht mit dem Hinzufügen oder Entfernen von Dateien überschneiden</translation>
    </message>
    <message>
        <source>ADD_FILE / REMOVE_FILE events between a backup&apos;s start and finish (inclusive).</source>
        <translation>ADD_FILE-/REMOVE_FILE-Ereignisse zwischen Beginn und Ende einer Sicherung (einschließlich).</translation>
    </message>
    <message>
        <source>A page list names only restorable pages (Restore Designer&apos;s own rule)</source>
        <translation>Eine Seitenliste nennt nur wiederherstellbare Seiten (eigene Regel von Restore Designer)</translation>
    </message>
    <message>
        <source>Step N: page &quot;{file:page}&quot; is {the database boot page…}, so SQL Server refuses the statement.</source>
        <translation>Schritt N: Die Seite „{Datei:Seite}“ ist {die Startseite der Datenbank…}, daher lehnt SQL Server die Anweisung ab.</translation>
    </message>
    <message>
        <source>Each entry of RESTORE … PAGE: a numeric file:page pair (4350) of a data file of the layout (file IDs as sys.database_files gives them: 1 = the primary data file, 2 = the log, then the other data files in layout order), not the log, a FILESTREAM or memory-optimized container, page 0, page 1:9, a GAM/SGAM/PFS page (3111) or a page past the file&apos;s sizeBytes (3194); at most 1000 pages of one file in a restore sequence (3105). Medium: the file IDs and the GAM/SGAM interval beyond the first are derived (docs/validation-choices.md, &quot;Page restore&quot;).</source>
        <translation>Jeder Eintrag von RESTORE … PAGE: ein numerisches Paar Datei:Seite (4350) einer Datendatei des Layouts (Datei-IDs wie in sys.database_files: 1 = die primäre Datendatei, 2 = das Protokoll, dann die übrigen Datendateien in der Reihenfolge des Layouts), nicht das Protokoll, ein FILESTREAM- oder speicheroptimierter Container, Seite 0, Seite 1:9, eine GAM-/SGAM-/PFS-Seite (3111) oder eine Seite jenseits der sizeBytes der Datei (3194); höchstens 1000 Seiten einer Datei in einer Wiederherstellungssequenz (3105). Mittlere Konfidenz: Die Datei-IDs und das GAM-/SGAM-Intervall nach dem ersten sind abgeleitet (docs/validation-choices.md, „Page restore“).</translation>
    </message>
    <message>
        <source>A page restore starts from a full, partial or file backup holding the page, into an online read/write file (Restore Designer&apos;s own rule)</source>
        <translation>Eine Seitenwiederherstellung beginnt mit einer vollständigen, Teil- oder Dateisicherung, die die Seite enthält, in eine Onlinedatei mit Lese-/Schreibzugriff (eigene Regel von Restore Designer)</translation>
    </message>
    <message>
        <source>Step N restores pages {list} from {id}, which {does not hold file f | is a differential | …}.</source>
        <translation>Schritt N stellt die Seiten {list} aus {id} wieder her, die {die Datei f nicht enthält | eine differenzielle Sicherung ist | …}.</translation>
    </message>
    <message>
        <source>Refused by the simulator: a source that is not a full, partial or file backup holding the file (a differential only after the pages were restored, 3195), one from an older SQL Server (4311), a file being restored whole (4309) or not ONLINE (4310; a file a FAILURE marked SUSPECT counts as online: its damage is the pages), a read-only filegroup or database (4344).</source>
        <translation>Vom Simulator abgelehnt: eine Quelle, die keine vollständige, Teil- oder Dateisicherung mit der Datei ist (eine differenzielle Sicherung erst, nachdem die Seiten wiederhergestellt wurden, 3195), eine Quelle von einer älteren SQL Server-Version (4311), eine Datei, die vollständig wiederhergestellt wird (4309) oder nicht ONLINE ist (4310; eine Datei, die ein FAILURE als SUSPECT gekennzeichnet hat, gilt als online: Ihr Schaden sind die Seiten), eine schreibgeschützte Dateigruppe oder Datenbank (4344).</translation>
    </message>
    <message>
        <source>References must resolve (Restore Designer&apos;s own rule)</source>
        <translation>Verweise müssen auflösbar sein (eigene Regel von Restore Designer)</translation>
    </message>
    <message>
        <source>Step N uses backup &quot;{id}&quot;, which is not in the backup history.</source>
        <translation>Schritt N verwendet die Sicherung „{id}“, die nicht im Sicherungsverlauf enthalten ist.</translation>
    </message>
    <message>
        <source>A step naming an unknown backup, filegroup or file, or RESTORE LOG with a data backup (and the reverse).</source>
        <translation>Ein Schritt, der eine unbekannte Sicherung, Dateigruppe oder Datei nennt, oder RESTORE LOG mit einer Datensicherung (und umgekehrt).</translation>
    </message>
    <message>
        <source>Identifiers fit their type: 128 characters, 32 for a mark (Restore Designer&apos;s own rule)</source>
        <translation>Bezeichner passen zu ihrem Typ: 128 Zeichen, 32 für eine Markierung (eigene Regel von Restore Designer)</translation>
    </message>
    <message>
        <source>{What} &quot;{name}&quot; has {n} characters; a SQL Server identifier (sysname) holds at most 128, so SQL Server cannot take it.</source>
        <translation>{What} „{name}“ hat {n} Zeichen; ein SQL Server-Bezeichner (sysname) enthält höchstens 128, daher kann SQL Server den Wert nicht übernehmen.</translation>
    </message>
    <message>
        <source>The database, filegroup and logical file names (data and log) of the layout are sysname, nvarchar(128); a MARK event&apos;s name is the transaction name of BEGIN TRANSACTION … WITH MARK, at most 32 (through a variable a longer one is cut to 32, so STOPATMARK would not find it). Lengths count UTF-16 code units, as nvarchar does. Backup ids and plan names are the designer&apos;s own and never reach T-SQL as identifiers; the script writes no backup set or media name (NAME, MEDIANAME).</source>
        <translation>Die Datenbank-, Dateigruppen- und logischen Dateinamen (Daten und Protokoll) des Layouts sind vom Typ sysname, nvarchar(128); der Name eines MARK-Ereignisses ist der Transaktionsname von BEGIN TRANSACTION … WITH MARK, höchstens 32 Zeichen (über eine Variable wird ein längerer auf 32 gekürzt, sodass STOPATMARK ihn nicht finden würde). Längen zählen UTF-16-Codeeinheiten, wie nvarchar. Sicherungs-IDs und Plannamen gehören dem Designer selbst und erreichen T-SQL nie als Bezeichner; das Skript schreibt keinen Sicherungssatz- oder Mediennamen (NAME, MEDIANAME).</translation>
    </message>
    <message>
        <source>No NUL character in a name, id or path (Restore Designer&apos;s own rule)</source>
        <translation>Kein NUL-Zeichen in einem Namen, einer ID oder einem Pfad (eigene Regel von Restore Designer)</translation>
    </message>
    <message>
        <source>{JSON path} holds a NUL character (U+0000): &quot;{text}&quot;. No SQL Server name and no Windows path can contain one, so SQL Server cannot take it.</source>
        <translation>{JSON-Pfad} enthält ein NUL-Zeichen (U+0000): „{text}“. Kein SQL Server-Name und kein Windows-Pfad kann ein solches Zeichen enthalten, daher kann SQL Server den Wert nicht übernehmen.</translation>
    </message>
    <message>
        <source>Logical file names are unique in the database (Restore Designer&apos;s own rule)</source>
        <translation>Logische Dateinamen sind innerhalb der Datenbank eindeutig (eigene Regel von Restore Designer)</translation>
    </message>
    <message>
        <source>logical_file_name &quot;must be unique in the database&quot;: data and log files together, compared ignoring case as the default collation does. Such a layout still loads, so the designer can fix it.</source>
        <translation>logical_file_name „muss in der Datenbank eindeutig sein“: Daten- und Protokolldateien zusammen, verglichen ohne Berücksichtigung der Groß-/Kleinschreibung wie bei der Standardsortierung. Ein solches Layout wird trotzdem geladen, sodass der Designer es korrigieren kann.</translation>
    </message>
    <message>
        <source>A plan ends with the database recovered (Restore Designer&apos;s own rule)</source>
        <translation>Ein Plan endet mit dem Abschluss der Datenbank mit RECOVERY (eigene Regel von Restore Designer)</translation>
    </message>
    <message>
        <source>The plan is unfinished: after its last step (N) {db} is still RESTORING, so no filegroup is online and nobody can use the database until a RESTORE … WITH RECOVERY runs.</source>
        <translation>Der Plan ist nicht abgeschlossen: Nach seinem letzten Schritt (N) ist {db} weiterhin RESTORING, daher ist keine Dateigruppe online, und niemand kann die Datenbank verwenden, bis ein RESTORE … WITH RECOVERY ausgeführt wird.</translation>
    </message>
    <message>
        <source>&quot;RESTORE requires the WITH NORECOVERY option on all but the final RESTORE statement&quot;; with NORECOVERY &quot;the database is left in the unrecovered state&quot;. Checked on the simulator&apos;s state after the last step: RESTORING is reported; STANDBY (readable by choice) is not, nor a plan that already has an error (a refused statement or a recovery that cannot happen says why it fails, and the RESTORING end follows from it) or one R-PIT-004 already reports. The fix appends a recovery-only step (R-RO-003&apos;s form without targets).</source>
        <translation>„RESTORE erfordert die Option WITH NORECOVERY für alle RESTORE-Anweisungen außer der letzten“; mit NORECOVERY „verbleibt die Datenbank im nicht wiederhergestellten Zustand“. Geprüft am Zustand des Simulators nach dem letzten Schritt: RESTORING wird gemeldet; STANDBY (bewusst lesbar) nicht, ebenso wenig ein Plan, der bereits einen Fehler hat (eine abgelehnte Anweisung oder ein nicht möglicher Abschluss mit RECOVERY gibt an, warum er fehlschlägt, und das Ende im Zustand RESTORING folgt daraus), oder einer, den R-PIT-004 bereits meldet. Die Korrektur fügt einen reinen RECOVERY-Schritt an (die Form von R-RO-003 ohne Ziele).</translation>
    </message>
    <message>
        <source>A log backup written to NUL breaks the log chain (Restore Designer&apos;s own rule)</source>
        <translation>Eine nach NUL geschriebene Protokollsicherung unterbricht die Protokollkette (eigene Regel von Restore Designer)</translation>
    </message>
    <message>
        <source>Log backup {id} ({time}) was written to NUL: SQL Server truncated the log as if it were backed up, but LSNs {first} to {last} exist nowhere. No restore can roll forward past {time}; {first restore point after it}.</source>
        <translation>Die Protokollsicherung {id} ({time}) wurde nach NUL geschrieben: SQL Server hat das Protokoll abgeschnitten, als wäre es gesichert worden, aber die LSNs {first} bis {last} existieren nirgends. Keine Wiederherstellung kann über {time} hinaus einen Rollforward ausführen; {erster Wiederherstellungspunkt danach}.</translation>
    </message>
    <message>
        <source>Chain health, not a plan check: a backup whose media (physical_device_name) is NUL, NUL: or \\.\NUL. A regular log backup to NUL truncates the log, so the chain misses its records (an error); a data backup to NUL is a warning (it cannot be restored; a regular full one still resets the differential base).</source>
        <translation>Kettenzustand, keine Planprüfung: eine Sicherung, deren Medium (physical_device_name) NUL, NUL: oder \\.\NUL ist. Eine reguläre Protokollsicherung nach NUL schneidet das Protokoll ab, sodass der Kette dessen Datensätze fehlen (ein Fehler); eine Datensicherung nach NUL ist eine Warnung (sie kann nicht wiederhergestellt werden; eine reguläre vollständige setzt dennoch die differenzielle Basis zurück).</translation>
    </message>
    <message>
        <source>A backup by another tool is restored with that tool (Restore Designer&apos;s own rule)</source>
        <translation>Eine Sicherung eines anderen Tools wird mit diesem Tool wiederhergestellt (eigene Regel von Restore Designer)</translation>
    </message>
    <message>
        <source>Log backup {id} ({time}) was written by another tool (a virtual device {name}): the log chain runs through it, so every restore past it needs that tool&apos;s copy.</source>
        <translation>Die Protokollsicherung {id} ({time}) wurde von einem anderen Tool geschrieben (einem virtuellen Gerät {name}): Die Protokollkette verläuft durch sie, daher benötigt jede Wiederherstellung darüber hinaus die Kopie dieses Tools.</translation>
    </message>
    <message>
        <source>Chain health: a backup taken WITH SNAPSHOT or whose media is a virtual device, which msdb names by a GUID ({8-4-4-4-12}, braces and a stripe number optional; device_type 7). A warning for a log backup (the regular chain depends on it), a note for a data backup. Medium: the GUID naming is observed in public scripts, not documented.</source>
        <translation>Kettenzustand: eine Sicherung, die WITH SNAPSHOT erstellt wurde oder deren Medium ein virtuelles Gerät ist, das msdb mit einer GUID benennt ({8-4-4-4-12}, geschweifte Klammern und eine Stripenummer optional; device_type 7). Eine Warnung bei einer Protokollsicherung (die reguläre Kette hängt von ihr ab), ein Hinweis bei einer Datensicherung. Mittlere Konfidenz: Die GUID-Benennung ist in öffentlichen Skripts beobachtet, aber nicht dokumentiert.</translation>
    </message>
    <message>
        <source>Under full or bulk-logged recovery, log backups follow the full backup (Restore Designer&apos;s own rule)</source>
        <translation>Im vollständigen oder massenprotokollierten Wiederherstellungsmodell folgen Protokollsicherungen auf die vollständige Sicherung (eigene Regel von Restore Designer)</translation>
    </message>
    <message>
        <source>Full backup {id} ({time}) has no log backup after it although the database is in FULL or BULK_LOGGED recovery: no point after {end} can be restored, and the log grows until a log backup truncates it.</source>
        <translation>Nach der vollständigen Sicherung {id} ({time}) folgt keine Protokollsicherung, obwohl sich die Datenbank im Wiederherstellungsmodell FULL oder BULK_LOGGED befindet: Kein Zeitpunkt nach {end} kann wiederhergestellt werden, und das Protokoll wächst, bis eine Protokollsicherung es abschneidet.</translation>
    </message>
    <message>
        <source>Chain health: regular full backups (not copy-only, not failed) taken under FULL or BULK_LOGGED (the backup&apos;s recovery_model, else the events) after which no regular log backup of the same recovery path ends (its last_lsn beyond theirs); one finding per path. &quot;Under the full recovery model or bulk-logged recovery model, taking routine transaction log backups is necessary to recover data&quot;.</source>
        <translation>Kettenzustand: reguläre vollständige Sicherungen (keine Kopiesicherungen, nicht fehlgeschlagen), die unter FULL oder BULK_LOGGED erstellt wurden (recovery_model der Sicherung, sonst die Ereignisse) und nach denen keine reguläre Protokollsicherung desselben Wiederherstellungspfads endet (deren last_lsn hinter ihrer liegt); ein Befund pro Pfad. „Beim vollständigen oder massenprotokollierten Wiederherstellungsmodell sind regelmäßige Transaktionsprotokollsicherungen erforderlich, um Daten wiederherzustellen“.</translation>
    </message>
    <message>
        <source>A failed or damaged backup is no sound restore point (Restore Designer&apos;s own rule)</source>
        <translation>Eine fehlgeschlagene oder beschädigte Sicherung ist kein zuverlässiger Wiederherstellungspunkt (eigene Regel von Restore Designer)</translation>
    </message>
    <message>
        <source>{Type} {id} ({time}) failed: it is no restore point. | {Type} {id} ({time}) was taken over damaged data (CONTINUE_AFTER_ERROR): restoring it needs CONTINUE_AFTER_ERROR too and may lose data.</source>
        <translation>{Type} {id} ({time}) ist fehlgeschlagen: Sie ist kein Wiederherstellungspunkt. | {Type} {id} ({time}) wurde über beschädigte Daten erstellt (CONTINUE_AFTER_ERROR): Ihre Wiederherstellung erfordert ebenfalls CONTINUE_AFTER_ERROR und kann Datenverlust verursachen.</translation>
    </message>
    <message>
        <source>Chain health: backups marked failed (the BACKUP did not complete, e.g. R-MOD-008) or damaged (backupset.is_damaged). Neither counts as a restore point for the longest time without one (R-CHAIN-005); a damaged log still carries the chain.</source>
        <translation>Kettenzustand: Sicherungen, die als fehlgeschlagen (das BACKUP wurde nicht abgeschlossen, z. B. R-MOD-008) oder als beschädigt (backupset.is_damaged) gekennzeichnet sind. Keine von beiden zählt als Wiederherstellungspunkt für die längste Zeit ohne einen solchen (R-CHAIN-005); ein beschädigtes Protokoll führt die Kette dennoch fort.</translation>
    </message>
    <message>
        <source>The longest time without a usable restore point (Restore Designer&apos;s own rule)</source>
        <translation>Die längste Zeit ohne verwendbaren Wiederherstellungspunkt (eigene Regel von Restore Designer)</translation>
    </message>
    <message>
        <source>The longest time without a usable restore point is {duration}, from {time} ({id}) to {time} ({id}).</source>
        <translation>Die längste Zeit ohne verwendbaren Wiederherstellungspunkt beträgt {duration}, von {time} ({id}) bis {time} ({id}).</translation>
    </message>
    <message>
        <source>&quot;Damaged&quot; = a FAILURE event, or the simulated database SUSPECT or RECOVERY_PENDING. Also an info note for each backup with hasIncompleteMetadata that the plan uses.</source>
        <translation>„Beschädigt“ = ein FAILURE-Ereignis oder die simulierte Datenbank im Zustand SUSPECT oder RECOVERY_PENDING. Außerdem ein Info-Hinweis für jede vom Plan verwendete Sicherung mit hasIncompleteMetadata.</translation>
    </message>
    <message>
        <source>A recovery-only restore of {fg} requires the database online and {fg} in OFFLINE/RECOVERY_PENDING state, and its data must already be consistent (read-only since its last backup).</source>
        <translation>Eine reine RECOVERY-Wiederherstellung von {fg} erfordert, dass die Datenbank online ist und {fg} sich im Zustand OFFLINE/RECOVERY_PENDING befindet, und ihre Daten müssen bereits konsistent sein (seit ihrer letzten Sicherung schreibgeschützt).</translation>
    </message>
    <message>
        <source>The upgrade check compares environment.serverVersion with the backups&apos; softwareVersion; the &quot;keep the standby file&quot; warning is given once per plan.</source>
        <translation>Die Upgrade-Prüfung vergleicht environment.serverVersion mit der softwareVersion der Sicherungen; die Warnung „Standbydatei aufbewahren“ wird einmal pro Plan ausgegeben.</translation>
    </message>
    <message>
        <source>Every name, id, reference and path of the layout, the events, the backups and the plan, named by its JSON path; not free text (the description) nor a backup&apos;s GUIDs, which never reach SQL Server. Medium: Windows documents NUL among the characters no file name may hold; for identifiers Microsoft&apos;s documents are silent (docs/validation-choices.md, &quot;Names&quot;).</source>
        <translation>Jeder Name, jede ID, jeder Verweis und jeder Pfad des Layouts, der Ereignisse, der Sicherungen und des Plans, benannt durch seinen JSON-Pfad; nicht Freitext (die Beschreibung) und nicht die GUIDs einer Sicherung, die SQL Server nie erreichen. Mittlere Konfidenz: Windows dokumentiert NUL als eines der Zeichen, die kein Dateiname enthalten darf; zu Bezeichnern schweigt die Microsoft-Dokumentation (docs/validation-choices.md, „Names“).</translation>
    </message>
    <message>
        <source>The {file} has the logical name of the {earlier file}; a logical file name is unique in its database, so SQL Server cannot have both.</source>
        <translation>Die {file} hat den logischen Namen der {früheren Datei}; ein logischer Dateiname ist innerhalb seiner Datenbank eindeutig, daher kann SQL Server nicht beide haben.</translation>
    </message>
    <message>
        <source>Log backup {id} contains bulk-logged operations; point-in-time restore inside it is impossible. Choose a point at or before where roll-forward stands ({from}), or at or after its end.</source>
        <translation>Die Protokollsicherung {id} enthält massenprotokollierte Vorgänge; eine Wiederherstellung bis zu einem Zeitpunkt innerhalb dieser Sicherung ist unmöglich. Wählen Sie einen Zeitpunkt an oder vor dem Stand des Rollforwards ({from}) oder an oder nach ihrem Ende.</translation>
    </message>
    <message>
        <source>Low confidence (C-7): reported as an error (startup fails) unless the edition is Enterprise or Developer and the recovery model FULL or BULK_LOGGED; with those, the same situation is the warning R-PIECE-013. The open transactions are OPEN_TRANSACTION events.</source>
        <translation>Geringe Konfidenz (C-7): Wird als Fehler gemeldet (der Start schlägt fehl), außer wenn die Edition Enterprise oder Developer und das Wiederherstellungsmodell FULL oder BULK_LOGGED ist; dann ist dieselbe Situation die Warnung R-PIECE-013. Die offenen Transaktionen sind OPEN_TRANSACTION-Ereignisse.</translation>
    </message>
    <message>
        <source>Chain health: the moments a restore can reach are the ends of usable full, partial and differential backups (not failed, damaged, written to NUL, nor a differential whose base is gone) and, in a gapless run of regular log backups, every moment from the end of the first such backup inside the run to the run&apos;s end (R-LOG-004, R-LOG-005). The longest time between two consecutive such moments is reported. Medium: a log&apos;s coverage in time is taken from its backup&apos;s end.</source>
        <translation>Kettenzustand: Die Zeitpunkte, die eine Wiederherstellung erreichen kann, sind die Enden verwendbarer vollständiger, Teil- und differenzieller Sicherungen (nicht fehlgeschlagen, nicht beschädigt, nicht nach NUL geschrieben und keine differenzielle Sicherung, deren Basis fehlt) und in einer lückenlosen Folge regulärer Protokollsicherungen jeder Zeitpunkt vom Ende der ersten solchen Sicherung innerhalb der Folge bis zum Ende der Folge (R-LOG-004, R-LOG-005). Gemeldet wird die längste Zeit zwischen zwei aufeinanderfolgenden solchen Zeitpunkten. Mittlere Konfidenz: Die zeitliche Abdeckung eines Protokolls wird aus dem Ende seiner Sicherung abgeleitet.</translation>
    </message>
</context>
<context>
    <name>SavedViewState</name>
    <message>
        <source>the saved plan is not a plan number</source>
        <translation>der gespeicherte Plan ist keine Plannummer</translation>
    </message>
    <message>
        <source>the saved step is not a step number</source>
        <translation>der gespeicherte Schritt ist keine Schrittnummer</translation>
    </message>
    <message>
        <source>the saved backup is not a backup id</source>
        <translation>die gespeicherte Sicherung ist keine Sicherungs-ID</translation>
    </message>
    <message>
        <source>the saved filegroup is not a filegroup name</source>
        <translation>die gespeicherte Dateigruppe ist kein Dateigruppenname</translation>
    </message>
    <message>
        <source>the saved timeline needs a positive pixelsPerSecond and a left time</source>
        <translation>die gespeicherte Zeitachse benötigt einen positiven Wert für pixelsPerSecond und einen Wert für left</translation>
    </message>
    <message>
        <source>the saved timeline axis is neither &quot;time&quot; nor &quot;lsn&quot;</source>
        <translation>die gespeicherte Zeitachsenachse ist weder &quot;time&quot; noch &quot;lsn&quot;</translation>
    </message>
    <message>
        <source>the saved LSN axis needs a positive lsnZoom and an lsnLeft LSN</source>
        <translation>die gespeicherte LSN-Achse benötigt einen positiven Wert für lsnZoom und eine LSN für lsnLeft</translation>
    </message>
</context>
<context>
    <name>SequenceRules</name>
    <message>
        <source>The memory-optimized filegroup %1 is marked to be abandoned, but it cannot be removed or left unrestored (only dropping the database removes it): it must be restored with PRIMARY.</source>
        <translation>Die speicheroptimierte Dateigruppe %1 ist zum Aufgeben markiert, sie kann aber weder entfernt noch ohne Wiederherstellung gelassen werden (nur das Löschen der Datenbank entfernt sie): Sie muss zusammen mit PRIMARY wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Clear &quot;abandon&quot; on %1 in the layout: it must be restored with PRIMARY.</source>
        <translation>„Aufgeben“ für %1 im Layout deaktivieren: Die Dateigruppe muss zusammen mit PRIMARY wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Step %1 removes the memory-optimized filegroup %2: it can only be removed by dropping %3, so it cannot be made DEFUNCT; it must be restored with PRIMARY.</source>
        <translation>Schritt %1 entfernt die speicheroptimierte Dateigruppe %2: Sie kann nur durch Löschen von %3 entfernt und daher nicht DEFUNCT werden; sie muss zusammen mit PRIMARY wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Remove step %1.</source>
        <translation>Schritt %1 entfernen.</translation>
    </message>
    <message>
        <source>Removing %1 at step %2 while it is %3 makes it DEFUNCT: its data can never be restored into %4.</source>
        <translation>Das Entfernen von %1 in Schritt %2, während die Dateigruppe den Zustand %3 hat, macht sie DEFUNCT: Ihre Daten können nie wieder in %4 wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Restore %1 instead of removing it, if its data is still needed.</source>
        <translation>%1 wiederherstellen statt entfernen, wenn die Daten noch benötigt werden.</translation>
    </message>
    <message>
        <source>Database %1 does not exist on the target, so the first restore must come from a backup that contains the primary file; step %2 %3.</source>
        <translation>Die Datenbank %1 ist auf dem Ziel nicht vorhanden, daher muss die erste Wiederherstellung aus einer Sicherung erfolgen, die die primäre Datei enthält; Schritt %2 %3.</translation>
    </message>
    <message>
        <source>restores %1 without PRIMARY</source>
        <translation>stellt %1 ohne PRIMARY wieder her</translation>
    </message>
    <message>
        <source>restores no data backup</source>
        <translation>stellt keine Datensicherung wieder her</translation>
    </message>
    <message>
        <source>Start with RESTORE DATABASE %1 FROM %2 (a full backup) WITH NORECOVERY.</source>
        <translation>Mit RESTORE DATABASE %1 FROM %2 (einer vollständigen Sicherung) WITH NORECOVERY beginnen.</translation>
    </message>
    <message>
        <source>Start with RESTORE DATABASE %1 from a full backup, or a file backup holding PRIMARY.</source>
        <translation>Mit RESTORE DATABASE %1 aus einer vollständigen Sicherung oder einer Dateisicherung, die PRIMARY enthält, beginnen.</translation>
    </message>
    <message>
        <source>STANDBY cannot be used while %1 stays online (step %2 is an online restore); use NORECOVERY, or take the database offline first.</source>
        <translation>STANDBY kann nicht verwendet werden, während %1 online bleibt (Schritt %2 ist eine Onlinewiederherstellung); verwenden Sie NORECOVERY, oder schalten Sie die Datenbank zuerst offline.</translation>
    </message>
    <message>
        <source>Use NORECOVERY on step %1.</source>
        <translation>NORECOVERY in Schritt %1 verwenden.</translation>
    </message>
    <message>
        <source>STANDBY is not possible for backups from SQL Server %1 on a %2 server: %3 needs an upgrade, which STANDBY does not allow (step %4).</source>
        <translation>STANDBY ist für Sicherungen von SQL Server %1 auf einem %2-Server nicht möglich: %3 erfordert ein Upgrade, das STANDBY nicht zulässt (Schritt %4).</translation>
    </message>
    <message>
        <source>the standby file</source>
        <translation>die Standbydatei</translation>
    </message>
    <message>
        <source>Keep %1 until the next restore of %2 (step %3 writes its undo data there); deleting it forces a full re-restore.</source>
        <translation>%1 bis zur nächsten Wiederherstellung von %2 aufbewahren (Schritt %3 schreibt dort seine Undo-Daten); wird sie gelöscht, ist eine vollständige erneute Wiederherstellung erforderlich.</translation>
    </message>
    <message>
        <source>Step %1 restores PRIMARY without the memory-optimized filegroup %2: restore %2 in the same statement (FILEGROUP = &apos;PRIMARY&apos;, FILEGROUP = &apos;%2&apos;%3). SQL Server refuses the statement, which changes nothing.</source>
        <translation>Schritt %1 stellt PRIMARY ohne die speicheroptimierte Dateigruppe %2 wieder her: Stellen Sie %2 in derselben Anweisung wieder her (FILEGROUP = &apos;PRIMARY&apos;, FILEGROUP = &apos;%2&apos;%3). SQL Server lehnt die Anweisung ab; sie ändert nichts.</translation>
    </message>
    <message>
        <source> … WITH PARTIAL</source>
        <translation> … WITH PARTIAL</translation>
    </message>
    <message>
        <source>Step %1 restores the memory-optimized filegroup %2 without PRIMARY: they must be restored in the same statement. SQL Server refuses the statement, which changes nothing.</source>
        <translation>Schritt %1 stellt die speicheroptimierte Dateigruppe %2 ohne PRIMARY wieder her: Beide müssen in derselben Anweisung wiederhergestellt werden. SQL Server lehnt die Anweisung ab; sie ändert nichts.</translation>
    </message>
    <message>
        <source>Add %1 to the FILEGROUP list of step %2.</source>
        <translation>%1 zur FILEGROUP-Liste von Schritt %2 hinzufügen.</translation>
    </message>
</context>
<context>
    <name>StepChecks</name>
    <message>
        <source>Step %1 uses backup &quot;%2&quot;, which is not in the backup history.</source>
        <translation>Schritt %1 verwendet die Sicherung „%2“, die nicht im Sicherungsverlauf enthalten ist.</translation>
    </message>
    <message>
        <source>Step %1 names filegroup &quot;%2&quot;, which is not in the layout.</source>
        <translation>Schritt %1 nennt die Dateigruppe „%2“, die nicht im Layout enthalten ist.</translation>
    </message>
    <message>
        <source>Step %1 names file &quot;%2&quot;, which is not in the layout.</source>
        <translation>Schritt %1 nennt die Datei „%2“, die nicht im Layout enthalten ist.</translation>
    </message>
    <message>
        <source>Step %1 is a recovery-only RESTORE (no FROM): it must state WITH RECOVERY, NORECOVERY or STANDBY.</source>
        <translation>Schritt %1 ist ein reines RECOVERY-RESTORE (ohne FROM): Er muss WITH RECOVERY, NORECOVERY oder STANDBY angeben.</translation>
    </message>
    <message>
        <source>Add WITH RECOVERY to step %1.</source>
        <translation>WITH RECOVERY zu Schritt %1 hinzufügen.</translation>
    </message>
    <message>
        <source>Step %1 would recover the database (%2), so step %3 can no longer be applied.</source>
        <translation>Schritt %1 würde die Datenbank mit RECOVERY abschließen (%2), daher kann Schritt %3 nicht mehr angewendet werden.</translation>
    </message>
    <message>
        <source>RECOVERY is the default</source>
        <translation>RECOVERY ist der Standard</translation>
    </message>
    <message>
        <source>WITH RECOVERY</source>
        <translation>WITH RECOVERY</translation>
    </message>
    <message>
        <source>Use WITH NORECOVERY on step %1.</source>
        <translation>WITH NORECOVERY in Schritt %1 verwenden.</translation>
    </message>
    <message>
        <source>Step %1 relies on the default RECOVERY; make the recovery option explicit.</source>
        <translation>Schritt %1 verlässt sich auf den Standard RECOVERY; geben Sie die RECOVERY-Option explizit an.</translation>
    </message>
    <message>
        <source>PARTIAL is not allowed on RESTORE LOG (step %1).</source>
        <translation>PARTIAL ist bei RESTORE LOG nicht zulässig (Schritt %1).</translation>
    </message>
    <message>
        <source>Remove PARTIAL from step %1.</source>
        <translation>PARTIAL aus Schritt %1 entfernen.</translation>
    </message>
    <message>
        <source>PARTIAL appears again at step %1: this would start a brand-new piecemeal restore and discard the earlier stages.</source>
        <translation>PARTIAL kommt in Schritt %1 erneut vor: Dies würde eine völlig neue schrittweise Wiederherstellung beginnen und die früheren Phasen verwerfen.</translation>
    </message>
    <message>
        <source>A piecemeal restore must start with RESTORE DATABASE … WITH PARTIAL from a full or partial backup that contains the whole primary filegroup; %1 is a %2 backup without it.</source>
        <translation>Eine schrittweise Wiederherstellung muss mit RESTORE DATABASE … WITH PARTIAL aus einer vollständigen Sicherung oder Teilsicherung beginnen, die die gesamte primäre Dateigruppe enthält; %1 ist eine %2-Sicherung ohne sie.</translation>
    </message>
    <message>
        <source>Add %1 to the FILEGROUP list of step %2.</source>
        <translation>%1 zur FILEGROUP-Liste von Schritt %2 hinzufügen.</translation>
    </message>
    <message>
        <source>Under SIMPLE recovery the first stage must restore PRIMARY and all read/write filegroups from the same backup; %1 comes from %2 instead of %3.</source>
        <translation>Im Wiederherstellungsmodell SIMPLE muss die erste Phase PRIMARY und alle Dateigruppen mit Lese-/Schreibzugriff aus derselben Sicherung wiederherstellen; %1 stammt aus %2 statt aus %3.</translation>
    </message>
    <message>
        <source>Step %1 restores from the full backup %2 with a FILEGROUP list; under SIMPLE recovery use READ_WRITE_FILEGROUPS.</source>
        <translation>Schritt %1 stellt aus der vollständigen Sicherung %2 mit einer FILEGROUP-Liste wieder her; verwenden Sie im Wiederherstellungsmodell SIMPLE READ_WRITE_FILEGROUPS.</translation>
    </message>
    <message>
        <source>Replace the FILEGROUP list of step %1 with READ_WRITE_FILEGROUPS.</source>
        <translation>FILEGROUP-Liste von Schritt %1 durch READ_WRITE_FILEGROUPS ersetzen.</translation>
    </message>
    <message>
        <source>Filegroup %1 is read/write but not in the initial stage: it will become DEFUNCT when the database recovers and can never be restored into this database.</source>
        <translation>Die Dateigruppe %1 hat Lese-/Schreibzugriff, ist aber nicht in der ersten Phase enthalten: Sie wird DEFUNCT, wenn die Datenbank mit RECOVERY abgeschlossen wird, und kann nie wieder in diese Datenbank wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Add %1 to the FILEGROUP list of step %2 (or use READ_WRITE_FILEGROUPS).</source>
        <translation>%1 zur FILEGROUP-Liste von Schritt %2 hinzufügen (oder READ_WRITE_FILEGROUPS verwenden).</translation>
    </message>
    <message>
        <source>Point-in-time restore is not available under SIMPLE recovery; you can only restore to the time of a backup.</source>
        <translation>Die Wiederherstellung bis zu einem Zeitpunkt ist im Wiederherstellungsmodell SIMPLE nicht verfügbar; Sie können nur bis zum Zeitpunkt einer Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>Remove the STOPAT/STOPATMARK clauses and the plan&apos;s point-in-time target.</source>
        <translation>STOPAT/STOPATMARK-Klauseln und das Zeitpunktziel des Plans entfernen.</translation>
    </message>
    <message>
        <source>Step %1 uses %2 but the restore sequence targets %3; every RESTORE LOG must use the identical STOPAT/STOPATMARK/STOPBEFOREMARK.</source>
        <translation>Schritt %1 verwendet %2, aber die Wiederherstellungssequenz zielt auf %3; jedes RESTORE LOG muss dieselbe STOPAT/STOPATMARK/STOPBEFOREMARK-Klausel verwenden.</translation>
    </message>
    <message>
        <source>no stop clause</source>
        <translation>keine Stop-Klausel</translation>
    </message>
    <message>
        <source>Set %1 on step %2.</source>
        <translation>%1 in Schritt %2 festlegen.</translation>
    </message>
    <message>
        <source>CONTINUE_AFTER_ERROR forces the point-in-time restore but FILESTREAM filegroup %1 can NEVER be restored afterwards.</source>
        <translation>CONTINUE_AFTER_ERROR erzwingt die Wiederherstellung bis zu einem Zeitpunkt, aber die FILESTREAM-Dateigruppe %1 kann danach NIE wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Point-in-time piecemeal restore is not possible while FILESTREAM filegroup %1 is excluded. Include %1 in stage 1, or restore to the end of the log.</source>
        <translation>Eine schrittweise Wiederherstellung bis zu einem Zeitpunkt ist nicht möglich, solange die FILESTREAM-Dateigruppe %1 ausgeschlossen ist. Nehmen Sie %1 in Phase 1 auf, oder stellen Sie bis zum Ende des Protokolls wieder her.</translation>
    </message>
    <message>
        <source>State WITH RECOVERY (SQL Server&apos;s default) explicitly on step %1.</source>
        <translation>WITH RECOVERY (Standard von SQL Server) in Schritt %1 explizit angeben.</translation>
    </message>
    <message>
        <source>Filegroup %1 is read/write and marked to be abandoned: left out of the initial stage, it becomes DEFUNCT when the database recovers and can never be restored into this database.</source>
        <translation>Die Dateigruppe %1 hat Lese-/Schreibzugriff und ist zum Aufgeben markiert: Wird sie in der ersten Phase ausgelassen, wird sie DEFUNCT, wenn die Datenbank mit RECOVERY abgeschlossen wird, und kann nie wieder in diese Datenbank wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>To keep %1, clear &quot;abandon&quot; and add it to the FILEGROUP list of step %2 (or use READ_WRITE_FILEGROUPS).</source>
        <translation>Um %1 zu behalten, „Aufgeben“ deaktivieren und die Dateigruppe zur FILEGROUP-Liste von Schritt %2 hinzufügen (oder READ_WRITE_FILEGROUPS verwenden).</translation>
    </message>
    <message>
        <source>Step %1 uses %2, but point-in-time restore is not available under SIMPLE recovery; you can only restore to the time of a backup.</source>
        <translation>Schritt %1 verwendet %2, aber die Wiederherstellung bis zu einem Zeitpunkt ist im Wiederherstellungsmodell SIMPLE nicht verfügbar; Sie können nur bis zum Zeitpunkt einer Sicherung wiederherstellen.</translation>
    </message>
</context>
<context>
    <name>StepText</name>
    <message>
        <source>(the log)</source>
        <translation>(das Protokoll)</translation>
    </message>
    <message>
        <source>(recovery only)</source>
        <translation>(nur RECOVERY)</translation>
    </message>
    <message>
        <source>(whole backup)</source>
        <translation>(gesamte Sicherung)</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>pages %1</source>
        <translation>Seiten %1</translation>
    </message>
    <message>
        <source>RECOVERY (default)</source>
        <translation>RECOVERY (Standard)</translation>
    </message>
</context>
<context>
    <name>TailChecks</name>
    <message>
        <source>%1 (log backup %2)</source>
        <translation>%1 (Protokollsicherung %2)</translation>
    </message>
    <message>
        <source>the last data backup (there is no log backup)</source>
        <translation>die letzte Datensicherung (es gibt keine Protokollsicherung)</translation>
    </message>
    <message>
        <source>No tail-log backup needed: the recovery point is inside backup %1, and step %2&apos;s %3 tells SQL Server to overwrite the log of %4.</source>
        <translation>Keine Sicherung des Protokollfragments erforderlich: Der Wiederherstellungspunkt liegt innerhalb der Sicherung %1, und %3 in Schritt %2 weist SQL Server an, das Protokoll von %4 zu überschreiben.</translation>
    </message>
    <message>
        <source>No tail-log backup is needed (the recovery point is inside log backup %1), but SQL Server still refuses to overwrite %2, whose log has not been backed up, unless step %3 says STOPAT or REPLACE.</source>
        <translation>Es ist keine Sicherung des Protokollfragments erforderlich (der Wiederherstellungspunkt liegt innerhalb der Protokollsicherung %1), aber SQL Server lehnt es weiterhin ab, %2 zu überschreiben, dessen Protokoll nicht gesichert wurde, sofern Schritt %3 nicht STOPAT oder REPLACE angibt.</translation>
    </message>
    <message>
        <source>Add %1 to step %2.</source>
        <translation>%1 zu Schritt %2 hinzufügen.</translation>
    </message>
    <message>
        <source>Add REPLACE to step %1 (the work after the recovery point is not needed).</source>
        <translation>REPLACE zu Schritt %1 hinzufügen (die Arbeit nach dem Wiederherstellungspunkt wird nicht benötigt).</translation>
    </message>
    <message>
        <source>The tail of the log of %1 has not been backed up: step %2 would overwrite a %3 database and lose the work since the last log backup, so SQL Server refuses it.</source>
        <translation>Das Protokollfragment von %1 wurde nicht gesichert: Schritt %2 würde eine Datenbank im Wiederherstellungsmodell %3 überschreiben und die Arbeit seit der letzten Protokollsicherung verlieren, daher lehnt SQL Server ihn ab.</translation>
    </message>
    <message>
        <source>The log is damaged, so no tail-log backup can be taken: add REPLACE to step %1 and accept losing the work since %2.</source>
        <translation>Das Protokoll ist beschädigt, daher kann keine Sicherung des Protokollfragments erstellt werden: Fügen Sie REPLACE zu Schritt %1 hinzu, und akzeptieren Sie den Verlust der Arbeit seit %2.</translation>
    </message>
    <message>
        <source>%1 is %2 before step %3, and BACKUP is not allowed in that state, even with NO_TRUNCATE</source>
        <translation>%1 hat vor Schritt %3 den Zustand %2, und BACKUP ist in diesem Zustand nicht zulässig, auch nicht mit NO_TRUNCATE</translation>
    </message>
    <message>
        <source>Insert ALTER DATABASE %1 SET ONLINE before step %2.</source>
        <translation>ALTER DATABASE %1 SET ONLINE vor Schritt %2 einfügen.</translation>
    </message>
    <message>
        <source>the log of %1 is damaged</source>
        <translation>das Protokoll von %1 ist beschädigt</translation>
    </message>
    <message>
        <source>Remove step %1 and restore up to the last log backup.</source>
        <translation>Schritt %1 entfernen und bis zur letzten Protokollsicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>the data files</source>
        <translation>die Datendateien</translation>
    </message>
    <message>
        <source>the log holds bulk-logged changes since the last log backup and %1 is not available, and such a log backup needs every data file</source>
        <translation>das Protokoll enthält seit der letzten Protokollsicherung massenprotokollierte Änderungen, auf %1 kann nicht zugegriffen werden, und eine solche Protokollsicherung benötigt jede Datendatei</translation>
    </message>
    <message>
        <source>A tail-log backup is not possible at step %1: %2. The plan can only reach %3; work after that is lost.</source>
        <translation>Eine Sicherung des Protokollfragments ist in Schritt %1 nicht möglich: %2. Der Plan kann nur %3 erreichen; die Arbeit danach geht verloren.</translation>
    </message>
    <message>
        <source>Step %1 backs up the tail of the log of %2 without NORECOVERY while it is online: users can keep writing after the tail is taken, and the restore will then demand another tail.</source>
        <translation>Schritt %1 sichert das Protokollfragment von %2 ohne NORECOVERY, während die Datenbank online ist: Benutzer können nach der Sicherung des Protokollfragments weiter schreiben, und die Wiederherstellung verlangt dann ein weiteres Protokollfragment.</translation>
    </message>
    <message>
        <source>Add NORECOVERY to step %1.</source>
        <translation>NORECOVERY zu Schritt %1 hinzufügen.</translation>
    </message>
    <message>
        <source>Step %1 uses %2 on %3, which is not damaged: these options are meant for damaged databases; on a healthy database use NORECOVERY only.</source>
        <translation>Schritt %1 verwendet %2 für %3, die nicht beschädigt ist: Diese Optionen sind für beschädigte Datenbanken vorgesehen; verwenden Sie bei einer intakten Datenbank nur NORECOVERY.</translation>
    </message>
    <message>
        <source>Use WITH NORECOVERY only on step %1.</source>
        <translation>In Schritt %1 nur WITH NORECOVERY verwenden.</translation>
    </message>
    <message>
        <source>Backup %1 has incomplete metadata (taken with NO_TRUNCATE or CONTINUE_AFTER_ERROR from a damaged database): its filegroup and file details may be NULL in msdb, but the log it holds is complete and usable.</source>
        <translation>Die Sicherung %1 hat unvollständige Metadaten (mit NO_TRUNCATE oder CONTINUE_AFTER_ERROR von einer beschädigten Datenbank erstellt): Ihre Dateigruppen- und Dateiangaben können in msdb NULL sein, aber das enthaltene Protokoll ist vollständig und verwendbar.</translation>
    </message>
    <message>
        <source>The log of %1 is damaged, so the file or partial restore at step %2 cannot be brought up to date; restore the whole database (work since %3 is lost).</source>
        <translation>Das Protokoll von %1 ist beschädigt, daher kann die Datei- oder Teilwiederherstellung in Schritt %2 nicht auf den aktuellen Stand gebracht werden; stellen Sie die gesamte Datenbank wieder her (die Arbeit seit %3 geht verloren).</translation>
    </message>
    <message>
        <source>Restore the whole database from a full backup of your choice (no FILE/FILEGROUP, no PARTIAL) with REPLACE, then the log backups.</source>
        <translation>Die gesamte Datenbank aus einer vollständigen Sicherung Ihrer Wahl (ohne FILE/FILEGROUP, ohne PARTIAL) mit REPLACE wiederherstellen, danach die Protokollsicherungen.</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>Take tail-log backup %1 (BACKUP LOG %2 TO %3 WITH NORECOVERY) before step %4 and add it to the history, then restore it last; or use REPLACE and accept losing the work since the last log backup.</source>
        <translation>Sicherung des Protokollfragments %1 vor Schritt %4 erstellen (BACKUP LOG %2 TO %3 WITH NORECOVERY), zum Verlauf hinzufügen und zuletzt wiederherstellen; oder REPLACE verwenden und den Verlust der Arbeit seit der letzten Protokollsicherung akzeptieren.</translation>
    </message>
    <message>
        <source>Insert BACKUP LOG %1 … WITH NORECOVERY before step %2, with a backup drawn on the timeline that names its device, and restore it last; or use REPLACE and accept losing the work since the last log backup.</source>
        <translation>BACKUP LOG %1 … WITH NORECOVERY vor Schritt %2 einfügen, mit einer auf der Zeitachse eingezeichneten Sicherung, die ihr Medium nennt, und zuletzt wiederherstellen; oder REPLACE verwenden und den Verlust der Arbeit seit der letzten Protokollsicherung akzeptieren.</translation>
    </message>
</context>
<context>
    <name>TailLogBackup</name>
    <message>
        <source>Take tail-log backup %1 (BACKUP LOG %2 TO %3 WITH NORECOVERY, added to the history) before step %4, and restore it last.</source>
        <translation>Sicherung des Protokollfragments %1 vor Schritt %4 erstellen (BACKUP LOG %2 TO %3 WITH NORECOVERY, zum Verlauf hinzugefügt) und zuletzt wiederherstellen.</translation>
    </message>
    <message>
        <source>Insert BACKUP LOG %1 … WITH NORECOVERY before step %2, with its backup drawn on the timeline and given a device, and restore it last.</source>
        <translation>BACKUP LOG %1 … WITH NORECOVERY vor Schritt %2 einfügen, mit einer auf der Zeitachse eingezeichneten Sicherung, der ein Medium zugewiesen ist, und zuletzt wiederherstellen.</translation>
    </message>
</context>
<context>
    <name>TimeToOnlineBars</name>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>%1: not online</source>
        <translation>%1: nicht online</translation>
    </message>
    <message>
        <source>%1: online before the restore</source>
        <translation>%1: online vor der Wiederherstellung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Step %1: memory-optimized load</source>
        <translation>Schritt %1: Laden speicheroptimierter Daten</translation>
    </message>
    <message>
        <source>%1 is not online at the end of the plan.</source>
        <translation>%1 ist am Ende des Plans nicht online.</translation>
    </message>
    <message>
        <source>%1 is readable before the restore begins.</source>
        <translation>%1 ist lesbar, bevor die Wiederherstellung beginnt.</translation>
    </message>
    <message>
        <source>%1 comes online after step %2, at %3 since the restore began.</source>
        <translation>%1 ist nach Schritt %2 online, %3 nach Beginn der Wiederherstellung.</translation>
    </message>
    <message>
        <source>%1: %2 (step ends at %3)</source>
        <translation>%1: %2 (Schritt endet bei %3)</translation>
    </message>
    <message>
        <source>%1: reading the backup, %2 (step ends at %3)</source>
        <translation>%1: Lesen der Sicherung, %2 (Schritt endet bei %3)</translation>
    </message>
    <message>
        <source>A step before has no known size or load rate: the time is a lower bound.</source>
        <translation>Für einen vorherigen Schritt ist keine Größe oder Laderate bekannt: Die Zeit ist eine Untergrenze.</translation>
    </message>
</context>
<context>
    <name>TsqlWriter</name>
    <message>
        <source>the whole database</source>
        <translation>die gesamte Datenbank</translation>
    </message>
    <message>
        <source>PRIMARY and every read/write filegroup</source>
        <translation>PRIMARY und jede Dateigruppe mit Lese-/Schreibzugriff</translation>
    </message>
    <message>
        <source>%1, plus the read-only %2</source>
        <translation>%1, dazu die schreibgeschützte(n) %2</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>no file or filegroup</source>
        <translation>keine Datei oder Dateigruppe</translation>
    </message>
    <message>
        <source>%1 together (R-MOD-001)</source>
        <translation>%1 gemeinsam (R-MOD-001)</translation>
    </message>
    <message>
        <source>the tail of the log</source>
        <translation>das Protokollfragment</translation>
    </message>
    <message>
        <source>the transaction log</source>
        <translation>das Transaktionsprotokoll</translation>
    </message>
    <message>
        <source>%1: %2 of %3.</source>
        <translation>%1: %2, umfasst %3.</translation>
    </message>
    <message>
        <source>NO_TRUNCATE: the failure damaged the database, which cannot start (R-TAIL-004).</source>
        <translation>NO_TRUNCATE: Der Ausfall hat die Datenbank beschädigt, die nicht starten kann (R-TAIL-004).</translation>
    </message>
    <message>
        <source>Its media is marked damaged or lost in this design.</source>
        <translation>Ihre Medien sind in diesem Entwurf als beschädigt oder verloren gekennzeichnet.</translation>
    </message>
    <message>
        <source>WARNING: this file backup names no file or filegroup, so the statement backs up the whole database.</source>
        <translation>WARNUNG: Diese Dateisicherung nennt keine Datei oder Dateigruppe, daher sichert die Anweisung die gesamte Datenbank.</translation>
    </message>
    <message>
        <source>WARNING: backup &quot;%1&quot; has no media; the TO clause below is a placeholder.</source>
        <translation>WARNUNG: Die Sicherung „%1“ hat keine Medien; die TO-Klausel unten ist ein Platzhalter.</translation>
    </message>
    <message>
        <source>%1: make filegroup %2 read-only.</source>
        <translation>%1: Dateigruppe %2 auf schreibgeschützt setzen.</translation>
    </message>
    <message>
        <source>%1: make filegroup %2 read/write.</source>
        <translation>%1: Dateigruppe %2 auf Lese-/Schreibzugriff setzen.</translation>
    </message>
    <message>
        <source>%1: switch to the %2 recovery model (the log chain breaks or restarts here, R-LOG-008).</source>
        <translation>%1: Zum Wiederherstellungsmodell %2 wechseln (die Protokollkette wird hier unterbrochen oder beginnt neu, R-LOG-008).</translation>
    </message>
    <message>
        <source>%1: marked transaction %2, a target for STOPATMARK and STOPBEFOREMARK.</source>
        <translation>%1: Markierte Transaktion %2, ein Ziel für STOPATMARK und STOPBEFOREMARK.</translation>
    </message>
    <message>
        <source>The mark is logged only if the transaction changes the database: do its work between BEGIN and COMMIT.</source>
        <translation>Die Markierung wird nur protokolliert, wenn die Transaktion die Datenbank ändert: Führen Sie die Arbeit zwischen BEGIN und COMMIT aus.</translation>
    </message>
    <message>
        <source>%1: FAILURE: the database is damaged</source>
        <translation>%1: FAILURE: Die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>%1: FAILURE: damaged: %2</source>
        <translation>%1: FAILURE: Beschädigt: %2</translation>
    </message>
    <message>
        <source>; the log is damaged too, so no tail-log backup can be taken (R-TAIL-005).</source>
        <translation>; das Protokoll ist ebenfalls beschädigt, daher kann keine Sicherung des Protokollfragments erstellt werden (R-TAIL-005).</translation>
    </message>
    <message>
        <source>; the log is intact, so its tail can still be backed up.</source>
        <translation>; das Protokoll ist intakt, daher kann das Protokollfragment noch gesichert werden.</translation>
    </message>
    <message>
        <source>Start of the timeline: the %1 recovery model.</source>
        <translation>Beginn der Zeitachse: Wiederherstellungsmodell %1.</translation>
    </message>
    <message>
        <source>Start of the timeline: filegroup %1 is read-only.</source>
        <translation>Beginn der Zeitachse: Die Dateigruppe %1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Backups of database %1 as designed: every backup in time order, with the events between them.</source>
        <translation>Sicherungen der Datenbank %1 wie entworfen: alle Sicherungen in zeitlicher Reihenfolge, mit den Ereignissen dazwischen.</translation>
    </message>
    <message>
        <source>Generated by Restore Designer. Run in SSMS or with sqlcmd; each statement is its own batch.</source>
        <translation>Generiert von Restore Designer. In SSMS oder mit sqlcmd ausführen; jede Anweisung ist ein eigener Batch.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>unbekannter Zeitpunkt</translation>
    </message>
    <message>
        <source>filegroup %1</source>
        <translation>Dateigruppe %1</translation>
    </message>
    <message>
        <source>the memory-optimized filegroup %1</source>
        <translation>die speicheroptimierte Dateigruppe %1</translation>
    </message>
    <message>
        <source>the FILESTREAM filegroup %1</source>
        <translation>die FILESTREAM-Dateigruppe %1</translation>
    </message>
    <message>
        <source>full backup %1</source>
        <translation>Sicherung %1 (vollständig)</translation>
    </message>
    <message>
        <source>differential backup %1</source>
        <translation>Sicherung %1 (differenziell)</translation>
    </message>
    <message>
        <source>partial backup %1</source>
        <translation>Teilsicherung %1</translation>
    </message>
    <message>
        <source>partial differential backup %1</source>
        <translation>Teilsicherung %1 (differenziell)</translation>
    </message>
    <message>
        <source>file backup %1</source>
        <translation>Dateisicherung %1</translation>
    </message>
    <message>
        <source>file differential backup %1</source>
        <translation>Dateisicherung %1 (differenziell)</translation>
    </message>
    <message>
        <source>tail-log backup %1</source>
        <translation>Sicherung des Protokollfragments %1</translation>
    </message>
    <message>
        <source>log backup %1</source>
        <translation>Protokollsicherung %1</translation>
    </message>
    <message>
        <source>copy-only %1</source>
        <translation>%1 (COPY_ONLY)</translation>
    </message>
    <message>
        <source>pages %1</source>
        <translation>Seiten %1</translation>
    </message>
    <message>
        <source>the read/write filegroups</source>
        <translation>die Dateigruppen mit Lese-/Schreibzugriff</translation>
    </message>
    <message>
        <source>PRIMARY (implied by PARTIAL)</source>
        <translation>PRIMARY (durch PARTIAL impliziert)</translation>
    </message>
    <message>
        <source>file %1 (filegroup %2)</source>
        <translation>Datei %1 (Dateigruppe %2)</translation>
    </message>
    <message>
        <source>everything in the backup</source>
        <translation>alles in der Sicherung</translation>
    </message>
    <message>
        <source>%1 together (R-MOD-002)</source>
        <translation>%1 gemeinsam (R-MOD-002)</translation>
    </message>
    <message>
        <source>, stopping at %1</source>
        <translation>, bei %1 anhalten</translation>
    </message>
    <message>
        <source>, stopping at mark %1</source>
        <translation>, bei Markierung %1 anhalten</translation>
    </message>
    <message>
        <source>, stopping before mark %1</source>
        <translation>, vor Markierung %1 anhalten</translation>
    </message>
    <message>
        <source>; the database is readable in STANDBY (undo file %1) until the next restore</source>
        <translation>; die Datenbank ist bis zur nächsten Wiederherstellung im Zustand STANDBY lesbar (Undo-Datei %1)</translation>
    </message>
    <message>
        <source>; the pages stay RESTORING until the log is applied</source>
        <translation>; die Seiten bleiben RESTORING, bis das Protokoll angewendet ist</translation>
    </message>
    <message>
        <source>: </source>
        <translation>: </translation>
    </message>
    <message>
        <source> and recover (no recovery option is written; SQL Server defaults to RECOVERY): </source>
        <translation> und mit RECOVERY abschließen (keine RECOVERY-Option angegeben; SQL Server verwendet standardmäßig RECOVERY): </translation>
    </message>
    <message>
        <source> and recover: </source>
        <translation> und mit RECOVERY abschließen: </translation>
    </message>
    <message>
        <source>the restored pages come online</source>
        <translation>die wiederhergestellten Seiten werden online geschaltet</translation>
    </message>
    <message>
        <source>the database comes online</source>
        <translation>die Datenbank wird online geschaltet</translation>
    </message>
    <message>
        <source>%1 comes online</source>
        <translation>%1 wird online geschaltet</translation>
    </message>
    <message>
        <source>%1 come online</source>
        <translation>%1 werden online geschaltet</translation>
    </message>
    <message>
        <source>recover %1 without restoring data (R-RO-003)</source>
        <translation>%1 ohne Wiederherstellung von Daten mit RECOVERY abschließen (R-RO-003)</translation>
    </message>
    <message>
        <source>finish the restore sequence without restoring data</source>
        <translation>Wiederherstellungssequenz ohne Wiederherstellung von Daten abschließen</translation>
    </message>
    <message>
        <source>WARNING: a RESTORE without FROM must name its recovery option (R-GEN-003); RECOVERY, SQL Server&apos;s default, is written.</source>
        <translation>WARNUNG: Ein RESTORE ohne FROM muss seine RECOVERY-Option angeben (R-GEN-003); RECOVERY, der Standard von SQL Server, wird geschrieben.</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>Sicherung %1</translation>
    </message>
    <message>
        <source>WARNING: backup &quot;%1&quot; is not in the backup history; the FROM clause below is a placeholder.</source>
        <translation>WARNUNG: Die Sicherung „%1“ ist nicht im Sicherungsverlauf enthalten; die FROM-Klausel unten ist ein Platzhalter.</translation>
    </message>
    <message>
        <source>WARNING: backup &quot;%1&quot; has no media; the FROM clause below is a placeholder.</source>
        <translation>WARNUNG: Die Sicherung „%1“ hat keine Medien; die FROM-Klausel unten ist ein Platzhalter.</translation>
    </message>
    <message>
        <source>roll %1 forward with %2</source>
        <translation>Rollforward für %1 mit %2 ausführen</translation>
    </message>
    <message>
        <source>roll forward with %1</source>
        <translation>Rollforward mit %1 ausführen</translation>
    </message>
    <message>
        <source>start the partial-restore sequence: restore %1 from %2</source>
        <translation>Teilwiederherstellungssequenz beginnen: %1 aus %2 wiederherstellen</translation>
    </message>
    <message>
        <source>restore %1 from %2</source>
        <translation>%1 aus %2 wiederherstellen</translation>
    </message>
    <message>
        <source>WARNING: STANDBY needs an undo file, and this step names none.</source>
        <translation>WARNUNG: STANDBY benötigt eine Undo-Datei, und dieser Schritt nennt keine.</translation>
    </message>
    <message>
        <source>back up the tail of the log into %1 (R-TAIL-001)</source>
        <translation>Protokollfragment in %1 sichern (R-TAIL-001)</translation>
    </message>
    <message>
        <source>; NORECOVERY leaves the database RESTORING, so nothing changes after the backup</source>
        <translation>; NORECOVERY belässt die Datenbank im Zustand RESTORING, daher ändert sich nach der Sicherung nichts</translation>
    </message>
    <message>
        <source>; NO_TRUNCATE lets it run on a damaged database (R-TAIL-004)</source>
        <translation>; NO_TRUNCATE ermöglicht die Ausführung bei einer beschädigten Datenbank (R-TAIL-004)</translation>
    </message>
    <message>
        <source>WARNING: this BACKUP LOG step names no backup; the TO clause below is a placeholder.</source>
        <translation>WARNUNG: Dieser BACKUP LOG-Schritt nennt keine Sicherung; die TO-Klausel unten ist ein Platzhalter.</translation>
    </message>
    <message>
        <source>WARNING: backup &quot;%1&quot; is not in the backup history; the TO clause below is a placeholder.</source>
        <translation>WARNUNG: Die Sicherung „%1“ ist nicht im Sicherungsverlauf enthalten; die TO-Klausel unten ist ein Platzhalter.</translation>
    </message>
    <message>
        <source>Restore plan &quot;%1&quot; for database %2</source>
        <translation>Wiederherstellungsplan „%1“ für die Datenbank %2</translation>
    </message>
    <message>
        <source>Recovery point: %1.</source>
        <translation>Wiederherstellungspunkt: %1.</translation>
    </message>
    <message>
        <source>Recovery point: just before mark %1.</source>
        <translation>Wiederherstellungspunkt: unmittelbar vor Markierung %1.</translation>
    </message>
    <message>
        <source>Recovery point: mark %1.</source>
        <translation>Wiederherstellungspunkt: Markierung %1.</translation>
    </message>
    <message>
        <source>take the database offline, rolling back open transactions, so the restore has exclusive access (R-GEN-009).</source>
        <translation>Datenbank offline schalten und dabei offene Transaktionen zurücksetzen, damit die Wiederherstellung exklusiven Zugriff hat (R-GEN-009).</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>%1: add file %2 to filegroup %3.</source>
        <translation>%1: Datei %2 zur Dateigruppe %3 hinzufügen.</translation>
    </message>
    <message>
        <source>%1: remove file %2 from filegroup %3.</source>
        <translation>%1: Datei %2 aus der Dateigruppe %3 entfernen.</translation>
    </message>
    <message>
        <source>%1: a transaction touching %2 begins%3.</source>
        <translation>%1: Eine Transaktion, die %2 berührt, beginnt%3.</translation>
    </message>
    <message>
        <source> (it commits at %1)</source>
        <translation> (Commit bei %1)</translation>
    </message>
    <message>
        <source> and is still open at the failure</source>
        <translation> und ist beim Ausfall noch offen</translation>
    </message>
    <message>
        <source>bring the database back online (T-DB-13).</source>
        <translation>Datenbank wieder online schalten (T-DB-13).</translation>
    </message>
    <message>
        <source>take %1 offline; it can only come back by a restore (T-F-1).</source>
        <translation>%1 offline schalten; nur eine Wiederherstellung kann dies rückgängig machen (T-F-1).</translation>
    </message>
    <message>
        <source>remove %1 and its files: a filegroup that is not online becomes DEFUNCT and can never be restored into this database (R-DEF-001).</source>
        <translation>%1 und zugehörige Dateien entfernen: Eine Dateigruppe, die nicht online ist, wird DEFUNCT und kann nie wieder in diese Datenbank wiederhergestellt werden (R-DEF-001).</translation>
    </message>
    <message>
        <source>; %1 stays %2</source>
        <translation>; %1 bleibt %2</translation>
    </message>
    <message>
        <source>; %1 stay %2</source>
        <translation>; %1 bleiben %2</translation>
    </message>
    <message>
        <source> and recover (no recovery option is written; SQL Server defaults to RECOVERY)</source>
        <translation> und mit RECOVERY abschließen (keine RECOVERY-Option angegeben; SQL Server verwendet standardmäßig RECOVERY)</translation>
    </message>
    <message>
        <source> and recover</source>
        <translation> und mit RECOVERY abschließen</translation>
    </message>
    <message>
        <source>; SQL Server refuses this statement (%1), so nothing changes</source>
        <translation>; SQL Server lehnt diese Anweisung ab (%1), daher ändert sich nichts</translation>
    </message>
    <message>
        <source>; the database stays %1</source>
        <translation>; die Datenbank bleibt %1</translation>
    </message>
    <message>
        <source>the database stays %1, so no filegroup is online</source>
        <translation>die Datenbank bleibt %1, daher ist keine Dateigruppe online</translation>
    </message>
    <message>
        <source>no filegroup comes online</source>
        <translation>keine Dateigruppe wird online geschaltet</translation>
    </message>
</context>
<context>
    <name>WidgetImage</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>das Bild konnte nicht codiert werden</translation>
    </message>
    <message>
        <source>Exported from Restore Designer</source>
        <translation>Exportiert aus Restore Designer</translation>
    </message>
</context>
<context>
    <name>rd::AddFilegroupDialog</name>
    <message>
        <source>Read-only at the start of the timeline</source>
        <translation>Schreibgeschützt zu Beginn der Zeitachse</translation>
    </message>
    <message>
        <source>Add Filegroup</source>
        <translation>Dateigruppe hinzufügen</translation>
    </message>
    <message>
        <source>e.g. archive_2016</source>
        <translation>z. B. archive_2016</translation>
    </message>
    <message>
        <source>The filegroup name, as in ALTER DATABASE … ADD FILEGROUP.</source>
        <translation>Der Name der Dateigruppe, wie in ALTER DATABASE … ADD FILEGROUP.</translation>
    </message>
    <message>
        <source>ROWS holds tables and indexes; FILESTREAM holds FILESTREAM data; MEMORY_OPTIMIZED_DATA holds the checkpoint files of memory-optimized tables (at most one per database).</source>
        <translation>ROWS enthält Tabellen und Indizes; FILESTREAM enthält FILESTREAM-Daten; MEMORY_OPTIMIZED_DATA enthält die Prüfpunktdateien speicheroptimierter Tabellen (höchstens eine pro Datenbank).</translation>
    </message>
    <message>
        <source>Read-only filegroups can be restored on their own after the database is online, without log backups.</source>
        <translation>Schreibgeschützte Dateigruppen können einzeln wiederhergestellt werden, nachdem die Datenbank online ist, ohne Protokollsicherungen.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
</context>
<context>
    <name>rd::BackupBandItem</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2 backups&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 %2-Sicherungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 backups&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1 Sicherungen&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>&lt;br&gt;from %1 to %2</source>
        <translation>&lt;br&gt;von %1 bis %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Too dense to draw one by one at this zoom: double-click it, or zoom in (Ctrl+wheel, Ctrl++), to see each backup.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Bei diesem Zoom zu dicht, um einzeln gezeichnet zu werden: Doppelklicken Sie darauf, oder vergrößern Sie die Ansicht (Strg+Mausrad, Strg++), um jede Sicherung zu sehen.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;from LSN %1 to LSN %2</source>
        <translation>&lt;br&gt;von LSN %1 bis LSN %2</translation>
    </message>
</context>
<context>
    <name>rd::BackupChoiceModel</name>
    <message>
        <source>(none: recovery only)</source>
        <translation>(keine: nur RECOVERY)</translation>
    </message>
    <message>
        <source>%1 backup, started %2</source>
        <translation>%1-Sicherung, begonnen %2</translation>
    </message>
</context>
<context>
    <name>rd::BackupKind</name>
    <message>
        <source>Tail-log</source>
        <translation>Protokollfragment</translation>
    </message>
    <message>
        <source>Copy-only log</source>
        <translation>Protokoll (nur Kopie)</translation>
    </message>
    <message>
        <source>Copy-only full</source>
        <translation>Vollständig (nur Kopie)</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Differential</source>
        <translation>Differenziell</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Teilsicherung</translation>
    </message>
    <message>
        <source>Partial differential</source>
        <translation>Teilsicherung, differenziell</translation>
    </message>
    <message>
        <source>File/filegroup</source>
        <translation>Datei/Dateigruppe</translation>
    </message>
    <message>
        <source>File differential</source>
        <translation>Datei, differenziell</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
</context>
<context>
    <name>rd::BackupPalette</name>
    <message>
        <source>Drag a backup onto the timeline: where you drop it sets when it starts, and the lane (for file backups) what it holds</source>
        <translation>Ziehen Sie eine Sicherung auf die Zeitachse: Die Ablegeposition bestimmt den Beginn, die Spur (bei Dateisicherungen) den Inhalt</translation>
    </message>
    <message>
        <source>BACKUP LOG … WITH NORECOVERY: the tail of the log, before a restore</source>
        <translation>BACKUP LOG … WITH NORECOVERY: das Protokollfragment, vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>COPY_ONLY: outside the backup sequence (no new differential base, no log truncation)</source>
        <translation>COPY_ONLY: außerhalb der Sicherungssequenz (keine neue differenzielle Basis, kein Abschneiden des Protokolls)</translation>
    </message>
    <message>
        <source>BACKUP %1</source>
        <translation>BACKUP %1</translation>
    </message>
</context>
<context>
    <name>rd::BackupSizeChart</name>
    <message>
        <source>Backup size</source>
        <translation>Sicherungsgröße</translation>
    </message>
    <message>
        <source>Memory-optimized part (estimated from CFP snapshots)</source>
        <translation>Speicheroptimierter Anteil (aus CFP-Momentaufnahmen geschätzt)</translation>
    </message>
    <message>
        <source>Backup finished</source>
        <translation>Sicherung beendet</translation>
    </message>
    <message>
        <source>Size (%1)</source>
        <translation>Größe (%1)</translation>
    </message>
    <message>
        <source>Backup sizes: 1 backup</source>
        <translation>Sicherungsgrößen: 1 Sicherung</translation>
    </message>
    <message>
        <source>Backup sizes: %1 backups</source>
        <translation>Sicherungsgrößen: %1 Sicherungen</translation>
    </message>
    <message>
        <source> (%1 without a size not shown)</source>
        <translation> (%1 ohne Größe nicht angezeigt)</translation>
    </message>
</context>
<context>
    <name>rd::BackupUsability</name>
    <message>
        <source>the backup failed, so there is nothing to restore</source>
        <translation>die Sicherung ist fehlgeschlagen, daher gibt es nichts wiederherzustellen</translation>
    </message>
    <message>
        <source>the backup is damaged (only CONTINUE_AFTER_ERROR would restore it)</source>
        <translation>die Sicherung ist beschädigt (nur CONTINUE_AFTER_ERROR würde sie wiederherstellen)</translation>
    </message>
    <message numerus="yes">
        <source>%n of its stripe(s) are missing</source>
        <translation>
            <numerusform>%n ihrer Stripesetmedien fehlt</numerusform>
            <numerusform>%n ihrer Stripesetmedien fehlen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::CfpDock</name>
    <message>
        <source>Time of the CFP Snapshot</source>
        <translation>Zeitpunkt der CFP-Momentaufnahme</translation>
    </message>
    <message>
        <source>When sys.dm_db_xtp_checkpoint_files was queried: the snapshot&apos;s place on the timeline</source>
        <translation>Wann sys.dm_db_xtp_checkpoint_files abgefragt wurde: die Position der Momentaufnahme auf der Zeitachse</translation>
    </message>
    <message>
        <source>&amp;Taken at:</source>
        <translation>Erstellungs&amp;zeitpunkt:</translation>
    </message>
    <message>
        <source>%L1 pages (%2)</source>
        <translation>%L1 Seiten (%2)</translation>
    </message>
    <message>
        <source>Checkpoint Files</source>
        <translation>Prüfpunktdateien</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>The checkpoint file pairs of the memory-optimized filegroup: snapshots, their chart and the backup estimates</source>
        <translation>Die Prüfpunkt-Dateipaare der speicheroptimierten Dateigruppe: Momentaufnahmen, ihr Diagramm und die Sicherungsschätzungen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>The project&apos;s CFP snapshots in time order; select one to see its chart</source>
        <translation>Die CFP-Momentaufnahmen des Projekts in zeitlicher Reihenfolge; wählen Sie eine aus, um ihr Diagramm anzuzeigen</translation>
    </message>
    <message>
        <source>&amp;Import DMV Export…</source>
        <translation>DMV-Export &amp;importieren…</translation>
    </message>
    <message>
        <source>Add a snapshot from the saved results of SELECT * FROM sys.dm_db_xtp_checkpoint_files (docs/cfp-import.md)</source>
        <translation>Momentaufnahme aus den gespeicherten Ergebnissen von SELECT * FROM sys.dm_db_xtp_checkpoint_files hinzufügen (docs/cfp-import.md)</translation>
    </message>
    <message>
        <source>Add from &amp;Workload…</source>
        <translation>Aus &amp;Arbeitslast hinzufügen…</translation>
    </message>
    <message>
        <source>Add a snapshot played from a workload: one of the blog&apos;s examples or your own</source>
        <translation>Momentaufnahme hinzufügen, die aus einer Arbeitslast abgespielt wird: eines der Beispiele aus dem Blog oder eine eigene</translation>
    </message>
    <message>
        <source>Remove the selected snapshot (Delete in the list)</source>
        <translation>Ausgewählte Momentaufnahme entfernen (Entf in der Liste)</translation>
    </message>
    <message>
        <source>Remove Snapshot</source>
        <translation>Momentaufnahme entfernen</translation>
    </message>
    <message>
        <source>No CFP snapshot: import an export of sys.dm_db_xtp_checkpoint_files, or add one from a workload.</source>
        <translation>Keine CFP-Momentaufnahme: Importieren Sie einen Export von sys.dm_db_xtp_checkpoint_files, oder fügen Sie eine aus einer Arbeitslast hinzu.</translation>
    </message>
    <message>
        <source>No estimate under these rules: %1.</source>
        <translation>Keine Schätzung nach diesen Regeln: %1.</translation>
    </message>
    <message>
        <source>Full backup: %1 of the memory-optimized filegroup. Differential: at most %2 (every data file counted: a snapshot does not say which closed since the last full backup). Restore: %3 of memory, %4 of disk to provision (4 × memory).</source>
        <translation>Vollständige Sicherung: %1 der speicheroptimierten Dateigruppe. Differenziell: höchstens %2 (jede Datendatei wird gezählt: Eine Momentaufnahme gibt nicht an, welche seit der letzten vollständigen Sicherung geschlossen wurden). Wiederherstellung: %3 Arbeitsspeicher, %4 bereitzustellender Datenträgerspeicher (4 × Arbeitsspeicher).</translation>
    </message>
    <message>
        <source>The disk-based filegroups and the active log count as 0 pages: checkpoint files alone do not tell them.</source>
        <translation>Die datenträgerbasierten Dateigruppen und das aktive Protokoll zählen als 0 Seiten: Prüfpunktdateien allein geben darüber keine Auskunft.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) without the size their state&apos;s rule needs counted as 0 bytes: lower bounds.</source>
        <translation>
            <numerusform>%n Datei ohne die Größe, die die Regel ihres Zustands benötigt, wurde mit 0 Bytes gezählt: Untergrenzen.</numerusform>
            <numerusform>%n Dateien ohne die Größe, die die Regel ihres Zustands benötigt, wurden mit 0 Bytes gezählt: Untergrenzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>workload: %1</source>
        <translation>Arbeitslast: %1</translation>
    </message>
    <message>
        <source>Import sys.dm_db_xtp_checkpoint_files</source>
        <translation>sys.dm_db_xtp_checkpoint_files importieren</translation>
    </message>
    <message>
        <source>DMV exports (*.csv *.txt *.tsv *.rpt);;All files (*)</source>
        <translation>DMV-Exporte (*.csv *.txt *.tsv *.rpt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import DMV Export</source>
        <translation>DMV-Export importieren</translation>
    </message>
    <message>
        <source>%1 cannot be imported; nothing was added.</source>
        <translation>%1 kann nicht importiert werden; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>Fix these lines and import it again:</source>
        <translation>Korrigieren Sie diese Zeilen, und importieren Sie die Datei erneut:</translation>
    </message>
    <message>
        <source>Where does the snapshot of %1 go on the timeline? Proposed: the file&apos;s modification time.</source>
        <translation>Wo auf der Zeitachse soll die Momentaufnahme von %1 platziert werden? Vorschlag: der Änderungszeitpunkt der Datei.</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>Add from Workload</source>
        <translation>Aus Arbeitslast hinzufügen</translation>
    </message>
</context>
<context>
    <name>rd::CfpSimulator</name>
    <message>
        <source>the workload has %1 steps, more than the %2 the simulator plays</source>
        <translation>die Arbeitslast hat %1 Schritte, mehr als die %2, die der Simulator abspielt</translation>
    </message>
    <message>
        <source>step %1 (%2): %3</source>
        <translation>Schritt %1 (%2): %3</translation>
    </message>
    <message>
        <source>step %1 (%2): the workload needs more than %3 checkpoint file pairs, the most the simulator plays for SQL Server %4</source>
        <translation>Schritt %1 (%2): Die Arbeitslast benötigt mehr als %3 Prüfpunkt-Dateipaare, das Maximum, das der Simulator für SQL Server %4 abspielt</translation>
    </message>
    <message>
        <source>rows must not be negative, not %1</source>
        <translation>rows darf nicht negativ sein, nicht %1</translation>
    </message>
    <message>
        <source>rowBytes must be from 1 to %1 (the data file size), not %2</source>
        <translation>rowBytes muss zwischen 1 und %1 (der Größe der Datendatei) liegen, nicht %2</translation>
    </message>
    <message>
        <source>share must be from 0 to 1, not %1</source>
        <translation>share muss zwischen 0 und 1 liegen, nicht %1</translation>
    </message>
    <message>
        <source>an update needs rowBytes from 1 to %1, or an insert before it</source>
        <translation>ein Update benötigt rowBytes von 1 bis %1 oder ein vorheriges Insert</translation>
    </message>
    <message>
        <source>large checkpoint mode exists only in SQL Server 2016 and later, not in %1</source>
        <translation>den Modus für große Prüfpunkte gibt es erst ab SQL Server 2016, nicht in %1</translation>
    </message>
    <message>
        <source>logicalProcessors must be from 1 to 1024, not %1</source>
        <translation>logicalProcessors muss zwischen 1 und 1024 liegen, nicht %1</translation>
    </message>
    <message>
        <source>page counts must not be negative</source>
        <translation>Seitenzahlen dürfen nicht negativ sein</translation>
    </message>
</context>
<context>
    <name>rd::CfpStateChart</name>
    <message>
        <source>The backup rules the bars follow: what a full and a differential backup copy of each state (docs/cfp.md)</source>
        <translation>Die Sicherungsregeln, denen die Balken folgen: was eine vollständige und eine differenzielle Sicherung von jedem Zustand kopieren (docs/cfp.md)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the chart and its table as a PNG or SVG image</source>
        <translation>Diagramm und zugehörige Tabelle als PNG- oder SVG-Bild speichern</translation>
    </message>
    <message>
        <source>&amp;Backup rules:</source>
        <translation>&amp;Sicherungsregeln:</translation>
    </message>
    <message>
        <source>SQL Server 2014 CTP2</source>
        <translation>SQL Server 2014 CTP2</translation>
    </message>
    <message>
        <source>SQL Server 2014</source>
        <translation>SQL Server 2014</translation>
    </message>
    <message>
        <source>SQL Server 2016 and later</source>
        <translation>SQL Server 2016 und höher</translation>
    </message>
    <message>
        <source>Not an inventory of this version: %1. Its backup bars are empty.</source>
        <translation>Kein Bestand dieser Version: %1. Die Sicherungsbalken sind leer.</translation>
    </message>
    <message>
        <source>%1 (not in %2)</source>
        <translation>%1 (nicht in %2)</translation>
    </message>
    <message>
        <source>No checkpoint file pairs</source>
        <translation>Keine Prüfpunkt-Dateipaare</translation>
    </message>
    <message>
        <source>Checkpoint file pairs per state, under SQL Server %1&apos;s backup rules</source>
        <translation>Prüfpunkt-Dateipaare pro Zustand, nach den Sicherungsregeln von SQL Server %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>A backup copies of each file</source>
        <translation>Eine Sicherung kopiert von jeder Datei</translation>
    </message>
    <message>
        <source>Full backup</source>
        <translation>Vollständige Sicherung</translation>
    </message>
    <message>
        <source>Differential (at most)</source>
        <translation>Differenziell (höchstens)</translation>
    </message>
    <message>
        <source>Differential</source>
        <translation>Differenziell</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n file(s) of NULL size: 0 bytes)</source>
        <translation>
            <numerusform>%1 (%n Datei mit NULL-Größe: 0 Bytes)</numerusform>
            <numerusform>%1 (%n Dateien mit NULL-Größe: 0 Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export the CFP Chart</source>
        <translation>CFP-Diagramm exportieren</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>Export Chart as PNG or SVG…</source>
        <translation>Diagramm als PNG oder SVG exportieren…</translation>
    </message>
</context>
<context>
    <name>rd::CfpStateChartData</name>
    <message>
        <source>Data used</source>
        <translation>Daten belegt</translation>
    </message>
    <message>
        <source>Data unused</source>
        <translation>Daten nicht belegt</translation>
    </message>
    <message>
        <source>Delta used</source>
        <translation>Delta belegt</translation>
    </message>
    <message>
        <source>Delta unused</source>
        <translation>Delta nicht belegt</translation>
    </message>
    <message>
        <source>Full backup</source>
        <translation>Vollständige Sicherung</translation>
    </message>
    <message>
        <source>Differential</source>
        <translation>Differenziell</translation>
    </message>
    <message>
        <source>metadata only</source>
        <translation>nur Metadaten</translation>
    </message>
    <message>
        <source>allocated bytes</source>
        <translation>zugeordnete Bytes</translation>
    </message>
    <message>
        <source>used bytes</source>
        <translation>belegte Bytes</translation>
    </message>
    <message>
        <source>not a state of this version</source>
        <translation>kein Zustand dieser Version</translation>
    </message>
    <message>
        <source>%1 copies</source>
        <translation>%1 kopiert</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n pair(s)</source>
        <translation>
            <numerusform>%1, %n Paar</numerusform>
            <numerusform>%1, %n Paare</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3 bytes)</source>
        <translation>%1: %2 (%3 Bytes)</translation>
    </message>
    <message>
        <source>Allocated to the files (file_size_in_bytes) but not used (file_size_used_in_bytes)</source>
        <translation>Den Dateien zugeordnet (file_size_in_bytes), aber nicht belegt (file_size_used_in_bytes)</translation>
    </message>
    <message>
        <source>SQL Server %1 has no state %2</source>
        <translation>SQL Server %1 hat keinen Zustand %2</translation>
    </message>
    <message>
        <source>Under SQL Server %1&apos;s rules a backup copies the %2 of each file in this state</source>
        <translation>Nach den Regeln von SQL Server %1 kopiert eine Sicherung von jeder Datei in diesem Zustand: %2</translation>
    </message>
    <message>
        <source>Every data file counted (not known which closed since the last full backup): an upper bound</source>
        <translation>Jede Datendatei gezählt (unbekannt, welche seit der letzten vollständigen Sicherung geschlossen wurden): eine Obergrenze</translation>
    </message>
    <message>
        <source>Only the data files closed since the last full backup, and every delta file</source>
        <translation>Nur die seit der letzten vollständigen Sicherung geschlossenen Datendateien und jede Deltadatei</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) without a size (NULL in the DMV) counted as 0 bytes</source>
        <translation>
            <numerusform>%n Datei ohne Größe (NULL in der DMV) mit 0 Bytes gezählt</numerusform>
            <numerusform>%n Dateien ohne Größe (NULL in der DMV) mit 0 Bytes gezählt</numerusform>
        </translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
</context>
<context>
    <name>rd::CfpVersions</name>
    <message>
        <source>2014-ctp2, 2014 or 2016</source>
        <translation>2014-ctp2, 2014 oder 2016</translation>
    </message>
    <message>
        <source>the inventory holds files in the state %1, which SQL Server %2 does not have</source>
        <translation>der Bestand enthält Dateien im Zustand %1, den SQL Server %2 nicht hat</translation>
    </message>
</context>
<context>
    <name>rd::CfpWorkloadDialog</name>
    <message>
        <source>insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>checkpoint</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>log backup</source>
        <translation>Protokollsicherung</translation>
    </message>
    <message>
        <source>full backup</source>
        <translation>vollständige Sicherung</translation>
    </message>
    <message>
        <source>Rows inserted, each its own transaction</source>
        <translation>Eingefügte Zeilen, jede in einer eigenen Transaktion</translation>
    </message>
    <message>
        <source>Bytes of a row in a data file: the 24-byte row header and the columns</source>
        <translation>Bytes einer Zeile in einer Datendatei: der 24-Byte-Zeilenheader und die Spalten</translation>
    </message>
    <message>
        <source>CHECKPOINTs after the inserts and deletes (each closes the open pair)</source>
        <translation>CHECKPOINTs nach den Einfügungen und Löschungen (jeder schließt das offene Paar)</translation>
    </message>
    <message>
        <source>Merges by the documented merge policy, each installed by a checkpoint</source>
        <translation>Zusammenführungen nach der dokumentierten Zusammenführungsrichtlinie, jeweils durch einen Prüfpunkt installiert</translation>
    </message>
    <message>
        <source>BACKUP LOGs at the end (they release the merged pairs)</source>
        <translation>BACKUP LOGs am Ende (sie geben die zusammengeführten Paare frei)</translation>
    </message>
    <message>
        <source>Add a CFP Snapshot from a Workload</source>
        <translation>CFP-Momentaufnahme aus einer Arbeitslast hinzufügen</translation>
    </message>
    <message>
        <source>Custom workload</source>
        <translation>Benutzerdefinierte Arbeitslast</translation>
    </message>
    <message>
        <source>The examples of Microsoft&apos;s blog &quot;Database Backup with Memory-Optimized Tables&quot; (docs/cfp.md), or a workload of your own</source>
        <translation>Die Beispiele aus dem Microsoft-Blogbeitrag „Database Backup with Memory-Optimized Tables“ (docs/cfp.md) oder eine eigene Arbeitslast</translation>
    </message>
    <message>
        <source>The checkpoint file lifecycle played (2014&apos;s MERGED SOURCE … TOMBSTONE or 2016&apos;s WAITING FOR LOG TRUNCATION)</source>
        <translation>Der abgespielte Lebenszyklus der Prüfpunktdateien (MERGED SOURCE … TOMBSTONE in 2014 oder WAITING FOR LOG TRUNCATION in 2016)</translation>
    </message>
    <message>
        <source>Up to 16 GB (16 MiB data, 1 MiB delta files)</source>
        <translation>Bis 16 GB (16-MiB-Daten-, 1-MiB-Deltadateien)</translation>
    </message>
    <message>
        <source>Over 16 GB (128 MiB data, 16 MiB delta files)</source>
        <translation>Über 16 GB (128-MiB-Daten-, 16-MiB-Deltadateien)</translation>
    </message>
    <message>
        <source>Large checkpoint, 2016+ (1 GiB data, 128 MiB delta files)</source>
        <translation>Große Prüfpunkte, 2016+ (1-GiB-Daten-, 128-MiB-Deltadateien)</translation>
    </message>
    <message>
        <source>The server memory, which sets the checkpoint files&apos; sizes</source>
        <translation>Der Serverarbeitsspeicher, der die Größe der Prüfpunktdateien bestimmt</translation>
    </message>
    <message>
        <source>The share of the rows deleted after the inserts</source>
        <translation>Der Anteil der nach den Einfügungen gelöschten Zeilen</translation>
    </message>
    <message>
        <source>Where the snapshot goes on the timeline</source>
        <translation>Position der Momentaufnahme auf der Zeitachse</translation>
    </message>
    <message>
        <source>&amp;Workload:</source>
        <translation>&amp;Arbeitslast:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Server &amp;memory:</source>
        <translation>&amp;Serverarbeitsspeicher:</translation>
    </message>
    <message>
        <source>&amp;Rows inserted:</source>
        <translation>&amp;Eingefügte Zeilen:</translation>
    </message>
    <message>
        <source>Row &amp;size (bytes):</source>
        <translation>Zeilengröße (&amp;Bytes):</translation>
    </message>
    <message>
        <source>&amp;Deleted:</source>
        <translation>&amp;Gelöscht:</translation>
    </message>
    <message>
        <source>&amp;Checkpoints:</source>
        <translation>&amp;Prüfpunkte:</translation>
    </message>
    <message>
        <source>M&amp;erges:</source>
        <translation>Zusammen&amp;führungen:</translation>
    </message>
    <message>
        <source>&amp;Log backups:</source>
        <translation>Pro&amp;tokollsicherungen:</translation>
    </message>
    <message>
        <source>Snapshot &amp;time:</source>
        <translation>Zeitpunkt der &amp;Momentaufnahme:</translation>
    </message>
    <message>
        <source>Steps: %1</source>
        <translation>Schritte: %1</translation>
    </message>
    <message>
        <source>none (an empty table)</source>
        <translation>keine (leere Tabelle)</translation>
    </message>
    <message numerus="yes">
        <source>%L1 rows of %L2 bytes, %3 % deleted, %n checkpoint(s)</source>
        <translation>
            <numerusform>%L1 Zeilen zu %L2 Bytes, %3 % gelöscht, %n Prüfpunkt</numerusform>
            <numerusform>%L1 Zeilen zu %L2 Bytes, %3 % gelöscht, %n Prüfpunkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n merge(s)</source>
        <translation>
            <numerusform>, %n Zusammenführung</numerusform>
            <numerusform>, %n Zusammenführungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n log backup(s)</source>
        <translation>
            <numerusform>, %n Protokollsicherung</numerusform>
            <numerusform>, %n Protokollsicherungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::CfpWorkloadReader</name>
    <message>
        <source>expected a number from 0 to 1, found %1</source>
        <translation>Zahl von 0 bis 1 erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>%1 is out of range: a share from 0 to 1</source>
        <translation>%1 liegt außerhalb des Bereichs: ein Anteil von 0 bis 1</translation>
    </message>
    <message>
        <source>rowBytes (bytes of a row in a data file)</source>
        <translation>rowBytes (Bytes einer Zeile in einer Datendatei)</translation>
    </message>
    <message>
        <source>an insert needs rows and rowBytes</source>
        <translation>ein Insert benötigt rows und rowBytes</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON bei Offset %1: %2</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>muss „%1“ sein</translation>
    </message>
    <message>
        <source>logicalProcessors</source>
        <translation>logicalProcessors</translation>
    </message>
    <message>
        <source>a page count (8 KB pages, not negative)</source>
        <translation>eine Seitenanzahl (8-KB-Seiten, nicht negativ)</translation>
    </message>
</context>
<context>
    <name>rd::ChainChoice</name>
    <message>
        <source>Not %1 (%2): %3.</source>
        <translation>Nicht %1 (%2): %3.</translation>
    </message>
    <message>
        <source>it was taken under the SIMPLE recovery model, so no log backup can roll it forward (R-LOG-008)</source>
        <translation>sie wurde im Wiederherstellungsmodell SIMPLE erstellt, daher kann keine Protokollsicherung einen Rollforward dafür ausführen (R-LOG-008)</translation>
    </message>
    <message>
        <source>the log backups end at LSN %1 (%2), before the target %3</source>
        <translation>die Protokollsicherungen enden bei LSN %1 (%2), vor dem Ziel %3</translation>
    </message>
    <message>
        <source>its log chain stops at LSN %1, short of %2: %3</source>
        <translation>ihre Protokollkette endet bei LSN %1, vor %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Not %1 (%2), copy-only: %3 starts the log later (LSN %4).</source>
        <translation>Nicht %1 (%2), Kopiesicherung: %3 beginnt das Protokoll später (LSN %4).</translation>
    </message>
    <message numerus="yes">
        <source>Not the %n data backup(s) that finished after the target %1 (the newest: %2, %3).</source>
        <translation>
            <numerusform>Nicht die %n Datensicherung, die nach dem Ziel %1 beendet wurde (die neueste: %2, %3).</numerusform>
            <numerusform>Nicht die %n Datensicherungen, die nach dem Ziel %1 beendet wurden (die neueste: %2, %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>no backup chain reaches %1; the newest usable base fails: %2</source>
        <translation>keine Sicherungskette reicht bis %1; die neueste verwendbare Basis scheitert: %2</translation>
    </message>
    <message>
        <source>no usable full or partial backup ends before %1</source>
        <translation>keine verwendbare vollständige Sicherung oder Teilsicherung endet vor %1</translation>
    </message>
    <message>
        <source>no usable full backup ends before %1</source>
        <translation>keine verwendbare vollständige Sicherung endet vor %1</translation>
    </message>
    <message>
        <source>Differential: %1 (finished %2), the newest differential based on %3 from which the log reaches %4; it replaces the log backups before LSN %5.</source>
        <translation>Differenziell: %1 (beendet %2), die neueste differenzielle Sicherung auf Basis von %3, von der aus das Protokoll %4 erreicht; sie ersetzt die Protokollsicherungen vor LSN %5.</translation>
    </message>
    <message>
        <source>No differential: none based on %1 ends by %2 with a log chain to it.</source>
        <translation>Keine differenzielle Sicherung: Keine auf Basis von %1 endet bis %2 mit einer Protokollkette dorthin.</translation>
    </message>
    <message numerus="yes">
        <source>Log backups: %n, from %1 (its range %2 to %3 holds %4&apos;s last LSN %5) to %6, without a gap.</source>
        <translation>
            <numerusform>Protokollsicherungen: %n, von %1 (ihr Bereich %2 bis %3 enthält die letzte LSN %5 von %4) bis %6, ohne Lücke.</numerusform>
            <numerusform>Protokollsicherungen: %n, von %1 (ihr Bereich %2 bis %3 enthält die letzte LSN %5 von %4) bis %6, ohne Lücke.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds the target %2: it is restored with %3 and recovers.</source>
        <translation>%1 enthält das Ziel %2: Sie wird mit %3 wiederhergestellt und mit RECOVERY abgeschlossen.</translation>
    </message>
    <message>
        <source>No log backup: %1 already ends at %2.</source>
        <translation>Keine Protokollsicherung: %1 endet bereits bei %2.</translation>
    </message>
    <message>
        <source>Base: full backup %1 (finished %2), the newest usable full backup from which the log reaches %3.</source>
        <translation>Basis: vollständige Sicherung %1 (beendet %2), die neueste verwendbare vollständige Sicherung, von der aus das Protokoll %3 erreicht.</translation>
    </message>
    <message>
        <source>Base: partial backup %1 (finished %2), the newest usable full or partial backup from which the log reaches %3.</source>
        <translation>Basis: Teilsicherung %1 (beendet %2), die neueste verwendbare vollständige Sicherung oder Teilsicherung, von der aus das Protokoll %3 erreicht.</translation>
    </message>
    <message>
        <source>Base: full backup %1 (finished %2), the newest usable full or partial backup from which the log reaches %3.</source>
        <translation>Basis: vollständige Sicherung %1 (beendet %2), die neueste verwendbare vollständige Sicherung oder Teilsicherung, von der aus das Protokoll %3 erreicht.</translation>
    </message>
</context>
<context>
    <name>rd::ChainHealthDock</name>
    <message>
        <source>Chain Health</source>
        <translation>Kettenzustand</translation>
    </message>
    <message>
        <source>Show Chain &amp;Health</source>
        <translation>&amp;Kettenzustand anzeigen</translation>
    </message>
    <message>
        <source>The health of the whole backup history: gaps, forks, unusable backups; click an entry to show its backups on the timeline</source>
        <translation>Der Zustand des gesamten Sicherungsverlaufs: Lücken, Verzweigungen, unbrauchbare Sicherungen; klicken Sie auf einen Eintrag, um seine Sicherungen auf der Zeitachse anzuzeigen</translation>
    </message>
    <message>
        <source>Filter entries (Ctrl+F)</source>
        <translation>Einträge filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Shows the entries whose severity, kind, message, backups or time contains this text (any case)</source>
        <translation>Zeigt die Einträge an, deren Schweregrad, Art, Meldung, Sicherungen oder Zeitpunkt diesen Text enthalten (ohne Berücksichtigung der Groß-/Kleinschreibung)</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#777&apos;&gt;Nothing to report about the backup history.&lt;br&gt;Gaps in the log chain, recovery forks and unusable backups appear here as the history changes.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#777&apos;&gt;Zum Sicherungsverlauf gibt es nichts zu melden.&lt;br&gt;Lücken in der Protokollkette, Wiederherstellungsverzweigungen und unbrauchbare Sicherungen werden hier angezeigt, wenn sich der Verlauf ändert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show the Chain Health dock: gaps, forks and unusable backups of the whole history</source>
        <translation>Fenster „Kettenzustand“ anzeigen: Lücken, Verzweigungen und unbrauchbare Sicherungen des gesamten Verlaufs</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#777&apos;&gt;Select an entry to read it whole and show its backups on the timeline.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#777&apos;&gt;Wählen Sie einen Eintrag aus, um ihn vollständig zu lesen und seine Sicherungen auf der Zeitachse anzuzeigen.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>; longest time without a restore point: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>; längste Zeit ohne Wiederherstellungspunkt: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (%1 shown)</source>
        <translation> (%1 angezeigt)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to report&lt;/b&gt; in the backup history%1.</source>
        <translation>&lt;b&gt;Nichts zu melden&lt;/b&gt; im Sicherungsverlauf%1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1, %2&lt;/b&gt;%3 in the backup history%4%5</source>
        <translation>&lt;b&gt;%1, %2&lt;/b&gt;%3 im Sicherungsverlauf%4%5</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>, 1 note</source>
        <translation>, 1 Hinweis</translation>
    </message>
    <message>
        <source>, %1 notes</source>
        <translation>, %1 Hinweise</translation>
    </message>
</context>
<context>
    <name>rd::ChainHealthModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Click to select %1 on the timeline and scroll to it.</source>
        <translation>Klicken, um %1 auf der Zeitachse auszuwählen und dorthin zu scrollen.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>The backups the entry concerns; the first is where to look</source>
        <translation>Die Sicherungen, die der Eintrag betrifft; die erste zeigt, wo nachzusehen ist</translation>
    </message>
    <message>
        <source>The time the entry concerns (server wall-clock time)</source>
        <translation>Der Zeitpunkt, den der Eintrag betrifft (Uhrzeit des Servers)</translation>
    </message>
</context>
<context>
    <name>rd::ChartsDock</name>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Charts of the current plan&apos;s time to online and of the backups&apos; sizes</source>
        <translation>Diagramme der Zeit bis online des aktuellen Plans und der Sicherungsgrößen</translation>
    </message>
    <message>
        <source>Time to online</source>
        <translation>Zeit bis online</translation>
    </message>
    <message>
        <source>Backup sizes</source>
        <translation>Sicherungsgrößen</translation>
    </message>
    <message>
        <source>Time to &amp;Online</source>
        <translation>Zeit bis &amp;online</translation>
    </message>
    <message>
        <source>When each filegroup of the current plan becomes readable, at the restore throughput of the Inspector&apos;s Target Server form; hover a bar for its steps</source>
        <translation>Wann jede Dateigruppe des aktuellen Plans lesbar wird, beim Wiederherstellungsdurchsatz aus dem Formular „Zielserver“ des Inspektors; zeigen Sie auf einen Balken, um seine Schritte anzuzeigen</translation>
    </message>
    <message>
        <source>Backup Si&amp;zes</source>
        <translation>&amp;Sicherungsgrößen</translation>
    </message>
    <message>
        <source>Each backup&apos;s size at its finish, and the memory-optimized part estimated from the CFP snapshots; hover a point for the backup</source>
        <translation>Die Größe jeder Sicherung bei ihrem Abschluss und der aus den CFP-Momentaufnahmen geschätzte speicheroptimierte Anteil; zeigen Sie auf einen Punkt, um die Sicherung anzuzeigen</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Save the chart on display as a PNG or SVG image</source>
        <translation>Das angezeigte Diagramm als PNG- oder SVG-Bild speichern</translation>
    </message>
</context>
<context>
    <name>rd::CheckpointDmvReader</name>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is beyond 2^53 - 1, the largest whole number a plan file keeps exactly</source>
        <translation>%1 ist größer als 2^53 - 1, die größte ganze Zahl, die eine Plandatei exakt speichert</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 liegt außerhalb des Bereichs (%2 bis %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GUID (expected 8-4-4-4-12 hexadecimal digits)</source>
        <translation>„%1“ ist keine GUID (erwartet: 8-4-4-4-12 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>the column appears twice in the header</source>
        <translation>die Spalte kommt in der Kopfzeile zweimal vor</translation>
    </message>
    <message>
        <source>the header mixes the SQL Server 2016+ column %1 with the SQL Server 2014 column %2; export one server&apos;s DMV as it is</source>
        <translation>die Kopfzeile mischt die Spalte %1 von SQL Server 2016+ mit der Spalte %2 von SQL Server 2014; exportieren Sie die DMV eines einzigen Servers unverändert</translation>
    </message>
    <message>
        <source>cannot tell the SQL Server version from the columns: include logical_row_count (SQL Server 2016 and later) or inserted_row_count and deleted_row_count (SQL Server 2014)</source>
        <translation>die SQL Server-Version ist an den Spalten nicht erkennbar: nehmen Sie logical_row_count (SQL Server 2016 und höher) oder inserted_row_count und deleted_row_count (SQL Server 2014) auf</translation>
    </message>
    <message>
        <source>required column missing from the header</source>
        <translation>erforderliche Spalte fehlt in der Kopfzeile</translation>
    </message>
    <message>
        <source>required column missing from the header (or %1)</source>
        <translation>erforderliche Spalte fehlt in der Kopfzeile (oder %1)</translation>
    </message>
    <message>
        <source>state %1 does not exist in the %2 DMV (%3)</source>
        <translation>Status %1 existiert in der DMV %2 nicht (%3)</translation>
    </message>
    <message>
        <source>state is NULL; every checkpoint file has a state</source>
        <translation>state ist NULL; jede Prüfpunktdatei hat einen Status</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state of the %2 DMV</source>
        <translation>„%1“ ist kein Status der DMV %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match state %2 (%3)</source>
        <translation>„%1“ entspricht nicht dem Status %2 (%3)</translation>
    </message>
    <message>
        <source>state_desc is NULL; every checkpoint file has a state</source>
        <translation>state_desc ist NULL; jede Prüfpunktdatei hat einen Status</translation>
    </message>
    <message>
        <source>file_type %1 does not exist in the SQL Server 2014 DMV (0 DATA, 1 DELTA)</source>
        <translation>file_type %1 existiert in der DMV von SQL Server 2014 nicht (0 DATA, 1 DELTA)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file type of the %2 DMV</source>
        <translation>„%1“ ist kein Dateityp der DMV %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match file_type %2 (%3)</source>
        <translation>„%1“ entspricht nicht file_type %2 (%3)</translation>
    </message>
    <message>
        <source>the file type is NULL; only a TOMBSTONE file of SQL Server 2014 has none</source>
        <translation>der Dateityp ist NULL; nur eine TOMBSTONE-Datei von SQL Server 2014 hat keinen</translation>
    </message>
    <message>
        <source>checkpoint file %1 is listed twice (first on line %2)</source>
        <translation>Prüfpunktdatei %1 ist zweimal aufgeführt (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>a TOMBSTONE file without a type (SQL Server 2014 gives none): taken as %1, its pair (line %2) being %3</source>
        <translation>eine TOMBSTONE-Datei ohne Typ (SQL Server 2014 gibt keinen an): als %1 angenommen, da ihr Paar (Zeile %2) %3 ist</translation>
    </message>
    <message>
        <source>a TOMBSTONE file without a type (SQL Server 2014 gives none), nor a pair with one: taken as DATA (its size is NULL: only the count of pairs depends on it)</source>
        <translation>eine TOMBSTONE-Datei ohne Typ (SQL Server 2014 gibt keinen an) und ohne Paar mit Typ: als DATA angenommen (ihre Größe ist NULL: nur die Anzahl der Paare hängt davon ab)</translation>
    </message>
    <message>
        <source>the file holds a SQL Server error instead of results: %1</source>
        <translation>die Datei enthält statt Ergebnissen einen SQL Server-Fehler: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>no header line naming the column checkpoint_file_id: this is not an export of sys.dm_db_xtp_checkpoint_files with column headers</source>
        <translation>keine Kopfzeile mit der Spalte checkpoint_file_id: dies ist kein Export von sys.dm_db_xtp_checkpoint_files mit Spaltenüberschriften</translation>
    </message>
    <message>
        <source>cannot tell the column separator of the header: save as CSV (SSMS &quot;Save Results As&quot;, or sqlcmd -s&quot;,&quot;); tabs, semicolons and | also work</source>
        <translation>das Spaltentrennzeichen der Kopfzeile ist nicht erkennbar: speichern Sie als CSV (SSMS „Ergebnisse speichern unter“ oder sqlcmd -s&quot;,&quot;); Tabstopps, Semikolons und | funktionieren ebenfalls</translation>
    </message>
    <message>
        <source>ignored: not part of the results (&quot;%1&quot;)</source>
        <translation>ignoriert: nicht Teil der Ergebnisse („%1“)</translation>
    </message>
    <message>
        <source>sqlcmd counted %1 rows, but the file holds %2: rows are missing or were added</source>
        <translation>sqlcmd hat %1 Zeilen gezählt, die Datei enthält aber %2: Zeilen fehlen oder wurden hinzugefügt</translation>
    </message>
    <message>
        <source>text after the end of the results: export one result set only</source>
        <translation>Text nach dem Ende der Ergebnisse: exportieren Sie nur ein Resultset</translation>
    </message>
    <message>
        <source>the row ends after %1 of the header&apos;s %2 columns (a truncated line?)</source>
        <translation>die Zeile endet nach %1 der %2 Spalten der Kopfzeile (eine abgeschnittene Zeile?)</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2 columns (a separator inside an unquoted value?)</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile %2 Spalten (ein Trennzeichen in einem Wert ohne Anführungszeichen?)</translation>
    </message>
    <message>
        <source>%1 more errors not listed</source>
        <translation>%1 weitere Fehler nicht aufgeführt</translation>
    </message>
</context>
<context>
    <name>rd::DatabaseForm</name>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>READ_ONLY at the start of the timeline</source>
        <translation>READ_ONLY zu Beginn der Zeitachse</translation>
    </message>
    <message>
        <source>The database name, as in RESTORE DATABASE name (at most 128 characters). Press Enter to apply.</source>
        <translation>Der Datenbankname wie in RESTORE DATABASE name (höchstens 128 Zeichen). Drücken Sie die EINGABETASTE, um ihn zu übernehmen.</translation>
    </message>
    <message>
        <source>The edition decides whether a piecemeal restore can bring filegroups online while the database is in use (Enterprise and Developer; R-ONL-001).</source>
        <translation>Die Edition bestimmt, ob eine schrittweise Wiederherstellung Dateigruppen online schalten kann, während die Datenbank verwendet wird (Enterprise und Developer; R-ONL-001).</translation>
    </message>
    <message>
        <source>The recovery model at the start of the timeline; later changes are SET_RECOVERY_MODEL events.</source>
        <translation>Das Wiederherstellungsmodell zu Beginn der Zeitachse; spätere Änderungen sind SET_RECOVERY_MODEL-Ereignisse.</translation>
    </message>
    <message>
        <source>ALTER DATABASE … SET READ_ONLY: the whole database is read-only (R-RO-006, R-DIFF-009).</source>
        <translation>ALTER DATABASE … SET READ_ONLY: Die gesamte Datenbank ist schreibgeschützt (R-RO-006, R-DIFF-009).</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>&amp;Edition:</translation>
    </message>
    <message>
        <source>Recovery &amp;model:</source>
        <translation>&amp;Wiederherstellungsmodell:</translation>
    </message>
    <message>
        <source>Set the edition of %1 to %2</source>
        <translation>Edition von %1 auf %2 festlegen</translation>
    </message>
    <message>
        <source>Set the recovery model of %1 to %2</source>
        <translation>Wiederherstellungsmodell von %1 auf %2 festlegen</translation>
    </message>
    <message>
        <source>Make database %1 read-only</source>
        <translation>Datenbank %1 als schreibgeschützt festlegen</translation>
    </message>
    <message>
        <source>Make database %1 read/write</source>
        <translation>Datenbank %1 auf Lese-/Schreibzugriff festlegen</translation>
    </message>
    <message>
        <source>Rename database %1 to %2</source>
        <translation>Datenbank %1 in %2 umbenennen</translation>
    </message>
</context>
<context>
    <name>rd::DatabaseInspector</name>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
</context>
<context>
    <name>rd::DbatoolsCliXmlParser</name>
    <message>
        <source>the file ends before its last element is closed (is it complete?)</source>
        <translation>die Datei endet, bevor ihr letztes Element geschlossen ist (ist sie vollständig?)</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>kein wohlgeformtes XML: %1</translation>
    </message>
    <message>
        <source>&lt;Ref RefId=&quot;%1&quot;&gt; names no object given before it</source>
        <translation>&lt;Ref RefId=&quot;%1&quot;&gt; verweist auf kein zuvor angegebenes Objekt</translation>
    </message>
    <message>
        <source>objects nested deeper than %1 levels: not a dbatools export</source>
        <translation>Objekte tiefer als %1 Ebenen verschachtelt: kein dbatools-Export</translation>
    </message>
    <message>
        <source>&lt;TNRef RefId=&quot;%1&quot;&gt; names no type list given before it</source>
        <translation>&lt;TNRef RefId=&quot;%1&quot;&gt; verweist auf keine zuvor angegebene Typliste</translation>
    </message>
    <message>
        <source>FileList is not a list of files</source>
        <translation>FileList ist keine Liste von Dateien</translation>
    </message>
    <message>
        <source>the file holds no XML element</source>
        <translation>die Datei enthält kein XML-Element</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not PowerShell CliXML&apos;s &lt;Objs&gt; (Export-CliXml)</source>
        <translation>das Stammelement ist &lt;%1&gt;, nicht &lt;Objs&gt; von PowerShell-CliXML (Export-CliXml)</translation>
    </message>
    <message>
        <source>an object of type %1, not a dbatools BackupHistory (Get-DbaDbBackupHistory)</source>
        <translation>ein Objekt vom Typ %1, keine dbatools-BackupHistory (Get-DbaDbBackupHistory)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
</context>
<context>
    <name>rd::DbatoolsHistoryReader</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenfolge</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>the LSN is an object without its digits (ConvertTo-Json writes a BigInteger&apos;s properties, not its value): export with Export-CliXml instead</source>
        <translation>die LSN ist ein Objekt ohne ihre Ziffern (ConvertTo-Json schreibt die Eigenschaften eines BigInteger, nicht seinen Wert): exportieren Sie stattdessen mit Export-CliXml</translation>
    </message>
    <message>
        <source>expected an LSN, found %1</source>
        <translation>LSN erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an LSN written as a floating-point number: its last digits are lost; export again without converting LSNs to double</source>
        <translation>„%1“ ist eine als Gleitkommazahl geschriebene LSN: Ihre letzten Ziffern gehen verloren; exportieren Sie erneut, ohne LSNs in double zu konvertieren</translation>
    </message>
    <message>
        <source>expected a date, found %1</source>
        <translation>Datum erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: expected /Date(milliseconds since 1970)/ between the years 1753 and 9999, as ConvertTo-Json writes dates</source>
        <translation>„%1“ ist kein Datum: erwartet wird /Date(Millisekunden seit 1970)/ zwischen den Jahren 1753 und 9999, wie ConvertTo-Json Datumsangaben schreibt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: expected YYYY-MM-DDTHH:MM:SS (Export-CliXml) or /Date(milliseconds)/ (ConvertTo-Json)</source>
        <translation>„%1“ ist kein Datum: erwartet wird YYYY-MM-DDTHH:MM:SS (Export-CliXml) oder /Date(Millisekunden)/ (ConvertTo-Json)</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>ganze Zahl erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>true oder false erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a GUID, found %1</source>
        <translation>GUID erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>%1 more errors not listed</source>
        <translation>%1 weitere Fehler nicht aufgeführt</translation>
    </message>
    <message>
        <source>times of the JSON export are UTC: ConvertTo-Json writes a date as milliseconds since 1970-01-01 UTC (\/Date(…)\/); msdb and SSMS show the server&apos;s local time</source>
        <translation>Zeiten des JSON-Exports sind UTC: ConvertTo-Json schreibt ein Datum als Millisekunden seit 1970-01-01 UTC (\/Date(…)\/); msdb und SSMS zeigen die Ortszeit des Servers</translation>
    </message>
    <message>
        <source>times of the CliXML export are kept as written: Export-CliXml writes dbatools&apos; dates without a time zone, in the server&apos;s local time</source>
        <translation>Zeiten des CliXML-Exports werden wie geschrieben übernommen: Export-CliXml schreibt die Datumsangaben von dbatools ohne Zeitzone, in der Ortszeit des Servers</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) carry a time zone (Z or an offset): the time written is kept, the zone is not applied</source>
        <translation>
            <numerusform>%n Datumsangabe enthält eine Zeitzone (Z oder einen Offset): Die geschriebene Zeit wird übernommen, die Zone nicht angewendet</numerusform>
            <numerusform>%n Datumsangaben enthalten eine Zeitzone (Z oder einen Offset): Die geschriebene Zeit wird übernommen, die Zone nicht angewendet</numerusform>
        </translation>
    </message>
    <message>
        <source>exported from %1</source>
        <translation>exportiert aus %1</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) have the recovery fork 00000000-0000-0000-0000-000000000000, which dbatools writes when it has none: their fork is unknown</source>
        <translation>
            <numerusform>%n Sicherung hat die Wiederherstellungsverzweigung 00000000-0000-0000-0000-000000000000, die dbatools schreibt, wenn keine vorhanden ist: Ihre Verzweigung ist unbekannt</numerusform>
            <numerusform>%n Sicherungen haben die Wiederherstellungsverzweigung 00000000-0000-0000-0000-000000000000, die dbatools schreibt, wenn keine vorhanden ist: Ihre Verzweigung ist unbekannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) have no BackupSetGUID: a differential cannot be matched to its base by GUID, and a backup exported twice is not recognised</source>
        <translation>
            <numerusform>%n Sicherung hat keine BackupSetGUID: Eine differenzielle Sicherung kann ihrer Basis nicht über die GUID zugeordnet werden, und eine doppelt exportierte Sicherung wird nicht erkannt</numerusform>
            <numerusform>%n Sicherungen haben keine BackupSetGUID: Eine differenzielle Sicherung kann ihrer Basis nicht über die GUID zugeordnet werden, und eine doppelt exportierte Sicherung wird nicht erkannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) have no file list%1, so the database&apos;s files and filegroups are not known from them; export with Export-CliXml to keep FileList</source>
        <translation>
            <numerusform>%n Sicherung hat keine Dateiliste%1, daher sind die Dateien und Dateigruppen der Datenbank daraus nicht bekannt; exportieren Sie mit Export-CliXml, um FileList beizubehalten</numerusform>
            <numerusform>%n Sicherungen haben keine Dateiliste%1, daher sind die Dateien und Dateigruppen der Datenbank daraus nicht bekannt; exportieren Sie mit Export-CliXml, um FileList beizubehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>FileList names no filegroup for the data file(s) %1: put in PRIMARY; the filegroups of the database, and what a file or partial backup holds, are not known</source>
        <translation>FileList nennt keine Dateigruppe für die Datendatei(en) %1: in PRIMARY übernommen; die Dateigruppen der Datenbank und der Inhalt einer Datei- oder Teilsicherung sind nicht bekannt</translation>
    </message>
    <message>
        <source>the backup names no database (Database or DatabaseName)</source>
        <translation>die Sicherung nennt keine Datenbank (Database oder DatabaseName)</translation>
    </message>
    <message>
        <source>a backup of database %1, not of %2 (--database)</source>
        <translation>eine Sicherung der Datenbank %1, nicht von %2 (--database)</translation>
    </message>
    <message>
        <source>the same backup set (BackupSetGUID) as %1, line %2: read once</source>
        <translation>derselbe Sicherungssatz (BackupSetGUID) wie %1, Zeile %2: einmal gelesen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a backup type: expected Full (Database), Differential (Database Differential), Log (Transaction Log), File, Differential File, Partial Full or Partial Differential</source>
        <translation>„%1“ ist kein Sicherungstyp: erwartet wird Full (Database), Differential (Database Differential), Log (Transaction Log), File, Differential File, Partial Full oder Partial Differential</translation>
    </message>
    <message>
        <source>the backup has no Type</source>
        <translation>die Sicherung hat keinen Type</translation>
    </message>
    <message>
        <source>the backup has no %1: without it the log chain cannot be followed</source>
        <translation>die Sicherung hat kein %1: Ohne diese Angabe kann die Protokollkette nicht verfolgt werden</translation>
    </message>
    <message>
        <source>LastLSN is smaller than FirstLSN</source>
        <translation>LastLSN ist kleiner als FirstLSN</translation>
    </message>
    <message>
        <source>the backup has no %1 date</source>
        <translation>die Sicherung hat kein %1-Datum</translation>
    </message>
    <message>
        <source>the backup ends before it starts</source>
        <translation>die Sicherung endet, bevor sie beginnt</translation>
    </message>
    <message>
        <source>expected the backup&apos;s files, found %1</source>
        <translation>Dateien der Sicherung erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>%1 media families: a backup is written to at most 64</source>
        <translation>%1 Medienfamilien: Eine Sicherung wird auf höchstens 64 geschrieben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a recovery model (FULL, BULK-LOGGED, SIMPLE)</source>
        <translation>„%1“ ist kein Wiederherstellungsmodell (FULL, BULK-LOGGED, SIMPLE)</translation>
    </message>
    <message>
        <source>a file with no LogicalName</source>
        <translation>eine Datei ohne LogicalName</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file type: expected D (data), L (log), S (FILESTREAM or memory-optimized container) or F (full-text catalog)</source>
        <translation>„%1“ ist kein Dateityp: erwartet wird D (Daten), L (Protokoll), S (FILESTREAM- oder speicheroptimierter Container) oder F (Volltextkatalog)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>neither the JSON of ConvertTo-Json (&quot;[&quot; or &quot;{&quot;) nor the CliXML of Export-CliXml (&quot;&lt;&quot;): it starts with &quot;%1&quot;</source>
        <translation>weder das JSON von ConvertTo-Json (&quot;[&quot; oder &quot;{&quot;) noch das CliXML von Export-CliXml (&quot;&lt;&quot;): Die Datei beginnt mit „%1“</translation>
    </message>
    <message>
        <source>UTF-16 without a byte order mark, recognised by its zero bytes</source>
        <translation>UTF-16 ohne Bytereihenfolgemarkierung, erkannt an den Nullbytes</translation>
    </message>
    <message>
        <source>the UTF-16 file ends within a character (is it complete?)</source>
        <translation>die UTF-16-Datei endet innerhalb eines Zeichens (ist sie vollständig?)</translation>
    </message>
    <message>
        <source>bytes that are not UTF-8 (a file saved as Windows-1252?); save the export as UTF-8 or Unicode</source>
        <translation>Bytes, die kein UTF-8 sind (eine als Windows-1252 gespeicherte Datei?); speichern Sie den Export als UTF-8 oder Unicode</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>rd::DbatoolsJsonParser</name>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>the file ends where %1 was expected (is it complete?)</source>
        <translation>die Datei endet, wo %1 erwartet wurde (ist sie vollständig?)</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>das Ende der Datei</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>values nested deeper than %1 levels: not a dbatools export</source>
        <translation>Werte tiefer als %1 Ebenen verschachtelt: kein dbatools-Export</translation>
    </message>
    <message>
        <source>a property name</source>
        <translation>ein Eigenschaftsname</translation>
    </message>
    <message>
        <source>expected a property name in quotes, found %1</source>
        <translation>Eigenschaftsname in Anführungszeichen erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>&quot;,&quot; or &quot;}&quot;</source>
        <translation>&quot;,&quot; oder &quot;}&quot;</translation>
    </message>
    <message>
        <source>&quot;,&quot; or &quot;]&quot;</source>
        <translation>&quot;,&quot; oder &quot;]&quot;</translation>
    </message>
    <message>
        <source>expected a value, found %1</source>
        <translation>Wert erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON value (a number, true, false or null)</source>
        <translation>„%1“ ist kein JSON-Wert (eine Zahl, true, false oder null)</translation>
    </message>
    <message>
        <source>the file ends inside a string (is it complete?)</source>
        <translation>die Datei endet innerhalb einer Zeichenfolge (ist sie vollständig?)</translation>
    </message>
    <message>
        <source>a control character (U+%1) inside a string: JSON escapes them</source>
        <translation>ein Steuerzeichen (U+%1) innerhalb einer Zeichenfolge: JSON maskiert diese Zeichen</translation>
    </message>
    <message>
        <source>the file ends inside a \u escape</source>
        <translation>die Datei endet innerhalb einer \u-Escapesequenz</translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation>auf \u müssen vier Hexadezimalziffern folgen</translation>
    </message>
    <message>
        <source>&quot;\%1&quot; is not a JSON escape</source>
        <translation>„\%1“ ist keine JSON-Escapesequenz</translation>
    </message>
    <message>
        <source>an entry of FileList (line %1) is not a file with a LogicalName</source>
        <translation>ein Eintrag von FileList (Zeile %1) ist keine Datei mit LogicalName</translation>
    </message>
    <message>
        <source>ConvertTo-Json writes FileList, a DataTable, as the table&apos;s own properties, without its rows</source>
        <translation>ConvertTo-Json schreibt FileList, eine DataTable, als die Eigenschaften der Tabelle selbst, ohne ihre Zeilen</translation>
    </message>
    <message>
        <source>FileList is not a list of files</source>
        <translation>FileList ist keine Liste von Dateien</translation>
    </message>
    <message>
        <source>text after the end of the object</source>
        <translation>Text nach dem Ende des Objekts</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>expected the &quot;[&quot; of an array of backups or the &quot;{&quot; of one, found %1</source>
        <translation>&quot;[&quot; eines Arrays von Sicherungen oder &quot;{&quot; einer einzelnen Sicherung erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>a backup (&quot;{&quot;)</source>
        <translation>eine Sicherung (&quot;{&quot;)</translation>
    </message>
    <message>
        <source>expected a backup (&quot;{&quot;), found %1</source>
        <translation>Sicherung (&quot;{&quot;) erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>text after the end of the array</source>
        <translation>Text nach dem Ende des Arrays</translation>
    </message>
</context>
<context>
    <name>rd::DelimitedBytes</name>
    <message>
        <source>the quoted field that starts here has no closing quote on this line</source>
        <translation>das hier beginnende Feld in Anführungszeichen hat in dieser Zeile kein schließendes Anführungszeichen</translation>
    </message>
    <message>
        <source>text after the closing quote of a field (a quote inside a quoted field is written twice: &quot;&quot;)</source>
        <translation>Text nach dem schließenden Anführungszeichen eines Felds (ein Anführungszeichen innerhalb eines Felds in Anführungszeichen wird doppelt geschrieben: &quot;&quot;)</translation>
    </message>
</context>
<context>
    <name>rd::DelimitedLine</name>
    <message>
        <source>the quoted field that starts here has no closing quote on this line</source>
        <translation>das hier beginnende Feld in Anführungszeichen hat in dieser Zeile kein schließendes Anführungszeichen</translation>
    </message>
    <message>
        <source>text after the closing quote of a field (a quote inside a quoted field is written twice: &quot;&quot;)</source>
        <translation>Text nach dem schließenden Anführungszeichen eines Felds (ein Anführungszeichen innerhalb eines Felds in Anführungszeichen wird doppelt geschrieben: &quot;&quot;)</translation>
    </message>
</context>
<context>
    <name>rd::DesignerActions</name>
    <message>
        <source>Add &amp;Filegroup…</source>
        <translation>&amp;Dateigruppe hinzufügen…</translation>
    </message>
    <message>
        <source>Add a ROWS, FILESTREAM or MEMORY_OPTIMIZED_DATA filegroup to the layout</source>
        <translation>Dem Layout eine ROWS-, FILESTREAM- oder MEMORY_OPTIMIZED_DATA-Dateigruppe hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Rename Filegroup…</source>
        <translation>Dateigruppe &amp;umbenennen…</translation>
    </message>
    <message>
        <source>Rename the selected filegroup and every reference to it</source>
        <translation>Die ausgewählte Dateigruppe und jeden Verweis darauf umbenennen</translation>
    </message>
    <message>
        <source>Read-&amp;Only Filegroup</source>
        <translation>Schreib&amp;geschützte Dateigruppe</translation>
    </message>
    <message>
        <source>Whether the selected filegroup is READ_ONLY at the start of the timeline</source>
        <translation>Gibt an, ob die ausgewählte Dateigruppe zu Beginn der Zeitachse READ_ONLY ist</translation>
    </message>
    <message>
        <source>Remove Filegroup</source>
        <translation>Dateigruppe entfernen</translation>
    </message>
    <message>
        <source>Remove the selected filegroup and every reference to it</source>
        <translation>Die ausgewählte Dateigruppe und jeden Verweis darauf entfernen</translation>
    </message>
    <message>
        <source>Add &amp;Backup</source>
        <translation>Sicherung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a %1 backup to the history</source>
        <translation>Dem Verlauf eine %1-Sicherung hinzufügen</translation>
    </message>
    <message>
        <source>Remove Backup</source>
        <translation>Sicherung entfernen</translation>
    </message>
    <message>
        <source>Remove the selected backup from the history (plan steps keep their reference)</source>
        <translation>Die ausgewählte Sicherung aus dem Verlauf entfernen (Planschritte behalten ihren Verweis)</translation>
    </message>
    <message>
        <source>Add Backup to &amp;Plan</source>
        <translation>Sicherung zum &amp;Plan hinzufügen</translation>
    </message>
    <message>
        <source>Append a RESTORE step for the selected backup to the current plan</source>
        <translation>Dem aktuellen Plan einen RESTORE-Schritt für die ausgewählte Sicherung anfügen</translation>
    </message>
    <message>
        <source>Add &amp;Step</source>
        <translation>&amp;Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Insert a step after the selected one (a RESTORE of the selected backup, or a recovery-only RESTORE)</source>
        <translation>Einen Schritt nach dem ausgewählten einfügen (ein RESTORE der ausgewählten Sicherung oder ein RESTORE nur für RECOVERY)</translation>
    </message>
    <message>
        <source>Remove S&amp;tep</source>
        <translation>Schritt en&amp;tfernen</translation>
    </message>
    <message>
        <source>Remove the selected step from the plan</source>
        <translation>Den ausgewählten Schritt aus dem Plan entfernen</translation>
    </message>
    <message>
        <source>Move Step &amp;Up</source>
        <translation>Schritt nach &amp;oben</translation>
    </message>
    <message>
        <source>Run the selected step one position earlier</source>
        <translation>Den ausgewählten Schritt eine Position früher ausführen</translation>
    </message>
    <message>
        <source>Move Step &amp;Down</source>
        <translation>Schritt nach u&amp;nten</translation>
    </message>
    <message>
        <source>Run the selected step one position later</source>
        <translation>Den ausgewählten Schritt eine Position später ausführen</translation>
    </message>
    <message>
        <source>Add P&amp;lan…</source>
        <translation>Plan hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Add a new, empty restore plan</source>
        <translation>Einen neuen, leeren Wiederherstellungsplan hinzufügen</translation>
    </message>
    <message>
        <source>Rename Filegroup</source>
        <translation>Dateigruppe umbenennen</translation>
    </message>
    <message>
        <source>New name of filegroup %1:</source>
        <translation>Neuer Name der Dateigruppe %1:</translation>
    </message>
    <message>
        <source>Restore plan %1</source>
        <translation>Wiederherstellungsplan %1</translation>
    </message>
    <message>
        <source>Add Plan</source>
        <translation>Plan hinzufügen</translation>
    </message>
    <message>
        <source>Name of the new restore plan:</source>
        <translation>Name des neuen Wiederherstellungsplans:</translation>
    </message>
    <message>
        <source>&amp;Rename Filegroup %1…</source>
        <translation>Dateigruppe %1 &amp;umbenennen…</translation>
    </message>
    <message>
        <source>Remove Filegroup %1</source>
        <translation>Dateigruppe %1 entfernen</translation>
    </message>
    <message>
        <source>Remove Backup %1</source>
        <translation>Sicherung %1 entfernen</translation>
    </message>
    <message>
        <source>Add %1 to &amp;Plan</source>
        <translation>%1 zum &amp;Plan hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Remove the selection: the selected step when the plan has the focus, else the selected backup, else the selected filegroup</source>
        <translation>Die Auswahl entfernen: den ausgewählten Schritt, wenn der Plan den Fokus hat, sonst die ausgewählte Sicherung, sonst die ausgewählte Dateigruppe</translation>
    </message>
    <message>
        <source>Plan “%1”, step %2: %3</source>
        <translation>Plan „%1“, Schritt %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Backup %1 is restored by %n plan step(s):</source>
        <translation>
            <numerusform>Sicherung %1 wird von %n Planschritt wiederhergestellt:</numerusform>
            <numerusform>Sicherung %1 wird von %n Planschritten wiederhergestellt:</numerusform>
        </translation>
    </message>
    <message>
        <source>

The steps keep naming it, and the checks report them (R-REF-001) until you change them. Undo gives the backup back.</source>
        <translation>

Die Schritte verweisen weiterhin auf sie, und die Prüfungen melden sie (R-REF-001), bis Sie sie ändern. Mit „Rückgängig“ erhalten Sie die Sicherung zurück.</translation>
    </message>
    <message>
        <source>The memory-optimized filegroup cannot be made READ_ONLY</source>
        <translation>Die speicheroptimierte Dateigruppe kann nicht auf READ_ONLY festgelegt werden</translation>
    </message>
</context>
<context>
    <name>rd::DesignerArguments</name>
    <message>
        <source>Design, check, simulate and script SQL Server piecemeal restores.
Without a command, opens the designer (on FILE if given).

</source>
        <translation>Schrittweise Wiederherstellungen von SQL Server entwerfen, prüfen, simulieren und als Skript generieren.
Ohne Befehl wird der Designer geöffnet (mit FILE, falls angegeben).

</translation>
    </message>
    <message>
        <source>A JSON plan (.json) or a project file (.rdproj).</source>
        <translation>Ein JSON-Plan (.json) oder eine Projektdatei (.rdproj).</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see --help</source>
        <translation>unbekannter Befehl „%1“; siehe --help</translation>
    </message>
    <message>
        <source>Open the bundled sample as an untitled project (Save asks where to keep it).</source>
        <translation>Das mitgelieferte Beispiel als unbenanntes Projekt öffnen (beim Speichern wird nach dem Speicherort gefragt).</translation>
    </message>
    <message>
        <source>--sample opens the sample: give no FILE with it</source>
        <translation>--sample öffnet das Beispiel: Geben Sie dazu keine FILE an</translation>
    </message>
</context>
<context>
    <name>rd::DiagnosticModel</name>
    <message>
        <source>plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Korrektur:</translation>
    </message>
    <message>
        <source>Click to show the step, backup and filegroup concerned.</source>
        <translation>Klicken Sie, um den betroffenen Schritt, die Sicherung und die Dateigruppe anzuzeigen.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Filegroup</source>
        <translation>Dateigruppe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>The rule&apos;s stable ID (&quot;restore-designer rules&quot; lists them all)</source>
        <translation>Die stabile ID der Regel („restore-designer rules“ listet alle auf)</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>der Plan</translation>
    </message>
    <message>
        <source>the backup history</source>
        <translation>der Sicherungsverlauf</translation>
    </message>
    <message>
        <source>the layout</source>
        <translation>das Layout</translation>
    </message>
    <message>
        <source>the events</source>
        <translation>die Ereignisse</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Apply Fix (Ctrl+.) makes it as one undoable edit of %1.</source>
        <translation>„Korrektur anwenden“ (Strg+.) führt sie als eine einzige Bearbeitung aus, die rückgängig gemacht werden kann. Geändert wird: %1.</translation>
    </message>
    <message>
        <source>Apply Fix cannot make this one: it needs your decision, or an action on the server.</source>
        <translation>„Korrektur anwenden“ kann diese nicht vornehmen: Sie erfordert Ihre Entscheidung oder eine Aktion auf dem Server.</translation>
    </message>
    <message>
        <source>↳ after step %1 was refused: %2</source>
        <translation>↳ nachdem Schritt %1 abgelehnt wurde: %2</translation>
    </message>
    <message>
        <source>SQL Server refuses step %1, which changes nothing: this finding follows from that. Fix step %1 first.</source>
        <translation>SQL Server lehnt Schritt %1 ab, der nichts ändert: Dieser Befund folgt daraus. Korrigieren Sie zuerst Schritt %1.</translation>
    </message>
</context>
<context>
    <name>rd::DiagnosticsDock</name>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>What is wrong with the current plan, rule by rule; click a finding to locate it</source>
        <translation>Was am aktuellen Plan falsch ist, Regel für Regel; klicken Sie auf einen Befund, um ihn zu finden</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#777&apos;&gt;No errors, warnings or notes.&lt;br&gt;Findings appear here as you edit the layout, the backups or the plan;&lt;br&gt;select one to show its step, backup and filegroup.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#777&apos;&gt;Keine Fehler, Warnungen oder Hinweise.&lt;br&gt;Befunde werden hier angezeigt, während Sie das Layout, die Sicherungen oder den Plan bearbeiten;&lt;br&gt;wählen Sie einen aus, um seinen Schritt, seine Sicherung und seine Dateigruppe anzuzeigen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No plan to check.</source>
        <translation>Kein Plan zu prüfen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No findings&lt;/b&gt;: plan &lt;i&gt;%1&lt;/i&gt; passes every check.</source>
        <translation>&lt;b&gt;Keine Befunde&lt;/b&gt;: Plan &lt;i&gt;%1&lt;/i&gt; besteht alle Prüfungen.</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>, 1 note</source>
        <translation>, 1 Hinweis</translation>
    </message>
    <message>
        <source>, %1 notes</source>
        <translation>, %1 Hinweise</translation>
    </message>
    <message>
        <source>Apply Fix</source>
        <translation>Korrektur anwenden</translation>
    </message>
    <message>
        <source>Apply this fix as one undoable edit of %1 (Ctrl+.): %2</source>
        <translation>Diese Korrektur als eine einzige Bearbeitung anwenden, die rückgängig gemacht werden kann (Strg+.; geändert wird: %1): %2</translation>
    </message>
    <message>
        <source>Select a finding that offers a fix (its tooltip says whether the designer can make it)</source>
        <translation>Wählen Sie einen Befund aus, der eine Korrektur anbietet (seine QuickInfo gibt an, ob der Designer sie vornehmen kann)</translation>
    </message>
    <message>
        <source>Filter findings (Ctrl+F)</source>
        <translation>Befunde filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Shows the findings whose severity, rule, step, backup, filegroup or message contains this text (any case)</source>
        <translation>Zeigt die Befunde an, deren Schweregrad, Regel, Schritt, Sicherung, Dateigruppe oder Meldung diesen Text enthält (Groß-/Kleinschreibung beliebig)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1, %2&lt;/b&gt;%3 in plan &lt;i&gt;%4&lt;/i&gt;%5</source>
        <translation>&lt;b&gt;%1, %2&lt;/b&gt;%3 im Plan &lt;i&gt;%4&lt;/i&gt;%5</translation>
    </message>
    <message>
        <source> (%1 shown)</source>
        <translation> (%1 angezeigt)</translation>
    </message>
    <message>
        <source>Explain Rule</source>
        <translation>Regel erklären</translation>
    </message>
    <message>
        <source>Explain Rule %1</source>
        <translation>Regel %1 erklären</translation>
    </message>
    <message>
        <source>Select a finding to read its rule in Help ▸ Rules</source>
        <translation>Wählen Sie einen Befund aus, um seine Regel unter Hilfe ▸ Regeln zu lesen</translation>
    </message>
    <message>
        <source>Read rule %1 in Help ▸ Rules (F1)</source>
        <translation>Regel %1 unter Hilfe ▸ Regeln lesen (F1)</translation>
    </message>
</context>
<context>
    <name>rd::EnvironmentForm</name>
    <message>
        <source>Target Server</source>
        <translation>Zielserver</translation>
    </message>
    <message>
        <source>What the designer cannot know about the server the plan will run on unless you state it.</source>
        <translation>Was der Designer über den Server, auf dem der Plan ausgeführt wird, nicht wissen kann, sofern Sie es nicht angeben.</translation>
    </message>
    <message>
        <source>the backups&apos; version</source>
        <translation>Version der Sicherungen</translation>
    </message>
    <message>
        <source>major.minor.build of the target SQL Server, e.g. 16.0.1000; empty = the same as the backups&apos; (R-GEN-002, R-PIECE-012). Press Enter to apply.</source>
        <translation>major.minor.build des Ziel-SQL Servers, z. B. 16.0.1000; leer = dieselbe wie die der Sicherungen (R-GEN-002, R-PIECE-012). Drücken Sie die EINGABETASTE, um sie zu übernehmen.</translation>
    </message>
    <message>
        <source>Server &amp;version:</source>
        <translation>Server&amp;version:</translation>
    </message>
    <message>
        <source>Set the target server version to %1</source>
        <translation>Zielserverversion auf %1 festlegen</translation>
    </message>
    <message>
        <source>the backups&apos;</source>
        <translation>die der Sicherungen</translation>
    </message>
    <message>
        <source>The database exists on the target</source>
        <translation>Die Datenbank ist auf dem Ziel vorhanden</translation>
    </message>
    <message>
        <source>Restore in place. Unticked: a new server or name, where no tail-log backup is needed and the first restore creates the database (R-GEN-006, R-TAIL-001).</source>
        <translation>Am selben Ort wiederherstellen. Deaktiviert: ein neuer Server oder Name, für den keine Sicherung des Protokollfragments nötig ist und bei dem die erste Wiederherstellung die Datenbank erstellt (R-GEN-006, R-TAIL-001).</translation>
    </message>
    <message>
        <source>Joined to an availability group</source>
        <translation>Mit einer Verfügbarkeitsgruppe verknüpft</translation>
    </message>
    <message>
        <source>A database in an availability group must leave it before a restore (R-GEN-010).</source>
        <translation>Eine Datenbank in einer Verfügbarkeitsgruppe muss diese vor einer Wiederherstellung verlassen (R-GEN-010).</translation>
    </message>
    <message>
        <source>Mirrored</source>
        <translation>Gespiegelt</translation>
    </message>
    <message>
        <source>A mirrored database must stop mirroring before a restore (R-GEN-010).</source>
        <translation>Für eine gespiegelte Datenbank muss die Spiegelung vor einer Wiederherstellung beendet werden (R-GEN-010).</translation>
    </message>
    <message>
        <source>Certificates of encrypted backups present</source>
        <translation>Zertifikate verschlüsselter Sicherungen vorhanden</translation>
    </message>
    <message>
        <source>The certificates or keys that encrypted the backups are on the target (R-GEN-007).</source>
        <translation>Die Zertifikate oder Schlüssel, mit denen die Sicherungen verschlüsselt wurden, sind auf dem Ziel vorhanden (R-GEN-007).</translation>
    </message>
    <message>
        <source>Lightweight pooling (fiber mode)</source>
        <translation>Lightweight Pooling (Fibermodus)</translation>
    </message>
    <message>
        <source>Memory-optimized tables cannot be used in fiber mode (R-MOD-007).</source>
        <translation>Speicheroptimierte Tabellen können im Fibermodus nicht verwendet werden (R-MOD-007).</translation>
    </message>
    <message>
        <source>FILESTREAM containers on NTFS</source>
        <translation>FILESTREAM-Container auf NTFS</translation>
    </message>
    <message>
        <source>FILESTREAM containers must be on NTFS volumes (R-FS-003).</source>
        <translation>FILESTREAM-Container müssen sich auf NTFS-Volumes befinden (R-FS-003).</translation>
    </message>
    <message>
        <source>Memory for &amp;memory-optimized data:</source>
        <translation>Arbeitsspeicher für &amp;speicheroptimierte Daten:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>What the target&apos;s resource pool can give memory-optimized data; 0 = unknown (R-MOD-003).</source>
        <translation>Wie viel Arbeitsspeicher der Ressourcenpool des Ziels speicheroptimierten Daten bereitstellen kann; 0 = unbekannt (R-MOD-003).</translation>
    </message>
    <message>
        <source>Set the target&apos;s memory for memory-optimized data</source>
        <translation>Arbeitsspeicher des Ziels für speicheroptimierte Daten festlegen</translation>
    </message>
    <message>
        <source>Memory-optimized &amp;load rate:</source>
        <translation>Speicheroptimierte &amp;Laderate:</translation>
    </message>
    <message>
        <source> MB/s</source>
        <translation> MB/s</translation>
    </message>
    <message>
        <source>How fast the target&apos;s recovery loads memory-optimized data, as measured by a test restore there; 0 = unknown (R-MOD-004).</source>
        <translation>Wie schnell die Wiederherstellung (Recovery) auf dem Ziel speicheroptimierte Daten lädt, gemessen durch eine Testwiederherstellung dort; 0 = unbekannt (R-MOD-004).</translation>
    </message>
    <message>
        <source>Set the target&apos;s memory-optimized load rate</source>
        <translation>Speicheroptimierte Laderate des Ziels festlegen</translation>
    </message>
    <message>
        <source>Target server: set “%1”</source>
        <translation>Zielserver: „%1“ aktivieren</translation>
    </message>
    <message>
        <source>Target server: clear “%1”</source>
        <translation>Zielserver: „%1“ deaktivieren</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>How fast the target&apos;s RESTORE reads backups, as measured by a test restore there; 0 = the default of 77.3 MiB/s. Sets the time each step takes and when each filegroup comes online.</source>
        <translation>Wie schnell RESTORE auf dem Ziel Sicherungen liest, gemessen durch eine Testwiederherstellung dort; 0 = der Standardwert von 77,3 MiB/s. Bestimmt die Dauer jedes Schritts und wann jede Dateigruppe online geschaltet wird.</translation>
    </message>
    <message>
        <source>Set the target&apos;s restore throughput</source>
        <translation>Wiederherstellungsdurchsatz des Ziels festlegen</translation>
    </message>
    <message>
        <source>default (77.3 MiB/s)</source>
        <translation>Standard (77,3 MiB/s)</translation>
    </message>
    <message>
        <source>&amp;Restore throughput:</source>
        <translation>&amp;Wiederherstellungsdurchsatz:</translation>
    </message>
</context>
<context>
    <name>rd::EventDialog</name>
    <message>
        <source>The &amp;whole database</source>
        <translation>Die &amp;gesamte Datenbank</translation>
    </message>
    <message>
        <source>The &amp;log is damaged too (no tail-log backup possible)</source>
        <translation>Das &amp;Protokoll ist ebenfalls beschädigt (keine Sicherung des Protokollfragments möglich)</translation>
    </message>
    <message>
        <source>Add Event</source>
        <translation>Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>The filegroups, or single files (one lost disk), the failure damages</source>
        <translation>Die Dateigruppen oder einzelnen Dateien (ein verlorener Datenträger), die der Ausfall beschädigt</translation>
    </message>
    <message>
        <source>filegroup %1</source>
        <translation>Dateigruppe %1</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>the transaction&apos;s mark name (BEGIN TRAN … WITH MARK)</source>
        <translation>der Markierungsname der Transaktion (BEGIN TRAN … WITH MARK)</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Ereignis:</translation>
    </message>
    <message>
        <source>&amp;At (server time):</source>
        <translation>&amp;Zeitpunkt (Serverzeit):</translation>
    </message>
    <message>
        <source>&amp;Damaged:</source>
        <translation>&amp;Beschädigt:</translation>
    </message>
    <message>
        <source>&amp;Filegroup:</source>
        <translation>&amp;Dateigruppe:</translation>
    </message>
    <message>
        <source>&amp;Recovery model:</source>
        <translation>&amp;Wiederherstellungsmodell:</translation>
    </message>
    <message>
        <source>&amp;Mark:</source>
        <translation>&amp;Markierung:</translation>
    </message>
    <message>
        <source>Choose what the failure damages: the whole database, filegroups, files or the log.</source>
        <translation>Wählen Sie aus, was der Ausfall beschädigt: die gesamte Datenbank, Dateigruppen, Dateien oder das Protokoll.</translation>
    </message>
    <message>
        <source>The layout has no filegroup to switch.</source>
        <translation>Das Layout enthält keine Dateigruppe zum Umschalten.</translation>
    </message>
    <message>
        <source>Name the marked transaction.</source>
        <translation>Geben Sie den Namen der markierten Transaktion an.</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>Ereignis bearbeiten</translation>
    </message>
</context>
<context>
    <name>rd::EventPalette</name>
    <message>
        <source>Drag an event onto the timeline: where you drop it sets when it happens, and the lane what it acts on. Drag a marker to move the event; double-click it to change it.</source>
        <translation>Ziehen Sie ein Ereignis auf die Zeitachse: Die Ablegeposition bestimmt, wann es eintritt, und die Spur, worauf es wirkt. Ziehen Sie einen Marker, um das Ereignis zu verschieben; doppelklicken Sie darauf, um es zu ändern.</translation>
    </message>
</context>
<context>
    <name>rd::ExportActions</name>
    <message>
        <source>&amp;Timeline as Image…</source>
        <translation>&amp;Zeitachse als Bild…</translation>
    </message>
    <message>
        <source>&amp;Plan as Image…</source>
        <translation>&amp;Plan als Bild…</translation>
    </message>
    <message>
        <source>Save the plan&apos;s table as PNG or SVG</source>
        <translation>Die Tabelle des Plans als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>&amp;Handout (PDF)…</source>
        <translation>&amp;Handout (PDF)…</translation>
    </message>
    <message>
        <source>A PDF for a training session: layout, timeline, plan, states after each step, findings and script</source>
        <translation>Ein PDF für eine Schulung: Layout, Zeitachse, Plan, Zustände nach jedem Schritt, Befunde und Skript</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>zeitachse</translation>
    </message>
    <message>
        <source>Restore plan</source>
        <translation>Wiederherstellungsplan</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Export %1 as Image</source>
        <translation>%1 als Bild exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>PNG-Bilder (*.png);;SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export Handout</source>
        <translation>Handout exportieren</translation>
    </message>
    <message>
        <source>handout</source>
        <translation>handout</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Save the timeline as displayed (zoom and scroll) as PNG or SVG</source>
        <translation>Die Zeitachse wie angezeigt (Zoom und Bildlauf) als PNG oder SVG speichern</translation>
    </message>
</context>
<context>
    <name>rd::FileTable</name>
    <message>
        <source>Logical name</source>
        <translation>Logischer Name</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <translation>Größe (MB)</translation>
    </message>
    <message>
        <source>Double-click a cell, or select it and type, to change a logical name, path or size (ALTER DATABASE … MODIFY FILE).</source>
        <translation>Doppelklicken Sie auf eine Zelle, oder markieren Sie sie und beginnen Sie zu tippen, um einen logischen Namen, einen Pfad oder eine Größe zu ändern (ALTER DATABASE … MODIFY FILE).</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Rename file %1 to %2</source>
        <translation>Datei %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Change the path of file %1</source>
        <translation>Pfad der Datei %1 ändern</translation>
    </message>
    <message>
        <source>The size of a file is a number of megabytes, 0 or more: %1 is not.</source>
        <translation>Die Größe einer Datei ist eine Anzahl von Megabytes, 0 oder mehr: %1 ist das nicht.</translation>
    </message>
    <message>
        <source>Resize file %1 to %2 MB</source>
        <translation>Größe der Datei %1 auf %2 MB ändern</translation>
    </message>
</context>
<context>
    <name>rd::FilegroupForm</name>
    <message>
        <source>Filegroup</source>
        <translation>Dateigruppe</translation>
    </message>
    <message>
        <source>Select a filegroup in the layout to see its files.</source>
        <translation>Wählen Sie im Layout eine Dateigruppe aus, um ihre Dateien anzuzeigen.</translation>
    </message>
    <message>
        <source>READ_ONLY at the start of the timeline</source>
        <translation>READ_ONLY zu Beginn der Zeitachse</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Mo&amp;ve to</source>
        <translation>&amp;Verschieben nach</translation>
    </message>
    <message>
        <source>ALTER DATABASE … MODIFY FILEGROUP … NAME: renames the filegroup and every reference to it. Press Enter to apply.</source>
        <translation>ALTER DATABASE … MODIFY FILEGROUP … NAME: Benennt die Dateigruppe und jeden Verweis darauf um. Drücken Sie die EINGABETASTE, um ihn zu übernehmen.</translation>
    </message>
    <message>
        <source>What the filegroup holds. A database has at most one MEMORY_OPTIMIZED_DATA filegroup; PRIMARY is ROWS.</source>
        <translation>Was die Dateigruppe enthält. Eine Datenbank hat höchstens eine MEMORY_OPTIMIZED_DATA-Dateigruppe; PRIMARY ist ROWS.</translation>
    </message>
    <message>
        <source>The filegroup the selected file moves to (one of the same kind)</source>
        <translation>Die Dateigruppe, in die die ausgewählte Datei verschoben wird (eine derselben Art)</translation>
    </message>
    <message>
        <source>Move the selected file to the chosen filegroup</source>
        <translation>Die ausgewählte Datei in die gewählte Dateigruppe verschieben</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Filegroup %1</source>
        <translation>Dateigruppe %1</translation>
    </message>
    <message>
        <source>The memory-optimized filegroup cannot be made READ_ONLY.</source>
        <translation>Die speicheroptimierte Dateigruppe kann nicht auf READ_ONLY festgelegt werden.</translation>
    </message>
    <message>
        <source>ALTER DATABASE … MODIFY FILEGROUP … READ_ONLY at the start of the timeline; later changes are SET_READ_ONLY / SET_READ_WRITE events.</source>
        <translation>ALTER DATABASE … MODIFY FILEGROUP … READ_ONLY zu Beginn der Zeitachse; spätere Änderungen sind SET_READ_ONLY-/SET_READ_WRITE-Ereignisse.</translation>
    </message>
    <message>
        <source>Containers (folders):</source>
        <translation>Container (Ordner):</translation>
    </message>
    <message>
        <source>Data files:</source>
        <translation>Datendateien:</translation>
    </message>
    <message>
        <source>Add a container to %1 (ALTER DATABASE … ADD FILE … TO FILEGROUP)</source>
        <translation>%1 einen Container hinzufügen (ALTER DATABASE … ADD FILE … TO FILEGROUP)</translation>
    </message>
    <message>
        <source>Add a data file to %1 (ALTER DATABASE … ADD FILE … TO FILEGROUP)</source>
        <translation>%1 eine Datendatei hinzufügen (ALTER DATABASE … ADD FILE … TO FILEGROUP)</translation>
    </message>
    <message>
        <source>Remove the selected file (ALTER DATABASE … REMOVE FILE); steps and backups naming it no longer do. Del</source>
        <translation>Die ausgewählte Datei entfernen (ALTER DATABASE … REMOVE FILE); Schritte und Sicherungen, die sie nennen, nennen sie danach nicht mehr. Entf</translation>
    </message>
    <message>
        <source>The primary data file (.mdf): it stays in PRIMARY.</source>
        <translation>Die primäre Datendatei (.mdf): Sie bleibt in PRIMARY.</translation>
    </message>
</context>
<context>
    <name>rd::FilegroupItem</name>
    <message>
        <source>Transaction log</source>
        <translation>Transaktionsprotokoll</translation>
    </message>
    <message>
        <source>LOG</source>
        <translation>LOG</translation>
    </message>
    <message>
        <source>  ·  READ_ONLY</source>
        <translation>  ·  READ_ONLY</translation>
    </message>
    <message>
        <source>  ·  PRIMARY</source>
        <translation>  ·  PRIMARY</translation>
    </message>
    <message>
        <source>container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>(no files)</source>
        <translation>(keine Dateien)</translation>
    </message>
    <message>
        <source>damaged: no tail-log backup</source>
        <translation>beschädigt: keine Sicherung des Protokollfragments</translation>
    </message>
    <message>
        <source>tail-log backup possible</source>
        <translation>Sicherung des Protokollfragments möglich</translation>
    </message>
</context>
<context>
    <name>rd::HeaderOnlyHistoryReader</name>
    <message>
        <source>the header names BackupType or LogicalName, but no separator (comma, tab, semicolon or |) splits it into columns: sqlcmd without -s&quot;,&quot; separates columns with spaces, which cannot be read back</source>
        <translation>die Kopfzeile nennt BackupType oder LogicalName, aber kein Trennzeichen (Komma, Tabstopp, Semikolon oder |) teilt sie in Spalten: sqlcmd ohne -s&quot;,&quot; trennt Spalten durch Leerzeichen, die nicht zurückgelesen werden können</translation>
    </message>
    <message>
        <source>no header line naming BackupType (RESTORE HEADERONLY) or LogicalName (RESTORE FILELISTONLY) in the first %1 lines: save the results with their column headers (docs/import-headeronly.md)</source>
        <translation>keine Kopfzeile mit BackupType (RESTORE HEADERONLY) oder LogicalName (RESTORE FILELISTONLY) in den ersten %1 Zeilen: Speichern Sie die Ergebnisse mit ihren Spaltenüberschriften (docs/import-headeronly.md)</translation>
    </message>
    <message>
        <source>no header line naming BackupType (RESTORE HEADERONLY) or LogicalName (RESTORE FILELISTONLY): save the results with their column headers (docs/import-headeronly.md)</source>
        <translation>keine Kopfzeile mit BackupType (RESTORE HEADERONLY) oder LogicalName (RESTORE FILELISTONLY): Speichern Sie die Ergebnisse mit ihren Spaltenüberschriften (docs/import-headeronly.md)</translation>
    </message>
    <message>
        <source>text after the end of a result that is not the header of another RESTORE HEADERONLY or FILELISTONLY result</source>
        <translation>Text nach dem Ende eines Ergebnisses, der nicht die Kopfzeile eines weiteren RESTORE HEADERONLY- oder FILELISTONLY-Ergebnisses ist</translation>
    </message>
    <message>
        <source>the column appears twice in the header</source>
        <translation>die Spalte kommt in der Kopfzeile zweimal vor</translation>
    </message>
    <message>
        <source>required column missing from the header: %1</source>
        <translation>erforderliche Spalte fehlt in der Kopfzeile: %1</translation>
    </message>
    <message>
        <source>column not in the result: %1</source>
        <translation>Spalte nicht im Ergebnis: %1</translation>
    </message>
    <message>
        <source>the backup type (1, 2, 4, 5, 6, 7 or 8)</source>
        <translation>der Sicherungstyp (1, 2, 4, 5, 6, 7 oder 8)</translation>
    </message>
    <message>
        <source>which database the backup is of</source>
        <translation>von welcher Datenbank die Sicherung stammt</translation>
    </message>
    <message>
        <source>the backup set&apos;s place in its file (WITH FILE =)</source>
        <translation>die Position des Sicherungssatzes in seiner Datei (WITH FILE =)</translation>
    </message>
    <message>
        <source>without it the order of the log backups cannot be known</source>
        <translation>ohne sie kann die Reihenfolge der Protokollsicherungen nicht bestimmt werden</translation>
    </message>
    <message>
        <source>without it the log chain cannot be followed</source>
        <translation>ohne sie kann die Protokollkette nicht verfolgt werden</translation>
    </message>
    <message>
        <source>when the backup started</source>
        <translation>wann die Sicherung begonnen hat</translation>
    </message>
    <message>
        <source>when the backup finished</source>
        <translation>wann die Sicherung abgeschlossen wurde</translation>
    </message>
    <message>
        <source>the backups&apos; checkpoint LSNs are derived</source>
        <translation>die Prüfpunkt-LSNs der Sicherungen werden abgeleitet</translation>
    </message>
    <message>
        <source>which full backup a differential or log follows is derived</source>
        <translation>auf welche vollständige Sicherung eine differenzielle Sicherung oder Protokollsicherung folgt, wird abgeleitet</translation>
    </message>
    <message>
        <source>a backup set met twice cannot be recognised</source>
        <translation>ein zweimal vorkommender Sicherungssatz kann nicht erkannt werden</translation>
    </message>
    <message>
        <source>the file&apos;s logical name</source>
        <translation>der logische Name der Datei</translation>
    </message>
    <message>
        <source>the file&apos;s id in the database</source>
        <translation>die ID der Datei in der Datenbank</translation>
    </message>
    <message>
        <source>the file&apos;s type (D, L, S, F)</source>
        <translation>der Typ der Datei (D, L, S, F)</translation>
    </message>
    <message>
        <source>every data file is read as PRIMARY&apos;s</source>
        <translation>jede Datendatei wird als Datei von PRIMARY gelesen</translation>
    </message>
    <message>
        <source>every file is read as present in the backup</source>
        <translation>jede Datei wird als in der Sicherung vorhanden gelesen</translation>
    </message>
    <message>
        <source>%1 has no BackupFile column: its rows are read as the backup file %2, the saved result&apos;s name</source>
        <translation>%1 hat keine Spalte BackupFile: Ihre Zeilen werden als Sicherungsdatei %2 gelesen, dem Namen des gespeicherten Ergebnisses</translation>
    </message>
    <message>
        <source>filegroup %1 holds containers (FILELISTONLY Type S), which FILELISTONLY does not tell apart for FILESTREAM and memory-optimized data: read as the database&apos;s memory-optimized filegroup; change it in the designer if it is FILESTREAM</source>
        <translation>Dateigruppe %1 enthält Container (FILELISTONLY Type S), die FILELISTONLY bei FILESTREAM und speicheroptimierten Daten nicht unterscheidet: als speicheroptimierte Dateigruppe der Datenbank gelesen; ändern Sie dies im Designer, wenn es sich um FILESTREAM handelt</translation>
    </message>
    <message>
        <source>%1 more errors not listed</source>
        <translation>%1 weitere Fehler nicht aufgeführt</translation>
    </message>
    <message>
        <source>the file list of a backup set left out (see its HEADERONLY row)</source>
        <translation>die Dateiliste eines ausgelassenen Sicherungssatzes (siehe seine HEADERONLY-Zeile)</translation>
    </message>
    <message>
        <source>a file list with no RESTORE HEADERONLY row of the same backup file and position among the inputs</source>
        <translation>eine Dateiliste ohne RESTORE HEADERONLY-Zeile mit derselben Sicherungsdatei und Position unter den Eingaben</translation>
    </message>
    <message>
        <source>no backup of database %1; the backup headers are of: %2</source>
        <translation>keine Sicherung der Datenbank %1; die Sicherungsheader stammen von: %2</translation>
    </message>
    <message>
        <source>no RESTORE HEADERONLY row among the inputs: a file list alone does not say which backup it belongs to</source>
        <translation>keine RESTORE HEADERONLY-Zeile unter den Eingaben: Eine Dateiliste allein sagt nicht, zu welcher Sicherung sie gehört</translation>
    </message>
    <message>
        <source>the backup headers are of %1 databases: %2; choose one with --database NAME</source>
        <translation>die Sicherungsheader stammen von %1 Datenbanken: %2; wählen Sie eine mit --database NAME aus</translation>
    </message>
    <message>
        <source>times are the server&apos;s local time, as RESTORE HEADERONLY prints them</source>
        <translation>Zeiten sind die Ortszeit des Servers, wie RESTORE HEADERONLY sie ausgibt</translation>
    </message>
    <message>
        <source>BackupFile names no backup file</source>
        <translation>BackupFile nennt keine Sicherungsdatei</translation>
    </message>
    <message>
        <source>BackupFile names %1 devices; a media set has at most %2</source>
        <translation>BackupFile nennt %1 Sicherungsmedien; ein Mediensatz hat höchstens %2</translation>
    </message>
    <message>
        <source>Position is NULL</source>
        <translation>Position ist NULL</translation>
    </message>
    <message>
        <source>DatabaseName is NULL</source>
        <translation>DatabaseName ist NULL</translation>
    </message>
    <message>
        <source>the same backup file and position as an earlier HEADERONLY row: read once</source>
        <translation>dieselbe Sicherungsdatei und Position wie eine frühere HEADERONLY-Zeile: einmal gelesen</translation>
    </message>
    <message>
        <source>a backup of database %1, not of %2 (--database)</source>
        <translation>eine Sicherung der Datenbank %1, nicht von %2 (--database)</translation>
    </message>
    <message>
        <source>the same backup set (BackupSetGUID) as %1, line %2: read once</source>
        <translation>derselbe Sicherungssatz (BackupSetGUID) wie %1, Zeile %2: einmal gelesen</translation>
    </message>
    <message>
        <source>BackupType is NULL</source>
        <translation>BackupType ist NULL</translation>
    </message>
    <message>
        <source>%1 is not a backup type: expected 1 (database), 2 (transaction log), 4 (file or filegroup), 5 (differential database), 6 (differential file), 7 (partial) or 8 (differential partial)</source>
        <translation>%1 ist kein Sicherungstyp: erwartet wird 1 (Datenbank), 2 (Transaktionsprotokoll), 4 (Datei oder Dateigruppe), 5 (differenzielle Datenbank), 6 (differenzielle Datei), 7 (teilweise) oder 8 (differenziell teilweise)</translation>
    </message>
    <message>
        <source>the file list of a backup file and position read already from an earlier file</source>
        <translation>die Dateiliste einer Sicherungsdatei und Position, die bereits aus einer früheren Datei gelesen wurde</translation>
    </message>
    <message>
        <source>FileID is NULL</source>
        <translation>FileID ist NULL</translation>
    </message>
    <message>
        <source>a repeat of an earlier row (the same backup file, position and FileID)</source>
        <translation>eine Wiederholung einer früheren Zeile (dieselbe Sicherungsdatei, Position und FileID)</translation>
    </message>
    <message>
        <source>a file with no logical name</source>
        <translation>eine Datei ohne logischen Namen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file type: expected D (data), L (log), S (FILESTREAM or memory-optimized container) or F (full-text catalog)</source>
        <translation>„%1“ ist kein Dateityp: erwartet wird D (Daten), L (Protokoll), S (FILESTREAM- oder speicheroptimierter Container) oder F (Volltextkatalog)</translation>
    </message>
    <message>
        <source>Type is NULL</source>
        <translation>Type ist NULL</translation>
    </message>
</context>
<context>
    <name>rd::HelpActions</name>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Regeln</translation>
    </message>
    <message>
        <source>Quick &amp;Tour</source>
        <translation>&amp;Kurzeinführung</translation>
    </message>
    <message>
        <source>Read the rules the designer checks, searchable; on a selected finding, its rule (F1)</source>
        <translation>Die Regeln, die der Designer prüft, durchsuchbar lesen; bei einem ausgewählten Befund dessen Regel (F1)</translation>
    </message>
    <message>
        <source>A five-step walk through the window on the bundled sample</source>
        <translation>Ein Rundgang in fünf Schritten durch das Fenster am mitgelieferten Beispiel</translation>
    </message>
    <message>
        <source>The filegroup layout</source>
        <translation>Das Dateigruppenlayout</translation>
    </message>
    <message>
        <source>Each box is a filegroup of the database: PRIMARY, read/write and read-only ones, and the memory-optimized filegroup. Click one to see its files in the Inspector.</source>
        <translation>Jedes Feld ist eine Dateigruppe der Datenbank: PRIMARY, Dateigruppen mit Lese-/Schreibzugriff und schreibgeschützte sowie die speicheroptimierte Dateigruppe. Klicken Sie auf eine, um ihre Dateien im Inspektor zu sehen.</translation>
    </message>
    <message>
        <source>The backup timeline</source>
        <translation>Die Sicherungszeitachse</translation>
    </message>
    <message>
        <source>The backup history, left to right in time: full, differential, file and log backups, and events such as the failure. Drag a backup kind from the Backups palette to add one.</source>
        <translation>Der Sicherungsverlauf, zeitlich von links nach rechts: vollständige, differenzielle, Datei- und Protokollsicherungen sowie Ereignisse wie der Ausfall. Ziehen Sie eine Sicherungsart aus der Sicherungspalette, um eine hinzuzufügen.</translation>
    </message>
    <message>
        <source>The restore plan</source>
        <translation>Der Wiederherstellungsplan</translation>
    </message>
    <message>
        <source>The plan&apos;s RESTORE steps, in order. Select a step to choose what it restores and how it recovers; Ctrl+Shift+Up and Down move it.</source>
        <translation>Die RESTORE-Schritte des Plans in ihrer Reihenfolge. Wählen Sie einen Schritt aus, um festzulegen, was er wiederherstellt und wie er abschließt; Strg+Umschalt+Nach-oben und Nach-unten verschieben ihn.</translation>
    </message>
    <message>
        <source>Findings and their rules</source>
        <translation>Befunde und ihre Regeln</translation>
    </message>
    <message>
        <source>Every rule of SQL Server the plan breaks is listed here as you edit. Select a finding to locate it; press ? or F1 to read its rule, Ctrl+. to apply its fix.</source>
        <translation>Jede Regel von SQL Server, gegen die der Plan verstößt, erscheint hier schon während der Bearbeitung. Wählen Sie einen Befund aus, um ihn zu finden; ? oder F1 zeigt seine Regel, Strg+. wendet seine Korrektur an.</translation>
    </message>
    <message>
        <source>Simulation and T-SQL</source>
        <translation>Simulation und T-SQL</translation>
    </message>
    <message>
        <source>The state of the database and of each filegroup after every step. The T-SQL tab beside it holds the restore script; File ▸ Export T-SQL saves it.</source>
        <translation>Der Zustand der Datenbank und jeder Dateigruppe nach jedem Schritt. Die Registerkarte T-SQL daneben enthält das Wiederherstellungsskript; Datei ▸ T-SQL exportieren speichert es.</translation>
    </message>
</context>
<context>
    <name>rd::HistoryActions</name>
    <message>
        <source>Import &amp;History…</source>
        <translation>&amp;Verlauf importieren…</translation>
    </message>
    <message>
        <source>Plan &amp;for…</source>
        <translation>Plan erstellen &amp;für…</translation>
    </message>
    <message>
        <source>Start an untitled project from a backup history: an msdb export, dbatools, or backup headers</source>
        <translation>Ein unbenanntes Projekt aus einem Sicherungsverlauf beginnen: ein msdb-Export, dbatools oder Sicherungsheader</translation>
    </message>
    <message>
        <source>Let the planner build a restore plan to a target, with the filegroups to bring online first</source>
        <translation>Den Planer einen Wiederherstellungsplan zu einem Ziel erstellen lassen, mit den Dateigruppen, die zuerst online geschaltet werden sollen</translation>
    </message>
    <message>
        <source>Nothing was imported; the project shown is unchanged.</source>
        <translation>Es wurde nichts importiert; das angezeigte Projekt ist unverändert.</translation>
    </message>
    <message>
        <source>Imported the backup history of %1 as an untitled project: Save asks where to keep it.</source>
        <translation>Sicherungsverlauf von %1 als unbenanntes Projekt importiert: Beim Speichern wird nach dem Speicherort gefragt.</translation>
    </message>
    <message>
        <source>Added plan %1: hover a dimmed backup on the timeline to see why the plan leaves it out.</source>
        <translation>Plan %1 hinzugefügt: Zeigen Sie auf eine abgeblendete Sicherung auf der Zeitachse, um zu sehen, warum der Plan sie auslässt.</translation>
    </message>
    <message>
        <source>Plan for…</source>
        <translation>Plan erstellen für…</translation>
    </message>
    <message>
        <source>Added plan &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Plan &lt;b&gt;%1&lt;/b&gt; hinzugefügt.</translation>
    </message>
    <message>
        <source>Why these backups:</source>
        <translation>Warum diese Sicherungen:</translation>
    </message>
</context>
<context>
    <name>rd::HistoryDatabaseChoice</name>
    <message>
        <source>no backup of database %1; the export holds backups of: %2</source>
        <translation>keine Sicherung der Datenbank %1; der Export enthält Sicherungen von: %2</translation>
    </message>
    <message>
        <source>the export holds no backup set</source>
        <translation>der Export enthält keinen Sicherungssatz</translation>
    </message>
    <message>
        <source>the export holds backups of %1 databases: %2; choose one with --database NAME</source>
        <translation>der Export enthält Sicherungen von %1 Datenbanken: %2; wählen Sie eine mit --database NAME aus</translation>
    </message>
</context>
<context>
    <name>rd::HistoryImportDialog</name>
    <message>
        <source>&amp;Add Files…</source>
        <translation>Dateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>Import Backup History</source>
        <translation>Sicherungsverlauf importieren</translation>
    </message>
    <message>
        <source>msdb export (SSMS or sqlcmd results of msdb-backup-history.sql)</source>
        <translation>msdb-Export (SSMS- oder sqlcmd-Ergebnisse von msdb-backup-history.sql)</translation>
    </message>
    <message>
        <source>dbatools (Get-DbaDbBackupHistory as JSON or CliXML)</source>
        <translation>dbatools (Get-DbaDbBackupHistory als JSON oder CliXML)</translation>
    </message>
    <message>
        <source>Backup headers (RESTORE HEADERONLY and FILELISTONLY results)</source>
        <translation>Sicherungsheader (Ergebnisse von RESTORE HEADERONLY und FILELISTONLY)</translation>
    </message>
    <message>
        <source>What the files hold; a format this version cannot read yet says so when imported</source>
        <translation>Was die Dateien enthalten; ein Format, das diese Version noch nicht lesen kann, wird beim Import gemeldet</translation>
    </message>
    <message>
        <source>The files are read in this order, as one history</source>
        <translation>Die Dateien werden in dieser Reihenfolge als ein einziger Verlauf gelesen</translation>
    </message>
    <message>
        <source>Choose the exported files</source>
        <translation>Exportierte Dateien auswählen</translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation>Ausgewählte Dateien aus der Liste entfernen</translation>
    </message>
    <message>
        <source>The files hold backups of several databases: the one to import</source>
        <translation>Die Dateien enthalten Sicherungen mehrerer Datenbanken: die zu importierende</translation>
    </message>
    <message>
        <source>Errors name the file, line and column; nothing is changed until the import succeeds.</source>
        <translation>Fehler nennen Datei, Zeile und Spalte; es wird nichts geändert, bis der Import erfolgreich ist.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Stop the import (nothing is kept), or close the dialog</source>
        <translation>Den Import abbrechen (nichts wird übernommen) oder das Dialogfeld schließen</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Fi&amp;les:</source>
        <translation>Da&amp;teien:</translation>
    </message>
    <message>
        <source>Saved results (*.csv *.txt *.rpt);;All files (*)</source>
        <translation>Gespeicherte Ergebnisse (*.csv *.txt *.rpt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>dbatools exports (*.json *.xml *.clixml);;All files (*)</source>
        <translation>dbatools-Exporte (*.json *.xml *.clixml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose History Files</source>
        <translation>Verlaufsdateien auswählen</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%1 von %2 MB</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported, and the project is unchanged.</source>
        <translation>Der Import wurde abgebrochen: Es wurde nichts importiert, und das Projekt ist unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>The files hold backups of %n databases: choose one and import again.
</source>
        <translation>
            <numerusform>Die Dateien enthalten Sicherungen von %n Datenbank: Wählen Sie eine aus, und importieren Sie erneut.
</numerusform>
            <numerusform>Die Dateien enthalten Sicherungen von %n Datenbanken: Wählen Sie eine aus, und importieren Sie erneut.
</numerusform>
        </translation>
    </message>
    <message>
        <source>the files hold no backup history</source>
        <translation>die Dateien enthalten keinen Sicherungsverlauf</translation>
    </message>
</context>
<context>
    <name>rd::HistoryImportProblem</name>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1, Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>rd::HistorySkippedRows</name>
    <message numerus="yes">
        <source> and %n more range(s)</source>
        <translation>
            <numerusform> und %n weiterer Bereich</numerusform>
            <numerusform> und %n weitere Bereiche</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>lines %1</source>
        <translation>Zeilen %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 (%n row(s)): %3</source>
        <translation>
            <numerusform>%1, %2 (%n Zeile): %3</numerusform>
            <numerusform>%1, %2 (%n Zeilen): %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the whole report to the clipboard</source>
        <translation>Den gesamten Bericht in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>1 backup</source>
        <translation>1 Sicherung</translation>
    </message>
    <message>
        <source>%1 backups</source>
        <translation>%1 Sicherungen</translation>
    </message>
    <message>
        <source>Imported %1 of database %2 from %3.</source>
        <translation>%1 der Datenbank %2 aus %3 importiert.</translation>
    </message>
    <message>
        <source>Rows read: %1 (skipped rows included).</source>
        <translation>Gelesene Zeilen: %1 (einschließlich übersprungener Zeilen).</translation>
    </message>
    <message>
        <source>Skipped rows (%1):</source>
        <translation>Übersprungene Zeilen (%1):</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <source>Warnings (%1):</source>
        <translation>Warnungen (%1):</translation>
    </message>
    <message>
        <source>No row was skipped and nothing needs a second look.</source>
        <translation>Es wurde keine Zeile übersprungen, und nichts muss genauer geprüft werden.</translation>
    </message>
</context>
<context>
    <name>rd::InputFile</name>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>ein FIFO (Named Pipe)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei ist nicht vorhanden</translation>
    </message>
    <message>
        <source>this is a directory, not a file</source>
        <translation>dies ist ein Verzeichnis, keine Datei</translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation>dies ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>this is not a regular file but %1</source>
        <translation>dies ist keine reguläre Datei, sondern %1</translation>
    </message>
    <message>
        <source>the file is %1 bytes, more than the limit of %2</source>
        <translation>die Datei hat %1 Bytes, mehr als das Limit von %2</translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation>sie kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>it holds more than %1, the limit</source>
        <translation>sie enthält mehr als %1, das Limit</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>rd::LanguageChoice</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>rd::LayoutScene</name>
    <message>
        <source>after step %1</source>
        <translation>nach Schritt %1</translation>
    </message>
    <message>
        <source>before the restore</source>
        <translation>vor der Wiederherstellung</translation>
    </message>
    <message>
        <source>Database %1  ·  %2 edition  ·  %3 recovery model</source>
        <translation>Datenbank %1  ·  Edition %2  ·  Wiederherstellungsmodell %3</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Transaction log&lt;/b&gt;&lt;br&gt;Rolled forward by RESTORE LOG; every log backup shows on the timeline&apos;s log lane.&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Transaktionsprotokoll&lt;/b&gt;&lt;br&gt;Durch RESTORE LOG fortgesetzt (Rollforward); jede Protokollsicherung wird auf der Protokollspur der Zeitachse angezeigt.&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;font color=#c62f2f&gt;Damaged by the failure at %1: no tail-log backup is possible.&lt;/font&gt;</source>
        <translation>&lt;br&gt;&lt;font color=#c62f2f&gt;Durch den Ausfall um %1 beschädigt: Es ist keine Sicherung des Protokollfragments möglich.&lt;/font&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 filegroup</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2-Dateigruppe</translation>
    </message>
    <message>
        <source>&lt;br&gt;PRIMARY: holds the system tables; a piecemeal restore starts with it (PARTIAL).</source>
        <translation>&lt;br&gt;PRIMARY: enthält die Systemtabellen; eine schrittweise Wiederherstellung beginnt damit (PARTIAL).</translation>
    </message>
    <message>
        <source>&lt;br&gt;Checkpoint containers of the memory-optimized tables: restored together with PRIMARY in the first stage.</source>
        <translation>&lt;br&gt;Prüfpunktcontainer der speicheroptimierten Tabellen: werden in der ersten Phase zusammen mit PRIMARY wiederhergestellt.</translation>
    </message>
    <message>
        <source>&lt;br&gt;READ_ONLY at the start of the timeline</source>
        <translation>&lt;br&gt;READ_ONLY zu Beginn der Zeitachse</translation>
    </message>
    <message>
        <source>&lt;br&gt;Read/write at the start of the timeline</source>
        <translation>&lt;br&gt;Lese-/Schreibzugriff zu Beginn der Zeitachse</translation>
    </message>
    <message>
        <source>State %1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Zustand %1: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Double-click to rename; right-click for more.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Doppelklicken zum Umbenennen; Rechtsklick für weitere Optionen.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>rd::LayoutView</name>
    <message>
        <source>The database layout: each filegroup with its files, coloured by kind (ROWS blue, FILESTREAM teal, MEMORY_OPTIMIZED_DATA purple, log brown); hatched with a lock = read-only; star = PRIMARY. The pill shows the simulated state after the selected plan step.</source>
        <translation>Das Datenbanklayout: jede Dateigruppe mit ihren Dateien, nach Art eingefärbt (ROWS blau, FILESTREAM blaugrün, MEMORY_OPTIMIZED_DATA violett, Protokoll braun); schraffiert mit Schloss = schreibgeschützt; Stern = PRIMARY. Die Statusplakette zeigt den simulierten Zustand nach dem ausgewählten Planschritt.</translation>
    </message>
</context>
<context>
    <name>rd::LogChainWalk</name>
    <message>
        <source>log backup %1, which holds LSN %2, cannot be restored: %3</source>
        <translation>Protokollsicherung %1, die LSN %2 enthält, kann nicht wiederhergestellt werden: %3</translation>
    </message>
    <message>
        <source>no log backup holds LSN %1: the log chain has a gap there</source>
        <translation>keine Protokollsicherung enthält LSN %1: Die Protokollkette hat dort eine Lücke</translation>
    </message>
</context>
<context>
    <name>rd::LogFilesForm</name>
    <message>
        <source>Transaction log</source>
        <translation>Transaktionsprotokoll</translation>
    </message>
    <message>
        <source>Add log f&amp;ile</source>
        <translation>Protokoll&amp;datei hinzufügen</translation>
    </message>
    <message>
        <source>Remove lo&amp;g file</source>
        <translation>Protokolldatei &amp;entfernen</translation>
    </message>
    <message>
        <source>Add a log file to the database (ALTER DATABASE … ADD LOG FILE)</source>
        <translation>Der Datenbank eine Protokolldatei hinzufügen (ALTER DATABASE … ADD LOG FILE)</translation>
    </message>
    <message>
        <source>Remove the selected log file (ALTER DATABASE … REMOVE FILE). The primary log file, the first, stays. Del</source>
        <translation>Die ausgewählte Protokolldatei entfernen (ALTER DATABASE … REMOVE FILE). Die primäre Protokolldatei, die erste, bleibt erhalten. Entf</translation>
    </message>
    <message>
        <source>The primary log file (.ldf): SQL Server keeps it while the database exists.</source>
        <translation>Die primäre Protokolldatei (.ldf): SQL Server behält sie, solange die Datenbank existiert.</translation>
    </message>
</context>
<context>
    <name>rd::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Export &amp;T-SQL…</source>
        <translation>&amp;T-SQL exportieren…</translation>
    </message>
    <message>
        <source>Save the script shown in the T-SQL dock as a .sql file</source>
        <translation>Das im Fenster „T-SQL“ angezeigte Skript als .sql-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Restore Designer</source>
        <translation>&amp;Info über Restore Designer</translation>
    </message>
    <message>
        <source>About Restore Designer</source>
        <translation>Info über Restore Designer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restore Designer&lt;/b&gt; %1&lt;p&gt;Design, check, rehearse and script SQL Server piecemeal restores.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Restore Designer&lt;/b&gt; %1&lt;p&gt;Schrittweise Wiederherstellungen von SQL Server entwerfen, prüfen, proben und als Skript generieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source> Plan: </source>
        <translation> Plan: </translation>
    </message>
    <message>
        <source>The restore plan shown in the Plan, Simulation, Diagnostics and T-SQL docks</source>
        <translation>Der in den Fenstern „Plan“, „Simulation“, „Diagnose“ und „T-SQL“ angezeigte Wiederherstellungsplan</translation>
    </message>
    <message>
        <source>Findings for the current plan; details in the Diagnostics dock</source>
        <translation>Befunde zum aktuellen Plan; Details im Fenster „Diagnose“</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1[*] — Restore Designer</source>
        <translation>%1[*] — Restore Designer</translation>
    </message>
    <message>
        <source>%1[*] (%2) — Restore Designer</source>
        <translation>%1[*] (%2) — Restore Designer</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>Kein Plan</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Drag a backup kind onto the timeline to add a backup there</source>
        <translation>Ziehen Sie eine Sicherungsart auf die Zeitachse, um dort eine Sicherung hinzuzufügen</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Add &amp;Event…</source>
        <translation>&amp;Ereignis hinzufügen…</translation>
    </message>
    <message>
        <source>Add a failure, a read-only switch, a recovery-model change or a mark to the timeline</source>
        <translation>Der Zeitachse einen Ausfall, eine Umschaltung des Schreibschutzes, eine Änderung des Wiederherstellungsmodells oder eine Markierung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Inspect Database</source>
        <translation>Datenbank &amp;untersuchen</translation>
    </message>
    <message>
        <source>Show the Inspector: the database, the selected filegroup&apos;s files and the target server</source>
        <translation>Den Inspektor anzeigen: die Datenbank, die Dateien der ausgewählten Dateigruppe und den Zielserver</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Drag an event onto the timeline to add it there</source>
        <translation>Ziehen Sie ein Ereignis auf die Zeitachse, um es dort hinzuzufügen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Choose the language of Restore Designer (applies at the next start)</source>
        <translation>Die Sprache von Restore Designer wählen (gilt ab dem nächsten Start)</translation>
    </message>
    <message>
        <source>&lt;p&gt;The open project was saved by Restore Designer %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das geöffnete Projekt wurde mit Restore Designer %1 gespeichert.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rd::MsdbHistoryReader</name>
    <message>
        <source>the header names database_name, but no separator (comma, tab, semicolon or |) splits it into columns: sqlcmd without -s&quot;,&quot; separates columns with spaces, which cannot be read back</source>
        <translation>die Kopfzeile nennt database_name, aber kein Trennzeichen (Komma, Tabstopp, Semikolon oder |) teilt sie in Spalten: sqlcmd ohne -s&quot;,&quot; trennt Spalten durch Leerzeichen, die nicht zurückgelesen werden können</translation>
    </message>
    <message>
        <source>no header line naming the column database_name in the first %1 lines: save the results with their column headers (docs/import-msdb.md)</source>
        <translation>keine Kopfzeile mit der Spalte database_name in den ersten %1 Zeilen: Speichern Sie die Ergebnisse mit ihren Spaltenüberschriften (docs/import-msdb.md)</translation>
    </message>
    <message>
        <source>no header line naming the column database_name: save the results with their column headers (docs/import-msdb.md)</source>
        <translation>keine Kopfzeile mit der Spalte database_name: Speichern Sie die Ergebnisse mit ihren Spaltenüberschriften (docs/import-msdb.md)</translation>
    </message>
    <message>
        <source>text after the end of the results (&quot;(N rows affected)&quot;): export one result set only</source>
        <translation>Text nach dem Ende der Ergebnisse (&quot;(N rows affected)&quot; bzw. &quot;(N Zeilen betroffen)&quot;): Exportieren Sie nur ein Resultset</translation>
    </message>
    <message>
        <source>the column appears twice in the header</source>
        <translation>die Spalte kommt in der Kopfzeile zweimal vor</translation>
    </message>
    <message>
        <source>this is the output of Microsoft&apos;s example query of the backupset page (columns backuptype, LatestBackupLocation): it has no first_lsn or last_lsn, so which log backup follows which, whether the log chain is unbroken and which logs a restore needs cannot be known; run resources/sql/msdb-backup-history.sql instead</source>
        <translation>dies ist die Ausgabe der Beispielabfrage von Microsoft auf der Seite zu backupset (Spalten backuptype, LatestBackupLocation): Sie enthält weder first_lsn noch last_lsn, daher ist nicht bekannt, welche Protokollsicherung auf welche folgt, ob die Protokollkette lückenlos ist und welche Protokolle eine Wiederherstellung benötigt; führen Sie stattdessen resources/sql/msdb-backup-history.sql aus</translation>
    </message>
    <message>
        <source>this is the output of the classic &quot;backup history of the last 7 days&quot; query (columns SERVER, backup_type): it has no first_lsn or last_lsn, so no restore chain can be rebuilt, and its backup_type is only Database or Log (NULL for differential, file and partial backups); run resources/sql/msdb-backup-history.sql instead</source>
        <translation>dies ist die Ausgabe der klassischen Abfrage „backup history of the last 7 days“ (Spalten SERVER, backup_type): Sie enthält weder first_lsn noch last_lsn, daher lässt sich keine Wiederherstellungskette rekonstruieren, und ihr backup_type ist nur Database oder Log (NULL für differenzielle Sicherungen, Datei- und Teilsicherungen); führen Sie stattdessen resources/sql/msdb-backup-history.sql aus</translation>
    </message>
    <message>
        <source>required column missing from the header: %1</source>
        <translation>erforderliche Spalte fehlt in der Kopfzeile: %1</translation>
    </message>
    <message>
        <source>the backup type (D, I, L, F, G, P, Q)</source>
        <translation>der Sicherungstyp (D, I, L, F, G, P, Q)</translation>
    </message>
    <message>
        <source>without it the order of the log backups cannot be known</source>
        <translation>ohne sie kann die Reihenfolge der Protokollsicherungen nicht bestimmt werden</translation>
    </message>
    <message>
        <source>without it the log chain cannot be followed</source>
        <translation>ohne sie kann die Protokollkette nicht verfolgt werden</translation>
    </message>
    <message>
        <source>when the backup started</source>
        <translation>wann die Sicherung begonnen hat</translation>
    </message>
    <message>
        <source>when the backup finished</source>
        <translation>wann die Sicherung abgeschlossen wurde</translation>
    </message>
    <message>
        <source>required column missing from the header (or backup_set_uuid): it tells which rows (one per stripe and file) belong to one backup set</source>
        <translation>erforderliche Spalte fehlt in der Kopfzeile (oder backup_set_uuid): Sie gibt an, welche Zeilen (eine pro Stripe und Datei) zu einem Sicherungssatz gehören</translation>
    </message>
    <message>
        <source>column not in the export: %1</source>
        <translation>Spalte nicht im Export: %1</translation>
    </message>
    <message>
        <source>the backups&apos; checkpoint LSNs are derived</source>
        <translation>die Prüfpunkt-LSNs der Sicherungen werden abgeleitet</translation>
    </message>
    <message>
        <source>which full backup a differential or log follows is derived</source>
        <translation>auf welche vollständige Sicherung eine differenzielle Sicherung oder Protokollsicherung folgt, wird abgeleitet</translation>
    </message>
    <message>
        <source>the backups have no media; scripts write a placeholder</source>
        <translation>die Sicherungen haben keine Medien; Skripts schreiben einen Platzhalter</translation>
    </message>
    <message>
        <source>no backupfile rows: the layout holds PRIMARY only</source>
        <translation>keine backupfile-Zeilen: Das Layout enthält nur PRIMARY</translation>
    </message>
    <message>
        <source>%1 more errors not listed</source>
        <translation>%1 weitere Fehler nicht aufgeführt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>times are the server&apos;s local time, as msdb records them (time_zone: %1)%2</source>
        <translation>Zeiten sind die Ortszeit des Servers, wie msdb sie aufzeichnet (time_zone: %1)%2</translation>
    </message>
    <message>
        <source>; the offset changes (daylight saving?), so times around the change may not be in LSN order</source>
        <translation>; der Offset ändert sich (Sommerzeit?), daher sind Zeiten um die Umstellung möglicherweise nicht in LSN-Reihenfolge</translation>
    </message>
    <message>
        <source>a mirrored copy of the media (backupmediafamily.mirror %1): only mirror 0 is read, every mirror holds the same backup</source>
        <translation>eine gespiegelte Kopie der Medien (backupmediafamily.mirror %1): Nur Spiegel 0 wird gelesen, jeder Spiegel enthält dieselbe Sicherung</translation>
    </message>
    <message>
        <source>backup_set_id is NULL</source>
        <translation>backup_set_id ist NULL</translation>
    </message>
    <message>
        <source>backup_set_uuid is NULL</source>
        <translation>backup_set_uuid ist NULL</translation>
    </message>
    <message>
        <source>database_name is NULL</source>
        <translation>database_name ist NULL</translation>
    </message>
    <message>
        <source>a backup of database %1, not of %2 (--database)</source>
        <translation>eine Sicherung der Datenbank %1, nicht von %2 (--database)</translation>
    </message>
    <message>
        <source>the same backup set (backup_set_uuid) as %1, line %2: read once</source>
        <translation>derselbe Sicherungssatz (backup_set_uuid) wie %1, Zeile %2: einmal gelesen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a backup type: expected D (database), I (differential), L (log), F (file or filegroup), G (differential file), P (partial) or Q (differential partial)</source>
        <translation>„%1“ ist kein Sicherungstyp: erwartet wird D (Datenbank), I (differenziell), L (Protokoll), F (Datei oder Dateigruppe), G (differenzielle Datei), P (teilweise) oder Q (differenziell teilweise)</translation>
    </message>
    <message>
        <source>%1 is not a time zone (-48 to 48 quarter hours, or 127 for unknown)</source>
        <translation>%1 ist keine Zeitzone (-48 bis 48 Viertelstunden oder 127 für unbekannt)</translation>
    </message>
    <message>
        <source>media family %1 of a media set of %2 (media_family_count)</source>
        <translation>Medienfamilie %1 eines Mediensatzes aus %2 (media_family_count)</translation>
    </message>
    <message>
        <source>a repeat of an earlier row (the same backup set, media family and file)</source>
        <translation>eine Wiederholung einer früheren Zeile (derselbe Sicherungssatz, dieselbe Medienfamilie und Datei)</translation>
    </message>
    <message>
        <source>the export has file_number but not logical_name: a file needs its name</source>
        <translation>der Export enthält file_number, aber nicht logical_name: Eine Datei benötigt ihren Namen</translation>
    </message>
    <message>
        <source>a file with no logical name</source>
        <translation>eine Datei ohne logischen Namen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file type: expected D (data), L (log), S (FILESTREAM or memory-optimized container) or F (full-text catalog)</source>
        <translation>„%1“ ist kein Dateityp: erwartet wird D (Daten), L (Protokoll), S (FILESTREAM- oder speicheroptimierter Container) oder F (Volltextkatalog)</translation>
    </message>
</context>
<context>
    <name>rd::MsdbProjectBuilder</name>
    <message>
        <source>PRIMARY is listed with backupfilegroup.type %1: read as a rows filegroup, which PRIMARY always is</source>
        <translation>PRIMARY ist mit backupfilegroup.type %1 aufgeführt: als ROWS-Dateigruppe gelesen, was PRIMARY immer ist</translation>
    </message>
    <message>
        <source>filegroup %1 is listed as memory-optimized (FX) after %2: a database has one memory-optimized filegroup, so it is read as FILESTREAM</source>
        <translation>Dateigruppe %1 ist nach %2 als speicheroptimiert (FX) aufgeführt: Eine Datenbank hat nur eine speicheroptimierte Dateigruppe, daher wird sie als FILESTREAM gelesen</translation>
    </message>
    <message>
        <source>filegroup %1 holds containers (file_type S) but the export has no backupfilegroup.type: read as FILESTREAM; a memory-optimized filegroup is type FX there</source>
        <translation>Dateigruppe %1 enthält Container (file_type S), aber der Export hat kein backupfilegroup.type: als FILESTREAM gelesen; eine speicheroptimierte Dateigruppe hat dort den Typ FX</translation>
    </message>
    <message>
        <source>filegroup %1 holds containers (FileList Type S) but dbatools gives no filegroup type: read as FILESTREAM</source>
        <translation>Dateigruppe %1 enthält Container (FileList Type S), aber dbatools gibt keinen Dateigruppentyp an: als FILESTREAM gelesen</translation>
    </message>
    <message>
        <source>filegroup %1 holds containers (FILELISTONLY Type S), as do other filegroups: read as FILESTREAM, since a database has one memory-optimized filegroup at most</source>
        <translation>Dateigruppe %1 enthält Container (FILELISTONLY Type S), wie andere Dateigruppen auch: als FILESTREAM gelesen, da eine Datenbank höchstens eine speicheroptimierte Dateigruppe hat</translation>
    </message>
    <message>
        <source>no backupfile rows name the PRIMARY filegroup: the layout has an empty PRIMARY; the filegroups and files come from the backupfile and backupfilegroup columns of data backups</source>
        <translation>keine backupfile-Zeile nennt die Dateigruppe PRIMARY: Das Layout hat eine leere PRIMARY-Dateigruppe; die Dateigruppen und Dateien stammen aus den Spalten backupfile und backupfilegroup von Datensicherungen</translation>
    </message>
    <message>
        <source>no FileList names a data file of PRIMARY: the layout has an empty PRIMARY filegroup</source>
        <translation>keine FileList nennt eine Datendatei von PRIMARY: Das Layout hat eine leere PRIMARY-Dateigruppe</translation>
    </message>
    <message>
        <source>no FILELISTONLY row names the PRIMARY filegroup: the layout has an empty PRIMARY; the filegroups and files come from the RESTORE FILELISTONLY results of data backups</source>
        <translation>keine FILELISTONLY-Zeile nennt die Dateigruppe PRIMARY: Das Layout hat eine leere PRIMARY-Dateigruppe; die Dateigruppen und Dateien stammen aus den RESTORE FILELISTONLY-Ergebnissen von Datensicherungen</translation>
    </message>
    <message>
        <source>left out of the layout, dropped by the newest backup that lists them (state 8 or a drop_lsn): %1</source>
        <translation>nicht in das Layout übernommen, da von der neuesten Sicherung, die sie aufführt, als gelöscht gekennzeichnet (state 8 oder eine drop_lsn): %1</translation>
    </message>
    <message>
        <source>the backups of %1 come from %2 different databases of that name (family_guid): it was created again, or the export mixes servers; their log chains do not join</source>
        <translation>die Sicherungen von %1 stammen von %2 verschiedenen Datenbanken dieses Namens (family_guid): Sie wurde neu erstellt, oder der Export mischt Server; ihre Protokollketten schließen nicht aneinander an</translation>
    </message>
    <message>
        <source>the edition is not in msdb: the project says ENTERPRISE; change it if the target server differs (online restore needs Enterprise or Developer)</source>
        <translation>die Edition ist nicht in msdb enthalten: Das Projekt gibt ENTERPRISE an; ändern Sie dies, wenn der Zielserver abweicht (Onlinewiederherstellung erfordert Enterprise oder Developer)</translation>
    </message>
    <message>
        <source>the edition is not in the dbatools export: the project says ENTERPRISE; change it if the target server differs (online restore needs Enterprise or Developer)</source>
        <translation>die Edition ist nicht im dbatools-Export enthalten: Das Projekt gibt ENTERPRISE an; ändern Sie dies, wenn der Zielserver abweicht (Onlinewiederherstellung erfordert Enterprise oder Developer)</translation>
    </message>
    <message>
        <source>the edition is not in the backup headers: the project says ENTERPRISE; change it if the target server differs (online restore needs Enterprise or Developer)</source>
        <translation>die Edition ist nicht in den Sicherungsheadern enthalten: Das Projekt gibt ENTERPRISE an; ändern Sie dies, wenn der Zielserver abweicht (Onlinewiederherstellung erfordert Enterprise oder Developer)</translation>
    </message>
    <message numerus="yes">
        <source>%n file backup(s) without backupfile rows, so what they hold is unknown: %1%2</source>
        <translation>
            <numerusform>%n Dateisicherung ohne backupfile-Zeilen, daher ist ihr Inhalt unbekannt: %1%2</numerusform>
            <numerusform>%n Dateisicherungen ohne backupfile-Zeilen, daher ist ihr Inhalt unbekannt: %1%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file backup(s) without a FileList, so what they hold is unknown: %1%2</source>
        <translation>
            <numerusform>%n Dateisicherung ohne FileList, daher ist ihr Inhalt unbekannt: %1%2</numerusform>
            <numerusform>%n Dateisicherungen ohne FileList, daher ist ihr Inhalt unbekannt: %1%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file backup(s) without a FILELISTONLY result, so what they hold is unknown: %1%2</source>
        <translation>
            <numerusform>%n Dateisicherung ohne FILELISTONLY-Ergebnis, daher ist ihr Inhalt unbekannt: %1%2</numerusform>
            <numerusform>%n Dateisicherungen ohne FILELISTONLY-Ergebnis, daher ist ihr Inhalt unbekannt: %1%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backup history of %1 imported from msdb (%2): %n backup set(s).</source>
        <translation>
            <numerusform>Sicherungsverlauf von %1 aus msdb importiert (%2): %n Sicherungssatz.</numerusform>
            <numerusform>Sicherungsverlauf von %1 aus msdb importiert (%2): %n Sicherungssätze.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backup history of %1 imported from dbatools (%2): %n backup set(s).</source>
        <translation>
            <numerusform>Sicherungsverlauf von %1 aus dbatools importiert (%2): %n Sicherungssatz.</numerusform>
            <numerusform>Sicherungsverlauf von %1 aus dbatools importiert (%2): %n Sicherungssätze.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backup history of %1 imported from backup file headers (%2): %n backup set(s).</source>
        <translation>
            <numerusform>Sicherungsverlauf von %1 aus Sicherungsdateiheadern importiert (%2): %n Sicherungssatz.</numerusform>
            <numerusform>Sicherungsverlauf von %1 aus Sicherungsdateiheadern importiert (%2): %n Sicherungssätze.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::MsdbValues</name>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 liegt außerhalb des Bereichs (%2 bis %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bit (expected 0 or 1)</source>
        <translation>„%1“ ist kein Bit (erwartet: 0 oder 1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (expected YYYY-MM-DD HH:MM:SS[.fff], as SSMS and sqlcmd print datetime)</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit (erwartet: YYYY-MM-DD HH:MM:SS[.fff], wie SSMS und sqlcmd datetime ausgeben)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a possible date and time</source>
        <translation>„%1“ ist kein mögliches Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is before 1753-01-01, the earliest datetime</source>
        <translation>„%1“ liegt vor 1753-01-01, dem frühesten datetime-Wert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is after 9999-12-31 23:59:59.997, the latest datetime</source>
        <translation>„%1“ liegt nach 9999-12-31 23:59:59.997, dem spätesten datetime-Wert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GUID (expected 8-4-4-4-12 hexadecimal digits)</source>
        <translation>„%1“ ist keine GUID (erwartet: 8-4-4-4-12 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a recovery model (FULL, BULK-LOGGED, SIMPLE)</source>
        <translation>„%1“ ist kein Wiederherstellungsmodell (FULL, BULK-LOGGED, SIMPLE)</translation>
    </message>
</context>
<context>
    <name>rd::PaletteEvent</name>
    <message>
        <source>Failure of the database</source>
        <translation>Ausfall der Datenbank</translation>
    </message>
    <message>
        <source>Failure of a filegroup or the log</source>
        <translation>Ausfall einer Dateigruppe oder des Protokolls</translation>
    </message>
    <message>
        <source>Read-only switch</source>
        <translation>Umschaltung auf schreibgeschützt</translation>
    </message>
    <message>
        <source>Read-write switch</source>
        <translation>Umschaltung auf Lese-/Schreibzugriff</translation>
    </message>
    <message>
        <source>Recovery-model change</source>
        <translation>Änderung des Wiederherstellungsmodells</translation>
    </message>
    <message>
        <source>Marked transaction</source>
        <translation>Markierte Transaktion</translation>
    </message>
    <message>
        <source>Every data file is lost; the log survives, so a tail-log backup is possible</source>
        <translation>Jede Datendatei geht verloren; das Protokoll bleibt erhalten, daher ist eine Sicherung des Protokollfragments möglich</translation>
    </message>
    <message>
        <source>Drop it on a filegroup&apos;s lane to damage that filegroup, on the log lane to damage the log</source>
        <translation>Legen Sie es auf der Spur einer Dateigruppe ab, um diese Dateigruppe zu beschädigen, oder auf der Protokollspur, um das Protokoll zu beschädigen</translation>
    </message>
    <message>
        <source>ALTER DATABASE … MODIFY FILEGROUP … READ_ONLY of the lane&apos;s filegroup</source>
        <translation>ALTER DATABASE … MODIFY FILEGROUP … READ_ONLY der Dateigruppe dieser Spur</translation>
    </message>
    <message>
        <source>ALTER DATABASE … MODIFY FILEGROUP … READ_WRITE of the lane&apos;s filegroup</source>
        <translation>ALTER DATABASE … MODIFY FILEGROUP … READ_WRITE der Dateigruppe dieser Spur</translation>
    </message>
    <message>
        <source>ALTER DATABASE … SET RECOVERY: to SIMPLE from FULL or BULK_LOGGED, to FULL from SIMPLE (double-click the marker to choose)</source>
        <translation>ALTER DATABASE … SET RECOVERY: von FULL oder BULK_LOGGED zu SIMPLE, von SIMPLE zu FULL (doppelklicken Sie auf den Marker, um auszuwählen)</translation>
    </message>
    <message>
        <source>BEGIN TRANSACTION … WITH MARK: a target for STOPATMARK / STOPBEFOREMARK</source>
        <translation>BEGIN TRANSACTION … WITH MARK: ein Ziel für STOPATMARK / STOPBEFOREMARK</translation>
    </message>
    <message>
        <source>The log is not a filegroup and has no READ_ONLY option: drop the switch on a filegroup&apos;s lane.</source>
        <translation>Das Protokoll ist keine Dateigruppe und hat keine READ_ONLY-Option: Legen Sie die Umschaltung auf der Spur einer Dateigruppe ab.</translation>
    </message>
    <message>
        <source>Drop the switch on the lane of the filegroup it switches.</source>
        <translation>Legen Sie die Umschaltung auf der Spur der Dateigruppe ab, die sie umschaltet.</translation>
    </message>
    <message>
        <source>Drop the failure on the lane of the filegroup it damages, or on the log lane.</source>
        <translation>Legen Sie den Ausfall auf der Spur der Dateigruppe ab, die er beschädigt, oder auf der Protokollspur.</translation>
    </message>
</context>
<context>
    <name>rd::PiecemealPlan</name>
    <message>
        <source>the database has no filegroup named %1</source>
        <translation>die Datenbank hat keine Dateigruppe namens %1</translation>
    </message>
    <message>
        <source>Stage 1 (WITH PARTIAL, recovered): %1 from %2; PRIMARY and the memory-optimized filegroup always come first (R-PIECE-001, R-MOD-002).</source>
        <translation>Phase 1 (WITH PARTIAL, mit RECOVERY abgeschlossen): %1 aus %2; PRIMARY und die speicheroptimierte Dateigruppe kommen immer zuerst (R-PIECE-001, R-MOD-002).</translation>
    </message>
    <message>
        <source>Stage %1: %2 from %3 WITH RECOVERY and no log: read-only when %3 was taken and since (R-RO-002).</source>
        <translation>Phase %1: %2 aus %3 WITH RECOVERY und ohne Protokoll: schreibgeschützt bei der Erstellung von %3 und seitdem (R-RO-002).</translation>
    </message>
    <message>
        <source>filegroup %1 is not in %2 and has not been read-only since a backup that holds it: the planner restores later stages from the stage-1 base</source>
        <translation>Dateigruppe %1 ist nicht in %2 enthalten und war nicht seit einer Sicherung, die sie enthält, durchgehend schreibgeschützt: Der Planer stellt spätere Phasen aus der Basis von Phase 1 wieder her</translation>
    </message>
    <message>
        <source>Stage %1: %2 from %3, with the same log backups to the same point, %4 (R-PIECE-011%5).</source>
        <translation>Phase %1: %2 aus %3, mit denselben Protokollsicherungen bis zum selben Punkt, %4 (R-PIECE-011%5).</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline: SET OFFLINE first</source>
        <translation>offline: zuerst SET OFFLINE</translation>
    </message>
</context>
<context>
    <name>rd::PlanDock</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>The restore plan: the statements a DBA will run, in order</source>
        <translation>Der Wiederherstellungsplan: die Anweisungen, die ein DBA der Reihe nach ausführt</translation>
    </message>
    <message>
        <source>Select a step to edit it below and to see the states after it in Simulation</source>
        <translation>Wählen Sie einen Schritt aus, um ihn unten zu bearbeiten und in der Simulation die Zustände danach zu sehen</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#777&apos;&gt;No steps yet.&lt;br&gt;Right-click a backup on the timeline and choose &lt;i&gt;Add to Plan&lt;/i&gt;, or use &lt;i&gt;Add Step&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#777&apos;&gt;Noch keine Schritte.&lt;br&gt;Klicken Sie mit der rechten Maustaste auf eine Sicherung auf der Zeitachse, und wählen Sie &lt;i&gt;… zum Plan hinzufügen&lt;/i&gt;, oder verwenden Sie &lt;i&gt;Schritt hinzufügen&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;The restore&apos;s estimated time at the restore throughput (Target Server) and when each filegroup comes online; ≥ when a backup&apos;s size or the memory-optimized load is not known.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Die geschätzte Dauer der Wiederherstellung beim Wiederherstellungsdurchsatz (Zielserver) und wann jede Dateigruppe online geschaltet wird; ≥, wenn die Größe einer Sicherung oder die Ladezeit der speicheroptimierten Daten nicht bekannt ist.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>rd::PlanExplanation</name>
    <message>
        <source>not on the recovery fork of %1: it goes on on fork %2 past LSN %3, where the restored log moves to fork %4</source>
        <translation>nicht auf der Wiederherstellungsverzweigung von %1: Sie verläuft nach LSN %3 auf Verzweigung %2 weiter, während das wiederhergestellte Protokoll zu Verzweigung %4 wechselt</translation>
    </message>
    <message>
        <source>plan %1 restores no full or partial backup</source>
        <translation>Plan %1 stellt keine vollständige Sicherung und keine Teilsicherung wieder her</translation>
    </message>
    <message>
        <source>empty log: its first and last LSN are equal, it holds no log record</source>
        <translation>leeres Protokoll: Seine erste und letzte LSN sind gleich, es enthält keinen Protokolldatensatz</translation>
    </message>
    <message>
        <source>not on the recovery fork of %1 (it is on fork %2)</source>
        <translation>nicht auf der Wiederherstellungsverzweigung von %1 (sie liegt auf Verzweigung %2)</translation>
    </message>
    <message>
        <source>ends before %1&apos;s last LSN %2: the data backup already holds its log</source>
        <translation>endet vor der letzten LSN %2 von %1: Die Datensicherung enthält ihr Protokoll bereits</translation>
    </message>
    <message>
        <source>covered by differential %1</source>
        <translation>durch die differenzielle Sicherung %1 abgedeckt</translation>
    </message>
    <message>
        <source>after the target %1</source>
        <translation>nach dem Ziel %1</translation>
    </message>
    <message>
        <source>copy-only: the regular log backups restored cover its range (R-LOG-007)</source>
        <translation>Kopiesicherung: Die wiederhergestellten regulären Protokollsicherungen decken ihren Bereich ab (R-LOG-007)</translation>
    </message>
    <message>
        <source>after the end of the plan&apos;s log chain (LSN %1): a log backup between is missing or not restored</source>
        <translation>nach dem Ende der Protokollkette des Plans (LSN %1): Eine Protokollsicherung dazwischen fehlt oder wird nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>a tail-log backup the plan does not restore</source>
        <translation>eine Sicherung des Protokollfragments, die der Plan nicht wiederherstellt</translation>
    </message>
    <message>
        <source>its LSN range is covered by the log backups the plan restores</source>
        <translation>ihr LSN-Bereich wird durch die Protokollsicherungen abgedeckt, die der Plan wiederherstellt</translation>
    </message>
    <message>
        <source>its base is %1, not %2</source>
        <translation>ihre Basis ist %1, nicht %2</translation>
    </message>
    <message>
        <source>its base is not in the history, and %1 is not its base</source>
        <translation>ihre Basis ist nicht im Verlauf, und %1 ist nicht ihre Basis</translation>
    </message>
    <message>
        <source>a newer differential %1 is used</source>
        <translation>eine neuere differenzielle Sicherung %1 wird verwendet</translation>
    </message>
    <message>
        <source>the plan restores the older differential %1</source>
        <translation>der Plan stellt die ältere differenzielle Sicherung %1 wieder her</translation>
    </message>
    <message>
        <source>the plan restores the log backups from %1 instead</source>
        <translation>der Plan stellt stattdessen die Protokollsicherungen ab %1 wieder her</translation>
    </message>
    <message>
        <source>finished at %1, after the target %2</source>
        <translation>um %1 abgeschlossen, nach dem Ziel %2</translation>
    </message>
    <message>
        <source>a file backup: %1 already holds its files</source>
        <translation>eine Dateisicherung: %1 enthält ihre Dateien bereits</translation>
    </message>
    <message>
        <source>newer than %1, but the plan starts from %1</source>
        <translation>neuer als %1, aber der Plan beginnt mit %1</translation>
    </message>
    <message>
        <source>a newer partial backup %1 is used</source>
        <translation>eine neuere Teilsicherung %1 wird verwendet</translation>
    </message>
    <message>
        <source>a newer full %1 is used</source>
        <translation>eine neuere vollständige Sicherung %1 wird verwendet</translation>
    </message>
</context>
<context>
    <name>rd::PlanForDialog</name>
    <message>
        <source>&amp;before it (STOPBEFOREMARK)</source>
        <translation>&amp;davor (STOPBEFOREMARK)</translation>
    </message>
    <message>
        <source>&amp;Piecemeal restore: PRIMARY first, then these filegroups in this order</source>
        <translation>&amp;Schrittweise Wiederherstellung: zuerst PRIMARY, dann diese Dateigruppen in dieser Reihenfolge</translation>
    </message>
    <message>
        <source>Plan for…</source>
        <translation>Plan erstellen für…</translation>
    </message>
    <message>
        <source>the latest point: the end of the log</source>
        <translation>der späteste Punkt: das Ende des Protokolls</translation>
    </message>
    <message>
        <source>a point in time (STOPAT)</source>
        <translation>ein Zeitpunkt (STOPAT)</translation>
    </message>
    <message>
        <source>a marked transaction (STOPATMARK)</source>
        <translation>eine markierte Transaktion (STOPATMARK)</translation>
    </message>
    <message>
        <source>an LSN (STOPATMARK = &apos;lsn:…&apos;)</source>
        <translation>eine LSN (STOPATMARK = &apos;lsn:…&apos;)</translation>
    </message>
    <message>
        <source>How far the restore rolls forward</source>
        <translation>Wie weit die Wiederherstellung fortgesetzt wird (Rollforward)</translation>
    </message>
    <message>
        <source>Server time to stop at, to the second; bounded by the history</source>
        <translation>Serverzeit, bei der angehalten wird, sekundengenau; begrenzt durch den Verlauf</translation>
    </message>
    <message>
        <source>The marked transactions on the timeline (MARK events)</source>
        <translation>Die markierten Transaktionen auf der Zeitachse (MARK-Ereignisse)</translation>
    </message>
    <message>
        <source>decimal digits, as msdb shows them: 41000000034400001</source>
        <translation>Dezimalziffern, wie msdb sie anzeigt: 41000000034400001</translation>
    </message>
    <message>
        <source>The LSN to stop at, in decimal digits as backupset.last_lsn shows it</source>
        <translation>Die LSN, bei der angehalten wird, in Dezimalziffern, wie backupset.last_lsn sie anzeigt</translation>
    </message>
    <message>
        <source>named after the target</source>
        <translation>nach dem Ziel benannt</translation>
    </message>
    <message>
        <source>The new plan&apos;s name; empty: the planner names it after the target</source>
        <translation>Der Name des neuen Plans; leer: Der Planer benennt ihn nach dem Ziel</translation>
    </message>
    <message>
        <source>Restore in stages: the first checked filegroup with PRIMARY (and the memory-optimized filegroup), each next checked one in a stage of its own, then the unchecked ones together; otherwise the whole database at once</source>
        <translation>In Phasen wiederherstellen: die erste aktivierte Dateigruppe mit PRIMARY (und der speicheroptimierten Dateigruppe), jede weitere aktivierte in einer eigenen Phase, dann die nicht aktivierten zusammen; andernfalls die gesamte Datenbank auf einmal</translation>
    </message>
    <message>
        <source>Recover &amp;to:</source>
        <translation>Wiederherstellen &amp;bis:</translation>
    </message>
    <message>
        <source>Plan &amp;name:</source>
        <translation>Plan&amp;name:</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>The timeline has no marked transaction: add a MARK event first, or choose another target.</source>
        <translation>Die Zeitachse enthält keine markierte Transaktion: Fügen Sie zuerst ein MARK-Ereignis hinzu, oder wählen Sie ein anderes Ziel.</translation>
    </message>
    <message>
        <source>A plan named %1 exists already: choose another name.</source>
        <translation>Ein Plan namens %1 ist bereits vorhanden: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>No plan: %1</source>
        <translation>Kein Plan: %1</translation>
    </message>
    <message>
        <source>the planner gave no reason</source>
        <translation>der Planer hat keinen Grund angegeben</translation>
    </message>
    <message>
        <source>Planned restore</source>
        <translation>Geplante Wiederherstellung</translation>
    </message>
    <message>
        <source>Plan for… %1</source>
        <translation>Plan erstellen für… %1</translation>
    </message>
    <message>
        <source>Target LSN: %1</source>
        <translation>Ziel-LSN: %1</translation>
    </message>
</context>
<context>
    <name>rd::PlanGoal</name>
    <message>
        <source>the point in time is not a valid time</source>
        <translation>der Zeitpunkt ist keine gültige Zeitangabe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an LSN: write lsn: followed by 1 to 25 decimal digits</source>
        <translation>„%1“ ist keine LSN: Schreiben Sie lsn: gefolgt von 1 bis 25 Dezimalziffern</translation>
    </message>
    <message>
        <source>the timeline has no mark named &apos;%1&apos; (a MARK event)</source>
        <translation>die Zeitachse hat keine Markierung namens &apos;%1&apos; (ein MARK-Ereignis)</translation>
    </message>
    <message>
        <source>the end of the log</source>
        <translation>das Ende des Protokolls</translation>
    </message>
    <message>
        <source>LSN %1</source>
        <translation>LSN %1</translation>
    </message>
    <message>
        <source>mark &apos;%1&apos;</source>
        <translation>Markierung &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>rd::PlanStepModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Step number; the icon shows the worst finding of the step</source>
        <translation>Schrittnummer; das Symbol zeigt den schwerwiegendsten Befund des Schritts</translation>
    </message>
    <message>
        <source>The T-SQL statement of the step</source>
        <translation>Die T-SQL-Anweisung des Schritts</translation>
    </message>
    <message>
        <source>The backup restored (or, for BACKUP LOG, taken) by the step</source>
        <translation>Die vom Schritt wiederhergestellte (oder bei BACKUP LOG erstellte) Sicherung</translation>
    </message>
    <message>
        <source>FILE / FILEGROUP / READ_WRITE_FILEGROUPS targets; none = the whole backup</source>
        <translation>FILE-/FILEGROUP-/READ_WRITE_FILEGROUPS-Ziele; keine = die gesamte Sicherung</translation>
    </message>
    <message>
        <source>The WITH options</source>
        <translation>Die WITH-Optionen</translation>
    </message>
    <message>
        <source>Move step %1 to %2</source>
        <translation>Schritt %1 nach %2 verschieben</translation>
    </message>
    <message>
        <source>Restore %1 in step %2</source>
        <translation>%1 in Schritt %2 wiederherstellen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>The step&apos;s estimated duration: reading its backup at the restore throughput (Target Server), plus loading memory-optimized data; ≥ when a size or rate is not known</source>
        <translation>Die geschätzte Dauer des Schritts: Lesen seiner Sicherung beim Wiederherstellungsdurchsatz (Zielserver) plus Laden speicheroptimierter Daten; ≥, wenn eine Größe oder Rate nicht bekannt ist</translation>
    </message>
</context>
<context>
    <name>rd::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The language of the windows, messages and command-line reports. The system default follows the desktop&apos;s language (LANGUAGE, LANG).</source>
        <translation>Die Sprache der Fenster, Meldungen und Berichte der Befehlszeile. Der Systemstandard folgt der Sprache des Desktops (LANGUAGE, LANG).</translation>
    </message>
    <message>
        <source>A new language applies the next time Restore Designer starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Restore Designer.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>rd::PresenterMode</name>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Large fonts and no editing panels, for a projector (F5 to leave)</source>
        <translation>Große Schriftarten und keine Bearbeitungsbereiche, für einen Projektor (F5 zum Beenden)</translation>
    </message>
</context>
<context>
    <name>rd::PriorityList</name>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Drag to reorder (or Ctrl+Up / Ctrl+Down); unchecked filegroups come online last, together</source>
        <translation>Zum Neuanordnen ziehen (oder Strg+Nach-oben / Strg+Nach-unten); nicht aktivierte Dateigruppen werden zuletzt gemeinsam online geschaltet</translation>
    </message>
    <message>
        <source>Bring the selected filegroup online earlier (Ctrl+Up)</source>
        <translation>Die ausgewählte Dateigruppe früher online schalten (Strg+Nach-oben)</translation>
    </message>
    <message>
        <source>Bring the selected filegroup online later (Ctrl+Down)</source>
        <translation>Die ausgewählte Dateigruppe später online schalten (Strg+Nach-unten)</translation>
    </message>
</context>
<context>
    <name>rd::ProjectFileActions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start a new project</source>
        <translation>Ein neues Projekt beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a project file (.rdproj) or a JSON plan (.json)</source>
        <translation>Eine Projektdatei (.rdproj) oder einen JSON-Plan (.json) öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Das Projekt speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the project under a new name (.rdproj or .json)</source>
        <translation>Das Projekt unter einem neuen Namen speichern (.rdproj oder .json)</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>JSON &amp;importieren…</translation>
    </message>
    <message>
        <source>Start an untitled project from a JSON plan file</source>
        <translation>Ein unbenanntes Projekt aus einer JSON-Plandatei beginnen</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>JSON ex&amp;portieren…</translation>
    </message>
    <message>
        <source>Write the project as a JSON plan file (for version control and the command line)</source>
        <translation>Das Projekt als JSON-Plandatei schreiben (für die Versionskontrolle und die Befehlszeile)</translation>
    </message>
    <message>
        <source>Restore plan</source>
        <translation>Wiederherstellungsplan</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 enthält nicht gespeicherte Änderungen. Möchten Sie sie speichern?</translation>
    </message>
    <message>
        <source>JSON plans (*.json)</source>
        <translation>JSON-Pläne (*.json)</translation>
    </message>
    <message>
        <source>Project files (*.rdproj)</source>
        <translation>Projektdateien (*.rdproj)</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Project files (*.rdproj);;JSON plans (*.json)</source>
        <translation>Projektdateien (*.rdproj);;JSON-Pläne (*.json)</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Restore Designer files (*.rdproj *.json);;Project files (*.rdproj);;JSON plans (*.json);;All files (*)</source>
        <translation>Restore Designer-Dateien (*.rdproj *.json);;Projektdateien (*.rdproj);;JSON-Pläne (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import JSON Plan</source>
        <translation>JSON-Plan importieren</translation>
    </message>
    <message>
        <source>JSON plans (*.json);;All files (*)</source>
        <translation>JSON-Pläne (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export JSON Plan</source>
        <translation>JSON-Plan exportieren</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Opened %1 with warnings: %2</source>
        <translation>%1 mit Warnungen geöffnet: %2</translation>
    </message>
    <message>
        <source>Open &amp;Sample</source>
        <translation>Beispie&amp;l öffnen</translation>
    </message>
    <message>
        <source>Open the bundled sample (a piecemeal restore with memory-optimized tables) as an untitled project</source>
        <translation>Das mitgelieferte Beispiel (eine schrittweise Wiederherstellung mit speicheroptimierten Tabellen) als unbenanntes Projekt öffnen</translation>
    </message>
    <message>
        <source>Opened the sample as an untitled project: Save asks where to keep your copy.</source>
        <translation>Das Beispiel wurde als unbenanntes Projekt geöffnet: Beim Speichern wird nach dem Speicherort Ihrer Kopie gefragt.</translation>
    </message>
    <message>
        <source>the saved view is ignored in part (%1)</source>
        <translation>die gespeicherte Ansicht wird teilweise ignoriert (%1)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled; the project shown is unchanged.</source>
        <translation>Das Öffnen von %1 wurde abgebrochen; das angezeigte Projekt ist unverändert.</translation>
    </message>
    <message>
        <source>Importing %1 was cancelled; the project shown is unchanged.</source>
        <translation>Der Import von %1 wurde abgebrochen; das angezeigte Projekt ist unverändert.</translation>
    </message>
</context>
<context>
    <name>rd::QuickTour</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip Tour</source>
        <translation>Einführung überspringen</translation>
    </message>
    <message>
        <source>End the tour (Esc); Help ▸ Quick Tour shows it again</source>
        <translation>Die Einführung beenden (Esc); Hilfe ▸ Kurzeinführung zeigt sie erneut</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig stellen</translation>
    </message>
</context>
<context>
    <name>rd::RecentFiles</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt verwendete Dateien</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt verwendeten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>rd::RestorePlanner</name>
    <message>
        <source>%1 is %2: SQL Server refuses to restore over it; remove it from there first (R-GEN-010)</source>
        <translation>%1 ist %2: SQL Server lehnt eine Wiederherstellung darüber ab; entfernen Sie die Datenbank zuerst daraus (R-GEN-010)</translation>
    </message>
    <message>
        <source>joined to an availability group</source>
        <translation>mit einer Verfügbarkeitsgruppe verknüpft</translation>
    </message>
    <message>
        <source>mirrored</source>
        <translation>gespiegelt</translation>
    </message>
    <message>
        <source>Tail-log backup %1 of the history is taken first (BACKUP LOG … WITH NORECOVERY) and restored last: the restore reaches the end of the log.</source>
        <translation>Die Sicherung des Protokollfragments %1 aus dem Verlauf wird zuerst erstellt (BACKUP LOG … WITH NORECOVERY) und zuletzt wiederhergestellt: Die Wiederherstellung reicht bis zum Ende des Protokolls.</translation>
    </message>
    <message>
        <source>Tail-log backup %1 of the history (taken on the source) is restored last: the restore reaches the end of the log.</source>
        <translation>Die Sicherung des Protokollfragments %1 aus dem Verlauf (auf der Quelle erstellt) wird zuletzt wiederhergestellt: Die Wiederherstellung reicht bis zum Ende des Protokolls.</translation>
    </message>
    <message>
        <source>the tail-log backup would start at LSN %1, after the chain&apos;s end %2</source>
        <translation>die Sicherung des Protokollfragments würde bei LSN %1 beginnen, nach dem Ende %2 der Kette</translation>
    </message>
    <message>
        <source>Tail-log backup %1 (new: add it to the history with the plan) is taken first, WITH NORECOVERY, and restored last: %2 exists and its log is intact, so the restore reaches the point of failure (R-TAIL-001, R-TAIL-003).</source>
        <translation>Die Sicherung des Protokollfragments %1 (neu: wird zusammen mit dem Plan dem Verlauf hinzugefügt) wird zuerst erstellt, WITH NORECOVERY, und zuletzt wiederhergestellt: %2 ist vorhanden und ihr Protokoll intakt, daher reicht die Wiederherstellung bis zum Zeitpunkt des Ausfalls (R-TAIL-001, R-TAIL-003).</translation>
    </message>
    <message>
        <source>No tail-log backup: the log of %1 is damaged; the restore reaches the end of the last log backup and REPLACE says the rest is lost.</source>
        <translation>Keine Sicherung des Protokollfragments: Das Protokoll von %1 ist beschädigt; die Wiederherstellung reicht bis zum Ende der letzten Protokollsicherung, und REPLACE bestätigt, dass der Rest verloren ist.</translation>
    </message>
    <message>
        <source>Restore to %1</source>
        <translation>Wiederherstellen bis: %1</translation>
    </message>
    <message>
        <source>No tail-log backup: %1 does not exist on the target, so the latest point is the end of %2 (%3), the plan&apos;s target (STOPAT).</source>
        <translation>Keine Sicherung des Protokollfragments: %1 ist auf dem Ziel nicht vorhanden, daher ist der späteste Punkt das Ende von %2 (%3), das Ziel des Plans (STOPAT).</translation>
    </message>
</context>
<context>
    <name>rd::ResultTextCollector</name>
    <message>
        <source>a line before the header, skipped (&quot;%1&quot;)</source>
        <translation>eine Zeile vor der Kopfzeile, übersprungen („%1“)</translation>
    </message>
    <message>
        <source>sqlcmd counted %1 rows, the file holds %2: the file is not complete</source>
        <translation>sqlcmd hat %1 Zeilen gezählt, die Datei enthält %2: Die Datei ist nicht vollständig</translation>
    </message>
    <message>
        <source>the row ends after %1 of the header&apos;s %2 columns (a truncated line?)</source>
        <translation>die Zeile endet nach %1 der %2 Spalten der Kopfzeile (eine abgeschnittene Zeile?)</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2 columns (a separator inside an unquoted value?)</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile %2 Spalten (ein Trennzeichen in einem Wert ohne Anführungszeichen?)</translation>
    </message>
    <message>
        <source>the backup finishes before it starts</source>
        <translation>die Sicherung endet, bevor sie beginnt</translation>
    </message>
    <message>
        <source>the LSN is NULL</source>
        <translation>die LSN ist NULL</translation>
    </message>
    <message>
        <source>%1 is smaller than %2</source>
        <translation>%1 ist kleiner als %2</translation>
    </message>
    <message>
        <source>the date is NULL</source>
        <translation>das Datum ist NULL</translation>
    </message>
    <message>
        <source>UTF-16 without a byte order mark, recognised by its zero bytes</source>
        <translation>UTF-16 ohne Bytereihenfolgemarkierung, erkannt an den Nullbytes</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>rd::RuleCatalogModel</name>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>rd::RulesWindow</name>
    <message>
        <source>Checked: the designer reports it in the Diagnostics dock and in `check`.</source>
        <translation>Geprüft: Der Designer meldet sie im Fenster „Diagnose“ und in `check`.</translation>
    </message>
    <message>
        <source>Simulated: the simulation applies it; there is nothing to report.</source>
        <translation>Simuliert: Die Simulation wendet sie an; es gibt nichts zu melden.</translation>
    </message>
    <message>
        <source>By construction: the designer and its T-SQL cannot break it.</source>
        <translation>Durch Konstruktion: Der Designer und sein T-SQL können nicht gegen sie verstoßen.</translation>
    </message>
    <message>
        <source>Not applicable: it cannot be checked from what a plan describes.</source>
        <translation>Nicht anwendbar: Sie lässt sich aus der Beschreibung eines Plans nicht prüfen.</translation>
    </message>
    <message>
        <source>Pending: not checked in this version.</source>
        <translation>Ausstehend: In dieser Version nicht geprüft.</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>Rules — Restore Designer</source>
        <translation>Regeln — Restore Designer</translation>
    </message>
    <message>
        <source>Search rules by ID, title or text (Ctrl+F)</source>
        <translation>Regeln nach ID, Titel oder Text durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Shows the rules whose ID, title, message, note or source holds every word typed (any case)</source>
        <translation>Zeigt die Regeln, deren ID, Titel, Meldung, Hinweis oder Quelle jedes eingegebene Wort enthält (ohne Beachtung der Groß-/Kleinschreibung)</translation>
    </message>
    <message>
        <source>Select a rule to read it.</source>
        <translation>Wählen Sie eine Regel aus, um sie zu lesen.</translation>
    </message>
    <message>
        <source>Search Rules</source>
        <translation>Regeln durchsuchen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>No rule %1 in the catalog</source>
        <translation>Keine Regel %1 im Katalog</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n Regel</numerusform>
            <numerusform>%n Regeln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rules</source>
        <translation>%1 von %2 Regeln</translation>
    </message>
    <message>
        <source>Severity: &lt;b&gt;%1&lt;/b&gt; · Confidence: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Schweregrad: &lt;b&gt;%1&lt;/b&gt; · Konfidenz: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What it checks</source>
        <translation>Was sie prüft</translation>
    </message>
    <message>
        <source>What the designer says, and the fix</source>
        <translation>Was der Designer meldet, und die Korrektur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>rd::SimulationDock</name>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>The database and filegroup states the plan leads to, step by step</source>
        <translation>Die Zustände der Datenbank und der Dateigruppen, zu denen der Plan führt, Schritt für Schritt</translation>
    </message>
    <message>
        <source>No plan to simulate.</source>
        <translation>Kein Plan zu simulieren.</translation>
    </message>
    <message>
        <source>After step %1 (%2)</source>
        <translation>Nach Schritt %1 (%2)</translation>
    </message>
    <message>
        <source>Before the restore</source>
        <translation>Vor der Wiederherstellung</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>1 page restoring: %1.</source>
        <translation>1 Seite wird wiederhergestellt: %1.</translation>
    </message>
    <message>
        <source>%1 pages restoring: %2.</source>
        <translation>%1 Seiten werden wiederhergestellt: %2.</translation>
    </message>
    <message>
        <source>%1: database &lt;b&gt;%2&lt;/b&gt;, %3 of %4 filegroups available.</source>
        <translation>%1: Datenbank &lt;b&gt;%2&lt;/b&gt;, %3 von %4 Dateigruppen verfügbar.</translation>
    </message>
    <message>
        <source>SQL Server refuses step %1 (%2): nothing changes.</source>
        <translation>SQL Server lehnt Schritt %1 ab (%2): Es ändert sich nichts.</translation>
    </message>
    <message>
        <source>%1: database &lt;b&gt;%2&lt;/b&gt;, so no filegroup is online.</source>
        <translation>%1: Datenbank &lt;b&gt;%2&lt;/b&gt;, daher ist keine Dateigruppe online.</translation>
    </message>
</context>
<context>
    <name>rd::SimulationModel</name>
    <message>
        <source>(does not exist)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (STOPAT)</source>
        <translation>%1 (STOPAT)</translation>
    </message>
    <message>
        <source>Before the restore</source>
        <translation>Vor der Wiederherstellung</translation>
    </message>
    <message>
        <source>After step %1</source>
        <translation>Nach Schritt %1</translation>
    </message>
    <message>
        <source>%1: the database is %2</source>
        <translation>%1: Die Datenbank ist %2</translation>
    </message>
    <message>
        <source>%1: roll-forward stands at LSN %2 (the redo start LSN of the restoring files, or the LSN recovered to)</source>
        <translation>%1: Der Rollforward steht bei LSN %2 (die Redo-Start-LSN der wiederherzustellenden Dateien oder die LSN, bis zu der wiederhergestellt wurde)</translation>
    </message>
    <message>
        <source>%1: the restored data has reached %2</source>
        <translation>%1: Die wiederhergestellten Daten haben %2 erreicht</translation>
    </message>
    <message>
        <source>Before
the restore</source>
        <translation>Vor der
Wiederherstellung</translation>
    </message>
    <message>
        <source>After step %1
%2</source>
        <translation>Nach Schritt %1
%2</translation>
    </message>
    <message>
        <source>The states before the first step: what the failure left</source>
        <translation>Die Zustände vor dem ersten Schritt: was der Ausfall hinterlassen hat</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Redo LSN</source>
        <translation>Redo-LSN</translation>
    </message>
    <message>
        <source>Point in time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Filegroup %1</source>
        <translation>Dateigruppe %1</translation>
    </message>
    <message>
        <source>Recovery first loads the memory-optimized data of %1 into memory (size not stated).</source>
        <translation>Die Wiederherstellung (Recovery) lädt zuerst die speicheroptimierten Daten von %1 in den Arbeitsspeicher (Größe nicht angegeben).</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>no load rate stated</source>
        <translation>keine Laderate angegeben</translation>
    </message>
    <message>
        <source>over %1 at %2/s</source>
        <translation>über %1 bei %2/s</translation>
    </message>
    <message>
        <source>≈%1 at %2/s</source>
        <translation>≈%1 bei %2/s</translation>
    </message>
    <message>
        <source>Recovery first loads %1 of memory-optimized data into memory (%2).</source>
        <translation>Die Wiederherstellung (Recovery) lädt zuerst %1 speicheroptimierte Daten in den Arbeitsspeicher (%2).</translation>
    </message>
    <message>
        <source>%1, 1 container</source>
        <translation>%1, 1 Container</translation>
    </message>
    <message>
        <source>%1, %2 containers</source>
        <translation>%1, %2 Container</translation>
    </message>
    <message>
        <source>Before the database is available, recovery loads the memory-optimized data (%1) into memory; state the containers&apos; sizes for an estimate.</source>
        <translation>Bevor die Datenbank verfügbar ist, lädt die Wiederherstellung (Recovery) die speicheroptimierten Daten (%1) in den Arbeitsspeicher; geben Sie die Größen der Container an, um eine Schätzung zu erhalten.</translation>
    </message>
    <message>
        <source>Before the database is available, recovery loads at least %1 of memory-optimized data (%2; %3 without a size) into memory</source>
        <translation>Bevor die Datenbank verfügbar ist, lädt die Wiederherstellung (Recovery) mindestens %1 speicheroptimierte Daten (%2; %3 ohne Größe) in den Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Before the database is available, recovery loads %1 of memory-optimized data (%2) into memory</source>
        <translation>Bevor die Datenbank verfügbar ist, lädt die Wiederherstellung (Recovery) %1 speicheroptimierte Daten (%2) in den Arbeitsspeicher</translation>
    </message>
    <message>
        <source>: over %1 at %2/s.</source>
        <translation>: über %1 bei %2/s.</translation>
    </message>
    <message>
        <source>: ≈%1 at %2/s.</source>
        <translation>: ≈%1 bei %2/s.</translation>
    </message>
    <message>
        <source>; with no load rate stated (environment: memoryOptimizedLoadBytesPerSecond) there is no time estimate.</source>
        <translation>; ohne angegebene Laderate (environment: memoryOptimizedLoadBytesPerSecond) gibt es keine Zeitschätzung.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · 1 page restoring</source>
        <translation>%1 · 1 Seite wird wiederhergestellt</translation>
    </message>
    <message>
        <source>%1 · %2 pages restoring</source>
        <translation>%1 · %2 Seiten werden wiederhergestellt</translation>
    </message>
    <message>
        <source>The active log redone on top, fewer containers or cores, and low hash-index bucket counts make it longer (R-MOD-004).</source>
        <translation>Das darüber wiederholte aktive Protokoll, weniger Container oder Kerne und niedrige Bucketanzahlen von Hashindizes verlängern den Vorgang (R-MOD-004).</translation>
    </message>
    <message>
        <source>Pages restoring (page restore; only they are offline): %1.</source>
        <translation>Seiten werden wiederhergestellt (Seitenwiederherstellung; nur sie sind offline): %1.</translation>
    </message>
    <message>
        <source>%1: filegroup %2 is %3 (the worst state of its files); its data is %4</source>
        <translation>%1: Dateigruppe %2 ist %3 (der schlechteste Zustand ihrer Dateien); ihre Daten sind %4</translation>
    </message>
    <message>
        <source>neither readable nor writable</source>
        <translation>weder lesbar noch beschreibbar</translation>
    </message>
    <message>
        <source>readable, not writable</source>
        <translation>lesbar, nicht beschreibbar</translation>
    </message>
    <message>
        <source>readable and writable</source>
        <translation>lesbar und beschreibbar</translation>
    </message>
    <message>
        <source>Step %1 refused
(%2)</source>
        <translation>Schritt %1 abgelehnt
(%2)</translation>
    </message>
</context>
<context>
    <name>rd::StepEditorWidget</name>
    <message>
        <source>The statement of this step: RESTORE DATABASE (full, partial, file or differential backups), RESTORE LOG, BACKUP LOG (tail-log) or ALTER DATABASE … SET OFFLINE</source>
        <translation>Die Anweisung dieses Schritts: RESTORE DATABASE (vollständige Sicherungen, Teilsicherungen, Dateisicherungen oder differenzielle Sicherungen), RESTORE LOG, BACKUP LOG (Protokollfragment) oder ALTER DATABASE … SET OFFLINE</translation>
    </message>
    <message>
        <source>Default (RECOVERY)</source>
        <translation>Standard (RECOVERY)</translation>
    </message>
    <message>
        <source>RECOVERY brings the restored data online and ends roll-forward; NORECOVERY leaves it RESTORING for more backups; STANDBY allows read-only access between log restores</source>
        <translation>RECOVERY schaltet die wiederhergestellten Daten online und beendet den Rollforward; NORECOVERY belässt sie für weitere Sicherungen im Zustand RESTORING; STANDBY ermöglicht schreibgeschützten Zugriff zwischen Protokollwiederherstellungen</translation>
    </message>
    <message>
        <source>undo file, e.g. c:\data\undo.ldf</source>
        <translation>Undo-Datei, z. B. c:\data\undo.ldf</translation>
    </message>
    <message>
        <source>STANDBY = undo file: where uncommitted transactions are kept between log restores</source>
        <translation>STANDBY = Undo-Datei: wo Transaktionen ohne Commit zwischen Protokollwiederherstellungen aufbewahrt werden</translation>
    </message>
    <message>
        <source>FILE = targets of this step (edit them in the plan file); a file target restores one file of a filegroup</source>
        <translation>FILE = Ziele dieses Schritts (bearbeiten Sie sie in der Plandatei); ein Dateiziel stellt eine Datei einer Dateigruppe wieder her</translation>
    </message>
    <message>
        <source>PARTIAL starts a piecemeal restore: PRIMARY plus the named filegroups; the others stay RECOVERY_PENDING until restored later</source>
        <translation>PARTIAL beginnt eine schrittweise Wiederherstellung: PRIMARY plus die genannten Dateigruppen; die anderen bleiben RECOVERY_PENDING, bis sie später wiederhergestellt werden</translation>
    </message>
    <message>
        <source>REPLACE overwrites an existing database of the same name, skipping the safety checks</source>
        <translation>REPLACE überschreibt eine vorhandene Datenbank desselben Namens und überspringt dabei die Sicherheitsprüfungen</translation>
    </message>
    <message>
        <source>CONTINUE_AFTER_ERROR restores past damaged pages or checksum errors; the database may then be inconsistent</source>
        <translation>CONTINUE_AFTER_ERROR setzt die Wiederherstellung trotz beschädigter Seiten oder Prüfsummenfehlern fort; die Datenbank kann danach inkonsistent sein</translation>
    </message>
    <message>
        <source>STOPAT: roll forward only up to this point in time (point-in-time restore)</source>
        <translation>STOPAT: Rollforward nur bis zu diesem Zeitpunkt (Wiederherstellung bis zu einem Zeitpunkt)</translation>
    </message>
    <message>
        <source>S&amp;tatement:</source>
        <translation>&amp;Anweisung:</translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation>&amp;Sicherung:</translation>
    </message>
    <message>
        <source>&amp;Recovery:</source>
        <translation>&amp;Wiederherstellungsstatus:</translation>
    </message>
    <message>
        <source>Standby &amp;file:</source>
        <translation>Standby&amp;datei:</translation>
    </message>
    <message>
        <source>Filegroups:</source>
        <translation>Dateigruppen:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Stop at:</source>
        <translation>Anhalten bei:</translation>
    </message>
    <message>
        <source>Set the standby file of step %1</source>
        <translation>Standbydatei von Schritt %1 festlegen</translation>
    </message>
    <message>
        <source>Restore filegroup %1 in this step (FILEGROUP = N&apos;%1&apos;)</source>
        <translation>Dateigruppe %1 in diesem Schritt wiederherstellen (FILEGROUP = N&apos;%1&apos;)</translation>
    </message>
    <message>
        <source>No plan: add one with Edit ▸ Add Plan…</source>
        <translation>Kein Plan: Fügen Sie einen hinzu mit Bearbeiten ▸ Plan hinzufügen…</translation>
    </message>
    <message>
        <source>No step selected</source>
        <translation>Kein Schritt ausgewählt</translation>
    </message>
    <message>
        <source>Step %1:  %2</source>
        <translation>Schritt %1:  %2</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Change step %1 to %2</source>
        <translation>Schritt %1 in %2 ändern</translation>
    </message>
    <message>
        <source>Make step %1 recovery only</source>
        <translation>Schritt %1 nur für RECOVERY verwenden</translation>
    </message>
    <message>
        <source>Use backup %1 in step %2</source>
        <translation>Sicherung %1 in Schritt %2 verwenden</translation>
    </message>
    <message>
        <source>Use the default recovery on step %1</source>
        <translation>Standardwiederherstellungsstatus für Schritt %1 verwenden</translation>
    </message>
    <message>
        <source>Set %1 on step %2</source>
        <translation>%1 für Schritt %2 festlegen</translation>
    </message>
    <message>
        <source>Add filegroup %1 to step %2</source>
        <translation>Dateigruppe %1 zu Schritt %2 hinzufügen</translation>
    </message>
    <message>
        <source>Remove filegroup %1 from step %2</source>
        <translation>Dateigruppe %1 aus Schritt %2 entfernen</translation>
    </message>
    <message>
        <source>Clear %1 on step %2</source>
        <translation>%1 für Schritt %2 entfernen</translation>
    </message>
    <message>
        <source>Set STOPAT on step %1</source>
        <translation>STOPAT für Schritt %1 festlegen</translation>
    </message>
    <message>
        <source>Clear STOPAT on step %1</source>
        <translation>STOPAT für Schritt %1 entfernen</translation>
    </message>
    <message>
        <source>none; e.g. 1:57, 1:202</source>
        <translation>keine; z. B. 1:57, 1:202</translation>
    </message>
    <message>
        <source>PAGE = pages to restore, as file_id:page_id separated by commas (from msdb.dbo.suspect_pages); empty = restore whole filegroups or files</source>
        <translation>PAGE = wiederherzustellende Seiten als file_id:page_id, durch Kommas getrennt (aus msdb.dbo.suspect_pages); leer = ganze Dateigruppen oder Dateien wiederherstellen</translation>
    </message>
    <message>
        <source>P&amp;ages:</source>
        <translation>Sei&amp;ten:</translation>
    </message>
    <message>
        <source>Remove the pages of step %1</source>
        <translation>Seiten von Schritt %1 entfernen</translation>
    </message>
    <message>
        <source>Set the pages of step %1</source>
        <translation>Seiten von Schritt %1 festlegen</translation>
    </message>
    <message>
        <source>The backup this step restores (or BACKUP LOG writes); none = recovery only (RESTORE DATABASE … WITH RECOVERY). Backups are listed in time order: type part of a backup&apos;s name to find it.</source>
        <translation>Die Sicherung, die dieser Schritt wiederherstellt (oder die BACKUP LOG schreibt); keine = nur RECOVERY (RESTORE DATABASE … WITH RECOVERY). Sicherungen sind in zeitlicher Reihenfolge aufgeführt: Geben Sie einen Teil des Namens einer Sicherung ein, um sie zu finden.</translation>
    </message>
</context>
<context>
    <name>rd::TargetEditor</name>
    <message>
        <source>&amp;before it</source>
        <translation>&amp;davor</translation>
    </message>
    <message>
        <source>the end of the log</source>
        <translation>das Ende des Protokolls</translation>
    </message>
    <message>
        <source>a point in time (STOPAT)</source>
        <translation>ein Zeitpunkt (STOPAT)</translation>
    </message>
    <message>
        <source>a marked transaction (STOPATMARK)</source>
        <translation>eine markierte Transaktion (STOPATMARK)</translation>
    </message>
    <message>
        <source>How far the plan rolls forward: all the log, up to a time, or up to a marked transaction</source>
        <translation>Wie weit der Plan fortgesetzt wird (Rollforward): das gesamte Protokoll, bis zu einer Zeit oder bis zu einer markierten Transaktion</translation>
    </message>
    <message>
        <source>Server time to stop at; bounded by the history (no log reaches further)</source>
        <translation>Serverzeit, bei der angehalten wird; begrenzt durch den Verlauf (kein Protokoll reicht weiter)</translation>
    </message>
    <message>
        <source>The marked transactions of the history (MARK events)</source>
        <translation>Die markierten Transaktionen des Verlaufs (MARK-Ereignisse)</translation>
    </message>
    <message>
        <source>STOPBEFOREMARK: stop just before the marked transaction instead of after it</source>
        <translation>STOPBEFOREMARK: unmittelbar vor der markierten Transaktion anhalten statt danach</translation>
    </message>
    <message>
        <source>&amp;Recover to:</source>
        <translation>Wiederherstellen &amp;bis:</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>Recover to the end of the log</source>
        <translation>Bis zum Ende des Protokolls wiederherstellen</translation>
    </message>
    <message>
        <source>Recover to %1</source>
        <translation>Bis %1 wiederherstellen</translation>
    </message>
    <message>
        <source>Recover to mark %1</source>
        <translation>Bis Markierung %1 wiederherstellen</translation>
    </message>
</context>
<context>
    <name>rd::TextLineStream</name>
    <message>
        <source>not valid UTF-16 text (a character is damaged)</source>
        <translation>kein gültiger UTF-16-Text (ein Zeichen ist beschädigt)</translation>
    </message>
    <message>
        <source>a NUL character: is this a UTF-16 file without its byte order mark? Save the results as UTF-8 or as Unicode (UTF-16 with its mark)</source>
        <translation>ein NUL-Zeichen: Ist dies eine UTF-16-Datei ohne Bytereihenfolgemarkierung? Speichern Sie die Ergebnisse als UTF-8 oder als Unicode (UTF-16 mit Markierung)</translation>
    </message>
    <message>
        <source>not valid UTF-8 text; save the results as UTF-8 or Unicode (UTF-16)</source>
        <translation>kein gültiger UTF-8-Text; speichern Sie die Ergebnisse als UTF-8 oder Unicode (UTF-16)</translation>
    </message>
    <message>
        <source>not valid UTF-16 text: the file ends within a character (cut short?)</source>
        <translation>kein gültiger UTF-16-Text: Die Datei endet innerhalb eines Zeichens (abgeschnitten?)</translation>
    </message>
</context>
<context>
    <name>rd::TextLines</name>
    <message>
        <source>not valid UTF-16 text (the file ends within a character, or a character is damaged)</source>
        <translation>kein gültiger UTF-16-Text (die Datei endet innerhalb eines Zeichens, oder ein Zeichen ist beschädigt)</translation>
    </message>
    <message>
        <source>not valid UTF-8 text; save the results as UTF-8 or Unicode (UTF-16)</source>
        <translation>kein gültiger UTF-8-Text; speichern Sie die Ergebnisse als UTF-8 oder Unicode (UTF-16)</translation>
    </message>
</context>
<context>
    <name>rd::TimeToOnlineChart</name>
    <message>
        <source>%1 (at least)</source>
        <translation>%1 (mindestens)</translation>
    </message>
    <message>
        <source>No step takes time</source>
        <translation>Kein Schritt benötigt Zeit</translation>
    </message>
    <message>
        <source>Time since the restore began (%1)</source>
        <translation>Zeit seit Beginn der Wiederherstellung (%1)</translation>
    </message>
    <message>
        <source>Time to online: no plan</source>
        <translation>Zeit bis online: kein Plan</translation>
    </message>
    <message>
        <source>Time to online: %1 (no filegroups)</source>
        <translation>Zeit bis online: %1 (keine Dateigruppen)</translation>
    </message>
    <message>
        <source>Time to online: %1</source>
        <translation>Zeit bis online: %1</translation>
    </message>
</context>
<context>
    <name>rd::TimelineScene</name>
    <message>
        <source>Move backup %1</source>
        <translation>Sicherung %1 verschieben</translation>
    </message>
    <message>
        <source> (tail)</source>
        <translation> (Protokollfragment)</translation>
    </message>
    <message>
        <source>FAILURE</source>
        <translation>AUSFALL</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failure&lt;/b&gt; at %1&lt;br&gt;Damaged: %2%3</source>
        <translation>&lt;b&gt;Ausfall&lt;/b&gt; um %1&lt;br&gt;Beschädigt: %2%3</translation>
    </message>
    <message>
        <source>the whole database</source>
        <translation>die gesamte Datenbank</translation>
    </message>
    <message>
        <source>&lt;br&gt;The log is damaged too: no tail-log backup is possible; the recovery point is the end of the last log backup.</source>
        <translation>&lt;br&gt;Das Protokoll ist ebenfalls beschädigt: Es ist keine Sicherung des Protokollfragments möglich; der Wiederherstellungspunkt ist das Ende der letzten Protokollsicherung.</translation>
    </message>
    <message>
        <source>&lt;br&gt;The log survived: take a tail-log backup (BACKUP LOG … NO_TRUNCATE) before restoring.</source>
        <translation>&lt;br&gt;Das Protokoll ist erhalten: Erstellen Sie vor der Wiederherstellung eine Sicherung des Protokollfragments (BACKUP LOG … NO_TRUNCATE).</translation>
    </message>
    <message>
        <source>MARK %1</source>
        <translation>MARK %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Marked transaction&lt;/b&gt; %1 at %2&lt;br&gt;Target of STOPATMARK / STOPBEFOREMARK.</source>
        <translation>&lt;b&gt;Markierte Transaktion&lt;/b&gt; %1 um %2&lt;br&gt;Ziel von STOPATMARK / STOPBEFOREMARK.</translation>
    </message>
    <message>
        <source>%1 → READ_ONLY</source>
        <translation>%1 → READ_ONLY</translation>
    </message>
    <message>
        <source>%1 → READ_WRITE</source>
        <translation>%1 → READ_WRITE</translation>
    </message>
    <message>
        <source>&lt;b&gt;ALTER DATABASE … MODIFY FILEGROUP %1 %2&lt;/b&gt; at %3</source>
        <translation>&lt;b&gt;ALTER DATABASE … MODIFY FILEGROUP %1 %2&lt;/b&gt; um %3</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;ALTER DATABASE … SET RECOVERY %1&lt;/b&gt; at %2&lt;br&gt;A switch to or from SIMPLE breaks the log chain.</source>
        <translation>&lt;b&gt;ALTER DATABASE … SET RECOVERY %1&lt;/b&gt; um %2&lt;br&gt;Ein Wechsel zu oder von SIMPLE unterbricht die Protokollkette.</translation>
    </message>
    <message>
        <source>&lt;br&gt;LSN %1</source>
        <translation>&lt;br&gt;LSN %1</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recovery target&lt;/b&gt; of plan %1: %2</source>
        <translation>&lt;b&gt;Wiederherstellungsziel&lt;/b&gt; von Plan %1: %2</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>− %1</source>
        <translation>− %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;ALTER DATABASE … ADD FILE %1&lt;/b&gt; to %2 at %3</source>
        <translation>&lt;b&gt;ALTER DATABASE … ADD FILE %1&lt;/b&gt; zu %2 um %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;ALTER DATABASE … REMOVE FILE %1&lt;/b&gt; from %2 at %3</source>
        <translation>&lt;b&gt;ALTER DATABASE … REMOVE FILE %1&lt;/b&gt; aus %2 um %3</translation>
    </message>
    <message>
        <source>open transaction</source>
        <translation>offene Transaktion</translation>
    </message>
    <message>
        <source>&lt;b&gt;Transaction&lt;/b&gt; touching %1 begins at %2%3</source>
        <translation>&lt;b&gt;Transaktion&lt;/b&gt;, die %1 betrifft, beginnt um %2%3</translation>
    </message>
    <message>
        <source>, commits at %1</source>
        <translation>, Commit um %1</translation>
    </message>
    <message>
        <source>, still open at the failure</source>
        <translation>, beim Ausfall noch offen</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 at %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 um %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>Add %1 backup %2</source>
        <translation>%1-Sicherung %2 hinzufügen</translation>
    </message>
    <message>
        <source> · online after step %1</source>
        <translation> · online nach Schritt %1</translation>
    </message>
    <message>
        <source> · not online in this plan</source>
        <translation> · in diesem Plan nicht online</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;On the LSN axis it spans its LSN range and cannot be moved: switch to the time axis (Ctrl+L) to move it.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Auf der LSN-Achse erstreckt sie sich über ihren LSN-Bereich und kann nicht verschoben werden: Wechseln Sie zur Zeitskala (Strg+L), um sie zu verschieben.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Plan %1 restores none of these: zoom in and hover one to see why.&lt;/i&gt;&lt;hr&gt;</source>
        <translation>&lt;i&gt;Plan %1 stellt keine davon wieder her: Vergrößern Sie die Ansicht, und zeigen Sie auf eine, um den Grund zu sehen.&lt;/i&gt;&lt;hr&gt;</translation>
    </message>
    <message>
        <source>Not used by plan %1: %2</source>
        <translation>Nicht von Plan %1 verwendet: %2</translation>
    </message>
    <message>
        <source>no step restores it.</source>
        <translation>kein Schritt stellt sie wieder her.</translation>
    </message>
    <message>
        <source>FAILURE (database)</source>
        <translation>AUSFALL (Datenbank)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; at %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; um %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Refused&lt;/b&gt;: %1</source>
        <translation>&lt;br&gt;&lt;b&gt;Abgelehnt&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>Move a %1 event</source>
        <translation>Ein %1-Ereignis verschieben</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The LSN axis shows log sequence numbers, not times: switch to the time axis (View ▸ LSN Axis, Ctrl+L) to move a backup or drop a new one.</source>
        <translation>Die LSN-Achse zeigt Protokollfolgenummern, keine Zeiten: Wechseln Sie zur Zeitskala (Ansicht ▸ LSN-Achse, Strg+L), um eine Sicherung zu verschieben oder eine neue abzulegen.</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>fork %1</source>
        <translation>Verzweigung %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recovery fork&lt;/b&gt; %1&lt;br&gt;From LSN %2 on, these backups are on another recovery path (a restore recovered the database at an earlier point): they are drawn on row %3 of each lane. A log backup applies only to data restored on its own path (R-LOG-009).%4</source>
        <translation>&lt;b&gt;Wiederherstellungsverzweigung&lt;/b&gt; %1&lt;br&gt;Ab LSN %2 liegen diese Sicherungen auf einem anderen Wiederherstellungspfad (eine Wiederherstellung hat die Datenbank zu einem früheren Zeitpunkt wiederhergestellt): Sie werden in Zeile %3 jeder Spur gezeichnet. Eine Protokollsicherung gilt nur für Daten, die auf ihrem eigenen Pfad wiederhergestellt wurden (R-LOG-009).%4</translation>
    </message>
    <message>
        <source>&lt;br&gt;The LSN is the fork point a log backup recorded (fork_point_lsn).</source>
        <translation>&lt;br&gt;Die LSN ist der Verzweigungspunkt, den eine Protokollsicherung aufgezeichnet hat (fork_point_lsn).</translation>
    </message>
    <message>
        <source>&lt;br&gt;No backup recorded the fork point: the LSN is the path&apos;s first backup&apos;s first LSN.</source>
        <translation>&lt;br&gt;Keine Sicherung hat den Verzweigungspunkt aufgezeichnet: Die LSN ist die erste LSN der ersten Sicherung des Pfads.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gap in the log chain&lt;/b&gt;&lt;br&gt;No log backup holds the LSNs from %1 to %2: a restore cannot roll forward across it (R-LOG-002); a later full or differential backup can start a new sequence.</source>
        <translation>&lt;b&gt;Lücke in der Protokollkette&lt;/b&gt;&lt;br&gt;Keine Protokollsicherung enthält die LSNs von %1 bis %2: Eine Wiederherstellung kann darüber hinweg kein Rollforward ausführen (R-LOG-002); eine spätere vollständige oder differenzielle Sicherung kann eine neue Sequenz beginnen.</translation>
    </message>
    <message>
        <source>LSN &lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;&lt;i&gt;The axis is ordinal: every interval between two LSNs that bound a backup is equally wide, whatever the number of log records in it.&lt;/i&gt;</source>
        <translation>LSN &lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;&lt;i&gt;Die Achse ist ordinal: Jedes Intervall zwischen zwei LSNs, die eine Sicherung begrenzen, ist gleich breit, unabhängig von der Anzahl der Protokolldatensätze darin.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Drag to move it in time; double-click to change it.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Zum zeitlichen Verschieben ziehen; zum Ändern doppelklicken.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Drag to move it in time.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Zum zeitlichen Verschieben ziehen.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>rd::TimelineView</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom into the timeline (Ctrl+wheel up)</source>
        <translation>Die Zeitachse vergrößern (Strg+Mausrad nach oben)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom out of the timeline (Ctrl+wheel down)</source>
        <translation>Die Zeitachse verkleinern (Strg+Mausrad nach unten)</translation>
    </message>
    <message>
        <source>&amp;Fit Timeline</source>
        <translation>Zeitachse &amp;einpassen</translation>
    </message>
    <message>
        <source>Show the whole backup history</source>
        <translation>Den gesamten Sicherungsverlauf anzeigen</translation>
    </message>
    <message>
        <source>Add Backup at %1</source>
        <translation>Sicherung bei %1 hinzufügen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Add a %1 backup starting at %2</source>
        <translation>Eine %1-Sicherung hinzufügen, die um %2 beginnt</translation>
    </message>
    <message>
        <source>server time →</source>
        <translation>Serverzeit →</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>No backups yet: right-click here to add a FULL backup, then logs, differentials, file or partial backups.</source>
        <translation>Noch keine Sicherungen: Klicken Sie hier mit der rechten Maustaste, um eine FULL-Sicherung hinzuzufügen, dann Protokollsicherungen, differenzielle Sicherungen, Datei- oder Teilsicherungen.</translation>
    </message>
    <message>
        <source>restored by plan step 1</source>
        <translation>von Planschritt 1 wiederhergestellt</translation>
    </message>
    <message>
        <source>pale: not in the plan</source>
        <translation>blass: nicht im Plan</translation>
    </message>
    <message>
        <source>hatched: read-only</source>
        <translation>schraffiert: schreibgeschützt</translation>
    </message>
    <message>
        <source>The backup history: one lane per filegroup and one for the log; each backup is a bar over what it contains. Numbered circles are the steps of the current plan that restore it. Drag a bar to move the backup in time; Ctrl+wheel or a pinch zooms; drag with the middle button or Space+drag to pan. Ctrl+drag a bar onto the Plan to restore it there, or double-click it. Drop a backup or an event from the Backups or Events palette to add it; drag an event&apos;s marker to move it, double-click it to change it. Dense runs of backups show as bands with a count: zoom in to see each backup.</source>
        <translation>Der Sicherungsverlauf: eine Spur pro Dateigruppe und eine für das Protokoll; jede Sicherung ist ein Balken über dem, was sie enthält. Nummerierte Kreise sind die Schritte des aktuellen Plans, die sie wiederherstellen. Ziehen Sie einen Balken, um die Sicherung zeitlich zu verschieben; Strg+Mausrad oder eine Zwei-Finger-Geste zoomt; ziehen Sie mit der mittleren Maustaste oder mit Leertaste+Ziehen, um die Ansicht zu verschieben. Ziehen Sie einen Balken mit gedrückter Strg-Taste auf den Plan, um die Sicherung dort wiederherzustellen, oder doppelklicken Sie darauf. Legen Sie eine Sicherung oder ein Ereignis aus der Palette „Sicherungen“ oder „Ereignisse“ ab, um es hinzuzufügen; ziehen Sie den Marker eines Ereignisses, um es zu verschieben, und doppelklicken Sie darauf, um es zu ändern. Dichte Folgen von Sicherungen werden als Bänder mit einer Anzahl angezeigt: Vergrößern Sie die Ansicht, um jede Sicherung zu sehen.</translation>
    </message>
    <message>
        <source>&amp;LSN Axis</source>
        <translation>&amp;LSN-Achse</translation>
    </message>
    <message>
        <source>LSN</source>
        <translation>LSN</translation>
    </message>
    <message>
        <source>Lay the backups out by log sequence number instead of time (Ctrl+L): each backup spans its LSN range, so gaps in the log chain, overlaps and recovery forks show</source>
        <translation>Die Sicherungen nach Protokollfolgenummer statt nach Zeit anordnen (Strg+L): Jede Sicherung erstreckt sich über ihren LSN-Bereich, sodass Lücken in der Protokollkette, Überlappungen und Wiederherstellungsverzweigungen sichtbar werden</translation>
    </message>
    <message>
        <source>Add Backup (on the time axis)</source>
        <translation>Sicherung hinzufügen (auf der Zeitskala)</translation>
    </message>
    <message>
        <source>LSN (ordinal) →</source>
        <translation>LSN (ordinal) →</translation>
    </message>
</context>
<context>
    <name>rd::TrainerBar</name>
    <message>
        <source>Previous Step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <source>The state before this step (Alt+Left, Page Up)</source>
        <translation>Der Zustand vor diesem Schritt (Alt+Nach-links, Bild-auf)</translation>
    </message>
    <message>
        <source>Next Step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>The state after the next step (Alt+Right, Page Down)</source>
        <translation>Der Zustand nach dem nächsten Schritt (Alt+Nach-rechts, Bild-ab)</translation>
    </message>
    <message>
        <source>Walk through the plan: the lanes show each filegroup&apos;s state after the step</source>
        <translation>Den Plan durchgehen: Die Spuren zeigen den Zustand jeder Dateigruppe nach dem Schritt</translation>
    </message>
    <message>
        <source>No plan to walk through.</source>
        <translation>Kein Plan zum Durchgehen.</translation>
    </message>
    <message>
        <source>Before the restore</source>
        <translation>Vor der Wiederherstellung</translation>
    </message>
    <message>
        <source>After step %1 of %2 (%3)</source>
        <translation>Nach Schritt %1 von %2 (%3)</translation>
    </message>
    <message>
        <source>, refused (%1)</source>
        <translation>, abgelehnt (%1)</translation>
    </message>
    <message>
        <source>not online at the end</source>
        <translation>am Ende nicht online</translation>
    </message>
    <message>
        <source>online throughout</source>
        <translation>durchgehend online</translation>
    </message>
    <message>
        <source>online after step %1</source>
        <translation>online nach Schritt %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: database %2. %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: Datenbank %2. %3</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>&amp;Trainer Mode</source>
        <translation>&amp;Trainermodus</translation>
    </message>
    <message>
        <source>Walk through the plan step by step: the lanes show each filegroup&apos;s state (Ctrl+Shift+T)</source>
        <translation>Den Plan Schritt für Schritt durchgehen: Die Spuren zeigen den Zustand jeder Dateigruppe (Strg+Umschalt+T)</translation>
    </message>
</context>
<context>
    <name>rd::TsqlDock</name>
    <message>
        <source>T-SQL</source>
        <translation>T-SQL</translation>
    </message>
    <message>
        <source>The script to run in SSMS or sqlcmd, regenerated after every change</source>
        <translation>Das in SSMS oder sqlcmd auszuführende Skript, nach jeder Änderung neu generiert</translation>
    </message>
    <message>
        <source>Restore script</source>
        <translation>Wiederherstellungsskript</translation>
    </message>
    <message>
        <source>Backup script (the designed history)</source>
        <translation>Sicherungsskript (der entworfene Verlauf)</translation>
    </message>
    <message>
        <source>The RESTORE statements of the current plan, or the BACKUP statements that produce the backup history on the timeline</source>
        <translation>Die RESTORE-Anweisungen des aktuellen Plans oder die BACKUP-Anweisungen, die den Sicherungsverlauf auf der Zeitachse erzeugen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the whole script to the clipboard</source>
        <translation>Das gesamte Skript in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save the script as a .sql file</source>
        <translation>Das Skript als .sql-Datei speichern</translation>
    </message>
    <message>
        <source>1 batch</source>
        <translation>1 Batch</translation>
    </message>
    <message>
        <source>%1 batches</source>
        <translation>%1 Batches</translation>
    </message>
    <message>
        <source>(no plan)</source>
        <translation>(kein Plan)</translation>
    </message>
    <message>
        <source>Restore script — %1</source>
        <translation>Wiederherstellungsskript — %1</translation>
    </message>
    <message>
        <source>Save T-SQL Script</source>
        <translation>T-SQL-Skript speichern</translation>
    </message>
    <message>
        <source>T-SQL scripts (*.sql)</source>
        <translation>T-SQL-Skripts (*.sql)</translation>
    </message>
</context>
<context>
    <name>rd::cli::CfpChartFile</name>
    <message>
        <source>--chart %1: the file needs the suffix .png or .svg, which chooses the format</source>
        <translation>--chart %1: Die Datei benötigt die Endung .png oder .svg, die das Format bestimmt</translation>
    </message>
    <message>
        <source>--chart %1: unknown image format &quot;.%2&quot;: give a .png or .svg file</source>
        <translation>--chart %1: unbekanntes Bildformat „.%2“: Geben Sie eine .png- oder .svg-Datei an</translation>
    </message>
    <message>
        <source>--chart %1: no widgets in this process (a QApplication is needed)</source>
        <translation>--chart %1: keine Widgets in diesem Prozess (eine QApplication ist erforderlich)</translation>
    </message>
</context>
<context>
    <name>rd::cli::CfpCommand</name>
    <message>
        <source>%1 pages (%2): %3 disk-based, %4 memory-optimized, %5 log</source>
        <translation>%1 Seiten (%2): %3 datenträgerbasiert, %4 speicheroptimiert, %5 Protokoll</translation>
    </message>
    <message>
        <source>%1, under the backup rules of SQL Server %2</source>
        <translation>%1, nach den Sicherungsregeln von SQL Server %2</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>data bytes</source>
        <translation>Daten-Bytes</translation>
    </message>
    <message>
        <source>data used</source>
        <translation>Daten belegt</translation>
    </message>
    <message>
        <source>delta bytes</source>
        <translation>Delta-Bytes</translation>
    </message>
    <message>
        <source>delta used</source>
        <translation>Delta belegt</translation>
    </message>
    <message>
        <source>full backup          %1</source>
        <translation>vollständige Sicherung    %1</translation>
    </message>
    <message>
        <source>differential backup  %1</source>
        <translation>differenzielle Sicherung  %1</translation>
    </message>
    <message>
        <source>restore              memory %1, disk to provision %2 (4 x memory)</source>
        <translation>Wiederherstellung         Arbeitsspeicher %1, bereitzustellender Datenträgerplatz %2 (4 x Arbeitsspeicher)</translation>
    </message>
    <message>
        <source>Lists the checkpoint file pairs of a memory-optimized filegroup per state and estimates the full and differential backups and what a restore needs (docs/cfp.md). Exit status: 0 estimated, 2 the input could not be read or estimated.</source>
        <translation>Listet die Prüfpunkt-Dateipaare einer speicheroptimierten Dateigruppe nach Status auf und schätzt die vollständige und die differenzielle Sicherung sowie den Bedarf einer Wiederherstellung (docs/cfp.md). Exitstatus: 0 geschätzt, 2 die Eingabe konnte nicht gelesen oder geschätzt werden.</translation>
    </message>
    <message>
        <source>Play example &lt;n&gt; (1 to 5) of Microsoft&apos;s blog &quot;Database Backup with Memory-Optimized Tables&quot; instead of FILE.</source>
        <translation>Beispiel &lt;n&gt; (1 bis 5) aus Microsofts Blogbeitrag „Database Backup with Memory-Optimized Tables“ anstelle von FILE durchspielen.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>The backup rules (and checkpoint file lifecycle) of SQL Server 2014-ctp2, 2014 or 2016 (and later); by default the input&apos;s.</source>
        <translation>Die Sicherungsregeln (und der Lebenszyklus der Prüfpunktdateien) von SQL Server 2014-ctp2, 2014 oder 2016 (und höher); standardmäßig die der Eingabe.</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>Also render the CFP state chart (as the designer&apos;s Checkpoint Files dock shows it) to &lt;file&gt;, PNG or SVG by its suffix; no display is needed.</source>
        <translation>Zusätzlich das CFP-Statusdiagramm (wie es das Fenster „Prüfpunktdateien“ des Designers zeigt) in &lt;file&gt; ausgeben, als PNG oder SVG je nach Endung; keine Anzeige erforderlich.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>A CFP workload (JSON, docs/cfp.md), or - for standard input.</source>
        <translation>Eine CFP-Arbeitslast (JSON, docs/cfp.md) oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>give either FILE or --example N; see --help</source>
        <translation>geben Sie entweder FILE oder --example N an; siehe --help</translation>
    </message>
    <message>
        <source>unknown version &quot;%1&quot;: expected %2</source>
        <translation>unbekannte Version „%1“: erwartet %2</translation>
    </message>
    <message>
        <source>%1: %2; choose --version %3</source>
        <translation>%1: %2; wählen Sie --version %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: warning: %n file(s) without the size their state&apos;s rule needs counted as 0 bytes; the estimates are lower bounds</source>
        <translation>
            <numerusform>%1: Warnung: %n Datei ohne die Größe, die die Regel ihres Status benötigt, wird als 0 Bytes gezählt; die Schätzungen sind Untergrenzen</numerusform>
            <numerusform>%1: Warnung: %n Dateien ohne die Größe, die die Regel ihres Status benötigt, werden als 0 Bytes gezählt; die Schätzungen sind Untergrenzen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::cli::CfpInput</name>
    <message>
        <source>%1: warning: the disk-based filegroups&apos; pages and the active log are not known from checkpoint files alone; the estimates count them as 0</source>
        <translation>%1: Warnung: Die Seiten der datenträgerbasierten Dateigruppen und das aktive Protokoll sind allein aus Prüfpunktdateien nicht bekannt; die Schätzungen zählen sie als 0</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
    <message>
        <source>%1: not a CFP workload or a DMV export; read as a plan or project: %2</source>
        <translation>%1: keine CFP-Arbeitslast und kein DMV-Export; als Plan oder Projekt gelesen: %2</translation>
    </message>
    <message>
        <source>%1: the project holds no CFP snapshot (cfpSnapshots); import a DMV export of sys.dm_db_xtp_checkpoint_files into it, or give the export itself</source>
        <translation>%1: Das Projekt enthält keine CFP-Momentaufnahme (cfpSnapshots); importieren Sie einen DMV-Export von sys.dm_db_xtp_checkpoint_files darin, oder geben Sie den Export selbst an</translation>
    </message>
    <message>
        <source>%1, CFP snapshot of %2</source>
        <translation>%1, CFP-Momentaufnahme von %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>%1: %2; to read standard input, give - instead</source>
        <translation>%1: %2; um die Standardeingabe zu lesen, geben Sie stattdessen - an</translation>
    </message>
    <message>
        <source>%1: not a file the cfp command reads. It reads a CFP workload (a JSON object with &quot;kind&quot;: &quot;cfp-workload&quot;, docs/cfp.md), an export of sys.dm_db_xtp_checkpoint_files saved from SSMS or sqlcmd with its column names (docs/cfp-import.md), or a plan or project file holding a CFP snapshot</source>
        <translation>%1: keine Datei, die der Befehl cfp liest. Er liest eine CFP-Arbeitslast (ein JSON-Objekt mit &quot;kind&quot;: &quot;cfp-workload&quot;, docs/cfp.md), einen aus SSMS oder sqlcmd mit Spaltennamen gespeicherten Export von sys.dm_db_xtp_checkpoint_files (docs/cfp-import.md) oder eine Plan- oder Projektdatei mit einer CFP-Momentaufnahme</translation>
    </message>
    <message>
        <source>--example must be a number from 1 to %1</source>
        <translation>--example muss eine Zahl von 1 bis %1 sein</translation>
    </message>
</context>
<context>
    <name>rd::cli::CheckCommand</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>%1 info</source>
        <translation>%1 Info</translation>
    </message>
    <message>
        <source>plan &quot;%1&quot;: %2</source>
        <translation>Plan „%1“: %2</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>Korrektur: %1</translation>
    </message>
    <message>
        <source>Checks restore plans against the rules of SQL Server restores and prints every finding. Exit status: 0 no errors (warnings allowed), 1 at least one error, 2 the file could not be read.</source>
        <translation>Prüft Wiederherstellungspläne anhand der Regeln für SQL Server-Wiederherstellungen und gibt jeden Befund aus. Exitstatus: 0 keine Fehler (Warnungen zulässig), 1 mindestens ein Fehler, 2 die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>follows from step %1, which SQL Server refuses</source>
        <translation>folgt aus Schritt %1, den SQL Server ablehnt</translation>
    </message>
</context>
<context>
    <name>rd::cli::CliSupport</name>
    <message>
        <source>wrong number of arguments; see --help</source>
        <translation>falsche Anzahl von Argumenten; siehe --help</translation>
    </message>
    <message>
        <source>Only the plan named &lt;name&gt;.</source>
        <translation>Nur der Plan namens &lt;name&gt;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: expected text or json</source>
        <translation>unbekanntes Format „%1“: erwartet text oder json</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has no plan named &quot;%2&quot;; it has no plans</source>
        <translation>%1 hat keinen Plan namens „%2“; es enthält keine Pläne</translation>
    </message>
    <message>
        <source>%1 has no plan named &quot;%2&quot;; its plans: %3</source>
        <translation>%1 hat keinen Plan namens „%2“; seine Pläne: %3</translation>
    </message>
    <message>
        <source>A JSON plan (.json), a project file (.rdproj), or - for standard input.</source>
        <translation>Ein JSON-Plan (.json), eine Projektdatei (.rdproj) oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>%1: %2; to read standard input, give - instead</source>
        <translation>%1: %2; um die Standardeingabe zu lesen, geben Sie stattdessen - an</translation>
    </message>
    <message>
        <source>%1: the output would overwrite the input %2; nothing was written</source>
        <translation>%1: Die Ausgabe würde die Eingabe %2 überschreiben; es wurde nichts geschrieben</translation>
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
        <translation>Befehle (jeder hat eine eigene --help; keiner benötigt eine Anzeige):
  check FILE [--plan NAME] [--format text|json]
      Die Pläne anhand der Wiederherstellungsregeln prüfen.
  simulate FILE [--plan NAME] [--format text|json]
      Die Zustände der Datenbank und der Dateigruppen nach jedem Schritt ausgeben.
  export-sql FILE [--plan NAME] [--script restore|backup] [-o OUT]
      Das T-SQL-Wiederherstellungsskript eines Plans oder das Sicherungsskript schreiben.
  convert IN OUT
      Einen JSON-Plan (.json) in eine Projektdatei (.rdproj) konvertieren oder umgekehrt.
  rules [--format markdown|json]
      Jede Regel mit Status, Schweregrad, Meldung und Quelle auflisten.
  cfp (FILE | --example N) [--version 2014-ctp2|2014|2016] [--format text|json]
      [--chart OUT.png|OUT.svg]
      Prüfpunkt-Dateipaare nach Status; Schätzungen für vollständige und differenzielle Sicherung und Wiederherstellung;
      mit --chart deren Diagramm als Bild.
  import-history --from msdb FILE... [--database NAME] -o OUT
      Einen aus msdb gespeicherten Sicherungsverlauf in einen JSON-Plan oder eine Projektdatei importieren.
  plan FILE [--to latest|TIME|mark:NAME|lsn:LSN] [--online-first FG,FG...] [--format text|json] [-o OUT]
      Die Wiederherstellung bis zu einem Ziel planen: die gewählten Sicherungen mit Begründung und für jede andere, warum sie ausgelassen wird.
  health FILE [--format text|json]
      Den Kettenzustandsbericht des gesamten Sicherungsverlaufs ausgeben.
Exitstatus: 0 keine Fehler (Warnungen zulässig), 1 mindestens ein Fehler, 2 die Eingabe konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>rd::cli::ConvertCommand</name>
    <message>
        <source>Converts a JSON plan into a project file or a project file into a JSON plan, by the extensions (.json, .rdproj). Exit status: 0 done, 2 the input could not be read or the output not written.</source>
        <translation>Konvertiert einen JSON-Plan in eine Projektdatei oder eine Projektdatei in einen JSON-Plan, je nach Erweiterung (.json, .rdproj). Exitstatus: 0 erledigt, 2 die Eingabe konnte nicht gelesen oder die Ausgabe nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1: unknown extension; the output must end in .json or .rdproj</source>
        <translation>%1: unbekannte Erweiterung; die Ausgabe muss auf .json oder .rdproj enden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The file to write (.json or .rdproj); never IN itself.</source>
        <translation>Die zu schreibende Datei (.json oder .rdproj); niemals IN selbst.</translation>
    </message>
</context>
<context>
    <name>rd::cli::ExportSqlCommand</name>
    <message>
        <source>Writes the T-SQL restore script of a plan (the first plan unless --plan names one), or with --script backup the BACKUP script that produces the designed history. Exit status: 0 no errors, 1 the plan has errors (the script is written all the same), 2 the file could not be read or the output could not be written.</source>
        <translation>Schreibt das T-SQL-Wiederherstellungsskript eines Plans (des ersten Plans, sofern --plan keinen angibt) oder mit --script backup das BACKUP-Skript, das den entworfenen Verlauf erzeugt. Exitstatus: 0 keine Fehler, 1 der Plan enthält Fehler (das Skript wird trotzdem geschrieben), 2 die Datei konnte nicht gelesen oder die Ausgabe nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Which script: restore (default) or backup.</source>
        <translation>Welches Skript: restore (Standard) oder backup.</translation>
    </message>
    <message>
        <source>script</source>
        <translation>script</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>unknown script &quot;%1&quot;: expected restore or backup</source>
        <translation>unbekanntes Skript „%1“: erwartet restore oder backup</translation>
    </message>
    <message>
        <source>%1 has no plans: there is no restore script to write</source>
        <translation>%1 enthält keine Pläne: Es gibt kein Wiederherstellungsskript zu schreiben</translation>
    </message>
    <message>
        <source>plan &quot;%1&quot; has errors; the script will fail or restore the wrong data (see: restore-designer check)</source>
        <translation>Plan „%1“ enthält Fehler; das Skript wird fehlschlagen oder die falschen Daten wiederherstellen (siehe: restore-designer check)</translation>
    </message>
    <message>
        <source>Write the script to &lt;file&gt; instead of the standard output (&quot;-&quot; is the standard output); never FILE itself.</source>
        <translation>Das Skript in &lt;file&gt; statt in die Standardausgabe schreiben (&quot;-&quot; ist die Standardausgabe); niemals FILE selbst.</translation>
    </message>
</context>
<context>
    <name>rd::cli::HealthCommand</name>
    <message>
        <source>database &quot;%1&quot;: %2, %3, %4</source>
        <translation>Datenbank „%1“: %2, %3, %4</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>%1 info</source>
        <translation>%1 Info</translation>
    </message>
    <message>
        <source>Prints the chain-health report of a project&apos;s whole backup history: log chain gaps, recovery forks, differentials whose base is gone, backups to NUL or by another tool, full backups with no log after them, copy-only, damaged or failed backups, and the longest time without a usable restore point. Exit status: 0 no errors (warnings allowed), 1 at least one error, 2 the file could not be read.</source>
        <translation>Gibt den Kettenzustandsbericht des gesamten Sicherungsverlaufs eines Projekts aus: Lücken in der Protokollkette, Wiederherstellungsverzweigungen, differenzielle Sicherungen ohne vorhandene Basis, Sicherungen nach NUL oder durch ein anderes Tool, vollständige Sicherungen ohne nachfolgendes Protokoll, Kopiesicherungen, beschädigte oder fehlgeschlagene Sicherungen und die längste Zeit ohne verwendbaren Wiederherstellungspunkt. Exitstatus: 0 keine Fehler (Warnungen zulässig), 1 mindestens ein Fehler, 2 die Datei konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>rd::cli::ImportHistoryCommand</name>
    <message numerus="yes">
        <source>%1: %n backup(s) of database %2 from %3 row(s) read</source>
        <translation>
            <numerusform>%1: %n Sicherung der Datenbank %2 aus %3 gelesenen Zeile(n)</numerusform>
            <numerusform>%1: %n Sicherungen der Datenbank %2 aus %3 gelesenen Zeile(n)</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Imports a backup history saved from msdb (resources/sql/msdb-backup-history.sql, docs/import-msdb.md) or exported by dbatools (Get-DbaDbBackupHistory | ConvertTo-Json or Export-CliXml, docs/import-dbatools.md) or read from the backup files&apos; headers (resources/sql/backup-headers.sql, docs/import-headeronly.md) and writes it as a JSON plan (.json) or a project file (.rdproj). The report, with every row skipped and why, goes to standard output; errors to standard error. Exit status: 0 written, 2 the input could not be read or the output not written.</source>
        <translation>Importiert einen aus msdb gespeicherten (resources/sql/msdb-backup-history.sql, docs/import-msdb.md), von dbatools exportierten (Get-DbaDbBackupHistory | ConvertTo-Json oder Export-CliXml, docs/import-dbatools.md) oder aus den Headern der Sicherungsdateien gelesenen (resources/sql/backup-headers.sql, docs/import-headeronly.md) Sicherungsverlauf und schreibt ihn als JSON-Plan (.json) oder Projektdatei (.rdproj). Der Bericht mit jeder übersprungenen Zeile und dem Grund geht an die Standardausgabe, Fehler gehen an die Standardfehlerausgabe. Exitstatus: 0 geschrieben, 2 die Eingabe konnte nicht gelesen oder die Ausgabe nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>What the files are: msdb (the saved results of the query), dbatools (JSON or CliXML, told apart by content), headeronly (RESTORE HEADERONLY and FILELISTONLY results).</source>
        <translation>Art der Dateien: msdb (die gespeicherten Ergebnisse der Abfrage), dbatools (JSON oder CliXML, am Inhalt unterschieden), headeronly (Ergebnisse von RESTORE HEADERONLY und FILELISTONLY).</translation>
    </message>
    <message>
        <source>msdb|dbatools|headeronly</source>
        <translation>msdb|dbatools|headeronly</translation>
    </message>
    <message>
        <source>The database to import when the files hold several (case-insensitive).</source>
        <translation>Die zu importierende Datenbank, wenn die Dateien mehrere enthalten (ohne Berücksichtigung der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The file to write: a JSON plan (.json) or a project file (.rdproj).</source>
        <translation>Die zu schreibende Datei: ein JSON-Plan (.json) oder eine Projektdatei (.rdproj).</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>A saved export (CSV or sqlcmd output; dbatools JSON or CliXML); several are one history.</source>
        <translation>Ein gespeicherter Export (CSV- oder sqlcmd-Ausgabe; dbatools-JSON oder -CliXML); mehrere bilden einen einzigen Verlauf.</translation>
    </message>
    <message>
        <source>--from is required: msdb, dbatools or headeronly; see --help</source>
        <translation>--from ist erforderlich: msdb, dbatools oder headeronly; siehe --help</translation>
    </message>
    <message>
        <source>--from %1: expected msdb, dbatools or headeronly</source>
        <translation>--from %1: erwartet msdb, dbatools oder headeronly</translation>
    </message>
    <message>
        <source>give at least one FILE to import; see --help</source>
        <translation>geben Sie mindestens eine zu importierende FILE an; siehe --help</translation>
    </message>
    <message>
        <source>-o OUT is required: the JSON plan (.json) or project file (.rdproj) to write</source>
        <translation>-o OUT ist erforderlich: der zu schreibende JSON-Plan (.json) oder die zu schreibende Projektdatei (.rdproj)</translation>
    </message>
    <message>
        <source>%1: unknown extension; the output must end in .json or .rdproj</source>
        <translation>%1: unbekannte Erweiterung; die Ausgabe muss auf .json oder .rdproj enden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>rd::cli::NoDisplayReport</name>
    <message>
        <source>no display available (DISPLAY/WAYLAND_DISPLAY unset) and no FILE given. Run under a desktop session or xvfb-run to open the designer, or see --help for the commands that need no display.</source>
        <translation>keine Anzeige verfügbar (DISPLAY/WAYLAND_DISPLAY nicht gesetzt) und keine FILE angegeben. Führen Sie das Programm in einer Desktopsitzung oder unter xvfb-run aus, um den Designer zu öffnen, oder siehe --help für die Befehle, die keine Anzeige benötigen.</translation>
    </message>
    <message>
        <source>no display available (DISPLAY/WAYLAND_DISPLAY unset); printing the check, simulation and restore script instead. Run under a desktop session or xvfb-run to open the designer.</source>
        <translation>keine Anzeige verfügbar (DISPLAY/WAYLAND_DISPLAY nicht gesetzt); stattdessen werden die Prüfung, die Simulation und das Wiederherstellungsskript ausgegeben. Führen Sie das Programm in einer Desktopsitzung oder unter xvfb-run aus, um den Designer zu öffnen.</translation>
    </message>
</context>
<context>
    <name>rd::cli::PlanCommand</name>
    <message>
        <source>--to mark: needs the mark&apos;s name (mark:NAME)</source>
        <translation>--to mark: benötigt den Namen der Markierung (mark:NAME)</translation>
    </message>
    <message>
        <source>--to %1: %2</source>
        <translation>--to %1: %2</translation>
    </message>
    <message>
        <source>--to %1: expected latest, a time (2017-03-06T04:00:00), mark:NAME or lsn:LSN (%2)</source>
        <translation>--to %1: erwartet latest, eine Zeit (2017-03-06T04:00:00), mark:NAME oder lsn:LSN (%2)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source> FILEGROUP %1</source>
        <translation> FILEGROUP %1</translation>
    </message>
    <message>
        <source> TO %1</source>
        <translation> TO %1</translation>
    </message>
    <message>
        <source> FROM %1</source>
        <translation> FROM %1</translation>
    </message>
    <message>
        <source> (%1, %2)</source>
        <translation> (%1, %2)</translation>
    </message>
    <message>
        <source> WITH %1</source>
        <translation> WITH %1</translation>
    </message>
    <message>
        <source>Plans the restore of FILE&apos;s backup history to a target (docs/planner.md): the base, the differential, the log chain and, with --online-first, the piecemeal stages, each choice with its reason, and every backup left out with why. Exit status: 0 planned, 1 no plan reaches the target, 2 the input could not be read, or the output not written.</source>
        <translation>Plant die Wiederherstellung des Sicherungsverlaufs von FILE bis zu einem Ziel (docs/planner.md): die Basis, die differenzielle Sicherung, die Protokollkette und mit --online-first die Phasen der schrittweisen Wiederherstellung, jede Wahl mit ihrer Begründung, und jede ausgelassene Sicherung mit dem Grund. Exitstatus: 0 geplant, 1 kein Plan erreicht das Ziel, 2 die Eingabe konnte nicht gelesen oder die Ausgabe nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Where to recover to: latest (the end of the log, the default), a time (2017-03-06T04:00:00), mark:NAME (a MARK event) or lsn:LSN.</source>
        <translation>Bis wohin wiederhergestellt wird: latest (das Ende des Protokolls, Standard), eine Zeit (2017-03-06T04:00:00), mark:NAME (ein MARK-Ereignis) oder lsn:LSN.</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>TARGET</translation>
    </message>
    <message>
        <source>A piecemeal restore bringing these filegroups online first, in this order (PRIMARY and the memory-optimized filegroup always come first).</source>
        <translation>Eine schrittweise Wiederherstellung, die diese Dateigruppen zuerst online schaltet, in dieser Reihenfolge (PRIMARY und die speicheroptimierte Dateigruppe kommen immer zuerst).</translation>
    </message>
    <message>
        <source>FG,FG...</source>
        <translation>FG,FG...</translation>
    </message>
    <message>
        <source>Write the project with the new plan appended: a JSON plan (.json) or a project file (.rdproj).</source>
        <translation>Das Projekt mit dem angefügten neuen Plan schreiben: ein JSON-Plan (.json) oder eine Projektdatei (.rdproj).</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>%1: unknown extension; the output must end in .json or .rdproj</source>
        <translation>%1: unbekannte Erweiterung; die Ausgabe muss auf .json oder .rdproj enden</translation>
    </message>
    <message>
        <source>%1: no plan reaches the target: %2</source>
        <translation>%1: Kein Plan erreicht das Ziel: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Plan &quot;%1&quot; (%n step(s)):</source>
        <translation>
            <numerusform>Plan „%1“ (%n Schritt):</numerusform>
            <numerusform>Plan „%1“ (%n Schritte):</numerusform>
        </translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Begründung:</translation>
    </message>
    <message numerus="yes">
        <source>Left out (%n line(s)):</source>
        <translation>
            <numerusform>Ausgelassen (%n Zeile):</numerusform>
            <numerusform>Ausgelassen (%n Zeilen):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::cli::PlanEstimateReport</name>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>%1 (ends at %2)</source>
        <translation>%1 (endet bei %2)</translation>
    </message>
    <message>
        <source>memory needed</source>
        <translation>benötigter Arbeitsspeicher</translation>
    </message>
    <message>
        <source>%1 (and %2 of free disk), from the CFP snapshot of %3</source>
        <translation>%1 (und %2 freier Datenträgerplatz), aus der CFP-Momentaufnahme von %3</translation>
    </message>
    <message>
        <source>%1 not online</source>
        <translation>%1 nicht online</translation>
    </message>
    <message>
        <source>%1 before the restore</source>
        <translation>%1 vor der Wiederherstellung</translation>
    </message>
    <message>
        <source>%1 after step %2 at %3</source>
        <translation>%1 nach Schritt %2 bei %3</translation>
    </message>
    <message>
        <source>restore time %1; online: %2</source>
        <translation>Wiederherstellungsdauer %1; online: %2</translation>
    </message>
</context>
<context>
    <name>rd::cli::PlanLeftOut</name>
    <message>
        <source>%1 (%2, %3): %4</source>
        <translation>%1 (%2, %3): %4</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 backups, %2 … %3: %4</source>
        <translation>
            <numerusform>%n %1-Sicherung, %2 … %3: %4</numerusform>
            <numerusform>%n %1-Sicherungen, %2 … %3: %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::cli::RulesCommand</name>
    <message>
        <source>Lists every rule the validator knows, with its status (checked, simulated, by construction, not applicable, pending), severity, message and source.</source>
        <translation>Listet jede Regel auf, die der Validator kennt, mit Status (checked, simulated, by construction, not applicable, pending), Schweregrad, Meldung und Quelle.</translation>
    </message>
    <message>
        <source>markdown (default) or json.</source>
        <translation>markdown (Standard) oder json.</translation>
    </message>
    <message>
        <source>--format must be markdown or json, not &quot;%1&quot;</source>
        <translation>--format muss markdown oder json sein, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>rd::cli::SimulateCommand</name>
    <message>
        <source>plan &quot;%1&quot;</source>
        <translation>Plan „%1“</translation>
    </message>
    <message>
        <source>step %1  %2</source>
        <translation>Schritt %1  %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>redo LSN</source>
        <translation>Redo-LSN</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (stop at)</source>
        <translation>%1 (Anhalten bei)</translation>
    </message>
    <message>
        <source>point in time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Runs restore plans step by step and prints the state of the database and of each filegroup after every step. Exit status: 0 no errors, 1 the simulation found an error, 2 the file could not be read.</source>
        <translation>Führt Wiederherstellungspläne Schritt für Schritt aus und gibt nach jedem Schritt den Zustand der Datenbank und jeder Dateigruppe aus. Exitstatus: 0 keine Fehler, 1 die Simulation hat einen Fehler gefunden, 2 die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>memory-optimized load</source>
        <translation>Laden speicheroptimierter Daten</translation>
    </message>
    <message>
        <source>pages restoring</source>
        <translation>Seiten werden wiederhergestellt</translation>
    </message>
    <message>
        <source>REFUSED (%1): nothing changes</source>
        <translation>ABGELEHNT (%1): Es ändert sich nichts</translation>
    </message>
</context>
</TS>
