#pragma once

#include "model/analysis/projectanalysis.h"
#include "model/planner/plannedrestore.h"
#include "model/planner/planrequest.h"

#include <QCoreApplication>

namespace rd {

/// Builds the restore plan for a target from the analysis of a project's history: a tail-log
/// backup when the database exists and its log is intact; the newest usable full or partial
/// backup; the differential on it; the minimal log chain on the recovery fork; the last log with
/// the stop clause; then the piecemeal stages in the order asked. The validator finds no error in
/// what it builds.
///
/// STUB (lead, issue 11): answers "not implemented" until the planner branch lands.
class RestorePlanner
{
    Q_DECLARE_TR_FUNCTIONS(rd::RestorePlanner)
public:
    /// The plan for `request` over the history `analysis` describes (its project's plans are
    /// ignored). O(log n + the plan's length) in the n backups, on the analysis's lookups.
    static PlannedRestore plan(const ProjectAnalysis &analysis, const PlanRequest &request);
};

} // namespace rd
