// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/analysis/projectanalysis.h"
#include "model/planner/plangoal.h"

#include <vector>

namespace rd {

/// The data backups a plan may start from, and the differentials on them (R-DIFF-001, C-3).
namespace BaseChoice {

/// Full backups (and, with `partials`, partial backups) of the history, newest first (by finish,
/// then last LSN): the order in which the planner tries them. From the history summary's lists:
/// O(f log f) in the f data backups, never a scan of the logs.
std::vector<qsizetype> candidates(const ProjectAnalysis &analysis, bool partials);

/// The differentials of the base at `basePosition` that the goal allows (restorable, ending by the
/// point), newest first; `partial` = partial differentials (a partial base), else differentials
/// of the whole database. O(d) in the differentials taken after the base.
std::vector<qsizetype> differentialsOn(const HistoryIndex &index, qsizetype basePosition, const PlanGoal &goal);

} // namespace BaseChoice
} // namespace rd
