// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/planner/chainplan.h"
#include "model/planner/sequencesteps.h"

namespace rd {

/// The stages of a piecemeal restore (R-PIECE-001/004/011, R-MOD-002, R-RO-001/002, R-ONL-001,
/// state-model.md §6): stage 1 restores PRIMARY, the memory-optimized filegroup and the first
/// filegroup asked for WITH PARTIAL and recovers; each further filegroup, in the order asked and
/// then in layout order, gets its own sequence brought to the same point.
class PiecemealPlan
{
    Q_DECLARE_TR_FUNCTIONS(rd::PiecemealPlan)
public:
    /// Appends the stages to `steps` (after any tail-log backup step); `first` carries the stage-1
    /// options (tail restored last, REPLACE or stop clause). False with *error set when a
    /// filegroup asked for does not exist or cannot be brought back.
    static bool append(QList<PlanStep> &steps, const ProjectAnalysis &analysis, const ChainPlan &chain,
                       const PlanGoal &goal, const QStringList &onlineFirst, const SequenceSteps &first,
                       QStringList &reasons, QString *error);
};

} // namespace rd
