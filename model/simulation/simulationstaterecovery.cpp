// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/simulation/simulationstate.h"

#include "model/simulation/filerestore.h"
#include "model/simulation/historyindex.h"
#include "model/simulation/onlinerestore.h"
#include "model/simulation/pagerestore.h"
#include "model/simulation/piecemealstage.h"
#include "model/simulation/restorescope.h"

#include <QCoreApplication>

// SimulationState's recovery: the end of a restore sequence (T-DB-8, T-DB-9, T-F-5, T-F-6, T-F-7),
// apart from the statements themselves (simulationstate.cpp).

namespace rd {
namespace {

/// Translation context for this file's messages (lupdate reads Tr::tr calls): the simulator's.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RestoreSimulator)
};

bool isOfflineState(FileState s)
{
    return s == FileState::RecoveryPending || s == FileState::Offline;
}

} // namespace

void SimulationState::recoverOnly(int i, const PlanStep &step)
{
    if (!step.hasTargets()) {
        if (step.recovery == RecoveryOption::Recovery)
            recover(i);
        else if (step.recovery == RecoveryOption::Standby)
            m_db = DatabaseState::Standby;
        return;
    }
    // T-F-7: bring an undamaged, consistent secondary filegroup online without copying data.
    const FileCatalog::FileSet targets = RestoreScope::ofStep(m_index, step, nullptr);
    for (int f : targets)
        if (m_files[f].state == FileState::Restoring) {
            recover(i);
            return;
        }
    if (step.effectiveRecovery() != RecoveryOption::Recovery)
        return;
    const Backup *stage1 = backup(m_lastDataBackup);
    for (int g : m_catalog.filegroupsOf(targets)) {
        const QString fg = filegroupName(g);
        const bool onlineDb = m_db == DatabaseState::Online;
        bool damaged = false;
        for (int f : m_catalog.filesOfFilegroup(g))
            damaged |= m_files[f].damaged;
        // Undamaged data on disk is consistent with the database when it stayed read-only since before the
        // stage-1 backup, or when stage 1 rolled forward through the tail to the point of failure: the file
        // is then exactly as current as the recovered database (example "piecemeal restore of only some
        // filegroups, full recovery model": A and C are recovered without restoring them).
        const bool current = m_tailRestored && m_plan.target.kind == RestoreTarget::Kind::EndOfLog;
        const bool consistent = !damaged && stage1
            && (current || m_history.readOnlySpan(g, TimelineHistory::momentOf(*stage1), recoveryPoint()));
        if (damaged) {
            report(i, QStringLiteral("R-RO-003"), Severity::Error,
                   Tr::tr("%1 was damaged by the failure: a recovery-only restore cannot bring it online; restore it "
                          "from a backup.").arg(fg),
                   {}, fg);
            continue;
        }
        if (!onlineDb || !consistent) {
            report(i, consistent || !m_project.database.filegroups[g].readOnly ? QStringLiteral("R-RO-003")
                                                                                 : QStringLiteral("R-RO-001"),
                   Severity::Error,
                   Tr::tr("Recovery-only restore of %1 needs the database online and %1 read-only since before the "
                      "restored backup %2, through the recovery point; otherwise restore it from a backup.")
                       .arg(fg, m_lastDataBackup.isEmpty() ? Tr::tr("(none)") : m_lastDataBackup),
                   {}, fg);
            continue;
        }
        for (int f : m_catalog.filesOfFilegroup(g))
            if (isOfflineState(m_files[f].state))
                m_files[f].state = FileState::Online;
    }
}

void SimulationState::recover(int i)
{
    const FileCatalog::FileSet restoring = restoringFiles();
    const bool laterStage = m_piecemeal && m_stage1Recovered;
    const bool online = m_db == DatabaseState::Online;
    if (restoring.isEmpty()) {
        if (m_db == DatabaseState::Restoring || m_db == DatabaseState::Standby) {
            m_db = DatabaseState::Online;
            m_lastStartupStep = i; // T-DB-8
        }
        return;
    }
    // §5.4: the redo target is the database's recovery point for a later stage or an online
    // restore, otherwise the end of this sequence's roll-forward.
    Lsn target = (laterStage || online) ? m_recoveredLsn : Lsn();
    if (target.isNull())
        for (int f : restoring)
            if (!m_files[f].consistent && target < m_files[f].redoStart)
                target = m_files[f].redoStart;
    const bool pagesBehind = PageRestore::holdsBackRecovery(*this, i, restoring); // restored pages (R-ONL-005, R-FILE-002/003)
    if (OnlineRestore::holdsBackRecovery(*this, i, restoring) || FileRestore::holdsBackRecovery(*this, i, restoring)
        || pagesBehind)
        return; // T-DB-9: short of its §5.4 target (R-ONL-005, R-RO-001, R-FILE-002/003/005, R-RO-004)
    FileCatalog::FileSet behind;
    for (int f : restoring)
        if (!m_files[f].consistent && m_files[f].redoStart < target)
            behind.insert(f);
    if (!behind.isEmpty()) {
        for (int g : m_catalog.filegroupsOf(behind)) {
            const QString fg = filegroupName(g);
            Lsn at;
            for (int f : m_catalog.filesOfFilegroup(g))
                if (behind.contains(f))
                    at = m_files[f].redoStart;
            const bool wasReadOnly = m_history.readOnlyAt(g, {}) || m_project.database.filegroups[g].readOnly;
            const RollForwardFix logs = m_fixes.make(i, at, target);
            const bool simple = m_history.recoveryModelAt(recoveryPoint()) == RecoveryModel::Simple;
            const QString fix = logs.edit.isValid() ? logs.text
                : !simple ? Tr::tr("Restore the log backups from LSN %1 to %2 (the history lacks some) before step %3 "
                                   "recovers.").arg(at.toString(), target.toString()).arg(i + 1)
                : wasReadOnly ? Tr::tr("Restore %1 from a backup taken after it last became read-only (SIMPLE recovery "
                                       "keeps no log to roll it forward).").arg(fg)
                              : Tr::tr("Restore %1 from the backup the rest of the database comes from (SIMPLE recovery "
                                       "keeps no log to roll it forward).").arg(fg);
            if (wasReadOnly) {
                report(i, QStringLiteral("R-RO-001"), Severity::Error,
                       Tr::tr("Filegroup %1 was not read-only for the whole time from its backup to the recovery point; "
                          "it needs log backups up to LSN %2 before it can be recovered.").arg(fg, target.toString()),
                       {}, fg, fix, logs.edit);
            } else {
                report(i, laterStage ? QStringLiteral("R-PIECE-011") : QStringLiteral("R-REC-001"), Severity::Error,
                       Tr::tr("Filegroup %1 is only rolled forward to LSN %2; it must reach %3 before it can be recovered.")
                           .arg(fg, at.toString(), target.toString()),
                       {}, fg, fix, logs.edit);
            }
        }
        return; // T-DB-9: RECOVERY fails, the files stay RESTORING
    }
    for (int f : restoring)
        m_files[f].state = FileState::Online; // T-F-6
    m_chain.recovered(i, restoring); // R-TAIL-003: did the sequence reach the end of the log?
    PageRestore::recovered(*this, restoring);
    if (m_piecemeal && !m_stage1Recovered) {
        // End of the partial-restore sequence (T-F-5a/5b): under SIMPLE, read/write filegroups left
        // out become DEFUNCT; everything else left out stays RECOVERY_PENDING.
        m_stage1Recovered = true;
        m_recoveredLsn = target;
        const auto point = recoveryPoint();
        const bool simple = m_history.recoveryModelAt(point) == RecoveryModel::Simple;
        for (int f = 0; f < m_files.size(); ++f) {
            const int g = m_catalog.files()[f].filegroup;
            if (simple && m_files[f].state == FileState::RecoveryPending && !m_history.readOnlyAt(g, point))
                m_files[f].state = FileState::Defunct;
        }
        PiecemealStage::stage1Recovered(*this, i); // R-PIECE-012 (T-F-5c), R-PIECE-010, deferred transactions
    } else if (!laterStage && !online) {
        m_recoveredLsn = target;
        for (FileRegisters &r : m_files) // T-F-5d: untouched, intact files come online
            if (r.state == FileState::Online || isOfflineState(r.state))
                r.state = FileState::Online;
    }
    m_lastRecoveryStep = i;
    m_lastWasData = false;
    // The database is SUSPECT while a file of PRIMARY is damaged and not restored (the state
    // model: "at least the primary filegroup is suspect"): recovering other files cannot bring it
    // up. Seen when the restore of PRIMARY was refused.
    for (int f : m_catalog.fileListOfFilegroup(m_primary))
        if (m_files[f].damaged && m_files[f].state == FileState::Suspect) {
            m_db = DatabaseState::Suspect;
            return;
        }
    if (!online)
        m_lastStartupStep = i; // T-DB-8; an online restore leaves the memory-optimized data in memory (R-MOD-004)
    m_db = DatabaseState::Online;
}

} // namespace rd
