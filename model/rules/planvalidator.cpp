#include "model/rules/planvalidator.h"

#include "model/simulation/restoresimulator.h"

namespace rd {

QList<Diagnostic> PlanValidator::validate(const Project &project, const Plan &plan)
{
    return validate(project, plan, RestoreSimulator::simulate(project, plan));
}

// Placeholder until the rule checks land (being written now).
QList<Diagnostic> PlanValidator::validate(const Project &, const Plan &, const SimulationResult &simulation)
{
    return simulation.diagnostics;
}

} // namespace rd
