#include "model/planner/piecemealplan.h"

namespace rd {

bool PiecemealPlan::append(QList<PlanStep> &steps, const ProjectAnalysis &analysis, const ChainPlan &chain,
                           const PlanGoal &goal, const QStringList &, const SequenceSteps &first, QStringList &,
                           QString *)
{
    first.appendTo(steps, analysis.index(), chain, goal);
    return true;
}

} // namespace rd
