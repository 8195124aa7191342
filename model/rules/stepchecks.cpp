// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/rules/stepchecks.h"

#include "model/domain/plansteps.h"
#include "model/findings/stopclause.h"
#include "model/simulation/restorescope.h"

#include <QCoreApplication>

namespace rd::StepChecks {
namespace {

/// Translation context for this file's messages (lupdate reads Tr::tr calls).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StepChecks)
};

using Context = CheckContext;

void checkReferences(Context &c)
{
    for (int i = 0; i < c.plan.steps.size(); ++i) {
        const PlanStep &s = c.plan.steps[i];
        if (!s.backup.isEmpty() && !c.backupOf(s))
            c.add(i, "R-REF-001", Severity::Error,
                  Tr::tr("Step %1 uses backup \"%2\", which is not in the backup history.").arg(i + 1).arg(s.backup), s.backup);
        for (const QString &fg : s.filegroups)
            if (!c.project.database.filegroup(fg))
                c.add(i, "R-REF-001", Severity::Error,
                      Tr::tr("Step %1 names filegroup \"%2\", which is not in the layout.").arg(i + 1).arg(fg), {}, fg);
        for (const QString &f : s.files)
            if (!c.project.database.filegroupOfFile(f))
                c.add(i, "R-REF-001", Severity::Error,
                      Tr::tr("Step %1 names file \"%2\", which is not in the layout.").arg(i + 1).arg(f));
    }
}

/// R-GEN-003 and R-GEN-004: recovery options.
void checkRecoveryOptions(Context &c)
{
    const auto &steps = c.plan.steps;
    for (int i = 0; i < steps.size(); ++i) {
        const PlanStep &s = steps[i];
        if (!s.isRestore())
            continue;
        if (s.backup.isEmpty() && s.recovery == RecoveryOption::Unspecified) {
            c.add(i, "R-GEN-003", Severity::Error,
                  Tr::tr("Step %1 is a recovery-only RESTORE (no FROM): it must state WITH RECOVERY, NORECOVERY or STANDBY.")
                      .arg(i + 1), {}, {}, Tr::tr("Add WITH RECOVERY to step %1.").arg(i + 1),
                  c.changed(i, [](PlanStep &changed) { changed.recovery = RecoveryOption::Recovery; }));
            continue;
        }
        // The next RESTORE continues this sequence if it rolls the same data forward: a log or a differential.
        int next = i + 1;
        while (next < steps.size() && !steps[next].isRestore())
            ++next;
        bool continues = false;
        if (next < steps.size()) {
            const Backup *nb = c.backupOf(steps[next]);
            continues = steps[next].statement == StepStatement::RestoreLog || (nb && isDifferential(nb->type));
        }
        if (continues && s.effectiveRecovery() == RecoveryOption::Recovery) {
            c.add(i, "R-GEN-004", Severity::Error,
                  Tr::tr("Step %1 would recover the database (%2), so step %3 can no longer be applied.")
                      .arg(i + 1)
                      .arg(s.recovery == RecoveryOption::Unspecified ? Tr::tr("RECOVERY is the default") : Tr::tr("WITH RECOVERY"))
                      .arg(next + 1),
                  s.backup, {}, Tr::tr("Use WITH NORECOVERY on step %1.").arg(i + 1),
                  c.changed(i, [](PlanStep &changed) { changed.recovery = RecoveryOption::NoRecovery; }));
        } else if (s.recovery == RecoveryOption::Unspecified) {
            c.add(i, "R-GEN-004", Severity::Warning,
                  Tr::tr("Step %1 relies on the default RECOVERY; make the recovery option explicit.").arg(i + 1),
                  s.backup, {}, Tr::tr("State WITH RECOVERY (SQL Server's default) explicitly on step %1.").arg(i + 1),
                  c.changed(i, [](PlanStep &changed) { changed.recovery = RecoveryOption::Recovery; }));
        }
    }
}

/// R-PIECE-001/002/003.
void checkPartial(Context &c)
{
    int firstRestore = -1;
    for (int i = 0; i < c.plan.steps.size(); ++i) {
        const PlanStep &s = c.plan.steps[i];
        if (!s.isRestore())
            continue;
        if (firstRestore < 0)
            firstRestore = i;
        if (!s.partial)
            continue;
        if (s.statement == StepStatement::RestoreLog) {
            c.add(i, "R-PIECE-003", Severity::Error, Tr::tr("PARTIAL is not allowed on RESTORE LOG (step %1).").arg(i + 1),
                  s.backup, {}, Tr::tr("Remove PARTIAL from step %1.").arg(i + 1),
                  c.changed(i, [](PlanStep &changed) { changed.partial = false; }));
            continue;
        }
        if (i != firstRestore)
            c.add(i, "R-PIECE-002", Severity::Error,
                  Tr::tr("PARTIAL appears again at step %1: this would start a brand-new piecemeal restore and discard "
                     "the earlier stages.").arg(i + 1), s.backup, {}, Tr::tr("Remove PARTIAL from step %1.").arg(i + 1),
                  c.changed(i, [](PlanStep &changed) { changed.partial = false; }));
        const Backup *b = c.backupOf(s);
        if (!b)
            continue;
        bool holdsPrimary = b->type == BackupType::Full || b->type == BackupType::Partial;
        if (b->type == BackupType::File && c.recoveryModelAtTarget() != RecoveryModel::Simple) {
            // A file backup starts a piecemeal restore only if it holds the whole PRIMARY filegroup.
            const int primary = int(c.project.database.filegroupIndex(QStringLiteral("PRIMARY")));
            holdsPrimary = RestoreScope::ofBackup(c.index, *b)
                               .contains(c.catalog.filesOfFilegroup(primary));
        }
        if (!holdsPrimary)
            c.add(i, "R-PIECE-001", Severity::Error,
                  Tr::tr("A piecemeal restore must start with RESTORE DATABASE … WITH PARTIAL from a full or partial "
                     "backup that contains the whole primary filegroup; %1 is a %2 backup without it.")
                      .arg(b->id, toString(b->type)), b->id, QStringLiteral("PRIMARY"));
    }
}

/// R-PIECE-005 / R-PIECE-006: under SIMPLE the first stage restores every read/write filegroup
/// from the PARTIAL statement's backup; a read/write filegroup left out becomes DEFUNCT.
void checkSimplePiecemeal(Context &c)
{
    // Only when the database is SIMPLE at the recovery point. A simple-era backup restored to a
    // full-era point is the R-PIECE-010 exception: the filegroups it leaves out stay RECOVERY_PENDING
    // (the simulator says so at stage-1 recovery, model/simulation/piecemealstage.cpp).
    if (c.recoveryModelAtTarget() != RecoveryModel::Simple)
        return;
    int partial = -1;
    for (int i = 0; i < c.plan.steps.size() && partial < 0; ++i)
        if (c.plan.steps[i].partial && c.plan.steps[i].statement == StepStatement::RestoreDatabase)
            partial = i;
    if (partial < 0)
        return;
    const PlanStep &first = c.plan.steps[partial];
    const Backup *base = c.backupOf(first);
    if (!base)
        return;
    QSet<int> stage1;
    for (int i = partial; i < c.plan.steps.size(); ++i) {
        const PlanStep &s = c.plan.steps[i];
        if (s.statement == StepStatement::RestoreDatabase && !s.backup.isEmpty()) {
            for (int g : c.filegroupsRestored(s)) {
                stage1.insert(g);
                const Backup *b = c.backupOf(s);
                if (i != partial && b && b->id != base->id && !isDifferential(b->type)
                    && !c.history.readOnlyAt(g, TimelineHistory::momentOf(*base)))
                    c.add(i, "R-PIECE-005", Severity::Error,
                          Tr::tr("Under SIMPLE recovery the first stage must restore PRIMARY and all read/write filegroups "
                             "from the same backup; %1 comes from %2 instead of %3.")
                              .arg(c.project.database.filegroups[g].name, b->id, base->id),
                          b->id, c.project.database.filegroups[g].name);
            }
        }
        if (s.isRestore() && s.effectiveRecovery() == RecoveryOption::Recovery)
            break;
    }
    if (base->type == BackupType::Full && !first.filegroups.isEmpty() && !first.readWriteFilegroups)
        c.add(partial, "R-PIECE-005", Severity::Warning,
              Tr::tr("Step %1 restores from the full backup %2 with a FILEGROUP list; under SIMPLE recovery use "
                 "READ_WRITE_FILEGROUPS.").arg(partial + 1).arg(base->id), base->id, {},
              Tr::tr("Replace the FILEGROUP list of step %1 with READ_WRITE_FILEGROUPS.").arg(partial + 1),
              c.changed(partial, [](PlanStep &changed) {
                  changed.filegroups.clear();
                  changed.readWriteFilegroups = true;
              }));
    for (int g = 0; g < c.project.database.filegroups.size(); ++g) {
        if (stage1.contains(g) || c.history.readOnlyAt(g, TimelineHistory::momentOf(*base)))
            continue;
        const QString &fg = c.project.database.filegroups[g].name;
        // "abandon": the user wants it gone (rules.md R-PIECE-006's first exception), so losing it is
        // reported, not refused; it still becomes DEFUNCT (3127).
        if (c.project.database.filegroups[g].abandon)
            c.add(partial, "R-PIECE-006", Severity::Warning,
                  Tr::tr("Filegroup %1 is read/write and marked to be abandoned: left out of the initial stage, it becomes "
                         "DEFUNCT when the database recovers and can never be restored into this database.").arg(fg),
                  base->id, fg,
                  Tr::tr("To keep %1, clear \"abandon\" and add it to the FILEGROUP list of step %2 (or use "
                         "READ_WRITE_FILEGROUPS).").arg(fg).arg(partial + 1),
                  c.changed(partial, [&fg](PlanStep &s) { s = PlanSteps::withFilegroupToggled(s, fg, true); }));
        else
            c.add(partial, "R-PIECE-006", Severity::Error,
                  Tr::tr("Filegroup %1 is read/write but not in the initial stage: it will become DEFUNCT when the database "
                     "recovers and can never be restored into this database.").arg(fg),
                  base->id, fg, Tr::tr("Add %1 to the FILEGROUP list of step %2 (or use READ_WRITE_FILEGROUPS).").arg(fg).arg(partial + 1),
                  c.changed(partial, [&fg](PlanStep &s) { s = PlanSteps::withFilegroupToggled(s, fg, true); }));
    }
}

/// Whether STOPAT `clause` names the end (finish time) of the last log backup restored by the
/// restore sequence that step `i` belongs to (up to the step that recovers). A mark is never at
/// a log backup's end: it is a transaction inside one.
bool endsAtLastLog(const Context &c, int i, const StopClause &clause)
{
    if (clause.kind != StopClause::Kind::At || !clause.time.isValid())
        return false;
    const Backup *last = nullptr;
    for (int j = i; j < c.plan.steps.size(); ++j) {
        const PlanStep &s = c.plan.steps[j];
        if (!s.isRestore())
            continue;
        if (const Backup *b = c.backupOf(s); b && b->isLog() && s.statement == StepStatement::RestoreLog)
            last = b;
        if (s.effectiveRecovery() == RecoveryOption::Recovery)
            break;
    }
    return last && last->finish.isValid() && last->finish == clause.time;
}

/// R-PIT-001, R-PIT-002, R-FS-001: stop clauses.
void checkStopClauses(Context &c)
{
    const std::optional<StopClause> planTarget = StopClause::ofTarget(c.plan.target);
    std::optional<StopClause> reference = planTarget;
    bool anyStop = planTarget.has_value();
    for (const PlanStep &s : c.plan.steps)
        anyStop |= s.hasStopClause();
    if (!anyStop)
        return;
    if (c.recoveryModelAtTarget() == RecoveryModel::Simple) {
        QList<ProjectEdit> drop; // every stop clause, and the target: the plan then restores to the end of its backups
        for (int i = 0; i < c.plan.steps.size(); ++i)
            if (c.plan.steps[i].hasStopClause())
                drop << c.changed(i, [](PlanStep &changed) {
                    changed.stopAt = {};
                    changed.stopAtMark.clear();
                    changed.stopBeforeMark.clear();
                    changed.markAfter = {};
                });
        if (planTarget)
            drop << ProjectEdit::replaceTarget({});
        // The finding belongs to the statement SQL Server refuses (3145): each step that carries a stop
        // clause. Only a plan target with no such step is plan-wide. Every finding offers the whole fix:
        // dropping one clause would leave the others (and R-PIT-002) behind.
        bool onAStep = false;
        for (int i = 0; i < c.plan.steps.size(); ++i) {
            const std::optional<StopClause> mine = StopClause::ofStep(c.plan.steps[i]);
            if (!mine)
                continue;
            onAStep = true;
            c.add(i, "R-PIT-001", Severity::Error,
                  Tr::tr("Step %1 uses %2, but point-in-time restore is not available under SIMPLE recovery; you can "
                         "only restore to the time of a backup.").arg(i + 1).arg(mine->text()),
                  c.plan.steps[i].backup, {}, Tr::tr("Remove the STOPAT/STOPATMARK clauses and the plan's point-in-time target."),
                  ProjectEdit::composite(drop));
        }
        if (!onAStep)
            c.add(-1, "R-PIT-001", Severity::Error,
                  Tr::tr("Point-in-time restore is not available under SIMPLE recovery; you can only restore to the time of a backup."),
                  {}, {}, Tr::tr("Remove the STOPAT/STOPATMARK clauses and the plan's point-in-time target."),
                  ProjectEdit::composite(drop));
    }
    for (int i = 0; i < c.plan.steps.size(); ++i) {
        const PlanStep &s = c.plan.steps[i];
        if (!s.isRestore())
            continue;
        const std::optional<StopClause> mine = StopClause::ofStep(s);
        if (!reference && mine && s.statement == StepStatement::RestoreLog)
            reference = mine;
        if (!reference)
            continue;
        // C-6: required on every RESTORE LOG; on RESTORE DATABASE validated only when present. Not
        // required when the point is the very end of the sequence's last log backup: restoring that
        // log whole reaches it ("log backups advance the restored database to a later time").
        const bool required = s.statement == StepStatement::RestoreLog && !endsAtLastLog(c, i, *reference);
        if ((required && !mine) || (mine && *mine != *reference))
            c.add(i, "R-PIT-002", Severity::Error,
                  Tr::tr("Step %1 uses %2 but the restore sequence targets %3; every RESTORE LOG must use the identical "
                     "STOPAT/STOPATMARK/STOPBEFOREMARK.").arg(i + 1).arg(mine ? mine->text() : Tr::tr("no stop clause"), reference->text()),
                  s.backup, {}, Tr::tr("Set %1 on step %2.").arg(reference->text()).arg(i + 1),
                  c.changed(i, [&](PlanStep &changed) { reference->applyTo(changed); }));
    }
    // R-FS-001: a FILESTREAM filegroup left out of stage 1 rules out point-in-time (unless forced).
    int partial = -1;
    for (int i = 0; i < c.plan.steps.size() && partial < 0; ++i)
        if (c.plan.steps[i].partial)
            partial = i;
    if (partial < 0)
        return;
    QSet<int> stage1;
    bool forced = true;
    for (int i = partial; i < c.plan.steps.size(); ++i) {
        const PlanStep &s = c.plan.steps[i];
        if (s.statement == StepStatement::RestoreDatabase && !s.backup.isEmpty())
            for (int g : c.filegroupsRestored(s))
                stage1.insert(g);
        if (s.hasStopClause() || s.statement == StepStatement::RestoreLog)
            forced &= s.continueAfterError;
        if (s.isRestore() && s.effectiveRecovery() == RecoveryOption::Recovery)
            break;
    }
    for (int g = 0; g < c.project.database.filegroups.size(); ++g) {
        const Filegroup &fg = c.project.database.filegroups[g];
        if (fg.type != FilegroupType::Filestream || stage1.contains(g))
            continue;
        if (forced)
            c.add(partial, "R-FS-001", Severity::Warning,
                  Tr::tr("CONTINUE_AFTER_ERROR forces the point-in-time restore but FILESTREAM filegroup %1 can NEVER be "
                     "restored afterwards.").arg(fg.name), {}, fg.name);
        else
            c.add(partial, "R-FS-001", Severity::Error,
                  Tr::tr("Point-in-time piecemeal restore is not possible while FILESTREAM filegroup %1 is excluded. "
                     "Include %1 in stage 1, or restore to the end of the log.").arg(fg.name), {}, fg.name,
                  Tr::tr("Add %1 to the FILEGROUP list of step %2.").arg(fg.name).arg(partial + 1),
                  c.changed(partial, [&](PlanStep &changed) {
                      changed = PlanSteps::withFilegroupToggled(changed, fg.name, true);
                  }));
    }
}

} // namespace

void run(CheckContext &c)
{
    checkReferences(c);
    checkRecoveryOptions(c);
    checkPartial(c);
    checkSimplePiecemeal(c);
    checkStopClauses(c);
}

} // namespace rd::StepChecks
