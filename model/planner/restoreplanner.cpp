#include "model/planner/restoreplanner.h"

namespace rd {

PlannedRestore RestorePlanner::plan(const ProjectAnalysis &, const PlanRequest &)
{
    PlannedRestore none;
    none.error = tr("the restore planner is not implemented yet");
    return none;
}

} // namespace rd
