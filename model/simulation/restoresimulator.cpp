// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/simulation/restoresimulator.h"

#include "model/simulation/consequences.h"
#include "model/simulation/historyindex.h"
#include "model/simulation/simulationstate.h"

namespace rd {

SimulationResult RestoreSimulator::simulate(const Project &project, const Plan &plan)
{
    const HistoryIndex index(project);
    return simulate(index, project, plan);
}

SimulationResult RestoreSimulator::simulate(const HistoryIndex &index, const Project &project, const Plan &plan,
                                            Causes causes)
{
    SimulationState state(index, project, plan);
    SimulationResult result;
    result.initial = state.snapshot(-1);
    for (int i = 0; i < plan.steps.size(); ++i) {
        const StepOutcome outcome = state.apply(i);
        result.steps.append(state.snapshot(i));
        result.steps.last().outcome = outcome;
    }
    result.diagnostics = state.takeDiagnostics();
    if (causes == Causes::Mark)
        Consequences::mark(index, project, plan, result);
    return result;
}

} // namespace rd
