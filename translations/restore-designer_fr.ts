<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApplyFixCommand</name>
    <message>
        <source>Apply fix</source>
        <translation>Appliquer le correctif</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correctif : %1</translation>
    </message>
</context>
<context>
    <name>AtomicWrite</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>the file system took only %1 of %2 bytes</source>
        <translation>le système de fichiers n&apos;a accepté que %1 octets sur %2</translation>
    </message>
</context>
<context>
    <name>BackgroundLoad</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
</context>
<context>
    <name>BackupChecks</name>
    <message>
        <source>Backup %1 is a file backup of PRIMARY taken under SIMPLE recovery; SQL Server refuses it (only read-only filegroups can be backed up as files in the simple model).</source>
        <translation>La sauvegarde %1 est une sauvegarde de fichiers de PRIMARY effectuée en mode de récupération SIMPLE ; SQL Server la refuse (en mode simple, seuls les groupes de fichiers en lecture seule peuvent être sauvegardés en tant que fichiers).</translation>
    </message>
    <message>
        <source>Take %1 as a partial backup (READ_WRITE_FILEGROUPS) or a full backup.</source>
        <translation>Effectuer %1 en tant que sauvegarde partielle (READ_WRITE_FILEGROUPS) ou sauvegarde complète.</translation>
    </message>
    <message>
        <source>Backup %1 is a file backup of read/write data (%2) under SIMPLE recovery; it is only useful if you set the filegroup read-only before restoring it. Read/write data belongs in a partial backup (READ_WRITE_FILEGROUPS).</source>
        <translation>La sauvegarde %1 est une sauvegarde de fichiers de données en lecture-écriture (%2) en mode de récupération SIMPLE ; elle n&apos;est utile que si vous passez le groupe de fichiers en lecture seule avant de le restaurer. Les données en lecture-écriture relèvent d&apos;une sauvegarde partielle (READ_WRITE_FILEGROUPS).</translation>
    </message>
    <message>
        <source>Take %1 as a partial backup (READ_WRITE_FILEGROUPS) instead, so that it holds %2 with PRIMARY.</source>
        <translation>Effectuer plutôt %1 en tant que sauvegarde partielle (READ_WRITE_FILEGROUPS), afin qu&apos;elle contienne %2 avec PRIMARY.</translation>
    </message>
    <message>
        <source>Backup %1 lists every read/write filegroup by hand, so it is a file backup, not a partial backup: it cannot start a simple-model piecemeal restore or be the base of a differential partial backup.</source>
        <translation>La sauvegarde %1 énumère manuellement chaque groupe de fichiers en lecture-écriture ; c&apos;est donc une sauvegarde de fichiers, et non une sauvegarde partielle : elle ne peut ni démarrer une restauration fragmentaire en mode simple, ni servir de base à une sauvegarde différentielle partielle.</translation>
    </message>
    <message>
        <source>Take %1 with READ_WRITE_FILEGROUPS instead of the FILEGROUP list.</source>
        <translation>Effectuer %1 avec READ_WRITE_FILEGROUPS au lieu de la liste FILEGROUP.</translation>
    </message>
    <message>
        <source>Backup %1 lists every read/write filegroup by hand, so it is a file backup, not a partial backup, and cannot be the base of differential partial backup %2.</source>
        <translation>La sauvegarde %1 énumère manuellement chaque groupe de fichiers en lecture-écriture ; c&apos;est donc une sauvegarde de fichiers, et non une sauvegarde partielle, et elle ne peut pas servir de base à la sauvegarde différentielle partielle %2.</translation>
    </message>
    <message>
        <source>Differential %1 is marked COPY_ONLY, but COPY_ONLY is ignored when combined with DIFFERENTIAL: it is an ordinary differential backup.</source>
        <translation>La sauvegarde différentielle %1 est marquée COPY_ONLY, mais COPY_ONLY est ignoré en combinaison avec DIFFERENTIAL : il s&apos;agit d&apos;une sauvegarde différentielle ordinaire.</translation>
    </message>
    <message>
        <source>Remove COPY_ONLY from %1 (or take a COPY_ONLY full backup instead).</source>
        <translation>Supprimer COPY_ONLY de %1 (ou effectuer plutôt une sauvegarde complète COPY_ONLY).</translation>
    </message>
    <message>
        <source>The log of %1 is damaged at %2; log backup %3 cannot be taken then.</source>
        <translation>Le journal de %1 est endommagé à %2 ; la sauvegarde du journal %3 ne peut pas être effectuée à ce moment-là.</translation>
    </message>
    <message>
        <source>Remove %1 from the history.</source>
        <translation>Supprimer %1 de l&apos;historique.</translation>
    </message>
    <message>
        <source>Remove %1 from the history, and from the plans that restore it.</source>
        <translation>Supprimer %1 de l&apos;historique et des plans qui la restaurent.</translation>
    </message>
    <message>
        <source>File %1 of %2</source>
        <translation>Fichier %1 de %2</translation>
    </message>
    <message>
        <source>%1 is SUSPECT from %2 (damaged), so backup %3 cannot be taken then.</source>
        <translation>%1 est SUSPECT à partir de %2 (endommagé) ; la sauvegarde %3 ne peut donc pas être effectuée à ce moment-là.</translation>
    </message>
    <message>
        <source>Remove %1 from the history (or move it before the failure at %2).</source>
        <translation>Supprimer %1 de l&apos;historique (ou la déplacer avant la défaillance à %2).</translation>
    </message>
    <message>
        <source>Move %1 before the failure at %2, or remove it from the history and from the plans that restore it.</source>
        <translation>Déplacer %1 avant la défaillance à %2, ou la supprimer de l&apos;historique et des plans qui la restaurent.</translation>
    </message>
    <message>
        <source>Backup %1 (%2 to %3) overlaps the %4 of file %5 at %6; BACKUP cannot run while a file is added or removed.</source>
        <translation>La sauvegarde %1 (%2 à %3) chevauche %4 du fichier %5 à %6 ; BACKUP ne peut pas s&apos;exécuter pendant l&apos;ajout ou la suppression d&apos;un fichier.</translation>
    </message>
    <message>
        <source>addition</source>
        <translation>l&apos;ajout</translation>
    </message>
    <message>
        <source>removal</source>
        <translation>la suppression</translation>
    </message>
    <message>
        <source>Move %1 so that it finishes before %2 or starts after it (choose when on the timeline).</source>
        <translation>Déplacer %1 de sorte qu&apos;elle se termine avant %2 ou commence après (choisissez le moment sur la chronologie).</translation>
    </message>
    <message>
        <source>The PRIMARY filegroup cannot be read-only (make the whole database READ_ONLY instead).</source>
        <translation>Le groupe de fichiers PRIMARY ne peut pas être en lecture seule (passez plutôt toute la base de données en READ_ONLY).</translation>
    </message>
    <message>
        <source>Clear the read-only flag of PRIMARY.</source>
        <translation>Supprimer l&apos;indicateur de lecture seule de PRIMARY.</translation>
    </message>
    <message>
        <source>(SET_READ_ONLY at %1.)</source>
        <translation>(SET_READ_ONLY à %1.)</translation>
    </message>
    <message>
        <source>Remove the SET_READ_ONLY event of PRIMARY at %1.</source>
        <translation>Supprimer l&apos;événement SET_READ_ONLY de PRIMARY à %1.</translation>
    </message>
    <message>
        <source>There is no full backup, and the file backups do not form a complete set: no backup holds %1. A total loss of %2 would not be recoverable.</source>
        <translation>Il n&apos;existe aucune sauvegarde complète, et les sauvegardes de fichiers ne forment pas un ensemble complet : aucune sauvegarde ne contient %1. Une perte totale de %2 ne serait pas récupérable.</translation>
    </message>
    <message>
        <source>Take a full database backup (or file backups of %1).</source>
        <translation>Effectuer une sauvegarde complète de base de données (ou des sauvegardes de fichiers de %1).</translation>
    </message>
    <message>
        <source>There is no full backup, and the log backups do not span the file backups: nothing covers LSN %1, so the file backups cannot be brought to one point. A total loss of %2 would not be recoverable.</source>
        <translation>Il n&apos;existe aucune sauvegarde complète, et les sauvegardes du journal ne couvrent pas les sauvegardes de fichiers : rien ne couvre le LSN %1 ; les sauvegardes de fichiers ne peuvent donc pas être amenées à un même point. Une perte totale de %2 ne serait pas récupérable.</translation>
    </message>
    <message>
        <source>Take a full database backup, or a log backup that closes the gap.</source>
        <translation>Effectuer une sauvegarde complète de base de données, ou une sauvegarde du journal qui comble la lacune.</translation>
    </message>
    <message>
        <source>Differential %1 has no base: no full backup (other than a copy-only one) was taken before it, so SQL Server refuses this backup.</source>
        <translation>La sauvegarde différentielle %1 n&apos;a pas de base : aucune sauvegarde complète autre qu&apos;une sauvegarde de copie uniquement n&apos;a été effectuée avant elle ; SQL Server refuse donc cette sauvegarde.</translation>
    </message>
    <message>
        <source>Take a full backup before %1 (choose when, and add it to the history).</source>
        <translation>Effectuer une sauvegarde complète avant %1 (choisissez le moment et ajoutez-la à l&apos;historique).</translation>
    </message>
    <message>
        <source>Differential %1 has no base: no partial backup (other than a copy-only one) was taken before it, so SQL Server refuses this backup.</source>
        <translation>La sauvegarde différentielle %1 n&apos;a pas de base : aucune sauvegarde partielle autre qu&apos;une sauvegarde de copie uniquement n&apos;a été effectuée avant elle ; SQL Server refuse donc cette sauvegarde.</translation>
    </message>
    <message>
        <source>Take a partial backup before %1 (choose when, and add it to the history).</source>
        <translation>Effectuer une sauvegarde partielle avant %1 (choisissez le moment et ajoutez-la à l&apos;historique).</translation>
    </message>
    <message>
        <source>Differential %1 has no base: no backup of %2 (other than a copy-only one) was taken before it, so SQL Server refuses this backup.</source>
        <translation>La sauvegarde différentielle %1 n&apos;a pas de base : aucune sauvegarde de %2 autre qu&apos;une sauvegarde de copie uniquement n&apos;a été effectuée avant elle ; SQL Server refuse donc cette sauvegarde.</translation>
    </message>
    <message>
        <source>Take a backup of %1 before %2 (choose when, and add it to the history).</source>
        <translation>Effectuer une sauvegarde de %1 avant %2 (choisissez le moment et ajoutez-la à l&apos;historique).</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>Add backup %1</source>
        <translation>Ajouter la sauvegarde %1</translation>
    </message>
    <message>
        <source>Change backup %1</source>
        <translation>Modifier la sauvegarde %1</translation>
    </message>
    <message>
        <source>Remove backup %1</source>
        <translation>Supprimer la sauvegarde %1</translation>
    </message>
    <message>
        <source>Move backup %1</source>
        <translation>Déplacer la sauvegarde %1</translation>
    </message>
</context>
<context>
    <name>BackupSizePoints</name>
    <message>
        <source>%1 — %2 backup</source>
        <translation>%1 — sauvegarde %2</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>Fin : %1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Taille : %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Memory-optimized part: at most %1</source>
        <translation>Partie optimisée en mémoire : au plus %1</translation>
    </message>
    <message>
        <source>Memory-optimized part: %1</source>
        <translation>Partie optimisée en mémoire : %1</translation>
    </message>
    <message>
        <source>estimated from the CFP snapshot of %1 under the SQL Server %2 rules</source>
        <translation>estimée à partir de l&apos;instantané CFP de %1 selon les règles de SQL Server %2</translation>
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
        <translation>%1 (dérivé)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 backup%3%4&lt;table cellspacing=0 cellpadding=1&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — sauvegarde %2%3%4&lt;table cellspacing=0 cellpadding=1&gt;</translation>
    </message>
    <message>
        <source>, COPY_ONLY</source>
        <translation>, COPY_ONLY</translation>
    </message>
    <message>
        <source>, tail-log</source>
        <translation>, fin du journal</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>First LSN</source>
        <translation>Premier LSN</translation>
    </message>
    <message>
        <source>Last LSN</source>
        <translation>Dernier LSN</translation>
    </message>
    <message>
        <source>Checkpoint LSN</source>
        <translation>LSN du point de contrôle</translation>
    </message>
    <message>
        <source>Database backup LSN</source>
        <translation>LSN de sauvegarde de base de données</translation>
    </message>
    <message>
        <source>Differential base LSN</source>
        <translation>LSN de base différentielle</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>Contient</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Supports</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>&lt;font color=#c62f2f&gt;Damaged or lost media.&lt;/font&gt;&lt;br&gt;</source>
        <translation>&lt;font color=#c62f2f&gt;Support endommagé ou perdu.&lt;/font&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>Restored by step %1 of the current plan.&lt;br&gt;</source>
        <translation>Restaurée par l&apos;étape %1 du plan actuel.&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Drag to move it in time; double-click, or Ctrl+drag onto the Plan, to restore it in the current plan; right-click for more.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Faites glisser pour la déplacer dans le temps ; double-cliquez, ou faites glisser avec Ctrl sur le plan, pour la restaurer dans le plan actuel ; cliquez avec le bouton droit pour plus d&apos;options.&lt;/i&gt;</translation>
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
        <translation>0 octet</translation>
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
        <translation>SQL Server 2016 et versions ultérieures</translation>
    </message>
    <message>
        <source>the memory-optimized filegroup</source>
        <translation>le groupe de fichiers optimisé en mémoire</translation>
    </message>
    <message>
        <source>&lt;b&gt;Estimated memory-optimized data: %1&lt;/b&gt; of %2 (%3 pages of 8 KB, %4 bytes), from the CFP snapshot of %5</source>
        <translation>&lt;b&gt;Données optimisées en mémoire estimées : %1&lt;/b&gt; sur %2 (%3 pages de 8 KB, %4 octets), d&apos;après l&apos;instantané CFP de %5</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>, under the backup rules of %1.</source>
        <translation>, selon les règles de sauvegarde de %1.</translation>
    </message>
    <message>
        <source>&lt;br&gt;An upper bound: no CFP snapshot between its base full backup and it says which data files closed since, so every data file is counted.</source>
        <translation>&lt;br&gt;Une limite supérieure : aucun instantané CFP entre sa sauvegarde complète de base et elle n&apos;indique quels fichiers de données ont été fermés depuis ; tous les fichiers de données sont donc comptés.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;%n file(s) of the snapshot lack the size the rule needs and count as 0 bytes: a lower bound.</source>
        <translation>
            <numerusform>&lt;br&gt;%n fichier de l&apos;instantané n&apos;a pas la taille requise par la règle et compte pour 0 octet : une limite inférieure.</numerusform>
            <numerusform>&lt;br&gt;%n fichiers de l&apos;instantané n&apos;ont pas la taille requise par la règle et comptent pour 0 octet : une limite inférieure.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;The disk-based filegroups&apos; pages and the log the backup also holds are not included (a CFP snapshot says nothing of them).&lt;/i&gt;&lt;br&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Les pages des groupes de fichiers sur disque et le journal que la sauvegarde contient également ne sont pas inclus (un instantané CFP n&apos;en dit rien).&lt;/i&gt;&lt;br&gt;</translation>
    </message>
</context>
<context>
    <name>ChainHealth</name>
    <message>
        <source>Log chain gap</source>
        <translation>Lacune dans la chaîne de journaux</translation>
    </message>
    <message>
        <source>Recovery fork</source>
        <translation>Branche de récupération</translation>
    </message>
    <message>
        <source>Differential base gone</source>
        <translation>Base différentielle disparue</translation>
    </message>
    <message>
        <source>Backup to NUL</source>
        <translation>Sauvegarde vers NUL</translation>
    </message>
    <message>
        <source>Another tool</source>
        <translation>Autre outil</translation>
    </message>
    <message>
        <source>Full without log</source>
        <translation>Complète sans journal</translation>
    </message>
    <message>
        <source>Copy-only</source>
        <translation>Copie uniquement</translation>
    </message>
    <message>
        <source>Damaged or failed</source>
        <translation>Endommagée ou en échec</translation>
    </message>
    <message>
        <source>No restore point</source>
        <translation>Aucun point de restauration</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
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
        <translation>aucune sauvegarde complète ou différentielle utilisable n&apos;a été effectuée après elle ; rien après %1 ne peut donc être restauré</translation>
    </message>
    <message>
        <source>%1 (%2) is the first full or differential backup a restore can start from again</source>
        <translation>%1 (%2) est la première sauvegarde complète ou différentielle à partir de laquelle une restauration peut de nouveau démarrer</translation>
    </message>
    <message>
        <source>full backup</source>
        <translation>sauvegarde complète</translation>
    </message>
    <message>
        <source>differential backup</source>
        <translation>sauvegarde différentielle</translation>
    </message>
    <message>
        <source>partial backup</source>
        <translation>sauvegarde partielle</translation>
    </message>
    <message>
        <source>differential partial backup</source>
        <translation>sauvegarde différentielle partielle</translation>
    </message>
    <message>
        <source>file backup</source>
        <translation>sauvegarde de fichiers</translation>
    </message>
    <message>
        <source>differential file backup</source>
        <translation>sauvegarde différentielle de fichiers</translation>
    </message>
    <message>
        <source>log backup</source>
        <translation>sauvegarde du journal</translation>
    </message>
    <message>
        <source>The %1 %2 (%3) was written to NUL: it exists nowhere and cannot be restored.</source>
        <translation>La %1 %2 (%3) a été écrite vers NUL : elle n&apos;existe nulle part et ne peut pas être restaurée.</translation>
    </message>
    <message>
        <source>The %1 %2 (%3) was written to NUL: it exists nowhere, yet it reset the differential base, so the differentials after it cannot be restored until the next full backup. Take backups for testing WITH COPY_ONLY.</source>
        <translation>La %1 %2 (%3) a été écrite vers NUL : elle n&apos;existe nulle part, mais elle a réinitialisé la base différentielle ; les sauvegardes différentielles qui la suivent ne peuvent donc pas être restaurées avant la prochaine sauvegarde complète. Effectuez les sauvegardes de test WITH COPY_ONLY.</translation>
    </message>
    <message>
        <source>Log backup %1 (%2) was written by another tool (a virtual device%3): the log chain runs through it, so every restore past it needs that tool&apos;s copy. Make sure it keeps it as long as your own backups.</source>
        <translation>La sauvegarde du journal %1 (%2) a été écrite par un autre outil (une unité virtuelle%3) : la chaîne de journaux passe par elle ; toute restauration au-delà nécessite donc la copie de cet outil. Assurez-vous qu&apos;il la conserve aussi longtemps que vos propres sauvegardes.</translation>
    </message>
    <message>
        <source>The %1 %2 (%3) was taken by another tool (a snapshot or virtual device%4): RESTORE cannot read it from a file; restore it with that tool.</source>
        <translation>La %1 %2 (%3) a été effectuée par un autre outil (un instantané ou une unité virtuelle%4) : RESTORE ne peut pas la lire à partir d&apos;un fichier ; restaurez-la avec cet outil.</translation>
    </message>
    <message>
        <source>Log backup %1 (%2) was written to NUL: SQL Server truncated the log as if it were backed up, but LSNs %3 to %4 exist nowhere. No restore can roll forward past %5; %6.</source>
        <translation>La sauvegarde du journal %1 (%2) a été écrite vers NUL : SQL Server a tronqué le journal comme s&apos;il avait été sauvegardé, mais les LSN %3 à %4 n&apos;existent nulle part. Aucune restauration ne peut effectuer de restauration par progression au-delà de %5 ; %6.</translation>
    </message>
    <message>
        <source>The %1 %2 (%3) failed: it is no restore point. %4</source>
        <translation>La %1 %2 (%3) a échoué : ce n&apos;est pas un point de restauration. %4</translation>
    </message>
    <message>
        <source>A failed log backup truncates nothing: the next log backup holds its records.</source>
        <translation>Une sauvegarde du journal en échec ne tronque rien : la sauvegarde du journal suivante contient ses enregistrements.</translation>
    </message>
    <message>
        <source>Restores fall back to the backup before it.</source>
        <translation>Les restaurations se replient sur la sauvegarde qui la précède.</translation>
    </message>
    <message>
        <source>The %1 %2 (%3) was taken over damaged data (CONTINUE_AFTER_ERROR): restoring it needs CONTINUE_AFTER_ERROR too and may lose data. Check the database and take a new full backup.</source>
        <translation>La %1 %2 (%3) a été effectuée sur des données endommagées (CONTINUE_AFTER_ERROR) : sa restauration nécessite également CONTINUE_AFTER_ERROR et peut entraîner une perte de données. Vérifiez la base de données et effectuez une nouvelle sauvegarde complète.</translation>
    </message>
    <message>
        <source>Log backup %1 (%2) is copy-only: it truncated nothing and the regular log backups do not depend on it. It is no link of the chain; a restore may still use it.</source>
        <translation>La sauvegarde du journal %1 (%2) est de copie uniquement : elle n&apos;a rien tronqué et les sauvegardes du journal régulières n&apos;en dépendent pas. Ce n&apos;est pas un maillon de la chaîne ; une restauration peut néanmoins l&apos;utiliser.</translation>
    </message>
    <message>
        <source>The %1 %2 (%3) is copy-only: it restores on its own, but no differential is based on it; the differentials after it still need the previous regular full backup.</source>
        <translation>La %1 %2 (%3) est de copie uniquement : elle se restaure seule, mais aucune sauvegarde différentielle ne se base sur elle ; les sauvegardes différentielles qui la suivent nécessitent toujours la sauvegarde complète régulière précédente.</translation>
    </message>
    <message>
        <source>the backup with GUID %1</source>
        <translation>la sauvegarde avec le GUID %1</translation>
    </message>
    <message>
        <source>the backup at LSN %1</source>
        <translation>la sauvegarde au LSN %1</translation>
    </message>
    <message>
        <source>a regular full backup before it</source>
        <translation>une sauvegarde complète régulière qui la précède</translation>
    </message>
    <message>
        <source>The %1 %2 (%3) is based on %4, which is not in this history: without its base it cannot be restored. If msdb&apos;s history was cleaned up, find the base&apos;s file; if the base was deleted, take a new full backup.</source>
        <translation>La %1 %2 (%3) est basée sur %4, qui ne figure pas dans cet historique : sans sa base, elle ne peut pas être restaurée. Si l&apos;historique de msdb a été nettoyé, retrouvez le fichier de la base ; si la base a été supprimée, effectuez une nouvelle sauvegarde complète.</translation>
    </message>
    <message>
        <source> on recovery path %1</source>
        <translation> sur le chemin de récupération %1</translation>
    </message>
    <message>
        <source>Gap in the log chain%1: log backup %2 ends at LSN %3 (%4), but the next log backup, %5, starts at LSN %6 (%7). No log backup holds the log between them, so a restore from an earlier backup stops at %4; %8.</source>
        <translation>Lacune dans la chaîne de journaux%1 : la sauvegarde du journal %2 se termine au LSN %3 (%4), mais la sauvegarde du journal suivante, %5, commence au LSN %6 (%7). Aucune sauvegarde du journal ne contient le journal entre les deux ; une restauration à partir d&apos;une sauvegarde antérieure s&apos;arrête donc à %4 ; %8.</translation>
    </message>
    <message>
        <source>%1 (%2 backups, %3 to %4)</source>
        <translation>%1 (%2 sauvegardes, %3 à %4)</translation>
    </message>
    <message>
        <source>The history forks at LSN %1, in log backup %2 (%3): the database was restored to that point and recovered, which started recovery path %4. Before it: path %5. A restore follows one path; log backups of the other path cannot be applied past the fork.</source>
        <translation>L&apos;historique se divise au LSN %1, dans la sauvegarde du journal %2 (%3) : la base de données a été restaurée jusqu&apos;à ce point et récupérée, ce qui a démarré le chemin de récupération %4. Avant ce point : chemin %5. Une restauration suit un seul chemin ; les sauvegardes du journal de l&apos;autre chemin ne peuvent pas être appliquées au-delà de la branche.</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non enregistré)</translation>
    </message>
    <message>
        <source>Recovery path %1 starts with %2 without a log backup across its fork: the database was restored and recovered, and nothing in this history links the backups of this path to those before it. A restore uses one path&apos;s backups only.</source>
        <translation>Le chemin de récupération %1 commence par %2 sans sauvegarde du journal couvrant sa branche : la base de données a été restaurée et récupérée, et rien dans cet historique ne relie les sauvegardes de ce chemin à celles qui le précèdent. Une restauration n&apos;utilise que les sauvegardes d&apos;un seul chemin.</translation>
    </message>
    <message>
        <source>Full backup %1 (%2) has no log backup after it</source>
        <translation>La sauvegarde complète %1 (%2) n&apos;est suivie d&apos;aucune sauvegarde du journal</translation>
    </message>
    <message>
        <source>%1 full backups, from %2 (%3) to %4 (%5), have no log backup after them</source>
        <translation>%1 sauvegardes complètes, de %2 (%3) à %4 (%5), ne sont suivies d&apos;aucune sauvegarde du journal</translation>
    </message>
    <message>
        <source>%1 although the database is in FULL or BULK_LOGGED recovery: no point after %2 can be restored, and the log grows until a log backup truncates it. Schedule log backups, or use SIMPLE recovery if restoring the last full backup is enough.</source>
        <translation>%1 alors que la base de données est en mode de récupération FULL ou BULK_LOGGED : aucun point après %2 ne peut être restauré, et le journal croît jusqu&apos;à ce qu&apos;une sauvegarde du journal le tronque. Planifiez des sauvegardes du journal, ou utilisez le mode de récupération SIMPLE si la restauration de la dernière sauvegarde complète suffit.</translation>
    </message>
    <message>
        <source>The longest time without a usable restore point is %1, from %2 (%3) to %4 (%5): a failure in that time would have lost everything since %2. Back up more often there, or check why the backups between them are missing or unusable.</source>
        <translation>La plus longue période sans point de restauration utilisable est de %1, de %2 (%3) à %4 (%5) : une défaillance pendant cette période aurait fait perdre tout ce qui s&apos;est produit depuis %2. Sauvegardez plus souvent sur cette période, ou vérifiez pourquoi les sauvegardes intermédiaires sont manquantes ou inutilisables.</translation>
    </message>
</context>
<context>
    <name>DataAccess</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>en lecture seule</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>en lecture-écriture</translation>
    </message>
</context>
<context>
    <name>DeferredTransactions</name>
    <message>
        <source>On %1 with %2 recovery, recovering stage 1 at step %3 while %4 is offline makes database startup fail: a transaction open since %5 touched %4, and transactions are only deferred on Enterprise under FULL or BULK_LOGGED (low confidence: verify on a test server, C-7).</source>
        <translation>Sur %1 en mode de récupération %2, récupérer la phase 1 à l&apos;étape %3 alors que %4 est hors connexion fait échouer le démarrage de la base de données : une transaction ouverte depuis %5 a touché %4, et les transactions ne sont différées que sur Enterprise en mode FULL ou BULK_LOGGED (fiabilité faible : vérifiez sur un serveur de test, C-7).</translation>
    </message>
    <message>
        <source>Restore %1 in stage 1 (add it to the FILEGROUP list of step %2), or recover to a point where no transaction touching %1 is open.</source>
        <translation>Restaurer %1 à la phase 1 (ajoutez-le à la liste FILEGROUP de l&apos;étape %2), ou récupérer jusqu&apos;à un point où aucune transaction touchant %1 n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Recovering stage 1 at step %1 defers the transaction open since %2 that touched %3: its locks stay held and the log of %4 cannot truncate until %3 is restored (or removed).</source>
        <translation>La récupération de la phase 1 à l&apos;étape %1 diffère la transaction ouverte depuis %2 qui a touché %3 : ses verrous restent maintenus et le journal de %4 ne peut pas être tronqué tant que %3 n&apos;est pas restauré (ou supprimé).</translation>
    </message>
    <message>
        <source>Restore %1 soon after step %2.</source>
        <translation>Restaurer %1 peu après l&apos;étape %2.</translation>
    </message>
    <message>
        <source>Deferred transactions on %1 keep the log of %2 from truncating, and this plan never restores %1: plan the restore of %1 soon (removing it instead makes it DEFUNCT).</source>
        <translation>Des transactions différées sur %1 empêchent la troncation du journal de %2, et ce plan ne restaure jamais %1 : planifiez rapidement la restauration de %1 (le supprimer à la place le rend DEFUNCT).</translation>
    </message>
    <message>
        <source>Insert RESTORE DATABASE … FILEGROUP = %1 FROM %2 WITH RECOVERY after step %3.</source>
        <translation>Insérer RESTORE DATABASE … FILEGROUP = %1 FROM %2 WITH RECOVERY après l&apos;étape %3.</translation>
    </message>
    <message>
        <source>Add a restore of %1 after step %2 (the history has no backup of it: take one).</source>
        <translation>Ajouter une restauration de %1 après l&apos;étape %2 (l&apos;historique n&apos;en contient aucune sauvegarde : effectuez-en une).</translation>
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
        <translation>octets</translation>
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
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
</context>
<context>
    <name>DifferentialChecks</name>
    <message>
        <source>This differential would be based on more than one backup, which is not allowed in SIMPLE recovery or for differential partial backups.</source>
        <translation>Cette sauvegarde différentielle serait basée sur plusieurs sauvegardes, ce qui n&apos;est pas autorisé en mode de récupération SIMPLE ni pour les sauvegardes différentielles partielles.</translation>
    </message>
    <message>
        <source>Differential %1 (SIMPLE recovery) would be based on both %2 and %3: %4</source>
        <translation>La sauvegarde différentielle %1 (mode de récupération SIMPLE) serait basée à la fois sur %2 et %3 : %4</translation>
    </message>
    <message>
        <source>Differential %1 (SIMPLE recovery) is recorded as multi-based: %2</source>
        <translation>La sauvegarde différentielle %1 (mode de récupération SIMPLE) est enregistrée comme multibase : %2</translation>
    </message>
    <message>
        <source>Take a new full backup before %1.</source>
        <translation>Effectuer une nouvelle sauvegarde complète avant %1.</translation>
    </message>
    <message>
        <source>Take a partial backup (READ_WRITE_FILEGROUPS) before %1.</source>
        <translation>Effectuer une sauvegarde partielle (READ_WRITE_FILEGROUPS) avant %1.</translation>
    </message>
    <message>
        <source>Differential partial backup %1 is based on %2, a %3 backup; a differential partial backup needs exactly one partial backup as its base.</source>
        <translation>La sauvegarde différentielle partielle %1 est basée sur %2, une sauvegarde %3 ; une sauvegarde différentielle partielle nécessite exactement une sauvegarde partielle comme base.</translation>
    </message>
    <message>
        <source>Differential partial backup %1 is recorded as multi-based: %2</source>
        <translation>La sauvegarde différentielle partielle %1 est enregistrée comme multibase : %2</translation>
    </message>
    <message>
        <source>Differential partial backup %1 would be based on full backup %2, not on a partial backup; a differential partial backup needs exactly one partial backup as its base.</source>
        <translation>La sauvegarde différentielle partielle %1 serait basée sur la sauvegarde complète %2, et non sur une sauvegarde partielle ; une sauvegarde différentielle partielle nécessite exactement une sauvegarde partielle comme base.</translation>
    </message>
    <message>
        <source>Differential partial backup %1 would be based on both partial backup %2 and file backup %3 (of %4): %5</source>
        <translation>La sauvegarde différentielle partielle %1 serait basée à la fois sur la sauvegarde partielle %2 et sur la sauvegarde de fichiers %3 (de %4) : %5</translation>
    </message>
    <message>
        <source>Filegroup %1 became %2 at %3, after partial base %4 and before differential partial backup %5; take a file backup of %1 and a new partial backup.</source>
        <translation>Le groupe de fichiers %1 est passé %2 à %3, après la base partielle %4 et avant la sauvegarde différentielle partielle %5 ; effectuez une sauvegarde de fichiers de %1 et une nouvelle sauvegarde partielle.</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>en lecture seule</translation>
    </message>
    <message>
        <source>read/write</source>
        <translation>en lecture-écriture</translation>
    </message>
    <message>
        <source>Take a file backup of %1 and a new partial backup before %2.</source>
        <translation>Effectuer une sauvegarde de fichiers de %1 et une nouvelle sauvegarde partielle avant %2.</translation>
    </message>
    <message>
        <source>Differential file backup %1 includes %2, which is read/write: under SIMPLE recovery a differential file backup can include only read-only filegroups; use a (differential) partial backup for read/write data.</source>
        <translation>La sauvegarde différentielle de fichiers %1 inclut %2, qui est en lecture-écriture : en mode de récupération SIMPLE, une sauvegarde différentielle de fichiers ne peut inclure que des groupes de fichiers en lecture seule ; utilisez une sauvegarde partielle (différentielle) pour les données en lecture-écriture.</translation>
    </message>
    <message>
        <source>Back up %1 with a differential partial backup (READ_WRITE_FILEGROUPS).</source>
        <translation>Sauvegarder %1 avec une sauvegarde différentielle partielle (READ_WRITE_FILEGROUPS).</translation>
    </message>
    <message>
        <source>Differential %1 of read-only database %2 may not be based on the latest full backup: a read-only database loses its differential base when it is restored, rebuilt or attached, and the history does not record %1&apos;s base (differentialBaseGuid).</source>
        <translation>La sauvegarde différentielle %1 de la base de données en lecture seule %2 n&apos;est peut-être pas basée sur la dernière sauvegarde complète : une base de données en lecture seule perd sa base différentielle lorsqu&apos;elle est restaurée, reconstruite ou attachée, et l&apos;historique n&apos;enregistre pas la base de %1 (differentialBaseGuid).</translation>
    </message>
    <message>
        <source>Take a new full backup, or record %1&apos;s DifferentialBaseGUID from RESTORE HEADERONLY.</source>
        <translation>Effectuer une nouvelle sauvegarde complète, ou enregistrer le DifferentialBaseGUID de %1 à partir de RESTORE HEADERONLY.</translation>
    </message>
    <message>
        <source>%1 has both database differentials (%2) and differential file backups (%3); mixing database differentials and file differentials makes restore planning error-prone.</source>
        <translation>%1 a à la fois des sauvegardes différentielles de base de données (%2) et des sauvegardes différentielles de fichiers (%3) ; mélanger les deux rend la planification de la restauration sujette aux erreurs.</translation>
    </message>
    <message>
        <source>Keep one differential scheme: either database or file differentials.</source>
        <translation>Conserver un seul schéma de sauvegardes différentielles : de base de données ou de fichiers.</translation>
    </message>
</context>
<context>
    <name>EditGate</name>
    <message>
        <source>Edit Refused</source>
        <translation>Modification refusée</translation>
    </message>
    <message>
        <source>Refused: %1.

%2</source>
        <translation>Refusé : %1.

%2</translation>
    </message>
    <message>
        <source>Change Backups and Steps?</source>
        <translation>Modifier les sauvegardes et les étapes ?</translation>
    </message>
    <message>
        <source>%1 also changes the designed history and plans:</source>
        <translation>%1 modifie également l&apos;historique et les plans conçus :</translation>
    </message>
    <message>
        <source>

Undo gives them back.</source>
        <translation>

La commande Annuler les rétablit.</translation>
    </message>
    <message>
        <source>Change Them</source>
        <translation>Les modifier</translation>
    </message>
</context>
<context>
    <name>EditRefusal</name>
    <message>
        <source>A CFP snapshot needs a time on the timeline.</source>
        <translation>Un instantané CFP nécessite une heure sur la chronologie.</translation>
    </message>
    <message>
        <source>%1 is not a state of the SQL Server %2 DMV.</source>
        <translation>%1 n&apos;est pas un état de la DMV SQL Server %2.</translation>
    </message>
    <message>
        <source>SQL Server 2014 has no %1 checkpoint files.</source>
        <translation>SQL Server 2014 n&apos;a pas de fichiers de point de contrôle %1.</translation>
    </message>
    <message>
        <source>The database already has a file named %1: logical file names are unique in a database.</source>
        <translation>La base de données contient déjà un fichier nommé %1 : les noms de fichiers logiques sont uniques dans une base de données.</translation>
    </message>
    <message>
        <source>A file&apos;s path cannot hold a NUL character.</source>
        <translation>Le chemin d&apos;un fichier ne peut pas contenir de caractère NUL.</translation>
    </message>
    <message>
        <source>A file&apos;s size cannot be negative.</source>
        <translation>La taille d&apos;un fichier ne peut pas être négative.</translation>
    </message>
    <message>
        <source>The database already has a filegroup named %1: filegroup names are unique in a database.</source>
        <translation>La base de données contient déjà un groupe de fichiers nommé %1 : les noms de groupes de fichiers sont uniques dans une base de données.</translation>
    </message>
    <message>
        <source>PRIMARY cannot be renamed: it is the filegroup of the primary data file and the system tables.</source>
        <translation>PRIMARY ne peut pas être renommé : c&apos;est le groupe de fichiers du fichier de données primaire et des tables système.</translation>
    </message>
    <message>
        <source>PRIMARY is a ROWS filegroup: it cannot hold FILESTREAM or memory-optimized data.</source>
        <translation>PRIMARY est un groupe de fichiers ROWS : il ne peut pas contenir de données FILESTREAM ou optimisées en mémoire.</translation>
    </message>
    <message>
        <source>The database already has a memory-optimized filegroup, %1: a database has at most one MEMORY_OPTIMIZED_DATA filegroup.</source>
        <translation>La base de données a déjà un groupe de fichiers optimisé en mémoire, %1 : une base de données a au plus un groupe de fichiers MEMORY_OPTIMIZED_DATA.</translation>
    </message>
    <message>
        <source>The memory-optimized filegroup %1 cannot be made READ_ONLY.</source>
        <translation>Le groupe de fichiers optimisé en mémoire %1 ne peut pas être passé en READ_ONLY.</translation>
    </message>
    <message>
        <source>Filegroup %1 names file %2 twice: logical file names are unique in a database.</source>
        <translation>Le groupe de fichiers %1 nomme deux fois le fichier %2 : les noms de fichiers logiques sont uniques dans une base de données.</translation>
    </message>
    <message>
        <source>The database has no filegroup named %1.</source>
        <translation>La base de données n&apos;a aucun groupe de fichiers nommé %1.</translation>
    </message>
    <message>
        <source>The database has no data file named %1.</source>
        <translation>La base de données n&apos;a aucun fichier de données nommé %1.</translation>
    </message>
    <message>
        <source>The database has no data or log file named %1.</source>
        <translation>La base de données n&apos;a aucun fichier de données ou journal nommé %1.</translation>
    </message>
    <message>
        <source>%1 is the last log file: a database needs a transaction log.</source>
        <translation>%1 est le dernier fichier journal : une base de données nécessite un journal des transactions.</translation>
    </message>
    <message>
        <source>%1 is the primary log file: SQL Server cannot remove it (only the log files added after it).</source>
        <translation>%1 est le fichier journal primaire : SQL Server ne peut pas le supprimer (seulement les fichiers journaux ajoutés après lui).</translation>
    </message>
    <message>
        <source>%1 is the primary data file: it cannot be removed or leave PRIMARY.</source>
        <translation>%1 est le fichier de données primaire : il ne peut pas être supprimé ni quitter PRIMARY.</translation>
    </message>
    <message>
        <source>%1 is the last file of filegroup %2, which needs one to hold its data: remove the filegroup instead, or add another file first.</source>
        <translation>%1 est le dernier fichier du groupe de fichiers %2, qui en a besoin d&apos;un pour contenir ses données : supprimez plutôt le groupe de fichiers, ou ajoutez d&apos;abord un autre fichier.</translation>
    </message>
    <message>
        <source>PRIMARY cannot be removed: it holds the primary data file and the system tables.</source>
        <translation>PRIMARY ne peut pas être supprimé : il contient le fichier de données primaire et les tables système.</translation>
    </message>
    <message>
        <source>%1 is a log file: log files belong to no filegroup.</source>
        <translation>%1 est un fichier journal : les fichiers journaux n&apos;appartiennent à aucun groupe de fichiers.</translation>
    </message>
    <message>
        <source>%1 is already in filegroup %2.</source>
        <translation>%1 est déjà dans le groupe de fichiers %2.</translation>
    </message>
    <message>
        <source>%1 holds %2 data and cannot move to the %3 filegroup %4: a file holds one kind of data.</source>
        <translation>%1 contient des données %2 et ne peut pas être déplacé vers le groupe de fichiers %3 %4 : un fichier contient un seul type de données.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) no longer name it in their scope: %1.</source>
        <translation>
            <numerusform>%n sauvegarde ne le nomme plus dans son étendue : %1.</numerusform>
            <numerusform>%n sauvegardes ne le nomment plus dans leur étendue : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) that name it are removed.</source>
        <translation>
            <numerusform>%n événement qui le nomme est supprimé.</numerusform>
            <numerusform>%n événements qui le nomment sont supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan %1: %n step(s) no longer name it (%2).</source>
        <translation>
            <numerusform>Plan %1 : %n étape ne le nomme plus (%2).</numerusform>
            <numerusform>Plan %1 : %n étapes ne le nomment plus (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>A file needs a name.</source>
        <translation>Un fichier doit avoir un nom.</translation>
    </message>
    <message>
        <source>A filegroup needs a name.</source>
        <translation>Un groupe de fichiers doit avoir un nom.</translation>
    </message>
    <message>
        <source>A database needs a name.</source>
        <translation>Une base de données doit avoir un nom.</translation>
    </message>
    <message>
        <source>A file name holds at most %1 characters (sysname); this one has %2.</source>
        <translation>Un nom de fichier contient au plus %1 caractères (sysname) ; celui-ci en contient %2.</translation>
    </message>
    <message>
        <source>A filegroup name holds at most %1 characters (sysname); this one has %2.</source>
        <translation>Un nom de groupe de fichiers contient au plus %1 caractères (sysname) ; celui-ci en contient %2.</translation>
    </message>
    <message>
        <source>A database name holds at most %1 characters (sysname); this one has %2.</source>
        <translation>Un nom de base de données contient au plus %1 caractères (sysname) ; celui-ci en contient %2.</translation>
    </message>
    <message>
        <source>A file name cannot hold a NUL character.</source>
        <translation>Un nom de fichier ne peut pas contenir de caractère NUL.</translation>
    </message>
    <message>
        <source>A filegroup name cannot hold a NUL character.</source>
        <translation>Un nom de groupe de fichiers ne peut pas contenir de caractère NUL.</translation>
    </message>
    <message>
        <source>A database name cannot hold a NUL character.</source>
        <translation>Un nom de base de données ne peut pas contenir de caractère NUL.</translation>
    </message>
</context>
<context>
    <name>EndStateChecks</name>
    <message>
        <source>The plan is unfinished: after its last step (%1) %2 is still RESTORING, so no filegroup is online and nobody can use the database until a RESTORE … WITH RECOVERY runs.</source>
        <translation>Le plan n&apos;est pas terminé : après sa dernière étape (%1), %2 est toujours RESTORING ; aucun groupe de fichiers n&apos;est donc en ligne et personne ne peut utiliser la base de données tant qu&apos;un RESTORE … WITH RECOVERY n&apos;est pas exécuté.</translation>
    </message>
    <message>
        <source>Append RESTORE DATABASE %1 WITH RECOVERY (a recovery-only step).</source>
        <translation>Ajouter RESTORE DATABASE %1 WITH RECOVERY à la fin (une étape de récupération seule).</translation>
    </message>
</context>
<context>
    <name>EnvironmentChecks</name>
    <message>
        <source>Backup %1 (step %2) was taken on a newer SQL Server (%3) than the target (%4); it cannot be restored there.</source>
        <translation>La sauvegarde %1 (étape %2) a été effectuée sur une version de SQL Server plus récente (%3) que la cible (%4) ; elle ne peut pas y être restaurée.</translation>
    </message>
    <message>
        <source>Restore on a server running SQL Server %1 or later.</source>
        <translation>Restaurer sur un serveur exécutant SQL Server %1 ou une version ultérieure.</translation>
    </message>
    <message>
        <source>Backup %1 (step %2) of system database %3 was taken on SQL Server %4; a backup of master, model or msdb restores only on exactly the same version, and the target runs %5.</source>
        <translation>La sauvegarde %1 (étape %2) de la base de données système %3 a été effectuée sur SQL Server %4 ; une sauvegarde de master, model ou msdb ne se restaure que sur exactement la même version, et la cible exécute %5.</translation>
    </message>
    <message>
        <source>Restore on a server running exactly SQL Server %1.</source>
        <translation>Restaurer sur un serveur exécutant exactement SQL Server %1.</translation>
    </message>
    <message>
        <source>Backup %1 (step %2) is encrypted; make sure the certificate or asymmetric key that protects it exists on the target server before running the script, or it cannot be restored.</source>
        <translation>La sauvegarde %1 (étape %2) est chiffrée ; assurez-vous que le certificat ou la clé asymétrique qui la protège existe sur le serveur cible avant d&apos;exécuter le script, faute de quoi elle ne peut pas être restaurée.</translation>
    </message>
    <message>
        <source>Restore the certificate (CREATE CERTIFICATE … FROM FILE … WITH PRIVATE KEY) on the target, then mark the certificates as available in the environment.</source>
        <translation>Restaurer le certificat (CREATE CERTIFICATE … FROM FILE … WITH PRIVATE KEY) sur la cible, puis marquer les certificats comme disponibles dans l&apos;environnement.</translation>
    </message>
    <message>
        <source>%1 is joined to an availability group, so SQL Server refuses step %2. Remove %1 from its availability group before restoring it, and add it back afterwards.</source>
        <translation>%1 fait partie d&apos;un groupe de disponibilité ; SQL Server refuse donc l&apos;étape %2. Supprimez %1 de son groupe de disponibilité avant de la restaurer, puis rajoutez-la ensuite.</translation>
    </message>
    <message>
        <source>%1 is mirrored, so SQL Server refuses step %2. Remove %1 from its mirroring session before restoring it.</source>
        <translation>%1 est mise en miroir ; SQL Server refuse donc l&apos;étape %2. Supprimez %1 de sa session de mise en miroir avant de la restaurer.</translation>
    </message>
    <message>
        <source>Run ALTER AVAILABILITY GROUP … REMOVE DATABASE %1 first.</source>
        <translation>Exécuter d&apos;abord ALTER AVAILABILITY GROUP … REMOVE DATABASE %1.</translation>
    </message>
    <message>
        <source>Run ALTER DATABASE %1 SET PARTNER OFF first.</source>
        <translation>Exécuter d&apos;abord ALTER DATABASE %1 SET PARTNER OFF.</translation>
    </message>
    <message>
        <source>%1 holds ≈%2 of memory-optimized data (%3), loaded into memory before the database comes online after step %4; the target&apos;s resource pool must have at least that much free memory, or the restored database will come up SUSPECT. The target&apos;s memory is not stated.</source>
        <translation>%1 contient ≈%2 de données optimisées en mémoire (%3), chargées en mémoire avant que la base de données ne passe en ligne après l&apos;étape %4 ; le pool de ressources de la cible doit disposer d&apos;au moins autant de mémoire libre, sinon la base de données restaurée démarrera SUSPECT. La mémoire de la cible n&apos;est pas indiquée.</translation>
    </message>
    <message>
        <source>%1 holds ≈%2 of memory-optimized data (%3) but the target&apos;s resource pool has only %4: the database restored by step %5 will come up SUSPECT.</source>
        <translation>%1 contient ≈%2 de données optimisées en mémoire (%3), mais le pool de ressources de la cible ne dispose que de %4 : la base de données restaurée par l&apos;étape %5 démarrera SUSPECT.</translation>
    </message>
    <message>
        <source>Make sure the target has at least %1 free for %2 (MAX_MEMORY_PERCENT of its resource pool), then state it in the environment.</source>
        <translation>Vérifier que la cible dispose d&apos;au moins %1 de mémoire libre pour %2 (MAX_MEMORY_PERCENT de son pool de ressources), puis l&apos;indiquer dans l&apos;environnement.</translation>
    </message>
    <message>
        <source>The target server uses fiber mode (lightweight pooling); %1 has the memory-optimized filegroup %2, so the restore at step %3 fails and the database is marked SUSPECT.</source>
        <translation>Le serveur cible utilise le mode fibre (lightweight pooling) ; %1 a le groupe de fichiers optimisé en mémoire %2 ; la restauration à l&apos;étape %3 échoue donc et la base de données est marquée SUSPECT.</translation>
    </message>
    <message>
        <source>Turn off &apos;lightweight pooling&apos; on the target (sp_configure) and restart it before restoring.</source>
        <translation>Désactiver &apos;lightweight pooling&apos; sur la cible (sp_configure) et la redémarrer avant la restauration.</translation>
    </message>
    <message>
        <source>FILESTREAM container %1 of %2 (restored by step %3) must be on NTFS; the target&apos;s FILESTREAM volume is stated as not NTFS, so SQL Server refuses the restore.</source>
        <translation>Le conteneur FILESTREAM %1 de %2 (restauré par l&apos;étape %3) doit se trouver sur NTFS ; le volume FILESTREAM de la cible est indiqué comme non NTFS ; SQL Server refuse donc la restauration.</translation>
    </message>
    <message>
        <source>MOVE the FILESTREAM containers of %1 to an NTFS volume in step %2.</source>
        <translation>Déplacer (MOVE) les conteneurs FILESTREAM de %1 vers un volume NTFS à l&apos;étape %2.</translation>
    </message>
</context>
<context>
    <name>FileRestore</name>
    <message>
        <source>%1 is %2 in %3; step %4 cannot restore it from %5: it can never be restored into this database (restore the whole database to a new name instead).</source>
        <translation>%1 est %2 dans %3 ; l&apos;étape %4 ne peut pas le restaurer à partir de %5 : il ne pourra jamais être restauré dans cette base de données (restaurez plutôt toute la base de données sous un nouveau nom).</translation>
    </message>
    <message>
        <source>DEFUNCT</source>
        <translation>DEFUNCT</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>Remove step %1; to get the data of %2 back, restore the whole database under a new name (WITH MOVE).</source>
        <translation>Supprimer l&apos;étape %1 ; pour récupérer les données de %2, restaurer toute la base de données sous un nouveau nom (WITH MOVE).</translation>
    </message>
    <message>
        <source>Backup %1 lacks file(s) %2 of filegroup %3; add a restore of those files or %3 stays offline.</source>
        <translation>Il manque à la sauvegarde %1 le ou les fichiers %2 du groupe de fichiers %3 ; ajoutez une restauration de ces fichiers, sinon %3 reste hors connexion.</translation>
    </message>
    <message>
        <source>Step %1 restores them from %2.</source>
        <translation>L&apos;étape %1 les restaure à partir de %2.</translation>
    </message>
    <message>
        <source>Insert RESTORE DATABASE … FILE = %1 FROM %2 WITH NORECOVERY after step %3.</source>
        <translation>Insérer RESTORE DATABASE … FILE = %1 FROM %2 WITH NORECOVERY après l&apos;étape %3.</translation>
    </message>
    <message>
        <source>Add RESTORE DATABASE … FILE = %1 from a backup that holds them, before %2 is recovered (the history has none: take one).</source>
        <translation>Ajouter RESTORE DATABASE … FILE = %1 à partir d&apos;une sauvegarde qui les contient, avant la récupération de %2 (l&apos;historique n&apos;en contient aucune : effectuez-en une).</translation>
    </message>
    <message>
        <source>File backup %1 of %2 is not consistent with %3, the backup PRIMARY was restored from: %2 was read/write at some point between them, and SIMPLE recovery has no log to reconcile them, so step %4 cannot recover %2.</source>
        <translation>La sauvegarde de fichiers %1 de %2 n&apos;est pas cohérente avec %3, la sauvegarde à partir de laquelle PRIMARY a été restauré : %2 a été en lecture-écriture à un moment entre les deux, et le mode de récupération SIMPLE n&apos;a pas de journal pour les réconcilier ; l&apos;étape %4 ne peut donc pas récupérer %2.</translation>
    </message>
    <message>
        <source>Restore %1 from %2, the backup PRIMARY comes from, at step %3.</source>
        <translation>Restaurer %1 à partir de %2, la sauvegarde dont provient PRIMARY, à l&apos;étape %3.</translation>
    </message>
    <message>
        <source>Restore %1 from %2 at step %3: it was read-only from that backup through %4.</source>
        <translation>Restaurer %1 à partir de %2 à l&apos;étape %3 : il a été en lecture seule depuis cette sauvegarde jusqu&apos;à %4.</translation>
    </message>
    <message>
        <source>Restore %1 from a file backup taken while it was read-only through %2 (the history has none: take one).</source>
        <translation>Restaurer %1 à partir d&apos;une sauvegarde de fichiers effectuée alors qu&apos;il était en lecture seule jusqu&apos;à %2 (l&apos;historique n&apos;en contient aucune : effectuez-en une).</translation>
    </message>
    <message>
        <source>Restoring %1 to an earlier point from file backups needs backups of all files: %2 would stay at the end of the log, so step %3 cannot recover.</source>
        <translation>La restauration de %1 jusqu&apos;à un point antérieur à partir de sauvegardes de fichiers nécessite des sauvegardes de tous les fichiers : %2 resterait à la fin du journal ; l&apos;étape %3 ne peut donc pas effectuer la récupération.</translation>
    </message>
    <message>
        <source>Restore %1 in this sequence too (choose backups that end before the target), or restore to the end of the log.</source>
        <translation>Restaurer également %1 dans cette séquence (choisissez des sauvegardes qui se terminent avant la cible), ou restaurer jusqu&apos;à la fin du journal.</translation>
    </message>
    <message>
        <source>Take a tail-log backup before restoring %1 at step %2: the rest of %3 stays at the end of the log, and no log backup holds that end, so %1 can never catch up with it.</source>
        <translation>Effectuer une sauvegarde de la fin du journal avant de restaurer %1 à l&apos;étape %2 : le reste de %3 reste à la fin du journal, et aucune sauvegarde du journal ne contient cette fin ; %1 ne pourra donc jamais la rattraper.</translation>
    </message>
    <message>
        <source>Read/write file %1 restored from %2 must be rolled forward through the tail-log backup of step %3 before it can be recovered, but that step names no backup to restore.</source>
        <translation>Le fichier en lecture-écriture %1 restauré à partir de %2 doit faire l&apos;objet d&apos;une restauration par progression jusqu&apos;à la sauvegarde de la fin du journal de l&apos;étape %3 avant de pouvoir être récupéré, mais cette étape ne nomme aucune sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>Give step %1 a backup and restore it last.</source>
        <translation>Attribuer une sauvegarde à l&apos;étape %1 et la restaurer en dernier.</translation>
    </message>
    <message>
        <source>Read/write file %1 restored from %2 must be rolled forward with every log backup through %3 (LSN %4, the end of the log) before it can be recovered; it is at LSN %5.</source>
        <translation>Le fichier en lecture-écriture %1 restauré à partir de %2 doit faire l&apos;objet d&apos;une restauration par progression avec chaque sauvegarde du journal jusqu&apos;à %3 (LSN %4, la fin du journal) avant de pouvoir être récupéré ; il est au LSN %5.</translation>
    </message>
    <message>
        <source>Restore the log backups from LSN %1 through %2 before step %3 recovers (the history lacks some).</source>
        <translation>Restaurer les sauvegardes du journal du LSN %1 au LSN %2 avant la récupération à l&apos;étape %3 (l&apos;historique n&apos;en contient pas certaines).</translation>
    </message>
</context>
<context>
    <name>FilegroupCommands</name>
    <message>
        <source>Add filegroup %1</source>
        <translation>Ajouter le groupe de fichiers %1</translation>
    </message>
    <message>
        <source>Remove filegroup %1</source>
        <translation>Supprimer le groupe de fichiers %1</translation>
    </message>
    <message>
        <source>Rename filegroup %1 to %2</source>
        <translation>Renommer le groupe de fichiers %1 en %2</translation>
    </message>
    <message>
        <source>Make %1 read-only</source>
        <translation>Passer %1 en lecture seule</translation>
    </message>
    <message>
        <source>Make %1 read/write</source>
        <translation>Passer %1 en lecture-écriture</translation>
    </message>
    <message>
        <source>Make %1 a %2 filegroup</source>
        <translation>Faire de %1 un groupe de fichiers %2</translation>
    </message>
    <message>
        <source>Add log file %1</source>
        <translation>Ajouter le fichier journal %1</translation>
    </message>
    <message>
        <source>Add file %1 to %2</source>
        <translation>Ajouter le fichier %1 à %2</translation>
    </message>
    <message>
        <source>Remove file %1</source>
        <translation>Supprimer le fichier %1</translation>
    </message>
    <message>
        <source>Change file %1</source>
        <translation>Modifier le fichier %1</translation>
    </message>
    <message>
        <source>Rename file %1 to %2</source>
        <translation>Renommer le fichier %1 en %2</translation>
    </message>
    <message>
        <source>Move file %1 to %2</source>
        <translation>Déplacer le fichier %1 vers %2</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Filegroup</source>
        <translation>Groupe de fichiers</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>(log)</source>
        <translation>(journal)</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>After step</source>
        <translation>Après l&apos;étape</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>(before)</source>
        <translation>(avant)</translation>
    </message>
    <message>
        <source>%1 (refused: %2)</source>
        <translation>%1 (refusé : %2)</translation>
    </message>
    <message>
        <source>No findings: the plan passes every check.</source>
        <translation>Aucun constat : le plan réussit toutes les vérifications.</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>étape %1</translation>
    </message>
    <message>
        <source>history</source>
        <translation>historique</translation>
    </message>
    <message>
        <source>No plan.</source>
        <translation>Aucun plan.</translation>
    </message>
    <message>
        <source>Restore plan: %1</source>
        <translation>Plan de restauration : %1</translation>
    </message>
    <message>
        <source>Database &lt;b&gt;%1&lt;/b&gt;, %2 recovery.</source>
        <translation>Base de données &lt;b&gt;%1&lt;/b&gt;, mode de récupération %2.</translation>
    </message>
    <message>
        <source>Database layout</source>
        <translation>Disposition de la base de données</translation>
    </message>
    <message>
        <source>Backup history</source>
        <translation>Historique des sauvegardes</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>States after each step</source>
        <translation>États après chaque étape</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Restore script (T-SQL)</source>
        <translation>Script de restauration (T-SQL)</translation>
    </message>
    <message>
        <source>Restore plan handout</source>
        <translation>Document du plan de restauration</translation>
    </message>
</context>
<context>
    <name>HistoryChecks</name>
    <message>
        <source>Backup %1 names filegroup &quot;%2&quot;, which is not in the layout of %3.</source>
        <translation>La sauvegarde %1 nomme le groupe de fichiers &quot;%2&quot;, qui ne figure pas dans la disposition de %3.</translation>
    </message>
    <message>
        <source>Backup %1 names file &quot;%2&quot;, which is not in the layout of %3.</source>
        <translation>La sauvegarde %1 nomme le fichier &quot;%2&quot;, qui ne figure pas dans la disposition de %3.</translation>
    </message>
    <message>
        <source>Backup %1: the memory-optimized filegroup %2 must be backed up together with PRIMARY (and vice versa); SQL Server refuses this backup.</source>
        <translation>Sauvegarde %1 : le groupe de fichiers optimisé en mémoire %2 doit être sauvegardé avec PRIMARY (et inversement) ; SQL Server refuse cette sauvegarde.</translation>
    </message>
    <message>
        <source>Add FILEGROUP = %1 to backup %2.</source>
        <translation>Ajouter FILEGROUP = %1 à la sauvegarde %2.</translation>
    </message>
    <message>
        <source>Log backup %1 cannot exist: the database was in SIMPLE recovery when it was taken.</source>
        <translation>La sauvegarde du journal %1 ne peut pas exister : la base de données était en mode de récupération SIMPLE lors de sa création.</translation>
    </message>
    <message>
        <source>Switch %1 to FULL recovery and take a full backup before this log backup.</source>
        <translation>Passer %1 en mode de récupération FULL et effectuer une sauvegarde complète avant cette sauvegarde du journal.</translation>
    </message>
    <message>
        <source>Log backup %1 cannot exist: no regular (not copy-only) full backup was taken before it, so the log chain had not started.</source>
        <translation>La sauvegarde du journal %1 ne peut pas exister : aucune sauvegarde complète régulière (autre que de copie uniquement) n&apos;a été effectuée avant elle ; la chaîne de journaux n&apos;avait donc pas commencé.</translation>
    </message>
    <message>
        <source>Take %1 without COPY_ONLY, so that it starts the log chain.</source>
        <translation>Effectuer %1 sans COPY_ONLY, afin qu&apos;elle démarre la chaîne de journaux.</translation>
    </message>
    <message>
        <source>Add a full backup before %1 to the history (choose when it is taken).</source>
        <translation>Ajouter à l&apos;historique une sauvegarde complète avant %1 (choisissez le moment où elle est effectuée).</translation>
    </message>
    <message>
        <source>An event at %1 names filegroup &quot;%2&quot;, which is not in the layout.</source>
        <translation>Un événement à %1 nomme le groupe de fichiers &quot;%2&quot;, qui ne figure pas dans la disposition.</translation>
    </message>
    <message>
        <source>The FAILURE at %1 names filegroup &quot;%2&quot;, which is not in the layout.</source>
        <translation>La défaillance (FAILURE) à %1 nomme le groupe de fichiers &quot;%2&quot;, qui ne figure pas dans la disposition.</translation>
    </message>
    <message>
        <source>The FAILURE at %1 names file &quot;%2&quot;, which is not a data file of the layout of %3 (a damaged log is &quot;logDamaged&quot;).</source>
        <translation>La défaillance (FAILURE) à %1 nomme le fichier &quot;%2&quot;, qui n&apos;est pas un fichier de données de la disposition de %3 (un journal endommagé est &quot;logDamaged&quot;).</translation>
    </message>
</context>
<context>
    <name>ListText</name>
    <message>
        <source>%1 … %2 (%3 in all)</source>
        <translation>%1 … %2 (%3 au total)</translation>
    </message>
</context>
<context>
    <name>LogChain</name>
    <message>
        <source>Step %1 used CONTINUE_AFTER_ERROR, so every later step of this restore sequence must repeat it; SQL Server refuses step %2 without it.</source>
        <translation>L&apos;étape %1 a utilisé CONTINUE_AFTER_ERROR ; chaque étape suivante de cette séquence de restauration doit donc le répéter ; SQL Server refuse l&apos;étape %2 sans cette option.</translation>
    </message>
    <message>
        <source>Add CONTINUE_AFTER_ERROR to step %1.</source>
        <translation>Ajouter CONTINUE_AFTER_ERROR à l&apos;étape %1.</translation>
    </message>
    <message>
        <source>Backup %1 was taken from a damaged database (or its media is damaged); WITH CONTINUE_AFTER_ERROR step %2 restores it, but the result may be inconsistent. Run DBCC CHECKDB afterwards.</source>
        <translation>La sauvegarde %1 a été effectuée à partir d&apos;une base de données endommagée (ou son support est endommagé) ; l&apos;étape %2 la restaure WITH CONTINUE_AFTER_ERROR, mais le résultat peut être incohérent. Exécutez ensuite DBCC CHECKDB.</translation>
    </message>
    <message>
        <source>Backup %1 was taken from a damaged database; it only restores WITH CONTINUE_AFTER_ERROR, and every later step must repeat that option. Run DBCC CHECKDB afterwards.</source>
        <translation>La sauvegarde %1 a été effectuée à partir d&apos;une base de données endommagée ; elle ne se restaure que WITH CONTINUE_AFTER_ERROR, et chaque étape suivante doit répéter cette option. Exécutez ensuite DBCC CHECKDB.</translation>
    </message>
    <message>
        <source>Add CONTINUE_AFTER_ERROR to step %1 and every later step of the sequence, or restore an undamaged backup.</source>
        <translation>Ajouter CONTINUE_AFTER_ERROR à l&apos;étape %1 et à chaque étape suivante de la séquence, ou restaurer une sauvegarde non endommagée.</translation>
    </message>
    <message>
        <source>Differential %1 is multi-based (msdb records no single base): file %2 of %3 needs base %4 restored first, but it was last restored from %5.</source>
        <translation>La sauvegarde différentielle %1 est multibase (msdb n&apos;enregistre pas de base unique) : le fichier %2 de %3 nécessite que la base %4 soit restaurée d&apos;abord, mais il a été restauré en dernier à partir de %5.</translation>
    </message>
    <message>
        <source>(a backup missing from this history)</source>
        <translation>(une sauvegarde absente de cet historique)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Restore %1 (FILE = &apos;%2&apos;) WITH NORECOVERY before step %3.</source>
        <translation>Restaurer %1 (FILE = &apos;%2&apos;) WITH NORECOVERY avant l&apos;étape %3.</translation>
    </message>
    <message>
        <source>Step %1 restores differential %2 after differential %3 (step %4) of the same base: differentials are cumulative, so the newer one alone is enough (whether SQL Server accepts a second one is not documented).</source>
        <translation>L&apos;étape %1 restaure la sauvegarde différentielle %2 après la sauvegarde différentielle %3 (étape %4) de la même base : les sauvegardes différentielles sont cumulatives ; la plus récente suffit donc (la documentation n&apos;indique pas si SQL Server en accepte une seconde).</translation>
    </message>
    <message>
        <source>Remove step %1 and the log restores between steps %1 and %2.</source>
        <translation>Supprimer l&apos;étape %1 et les restaurations du journal entre les étapes %1 et %2.</translation>
    </message>
    <message>
        <source>Remove step %1.</source>
        <translation>Supprimer l&apos;étape %1.</translation>
    </message>
    <message>
        <source>Restore %1 instead of %2 at step %3.</source>
        <translation>Restaurer %1 au lieu de %2 à l&apos;étape %3.</translation>
    </message>
    <message>
        <source>Log backup %1 is damaged (or its media is lost): SQL Server restores it only WITH CONTINUE_AFTER_ERROR, and no later log backup can be applied without it. The latest reachable point is %2.</source>
        <translation>La sauvegarde du journal %1 est endommagée (ou son support est perdu) : SQL Server ne la restaure que WITH CONTINUE_AFTER_ERROR, et aucune sauvegarde du journal ultérieure ne peut être appliquée sans elle. Le dernier point accessible est %2.</translation>
    </message>
    <message>
        <source>Add CONTINUE_AFTER_ERROR to step %1 if the media can be read (then run DBCC CHECKDB), or recover before step %1 with the plan&apos;s target set to %2.</source>
        <translation>Ajouter CONTINUE_AFTER_ERROR à l&apos;étape %1 si le support est lisible (puis exécuter DBCC CHECKDB), ou effectuer la récupération avant l&apos;étape %1 en définissant la cible du plan sur %2.</translation>
    </message>
    <message>
        <source>Log backup %1, which covers LSN %2, is damaged or lost, so %3 cannot follow at step %4: the latest reachable point is %5.</source>
        <translation>La sauvegarde du journal %1, qui couvre le LSN %2, est endommagée ou perdue ; %3 ne peut donc pas suivre à l&apos;étape %4 : le dernier point accessible est %5.</translation>
    </message>
    <message>
        <source>Recover at %1 (set the plan&apos;s target there), or restore %2 WITH CONTINUE_AFTER_ERROR before step %3 if its media can be read.</source>
        <translation>Effectuer la récupération à %1 (y définir la cible du plan), ou restaurer %2 WITH CONTINUE_AFTER_ERROR avant l&apos;étape %3 si son support est lisible.</translation>
    </message>
    <message>
        <source>Log backup %1 belongs to a different recovery path (fork %2) than the data restored into %3 (fork %4); it cannot be applied.</source>
        <translation>La sauvegarde du journal %1 appartient à un autre chemin de récupération (branche %2) que les données restaurées dans %3 (branche %4) ; elle ne peut pas être appliquée.</translation>
    </message>
    <message>
        <source>Restore the log backups of fork %1 instead, or restart from a data backup taken on fork %2.</source>
        <translation>Restaurer plutôt les sauvegardes du journal de la branche %1, ou recommencer à partir d&apos;une sauvegarde de données effectuée sur la branche %2.</translation>
    </message>
    <message>
        <source>Log backup %1 leaves recovery path %2 for %3 at LSN %4, but the restored data is already at LSN %5 on path %2: it holds changes the new path does not have, so the log cannot be applied.</source>
        <translation>La sauvegarde du journal %1 quitte le chemin de récupération %2 pour %3 au LSN %4, mais les données restaurées sont déjà au LSN %5 sur le chemin %2 : elle contient des modifications que le nouveau chemin n&apos;a pas ; le journal ne peut donc pas être appliqué.</translation>
    </message>
    <message>
        <source>Restore a data backup that ends before LSN %1, or one taken on fork %2.</source>
        <translation>Restaurer une sauvegarde de données qui se termine avant le LSN %1, ou une sauvegarde effectuée sur la branche %2.</translation>
    </message>
    <message>
        <source>a full or differential backup taken after the switch back</source>
        <translation>une sauvegarde complète ou différentielle effectuée après le retour</translation>
    </message>
    <message>
        <source>%1 was restored from %2, taken under SIMPLE recovery, where no log chain exists: log backup %3 cannot roll it forward. The chain only restarts with a full or differential backup taken after the switch to FULL; restore %4 instead.</source>
        <translation>%1 a été restauré à partir de %2, effectuée en mode de récupération SIMPLE, où il n&apos;existe aucune chaîne de journaux : la sauvegarde du journal %3 ne peut pas effectuer sa restauration par progression. La chaîne ne redémarre qu&apos;avec une sauvegarde complète ou différentielle effectuée après le passage en FULL ; restaurez plutôt %4.</translation>
    </message>
    <message>
        <source>The log chain was broken at %1 (switch to SIMPLE): log backup %2 cannot roll %3 forward from %4, taken before the break. Logs before and after cannot be combined; restore %5 instead.</source>
        <translation>La chaîne de journaux a été rompue à %1 (passage en SIMPLE) : la sauvegarde du journal %2 ne peut pas effectuer la restauration par progression de %3 à partir de %4, effectuée avant la rupture. Les journaux antérieurs et postérieurs ne peuvent pas être combinés ; restaurez plutôt %5.</translation>
    </message>
    <message>
        <source>Restore %1 WITH NORECOVERY before step %2 (it was taken after the recovery model went back to FULL).</source>
        <translation>Restaurer %1 WITH NORECOVERY avant l&apos;étape %2 (elle a été effectuée après le retour du mode de récupération à FULL).</translation>
    </message>
    <message>
        <source>Take a full or differential backup after switching back to FULL and restore it before the log backups (the history has none: choose when to take it).</source>
        <translation>Effectuer une sauvegarde complète ou différentielle après le retour à FULL et la restaurer avant les sauvegardes du journal (l&apos;historique n&apos;en contient aucune : choisissez quand l&apos;effectuer).</translation>
    </message>
    <message>
        <source>steps %1–%2</source>
        <translation>étapes %1–%2</translation>
    </message>
    <message>
        <source>Log backup %1 (LSN %2–%3) is damaged or lost, so the log chain cannot pass it: the point of failure is out of reach and the latest reachable point is %4. Work after it is lost.</source>
        <translation>La sauvegarde du journal %1 (LSN %2–%3) est endommagée ou perdue ; la chaîne de journaux ne peut donc pas la franchir : le point de défaillance est hors d&apos;atteinte et le dernier point accessible est %4. Le travail postérieur est perdu.</translation>
    </message>
    <message>
        <source>Restore the log backups up to %1 and set the plan&apos;s target there, or restore %2 WITH CONTINUE_AFTER_ERROR if its media can still be read.</source>
        <translation>Restaurer les sauvegardes du journal jusqu&apos;à %1 et y définir la cible du plan, ou restaurer %2 WITH CONTINUE_AFTER_ERROR si son support est encore lisible.</translation>
    </message>
    <message>
        <source>The log of %1 is damaged, so no tail-log backup exists and the best reachable point is the end of log backup %2 (%3); the restore sequence (%4) stops at %5, so the transactions in between would be lost.</source>
        <translation>Le journal de %1 est endommagé ; il n&apos;existe donc aucune sauvegarde de la fin du journal et le meilleur point accessible est la fin de la sauvegarde du journal %2 (%3) ; la séquence de restauration (%4) s&apos;arrête à %5 ; les transactions intermédiaires seraient donc perdues.</translation>
    </message>
    <message>
        <source>Restore the log backups up to %1 before step %2 recovers.</source>
        <translation>Restaurer les sauvegardes du journal jusqu&apos;à %1 avant la récupération à l&apos;étape %2.</translation>
    </message>
    <message>
        <source>Recovery target is &apos;point of failure&apos; but the tail-log backup is not the last log restored in the restore sequence (%1); transactions after %2 would be lost.</source>
        <translation>La cible de récupération est « point de défaillance », mais la sauvegarde de la fin du journal n&apos;est pas le dernier journal restauré dans la séquence de restauration (%1) ; les transactions postérieures à %2 seraient perdues.</translation>
    </message>
    <message>
        <source>Restore the tail-log backup %1 last in this sequence. %2</source>
        <translation>Restaurer la sauvegarde de la fin du journal %1 en dernier dans cette séquence. %2</translation>
    </message>
    <message>
        <source>Restore the tail-log backup %1 last in this sequence (after the log backups up to it), WITH RECOVERY.</source>
        <translation>Restaurer la sauvegarde de la fin du journal %1 en dernier dans cette séquence (après les sauvegardes du journal qui la précèdent), WITH RECOVERY.</translation>
    </message>
    <message>
        <source>Take tail-log backup %1 (BACKUP LOG … WITH NORECOVERY, added to the history) before step %2 and restore it last in this sequence, WITH RECOVERY.</source>
        <translation>Effectuer la sauvegarde de la fin du journal %1 (BACKUP LOG … WITH NORECOVERY, ajoutée à l&apos;historique) avant l&apos;étape %2 et la restaurer en dernier dans cette séquence, WITH RECOVERY.</translation>
    </message>
    <message>
        <source>Take a tail-log backup (BACKUP LOG … WITH NORECOVERY) before the first restore and restore it last in this sequence, WITH RECOVERY (draw it on the timeline after the failure).</source>
        <translation>Effectuer une sauvegarde de la fin du journal (BACKUP LOG … WITH NORECOVERY) avant la première restauration et la restaurer en dernier dans cette séquence, WITH RECOVERY (dessinez-la sur la chronologie après la défaillance).</translation>
    </message>
    <message>
        <source>Step %1 uses %2, but its restore sequence (from step %3) does not restore PRIMARY: point-in-time restore needs the primary filegroup in the sequence.</source>
        <translation>L&apos;étape %1 utilise %2, mais sa séquence de restauration (à partir de l&apos;étape %3) ne restaure pas PRIMARY : la restauration jusqu&apos;à une limite dans le temps nécessite le groupe de fichiers primaire dans la séquence.</translation>
    </message>
    <message>
        <source>Drop %1 from step %2, or restore PRIMARY in this sequence (piecemeal stage 1).</source>
        <translation>Retirer %1 de l&apos;étape %2, ou restaurer PRIMARY dans cette séquence (phase 1 de la restauration fragmentaire).</translation>
    </message>
    <message>
        <source>Step %1 restores %2, which finished at %3, after the target %4: a data or differential backup can only be recovered to a point at or after its end.</source>
        <translation>L&apos;étape %1 restaure %2, terminée à %3, après la cible %4 : une sauvegarde de données ou différentielle ne peut être récupérée que jusqu&apos;à un point égal ou postérieur à sa fin.</translation>
    </message>
    <message>
        <source>Restore %1 (finished %2) instead of %3 and roll forward with the log backups from there.</source>
        <translation>Restaurer %1 (terminée à %2) au lieu de %3 et effectuer la restauration par progression avec les sauvegardes du journal à partir de là.</translation>
    </message>
    <message>
        <source>Use an older full backup and its log backups, or move the target to %1 or later.</source>
        <translation>Utiliser une sauvegarde complète plus ancienne et ses sauvegardes du journal, ou déplacer la cible à %1 ou plus tard.</translation>
    </message>
    <message>
        <source>Log backup %1 contains bulk-logged operations; point-in-time restore inside it is impossible (step %2 stops at %3). Choose a point at or before %4, or at or after its end %5.</source>
        <translation>La sauvegarde du journal %1 contient des opérations journalisées en bloc ; la restauration jusqu&apos;à une limite dans le temps à l&apos;intérieur de celle-ci est impossible (l&apos;étape %2 s&apos;arrête à %3). Choisissez un point égal ou antérieur à %4, ou égal ou postérieur à sa fin %5.</translation>
    </message>
    <message>
        <source>Move the target to %1 or later (the end of %2), or to %3 or earlier.</source>
        <translation>Déplacer la cible à %1 ou plus tard (la fin de %2), ou à %3 ou plus tôt.</translation>
    </message>
    <message>
        <source>Step %1 restores log backup %2 to its end (%3) without a stop clause and rolls past the target %4; there is no way back, the sequence would have to start again.</source>
        <translation>L&apos;étape %1 restaure la sauvegarde du journal %2 jusqu&apos;à sa fin (%3) sans clause d&apos;arrêt et dépasse la cible %4 ; aucun retour en arrière n&apos;est possible, la séquence devrait recommencer.</translation>
    </message>
    <message>
        <source>Add %1 to step %2.</source>
        <translation>Ajouter %1 à l&apos;étape %2.</translation>
    </message>
    <message>
        <source>Step %1 uses %2, but no log backup restored holds that mark (the timeline has no such mark%3): SQL Server rolls %4 forward to its end and leaves the database in RESTORING instead of recovering.</source>
        <translation>L&apos;étape %1 utilise %2, mais aucune sauvegarde du journal restaurée ne contient cette marque (la chronologie n&apos;a pas de telle marque%3) : SQL Server effectue la restauration par progression de %4 jusqu&apos;à sa fin et laisse la base de données en RESTORING au lieu de la récupérer.</translation>
    </message>
    <message>
        <source> at or after %1</source>
        <translation> à %1 ou après</translation>
    </message>
    <message>
        <source>Add the marked transaction to the timeline (a MARK event) if it exists, and restore the log backup that holds it; otherwise choose another recovery point.</source>
        <translation>Ajouter la transaction marquée à la chronologie (un événement MARK) si elle existe, et restaurer la sauvegarde du journal qui la contient ; sinon, choisir un autre point de récupération.</translation>
    </message>
    <message>
        <source>Check the mark&apos;s name (the timeline has %1), or restore the log backup that holds the mark.</source>
        <translation>Vérifier le nom de la marque (la chronologie contient %1), ou restaurer la sauvegarde du journal qui contient la marque.</translation>
    </message>
    <message>
        <source>The target %1 is after the end of %2 (%3), the last backup restored at step %4; the database will stay in RESTORING instead of recovering. Add the log backup containing %1 (or the tail).</source>
        <translation>La cible %1 est postérieure à la fin de %2 (%3), la dernière sauvegarde restaurée à l&apos;étape %4 ; la base de données restera en RESTORING au lieu d&apos;être récupérée. Ajoutez la sauvegarde du journal contenant %1 (ou la fin du journal).</translation>
    </message>
    <message>
        <source>Make step %1 NORECOVERY and restore %2 after it with the same stop clause, WITH RECOVERY.</source>
        <translation>Passer l&apos;étape %1 en NORECOVERY et restaurer %2 après elle avec la même clause d&apos;arrêt, WITH RECOVERY.</translation>
    </message>
    <message>
        <source>No log backup in the history reaches %1: take one (or the tail-log backup) and restore it last.</source>
        <translation>Aucune sauvegarde du journal de l&apos;historique n&apos;atteint %1 : effectuez-en une (ou la sauvegarde de la fin du journal) et restaurez-la en dernier.</translation>
    </message>
    <message numerus="yes">
        <source>Step %1 restores differential %2, but a newer differential %3 (finished %4) of the same base exists before the recovery point; differentials are cumulative, so using it removes %n log restore(s).</source>
        <translation>
            <numerusform>L&apos;étape %1 restaure la sauvegarde différentielle %2, mais une sauvegarde différentielle plus récente %3 (terminée à %4) de la même base existe avant le point de récupération ; les sauvegardes différentielles étant cumulatives, son utilisation supprime %n restauration du journal.</numerusform>
            <numerusform>L&apos;étape %1 restaure la sauvegarde différentielle %2, mais une sauvegarde différentielle plus récente %3 (terminée à %4) de la même base existe avant le point de récupération ; les sauvegardes différentielles étant cumulatives, son utilisation supprime %n restaurations du journal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %1 instead of %2 at step %3 and remove the %n log restore(s) it covers.</source>
        <translation>
            <numerusform>Restaurer %1 au lieu de %2 à l&apos;étape %3 et supprimer la restauration du journal qu&apos;elle couvre.</numerusform>
            <numerusform>Restaurer %1 au lieu de %2 à l&apos;étape %3 et supprimer les %n restaurations du journal qu&apos;elle couvre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lsn</name>
    <message>
        <source>an LSN must not be empty</source>
        <translation>un LSN ne doit pas être vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an LSN: only the digits 0-9 are allowed (numeric(25,0), as msdb shows it)</source>
        <translation>&quot;%1&quot; n&apos;est pas un LSN : seuls les chiffres 0-9 sont autorisés (numeric(25,0), comme msdb l&apos;affiche)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an LSN: it has %2 digits, numeric(25,0) allows at most 25</source>
        <translation>&quot;%1&quot; n&apos;est pas un LSN : il a %2 chiffres, numeric(25,0) en autorise au plus 25</translation>
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
        <translation>%1 (1 conteneur)</translation>
    </message>
    <message>
        <source>%1 (%2 containers)</source>
        <translation>%1 (%2 conteneurs)</translation>
    </message>
    <message>
        <source>%1, size not stated</source>
        <translation>%1, taille non indiquée</translation>
    </message>
    <message>
        <source>≥%1 of %2, %3 without a size</source>
        <translation>≥%1 sur %2, %3 sans taille</translation>
    </message>
    <message>
        <source>%1, ≥%2 at %3/s</source>
        <translation>%1, ≥%2 à %3/s</translation>
    </message>
    <message>
        <source>%1, load rate not stated</source>
        <translation>%1, débit de chargement non indiqué</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1, ≈%2 at %3/s</source>
        <translation>%1, ≈%2 à %3/s</translation>
    </message>
</context>
<context>
    <name>NameChecks</name>
    <message>
        <source>%1 &quot;%2&quot; has %3 characters; %4 holds at most %5, so SQL Server cannot take it.</source>
        <translation>%1 &quot;%2&quot; contient %3 caractères ; %4 en contient au plus %5 ; SQL Server ne peut donc pas l&apos;accepter.</translation>
    </message>
    <message>
        <source>Shorten it to %1 characters or fewer.</source>
        <translation>Le raccourcir à %1 caractères au maximum.</translation>
    </message>
    <message>
        <source>a SQL Server identifier (sysname)</source>
        <translation>un identificateur SQL Server (sysname)</translation>
    </message>
    <message>
        <source>%1%2 holds a NUL character (U+0000): &quot;%3&quot;. No SQL Server name and no Windows path can contain one, so SQL Server cannot take it.</source>
        <translation>%1%2 contient un caractère NUL (U+0000) : &quot;%3&quot;. Aucun nom SQL Server ni aucun chemin Windows ne peut en contenir ; SQL Server ne peut donc pas l&apos;accepter.</translation>
    </message>
    <message>
        <source>Remove the NUL character from %1.</source>
        <translation>Supprimer le caractère NUL de %1.</translation>
    </message>
    <message>
        <source>The name of database</source>
        <translation>Le nom de la base de données</translation>
    </message>
    <message>
        <source>Filegroup</source>
        <translation>Groupe de fichiers</translation>
    </message>
    <message>
        <source>The logical name of a data file of %1</source>
        <translation>Le nom logique d&apos;un fichier de données de %1</translation>
    </message>
    <message>
        <source>The logical name of log file</source>
        <translation>Le nom logique du fichier journal</translation>
    </message>
    <message>
        <source>The %1 has the logical name of the %2 (names compare ignoring case, as SQL Server&apos;s default collation does); a logical file name is unique in its database, so SQL Server cannot have both.</source>
        <translation>Le %1 a le nom logique du %2 (les noms sont comparés sans tenir compte de la casse, comme le fait le classement par défaut de SQL Server) ; un nom de fichier logique est unique dans sa base de données ; SQL Server ne peut donc pas avoir les deux.</translation>
    </message>
    <message>
        <source>Give the %1 the logical name sys.database_files lists for it.</source>
        <translation>Donner au %1 le nom logique que sys.database_files indique pour lui.</translation>
    </message>
    <message>
        <source>data file &quot;%1&quot; of filegroup %2</source>
        <translation>fichier de données &quot;%1&quot; du groupe de fichiers %2</translation>
    </message>
    <message>
        <source>log file &quot;%1&quot;</source>
        <translation>fichier journal &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The name of the mark at %1</source>
        <translation>Le nom de la marque à %1</translation>
    </message>
    <message>
        <source>a transaction name (BEGIN TRANSACTION … WITH MARK)</source>
        <translation>un nom de transaction (BEGIN TRANSACTION … WITH MARK)</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot;: </source>
        <translation>Plan &quot;%1&quot; : </translation>
    </message>
</context>
<context>
    <name>OnlineRestore</name>
    <message>
        <source>Step %1 restores %2 offline from %3: it needs exclusive access, so connected users will be disconnected (or the restore fails if they cannot be).</source>
        <translation>L&apos;étape %1 restaure %2 hors connexion à partir de %3 : elle nécessite un accès exclusif ; les utilisateurs connectés seront donc déconnectés (ou la restauration échoue s&apos;ils ne peuvent pas l&apos;être).</translation>
    </message>
    <message>
        <source>Add NORECOVERY to the tail-log backup of step %1, so that nobody can use %2 before step %3.</source>
        <translation>Ajouter NORECOVERY à la sauvegarde de la fin du journal de l&apos;étape %1, afin que personne ne puisse utiliser %2 avant l&apos;étape %3.</translation>
    </message>
    <message>
        <source>Take tail-log backup %1 (BACKUP LOG %2 … WITH NORECOVERY, added to the history) before step %3 and restore it last; it leaves %2 RESTORING, so nobody can use it.</source>
        <translation>Effectuer la sauvegarde de la fin du journal %1 (BACKUP LOG %2 … WITH NORECOVERY, ajoutée à l&apos;historique) avant l&apos;étape %3 et la restaurer en dernier ; elle laisse %2 en RESTORING, de sorte que personne ne peut l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Insert ALTER DATABASE %1 SET OFFLINE WITH ROLLBACK IMMEDIATE before step %2 (or set %1 to SINGLE_USER WITH ROLLBACK IMMEDIATE).</source>
        <translation>Insérer ALTER DATABASE %1 SET OFFLINE WITH ROLLBACK IMMEDIATE avant l&apos;étape %2 (ou passer %1 en SINGLE_USER WITH ROLLBACK IMMEDIATE).</translation>
    </message>
    <message>
        <source>Under SIMPLE recovery, read/write filegroups cannot be restored online: step %1 restores %2 from %3 while %4 is online.</source>
        <translation>En mode de récupération SIMPLE, les groupes de fichiers en lecture-écriture ne peuvent pas être restaurés en ligne : l&apos;étape %1 restaure %2 à partir de %3 alors que %4 est en ligne.</translation>
    </message>
    <message>
        <source>Make step %1 a partial restore (PARTIAL, READ_WRITE_FILEGROUPS) from %2, which restores %3 with PRIMARY.</source>
        <translation>Faire de l&apos;étape %1 une restauration partielle (PARTIAL, READ_WRITE_FILEGROUPS) à partir de %2, qui restaure %3 avec PRIMARY.</translation>
    </message>
    <message>
        <source>Restore %1 with PRIMARY in a partial restore (PARTIAL, READ_WRITE_FILEGROUPS) instead of step %2.</source>
        <translation>Restaurer %1 avec PRIMARY dans une restauration partielle (PARTIAL, READ_WRITE_FILEGROUPS) au lieu de l&apos;étape %2.</translation>
    </message>
    <message>
        <source>Step %1 starts an online restore of %2 under BULK_LOGGED recovery: it fails unless every log backup it needs is taken beforehand and no bulk changes are pending.</source>
        <translation>L&apos;étape %1 démarre une restauration en ligne de %2 en mode de récupération BULK_LOGGED : elle échoue sauf si chaque sauvegarde du journal nécessaire est effectuée au préalable et qu&apos;aucune modification en bloc n&apos;est en attente.</translation>
    </message>
    <message>
        <source>Switch %1 to FULL recovery before step %2.</source>
        <translation>Passer %1 en mode de récupération FULL avant l&apos;étape %2.</translation>
    </message>
    <message>
        <source>Online restore under BULK_LOGGED fails while bulk changes exist (log backup %1 holds some) and %2 is %3: every other file must be online or defunct.</source>
        <translation>La restauration en ligne en mode BULK_LOGGED échoue tant qu&apos;il existe des modifications en bloc (la sauvegarde du journal %1 en contient) et que %2 est %3 : tous les autres fichiers doivent être en ligne ou obsolètes (defunct).</translation>
    </message>
    <message>
        <source>Switch %1 to FULL recovery and take a log backup before step %2, or take %1 offline for this restore.</source>
        <translation>Passer %1 en mode de récupération FULL et effectuer une sauvegarde du journal avant l&apos;étape %2, ou mettre %1 hors connexion pour cette restauration.</translation>
    </message>
    <message>
        <source>Step %1 takes a log backup during an online restore under BULK_LOGGED recovery: every log backup the sequence needs must be taken before it starts, so the restore fails.</source>
        <translation>L&apos;étape %1 effectue une sauvegarde du journal pendant une restauration en ligne en mode de récupération BULK_LOGGED : chaque sauvegarde du journal nécessaire à la séquence doit être effectuée avant son démarrage ; la restauration échoue donc.</translation>
    </message>
    <message>
        <source>Switch %1 to FULL recovery before the online restore.</source>
        <translation>Passer %1 en mode de récupération FULL avant la restauration en ligne.</translation>
    </message>
    <message>
        <source>Filegroup %1 was not read-only for the whole time from backup %2 to the recovery point, and SIMPLE recovery has no log to bring it forward: restore a file backup taken since %1 became read-only.</source>
        <translation>Le groupe de fichiers %1 n&apos;a pas été en lecture seule pendant toute la période entre la sauvegarde %2 et le point de récupération, et le mode de récupération SIMPLE n&apos;a pas de journal pour le faire progresser : restaurez une sauvegarde de fichiers effectuée depuis que %1 est passé en lecture seule.</translation>
    </message>
    <message>
        <source>Filegroup %1 was not read-only for the whole time from backup %2 to the recovery point; it needs the log backups up to %3 (which holds the point it became read-only) before it can be recovered.</source>
        <translation>Le groupe de fichiers %1 n&apos;a pas été en lecture seule pendant toute la période entre la sauvegarde %2 et le point de récupération ; il nécessite les sauvegardes du journal jusqu&apos;à %3 (qui contient le moment où il est passé en lecture seule) avant de pouvoir être récupéré.</translation>
    </message>
    <message>
        <source>one taken after it became read-only</source>
        <translation>une sauvegarde effectuée après son passage en lecture seule</translation>
    </message>
    <message>
        <source>Restore %1 from %2, taken after it last became read-only, at step %3.</source>
        <translation>Restaurer %1 à partir de %2, effectuée après son dernier passage en lecture seule, à l&apos;étape %3.</translation>
    </message>
    <message>
        <source>Restore %1 from %2, taken after it last became read-only.</source>
        <translation>Restaurer %1 à partir de %2, effectuée après son dernier passage en lecture seule.</translation>
    </message>
    <message>
        <source>Restore %1 from a file backup taken after it last became read-only (the history has none: take one).</source>
        <translation>Restaurer %1 à partir d&apos;une sauvegarde de fichiers effectuée après son dernier passage en lecture seule (l&apos;historique n&apos;en contient aucune : effectuez-en une).</translation>
    </message>
    <message>
        <source>Restore the log backups from LSN %1 on before step %2 recovers.</source>
        <translation>Restaurer les sauvegardes du journal à partir du LSN %1 avant la récupération à l&apos;étape %2.</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>étape %1</translation>
    </message>
    <message>
        <source>the failure that damaged it</source>
        <translation>la défaillance qui l&apos;a endommagé</translation>
    </message>
    <message>
        <source>Online restore of read/write file %1: take a log backup after %2 (when %3 went offline) and restore it last; without it %3 can never be recovered (SQL Server cannot use the online log).</source>
        <translation>Restauration en ligne du fichier en lecture-écriture %1 : effectuez une sauvegarde du journal après %2 (lorsque %3 est passé hors connexion) et restaurez-la en dernier ; sans elle, %3 ne pourra jamais être récupéré (SQL Server ne peut pas utiliser le journal en ligne).</translation>
    </message>
    <message>
        <source>Insert BACKUP LOG %1 after %2, then restore that log backup WITH NORECOVERY before step %3.</source>
        <translation>Insérer BACKUP LOG %1 après %2, puis restaurer cette sauvegarde du journal WITH NORECOVERY avant l&apos;étape %3.</translation>
    </message>
    <message>
        <source>Online restore of read/write file %1: log backup %2, taken after %3 took %4 offline, must be restored last; %1 is only rolled forward to LSN %5.</source>
        <translation>Restauration en ligne du fichier en lecture-écriture %1 : la sauvegarde du journal %2, effectuée après que %3 a mis %4 hors connexion, doit être restaurée en dernier ; %1 n&apos;est restauré par progression que jusqu&apos;au LSN %5.</translation>
    </message>
    <message>
        <source>Restore the log backups up to and including %1 before step %2 recovers.</source>
        <translation>Restaurer les sauvegardes du journal jusqu&apos;à %1 inclus avant la récupération à l&apos;étape %2.</translation>
    </message>
</context>
<context>
    <name>OptionChecks</name>
    <message>
        <source>Step %1 uses REPLACE: it overwrites %2 without the usual safety checks; the tail of the log (the work since the last log backup) and any files at the target paths will be lost.</source>
        <translation>L&apos;étape %1 utilise REPLACE : elle remplace %2 sans les contrôles de sécurité habituels ; la fin du journal (le travail depuis la dernière sauvegarde du journal) et tous les fichiers situés aux chemins cibles seront perdus.</translation>
    </message>
    <message>
        <source>Step %1 uses REPLACE: %2 does not exist on the target, but any files at the target paths will be overwritten without the usual safety checks.</source>
        <translation>L&apos;étape %1 utilise REPLACE : %2 n&apos;existe pas sur la cible, mais tous les fichiers situés aux chemins cibles seront remplacés sans les contrôles de sécurité habituels.</translation>
    </message>
    <message>
        <source>Remove REPLACE from step %1 unless you mean to overwrite files.</source>
        <translation>Supprimer REPLACE de l&apos;étape %1, sauf si vous voulez remplacer des fichiers.</translation>
    </message>
    <message>
        <source>Take tail-log backup %1 (BACKUP LOG %2 … WITH NORECOVERY, added to the history) before step %3 and remove REPLACE from it, then restore the tail last.</source>
        <translation>Effectuer la sauvegarde de la fin du journal %1 (BACKUP LOG %2 … WITH NORECOVERY, ajoutée à l&apos;historique) avant l&apos;étape %3 et supprimer REPLACE de cette étape, puis restaurer la fin du journal en dernier.</translation>
    </message>
    <message>
        <source>Remove REPLACE from step %1 unless you mean to overwrite %2.</source>
        <translation>Supprimer REPLACE de l&apos;étape %1, sauf si vous voulez remplacer %2.</translation>
    </message>
    <message>
        <source>Step %1 gives more than one MOVE for logical file %2; give exactly one per file.</source>
        <translation>L&apos;étape %1 indique plusieurs MOVE pour le fichier logique %2 ; indiquez-en exactement un par fichier.</translation>
    </message>
    <message>
        <source>Remove the second MOVE of %1 from step %2.</source>
        <translation>Supprimer le second MOVE de %1 de l&apos;étape %2.</translation>
    </message>
    <message>
        <source>Step %1 moves %2, which is not a logical file of %3 (use the names RESTORE FILELISTONLY reports).</source>
        <translation>L&apos;étape %1 déplace %2, qui n&apos;est pas un fichier logique de %3 (utilisez les noms indiqués par RESTORE FILELISTONLY).</translation>
    </message>
    <message>
        <source>Correct the logical file name in the MOVE of step %1.</source>
        <translation>Corriger le nom de fichier logique dans le MOVE de l&apos;étape %1.</translation>
    </message>
    <message>
        <source>Step %1 moves %2 on RESTORE LOG, but %2 was not added during the interval log backup %3 covers; RESTORE LOG can only relocate files added in that interval.</source>
        <translation>L&apos;étape %1 déplace %2 lors de RESTORE LOG, mais %2 n&apos;a pas été ajouté pendant l&apos;intervalle couvert par la sauvegarde du journal %3 ; RESTORE LOG ne peut déplacer que les fichiers ajoutés pendant cet intervalle.</translation>
    </message>
    <message>
        <source>Move %1 in the RESTORE DATABASE step that restores it instead.</source>
        <translation>Déplacer plutôt %1 dans l&apos;étape RESTORE DATABASE qui le restaure.</translation>
    </message>
    <message>
        <source>Step %1 would restore %2 to %3, which is also the path of %4; two files cannot share a path.</source>
        <translation>L&apos;étape %1 restaurerait %2 vers %3, qui est aussi le chemin de %4 ; deux fichiers ne peuvent pas partager un chemin.</translation>
    </message>
    <message>
        <source>MOVE %1 to a path of its own in step %2.</source>
        <translation>Déplacer (MOVE) %1 vers un chemin qui lui est propre à l&apos;étape %2.</translation>
    </message>
    <message>
        <source>Backup %1 was written with MAXTRANSFERSIZE = %2; %3 has FILESTREAM or memory-optimized data, so step %4 must restore with at least that value (it uses %5).</source>
        <translation>La sauvegarde %1 a été écrite avec MAXTRANSFERSIZE = %2 ; %3 contient des données FILESTREAM ou optimisées en mémoire ; l&apos;étape %4 doit donc effectuer la restauration avec au moins cette valeur (elle utilise %5).</translation>
    </message>
    <message>
        <source>the default, %1</source>
        <translation>la valeur par défaut, %1</translation>
    </message>
    <message>
        <source>Set MAXTRANSFERSIZE = %1 on step %2.</source>
        <translation>Définir MAXTRANSFERSIZE = %1 à l&apos;étape %2.</translation>
    </message>
    <message>
        <source>Step %1 is RESTORE DATABASE with %2 = &apos;%3&apos;: named marks can only be used on RESTORE LOG; use &apos;lsn:…&apos; or move the clause to the log restores.</source>
        <translation>L&apos;étape %1 est RESTORE DATABASE avec %2 = &apos;%3&apos; : les marques nommées ne peuvent être utilisées qu&apos;avec RESTORE LOG ; utilisez &apos;lsn:…&apos; ou déplacez la clause vers les restaurations du journal.</translation>
    </message>
    <message>
        <source>Remove the mark clause from step %1 (the RESTORE LOG steps carry it).</source>
        <translation>Supprimer la clause de marque de l&apos;étape %1 (les étapes RESTORE LOG la portent).</translation>
    </message>
    <message>
        <source>the recovering step %1</source>
        <translation>l&apos;étape de récupération %1</translation>
    </message>
    <message>
        <source>the recovering step</source>
        <translation>l&apos;étape de récupération</translation>
    </message>
    <message>
        <source>Step %1 uses %2 WITH NORECOVERY, which SQL Server does not permit: KEEP_REPLICATION/KEEP_CDC only apply to the final, recovering RESTORE.</source>
        <translation>L&apos;étape %1 utilise %2 WITH NORECOVERY, ce que SQL Server n&apos;autorise pas : KEEP_REPLICATION/KEEP_CDC ne s&apos;appliquent qu&apos;au RESTORE final qui effectue la récupération.</translation>
    </message>
    <message>
        <source>Move the option from step %1 to %2.</source>
        <translation>Déplacer l&apos;option de l&apos;étape %1 vers %2.</translation>
    </message>
    <message>
        <source>Step %1 uses RESTRICTED_USER but does not recover the database; the option belongs on the recovering step.</source>
        <translation>L&apos;étape %1 utilise RESTRICTED_USER mais ne récupère pas la base de données ; l&apos;option appartient à l&apos;étape de récupération.</translation>
    </message>
    <message>
        <source>Move RESTRICTED_USER from step %1 to %2.</source>
        <translation>Déplacer RESTRICTED_USER de l&apos;étape %1 vers %2.</translation>
    </message>
    <message>
        <source>Under SIMPLE recovery, only read-only filegroups can be restored individually; %1 (step %2) must be restored with the whole database or a partial restore.</source>
        <translation>En mode de récupération SIMPLE, seuls les groupes de fichiers en lecture seule peuvent être restaurés individuellement ; %1 (étape %2) doit être restauré avec toute la base de données ou par une restauration partielle.</translation>
    </message>
    <message>
        <source>Make step %1 a partial restore (PARTIAL, READ_WRITE_FILEGROUPS) from %2, which restores %3 with PRIMARY (or restore the whole database).</source>
        <translation>Faire de l&apos;étape %1 une restauration partielle (PARTIAL, READ_WRITE_FILEGROUPS) à partir de %2, qui restaure %3 avec PRIMARY (ou restaurer toute la base de données).</translation>
    </message>
    <message>
        <source>Restore %1 in the PARTIAL restore of the first stage (or restore the whole database).</source>
        <translation>Restaurer %1 dans la restauration PARTIAL de la première phase (ou restaurer toute la base de données).</translation>
    </message>
    <message>
        <source>Backup %1 is striped over %2 devices but only %3 are available; the online restore at step %4 needs all %2.</source>
        <translation>La sauvegarde %1 est agrégée par bandes sur %2 unités, mais seules %3 sont disponibles ; la restauration en ligne à l&apos;étape %4 nécessite les %2.</translation>
    </message>
    <message>
        <source>Insert ALTER DATABASE %1 SET OFFLINE before step %2 (an offline restore can use fewer media families), or make every media family of %3 available.</source>
        <translation>Insérer ALTER DATABASE %1 SET OFFLINE avant l&apos;étape %2 (une restauration hors connexion peut utiliser moins de familles de supports), ou rendre disponible chaque famille de supports de %3.</translation>
    </message>
    <message>
        <source>Backup %1 is a file-snapshot backup, which cannot be used for an online restore (step %2); take %3 offline for this step.</source>
        <translation>La sauvegarde %1 est une sauvegarde par instantané de fichiers, qui ne peut pas être utilisée pour une restauration en ligne (étape %2) ; mettez %3 hors connexion pour cette étape.</translation>
    </message>
    <message>
        <source>Insert ALTER DATABASE %1 SET OFFLINE before step %2.</source>
        <translation>Insérer ALTER DATABASE %1 SET OFFLINE avant l&apos;étape %2.</translation>
    </message>
    <message>
        <source>Backup %1 failed (for example a CHECKSUM error in a memory-optimized file), so there is nothing to restore at step %2.</source>
        <translation>La sauvegarde %1 a échoué (par exemple, une erreur CHECKSUM dans un fichier optimisé en mémoire) ; il n&apos;y a donc rien à restaurer à l&apos;étape %2.</translation>
    </message>
    <message>
        <source>Restore %1, the latest good backup that holds the same data, in step %2.</source>
        <translation>Restaurer %1, la dernière sauvegarde valide qui contient les mêmes données, à l&apos;étape %2.</translation>
    </message>
    <message>
        <source>Use another log backup of the same log records in step %1.</source>
        <translation>Utiliser une autre sauvegarde du journal contenant les mêmes enregistrements du journal à l&apos;étape %1.</translation>
    </message>
    <message>
        <source>Use another backup of the same data in step %1 (the history has none: take one).</source>
        <translation>Utiliser une autre sauvegarde des mêmes données à l&apos;étape %1 (l&apos;historique n&apos;en contient aucune : effectuez-en une).</translation>
    </message>
</context>
<context>
    <name>PageList</name>
    <message>
        <source>is not a numeric file:page pair such as 1:57 (error 4350)</source>
        <translation>n&apos;est pas une paire numérique fichier:page telle que 1:57 (erreur 4350)</translation>
    </message>
    <message>
        <source>names file ID %1, and %2 has no data file with that ID (file IDs as sys.database_files gives them: 1 = the primary data file, 2 = the log, then the other data files in layout order)</source>
        <translation>désigne l&apos;ID de fichier %1, et %2 n&apos;a aucun fichier de données avec cet ID (ID de fichiers tels que sys.database_files les indique : 1 = le fichier de données primaire, 2 = le journal, puis les autres fichiers de données dans l&apos;ordre de la disposition)</translation>
    </message>
    <message>
        <source>is in file ID %1, a log file: the transaction log cannot be restored page by page</source>
        <translation>se trouve dans l&apos;ID de fichier %1, un fichier journal : le journal des transactions ne peut pas être restauré page par page</translation>
    </message>
    <message>
        <source>is in %1, a container of %2 filegroup %3, which holds no database pages</source>
        <translation>se trouve dans %1, un conteneur du groupe de fichiers %2 %3, qui ne contient aucune page de base de données</translation>
    </message>
    <message>
        <source>is page 0 of %1, the file boot page, which page restore cannot restore</source>
        <translation>est la page 0 de %1, la page de démarrage du fichier, que la restauration de pages ne peut pas restaurer</translation>
    </message>
    <message>
        <source>is the database boot page, which page restore cannot restore</source>
        <translation>est la page de démarrage de la base de données, que la restauration de pages ne peut pas restaurer</translation>
    </message>
    <message>
        <source>is a %1 allocation page of %2, which cannot be restored in isolation (error 3111)</source>
        <translation>est une page d&apos;allocation %1 de %2, qui ne peut pas être restaurée isolément (erreur 3111)</translation>
    </message>
    <message>
        <source>is beyond the end of %1, which has %2 pages (error 3194)</source>
        <translation>se trouve au-delà de la fin de %1, qui a %2 pages (erreur 3194)</translation>
    </message>
</context>
<context>
    <name>PageRestore</name>
    <message>
        <source>Insert RESTORE LOG %1 WITH NORECOVERY before step %2.</source>
        <translation>Insérer RESTORE LOG %1 WITH NORECOVERY avant l&apos;étape %2.</translation>
    </message>
    <message>
        <source>Use NORECOVERY on step %1 and restore %2 after it, WITH RECOVERY.</source>
        <translation>Utiliser NORECOVERY à l&apos;étape %1 et restaurer %2 après elle, WITH RECOVERY.</translation>
    </message>
    <message>
        <source>Under SIMPLE recovery, pages cannot be restored (error 4346): step %1 restores pages %2 of %3, but there is no log to bring them up to date with the rest of %4.</source>
        <translation>En mode de récupération SIMPLE, les pages ne peuvent pas être restaurées (erreur 4346) : l&apos;étape %1 restaure les pages %2 de %3, mais il n&apos;existe aucun journal pour les mettre à jour par rapport au reste de %4.</translation>
    </message>
    <message>
        <source>Restore the whole database (or switch %1 to FULL recovery and take a full backup before pages can be restored).</source>
        <translation>Restaurer toute la base de données (ou passer %1 en mode de récupération FULL et effectuer une sauvegarde complète avant de pouvoir restaurer des pages).</translation>
    </message>
    <message>
        <source>%1 edition cannot restore pages while %2 is online (online page restore needs Enterprise or Developer): take the tail-log backup WITH NORECOVERY before step %3, which makes it an offline page restore.</source>
        <translation>L&apos;édition %1 ne peut pas restaurer de pages pendant que %2 est en ligne (la restauration de pages en ligne nécessite Enterprise ou Developer) : effectuez la sauvegarde de la fin du journal WITH NORECOVERY avant l&apos;étape %3, ce qui en fait une restauration de pages hors connexion.</translation>
    </message>
    <message>
        <source>Step %1 starts an online page restore of %2 under BULK_LOGGED recovery: page restore generally does not work with bulk-logged recovery, and an offline page can prevent backing up the log.</source>
        <translation>L&apos;étape %1 démarre une restauration de pages en ligne de %2 en mode de récupération BULK_LOGGED : la restauration de pages ne fonctionne généralement pas avec le mode de récupération journalisé en bloc, et une page hors connexion peut empêcher la sauvegarde du journal.</translation>
    </message>
    <message>
        <source>Switch %1 to FULL recovery and take a log backup before step %2; if that log backup fails, restore the whole file instead.</source>
        <translation>Passer %1 en mode de récupération FULL et effectuer une sauvegarde du journal avant l&apos;étape %2 ; si cette sauvegarde du journal échoue, restaurer plutôt le fichier entier.</translation>
    </message>
    <message>
        <source>Backup %1 does not hold file %2, so step %3 cannot restore its pages from it.</source>
        <translation>La sauvegarde %1 ne contient pas le fichier %2 ; l&apos;étape %3 ne peut donc pas en restaurer les pages à partir de celle-ci.</translation>
    </message>
    <message>
        <source>Restore the pages from a full backup, or a file or filegroup backup that holds %1.</source>
        <translation>Restaurer les pages à partir d&apos;une sauvegarde complète, ou d&apos;une sauvegarde de fichiers ou de groupe de fichiers qui contient %1.</translation>
    </message>
    <message>
        <source>Backup %1 was taken by SQL Server %2, older than the target&apos;s %3: RESTORE PAGE is not allowed from backups of earlier versions (error 4311).</source>
        <translation>La sauvegarde %1 a été effectuée par SQL Server %2, antérieur à la version %3 de la cible : RESTORE PAGE n&apos;est pas autorisé à partir de sauvegardes de versions antérieures (erreur 4311).</translation>
    </message>
    <message>
        <source>Restore the pages from a backup taken on the target&apos;s version.</source>
        <translation>Restaurer les pages à partir d&apos;une sauvegarde effectuée sur la version de la cible.</translation>
    </message>
    <message>
        <source>File %1 is being restored as a whole in this sequence, so step %2 cannot restore single pages of it (error 4309).</source>
        <translation>Le fichier %1 est restauré en entier dans cette séquence ; l&apos;étape %2 ne peut donc pas en restaurer des pages isolées (erreur 4309).</translation>
    </message>
    <message>
        <source>File %1 is %2: RESTORE PAGE is only allowed on a file that is online (error 4310); step %3 cannot restore its pages.</source>
        <translation>Le fichier %1 est %2 : RESTORE PAGE n&apos;est autorisé que sur un fichier en ligne (erreur 4310) ; l&apos;étape %3 ne peut pas restaurer ses pages.</translation>
    </message>
    <message>
        <source>Restore file %1 as a whole (RESTORE DATABASE … FILE = &apos;%1&apos;) instead of its pages.</source>
        <translation>Restaurer le fichier %1 en entier (RESTORE DATABASE … FILE = &apos;%1&apos;) au lieu de ses pages.</translation>
    </message>
    <message>
        <source>%1 is read-only: RESTORE PAGE is not allowed on read-only databases or filegroups (error 4344), so step %2 cannot restore pages of %3.</source>
        <translation>%1 est en lecture seule : RESTORE PAGE n&apos;est pas autorisé sur les bases de données ou groupes de fichiers en lecture seule (erreur 4344) ; l&apos;étape %2 ne peut donc pas restaurer de pages de %3.</translation>
    </message>
    <message>
        <source>Restore file %1 as a whole instead of its pages.</source>
        <translation>Restaurer le fichier %1 en entier au lieu de ses pages.</translation>
    </message>
    <message>
        <source>Step %1 would have %2 pages of file %3 in this restore sequence; at most %4 pages of one file can be restored in a sequence (error 3105).</source>
        <translation>L&apos;étape %1 aurait %2 pages du fichier %3 dans cette séquence de restauration ; au plus %4 pages d&apos;un même fichier peuvent être restaurées dans une séquence (erreur 3105).</translation>
    </message>
    <message>
        <source>Step %1 restores pages %2 from differential %3, but a page restore starts from a full, file or filegroup backup (error 3195): restore those pages from one first.</source>
        <translation>L&apos;étape %1 restaure les pages %2 à partir de la sauvegarde différentielle %3, mais une restauration de pages commence à partir d&apos;une sauvegarde complète, de fichiers ou de groupe de fichiers (erreur 3195) : restaurez d&apos;abord ces pages à partir de l&apos;une d&apos;elles.</translation>
    </message>
    <message>
        <source>Insert RESTORE DATABASE … PAGE = &apos;%1&apos; from the full or file backup holding %2 before step %3.</source>
        <translation>Insérer RESTORE DATABASE … PAGE = &apos;%1&apos; à partir de la sauvegarde complète ou de fichiers contenant %2 avant l&apos;étape %3.</translation>
    </message>
    <message>
        <source>Differential %1 is based on %2, but the pages of %3 were restored from %4. Restore them from %2 first.</source>
        <translation>La sauvegarde différentielle %1 est basée sur %2, mais les pages de %3 ont été restaurées à partir de %4. Restaurez-les d&apos;abord à partir de %2.</translation>
    </message>
    <message>
        <source>a backup missing from this history</source>
        <translation>une sauvegarde absente de cet historique</translation>
    </message>
    <message>
        <source>Online page restore of %1 (file %2): take a log backup after step %3 (when the pages went offline) and restore it last; without it the pages can never be recovered (SQL Server cannot use the online log).</source>
        <translation>Restauration de pages en ligne de %1 (fichier %2) : effectuez une sauvegarde du journal après l&apos;étape %3 (lorsque les pages sont passées hors connexion) et restaurez-la en dernier ; sans elle, les pages ne pourront jamais être récupérées (SQL Server ne peut pas utiliser le journal en ligne).</translation>
    </message>
    <message>
        <source>Insert BACKUP LOG %1 after step %2 and restore that log backup last in the sequence, WITH RECOVERY.</source>
        <translation>Insérer BACKUP LOG %1 après l&apos;étape %2 et restaurer cette sauvegarde du journal en dernier dans la séquence, WITH RECOVERY.</translation>
    </message>
    <message>
        <source>Online page restore of %1 (file %2): log backup %3, taken after step %4 took the pages offline, must be restored before they can be recovered; they are only rolled forward to LSN %5.</source>
        <translation>Restauration de pages en ligne de %1 (fichier %2) : la sauvegarde du journal %3, effectuée après que l&apos;étape %4 a mis les pages hors connexion, doit être restaurée avant qu&apos;elles puissent être récupérées ; elles ne sont restaurées par progression que jusqu&apos;au LSN %5.</translation>
    </message>
    <message>
        <source>Restore the log backups up to and including %1 before recovering.</source>
        <translation>Restaurer les sauvegardes du journal jusqu&apos;à %1 inclus avant la récupération.</translation>
    </message>
    <message>
        <source>The tail-log backup of step %1 names no log backup, so the pages restored offline at step %2 cannot be brought to the end of the log.</source>
        <translation>La sauvegarde de la fin du journal de l&apos;étape %1 ne nomme aucune sauvegarde du journal ; les pages restaurées hors connexion à l&apos;étape %2 ne peuvent donc pas être amenées jusqu&apos;à la fin du journal.</translation>
    </message>
    <message>
        <source>Take a tail-log backup before restoring pages %1 offline at step %2: the rest of %3 stays at the end of the log, and no log backup holds that end, so the pages can never catch up with it.</source>
        <translation>Effectuer une sauvegarde de la fin du journal avant de restaurer les pages %1 hors connexion à l&apos;étape %2 : le reste de %3 reste à la fin du journal, et aucune sauvegarde du journal ne contient cette fin ; les pages ne pourront donc jamais la rattraper.</translation>
    </message>
    <message>
        <source>Pages %1 of read/write file %2, restored offline from %3, must be rolled forward with every log backup through %4 (LSN %5, the end of the log) before they can be recovered; they are at LSN %6.</source>
        <translation>Les pages %1 du fichier en lecture-écriture %2, restaurées hors connexion à partir de %3, doivent faire l&apos;objet d&apos;une restauration par progression avec chaque sauvegarde du journal jusqu&apos;à %4 (LSN %5, la fin du journal) avant de pouvoir être récupérées ; elles sont au LSN %6.</translation>
    </message>
    <message>
        <source>the tail-log backup</source>
        <translation>la sauvegarde de la fin du journal</translation>
    </message>
    <message>
        <source>Restore the log backups from LSN %1 through the tail-log backup before recovering.</source>
        <translation>Restaurer les sauvegardes du journal du LSN %1 jusqu&apos;à la sauvegarde de la fin du journal avant la récupération.</translation>
    </message>
</context>
<context>
    <name>PageRestoreChecks</name>
    <message>
        <source>Write each page as file_id:page_id (for example 1:57), separated by commas.</source>
        <translation>Écrire chaque page sous la forme file_id:page_id (par exemple 1:57), séparées par des virgules.</translation>
    </message>
    <message>
        <source>Use the file_id that msdb.dbo.suspect_pages or the error message gives for the damaged page.</source>
        <translation>Utiliser le file_id indiqué pour la page endommagée par msdb.dbo.suspect_pages ou par le message d&apos;erreur.</translation>
    </message>
    <message>
        <source>Check the page ID against msdb.dbo.suspect_pages, or correct the size of %1 in the layout.</source>
        <translation>Vérifier l&apos;ID de page par rapport à msdb.dbo.suspect_pages, ou corriger la taille de %1 dans la disposition.</translation>
    </message>
    <message>
        <source>Restore the whole database instead of this page.</source>
        <translation>Restaurer toute la base de données au lieu de cette page.</translation>
    </message>
    <message>
        <source>Restore file %1 as a whole (RESTORE DATABASE … FILE = &apos;%1&apos;) instead of this page.</source>
        <translation>Restaurer le fichier %1 en entier (RESTORE DATABASE … FILE = &apos;%1&apos;) au lieu de cette page.</translation>
    </message>
    <message>
        <source>Step %1: page &quot;%2&quot; %3, so SQL Server refuses the statement.</source>
        <translation>Étape %1 : la page &quot;%2&quot; %3 ; SQL Server refuse donc l&apos;instruction.</translation>
    </message>
    <message>
        <source>The log of %1 is damaged, so the pages restored at step %2 can never be brought up to date with the rest of the database; restore the whole database (work since the last log backup is lost).</source>
        <translation>Le journal de %1 est endommagé ; les pages restaurées à l&apos;étape %2 ne pourront donc jamais être mises à jour par rapport au reste de la base de données ; restaurez toute la base de données (le travail effectué depuis la dernière sauvegarde du journal est perdu).</translation>
    </message>
    <message>
        <source>Restore the whole database from a full backup (no PAGE list) with REPLACE, then the log backups.</source>
        <translation>Restaurer toute la base de données à partir d&apos;une sauvegarde complète (sans liste PAGE) avec REPLACE, puis les sauvegardes du journal.</translation>
    </message>
</context>
<context>
    <name>PiecemealStage</name>
    <message>
        <source>Backup %1 comes from SQL Server %2 and the target runs %3: the database is upgraded when stage 1 recovers (step %4), and %5, not restored in stage 1, will become DEFUNCT. Restore all filegroups in stage 1.</source>
        <translation>La sauvegarde %1 provient de SQL Server %2 et la cible exécute %3 : la base de données est mise à niveau lors de la récupération de la phase 1 (étape %4), et %5, non restauré à la phase 1, deviendra DEFUNCT. Restaurez tous les groupes de fichiers à la phase 1.</translation>
    </message>
    <message>
        <source>Add %1 to the FILEGROUP list of step %2.</source>
        <translation>Ajouter %1 à la liste FILEGROUP de l&apos;étape %2.</translation>
    </message>
    <message>
        <source>Insert RESTORE DATABASE … FILEGROUP = %1 FROM %2 WITH NORECOVERY before step %3, in stage 1.</source>
        <translation>Insérer RESTORE DATABASE … FILEGROUP = %1 FROM %2 WITH NORECOVERY avant l&apos;étape %3, à la phase 1.</translation>
    </message>
    <message>
        <source>Restore %1 in stage 1, before step %2 (the history has no backup holding them all: choose one for each).</source>
        <translation>Restaurer %1 à la phase 1, avant l&apos;étape %2 (l&apos;historique n&apos;a aucune sauvegarde les contenant tous : choisissez-en une pour chacun).</translation>
    </message>
    <message>
        <source>Backup %1 was taken under SIMPLE recovery and the recovery point is under FULL: read/write filegroup %2, left out of stage 1, stays RECOVERY_PENDING instead of becoming DEFUNCT. Restore it later from %1 WITH NORECOVERY, then the same differential and log backups up to the stage-1 point.</source>
        <translation>La sauvegarde %1 a été effectuée en mode de récupération SIMPLE et le point de récupération est en mode FULL : le groupe de fichiers en lecture-écriture %2, exclu de la phase 1, reste RECOVERY_PENDING au lieu de devenir DEFUNCT. Restaurez-le plus tard à partir de %1 WITH NORECOVERY, puis les mêmes sauvegardes différentielles et du journal jusqu&apos;au point de la phase 1.</translation>
    </message>
</context>
<context>
    <name>PlanChartsExport</name>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>Exporter au format &amp;PNG…</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>Exporter au format &amp;SVG…</translation>
    </message>
    <message>
        <source>Save the %1 chart as a scalable SVG image (vector text and shapes)</source>
        <translation>Enregistrer le graphique %1 sous forme d&apos;image SVG vectorielle (texte et formes vectoriels)</translation>
    </message>
    <message>
        <source>Save the %1 chart as displayed, as a PNG image</source>
        <translation>Enregistrer le graphique %1 tel qu&apos;il s&apos;affiche, sous forme d&apos;image PNG</translation>
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
        <translation>octets</translation>
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
        <translation>inconnu</translation>
    </message>
    <message>
        <source>0 bytes</source>
        <translation>0 octet</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <source>Change step %1</source>
        <translation>Modifier l&apos;étape %1</translation>
    </message>
    <message>
        <source>Add %1 step</source>
        <translation>Ajouter une étape %1</translation>
    </message>
    <message>
        <source>Remove step %1</source>
        <translation>Supprimer l&apos;étape %1</translation>
    </message>
    <message>
        <source>Move step %1 to position %2</source>
        <translation>Déplacer l&apos;étape %1 à la position %2</translation>
    </message>
    <message>
        <source>Add plan %1</source>
        <translation>Ajouter le plan %1</translation>
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
        <translation>%1/s (par défaut)</translation>
    </message>
    <message>
        <source>Recovery loads the durable memory-optimized data into memory before the database is available; without that much memory in the target&apos;s resource pool the restore fails and the database comes up SUSPECT (R-MOD-003, R-MOD-004).</source>
        <translation>La récupération charge les données optimisées en mémoire durables en mémoire avant que la base de données ne soit disponible ; sans autant de mémoire dans le pool de ressources de la cible, la restauration échoue et la base de données démarre SUSPECT (R-MOD-003, R-MOD-004).</translation>
    </message>
    <message>
        <source>R-MOD-003: needs ≈ %1 of memory for %2 but the target has %3 (and %4 of free disk), from the CFP snapshot of %5</source>
        <translation>R-MOD-003 : nécessite ≈ %1 de mémoire pour %2, mais la cible dispose de %3 (et de %4 d&apos;espace disque libre), d&apos;après l&apos;instantané CFP de %5</translation>
    </message>
    <message>
        <source>Needs ≈ %1 of memory for %2 (and %3 of free disk), from the CFP snapshot of %4</source>
        <translation>Nécessite ≈ %1 de mémoire pour %2 (et %3 d&apos;espace disque libre), d&apos;après l&apos;instantané CFP de %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;Memory needed before step %1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;From the CFP snapshot of %3%4: the used bytes of the data files of ACTIVE and UNDER CONSTRUCTION pairs less their deleted rows&apos; share, %5 bytes; indexes, rebuilt in memory, are not included. Free disk to provision for the filegroup: 4 × that, %6.</source>
        <translation>&lt;b&gt;Mémoire nécessaire avant l&apos;étape %1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;D&apos;après l&apos;instantané CFP de %3%4 : les octets utilisés des fichiers de données des paires ACTIVE et UNDER CONSTRUCTION moins la part de leurs lignes supprimées, %5 octets ; les index, reconstruits en mémoire, ne sont pas inclus. Espace disque libre à prévoir pour le groupe de fichiers : 4 × cette valeur, %6.</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>no CFP snapshot precedes this step: import a DMV export or add a workload in the Checkpoint Files dock for an estimate</source>
        <translation>aucun instantané CFP ne précède cette étape : importez une exportation DMV ou ajoutez une charge de travail dans le volet Fichiers de point de contrôle pour obtenir une estimation</translation>
    </message>
    <message>
        <source>R-MOD-003: needs memory for %1, more than the target&apos;s %2; %3</source>
        <translation>R-MOD-003 : nécessite de la mémoire pour %1, plus que les %2 de la cible ; %3</translation>
    </message>
    <message>
        <source>Needs memory for %1; %2</source>
        <translation>Nécessite de la mémoire pour %1 ; %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Memory needed before step %1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;No CFP snapshot is taken before the point in time this step&apos;s data reaches, so only the containers&apos; sizes are known (the whole containers, not the data in them). Import a saved sys.dm_db_xtp_checkpoint_files export or add a CFP workload for an estimate of the data itself.</source>
        <translation>&lt;b&gt;Mémoire nécessaire avant l&apos;étape %1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Aucun instantané CFP n&apos;est pris avant le moment atteint par les données de cette étape ; seules les tailles des conteneurs sont donc connues (les conteneurs entiers, et non les données qu&apos;ils contiennent). Importez une exportation enregistrée de sys.dm_db_xtp_checkpoint_files ou ajoutez une charge de travail CFP pour obtenir une estimation des données elles-mêmes.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;The environment gives memory-optimized data %1&lt;/b&gt;: less than needed.</source>
        <translation>&lt;br&gt;&lt;b&gt;L&apos;environnement attribue %1 aux données optimisées en mémoire&lt;/b&gt; : moins que nécessaire.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step %1: %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Étape %1 : %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Reads %1 (%2) at %3: %4.</source>
        <translation>&lt;br&gt;Lit %1 (%2) à %3 : %4.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Reads %1, whose size is not stated (or the step is refused): 0 s counted.</source>
        <translation>&lt;br&gt;Lit %1, dont la taille n&apos;est pas indiquée (ou l&apos;étape est refusée) : 0 s compté.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Then loads the memory-optimized data into memory: %1.</source>
        <translation>&lt;br&gt;Charge ensuite les données optimisées en mémoire en mémoire : %1.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Then loads the memory-optimized data into memory, at a size or rate not known: state the memory-optimized load rate in Environment, and the size by a CFP snapshot or the containers&apos; sizes.</source>
        <translation>&lt;br&gt;Charge ensuite les données optimisées en mémoire en mémoire, avec une taille ou un débit inconnus : indiquez le débit de chargement des données optimisées en mémoire dans Environnement, et la taille par un instantané CFP ou les tailles des conteneurs.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Ends %1 after the restore begins.</source>
        <translation>&lt;br&gt;Se termine %1 après le début de la restauration.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;An estimate: the real rate depends on the media, MAXTRANSFERSIZE, BUFFERCOUNT, the target&apos;s disks and the redo work. Enter the rates a test restore measured on the target in Environment (Restore throughput, Memory-optimized load rate).&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Une estimation : le débit réel dépend des supports, de MAXTRANSFERSIZE, de BUFFERCOUNT, des disques de la cible et du travail de restauration par progression (redo). Entrez dans Environnement les débits mesurés par une restauration de test sur la cible (Débit de restauration, Débit de chargement optimisé en mémoire).&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 not online</source>
        <translation>%1 hors connexion</translation>
    </message>
    <message>
        <source>%1 online before the restore</source>
        <translation>%1 en ligne avant la restauration</translation>
    </message>
    <message>
        <source>%1 after step %2 (%3)</source>
        <translation>%1 après l&apos;étape %2 (%3)</translation>
    </message>
    <message>
        <source>Restore time %1 — online: %2 — at %3</source>
        <translation>Durée de restauration %1 — en ligne : %2 — à %3</translation>
    </message>
    <message>
        <source>%1/s (Target Server)</source>
        <translation>%1/s (serveur cible)</translation>
    </message>
</context>
<context>
    <name>PlanJsonReader</name>
    <message>
        <source>&quot;%1&quot; is not a GUID (8-4-4-4-12 hexadecimal digits)</source>
        <translation>&quot;%1&quot; n&apos;est pas un GUID (8-4-4-4-12 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>container_id (int, not negative)</source>
        <translation>container_id (int, non négatif)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file type of the SQL Server %2 DMV (%3)</source>
        <translation>&quot;%1&quot; n&apos;est pas un type de fichier de la DMV SQL Server %2 (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state of the SQL Server %2 DMV, as state_desc spells it</source>
        <translation>&quot;%1&quot; n&apos;est pas un état de la DMV SQL Server %2, tel que state_desc l&apos;écrit</translation>
    </message>
    <message>
        <source>a size in bytes (bigint, not negative)</source>
        <translation>une taille en octets (bigint, non négative)</translation>
    </message>
    <message>
        <source>a bigint</source>
        <translation>un bigint</translation>
    </message>
    <message>
        <source>a row count (bigint, not negative)</source>
        <translation>un nombre de lignes (bigint, non négatif)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of 2014, 2016</source>
        <translation>&quot;%1&quot; n&apos;est pas l&apos;une des valeurs 2014, 2016</translation>
    </message>
    <message>
        <source>checkpoint file %1 is listed twice (also at index %2)</source>
        <translation>le fichier de point de contrôle %1 est répertorié deux fois (également à l&apos;index %2)</translation>
    </message>
    <message>
        <source>%1 is not after the previous snapshot&apos;s time %2: snapshots are listed in time order, at most one at a time</source>
        <translation>%1 n&apos;est pas postérieur à l&apos;heure %2 de l&apos;instantané précédent : les instantanés sont répertoriés dans l&apos;ordre chronologique, au plus un à la fois</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>attendu : un objet ; trouvé : %1</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>attendu : %1 ; trouvé : %2</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>%1 is beyond 2^53 - 1 (%2), the largest whole number a JSON number holds exactly</source>
        <translation>%1 dépasse 2^53 - 1 (%2), le plus grand nombre entier qu&apos;un nombre JSON représente exactement</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>attendu : un nombre entier ; trouvé : %1</translation>
    </message>
    <message>
        <source>%1 is out of range: %2 is a whole number from %3 to %4</source>
        <translation>%1 est hors limites : %2 est un nombre entier compris entre %3 et %4</translation>
    </message>
    <message>
        <source>%1 is not a MAXTRANSFERSIZE SQL Server accepts: a multiple of %2 from %2 to %3 bytes (0 = not given)</source>
        <translation>%1 n&apos;est pas une valeur MAXTRANSFERSIZE acceptée par SQL Server : un multiple de %2 compris entre %2 et %3 octets (0 = non indiqué)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SQL Server version: major.minor[.build[.revision]], major and minor 0 to %2 (tinyint), build 0 to %3 (smallint), revision 0 to %4 (int)</source>
        <translation>&quot;%1&quot; n&apos;est pas une version de SQL Server : major.minor[.build[.revision]], major et minor de 0 à %2 (tinyint), build de 0 à %3 (smallint), revision de 0 à %4 (int)</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>un tableau de chaînes</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>attendu : une chaîne ; trouvé : %1</translation>
    </message>
    <message>
        <source>an LSN must be a string of digits (numeric(25,0)), not %1: JSON numbers lose precision beyond 2^53</source>
        <translation>un LSN doit être une chaîne de chiffres (numeric(25,0)), et non %1 : les nombres JSON perdent en précision au-delà de 2^53</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>%1: unknown field ignored</source>
        <translation>%1 : champ inconnu ignoré</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>%1: no edition given; assuming ENTERPRISE (online restore possible)</source>
        <translation>%1 : aucune édition indiquée ; ENTERPRISE est supposé (restauration en ligne possible)</translation>
    </message>
    <message>
        <source>%1: no recovery model given; assuming FULL</source>
        <translation>%1 : aucun mode de récupération indiqué ; FULL est supposé</translation>
    </message>
    <message>
        <source>filegroup &quot;%1&quot; appears twice (names are case-insensitive)</source>
        <translation>le groupe de fichiers &quot;%1&quot; apparaît deux fois (les noms ne respectent pas la casse)</translation>
    </message>
    <message>
        <source>the PRIMARY filegroup is required</source>
        <translation>le groupe de fichiers PRIMARY est obligatoire</translation>
    </message>
    <message>
        <source>the PRIMARY filegroup must be of type ROWS</source>
        <translation>le groupe de fichiers PRIMARY doit être de type ROWS</translation>
    </message>
    <message>
        <source>a database can have only one MEMORY_OPTIMIZED_DATA filegroup</source>
        <translation>une base de données ne peut avoir qu&apos;un seul groupe de fichiers MEMORY_OPTIMIZED_DATA</translation>
    </message>
    <message>
        <source>the backup finishes before it starts</source>
        <translation>la sauvegarde se termine avant de commencer</translation>
    </message>
    <message>
        <source>lastLsn %1 is smaller than firstLsn %2</source>
        <translation>lastLsn %1 est inférieur à firstLsn %2</translation>
    </message>
    <message>
        <source>%1 devices; a media set has 1 to %2 media families</source>
        <translation>%1 unités ; un support de sauvegarde comporte de 1 à %2 familles de supports</translation>
    </message>
    <message>
        <source>the number of media families (backupmediaset.media_family_count: 1 to 64; 0 = as many as media)</source>
        <translation>le nombre de familles de supports (backupmediaset.media_family_count : de 1 à 64 ; 0 = autant que de supports)</translation>
    </message>
    <message>
        <source>backupset.position (int, RESTORE … WITH FILE = n)</source>
        <translation>backupset.position (int, RESTORE … WITH FILE = n)</translation>
    </message>
    <message>
        <source>expected a mark name or {&quot;name&quot;, &quot;after&quot;}, found %1</source>
        <translation>attendu : un nom de marque ou {&quot;name&quot;, &quot;after&quot;} ; trouvé : %1</translation>
    </message>
    <message>
        <source>a step can have STOPATMARK or STOPBEFOREMARK, not both</source>
        <translation>une étape peut avoir STOPATMARK ou STOPBEFOREMARK, mais pas les deux</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Restore Designer plan (expected &quot;restore-designer-plan&quot;)</source>
        <translation>&quot;%1&quot; n&apos;est pas un plan Restore Designer (&quot;restore-designer-plan&quot; attendu)</translation>
    </message>
    <message>
        <source>this plan uses format version %1, written by a newer Restore Designer; this version reads up to %2</source>
        <translation>ce plan utilise la version de format %1, écrite par une version plus récente de Restore Designer ; cette version lit jusqu&apos;à la version %2</translation>
    </message>
    <message>
        <source>version %1 does not exist; the first version is 1</source>
        <translation>la version %1 n&apos;existe pas ; la première version est 1</translation>
    </message>
    <message>
        <source>backup id &quot;%1&quot; is used twice; ids must be unique</source>
        <translation>l&apos;ID de sauvegarde &quot;%1&quot; est utilisé deux fois ; les ID doivent être uniques</translation>
    </message>
    <message>
        <source>plan name &quot;%1&quot; is used twice</source>
        <translation>le nom de plan &quot;%1&quot; est utilisé deux fois</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>JSON non valide à la ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>attendu : un tableau ; trouvé : %1</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(niveau supérieur)</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
</context>
<context>
    <name>PlanTime</name>
    <message>
        <source>&quot;%1&quot; is not a time; expected YYYY-MM-DDTHH:MM:SS[.fff]</source>
        <translation>&quot;%1&quot; n&apos;est pas une heure ; format attendu : YYYY-MM-DDTHH:MM:SS[.fff]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time of the calendar</source>
        <translation>&quot;%1&quot; n&apos;est pas une date et heure du calendrier</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 is not a time zone offset; datetimeoffset allows -14:00 to +14:00, minutes 00 to 59</source>
        <translation>&quot;%1&quot; : %2 n&apos;est pas un décalage de fuseau horaire ; datetimeoffset autorise -14:00 à +14:00, minutes 00 à 59</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is outside the range of SQL Server&apos;s datetime, 1753-01-01T00:00:00 to 9999-12-31T23:59:59.997</source>
        <translation>&quot;%1&quot; est en dehors de la plage du type datetime de SQL Server, 1753-01-01T00:00:00 à 9999-12-31T23:59:59.997</translation>
    </message>
</context>
<context>
    <name>ProjectEdits</name>
    <message>
        <source>Change the recovery target</source>
        <translation>Modifier la cible de récupération</translation>
    </message>
    <message>
        <source>Change filegroup %1</source>
        <translation>Modifier le groupe de fichiers %1</translation>
    </message>
    <message>
        <source>Remove a %1 event</source>
        <translation>Supprimer un événement %1</translation>
    </message>
    <message>
        <source>Add a %1 event</source>
        <translation>Ajouter un événement %1</translation>
    </message>
    <message>
        <source>Move a %1 event</source>
        <translation>Déplacer un événement %1</translation>
    </message>
    <message>
        <source>Change a %1 event</source>
        <translation>Modifier un événement %1</translation>
    </message>
    <message>
        <source>Add the CFP snapshot of %1</source>
        <translation>Ajouter l&apos;instantané CFP de %1</translation>
    </message>
    <message>
        <source>Remove the CFP snapshot of %1</source>
        <translation>Supprimer l&apos;instantané CFP de %1</translation>
    </message>
    <message>
        <source>Change database %1</source>
        <translation>Modifier la base de données %1</translation>
    </message>
    <message>
        <source>Change the target environment</source>
        <translation>Modifier l&apos;environnement cible</translation>
    </message>
    <message>
        <source>Edit the project</source>
        <translation>Modifier le projet</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>%1 (the file is an SQLite database: project files use the .%2 extension)</source>
        <translation>%1 (le fichier est une base de données SQLite : les fichiers projet utilisent l&apos;extension .%2)</translation>
    </message>
    <message>
        <source>%1: cannot create a temporary directory: %2</source>
        <translation>%1 : impossible de créer un répertoire temporaire : %2</translation>
    </message>
    <message>
        <source>%1: cannot copy it to %2: %3</source>
        <translation>%1 : impossible de le copier vers %2 : %3</translation>
    </message>
    <message>
        <source>cannot save %1: unknown file type; use .json (plan file) or .%2 (project file)</source>
        <translation>impossible d&apos;enregistrer %1 : type de fichier inconnu ; utilisez .json (fichier de plan) ou .%2 (fichier projet)</translation>
    </message>
    <message>
        <source>cannot save %1: the plan would not read back unchanged</source>
        <translation>impossible d&apos;enregistrer %1 : le plan ne serait pas relu à l&apos;identique</translation>
    </message>
    <message>
        <source>cannot save %1: the plan would not read back: %2</source>
        <translation>impossible d&apos;enregistrer %1 : le plan ne pourrait pas être relu : %2</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>not a Restore Designer project: %1</source>
        <translation>pas un projet Restore Designer : %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>it is not an SQLite database but looks like a JSON plan file (plan files use the .json extension)</source>
        <translation>ce n&apos;est pas une base de données SQLite, mais cela ressemble à un fichier de plan JSON (les fichiers de plan utilisent l&apos;extension .json)</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>ce n&apos;est pas une base de données SQLite</translation>
    </message>
    <message>
        <source>the file is damaged: truncated to %1 bytes, shorter than an SQLite header</source>
        <translation>le fichier est endommagé : tronqué à %1 octets, plus court qu&apos;un en-tête SQLite</translation>
    </message>
    <message>
        <source>it is an SQLite database of another application (application_id %1%2; a project has %3)</source>
        <translation>c&apos;est une base de données SQLite d&apos;une autre application (application_id %1%2 ; un projet a %3)</translation>
    </message>
    <message>
        <source>written by a newer Restore Designer (schema %1); this version reads up to %2</source>
        <translation>écrit par une version plus récente de Restore Designer (schéma %1) ; cette version lit jusqu&apos;au schéma %2</translation>
    </message>
    <message>
        <source>its schema version (user_version) is %1; project files start at 1</source>
        <translation>sa version de schéma (user_version) est %1 ; les fichiers projet commencent à 1</translation>
    </message>
    <message>
        <source>the file is damaged: its header gives no valid page size</source>
        <translation>le fichier est endommagé : son en-tête n&apos;indique aucune taille de page valide</translation>
    </message>
    <message>
        <source>the file is damaged: %1 bytes is not a whole number of %2-byte pages (truncated?)</source>
        <translation>le fichier est endommagé : %1 octets ne correspondent pas à un nombre entier de pages de %2 octets (tronqué ?)</translation>
    </message>
    <message>
        <source>the file is damaged: truncated to %1 bytes; its header says %2 pages of %3 bytes</source>
        <translation>le fichier est endommagé : tronqué à %1 octets ; son en-tête indique %2 pages de %3 octets</translation>
    </message>
    <message>
        <source>the file is damaged: %1</source>
        <translation>le fichier est endommagé : %1</translation>
    </message>
    <message>
        <source>the file is damaged (SQLite integrity check: %1)</source>
        <translation>le fichier est endommagé (vérification d&apos;intégrité SQLite : %1)</translation>
    </message>
    <message>
        <source>not a Restore Designer project: table &quot;%1&quot; is missing</source>
        <translation>pas un projet Restore Designer : la table &quot;%1&quot; est manquante</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>SQLite cannot open it: %1</source>
        <translation>SQLite ne peut pas l&apos;ouvrir : %1</translation>
    </message>
    <message>
        <source>the file is damaged: its content checksum is missing</source>
        <translation>le fichier est endommagé : la somme de contrôle de son contenu est manquante</translation>
    </message>
    <message>
        <source>the file is damaged: its content does not match the checksum stored with it</source>
        <translation>le fichier est endommagé : son contenu ne correspond pas à la somme de contrôle stockée avec lui</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>cannot create a file beside it: %1</source>
        <translation>impossible de créer un fichier à côté : %1</translation>
    </message>
    <message>
        <source>SQLite cannot create the file: %1</source>
        <translation>SQLite ne peut pas créer le fichier : %1</translation>
    </message>
    <message>
        <source>the project would not read back unchanged</source>
        <translation>le projet ne serait pas relu à l&apos;identique</translation>
    </message>
    <message>
        <source>the project would not read back: %1</source>
        <translation>le projet ne pourrait pas être relu : %1</translation>
    </message>
    <message>
        <source>cannot read back %1: %2</source>
        <translation>impossible de relire %1 : %2</translation>
    </message>
    <message>
        <source>cannot read table &quot;%1&quot;: %2</source>
        <translation>impossible de lire la table &quot;%1&quot; : %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation>%1 : JSON non valide à l&apos;offset %2 : %3</translation>
    </message>
    <message>
        <source>%1: expected one JSON value</source>
        <translation>%1 : une seule valeur JSON attendue</translation>
    </message>
    <message>
        <source>%1, column &quot;%2&quot;</source>
        <translation>%1, colonne &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 row %2 (%3 &quot;%4&quot;)</source>
        <translation>%1 ligne %2 (%3 &quot;%4&quot;)</translation>
    </message>
    <message>
        <source>project row &quot;%1&quot;</source>
        <translation>ligne de projet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 est manquant</translation>
    </message>
    <message>
        <source>%1: expected &quot;%2&quot;, found &quot;%3&quot;</source>
        <translation>%1 : &quot;%2&quot; attendu, &quot;%3&quot; trouvé</translation>
    </message>
    <message>
        <source>%1: expected a plan format version (1 or more)</source>
        <translation>%1 : version de format de plan attendue (1 ou plus)</translation>
    </message>
    <message>
        <source>its content uses plan format version %1, written by a newer Restore Designer; this version reads up to %2</source>
        <translation>son contenu utilise la version de format de plan %1, écrite par une version plus récente de Restore Designer ; cette version lit jusqu&apos;à la version %2</translation>
    </message>
    <message>
        <source>%1: unknown key ignored</source>
        <translation>%1 : clé inconnue ignorée</translation>
    </message>
    <message>
        <source>events row %1</source>
        <translation>ligne events %1</translation>
    </message>
    <message>
        <source>%1: the id column does not match the backup&apos;s id &quot;%2&quot;</source>
        <translation>%1 : la colonne id ne correspond pas à l&apos;ID de la sauvegarde &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: backup id &quot;%2&quot; is used twice; ids must be unique</source>
        <translation>%1 : l&apos;ID de sauvegarde &quot;%2&quot; est utilisé deux fois ; les ID doivent être uniques</translation>
    </message>
    <message>
        <source>%1: the name column does not match the plan&apos;s name &quot;%2&quot;</source>
        <translation>%1 : la colonne name ne correspond pas au nom du plan &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: plan name &quot;%2&quot; is used twice</source>
        <translation>%1 : le nom de plan &quot;%2&quot; est utilisé deux fois</translation>
    </message>
    <message>
        <source>view_state row &quot;%1&quot;</source>
        <translation>ligne view_state &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the SQLite driver of Qt (QSQLITE) is not available</source>
        <translation>le pilote SQLite de Qt (QSQLITE) n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>written by Restore Designer %1, newer than this version (%2): it reads, but what the newer version added may be ignored, and saving here drops it</source>
        <translation>écrit par Restore Designer %1, plus récent que cette version (%2) : il se lit, mais ce que la version plus récente a ajouté peut être ignoré, et l&apos;enregistrer ici le supprime</translation>
    </message>
</context>
<context>
    <name>RestoreSimulator</name>
    <message>
        <source>Step %1 is RESTORE LOG but backup %2 is a %3 backup; use RESTORE DATABASE.</source>
        <translation>L&apos;étape %1 est RESTORE LOG, mais la sauvegarde %2 est une sauvegarde %3 ; utilisez RESTORE DATABASE.</translation>
    </message>
    <message>
        <source>Step %1 is RESTORE DATABASE but backup %2 is a log backup; use RESTORE LOG.</source>
        <translation>L&apos;étape %1 est RESTORE DATABASE, mais la sauvegarde %2 est une sauvegarde du journal ; utilisez RESTORE LOG.</translation>
    </message>
    <message>
        <source>%1 edition cannot restore %2 while %3 is online (online restore needs Enterprise or Developer); the whole database would be unavailable for this restore.</source>
        <translation>L&apos;édition %1 ne peut pas restaurer %2 pendant que %3 est en ligne (la restauration en ligne nécessite Enterprise ou Developer) ; toute la base de données serait indisponible pendant cette restauration.</translation>
    </message>
    <message>
        <source>Insert SET OFFLINE (or BACKUP LOG … WITH NORECOVERY) before step %1.</source>
        <translation>Insérer SET OFFLINE (ou BACKUP LOG … WITH NORECOVERY) avant l&apos;étape %1.</translation>
    </message>
    <message>
        <source>The database was already recovered at step %1; differential %2 can no longer be applied. Restart the sequence from the full/file backup.</source>
        <translation>La base de données a déjà été récupérée à l&apos;étape %1 ; la sauvegarde différentielle %2 ne peut plus être appliquée. Recommencez la séquence à partir de la sauvegarde complète/de fichiers.</translation>
    </message>
    <message>
        <source>Use NORECOVERY on step %1.</source>
        <translation>Utiliser NORECOVERY à l&apos;étape %1.</translation>
    </message>
    <message>
        <source>Restore %1 instead of %2 at step %3.</source>
        <translation>Restaurer %1 au lieu de %2 à l&apos;étape %3.</translation>
    </message>
    <message>
        <source>%1 is COPY_ONLY, so differential %2 is not based on it; its base is %3.</source>
        <translation>%1 est COPY_ONLY ; la sauvegarde différentielle %2 n&apos;est donc pas basée sur elle ; sa base est %3.</translation>
    </message>
    <message>
        <source>(no backup in this history)</source>
        <translation>(aucune sauvegarde dans cet historique)</translation>
    </message>
    <message>
        <source>Restore %1 instead of %2.</source>
        <translation>Restaurer %1 au lieu de %2.</translation>
    </message>
    <message>
        <source>Differential %1 is based on %2, but %3 was last restored from %4. Restore %2 first.</source>
        <translation>La sauvegarde différentielle %1 est basée sur %2, mais %3 a été restauré en dernier à partir de %4. Restaurez d&apos;abord %2.</translation>
    </message>
    <message>
        <source>a backup missing from this history</source>
        <translation>une sauvegarde absente de cet historique</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Restore %1 before step %2.</source>
        <translation>Restaurer %1 avant l&apos;étape %2.</translation>
    </message>
    <message>
        <source>Log backup %1 has nothing to roll forward: the files being restored are read-only since their backup and need no log.</source>
        <translation>La sauvegarde du journal %1 n&apos;a rien à restaurer par progression : les fichiers en cours de restauration sont en lecture seule depuis leur sauvegarde et n&apos;ont pas besoin de journal.</translation>
    </message>
    <message>
        <source>The database was already recovered at step %1; log backup %2 can no longer be applied. Restart the sequence from the full/file backup.</source>
        <translation>La base de données a déjà été récupérée à l&apos;étape %1 ; la sauvegarde du journal %2 ne peut plus être appliquée. Recommencez la séquence à partir de la sauvegarde complète/de fichiers.</translation>
    </message>
    <message>
        <source>No files are ready to roll forward: restore a data backup before log backup %1.</source>
        <translation>Aucun fichier n&apos;est prêt pour la restauration par progression : restaurez une sauvegarde de données avant la sauvegarde du journal %1.</translation>
    </message>
    <message>
        <source>The first log after %1 must contain LSN %2; %3 covers %4.</source>
        <translation>Le premier journal après %1 doit contenir le LSN %2 ; %3 couvre %4.</translation>
    </message>
    <message>
        <source>Restore log backup %1 (which contains LSN %2) here.</source>
        <translation>Restaurer ici la sauvegarde du journal %1 (qui contient le LSN %2).</translation>
    </message>
    <message>
        <source>Restore the log backup whose range contains LSN %1 here.</source>
        <translation>Restaurer ici la sauvegarde du journal dont la plage contient le LSN %1.</translation>
    </message>
    <message>
        <source>Gap in the log chain: backup %1 starts at LSN %2, but roll-forward is at LSN %3. A log backup covering LSN %3 is missing.</source>
        <translation>Lacune dans la chaîne de journaux : la sauvegarde %1 commence au LSN %2, mais la restauration par progression est au LSN %3. Il manque une sauvegarde du journal couvrant le LSN %3.</translation>
    </message>
    <message>
        <source>Insert RESTORE LOG %1 before step %2.</source>
        <translation>Insérer RESTORE LOG %1 avant l&apos;étape %2.</translation>
    </message>
    <message>
        <source>Insert the log backup containing LSN %1 before step %2.</source>
        <translation>Insérer la sauvegarde du journal contenant le LSN %1 avant l&apos;étape %2.</translation>
    </message>
    <message>
        <source>Log backup %1 ends at LSN %2, before the database&apos;s current point %3; it is not needed here.</source>
        <translation>La sauvegarde du journal %1 se termine au LSN %2, avant le point actuel %3 de la base de données ; elle n&apos;est pas nécessaire ici.</translation>
    </message>
    <message>
        <source>Remove step %1 or use a later log backup.</source>
        <translation>Supprimer l&apos;étape %1 ou utiliser une sauvegarde du journal ultérieure.</translation>
    </message>
    <message>
        <source>%1 was damaged by the failure: a recovery-only restore cannot bring it online; restore it from a backup.</source>
        <translation>%1 a été endommagé par la défaillance : une restauration de récupération seule ne peut pas le mettre en ligne ; restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>Recovery-only restore of %1 needs the database online and %1 read-only since before the restored backup %2, through the recovery point; otherwise restore it from a backup.</source>
        <translation>La restauration de récupération seule de %1 nécessite que la base de données soit en ligne et que %1 soit en lecture seule depuis avant la sauvegarde restaurée %2 jusqu&apos;au point de récupération ; sinon, restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Restore the log backups from LSN %1 to %2 (the history lacks some) before step %3 recovers.</source>
        <translation>Restaurer les sauvegardes du journal du LSN %1 au LSN %2 (l&apos;historique n&apos;en contient pas certaines) avant la récupération à l&apos;étape %3.</translation>
    </message>
    <message>
        <source>Restore %1 from a backup taken after it last became read-only (SIMPLE recovery keeps no log to roll it forward).</source>
        <translation>Restaurer %1 à partir d&apos;une sauvegarde effectuée après son dernier passage en lecture seule (le mode de récupération SIMPLE ne conserve aucun journal pour le restaurer par progression).</translation>
    </message>
    <message>
        <source>Restore %1 from the backup the rest of the database comes from (SIMPLE recovery keeps no log to roll it forward).</source>
        <translation>Restaurer %1 à partir de la sauvegarde dont provient le reste de la base de données (le mode de récupération SIMPLE ne conserve aucun journal pour le restaurer par progression).</translation>
    </message>
    <message>
        <source>Filegroup %1 was not read-only for the whole time from its backup to the recovery point; it needs log backups up to LSN %2 before it can be recovered.</source>
        <translation>Le groupe de fichiers %1 n&apos;a pas été en lecture seule pendant toute la période entre sa sauvegarde et le point de récupération ; il nécessite les sauvegardes du journal jusqu&apos;au LSN %2 avant de pouvoir être récupéré.</translation>
    </message>
    <message>
        <source>Filegroup %1 is only rolled forward to LSN %2; it must reach %3 before it can be recovered.</source>
        <translation>Le groupe de fichiers %1 n&apos;est restauré par progression que jusqu&apos;au LSN %2 ; il doit atteindre %3 avant de pouvoir être récupéré.</translation>
    </message>
</context>
<context>
    <name>RollForwardFix</name>
    <message>
        <source>Restore %1 WITH NORECOVERY before step %2.</source>
        <translation>Restaurer %1 WITH NORECOVERY avant l&apos;étape %2.</translation>
    </message>
    <message>
        <source>Use NORECOVERY on step %1 and restore %2 WITH NORECOVERY after step %3.</source>
        <translation>Utiliser NORECOVERY à l&apos;étape %1 et restaurer %2 WITH NORECOVERY après l&apos;étape %3.</translation>
    </message>
    <message>
        <source>Use NORECOVERY on step %1 and restore %2 after step %3, WITH RECOVERY.</source>
        <translation>Utiliser NORECOVERY à l&apos;étape %1 et restaurer %2 après l&apos;étape %3, WITH RECOVERY.</translation>
    </message>
    <message>
        <source>Use NORECOVERY on step %1 and restore %2 after step %3; the last one recovers.</source>
        <translation>Utiliser NORECOVERY à l&apos;étape %1 et restaurer %2 après l&apos;étape %3 ; la dernière effectue la récupération.</translation>
    </message>
    <message>
        <source>Use NORECOVERY on step %1: the log restores after it reach %2, and step %3 recovers.</source>
        <translation>Utiliser NORECOVERY à l&apos;étape %1 : les restaurations du journal qui la suivent atteignent %2, et l&apos;étape %3 effectue la récupération.</translation>
    </message>
    <message>
        <source>Use NORECOVERY on step %1 and recover with step %2 instead.</source>
        <translation>Utiliser NORECOVERY à l&apos;étape %1 et effectuer plutôt la récupération avec l&apos;étape %2.</translation>
    </message>
</context>
<context>
    <name>RuleCatalog</name>
    <message>
        <source>No RESTORE or BACKUP inside a transaction</source>
        <translation>Aucun RESTORE ni BACKUP dans une transaction</translation>
    </message>
    <message>
        <source>BACKUP/RESTORE cannot run inside a transaction. Remove BEGIN TRAN / IMPLICIT_TRANSACTIONS around step N.</source>
        <translation>BACKUP/RESTORE ne peut pas s&apos;exécuter dans une transaction. Supprimez BEGIN TRAN / IMPLICIT_TRANSACTIONS autour de l&apos;étape N.</translation>
    </message>
    <message>
        <source>The T-SQL writer never wraps BACKUP/RESTORE in a transaction; every statement is its own batch.</source>
        <translation>Le générateur T-SQL n&apos;encapsule jamais BACKUP/RESTORE dans une transaction ; chaque instruction constitue son propre lot.</translation>
    </message>
    <message>
        <source>No restoring to an older engine version</source>
        <translation>Aucune restauration vers une version antérieure du moteur</translation>
    </message>
    <message>
        <source>Backup {id} was taken on a newer SQL Server ({v}) than the target ({t}); it cannot be restored there.</source>
        <translation>La sauvegarde {id} a été effectuée sur une version de SQL Server plus récente ({v}) que la cible ({t}) ; elle ne peut pas y être restaurée.</translation>
    </message>
    <message>
        <source>Against RestoreEnvironment.serverVersion, stated by the user; not checked while it or the backup&apos;s softwareVersion is unknown. master, model and msdb need the same version.</source>
        <translation>Vérifiée par rapport à RestoreEnvironment.serverVersion, indiqué par l&apos;utilisateur ; non vérifiée tant que ce champ ou le softwareVersion de la sauvegarde est inconnu. master, model et msdb nécessitent la même version.</translation>
    </message>
    <message>
        <source>A recovery-only step must name a recovery option</source>
        <translation>Une étape de récupération seule doit indiquer une option de récupération</translation>
    </message>
    <message>
        <source>A recovery-only RESTORE (no FROM) must state WITH RECOVERY, NORECOVERY or STANDBY.</source>
        <translation>Un RESTORE de récupération seule (sans FROM) doit indiquer WITH RECOVERY, NORECOVERY ou STANDBY.</translation>
    </message>
    <message>
        <source>Only the last statement of a restore sequence may recover</source>
        <translation>Seule la dernière instruction d&apos;une séquence de restauration peut effectuer la récupération</translation>
    </message>
    <message>
        <source>Step N would recover the database (RECOVERY is the default), so the following restore steps can no longer be applied.</source>
        <translation>L&apos;étape N récupérerait la base de données (RECOVERY est la valeur par défaut) ; les étapes de restauration suivantes ne peuvent donc plus être appliquées.</translation>
    </message>
    <message>
        <source>Nothing can be rolled forward after recovery</source>
        <translation>Aucune restauration par progression n&apos;est possible après la récupération</translation>
    </message>
    <message>
        <source>The database was already recovered at step N; backup {id} can no longer be applied. Restart the sequence from the full/file backup.</source>
        <translation>La base de données a déjà été récupérée à l&apos;étape N ; la sauvegarde {id} ne peut plus être appliquée. Recommencez la séquence à partir de la sauvegarde complète/de fichiers.</translation>
    </message>
    <message>
        <source>Creating a database needs a backup that contains the primary file</source>
        <translation>La création d&apos;une base de données nécessite une sauvegarde qui contient le fichier primaire</translation>
    </message>
    <message>
        <source>Database {db} does not exist on the target, so the first restore must come from a backup that contains the primary file.</source>
        <translation>La base de données {db} n&apos;existe pas sur la cible ; la première restauration doit donc provenir d&apos;une sauvegarde qui contient le fichier primaire.</translation>
    </message>
    <message>
        <source>Needs environment.databaseExists (default true): whether the database exists on the target is a fact the user states.</source>
        <translation>Nécessite environment.databaseExists (true par défaut) : l&apos;existence de la base de données sur la cible est un fait que l&apos;utilisateur indique.</translation>
    </message>
    <message>
        <source>Backups of encrypted databases need the certificate or key</source>
        <translation>Les sauvegardes de bases de données chiffrées nécessitent le certificat ou la clé</translation>
    </message>
    <message>
        <source>Backup {id} is encrypted; make sure certificate {thumbprint} exists on the target server before running the script.</source>
        <translation>La sauvegarde {id} est chiffrée ; assurez-vous que le certificat {thumbprint} existe sur le serveur cible avant d&apos;exécuter le script.</translation>
    </message>
    <message>
        <source>RestoreEnvironment.certificatesAvailable (default false) states whether the certificates or keys are on the target.</source>
        <translation>RestoreEnvironment.certificatesAvailable (false par défaut) indique si les certificats ou les clés se trouvent sur la cible.</translation>
    </message>
    <message>
        <source>CONTINUE_AFTER_ERROR propagates</source>
        <translation>CONTINUE_AFTER_ERROR se propage</translation>
    </message>
    <message>
        <source>Backup {id} was taken from a damaged database; it only restores WITH CONTINUE_AFTER_ERROR, and every later step must repeat that option. Run DBCC CHECKDB afterwards.</source>
        <translation>La sauvegarde {id} a été effectuée à partir d&apos;une base de données endommagée ; elle ne se restaure que WITH CONTINUE_AFTER_ERROR, et chaque étape suivante doit répéter cette option. Exécutez ensuite DBCC CHECKDB.</translation>
    </message>
    <message>
        <source>A damaged data or differential backup without CONTINUE_AFTER_ERROR is refused; with it, a warning (run DBCC CHECKDB). A damaged log without it is R-LOG-005. The option is required on every later step of the sequence, recovery-only steps included.</source>
        <translation>Une sauvegarde de données ou différentielle endommagée sans CONTINUE_AFTER_ERROR est refusée ; avec cette option, un avertissement (exécuter DBCC CHECKDB). Un journal endommagé sans cette option relève de R-LOG-005. L&apos;option est requise à chaque étape suivante de la séquence, étapes de récupération seule comprises.</translation>
    </message>
    <message>
        <source>An offline restore needs exclusive access</source>
        <translation>Une restauration hors connexion nécessite un accès exclusif</translation>
    </message>
    <message>
        <source>This step needs exclusive access; connected users will be disconnected. Consider SINGLE_USER WITH ROLLBACK IMMEDIATE first.</source>
        <translation>Cette étape nécessite un accès exclusif ; les utilisateurs connectés seront déconnectés. Envisagez d&apos;abord SINGLE_USER WITH ROLLBACK IMMEDIATE.</translation>
    </message>
    <message>
        <source>Once per restore sequence, at the step that takes an online, existing database offline (PARTIAL or PRIMARY restore); not after a tail-log backup WITH NORECOVERY or SET OFFLINE, nor when environment.databaseExists is false.</source>
        <translation>Une fois par séquence de restauration, à l&apos;étape qui met hors connexion une base de données existante et en ligne (restauration PARTIAL ou de PRIMARY) ; pas après une sauvegarde de la fin du journal WITH NORECOVERY ni après SET OFFLINE, ni lorsque environment.databaseExists vaut false.</translation>
    </message>
    <message>
        <source>No restore into a mirrored or availability-group database</source>
        <translation>Aucune restauration dans une base de données mise en miroir ou membre d&apos;un groupe de disponibilité</translation>
    </message>
    <message>
        <source>Remove {db} from its availability group/mirroring session before restoring it.</source>
        <translation>Supprimez {db} de son groupe de disponibilité/de sa session de mise en miroir avant de la restaurer.</translation>
    </message>
    <message>
        <source>RestoreEnvironment.availabilityGroup / mirrored, stated by the user; reported at the first RESTORE.</source>
        <translation>RestoreEnvironment.availabilityGroup / mirrored, indiqués par l&apos;utilisateur ; signalé au premier RESTORE.</translation>
    </message>
    <message>
        <source>Back up the tail before overwriting a full or bulk-logged database</source>
        <translation>Sauvegarder la fin du journal avant de remplacer une base de données en mode complet ou journalisé en bloc</translation>
    </message>
    <message>
        <source>The tail of the log of {db} has not been backed up. Add BACKUP LOG … WITH NORECOVERY before step 1, or use REPLACE/STOPAT and accept losing the work since the last log backup.</source>
        <translation>La fin du journal de {db} n&apos;a pas été sauvegardée. Ajoutez BACKUP LOG … WITH NORECOVERY avant l&apos;étape 1, ou utilisez REPLACE/STOPAT et acceptez de perdre le travail effectué depuis la dernière sauvegarde du journal.</translation>
    </message>
    <message>
        <source>Only when RestoreEnvironment.databaseExists. A BACKUP LOG with NORECOVERY/STANDBY/NO_TRUNCATE before the first RESTORE, or a tail-log backup as the history&apos;s latest log, satisfies it; REPLACE or a stop clause on the first RESTORE overrides it.</source>
        <translation>Uniquement lorsque RestoreEnvironment.databaseExists. Un BACKUP LOG avec NORECOVERY/STANDBY/NO_TRUNCATE avant le premier RESTORE, ou une sauvegarde de la fin du journal comme dernier journal de l&apos;historique, satisfait cette règle ; REPLACE ou une clause d&apos;arrêt sur le premier RESTORE la lève.</translation>
    </message>
    <message>
        <source>On an online database, take the tail with NORECOVERY</source>
        <translation>Sur une base de données en ligne, sauvegarder la fin du journal avec NORECOVERY</translation>
    </message>
    <message>
        <source>Tail-log backup without NORECOVERY: users can keep writing after the tail is taken, and the restore will then demand another tail.</source>
        <translation>Sauvegarde de la fin du journal sans NORECOVERY : les utilisateurs peuvent continuer à écrire après la sauvegarde de la fin du journal, et la restauration exigera alors une autre sauvegarde de la fin du journal.</translation>
    </message>
    <message>
        <source>A BACKUP LOG before the first RESTORE while the simulated database is ONLINE.</source>
        <translation>Un BACKUP LOG avant le premier RESTORE alors que la base de données simulée est ONLINE.</translation>
    </message>
    <message>
        <source>Restoring to the point of failure must end with the tail-log backup</source>
        <translation>Une restauration jusqu&apos;au point de défaillance doit se terminer par la sauvegarde de la fin du journal</translation>
    </message>
    <message>
        <source>Recovery target is &apos;point of failure&apos; but the tail-log backup is not the last log restored in sequence S; transactions after {lastLogTime} would be lost.</source>
        <translation>La cible de récupération est « point de défaillance », mais la sauvegarde de la fin du journal n&apos;est pas le dernier journal restauré dans la séquence S ; les transactions postérieures à {lastLogTime} seraient perdues.</translation>
    </message>
    <message>
        <source>At each recovery of read/write data with the end of the log as target: the last log restored must be a tail-log backup (or one the plan takes). When the scenario&apos;s FAILURE has logDamaged no tail can exist: restoring up to the last log backup of the chain is then the best reachable point and reports nothing; stopping earlier is a warning.</source>
        <translation>À chaque récupération de données en lecture-écriture dont la cible est la fin du journal : le dernier journal restauré doit être une sauvegarde de la fin du journal (ou une sauvegarde que le plan effectue). Lorsque la FAILURE du scénario a logDamaged, aucune sauvegarde de la fin du journal ne peut exister : la restauration jusqu&apos;à la dernière sauvegarde du journal de la chaîne est alors le meilleur point accessible et ne signale rien ; s&apos;arrêter plus tôt donne un avertissement.</translation>
    </message>
    <message>
        <source>NO_TRUNCATE and CONTINUE_AFTER_ERROR are for damaged databases only</source>
        <translation>NO_TRUNCATE et CONTINUE_AFTER_ERROR sont réservés aux bases de données endommagées</translation>
    </message>
    <message>
        <source>NO_TRUNCATE/CONTINUE_AFTER_ERROR are meant for damaged databases; on a healthy database use NORECOVERY only.</source>
        <translation>NO_TRUNCATE/CONTINUE_AFTER_ERROR sont destinés aux bases de données endommagées ; sur une base de données saine, utilisez uniquement NORECOVERY.</translation>
    </message>
    <message>
        <source>When a tail-log backup is impossible</source>
        <translation>Quand une sauvegarde de la fin du journal est impossible</translation>
    </message>
    <message>
        <source>A tail-log backup is not possible in this state ({state}); the plan can only reach {lastLogBackupTime}. Work after that is lost.</source>
        <translation>Une sauvegarde de la fin du journal n&apos;est pas possible dans cet état ({state}) ; le plan ne peut atteindre que {lastLogBackupTime}. Le travail postérieur est perdu.</translation>
    </message>
    <message>
        <source>At a BACKUP LOG step: the simulated database OFFLINE/EMERGENCY; a FAILURE with logDamaged; or BULK_LOGGED since the last log backup while a FAILURE or the simulated state leaves a filegroup unavailable.</source>
        <translation>À une étape BACKUP LOG : la base de données simulée OFFLINE/EMERGENCY ; une FAILURE avec logDamaged ; ou BULK_LOGGED depuis la dernière sauvegarde du journal alors qu&apos;une FAILURE ou l&apos;état simulé rend un groupe de fichiers indisponible.</translation>
    </message>
    <message>
        <source>When the tail is not needed</source>
        <translation>Quand la fin du journal n&apos;est pas nécessaire</translation>
    </message>
    <message>
        <source>No tail-log backup needed: the recovery point is inside backup {id}.</source>
        <translation>Aucune sauvegarde de la fin du journal n&apos;est nécessaire : le point de récupération se trouve dans la sauvegarde {id}.</translation>
    </message>
    <message>
        <source>Info when the first RESTORE carries the stop clause and the recovery point lies inside a log backup; without a stop clause or REPLACE SQL Server still refuses (3159), so R-TAIL-001 says to add STOPAT.</source>
        <translation>Info lorsque le premier RESTORE comporte la clause d&apos;arrêt et que le point de récupération se trouve dans une sauvegarde du journal ; sans clause d&apos;arrêt ni REPLACE, SQL Server refuse toujours (3159) ; R-TAIL-001 indique donc d&apos;ajouter STOPAT.</translation>
    </message>
    <message>
        <source>Log backups and log restores exist only under full or bulk-logged</source>
        <translation>Les sauvegardes et restaurations du journal n&apos;existent qu&apos;en mode complet ou journalisé en bloc</translation>
    </message>
    <message>
        <source>Log backup {id} cannot exist / cannot follow {base}: the database was in SIMPLE recovery (or had no full backup) at that time.</source>
        <translation>La sauvegarde du journal {id} ne peut pas exister / ne peut pas suivre {base} : la base de données était alors en mode de récupération SIMPLE (ou n&apos;avait aucune sauvegarde complète).</translation>
    </message>
    <message>
        <source>No gap before a log backup (too recent)</source>
        <translation>Aucune lacune avant une sauvegarde du journal (trop récente)</translation>
    </message>
    <message>
        <source>Gap in the log chain: backup {id} starts at LSN {first}, but roll-forward is at LSN {R}. A log backup covering LSN {R} is missing (taken around {time}).</source>
        <translation>Lacune dans la chaîne de journaux : la sauvegarde {id} commence au LSN {first}, mais la restauration par progression est au LSN {R}. Il manque une sauvegarde du journal couvrant le LSN {R} (effectuée vers {time}).</translation>
    </message>
    <message>
        <source>A log backup that ends too early</source>
        <translation>Une sauvegarde du journal qui se termine trop tôt</translation>
    </message>
    <message>
        <source>Log backup {id} ends at LSN {last}, before the database&apos;s current point {R}; it is not needed here. Remove it or use a later log backup.</source>
        <translation>La sauvegarde du journal {id} se termine au LSN {last}, avant le point actuel {R} de la base de données ; elle n&apos;est pas nécessaire ici. Supprimez-la ou utilisez une sauvegarde du journal ultérieure.</translation>
    </message>
    <message>
        <source>The first log after a data or differential restore must cover that backup&apos;s last_lsn</source>
        <translation>Le premier journal après une restauration de données ou différentielle doit couvrir le last_lsn de cette sauvegarde</translation>
    </message>
    <message>
        <source>The first log after {data} must contain LSN {data.lastLsn}; {log} covers {first}–{last}.</source>
        <translation>Le premier journal après {data} doit contenir le LSN {data.lastLsn} ; {log} couvre {first}–{last}.</translation>
    </message>
    <message>
        <source>Every log backup up to the target must be available before you start</source>
        <translation>Toutes les sauvegardes du journal jusqu&apos;à la cible doivent être disponibles avant de commencer</translation>
    </message>
    <message>
        <source>Log backup covering {lsnRange}/{timeRange} is missing; the latest reachable point is {time}.</source>
        <translation>Il manque la sauvegarde du journal couvrant {lsnRange}/{timeRange} ; le dernier point accessible est {time}.</translation>
    </message>
    <message>
        <source>A damaged backup is taken as lost for the chain: restoring it without CONTINUE_AFTER_ERROR, skipping it (a gap it would fill), or a point of failure beyond it is an error naming the latest reachable point.</source>
        <translation>Une sauvegarde endommagée est considérée comme perdue pour la chaîne : la restaurer sans CONTINUE_AFTER_ERROR, l&apos;ignorer (une lacune qu&apos;elle comblerait) ou viser un point de défaillance au-delà d&apos;elle constitue une erreur qui indique le dernier point accessible.</translation>
    </message>
    <message>
        <source>Log backups do not belong to any particular full backup</source>
        <translation>Les sauvegardes du journal n&apos;appartiennent à aucune sauvegarde complète particulière</translation>
    </message>
    <message>
        <source>Restoring the older full backup {F1} plus all later logs is valid; it is just slower than using {F2}.</source>
        <translation>La restauration de l&apos;ancienne sauvegarde complète {F1} suivie de tous les journaux ultérieurs est valide ; elle est seulement plus lente que l&apos;utilisation de {F2}.</translation>
    </message>
    <message>
        <source>Logs apply by LSN and fork only; databaseBackupLsn is never used to reject a log.</source>
        <translation>Les journaux s&apos;appliquent uniquement selon le LSN et la branche ; databaseBackupLsn n&apos;est jamais utilisé pour rejeter un journal.</translation>
    </message>
    <message>
        <source>Copy-only log backups</source>
        <translation>Sauvegardes du journal de copie uniquement</translation>
    </message>
    <message>
        <source>{id} is a copy-only log backup: usable in this restore, but later log backups do not depend on it.</source>
        <translation>{id} est une sauvegarde du journal de copie uniquement : utilisable dans cette restauration, mais les sauvegardes du journal ultérieures n&apos;en dépendent pas.</translation>
    </message>
    <message>
        <source>Copy-only logs pass the same LSN tests as any log and are never a link: derived LSNs let the next regular log overlap them (docs/lsn-derivation.md), and the chain search for the reachable point uses them like any other log. The chain-health report (docs/chain-health.md) notes each one, so that nobody counts it as a link.</source>
        <translation>Les journaux de copie uniquement passent les mêmes tests de LSN que tout journal et ne sont jamais un maillon : les LSN dérivés permettent au journal régulier suivant de les chevaucher (docs/lsn-derivation.md), et la recherche dans la chaîne du point accessible les utilise comme tout autre journal. Le rapport d&apos;état de la chaîne (docs/chain-health.md) signale chacun d&apos;eux, afin que personne ne le compte comme un maillon.</translation>
    </message>
    <message>
        <source>Switching recovery model breaks and restarts the chain</source>
        <translation>Le changement de mode de récupération rompt et redémarre la chaîne</translation>
    </message>
    <message>
        <source>The log chain was broken at {time} (switch to SIMPLE). Logs before and after cannot be combined; restore {newer full/diff} instead.</source>
        <translation>La chaîne de journaux a été rompue à {time} (passage en SIMPLE). Les journaux antérieurs et postérieurs ne peuvent pas être combinés ; restaurez plutôt {sauvegarde complète/différentielle plus récente}.</translation>
    </message>
    <message>
        <source>Per file, from the last data or differential backup restored into it to the end of the log applied: a SET_RECOVERY_MODEL SIMPLE event in between, or a base taken under SIMPLE (Backup.recoveryModel, else the events), refuses the log.</source>
        <translation>Par fichier, de la dernière sauvegarde de données ou différentielle restaurée dans ce fichier jusqu&apos;à la fin du journal appliqué : un événement SET_RECOVERY_MODEL SIMPLE entre les deux, ou une base effectuée en mode SIMPLE (Backup.recoveryModel, sinon les événements), entraîne le refus du journal.</translation>
    </message>
    <message>
        <source>Recovery forks (recovery paths)</source>
        <translation>Branches de récupération (chemins de récupération)</translation>
    </message>
    <message>
        <source>Backup {id} belongs to a different recovery path (fork {guid}) than the restored data; it cannot be applied.</source>
        <translation>La sauvegarde {id} appartient à un autre chemin de récupération (branche {guid}) que les données restaurées ; elle ne peut pas être appliquée.</translation>
    </message>
    <message>
        <source>Per file fork register: set to the last fork of each data/differential backup and log restored; a log whose first fork differs is refused, and so is a log that switches fork at a point the data is already past.</source>
        <translation>Registre de branche par fichier : défini sur la dernière branche de chaque sauvegarde de données/différentielle et de chaque journal restaurés ; un journal dont la première branche diffère est refusé, de même qu&apos;un journal qui change de branche à un point que les données ont déjà dépassé.</translation>
    </message>
    <message>
        <source>Bulk-logged log backups are all-or-nothing</source>
        <translation>Sauvegardes du journal journalisées en bloc : tout ou rien</translation>
    </message>
    <message>
        <source>A step&apos;s stop point strictly inside a log backup with hasBulkLoggedData (after where roll-forward stands, before the log&apos;s end) is refused.</source>
        <translation>Le point d&apos;arrêt d&apos;une étape situé strictement à l&apos;intérieur d&apos;une sauvegarde du journal ayant hasBulkLoggedData (après la position de la restauration par progression, avant la fin du journal) est refusé.</translation>
    </message>
    <message>
        <source>LSN data: where to read it, and how far to trust it</source>
        <translation>Données LSN : où les lire et jusqu&apos;à quel point s&apos;y fier</translation>
    </message>
    <message>
        <source>Lsn holds numeric(25,0) digit strings and offers comparison only: no arithmetic exists to misuse.</source>
        <translation>Lsn contient des chaînes de chiffres numeric(25,0) et n&apos;offre que la comparaison : aucune arithmétique n&apos;existe qui pourrait être mal utilisée.</translation>
    </message>
    <message>
        <source>Restore the base before its differential</source>
        <translation>Restaurer la base avant sa sauvegarde différentielle</translation>
    </message>
    <message>
        <source>Differential {id} is based on {baseId} ({time}), but file {f} was last restored from {other}. Restore {baseId} first.</source>
        <translation>La sauvegarde différentielle {id} est basée sur {baseId} ({time}), mais le fichier {f} a été restauré en dernier à partir de {other}. Restaurez d&apos;abord {baseId}.</translation>
    </message>
    <message>
        <source>A copy-only full backup cannot be a differential base</source>
        <translation>Une sauvegarde complète de copie uniquement ne peut pas servir de base différentielle</translation>
    </message>
    <message>
        <source>{full} is COPY_ONLY, so {diff} is not based on it; its base is {realBase}.</source>
        <translation>{full} est COPY_ONLY ; {diff} n&apos;est donc pas basée sur elle ; sa base est {realBase}.</translation>
    </message>
    <message>
        <source>Use only the latest differential</source>
        <translation>Utiliser uniquement la dernière sauvegarde différentielle</translation>
    </message>
    <message>
        <source>A newer differential {id2} of the same base exists; using it removes {n} log restores.</source>
        <translation>Une sauvegarde différentielle plus récente {id2} de la même base existe ; son utilisation supprime {n} restaurations du journal.</translation>
    </message>
    <message>
        <source>Warning when a newer differential of the same base (same GUID, same base LSN, or no base-resetting data backup in between) ends before the recovery point, and when one sequence restores two differentials of one base.</source>
        <translation>Avertissement lorsqu&apos;une sauvegarde différentielle plus récente de la même base (même GUID, même LSN de base, ou aucune sauvegarde de données réinitialisant la base entre les deux) se termine avant le point de récupération, et lorsqu&apos;une séquence restaure deux sauvegardes différentielles d&apos;une même base.</translation>
    </message>
    <message>
        <source>Multi-based differentials</source>
        <translation>Sauvegardes différentielles multibases</translation>
    </message>
    <message>
        <source>Differential {id} is multi-based: file {f} needs base {b} restored first.</source>
        <translation>La sauvegarde différentielle {id} est multibase : le fichier {f} nécessite que la base {b} soit restaurée d&apos;abord.</translation>
    </message>
    <message>
        <source>The plan format has no per-file base GUIDs: a differential with its own backupSetGuid but neither differentialBaseGuid nor differentialBaseLsn is msdb&apos;s multi-based marker; each file&apos;s base is then the latest regular data backup holding it, and must be the file&apos;s last restore.</source>
        <translation>Le format du plan n&apos;a pas de GUID de base par fichier : une sauvegarde différentielle qui a son propre backupSetGuid mais ni differentialBaseGuid ni differentialBaseLsn est le marqueur multibase de msdb ; la base de chaque fichier est alors la dernière sauvegarde de données régulière qui le contient, et elle doit être la dernière restauration du fichier.</translation>
    </message>
    <message>
        <source>Where multi-based differentials are forbidden</source>
        <translation>Où les sauvegardes différentielles multibases sont interdites</translation>
    </message>
    <message>
        <source>This differential would be based on more than one backup, which is not allowed in SIMPLE recovery or for differential partial backups.</source>
        <translation>Cette sauvegarde différentielle serait basée sur plusieurs sauvegardes, ce qui n&apos;est pas autorisé en mode de récupération SIMPLE ni pour les sauvegardes différentielles partielles.</translation>
    </message>
    <message>
        <source>Differential file backups in the simple model</source>
        <translation>Sauvegardes différentielles de fichiers en mode simple</translation>
    </message>
    <message>
        <source>Under SIMPLE recovery, a differential file backup can include only read-only filegroups; use a (differential) partial backup for read/write data.</source>
        <translation>En mode de récupération SIMPLE, une sauvegarde différentielle de fichiers ne peut inclure que des groupes de fichiers en lecture seule ; utilisez une sauvegarde partielle (différentielle) pour les données en lecture-écriture.</translation>
    </message>
    <message>
        <source>Keep one differential scheme per database</source>
        <translation>Conserver un seul schéma de sauvegardes différentielles par base de données</translation>
    </message>
    <message>
        <source>Mixing database differentials and file differentials makes restore planning error-prone.</source>
        <translation>Mélanger des sauvegardes différentielles de base de données et des sauvegardes différentielles de fichiers rend la planification de la restauration sujette aux erreurs.</translation>
    </message>
    <message>
        <source>Differential partials after a filegroup changes read-only status</source>
        <translation>Sauvegardes différentielles partielles après un changement de l&apos;état de lecture seule d&apos;un groupe de fichiers</translation>
    </message>
    <message>
        <source>Filegroup {fg} changed read-only status after partial base {p}; take a file backup of {fg} and a new partial backup.</source>
        <translation>L&apos;état de lecture seule du groupe de fichiers {fg} a changé après la base partielle {p} ; effectuez une sauvegarde de fichiers de {fg} et une nouvelle sauvegarde partielle.</translation>
    </message>
    <message>
        <source>Filegroup read-only changes only: the plan format has no event for the database READ_ONLY option.</source>
        <translation>Changements de lecture seule des groupes de fichiers uniquement : le format du plan n&apos;a pas d&apos;événement pour l&apos;option READ_ONLY de la base de données.</translation>
    </message>
    <message>
        <source>Read-only databases lose their differential base</source>
        <translation>Les bases de données en lecture seule perdent leur base différentielle</translation>
    </message>
    <message>
        <source>Differential {id} of read-only database {db} may not be based on the latest full backup (differential base lost on restore/attach); take a new full backup.</source>
        <translation>La sauvegarde différentielle {id} de la base de données en lecture seule {db} n&apos;est peut-être pas basée sur la dernière sauvegarde complète (base différentielle perdue lors d&apos;une restauration/d&apos;un attachement) ; effectuez une nouvelle sauvegarde complète.</translation>
    </message>
    <message>
        <source>The timeline has no restore/attach events, so a differential of a READ_ONLY database is flagged when the history cannot confirm its base (differentialBaseGuid or differentialBaseLsn matching a backup).</source>
        <translation>La chronologie n&apos;a pas d&apos;événements de restauration/d&apos;attachement ; une sauvegarde différentielle d&apos;une base de données READ_ONLY est donc signalée lorsque l&apos;historique ne peut pas confirmer sa base (differentialBaseGuid ou differentialBaseLsn correspondant à une sauvegarde).</translation>
    </message>
    <message>
        <source>Start from a backup that holds the whole primary filegroup</source>
        <translation>Commencer par une sauvegarde qui contient l&apos;intégralité du groupe de fichiers primaire</translation>
    </message>
    <message>
        <source>A piecemeal restore must start with RESTORE DATABASE … WITH PARTIAL from a full or partial backup that contains the whole primary filegroup.</source>
        <translation>Une restauration fragmentaire doit commencer par RESTORE DATABASE … WITH PARTIAL à partir d&apos;une sauvegarde complète ou partielle qui contient l&apos;intégralité du groupe de fichiers primaire.</translation>
    </message>
    <message>
        <source>PARTIAL belongs in the first statement only</source>
        <translation>PARTIAL n&apos;a sa place que dans la première instruction</translation>
    </message>
    <message>
        <source>PARTIAL appears again at step N: this would start a brand-new piecemeal restore and discard the earlier stages.</source>
        <translation>PARTIAL apparaît de nouveau à l&apos;étape N : cela démarrerait une toute nouvelle restauration fragmentaire et abandonnerait les phases précédentes.</translation>
    </message>
    <message>
        <source>No PARTIAL on RESTORE LOG</source>
        <translation>Pas de PARTIAL sur RESTORE LOG</translation>
    </message>
    <message>
        <source>PARTIAL is not allowed on RESTORE LOG.</source>
        <translation>PARTIAL n&apos;est pas autorisé sur RESTORE LOG.</translation>
    </message>
    <message>
        <source>PARTIAL restores primary automatically; name every other filegroup</source>
        <translation>PARTIAL restaure PRIMARY automatiquement ; nommer chaque autre groupe de fichiers</translation>
    </message>
    <message>
        <source>Step 1 restores PRIMARY{+listed}; filegroups {x} will stay RECOVERY_PENDING.</source>
        <translation>L&apos;étape 1 restaure PRIMARY{+listés} ; les groupes de fichiers {x} resteront RECOVERY_PENDING.</translation>
    </message>
    <message>
        <source>RestoreScope: PARTIAL adds PRIMARY; other filegroups only when named.</source>
        <translation>RestoreScope : PARTIAL ajoute PRIMARY ; les autres groupes de fichiers uniquement lorsqu&apos;ils sont nommés.</translation>
    </message>
    <message>
        <source>Simple model: the first stage must cover all read/write filegroups</source>
        <translation>Mode simple : la première phase doit couvrir tous les groupes de fichiers en lecture-écriture</translation>
    </message>
    <message>
        <source>Under SIMPLE recovery the first stage must restore PRIMARY and all read/write filegroups ({missing}) from the same backup.</source>
        <translation>En mode de récupération SIMPLE, la première phase doit restaurer PRIMARY et tous les groupes de fichiers en lecture-écriture ({missing}) à partir de la même sauvegarde.</translation>
    </message>
    <message>
        <source>Simple model: a read/write filegroup left out becomes defunct</source>
        <translation>Mode simple : un groupe de fichiers en lecture-écriture laissé de côté devient DEFUNCT</translation>
    </message>
    <message>
        <source>Filegroup {fg} is read/write but not in the initial stage: it will become DEFUNCT and can never be restored into this database.</source>
        <translation>Le groupe de fichiers {fg} est en lecture-écriture mais ne fait pas partie de la phase initiale : il deviendra DEFUNCT et ne pourra jamais être restauré dans cette base de données.</translation>
    </message>
    <message>
        <source>Full model: the first stage only needs primary</source>
        <translation>Mode complet : la première phase ne nécessite que le groupe de fichiers primaire</translation>
    </message>
    <message>
        <source>After stage 1: online = {PRIMARY,…}; recovery pending = {…}.</source>
        <translation>Après la phase 1 : en ligne = {PRIMARY,…} ; récupération en attente = {…}.</translation>
    </message>
    <message>
        <source>The simulator leaves filegroups not restored in stage 1 RECOVERY_PENDING (FULL/BULK_LOGGED).</source>
        <translation>Le simulateur laisse RECOVERY_PENDING les groupes de fichiers non restaurés à la phase 1 (FULL/BULK_LOGGED).</translation>
    </message>
    <message>
        <source>The whole database is offline during the partial-restore sequence</source>
        <translation>Toute la base de données est hors connexion pendant la séquence de restauration partielle</translation>
    </message>
    <message>
        <source>The simulator keeps the database RESTORING from the PARTIAL statement until stage 1 recovers.</source>
        <translation>Le simulateur maintient la base de données à l&apos;état RESTORING depuis l&apos;instruction PARTIAL jusqu&apos;à la récupération de la phase 1.</translation>
    </message>
    <message>
        <source>Later stages are online only on Enterprise</source>
        <translation>Les phases ultérieures ne se déroulent en ligne que sur Enterprise</translation>
    </message>
    <message>
        <source>{edition} cannot restore filegroup {fg} while {db} is online; take the database offline first (this makes the whole database unavailable during stage N).</source>
        <translation>L&apos;édition {edition} ne peut pas restaurer le groupe de fichiers {fg} pendant que {db} est en ligne ; mettez d&apos;abord la base de données hors connexion (ce qui rend toute la base de données indisponible pendant la phase N).</translation>
    </message>
    <message>
        <source>Piecemeal restore after a simple → full switch</source>
        <translation>Restauration fragmentaire après un passage simple → complet</translation>
    </message>
    <message>
        <source>Reported (info) at stage-1 recovery for each read/write filegroup left out of a simple-era backup restored to a full-era point: it stays RECOVERY_PENDING. R-PIECE-005/006 and T-F-5b follow the model at the recovery point, so they do not fire.</source>
        <translation>Signalé (info) lors de la récupération de la phase 1 pour chaque groupe de fichiers en lecture-écriture laissé de côté d&apos;une sauvegarde de l&apos;époque du mode simple restaurée jusqu&apos;à un point de l&apos;époque du mode complet : il reste RECOVERY_PENDING. R-PIECE-005/006 et T-F-5b suivent le mode en vigueur au point de récupération ; ils ne se déclenchent donc pas.</translation>
    </message>
    <message>
        <source>Each filegroup-restore sequence must reach the database&apos;s point</source>
        <translation>Chaque séquence de restauration de groupe de fichiers doit atteindre le point de la base de données</translation>
    </message>
    <message>
        <source>Filegroup {fg} is only rolled forward to LSN {x}; it must reach {target} before it can be recovered. Add log backups {list}.</source>
        <translation>Le groupe de fichiers {fg} n&apos;est restauré par progression que jusqu&apos;au LSN {x} ; il doit atteindre {target} avant de pouvoir être récupéré. Ajoutez les sauvegardes du journal {list}.</translation>
    </message>
    <message>
        <source>No piecemeal restore when the database needs an upgrade</source>
        <translation>Pas de restauration fragmentaire lorsque la base de données nécessite une mise à niveau</translation>
    </message>
    <message>
        <source>These backups come from SQL Server {v}; the database will be upgraded on recovery, and any filegroup not restored in stage 1 ({list}) will become DEFUNCT. Restore all filegroups in stage 1.</source>
        <translation>Ces sauvegardes proviennent de SQL Server {v} ; la base de données sera mise à niveau lors de la récupération, et tout groupe de fichiers non restauré à la phase 1 ({list}) deviendra DEFUNCT. Restaurez tous les groupes de fichiers à la phase 1.</translation>
    </message>
    <message>
        <source>Compares environment.serverVersion with each stage-1 backup&apos;s softwareVersion (&quot;major.minor.build&quot;; unknown = no upgrade); the files left out become DEFUNCT in the simulation (T-F-5c).</source>
        <translation>Compare environment.serverVersion au softwareVersion de chaque sauvegarde de la phase 1 (« major.minor.build » ; inconnu = pas de mise à niveau) ; les fichiers laissés de côté deviennent DEFUNCT dans la simulation (T-F-5c).</translation>
    </message>
    <message>
        <source>Deferred transactions after a partial recovery</source>
        <translation>Transactions différées après une récupération partielle</translation>
    </message>
    <message>
        <source>Recovering stage 1 may leave deferred transactions touching {fg}: locks stay held and the log cannot truncate until {fg} is restored (or removed).</source>
        <translation>La récupération de la phase 1 peut laisser des transactions différées touchant {fg} : les verrous restent maintenus et le journal ne peut pas être tronqué tant que {fg} n&apos;est pas restauré (ou supprimé).</translation>
    </message>
    <message>
        <source>The open transactions are the timeline&apos;s OPEN_TRANSACTION events (at, until, filegroups): the designer cannot know them otherwise.</source>
        <translation>Les transactions ouvertes sont les événements OPEN_TRANSACTION de la chronologie (at, until, filegroups) : Restore Designer ne peut pas les connaître autrement.</translation>
    </message>
    <message>
        <source>When a read-only backup needs no log</source>
        <translation>Quand une sauvegarde en lecture seule n&apos;a besoin d&apos;aucun journal</translation>
    </message>
    <message>
        <source>Filegroup {fg} was not read-only for the whole time from backup {id} to the recovery point; it needs log backups (FULL) or a newer file backup (SIMPLE).</source>
        <translation>Le groupe de fichiers {fg} n&apos;a pas été en lecture seule pendant toute la période entre la sauvegarde {id} et le point de récupération ; il nécessite des sauvegardes du journal (FULL) ou une sauvegarde de fichiers plus récente (SIMPLE).</translation>
    </message>
    <message>
        <source>Logs are skipped for read-only files</source>
        <translation>Les journaux sont ignorés pour les fichiers en lecture seule</translation>
    </message>
    <message>
        <source>No log needed for read-only filegroup {fg}: its backup was taken after it became read-only.</source>
        <translation>Aucun journal n&apos;est nécessaire pour le groupe de fichiers en lecture seule {fg} : sa sauvegarde a été effectuée après son passage en lecture seule.</translation>
    </message>
    <message>
        <source>Recovery-only restore (no data copied)</source>
        <translation>Restauration de récupération seule (aucune donnée copiée)</translation>
    </message>
    <message>
        <source>Simple model: the read-only backup must be consistent with the primary backup</source>
        <translation>Mode simple : la sauvegarde en lecture seule doit être cohérente avec la sauvegarde du groupe de fichiers primaire</translation>
    </message>
    <message>
        <source>File backup {id} of {fg} is not consistent with partial backup {p}: {fg} was read/write at some point between them.</source>
        <translation>La sauvegarde de fichiers {id} de {fg} n&apos;est pas cohérente avec la sauvegarde partielle {p} : {fg} a été en lecture-écriture à un moment entre les deux.</translation>
    </message>
    <message>
        <source>The primary filegroup cannot be read-only</source>
        <translation>Le groupe de fichiers primaire ne peut pas être en lecture seule</translation>
    </message>
    <message>
        <source>The PRIMARY filegroup cannot be read-only (make the whole database READ_ONLY instead).</source>
        <translation>Le groupe de fichiers PRIMARY ne peut pas être en lecture seule (passez plutôt toute la base de données en READ_ONLY).</translation>
    </message>
    <message>
        <source>The layout&apos;s PRIMARY read-only flag and SET_READ_ONLY events on PRIMARY.</source>
        <translation>L&apos;indicateur de lecture seule de PRIMARY dans la disposition et les événements SET_READ_ONLY sur PRIMARY.</translation>
    </message>
    <message>
        <source>Partial backups and read-only databases</source>
        <translation>Sauvegardes partielles et bases de données en lecture seule</translation>
    </message>
    <message>
        <source>RestoreScope: a partial backup (and READ_WRITE_FILEGROUPS) holds PRIMARY, every read/write filegroup and those it names; for a read-only database (database.readOnly) only PRIMARY and those it names.</source>
        <translation>RestoreScope : une sauvegarde partielle (et READ_WRITE_FILEGROUPS) contient PRIMARY, chaque groupe de fichiers en lecture-écriture et ceux qu&apos;elle nomme ; pour une base de données en lecture seule (database.readOnly), uniquement PRIMARY et ceux qu&apos;elle nomme.</translation>
    </message>
    <message>
        <source>Simple model: only read-only files can be file-restored</source>
        <translation>Mode simple : seuls les fichiers en lecture seule peuvent être restaurés individuellement</translation>
    </message>
    <message>
        <source>Under SIMPLE recovery, only read-only filegroups can be restored individually; {fg} must be restored with the whole database or a partial restore.</source>
        <translation>En mode de récupération SIMPLE, seuls les groupes de fichiers en lecture seule peuvent être restaurés individuellement ; {fg} doit être restauré avec toute la base de données ou par une restauration partielle.</translation>
    </message>
    <message>
        <source>Read-only = read-only at the plan&apos;s recovery point (contradiction C-2: &quot;read-only OR partial&quot;). Also a page restore under SIMPLE (4346; pages are read/write data, 3115), refused by the simulator.</source>
        <translation>En lecture seule = en lecture seule au point de récupération du plan (contradiction C-2 : « en lecture seule OU partielle »). Également une restauration de pages en mode SIMPLE (4346 ; les pages sont des données en lecture-écriture, 3115), refusée par le simulateur.</translation>
    </message>
    <message>
        <source>Full model: a read/write file needs the log up to the end</source>
        <translation>Mode complet : un fichier en lecture-écriture nécessite le journal jusqu&apos;à la fin</translation>
    </message>
    <message>
        <source>Read/write file {f} restored from {id} must be rolled forward with every log backup through {end} before it can be recovered.</source>
        <translation>Le fichier en lecture-écriture {f} restauré à partir de {id} doit faire l&apos;objet d&apos;une restauration par progression avec chaque sauvegarde du journal jusqu&apos;à {end} inclus avant de pouvoir être récupéré.</translation>
    </message>
    <message>
        <source>When an offline restore leaves other files online at the end of the log. That end is the tail-log backup: a BACKUP LOG WITH NORECOVERY/NO_TRUNCATE step of the sequence, or the history&apos;s last log backup when it is a tail. Also the pages of an offline page restore (restore-pages-sql-server.md: &quot;to the current log file&quot;).</source>
        <translation>Lorsqu&apos;une restauration hors connexion laisse d&apos;autres fichiers en ligne à la fin du journal. Cette fin est la sauvegarde de la fin du journal : une étape BACKUP LOG WITH NORECOVERY/NO_TRUNCATE de la séquence, ou la dernière sauvegarde du journal de l&apos;historique lorsqu&apos;il s&apos;agit d&apos;une sauvegarde de la fin du journal. Également les pages d&apos;une restauration de pages hors connexion (restore-pages-sql-server.md : « jusqu&apos;au fichier journal actuel »).</translation>
    </message>
    <message>
        <source>When the log backup must be taken: before (offline) or after (online)</source>
        <translation>Quand la sauvegarde du journal doit être effectuée : avant (hors connexion) ou après (en ligne)</translation>
    </message>
    <message>
        <source>Take a tail-log backup before restoring {f}.</source>
        <translation>Effectuez une sauvegarde de la fin du journal avant de restaurer {f}.</translation>
    </message>
    <message>
        <source>The offline half (also for an offline page restore: &quot;first you must create a tail log backup&quot;); the online half (a log backup taken after the restore, restored last) is reported as R-ONL-005.</source>
        <translation>La moitié hors connexion (également pour une restauration de pages hors connexion : « vous devez d&apos;abord créer une sauvegarde de la fin du journal ») ; la moitié en ligne (une sauvegarde du journal effectuée après la restauration, restaurée en dernier) est signalée sous R-ONL-005.</translation>
    </message>
    <message>
        <source>A damaged log rules out file restore</source>
        <translation>Un journal endommagé exclut la restauration de fichiers</translation>
    </message>
    <message>
        <source>The log is damaged, so a file restore cannot be brought up to date; restore the whole database (work since {lastLog} is lost).</source>
        <translation>Le journal est endommagé ; une restauration de fichiers ne peut donc pas être mise à jour ; restaurez toute la base de données (le travail effectué depuis {lastLog} est perdu).</translation>
    </message>
    <message>
        <source>Only when RestoreEnvironment.databaseExists: a file, PARTIAL or page restore into the existing database while a FAILURE marks the log damaged.</source>
        <translation>Uniquement lorsque RestoreEnvironment.databaseExists : une restauration de fichiers, PARTIAL ou de pages dans la base de données existante alors qu&apos;une FAILURE marque le journal comme endommagé.</translation>
    </message>
    <message>
        <source>Going back in time with file backups needs all of them</source>
        <translation>Revenir en arrière dans le temps avec des sauvegardes de fichiers nécessite toutes ces sauvegardes</translation>
    </message>
    <message>
        <source>Restoring to {time} from file backups needs backups of all files and a target after {maxEnd}.</source>
        <translation>La restauration jusqu&apos;à {time} à partir de sauvegardes de fichiers nécessite des sauvegardes de tous les fichiers et une cible postérieure à {maxEnd}.</translation>
    </message>
    <message>
        <source>Reported at recovery when a point-in-time sequence leaves files at the end of the log; &quot;a target after the newest file backup&quot; is R-PIT-003.</source>
        <translation>Signalé lors de la récupération lorsqu&apos;une séquence de restauration jusqu&apos;à une limite dans le temps laisse des fichiers à la fin du journal ; « une cible postérieure à la sauvegarde de fichiers la plus récente » relève de R-PIT-003.</translation>
    </message>
    <message>
        <source>A filegroup is offline while any of its files is restored</source>
        <translation>Un groupe de fichiers est hors connexion pendant la restauration de l&apos;un de ses fichiers</translation>
    </message>
    <message>
        <source>A filegroup is reported in the worst state of its files.</source>
        <translation>Un groupe de fichiers est signalé dans le pire état de ses fichiers.</translation>
    </message>
    <message>
        <source>Restoring only some files of a filegroup</source>
        <translation>Restauration de certains fichiers seulement d&apos;un groupe de fichiers</translation>
    </message>
    <message>
        <source>Backup {id} lacks file(s) {list} of filegroup {fg}; add a restore of those files or {fg} stays offline.</source>
        <translation>Il manque à la sauvegarde {id} le ou les fichiers {list} du groupe de fichiers {fg} ; ajoutez une restauration de ces fichiers, sinon {fg} reste hors connexion.</translation>
    </message>
    <message>
        <source>Dropped and defunct files cannot be restored into the online database</source>
        <translation>Les fichiers supprimés et obsolètes ne peuvent pas être restaurés dans la base de données en ligne</translation>
    </message>
    <message>
        <source>{fg} is {defunct|dropped} in {db}; it can never be restored into this database (restore the whole database to a new name instead).</source>
        <translation>{fg} est {obsolète|supprimé} dans {db} ; il ne pourra jamais être restauré dans cette base de données (restaurez plutôt toute la base de données sous un nouveau nom).</translation>
    </message>
    <message>
        <source>DEFUNCT comes from the simulation (REMOVE FILEGROUP, T-F-5b/5c); dropped = the file&apos;s latest ADD_FILE/REMOVE_FILE event is a REMOVE_FILE.</source>
        <translation>DEFUNCT provient de la simulation (REMOVE FILEGROUP, T-F-5b/5c) ; supprimé = le dernier événement ADD_FILE/REMOVE_FILE du fichier est un REMOVE_FILE.</translation>
    </message>
    <message>
        <source>Offline restore of some filegroups without PARTIAL</source>
        <translation>Restauration hors connexion de certains groupes de fichiers sans PARTIAL</translation>
    </message>
    <message>
        <source>Without PARTIAL, intact files not restored come online at recovery (T-F-5d).</source>
        <translation>Sans PARTIAL, les fichiers intacts non restaurés passent en ligne lors de la récupération (T-F-5d).</translation>
    </message>
    <message>
        <source>A set of file backups as a substitute for a full backup</source>
        <translation>Un ensemble de sauvegardes de fichiers en remplacement d&apos;une sauvegarde complète</translation>
    </message>
    <message>
        <source>Your file backups {…} do not form a complete set (missing {files} or log coverage {gap}); a total loss would not be recoverable.</source>
        <translation>Vos sauvegardes de fichiers {…} ne forment pas un ensemble complet ({files} manquants ou lacune {gap} dans la couverture du journal) ; une perte totale ne serait pas récupérable.</translation>
    </message>
    <message>
        <source>Online restore needs Enterprise</source>
        <translation>La restauration en ligne nécessite Enterprise</translation>
    </message>
    <message>
        <source>Online restore requires Enterprise edition; on {edition} the database will be unavailable for the whole sequence.</source>
        <translation>La restauration en ligne nécessite l&apos;édition Enterprise ; sur {edition}, la base de données sera indisponible pendant toute la séquence.</translation>
    </message>
    <message>
        <source>A file, filegroup or page restore while the simulated database is ONLINE on another edition: refused (take the database offline first; for pages, the tail-log backup WITH NORECOVERY).</source>
        <translation>Une restauration de fichiers, de groupes de fichiers ou de pages alors que la base de données simulée est ONLINE sur une autre édition : refusée (mettez d&apos;abord la base de données hors connexion ; pour les pages, effectuez la sauvegarde de la fin du journal WITH NORECOVERY).</translation>
    </message>
    <message>
        <source>Restoring primary, or anything with it, takes the database offline</source>
        <translation>La restauration du groupe de fichiers primaire, ou de tout ce qui l&apos;accompagne, met la base de données hors connexion</translation>
    </message>
    <message>
        <source>Restoring PRIMARY (or the memory-optimized filegroup) makes {db} unavailable until step N recovers.</source>
        <translation>La restauration de PRIMARY (ou du groupe de fichiers optimisé en mémoire) rend {db} indisponible jusqu&apos;à la récupération de l&apos;étape N.</translation>
    </message>
    <message>
        <source>Restoring PRIMARY or the memory-optimized filegroup puts the database in RESTORING.</source>
        <translation>La restauration de PRIMARY ou du groupe de fichiers optimisé en mémoire met la base de données à l&apos;état RESTORING.</translation>
    </message>
    <message>
        <source>Online restore needs every media family</source>
        <translation>La restauration en ligne nécessite chaque famille de supports</translation>
    </message>
    <message>
        <source>Backup {id} is striped over {n} devices; an online restore needs all {n} available.</source>
        <translation>La sauvegarde {id} est agrégée par bandes sur {n} unités ; une restauration en ligne nécessite que les {n} soient disponibles.</translation>
    </message>
    <message>
        <source>Online = the simulated database ONLINE before the step (Enterprise/Developer, not PRIMARY or the memory-optimized filegroup).</source>
        <translation>En ligne = la base de données simulée est ONLINE avant l&apos;étape (Enterprise/Developer, ni PRIMARY ni le groupe de fichiers optimisé en mémoire).</translation>
    </message>
    <message>
        <source>No online restore from snapshot backups</source>
        <translation>Aucune restauration en ligne à partir de sauvegardes par instantané</translation>
    </message>
    <message>
        <source>Snapshot backups cannot be used for an online restore; take {db} offline for this step.</source>
        <translation>Les sauvegardes par instantané ne peuvent pas être utilisées pour une restauration en ligne ; mettez {db} hors connexion pour cette étape.</translation>
    </message>
    <message>
        <source>Online restore of a read/write file needs a log backup taken after it went offline</source>
        <translation>La restauration en ligne d&apos;un fichier en lecture-écriture nécessite une sauvegarde du journal effectuée après sa mise hors connexion</translation>
    </message>
    <message>
        <source>Online restore of read/write file {f}: take a log backup after step N (when {fg} went offline) and restore it last; without it {fg} can never be recovered.</source>
        <translation>Restauration en ligne du fichier en lecture-écriture {f} : effectuez une sauvegarde du journal après l&apos;étape N (lorsque {fg} a été mis hors connexion) et restaurez-la en dernier ; sans elle, {fg} ne pourra jamais être récupéré.</translation>
    </message>
    <message>
        <source>Per-file redo target (sys.database_files.redo_target_lsn): the first BACKUP LOG step after the step that took the file offline (or after the failure that damaged it) sets it to that backup&apos;s lastLsn. An online page restore has the same target, set by the last step that restored pages of the file (restore-pages-sql-server.md: &quot;Create a new log backup … that includes the final LSN of the restored pages&quot;).</source>
        <translation>Cible de rétablissement par fichier (sys.database_files.redo_target_lsn) : la première étape BACKUP LOG après l&apos;étape qui a mis le fichier hors connexion (ou après la défaillance qui l&apos;a endommagé) la fixe au lastLsn de cette sauvegarde. Une restauration de pages en ligne a la même cible, fixée par la dernière étape qui a restauré des pages du fichier (restore-pages-sql-server.md : « Créez une nouvelle sauvegarde du journal … qui inclut le LSN final des pages restaurées »).</translation>
    </message>
    <message>
        <source>Read-only data backed up after it became read-only needs no log</source>
        <translation>Les données en lecture seule sauvegardées après leur passage en lecture seule n&apos;ont pas besoin de journal</translation>
    </message>
    <message>
        <source>Read-only files backed up after they became read-only are consistent right after the data restore and get no offline-point redo target, so R-ONL-005 does not apply to them.</source>
        <translation>Les fichiers en lecture seule sauvegardés après leur passage en lecture seule sont cohérents dès la restauration des données et ne reçoivent aucune cible de rétablissement liée à leur mise hors connexion ; R-ONL-005 ne s&apos;applique donc pas à eux.</translation>
    </message>
    <message>
        <source>Bulk-logged online restore conditions</source>
        <translation>Conditions de la restauration en ligne en mode journalisé en bloc</translation>
    </message>
    <message>
        <source>Online restore under BULK_LOGGED fails unless all log backups are taken beforehand and no bulk changes are pending; switch to FULL first.</source>
        <translation>La restauration en ligne en mode BULK_LOGGED échoue sauf si toutes les sauvegardes du journal sont effectuées au préalable et qu&apos;aucune modification en bloc n&apos;est en attente ; passez d&apos;abord en mode FULL.</translation>
    </message>
    <message>
        <source>Errors: a BACKUP LOG step during an online BULK_LOGGED restore; bulk-logged log backups while another file is neither online nor defunct. Warning: every online BULK_LOGGED sequence (switch to FULL), page restores included (&quot;Page restore generally does not work with bulk-logged recovery&quot;). Unbacked-up bulk changes in the live log cannot be known from the plan.</source>
        <translation>Erreurs : une étape BACKUP LOG pendant une restauration en ligne en mode BULK_LOGGED ; des sauvegardes du journal journalisées en bloc alors qu&apos;un autre fichier n&apos;est ni en ligne ni obsolète (defunct). Avertissement : toute séquence en ligne en mode BULK_LOGGED (passez en mode FULL), restaurations de pages comprises (« La restauration de pages ne fonctionne généralement pas avec le mode de récupération journalisé en bloc »). Les modifications en bloc non sauvegardées dans le journal actif ne peuvent pas être connues à partir du plan.</translation>
    </message>
    <message>
        <source>STANDBY is not allowed in an online restore</source>
        <translation>STANDBY n&apos;est pas autorisé dans une restauration en ligne</translation>
    </message>
    <message>
        <source>STANDBY cannot be used while {db} stays online; use NORECOVERY (or take the database offline).</source>
        <translation>STANDBY ne peut pas être utilisé tant que {db} reste en ligne ; utilisez NORECOVERY (ou mettez la base de données hors connexion).</translation>
    </message>
    <message>
        <source>Simple model: no online restore of read/write data</source>
        <translation>Mode simple : aucune restauration en ligne des données en lecture-écriture</translation>
    </message>
    <message>
        <source>Under SIMPLE recovery, read/write filegroups cannot be restored online.</source>
        <translation>En mode de récupération SIMPLE, les groupes de fichiers en lecture-écriture ne peuvent pas être restaurés en ligne.</translation>
    </message>
    <message>
        <source>Forcing an offline restore on Enterprise</source>
        <translation>Forcer une restauration hors connexion sur Enterprise</translation>
    </message>
    <message>
        <source>SET OFFLINE and BACKUP LOG … NORECOVERY make every later restore offline.</source>
        <translation>SET OFFLINE et BACKUP LOG … NORECOVERY rendent hors connexion toutes les restaurations ultérieures.</translation>
    </message>
    <message>
        <source>Ambiguous file identity during an online restore</source>
        <translation>Identité de fichier ambiguë pendant une restauration en ligne</translation>
    </message>
    <message>
        <source>The backup&apos;s {fg} is not the same filegroup as the one now in {db}; use an offline restore.</source>
        <translation>Le groupe de fichiers {fg} de la sauvegarde n&apos;est pas le même que celui qui se trouve actuellement dans {db} ; utilisez une restauration hors connexion.</translation>
    </message>
    <message>
        <source>The plan format carries no file GUIDs (backupfile.file_guid), so a filegroup recreated under the same name cannot be told apart from the original.</source>
        <translation>Le format de plan ne contient aucun GUID de fichier (backupfile.file_guid) ; un groupe de fichiers recréé sous le même nom ne peut donc pas être distingué de l&apos;original.</translation>
    </message>
    <message>
        <source>No point-in-time restore in the simple model</source>
        <translation>Aucune restauration jusqu&apos;à une limite dans le temps en mode simple</translation>
    </message>
    <message>
        <source>Point-in-time restore is not available under SIMPLE recovery; you can only restore to the time of a backup.</source>
        <translation>La restauration jusqu&apos;à une limite dans le temps n&apos;est pas disponible en mode de récupération SIMPLE ; vous pouvez uniquement restaurer jusqu&apos;au moment d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The same stop point in every step</source>
        <translation>Le même point d&apos;arrêt à chaque étape</translation>
    </message>
    <message>
        <source>Step N uses {stopB} but the restore sequence targets {stopA}; every RESTORE LOG must use the identical STOPAT/STOPATMARK/STOPBEFOREMARK.</source>
        <translation>L&apos;étape N utilise {stopB}, mais la séquence de restauration cible {stopA} ; chaque RESTORE LOG doit utiliser la même clause STOPAT/STOPATMARK/STOPBEFOREMARK.</translation>
    </message>
    <message>
        <source>The data backup must end before the target</source>
        <translation>La sauvegarde de données doit se terminer avant la cible</translation>
    </message>
    <message>
        <source>{backup} finished after the target time {t}; use an older full backup (and its logs).</source>
        <translation>{backup} s&apos;est terminée après l&apos;heure cible {t} ; utilisez une sauvegarde complète plus ancienne (et ses journaux).</translation>
    </message>
    <message>
        <source>Against the step&apos;s own stop clause, else the plan&apos;s target, else the sequence&apos;s RESTORE LOG stop clause, else a piecemeal restore&apos;s stage-1 point; files read-only from the target to the backup are exempt.</source>
        <translation>Par rapport à la clause d&apos;arrêt propre à l&apos;étape, sinon à la cible du plan, sinon à la clause d&apos;arrêt RESTORE LOG de la séquence, sinon au point de la phase 1 d&apos;une restauration fragmentaire ; les fichiers en lecture seule de la cible jusqu&apos;à la sauvegarde sont exemptés.</translation>
    </message>
    <message>
        <source>A stop point beyond the last log leaves the database unrecovered</source>
        <translation>Un point d&apos;arrêt au-delà du dernier journal laisse la base de données non récupérée</translation>
    </message>
    <message>
        <source>The target {t} is after the last log backup restored ({end}); the database will stay in RESTORING. Add the log backup containing {t} (or the tail).</source>
        <translation>La cible {t} est postérieure à la dernière sauvegarde du journal restaurée ({end}) ; la base de données restera en RESTORING. Ajoutez la sauvegarde du journal contenant {t} (ou la fin du journal).</translation>
    </message>
    <message>
        <source>A recovering RESTORE whose stop point lies after the end of its backup, or a RESTORE LOG whose STOPATMARK/STOPBEFOREMARK names a mark the timeline does not hold (in none of the restored logs): warning, and the simulated database stays RESTORING (T-DB-10).</source>
        <translation>Un RESTORE avec récupération dont le point d&apos;arrêt se situe après la fin de sa sauvegarde, ou un RESTORE LOG dont la clause STOPATMARK/STOPBEFOREMARK nomme une marque que la chronologie ne contient pas (dans aucun des journaux restaurés) : avertissement, et la base de données simulée reste à l&apos;état RESTORING (T-DB-10).</translation>
    </message>
    <message>
        <source>Mark names only on RESTORE LOG</source>
        <translation>Noms de marques uniquement avec RESTORE LOG</translation>
    </message>
    <message>
        <source>Named marks can only be used on RESTORE LOG; use &apos;lsn:…&apos; or move the clause to the log restores.</source>
        <translation>Les marques nommées ne peuvent être utilisées qu&apos;avec RESTORE LOG ; utilisez &apos;lsn:…&apos; ou déplacez la clause vers les restaurations du journal.</translation>
    </message>
    <message>
        <source>Point-in-time needs the primary filegroup in the sequence</source>
        <translation>La limite dans le temps nécessite le groupe de fichiers primaire dans la séquence</translation>
    </message>
    <message>
        <source>Point-in-time restore needs PRIMARY in the restore sequence; restore PRIMARY (piecemeal stage 1) or drop the STOPAT.</source>
        <translation>La restauration jusqu&apos;à une limite dans le temps nécessite PRIMARY dans la séquence de restauration ; restaurez PRIMARY (phase 1 de la restauration fragmentaire) ou supprimez STOPAT.</translation>
    </message>
    <message>
        <source>A later stage of a point-in-time piecemeal restore that repeats stage 1&apos;s stop clause belongs to the restore that restored PRIMARY and is not reported (R-PIT-002 requires the clause there).</source>
        <translation>Une phase ultérieure d&apos;une restauration fragmentaire jusqu&apos;à une limite dans le temps qui reprend la clause d&apos;arrêt de la phase 1 appartient à la restauration qui a restauré PRIMARY et n&apos;est pas signalée (R-PIT-002 y exige la clause).</translation>
    </message>
    <message>
        <source>Overshooting the target means starting again</source>
        <translation>Dépasser la cible oblige à tout recommencer</translation>
    </message>
    <message>
        <source>Step N rolls past the target {t}; there is no way back. Add STOPAT to step N or restart the sequence.</source>
        <translation>L&apos;étape N dépasse la cible {t} ; aucun retour en arrière n&apos;est possible. Ajoutez STOPAT à l&apos;étape N ou recommencez la séquence.</translation>
    </message>
    <message>
        <source>A RESTORE LOG without a stop clause whose log holds the plan&apos;s target point (from where roll-forward stands to before the log&apos;s end).</source>
        <translation>Un RESTORE LOG sans clause d&apos;arrêt dont le journal contient le point cible du plan (du point où en est la restauration par progression jusqu&apos;avant la fin du journal).</translation>
    </message>
    <message>
        <source>RECOVERY needs a consistent roll-forward set</source>
        <translation>RECOVERY nécessite un ensemble de restauration par progression cohérent</translation>
    </message>
    <message>
        <source>Cannot recover: {files} are at LSN {x} but must reach {y}.</source>
        <translation>Récupération impossible : {files} sont au LSN {x}, mais doivent atteindre {y}.</translation>
    </message>
    <message>
        <source>NORECOVERY can leave a consistent set offline</source>
        <translation>NORECOVERY peut laisser un ensemble cohérent hors connexion</translation>
    </message>
    <message>
        <source>Not reported: after any NORECOVERY step that restored data the set can already be recovered, so the note would appear on nearly every step. The recovery guard (R-REC-001) uses the same registers.</source>
        <translation>Non signalé : après toute étape NORECOVERY ayant restauré des données, l&apos;ensemble peut déjà être récupéré ; la remarque apparaîtrait donc à presque chaque étape. La protection de récupération (R-REC-001) utilise les mêmes registres.</translation>
    </message>
    <message>
        <source>STANDBY rules</source>
        <translation>Règles de STANDBY</translation>
    </message>
    <message>
        <source>STANDBY is not possible for backups from {version} (upgrade needed). / Keep {file} until the next restore; deleting it forces a full re-restore.</source>
        <translation>STANDBY n&apos;est pas possible pour des sauvegardes de {version} (mise à niveau nécessaire). / Conservez {file} jusqu&apos;à la prochaine restauration ; le supprimer impose une restauration complète.</translation>
    </message>
    <message>
        <source>KEEP_REPLICATION and KEEP_CDC need RECOVERY</source>
        <translation>KEEP_REPLICATION et KEEP_CDC nécessitent RECOVERY</translation>
    </message>
    <message>
        <source>KEEP_REPLICATION/KEEP_CDC only apply to the final, recovering RESTORE.</source>
        <translation>KEEP_REPLICATION/KEEP_CDC ne s&apos;appliquent qu&apos;au RESTORE final qui effectue la récupération.</translation>
    </message>
    <message>
        <source>REPLACE switches off safety checks</source>
        <translation>REPLACE désactive les contrôles de sécurité</translation>
    </message>
    <message>
        <source>REPLACE overwrites {db} without the usual safety checks: the log tail ({n} min of work) and any files at the target paths will be lost.</source>
        <translation>REPLACE remplace {db} sans les contrôles de sécurité habituels : la fin du journal ({n} min de travail) et tous les fichiers situés aux chemins cibles seront perdus.</translation>
    </message>
    <message>
        <source>Always a warning: the plan format has no &quot;user confirmed&quot; flag.</source>
        <translation>Toujours un avertissement : le format de plan n&apos;a pas d&apos;indicateur « confirmé par l&apos;utilisateur ».</translation>
    </message>
    <message>
        <source>Restoring another database over an existing one</source>
        <translation>Restaurer une autre base de données par-dessus une base existante</translation>
    </message>
    <message>
        <source>Backup {id} holds database {src}, not {target}; use a new database name or REPLACE (which destroys {target}).</source>
        <translation>La sauvegarde {id} contient la base de données {src}, et non {target} ; utilisez un nouveau nom de base de données ou REPLACE (qui détruit {target}).</translation>
    </message>
    <message>
        <source>A plan file describes one database and restores that database&apos;s own backups (the backups carry no database name or family GUID), so the backup always matches the target; restoring under another name is not modelled.</source>
        <translation>Un fichier de plan décrit une seule base de données et restaure les propres sauvegardes de cette base de données (les sauvegardes ne portent ni nom de base de données ni GUID de famille) ; la sauvegarde correspond donc toujours à la cible, et la restauration sous un autre nom n&apos;est pas modélisée.</translation>
    </message>
    <message>
        <source>MOVE rules</source>
        <translation>Règles de MOVE</translation>
    </message>
    <message>
        <source>File {logical} would be restored to {path}, which {is in use by {otherDb} | does not exist}; add WITH MOVE.</source>
        <translation>Le fichier {logical} serait restauré vers {path}, qui {est utilisé par {otherDb} | n&apos;existe pas} ; ajoutez WITH MOVE.</translation>
    </message>
    <message>
        <source>Duplicate MOVE of a logical file, MOVE of an unknown logical file, two files resolved to one path (Windows paths case-insensitive), MOVE on RESTORE LOG of a file without an ADD_FILE event in that log&apos;s interval. Paths in use by other databases or missing on the target cannot be known.</source>
        <translation>MOVE en double d&apos;un fichier logique, MOVE d&apos;un fichier logique inconnu, deux fichiers résolus vers un même chemin (chemins Windows sans distinction de casse), MOVE sur RESTORE LOG d&apos;un fichier sans événement ADD_FILE dans l&apos;intervalle de ce journal. Les chemins utilisés par d&apos;autres bases de données ou absents sur la cible ne peuvent pas être connus.</translation>
    </message>
    <message>
        <source>MAXTRANSFERSIZE with FILESTREAM or In-Memory OLTP</source>
        <translation>MAXTRANSFERSIZE avec FILESTREAM ou In-Memory OLTP</translation>
    </message>
    <message>
        <source>Backup {id} was written with MAXTRANSFERSIZE={n}; restore with at least that value.</source>
        <translation>La sauvegarde {id} a été écrite avec MAXTRANSFERSIZE={n} ; restaurez avec au moins cette valeur.</translation>
    </message>
    <message>
        <source>A step without MAXTRANSFERSIZE is taken to use 1 MB (docs/validation-choices.md).</source>
        <translation>Une étape sans MAXTRANSFERSIZE est considérée comme utilisant 1 MB (docs/validation-choices.md).</translation>
    </message>
    <message>
        <source>Memory-optimized filegroup and PRIMARY are backed up together</source>
        <translation>Le groupe de fichiers optimisé en mémoire et PRIMARY sont sauvegardés ensemble</translation>
    </message>
    <message>
        <source>The memory-optimized filegroup {mod} must be backed up together with PRIMARY (and vice versa).</source>
        <translation>Le groupe de fichiers optimisé en mémoire {mod} doit être sauvegardé avec PRIMARY (et inversement).</translation>
    </message>
    <message>
        <source>Memory-optimized filegroup and PRIMARY are restored together</source>
        <translation>Le groupe de fichiers optimisé en mémoire et PRIMARY sont restaurés ensemble</translation>
    </message>
    <message>
        <source>Restore the memory-optimized filegroup {mod} in the same statement as PRIMARY (e.g. FILEGROUP=&apos;PRIMARY&apos;, FILEGROUP=&apos;{mod}&apos; … WITH PARTIAL).</source>
        <translation>Restaurez le groupe de fichiers optimisé en mémoire {mod} dans la même instruction que PRIMARY (par exemple FILEGROUP=&apos;PRIMARY&apos;, FILEGROUP=&apos;{mod}&apos; … WITH PARTIAL).</translation>
    </message>
    <message>
        <source>The target needs enough memory</source>
        <translation>La cible doit disposer de suffisamment de mémoire</translation>
    </message>
    <message>
        <source>{db} holds ≈{size} of memory-optimized data; the target&apos;s resource pool must have at least that much free memory, or the restored database will come up SUSPECT.</source>
        <translation>{db} contient ≈{size} de données optimisées en mémoire ; le pool de ressources de la cible doit disposer d&apos;au moins autant de mémoire libre, sinon la base de données restaurée démarrera SUSPECT.</translation>
    </message>
    <message>
        <source>The memory-optimized data is the sum of its containers&apos; sizeBytes, compared with RestoreEnvironment.memoryAvailableBytes; warned whenever that memory is unknown (0). Without container sizes there is nothing to estimate.</source>
        <translation>Les données optimisées en mémoire correspondent à la somme des sizeBytes de leurs conteneurs, comparée à RestoreEnvironment.memoryAvailableBytes ; un avertissement est émis chaque fois que cette mémoire est inconnue (0). Sans tailles de conteneurs, il n&apos;y a rien à estimer.</translation>
    </message>
    <message>
        <source>Memory-optimized data adds load time</source>
        <translation>Les données optimisées en mémoire ajoutent un temps de chargement</translation>
    </message>
    <message>
        <source>Not a finding: simulate (memoryOptimizedLoad) and the Simulation dock show, on the step whose recovery (or SET ONLINE) brings the database up with the memory-optimized filegroup online, the data loaded into memory first (the containers&apos; sizeBytes summed) and, when RestoreEnvironment.memoryOptimizedLoadBytesPerSecond is stated, the time: bytes / rate. The active log redone on top, containers and cores, and hash-index bucket counts are not modelled.</source>
        <translation>Ce n&apos;est pas un constat : simulate (memoryOptimizedLoad) et le volet Simulation affichent, à l&apos;étape dont la récupération (ou SET ONLINE) démarre la base de données avec le groupe de fichiers optimisé en mémoire en ligne, les données chargées d&apos;abord en mémoire (somme des sizeBytes des conteneurs) et, lorsque RestoreEnvironment.memoryOptimizedLoadBytesPerSecond est indiqué, la durée : octets / débit. Le journal actif rétabli par-dessus, les conteneurs et les cœurs, ainsi que le nombre de compartiments d&apos;index de hachage ne sont pas modélisés.</translation>
    </message>
    <message>
        <source>The memory-optimized filegroup cannot be dropped, so it cannot be abandoned</source>
        <translation>Le groupe de fichiers optimisé en mémoire ne peut pas être supprimé ; il ne peut donc pas être abandonné</translation>
    </message>
    <message>
        <source>The memory-optimized filegroup cannot be removed or left unrestored; it must be restored with PRIMARY.</source>
        <translation>Le groupe de fichiers optimisé en mémoire ne peut être ni supprimé ni laissé non restauré ; il doit être restauré avec PRIMARY.</translation>
    </message>
    <message>
        <source>Memory-optimized tables are always fully logged</source>
        <translation>Les tables optimisées en mémoire sont toujours entièrement journalisées</translation>
    </message>
    <message>
        <source>Nothing is reported: bulk-logged findings come from a log backup&apos;s hasBulkLoggedData flag and the recovery model, never from the presence of memory-optimized tables.</source>
        <translation>Rien n&apos;est signalé : les constats relatifs à la journalisation en bloc proviennent de l&apos;indicateur hasBulkLoggedData d&apos;une sauvegarde du journal et du mode de récupération, jamais de la présence de tables optimisées en mémoire.</translation>
    </message>
    <message>
        <source>Fiber mode</source>
        <translation>Mode fibre</translation>
    </message>
    <message>
        <source>Target server uses fiber mode; databases with memory-optimized filegroups cannot be restored there.</source>
        <translation>Le serveur cible utilise le mode fibre ; les bases de données comportant des groupes de fichiers optimisés en mémoire ne peuvent pas y être restaurées.</translation>
    </message>
    <message>
        <source>RestoreEnvironment.lightweightPooling, stated by the user.</source>
        <translation>RestoreEnvironment.lightweightPooling, indiqué par l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>A checksum error in a memory-optimized file fails the backup</source>
        <translation>Une erreur de somme de contrôle dans un fichier optimisé en mémoire fait échouer la sauvegarde</translation>
    </message>
    <message>
        <source>A step that restores a backup marked failed is an error: there is no backup set to restore.</source>
        <translation>Une étape qui restaure une sauvegarde marquée comme ayant échoué est une erreur : il n&apos;y a aucun jeu de sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>Point-in-time with a FILESTREAM filegroup left out of the partial restore</source>
        <translation>Limite dans le temps avec un groupe de fichiers FILESTREAM exclu de la restauration partielle</translation>
    </message>
    <message>
        <source>Point-in-time piecemeal restore is not possible while FILESTREAM filegroup {fs} is excluded. Include {fs} in stage 1, or restore to end of log.</source>
        <translation>La restauration fragmentaire jusqu&apos;à une limite dans le temps n&apos;est pas possible tant que le groupe de fichiers FILESTREAM {fs} est exclu. Incluez {fs} dans la phase 1, ou restaurez jusqu&apos;à la fin du journal.</translation>
    </message>
    <message>
        <source>FILESTREAM left out without a stop point</source>
        <translation>FILESTREAM exclu sans point d&apos;arrêt</translation>
    </message>
    <message>
        <source>R-FS-001 is raised only when a stop clause exists.</source>
        <translation>R-FS-001 n&apos;est signalé que lorsqu&apos;une clause d&apos;arrêt existe.</translation>
    </message>
    <message>
        <source>FILESTREAM needs NTFS and the right MAXTRANSFERSIZE</source>
        <translation>FILESTREAM nécessite NTFS et la bonne valeur de MAXTRANSFERSIZE</translation>
    </message>
    <message>
        <source>FILESTREAM container {path} must be on NTFS.</source>
        <translation>Le conteneur FILESTREAM {path} doit se trouver sur NTFS.</translation>
    </message>
    <message>
        <source>RestoreEnvironment.filestreamOnNtfs (default true), stated by the user.</source>
        <translation>RestoreEnvironment.filestreamOnNtfs (true par défaut), indiqué par l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>No reverting to a database snapshot with FILESTREAM data</source>
        <translation>Aucun retour à un instantané de base de données avec des données FILESTREAM</translation>
    </message>
    <message>
        <source>The plan format has no revert-to-snapshot step (RESTORE … FROM DATABASE_SNAPSHOT); the designer offers only backup-based restore.</source>
        <translation>Le format de plan n&apos;a pas d&apos;étape de retour à un instantané (RESTORE … FROM DATABASE_SNAPSHOT) ; le concepteur ne propose que la restauration à partir de sauvegardes.</translation>
    </message>
    <message>
        <source>Removing an unrestored filegroup makes it defunct for good</source>
        <translation>La suppression d&apos;un groupe de fichiers non restauré le rend définitivement obsolète (defunct)</translation>
    </message>
    <message>
        <source>Removing {fg} while it is offline makes it DEFUNCT: its data can never be restored into {db}.</source>
        <translation>La suppression de {fg} alors qu&apos;il est hors connexion le rend DEFUNCT : ses données ne pourront jamais être restaurées dans {db}.</translation>
    </message>
    <message>
        <source>Deferred transactions depend on edition and model</source>
        <translation>Les transactions différées dépendent de l&apos;édition et du mode de récupération</translation>
    </message>
    <message>
        <source>On {edition}, recovering while {fg} is offline and has open transactions makes startup fail (no deferred transactions outside Enterprise).</source>
        <translation>Sur {edition}, la récupération alors que {fg} est hors connexion et a des transactions ouvertes fait échouer le démarrage (aucune transaction différée en dehors d&apos;Enterprise).</translation>
    </message>
    <message>
        <source>Resolving deferred transactions</source>
        <translation>Résolution des transactions différées</translation>
    </message>
    <message>
        <source>Deferred transactions on {fg} keep the log from truncating; plan the restore of {fg} soon.</source>
        <translation>Des transactions différées sur {fg} empêchent la troncation du journal ; planifiez rapidement la restauration de {fg}.</translation>
    </message>
    <message>
        <source>Reported at the stage-1 recovery for each deferred filegroup that no later step restores or removes.</source>
        <translation>Signalé lors de la récupération de la phase 1 pour chaque groupe de fichiers à transactions différées qu&apos;aucune étape ultérieure ne restaure ni ne supprime.</translation>
    </message>
    <message>
        <source>Simple model: file backups only of read-only filegroups</source>
        <translation>Mode simple : sauvegardes de fichiers uniquement pour les groupes de fichiers en lecture seule</translation>
    </message>
    <message>
        <source>Listing filegroups by hand makes a file backup, not a partial backup</source>
        <translation>Énumérer manuellement les groupes de fichiers produit une sauvegarde de fichiers, et non une sauvegarde partielle</translation>
    </message>
    <message>
        <source>A FILE backup naming PRIMARY and every filegroup read/write at its time, flagged under SIMPLE or when it would be the base of a later differential partial backup.</source>
        <translation>Une sauvegarde FILE nommant PRIMARY et chaque groupe de fichiers en lecture-écriture au moment de la sauvegarde, signalée en mode SIMPLE ou lorsqu&apos;elle servirait de base à une sauvegarde différentielle partielle ultérieure.</translation>
    </message>
    <message>
        <source>A differential needs a current base</source>
        <translation>Une sauvegarde différentielle nécessite une base actuelle</translation>
    </message>
    <message>
        <source>What cannot be backed up</source>
        <translation>Ce qui ne peut pas être sauvegardé</translation>
    </message>
    <message>
        <source>{fg} is {state} at {time}; it cannot be backed up then.</source>
        <translation>{fg} est {state} à {time} ; il ne peut alors pas être sauvegardé.</translation>
    </message>
    <message>
        <source>States come from the timeline: data a FAILURE event damaged, and a log a FAILURE marked damaged, cannot be backed up after it.</source>
        <translation>Les états proviennent de la chronologie : les données endommagées par un événement FAILURE, et un journal qu&apos;un FAILURE a marqué comme endommagé, ne peuvent pas être sauvegardés après celui-ci.</translation>
    </message>
    <message>
        <source>BACKUP LOG with NORECOVERY or STANDBY changes the database state</source>
        <translation>BACKUP LOG avec NORECOVERY ou STANDBY modifie l&apos;état de la base de données</translation>
    </message>
    <message>
        <source>BACKUP LOG … NORECOVERY puts the simulated database in RESTORING (T-DB-2).</source>
        <translation>BACKUP LOG … NORECOVERY met la base de données simulée à l&apos;état RESTORING (T-DB-2).</translation>
    </message>
    <message>
        <source>Backups cannot overlap file additions or removals</source>
        <translation>Les sauvegardes ne peuvent pas chevaucher des ajouts ou des suppressions de fichiers</translation>
    </message>
    <message>
        <source>ADD_FILE / REMOVE_FILE events between a backup&apos;s start and finish (inclusive).</source>
        <translation>Événements ADD_FILE / REMOVE_FILE entre le début et la fin d&apos;une sauvegarde (inclus).</translation>
    </message>
    <message>
        <source>A page list names only restorable pages (Restore Designer&apos;s own rule)</source>
        <translation>Une liste de pages ne nomme que des pages restaurables (règle propre à Restore Designer)</translation>
    </message>
    <message>
        <source>Step N: page &quot;{file:page}&quot; is {the database boot page…}, so SQL Server refuses the statement.</source>
        <translation>Étape N : la page &quot;{fichier:page}&quot; est {la page de démarrage de la base de données…} ; SQL Server refuse donc l&apos;instruction.</translation>
    </message>
    <message>
        <source>Each entry of RESTORE … PAGE: a numeric file:page pair (4350) of a data file of the layout (file IDs as sys.database_files gives them: 1 = the primary data file, 2 = the log, then the other data files in layout order), not the log, a FILESTREAM or memory-optimized container, page 0, page 1:9, a GAM/SGAM/PFS page (3111) or a page past the file&apos;s sizeBytes (3194); at most 1000 pages of one file in a restore sequence (3105). Medium: the file IDs and the GAM/SGAM interval beyond the first are derived (docs/validation-choices.md, &quot;Page restore&quot;).</source>
        <translation>Chaque entrée de RESTORE … PAGE : une paire numérique fichier:page (4350) d&apos;un fichier de données de la disposition (ID de fichier tels que sys.database_files les donne : 1 = le fichier de données primaire, 2 = le journal, puis les autres fichiers de données dans l&apos;ordre de la disposition), ni le journal, ni un conteneur FILESTREAM ou optimisé en mémoire, ni la page 0, ni la page 1:9, ni une page GAM/SGAM/PFS (3111), ni une page au-delà de la taille sizeBytes du fichier (3194) ; au plus 1000 pages d&apos;un même fichier dans une séquence de restauration (3105). Confiance moyenne : les ID de fichier et l&apos;intervalle GAM/SGAM au-delà du premier sont déduits (docs/validation-choices.md, « Page restore »).</translation>
    </message>
    <message>
        <source>A page restore starts from a full, partial or file backup holding the page, into an online read/write file (Restore Designer&apos;s own rule)</source>
        <translation>Une restauration de pages part d&apos;une sauvegarde complète, partielle ou de fichiers contenant la page, vers un fichier en lecture-écriture en ligne (règle propre à Restore Designer)</translation>
    </message>
    <message>
        <source>Step N restores pages {list} from {id}, which {does not hold file f | is a differential | …}.</source>
        <translation>L&apos;étape N restaure les pages {list} à partir de {id}, qui {ne contient pas le fichier f | est une sauvegarde différentielle | …}.</translation>
    </message>
    <message>
        <source>Refused by the simulator: a source that is not a full, partial or file backup holding the file (a differential only after the pages were restored, 3195), one from an older SQL Server (4311), a file being restored whole (4309) or not ONLINE (4310; a file a FAILURE marked SUSPECT counts as online: its damage is the pages), a read-only filegroup or database (4344).</source>
        <translation>Refusé par le simulateur : une source qui n&apos;est pas une sauvegarde complète, partielle ou de fichiers contenant le fichier (une sauvegarde différentielle seulement après la restauration des pages, 3195), une source provenant d&apos;une version plus ancienne de SQL Server (4311), un fichier en cours de restauration complète (4309) ou non ONLINE (4310 ; un fichier qu&apos;un FAILURE a marqué SUSPECT compte comme en ligne : ses dommages portent sur les pages), un groupe de fichiers ou une base de données en lecture seule (4344).</translation>
    </message>
    <message>
        <source>References must resolve (Restore Designer&apos;s own rule)</source>
        <translation>Les références doivent être résolues (règle propre à Restore Designer)</translation>
    </message>
    <message>
        <source>Step N uses backup &quot;{id}&quot;, which is not in the backup history.</source>
        <translation>L&apos;étape N utilise la sauvegarde &quot;{id}&quot;, qui ne figure pas dans l&apos;historique des sauvegardes.</translation>
    </message>
    <message>
        <source>A step naming an unknown backup, filegroup or file, or RESTORE LOG with a data backup (and the reverse).</source>
        <translation>Une étape nommant une sauvegarde, un groupe de fichiers ou un fichier inconnu, ou un RESTORE LOG avec une sauvegarde de données (et l&apos;inverse).</translation>
    </message>
    <message>
        <source>Identifiers fit their type: 128 characters, 32 for a mark (Restore Designer&apos;s own rule)</source>
        <translation>Les identificateurs respectent leur type : 128 caractères, 32 pour une marque (règle propre à Restore Designer)</translation>
    </message>
    <message>
        <source>{What} &quot;{name}&quot; has {n} characters; a SQL Server identifier (sysname) holds at most 128, so SQL Server cannot take it.</source>
        <translation>{What} &quot;{name}&quot; compte {n} caractères ; un identificateur SQL Server (sysname) en contient au plus 128 ; SQL Server ne peut donc pas l&apos;accepter.</translation>
    </message>
    <message>
        <source>The database, filegroup and logical file names (data and log) of the layout are sysname, nvarchar(128); a MARK event&apos;s name is the transaction name of BEGIN TRANSACTION … WITH MARK, at most 32 (through a variable a longer one is cut to 32, so STOPATMARK would not find it). Lengths count UTF-16 code units, as nvarchar does. Backup ids and plan names are the designer&apos;s own and never reach T-SQL as identifiers; the script writes no backup set or media name (NAME, MEDIANAME).</source>
        <translation>Les noms de la base de données, des groupes de fichiers et des fichiers logiques (données et journal) de la disposition sont de type sysname, nvarchar(128) ; le nom d&apos;un événement MARK est le nom de transaction de BEGIN TRANSACTION … WITH MARK, 32 caractères au plus (par l&apos;intermédiaire d&apos;une variable, un nom plus long est tronqué à 32 ; STOPATMARK ne le trouverait donc pas). Les longueurs comptent les unités de code UTF-16, comme le fait nvarchar. Les ID de sauvegarde et les noms de plan sont propres au concepteur et n&apos;atteignent jamais T-SQL en tant qu&apos;identificateurs ; le script n&apos;écrit aucun nom de jeu de sauvegarde ni de support (NAME, MEDIANAME).</translation>
    </message>
    <message>
        <source>No NUL character in a name, id or path (Restore Designer&apos;s own rule)</source>
        <translation>Aucun caractère NUL dans un nom, un ID ou un chemin (règle propre à Restore Designer)</translation>
    </message>
    <message>
        <source>{JSON path} holds a NUL character (U+0000): &quot;{text}&quot;. No SQL Server name and no Windows path can contain one, so SQL Server cannot take it.</source>
        <translation>{chemin JSON} contient un caractère NUL (U+0000) : &quot;{text}&quot;. Aucun nom SQL Server et aucun chemin Windows ne peut en contenir ; SQL Server ne peut donc pas l&apos;accepter.</translation>
    </message>
    <message>
        <source>Logical file names are unique in the database (Restore Designer&apos;s own rule)</source>
        <translation>Les noms de fichiers logiques sont uniques dans la base de données (règle propre à Restore Designer)</translation>
    </message>
    <message>
        <source>logical_file_name &quot;must be unique in the database&quot;: data and log files together, compared ignoring case as the default collation does. Such a layout still loads, so the designer can fix it.</source>
        <translation>logical_file_name « doit être unique dans la base de données » : fichiers de données et journaux confondus, comparés sans tenir compte de la casse, comme le fait le classement par défaut. Une telle disposition se charge tout de même ; le concepteur peut donc la corriger.</translation>
    </message>
    <message>
        <source>A plan ends with the database recovered (Restore Designer&apos;s own rule)</source>
        <translation>Un plan se termine avec la base de données récupérée (règle propre à Restore Designer)</translation>
    </message>
    <message>
        <source>The plan is unfinished: after its last step (N) {db} is still RESTORING, so no filegroup is online and nobody can use the database until a RESTORE … WITH RECOVERY runs.</source>
        <translation>Le plan n&apos;est pas terminé : après sa dernière étape (N), {db} est toujours RESTORING ; aucun groupe de fichiers n&apos;est donc en ligne et personne ne peut utiliser la base de données tant qu&apos;un RESTORE … WITH RECOVERY n&apos;est pas exécuté.</translation>
    </message>
    <message>
        <source>&quot;RESTORE requires the WITH NORECOVERY option on all but the final RESTORE statement&quot;; with NORECOVERY &quot;the database is left in the unrecovered state&quot;. Checked on the simulator&apos;s state after the last step: RESTORING is reported; STANDBY (readable by choice) is not, nor a plan that already has an error (a refused statement or a recovery that cannot happen says why it fails, and the RESTORING end follows from it) or one R-PIT-004 already reports. The fix appends a recovery-only step (R-RO-003&apos;s form without targets).</source>
        <translation>« RESTORE exige l&apos;option WITH NORECOVERY sur toutes les instructions RESTORE sauf la dernière » ; avec NORECOVERY, « la base de données reste dans l&apos;état non récupéré ». Vérifié sur l&apos;état du simulateur après la dernière étape : RESTORING est signalé ; STANDBY (lisible par choix) ne l&apos;est pas, pas plus qu&apos;un plan qui comporte déjà une erreur (une instruction refusée ou une récupération impossible indique pourquoi elle échoue, et la fin en RESTORING en découle) ou qu&apos;un plan que R-PIT-004 signale déjà. Le correctif ajoute à la fin une étape de récupération seule (la forme de R-RO-003 sans cibles).</translation>
    </message>
    <message>
        <source>A log backup written to NUL breaks the log chain (Restore Designer&apos;s own rule)</source>
        <translation>Une sauvegarde du journal écrite vers NUL rompt la chaîne de journaux (règle propre à Restore Designer)</translation>
    </message>
    <message>
        <source>Log backup {id} ({time}) was written to NUL: SQL Server truncated the log as if it were backed up, but LSNs {first} to {last} exist nowhere. No restore can roll forward past {time}; {first restore point after it}.</source>
        <translation>La sauvegarde du journal {id} ({time}) a été écrite vers NUL : SQL Server a tronqué le journal comme s&apos;il avait été sauvegardé, mais les LSN {first} à {last} n&apos;existent nulle part. Aucune restauration ne peut effectuer de restauration par progression au-delà de {time} ; {premier point de restauration après celle-ci}.</translation>
    </message>
    <message>
        <source>Chain health, not a plan check: a backup whose media (physical_device_name) is NUL, NUL: or \\.\NUL. A regular log backup to NUL truncates the log, so the chain misses its records (an error); a data backup to NUL is a warning (it cannot be restored; a regular full one still resets the differential base).</source>
        <translation>État de la chaîne, et non vérification du plan : une sauvegarde dont le support (physical_device_name) est NUL, NUL: ou \\.\NUL. Une sauvegarde du journal régulière vers NUL tronque le journal ; la chaîne manque donc de ses enregistrements (une erreur) ; une sauvegarde de données vers NUL est un avertissement (elle ne peut pas être restaurée ; une sauvegarde complète régulière réinitialise tout de même la base différentielle).</translation>
    </message>
    <message>
        <source>A backup by another tool is restored with that tool (Restore Designer&apos;s own rule)</source>
        <translation>Une sauvegarde effectuée par un autre outil se restaure avec cet outil (règle propre à Restore Designer)</translation>
    </message>
    <message>
        <source>Log backup {id} ({time}) was written by another tool (a virtual device {name}): the log chain runs through it, so every restore past it needs that tool&apos;s copy.</source>
        <translation>La sauvegarde du journal {id} ({time}) a été écrite par un autre outil (une unité virtuelle {name}) : la chaîne de journaux passe par elle ; toute restauration au-delà nécessite donc la copie de cet outil.</translation>
    </message>
    <message>
        <source>Chain health: a backup taken WITH SNAPSHOT or whose media is a virtual device, which msdb names by a GUID ({8-4-4-4-12}, braces and a stripe number optional; device_type 7). A warning for a log backup (the regular chain depends on it), a note for a data backup. Medium: the GUID naming is observed in public scripts, not documented.</source>
        <translation>État de la chaîne : une sauvegarde effectuée WITH SNAPSHOT ou dont le support est une unité virtuelle, que msdb nomme par un GUID ({8-4-4-4-12}, accolades et numéro de bande facultatifs ; device_type 7). Un avertissement pour une sauvegarde du journal (la chaîne régulière en dépend), une remarque pour une sauvegarde de données. Confiance moyenne : le nommage par GUID est observé dans des scripts publics, non documenté.</translation>
    </message>
    <message>
        <source>Under full or bulk-logged recovery, log backups follow the full backup (Restore Designer&apos;s own rule)</source>
        <translation>En mode de récupération complète ou journalisée en bloc, des sauvegardes du journal suivent la sauvegarde complète (règle propre à Restore Designer)</translation>
    </message>
    <message>
        <source>Full backup {id} ({time}) has no log backup after it although the database is in FULL or BULK_LOGGED recovery: no point after {end} can be restored, and the log grows until a log backup truncates it.</source>
        <translation>La sauvegarde complète {id} ({time}) n&apos;est suivie d&apos;aucune sauvegarde du journal alors que la base de données est en mode de récupération FULL ou BULK_LOGGED : aucun point après {end} ne peut être restauré, et le journal grossit jusqu&apos;à ce qu&apos;une sauvegarde du journal le tronque.</translation>
    </message>
    <message>
        <source>Chain health: regular full backups (not copy-only, not failed) taken under FULL or BULK_LOGGED (the backup&apos;s recovery_model, else the events) after which no regular log backup of the same recovery path ends (its last_lsn beyond theirs); one finding per path. &quot;Under the full recovery model or bulk-logged recovery model, taking routine transaction log backups is necessary to recover data&quot;.</source>
        <translation>État de la chaîne : sauvegardes complètes régulières (ni de copie uniquement, ni en échec) effectuées en mode FULL ou BULK_LOGGED (le recovery_model de la sauvegarde, sinon les événements) après lesquelles aucune sauvegarde du journal régulière du même chemin de récupération ne se termine (son last_lsn au-delà du leur) ; un constat par chemin. « En mode de récupération complète ou en mode de récupération journalisée en bloc, il est nécessaire d&apos;effectuer des sauvegardes régulières du journal des transactions pour récupérer les données ».</translation>
    </message>
    <message>
        <source>A failed or damaged backup is no sound restore point (Restore Designer&apos;s own rule)</source>
        <translation>Une sauvegarde en échec ou endommagée n&apos;est pas un point de restauration fiable (règle propre à Restore Designer)</translation>
    </message>
    <message>
        <source>{Type} {id} ({time}) failed: it is no restore point. | {Type} {id} ({time}) was taken over damaged data (CONTINUE_AFTER_ERROR): restoring it needs CONTINUE_AFTER_ERROR too and may lose data.</source>
        <translation>{Type} {id} ({time}) a échoué : ce n&apos;est pas un point de restauration. | {Type} {id} ({time}) a été effectuée sur des données endommagées (CONTINUE_AFTER_ERROR) : sa restauration nécessite également CONTINUE_AFTER_ERROR et peut entraîner une perte de données.</translation>
    </message>
    <message>
        <source>Chain health: backups marked failed (the BACKUP did not complete, e.g. R-MOD-008) or damaged (backupset.is_damaged). Neither counts as a restore point for the longest time without one (R-CHAIN-005); a damaged log still carries the chain.</source>
        <translation>État de la chaîne : sauvegardes marquées comme ayant échoué (le BACKUP ne s&apos;est pas terminé, par exemple R-MOD-008) ou endommagées (backupset.is_damaged). Aucune ne compte comme point de restauration pour la plus longue période sans point de restauration (R-CHAIN-005) ; un journal endommagé continue de porter la chaîne.</translation>
    </message>
    <message>
        <source>The longest time without a usable restore point (Restore Designer&apos;s own rule)</source>
        <translation>La plus longue période sans point de restauration utilisable (règle propre à Restore Designer)</translation>
    </message>
    <message>
        <source>The longest time without a usable restore point is {duration}, from {time} ({id}) to {time} ({id}).</source>
        <translation>La plus longue période sans point de restauration utilisable est de {duration}, de {time} ({id}) à {time} ({id}).</translation>
    </message>
    <message>
        <source>&quot;Damaged&quot; = a FAILURE event, or the simulated database SUSPECT or RECOVERY_PENDING. Also an info note for each backup with hasIncompleteMetadata that the plan uses.</source>
        <translation>« Endommagée » = un événement FAILURE, ou la base de données simulée SUSPECT ou RECOVERY_PENDING. En outre, une remarque info pour chaque sauvegarde hasIncompleteMetadata qu&apos;utilise le plan.</translation>
    </message>
    <message>
        <source>A recovery-only restore of {fg} requires the database online and {fg} in OFFLINE/RECOVERY_PENDING state, and its data must already be consistent (read-only since its last backup).</source>
        <translation>Une restauration de récupération seule de {fg} nécessite que la base de données soit en ligne et que {fg} soit à l&apos;état OFFLINE/RECOVERY_PENDING, et ses données doivent déjà être cohérentes (en lecture seule depuis sa dernière sauvegarde).</translation>
    </message>
    <message>
        <source>The upgrade check compares environment.serverVersion with the backups&apos; softwareVersion; the &quot;keep the standby file&quot; warning is given once per plan.</source>
        <translation>La vérification de mise à niveau compare environment.serverVersion au softwareVersion des sauvegardes ; l&apos;avertissement « conserver le fichier de secours » est émis une fois par plan.</translation>
    </message>
    <message>
        <source>Every name, id, reference and path of the layout, the events, the backups and the plan, named by its JSON path; not free text (the description) nor a backup&apos;s GUIDs, which never reach SQL Server. Medium: Windows documents NUL among the characters no file name may hold; for identifiers Microsoft&apos;s documents are silent (docs/validation-choices.md, &quot;Names&quot;).</source>
        <translation>Chaque nom, ID, référence et chemin de la disposition, des événements, des sauvegardes et du plan, désigné par son chemin JSON ; ni le texte libre (la description) ni les GUID d&apos;une sauvegarde, qui n&apos;atteignent jamais SQL Server. Confiance moyenne : Windows documente NUL parmi les caractères qu&apos;aucun nom de fichier ne peut contenir ; pour les identificateurs, les documents de Microsoft ne disent rien (docs/validation-choices.md, « Names »).</translation>
    </message>
    <message>
        <source>The {file} has the logical name of the {earlier file}; a logical file name is unique in its database, so SQL Server cannot have both.</source>
        <translation>Le {file} a le nom logique du {fichier précédent} ; un nom de fichier logique est unique dans sa base de données ; SQL Server ne peut donc pas avoir les deux.</translation>
    </message>
    <message>
        <source>Log backup {id} contains bulk-logged operations; point-in-time restore inside it is impossible. Choose a point at or before where roll-forward stands ({from}), or at or after its end.</source>
        <translation>La sauvegarde du journal {id} contient des opérations journalisées en bloc ; la restauration jusqu&apos;à une limite dans le temps à l&apos;intérieur de celle-ci est impossible. Choisissez un point égal ou antérieur à l&apos;endroit où en est la restauration par progression ({from}), ou égal ou postérieur à sa fin.</translation>
    </message>
    <message>
        <source>Low confidence (C-7): reported as an error (startup fails) unless the edition is Enterprise or Developer and the recovery model FULL or BULK_LOGGED; with those, the same situation is the warning R-PIECE-013. The open transactions are OPEN_TRANSACTION events.</source>
        <translation>Confiance faible (C-7) : signalé comme une erreur (le démarrage échoue) sauf si l&apos;édition est Enterprise ou Developer et le mode de récupération FULL ou BULK_LOGGED ; dans ce cas, la même situation est l&apos;avertissement R-PIECE-013. Les transactions ouvertes sont les événements OPEN_TRANSACTION.</translation>
    </message>
    <message>
        <source>Chain health: the moments a restore can reach are the ends of usable full, partial and differential backups (not failed, damaged, written to NUL, nor a differential whose base is gone) and, in a gapless run of regular log backups, every moment from the end of the first such backup inside the run to the run&apos;s end (R-LOG-004, R-LOG-005). The longest time between two consecutive such moments is reported. Medium: a log&apos;s coverage in time is taken from its backup&apos;s end.</source>
        <translation>État de la chaîne : les moments qu&apos;une restauration peut atteindre sont les fins des sauvegardes complètes, partielles et différentielles utilisables (ni en échec, ni endommagées, ni écrites vers NUL, ni différentielles dont la base a disparu) et, dans une suite sans lacune de sauvegardes du journal régulières, chaque moment entre la fin de la première de ces sauvegardes située dans la suite et la fin de la suite (R-LOG-004, R-LOG-005). La plus longue période entre deux de ces moments consécutifs est signalée. Confiance moyenne : la couverture temporelle d&apos;un journal est déduite de la fin de sa sauvegarde.</translation>
    </message>
</context>
<context>
    <name>SavedViewState</name>
    <message>
        <source>the saved plan is not a plan number</source>
        <translation>le plan enregistré n&apos;est pas un numéro de plan</translation>
    </message>
    <message>
        <source>the saved step is not a step number</source>
        <translation>l&apos;étape enregistrée n&apos;est pas un numéro d&apos;étape</translation>
    </message>
    <message>
        <source>the saved backup is not a backup id</source>
        <translation>la sauvegarde enregistrée n&apos;est pas un ID de sauvegarde</translation>
    </message>
    <message>
        <source>the saved filegroup is not a filegroup name</source>
        <translation>le groupe de fichiers enregistré n&apos;est pas un nom de groupe de fichiers</translation>
    </message>
    <message>
        <source>the saved timeline needs a positive pixelsPerSecond and a left time</source>
        <translation>la chronologie enregistrée nécessite une valeur pixelsPerSecond positive et une heure de gauche</translation>
    </message>
    <message>
        <source>the saved timeline axis is neither &quot;time&quot; nor &quot;lsn&quot;</source>
        <translation>l&apos;axe de chronologie enregistré n&apos;est ni &quot;time&quot; ni &quot;lsn&quot;</translation>
    </message>
    <message>
        <source>the saved LSN axis needs a positive lsnZoom and an lsnLeft LSN</source>
        <translation>l&apos;axe LSN enregistré nécessite une valeur lsnZoom positive et un LSN lsnLeft</translation>
    </message>
</context>
<context>
    <name>SequenceRules</name>
    <message>
        <source>Step %1 restores PRIMARY without the memory-optimized filegroup %2: restore %2 in the same statement (FILEGROUP = &apos;PRIMARY&apos;, FILEGROUP = &apos;%2&apos;%3). SQL Server refuses the statement, which changes nothing.</source>
        <translation>L&apos;étape %1 restaure PRIMARY sans le groupe de fichiers optimisé en mémoire %2 : restaurez %2 dans la même instruction (FILEGROUP = &apos;PRIMARY&apos;, FILEGROUP = &apos;%2&apos;%3). SQL Server refuse l&apos;instruction, qui ne modifie rien.</translation>
    </message>
    <message>
        <source> … WITH PARTIAL</source>
        <translation> … WITH PARTIAL</translation>
    </message>
    <message>
        <source>Step %1 restores the memory-optimized filegroup %2 without PRIMARY: they must be restored in the same statement. SQL Server refuses the statement, which changes nothing.</source>
        <translation>L&apos;étape %1 restaure le groupe de fichiers optimisé en mémoire %2 sans PRIMARY : ils doivent être restaurés dans la même instruction. SQL Server refuse l&apos;instruction, qui ne modifie rien.</translation>
    </message>
    <message>
        <source>Add %1 to the FILEGROUP list of step %2.</source>
        <translation>Ajouter %1 à la liste FILEGROUP de l&apos;étape %2.</translation>
    </message>
    <message>
        <source>The memory-optimized filegroup %1 is marked to be abandoned, but it cannot be removed or left unrestored (only dropping the database removes it): it must be restored with PRIMARY.</source>
        <translation>Le groupe de fichiers optimisé en mémoire %1 est marqué comme abandonné, mais il ne peut être ni supprimé ni laissé non restauré (seule la suppression de la base de données le supprime) : il doit être restauré avec PRIMARY.</translation>
    </message>
    <message>
        <source>Clear &quot;abandon&quot; on %1 in the layout: it must be restored with PRIMARY.</source>
        <translation>Désactiver « abandonner » pour %1 dans la disposition : il doit être restauré avec PRIMARY.</translation>
    </message>
    <message>
        <source>Step %1 removes the memory-optimized filegroup %2: it can only be removed by dropping %3, so it cannot be made DEFUNCT; it must be restored with PRIMARY.</source>
        <translation>L&apos;étape %1 supprime le groupe de fichiers optimisé en mémoire %2 : il ne peut être supprimé qu&apos;en supprimant %3 ; il ne peut donc pas devenir DEFUNCT ; il doit être restauré avec PRIMARY.</translation>
    </message>
    <message>
        <source>Remove step %1.</source>
        <translation>Supprimer l&apos;étape %1.</translation>
    </message>
    <message>
        <source>Removing %1 at step %2 while it is %3 makes it DEFUNCT: its data can never be restored into %4.</source>
        <translation>La suppression de %1 à l&apos;étape %2 alors qu&apos;il est %3 le rend DEFUNCT : ses données ne pourront jamais être restaurées dans %4.</translation>
    </message>
    <message>
        <source>Restore %1 instead of removing it, if its data is still needed.</source>
        <translation>Restaurer %1 au lieu de le supprimer, si ses données sont encore nécessaires.</translation>
    </message>
    <message>
        <source>Database %1 does not exist on the target, so the first restore must come from a backup that contains the primary file; step %2 %3.</source>
        <translation>La base de données %1 n&apos;existe pas sur la cible ; la première restauration doit donc provenir d&apos;une sauvegarde qui contient le fichier primaire ; l&apos;étape %2 %3.</translation>
    </message>
    <message>
        <source>restores %1 without PRIMARY</source>
        <translation>restaure %1 sans PRIMARY</translation>
    </message>
    <message>
        <source>restores no data backup</source>
        <translation>ne restaure aucune sauvegarde de données</translation>
    </message>
    <message>
        <source>Start with RESTORE DATABASE %1 FROM %2 (a full backup) WITH NORECOVERY.</source>
        <translation>Commencer par RESTORE DATABASE %1 FROM %2 (une sauvegarde complète) WITH NORECOVERY.</translation>
    </message>
    <message>
        <source>Start with RESTORE DATABASE %1 from a full backup, or a file backup holding PRIMARY.</source>
        <translation>Commencer par RESTORE DATABASE %1 à partir d&apos;une sauvegarde complète, ou d&apos;une sauvegarde de fichiers contenant PRIMARY.</translation>
    </message>
    <message>
        <source>STANDBY cannot be used while %1 stays online (step %2 is an online restore); use NORECOVERY, or take the database offline first.</source>
        <translation>STANDBY ne peut pas être utilisé tant que %1 reste en ligne (l&apos;étape %2 est une restauration en ligne) ; utilisez NORECOVERY, ou mettez d&apos;abord la base de données hors connexion.</translation>
    </message>
    <message>
        <source>Use NORECOVERY on step %1.</source>
        <translation>Utiliser NORECOVERY à l&apos;étape %1.</translation>
    </message>
    <message>
        <source>STANDBY is not possible for backups from SQL Server %1 on a %2 server: %3 needs an upgrade, which STANDBY does not allow (step %4).</source>
        <translation>STANDBY n&apos;est pas possible pour des sauvegardes de SQL Server %1 sur un serveur %2 : %3 nécessite une mise à niveau, que STANDBY n&apos;autorise pas (étape %4).</translation>
    </message>
    <message>
        <source>the standby file</source>
        <translation>le fichier de secours</translation>
    </message>
    <message>
        <source>Keep %1 until the next restore of %2 (step %3 writes its undo data there); deleting it forces a full re-restore.</source>
        <translation>Conserver %1 jusqu&apos;à la prochaine restauration de %2 (l&apos;étape %3 y écrit ses données d&apos;annulation) ; le supprimer impose une restauration complète.</translation>
    </message>
</context>
<context>
    <name>StepChecks</name>
    <message>
        <source>Step %1 uses backup &quot;%2&quot;, which is not in the backup history.</source>
        <translation>L&apos;étape %1 utilise la sauvegarde &quot;%2&quot;, qui ne figure pas dans l&apos;historique des sauvegardes.</translation>
    </message>
    <message>
        <source>Step %1 names filegroup &quot;%2&quot;, which is not in the layout.</source>
        <translation>L&apos;étape %1 nomme le groupe de fichiers &quot;%2&quot;, qui ne figure pas dans la disposition.</translation>
    </message>
    <message>
        <source>Step %1 names file &quot;%2&quot;, which is not in the layout.</source>
        <translation>L&apos;étape %1 nomme le fichier &quot;%2&quot;, qui ne figure pas dans la disposition.</translation>
    </message>
    <message>
        <source>Step %1 is a recovery-only RESTORE (no FROM): it must state WITH RECOVERY, NORECOVERY or STANDBY.</source>
        <translation>L&apos;étape %1 est un RESTORE de récupération seule (sans FROM) : elle doit indiquer WITH RECOVERY, NORECOVERY ou STANDBY.</translation>
    </message>
    <message>
        <source>Add WITH RECOVERY to step %1.</source>
        <translation>Ajouter WITH RECOVERY à l&apos;étape %1.</translation>
    </message>
    <message>
        <source>Step %1 would recover the database (%2), so step %3 can no longer be applied.</source>
        <translation>L&apos;étape %1 récupérerait la base de données (%2) ; l&apos;étape %3 ne peut donc plus être appliquée.</translation>
    </message>
    <message>
        <source>RECOVERY is the default</source>
        <translation>RECOVERY est la valeur par défaut</translation>
    </message>
    <message>
        <source>WITH RECOVERY</source>
        <translation>WITH RECOVERY</translation>
    </message>
    <message>
        <source>Use WITH NORECOVERY on step %1.</source>
        <translation>Utiliser WITH NORECOVERY à l&apos;étape %1.</translation>
    </message>
    <message>
        <source>Step %1 relies on the default RECOVERY; make the recovery option explicit.</source>
        <translation>L&apos;étape %1 s&apos;appuie sur l&apos;option RECOVERY par défaut ; rendez l&apos;option de récupération explicite.</translation>
    </message>
    <message>
        <source>State WITH RECOVERY (SQL Server&apos;s default) explicitly on step %1.</source>
        <translation>Indiquer explicitement WITH RECOVERY (valeur par défaut de SQL Server) à l&apos;étape %1.</translation>
    </message>
    <message>
        <source>PARTIAL is not allowed on RESTORE LOG (step %1).</source>
        <translation>PARTIAL n&apos;est pas autorisé avec RESTORE LOG (étape %1).</translation>
    </message>
    <message>
        <source>Remove PARTIAL from step %1.</source>
        <translation>Supprimer PARTIAL de l&apos;étape %1.</translation>
    </message>
    <message>
        <source>PARTIAL appears again at step %1: this would start a brand-new piecemeal restore and discard the earlier stages.</source>
        <translation>PARTIAL apparaît de nouveau à l&apos;étape %1 : cela démarrerait une toute nouvelle restauration fragmentaire et abandonnerait les phases précédentes.</translation>
    </message>
    <message>
        <source>A piecemeal restore must start with RESTORE DATABASE … WITH PARTIAL from a full or partial backup that contains the whole primary filegroup; %1 is a %2 backup without it.</source>
        <translation>Une restauration fragmentaire doit commencer par RESTORE DATABASE … WITH PARTIAL à partir d&apos;une sauvegarde complète ou partielle qui contient l&apos;intégralité du groupe de fichiers primaire ; %1 est une sauvegarde %2 qui ne le contient pas.</translation>
    </message>
    <message>
        <source>Under SIMPLE recovery the first stage must restore PRIMARY and all read/write filegroups from the same backup; %1 comes from %2 instead of %3.</source>
        <translation>En mode de récupération SIMPLE, la première phase doit restaurer PRIMARY et tous les groupes de fichiers en lecture-écriture à partir de la même sauvegarde ; %1 provient de %2 au lieu de %3.</translation>
    </message>
    <message>
        <source>Step %1 restores from the full backup %2 with a FILEGROUP list; under SIMPLE recovery use READ_WRITE_FILEGROUPS.</source>
        <translation>L&apos;étape %1 effectue la restauration à partir de la sauvegarde complète %2 avec une liste FILEGROUP ; en mode de récupération SIMPLE, utilisez READ_WRITE_FILEGROUPS.</translation>
    </message>
    <message>
        <source>Replace the FILEGROUP list of step %1 with READ_WRITE_FILEGROUPS.</source>
        <translation>Remplacer la liste FILEGROUP de l&apos;étape %1 par READ_WRITE_FILEGROUPS.</translation>
    </message>
    <message>
        <source>Filegroup %1 is read/write and marked to be abandoned: left out of the initial stage, it becomes DEFUNCT when the database recovers and can never be restored into this database.</source>
        <translation>Le groupe de fichiers %1 est en lecture-écriture et marqué comme abandonné : exclu de la phase initiale, il devient DEFUNCT lors de la récupération de la base de données et ne pourra jamais être restauré dans cette base de données.</translation>
    </message>
    <message>
        <source>To keep %1, clear &quot;abandon&quot; and add it to the FILEGROUP list of step %2 (or use READ_WRITE_FILEGROUPS).</source>
        <translation>Pour conserver %1, désactiver « abandonner » et l&apos;ajouter à la liste FILEGROUP de l&apos;étape %2 (ou utiliser READ_WRITE_FILEGROUPS).</translation>
    </message>
    <message>
        <source>Filegroup %1 is read/write but not in the initial stage: it will become DEFUNCT when the database recovers and can never be restored into this database.</source>
        <translation>Le groupe de fichiers %1 est en lecture-écriture mais ne fait pas partie de la phase initiale : il deviendra DEFUNCT lors de la récupération de la base de données et ne pourra jamais être restauré dans cette base de données.</translation>
    </message>
    <message>
        <source>Add %1 to the FILEGROUP list of step %2 (or use READ_WRITE_FILEGROUPS).</source>
        <translation>Ajouter %1 à la liste FILEGROUP de l&apos;étape %2 (ou utiliser READ_WRITE_FILEGROUPS).</translation>
    </message>
    <message>
        <source>Step %1 uses %2, but point-in-time restore is not available under SIMPLE recovery; you can only restore to the time of a backup.</source>
        <translation>L&apos;étape %1 utilise %2, mais la restauration jusqu&apos;à une limite dans le temps n&apos;est pas disponible en mode de récupération SIMPLE ; vous pouvez uniquement effectuer une restauration jusqu&apos;au moment d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>Remove the STOPAT/STOPATMARK clauses and the plan&apos;s point-in-time target.</source>
        <translation>Supprimer les clauses STOPAT/STOPATMARK et la cible de limite dans le temps du plan.</translation>
    </message>
    <message>
        <source>Point-in-time restore is not available under SIMPLE recovery; you can only restore to the time of a backup.</source>
        <translation>La restauration jusqu&apos;à une limite dans le temps n&apos;est pas disponible en mode de récupération SIMPLE ; vous pouvez uniquement effectuer une restauration jusqu&apos;au moment d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>Step %1 uses %2 but the restore sequence targets %3; every RESTORE LOG must use the identical STOPAT/STOPATMARK/STOPBEFOREMARK.</source>
        <translation>L&apos;étape %1 utilise %2, mais la séquence de restauration cible %3 ; chaque RESTORE LOG doit utiliser la même clause STOPAT/STOPATMARK/STOPBEFOREMARK.</translation>
    </message>
    <message>
        <source>no stop clause</source>
        <translation>aucune clause d&apos;arrêt</translation>
    </message>
    <message>
        <source>Set %1 on step %2.</source>
        <translation>Définir %1 à l&apos;étape %2.</translation>
    </message>
    <message>
        <source>CONTINUE_AFTER_ERROR forces the point-in-time restore but FILESTREAM filegroup %1 can NEVER be restored afterwards.</source>
        <translation>CONTINUE_AFTER_ERROR force la restauration jusqu&apos;à une limite dans le temps, mais le groupe de fichiers FILESTREAM %1 ne pourra JAMAIS être restauré par la suite.</translation>
    </message>
    <message>
        <source>Point-in-time piecemeal restore is not possible while FILESTREAM filegroup %1 is excluded. Include %1 in stage 1, or restore to the end of the log.</source>
        <translation>La restauration fragmentaire jusqu&apos;à une limite dans le temps n&apos;est pas possible tant que le groupe de fichiers FILESTREAM %1 est exclu. Incluez %1 dans la phase 1, ou restaurez jusqu&apos;à la fin du journal.</translation>
    </message>
    <message>
        <source>Add %1 to the FILEGROUP list of step %2.</source>
        <translation>Ajouter %1 à la liste FILEGROUP de l&apos;étape %2.</translation>
    </message>
</context>
<context>
    <name>StepText</name>
    <message>
        <source>(the log)</source>
        <translation>(le journal)</translation>
    </message>
    <message>
        <source>(recovery only)</source>
        <translation>(récupération seule)</translation>
    </message>
    <message>
        <source>(whole backup)</source>
        <translation>(sauvegarde entière)</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>fichier %1</translation>
    </message>
    <message>
        <source>pages %1</source>
        <translation>pages %1</translation>
    </message>
    <message>
        <source>RECOVERY (default)</source>
        <translation>RECOVERY (par défaut)</translation>
    </message>
</context>
<context>
    <name>TailChecks</name>
    <message>
        <source>%1 (log backup %2)</source>
        <translation>%1 (sauvegarde du journal %2)</translation>
    </message>
    <message>
        <source>the last data backup (there is no log backup)</source>
        <translation>la dernière sauvegarde de données (il n&apos;existe aucune sauvegarde du journal)</translation>
    </message>
    <message>
        <source>No tail-log backup needed: the recovery point is inside backup %1, and step %2&apos;s %3 tells SQL Server to overwrite the log of %4.</source>
        <translation>Aucune sauvegarde de la fin du journal n&apos;est nécessaire : le point de récupération se trouve dans la sauvegarde %1, et l&apos;option %3 de l&apos;étape %2 indique à SQL Server de remplacer le journal de %4.</translation>
    </message>
    <message>
        <source>No tail-log backup is needed (the recovery point is inside log backup %1), but SQL Server still refuses to overwrite %2, whose log has not been backed up, unless step %3 says STOPAT or REPLACE.</source>
        <translation>Aucune sauvegarde de la fin du journal n&apos;est nécessaire (le point de récupération se trouve dans la sauvegarde du journal %1), mais SQL Server refuse toujours de remplacer %2, dont le journal n&apos;a pas été sauvegardé, sauf si l&apos;étape %3 indique STOPAT ou REPLACE.</translation>
    </message>
    <message>
        <source>Add %1 to step %2.</source>
        <translation>Ajouter %1 à l&apos;étape %2.</translation>
    </message>
    <message>
        <source>Add REPLACE to step %1 (the work after the recovery point is not needed).</source>
        <translation>Ajouter REPLACE à l&apos;étape %1 (le travail postérieur au point de récupération n&apos;est pas nécessaire).</translation>
    </message>
    <message>
        <source>The log is damaged, so no tail-log backup can be taken: add REPLACE to step %1 and accept losing the work since %2.</source>
        <translation>Le journal est endommagé ; aucune sauvegarde de la fin du journal ne peut donc être effectuée : ajoutez REPLACE à l&apos;étape %1 et acceptez de perdre le travail effectué depuis %2.</translation>
    </message>
    <message>
        <source>Take tail-log backup %1 (BACKUP LOG %2 TO %3 WITH NORECOVERY) before step %4 and add it to the history, then restore it last; or use REPLACE and accept losing the work since the last log backup.</source>
        <translation>Effectuer la sauvegarde de la fin du journal %1 (BACKUP LOG %2 TO %3 WITH NORECOVERY) avant l&apos;étape %4 et l&apos;ajouter à l&apos;historique, puis la restaurer en dernier ; ou utiliser REPLACE et accepter de perdre le travail effectué depuis la dernière sauvegarde du journal.</translation>
    </message>
    <message>
        <source>Insert BACKUP LOG %1 … WITH NORECOVERY before step %2, with a backup drawn on the timeline that names its device, and restore it last; or use REPLACE and accept losing the work since the last log backup.</source>
        <translation>Insérer BACKUP LOG %1 … WITH NORECOVERY avant l&apos;étape %2, avec une sauvegarde dessinée sur la chronologie qui nomme son unité, et la restaurer en dernier ; ou utiliser REPLACE et accepter de perdre le travail effectué depuis la dernière sauvegarde du journal.</translation>
    </message>
    <message>
        <source>The tail of the log of %1 has not been backed up: step %2 would overwrite a %3 database and lose the work since the last log backup, so SQL Server refuses it.</source>
        <translation>La fin du journal de %1 n&apos;a pas été sauvegardée : l&apos;étape %2 remplacerait une base de données %3 et perdrait le travail effectué depuis la dernière sauvegarde du journal ; SQL Server la refuse donc.</translation>
    </message>
    <message>
        <source>%1 is %2 before step %3, and BACKUP is not allowed in that state, even with NO_TRUNCATE</source>
        <translation>%1 est %2 avant l&apos;étape %3, et BACKUP n&apos;est pas autorisé dans cet état, même avec NO_TRUNCATE</translation>
    </message>
    <message>
        <source>Insert ALTER DATABASE %1 SET ONLINE before step %2.</source>
        <translation>Insérer ALTER DATABASE %1 SET ONLINE avant l&apos;étape %2.</translation>
    </message>
    <message>
        <source>the log of %1 is damaged</source>
        <translation>le journal de %1 est endommagé</translation>
    </message>
    <message>
        <source>Remove step %1 and restore up to the last log backup.</source>
        <translation>Supprimer l&apos;étape %1 et restaurer jusqu&apos;à la dernière sauvegarde du journal.</translation>
    </message>
    <message>
        <source>the data files</source>
        <translation>les fichiers de données</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>fichier %1</translation>
    </message>
    <message>
        <source>the log holds bulk-logged changes since the last log backup and %1 is not available, and such a log backup needs every data file</source>
        <translation>le journal contient des modifications journalisées en bloc depuis la dernière sauvegarde du journal et %1 n&apos;est pas disponible, or une telle sauvegarde du journal nécessite chaque fichier de données</translation>
    </message>
    <message>
        <source>A tail-log backup is not possible at step %1: %2. The plan can only reach %3; work after that is lost.</source>
        <translation>Une sauvegarde de la fin du journal n&apos;est pas possible à l&apos;étape %1 : %2. Le plan ne peut atteindre que %3 ; le travail postérieur est perdu.</translation>
    </message>
    <message>
        <source>Step %1 backs up the tail of the log of %2 without NORECOVERY while it is online: users can keep writing after the tail is taken, and the restore will then demand another tail.</source>
        <translation>L&apos;étape %1 sauvegarde la fin du journal de %2 sans NORECOVERY alors que la base de données est en ligne : les utilisateurs peuvent continuer à écrire après la sauvegarde de la fin du journal, et la restauration exigera alors une autre sauvegarde de la fin du journal.</translation>
    </message>
    <message>
        <source>Add NORECOVERY to step %1.</source>
        <translation>Ajouter NORECOVERY à l&apos;étape %1.</translation>
    </message>
    <message>
        <source>Step %1 uses %2 on %3, which is not damaged: these options are meant for damaged databases; on a healthy database use NORECOVERY only.</source>
        <translation>L&apos;étape %1 utilise %2 sur %3, qui n&apos;est pas endommagée : ces options sont destinées aux bases de données endommagées ; sur une base de données saine, utilisez uniquement NORECOVERY.</translation>
    </message>
    <message>
        <source>Use WITH NORECOVERY only on step %1.</source>
        <translation>Utiliser uniquement WITH NORECOVERY à l&apos;étape %1.</translation>
    </message>
    <message>
        <source>Backup %1 has incomplete metadata (taken with NO_TRUNCATE or CONTINUE_AFTER_ERROR from a damaged database): its filegroup and file details may be NULL in msdb, but the log it holds is complete and usable.</source>
        <translation>La sauvegarde %1 a des métadonnées incomplètes (effectuée avec NO_TRUNCATE ou CONTINUE_AFTER_ERROR à partir d&apos;une base de données endommagée) : ses détails de groupes de fichiers et de fichiers peuvent être NULL dans msdb, mais le journal qu&apos;elle contient est complet et utilisable.</translation>
    </message>
    <message>
        <source>The log of %1 is damaged, so the file or partial restore at step %2 cannot be brought up to date; restore the whole database (work since %3 is lost).</source>
        <translation>Le journal de %1 est endommagé ; la restauration de fichiers ou partielle à l&apos;étape %2 ne peut donc pas être mise à jour ; restaurez toute la base de données (le travail effectué depuis %3 est perdu).</translation>
    </message>
    <message>
        <source>Restore the whole database from a full backup of your choice (no FILE/FILEGROUP, no PARTIAL) with REPLACE, then the log backups.</source>
        <translation>Restaurer toute la base de données à partir d&apos;une sauvegarde complète de votre choix (sans FILE/FILEGROUP, sans PARTIAL) avec REPLACE, puis les sauvegardes du journal.</translation>
    </message>
</context>
<context>
    <name>TailLogBackup</name>
    <message>
        <source>Take tail-log backup %1 (BACKUP LOG %2 TO %3 WITH NORECOVERY, added to the history) before step %4, and restore it last.</source>
        <translation>Effectuer la sauvegarde de la fin du journal %1 (BACKUP LOG %2 TO %3 WITH NORECOVERY, ajoutée à l&apos;historique) avant l&apos;étape %4, et la restaurer en dernier.</translation>
    </message>
    <message>
        <source>Insert BACKUP LOG %1 … WITH NORECOVERY before step %2, with its backup drawn on the timeline and given a device, and restore it last.</source>
        <translation>Insérer BACKUP LOG %1 … WITH NORECOVERY avant l&apos;étape %2, avec sa sauvegarde dessinée sur la chronologie et dotée d&apos;une unité, et la restaurer en dernier.</translation>
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
        <translation>Étape %1 : %2</translation>
    </message>
    <message>
        <source>%1: not online</source>
        <translation>%1 : hors connexion</translation>
    </message>
    <message>
        <source>%1: online before the restore</source>
        <translation>%1 : en ligne avant la restauration</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Step %1: memory-optimized load</source>
        <translation>Étape %1 : chargement des données optimisées en mémoire</translation>
    </message>
    <message>
        <source>%1 is not online at the end of the plan.</source>
        <translation>%1 n&apos;est pas en ligne à la fin du plan.</translation>
    </message>
    <message>
        <source>%1 is readable before the restore begins.</source>
        <translation>%1 est lisible avant le début de la restauration.</translation>
    </message>
    <message>
        <source>%1 comes online after step %2, at %3 since the restore began.</source>
        <translation>%1 passe en ligne après l&apos;étape %2, %3 après le début de la restauration.</translation>
    </message>
    <message>
        <source>%1: %2 (step ends at %3)</source>
        <translation>%1 : %2 (l&apos;étape se termine à %3)</translation>
    </message>
    <message>
        <source>%1: reading the backup, %2 (step ends at %3)</source>
        <translation>%1 : lecture de la sauvegarde, %2 (l&apos;étape se termine à %3)</translation>
    </message>
    <message>
        <source>A step before has no known size or load rate: the time is a lower bound.</source>
        <translation>Une étape précédente n&apos;a pas de taille ou de débit de chargement connus : la durée est une limite inférieure.</translation>
    </message>
</context>
<context>
    <name>TsqlWriter</name>
    <message>
        <source>the whole database</source>
        <translation>toute la base de données</translation>
    </message>
    <message>
        <source>PRIMARY and every read/write filegroup</source>
        <translation>PRIMARY et chaque groupe de fichiers en lecture-écriture</translation>
    </message>
    <message>
        <source>%1, plus the read-only %2</source>
        <translation>%1, plus %2 en lecture seule</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>fichier %1</translation>
    </message>
    <message>
        <source>no file or filegroup</source>
        <translation>aucun fichier ni groupe de fichiers</translation>
    </message>
    <message>
        <source>%1 together (R-MOD-001)</source>
        <translation>%1 ensemble (R-MOD-001)</translation>
    </message>
    <message>
        <source>the tail of the log</source>
        <translation>la fin du journal</translation>
    </message>
    <message>
        <source>the transaction log</source>
        <translation>le journal des transactions</translation>
    </message>
    <message>
        <source>%1: %2 of %3.</source>
        <translation>%1 : %2 de %3.</translation>
    </message>
    <message>
        <source>NO_TRUNCATE: the failure damaged the database, which cannot start (R-TAIL-004).</source>
        <translation>NO_TRUNCATE : la défaillance a endommagé la base de données, qui ne peut pas démarrer (R-TAIL-004).</translation>
    </message>
    <message>
        <source>Its media is marked damaged or lost in this design.</source>
        <translation>Son support est marqué comme endommagé ou perdu dans cette conception.</translation>
    </message>
    <message>
        <source>WARNING: this file backup names no file or filegroup, so the statement backs up the whole database.</source>
        <translation>AVERTISSEMENT : cette sauvegarde de fichiers ne nomme aucun fichier ni groupe de fichiers ; l&apos;instruction sauvegarde donc toute la base de données.</translation>
    </message>
    <message>
        <source>WARNING: backup &quot;%1&quot; has no media; the TO clause below is a placeholder.</source>
        <translation>AVERTISSEMENT : la sauvegarde &quot;%1&quot; n&apos;a aucun support ; la clause TO ci-dessous est un espace réservé.</translation>
    </message>
    <message>
        <source>%1: make filegroup %2 read-only.</source>
        <translation>%1 : passer le groupe de fichiers %2 en lecture seule.</translation>
    </message>
    <message>
        <source>%1: make filegroup %2 read/write.</source>
        <translation>%1 : passer le groupe de fichiers %2 en lecture-écriture.</translation>
    </message>
    <message>
        <source>%1: switch to the %2 recovery model (the log chain breaks or restarts here, R-LOG-008).</source>
        <translation>%1 : passer au mode de récupération %2 (la chaîne de journaux est rompue ou redémarre ici, R-LOG-008).</translation>
    </message>
    <message>
        <source>%1: marked transaction %2, a target for STOPATMARK and STOPBEFOREMARK.</source>
        <translation>%1 : transaction marquée %2, une cible pour STOPATMARK et STOPBEFOREMARK.</translation>
    </message>
    <message>
        <source>The mark is logged only if the transaction changes the database: do its work between BEGIN and COMMIT.</source>
        <translation>La marque n&apos;est journalisée que si la transaction modifie la base de données : effectuez son travail entre BEGIN et COMMIT.</translation>
    </message>
    <message>
        <source>%1: add file %2 to filegroup %3.</source>
        <translation>%1 : ajouter le fichier %2 au groupe de fichiers %3.</translation>
    </message>
    <message>
        <source>%1: remove file %2 from filegroup %3.</source>
        <translation>%1 : supprimer le fichier %2 du groupe de fichiers %3.</translation>
    </message>
    <message>
        <source>%1: a transaction touching %2 begins%3.</source>
        <translation>%1 : une transaction touchant %2 commence%3.</translation>
    </message>
    <message>
        <source> (it commits at %1)</source>
        <translation> (elle est validée à %1)</translation>
    </message>
    <message>
        <source> and is still open at the failure</source>
        <translation> et est toujours ouverte lors de la défaillance</translation>
    </message>
    <message>
        <source>%1: FAILURE: the database is damaged</source>
        <translation>%1 : FAILURE : la base de données est endommagée</translation>
    </message>
    <message>
        <source>%1: FAILURE: damaged: %2</source>
        <translation>%1 : FAILURE : endommagé : %2</translation>
    </message>
    <message>
        <source>; the log is damaged too, so no tail-log backup can be taken (R-TAIL-005).</source>
        <translation>; le journal est également endommagé ; aucune sauvegarde de la fin du journal ne peut donc être effectuée (R-TAIL-005).</translation>
    </message>
    <message>
        <source>; the log is intact, so its tail can still be backed up.</source>
        <translation>; le journal est intact ; sa fin peut donc encore être sauvegardée.</translation>
    </message>
    <message>
        <source>Start of the timeline: the %1 recovery model.</source>
        <translation>Début de la chronologie : mode de récupération %1.</translation>
    </message>
    <message>
        <source>Start of the timeline: filegroup %1 is read-only.</source>
        <translation>Début de la chronologie : le groupe de fichiers %1 est en lecture seule.</translation>
    </message>
    <message>
        <source>Backups of database %1 as designed: every backup in time order, with the events between them.</source>
        <translation>Sauvegardes de la base de données %1 telles que conçues : chaque sauvegarde dans l&apos;ordre chronologique, avec les événements qui les séparent.</translation>
    </message>
    <message>
        <source>Generated by Restore Designer. Run in SSMS or with sqlcmd; each statement is its own batch.</source>
        <translation>Généré par Restore Designer. Exécutez-le dans SSMS ou avec sqlcmd ; chaque instruction constitue son propre lot.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>un moment inconnu</translation>
    </message>
    <message>
        <source>filegroup %1</source>
        <translation>groupe de fichiers %1</translation>
    </message>
    <message>
        <source>the memory-optimized filegroup %1</source>
        <translation>le groupe de fichiers optimisé en mémoire %1</translation>
    </message>
    <message>
        <source>the FILESTREAM filegroup %1</source>
        <translation>le groupe de fichiers FILESTREAM %1</translation>
    </message>
    <message>
        <source>full backup %1</source>
        <translation>sauvegarde complète %1</translation>
    </message>
    <message>
        <source>differential backup %1</source>
        <translation>sauvegarde différentielle %1</translation>
    </message>
    <message>
        <source>partial backup %1</source>
        <translation>sauvegarde partielle %1</translation>
    </message>
    <message>
        <source>partial differential backup %1</source>
        <translation>sauvegarde différentielle partielle %1</translation>
    </message>
    <message>
        <source>file backup %1</source>
        <translation>sauvegarde de fichiers %1</translation>
    </message>
    <message>
        <source>file differential backup %1</source>
        <translation>sauvegarde différentielle de fichiers %1</translation>
    </message>
    <message>
        <source>tail-log backup %1</source>
        <translation>sauvegarde de la fin du journal %1</translation>
    </message>
    <message>
        <source>log backup %1</source>
        <translation>sauvegarde du journal %1</translation>
    </message>
    <message>
        <source>copy-only %1</source>
        <translation>%1 (copie uniquement)</translation>
    </message>
    <message>
        <source>pages %1</source>
        <translation>pages %1</translation>
    </message>
    <message>
        <source>the read/write filegroups</source>
        <translation>les groupes de fichiers en lecture-écriture</translation>
    </message>
    <message>
        <source>PRIMARY (implied by PARTIAL)</source>
        <translation>PRIMARY (implicite avec PARTIAL)</translation>
    </message>
    <message>
        <source>file %1 (filegroup %2)</source>
        <translation>fichier %1 (groupe de fichiers %2)</translation>
    </message>
    <message>
        <source>everything in the backup</source>
        <translation>tout le contenu de la sauvegarde</translation>
    </message>
    <message>
        <source>%1 together (R-MOD-002)</source>
        <translation>%1 ensemble (R-MOD-002)</translation>
    </message>
    <message>
        <source>, stopping at %1</source>
        <translation>, avec arrêt à %1</translation>
    </message>
    <message>
        <source>, stopping at mark %1</source>
        <translation>, avec arrêt à la marque %1</translation>
    </message>
    <message>
        <source>, stopping before mark %1</source>
        <translation>, avec arrêt avant la marque %1</translation>
    </message>
    <message>
        <source>; %1 stays %2</source>
        <translation>; %1 reste %2</translation>
    </message>
    <message>
        <source>; %1 stay %2</source>
        <translation>; %1 restent %2</translation>
    </message>
    <message>
        <source> and recover (no recovery option is written; SQL Server defaults to RECOVERY)</source>
        <translation> et récupérer (aucune option de récupération n&apos;est écrite ; SQL Server utilise RECOVERY par défaut)</translation>
    </message>
    <message>
        <source> and recover</source>
        <translation> et récupérer</translation>
    </message>
    <message>
        <source>; SQL Server refuses this statement (%1), so nothing changes</source>
        <translation>; SQL Server refuse cette instruction (%1) ; rien ne change donc</translation>
    </message>
    <message>
        <source>; the database is readable in STANDBY (undo file %1) until the next restore</source>
        <translation>; la base de données est lisible en STANDBY (fichier d&apos;annulation %1) jusqu&apos;à la prochaine restauration</translation>
    </message>
    <message>
        <source>; the database stays %1</source>
        <translation>; la base de données reste %1</translation>
    </message>
    <message>
        <source>; the pages stay RESTORING until the log is applied</source>
        <translation>; les pages restent RESTORING jusqu&apos;à l&apos;application du journal</translation>
    </message>
    <message>
        <source>: </source>
        <translation>: </translation>
    </message>
    <message>
        <source> and recover (no recovery option is written; SQL Server defaults to RECOVERY): </source>
        <translation> et récupérer (aucune option de récupération n&apos;est écrite ; SQL Server utilise RECOVERY par défaut) : </translation>
    </message>
    <message>
        <source> and recover: </source>
        <translation> et récupérer : </translation>
    </message>
    <message>
        <source>the database stays %1, so no filegroup is online</source>
        <translation>la base de données reste %1 ; aucun groupe de fichiers n&apos;est donc en ligne</translation>
    </message>
    <message>
        <source>the restored pages come online</source>
        <translation>les pages restaurées passent en ligne</translation>
    </message>
    <message>
        <source>no filegroup comes online</source>
        <translation>aucun groupe de fichiers ne passe en ligne</translation>
    </message>
    <message>
        <source>the database comes online</source>
        <translation>la base de données passe en ligne</translation>
    </message>
    <message>
        <source>%1 comes online</source>
        <translation>%1 passe en ligne</translation>
    </message>
    <message>
        <source>%1 come online</source>
        <translation>%1 passent en ligne</translation>
    </message>
    <message>
        <source>recover %1 without restoring data (R-RO-003)</source>
        <translation>récupérer %1 sans restaurer de données (R-RO-003)</translation>
    </message>
    <message>
        <source>finish the restore sequence without restoring data</source>
        <translation>terminer la séquence de restauration sans restaurer de données</translation>
    </message>
    <message>
        <source>WARNING: a RESTORE without FROM must name its recovery option (R-GEN-003); RECOVERY, SQL Server&apos;s default, is written.</source>
        <translation>AVERTISSEMENT : un RESTORE sans FROM doit nommer son option de récupération (R-GEN-003) ; RECOVERY, la valeur par défaut de SQL Server, est écrite.</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>sauvegarde %1</translation>
    </message>
    <message>
        <source>WARNING: backup &quot;%1&quot; is not in the backup history; the FROM clause below is a placeholder.</source>
        <translation>AVERTISSEMENT : la sauvegarde &quot;%1&quot; ne figure pas dans l&apos;historique des sauvegardes ; la clause FROM ci-dessous est un espace réservé.</translation>
    </message>
    <message>
        <source>WARNING: backup &quot;%1&quot; has no media; the FROM clause below is a placeholder.</source>
        <translation>AVERTISSEMENT : la sauvegarde &quot;%1&quot; n&apos;a aucun support ; la clause FROM ci-dessous est un espace réservé.</translation>
    </message>
    <message>
        <source>roll %1 forward with %2</source>
        <translation>restaurer %1 par progression avec la %2</translation>
    </message>
    <message>
        <source>roll forward with %1</source>
        <translation>restaurer par progression avec la %1</translation>
    </message>
    <message>
        <source>start the partial-restore sequence: restore %1 from %2</source>
        <translation>démarrer la séquence de restauration partielle : restaurer %1 à partir de la %2</translation>
    </message>
    <message>
        <source>restore %1 from %2</source>
        <translation>restaurer %1 à partir de la %2</translation>
    </message>
    <message>
        <source>WARNING: STANDBY needs an undo file, and this step names none.</source>
        <translation>AVERTISSEMENT : STANDBY nécessite un fichier d&apos;annulation, et cette étape n&apos;en nomme aucun.</translation>
    </message>
    <message>
        <source>back up the tail of the log into %1 (R-TAIL-001)</source>
        <translation>sauvegarder la fin du journal dans la %1 (R-TAIL-001)</translation>
    </message>
    <message>
        <source>; NORECOVERY leaves the database RESTORING, so nothing changes after the backup</source>
        <translation>; NORECOVERY laisse la base de données en RESTORING ; rien ne change donc après la sauvegarde</translation>
    </message>
    <message>
        <source>; NO_TRUNCATE lets it run on a damaged database (R-TAIL-004)</source>
        <translation>; NO_TRUNCATE lui permet de s&apos;exécuter sur une base de données endommagée (R-TAIL-004)</translation>
    </message>
    <message>
        <source>WARNING: this BACKUP LOG step names no backup; the TO clause below is a placeholder.</source>
        <translation>AVERTISSEMENT : cette étape BACKUP LOG ne nomme aucune sauvegarde ; la clause TO ci-dessous est un espace réservé.</translation>
    </message>
    <message>
        <source>WARNING: backup &quot;%1&quot; is not in the backup history; the TO clause below is a placeholder.</source>
        <translation>AVERTISSEMENT : la sauvegarde &quot;%1&quot; ne figure pas dans l&apos;historique des sauvegardes ; la clause TO ci-dessous est un espace réservé.</translation>
    </message>
    <message>
        <source>Restore plan &quot;%1&quot; for database %2</source>
        <translation>Plan de restauration &quot;%1&quot; pour la base de données %2</translation>
    </message>
    <message>
        <source>Recovery point: %1.</source>
        <translation>Point de récupération : %1.</translation>
    </message>
    <message>
        <source>Recovery point: just before mark %1.</source>
        <translation>Point de récupération : juste avant la marque %1.</translation>
    </message>
    <message>
        <source>Recovery point: mark %1.</source>
        <translation>Point de récupération : marque %1.</translation>
    </message>
    <message>
        <source>take the database offline, rolling back open transactions, so the restore has exclusive access (R-GEN-009).</source>
        <translation>mettre la base de données hors connexion, en annulant les transactions ouvertes, afin que la restauration dispose d&apos;un accès exclusif (R-GEN-009).</translation>
    </message>
    <message>
        <source>bring the database back online (T-DB-13).</source>
        <translation>remettre la base de données en ligne (T-DB-13).</translation>
    </message>
    <message>
        <source>take %1 offline; it can only come back by a restore (T-F-1).</source>
        <translation>mettre %1 hors connexion ; il ne peut revenir que par une restauration (T-F-1).</translation>
    </message>
    <message>
        <source>remove %1 and its files: a filegroup that is not online becomes DEFUNCT and can never be restored into this database (R-DEF-001).</source>
        <translation>supprimer %1 et ses fichiers : un groupe de fichiers qui n&apos;est pas en ligne devient DEFUNCT et ne pourra jamais être restauré dans cette base de données (R-DEF-001).</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Étape %1 : %2</translation>
    </message>
</context>
<context>
    <name>WidgetImage</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>l&apos;image n&apos;a pas pu être encodée</translation>
    </message>
    <message>
        <source>Exported from Restore Designer</source>
        <translation>Exporté à partir de Restore Designer</translation>
    </message>
</context>
<context>
    <name>rd::AddFilegroupDialog</name>
    <message>
        <source>Read-only at the start of the timeline</source>
        <translation>En lecture seule au début de la chronologie</translation>
    </message>
    <message>
        <source>Add Filegroup</source>
        <translation>Ajouter un groupe de fichiers</translation>
    </message>
    <message>
        <source>e.g. archive_2016</source>
        <translation>par ex. archive_2016</translation>
    </message>
    <message>
        <source>The filegroup name, as in ALTER DATABASE … ADD FILEGROUP.</source>
        <translation>Nom du groupe de fichiers, comme dans ALTER DATABASE … ADD FILEGROUP.</translation>
    </message>
    <message>
        <source>ROWS holds tables and indexes; FILESTREAM holds FILESTREAM data; MEMORY_OPTIMIZED_DATA holds the checkpoint files of memory-optimized tables (at most one per database).</source>
        <translation>ROWS contient les tables et les index ; FILESTREAM contient les données FILESTREAM ; MEMORY_OPTIMIZED_DATA contient les fichiers de point de contrôle des tables optimisées en mémoire (au plus un par base de données).</translation>
    </message>
    <message>
        <source>Read-only filegroups can be restored on their own after the database is online, without log backups.</source>
        <translation>Les groupes de fichiers en lecture seule peuvent être restaurés séparément une fois la base de données en ligne, sans sauvegardes du journal.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
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
        <translation>&lt;b&gt;%1 sauvegardes %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 backups&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1 sauvegardes&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>&lt;br&gt;from LSN %1 to LSN %2</source>
        <translation>&lt;br&gt;du LSN %1 au LSN %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;from %1 to %2</source>
        <translation>&lt;br&gt;de %1 à %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Too dense to draw one by one at this zoom: double-click it, or zoom in (Ctrl+wheel, Ctrl++), to see each backup.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Trop denses pour être dessinées une par une à ce niveau de zoom : double-cliquez, ou effectuez un zoom avant (Ctrl+molette, Ctrl++), pour voir chaque sauvegarde.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>rd::BackupChoiceModel</name>
    <message>
        <source>(none: recovery only)</source>
        <translation>(aucune : récupération seule)</translation>
    </message>
    <message>
        <source>%1 backup, started %2</source>
        <translation>Sauvegarde %1, démarrée à %2</translation>
    </message>
</context>
<context>
    <name>rd::BackupKind</name>
    <message>
        <source>Tail-log</source>
        <translation>Fin du journal</translation>
    </message>
    <message>
        <source>Copy-only log</source>
        <translation>Journal (copie uniquement)</translation>
    </message>
    <message>
        <source>Copy-only full</source>
        <translation>Complète (copie uniquement)</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Complète</translation>
    </message>
    <message>
        <source>Differential</source>
        <translation>Différentielle</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partielle</translation>
    </message>
    <message>
        <source>Partial differential</source>
        <translation>Différentielle partielle</translation>
    </message>
    <message>
        <source>File/filegroup</source>
        <translation>Fichier/groupe de fichiers</translation>
    </message>
    <message>
        <source>File differential</source>
        <translation>Différentielle de fichiers</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
</context>
<context>
    <name>rd::BackupPalette</name>
    <message>
        <source>Drag a backup onto the timeline: where you drop it sets when it starts, and the lane (for file backups) what it holds</source>
        <translation>Faites glisser une sauvegarde sur la chronologie : l&apos;endroit où vous la déposez définit son début, et le couloir (pour les sauvegardes de fichiers) ce qu&apos;elle contient</translation>
    </message>
    <message>
        <source>BACKUP LOG … WITH NORECOVERY: the tail of the log, before a restore</source>
        <translation>BACKUP LOG … WITH NORECOVERY : la fin du journal, avant une restauration</translation>
    </message>
    <message>
        <source>COPY_ONLY: outside the backup sequence (no new differential base, no log truncation)</source>
        <translation>COPY_ONLY : en dehors de la séquence de sauvegarde (pas de nouvelle base différentielle, pas de troncation du journal)</translation>
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
        <translation>Taille de la sauvegarde</translation>
    </message>
    <message>
        <source>Memory-optimized part (estimated from CFP snapshots)</source>
        <translation>Partie optimisée en mémoire (estimée à partir des instantanés CFP)</translation>
    </message>
    <message>
        <source>Backup finished</source>
        <translation>Sauvegarde terminée</translation>
    </message>
    <message>
        <source>Size (%1)</source>
        <translation>Taille (%1)</translation>
    </message>
    <message>
        <source>Backup sizes: 1 backup</source>
        <translation>Tailles des sauvegardes : 1 sauvegarde</translation>
    </message>
    <message>
        <source>Backup sizes: %1 backups</source>
        <translation>Tailles des sauvegardes : %1 sauvegardes</translation>
    </message>
    <message>
        <source> (%1 without a size not shown)</source>
        <translation> (%1 sans taille, non affichées)</translation>
    </message>
</context>
<context>
    <name>rd::BackupUsability</name>
    <message>
        <source>the backup failed, so there is nothing to restore</source>
        <translation>la sauvegarde a échoué ; il n&apos;y a donc rien à restaurer</translation>
    </message>
    <message>
        <source>the backup is damaged (only CONTINUE_AFTER_ERROR would restore it)</source>
        <translation>la sauvegarde est endommagée (seul CONTINUE_AFTER_ERROR permettrait de la restaurer)</translation>
    </message>
    <message numerus="yes">
        <source>%n of its stripe(s) are missing</source>
        <translation>
            <numerusform>%n de ses bandes est manquante</numerusform>
            <numerusform>%n de ses bandes sont manquantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::CfpDock</name>
    <message>
        <source>Time of the CFP Snapshot</source>
        <translation>Heure de l&apos;instantané CFP</translation>
    </message>
    <message>
        <source>When sys.dm_db_xtp_checkpoint_files was queried: the snapshot&apos;s place on the timeline</source>
        <translation>Moment où sys.dm_db_xtp_checkpoint_files a été interrogée : la place de l&apos;instantané sur la chronologie</translation>
    </message>
    <message>
        <source>&amp;Taken at:</source>
        <translation>&amp;Pris à :</translation>
    </message>
    <message>
        <source>%L1 pages (%2)</source>
        <translation>%L1 pages (%2)</translation>
    </message>
    <message>
        <source>Checkpoint Files</source>
        <translation>Fichiers de point de contrôle</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>The checkpoint file pairs of the memory-optimized filegroup: snapshots, their chart and the backup estimates</source>
        <translation>Les paires de fichiers de point de contrôle du groupe de fichiers optimisé en mémoire : instantanés, leur graphique et les estimations de sauvegarde</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paires</translation>
    </message>
    <message>
        <source>The project&apos;s CFP snapshots in time order; select one to see its chart</source>
        <translation>Les instantanés CFP du projet dans l&apos;ordre chronologique ; sélectionnez-en un pour afficher son graphique</translation>
    </message>
    <message>
        <source>&amp;Import DMV Export…</source>
        <translation>&amp;Importer une exportation DMV…</translation>
    </message>
    <message>
        <source>Add a snapshot from the saved results of SELECT * FROM sys.dm_db_xtp_checkpoint_files (docs/cfp-import.md)</source>
        <translation>Ajouter un instantané à partir des résultats enregistrés de SELECT * FROM sys.dm_db_xtp_checkpoint_files (docs/cfp-import.md)</translation>
    </message>
    <message>
        <source>Add from &amp;Workload…</source>
        <translation>Ajouter à partir d&apos;une &amp;charge de travail…</translation>
    </message>
    <message>
        <source>Add a snapshot played from a workload: one of the blog&apos;s examples or your own</source>
        <translation>Ajouter un instantané obtenu en exécutant une charge de travail : l&apos;un des exemples du blog ou la vôtre</translation>
    </message>
    <message>
        <source>Remove the selected snapshot (Delete in the list)</source>
        <translation>Supprimer l&apos;instantané sélectionné (Suppr dans la liste)</translation>
    </message>
    <message>
        <source>Remove Snapshot</source>
        <translation>Supprimer l&apos;instantané</translation>
    </message>
    <message>
        <source>No CFP snapshot: import an export of sys.dm_db_xtp_checkpoint_files, or add one from a workload.</source>
        <translation>Aucun instantané CFP : importez une exportation de sys.dm_db_xtp_checkpoint_files, ou ajoutez-en un à partir d&apos;une charge de travail.</translation>
    </message>
    <message>
        <source>No estimate under these rules: %1.</source>
        <translation>Aucune estimation selon ces règles : %1.</translation>
    </message>
    <message>
        <source>Full backup: %1 of the memory-optimized filegroup. Differential: at most %2 (every data file counted: a snapshot does not say which closed since the last full backup). Restore: %3 of memory, %4 of disk to provision (4 × memory).</source>
        <translation>Sauvegarde complète : %1 du groupe de fichiers optimisé en mémoire. Différentielle : au plus %2 (tous les fichiers de données sont comptés : un instantané n&apos;indique pas lesquels ont été fermés depuis la dernière sauvegarde complète). Restauration : %3 de mémoire, %4 d&apos;espace disque à prévoir (4 × la mémoire).</translation>
    </message>
    <message>
        <source>The disk-based filegroups and the active log count as 0 pages: checkpoint files alone do not tell them.</source>
        <translation>Les groupes de fichiers sur disque et le journal actif comptent pour 0 page : les fichiers de point de contrôle seuls ne les décrivent pas.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) without the size their state&apos;s rule needs counted as 0 bytes: lower bounds.</source>
        <translation>
            <numerusform>%n fichier sans la taille requise par la règle de son état compté pour 0 octet : limites inférieures.</numerusform>
            <numerusform>%n fichiers sans la taille requise par la règle de leur état comptés pour 0 octet : limites inférieures.</numerusform>
        </translation>
    </message>
    <message>
        <source>workload: %1</source>
        <translation>charge de travail : %1</translation>
    </message>
    <message>
        <source>Import sys.dm_db_xtp_checkpoint_files</source>
        <translation>Importer sys.dm_db_xtp_checkpoint_files</translation>
    </message>
    <message>
        <source>DMV exports (*.csv *.txt *.tsv *.rpt);;All files (*)</source>
        <translation>Exportations DMV (*.csv *.txt *.tsv *.rpt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import DMV Export</source>
        <translation>Importer une exportation DMV</translation>
    </message>
    <message>
        <source>%1 cannot be imported; nothing was added.</source>
        <translation>%1 ne peut pas être importé ; rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>Fix these lines and import it again:</source>
        <translation>Corrigez ces lignes et importez-le de nouveau :</translation>
    </message>
    <message>
        <source>Where does the snapshot of %1 go on the timeline? Proposed: the file&apos;s modification time.</source>
        <translation>Où placer l&apos;instantané de %1 sur la chronologie ? Proposition : l&apos;heure de modification du fichier.</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements :</translation>
    </message>
    <message>
        <source>Add from Workload</source>
        <translation>Ajouter à partir d&apos;une charge de travail</translation>
    </message>
</context>
<context>
    <name>rd::CfpSimulator</name>
    <message>
        <source>the workload has %1 steps, more than the %2 the simulator plays</source>
        <translation>la charge de travail comporte %1 étapes, plus que les %2 que le simulateur exécute</translation>
    </message>
    <message>
        <source>step %1 (%2): %3</source>
        <translation>étape %1 (%2) : %3</translation>
    </message>
    <message>
        <source>step %1 (%2): the workload needs more than %3 checkpoint file pairs, the most the simulator plays for SQL Server %4</source>
        <translation>étape %1 (%2) : la charge de travail nécessite plus de %3 paires de fichiers de point de contrôle, le maximum que le simulateur exécute pour SQL Server %4</translation>
    </message>
    <message>
        <source>rows must not be negative, not %1</source>
        <translation>rows ne doit pas être négatif, et non %1</translation>
    </message>
    <message>
        <source>rowBytes must be from 1 to %1 (the data file size), not %2</source>
        <translation>rowBytes doit être compris entre 1 et %1 (la taille du fichier de données), et non %2</translation>
    </message>
    <message>
        <source>share must be from 0 to 1, not %1</source>
        <translation>share doit être compris entre 0 et 1, et non %1</translation>
    </message>
    <message>
        <source>an update needs rowBytes from 1 to %1, or an insert before it</source>
        <translation>une mise à jour nécessite rowBytes compris entre 1 et %1, ou une insertion avant elle</translation>
    </message>
    <message>
        <source>large checkpoint mode exists only in SQL Server 2016 and later, not in %1</source>
        <translation>le mode de point de contrôle volumineux n&apos;existe que dans SQL Server 2016 et versions ultérieures, et non dans %1</translation>
    </message>
    <message>
        <source>logicalProcessors must be from 1 to 1024, not %1</source>
        <translation>logicalProcessors doit être compris entre 1 et 1024, et non %1</translation>
    </message>
    <message>
        <source>page counts must not be negative</source>
        <translation>les nombres de pages ne doivent pas être négatifs</translation>
    </message>
</context>
<context>
    <name>rd::CfpStateChart</name>
    <message>
        <source>The backup rules the bars follow: what a full and a differential backup copy of each state (docs/cfp.md)</source>
        <translation>Les règles de sauvegarde suivies par les barres : ce qu&apos;une sauvegarde complète et une sauvegarde différentielle copient de chaque état (docs/cfp.md)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the chart and its table as a PNG or SVG image</source>
        <translation>Enregistrer le graphique et son tableau sous forme d&apos;image PNG ou SVG</translation>
    </message>
    <message>
        <source>&amp;Backup rules:</source>
        <translation>Règles de &amp;sauvegarde :</translation>
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
        <translation>SQL Server 2016 et versions ultérieures</translation>
    </message>
    <message>
        <source>Not an inventory of this version: %1. Its backup bars are empty.</source>
        <translation>Pas un inventaire de cette version : %1. Ses barres de sauvegarde sont vides.</translation>
    </message>
    <message>
        <source>%1 (not in %2)</source>
        <translation>%1 (absent de %2)</translation>
    </message>
    <message>
        <source>No checkpoint file pairs</source>
        <translation>Aucune paire de fichiers de point de contrôle</translation>
    </message>
    <message>
        <source>Checkpoint file pairs per state, under SQL Server %1&apos;s backup rules</source>
        <translation>Paires de fichiers de point de contrôle par état, selon les règles de sauvegarde de SQL Server %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paires</translation>
    </message>
    <message>
        <source>A backup copies of each file</source>
        <translation>Ce qu&apos;une sauvegarde copie de chaque fichier</translation>
    </message>
    <message>
        <source>Full backup</source>
        <translation>Sauvegarde complète</translation>
    </message>
    <message>
        <source>Differential (at most)</source>
        <translation>Différentielle (au plus)</translation>
    </message>
    <message>
        <source>Differential</source>
        <translation>Différentielle</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n file(s) of NULL size: 0 bytes)</source>
        <translation>
            <numerusform>%1 (%n fichier de taille NULL : 0 octet)</numerusform>
            <numerusform>%1 (%n fichiers de taille NULL : 0 octet)</numerusform>
        </translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Export the CFP Chart</source>
        <translation>Exporter le graphique CFP</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export Chart as PNG or SVG…</source>
        <translation>Exporter le graphique au format PNG ou SVG…</translation>
    </message>
</context>
<context>
    <name>rd::CfpStateChartData</name>
    <message>
        <source>Data used</source>
        <translation>Données utilisées</translation>
    </message>
    <message>
        <source>Data unused</source>
        <translation>Données inutilisées</translation>
    </message>
    <message>
        <source>Delta used</source>
        <translation>Delta utilisé</translation>
    </message>
    <message>
        <source>Delta unused</source>
        <translation>Delta inutilisé</translation>
    </message>
    <message>
        <source>Full backup</source>
        <translation>Sauvegarde complète</translation>
    </message>
    <message>
        <source>Differential</source>
        <translation>Différentielle</translation>
    </message>
    <message>
        <source>metadata only</source>
        <translation>métadonnées uniquement</translation>
    </message>
    <message>
        <source>allocated bytes</source>
        <translation>octets alloués</translation>
    </message>
    <message>
        <source>used bytes</source>
        <translation>octets utilisés</translation>
    </message>
    <message>
        <source>not a state of this version</source>
        <translation>pas un état de cette version</translation>
    </message>
    <message>
        <source>%1 copies</source>
        <translation>%1 copie</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n pair(s)</source>
        <translation>
            <numerusform>%1, %n paire</numerusform>
            <numerusform>%1, %n paires</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3 bytes)</source>
        <translation>%1 : %2 (%3 octets)</translation>
    </message>
    <message>
        <source>Allocated to the files (file_size_in_bytes) but not used (file_size_used_in_bytes)</source>
        <translation>Alloué aux fichiers (file_size_in_bytes) mais non utilisé (file_size_used_in_bytes)</translation>
    </message>
    <message>
        <source>SQL Server %1 has no state %2</source>
        <translation>SQL Server %1 n&apos;a pas d&apos;état %2</translation>
    </message>
    <message>
        <source>Under SQL Server %1&apos;s rules a backup copies the %2 of each file in this state</source>
        <translation>Selon les règles de SQL Server %1, une sauvegarde copie les %2 de chaque fichier dans cet état</translation>
    </message>
    <message>
        <source>Every data file counted (not known which closed since the last full backup): an upper bound</source>
        <translation>Tous les fichiers de données sont comptés (on ignore lesquels ont été fermés depuis la dernière sauvegarde complète) : une limite supérieure</translation>
    </message>
    <message>
        <source>Only the data files closed since the last full backup, and every delta file</source>
        <translation>Seuls les fichiers de données fermés depuis la dernière sauvegarde complète, et tous les fichiers delta</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) without a size (NULL in the DMV) counted as 0 bytes</source>
        <translation>
            <numerusform>%n fichier sans taille (NULL dans la DMV) compté pour 0 octet</numerusform>
            <numerusform>%n fichiers sans taille (NULL dans la DMV) comptés pour 0 octet</numerusform>
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
        <translation>2014-ctp2, 2014 ou 2016</translation>
    </message>
    <message>
        <source>the inventory holds files in the state %1, which SQL Server %2 does not have</source>
        <translation>l&apos;inventaire contient des fichiers dans l&apos;état %1, que SQL Server %2 n&apos;a pas</translation>
    </message>
</context>
<context>
    <name>rd::CfpWorkloadDialog</name>
    <message>
        <source>insert</source>
        <translation>insertion</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>update</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <source>checkpoint</source>
        <translation>point de contrôle</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>fusion</translation>
    </message>
    <message>
        <source>log backup</source>
        <translation>sauvegarde du journal</translation>
    </message>
    <message>
        <source>full backup</source>
        <translation>sauvegarde complète</translation>
    </message>
    <message>
        <source>Rows inserted, each its own transaction</source>
        <translation>Lignes insérées, chacune dans sa propre transaction</translation>
    </message>
    <message>
        <source>Bytes of a row in a data file: the 24-byte row header and the columns</source>
        <translation>Octets d&apos;une ligne dans un fichier de données : l&apos;en-tête de ligne de 24 octets et les colonnes</translation>
    </message>
    <message>
        <source>CHECKPOINTs after the inserts and deletes (each closes the open pair)</source>
        <translation>CHECKPOINT après les insertions et les suppressions (chacun ferme la paire ouverte)</translation>
    </message>
    <message>
        <source>Merges by the documented merge policy, each installed by a checkpoint</source>
        <translation>Fusions selon la stratégie de fusion documentée, chacune installée par un point de contrôle</translation>
    </message>
    <message>
        <source>BACKUP LOGs at the end (they release the merged pairs)</source>
        <translation>BACKUP LOG à la fin (ils libèrent les paires fusionnées)</translation>
    </message>
    <message>
        <source>Add a CFP Snapshot from a Workload</source>
        <translation>Ajouter un instantané CFP à partir d&apos;une charge de travail</translation>
    </message>
    <message>
        <source>Custom workload</source>
        <translation>Charge de travail personnalisée</translation>
    </message>
    <message>
        <source>The examples of Microsoft&apos;s blog &quot;Database Backup with Memory-Optimized Tables&quot; (docs/cfp.md), or a workload of your own</source>
        <translation>Les exemples du blog de Microsoft &quot;Database Backup with Memory-Optimized Tables&quot; (docs/cfp.md), ou votre propre charge de travail</translation>
    </message>
    <message>
        <source>The checkpoint file lifecycle played (2014&apos;s MERGED SOURCE … TOMBSTONE or 2016&apos;s WAITING FOR LOG TRUNCATION)</source>
        <translation>Le cycle de vie des fichiers de point de contrôle exécuté (MERGED SOURCE … TOMBSTONE de 2014 ou WAITING FOR LOG TRUNCATION de 2016)</translation>
    </message>
    <message>
        <source>Up to 16 GB (16 MiB data, 1 MiB delta files)</source>
        <translation>Jusqu&apos;à 16 GB (fichiers de données de 16 MiB, fichiers delta de 1 MiB)</translation>
    </message>
    <message>
        <source>Over 16 GB (128 MiB data, 16 MiB delta files)</source>
        <translation>Plus de 16 GB (fichiers de données de 128 MiB, fichiers delta de 16 MiB)</translation>
    </message>
    <message>
        <source>Large checkpoint, 2016+ (1 GiB data, 128 MiB delta files)</source>
        <translation>Point de contrôle volumineux, 2016+ (fichiers de données de 1 GiB, fichiers delta de 128 MiB)</translation>
    </message>
    <message>
        <source>The server memory, which sets the checkpoint files&apos; sizes</source>
        <translation>La mémoire du serveur, qui détermine la taille des fichiers de point de contrôle</translation>
    </message>
    <message>
        <source>The share of the rows deleted after the inserts</source>
        <translation>La part des lignes supprimées après les insertions</translation>
    </message>
    <message>
        <source>Where the snapshot goes on the timeline</source>
        <translation>L&apos;emplacement de l&apos;instantané sur la chronologie</translation>
    </message>
    <message>
        <source>&amp;Workload:</source>
        <translation>&amp;Charge de travail :</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version :</translation>
    </message>
    <message>
        <source>Server &amp;memory:</source>
        <translation>&amp;Mémoire du serveur :</translation>
    </message>
    <message>
        <source>&amp;Rows inserted:</source>
        <translation>&amp;Lignes insérées :</translation>
    </message>
    <message>
        <source>Row &amp;size (bytes):</source>
        <translation>&amp;Taille de ligne (octets) :</translation>
    </message>
    <message>
        <source>&amp;Deleted:</source>
        <translation>&amp;Supprimées :</translation>
    </message>
    <message>
        <source>&amp;Checkpoints:</source>
        <translation>&amp;Points de contrôle :</translation>
    </message>
    <message>
        <source>M&amp;erges:</source>
        <translation>F&amp;usions :</translation>
    </message>
    <message>
        <source>&amp;Log backups:</source>
        <translation>Sauvegardes du &amp;journal :</translation>
    </message>
    <message>
        <source>Snapshot &amp;time:</source>
        <translation>&amp;Heure de l&apos;instantané :</translation>
    </message>
    <message>
        <source>Steps: %1</source>
        <translation>Étapes : %1</translation>
    </message>
    <message>
        <source>none (an empty table)</source>
        <translation>aucune (une table vide)</translation>
    </message>
    <message numerus="yes">
        <source>%L1 rows of %L2 bytes, %3 % deleted, %n checkpoint(s)</source>
        <translation>
            <numerusform>%L1 lignes de %L2 octets, %3 % supprimées, %n point de contrôle</numerusform>
            <numerusform>%L1 lignes de %L2 octets, %3 % supprimées, %n points de contrôle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n merge(s)</source>
        <translation>
            <numerusform>, %n fusion</numerusform>
            <numerusform>, %n fusions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n log backup(s)</source>
        <translation>
            <numerusform>, %n sauvegarde du journal</numerusform>
            <numerusform>, %n sauvegardes du journal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::CfpWorkloadReader</name>
    <message>
        <source>expected a number from 0 to 1, found %1</source>
        <translation>attendu : un nombre compris entre 0 et 1 ; trouvé : %1</translation>
    </message>
    <message>
        <source>%1 is out of range: a share from 0 to 1</source>
        <translation>%1 est hors limites : une part comprise entre 0 et 1</translation>
    </message>
    <message>
        <source>rowBytes (bytes of a row in a data file)</source>
        <translation>rowBytes (octets d&apos;une ligne dans un fichier de données)</translation>
    </message>
    <message>
        <source>an insert needs rows and rowBytes</source>
        <translation>une insertion nécessite rows et rowBytes</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON non valide à l&apos;offset %1 : %2</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>doit être &quot;%1&quot;</translation>
    </message>
    <message>
        <source>logicalProcessors</source>
        <translation>logicalProcessors</translation>
    </message>
    <message>
        <source>a page count (8 KB pages, not negative)</source>
        <translation>un nombre de pages (pages de 8 KB, non négatif)</translation>
    </message>
</context>
<context>
    <name>rd::ChainChoice</name>
    <message>
        <source>Not %1 (%2): %3.</source>
        <translation>Pas %1 (%2) : %3.</translation>
    </message>
    <message>
        <source>it was taken under the SIMPLE recovery model, so no log backup can roll it forward (R-LOG-008)</source>
        <translation>elle a été effectuée en mode de récupération SIMPLE ; aucune sauvegarde du journal ne peut donc la restaurer par progression (R-LOG-008)</translation>
    </message>
    <message>
        <source>the log backups end at LSN %1 (%2), before the target %3</source>
        <translation>les sauvegardes du journal se terminent au LSN %1 (%2), avant la cible %3</translation>
    </message>
    <message>
        <source>its log chain stops at LSN %1, short of %2: %3</source>
        <translation>sa chaîne de journaux s&apos;arrête au LSN %1, avant %2 : %3</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>Not %1 (%2), copy-only: %3 starts the log later (LSN %4).</source>
        <translation>Pas %1 (%2), de copie uniquement : %3 démarre le journal plus tard (LSN %4).</translation>
    </message>
    <message numerus="yes">
        <source>Not the %n data backup(s) that finished after the target %1 (the newest: %2, %3).</source>
        <translation>
            <numerusform>Exclue : %n sauvegarde de données terminée après la cible %1 (la plus récente : %2, %3).</numerusform>
            <numerusform>Exclues : %n sauvegardes de données terminées après la cible %1 (la plus récente : %2, %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>no backup chain reaches %1; the newest usable base fails: %2</source>
        <translation>aucune chaîne de sauvegardes n&apos;atteint %1 ; la base utilisable la plus récente échoue : %2</translation>
    </message>
    <message>
        <source>no usable full or partial backup ends before %1</source>
        <translation>aucune sauvegarde complète ou partielle utilisable ne se termine avant %1</translation>
    </message>
    <message>
        <source>no usable full backup ends before %1</source>
        <translation>aucune sauvegarde complète utilisable ne se termine avant %1</translation>
    </message>
    <message>
        <source>Differential: %1 (finished %2), the newest differential based on %3 from which the log reaches %4; it replaces the log backups before LSN %5.</source>
        <translation>Différentielle : %1 (terminée à %2), la sauvegarde différentielle la plus récente basée sur %3 à partir de laquelle le journal atteint %4 ; elle remplace les sauvegardes du journal antérieures au LSN %5.</translation>
    </message>
    <message>
        <source>No differential: none based on %1 ends by %2 with a log chain to it.</source>
        <translation>Aucune sauvegarde différentielle : aucune sauvegarde basée sur %1 ne se termine d&apos;ici %2 avec une chaîne de journaux jusqu&apos;à elle.</translation>
    </message>
    <message numerus="yes">
        <source>Log backups: %n, from %1 (its range %2 to %3 holds %4&apos;s last LSN %5) to %6, without a gap.</source>
        <translation>
            <numerusform>Sauvegardes du journal : %n, de %1 (sa plage %2 à %3 contient le dernier LSN %5 de %4) à %6, sans lacune.</numerusform>
            <numerusform>Sauvegardes du journal : %n, de %1 (sa plage %2 à %3 contient le dernier LSN %5 de %4) à %6, sans lacune.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds the target %2: it is restored with %3 and recovers.</source>
        <translation>%1 contient la cible %2 : elle est restaurée avec %3 et effectue la récupération.</translation>
    </message>
    <message>
        <source>No log backup: %1 already ends at %2.</source>
        <translation>Aucune sauvegarde du journal : %1 se termine déjà à %2.</translation>
    </message>
    <message>
        <source>Base: full backup %1 (finished %2), the newest usable full backup from which the log reaches %3.</source>
        <translation>Base : sauvegarde complète %1 (terminée à %2), la sauvegarde complète utilisable la plus récente à partir de laquelle le journal atteint %3.</translation>
    </message>
    <message>
        <source>Base: partial backup %1 (finished %2), the newest usable full or partial backup from which the log reaches %3.</source>
        <translation>Base : sauvegarde partielle %1 (terminée à %2), la sauvegarde complète ou partielle utilisable la plus récente à partir de laquelle le journal atteint %3.</translation>
    </message>
    <message>
        <source>Base: full backup %1 (finished %2), the newest usable full or partial backup from which the log reaches %3.</source>
        <translation>Base : sauvegarde complète %1 (terminée à %2), la sauvegarde complète ou partielle utilisable la plus récente à partir de laquelle le journal atteint %3.</translation>
    </message>
</context>
<context>
    <name>rd::ChainHealthDock</name>
    <message>
        <source>Chain Health</source>
        <translation>État de la chaîne</translation>
    </message>
    <message>
        <source>Show Chain &amp;Health</source>
        <translation>Afficher l&apos;&amp;état de la chaîne</translation>
    </message>
    <message>
        <source>The health of the whole backup history: gaps, forks, unusable backups; click an entry to show its backups on the timeline</source>
        <translation>L&apos;état de l&apos;ensemble de l&apos;historique des sauvegardes : lacunes, branches, sauvegardes inutilisables ; cliquez sur une entrée pour afficher ses sauvegardes sur la chronologie</translation>
    </message>
    <message>
        <source>Filter entries (Ctrl+F)</source>
        <translation>Filtrer les entrées (Ctrl+F)</translation>
    </message>
    <message>
        <source>Shows the entries whose severity, kind, message, backups or time contains this text (any case)</source>
        <translation>Affiche les entrées dont la gravité, le type, le message, les sauvegardes ou l&apos;heure contiennent ce texte (sans respect de la casse)</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#777&apos;&gt;Nothing to report about the backup history.&lt;br&gt;Gaps in the log chain, recovery forks and unusable backups appear here as the history changes.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#777&apos;&gt;Rien à signaler dans l&apos;historique des sauvegardes.&lt;br&gt;Les lacunes dans la chaîne de journaux, les branches de récupération et les sauvegardes inutilisables apparaissent ici au fil des modifications de l&apos;historique.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show the Chain Health dock: gaps, forks and unusable backups of the whole history</source>
        <translation>Afficher le volet État de la chaîne : lacunes, branches et sauvegardes inutilisables de l&apos;ensemble de l&apos;historique</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#777&apos;&gt;Select an entry to read it whole and show its backups on the timeline.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#777&apos;&gt;Sélectionnez une entrée pour la lire en entier et afficher ses sauvegardes sur la chronologie.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>; longest time without a restore point: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>; plus longue période sans point de restauration : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (%1 shown)</source>
        <translation> (%1 affichées)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to report&lt;/b&gt; in the backup history%1.</source>
        <translation>&lt;b&gt;Rien à signaler&lt;/b&gt; dans l&apos;historique des sauvegardes%1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1, %2&lt;/b&gt;%3 in the backup history%4%5</source>
        <translation>&lt;b&gt;%1, %2&lt;/b&gt;%3 dans l&apos;historique des sauvegardes%4%5</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 erreurs</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 avertissements</translation>
    </message>
    <message>
        <source>, 1 note</source>
        <translation>, 1 remarque</translation>
    </message>
    <message>
        <source>, %1 notes</source>
        <translation>, %1 remarques</translation>
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
        <translation>Cliquez pour sélectionner %1 sur la chronologie et y faire défiler l&apos;affichage.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>The backups the entry concerns; the first is where to look</source>
        <translation>Les sauvegardes concernées par l&apos;entrée ; la première indique où regarder</translation>
    </message>
    <message>
        <source>The time the entry concerns (server wall-clock time)</source>
        <translation>Le moment concerné par l&apos;entrée (heure locale du serveur)</translation>
    </message>
</context>
<context>
    <name>rd::ChartsDock</name>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Charts of the current plan&apos;s time to online and of the backups&apos; sizes</source>
        <translation>Graphiques du délai de mise en ligne du plan actif et de la taille des sauvegardes</translation>
    </message>
    <message>
        <source>Time to online</source>
        <translation>Délai de mise en ligne</translation>
    </message>
    <message>
        <source>Backup sizes</source>
        <translation>Taille des sauvegardes</translation>
    </message>
    <message>
        <source>Time to &amp;Online</source>
        <translation>Délai de mise en &amp;ligne</translation>
    </message>
    <message>
        <source>When each filegroup of the current plan becomes readable, at the restore throughput of the Inspector&apos;s Target Server form; hover a bar for its steps</source>
        <translation>Moment où chaque groupe de fichiers du plan actif devient lisible, au débit de restauration du formulaire Serveur cible de l&apos;Inspecteur ; survolez une barre pour afficher ses étapes</translation>
    </message>
    <message>
        <source>Backup Si&amp;zes</source>
        <translation>&amp;Taille des sauvegardes</translation>
    </message>
    <message>
        <source>Each backup&apos;s size at its finish, and the memory-optimized part estimated from the CFP snapshots; hover a point for the backup</source>
        <translation>Taille de chaque sauvegarde à sa fin, et la part optimisée en mémoire estimée à partir des instantanés CFP ; survolez un point pour afficher la sauvegarde</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Save the chart on display as a PNG or SVG image</source>
        <translation>Enregistrer le graphique affiché en image PNG ou SVG</translation>
    </message>
</context>
<context>
    <name>rd::CheckpointDmvReader</name>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>%1 is beyond 2^53 - 1, the largest whole number a plan file keeps exactly</source>
        <translation>%1 dépasse 2^53 - 1, le plus grand nombre entier qu&apos;un fichier de plan conserve exactement</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 est hors limites (%2 à %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GUID (expected 8-4-4-4-12 hexadecimal digits)</source>
        <translation>&quot;%1&quot; n&apos;est pas un GUID (8-4-4-4-12 chiffres hexadécimaux attendus)</translation>
    </message>
    <message>
        <source>the column appears twice in the header</source>
        <translation>la colonne apparaît deux fois dans l&apos;en-tête</translation>
    </message>
    <message>
        <source>the header mixes the SQL Server 2016+ column %1 with the SQL Server 2014 column %2; export one server&apos;s DMV as it is</source>
        <translation>l&apos;en-tête mélange la colonne %1 de SQL Server 2016+ et la colonne %2 de SQL Server 2014 ; exportez la DMV d&apos;un seul serveur telle quelle</translation>
    </message>
    <message>
        <source>cannot tell the SQL Server version from the columns: include logical_row_count (SQL Server 2016 and later) or inserted_row_count and deleted_row_count (SQL Server 2014)</source>
        <translation>impossible de déterminer la version de SQL Server d&apos;après les colonnes : incluez logical_row_count (SQL Server 2016 et versions ultérieures) ou inserted_row_count et deleted_row_count (SQL Server 2014)</translation>
    </message>
    <message>
        <source>required column missing from the header</source>
        <translation>colonne obligatoire absente de l&apos;en-tête</translation>
    </message>
    <message>
        <source>required column missing from the header (or %1)</source>
        <translation>colonne obligatoire absente de l&apos;en-tête (ou %1)</translation>
    </message>
    <message>
        <source>state %1 does not exist in the %2 DMV (%3)</source>
        <translation>l&apos;état %1 n&apos;existe pas dans la DMV %2 (%3)</translation>
    </message>
    <message>
        <source>state is NULL; every checkpoint file has a state</source>
        <translation>state est NULL ; tout fichier de point de contrôle a un état</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state of the %2 DMV</source>
        <translation>&quot;%1&quot; n&apos;est pas un état de la DMV %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match state %2 (%3)</source>
        <translation>&quot;%1&quot; ne correspond pas à l&apos;état %2 (%3)</translation>
    </message>
    <message>
        <source>state_desc is NULL; every checkpoint file has a state</source>
        <translation>state_desc est NULL ; tout fichier de point de contrôle a un état</translation>
    </message>
    <message>
        <source>file_type %1 does not exist in the SQL Server 2014 DMV (0 DATA, 1 DELTA)</source>
        <translation>file_type %1 n&apos;existe pas dans la DMV de SQL Server 2014 (0 DATA, 1 DELTA)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file type of the %2 DMV</source>
        <translation>&quot;%1&quot; n&apos;est pas un type de fichier de la DMV %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match file_type %2 (%3)</source>
        <translation>&quot;%1&quot; ne correspond pas à file_type %2 (%3)</translation>
    </message>
    <message>
        <source>the file type is NULL; only a TOMBSTONE file of SQL Server 2014 has none</source>
        <translation>le type de fichier est NULL ; seul un fichier TOMBSTONE de SQL Server 2014 n&apos;en a pas</translation>
    </message>
    <message>
        <source>checkpoint file %1 is listed twice (first on line %2)</source>
        <translation>le fichier de point de contrôle %1 figure deux fois (d&apos;abord à la ligne %2)</translation>
    </message>
    <message>
        <source>a TOMBSTONE file without a type (SQL Server 2014 gives none): taken as %1, its pair (line %2) being %3</source>
        <translation>fichier TOMBSTONE sans type (SQL Server 2014 n&apos;en indique pas) : considéré comme %1, sa paire (ligne %2) étant %3</translation>
    </message>
    <message>
        <source>a TOMBSTONE file without a type (SQL Server 2014 gives none), nor a pair with one: taken as DATA (its size is NULL: only the count of pairs depends on it)</source>
        <translation>fichier TOMBSTONE sans type (SQL Server 2014 n&apos;en indique pas), ni paire qui en ait un : considéré comme DATA (sa taille est NULL : seul le nombre de paires en dépend)</translation>
    </message>
    <message>
        <source>the file holds a SQL Server error instead of results: %1</source>
        <translation>le fichier contient une erreur SQL Server au lieu de résultats : %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>no header line naming the column checkpoint_file_id: this is not an export of sys.dm_db_xtp_checkpoint_files with column headers</source>
        <translation>aucune ligne d&apos;en-tête ne nomme la colonne checkpoint_file_id : il ne s&apos;agit pas d&apos;un export de sys.dm_db_xtp_checkpoint_files avec en-têtes de colonnes</translation>
    </message>
    <message>
        <source>cannot tell the column separator of the header: save as CSV (SSMS &quot;Save Results As&quot;, or sqlcmd -s&quot;,&quot;); tabs, semicolons and | also work</source>
        <translation>impossible de déterminer le séparateur de colonnes de l&apos;en-tête : enregistrez au format CSV (« Enregistrer les résultats sous » dans SSMS, ou sqlcmd -s&quot;,&quot;) ; les tabulations, points-virgules et | conviennent aussi</translation>
    </message>
    <message>
        <source>ignored: not part of the results (&quot;%1&quot;)</source>
        <translation>ignoré : ne fait pas partie des résultats (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>sqlcmd counted %1 rows, but the file holds %2: rows are missing or were added</source>
        <translation>sqlcmd a compté %1 lignes, mais le fichier en contient %2 : des lignes manquent ou ont été ajoutées</translation>
    </message>
    <message>
        <source>text after the end of the results: export one result set only</source>
        <translation>texte après la fin des résultats : exportez un seul jeu de résultats</translation>
    </message>
    <message>
        <source>the row ends after %1 of the header&apos;s %2 columns (a truncated line?)</source>
        <translation>la ligne se termine après %1 des %2 colonnes de l&apos;en-tête (ligne tronquée ?)</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2 columns (a separator inside an unquoted value?)</source>
        <translation>la ligne compte %1 champs, l&apos;en-tête %2 colonnes (séparateur dans une valeur sans guillemets ?)</translation>
    </message>
    <message>
        <source>%1 more errors not listed</source>
        <translation>%1 autres erreurs non affichées</translation>
    </message>
</context>
<context>
    <name>rd::DatabaseForm</name>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>READ_ONLY at the start of the timeline</source>
        <translation>READ_ONLY au début de la chronologie</translation>
    </message>
    <message>
        <source>The database name, as in RESTORE DATABASE name (at most 128 characters). Press Enter to apply.</source>
        <translation>Nom de la base de données, comme dans RESTORE DATABASE nom (128 caractères au maximum). Appuyez sur Entrée pour appliquer.</translation>
    </message>
    <message>
        <source>The edition decides whether a piecemeal restore can bring filegroups online while the database is in use (Enterprise and Developer; R-ONL-001).</source>
        <translation>L&apos;édition détermine si une restauration fragmentaire peut mettre des groupes de fichiers en ligne pendant que la base de données est utilisée (Enterprise et Developer ; R-ONL-001).</translation>
    </message>
    <message>
        <source>The recovery model at the start of the timeline; later changes are SET_RECOVERY_MODEL events.</source>
        <translation>Mode de récupération au début de la chronologie ; les changements ultérieurs sont des événements SET_RECOVERY_MODEL.</translation>
    </message>
    <message>
        <source>ALTER DATABASE … SET READ_ONLY: the whole database is read-only (R-RO-006, R-DIFF-009).</source>
        <translation>ALTER DATABASE … SET READ_ONLY : toute la base de données est en lecture seule (R-RO-006, R-DIFF-009).</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>É&amp;dition :</translation>
    </message>
    <message>
        <source>Recovery &amp;model:</source>
        <translation>&amp;Mode de récupération :</translation>
    </message>
    <message>
        <source>Set the edition of %1 to %2</source>
        <translation>Définir l&apos;édition de %1 sur %2</translation>
    </message>
    <message>
        <source>Set the recovery model of %1 to %2</source>
        <translation>Définir le mode de récupération de %1 sur %2</translation>
    </message>
    <message>
        <source>Make database %1 read-only</source>
        <translation>Mettre la base de données %1 en lecture seule</translation>
    </message>
    <message>
        <source>Make database %1 read/write</source>
        <translation>Mettre la base de données %1 en lecture-écriture</translation>
    </message>
    <message>
        <source>Rename database %1 to %2</source>
        <translation>Renommer la base de données %1 en %2</translation>
    </message>
</context>
<context>
    <name>rd::DatabaseInspector</name>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
</context>
<context>
    <name>rd::DbatoolsCliXmlParser</name>
    <message>
        <source>the file ends before its last element is closed (is it complete?)</source>
        <translation>le fichier se termine avant la fermeture de son dernier élément (est-il complet ?)</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>XML mal formé : %1</translation>
    </message>
    <message>
        <source>&lt;Ref RefId=&quot;%1&quot;&gt; names no object given before it</source>
        <translation>&lt;Ref RefId=&quot;%1&quot;&gt; ne désigne aucun objet défini avant lui</translation>
    </message>
    <message>
        <source>objects nested deeper than %1 levels: not a dbatools export</source>
        <translation>objets imbriqués sur plus de %1 niveaux : il ne s&apos;agit pas d&apos;un export dbatools</translation>
    </message>
    <message>
        <source>&lt;TNRef RefId=&quot;%1&quot;&gt; names no type list given before it</source>
        <translation>&lt;TNRef RefId=&quot;%1&quot;&gt; ne désigne aucune liste de types définie avant lui</translation>
    </message>
    <message>
        <source>FileList is not a list of files</source>
        <translation>FileList n&apos;est pas une liste de fichiers</translation>
    </message>
    <message>
        <source>the file holds no XML element</source>
        <translation>le fichier ne contient aucun élément XML</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not PowerShell CliXML&apos;s &lt;Objs&gt; (Export-CliXml)</source>
        <translation>l&apos;élément racine est &lt;%1&gt;, et non &lt;Objs&gt; du CliXML PowerShell (Export-CliXml)</translation>
    </message>
    <message>
        <source>an object of type %1, not a dbatools BackupHistory (Get-DbaDbBackupHistory)</source>
        <translation>objet de type %1, et non BackupHistory de dbatools (Get-DbaDbBackupHistory)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
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
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>the LSN is an object without its digits (ConvertTo-Json writes a BigInteger&apos;s properties, not its value): export with Export-CliXml instead</source>
        <translation>le LSN est un objet sans ses chiffres (ConvertTo-Json écrit les propriétés d&apos;un BigInteger, pas sa valeur) : exportez plutôt avec Export-CliXml</translation>
    </message>
    <message>
        <source>expected an LSN, found %1</source>
        <translation>attendu : un LSN ; trouvé : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an LSN written as a floating-point number: its last digits are lost; export again without converting LSNs to double</source>
        <translation>&quot;%1&quot; est un LSN écrit comme nombre à virgule flottante : ses derniers chiffres sont perdus ; exportez de nouveau sans convertir les LSN en double</translation>
    </message>
    <message>
        <source>expected a date, found %1</source>
        <translation>attendu : une date ; trouvé : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: expected /Date(milliseconds since 1970)/ between the years 1753 and 9999, as ConvertTo-Json writes dates</source>
        <translation>&quot;%1&quot; n&apos;est pas une date : /Date(millisecondes depuis 1970)/ attendu, entre les années 1753 et 9999, comme ConvertTo-Json écrit les dates</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: expected YYYY-MM-DDTHH:MM:SS (Export-CliXml) or /Date(milliseconds)/ (ConvertTo-Json)</source>
        <translation>&quot;%1&quot; n&apos;est pas une date : YYYY-MM-DDTHH:MM:SS (Export-CliXml) ou /Date(millisecondes)/ (ConvertTo-Json) attendu</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>attendu : un nombre entier ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>attendu : true ou false ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected a GUID, found %1</source>
        <translation>attendu : un GUID ; trouvé : %1</translation>
    </message>
    <message>
        <source>%1 more errors not listed</source>
        <translation>%1 autres erreurs non affichées</translation>
    </message>
    <message>
        <source>times of the JSON export are UTC: ConvertTo-Json writes a date as milliseconds since 1970-01-01 UTC (\/Date(…)\/); msdb and SSMS show the server&apos;s local time</source>
        <translation>les heures de l&apos;export JSON sont en UTC : ConvertTo-Json écrit une date en millisecondes depuis le 1970-01-01 UTC (\/Date(…)\/) ; msdb et SSMS affichent l&apos;heure locale du serveur</translation>
    </message>
    <message>
        <source>times of the CliXML export are kept as written: Export-CliXml writes dbatools&apos; dates without a time zone, in the server&apos;s local time</source>
        <translation>les heures de l&apos;export CliXML sont conservées telles qu&apos;écrites : Export-CliXml écrit les dates de dbatools sans fuseau horaire, dans l&apos;heure locale du serveur</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) carry a time zone (Z or an offset): the time written is kept, the zone is not applied</source>
        <translation>
            <numerusform>%n date comporte un fuseau horaire (Z ou un décalage) : l&apos;heure écrite est conservée, le fuseau n&apos;est pas appliqué</numerusform>
            <numerusform>%n dates comportent un fuseau horaire (Z ou un décalage) : l&apos;heure écrite est conservée, le fuseau n&apos;est pas appliqué</numerusform>
        </translation>
    </message>
    <message>
        <source>exported from %1</source>
        <translation>exporté depuis %1</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) have the recovery fork 00000000-0000-0000-0000-000000000000, which dbatools writes when it has none: their fork is unknown</source>
        <translation>
            <numerusform>%n sauvegarde a la branche de récupération 00000000-0000-0000-0000-000000000000, que dbatools écrit en l&apos;absence de branche : sa branche est inconnue</numerusform>
            <numerusform>%n sauvegardes ont la branche de récupération 00000000-0000-0000-0000-000000000000, que dbatools écrit en l&apos;absence de branche : leur branche est inconnue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) have no BackupSetGUID: a differential cannot be matched to its base by GUID, and a backup exported twice is not recognised</source>
        <translation>
            <numerusform>%n sauvegarde n&apos;a pas de BackupSetGUID : une sauvegarde différentielle ne peut pas être associée à sa base par GUID, et une sauvegarde exportée deux fois n&apos;est pas reconnue</numerusform>
            <numerusform>%n sauvegardes n&apos;ont pas de BackupSetGUID : une sauvegarde différentielle ne peut pas être associée à sa base par GUID, et une sauvegarde exportée deux fois n&apos;est pas reconnue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) have no file list%1, so the database&apos;s files and filegroups are not known from them; export with Export-CliXml to keep FileList</source>
        <translation>
            <numerusform>%n sauvegarde n&apos;a pas de liste de fichiers%1 ; les fichiers et groupes de fichiers de la base de données ne peuvent donc pas en être déduits ; exportez avec Export-CliXml pour conserver FileList</numerusform>
            <numerusform>%n sauvegardes n&apos;ont pas de liste de fichiers%1 ; les fichiers et groupes de fichiers de la base de données ne peuvent donc pas en être déduits ; exportez avec Export-CliXml pour conserver FileList</numerusform>
        </translation>
    </message>
    <message>
        <source>FileList names no filegroup for the data file(s) %1: put in PRIMARY; the filegroups of the database, and what a file or partial backup holds, are not known</source>
        <translation>FileList n&apos;indique aucun groupe de fichiers pour le ou les fichiers de données %1 : placés dans PRIMARY ; les groupes de fichiers de la base de données, et le contenu d&apos;une sauvegarde de fichiers ou partielle, sont inconnus</translation>
    </message>
    <message>
        <source>the backup names no database (Database or DatabaseName)</source>
        <translation>la sauvegarde ne nomme aucune base de données (Database ou DatabaseName)</translation>
    </message>
    <message>
        <source>a backup of database %1, not of %2 (--database)</source>
        <translation>sauvegarde de la base de données %1, et non de %2 (--database)</translation>
    </message>
    <message>
        <source>the same backup set (BackupSetGUID) as %1, line %2: read once</source>
        <translation>même jeu de sauvegarde (BackupSetGUID) que %1, ligne %2 : lu une seule fois</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a backup type: expected Full (Database), Differential (Database Differential), Log (Transaction Log), File, Differential File, Partial Full or Partial Differential</source>
        <translation>&quot;%1&quot; n&apos;est pas un type de sauvegarde : Full (Database), Differential (Database Differential), Log (Transaction Log), File, Differential File, Partial Full ou Partial Differential attendu</translation>
    </message>
    <message>
        <source>the backup has no Type</source>
        <translation>la sauvegarde n&apos;a pas de Type</translation>
    </message>
    <message>
        <source>the backup has no %1: without it the log chain cannot be followed</source>
        <translation>la sauvegarde n&apos;a pas de %1 : sans lui, la chaîne de journaux ne peut pas être suivie</translation>
    </message>
    <message>
        <source>LastLSN is smaller than FirstLSN</source>
        <translation>LastLSN est inférieur à FirstLSN</translation>
    </message>
    <message>
        <source>the backup has no %1 date</source>
        <translation>la sauvegarde n&apos;a pas de date %1</translation>
    </message>
    <message>
        <source>the backup ends before it starts</source>
        <translation>la sauvegarde se termine avant de commencer</translation>
    </message>
    <message>
        <source>expected the backup&apos;s files, found %1</source>
        <translation>attendu : les fichiers de la sauvegarde ; trouvé : %1</translation>
    </message>
    <message>
        <source>%1 media families: a backup is written to at most 64</source>
        <translation>%1 familles de supports : une sauvegarde est écrite sur 64 au maximum</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a recovery model (FULL, BULK-LOGGED, SIMPLE)</source>
        <translation>&quot;%1&quot; n&apos;est pas un mode de récupération (FULL, BULK-LOGGED, SIMPLE)</translation>
    </message>
    <message>
        <source>a file with no LogicalName</source>
        <translation>fichier sans LogicalName</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file type: expected D (data), L (log), S (FILESTREAM or memory-optimized container) or F (full-text catalog)</source>
        <translation>&quot;%1&quot; n&apos;est pas un type de fichier : D (données), L (journal), S (conteneur FILESTREAM ou optimisé en mémoire) ou F (catalogue de texte intégral) attendu</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>neither the JSON of ConvertTo-Json (&quot;[&quot; or &quot;{&quot;) nor the CliXML of Export-CliXml (&quot;&lt;&quot;): it starts with &quot;%1&quot;</source>
        <translation>ni le JSON de ConvertTo-Json (&quot;[&quot; ou &quot;{&quot;), ni le CliXML d&apos;Export-CliXml (&quot;&lt;&quot;) : le fichier commence par &quot;%1&quot;</translation>
    </message>
    <message>
        <source>UTF-16 without a byte order mark, recognised by its zero bytes</source>
        <translation>UTF-16 sans marque d&apos;ordre d&apos;octet, reconnu à ses octets nuls</translation>
    </message>
    <message>
        <source>the UTF-16 file ends within a character (is it complete?)</source>
        <translation>le fichier UTF-16 se termine au milieu d&apos;un caractère (est-il complet ?)</translation>
    </message>
    <message>
        <source>bytes that are not UTF-8 (a file saved as Windows-1252?); save the export as UTF-8 or Unicode</source>
        <translation>octets non UTF-8 (fichier enregistré en Windows-1252 ?) ; enregistrez l&apos;export en UTF-8 ou Unicode</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d&apos;ouvrir le fichier : %1</translation>
    </message>
</context>
<context>
    <name>rd::DbatoolsJsonParser</name>
    <message>
        <source>expected %1, found %2</source>
        <translation>attendu : %1 ; trouvé : %2</translation>
    </message>
    <message>
        <source>the file ends where %1 was expected (is it complete?)</source>
        <translation>le fichier se termine là où %1 était attendu (est-il complet ?)</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>la fin du fichier</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>une valeur</translation>
    </message>
    <message>
        <source>values nested deeper than %1 levels: not a dbatools export</source>
        <translation>valeurs imbriquées sur plus de %1 niveaux : il ne s&apos;agit pas d&apos;un export dbatools</translation>
    </message>
    <message>
        <source>a property name</source>
        <translation>un nom de propriété</translation>
    </message>
    <message>
        <source>expected a property name in quotes, found %1</source>
        <translation>attendu : un nom de propriété entre guillemets ; trouvé : %1</translation>
    </message>
    <message>
        <source>&quot;,&quot; or &quot;}&quot;</source>
        <translation>&quot;,&quot; ou &quot;}&quot;</translation>
    </message>
    <message>
        <source>&quot;,&quot; or &quot;]&quot;</source>
        <translation>&quot;,&quot; ou &quot;]&quot;</translation>
    </message>
    <message>
        <source>expected a value, found %1</source>
        <translation>attendu : une valeur ; trouvé : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON value (a number, true, false or null)</source>
        <translation>&quot;%1&quot; n&apos;est pas une valeur JSON (nombre, true, false ou null)</translation>
    </message>
    <message>
        <source>the file ends inside a string (is it complete?)</source>
        <translation>le fichier se termine à l&apos;intérieur d&apos;une chaîne (est-il complet ?)</translation>
    </message>
    <message>
        <source>a control character (U+%1) inside a string: JSON escapes them</source>
        <translation>caractère de contrôle (U+%1) à l&apos;intérieur d&apos;une chaîne : JSON les échappe</translation>
    </message>
    <message>
        <source>the file ends inside a \u escape</source>
        <translation>le fichier se termine à l&apos;intérieur d&apos;une séquence d&apos;échappement \u</translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation>\u doit être suivi de quatre chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>&quot;\%1&quot; is not a JSON escape</source>
        <translation>&quot;\%1&quot; n&apos;est pas une séquence d&apos;échappement JSON</translation>
    </message>
    <message>
        <source>an entry of FileList (line %1) is not a file with a LogicalName</source>
        <translation>une entrée de FileList (ligne %1) n&apos;est pas un fichier avec un LogicalName</translation>
    </message>
    <message>
        <source>ConvertTo-Json writes FileList, a DataTable, as the table&apos;s own properties, without its rows</source>
        <translation>ConvertTo-Json écrit FileList, un DataTable, sous forme des propriétés de la table elle-même, sans ses lignes</translation>
    </message>
    <message>
        <source>FileList is not a list of files</source>
        <translation>FileList n&apos;est pas une liste de fichiers</translation>
    </message>
    <message>
        <source>text after the end of the object</source>
        <translation>texte après la fin de l&apos;objet</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>expected the &quot;[&quot; of an array of backups or the &quot;{&quot; of one, found %1</source>
        <translation>attendu : le &quot;[&quot; d&apos;un tableau de sauvegardes ou le &quot;{&quot; d&apos;une sauvegarde ; trouvé : %1</translation>
    </message>
    <message>
        <source>a backup (&quot;{&quot;)</source>
        <translation>une sauvegarde (&quot;{&quot;)</translation>
    </message>
    <message>
        <source>expected a backup (&quot;{&quot;), found %1</source>
        <translation>attendu : une sauvegarde (&quot;{&quot;) ; trouvé : %1</translation>
    </message>
    <message>
        <source>text after the end of the array</source>
        <translation>texte après la fin du tableau</translation>
    </message>
</context>
<context>
    <name>rd::DelimitedBytes</name>
    <message>
        <source>the quoted field that starts here has no closing quote on this line</source>
        <translation>le champ entre guillemets qui commence ici n&apos;a pas de guillemet fermant sur cette ligne</translation>
    </message>
    <message>
        <source>text after the closing quote of a field (a quote inside a quoted field is written twice: &quot;&quot;)</source>
        <translation>texte après le guillemet fermant d&apos;un champ (un guillemet à l&apos;intérieur d&apos;un champ entre guillemets s&apos;écrit deux fois : &quot;&quot;)</translation>
    </message>
</context>
<context>
    <name>rd::DelimitedLine</name>
    <message>
        <source>the quoted field that starts here has no closing quote on this line</source>
        <translation>le champ entre guillemets qui commence ici n&apos;a pas de guillemet fermant sur cette ligne</translation>
    </message>
    <message>
        <source>text after the closing quote of a field (a quote inside a quoted field is written twice: &quot;&quot;)</source>
        <translation>texte après le guillemet fermant d&apos;un champ (un guillemet à l&apos;intérieur d&apos;un champ entre guillemets s&apos;écrit deux fois : &quot;&quot;)</translation>
    </message>
</context>
<context>
    <name>rd::DesignerActions</name>
    <message>
        <source>Add &amp;Filegroup…</source>
        <translation>Ajouter un &amp;groupe de fichiers…</translation>
    </message>
    <message>
        <source>Add a ROWS, FILESTREAM or MEMORY_OPTIMIZED_DATA filegroup to the layout</source>
        <translation>Ajouter un groupe de fichiers ROWS, FILESTREAM ou MEMORY_OPTIMIZED_DATA à la disposition</translation>
    </message>
    <message>
        <source>&amp;Rename Filegroup…</source>
        <translation>Re&amp;nommer le groupe de fichiers…</translation>
    </message>
    <message>
        <source>Rename the selected filegroup and every reference to it</source>
        <translation>Renommer le groupe de fichiers sélectionné et toutes ses références</translation>
    </message>
    <message>
        <source>Read-&amp;Only Filegroup</source>
        <translation>Groupe de fichiers en lecture s&amp;eule</translation>
    </message>
    <message>
        <source>Whether the selected filegroup is READ_ONLY at the start of the timeline</source>
        <translation>Indique si le groupe de fichiers sélectionné est READ_ONLY au début de la chronologie</translation>
    </message>
    <message>
        <source>Remove Filegroup</source>
        <translation>Supprimer le groupe de fichiers</translation>
    </message>
    <message>
        <source>Remove the selected filegroup and every reference to it</source>
        <translation>Supprimer le groupe de fichiers sélectionné et toutes ses références</translation>
    </message>
    <message>
        <source>Add &amp;Backup</source>
        <translation>Ajouter une sa&amp;uvegarde</translation>
    </message>
    <message>
        <source>Add a %1 backup to the history</source>
        <translation>Ajouter une sauvegarde %1 à l&apos;historique</translation>
    </message>
    <message>
        <source>Remove Backup</source>
        <translation>Supprimer la sauvegarde</translation>
    </message>
    <message>
        <source>Remove the selected backup from the history (plan steps keep their reference)</source>
        <translation>Supprimer la sauvegarde sélectionnée de l&apos;historique (les étapes du plan conservent leur référence)</translation>
    </message>
    <message>
        <source>Add Backup to &amp;Plan</source>
        <translation>Ajouter la sauvegarde au &amp;plan</translation>
    </message>
    <message>
        <source>Append a RESTORE step for the selected backup to the current plan</source>
        <translation>Ajouter à la fin du plan actif une étape RESTORE pour la sauvegarde sélectionnée</translation>
    </message>
    <message>
        <source>Add &amp;Step</source>
        <translation>Ajouter une é&amp;tape</translation>
    </message>
    <message>
        <source>Insert a step after the selected one (a RESTORE of the selected backup, or a recovery-only RESTORE)</source>
        <translation>Insérer une étape après l&apos;étape sélectionnée (RESTORE de la sauvegarde sélectionnée, ou RESTORE de récupération seule)</translation>
    </message>
    <message>
        <source>Remove S&amp;tep</source>
        <translation>Supprimer l&apos;&amp;étape</translation>
    </message>
    <message>
        <source>Remove the selected step from the plan</source>
        <translation>Supprimer l&apos;étape sélectionnée du plan</translation>
    </message>
    <message>
        <source>Move Step &amp;Up</source>
        <translation>&amp;Monter l&apos;étape</translation>
    </message>
    <message>
        <source>Run the selected step one position earlier</source>
        <translation>Exécuter l&apos;étape sélectionnée une position plus tôt</translation>
    </message>
    <message>
        <source>Move Step &amp;Down</source>
        <translation>&amp;Descendre l&apos;étape</translation>
    </message>
    <message>
        <source>Run the selected step one position later</source>
        <translation>Exécuter l&apos;étape sélectionnée une position plus tard</translation>
    </message>
    <message>
        <source>Add P&amp;lan…</source>
        <translation>Ajouter un p&amp;lan…</translation>
    </message>
    <message>
        <source>Add a new, empty restore plan</source>
        <translation>Ajouter un nouveau plan de restauration vide</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selection: the selected step when the plan has the focus, else the selected backup, else the selected filegroup</source>
        <translation>Supprimer la sélection : l&apos;étape sélectionnée si le plan a le focus, sinon la sauvegarde sélectionnée, sinon le groupe de fichiers sélectionné</translation>
    </message>
    <message>
        <source>Rename Filegroup</source>
        <translation>Renommer le groupe de fichiers</translation>
    </message>
    <message>
        <source>New name of filegroup %1:</source>
        <translation>Nouveau nom du groupe de fichiers %1 :</translation>
    </message>
    <message>
        <source>Plan “%1”, step %2: %3</source>
        <translation>Plan « %1 », étape %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>Backup %1 is restored by %n plan step(s):</source>
        <translation>
            <numerusform>La sauvegarde %1 est restaurée par %n étape de plan :</numerusform>
            <numerusform>La sauvegarde %1 est restaurée par %n étapes de plan :</numerusform>
        </translation>
    </message>
    <message>
        <source>

The steps keep naming it, and the checks report them (R-REF-001) until you change them. Undo gives the backup back.</source>
        <translation>

Les étapes continuent de la nommer, et les vérifications les signalent (R-REF-001) jusqu&apos;à ce que vous les modifiiez. Annuler rétablit la sauvegarde.</translation>
    </message>
    <message>
        <source>Restore plan %1</source>
        <translation>Plan de restauration %1</translation>
    </message>
    <message>
        <source>Add Plan</source>
        <translation>Ajouter un plan</translation>
    </message>
    <message>
        <source>Name of the new restore plan:</source>
        <translation>Nom du nouveau plan de restauration :</translation>
    </message>
    <message>
        <source>The memory-optimized filegroup cannot be made READ_ONLY</source>
        <translation>Le groupe de fichiers optimisé en mémoire ne peut pas être mis en READ_ONLY</translation>
    </message>
    <message>
        <source>&amp;Rename Filegroup %1…</source>
        <translation>Re&amp;nommer le groupe de fichiers %1…</translation>
    </message>
    <message>
        <source>Remove Filegroup %1</source>
        <translation>Supprimer le groupe de fichiers %1</translation>
    </message>
    <message>
        <source>Remove Backup %1</source>
        <translation>Supprimer la sauvegarde %1</translation>
    </message>
    <message>
        <source>Add %1 to &amp;Plan</source>
        <translation>Ajouter %1 au &amp;plan</translation>
    </message>
</context>
<context>
    <name>rd::DesignerArguments</name>
    <message>
        <source>Design, check, simulate and script SQL Server piecemeal restores.
Without a command, opens the designer (on FILE if given).

</source>
        <translation>Concevoir, vérifier, simuler et scripter des restaurations fragmentaires SQL Server.
Sans commande, ouvre le concepteur (sur FILE s&apos;il est indiqué).

</translation>
    </message>
    <message>
        <source>A JSON plan (.json) or a project file (.rdproj).</source>
        <translation>Plan JSON (.json) ou fichier de projet (.rdproj).</translation>
    </message>
    <message>
        <source>Open the bundled sample as an untitled project (Save asks where to keep it).</source>
        <translation>Ouvrir l&apos;exemple fourni comme projet sans titre (Enregistrer demande où le conserver).</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see --help</source>
        <translation>commande inconnue &quot;%1&quot; ; voir --help</translation>
    </message>
    <message>
        <source>--sample opens the sample: give no FILE with it</source>
        <translation>--sample ouvre l&apos;exemple : n&apos;indiquez pas de FILE avec cette option</translation>
    </message>
</context>
<context>
    <name>rd::DiagnosticModel</name>
    <message>
        <source>the plan</source>
        <translation>le plan</translation>
    </message>
    <message>
        <source>the backup history</source>
        <translation>l&apos;historique des sauvegardes</translation>
    </message>
    <message>
        <source>the layout</source>
        <translation>la disposition</translation>
    </message>
    <message>
        <source>the events</source>
        <translation>les événements</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>↳ after step %1 was refused: %2</source>
        <translation>↳ après le refus de l&apos;étape %1 : %2</translation>
    </message>
    <message>
        <source>SQL Server refuses step %1, which changes nothing: this finding follows from that. Fix step %1 first.</source>
        <translation>SQL Server refuse l&apos;étape %1, qui ne change donc rien : ce constat en découle. Corrigez d&apos;abord l&apos;étape %1.</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Correctif :</translation>
    </message>
    <message>
        <source>Apply Fix (Ctrl+.) makes it as one undoable edit of %1.</source>
        <translation>Appliquer le correctif (Ctrl+.) l&apos;effectue en une seule modification annulable de %1.</translation>
    </message>
    <message>
        <source>Apply Fix cannot make this one: it needs your decision, or an action on the server.</source>
        <translation>Appliquer le correctif ne peut pas effectuer celui-ci : il requiert votre décision, ou une action sur le serveur.</translation>
    </message>
    <message>
        <source>Click to show the step, backup and filegroup concerned.</source>
        <translation>Cliquez pour afficher l&apos;étape, la sauvegarde et le groupe de fichiers concernés.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Filegroup</source>
        <translation>Groupe de fichiers</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>The rule&apos;s stable ID (&quot;restore-designer rules&quot; lists them all)</source>
        <translation>Identificateur stable de la règle (&quot;restore-designer rules&quot; les répertorie toutes)</translation>
    </message>
</context>
<context>
    <name>rd::DiagnosticsDock</name>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>Apply Fix</source>
        <translation>Appliquer le correctif</translation>
    </message>
    <message>
        <source>What is wrong with the current plan, rule by rule; click a finding to locate it</source>
        <translation>Ce qui ne va pas dans le plan actif, règle par règle ; cliquez sur un constat pour le localiser</translation>
    </message>
    <message>
        <source>Filter findings (Ctrl+F)</source>
        <translation>Filtrer les constats (Ctrl+F)</translation>
    </message>
    <message>
        <source>Shows the findings whose severity, rule, step, backup, filegroup or message contains this text (any case)</source>
        <translation>Affiche les constats dont la gravité, la règle, l&apos;étape, la sauvegarde, le groupe de fichiers ou le message contient ce texte (sans respect de la casse)</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#777&apos;&gt;No errors, warnings or notes.&lt;br&gt;Findings appear here as you edit the layout, the backups or the plan;&lt;br&gt;select one to show its step, backup and filegroup.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#777&apos;&gt;Aucune erreur, aucun avertissement, aucune remarque.&lt;br&gt;Les constats apparaissent ici à mesure que vous modifiez la disposition, les sauvegardes ou le plan ;&lt;br&gt;sélectionnez-en un pour afficher son étape, sa sauvegarde et son groupe de fichiers.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Apply this fix as one undoable edit of %1 (Ctrl+.): %2</source>
        <translation>Appliquer ce correctif en une seule modification annulable de %1 (Ctrl+.) : %2</translation>
    </message>
    <message>
        <source>Select a finding that offers a fix (its tooltip says whether the designer can make it)</source>
        <translation>Sélectionnez un constat qui propose un correctif (son info-bulle indique si le concepteur peut l&apos;effectuer)</translation>
    </message>
    <message>
        <source>No plan to check.</source>
        <translation>Aucun plan à vérifier.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No findings&lt;/b&gt;: plan &lt;i&gt;%1&lt;/i&gt; passes every check.</source>
        <translation>&lt;b&gt;Aucun constat&lt;/b&gt; : le plan &lt;i&gt;%1&lt;/i&gt; réussit toutes les vérifications.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1, %2&lt;/b&gt;%3 in plan &lt;i&gt;%4&lt;/i&gt;%5</source>
        <translation>&lt;b&gt;%1, %2&lt;/b&gt;%3 dans le plan &lt;i&gt;%4&lt;/i&gt;%5</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 erreurs</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 avertissements</translation>
    </message>
    <message>
        <source>, 1 note</source>
        <translation>, 1 remarque</translation>
    </message>
    <message>
        <source>, %1 notes</source>
        <translation>, %1 remarques</translation>
    </message>
    <message>
        <source> (%1 shown)</source>
        <translation> (%1 affichés)</translation>
    </message>
    <message>
        <source>Explain Rule</source>
        <translation>Expliquer la règle</translation>
    </message>
    <message>
        <source>Explain Rule %1</source>
        <translation>Expliquer la règle %1</translation>
    </message>
    <message>
        <source>Select a finding to read its rule in Help ▸ Rules</source>
        <translation>Sélectionnez un constat pour lire sa règle dans Aide ▸ Règles</translation>
    </message>
    <message>
        <source>Read rule %1 in Help ▸ Rules (F1)</source>
        <translation>Lire la règle %1 dans Aide ▸ Règles (F1)</translation>
    </message>
</context>
<context>
    <name>rd::EnvironmentForm</name>
    <message>
        <source>Target Server</source>
        <translation>Serveur cible</translation>
    </message>
    <message>
        <source>What the designer cannot know about the server the plan will run on unless you state it.</source>
        <translation>Ce que le concepteur ne peut pas savoir du serveur sur lequel le plan sera exécuté, sauf si vous l&apos;indiquez.</translation>
    </message>
    <message>
        <source>the backups&apos; version</source>
        <translation>la version des sauvegardes</translation>
    </message>
    <message>
        <source>major.minor.build of the target SQL Server, e.g. 16.0.1000; empty = the same as the backups&apos; (R-GEN-002, R-PIECE-012). Press Enter to apply.</source>
        <translation>majeure.mineure.build du SQL Server cible, par exemple 16.0.1000 ; vide = identique à celle des sauvegardes (R-GEN-002, R-PIECE-012). Appuyez sur Entrée pour appliquer.</translation>
    </message>
    <message>
        <source>Server &amp;version:</source>
        <translation>&amp;Version du serveur :</translation>
    </message>
    <message>
        <source>Set the target server version to %1</source>
        <translation>Définir la version du serveur cible sur %1</translation>
    </message>
    <message>
        <source>the backups&apos;</source>
        <translation>celle des sauvegardes</translation>
    </message>
    <message>
        <source>The database exists on the target</source>
        <translation>La base de données existe sur la cible</translation>
    </message>
    <message>
        <source>Restore in place. Unticked: a new server or name, where no tail-log backup is needed and the first restore creates the database (R-GEN-006, R-TAIL-001).</source>
        <translation>Restauration sur place. Décoché : un nouveau serveur ou un nouveau nom, où aucune sauvegarde de la fin du journal n&apos;est nécessaire et où la première restauration crée la base de données (R-GEN-006, R-TAIL-001).</translation>
    </message>
    <message>
        <source>Joined to an availability group</source>
        <translation>Jointe à un groupe de disponibilité</translation>
    </message>
    <message>
        <source>A database in an availability group must leave it before a restore (R-GEN-010).</source>
        <translation>Une base de données d&apos;un groupe de disponibilité doit le quitter avant une restauration (R-GEN-010).</translation>
    </message>
    <message>
        <source>Mirrored</source>
        <translation>En miroir</translation>
    </message>
    <message>
        <source>A mirrored database must stop mirroring before a restore (R-GEN-010).</source>
        <translation>Une base de données en miroir doit arrêter la mise en miroir avant une restauration (R-GEN-010).</translation>
    </message>
    <message>
        <source>Certificates of encrypted backups present</source>
        <translation>Certificats des sauvegardes chiffrées présents</translation>
    </message>
    <message>
        <source>The certificates or keys that encrypted the backups are on the target (R-GEN-007).</source>
        <translation>Les certificats ou clés qui ont chiffré les sauvegardes se trouvent sur la cible (R-GEN-007).</translation>
    </message>
    <message>
        <source>Lightweight pooling (fiber mode)</source>
        <translation>Regroupement léger (mode fibre)</translation>
    </message>
    <message>
        <source>Memory-optimized tables cannot be used in fiber mode (R-MOD-007).</source>
        <translation>Les tables optimisées en mémoire ne peuvent pas être utilisées en mode fibre (R-MOD-007).</translation>
    </message>
    <message>
        <source>FILESTREAM containers on NTFS</source>
        <translation>Conteneurs FILESTREAM sur NTFS</translation>
    </message>
    <message>
        <source>FILESTREAM containers must be on NTFS volumes (R-FS-003).</source>
        <translation>Les conteneurs FILESTREAM doivent se trouver sur des volumes NTFS (R-FS-003).</translation>
    </message>
    <message>
        <source>Memory for &amp;memory-optimized data:</source>
        <translation>Mémoire pour les données optimisées en &amp;mémoire :</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>What the target&apos;s resource pool can give memory-optimized data; 0 = unknown (R-MOD-003).</source>
        <translation>Mémoire que le pool de ressources de la cible peut accorder aux données optimisées en mémoire ; 0 = inconnue (R-MOD-003).</translation>
    </message>
    <message>
        <source>Set the target&apos;s memory for memory-optimized data</source>
        <translation>Définir la mémoire de la cible pour les données optimisées en mémoire</translation>
    </message>
    <message>
        <source>Memory-optimized &amp;load rate:</source>
        <translation>Vitesse de &amp;chargement optimisé en mémoire :</translation>
    </message>
    <message>
        <source> MB/s</source>
        <translation> MB/s</translation>
    </message>
    <message>
        <source>How fast the target&apos;s recovery loads memory-optimized data, as measured by a test restore there; 0 = unknown (R-MOD-004).</source>
        <translation>Vitesse à laquelle la récupération sur la cible charge les données optimisées en mémoire, mesurée par une restauration de test sur celle-ci ; 0 = inconnue (R-MOD-004).</translation>
    </message>
    <message>
        <source>Set the target&apos;s memory-optimized load rate</source>
        <translation>Définir la vitesse de chargement optimisé en mémoire de la cible</translation>
    </message>
    <message>
        <source>How fast the target&apos;s RESTORE reads backups, as measured by a test restore there; 0 = the default of 77.3 MiB/s. Sets the time each step takes and when each filegroup comes online.</source>
        <translation>Vitesse à laquelle RESTORE lit les sauvegardes sur la cible, mesurée par une restauration de test sur celle-ci ; 0 = valeur par défaut de 77.3 MiB/s. Détermine la durée de chaque étape et le moment où chaque groupe de fichiers passe en ligne.</translation>
    </message>
    <message>
        <source>Set the target&apos;s restore throughput</source>
        <translation>Définir le débit de restauration de la cible</translation>
    </message>
    <message>
        <source>default (77.3 MiB/s)</source>
        <translation>par défaut (77.3 MiB/s)</translation>
    </message>
    <message>
        <source>&amp;Restore throughput:</source>
        <translation>Débit de &amp;restauration :</translation>
    </message>
    <message>
        <source>Target server: set “%1”</source>
        <translation>Serveur cible : activer « %1 »</translation>
    </message>
    <message>
        <source>Target server: clear “%1”</source>
        <translation>Serveur cible : désactiver « %1 »</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>rd::EventDialog</name>
    <message>
        <source>The &amp;whole database</source>
        <translation>Toute la &amp;base de données</translation>
    </message>
    <message>
        <source>The &amp;log is damaged too (no tail-log backup possible)</source>
        <translation>Le &amp;journal est également endommagé (sauvegarde de la fin du journal impossible)</translation>
    </message>
    <message>
        <source>Add Event</source>
        <translation>Ajouter un événement</translation>
    </message>
    <message>
        <source>The filegroups, or single files (one lost disk), the failure damages</source>
        <translation>Groupes de fichiers, ou fichiers isolés (un disque perdu), endommagés par la défaillance</translation>
    </message>
    <message>
        <source>filegroup %1</source>
        <translation>groupe de fichiers %1</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>fichier %1</translation>
    </message>
    <message>
        <source>the transaction&apos;s mark name (BEGIN TRAN … WITH MARK)</source>
        <translation>nom de la marque de la transaction (BEGIN TRAN … WITH MARK)</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Événement :</translation>
    </message>
    <message>
        <source>&amp;At (server time):</source>
        <translation>&amp;À (heure du serveur) :</translation>
    </message>
    <message>
        <source>&amp;Damaged:</source>
        <translation>&amp;Endommagé :</translation>
    </message>
    <message>
        <source>&amp;Filegroup:</source>
        <translation>&amp;Groupe de fichiers :</translation>
    </message>
    <message>
        <source>&amp;Recovery model:</source>
        <translation>&amp;Mode de récupération :</translation>
    </message>
    <message>
        <source>&amp;Mark:</source>
        <translation>Mar&amp;que :</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>Modifier l&apos;événement</translation>
    </message>
    <message>
        <source>Choose what the failure damages: the whole database, filegroups, files or the log.</source>
        <translation>Choisissez ce que la défaillance endommage : toute la base de données, des groupes de fichiers, des fichiers ou le journal.</translation>
    </message>
    <message>
        <source>The layout has no filegroup to switch.</source>
        <translation>La disposition ne comporte aucun groupe de fichiers à basculer.</translation>
    </message>
    <message>
        <source>Name the marked transaction.</source>
        <translation>Nommez la transaction marquée.</translation>
    </message>
</context>
<context>
    <name>rd::EventPalette</name>
    <message>
        <source>Drag an event onto the timeline: where you drop it sets when it happens, and the lane what it acts on. Drag a marker to move the event; double-click it to change it.</source>
        <translation>Faites glisser un événement sur la chronologie : l&apos;endroit où vous le déposez détermine quand il se produit, et la ligne ce sur quoi il agit. Faites glisser un marqueur pour déplacer l&apos;événement ; double-cliquez dessus pour le modifier.</translation>
    </message>
</context>
<context>
    <name>rd::ExportActions</name>
    <message>
        <source>&amp;Timeline as Image…</source>
        <translation>&amp;Chronologie en tant qu&apos;image…</translation>
    </message>
    <message>
        <source>&amp;Plan as Image…</source>
        <translation>&amp;Plan en tant qu&apos;image…</translation>
    </message>
    <message>
        <source>Save the plan&apos;s table as PNG or SVG</source>
        <translation>Enregistrer le tableau du plan au format PNG ou SVG</translation>
    </message>
    <message>
        <source>&amp;Handout (PDF)…</source>
        <translation>&amp;Support de cours (PDF)…</translation>
    </message>
    <message>
        <source>A PDF for a training session: layout, timeline, plan, states after each step, findings and script</source>
        <translation>Un PDF pour une session de formation : disposition, chronologie, plan, états après chaque étape, constats et script</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>chronologie</translation>
    </message>
    <message>
        <source>Restore plan</source>
        <translation>Plan de restauration</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <source>Export %1 as Image</source>
        <translation>Exporter %1 en tant qu&apos;image</translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>Images PNG (*.png);;Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export Handout</source>
        <translation>Exporter le support de cours</translation>
    </message>
    <message>
        <source>handout</source>
        <translation>support-de-cours</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the timeline as displayed (zoom and scroll) as PNG or SVG</source>
        <translation>Enregistrer la chronologie telle qu&apos;elle est affichée (zoom et défilement) au format PNG ou SVG</translation>
    </message>
</context>
<context>
    <name>rd::FileTable</name>
    <message>
        <source>Logical name</source>
        <translation>Nom logique</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin d&apos;accès</translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <translation>Taille (MB)</translation>
    </message>
    <message>
        <source>Double-click a cell, or select it and type, to change a logical name, path or size (ALTER DATABASE … MODIFY FILE).</source>
        <translation>Double-cliquez sur une cellule, ou sélectionnez-la et tapez, pour modifier un nom logique, un chemin d&apos;accès ou une taille (ALTER DATABASE … MODIFY FILE).</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>Rename file %1 to %2</source>
        <translation>Renommer le fichier %1 en %2</translation>
    </message>
    <message>
        <source>Change the path of file %1</source>
        <translation>Modifier le chemin d&apos;accès du fichier %1</translation>
    </message>
    <message>
        <source>The size of a file is a number of megabytes, 0 or more: %1 is not.</source>
        <translation>La taille d&apos;un fichier est un nombre de mégaoctets, supérieur ou égal à 0 : %1 n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>Resize file %1 to %2 MB</source>
        <translation>Redimensionner le fichier %1 à %2 MB</translation>
    </message>
</context>
<context>
    <name>rd::FilegroupForm</name>
    <message>
        <source>Filegroup</source>
        <translation>Groupe de fichiers</translation>
    </message>
    <message>
        <source>Select a filegroup in the layout to see its files.</source>
        <translation>Sélectionnez un groupe de fichiers dans la disposition pour afficher ses fichiers.</translation>
    </message>
    <message>
        <source>READ_ONLY at the start of the timeline</source>
        <translation>READ_ONLY au début de la chronologie</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Mo&amp;ve to</source>
        <translation>&amp;Déplacer vers</translation>
    </message>
    <message>
        <source>ALTER DATABASE … MODIFY FILEGROUP … NAME: renames the filegroup and every reference to it. Press Enter to apply.</source>
        <translation>ALTER DATABASE … MODIFY FILEGROUP … NAME : renomme le groupe de fichiers et toutes ses références. Appuyez sur Entrée pour appliquer.</translation>
    </message>
    <message>
        <source>What the filegroup holds. A database has at most one MEMORY_OPTIMIZED_DATA filegroup; PRIMARY is ROWS.</source>
        <translation>Contenu du groupe de fichiers. Une base de données comporte au plus un groupe de fichiers MEMORY_OPTIMIZED_DATA ; PRIMARY est de type ROWS.</translation>
    </message>
    <message>
        <source>The filegroup the selected file moves to (one of the same kind)</source>
        <translation>Groupe de fichiers vers lequel le fichier sélectionné est déplacé (un groupe de même type)</translation>
    </message>
    <message>
        <source>Move the selected file to the chosen filegroup</source>
        <translation>Déplacer le fichier sélectionné vers le groupe de fichiers choisi</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Filegroup %1</source>
        <translation>Groupe de fichiers %1</translation>
    </message>
    <message>
        <source>The memory-optimized filegroup cannot be made READ_ONLY.</source>
        <translation>Le groupe de fichiers optimisé en mémoire ne peut pas être mis en READ_ONLY.</translation>
    </message>
    <message>
        <source>ALTER DATABASE … MODIFY FILEGROUP … READ_ONLY at the start of the timeline; later changes are SET_READ_ONLY / SET_READ_WRITE events.</source>
        <translation>ALTER DATABASE … MODIFY FILEGROUP … READ_ONLY au début de la chronologie ; les changements ultérieurs sont des événements SET_READ_ONLY / SET_READ_WRITE.</translation>
    </message>
    <message>
        <source>Containers (folders):</source>
        <translation>Conteneurs (dossiers) :</translation>
    </message>
    <message>
        <source>Data files:</source>
        <translation>Fichiers de données :</translation>
    </message>
    <message>
        <source>Add a container to %1 (ALTER DATABASE … ADD FILE … TO FILEGROUP)</source>
        <translation>Ajouter un conteneur à %1 (ALTER DATABASE … ADD FILE … TO FILEGROUP)</translation>
    </message>
    <message>
        <source>Add a data file to %1 (ALTER DATABASE … ADD FILE … TO FILEGROUP)</source>
        <translation>Ajouter un fichier de données à %1 (ALTER DATABASE … ADD FILE … TO FILEGROUP)</translation>
    </message>
    <message>
        <source>Remove the selected file (ALTER DATABASE … REMOVE FILE); steps and backups naming it no longer do. Del</source>
        <translation>Supprimer le fichier sélectionné (ALTER DATABASE … REMOVE FILE) ; les étapes et sauvegardes qui le nomment ne le nomment plus. Suppr</translation>
    </message>
    <message>
        <source>The primary data file (.mdf): it stays in PRIMARY.</source>
        <translation>Le fichier de données primaire (.mdf) : il reste dans PRIMARY.</translation>
    </message>
</context>
<context>
    <name>rd::FilegroupItem</name>
    <message>
        <source>Transaction log</source>
        <translation>Journal des transactions</translation>
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
        <translation>conteneur</translation>
    </message>
    <message>
        <source>(no files)</source>
        <translation>(aucun fichier)</translation>
    </message>
    <message>
        <source>damaged: no tail-log backup</source>
        <translation>endommagé : pas de sauvegarde de la fin du journal</translation>
    </message>
    <message>
        <source>tail-log backup possible</source>
        <translation>sauvegarde de la fin du journal possible</translation>
    </message>
</context>
<context>
    <name>rd::HeaderOnlyHistoryReader</name>
    <message>
        <source>the header names BackupType or LogicalName, but no separator (comma, tab, semicolon or |) splits it into columns: sqlcmd without -s&quot;,&quot; separates columns with spaces, which cannot be read back</source>
        <translation>l&apos;en-tête nomme BackupType ou LogicalName, mais aucun séparateur (virgule, tabulation, point-virgule ou |) ne le divise en colonnes : sqlcmd sans -s&quot;,&quot; sépare les colonnes par des espaces, ce qui ne peut pas être relu</translation>
    </message>
    <message>
        <source>no header line naming BackupType (RESTORE HEADERONLY) or LogicalName (RESTORE FILELISTONLY) in the first %1 lines: save the results with their column headers (docs/import-headeronly.md)</source>
        <translation>aucune ligne d&apos;en-tête ne nomme BackupType (RESTORE HEADERONLY) ou LogicalName (RESTORE FILELISTONLY) dans les %1 premières lignes : enregistrez les résultats avec leurs en-têtes de colonnes (docs/import-headeronly.md)</translation>
    </message>
    <message>
        <source>no header line naming BackupType (RESTORE HEADERONLY) or LogicalName (RESTORE FILELISTONLY): save the results with their column headers (docs/import-headeronly.md)</source>
        <translation>aucune ligne d&apos;en-tête ne nomme BackupType (RESTORE HEADERONLY) ou LogicalName (RESTORE FILELISTONLY) : enregistrez les résultats avec leurs en-têtes de colonnes (docs/import-headeronly.md)</translation>
    </message>
    <message>
        <source>text after the end of a result that is not the header of another RESTORE HEADERONLY or FILELISTONLY result</source>
        <translation>texte après la fin d&apos;un résultat qui n&apos;est pas l&apos;en-tête d&apos;un autre résultat RESTORE HEADERONLY ou FILELISTONLY</translation>
    </message>
    <message>
        <source>the column appears twice in the header</source>
        <translation>la colonne apparaît deux fois dans l&apos;en-tête</translation>
    </message>
    <message>
        <source>required column missing from the header: %1</source>
        <translation>colonne obligatoire absente de l&apos;en-tête : %1</translation>
    </message>
    <message>
        <source>column not in the result: %1</source>
        <translation>colonne absente du résultat : %1</translation>
    </message>
    <message>
        <source>the backup type (1, 2, 4, 5, 6, 7 or 8)</source>
        <translation>le type de sauvegarde (1, 2, 4, 5, 6, 7 ou 8)</translation>
    </message>
    <message>
        <source>which database the backup is of</source>
        <translation>la base de données dont provient la sauvegarde</translation>
    </message>
    <message>
        <source>the backup set&apos;s place in its file (WITH FILE =)</source>
        <translation>la position du jeu de sauvegarde dans son fichier (WITH FILE =)</translation>
    </message>
    <message>
        <source>without it the order of the log backups cannot be known</source>
        <translation>sans elle, l&apos;ordre des sauvegardes du journal ne peut pas être connu</translation>
    </message>
    <message>
        <source>without it the log chain cannot be followed</source>
        <translation>sans elle, la chaîne de journaux ne peut pas être suivie</translation>
    </message>
    <message>
        <source>when the backup started</source>
        <translation>le début de la sauvegarde</translation>
    </message>
    <message>
        <source>when the backup finished</source>
        <translation>la fin de la sauvegarde</translation>
    </message>
    <message>
        <source>the backups&apos; checkpoint LSNs are derived</source>
        <translation>les LSN de point de contrôle des sauvegardes sont déduits</translation>
    </message>
    <message>
        <source>which full backup a differential or log follows is derived</source>
        <translation>la sauvegarde complète que suit une sauvegarde différentielle ou du journal est déduite</translation>
    </message>
    <message>
        <source>a backup set met twice cannot be recognised</source>
        <translation>un jeu de sauvegarde rencontré deux fois ne peut pas être reconnu</translation>
    </message>
    <message>
        <source>the file&apos;s logical name</source>
        <translation>le nom logique du fichier</translation>
    </message>
    <message>
        <source>the file&apos;s id in the database</source>
        <translation>l&apos;ID du fichier dans la base de données</translation>
    </message>
    <message>
        <source>the file&apos;s type (D, L, S, F)</source>
        <translation>le type du fichier (D, L, S, F)</translation>
    </message>
    <message>
        <source>every data file is read as PRIMARY&apos;s</source>
        <translation>chaque fichier de données est lu comme appartenant à PRIMARY</translation>
    </message>
    <message>
        <source>every file is read as present in the backup</source>
        <translation>chaque fichier est lu comme présent dans la sauvegarde</translation>
    </message>
    <message>
        <source>%1 has no BackupFile column: its rows are read as the backup file %2, the saved result&apos;s name</source>
        <translation>%1 n&apos;a pas de colonne BackupFile : ses lignes sont lues comme le fichier de sauvegarde %2, le nom du résultat enregistré</translation>
    </message>
    <message>
        <source>filegroup %1 holds containers (FILELISTONLY Type S), which FILELISTONLY does not tell apart for FILESTREAM and memory-optimized data: read as the database&apos;s memory-optimized filegroup; change it in the designer if it is FILESTREAM</source>
        <translation>le groupe de fichiers %1 contient des conteneurs (FILELISTONLY Type S), que FILELISTONLY ne distingue pas entre FILESTREAM et données optimisées en mémoire : lu comme le groupe de fichiers optimisé en mémoire de la base de données ; modifiez-le dans le concepteur s&apos;il s&apos;agit de FILESTREAM</translation>
    </message>
    <message>
        <source>%1 more errors not listed</source>
        <translation>%1 autres erreurs non affichées</translation>
    </message>
    <message>
        <source>the file list of a backup set left out (see its HEADERONLY row)</source>
        <translation>la liste de fichiers d&apos;un jeu de sauvegarde exclu (voir sa ligne HEADERONLY)</translation>
    </message>
    <message>
        <source>a file list with no RESTORE HEADERONLY row of the same backup file and position among the inputs</source>
        <translation>une liste de fichiers sans ligne RESTORE HEADERONLY de même fichier de sauvegarde et même position parmi les entrées</translation>
    </message>
    <message>
        <source>no backup of database %1; the backup headers are of: %2</source>
        <translation>aucune sauvegarde de la base de données %1 ; les en-têtes de sauvegarde concernent : %2</translation>
    </message>
    <message>
        <source>no RESTORE HEADERONLY row among the inputs: a file list alone does not say which backup it belongs to</source>
        <translation>aucune ligne RESTORE HEADERONLY parmi les entrées : une liste de fichiers seule n&apos;indique pas à quelle sauvegarde elle appartient</translation>
    </message>
    <message>
        <source>the backup headers are of %1 databases: %2; choose one with --database NAME</source>
        <translation>les en-têtes de sauvegarde concernent %1 bases de données : %2 ; choisissez-en une avec --database NAME</translation>
    </message>
    <message>
        <source>times are the server&apos;s local time, as RESTORE HEADERONLY prints them</source>
        <translation>les heures sont l&apos;heure locale du serveur, telles que RESTORE HEADERONLY les affiche</translation>
    </message>
    <message>
        <source>BackupFile names no backup file</source>
        <translation>BackupFile ne nomme aucun fichier de sauvegarde</translation>
    </message>
    <message>
        <source>BackupFile names %1 devices; a media set has at most %2</source>
        <translation>BackupFile nomme %1 unités ; un support de sauvegarde en comporte au plus %2</translation>
    </message>
    <message>
        <source>Position is NULL</source>
        <translation>Position est NULL</translation>
    </message>
    <message>
        <source>DatabaseName is NULL</source>
        <translation>DatabaseName est NULL</translation>
    </message>
    <message>
        <source>the same backup file and position as an earlier HEADERONLY row: read once</source>
        <translation>même fichier de sauvegarde et même position qu&apos;une ligne HEADERONLY précédente : lu une seule fois</translation>
    </message>
    <message>
        <source>a backup of database %1, not of %2 (--database)</source>
        <translation>sauvegarde de la base de données %1, et non de %2 (--database)</translation>
    </message>
    <message>
        <source>the same backup set (BackupSetGUID) as %1, line %2: read once</source>
        <translation>même jeu de sauvegarde (BackupSetGUID) que %1, ligne %2 : lu une seule fois</translation>
    </message>
    <message>
        <source>BackupType is NULL</source>
        <translation>BackupType est NULL</translation>
    </message>
    <message>
        <source>%1 is not a backup type: expected 1 (database), 2 (transaction log), 4 (file or filegroup), 5 (differential database), 6 (differential file), 7 (partial) or 8 (differential partial)</source>
        <translation>%1 n&apos;est pas un type de sauvegarde : 1 (base de données), 2 (journal des transactions), 4 (fichier ou groupe de fichiers), 5 (base de données différentielle), 6 (fichier différentiel), 7 (partielle) ou 8 (partielle différentielle) attendu</translation>
    </message>
    <message>
        <source>the file list of a backup file and position read already from an earlier file</source>
        <translation>la liste de fichiers d&apos;un fichier de sauvegarde et d&apos;une position déjà lus dans un fichier précédent</translation>
    </message>
    <message>
        <source>FileID is NULL</source>
        <translation>FileID est NULL</translation>
    </message>
    <message>
        <source>a repeat of an earlier row (the same backup file, position and FileID)</source>
        <translation>répétition d&apos;une ligne précédente (même fichier de sauvegarde, même position et même FileID)</translation>
    </message>
    <message>
        <source>a file with no logical name</source>
        <translation>fichier sans nom logique</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file type: expected D (data), L (log), S (FILESTREAM or memory-optimized container) or F (full-text catalog)</source>
        <translation>&quot;%1&quot; n&apos;est pas un type de fichier : D (données), L (journal), S (conteneur FILESTREAM ou optimisé en mémoire) ou F (catalogue de texte intégral) attendu</translation>
    </message>
    <message>
        <source>Type is NULL</source>
        <translation>Type est NULL</translation>
    </message>
</context>
<context>
    <name>rd::HelpActions</name>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Règles</translation>
    </message>
    <message>
        <source>Quick &amp;Tour</source>
        <translation>&amp;Visite guidée</translation>
    </message>
    <message>
        <source>Read the rules the designer checks, searchable; on a selected finding, its rule (F1)</source>
        <translation>Lire les règles que vérifie le concepteur, avec recherche ; sur un constat sélectionné, sa règle (F1)</translation>
    </message>
    <message>
        <source>A five-step walk through the window on the bundled sample</source>
        <translation>Une visite de la fenêtre en cinq étapes sur l&apos;exemple fourni</translation>
    </message>
    <message>
        <source>The filegroup layout</source>
        <translation>La disposition des groupes de fichiers</translation>
    </message>
    <message>
        <source>Each box is a filegroup of the database: PRIMARY, read/write and read-only ones, and the memory-optimized filegroup. Click one to see its files in the Inspector.</source>
        <translation>Chaque cadre est un groupe de fichiers de la base de données : PRIMARY, ceux en lecture-écriture et en lecture seule, et le groupe de fichiers optimisé en mémoire. Cliquez sur l&apos;un d&apos;eux pour voir ses fichiers dans l&apos;Inspecteur.</translation>
    </message>
    <message>
        <source>The backup timeline</source>
        <translation>La chronologie des sauvegardes</translation>
    </message>
    <message>
        <source>The backup history, left to right in time: full, differential, file and log backups, and events such as the failure. Drag a backup kind from the Backups palette to add one.</source>
        <translation>L&apos;historique des sauvegardes, de gauche à droite dans le temps : sauvegardes complètes, différentielles, de fichiers et du journal, et des événements comme la défaillance. Faites glisser un type de sauvegarde depuis la palette Sauvegardes pour en ajouter une.</translation>
    </message>
    <message>
        <source>The restore plan</source>
        <translation>Le plan de restauration</translation>
    </message>
    <message>
        <source>The plan&apos;s RESTORE steps, in order. Select a step to choose what it restores and how it recovers; Ctrl+Shift+Up and Down move it.</source>
        <translation>Les étapes RESTORE du plan, dans l&apos;ordre. Sélectionnez une étape pour choisir ce qu&apos;elle restaure et comment elle se termine ; Ctrl+Maj+Haut et Bas la déplacent.</translation>
    </message>
    <message>
        <source>Findings and their rules</source>
        <translation>Les constats et leurs règles</translation>
    </message>
    <message>
        <source>Every rule of SQL Server the plan breaks is listed here as you edit. Select a finding to locate it; press ? or F1 to read its rule, Ctrl+. to apply its fix.</source>
        <translation>Chaque règle de SQL Server que le plan enfreint s&apos;affiche ici pendant la modification. Sélectionnez un constat pour le localiser ; appuyez sur ? ou F1 pour lire sa règle, Ctrl+. pour appliquer son correctif.</translation>
    </message>
    <message>
        <source>Simulation and T-SQL</source>
        <translation>Simulation et T-SQL</translation>
    </message>
    <message>
        <source>The state of the database and of each filegroup after every step. The T-SQL tab beside it holds the restore script; File ▸ Export T-SQL saves it.</source>
        <translation>L&apos;état de la base de données et de chaque groupe de fichiers après chaque étape. L&apos;onglet T-SQL à côté contient le script de restauration ; Fichier ▸ Exporter T-SQL l&apos;enregistre.</translation>
    </message>
</context>
<context>
    <name>rd::HistoryActions</name>
    <message>
        <source>Import &amp;History…</source>
        <translation>Importer l&apos;&amp;historique…</translation>
    </message>
    <message>
        <source>Plan &amp;for…</source>
        <translation>Planifier &amp;pour…</translation>
    </message>
    <message>
        <source>Start an untitled project from a backup history: an msdb export, dbatools, or backup headers</source>
        <translation>Créer un projet sans titre à partir d&apos;un historique de sauvegarde : un export msdb, dbatools ou des en-têtes de sauvegarde</translation>
    </message>
    <message>
        <source>Let the planner build a restore plan to a target, with the filegroups to bring online first</source>
        <translation>Laisser le planificateur créer un plan de restauration jusqu&apos;à une cible, avec les groupes de fichiers à mettre en ligne en premier</translation>
    </message>
    <message>
        <source>Nothing was imported; the project shown is unchanged.</source>
        <translation>Rien n&apos;a été importé ; le projet affiché est inchangé.</translation>
    </message>
    <message>
        <source>Imported the backup history of %1 as an untitled project: Save asks where to keep it.</source>
        <translation>Historique des sauvegardes de %1 importé en tant que projet sans titre : Enregistrer demande où le conserver.</translation>
    </message>
    <message>
        <source>Added plan %1: hover a dimmed backup on the timeline to see why the plan leaves it out.</source>
        <translation>Plan %1 ajouté : survolez une sauvegarde estompée sur la chronologie pour savoir pourquoi le plan l&apos;exclut.</translation>
    </message>
    <message>
        <source>Plan for…</source>
        <translation>Planifier pour…</translation>
    </message>
    <message>
        <source>Added plan &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Plan &lt;b&gt;%1&lt;/b&gt; ajouté.</translation>
    </message>
    <message>
        <source>Why these backups:</source>
        <translation>Pourquoi ces sauvegardes :</translation>
    </message>
</context>
<context>
    <name>rd::HistoryDatabaseChoice</name>
    <message>
        <source>no backup of database %1; the export holds backups of: %2</source>
        <translation>aucune sauvegarde de la base de données %1 ; l&apos;export contient des sauvegardes de : %2</translation>
    </message>
    <message>
        <source>the export holds no backup set</source>
        <translation>l&apos;export ne contient aucun jeu de sauvegarde</translation>
    </message>
    <message>
        <source>the export holds backups of %1 databases: %2; choose one with --database NAME</source>
        <translation>l&apos;export contient des sauvegardes de %1 bases de données : %2 ; choisissez-en une avec --database NAME</translation>
    </message>
</context>
<context>
    <name>rd::HistoryImportDialog</name>
    <message>
        <source>&amp;Add Files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>Import Backup History</source>
        <translation>Importer l&apos;historique des sauvegardes</translation>
    </message>
    <message>
        <source>msdb export (SSMS or sqlcmd results of msdb-backup-history.sql)</source>
        <translation>Export msdb (résultats SSMS ou sqlcmd de msdb-backup-history.sql)</translation>
    </message>
    <message>
        <source>dbatools (Get-DbaDbBackupHistory as JSON or CliXML)</source>
        <translation>dbatools (Get-DbaDbBackupHistory au format JSON ou CliXML)</translation>
    </message>
    <message>
        <source>Backup headers (RESTORE HEADERONLY and FILELISTONLY results)</source>
        <translation>En-têtes de sauvegarde (résultats de RESTORE HEADERONLY et FILELISTONLY)</translation>
    </message>
    <message>
        <source>What the files hold; a format this version cannot read yet says so when imported</source>
        <translation>Contenu des fichiers ; un format que cette version ne sait pas encore lire est signalé lors de l&apos;importation</translation>
    </message>
    <message>
        <source>The files are read in this order, as one history</source>
        <translation>Les fichiers sont lus dans cet ordre, comme un seul historique</translation>
    </message>
    <message>
        <source>Choose the exported files</source>
        <translation>Choisir les fichiers exportés</translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation>Supprimer les fichiers sélectionnés de la liste</translation>
    </message>
    <message>
        <source>The files hold backups of several databases: the one to import</source>
        <translation>Les fichiers contiennent des sauvegardes de plusieurs bases de données : celle à importer</translation>
    </message>
    <message>
        <source>Errors name the file, line and column; nothing is changed until the import succeeds.</source>
        <translation>Les erreurs indiquent le fichier, la ligne et la colonne ; rien n&apos;est modifié tant que l&apos;importation n&apos;a pas réussi.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Stop the import (nothing is kept), or close the dialog</source>
        <translation>Arrêter l&apos;importation (rien n&apos;est conservé) ou fermer la boîte de dialogue</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>Fi&amp;les:</source>
        <translation>Fic&amp;hiers :</translation>
    </message>
    <message>
        <source>Saved results (*.csv *.txt *.rpt);;All files (*)</source>
        <translation>Résultats enregistrés (*.csv *.txt *.rpt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>dbatools exports (*.json *.xml *.clixml);;All files (*)</source>
        <translation>Exports dbatools (*.json *.xml *.clixml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose History Files</source>
        <translation>Choisir les fichiers d&apos;historique</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%1 sur %2 MB</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported, and the project is unchanged.</source>
        <translation>L&apos;importation a été annulée : rien n&apos;a été importé, et le projet est inchangé.</translation>
    </message>
    <message numerus="yes">
        <source>The files hold backups of %n databases: choose one and import again.
</source>
        <translation>
            <numerusform>Les fichiers contiennent des sauvegardes de %n base de données : choisissez-en une et réimportez.
</numerusform>
            <numerusform>Les fichiers contiennent des sauvegardes de %n bases de données : choisissez-en une et réimportez.
</numerusform>
        </translation>
    </message>
    <message>
        <source>the files hold no backup history</source>
        <translation>les fichiers ne contiennent aucun historique de sauvegarde</translation>
    </message>
</context>
<context>
    <name>rd::HistoryImportProblem</name>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1, ligne %2, colonne %3</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
</context>
<context>
    <name>rd::HistorySkippedRows</name>
    <message numerus="yes">
        <source> and %n more range(s)</source>
        <translation>
            <numerusform> et %n autre plage</numerusform>
            <numerusform> et %n autres plages</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>lines %1</source>
        <translation>lignes %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 (%n row(s)): %3</source>
        <translation>
            <numerusform>%1, %2 (%n ligne) : %3</numerusform>
            <numerusform>%1, %2 (%n lignes) : %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation>Rapport d&apos;importation</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the whole report to the clipboard</source>
        <translation>Copier l&apos;intégralité du rapport dans le Presse-papiers</translation>
    </message>
    <message>
        <source>1 backup</source>
        <translation>1 sauvegarde</translation>
    </message>
    <message>
        <source>%1 backups</source>
        <translation>%1 sauvegardes</translation>
    </message>
    <message>
        <source>Imported %1 of database %2 from %3.</source>
        <translation>Importé depuis %3 : %1 de la base de données %2.</translation>
    </message>
    <message>
        <source>Rows read: %1 (skipped rows included).</source>
        <translation>Lignes lues : %1 (lignes ignorées incluses).</translation>
    </message>
    <message>
        <source>Skipped rows (%1):</source>
        <translation>Lignes ignorées (%1) :</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Remarques :</translation>
    </message>
    <message>
        <source>Warnings (%1):</source>
        <translation>Avertissements (%1) :</translation>
    </message>
    <message>
        <source>No row was skipped and nothing needs a second look.</source>
        <translation>Aucune ligne n&apos;a été ignorée et rien ne demande de vérification.</translation>
    </message>
</context>
<context>
    <name>rd::InputFile</name>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>une FIFO (canal nommé)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>un périphérique caractère</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>un périphérique bloc</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>this is a directory, not a file</source>
        <translation>il s&apos;agit d&apos;un répertoire, et non d&apos;un fichier</translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation>il ne s&apos;agit pas d&apos;un fichier normal</translation>
    </message>
    <message>
        <source>this is not a regular file but %1</source>
        <translation>il ne s&apos;agit pas d&apos;un fichier normal, mais de %1</translation>
    </message>
    <message>
        <source>the file is %1 bytes, more than the limit of %2</source>
        <translation>le fichier fait %1 octets, plus que la limite de %2</translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation>impossible de le lire : %1</translation>
    </message>
    <message>
        <source>it holds more than %1, the limit</source>
        <translation>il contient plus de %1, la limite</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d&apos;ouvrir le fichier : %1</translation>
    </message>
</context>
<context>
    <name>rd::LanguageChoice</name>
    <message>
        <source>System default</source>
        <translation>Valeur par défaut du système</translation>
    </message>
</context>
<context>
    <name>rd::LayoutScene</name>
    <message>
        <source>after step %1</source>
        <translation>après l&apos;étape %1</translation>
    </message>
    <message>
        <source>before the restore</source>
        <translation>avant la restauration</translation>
    </message>
    <message>
        <source>Database %1  ·  %2 edition  ·  %3 recovery model</source>
        <translation>Base de données %1  ·  édition %2  ·  mode de récupération %3</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Transaction log&lt;/b&gt;&lt;br&gt;Rolled forward by RESTORE LOG; every log backup shows on the timeline&apos;s log lane.&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Journal des transactions&lt;/b&gt;&lt;br&gt;Restauré par progression avec RESTORE LOG ; chaque sauvegarde du journal apparaît sur la ligne du journal de la chronologie.&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;font color=#c62f2f&gt;Damaged by the failure at %1: no tail-log backup is possible.&lt;/font&gt;</source>
        <translation>&lt;br&gt;&lt;font color=#c62f2f&gt;Endommagé par la défaillance à %1 : aucune sauvegarde de la fin du journal n&apos;est possible.&lt;/font&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 filegroup</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — groupe de fichiers %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;PRIMARY: holds the system tables; a piecemeal restore starts with it (PARTIAL).</source>
        <translation>&lt;br&gt;PRIMARY : contient les tables système ; une restauration fragmentaire commence par lui (PARTIAL).</translation>
    </message>
    <message>
        <source>&lt;br&gt;Checkpoint containers of the memory-optimized tables: restored together with PRIMARY in the first stage.</source>
        <translation>&lt;br&gt;Conteneurs de point de contrôle des tables optimisées en mémoire : restaurés avec PRIMARY lors de la première phase.</translation>
    </message>
    <message>
        <source>&lt;br&gt;READ_ONLY at the start of the timeline</source>
        <translation>&lt;br&gt;READ_ONLY au début de la chronologie</translation>
    </message>
    <message>
        <source>&lt;br&gt;Read/write at the start of the timeline</source>
        <translation>&lt;br&gt;En lecture-écriture au début de la chronologie</translation>
    </message>
    <message>
        <source>State %1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>État %1 : &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Double-click to rename; right-click for more.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Double-cliquez pour renommer ; cliquez avec le bouton droit pour plus d&apos;options.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>rd::LayoutView</name>
    <message>
        <source>The database layout: each filegroup with its files, coloured by kind (ROWS blue, FILESTREAM teal, MEMORY_OPTIMIZED_DATA purple, log brown); hatched with a lock = read-only; star = PRIMARY. The pill shows the simulated state after the selected plan step.</source>
        <translation>Disposition de la base de données : chaque groupe de fichiers avec ses fichiers, coloré selon son type (ROWS bleu, FILESTREAM bleu-vert, MEMORY_OPTIMIZED_DATA violet, journal brun) ; hachuré avec un cadenas = en lecture seule ; étoile = PRIMARY. La pastille indique l&apos;état simulé après l&apos;étape du plan sélectionnée.</translation>
    </message>
</context>
<context>
    <name>rd::LogChainWalk</name>
    <message>
        <source>log backup %1, which holds LSN %2, cannot be restored: %3</source>
        <translation>la sauvegarde du journal %1, qui contient le LSN %2, ne peut pas être restaurée : %3</translation>
    </message>
    <message>
        <source>no log backup holds LSN %1: the log chain has a gap there</source>
        <translation>aucune sauvegarde du journal ne contient le LSN %1 : la chaîne de journaux présente une interruption à cet endroit</translation>
    </message>
</context>
<context>
    <name>rd::LogFilesForm</name>
    <message>
        <source>Transaction log</source>
        <translation>Journal des transactions</translation>
    </message>
    <message>
        <source>Add log f&amp;ile</source>
        <translation>Ajouter un f&amp;ichier journal</translation>
    </message>
    <message>
        <source>Remove lo&amp;g file</source>
        <translation>Supprimer le fichier &amp;journal</translation>
    </message>
    <message>
        <source>Add a log file to the database (ALTER DATABASE … ADD LOG FILE)</source>
        <translation>Ajouter un fichier journal à la base de données (ALTER DATABASE … ADD LOG FILE)</translation>
    </message>
    <message>
        <source>Remove the selected log file (ALTER DATABASE … REMOVE FILE). The primary log file, the first, stays. Del</source>
        <translation>Supprimer le fichier journal sélectionné (ALTER DATABASE … REMOVE FILE). Le fichier journal primaire, le premier, est conservé. Suppr</translation>
    </message>
    <message>
        <source>The primary log file (.ldf): SQL Server keeps it while the database exists.</source>
        <translation>Le fichier journal primaire (.ldf) : SQL Server le conserve tant que la base de données existe.</translation>
    </message>
</context>
<context>
    <name>rd::MainWindow</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Drag a backup kind onto the timeline to add a backup there</source>
        <translation>Faites glisser un type de sauvegarde sur la chronologie pour y ajouter une sauvegarde</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Drag an event onto the timeline to add it there</source>
        <translation>Faites glisser un événement sur la chronologie pour l&apos;y ajouter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Export &amp;T-SQL…</source>
        <translation>Exporter &amp;T-SQL…</translation>
    </message>
    <message>
        <source>Save the script shown in the T-SQL dock as a .sql file</source>
        <translation>Enregistrer le script affiché dans le volet T-SQL en tant que fichier .sql</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Add &amp;Event…</source>
        <translation>Ajouter un é&amp;vénement…</translation>
    </message>
    <message>
        <source>Add a failure, a read-only switch, a recovery-model change or a mark to the timeline</source>
        <translation>Ajouter à la chronologie une défaillance, un passage en lecture seule, un changement de mode de récupération ou une marque</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Inspect Database</source>
        <translation>&amp;Inspecter la base de données</translation>
    </message>
    <message>
        <source>Show the Inspector: the database, the selected filegroup&apos;s files and the target server</source>
        <translation>Afficher l&apos;Inspecteur : la base de données, les fichiers du groupe de fichiers sélectionné et le serveur cible</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Réinitialiser la disposition des fenêtres</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Restore Designer</source>
        <translation>À &amp;propos de Restore Designer</translation>
    </message>
    <message>
        <source>About Restore Designer</source>
        <translation>À propos de Restore Designer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restore Designer&lt;/b&gt; %1&lt;p&gt;Design, check, rehearse and script SQL Server piecemeal restores.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Restore Designer&lt;/b&gt; %1&lt;p&gt;Concevoir, vérifier, répéter et scripter des restaurations fragmentaires SQL Server.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source> Plan: </source>
        <translation> Plan : </translation>
    </message>
    <message>
        <source>The restore plan shown in the Plan, Simulation, Diagnostics and T-SQL docks</source>
        <translation>Plan de restauration affiché dans les volets Plan, Simulation, Diagnostics et T-SQL</translation>
    </message>
    <message>
        <source>Findings for the current plan; details in the Diagnostics dock</source>
        <translation>Constats pour le plan actif ; détails dans le volet Diagnostics</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
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
        <translation>Aucun plan</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 erreurs</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 avertissements</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Choose the language of Restore Designer (applies at the next start)</source>
        <translation>Choisir la langue de Restore Designer (s&apos;applique au prochain démarrage)</translation>
    </message>
    <message>
        <source>&lt;p&gt;The open project was saved by Restore Designer %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le projet ouvert a été enregistré par Restore Designer %1.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rd::MsdbHistoryReader</name>
    <message>
        <source>the header names database_name, but no separator (comma, tab, semicolon or |) splits it into columns: sqlcmd without -s&quot;,&quot; separates columns with spaces, which cannot be read back</source>
        <translation>l&apos;en-tête nomme database_name, mais aucun séparateur (virgule, tabulation, point-virgule ou |) ne le divise en colonnes : sqlcmd sans -s&quot;,&quot; sépare les colonnes par des espaces, ce qui ne peut pas être relu</translation>
    </message>
    <message>
        <source>no header line naming the column database_name in the first %1 lines: save the results with their column headers (docs/import-msdb.md)</source>
        <translation>aucune ligne d&apos;en-tête ne nomme la colonne database_name dans les %1 premières lignes : enregistrez les résultats avec leurs en-têtes de colonnes (docs/import-msdb.md)</translation>
    </message>
    <message>
        <source>no header line naming the column database_name: save the results with their column headers (docs/import-msdb.md)</source>
        <translation>aucune ligne d&apos;en-tête ne nomme la colonne database_name : enregistrez les résultats avec leurs en-têtes de colonnes (docs/import-msdb.md)</translation>
    </message>
    <message>
        <source>text after the end of the results (&quot;(N rows affected)&quot;): export one result set only</source>
        <translation>texte après la fin des résultats (&quot;(N rows affected)&quot;) : exportez un seul jeu de résultats</translation>
    </message>
    <message>
        <source>the column appears twice in the header</source>
        <translation>la colonne apparaît deux fois dans l&apos;en-tête</translation>
    </message>
    <message>
        <source>this is the output of Microsoft&apos;s example query of the backupset page (columns backuptype, LatestBackupLocation): it has no first_lsn or last_lsn, so which log backup follows which, whether the log chain is unbroken and which logs a restore needs cannot be known; run resources/sql/msdb-backup-history.sql instead</source>
        <translation>il s&apos;agit de la sortie de l&apos;exemple de requête de Microsoft de la page backupset (colonnes backuptype, LatestBackupLocation) : elle n&apos;a ni first_lsn ni last_lsn ; l&apos;ordre des sauvegardes du journal, la continuité de la chaîne de journaux et les journaux nécessaires à une restauration ne peuvent donc pas être connus ; exécutez plutôt resources/sql/msdb-backup-history.sql</translation>
    </message>
    <message>
        <source>this is the output of the classic &quot;backup history of the last 7 days&quot; query (columns SERVER, backup_type): it has no first_lsn or last_lsn, so no restore chain can be rebuilt, and its backup_type is only Database or Log (NULL for differential, file and partial backups); run resources/sql/msdb-backup-history.sql instead</source>
        <translation>il s&apos;agit de la sortie de la requête classique « historique des sauvegardes des 7 derniers jours » (colonnes SERVER, backup_type) : elle n&apos;a ni first_lsn ni last_lsn, aucune chaîne de restauration ne peut donc être reconstituée, et son backup_type vaut seulement Database ou Log (NULL pour les sauvegardes différentielles, de fichiers et partielles) ; exécutez plutôt resources/sql/msdb-backup-history.sql</translation>
    </message>
    <message>
        <source>required column missing from the header: %1</source>
        <translation>colonne obligatoire absente de l&apos;en-tête : %1</translation>
    </message>
    <message>
        <source>the backup type (D, I, L, F, G, P, Q)</source>
        <translation>le type de sauvegarde (D, I, L, F, G, P, Q)</translation>
    </message>
    <message>
        <source>without it the order of the log backups cannot be known</source>
        <translation>sans elle, l&apos;ordre des sauvegardes du journal ne peut pas être connu</translation>
    </message>
    <message>
        <source>without it the log chain cannot be followed</source>
        <translation>sans elle, la chaîne de journaux ne peut pas être suivie</translation>
    </message>
    <message>
        <source>when the backup started</source>
        <translation>le début de la sauvegarde</translation>
    </message>
    <message>
        <source>when the backup finished</source>
        <translation>la fin de la sauvegarde</translation>
    </message>
    <message>
        <source>required column missing from the header (or backup_set_uuid): it tells which rows (one per stripe and file) belong to one backup set</source>
        <translation>colonne obligatoire absente de l&apos;en-tête (ou backup_set_uuid) : elle indique quelles lignes (une par bande et par fichier) appartiennent à un même jeu de sauvegarde</translation>
    </message>
    <message>
        <source>column not in the export: %1</source>
        <translation>colonne absente de l&apos;export : %1</translation>
    </message>
    <message>
        <source>the backups&apos; checkpoint LSNs are derived</source>
        <translation>les LSN de point de contrôle des sauvegardes sont déduits</translation>
    </message>
    <message>
        <source>which full backup a differential or log follows is derived</source>
        <translation>la sauvegarde complète que suit une sauvegarde différentielle ou du journal est déduite</translation>
    </message>
    <message>
        <source>the backups have no media; scripts write a placeholder</source>
        <translation>les sauvegardes n&apos;ont pas de support ; les scripts écrivent un espace réservé</translation>
    </message>
    <message>
        <source>no backupfile rows: the layout holds PRIMARY only</source>
        <translation>aucune ligne backupfile : la disposition ne contient que PRIMARY</translation>
    </message>
    <message>
        <source>%1 more errors not listed</source>
        <translation>%1 autres erreurs non affichées</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>times are the server&apos;s local time, as msdb records them (time_zone: %1)%2</source>
        <translation>les heures sont l&apos;heure locale du serveur, telles que msdb les enregistre (time_zone : %1)%2</translation>
    </message>
    <message>
        <source>; the offset changes (daylight saving?), so times around the change may not be in LSN order</source>
        <translation> ; le décalage change (heure d&apos;été ?), les heures proches du changement peuvent donc ne pas suivre l&apos;ordre des LSN</translation>
    </message>
    <message>
        <source>a mirrored copy of the media (backupmediafamily.mirror %1): only mirror 0 is read, every mirror holds the same backup</source>
        <translation>copie en miroir du support (backupmediafamily.mirror %1) : seul le miroir 0 est lu, chaque miroir contient la même sauvegarde</translation>
    </message>
    <message>
        <source>backup_set_id is NULL</source>
        <translation>backup_set_id est NULL</translation>
    </message>
    <message>
        <source>backup_set_uuid is NULL</source>
        <translation>backup_set_uuid est NULL</translation>
    </message>
    <message>
        <source>database_name is NULL</source>
        <translation>database_name est NULL</translation>
    </message>
    <message>
        <source>a backup of database %1, not of %2 (--database)</source>
        <translation>sauvegarde de la base de données %1, et non de %2 (--database)</translation>
    </message>
    <message>
        <source>the same backup set (backup_set_uuid) as %1, line %2: read once</source>
        <translation>même jeu de sauvegarde (backup_set_uuid) que %1, ligne %2 : lu une seule fois</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a backup type: expected D (database), I (differential), L (log), F (file or filegroup), G (differential file), P (partial) or Q (differential partial)</source>
        <translation>&quot;%1&quot; n&apos;est pas un type de sauvegarde : D (base de données), I (différentielle), L (journal), F (fichier ou groupe de fichiers), G (fichier différentiel), P (partielle) ou Q (partielle différentielle) attendu</translation>
    </message>
    <message>
        <source>%1 is not a time zone (-48 to 48 quarter hours, or 127 for unknown)</source>
        <translation>%1 n&apos;est pas un fuseau horaire (-48 à 48 quarts d&apos;heure, ou 127 si inconnu)</translation>
    </message>
    <message>
        <source>media family %1 of a media set of %2 (media_family_count)</source>
        <translation>famille de supports %1 d&apos;un support de sauvegarde de %2 (media_family_count)</translation>
    </message>
    <message>
        <source>a repeat of an earlier row (the same backup set, media family and file)</source>
        <translation>répétition d&apos;une ligne précédente (même jeu de sauvegarde, même famille de supports et même fichier)</translation>
    </message>
    <message>
        <source>the export has file_number but not logical_name: a file needs its name</source>
        <translation>l&apos;export contient file_number mais pas logical_name : un fichier a besoin de son nom</translation>
    </message>
    <message>
        <source>a file with no logical name</source>
        <translation>fichier sans nom logique</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file type: expected D (data), L (log), S (FILESTREAM or memory-optimized container) or F (full-text catalog)</source>
        <translation>&quot;%1&quot; n&apos;est pas un type de fichier : D (données), L (journal), S (conteneur FILESTREAM ou optimisé en mémoire) ou F (catalogue de texte intégral) attendu</translation>
    </message>
</context>
<context>
    <name>rd::MsdbProjectBuilder</name>
    <message>
        <source>PRIMARY is listed with backupfilegroup.type %1: read as a rows filegroup, which PRIMARY always is</source>
        <translation>PRIMARY figure avec backupfilegroup.type %1 : lu comme groupe de fichiers de lignes, ce que PRIMARY est toujours</translation>
    </message>
    <message>
        <source>filegroup %1 is listed as memory-optimized (FX) after %2: a database has one memory-optimized filegroup, so it is read as FILESTREAM</source>
        <translation>le groupe de fichiers %1 figure comme optimisé en mémoire (FX) après %2 : une base de données n&apos;a qu&apos;un groupe de fichiers optimisé en mémoire, il est donc lu comme FILESTREAM</translation>
    </message>
    <message>
        <source>filegroup %1 holds containers (file_type S) but the export has no backupfilegroup.type: read as FILESTREAM; a memory-optimized filegroup is type FX there</source>
        <translation>le groupe de fichiers %1 contient des conteneurs (file_type S), mais l&apos;export n&apos;a pas de backupfilegroup.type : lu comme FILESTREAM ; un groupe de fichiers optimisé en mémoire y est de type FX</translation>
    </message>
    <message>
        <source>filegroup %1 holds containers (FileList Type S) but dbatools gives no filegroup type: read as FILESTREAM</source>
        <translation>le groupe de fichiers %1 contient des conteneurs (FileList Type S), mais dbatools n&apos;indique pas de type de groupe de fichiers : lu comme FILESTREAM</translation>
    </message>
    <message>
        <source>filegroup %1 holds containers (FILELISTONLY Type S), as do other filegroups: read as FILESTREAM, since a database has one memory-optimized filegroup at most</source>
        <translation>le groupe de fichiers %1 contient des conteneurs (FILELISTONLY Type S), comme d&apos;autres groupes de fichiers : lu comme FILESTREAM, car une base de données a au plus un groupe de fichiers optimisé en mémoire</translation>
    </message>
    <message>
        <source>no backupfile rows name the PRIMARY filegroup: the layout has an empty PRIMARY; the filegroups and files come from the backupfile and backupfilegroup columns of data backups</source>
        <translation>aucune ligne backupfile ne nomme le groupe de fichiers PRIMARY : la disposition a un PRIMARY vide ; les groupes de fichiers et les fichiers proviennent des colonnes backupfile et backupfilegroup des sauvegardes de données</translation>
    </message>
    <message>
        <source>no FileList names a data file of PRIMARY: the layout has an empty PRIMARY filegroup</source>
        <translation>aucune FileList ne nomme un fichier de données de PRIMARY : la disposition a un groupe de fichiers PRIMARY vide</translation>
    </message>
    <message>
        <source>no FILELISTONLY row names the PRIMARY filegroup: the layout has an empty PRIMARY; the filegroups and files come from the RESTORE FILELISTONLY results of data backups</source>
        <translation>aucune ligne FILELISTONLY ne nomme le groupe de fichiers PRIMARY : la disposition a un PRIMARY vide ; les groupes de fichiers et les fichiers proviennent des résultats RESTORE FILELISTONLY des sauvegardes de données</translation>
    </message>
    <message>
        <source>left out of the layout, dropped by the newest backup that lists them (state 8 or a drop_lsn): %1</source>
        <translation>exclus de la disposition, supprimés d&apos;après la sauvegarde la plus récente qui les répertorie (state 8 ou drop_lsn) : %1</translation>
    </message>
    <message>
        <source>the backups of %1 come from %2 different databases of that name (family_guid): it was created again, or the export mixes servers; their log chains do not join</source>
        <translation>les sauvegardes de %1 proviennent de %2 bases de données différentes portant ce nom (family_guid) : elle a été recréée, ou l&apos;export mélange des serveurs ; leurs chaînes de journaux ne se rejoignent pas</translation>
    </message>
    <message>
        <source>the edition is not in msdb: the project says ENTERPRISE; change it if the target server differs (online restore needs Enterprise or Developer)</source>
        <translation>l&apos;édition ne figure pas dans msdb : le projet indique ENTERPRISE ; modifiez-la si le serveur cible est différent (la restauration en ligne requiert Enterprise ou Developer)</translation>
    </message>
    <message>
        <source>the edition is not in the dbatools export: the project says ENTERPRISE; change it if the target server differs (online restore needs Enterprise or Developer)</source>
        <translation>l&apos;édition ne figure pas dans l&apos;export dbatools : le projet indique ENTERPRISE ; modifiez-la si le serveur cible est différent (la restauration en ligne requiert Enterprise ou Developer)</translation>
    </message>
    <message>
        <source>the edition is not in the backup headers: the project says ENTERPRISE; change it if the target server differs (online restore needs Enterprise or Developer)</source>
        <translation>l&apos;édition ne figure pas dans les en-têtes de sauvegarde : le projet indique ENTERPRISE ; modifiez-la si le serveur cible est différent (la restauration en ligne requiert Enterprise ou Developer)</translation>
    </message>
    <message numerus="yes">
        <source>%n file backup(s) without backupfile rows, so what they hold is unknown: %1%2</source>
        <translation>
            <numerusform>%n sauvegarde de fichiers sans lignes backupfile, son contenu est donc inconnu : %1%2</numerusform>
            <numerusform>%n sauvegardes de fichiers sans lignes backupfile, leur contenu est donc inconnu : %1%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file backup(s) without a FileList, so what they hold is unknown: %1%2</source>
        <translation>
            <numerusform>%n sauvegarde de fichiers sans FileList, son contenu est donc inconnu : %1%2</numerusform>
            <numerusform>%n sauvegardes de fichiers sans FileList, leur contenu est donc inconnu : %1%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file backup(s) without a FILELISTONLY result, so what they hold is unknown: %1%2</source>
        <translation>
            <numerusform>%n sauvegarde de fichiers sans résultat FILELISTONLY, son contenu est donc inconnu : %1%2</numerusform>
            <numerusform>%n sauvegardes de fichiers sans résultat FILELISTONLY, leur contenu est donc inconnu : %1%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backup history of %1 imported from msdb (%2): %n backup set(s).</source>
        <translation>
            <numerusform>Historique des sauvegardes de %1 importé depuis msdb (%2) : %n jeu de sauvegarde.</numerusform>
            <numerusform>Historique des sauvegardes de %1 importé depuis msdb (%2) : %n jeux de sauvegarde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backup history of %1 imported from dbatools (%2): %n backup set(s).</source>
        <translation>
            <numerusform>Historique des sauvegardes de %1 importé depuis dbatools (%2) : %n jeu de sauvegarde.</numerusform>
            <numerusform>Historique des sauvegardes de %1 importé depuis dbatools (%2) : %n jeux de sauvegarde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backup history of %1 imported from backup file headers (%2): %n backup set(s).</source>
        <translation>
            <numerusform>Historique des sauvegardes de %1 importé depuis les en-têtes des fichiers de sauvegarde (%2) : %n jeu de sauvegarde.</numerusform>
            <numerusform>Historique des sauvegardes de %1 importé depuis les en-têtes des fichiers de sauvegarde (%2) : %n jeux de sauvegarde.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::MsdbValues</name>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 est hors limites (%2 à %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bit (expected 0 or 1)</source>
        <translation>&quot;%1&quot; n&apos;est pas un bit (0 ou 1 attendu)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (expected YYYY-MM-DD HH:MM:SS[.fff], as SSMS and sqlcmd print datetime)</source>
        <translation>&quot;%1&quot; n&apos;est pas une date et heure (YYYY-MM-DD HH:MM:SS[.fff] attendu, comme SSMS et sqlcmd affichent datetime)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a possible date and time</source>
        <translation>&quot;%1&quot; n&apos;est pas une date et heure possible</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is before 1753-01-01, the earliest datetime</source>
        <translation>&quot;%1&quot; est antérieur au 1753-01-01, la plus petite valeur datetime</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is after 9999-12-31 23:59:59.997, the latest datetime</source>
        <translation>&quot;%1&quot; est postérieur au 9999-12-31 23:59:59.997, la plus grande valeur datetime</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GUID (expected 8-4-4-4-12 hexadecimal digits)</source>
        <translation>&quot;%1&quot; n&apos;est pas un GUID (8-4-4-4-12 chiffres hexadécimaux attendus)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a recovery model (FULL, BULK-LOGGED, SIMPLE)</source>
        <translation>&quot;%1&quot; n&apos;est pas un mode de récupération (FULL, BULK-LOGGED, SIMPLE)</translation>
    </message>
</context>
<context>
    <name>rd::PaletteEvent</name>
    <message>
        <source>Failure of the database</source>
        <translation>Défaillance de la base de données</translation>
    </message>
    <message>
        <source>Failure of a filegroup or the log</source>
        <translation>Défaillance d&apos;un groupe de fichiers ou du journal</translation>
    </message>
    <message>
        <source>Read-only switch</source>
        <translation>Passage en lecture seule</translation>
    </message>
    <message>
        <source>Read-write switch</source>
        <translation>Passage en lecture-écriture</translation>
    </message>
    <message>
        <source>Recovery-model change</source>
        <translation>Changement de mode de récupération</translation>
    </message>
    <message>
        <source>Marked transaction</source>
        <translation>Transaction marquée</translation>
    </message>
    <message>
        <source>Every data file is lost; the log survives, so a tail-log backup is possible</source>
        <translation>Tous les fichiers de données sont perdus ; le journal subsiste, une sauvegarde de la fin du journal est donc possible</translation>
    </message>
    <message>
        <source>Drop it on a filegroup&apos;s lane to damage that filegroup, on the log lane to damage the log</source>
        <translation>Déposez-la sur la ligne d&apos;un groupe de fichiers pour endommager ce groupe de fichiers, sur la ligne du journal pour endommager le journal</translation>
    </message>
    <message>
        <source>ALTER DATABASE … MODIFY FILEGROUP … READ_ONLY of the lane&apos;s filegroup</source>
        <translation>ALTER DATABASE … MODIFY FILEGROUP … READ_ONLY du groupe de fichiers de la ligne</translation>
    </message>
    <message>
        <source>ALTER DATABASE … MODIFY FILEGROUP … READ_WRITE of the lane&apos;s filegroup</source>
        <translation>ALTER DATABASE … MODIFY FILEGROUP … READ_WRITE du groupe de fichiers de la ligne</translation>
    </message>
    <message>
        <source>ALTER DATABASE … SET RECOVERY: to SIMPLE from FULL or BULK_LOGGED, to FULL from SIMPLE (double-click the marker to choose)</source>
        <translation>ALTER DATABASE … SET RECOVERY : vers SIMPLE depuis FULL ou BULK_LOGGED, vers FULL depuis SIMPLE (double-cliquez sur le marqueur pour choisir)</translation>
    </message>
    <message>
        <source>BEGIN TRANSACTION … WITH MARK: a target for STOPATMARK / STOPBEFOREMARK</source>
        <translation>BEGIN TRANSACTION … WITH MARK : une cible pour STOPATMARK / STOPBEFOREMARK</translation>
    </message>
    <message>
        <source>The log is not a filegroup and has no READ_ONLY option: drop the switch on a filegroup&apos;s lane.</source>
        <translation>Le journal n&apos;est pas un groupe de fichiers et n&apos;a pas d&apos;option READ_ONLY : déposez le passage sur la ligne d&apos;un groupe de fichiers.</translation>
    </message>
    <message>
        <source>Drop the switch on the lane of the filegroup it switches.</source>
        <translation>Déposez le passage sur la ligne du groupe de fichiers qu&apos;il bascule.</translation>
    </message>
    <message>
        <source>Drop the failure on the lane of the filegroup it damages, or on the log lane.</source>
        <translation>Déposez la défaillance sur la ligne du groupe de fichiers qu&apos;elle endommage, ou sur la ligne du journal.</translation>
    </message>
</context>
<context>
    <name>rd::PiecemealPlan</name>
    <message>
        <source>the database has no filegroup named %1</source>
        <translation>la base de données n&apos;a aucun groupe de fichiers nommé %1</translation>
    </message>
    <message>
        <source>Stage 1 (WITH PARTIAL, recovered): %1 from %2; PRIMARY and the memory-optimized filegroup always come first (R-PIECE-001, R-MOD-002).</source>
        <translation>Phase 1 (WITH PARTIAL, récupérée) : %1 à partir de %2 ; PRIMARY et le groupe de fichiers optimisé en mémoire viennent toujours en premier (R-PIECE-001, R-MOD-002).</translation>
    </message>
    <message>
        <source>Stage %1: %2 from %3 WITH RECOVERY and no log: read-only when %3 was taken and since (R-RO-002).</source>
        <translation>Phase %1 : %2 à partir de %3 WITH RECOVERY et sans journal : en lecture seule lors de la prise de %3 et depuis (R-RO-002).</translation>
    </message>
    <message>
        <source>filegroup %1 is not in %2 and has not been read-only since a backup that holds it: the planner restores later stages from the stage-1 base</source>
        <translation>le groupe de fichiers %1 n&apos;est pas dans %2 et n&apos;est pas en lecture seule depuis une sauvegarde qui le contient : le planificateur restaure les phases suivantes à partir de la base de la phase 1</translation>
    </message>
    <message>
        <source>Stage %1: %2 from %3, with the same log backups to the same point, %4 (R-PIECE-011%5).</source>
        <translation>Phase %1 : %2 à partir de %3, avec les mêmes sauvegardes du journal jusqu&apos;au même point, %4 (R-PIECE-011%5).</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>offline: SET OFFLINE first</source>
        <translation>hors connexion : SET OFFLINE d&apos;abord</translation>
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
        <translation>Plan de restauration : les instructions qu&apos;un DBA exécutera, dans l&apos;ordre</translation>
    </message>
    <message>
        <source>Select a step to edit it below and to see the states after it in Simulation</source>
        <translation>Sélectionnez une étape pour la modifier ci-dessous et voir les états qui la suivent dans Simulation</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#777&apos;&gt;No steps yet.&lt;br&gt;Right-click a backup on the timeline and choose &lt;i&gt;Add to Plan&lt;/i&gt;, or use &lt;i&gt;Add Step&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#777&apos;&gt;Aucune étape pour l&apos;instant.&lt;br&gt;Cliquez avec le bouton droit sur une sauvegarde de la chronologie et choisissez &lt;i&gt;Ajouter au plan&lt;/i&gt;, ou utilisez &lt;i&gt;Ajouter une étape&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;The restore&apos;s estimated time at the restore throughput (Target Server) and when each filegroup comes online; ≥ when a backup&apos;s size or the memory-optimized load is not known.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Durée estimée de la restauration au débit de restauration (Serveur cible) et moment où chaque groupe de fichiers passe en ligne ; ≥ lorsque la taille d&apos;une sauvegarde ou le chargement optimisé en mémoire est inconnu.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>rd::PlanExplanation</name>
    <message>
        <source>not on the recovery fork of %1: it goes on on fork %2 past LSN %3, where the restored log moves to fork %4</source>
        <translation>hors de la branche de récupération de %1 : elle se poursuit sur la branche %2 au-delà du LSN %3, où le journal restauré passe à la branche %4</translation>
    </message>
    <message>
        <source>plan %1 restores no full or partial backup</source>
        <translation>le plan %1 ne restaure aucune sauvegarde complète ou partielle</translation>
    </message>
    <message>
        <source>empty log: its first and last LSN are equal, it holds no log record</source>
        <translation>journal vide : ses premier et dernier LSN sont égaux, il ne contient aucun enregistrement de journal</translation>
    </message>
    <message>
        <source>not on the recovery fork of %1 (it is on fork %2)</source>
        <translation>hors de la branche de récupération de %1 (elle est sur la branche %2)</translation>
    </message>
    <message>
        <source>ends before %1&apos;s last LSN %2: the data backup already holds its log</source>
        <translation>se termine avant le dernier LSN %2 de %1 : la sauvegarde de données contient déjà son journal</translation>
    </message>
    <message>
        <source>covered by differential %1</source>
        <translation>couverte par la sauvegarde différentielle %1</translation>
    </message>
    <message>
        <source>after the target %1</source>
        <translation>après la cible %1</translation>
    </message>
    <message>
        <source>copy-only: the regular log backups restored cover its range (R-LOG-007)</source>
        <translation>copie uniquement : les sauvegardes du journal normales restaurées couvrent sa plage (R-LOG-007)</translation>
    </message>
    <message>
        <source>after the end of the plan&apos;s log chain (LSN %1): a log backup between is missing or not restored</source>
        <translation>après la fin de la chaîne de journaux du plan (LSN %1) : une sauvegarde du journal intermédiaire est manquante ou non restaurée</translation>
    </message>
    <message>
        <source>a tail-log backup the plan does not restore</source>
        <translation>une sauvegarde de la fin du journal que le plan ne restaure pas</translation>
    </message>
    <message>
        <source>its LSN range is covered by the log backups the plan restores</source>
        <translation>sa plage de LSN est couverte par les sauvegardes du journal que le plan restaure</translation>
    </message>
    <message>
        <source>its base is %1, not %2</source>
        <translation>sa base est %1, et non %2</translation>
    </message>
    <message>
        <source>its base is not in the history, and %1 is not its base</source>
        <translation>sa base ne figure pas dans l&apos;historique, et %1 n&apos;est pas sa base</translation>
    </message>
    <message>
        <source>a newer differential %1 is used</source>
        <translation>une sauvegarde différentielle plus récente %1 est utilisée</translation>
    </message>
    <message>
        <source>the plan restores the older differential %1</source>
        <translation>le plan restaure la sauvegarde différentielle plus ancienne %1</translation>
    </message>
    <message>
        <source>the plan restores the log backups from %1 instead</source>
        <translation>le plan restaure plutôt les sauvegardes du journal à partir de %1</translation>
    </message>
    <message>
        <source>finished at %1, after the target %2</source>
        <translation>terminée à %1, après la cible %2</translation>
    </message>
    <message>
        <source>a file backup: %1 already holds its files</source>
        <translation>une sauvegarde de fichiers : %1 contient déjà ses fichiers</translation>
    </message>
    <message>
        <source>newer than %1, but the plan starts from %1</source>
        <translation>plus récente que %1, mais le plan part de %1</translation>
    </message>
    <message>
        <source>a newer partial backup %1 is used</source>
        <translation>une sauvegarde partielle plus récente %1 est utilisée</translation>
    </message>
    <message>
        <source>a newer full %1 is used</source>
        <translation>une sauvegarde complète plus récente %1 est utilisée</translation>
    </message>
</context>
<context>
    <name>rd::PlanForDialog</name>
    <message>
        <source>&amp;before it (STOPBEFOREMARK)</source>
        <translation>&amp;avant celle-ci (STOPBEFOREMARK)</translation>
    </message>
    <message>
        <source>&amp;Piecemeal restore: PRIMARY first, then these filegroups in this order</source>
        <translation>Restauration &amp;fragmentaire : PRIMARY d&apos;abord, puis ces groupes de fichiers dans cet ordre</translation>
    </message>
    <message>
        <source>Plan for…</source>
        <translation>Planifier pour…</translation>
    </message>
    <message>
        <source>the latest point: the end of the log</source>
        <translation>le point le plus récent : la fin du journal</translation>
    </message>
    <message>
        <source>a point in time (STOPAT)</source>
        <translation>une limite dans le temps (STOPAT)</translation>
    </message>
    <message>
        <source>a marked transaction (STOPATMARK)</source>
        <translation>une transaction marquée (STOPATMARK)</translation>
    </message>
    <message>
        <source>an LSN (STOPATMARK = &apos;lsn:…&apos;)</source>
        <translation>un LSN (STOPATMARK = &apos;lsn:…&apos;)</translation>
    </message>
    <message>
        <source>How far the restore rolls forward</source>
        <translation>Jusqu&apos;où la restauration effectue la restauration par progression</translation>
    </message>
    <message>
        <source>Server time to stop at, to the second; bounded by the history</source>
        <translation>Heure du serveur à laquelle s&apos;arrêter, à la seconde près ; limitée par l&apos;historique</translation>
    </message>
    <message>
        <source>The marked transactions on the timeline (MARK events)</source>
        <translation>Transactions marquées de la chronologie (événements MARK)</translation>
    </message>
    <message>
        <source>decimal digits, as msdb shows them: 41000000034400001</source>
        <translation>chiffres décimaux, tels que msdb les affiche : 41000000034400001</translation>
    </message>
    <message>
        <source>The LSN to stop at, in decimal digits as backupset.last_lsn shows it</source>
        <translation>LSN auquel s&apos;arrêter, en chiffres décimaux tels que backupset.last_lsn l&apos;affiche</translation>
    </message>
    <message>
        <source>named after the target</source>
        <translation>nommé d&apos;après la cible</translation>
    </message>
    <message>
        <source>The new plan&apos;s name; empty: the planner names it after the target</source>
        <translation>Nom du nouveau plan ; vide : le planificateur le nomme d&apos;après la cible</translation>
    </message>
    <message>
        <source>Restore in stages: the first checked filegroup with PRIMARY (and the memory-optimized filegroup), each next checked one in a stage of its own, then the unchecked ones together; otherwise the whole database at once</source>
        <translation>Restaurer par phases : le premier groupe de fichiers coché avec PRIMARY (et le groupe de fichiers optimisé en mémoire), chaque groupe coché suivant dans sa propre phase, puis les groupes non cochés ensemble ; sinon toute la base de données en une fois</translation>
    </message>
    <message>
        <source>Recover &amp;to:</source>
        <translation>Récupérer &amp;jusqu&apos;à :</translation>
    </message>
    <message>
        <source>Plan &amp;name:</source>
        <translation>&amp;Nom du plan :</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>The timeline has no marked transaction: add a MARK event first, or choose another target.</source>
        <translation>La chronologie ne comporte aucune transaction marquée : ajoutez d&apos;abord un événement MARK, ou choisissez une autre cible.</translation>
    </message>
    <message>
        <source>A plan named %1 exists already: choose another name.</source>
        <translation>Un plan nommé %1 existe déjà : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>No plan: %1</source>
        <translation>Aucun plan : %1</translation>
    </message>
    <message>
        <source>the planner gave no reason</source>
        <translation>le planificateur n&apos;a donné aucune raison</translation>
    </message>
    <message>
        <source>Planned restore</source>
        <translation>Restauration planifiée</translation>
    </message>
    <message>
        <source>Plan for… %1</source>
        <translation>Planifier pour… %1</translation>
    </message>
    <message>
        <source>Target LSN: %1</source>
        <translation>LSN cible : %1</translation>
    </message>
</context>
<context>
    <name>rd::PlanGoal</name>
    <message>
        <source>the point in time is not a valid time</source>
        <translation>la limite dans le temps n&apos;est pas une heure valide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an LSN: write lsn: followed by 1 to 25 decimal digits</source>
        <translation>&quot;%1&quot; n&apos;est pas un LSN : écrivez lsn: suivi de 1 à 25 chiffres décimaux</translation>
    </message>
    <message>
        <source>the timeline has no mark named &apos;%1&apos; (a MARK event)</source>
        <translation>la chronologie ne comporte aucune marque nommée &apos;%1&apos; (un événement MARK)</translation>
    </message>
    <message>
        <source>the end of the log</source>
        <translation>la fin du journal</translation>
    </message>
    <message>
        <source>LSN %1</source>
        <translation>LSN %1</translation>
    </message>
    <message>
        <source>mark &apos;%1&apos;</source>
        <translation>marque &apos;%1&apos;</translation>
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
        <translation>Étape %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Step number; the icon shows the worst finding of the step</source>
        <translation>Numéro de l&apos;étape ; l&apos;icône indique le constat le plus grave de l&apos;étape</translation>
    </message>
    <message>
        <source>The T-SQL statement of the step</source>
        <translation>Instruction T-SQL de l&apos;étape</translation>
    </message>
    <message>
        <source>The backup restored (or, for BACKUP LOG, taken) by the step</source>
        <translation>Sauvegarde restaurée (ou, pour BACKUP LOG, effectuée) par l&apos;étape</translation>
    </message>
    <message>
        <source>FILE / FILEGROUP / READ_WRITE_FILEGROUPS targets; none = the whole backup</source>
        <translation>Cibles FILE / FILEGROUP / READ_WRITE_FILEGROUPS ; aucune = la sauvegarde entière</translation>
    </message>
    <message>
        <source>The WITH options</source>
        <translation>Options WITH</translation>
    </message>
    <message>
        <source>Move step %1 to %2</source>
        <translation>Déplacer l&apos;étape %1 en position %2</translation>
    </message>
    <message>
        <source>Restore %1 in step %2</source>
        <translation>Restaurer %1 à l&apos;étape %2</translation>
    </message>
    <message>
        <source>The step&apos;s estimated duration: reading its backup at the restore throughput (Target Server), plus loading memory-optimized data; ≥ when a size or rate is not known</source>
        <translation>Durée estimée de l&apos;étape : lecture de sa sauvegarde au débit de restauration (Serveur cible), plus chargement des données optimisées en mémoire ; ≥ lorsqu&apos;une taille ou une vitesse est inconnue</translation>
    </message>
</context>
<context>
    <name>rd::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>The language of the windows, messages and command-line reports. The system default follows the desktop&apos;s language (LANGUAGE, LANG).</source>
        <translation>La langue des fenêtres, des messages et des rapports de la ligne de commande. La valeur par défaut du système suit la langue du bureau (LANGUAGE, LANG).</translation>
    </message>
    <message>
        <source>A new language applies the next time Restore Designer starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Restore Designer.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
</context>
<context>
    <name>rd::PresenterMode</name>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <source>Large fonts and no editing panels, for a projector (F5 to leave)</source>
        <translation>Grandes polices et aucun panneau d&apos;édition, pour un projecteur (F5 pour quitter)</translation>
    </message>
</context>
<context>
    <name>rd::PriorityList</name>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Drag to reorder (or Ctrl+Up / Ctrl+Down); unchecked filegroups come online last, together</source>
        <translation>Faites glisser pour réorganiser (ou Ctrl+Up / Ctrl+Down) ; les groupes de fichiers non cochés passent en ligne en dernier, ensemble</translation>
    </message>
    <message>
        <source>Bring the selected filegroup online earlier (Ctrl+Up)</source>
        <translation>Mettre en ligne le groupe de fichiers sélectionné plus tôt (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Bring the selected filegroup online later (Ctrl+Down)</source>
        <translation>Mettre en ligne le groupe de fichiers sélectionné plus tard (Ctrl+Down)</translation>
    </message>
</context>
<context>
    <name>rd::ProjectFileActions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Start a new project</source>
        <translation>Créer un projet</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a project file (.rdproj) or a JSON plan (.json)</source>
        <translation>Ouvrir un fichier de projet (.rdproj) ou un plan JSON (.json)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the project under a new name (.rdproj or .json)</source>
        <translation>Enregistrer le projet sous un nouveau nom (.rdproj ou .json)</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importer JSON…</translation>
    </message>
    <message>
        <source>Start an untitled project from a JSON plan file</source>
        <translation>Créer un projet sans titre à partir d&apos;un fichier de plan JSON</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>Exporter &amp;JSON…</translation>
    </message>
    <message>
        <source>Write the project as a JSON plan file (for version control and the command line)</source>
        <translation>Écrire le projet dans un fichier de plan JSON (pour le contrôle de version et la ligne de commande)</translation>
    </message>
    <message>
        <source>Open &amp;Sample</source>
        <translation>Ouvrir l&apos;exemp&amp;le</translation>
    </message>
    <message>
        <source>Open the bundled sample (a piecemeal restore with memory-optimized tables) as an untitled project</source>
        <translation>Ouvrir l&apos;exemple fourni (une restauration fragmentaire avec des tables optimisées en mémoire) comme projet sans titre</translation>
    </message>
    <message>
        <source>Restore plan</source>
        <translation>Plan de restauration</translation>
    </message>
    <message>
        <source>Opened the sample as an untitled project: Save asks where to keep your copy.</source>
        <translation>Exemple ouvert comme projet sans titre : Enregistrer demande où conserver votre copie.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled; the project shown is unchanged.</source>
        <translation>L&apos;ouverture de %1 a été annulée ; le projet affiché est inchangé.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir le projet</translation>
    </message>
    <message>
        <source>the saved view is ignored in part (%1)</source>
        <translation>la vue enregistrée est partiellement ignorée (%1)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 comporte des modifications non enregistrées. Voulez-vous les enregistrer ?</translation>
    </message>
    <message>
        <source>JSON plans (*.json)</source>
        <translation>Plans JSON (*.json)</translation>
    </message>
    <message>
        <source>Project files (*.rdproj)</source>
        <translation>Fichiers de projet (*.rdproj)</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>Project files (*.rdproj);;JSON plans (*.json)</source>
        <translation>Fichiers de projet (*.rdproj);;Plans JSON (*.json)</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Restore Designer files (*.rdproj *.json);;Project files (*.rdproj);;JSON plans (*.json);;All files (*)</source>
        <translation>Fichiers Restore Designer (*.rdproj *.json);;Fichiers de projet (*.rdproj);;Plans JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import JSON Plan</source>
        <translation>Importer un plan JSON</translation>
    </message>
    <message>
        <source>JSON plans (*.json);;All files (*)</source>
        <translation>Plans JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing %1 was cancelled; the project shown is unchanged.</source>
        <translation>L&apos;importation de %1 a été annulée ; le projet affiché est inchangé.</translation>
    </message>
    <message>
        <source>Export JSON Plan</source>
        <translation>Exporter le plan JSON</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Opened %1 with warnings: %2</source>
        <translation>%1 ouvert avec des avertissements : %2</translation>
    </message>
</context>
<context>
    <name>rd::QuickTour</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Skip Tour</source>
        <translation>Passer la visite</translation>
    </message>
    <message>
        <source>End the tour (Esc); Help ▸ Quick Tour shows it again</source>
        <translation>Terminer la visite (Échap) ; Aide ▸ Visite guidée la montre à nouveau</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
</context>
<context>
    <name>rd::RecentFiles</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
</context>
<context>
    <name>rd::RestorePlanner</name>
    <message>
        <source>%1 is %2: SQL Server refuses to restore over it; remove it from there first (R-GEN-010)</source>
        <translation>%1 est %2 : SQL Server refuse de restaurer par-dessus ; retirez-la d&apos;abord de cette configuration (R-GEN-010)</translation>
    </message>
    <message>
        <source>joined to an availability group</source>
        <translation>jointe à un groupe de disponibilité</translation>
    </message>
    <message>
        <source>mirrored</source>
        <translation>en miroir</translation>
    </message>
    <message>
        <source>Tail-log backup %1 of the history is taken first (BACKUP LOG … WITH NORECOVERY) and restored last: the restore reaches the end of the log.</source>
        <translation>La sauvegarde de la fin du journal %1 de l&apos;historique est effectuée en premier (BACKUP LOG … WITH NORECOVERY) et restaurée en dernier : la restauration atteint la fin du journal.</translation>
    </message>
    <message>
        <source>Tail-log backup %1 of the history (taken on the source) is restored last: the restore reaches the end of the log.</source>
        <translation>La sauvegarde de la fin du journal %1 de l&apos;historique (effectuée sur la source) est restaurée en dernier : la restauration atteint la fin du journal.</translation>
    </message>
    <message>
        <source>the tail-log backup would start at LSN %1, after the chain&apos;s end %2</source>
        <translation>la sauvegarde de la fin du journal commencerait au LSN %1, après la fin de la chaîne %2</translation>
    </message>
    <message>
        <source>Tail-log backup %1 (new: add it to the history with the plan) is taken first, WITH NORECOVERY, and restored last: %2 exists and its log is intact, so the restore reaches the point of failure (R-TAIL-001, R-TAIL-003).</source>
        <translation>La sauvegarde de la fin du journal %1 (nouvelle : ajoutez-la à l&apos;historique avec le plan) est effectuée en premier, WITH NORECOVERY, et restaurée en dernier : %2 existe et son journal est intact, la restauration atteint donc le point de défaillance (R-TAIL-001, R-TAIL-003).</translation>
    </message>
    <message>
        <source>No tail-log backup: the log of %1 is damaged; the restore reaches the end of the last log backup and REPLACE says the rest is lost.</source>
        <translation>Aucune sauvegarde de la fin du journal : le journal de %1 est endommagé ; la restauration atteint la fin de la dernière sauvegarde du journal et REPLACE indique que le reste est perdu.</translation>
    </message>
    <message>
        <source>Restore to %1</source>
        <translation>Restaurer jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>No tail-log backup: %1 does not exist on the target, so the latest point is the end of %2 (%3), the plan&apos;s target (STOPAT).</source>
        <translation>Aucune sauvegarde de la fin du journal : %1 n&apos;existe pas sur la cible, le point le plus récent est donc la fin de %2 (%3), la cible du plan (STOPAT).</translation>
    </message>
</context>
<context>
    <name>rd::ResultTextCollector</name>
    <message>
        <source>a line before the header, skipped (&quot;%1&quot;)</source>
        <translation>ligne avant l&apos;en-tête, ignorée (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>sqlcmd counted %1 rows, the file holds %2: the file is not complete</source>
        <translation>sqlcmd a compté %1 lignes, le fichier en contient %2 : le fichier est incomplet</translation>
    </message>
    <message>
        <source>the row ends after %1 of the header&apos;s %2 columns (a truncated line?)</source>
        <translation>la ligne se termine après %1 des %2 colonnes de l&apos;en-tête (ligne tronquée ?)</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2 columns (a separator inside an unquoted value?)</source>
        <translation>la ligne compte %1 champs, l&apos;en-tête %2 colonnes (séparateur dans une valeur sans guillemets ?)</translation>
    </message>
    <message>
        <source>the backup finishes before it starts</source>
        <translation>la sauvegarde se termine avant de commencer</translation>
    </message>
    <message>
        <source>the LSN is NULL</source>
        <translation>le LSN est NULL</translation>
    </message>
    <message>
        <source>%1 is smaller than %2</source>
        <translation>%1 est inférieur à %2</translation>
    </message>
    <message>
        <source>the date is NULL</source>
        <translation>la date est NULL</translation>
    </message>
    <message>
        <source>UTF-16 without a byte order mark, recognised by its zero bytes</source>
        <translation>UTF-16 sans marque d&apos;ordre d&apos;octet, reconnu à ses octets nuls</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d&apos;ouvrir le fichier : %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
</context>
<context>
    <name>rd::RuleCatalogModel</name>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
</context>
<context>
    <name>rd::RulesWindow</name>
    <message>
        <source>Checked: the designer reports it in the Diagnostics dock and in `check`.</source>
        <translation>Vérifiée : le concepteur la signale dans le volet Diagnostics et dans `check`.</translation>
    </message>
    <message>
        <source>Simulated: the simulation applies it; there is nothing to report.</source>
        <translation>Simulée : la simulation l&apos;applique ; il n&apos;y a rien à signaler.</translation>
    </message>
    <message>
        <source>By construction: the designer and its T-SQL cannot break it.</source>
        <translation>Par construction : le concepteur et son T-SQL ne peuvent pas l&apos;enfreindre.</translation>
    </message>
    <message>
        <source>Not applicable: it cannot be checked from what a plan describes.</source>
        <translation>Non applicable : elle ne peut pas être vérifiée à partir de ce que décrit un plan.</translation>
    </message>
    <message>
        <source>Pending: not checked in this version.</source>
        <translation>En attente : non vérifiée dans cette version.</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>Rules — Restore Designer</source>
        <translation>Règles — Restore Designer</translation>
    </message>
    <message>
        <source>Search rules by ID, title or text (Ctrl+F)</source>
        <translation>Rechercher des règles par ID, titre ou texte (Ctrl+F)</translation>
    </message>
    <message>
        <source>Shows the rules whose ID, title, message, note or source holds every word typed (any case)</source>
        <translation>Affiche les règles dont l&apos;ID, le titre, le message, la remarque ou la source contient chaque mot saisi (sans respect de la casse)</translation>
    </message>
    <message>
        <source>Select a rule to read it.</source>
        <translation>Sélectionnez une règle pour la lire.</translation>
    </message>
    <message>
        <source>Search Rules</source>
        <translation>Rechercher des règles</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>No rule %1 in the catalog</source>
        <translation>Aucune règle %1 dans le catalogue</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n règle</numerusform>
            <numerusform>%n règles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rules</source>
        <translation>%1 sur %2 règles</translation>
    </message>
    <message>
        <source>Severity: &lt;b&gt;%1&lt;/b&gt; · Confidence: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Gravité : &lt;b&gt;%1&lt;/b&gt; · Confiance : &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What it checks</source>
        <translation>Ce qu&apos;elle vérifie</translation>
    </message>
    <message>
        <source>What the designer says, and the fix</source>
        <translation>Ce que dit le concepteur, et le correctif</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
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
        <translation>États de la base de données et des groupes de fichiers auxquels le plan aboutit, étape par étape</translation>
    </message>
    <message>
        <source>No plan to simulate.</source>
        <translation>Aucun plan à simuler.</translation>
    </message>
    <message>
        <source>After step %1 (%2)</source>
        <translation>Après l&apos;étape %1 (%2)</translation>
    </message>
    <message>
        <source>Before the restore</source>
        <translation>Avant la restauration</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>%1: database &lt;b&gt;%2&lt;/b&gt;, %3 of %4 filegroups available.</source>
        <translation>%1 : base de données &lt;b&gt;%2&lt;/b&gt;, %3 groupes de fichiers disponibles sur %4.</translation>
    </message>
    <message>
        <source>%1: database &lt;b&gt;%2&lt;/b&gt;, so no filegroup is online.</source>
        <translation>%1 : base de données &lt;b&gt;%2&lt;/b&gt;, aucun groupe de fichiers n&apos;est donc en ligne.</translation>
    </message>
    <message>
        <source>SQL Server refuses step %1 (%2): nothing changes.</source>
        <translation>SQL Server refuse l&apos;étape %1 (%2) : rien ne change.</translation>
    </message>
    <message>
        <source>1 page restoring: %1.</source>
        <translation>1 page en cours de restauration : %1.</translation>
    </message>
    <message>
        <source>%1 pages restoring: %2.</source>
        <translation>%1 pages en cours de restauration : %2.</translation>
    </message>
</context>
<context>
    <name>rd::SimulationModel</name>
    <message>
        <source>Recovery first loads the memory-optimized data of %1 into memory (size not stated).</source>
        <translation>La récupération charge d&apos;abord en mémoire les données optimisées en mémoire de %1 (taille non indiquée).</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message>
        <source>no load rate stated</source>
        <translation>aucune vitesse de chargement indiquée</translation>
    </message>
    <message>
        <source>over %1 at %2/s</source>
        <translation>plus de %1 à %2/s</translation>
    </message>
    <message>
        <source>≈%1 at %2/s</source>
        <translation>≈%1 à %2/s</translation>
    </message>
    <message>
        <source>Recovery first loads %1 of memory-optimized data into memory (%2).</source>
        <translation>La récupération charge d&apos;abord en mémoire %1 de données optimisées en mémoire (%2).</translation>
    </message>
    <message>
        <source>%1, 1 container</source>
        <translation>%1, 1 conteneur</translation>
    </message>
    <message>
        <source>%1, %2 containers</source>
        <translation>%1, %2 conteneurs</translation>
    </message>
    <message>
        <source>Before the database is available, recovery loads the memory-optimized data (%1) into memory; state the containers&apos; sizes for an estimate.</source>
        <translation>Avant que la base de données soit disponible, la récupération charge en mémoire les données optimisées en mémoire (%1) ; indiquez la taille des conteneurs pour obtenir une estimation.</translation>
    </message>
    <message>
        <source>Before the database is available, recovery loads at least %1 of memory-optimized data (%2; %3 without a size) into memory</source>
        <translation>Avant que la base de données soit disponible, la récupération charge en mémoire au moins %1 de données optimisées en mémoire (%2 ; %3 sans taille)</translation>
    </message>
    <message>
        <source>Before the database is available, recovery loads %1 of memory-optimized data (%2) into memory</source>
        <translation>Avant que la base de données soit disponible, la récupération charge en mémoire %1 de données optimisées en mémoire (%2)</translation>
    </message>
    <message>
        <source>: over %1 at %2/s.</source>
        <translation> : plus de %1 à %2/s.</translation>
    </message>
    <message>
        <source>: ≈%1 at %2/s.</source>
        <translation> : ≈%1 à %2/s.</translation>
    </message>
    <message>
        <source>; with no load rate stated (environment: memoryOptimizedLoadBytesPerSecond) there is no time estimate.</source>
        <translation> ; sans vitesse de chargement indiquée (environment : memoryOptimizedLoadBytesPerSecond), aucune estimation de durée n&apos;est possible.</translation>
    </message>
    <message>
        <source>(does not exist)</source>
        <translation>(n&apos;existe pas)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · 1 page restoring</source>
        <translation>%1 · 1 page en cours de restauration</translation>
    </message>
    <message>
        <source>%1 · %2 pages restoring</source>
        <translation>%1 · %2 pages en cours de restauration</translation>
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
        <translation>Avant la restauration</translation>
    </message>
    <message>
        <source>After step %1</source>
        <translation>Après l&apos;étape %1</translation>
    </message>
    <message>
        <source>The active log redone on top, fewer containers or cores, and low hash-index bucket counts make it longer (R-MOD-004).</source>
        <translation>Le journal actif rétabli par-dessus, un nombre réduit de conteneurs ou de cœurs et un faible nombre de compartiments d&apos;index de hachage l&apos;allongent (R-MOD-004).</translation>
    </message>
    <message>
        <source>%1: the database is %2</source>
        <translation>%1 : la base de données est %2</translation>
    </message>
    <message>
        <source>Pages restoring (page restore; only they are offline): %1.</source>
        <translation>Pages en cours de restauration (restauration de pages ; seules celles-ci sont hors connexion) : %1.</translation>
    </message>
    <message>
        <source>%1: filegroup %2 is %3 (the worst state of its files); its data is %4</source>
        <translation>%1 : le groupe de fichiers %2 est %3 (le pire état de ses fichiers) ; ses données sont %4</translation>
    </message>
    <message>
        <source>neither readable nor writable</source>
        <translation>ni lisibles ni modifiables</translation>
    </message>
    <message>
        <source>readable, not writable</source>
        <translation>lisibles, non modifiables</translation>
    </message>
    <message>
        <source>readable and writable</source>
        <translation>lisibles et modifiables</translation>
    </message>
    <message>
        <source>%1: roll-forward stands at LSN %2 (the redo start LSN of the restoring files, or the LSN recovered to)</source>
        <translation>%1 : la restauration par progression en est au LSN %2 (LSN de début de rétablissement des fichiers en cours de restauration, ou LSN jusqu&apos;auquel la récupération a eu lieu)</translation>
    </message>
    <message>
        <source>%1: the restored data has reached %2</source>
        <translation>%1 : les données restaurées ont atteint %2</translation>
    </message>
    <message>
        <source>Before
the restore</source>
        <translation>Avant
la restauration</translation>
    </message>
    <message>
        <source>Step %1 refused
(%2)</source>
        <translation>Étape %1 refusée
(%2)</translation>
    </message>
    <message>
        <source>After step %1
%2</source>
        <translation>Après l&apos;étape %1
%2</translation>
    </message>
    <message>
        <source>The states before the first step: what the failure left</source>
        <translation>États avant la première étape : ce que la défaillance a laissé</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Redo LSN</source>
        <translation>LSN de rétablissement</translation>
    </message>
    <message>
        <source>Point in time</source>
        <translation>Limite dans le temps</translation>
    </message>
    <message>
        <source>Filegroup %1</source>
        <translation>Groupe de fichiers %1</translation>
    </message>
</context>
<context>
    <name>rd::StepEditorWidget</name>
    <message>
        <source>The statement of this step: RESTORE DATABASE (full, partial, file or differential backups), RESTORE LOG, BACKUP LOG (tail-log) or ALTER DATABASE … SET OFFLINE</source>
        <translation>Instruction de cette étape : RESTORE DATABASE (sauvegardes complètes, partielles, de fichiers ou différentielles), RESTORE LOG, BACKUP LOG (fin du journal) ou ALTER DATABASE … SET OFFLINE</translation>
    </message>
    <message>
        <source>The backup this step restores (or BACKUP LOG writes); none = recovery only (RESTORE DATABASE … WITH RECOVERY). Backups are listed in time order: type part of a backup&apos;s name to find it.</source>
        <translation>Sauvegarde que cette étape restaure (ou que BACKUP LOG écrit) ; aucune = récupération seule (RESTORE DATABASE … WITH RECOVERY). Les sauvegardes sont répertoriées par ordre chronologique : tapez une partie du nom d&apos;une sauvegarde pour la trouver.</translation>
    </message>
    <message>
        <source>Default (RECOVERY)</source>
        <translation>Par défaut (RECOVERY)</translation>
    </message>
    <message>
        <source>RECOVERY brings the restored data online and ends roll-forward; NORECOVERY leaves it RESTORING for more backups; STANDBY allows read-only access between log restores</source>
        <translation>RECOVERY met en ligne les données restaurées et termine la restauration par progression ; NORECOVERY les laisse à l&apos;état RESTORING pour d&apos;autres sauvegardes ; STANDBY autorise l&apos;accès en lecture seule entre les restaurations du journal</translation>
    </message>
    <message>
        <source>undo file, e.g. c:\data\undo.ldf</source>
        <translation>fichier d&apos;annulation, par exemple c:\data\undo.ldf</translation>
    </message>
    <message>
        <source>STANDBY = undo file: where uncommitted transactions are kept between log restores</source>
        <translation>STANDBY = fichier d&apos;annulation : emplacement où les transactions non validées sont conservées entre les restaurations du journal</translation>
    </message>
    <message>
        <source>FILE = targets of this step (edit them in the plan file); a file target restores one file of a filegroup</source>
        <translation>FILE = cibles de cette étape (modifiez-les dans le fichier de plan) ; une cible de fichier restaure un seul fichier d&apos;un groupe de fichiers</translation>
    </message>
    <message>
        <source>none; e.g. 1:57, 1:202</source>
        <translation>aucune ; par exemple 1:57, 1:202</translation>
    </message>
    <message>
        <source>PAGE = pages to restore, as file_id:page_id separated by commas (from msdb.dbo.suspect_pages); empty = restore whole filegroups or files</source>
        <translation>PAGE = pages à restaurer, sous la forme file_id:page_id séparées par des virgules (d&apos;après msdb.dbo.suspect_pages) ; vide = restaurer des groupes de fichiers ou des fichiers entiers</translation>
    </message>
    <message>
        <source>PARTIAL starts a piecemeal restore: PRIMARY plus the named filegroups; the others stay RECOVERY_PENDING until restored later</source>
        <translation>PARTIAL démarre une restauration fragmentaire : PRIMARY plus les groupes de fichiers nommés ; les autres restent RECOVERY_PENDING jusqu&apos;à leur restauration ultérieure</translation>
    </message>
    <message>
        <source>REPLACE overwrites an existing database of the same name, skipping the safety checks</source>
        <translation>REPLACE remplace une base de données existante de même nom, en ignorant les contrôles de sécurité</translation>
    </message>
    <message>
        <source>CONTINUE_AFTER_ERROR restores past damaged pages or checksum errors; the database may then be inconsistent</source>
        <translation>CONTINUE_AFTER_ERROR poursuit la restauration malgré des pages endommagées ou des erreurs de somme de contrôle ; la base de données peut alors être incohérente</translation>
    </message>
    <message>
        <source>STOPAT: roll forward only up to this point in time (point-in-time restore)</source>
        <translation>STOPAT : restaurer par progression uniquement jusqu&apos;à cette limite dans le temps (restauration jusqu&apos;à une limite dans le temps)</translation>
    </message>
    <message>
        <source>S&amp;tatement:</source>
        <translation>&amp;Instruction :</translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation>&amp;Sauvegarde :</translation>
    </message>
    <message>
        <source>&amp;Recovery:</source>
        <translation>&amp;Récupération :</translation>
    </message>
    <message>
        <source>Standby &amp;file:</source>
        <translation>&amp;Fichier de secours :</translation>
    </message>
    <message>
        <source>Filegroups:</source>
        <translation>Groupes de fichiers :</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Fichiers :</translation>
    </message>
    <message>
        <source>P&amp;ages:</source>
        <translation>P&amp;ages :</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Stop at:</source>
        <translation>Arrêter à :</translation>
    </message>
    <message>
        <source>Set the standby file of step %1</source>
        <translation>Définir le fichier de secours de l&apos;étape %1</translation>
    </message>
    <message>
        <source>Restore filegroup %1 in this step (FILEGROUP = N&apos;%1&apos;)</source>
        <translation>Restaurer le groupe de fichiers %1 dans cette étape (FILEGROUP = N&apos;%1&apos;)</translation>
    </message>
    <message>
        <source>No plan: add one with Edit ▸ Add Plan…</source>
        <translation>Aucun plan : ajoutez-en un avec Édition ▸ Ajouter un plan…</translation>
    </message>
    <message>
        <source>No step selected</source>
        <translation>Aucune étape sélectionnée</translation>
    </message>
    <message>
        <source>Step %1:  %2</source>
        <translation>Étape %1 :  %2</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (manquant)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Change step %1 to %2</source>
        <translation>Changer l&apos;étape %1 en %2</translation>
    </message>
    <message>
        <source>Make step %1 recovery only</source>
        <translation>Faire de l&apos;étape %1 une récupération seule</translation>
    </message>
    <message>
        <source>Use backup %1 in step %2</source>
        <translation>Utiliser la sauvegarde %1 à l&apos;étape %2</translation>
    </message>
    <message>
        <source>Use the default recovery on step %1</source>
        <translation>Utiliser la récupération par défaut à l&apos;étape %1</translation>
    </message>
    <message>
        <source>Set %1 on step %2</source>
        <translation>Définir %1 à l&apos;étape %2</translation>
    </message>
    <message>
        <source>Add filegroup %1 to step %2</source>
        <translation>Ajouter le groupe de fichiers %1 à l&apos;étape %2</translation>
    </message>
    <message>
        <source>Remove filegroup %1 from step %2</source>
        <translation>Supprimer le groupe de fichiers %1 de l&apos;étape %2</translation>
    </message>
    <message>
        <source>Clear %1 on step %2</source>
        <translation>Effacer %1 à l&apos;étape %2</translation>
    </message>
    <message>
        <source>Set STOPAT on step %1</source>
        <translation>Définir STOPAT à l&apos;étape %1</translation>
    </message>
    <message>
        <source>Clear STOPAT on step %1</source>
        <translation>Effacer STOPAT à l&apos;étape %1</translation>
    </message>
    <message>
        <source>Remove the pages of step %1</source>
        <translation>Supprimer les pages de l&apos;étape %1</translation>
    </message>
    <message>
        <source>Set the pages of step %1</source>
        <translation>Définir les pages de l&apos;étape %1</translation>
    </message>
</context>
<context>
    <name>rd::TargetEditor</name>
    <message>
        <source>&amp;before it</source>
        <translation>&amp;avant celle-ci</translation>
    </message>
    <message>
        <source>the end of the log</source>
        <translation>la fin du journal</translation>
    </message>
    <message>
        <source>a point in time (STOPAT)</source>
        <translation>une limite dans le temps (STOPAT)</translation>
    </message>
    <message>
        <source>a marked transaction (STOPATMARK)</source>
        <translation>une transaction marquée (STOPATMARK)</translation>
    </message>
    <message>
        <source>How far the plan rolls forward: all the log, up to a time, or up to a marked transaction</source>
        <translation>Jusqu&apos;où le plan effectue la restauration par progression : tout le journal, jusqu&apos;à une heure, ou jusqu&apos;à une transaction marquée</translation>
    </message>
    <message>
        <source>Server time to stop at; bounded by the history (no log reaches further)</source>
        <translation>Heure du serveur à laquelle s&apos;arrêter ; limitée par l&apos;historique (aucun journal ne va plus loin)</translation>
    </message>
    <message>
        <source>The marked transactions of the history (MARK events)</source>
        <translation>Transactions marquées de l&apos;historique (événements MARK)</translation>
    </message>
    <message>
        <source>STOPBEFOREMARK: stop just before the marked transaction instead of after it</source>
        <translation>STOPBEFOREMARK : s&apos;arrêter juste avant la transaction marquée au lieu de juste après</translation>
    </message>
    <message>
        <source>&amp;Recover to:</source>
        <translation>&amp;Récupérer jusqu&apos;à :</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (manquant)</translation>
    </message>
    <message>
        <source>Recover to the end of the log</source>
        <translation>Récupérer jusqu&apos;à la fin du journal</translation>
    </message>
    <message>
        <source>Recover to %1</source>
        <translation>Récupérer jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Recover to mark %1</source>
        <translation>Récupérer jusqu&apos;à la marque %1</translation>
    </message>
</context>
<context>
    <name>rd::TextLineStream</name>
    <message>
        <source>not valid UTF-16 text (a character is damaged)</source>
        <translation>texte UTF-16 non valide (un caractère est endommagé)</translation>
    </message>
    <message>
        <source>a NUL character: is this a UTF-16 file without its byte order mark? Save the results as UTF-8 or as Unicode (UTF-16 with its mark)</source>
        <translation>caractère NUL : s&apos;agit-il d&apos;un fichier UTF-16 sans marque d&apos;ordre d&apos;octet ? Enregistrez les résultats en UTF-8 ou en Unicode (UTF-16 avec sa marque)</translation>
    </message>
    <message>
        <source>not valid UTF-8 text; save the results as UTF-8 or Unicode (UTF-16)</source>
        <translation>texte UTF-8 non valide ; enregistrez les résultats en UTF-8 ou en Unicode (UTF-16)</translation>
    </message>
    <message>
        <source>not valid UTF-16 text: the file ends within a character (cut short?)</source>
        <translation>texte UTF-16 non valide : le fichier se termine au milieu d&apos;un caractère (tronqué ?)</translation>
    </message>
</context>
<context>
    <name>rd::TextLines</name>
    <message>
        <source>not valid UTF-16 text (the file ends within a character, or a character is damaged)</source>
        <translation>texte UTF-16 non valide (le fichier se termine au milieu d&apos;un caractère, ou un caractère est endommagé)</translation>
    </message>
    <message>
        <source>not valid UTF-8 text; save the results as UTF-8 or Unicode (UTF-16)</source>
        <translation>texte UTF-8 non valide ; enregistrez les résultats en UTF-8 ou en Unicode (UTF-16)</translation>
    </message>
</context>
<context>
    <name>rd::TimeToOnlineChart</name>
    <message>
        <source>%1 (at least)</source>
        <translation>%1 (au moins)</translation>
    </message>
    <message>
        <source>No step takes time</source>
        <translation>Aucune étape ne prend de temps</translation>
    </message>
    <message>
        <source>Time since the restore began (%1)</source>
        <translation>Temps écoulé depuis le début de la restauration (%1)</translation>
    </message>
    <message>
        <source>Time to online: no plan</source>
        <translation>Délai de mise en ligne : aucun plan</translation>
    </message>
    <message>
        <source>Time to online: %1 (no filegroups)</source>
        <translation>Délai de mise en ligne : %1 (aucun groupe de fichiers)</translation>
    </message>
    <message>
        <source>Time to online: %1</source>
        <translation>Délai de mise en ligne : %1</translation>
    </message>
</context>
<context>
    <name>rd::TimelineScene</name>
    <message>
        <source> (tail)</source>
        <translation> (fin du journal)</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;On the LSN axis it spans its LSN range and cannot be moved: switch to the time axis (Ctrl+L) to move it.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Sur l&apos;axe des LSN, elle couvre sa plage de LSN et ne peut pas être déplacée : passez à l&apos;axe du temps (Ctrl+L) pour la déplacer.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Plan %1 restores none of these: zoom in and hover one to see why.&lt;/i&gt;&lt;hr&gt;</source>
        <translation>&lt;i&gt;Le plan %1 ne restaure aucune de ces sauvegardes : effectuez un zoom avant et survolez-en une pour savoir pourquoi.&lt;/i&gt;&lt;hr&gt;</translation>
    </message>
    <message>
        <source>Not used by plan %1: %2</source>
        <translation>Non utilisée par le plan %1 : %2</translation>
    </message>
    <message>
        <source>no step restores it.</source>
        <translation>aucune étape ne la restaure.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 at %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 à %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;br&gt;&lt;b&gt;%1&lt;/b&gt; : %2</translation>
    </message>
    <message>
        <source>Add %1 backup %2</source>
        <translation>Ajouter la sauvegarde %1 %2</translation>
    </message>
    <message>
        <source>FAILURE</source>
        <translation>DÉFAILLANCE</translation>
    </message>
    <message>
        <source>MARK %1</source>
        <translation>MARK %1</translation>
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
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>FAILURE (database)</source>
        <translation>DÉFAILLANCE (base de données)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; at %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; à %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Refused&lt;/b&gt;: %1</source>
        <translation>&lt;br&gt;&lt;b&gt;Refusée&lt;/b&gt; : %1</translation>
    </message>
    <message>
        <source>Move a %1 event</source>
        <translation>Déplacer un événement %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The LSN axis shows log sequence numbers, not times: switch to the time axis (View ▸ LSN Axis, Ctrl+L) to move a backup or drop a new one.</source>
        <translation>L&apos;axe des LSN affiche des numéros séquentiels dans le journal, et non des heures : passez à l&apos;axe du temps (Affichage ▸ Axe des LSN, Ctrl+L) pour déplacer une sauvegarde ou en déposer une nouvelle.</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>interruption</translation>
    </message>
    <message>
        <source>fork %1</source>
        <translation>branche %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recovery fork&lt;/b&gt; %1&lt;br&gt;From LSN %2 on, these backups are on another recovery path (a restore recovered the database at an earlier point): they are drawn on row %3 of each lane. A log backup applies only to data restored on its own path (R-LOG-009).%4</source>
        <translation>&lt;b&gt;Branche de récupération&lt;/b&gt; %1&lt;br&gt;À partir du LSN %2, ces sauvegardes se trouvent sur un autre chemin de récupération (une restauration a récupéré la base de données à un point antérieur) : elles sont dessinées sur la rangée %3 de chaque ligne. Une sauvegarde du journal ne s&apos;applique qu&apos;aux données restaurées sur son propre chemin (R-LOG-009).%4</translation>
    </message>
    <message>
        <source>&lt;br&gt;The LSN is the fork point a log backup recorded (fork_point_lsn).</source>
        <translation>&lt;br&gt;Le LSN est le point de branchement enregistré par une sauvegarde du journal (fork_point_lsn).</translation>
    </message>
    <message>
        <source>&lt;br&gt;No backup recorded the fork point: the LSN is the path&apos;s first backup&apos;s first LSN.</source>
        <translation>&lt;br&gt;Aucune sauvegarde n&apos;a enregistré le point de branchement : le LSN est le premier LSN de la première sauvegarde du chemin.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gap in the log chain&lt;/b&gt;&lt;br&gt;No log backup holds the LSNs from %1 to %2: a restore cannot roll forward across it (R-LOG-002); a later full or differential backup can start a new sequence.</source>
        <translation>&lt;b&gt;Interruption dans la chaîne de journaux&lt;/b&gt;&lt;br&gt;Aucune sauvegarde du journal ne contient les LSN de %1 à %2 : une restauration ne peut pas effectuer de restauration par progression au-delà (R-LOG-002) ; une sauvegarde complète ou différentielle ultérieure peut démarrer une nouvelle séquence.</translation>
    </message>
    <message>
        <source>LSN &lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;&lt;i&gt;The axis is ordinal: every interval between two LSNs that bound a backup is equally wide, whatever the number of log records in it.&lt;/i&gt;</source>
        <translation>LSN &lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;&lt;i&gt;L&apos;axe est ordinal : chaque intervalle entre deux LSN qui délimitent une sauvegarde a la même largeur, quel que soit le nombre d&apos;enregistrements de journal qu&apos;il contient.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Move backup %1</source>
        <translation>Déplacer la sauvegarde %1</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>fichier %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failure&lt;/b&gt; at %1&lt;br&gt;Damaged: %2%3</source>
        <translation>&lt;b&gt;Défaillance&lt;/b&gt; à %1&lt;br&gt;Endommagé : %2%3</translation>
    </message>
    <message>
        <source>the whole database</source>
        <translation>toute la base de données</translation>
    </message>
    <message>
        <source>&lt;br&gt;The log is damaged too: no tail-log backup is possible; the recovery point is the end of the last log backup.</source>
        <translation>&lt;br&gt;Le journal est également endommagé : aucune sauvegarde de la fin du journal n&apos;est possible ; le point de récupération est la fin de la dernière sauvegarde du journal.</translation>
    </message>
    <message>
        <source>&lt;br&gt;The log survived: take a tail-log backup (BACKUP LOG … NO_TRUNCATE) before restoring.</source>
        <translation>&lt;br&gt;Le journal a survécu : effectuez une sauvegarde de la fin du journal (BACKUP LOG … NO_TRUNCATE) avant la restauration.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Marked transaction&lt;/b&gt; %1 at %2&lt;br&gt;Target of STOPATMARK / STOPBEFOREMARK.</source>
        <translation>&lt;b&gt;Transaction marquée&lt;/b&gt; %1 à %2&lt;br&gt;Cible de STOPATMARK / STOPBEFOREMARK.</translation>
    </message>
    <message>
        <source>&lt;b&gt;ALTER DATABASE … MODIFY FILEGROUP %1 %2&lt;/b&gt; at %3</source>
        <translation>&lt;b&gt;ALTER DATABASE … MODIFY FILEGROUP %1 %2&lt;/b&gt; à %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;ALTER DATABASE … SET RECOVERY %1&lt;/b&gt; at %2&lt;br&gt;A switch to or from SIMPLE breaks the log chain.</source>
        <translation>&lt;b&gt;ALTER DATABASE … SET RECOVERY %1&lt;/b&gt; à %2&lt;br&gt;Un passage vers ou depuis SIMPLE interrompt la chaîne de journaux.</translation>
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
        <translation>&lt;b&gt;ALTER DATABASE … ADD FILE %1&lt;/b&gt; dans %2, à %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;ALTER DATABASE … REMOVE FILE %1&lt;/b&gt; from %2 at %3</source>
        <translation>&lt;b&gt;ALTER DATABASE … REMOVE FILE %1&lt;/b&gt; de %2, à %3</translation>
    </message>
    <message>
        <source>open transaction</source>
        <translation>transaction ouverte</translation>
    </message>
    <message>
        <source>&lt;b&gt;Transaction&lt;/b&gt; touching %1 begins at %2%3</source>
        <translation>&lt;b&gt;Transaction&lt;/b&gt; portant sur %1 : début à %2%3</translation>
    </message>
    <message>
        <source>, commits at %1</source>
        <translation>, validation à %1</translation>
    </message>
    <message>
        <source>, still open at the failure</source>
        <translation>, encore ouverte lors de la défaillance</translation>
    </message>
    <message>
        <source>&lt;br&gt;LSN %1</source>
        <translation>&lt;br&gt;LSN %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Drag to move it in time; double-click to change it.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Faites glisser pour la déplacer dans le temps ; double-cliquez pour la modifier.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Drag to move it in time.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Faites glisser pour la déplacer dans le temps.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>CIBLE</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recovery target&lt;/b&gt; of plan %1: %2</source>
        <translation>&lt;b&gt;Cible de récupération&lt;/b&gt; du plan %1 : %2</translation>
    </message>
    <message>
        <source> · online after step %1</source>
        <translation> · en ligne après l&apos;étape %1</translation>
    </message>
    <message>
        <source> · not online in this plan</source>
        <translation> · pas en ligne dans ce plan</translation>
    </message>
</context>
<context>
    <name>rd::TimelineView</name>
    <message>
        <source>The backup history: one lane per filegroup and one for the log; each backup is a bar over what it contains. Numbered circles are the steps of the current plan that restore it. Drag a bar to move the backup in time; Ctrl+wheel or a pinch zooms; drag with the middle button or Space+drag to pan. Ctrl+drag a bar onto the Plan to restore it there, or double-click it. Drop a backup or an event from the Backups or Events palette to add it; drag an event&apos;s marker to move it, double-click it to change it. Dense runs of backups show as bands with a count: zoom in to see each backup.</source>
        <translation>Historique des sauvegardes : une ligne par groupe de fichiers et une pour le journal ; chaque sauvegarde est une barre au-dessus de ce qu&apos;elle contient. Les cercles numérotés sont les étapes du plan actif qui la restaurent. Faites glisser une barre pour déplacer la sauvegarde dans le temps ; Ctrl+molette ou un pincement effectue un zoom ; faites glisser avec le bouton central ou Espace+glisser pour faire défiler. Faites glisser une barre avec Ctrl sur le Plan pour l&apos;y restaurer, ou double-cliquez dessus. Déposez une sauvegarde ou un événement depuis la palette Sauvegardes ou Événements pour l&apos;ajouter ; faites glisser le marqueur d&apos;un événement pour le déplacer, double-cliquez dessus pour le modifier. Les séries denses de sauvegardes s&apos;affichent sous forme de bandes avec un compteur : effectuez un zoom avant pour voir chaque sauvegarde.</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom into the timeline (Ctrl+wheel up)</source>
        <translation>Effectuer un zoom avant sur la chronologie (Ctrl+molette vers le haut)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Zoom out of the timeline (Ctrl+wheel down)</source>
        <translation>Effectuer un zoom arrière sur la chronologie (Ctrl+molette vers le bas)</translation>
    </message>
    <message>
        <source>&amp;Fit Timeline</source>
        <translation>A&amp;juster la chronologie</translation>
    </message>
    <message>
        <source>Show the whole backup history</source>
        <translation>Afficher l&apos;ensemble de l&apos;historique des sauvegardes</translation>
    </message>
    <message>
        <source>&amp;LSN Axis</source>
        <translation>Axe des &amp;LSN</translation>
    </message>
    <message>
        <source>LSN</source>
        <translation>LSN</translation>
    </message>
    <message>
        <source>Lay the backups out by log sequence number instead of time (Ctrl+L): each backup spans its LSN range, so gaps in the log chain, overlaps and recovery forks show</source>
        <translation>Disposer les sauvegardes par numéro séquentiel dans le journal plutôt que par heure (Ctrl+L) : chaque sauvegarde couvre sa plage de LSN, ce qui fait apparaître les interruptions de la chaîne de journaux, les chevauchements et les branches de récupération</translation>
    </message>
    <message>
        <source>Add Backup at %1</source>
        <translation>Ajouter une sauvegarde à %1</translation>
    </message>
    <message>
        <source>Add Backup (on the time axis)</source>
        <translation>Ajouter une sauvegarde (sur l&apos;axe du temps)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Add a %1 backup starting at %2</source>
        <translation>Ajouter une sauvegarde %1 commençant à %2</translation>
    </message>
    <message>
        <source>LSN (ordinal) →</source>
        <translation>LSN (ordinal) →</translation>
    </message>
    <message>
        <source>server time →</source>
        <translation>heure du serveur →</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>No backups yet: right-click here to add a FULL backup, then logs, differentials, file or partial backups.</source>
        <translation>Aucune sauvegarde pour l&apos;instant : cliquez ici avec le bouton droit pour ajouter une sauvegarde FULL, puis des sauvegardes du journal, différentielles, de fichiers ou partielles.</translation>
    </message>
    <message>
        <source>restored by plan step 1</source>
        <translation>restaurée par l&apos;étape 1 du plan</translation>
    </message>
    <message>
        <source>pale: not in the plan</source>
        <translation>pâle : hors du plan</translation>
    </message>
    <message>
        <source>hatched: read-only</source>
        <translation>hachuré : en lecture seule</translation>
    </message>
</context>
<context>
    <name>rd::TrainerBar</name>
    <message>
        <source>&amp;Trainer Mode</source>
        <translation>Mode &amp;formateur</translation>
    </message>
    <message>
        <source>Walk through the plan step by step: the lanes show each filegroup&apos;s state (Ctrl+Shift+T)</source>
        <translation>Parcourir le plan étape par étape : les lignes indiquent l&apos;état de chaque groupe de fichiers (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Previous Step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>The state before this step (Alt+Left, Page Up)</source>
        <translation>État avant cette étape (Alt+Left, Page Up)</translation>
    </message>
    <message>
        <source>Next Step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>The state after the next step (Alt+Right, Page Down)</source>
        <translation>État après l&apos;étape suivante (Alt+Right, Page Down)</translation>
    </message>
    <message>
        <source>Walk through the plan: the lanes show each filegroup&apos;s state after the step</source>
        <translation>Parcourir le plan : les lignes indiquent l&apos;état de chaque groupe de fichiers après l&apos;étape</translation>
    </message>
    <message>
        <source>No plan to walk through.</source>
        <translation>Aucun plan à parcourir.</translation>
    </message>
    <message>
        <source>Before the restore</source>
        <translation>Avant la restauration</translation>
    </message>
    <message>
        <source>After step %1 of %2 (%3)</source>
        <translation>Après l&apos;étape %1 sur %2 (%3)</translation>
    </message>
    <message>
        <source>, refused (%1)</source>
        <translation>, refusée (%1)</translation>
    </message>
    <message>
        <source>not online at the end</source>
        <translation>pas en ligne à la fin</translation>
    </message>
    <message>
        <source>online throughout</source>
        <translation>en ligne tout du long</translation>
    </message>
    <message>
        <source>online after step %1</source>
        <translation>en ligne après l&apos;étape %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: database %2. %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : base de données %2. %3</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
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
        <translation>Script à exécuter dans SSMS ou sqlcmd, régénéré après chaque modification</translation>
    </message>
    <message>
        <source>Restore script</source>
        <translation>Script de restauration</translation>
    </message>
    <message>
        <source>Backup script (the designed history)</source>
        <translation>Script de sauvegarde (l&apos;historique conçu)</translation>
    </message>
    <message>
        <source>The RESTORE statements of the current plan, or the BACKUP statements that produce the backup history on the timeline</source>
        <translation>Instructions RESTORE du plan actif, ou instructions BACKUP qui produisent l&apos;historique des sauvegardes de la chronologie</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the whole script to the clipboard</source>
        <translation>Copier l&apos;intégralité du script dans le Presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Save the script as a .sql file</source>
        <translation>Enregistrer le script en tant que fichier .sql</translation>
    </message>
    <message>
        <source>1 batch</source>
        <translation>1 lot</translation>
    </message>
    <message>
        <source>%1 batches</source>
        <translation>%1 lots</translation>
    </message>
    <message>
        <source>(no plan)</source>
        <translation>(aucun plan)</translation>
    </message>
    <message>
        <source>Restore script — %1</source>
        <translation>Script de restauration — %1</translation>
    </message>
    <message>
        <source>Save T-SQL Script</source>
        <translation>Enregistrer le script T-SQL</translation>
    </message>
    <message>
        <source>T-SQL scripts (*.sql)</source>
        <translation>Scripts T-SQL (*.sql)</translation>
    </message>
</context>
<context>
    <name>rd::cli::CfpChartFile</name>
    <message>
        <source>--chart %1: the file needs the suffix .png or .svg, which chooses the format</source>
        <translation>--chart %1 : le fichier doit avoir l&apos;extension .png ou .svg, qui détermine le format</translation>
    </message>
    <message>
        <source>--chart %1: unknown image format &quot;.%2&quot;: give a .png or .svg file</source>
        <translation>--chart %1 : format d&apos;image inconnu &quot;.%2&quot; : indiquez un fichier .png ou .svg</translation>
    </message>
    <message>
        <source>--chart %1: no widgets in this process (a QApplication is needed)</source>
        <translation>--chart %1 : aucun widget dans ce processus (une QApplication est nécessaire)</translation>
    </message>
</context>
<context>
    <name>rd::cli::CfpCommand</name>
    <message>
        <source>%1 pages (%2): %3 disk-based, %4 memory-optimized, %5 log</source>
        <translation>%1 pages (%2) : %3 sur disque, %4 optimisées en mémoire, %5 de journal</translation>
    </message>
    <message>
        <source>%1, under the backup rules of SQL Server %2</source>
        <translation>%1, selon les règles de sauvegarde de SQL Server %2</translation>
    </message>
    <message>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <source>pairs</source>
        <translation>paires</translation>
    </message>
    <message>
        <source>data bytes</source>
        <translation>octets données</translation>
    </message>
    <message>
        <source>data used</source>
        <translation>données utilisées</translation>
    </message>
    <message>
        <source>delta bytes</source>
        <translation>octets delta</translation>
    </message>
    <message>
        <source>delta used</source>
        <translation>delta utilisé</translation>
    </message>
    <message>
        <source>full backup          %1</source>
        <translation>sauvegarde complète        %1</translation>
    </message>
    <message>
        <source>differential backup  %1</source>
        <translation>sauvegarde différentielle  %1</translation>
    </message>
    <message>
        <source>restore              memory %1, disk to provision %2 (4 x memory)</source>
        <translation>restauration               mémoire %1, disque à provisionner %2 (4 x mémoire)</translation>
    </message>
    <message>
        <source>Lists the checkpoint file pairs of a memory-optimized filegroup per state and estimates the full and differential backups and what a restore needs (docs/cfp.md). Exit status: 0 estimated, 2 the input could not be read or estimated.</source>
        <translation>Répertorie les paires de fichiers de point de contrôle d&apos;un groupe de fichiers optimisé en mémoire par état et estime les sauvegardes complète et différentielle ainsi que les besoins d&apos;une restauration (docs/cfp.md). Code de sortie : 0 estimation effectuée, 2 l&apos;entrée n&apos;a pas pu être lue ou estimée.</translation>
    </message>
    <message>
        <source>Play example &lt;n&gt; (1 to 5) of Microsoft&apos;s blog &quot;Database Backup with Memory-Optimized Tables&quot; instead of FILE.</source>
        <translation>Exécuter l&apos;exemple &lt;n&gt; (1 à 5) du blog Microsoft « Database Backup with Memory-Optimized Tables » au lieu de FILE.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>The backup rules (and checkpoint file lifecycle) of SQL Server 2014-ctp2, 2014 or 2016 (and later); by default the input&apos;s.</source>
        <translation>Règles de sauvegarde (et cycle de vie des fichiers de point de contrôle) de SQL Server 2014-ctp2, 2014 ou 2016 (et versions ultérieures) ; par défaut, celles de l&apos;entrée.</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>Also render the CFP state chart (as the designer&apos;s Checkpoint Files dock shows it) to &lt;file&gt;, PNG or SVG by its suffix; no display is needed.</source>
        <translation>Générer également le graphique des états CFP (tel que le volet Fichiers de point de contrôle du concepteur l&apos;affiche) dans &lt;fichier&gt;, PNG ou SVG selon son extension ; aucun affichage n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>A CFP workload (JSON, docs/cfp.md), or - for standard input.</source>
        <translation>Charge de travail CFP (JSON, docs/cfp.md), ou - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>give either FILE or --example N; see --help</source>
        <translation>indiquez FILE ou --example N ; voir --help</translation>
    </message>
    <message>
        <source>unknown version &quot;%1&quot;: expected %2</source>
        <translation>version inconnue &quot;%1&quot; : %2 attendu</translation>
    </message>
    <message>
        <source>%1: %2; choose --version %3</source>
        <translation>%1 : %2 ; choisissez --version %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: warning: %n file(s) without the size their state&apos;s rule needs counted as 0 bytes; the estimates are lower bounds</source>
        <translation>
            <numerusform>%1 : avertissement : %n fichier sans la taille requise par la règle de son état est compté pour 0 octet ; les estimations sont des minorants</numerusform>
            <numerusform>%1 : avertissement : %n fichiers sans la taille requise par la règle de leur état sont comptés pour 0 octet ; les estimations sont des minorants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::cli::CfpInput</name>
    <message>
        <source>%1: warning: the disk-based filegroups&apos; pages and the active log are not known from checkpoint files alone; the estimates count them as 0</source>
        <translation>%1 : avertissement : les pages des groupes de fichiers sur disque et le journal actif ne peuvent pas être connus à partir des seuls fichiers de point de contrôle ; les estimations les comptent pour 0</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1 : avertissement : %2</translation>
    </message>
    <message>
        <source>%1: not a CFP workload or a DMV export; read as a plan or project: %2</source>
        <translation>%1 : ni une charge de travail CFP ni un export de DMV ; lu comme plan ou projet : %2</translation>
    </message>
    <message>
        <source>%1: the project holds no CFP snapshot (cfpSnapshots); import a DMV export of sys.dm_db_xtp_checkpoint_files into it, or give the export itself</source>
        <translation>%1 : le projet ne contient aucun instantané CFP (cfpSnapshots) ; importez-y un export de DMV de sys.dm_db_xtp_checkpoint_files, ou indiquez l&apos;export lui-même</translation>
    </message>
    <message>
        <source>%1, CFP snapshot of %2</source>
        <translation>%1, instantané CFP de %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <source>%1: %2; to read standard input, give - instead</source>
        <translation>%1 : %2 ; pour lire l&apos;entrée standard, indiquez plutôt -</translation>
    </message>
    <message>
        <source>%1: not a file the cfp command reads. It reads a CFP workload (a JSON object with &quot;kind&quot;: &quot;cfp-workload&quot;, docs/cfp.md), an export of sys.dm_db_xtp_checkpoint_files saved from SSMS or sqlcmd with its column names (docs/cfp-import.md), or a plan or project file holding a CFP snapshot</source>
        <translation>%1 : ce n&apos;est pas un fichier que lit la commande cfp. Elle lit une charge de travail CFP (un objet JSON avec &quot;kind&quot;: &quot;cfp-workload&quot;, docs/cfp.md), un export de sys.dm_db_xtp_checkpoint_files enregistré depuis SSMS ou sqlcmd avec ses noms de colonnes (docs/cfp-import.md), ou un fichier de plan ou de projet contenant un instantané CFP</translation>
    </message>
    <message>
        <source>--example must be a number from 1 to %1</source>
        <translation>--example doit être un nombre compris entre 1 et %1</translation>
    </message>
</context>
<context>
    <name>rd::cli::CheckCommand</name>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 erreurs</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 avertissements</translation>
    </message>
    <message>
        <source>%1 info</source>
        <translation>%1 info</translation>
    </message>
    <message>
        <source>plan &quot;%1&quot;: %2</source>
        <translation>plan &quot;%1&quot; : %2</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>étape %1</translation>
    </message>
    <message>
        <source>follows from step %1, which SQL Server refuses</source>
        <translation>découle de l&apos;étape %1, que SQL Server refuse</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>correctif : %1</translation>
    </message>
    <message>
        <source>Checks restore plans against the rules of SQL Server restores and prints every finding. Exit status: 0 no errors (warnings allowed), 1 at least one error, 2 the file could not be read.</source>
        <translation>Vérifie les plans de restauration par rapport aux règles des restaurations SQL Server et affiche chaque constat. Code de sortie : 0 aucune erreur (avertissements autorisés), 1 au moins une erreur, 2 le fichier n&apos;a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>rd::cli::CliSupport</name>
    <message>
        <source>wrong number of arguments; see --help</source>
        <translation>nombre d&apos;arguments incorrect ; voir --help</translation>
    </message>
    <message>
        <source>A JSON plan (.json), a project file (.rdproj), or - for standard input.</source>
        <translation>Plan JSON (.json), fichier de projet (.rdproj), ou - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Only the plan named &lt;name&gt;.</source>
        <translation>Uniquement le plan nommé &lt;nom&gt;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Format de sortie : text (par défaut) ou json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: expected text or json</source>
        <translation>format inconnu &quot;%1&quot; : text ou json attendu</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <source>%1: %2; to read standard input, give - instead</source>
        <translation>%1 : %2 ; pour lire l&apos;entrée standard, indiquez plutôt -</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1 : avertissement : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: the output would overwrite the input %2; nothing was written</source>
        <translation>%1 : la sortie écraserait l&apos;entrée %2 ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>%1 has no plan named &quot;%2&quot;; it has no plans</source>
        <translation>%1 n&apos;a aucun plan nommé &quot;%2&quot; ; il ne contient aucun plan</translation>
    </message>
    <message>
        <source>%1 has no plan named &quot;%2&quot;; its plans: %3</source>
        <translation>%1 n&apos;a aucun plan nommé &quot;%2&quot; ; ses plans : %3</translation>
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
        <translation>Commandes (chacune a sa propre aide --help ; aucune ne nécessite d&apos;affichage) :
  check FILE [--plan NAME] [--format text|json]
      Vérifier les plans par rapport aux règles de restauration.
  simulate FILE [--plan NAME] [--format text|json]
      Afficher les états de la base de données et des groupes de fichiers après chaque étape.
  export-sql FILE [--plan NAME] [--script restore|backup] [-o OUT]
      Écrire le script de restauration T-SQL d&apos;un plan, ou le script de sauvegarde.
  convert IN OUT
      Convertir un plan JSON (.json) en fichier de projet (.rdproj) ou inversement.
  rules [--format markdown|json]
      Répertorier chaque règle avec son statut, sa gravité, son message et sa source.
  cfp (FILE | --example N) [--version 2014-ctp2|2014|2016] [--format text|json]
      [--chart OUT.png|OUT.svg]
      Paires de fichiers de point de contrôle par état ; estimations des sauvegardes complète et différentielle et de la restauration ;
      avec --chart, leur graphique sous forme d&apos;image.
  import-history --from msdb FILE... [--database NAME] -o OUT
      Importer un historique des sauvegardes enregistré depuis msdb dans un plan JSON ou un fichier de projet.
  plan FILE [--to latest|TIME|mark:NAME|lsn:LSN] [--online-first FG,FG...] [--format text|json] [-o OUT]
      Planifier la restauration jusqu&apos;à une cible : les sauvegardes choisies et pourquoi, et pourquoi chacune des autres est exclue.
  health FILE [--format text|json]
      Afficher le rapport d&apos;état de la chaîne de l&apos;ensemble de l&apos;historique des sauvegardes.
Code de sortie : 0 aucune erreur (avertissements autorisés), 1 au moins une erreur, 2 l&apos;entrée n&apos;a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>rd::cli::ConvertCommand</name>
    <message>
        <source>Converts a JSON plan into a project file or a project file into a JSON plan, by the extensions (.json, .rdproj). Exit status: 0 done, 2 the input could not be read or the output not written.</source>
        <translation>Convertit un plan JSON en fichier de projet ou un fichier de projet en plan JSON, selon les extensions (.json, .rdproj). Code de sortie : 0 conversion effectuée, 2 l&apos;entrée n&apos;a pas pu être lue ou la sortie n&apos;a pas pu être écrite.</translation>
    </message>
    <message>
        <source>The file to write (.json or .rdproj); never IN itself.</source>
        <translation>Fichier à écrire (.json ou .rdproj) ; jamais IN lui-même.</translation>
    </message>
    <message>
        <source>%1: unknown extension; the output must end in .json or .rdproj</source>
        <translation>%1 : extension inconnue ; la sortie doit se terminer par .json ou .rdproj</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>rd::cli::ExportSqlCommand</name>
    <message>
        <source>Writes the T-SQL restore script of a plan (the first plan unless --plan names one), or with --script backup the BACKUP script that produces the designed history. Exit status: 0 no errors, 1 the plan has errors (the script is written all the same), 2 the file could not be read or the output could not be written.</source>
        <translation>Écrit le script de restauration T-SQL d&apos;un plan (le premier plan, sauf si --plan en nomme un), ou avec --script backup le script BACKUP qui produit l&apos;historique conçu. Code de sortie : 0 aucune erreur, 1 le plan comporte des erreurs (le script est néanmoins écrit), 2 le fichier n&apos;a pas pu être lu ou la sortie n&apos;a pas pu être écrite.</translation>
    </message>
    <message>
        <source>Which script: restore (default) or backup.</source>
        <translation>Script à produire : restore (par défaut) ou backup.</translation>
    </message>
    <message>
        <source>script</source>
        <translation>script</translation>
    </message>
    <message>
        <source>Write the script to &lt;file&gt; instead of the standard output (&quot;-&quot; is the standard output); never FILE itself.</source>
        <translation>Écrire le script dans &lt;fichier&gt; au lieu de la sortie standard (&quot;-&quot; désigne la sortie standard) ; jamais FILE lui-même.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>unknown script &quot;%1&quot;: expected restore or backup</source>
        <translation>script inconnu &quot;%1&quot; : restore ou backup attendu</translation>
    </message>
    <message>
        <source>%1 has no plans: there is no restore script to write</source>
        <translation>%1 ne contient aucun plan : il n&apos;y a aucun script de restauration à écrire</translation>
    </message>
    <message>
        <source>plan &quot;%1&quot; has errors; the script will fail or restore the wrong data (see: restore-designer check)</source>
        <translation>le plan &quot;%1&quot; comporte des erreurs ; le script échouera ou restaurera des données incorrectes (voir : restore-designer check)</translation>
    </message>
</context>
<context>
    <name>rd::cli::HealthCommand</name>
    <message>
        <source>database &quot;%1&quot;: %2, %3, %4</source>
        <translation>base de données &quot;%1&quot; : %2, %3, %4</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 erreurs</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 avertissements</translation>
    </message>
    <message>
        <source>%1 info</source>
        <translation>%1 info</translation>
    </message>
    <message>
        <source>Prints the chain-health report of a project&apos;s whole backup history: log chain gaps, recovery forks, differentials whose base is gone, backups to NUL or by another tool, full backups with no log after them, copy-only, damaged or failed backups, and the longest time without a usable restore point. Exit status: 0 no errors (warnings allowed), 1 at least one error, 2 the file could not be read.</source>
        <translation>Affiche le rapport d&apos;état de la chaîne de l&apos;ensemble de l&apos;historique des sauvegardes d&apos;un projet : interruptions de la chaîne de journaux, branches de récupération, sauvegardes différentielles dont la base a disparu, sauvegardes vers NUL ou effectuées par un autre outil, sauvegardes complètes sans journal ultérieur, sauvegardes de copie uniquement, endommagées ou en échec, et plus longue période sans point de restauration utilisable. Code de sortie : 0 aucune erreur (avertissements autorisés), 1 au moins une erreur, 2 le fichier n&apos;a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>rd::cli::ImportHistoryCommand</name>
    <message numerus="yes">
        <source>%1: %n backup(s) of database %2 from %3 row(s) read</source>
        <translation>
            <numerusform>%1 : %n sauvegarde de la base de données %2 à partir de %3 ligne(s) lue(s)</numerusform>
            <numerusform>%1 : %n sauvegardes de la base de données %2 à partir de %3 ligne(s) lue(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>ignoré : %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <source>Imports a backup history saved from msdb (resources/sql/msdb-backup-history.sql, docs/import-msdb.md) or exported by dbatools (Get-DbaDbBackupHistory | ConvertTo-Json or Export-CliXml, docs/import-dbatools.md) or read from the backup files&apos; headers (resources/sql/backup-headers.sql, docs/import-headeronly.md) and writes it as a JSON plan (.json) or a project file (.rdproj). The report, with every row skipped and why, goes to standard output; errors to standard error. Exit status: 0 written, 2 the input could not be read or the output not written.</source>
        <translation>Importe un historique des sauvegardes enregistré depuis msdb (resources/sql/msdb-backup-history.sql, docs/import-msdb.md), exporté par dbatools (Get-DbaDbBackupHistory | ConvertTo-Json ou Export-CliXml, docs/import-dbatools.md) ou lu dans les en-têtes des fichiers de sauvegarde (resources/sql/backup-headers.sql, docs/import-headeronly.md) et l&apos;écrit sous forme de plan JSON (.json) ou de fichier de projet (.rdproj). Le rapport, avec chaque ligne ignorée et la raison, est écrit sur la sortie standard ; les erreurs sur l&apos;erreur standard. Code de sortie : 0 fichier écrit, 2 l&apos;entrée n&apos;a pas pu être lue ou la sortie n&apos;a pas pu être écrite.</translation>
    </message>
    <message>
        <source>What the files are: msdb (the saved results of the query), dbatools (JSON or CliXML, told apart by content), headeronly (RESTORE HEADERONLY and FILELISTONLY results).</source>
        <translation>Nature des fichiers : msdb (les résultats enregistrés de la requête), dbatools (JSON ou CliXML, distingués par leur contenu), headeronly (résultats de RESTORE HEADERONLY et FILELISTONLY).</translation>
    </message>
    <message>
        <source>msdb|dbatools|headeronly</source>
        <translation>msdb|dbatools|headeronly</translation>
    </message>
    <message>
        <source>The database to import when the files hold several (case-insensitive).</source>
        <translation>Base de données à importer lorsque les fichiers en contiennent plusieurs (sans respect de la casse).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The file to write: a JSON plan (.json) or a project file (.rdproj).</source>
        <translation>Fichier à écrire : un plan JSON (.json) ou un fichier de projet (.rdproj).</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>A saved export (CSV or sqlcmd output; dbatools JSON or CliXML); several are one history.</source>
        <translation>Export enregistré (CSV ou sortie sqlcmd ; JSON ou CliXML dbatools) ; plusieurs exports forment un seul historique.</translation>
    </message>
    <message>
        <source>--from is required: msdb, dbatools or headeronly; see --help</source>
        <translation>--from est obligatoire : msdb, dbatools ou headeronly ; voir --help</translation>
    </message>
    <message>
        <source>--from %1: expected msdb, dbatools or headeronly</source>
        <translation>--from %1 : msdb, dbatools ou headeronly attendu</translation>
    </message>
    <message>
        <source>give at least one FILE to import; see --help</source>
        <translation>indiquez au moins un FILE à importer ; voir --help</translation>
    </message>
    <message>
        <source>-o OUT is required: the JSON plan (.json) or project file (.rdproj) to write</source>
        <translation>-o OUT est obligatoire : le plan JSON (.json) ou le fichier de projet (.rdproj) à écrire</translation>
    </message>
    <message>
        <source>%1: unknown extension; the output must end in .json or .rdproj</source>
        <translation>%1 : extension inconnue ; la sortie doit se terminer par .json ou .rdproj</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>rd::cli::NoDisplayReport</name>
    <message>
        <source>no display available (DISPLAY/WAYLAND_DISPLAY unset) and no FILE given. Run under a desktop session or xvfb-run to open the designer, or see --help for the commands that need no display.</source>
        <translation>aucun affichage disponible (DISPLAY/WAYLAND_DISPLAY non défini) et aucun FILE indiqué. Exécutez dans une session de bureau ou avec xvfb-run pour ouvrir le concepteur, ou consultez --help pour les commandes qui ne nécessitent pas d&apos;affichage.</translation>
    </message>
    <message>
        <source>no display available (DISPLAY/WAYLAND_DISPLAY unset); printing the check, simulation and restore script instead. Run under a desktop session or xvfb-run to open the designer.</source>
        <translation>aucun affichage disponible (DISPLAY/WAYLAND_DISPLAY non défini) ; affichage de la vérification, de la simulation et du script de restauration à la place. Exécutez dans une session de bureau ou avec xvfb-run pour ouvrir le concepteur.</translation>
    </message>
</context>
<context>
    <name>rd::cli::PlanCommand</name>
    <message>
        <source>--to mark: needs the mark&apos;s name (mark:NAME)</source>
        <translation>--to mark: nécessite le nom de la marque (mark:NAME)</translation>
    </message>
    <message>
        <source>--to %1: %2</source>
        <translation>--to %1 : %2</translation>
    </message>
    <message>
        <source>--to %1: expected latest, a time (2017-03-06T04:00:00), mark:NAME or lsn:LSN (%2)</source>
        <translation>--to %1 : latest, une heure (2017-03-06T04:00:00), mark:NAME ou lsn:LSN attendu (%2)</translation>
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
        <translation>Planifie la restauration de l&apos;historique des sauvegardes de FILE jusqu&apos;à une cible (docs/planner.md) : la base, la sauvegarde différentielle, la chaîne de journaux et, avec --online-first, les phases de la restauration fragmentaire, chaque choix avec sa raison, et chaque sauvegarde exclue avec la raison. Code de sortie : 0 plan établi, 1 aucun plan n&apos;atteint la cible, 2 l&apos;entrée n&apos;a pas pu être lue ou la sortie n&apos;a pas pu être écrite.</translation>
    </message>
    <message>
        <source>Where to recover to: latest (the end of the log, the default), a time (2017-03-06T04:00:00), mark:NAME (a MARK event) or lsn:LSN.</source>
        <translation>Point de récupération : latest (la fin du journal, par défaut), une heure (2017-03-06T04:00:00), mark:NAME (un événement MARK) ou lsn:LSN.</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>TARGET</translation>
    </message>
    <message>
        <source>A piecemeal restore bringing these filegroups online first, in this order (PRIMARY and the memory-optimized filegroup always come first).</source>
        <translation>Restauration fragmentaire mettant ces groupes de fichiers en ligne en premier, dans cet ordre (PRIMARY et le groupe de fichiers optimisé en mémoire viennent toujours en premier).</translation>
    </message>
    <message>
        <source>FG,FG...</source>
        <translation>FG,FG...</translation>
    </message>
    <message>
        <source>Write the project with the new plan appended: a JSON plan (.json) or a project file (.rdproj).</source>
        <translation>Écrire le projet avec le nouveau plan ajouté à la fin : un plan JSON (.json) ou un fichier de projet (.rdproj).</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>%1: unknown extension; the output must end in .json or .rdproj</source>
        <translation>%1 : extension inconnue ; la sortie doit se terminer par .json ou .rdproj</translation>
    </message>
    <message>
        <source>%1: no plan reaches the target: %2</source>
        <translation>%1 : aucun plan n&apos;atteint la cible : %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Plan &quot;%1&quot; (%n step(s)):</source>
        <translation>
            <numerusform>Plan &quot;%1&quot; (%n étape) :</numerusform>
            <numerusform>Plan &quot;%1&quot; (%n étapes) :</numerusform>
        </translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi :</translation>
    </message>
    <message numerus="yes">
        <source>Left out (%n line(s)):</source>
        <translation>
            <numerusform>Exclues (%n ligne) :</numerusform>
            <numerusform>Exclues (%n lignes) :</numerusform>
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
        <translation>durée</translation>
    </message>
    <message>
        <source>%1 (ends at %2)</source>
        <translation>%1 (se termine à %2)</translation>
    </message>
    <message>
        <source>memory needed</source>
        <translation>mémoire nécessaire</translation>
    </message>
    <message>
        <source>%1 (and %2 of free disk), from the CFP snapshot of %3</source>
        <translation>%1 (et %2 d&apos;espace disque libre), d&apos;après l&apos;instantané CFP de %3</translation>
    </message>
    <message>
        <source>%1 not online</source>
        <translation>%1 pas en ligne</translation>
    </message>
    <message>
        <source>%1 before the restore</source>
        <translation>%1 avant la restauration</translation>
    </message>
    <message>
        <source>%1 after step %2 at %3</source>
        <translation>%1 après l&apos;étape %2 à %3</translation>
    </message>
    <message>
        <source>restore time %1; online: %2</source>
        <translation>durée de restauration %1 ; en ligne : %2</translation>
    </message>
</context>
<context>
    <name>rd::cli::PlanLeftOut</name>
    <message>
        <source>%1 (%2, %3): %4</source>
        <translation>%1 (%2, %3) : %4</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 backups, %2 … %3: %4</source>
        <translation>
            <numerusform>%n sauvegarde %1, %2 … %3 : %4</numerusform>
            <numerusform>%n sauvegardes %1, %2 … %3 : %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::cli::RulesCommand</name>
    <message>
        <source>Lists every rule the validator knows, with its status (checked, simulated, by construction, not applicable, pending), severity, message and source.</source>
        <translation>Répertorie chaque règle connue du validateur, avec son statut (vérifiée, simulée, par construction, non applicable, en attente), sa gravité, son message et sa source.</translation>
    </message>
    <message>
        <source>markdown (default) or json.</source>
        <translation>markdown (par défaut) ou json.</translation>
    </message>
    <message>
        <source>--format must be markdown or json, not &quot;%1&quot;</source>
        <translation>--format doit être markdown ou json, et non &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>rd::cli::SimulateCommand</name>
    <message>
        <source>plan &quot;%1&quot;</source>
        <translation>plan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>step %1  %2</source>
        <translation>étape %1  %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir de %1</translation>
    </message>
    <message>
        <source>REFUSED (%1): nothing changes</source>
        <translation>REFUSÉE (%1) : rien ne change</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de données</translation>
    </message>
    <message>
        <source>redo LSN</source>
        <translation>LSN de rétablissement</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 (stop at)</source>
        <translation>%1 (arrêt à)</translation>
    </message>
    <message>
        <source>point in time</source>
        <translation>limite dans le temps</translation>
    </message>
    <message>
        <source>memory-optimized load</source>
        <translation>chargement optimisé en mémoire</translation>
    </message>
    <message>
        <source>pages restoring</source>
        <translation>pages en cours de restauration</translation>
    </message>
    <message>
        <source>Runs restore plans step by step and prints the state of the database and of each filegroup after every step. Exit status: 0 no errors, 1 the simulation found an error, 2 the file could not be read.</source>
        <translation>Exécute les plans de restauration étape par étape et affiche l&apos;état de la base de données et de chaque groupe de fichiers après chaque étape. Code de sortie : 0 aucune erreur, 1 la simulation a détecté une erreur, 2 le fichier n&apos;a pas pu être lu.</translation>
    </message>
</context>
</TS>
