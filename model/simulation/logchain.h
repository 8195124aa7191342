// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/findings/diagnostic.h"
#include "model/simulation/differentialbase.h"
#include "model/simulation/historyindex.h"
#include "model/simulation/pointintime.h"
#include "model/simulation/rollforwardfix.h"

namespace rd {

/// The log-chain, differential and point-in-time rules that need the simulator's registers
/// (docs/rules.md: R-TAIL, R-LOG, R-DIFF, R-PIT; state-model.md §5.3). SimulationState calls its hooks at
/// each RESTORE; it keeps per file the fork, the last data/differential backup and the point the
/// data has reached, and per restore sequence what that sequence did. Findings go to `out`.
///
/// Rules: R-GEN-008, R-TAIL-003, R-LOG-005, R-LOG-008, R-LOG-009, R-LOG-010, R-DIFF-003,
/// R-DIFF-004, R-PIT-003, R-PIT-004, R-PIT-006, R-PIT-007 (choices: docs/validation-choices.md).
class LogChain
{
public:
    /// `index`: the project's history index; its backups() (with derived LSNs) are the ones checked.
    /// `fixes`: the simulation's roll-forward fixes (shared with SimulationState).
    LogChain(const Project &project, const Plan &plan, const HistoryIndex &index, RollForwardFixes &fixes,
             QList<Diagnostic> &out);

    /// Before RESTORE step `i` runs (`b` null for a recovery-only step); `restoring` = the files in
    /// RESTORING before it. False: SQL Server refuses the statement (R-GEN-008, R-PIT-006, R-DIFF-004).
    bool admit(int i, const PlanStep &step, const Backup *b, const FileCatalog::FileSet &restoring);
    /// Before log `l` rolls `rollForward` forward from `redo` (the smallest redo start LSN). False:
    /// refused (R-LOG-005, R-LOG-008, R-LOG-009, R-LOG-010).
    bool admitLog(int i, const PlanStep &step, const Backup &l, const FileCatalog::FileSet &rollForward, const Lsn &redo);
    /// After step `i` restored `b` without error; `restoring` = the files in RESTORING after it.
    /// False: its stop point lies beyond `b`, so the database stays RESTORING instead of
    /// recovering (T-DB-10, R-PIT-004).
    bool applied(int i, const PlanStep &step, const Backup &b, const FileCatalog::FileSet &restoring);
    /// Step `i` recovered `files` (the end of a restore sequence): checks the end of the log
    /// (R-TAIL-003, R-LOG-005). A recovery that fails loses nothing yet and is not checked.
    void recovered(int i, const FileCatalog::FileSet &files);

    /// What the hooks above change, saved before a statement and put back when the server refuses
    /// it (SimulationState::apply): a refused statement changes nothing.
    struct Registers;
    Registers registers() const;
    void restore(const Registers &saved);

private:
    struct FileChain
    {
        QString fork;                 ///< redo_start_fork_guid: next log's first fork must match (R-LOG-009)
        const Backup *from = nullptr; ///< last data or differential backup restored (R-LOG-008)
        QString base;                 ///< last full/partial/file backup restored (R-DIFF-004)
        PointInTime::Point at;        ///< the point its data has reached
    };
    /// The restore sequence in progress (state-model.md §5.1): from its first RESTORE to recovery.
    struct Sequence
    {
        int first = -1;
        bool partial = false;
        bool restoresPrimary = false;
        int continueAfterError = -1;  ///< first step that used CONTINUE_AFTER_ERROR (R-GEN-008)
        const Backup *lastLog = nullptr;
        QList<QPair<int, const Backup *>> differentials;
    };
    /// How far the log backups reach from an LSN without a gap (R-LOG-005, R-TAIL-003).
    struct Reach
    {
        Lsn end;
        const Backup *last = nullptr;    ///< the log that reaches `end` (nullptr: none beyond the start)
        const Backup *blocked = nullptr; ///< a damaged log that would have gone further
    };

    void report(int step, const QString &rule, Severity severity, const QString &message, const QString &backup = {},
                const QString &filegroup = {}, const QString &fix = {}, const ProjectEdit &edit = {});
    bool checkContinueAfterError(int i, const PlanStep &step, const Backup *b);
    bool checkDifferential(int i, const PlanStep &step, const Backup &d, const FileCatalog::FileSet &restoring);
    void checkNewerDifferential(int i, const Backup &d, const FileCatalog::FileSet &files);
    bool checkForks(int i, const Backup &l, const FileCatalog::FileSet &rollForward, const Lsn &redo);
    bool checkRecoveryModel(int i, const Backup &l, const FileCatalog::FileSet &rollForward);
    void checkEndOfLog(int i, const FileCatalog::FileSet &restoring);
    /// R-TAIL-003's fix when the history has no tail-log backup and step `i` recovers after the last
    /// log backup: one edit that adds the tail to the history, takes it before the sequence (or names
    /// it in the plan's BACKUP LOG step that names none) and restores it last. Invalid otherwise.
    ProjectEdit takeAndRestoreTail(int i) const;
    // Point-in-time rules, implemented in pointintime.cpp.
    std::optional<PointInTime::Point> referenceStop(int i) const;
    bool checkStopNeedsPrimary(int i, const PlanStep &step, const Backup *b);
    void checkDataBeforeTarget(int i, const PlanStep &step, const Backup &b);
    bool checkBulkLogged(int i, const PlanStep &step, const Backup &l);
    void checkOvershoot(int i, const PlanStep &step, const Backup &l);
    bool checkStopBeyond(int i, const PlanStep &step, const Backup &b);
    /// R-PIT-004 for a STOPATMARK / STOPBEFOREMARK on log `l` whose mark is not on the timeline: the
    /// database stays RESTORING. False when reported.
    bool checkMarkNotFound(int i, const PlanStep &step, const Backup &l);

    Reach reach(const Lsn &from, const QString &fork) const;
    const Backup *logAt(const Lsn &lsn, bool damaged) const; ///< a log holding lsn (first ≤ lsn < last)
    FileCatalog::FileSet targetsOf(const PlanStep &step, const Backup &b) const;
    QString filegroupOf(int file) const;
    DifferentialBase::Sources sources() const { return {m_index, m_backups}; }

    const Project &m_project;
    const Plan &m_plan;
    const HistoryIndex &m_index;
    RollForwardFixes &m_fixes;
    const BackupList &m_backups; ///< m_index.backups(): positions are the index's
    const FileCatalog &m_catalog;
    const TimelineHistory &m_history;
    QList<Diagnostic> &m_out;
    int m_primary = -1;
    // The registers: every member from here on is saved and restored by registers() / restore().
    QList<FileChain> m_files;
    Sequence m_seq;
    bool m_piecemeal = false;
    std::optional<StopClause> m_piecemealStop; ///< the stop point of stage 1 (R-PIT-002/006)
    FileCatalog::FileSet m_logFiles;           ///< what the current log step rolls forward
    PointInTime::Point m_logFrom;              ///< where it starts
};

struct LogChain::Registers
{
    QList<FileChain> files;
    Sequence seq;
    bool piecemeal = false;
    std::optional<StopClause> piecemealStop;
    FileCatalog::FileSet logFiles;
    PointInTime::Point logFrom;
};

inline LogChain::Registers LogChain::registers() const
{
    return {m_files, m_seq, m_piecemeal, m_piecemealStop, m_logFiles, m_logFrom};
}

inline void LogChain::restore(const Registers &saved)
{
    m_files = saved.files;
    m_seq = saved.seq;
    m_piecemeal = saved.piecemeal;
    m_piecemealStop = saved.piecemealStop;
    m_logFiles = saved.logFiles;
    m_logFrom = saved.logFrom;
}

} // namespace rd
