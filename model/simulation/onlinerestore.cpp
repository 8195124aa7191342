// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/simulation/onlinerestore.h"

#include "model/findings/taillogbackup.h"
#include "model/simulation/rollforwardfix.h"
#include "model/simulation/simulationstate.h"

#include <QCoreApplication>

namespace rd {
namespace {

/// Translation context for this file's messages (lupdate reads Tr::tr calls).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OnlineRestore)
};

} // namespace

bool OnlineRestore::isOnline(const SimulationState &s, const PlanStep &step, const FileCatalog::FileSet &targets)
{
    if (step.partial || s.m_db != DatabaseState::Online || !supportsOnlineRestore(s.m_project.database.edition))
        return false;
    for (int f : targets) {
        const int g = s.m_catalog.files()[f].filegroup;
        if (g == s.m_primary || g == s.m_memoryOptimized)
            return false; // R-ONL-002: restoring PRIMARY takes the database offline
    }
    return true;
}

bool OnlineRestore::readWrite(const SimulationState &s, int file)
{
    return !s.m_history.readOnlyAt(s.m_catalog.files()[file].filegroup, {});
}

QDateTime OnlineRestore::failureOf(const SimulationState &s, int file)
{
    const FileCatalog::Entry &entry = s.m_catalog.files()[file];
    QDateTime failure;
    for (const TimelineEvent &e : s.m_project.events)
        if (e.damagesFile(s.filegroupName(entry.filegroup), entry.name) && (!failure.isValid() || failure < e.at))
            failure = e.at;
    return failure;
}

QDateTime OnlineRestore::lastSetReadOnly(const SimulationState &s, int filegroup)
{
    QDateTime at;
    for (const TimelineEvent &e : s.m_project.events)
        if (e.kind == EventKind::SetReadOnly && e.filegroup.compare(s.filegroupName(filegroup), Qt::CaseInsensitive) == 0
            && (!at.isValid() || at < e.at))
            at = e.at;
    return at;
}

Lsn OnlineRestore::logAfter(const SimulationState &s, const QDateTime &moment)
{
    // The point lies inside the first log backup that finished after it.
    if (!moment.isValid())
        return {};
    const Backup *first = nullptr;
    for (const Backup &b : s.m_backups)
        if (b.isLog() && !b.damaged && !b.failed && b.finish.isValid() && moment <= b.finish
            && (!first || b.finish < first->finish))
            first = &b;
    return first ? first->lastLsn : Lsn();
}

bool OnlineRestore::beforeDataRestore(SimulationState &s, int i, const PlanStep &step, const Backup &b,
                                      const FileCatalog::FileSet &targets)
{
    const QString &db = s.m_project.database.name;
    if (!isOnline(s, step, targets)) {
        // R-GEN-009: the first statement of an offline sequence against a database in use. Once the
        // database is RESTORING or OFFLINE (tail-log backup, SET OFFLINE, an earlier step) nobody is left.
        bool takesOffline = step.partial;
        for (int f : targets) {
            const int g = s.m_catalog.files()[f].filegroup;
            takesOffline |= g == s.m_primary || g == s.m_memoryOptimized;
        }
        if (takesOffline && s.m_db == DatabaseState::Online
            && (s.m_project.environment.databaseExists || s.m_lastRecoveryStep >= 0)) {
            // The fix: the plan's tail-log backup before this step WITH NORECOVERY; without one, a new one
            // when the log has a tail to keep (FULL or BULK_LOGGED, restoring to the end of the log, R-TAIL-001);
            // otherwise SET OFFLINE, which the script writes WITH ROLLBACK IMMEDIATE.
            int tail = -1;
            for (int k = i - 1; k > s.m_lastRecoveryStep && tail < 0; --k)
                if (s.m_plan.steps[k].statement == StepStatement::BackupLog)
                    tail = k;
            bool logDamaged = false;
            for (const TimelineEvent &e : s.m_project.events)
                logDamaged |= e.kind == EventKind::Failure && e.logDamaged;
            // A new tail is a real backup added to the history (TailLogBackup::takeAt), or not offered.
            const ProjectEdit takeTail = tail < 0 && s.m_lastRecoveryStep < 0 && !logDamaged
                    && s.m_history.recoveryModelAt({}) != RecoveryModel::Simple
                    && s.m_plan.target.kind == RestoreTarget::Kind::EndOfLog && !step.hasStopClause()
                ? TailLogBackup::takeAt(s.m_project, i) : ProjectEdit{};
            const bool newTail = takeTail.isValid();
            PlanStep fixed;
            fixed.statement = StepStatement::SetOffline;
            if (tail >= 0) {
                fixed = s.m_plan.steps[tail];
                fixed.norecovery = true;
            }
            s.report(i, QStringLiteral("R-GEN-009"), Severity::Warning,
                     Tr::tr("Step %1 restores %2 offline from %3: it needs exclusive access, so connected users will be "
                            "disconnected (or the restore fails if they cannot be).").arg(i + 1).arg(db, b.id),
                     b.id, {},
                     tail >= 0 ? Tr::tr("Add NORECOVERY to the tail-log backup of step %1, so that nobody can use %2 "
                                        "before step %3.").arg(tail + 1).arg(db).arg(i + 1)
                     : newTail ? Tr::tr("Take tail-log backup %1 (BACKUP LOG %2 … WITH NORECOVERY, added to the "
                                        "history) before step %3 and restore it last; it leaves %2 RESTORING, so nobody "
                                        "can use it.").arg(takeTail.parts[0].backup.id, db).arg(i + 1)
                               : Tr::tr("Insert ALTER DATABASE %1 SET OFFLINE WITH ROLLBACK IMMEDIATE before step %2 (or "
                                        "set %1 to SINGLE_USER WITH ROLLBACK IMMEDIATE).").arg(db).arg(i + 1),
                     tail >= 0 ? ProjectEdit::replace(tail, fixed) : newTail ? takeTail : ProjectEdit::insert(i, fixed));
        }
        return true;
    }

    const RecoveryModel model = s.m_history.recoveryModelAt({});
    if (model == RecoveryModel::Simple) {
        // R-ONL-009: under SIMPLE only read-only data can be restored online.
        for (int g : s.m_catalog.filegroupsOf(targets)) {
            if (s.m_history.readOnlyAt(g, {}))
                continue;
            const QString fg = s.filegroupName(g);
            // The step itself becomes that partial restore when its backup holds PRIMARY (a full or partial backup).
            PlanStep partial = step;
            partial.partial = true;
            partial.readWriteFilegroups = true;
            partial.filegroups.clear();
            partial.files.clear();
            const bool holdsPrimary = (b.type == BackupType::Full || b.type == BackupType::Partial) && !s.m_piecemeal;
            s.report(i, QStringLiteral("R-ONL-009"), Severity::Error,
                     Tr::tr("Under SIMPLE recovery, read/write filegroups cannot be restored online: step %1 restores "
                            "%2 from %3 while %4 is online.").arg(i + 1).arg(fg, b.id, db),
                     b.id, fg,
                     holdsPrimary ? Tr::tr("Make step %1 a partial restore (PARTIAL, READ_WRITE_FILEGROUPS) from %2, which "
                                           "restores %3 with PRIMARY.").arg(i + 1).arg(b.id, fg)
                                  : Tr::tr("Restore %1 with PRIMARY in a partial restore (PARTIAL, READ_WRITE_FILEGROUPS) "
                                           "instead of step %2.").arg(fg).arg(i + 1),
                     holdsPrimary ? ProjectEdit::replace(i, partial) : ProjectEdit{});
            return false;
        }
    } else if (model == RecoveryModel::BulkLogged && !checkBulkLogged(s, i, targets)) {
        return false;
    }

    // §5.4 case 3: a read/write file that was online must reach the point this step takes it
    // offline; one set offline by the plan, or damaged, the point it went offline.
    for (int f : targets) {
        RedoTarget &t = s.m_files[f].target;
        const int g = s.m_catalog.files()[f].filegroup;
        if (!readWrite(s, f)) {
            // R-ONL-006: read-only data backed up after it became read-only needs no log. Otherwise the
            // recovery point is when it last became read-only, and a log backup must hold it (R-RO-001).
            const FileState st = s.m_files[f].state;
            const bool wasCurrent = st == FileState::Online || st == FileState::Offline || st == FileState::Suspect;
            t = {};
            if (wasCurrent && !s.m_history.readOnlyThroughout(g, b, s.recoveryPoint()))
                t = {RedoTarget::Kind::OfflinePoint, -1, logAfter(s, lastSetReadOnly(s, g))};
            continue;
        }
        switch (s.m_files[f].state) {
        case FileState::Online:
            t = {RedoTarget::Kind::OfflinePoint, i, {}};
            break;
        case FileState::Offline:
            if (t.kind != RedoTarget::Kind::OfflinePoint)
                t = {RedoTarget::Kind::OfflinePoint, i, {}};
            break;
        case FileState::Suspect:
            t = {RedoTarget::Kind::OfflinePoint, -1, logAfter(s, failureOf(s, f))};
            break;
        case FileState::Restoring:
            break; // already in this sequence
        default:
            t = {}; // RECOVERY_PENDING since stage 1: the stage-1 point (R-PIECE-011)
            break;
        }
    }
    return true;
}

bool OnlineRestore::checkBulkLogged(SimulationState &s, int i, const FileCatalog::FileSet &targets)
{
    // R-ONL-007: "all required log backups must have been taken before the restore sequence starts",
    // bulk changes backed up first, and with bulk changes every other file online or defunct.
    const QString &db = s.m_project.database.name;
    if (s.restoringFiles().isEmpty())
        s.report(i, QStringLiteral("R-ONL-007"), Severity::Warning,
                 Tr::tr("Step %1 starts an online restore of %2 under BULK_LOGGED recovery: it fails unless every "
                        "log backup it needs is taken beforehand and no bulk changes are pending.").arg(i + 1).arg(db),
                 {}, {}, Tr::tr("Switch %1 to FULL recovery before step %2.").arg(db).arg(i + 1));
    const Backup *bulk = nullptr;
    for (const Backup &b : s.m_backups)
        if (b.isLog() && b.hasBulkLoggedData && !b.failed)
            bulk = &b;
    if (!bulk)
        return true;
    for (int f = 0; f < s.m_files.size(); ++f) {
        const FileState st = s.m_files[f].state;
        if (targets.contains(f) || st == FileState::Online || st == FileState::Defunct || st == FileState::Restoring)
            continue;
        const QString fg = s.filegroupName(s.m_catalog.files()[f].filegroup);
        s.report(i, QStringLiteral("R-ONL-007"), Severity::Error,
                 Tr::tr("Online restore under BULK_LOGGED fails while bulk changes exist (log backup %1 holds some) and "
                        "%2 is %3: every other file must be online or defunct.").arg(bulk->id, fg, toString(st)),
                 bulk->id, fg,
                 Tr::tr("Switch %1 to FULL recovery and take a log backup before step %2, or take %1 offline for this "
                        "restore.").arg(db).arg(i + 1));
        return false;
    }
    return true;
}

void OnlineRestore::setFilesOffline(SimulationState &s, int i, const PlanStep &step)
{
    for (const QString &name : step.files)
        if (const int f = s.m_catalog.fileIndex(name); f >= 0 && s.m_files[f].state == FileState::Online && readWrite(s, f))
            s.m_files[f].target = {RedoTarget::Kind::OfflinePoint, i, {}};
}

void OnlineRestore::backupLog(SimulationState &s, int i, const PlanStep &step)
{
    const Backup *b = step.backup.isEmpty() ? nullptr : s.backup(step.backup);
    bool onlineSequence = false;
    for (const auto &r : std::as_const(s.m_files))
        onlineSequence |= r.state == FileState::Restoring;
    onlineSequence &= s.m_db == DatabaseState::Online;
    if (onlineSequence && s.m_history.recoveryModelAt({}) == RecoveryModel::BulkLogged)
        s.report(i, QStringLiteral("R-ONL-007"), Severity::Error,
                 Tr::tr("Step %1 takes a log backup during an online restore under BULK_LOGGED recovery: every log "
                        "backup the sequence needs must be taken before it starts, so the restore fails.").arg(i + 1),
                 step.backup, {},
                 Tr::tr("Switch %1 to FULL recovery before the online restore.").arg(s.m_project.database.name));
    if (!b || !b->isLog())
        return;
    for (auto &r : s.m_files)
        if (r.target.kind == RedoTarget::Kind::OfflinePoint && r.target.lsn.isNull() && r.target.offlineStep < i)
            r.target.lsn = b->lastLsn; // the offline point lies inside this backup
}

bool OnlineRestore::holdsBackRecovery(SimulationState &s, int i, const FileCatalog::FileSet &restoring)
{
    QList<int> behind; // one file per filegroup
    QList<int> filegroups;
    for (int f : restoring) {
        const auto &r = s.m_files[f];
        if (r.consistent || r.target.kind != RedoTarget::Kind::OfflinePoint)
            continue;
        if (!r.target.lsn.isNull() && !(r.redoStart < r.target.lsn))
            continue;
        const int g = s.m_catalog.files()[f].filegroup;
        if (!filegroups.contains(g)) {
            filegroups << g;
            behind << f;
        }
    }
    const bool simple = s.m_history.recoveryModelAt({}) == RecoveryModel::Simple;
    for (int f : std::as_const(behind)) {
        const auto &r = s.m_files[f];
        const QString fg = s.filegroupName(s.m_catalog.files()[f].filegroup);
        const QString &file = s.m_catalog.files()[f].name;
        const qsizetype endingLog = s.m_index.lastLogEndingAt(r.target.lsn);
        const Backup *log = endingLog < 0 ? nullptr : &s.m_backups[endingLog];
        // The log restores up to and including `log`, before the files recover (after step i if it restored a backup).
        const RollForwardFix logs = log ? s.m_fixes.make(i, r.redoStart, log->lastLsn)
                                        : RollForwardFix{};

        if (!readWrite(s, f)) {
            // Read-only now, but not since its backup: it must reach the point it last became read-only.
            // Under SIMPLE the fix is a backup taken since then, restored by the step that restored the old one.
            const int g = s.m_catalog.files()[f].filegroup;
            const Backup *since = simple ? s.latestBackupHolding(s.m_catalog.filesOfFilegroup(g), lastSetReadOnly(s, g)) : nullptr;
            int old = -1;
            for (int k = i; k >= 0 && old < 0 && since; --k)
                if (s.m_plan.steps[k].statement == StepStatement::RestoreDatabase && s.m_plan.steps[k].backup == r.restoredBase)
                    old = k;
            PlanStep newer = old >= 0 ? s.m_plan.steps[old] : PlanStep{};
            newer.backup = since ? since->id : QString();
            s.report(i, QStringLiteral("R-RO-001"), Severity::Error,
                     simple ? Tr::tr("Filegroup %1 was not read-only for the whole time from backup %2 to the recovery point, "
                                     "and SIMPLE recovery has no log to bring it forward: restore a file backup taken "
                                     "since %1 became read-only.").arg(fg, r.restoredBase)
                            : Tr::tr("Filegroup %1 was not read-only for the whole time from backup %2 to the recovery point; "
                                     "it needs the log backups up to %3 (which holds the point it became read-only) "
                                     "before it can be recovered.")
                                  .arg(fg, r.restoredBase, log ? log->id : Tr::tr("one taken after it became read-only")),
                     r.restoredBase, fg,
                     simple && old >= 0 ? Tr::tr("Restore %1 from %2, taken after it last became read-only, at step %3.")
                                              .arg(fg, since->id).arg(old + 1)
                     : simple && since ? Tr::tr("Restore %1 from %2, taken after it last became read-only.").arg(fg, since->id)
                     : simple ? Tr::tr("Restore %1 from a file backup taken after it last became read-only (the history "
                                       "has none: take one).").arg(fg)
                     : logs.edit.isValid() ? logs.text
                                           : Tr::tr("Restore the log backups from LSN %1 on before step %2 recovers.")
                                                 .arg(r.redoStart.toString()).arg(i + 1),
                     simple ? (old >= 0 ? ProjectEdit::replace(old, newer) : ProjectEdit{}) : logs.edit);
            continue;
        }
        const QString when = r.target.offlineStep >= 0 ? Tr::tr("step %1").arg(r.target.offlineStep + 1)
                                                       : Tr::tr("the failure that damaged it");
        if (!log) {
            s.report(i, QStringLiteral("R-ONL-005"), Severity::Error,
                     Tr::tr("Online restore of read/write file %1: take a log backup after %2 (when %3 went offline) and "
                            "restore it last; without it %3 can never be recovered (SQL Server cannot use the online log).")
                         .arg(file, when, fg),
                     r.restoredBase, fg,
                     Tr::tr("Insert BACKUP LOG %1 after %2, then restore that log backup WITH NORECOVERY before step %3.")
                         .arg(s.m_project.database.name, when).arg(i + 1));
            continue;
        }
        s.report(i, QStringLiteral("R-ONL-005"), Severity::Error,
                 Tr::tr("Online restore of read/write file %1: log backup %2, taken after %3 took %4 offline, must be "
                        "restored last; %1 is only rolled forward to LSN %5.")
                     .arg(file, log->id, when, fg, r.redoStart.toString()),
                 log->id, fg,
                 logs.edit.isValid() ? logs.text
                                     : Tr::tr("Restore the log backups up to and including %1 before step %2 recovers.")
                                           .arg(log->id).arg(i + 1),
                 logs.edit);
    }
    return !behind.isEmpty();
}

} // namespace rd
