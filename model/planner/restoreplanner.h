// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/analysis/projectanalysis.h"
#include "model/planner/plannedrestore.h"
#include "model/planner/planrequest.h"

#include <QCoreApplication>

namespace rd {

/// Builds the restore plan for a target from the analysis of a project's history (docs/planner.md):
/// a tail-log backup when the target is the end of the log and the log is intact (the history's own,
/// or a new one in PlannedRestore::tailLog); the newest usable full backup (or partial, for a
/// piecemeal restore) that ends by the target and from which the log reaches it, older ones when
/// the newest cannot, each left out with its reason; the newest differential on it (R-DIFF-001);
/// the minimal log chain on the target's recovery fork (R-LOG-004/009, LogChainWalk); the last log
/// with the stop clause (R-PIT-002); RECOVERY on the last step. With `onlineFirst`, the piecemeal
/// stages (PiecemealPlan). The validator finds no error in what it builds (tst_plannerproperties).
class RestorePlanner
{
    Q_DECLARE_TR_FUNCTIONS(rd::RestorePlanner)
public:
    /// The plan for `request` over the history `analysis` describes (its project's plans are
    /// ignored). O(log n + the plan's length) in the n backups, on the analysis's lookups.
    static PlannedRestore plan(const ProjectAnalysis &analysis, const PlanRequest &request);
};

} // namespace rd
