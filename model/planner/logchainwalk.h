// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/planner/plangoal.h"
#include "model/simulation/historyindex.h"

#include <QCoreApplication>
#include <QSet>

namespace rd {

/// The minimal chain of log backups from a restored data backup to the goal (R-LOG-002/003/004,
/// R-LOG-007, R-LOG-009): from the LSN where roll-forward stands, each next log is one whose range
/// holds it (first ≤ R < last, HistoryIndex::logsHolding: O(log n) per link), on the fork the data
/// is on; empty logs (first = last) hold nothing and are never chosen. Among the logs that qualify
/// it tries first the one that heads for the target's fork, then a regular log before a copy-only
/// one, then the one that reaches furthest; when that branch dead-ends (a gap, a fork left too
/// late) it backs up and tries the next (depth first, each dead end remembered in a Memo shared
/// by the walks of one planning, so the work stays linear in the logs).
class LogChainWalk
{
    Q_DECLARE_TR_FUNCTIONS(rd::LogChainWalk)
public:
    struct Result
    {
        std::vector<qsizetype> logs; ///< positions in index.backups(), in restore order
        Lsn end;                     ///< where roll-forward stands after the last log (the furthest dead end on failure)
        QString fork;                ///< the fork it stands on
        bool reached = false;        ///< the goal is reached
    };
    /// Roll-forward points known to lead nowhere: "LSN/fork".
    using Memo = QSet<QString>;

    /// Walks from `from` on `fork` (the restored data's last LSN and fork) to the goal: its point,
    /// or for the end of the log `endLsn` on `targetFork` (a null `endLsn`: nothing to reach).
    static Result walk(const HistoryIndex &index, const PlanGoal &goal, const Lsn &from, const QString &fork,
                       const Lsn &endLsn, const QString &targetFork, Memo &memo);

    /// Why no log continues the chain at `at` on `fork`: the damaged or failed log that holds it,
    /// or "no log backup holds LSN …" (a gap, R-LOG-005).
    static QString whyBroken(const HistoryIndex &index, const Lsn &at, const QString &fork);
};

} // namespace rd
