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

/// Whether differential `d` is based on `base` (a full or partial backup): by GUID
/// (differential_base_guid = backup_set_uuid), else by differential_base_lsn (= the base's
/// checkpoint LSN, or its first LSN: C-3), else by time (the latest regular data backup before
/// `d`). O(log n). A copy-only backup is never a differential base.
bool isBasedOn(const HistoryIndex &index, const Backup &d, const Backup &base, qsizetype basePosition);

/// The differentials of the base at `basePosition` that the goal allows (restorable, ending by the
/// point), newest first; `partial` = partial differentials (a partial base), else differentials
/// of the whole database. O(d) in the differentials taken after the base.
std::vector<qsizetype> differentialsOn(const HistoryIndex &index, qsizetype basePosition, const PlanGoal &goal);

} // namespace BaseChoice
} // namespace rd
