// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/planner/chainplan.h"
#include "model/planner/plangoal.h"

namespace rd {

/// Writes one restore sequence of a planned restore as plan steps: the data restore from the base
/// (PARTIAL for a piecemeal stage 1), the differential, the log restores (each WITH NORECOVERY and
/// the goal's stop clause, identical in every RESTORE LOG: R-PIT-002), the tail-log backup
/// restored last, and RECOVERY on the last step (R-GEN-004).
struct SequenceSteps
{
    QStringList filegroups; ///< FILEGROUP = … targets; empty = the whole backup
    bool partial = false;   ///< WITH PARTIAL (piecemeal stage 1, R-PIECE-001)
    bool replace = false;   ///< WITH REPLACE on the data restore (the log's tail is knowingly lost)
    bool stopOnData = false; ///< the stop clause on the data restores too (R-TAIL-001: STOPAT overwrites)
    QString tail;           ///< a tail-log backup restored last, after the chain's logs (empty = none)

    /// Appends the sequence restoring `chain` to `goal` to `steps`.
    void appendTo(QList<PlanStep> &steps, const HistoryIndex &index, const ChainPlan &chain, const PlanGoal &goal) const;
};

} // namespace rd
