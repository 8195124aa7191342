#include "model/rules/planvalidator.h"

#include "model/rules/historychecks.h"
#include "model/rules/staticchecks.h"
#include "model/simulation/restoresimulator.h"

#include <algorithm>

namespace rd {

QList<Diagnostic> PlanValidator::validate(const Project &project, const Plan &plan)
{
    return validate(project, plan, RestoreSimulator::simulate(project, plan));
}

QList<Diagnostic> PlanValidator::validate(const Project &project, const Plan &plan, const SimulationResult &simulation)
{
    QList<Diagnostic> all = HistoryChecks::run(project);
    all += simulation.diagnostics;
    all += StaticChecks::run(project, plan, simulation);
    // Plan-wide and history findings first, then by step; stable, so each check's order is kept.
    std::stable_sort(all.begin(), all.end(), [](const Diagnostic &a, const Diagnostic &b) { return a.step < b.step; });
    return all;
}

} // namespace rd
