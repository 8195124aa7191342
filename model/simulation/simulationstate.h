// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/simulation/filecatalog.h"
#include "model/simulation/logchain.h"
#include "model/simulation/pagerestore.h"
#include "model/simulation/redotarget.h"
#include "model/simulation/rollforwardfix.h"
#include "model/simulation/simulationresult.h"
#include "model/simulation/timelinehistory.h"

#include <QHash>

namespace rd {

/// The registers the simulator keeps while it walks a plan (state-model.md §1, §5): the
/// database state, and per file its state, redo start LSN, restored base and whether its data
/// is already consistent (read-only since its backup, R-RO-002). One step at a time, in order.
class SimulationState
{
    // The online, file, piecemeal-stage and deferred-transaction rules read and set the registers.
    friend class OnlineRestore;
    friend class FileRestore;
    friend class SequenceRules;
    friend class PiecemealStage;
    friend class DeferredTransactions;
    friend class PageRestore;

public:
    /// `index` is the index of `project`'s history; both must outlive the state.
    SimulationState(const HistoryIndex &index, const Project &project, const Plan &plan);

    /// Runs step `stepIndex`'s statement. A statement SQL Server refuses changes no register
    /// (they are put back as they were) and says under which rule it was refused.
    StepOutcome apply(int stepIndex);
    StepState snapshot(int stepIndex) const;
    QList<Diagnostic> takeDiagnostics() { return std::move(m_diagnostics); }

private:
    struct FileRegisters
    {
        FileState state = FileState::Online;
        Lsn redoStart;             ///< where the next roll forward must start (data restored up to here)
        QString restoredBase;      ///< id of the last full/partial/file backup restored into the file
        bool consistent = false;   ///< read-only since its backup: no log needed (R-RO-002)
        bool restoredInStage1 = false;
        bool damaged = false;      ///< hit by the scenario's FAILURE and not restored since (R-RO-003)
        RedoTarget target;         ///< §5.4 when more than the sequence's end (R-ONL-005, R-FILE-002)
        PageRestore::Registers pages; ///< pages of the file in RESTORING (page restore); `state` is the file's own
    };

    /// Everything apply() may change but the findings, saved before a statement so that a refused
    /// one is undone whole, whichever check refused it and whatever it had changed by then.
    struct Registers;
    Registers registers() const;
    void restore(const Registers &saved);
    /// The statement itself; returns the refusal, if any (see apply()).
    StepOutcome execute(int i);
    /// The rule of the first error reported for step `i` since the findings numbered `since`: the
    /// reason a check that returned "refused" gave. Empty when none.
    QString refusalReported(int i, qsizetype since) const;
    /// For the restore bodies: SQL Server refuses step `i`'s statement, for the reason its check
    /// has just reported (execute() then puts the registers back).
    void refuse(int i);

    void restoreData(int i, const PlanStep &step, const Backup &backup);
    void restoreDifferential(int i, const PlanStep &step, const Backup &backup);
    void restoreLog(int i, const PlanStep &step, const Backup &backup);
    void recoverOnly(int i, const PlanStep &step);
    void recover(int i);

    /// The base backup id of file f for differential d (R-DIFF-001, contradiction C-3).
    QString differentialBase(const Backup &d, int file) const;
    const Backup *backup(const QString &id) const;
    /// The roll-forward set: files in RESTORING and files with pages in RESTORING.
    FileCatalog::FileSet restoringFiles() const;
    TimelineHistory::Moment recoveryPoint() const;
    void report(int step, const QString &rule, Severity severity, const QString &message,
                const QString &backup = {}, const QString &filegroup = {}, const QString &fix = {},
                const ProjectEdit &edit = {});
    /// The log backup whose range contains `lsn` (first ≤ lsn < last), regular ones first; nullptr if none.
    const Backup *logContaining(const Lsn &lsn) const;
    /// The latest full, partial or file backup that holds all of `files`, neither failed, damaged nor
    /// copy-only, started after `after` (if valid); nullptr if none. A candidate fix, not a verdict.
    const Backup *latestBackupHolding(const FileCatalog::FileSet &files, const QDateTime &after = {}) const;
    /// Plan step `i` with NORECOVERY, as a fix (R-GEN-004/005).
    ProjectEdit withNoRecovery(int i) const
    {
        PlanStep s = m_plan.steps[i];
        s.recovery = RecoveryOption::NoRecovery;
        return ProjectEdit::replace(i, s);
    }
    QString filegroupName(int g) const { return m_project.database.filegroups[g].name; }

    const Project &m_project;
    const Plan &m_plan;
    const HistoryIndex &m_index; ///< the project's history
    /// With derived LSNs: m_index's list (positions are the index's).
    const BackupList &m_backups;
    const FileCatalog &m_catalog;
    const TimelineHistory &m_history;
    int m_primary = -1;
    int m_memoryOptimized = -1;

    // The registers (Registers): every member from here to m_diagnostics is saved and put back.
    DatabaseState m_db = DatabaseState::Online;
    QList<FileRegisters> m_files;
    bool m_piecemeal = false;       ///< a PARTIAL restore started
    bool m_stage1Recovered = false; ///< its partial-restore sequence has recovered
    int m_lastRecoveryStep = -1;
    int m_lastStartupStep = -1;     ///< the last step whose recovery brought the database up (T-DB-8, T-DB-13; R-MOD-004)
    Lsn m_recoveredLsn;             ///< the LSN the database was recovered to (redo target of later stages)
    QDateTime m_pointInTime;
    bool m_pointIsStop = false;
    bool m_lastWasData = false;     ///< the previous restore was a data/differential one (R-LOG-004)
    bool m_tailRestored = false;    ///< the partial-restore sequence rolled forward through a tail-log backup
    QString m_lastDataBackup;
    QList<Diagnostic> m_diagnostics;
    StepOutcome m_refusal;             ///< set by refuse() while the current statement runs
    qsizetype m_statementFindings = 0; ///< m_diagnostics.size() when the current statement started
    /// Log-chain, differential and point-in-time rules, called at each RESTORE (logchain.h).
    RollForwardFixes m_fixes{m_index, m_plan}; ///< the fixes of this simulation, each computed once
    LogChain m_chain{m_project, m_plan, m_index, m_fixes, m_diagnostics};
};

struct SimulationState::Registers
{
    DatabaseState db;
    QList<FileRegisters> files;
    bool piecemeal, stage1Recovered;
    int lastRecoveryStep, lastStartupStep;
    Lsn recoveredLsn;
    QDateTime pointInTime;
    bool pointIsStop, lastWasData, tailRestored;
    QString lastDataBackup;
    LogChain::Registers chain;
};

} // namespace rd
