// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/simulation/piecemealstage.h"

#include "model/domain/plansteps.h"
#include "model/findings/listtext.h"
#include "model/simulation/deferredtransactions.h"
#include "model/simulation/restorescope.h"
#include "model/simulation/sequencerules.h"
#include "model/simulation/simulationstate.h"

#include <QCoreApplication>

namespace rd {
namespace {

/// Translation context for this file's messages (lupdate reads Tr::tr calls).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PiecemealStage)
};

} // namespace

int PiecemealStage::partialStep(const SimulationState &s, int i)
{
    for (int k = i; k >= 0; --k)
        if (s.m_plan.steps[k].partial && s.m_plan.steps[k].statement == StepStatement::RestoreDatabase)
            return k;
    return -1;
}

void PiecemealStage::stage1Recovered(SimulationState &s, int i)
{
    const int partial = partialStep(s, i);
    if (partial < 0)
        return;
    checkUpgrade(s, i, partial);
    noteSimpleToFull(s, partial);
    DeferredTransactions::atStage1Recovery(s, i, partial);
}

void PiecemealStage::checkUpgrade(SimulationState &s, int i, int partial)
{
    // R-PIECE-012 / T-F-5c: "Piecemeal restore is not supported when an upgrade is involved" (4354).
    const Backup *old = nullptr;
    for (int k = partial; k <= i && !old; ++k) {
        const PlanStep &st = s.m_plan.steps[k];
        const Backup *b = st.isRestore() && !st.backup.isEmpty() ? s.backup(st.backup) : nullptr;
        if (b && SequenceRules::needsUpgrade(*b, s.m_project.environment))
            old = b;
    }
    if (!old)
        return;
    QStringList leftOut;
    FileCatalog::FileSet leftOutFiles;
    for (int f = 0; f < s.m_files.size(); ++f) {
        if (s.m_files[f].state != FileState::RecoveryPending)
            continue;
        s.m_files[f].state = FileState::Defunct;
        leftOutFiles.insert(f);
        if (const QString fg = s.filegroupName(s.m_catalog.files()[f].filegroup); !leftOut.contains(fg))
            leftOut << fg;
    }
    if (leftOut.isEmpty())
        return;
    const PlanStep &first = s.m_plan.steps[partial];
    const Backup *base = s.backup(first.backup);
    const bool baseHoldsThem = base && RestoreScope::ofBackup(s.m_index, *base).contains(leftOutFiles);
    PlanStep fixed = first;
    for (const QString &fg : std::as_const(leftOut))
        fixed = PlanSteps::withFilegroupToggled(fixed, fg, true);
    const QString list = ListText::summarized(leftOut);
    // Otherwise a restore of them from the latest backup holding them all, before stage 1 recovers.
    const Backup *holder = baseHoldsThem ? nullptr : s.latestBackupHolding(leftOutFiles);
    PlanStep restore;
    restore.backup = holder ? holder->id : QString();
    restore.filegroups = leftOut;
    restore.recovery = RecoveryOption::NoRecovery;
    s.report(partial, QStringLiteral("R-PIECE-012"), Severity::Error,
             Tr::tr("Backup %1 comes from SQL Server %2 and the target runs %3: the database is upgraded when stage 1 "
                    "recovers (step %4), and %5, not restored in stage 1, will become DEFUNCT. Restore all filegroups "
                    "in stage 1.")
                 .arg(old->id, old->softwareVersion, s.m_project.environment.serverVersion).arg(i + 1).arg(list),
             old->id, leftOut.first(),
             baseHoldsThem ? Tr::tr("Add %1 to the FILEGROUP list of step %2.").arg(list).arg(partial + 1)
             : holder      ? Tr::tr("Insert RESTORE DATABASE … FILEGROUP = %1 FROM %2 WITH NORECOVERY before step %3, in "
                                    "stage 1.").arg(list, holder->id).arg(i + 1)
                           : Tr::tr("Restore %1 in stage 1, before step %2 (the history has no backup holding them all: "
                                    "choose one for each).").arg(list).arg(i + 1),
             baseHoldsThem ? ProjectEdit::replace(partial, fixed)
             : holder      ? ProjectEdit::insert(i, restore)
                           : ProjectEdit{});
}

void PiecemealStage::noteSimpleToFull(SimulationState &s, int partial)
{
    // R-PIECE-010: the exception to R-PIECE-006 (stepchecks.cpp) and to T-F-5b (the recovery
    // model at the recovery point decides), said in the DBA's terms.
    const Backup *base = s.backup(s.m_plan.steps[partial].backup);
    if (!base)
        return;
    const RecoveryModel taken = base->recoveryModel.value_or(s.m_history.recoveryModelAt(TimelineHistory::endOf(*base)));
    if (taken != RecoveryModel::Simple || s.m_history.recoveryModelAt(s.recoveryPoint()) == RecoveryModel::Simple)
        return;
    for (int g = 0; g < s.m_project.database.filegroups.size(); ++g) {
        if (g == s.m_primary || g == s.m_memoryOptimized || s.m_history.readOnlyAt(g, TimelineHistory::momentOf(*base)))
            continue;
        bool pending = false;
        for (int f : s.m_catalog.filesOfFilegroup(g))
            pending |= s.m_files[f].state == FileState::RecoveryPending;
        if (!pending)
            continue;
        const QString fg = s.filegroupName(g);
        s.report(partial, QStringLiteral("R-PIECE-010"), Severity::Info,
                 Tr::tr("Backup %1 was taken under SIMPLE recovery and the recovery point is under FULL: read/write "
                        "filegroup %2, left out of stage 1, stays RECOVERY_PENDING instead of becoming DEFUNCT. Restore "
                        "it later from %1 WITH NORECOVERY, then the same differential and log backups up to the "
                        "stage-1 point.").arg(base->id, fg),
                 base->id, fg);
    }
}

} // namespace rd
