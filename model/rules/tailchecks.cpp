// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/rules/tailchecks.h"

#include "model/domain/plansteps.h"
#include "model/domain/plantime.h"
#include "model/findings/taillogbackup.h"
#include "model/findings/stopclause.h"
#include "model/simulation/pointintime.h"
#include "model/simulation/restorescope.h"

#include <QCoreApplication>

namespace rd::TailChecks {
namespace {

/// Translation context for this file's messages (lupdate reads Tr::tr calls).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TailChecks)
};

/// Index of the plan's first RESTORE step, or the step count when there is none.
int firstRestore(const Plan &plan)
{
    for (int i = 0; i < plan.steps.size(); ++i)
        if (plan.steps[i].isRestore())
            return i;
    return int(plan.steps.size());
}

/// A BACKUP LOG that leaves nothing to change after it (T-DB-2/T-DB-3): NORECOVERY, STANDBY or NO_TRUNCATE.
bool capturesTail(const PlanStep &s)
{
    return s.statement == StepStatement::BackupLog
        && (s.norecovery || s.noTruncate || s.recovery == RecoveryOption::Standby || !s.standbyFile.isEmpty());
}

bool leavesNoRoomForChanges(const PlanStep &s)
{
    return s.norecovery || s.recovery == RecoveryOption::Standby || !s.standbyFile.isEmpty();
}

/// The latest regular log backup that can be restored (not the tail, not failed), or nullptr. A walk
/// of the whole history: only for a finding that needs it.
const Backup *lastLogBackup(const Project &p)
{
    const Backup *last = nullptr;
    for (const Backup &b : p.backups)
        if (b.isLog() && !b.tailLog && !b.failed && !b.copyOnly && (!last || last->finish < b.finish))
            last = &b;
    return last;
}

/// The history already holds the tail: its latest log backup is a tail-log backup (taken WITH
/// NORECOVERY) that no BACKUP LOG step of the plan takes (then that step's options decide).
bool historyHasTail(const Project &p, const Plan &plan)
{
    const Backup *latest = nullptr;
    for (const Backup &b : p.backups)
        if (b.isLog() && !b.failed && (!latest || latest->finish <= b.finish))
            latest = &b;
    if (!latest || !latest->tailLog)
        return false;
    for (const PlanStep &s : plan.steps)
        if (s.statement == StepStatement::BackupLog && s.backup == latest->id)
            return false;
    return true;
}

/// R-TAIL-006: the log backup holding the plan's recovery point, when that point lies inside an
/// earlier log backup (compared by LSN when both sides have one, else by time); nullptr otherwise.
const Backup *logHoldingPoint(const Project &p, const RestoreTarget &target)
{
    QDateTime time;
    Lsn lsn;
    if (target.kind == RestoreTarget::Kind::PointInTime) {
        time = target.pointInTime;
    } else if (target.kind == RestoreTarget::Kind::Mark) {
        if (const std::optional<PointInTime::Point> point = PointInTime::ofTarget(p, target)) {
            time = point->time; // a MARK event, or "lsn:N" (STOPATMARK = 'lsn:…')
            lsn = point->lsn;
        }
    }
    if (!time.isValid() && lsn.isNull())
        return nullptr; // the end of the log, or a mark the timeline does not hold
    const Backup *holding = nullptr; // the earliest log that reaches the point
    for (const Backup &b : p.backups) {
        if (!b.isLog() || b.tailLog || b.failed || b.damaged)
            continue;
        const bool inside = (!lsn.isNull() && !b.lastLsn.isNull())
            ? lsn < b.lastLsn && (b.firstLsn.isNull() || b.firstLsn <= lsn)
            : time.isValid() && b.finish.isValid() && time <= b.finish;
        if (inside && (!holding || b.finish < holding->finish))
            holding = &b;
    }
    return holding;
}

/// The first RESTORE that overwrites the database (3159 is raised there): a PARTIAL restore or one
/// whose data includes PRIMARY. A restore of secondary files alone leaves the database and its log
/// in place (R-FILE-003 covers the log backup a file restore needs). -1 if none.
int overwritingStep(const CheckContext &c)
{
    const int primary = int(c.project.database.filegroupIndex(QStringLiteral("PRIMARY")));
    for (int i = 0; i < c.plan.steps.size(); ++i) {
        const PlanStep &s = c.plan.steps[i];
        const Backup *b = c.backupOf(s);
        if (s.statement != StepStatement::RestoreDatabase || !b || b->isLog())
            continue;
        if (s.partial || c.catalog.filegroupsOf(RestoreScope::ofStep(c.index, s, b)).contains(primary))
            return i;
    }
    return -1;
}

bool anyFailure(const Project &p, bool logOnly)
{
    for (const TimelineEvent &e : p.events)
        if (e.kind == EventKind::Failure && (!logOnly || e.logDamaged))
            return true;
    return false;
}

QString lastLogText(const Backup *last)
{
    return last ? Tr::tr("%1 (log backup %2)").arg(PlanTime::toString(last->finish), last->id)
                : Tr::tr("the last data backup (there is no log backup)");
}

/// R-TAIL-001 and R-TAIL-006.
void checkTailBeforeOverwrite(CheckContext &c)
{
    const Project &p = c.project;
    const int first = overwritingStep(c);
    if (!p.environment.databaseExists || first < 0)
        return;
    if (c.history.recoveryModelAt({}) == RecoveryModel::Simple)
        return; // SIMPLE: there is no log tail to lose
    for (int i = 0; i < first; ++i)
        if (capturesTail(c.plan.steps[i]))
            return;
    if (historyHasTail(p, c.plan))
        return;
    const PlanStep &s = c.plan.steps[first];
    if (s.replace)
        return; // R-OPT-001 says what REPLACE discards
    const Backup *holding = logHoldingPoint(p, c.plan.target);
    if (s.hasStopClause()) {
        if (holding)
            c.add(first, "R-TAIL-006", Severity::Info,
                  Tr::tr("No tail-log backup needed: the recovery point is inside backup %1, and step %2's %3 tells "
                         "SQL Server to overwrite the log of %4.")
                      .arg(holding->id).arg(first + 1).arg(StopClause::ofStep(s)->text(), p.database.name),
                  holding->id);
        return;
    }
    if (holding) {
        // The tail is not needed, but the engine still refuses (3159) unless REPLACE or STOPAT says so.
        const std::optional<StopClause> stop = StopClause::ofTarget(c.plan.target);
        const bool stopAt = stop && stop->kind == StopClause::Kind::At;
        c.add(first, "R-TAIL-001", Severity::Error,
              Tr::tr("No tail-log backup is needed (the recovery point is inside log backup %1), but SQL Server still "
                     "refuses to overwrite %2, whose log has not been backed up, unless step %3 says STOPAT or REPLACE.")
                  .arg(holding->id, p.database.name).arg(first + 1),
              s.backup, {},
              stopAt ? Tr::tr("Add %1 to step %2.").arg(stop->text()).arg(first + 1)
                     : Tr::tr("Add REPLACE to step %1 (the work after the recovery point is not needed).").arg(first + 1),
              stopAt ? c.changed(first, [&](PlanStep &st) { stop->applyTo(st); })
                     : c.changed(first, [](PlanStep &st) { st.replace = true; }));
        return;
    }
    const bool logDamaged = anyFailure(p, true);
    // The fix takes a real tail-log backup: added to the history (its device beside the others) and
    // taken by a BACKUP LOG step before the overwrite, as one edit. R-TAIL-003 then says where to
    // restore it. Without a device to name it after, only the words are offered, never a placeholder.
    const std::optional<Backup> tail = logDamaged ? std::nullopt : TailLogBackup::suggested(p);
    QString fix;
    ProjectEdit edit;
    if (logDamaged) {
        fix = Tr::tr("The log is damaged, so no tail-log backup can be taken: add REPLACE to step %1 and accept losing "
                     "the work since %2.").arg(first + 1).arg(lastLogText(lastLogBackup(p)));
        edit = c.changed(first, [](PlanStep &st) { st.replace = true; });
    } else if (tail) {
        fix = Tr::tr("Take tail-log backup %1 (BACKUP LOG %2 TO %3 WITH NORECOVERY) before step %4 and add it to the "
                     "history, then restore it last; or use REPLACE and accept losing the work since the last log "
                     "backup.").arg(tail->id, p.database.name, tail->media.first()).arg(first + 1);
        edit = TailLogBackup::takeAt(p, first);
    } else {
        fix = Tr::tr("Insert BACKUP LOG %1 … WITH NORECOVERY before step %2, with a backup drawn on the timeline that "
                     "names its device, and restore it last; or use REPLACE and accept losing the work since the last "
                     "log backup.").arg(p.database.name).arg(first + 1);
    }
    c.add(first, "R-TAIL-001", Severity::Error,
          Tr::tr("The tail of the log of %1 has not been backed up: step %2 would overwrite a %3 database and lose the "
                 "work since the last log backup, so SQL Server refuses it.")
              .arg(p.database.name).arg(first + 1).arg(toString(c.history.recoveryModelAt({}))),
          s.backup, {}, fix, edit);
}

/// R-TAIL-002, R-TAIL-004 and R-TAIL-005: the BACKUP LOG steps.
void checkBackupLogSteps(CheckContext &c)
{
    const Project &p = c.project;
    const int first = firstRestore(c.plan);
    const bool damaged = anyFailure(p, false);
    const bool logDamaged = anyFailure(p, true);
    for (int i = 0; i < c.plan.steps.size(); ++i) {
        const PlanStep &s = c.plan.steps[i];
        if (s.statement != StepStatement::BackupLog)
            continue;
        const StepState &before = c.stateBefore(i);
        const bool tail = i < first;
        const QString &db = p.database.name;

        // R-TAIL-005: BACKUP is refused in OFFLINE/EMERGENCY (even with NO_TRUNCATE, C-5), with a damaged
        // log, and with bulk-logged changes while a data file is missing (4202).
        QString impossible, fix;
        ProjectEdit edit;
        if (before.database == DatabaseState::Offline || before.database == DatabaseState::Emergency) {
            impossible = Tr::tr("%1 is %2 before step %3, and BACKUP is not allowed in that state, even with NO_TRUNCATE")
                             .arg(db, toString(before.database)).arg(i + 1);
            if (before.database == DatabaseState::Offline) {
                PlanStep online;
                online.statement = StepStatement::SetOnline;
                fix = Tr::tr("Insert ALTER DATABASE %1 SET ONLINE before step %2.").arg(db).arg(i + 1);
                edit = ProjectEdit::insert(i, online);
            }
        } else if (logDamaged) {
            impossible = Tr::tr("the log of %1 is damaged").arg(db);
            fix = Tr::tr("Remove step %1 and restore up to the last log backup.").arg(i + 1);
            edit = ProjectEdit::remove(i);
        } else {
            const Backup *own = c.backupOf(s);
            bool bulk = own && own->hasBulkLoggedData;
            if (c.summary.anyBulkLogged && !bulk) {
                const Backup *lastLog = lastLogBackup(p);
                bulk = (lastLog ? c.history.recoveryModelAt({lastLog->finish, lastLog->lastLsn}) : p.database.recoveryModel)
                    == RecoveryModel::BulkLogged;
                for (const TimelineEvent &e : p.events)
                    bulk |= e.kind == EventKind::SetRecoveryModel && e.recoveryModel == RecoveryModel::BulkLogged
                        && (!lastLog || lastLog->finish < e.at);
            }
            QString missing;
            for (const TimelineEvent &e : p.events) {
                if (e.kind != EventKind::Failure || !missing.isEmpty())
                    continue;
                if (e.wholeDatabase)
                    missing = Tr::tr("the data files");
                else if (!e.filegroups.isEmpty())
                    missing = e.filegroups.first();
                else if (!e.files.isEmpty()) // a damaged file alone
                    missing = Tr::tr("file %1").arg(e.files.first());
            }
            for (const auto &[fg, state] : before.filegroups)
                if (state != FileState::Online && missing.isEmpty())
                    missing = fg;
            if (bulk && !missing.isEmpty())
                impossible = Tr::tr("the log holds bulk-logged changes since the last log backup and %1 is not "
                                    "available, and such a log backup needs every data file").arg(missing);
        }
        if (!impossible.isEmpty()) {
            c.add(i, "R-TAIL-005", Severity::Error,
                  Tr::tr("A tail-log backup is not possible at step %1: %2. The plan can only reach %3; work after that "
                         "is lost.").arg(i + 1).arg(impossible, lastLogText(lastLogBackup(p))),
                  s.backup, {}, fix, edit);
            continue;
        }

        // R-TAIL-002: without NORECOVERY users keep writing after the tail is taken.
        if (tail && before.database == DatabaseState::Online && !leavesNoRoomForChanges(s))
            c.add(i, "R-TAIL-002", Severity::Warning,
                  Tr::tr("Step %1 backs up the tail of the log of %2 without NORECOVERY while it is online: users can "
                         "keep writing after the tail is taken, and the restore will then demand another tail.")
                      .arg(i + 1).arg(db),
                  s.backup, {}, Tr::tr("Add NORECOVERY to step %1.").arg(i + 1),
                  c.changed(i, [](PlanStep &st) { st.norecovery = true; }));

        // R-TAIL-004: NO_TRUNCATE / CONTINUE_AFTER_ERROR only for a damaged database.
        const bool unhealthy = damaged || before.database == DatabaseState::Suspect
            || before.database == DatabaseState::RecoveryPending;
        if ((s.noTruncate || s.continueAfterError) && !unhealthy)
            c.add(i, "R-TAIL-004", Severity::Warning,
                  Tr::tr("Step %1 uses %2 on %3, which is not damaged: these options are meant for damaged databases; "
                         "on a healthy database use NORECOVERY only.")
                      .arg(i + 1)
                      .arg(s.noTruncate && s.continueAfterError ? QStringLiteral("NO_TRUNCATE, CONTINUE_AFTER_ERROR")
                           : s.noTruncate                       ? QStringLiteral("NO_TRUNCATE")
                                                                : QStringLiteral("CONTINUE_AFTER_ERROR"),
                           db),
                  s.backup, {}, Tr::tr("Use WITH NORECOVERY only on step %1.").arg(i + 1),
                  c.changed(i, [tail](PlanStep &st) {
                      st.noTruncate = st.continueAfterError = false;
                      st.norecovery |= tail;
                  }));
    }
}

/// R-TAIL-004 (info): a backup with incomplete metadata used in the plan.
void checkIncompleteMetadata(CheckContext &c)
{
    QStringList seen;
    for (int i = 0; i < c.plan.steps.size(); ++i) {
        const Backup *b = c.backupOf(c.plan.steps[i]);
        if (!b || !b->hasIncompleteMetadata || seen.contains(b->id))
            continue;
        seen << b->id;
        c.add(i, "R-TAIL-004", Severity::Info,
              Tr::tr("Backup %1 has incomplete metadata (taken with NO_TRUNCATE or CONTINUE_AFTER_ERROR from a damaged "
                     "database): its filegroup and file details may be NULL in msdb, but the log it holds is complete "
                     "and usable.").arg(b->id),
              b->id);
    }
}

/// R-FILE-004: with a damaged log no file restore into the existing database can reach the end of the log.
void checkDamagedLogFileRestore(CheckContext &c)
{
    if (!c.project.environment.databaseExists || !anyFailure(c.project, true))
        return;
    for (int i = 0; i < c.plan.steps.size(); ++i) {
        const PlanStep &s = c.plan.steps[i];
        if (s.statement != StepStatement::RestoreDatabase || s.backup.isEmpty() || (!s.partial && !s.hasTargets()))
            continue;
        c.add(i, "R-FILE-004", Severity::Error,
              Tr::tr("The log of %1 is damaged, so the file or partial restore at step %2 cannot be brought up to date; "
                     "restore the whole database (work since %3 is lost).")
                  .arg(c.project.database.name).arg(i + 1).arg(lastLogText(lastLogBackup(c.project))),
              s.backup, {},
              Tr::tr("Restore the whole database from a full backup of your choice (no FILE/FILEGROUP, no PARTIAL) with "
                     "REPLACE, then the log backups."));
        return;
    }
}

} // namespace

void run(CheckContext &c)
{
    checkTailBeforeOverwrite(c);
    checkBackupLogSteps(c);
    checkIncompleteMetadata(c);
    checkDamagedLogFileRestore(c);
}

} // namespace rd::TailChecks
