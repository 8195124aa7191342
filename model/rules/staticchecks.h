#pragma once

#include "model/domain/project.h"
#include "model/rules/diagnostic.h"
#include "model/simulation/simulationresult.h"

namespace rd {

/// The rules that need no step-by-step simulation of their own (history, statement and
/// environment checks): StepChecks, TailChecks, EnvironmentChecks, BackupChecks, DifferentialChecks,
/// OptionChecks and PageRestoreChecks, run together for PlanValidator. `simulation` is this plan's
/// simulation; the checks read the database state before a step from it.
namespace StaticChecks {
QList<Diagnostic> run(const Project &project, const Plan &plan, const SimulationResult &simulation);
}

} // namespace rd
