// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The designer's own rules (docs/validation-choices.md, "A new rule ID"): what SQL Server refuses
// that the rules catalogue the table was written from does not name. RuleCatalog::all() lists
// them after the catalogue's. Texts are marked for translation as in rulecatalogentries.cpp.
#include "model/rules/rulecatalog.h"

namespace rd::RuleCatalog {
namespace {

constexpr RuleInfo Own[] = {
    {u"R-PAGE-001", Severity::Error, RuleStatus::Checked, Confidence::Medium,
     QT_TRANSLATE_NOOP("RuleCatalog", "A page list names only restorable pages (Restore Designer's own rule)"),
     QT_TRANSLATE_NOOP("RuleCatalog", "Step N: page \"{file:page}\" is {the database boot page…}, so SQL Server refuses the statement."),
     u"docs/relational-databases/backup-restore/restore-pages-sql-server.md",
     QT_TRANSLATE_NOOP("RuleCatalog", "Each entry of RESTORE … PAGE: a numeric file:page pair (4350) of a data file of the layout (file IDs as sys.database_files gives them: 1 = the primary data file, 2 = the log, then the other data files in layout order), not the log, a FILESTREAM or memory-optimized container, page 0, page 1:9, a GAM/SGAM/PFS page (3111) or a page past the file's sizeBytes (3194); at most 1000 pages of one file in a restore sequence (3105). Medium: the file IDs and the GAM/SGAM interval beyond the first are derived (docs/validation-choices.md, \"Page restore\").")},
    {u"R-PAGE-002", Severity::Error, RuleStatus::Checked, Confidence::High,
     QT_TRANSLATE_NOOP("RuleCatalog", "A page restore starts from a full, partial or file backup holding the page, into an online read/write file (Restore Designer's own rule)"),
     QT_TRANSLATE_NOOP("RuleCatalog", "Step N restores pages {list} from {id}, which {does not hold file f | is a differential | …}."),
     u"docs/relational-databases/backup-restore/restore-pages-sql-server.md",
     QT_TRANSLATE_NOOP("RuleCatalog", "Refused by the simulator: a source that is not a full, partial or file backup holding the file (a differential only after the pages were restored, 3195), one from an older SQL Server (4311), a file being restored whole (4309) or not ONLINE (4310; a file a FAILURE marked SUSPECT counts as online: its damage is the pages), a read-only filegroup or database (4344).")},
    {u"R-REF-001", Severity::Error, RuleStatus::Checked, Confidence::High,
     QT_TRANSLATE_NOOP("RuleCatalog", "References must resolve (Restore Designer's own rule)"),
     QT_TRANSLATE_NOOP("RuleCatalog", "Step N uses backup \"{id}\", which is not in the backup history."),
     u"docs/validation-choices.md (this repository)",
     QT_TRANSLATE_NOOP("RuleCatalog", "A step naming an unknown backup, filegroup or file, or RESTORE LOG with a data backup (and the reverse).")},
    {u"R-NAME-001", Severity::Error, RuleStatus::Checked, Confidence::High,
     QT_TRANSLATE_NOOP("RuleCatalog", "Identifiers fit their type: 128 characters, 32 for a mark (Restore Designer's own rule)"),
     QT_TRANSLATE_NOOP("RuleCatalog", "{What} \"{name}\" has {n} characters; a SQL Server identifier (sysname) holds at most 128, so SQL Server cannot take it."),
     u"docs/relational-databases/databases/database-identifiers.md; docs/t-sql/language-elements/begin-transaction-transact-sql.md",
     QT_TRANSLATE_NOOP("RuleCatalog", "The database, filegroup and logical file names (data and log) of the layout are sysname, nvarchar(128); a MARK event's name is the transaction name of BEGIN TRANSACTION … WITH MARK, at most 32 (through a variable a longer one is cut to 32, so STOPATMARK would not find it). Lengths count UTF-16 code units, as nvarchar does. Backup ids and plan names are the designer's own and never reach T-SQL as identifiers; the script writes no backup set or media name (NAME, MEDIANAME).")},
    {u"R-NAME-002", Severity::Error, RuleStatus::Checked, Confidence::Medium,
     QT_TRANSLATE_NOOP("RuleCatalog", "No NUL character in a name, id or path (Restore Designer's own rule)"),
     QT_TRANSLATE_NOOP("RuleCatalog", "{JSON path} holds a NUL character (U+0000): \"{text}\". No SQL Server name and no Windows path can contain one, so SQL Server cannot take it."),
     u"MicrosoftDocs/win32 desktop-src/FileIO/naming-a-file.md (paths); docs/validation-choices.md (this repository)",
     QT_TRANSLATE_NOOP("RuleCatalog", "Every name, id, reference and path of the layout, the events, the backups and the plan, named by its JSON path; not free text (the description) nor a backup's GUIDs, which never reach SQL Server. Medium: Windows documents NUL among the characters no file name may hold; for identifiers Microsoft's documents are silent (docs/validation-choices.md, \"Names\").")},
    {u"R-NAME-003", Severity::Error, RuleStatus::Checked, Confidence::High,
     QT_TRANSLATE_NOOP("RuleCatalog", "Logical file names are unique in the database (Restore Designer's own rule)"),
     QT_TRANSLATE_NOOP("RuleCatalog", "The {file} has the logical name of the {earlier file}; a logical file name is unique in its database, so SQL Server cannot have both."),
     u"docs/t-sql/statements/create-database-transact-sql.md",
     QT_TRANSLATE_NOOP("RuleCatalog", "logical_file_name \"must be unique in the database\": data and log files together, compared ignoring case as the default collation does. Such a layout still loads, so the designer can fix it.")},
    {u"R-END-001", Severity::Warning, RuleStatus::Checked, Confidence::High,
     QT_TRANSLATE_NOOP("RuleCatalog", "A plan ends with the database recovered (Restore Designer's own rule)"),
     QT_TRANSLATE_NOOP("RuleCatalog", "The plan is unfinished: after its last step (N) {db} is still RESTORING, so no filegroup is online and nobody can use the database until a RESTORE … WITH RECOVERY runs."),
     u"docs/t-sql/statements/restore-statements-arguments-transact-sql.md",
     QT_TRANSLATE_NOOP("RuleCatalog", "\"RESTORE requires the WITH NORECOVERY option on all but the final RESTORE statement\"; with NORECOVERY \"the database is left in the unrecovered state\". Checked on the simulator's state after the last step: RESTORING is reported; STANDBY (readable by choice) is not, nor a plan that already has an error (a refused statement or a recovery that cannot happen says why it fails, and the RESTORING end follows from it) or one R-PIT-004 already reports. The fix appends a recovery-only step (R-RO-003's form without targets).")},
    // The chain-health report's own rules (docs/chain-health.md): findings about the whole
    // history, whatever the plans, that `restore-designer health` and the Chain Health dock list.
    {u"R-CHAIN-001", Severity::Error, RuleStatus::Checked, Confidence::High,
     QT_TRANSLATE_NOOP("RuleCatalog", "A log backup written to NUL breaks the log chain (Restore Designer's own rule)"),
     QT_TRANSLATE_NOOP("RuleCatalog", "Log backup {id} ({time}) was written to NUL: SQL Server truncated the log as if it were backed up, but LSNs {first} to {last} exist nowhere. No restore can roll forward past {time}; {first restore point after it}."),
     u"docs/t-sql/statements/backup-transact-sql.md; docs/relational-databases/backup-restore/transaction-log-backups-sql-server.md",
     QT_TRANSLATE_NOOP("RuleCatalog", "Chain health, not a plan check: a backup whose media (physical_device_name) is NUL, NUL: or \\\\.\\NUL. A regular log backup to NUL truncates the log, so the chain misses its records (an error); a data backup to NUL is a warning (it cannot be restored; a regular full one still resets the differential base).")},
    {u"R-CHAIN-002", Severity::Warning, RuleStatus::Checked, Confidence::Medium,
     QT_TRANSLATE_NOOP("RuleCatalog", "A backup by another tool is restored with that tool (Restore Designer's own rule)"),
     QT_TRANSLATE_NOOP("RuleCatalog", "Log backup {id} ({time}) was written by another tool (a virtual device {name}): the log chain runs through it, so every restore past it needs that tool's copy."),
     u"docs/relational-databases/system-tables/backupmediafamily-transact-sql.md",
     QT_TRANSLATE_NOOP("RuleCatalog", "Chain health: a backup taken WITH SNAPSHOT or whose media is a virtual device, which msdb names by a GUID ({8-4-4-4-12}, braces and a stripe number optional; device_type 7). A warning for a log backup (the regular chain depends on it), a note for a data backup. Medium: the GUID naming is observed in public scripts, not documented.")},
    {u"R-CHAIN-003", Severity::Warning, RuleStatus::Checked, Confidence::High,
     QT_TRANSLATE_NOOP("RuleCatalog", "Under full or bulk-logged recovery, log backups follow the full backup (Restore Designer's own rule)"),
     QT_TRANSLATE_NOOP("RuleCatalog", "Full backup {id} ({time}) has no log backup after it although the database is in FULL or BULK_LOGGED recovery: no point after {end} can be restored, and the log grows until a log backup truncates it."),
     u"docs/relational-databases/backup-restore/transaction-log-backups-sql-server.md",
     QT_TRANSLATE_NOOP("RuleCatalog", "Chain health: regular full backups (not copy-only, not failed) taken under FULL or BULK_LOGGED (the backup's recovery_model, else the events) after which no regular log backup of the same recovery path ends (its last_lsn beyond theirs); one finding per path. \"Under the full recovery model or bulk-logged recovery model, taking routine transaction log backups is necessary to recover data\".")},
    {u"R-CHAIN-004", Severity::Warning, RuleStatus::Checked, Confidence::High,
     QT_TRANSLATE_NOOP("RuleCatalog", "A failed or damaged backup is no sound restore point (Restore Designer's own rule)"),
     QT_TRANSLATE_NOOP("RuleCatalog", "{Type} {id} ({time}) failed: it is no restore point. | {Type} {id} ({time}) was taken over damaged data (CONTINUE_AFTER_ERROR): restoring it needs CONTINUE_AFTER_ERROR too and may lose data."),
     u"docs/relational-databases/system-tables/backupset-transact-sql.md",
     QT_TRANSLATE_NOOP("RuleCatalog", "Chain health: backups marked failed (the BACKUP did not complete, e.g. R-MOD-008) or damaged (backupset.is_damaged). Neither counts as a restore point for the longest time without one (R-CHAIN-005); a damaged log still carries the chain.")},
    {u"R-CHAIN-005", Severity::Info, RuleStatus::Checked, Confidence::Medium,
     QT_TRANSLATE_NOOP("RuleCatalog", "The longest time without a usable restore point (Restore Designer's own rule)"),
     QT_TRANSLATE_NOOP("RuleCatalog", "The longest time without a usable restore point is {duration}, from {time} ({id}) to {time} ({id})."),
     u"docs/relational-databases/backup-restore/apply-transaction-log-backups-sql-server.md",
     QT_TRANSLATE_NOOP("RuleCatalog", "Chain health: the moments a restore can reach are the ends of usable full, partial and differential backups (not failed, damaged, written to NUL, nor a differential whose base is gone) and, in a gapless run of regular log backups, every moment from the end of the first such backup inside the run to the run's end (R-LOG-004, R-LOG-005). The longest time between two consecutive such moments is reported. Medium: a log's coverage in time is taken from its backup's end.")},
};

} // namespace

std::span<const RuleInfo> ownEntries()
{
    return Own;
}

} // namespace rd::RuleCatalog
