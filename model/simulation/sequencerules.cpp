// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/simulation/sequencerules.h"

#include "model/domain/plansteps.h"
#include "model/simulation/onlinerestore.h"
#include "model/simulation/restorescope.h"
#include "model/simulation/simulationstate.h"

#include <QCoreApplication>
#include <QVersionNumber>

namespace rd {
namespace {

/// Translation context for this file's messages (lupdate reads Tr::tr calls).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SequenceRules)
};

} // namespace

bool SequenceRules::needsUpgrade(const Backup &b, const RestoreEnvironment &environment)
{
    const QVersionNumber server = QVersionNumber::fromString(environment.serverVersion);
    const QVersionNumber taken = QVersionNumber::fromString(b.softwareVersion);
    return !server.isNull() && !taken.isNull() && taken < server;
}

bool SequenceRules::beforeStep(SimulationState &s, int i)
{
    const PlanStep &step = s.m_plan.steps[i];
    if (i == 0)
        checkAbandonedMemoryOptimized(s);
    if (step.statement == StepStatement::RemoveFilegroup)
        return removeFilegroup(s, i, step);
    if (!step.isRestore())
        return true;
    return checkMemoryOptimizedWithPrimary(s, i, step) && checkNewDatabase(s, i, step) && checkStandby(s, i, step);
}

bool SequenceRules::checkMemoryOptimizedWithPrimary(SimulationState &s, int i, const PlanStep &step)
{
    // R-MOD-002 ("If you back up (or restore) the primary filegroup you must specify the
    // memory-optimized filegroup", piecemeal-restore-of-databases-with-memory-optimized-tables.md):
    // a RESTORE DATABASE holding one of them without the other is refused, and changes nothing.
    const int primary = int(s.m_project.database.filegroupIndex(QStringLiteral("PRIMARY")));
    if (s.m_memoryOptimized < 0 || step.statement != StepStatement::RestoreDatabase || step.backup.isEmpty())
        return true;
    const Backup *b = s.backup(step.backup);
    if (!b)
        return true; // a dangling reference: R-REF-001
    const QList<int> fgs = s.m_catalog.filegroupsOf(RestoreScope::ofStep(s.m_index, step, b));
    const bool hasPrimary = fgs.contains(primary), hasMod = fgs.contains(s.m_memoryOptimized);
    if (hasPrimary == hasMod)
        return true;
    const QString mod = s.filegroupName(s.m_memoryOptimized);
    const QString missing = hasPrimary ? mod : QStringLiteral("PRIMARY");
    const PlanStep fixed = PlanSteps::withFilegroupToggled(step, missing, true);
    s.report(i, QStringLiteral("R-MOD-002"), Severity::Error,
             hasPrimary ? Tr::tr("Step %1 restores PRIMARY without the memory-optimized filegroup %2: restore %2 in the "
                                 "same statement (FILEGROUP = 'PRIMARY', FILEGROUP = '%2'%3). SQL Server refuses the "
                                 "statement, which changes nothing.")
                              .arg(i + 1).arg(mod, step.partial ? Tr::tr(" … WITH PARTIAL") : QString())
                        : Tr::tr("Step %1 restores the memory-optimized filegroup %2 without PRIMARY: they must be "
                                 "restored in the same statement. SQL Server refuses the statement, which changes "
                                 "nothing.").arg(i + 1).arg(mod),
             b->id, missing, Tr::tr("Add %1 to the FILEGROUP list of step %2.").arg(missing).arg(i + 1),
             ProjectEdit::replace(i, fixed));
    return false;
}

void SequenceRules::checkAbandonedMemoryOptimized(SimulationState &s)
{
    if (s.m_memoryOptimized < 0 || !s.m_project.database.filegroups[s.m_memoryOptimized].abandon)
        return;
    const QString fg = s.filegroupName(s.m_memoryOptimized);
    Filegroup kept = s.m_project.database.filegroups[s.m_memoryOptimized];
    kept.abandon = false; // R-MOD-002 then says where it must be restored, if the plan leaves it out
    s.report(-1, QStringLiteral("R-MOD-005"), Severity::Error,
             Tr::tr("The memory-optimized filegroup %1 is marked to be abandoned, but it cannot be removed or left "
                    "unrestored (only dropping the database removes it): it must be restored with PRIMARY.").arg(fg),
             {}, fg, Tr::tr("Clear \"abandon\" on %1 in the layout: it must be restored with PRIMARY.").arg(fg),
             ProjectEdit::replaceFilegroup(kept));
}

bool SequenceRules::removeFilegroup(SimulationState &s, int i, const PlanStep &step)
{
    const QString &db = s.m_project.database.name;
    for (const QString &name : step.filegroups) {
        const int g = int(s.m_project.database.filegroupIndex(name));
        if (g < 0 || g != s.m_memoryOptimized)
            continue;
        s.report(i, QStringLiteral("R-MOD-005"), Severity::Error,
                 Tr::tr("Step %1 removes the memory-optimized filegroup %2: it can only be removed by dropping %3, so it "
                        "cannot be made DEFUNCT; it must be restored with PRIMARY.").arg(i + 1).arg(s.filegroupName(g), db),
                 {}, s.filegroupName(g), Tr::tr("Remove step %1.").arg(i + 1), ProjectEdit::remove(i));
        return false;
    }
    for (const QString &name : step.filegroups) {
        const int g = int(s.m_project.database.filegroupIndex(name));
        if (g < 0)
            continue;
        FileState worst = FileState::Online;
        for (int f : s.m_catalog.filesOfFilegroup(g))
            if (severityRank(s.m_files[f].state) > severityRank(worst))
                worst = s.m_files[f].state;
        if (worst == FileState::Online || worst == FileState::Defunct)
            continue; // an online filegroup is dropped normally (it must be empty); a defunct one is gone already
        const QString fg = s.filegroupName(g);
        s.report(i, QStringLiteral("R-DEF-001"), Severity::Warning,
                 Tr::tr("Removing %1 at step %2 while it is %3 makes it DEFUNCT: its data can never be restored into %4.")
                     .arg(fg).arg(i + 1).arg(toString(worst), db),
                 {}, fg, Tr::tr("Restore %1 instead of removing it, if its data is still needed.").arg(fg));
    }
    return true;
}

bool SequenceRules::checkNewDatabase(SimulationState &s, int i, const PlanStep &step)
{
    // R-GEN-006: only the first RESTORE of the plan creates the database (error 3118).
    if (s.m_project.environment.databaseExists)
        return true;
    for (int k = 0; k < i; ++k)
        if (s.m_plan.steps[k].isRestore())
            return true;
    const Backup *b = step.backup.isEmpty() ? nullptr : s.backup(step.backup);
    if (!step.backup.isEmpty() && !b)
        return true; // a dangling reference: R-REF-001
    if (b && step.statement == StepStatement::RestoreDatabase && isDataBase(b->type) && s.m_primary >= 0) {
        FileCatalog::FileSet restored = RestoreScope::ofStep(s.m_index, step, b);
        restored.intersect(RestoreScope::ofBackup(s.m_index, *b));
        if (restored.contains(s.m_catalog.filesOfFilegroup(s.m_primary)))
            return true;
    }
    const Backup *full = nullptr;
    for (const Backup &c : s.m_backups)
        if (c.type == BackupType::Full && !c.damaged && !c.failed && (!full || full->finish < c.finish))
            full = &c;
    const QString &db = s.m_project.database.name;
    PlanStep create; // the first restore creates the database from the full backup, the rest of the plan follows
    create.backup = full ? full->id : QString();
    create.recovery = RecoveryOption::NoRecovery;
    s.report(i, QStringLiteral("R-GEN-006"), Severity::Error,
             Tr::tr("Database %1 does not exist on the target, so the first restore must come from a backup that contains "
                    "the primary file; step %2 %3.")
                 .arg(db).arg(i + 1)
                 .arg(b ? Tr::tr("restores %1 without PRIMARY").arg(b->id) : Tr::tr("restores no data backup")),
             step.backup, QStringLiteral("PRIMARY"),
             full ? Tr::tr("Start with RESTORE DATABASE %1 FROM %2 (a full backup) WITH NORECOVERY.").arg(db, full->id)
                  : Tr::tr("Start with RESTORE DATABASE %1 from a full backup, or a file backup holding PRIMARY.").arg(db),
             full ? ProjectEdit::insert(i, create) : ProjectEdit{});
    return false; // error 3118: the statement fails
}

bool SequenceRules::checkStandby(SimulationState &s, int i, const PlanStep &step)
{
    if (step.recovery != RecoveryOption::Standby)
        return true;
    const QString &db = s.m_project.database.name;
    const Backup *b = step.backup.isEmpty() ? nullptr : s.backup(step.backup);
    PlanStep noRecovery = step;
    noRecovery.recovery = RecoveryOption::NoRecovery;
    noRecovery.standbyFile.clear();

    // R-ONL-008: STANDBY is refused while the database stays online (4302).
    bool online = s.m_db == DatabaseState::Online && supportsOnlineRestore(s.m_project.database.edition);
    if (online && step.statement == StepStatement::RestoreDatabase && b)
        online = OnlineRestore::isOnline(s, step, RestoreScope::ofStep(s.m_index, step, b));
    if (online) {
        s.report(i, QStringLiteral("R-ONL-008"), Severity::Error,
                 Tr::tr("STANDBY cannot be used while %1 stays online (step %2 is an online restore); use NORECOVERY, or "
                        "take the database offline first.").arg(db).arg(i + 1),
                 step.backup, {}, Tr::tr("Use NORECOVERY on step %1.").arg(i + 1), ProjectEdit::replace(i, noRecovery));
        return false;
    }

    // R-REC-003: STANDBY needs no upgrade (3180).
    const Backup *old = b && needsUpgrade(*b, s.m_project.environment) ? b : nullptr;
    for (const auto &r : std::as_const(s.m_files))
        if (const Backup *base = r.state == FileState::Restoring ? s.backup(r.restoredBase) : nullptr;
            !old && base && needsUpgrade(*base, s.m_project.environment))
            old = base;
    if (old) {
        s.report(i, QStringLiteral("R-REC-003"), Severity::Error,
                 Tr::tr("STANDBY is not possible for backups from SQL Server %1 on a %2 server: %3 needs an upgrade, "
                        "which STANDBY does not allow (step %4).")
                     .arg(old->softwareVersion, s.m_project.environment.serverVersion, old->id).arg(i + 1),
                 old->id, {}, Tr::tr("Use NORECOVERY on step %1.").arg(i + 1), ProjectEdit::replace(i, noRecovery));
        return false;
    }
    for (int k = 0; k < i; ++k)
        if (s.m_plan.steps[k].isRestore() && s.m_plan.steps[k].recovery == RecoveryOption::Standby)
            return true; // the warning is given once per plan
    const QString file = step.standbyFile.isEmpty() ? Tr::tr("the standby file") : step.standbyFile;
    s.report(i, QStringLiteral("R-REC-003"), Severity::Warning,
             Tr::tr("Keep %1 until the next restore of %2 (step %3 writes its undo data there); deleting it forces a "
                    "full re-restore.").arg(file, db).arg(i + 1),
             step.backup);
    return true;
}

} // namespace rd
