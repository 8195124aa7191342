// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/analysis/planestimate.h"

#include "model/analysis/cfpestimates.h"

namespace rd {

PlanEstimate PlanEstimate::of(const HistoryIndex &index, const Project &project, const Plan &plan,
                              const SimulationResult &simulation)
{
    PlanEstimate out;
    for (const StepState &state : simulation.steps) {
        if (!state.memoryOptimizedLoad)
            continue;
        PlanMemoryNeed need;
        need.step = state.step;
        need.snapshot = CfpEstimates::snapshotAt(project.cfpSnapshots, state.pointInTime);
        if (need.snapshot >= 0)
            need.needs = CfpEstimator::restoreNeeds(project.cfpSnapshots[need.snapshot].inventory);
        out.memory = need;
        break; // the first load: later ones (SET ONLINE after SET OFFLINE) load the same data again
    }
    std::optional<qint64> loaded;
    if (out.memory && out.memory->snapshot >= 0)
        loaded = out.memory->needs.memoryBytes;
    out.duration = RestoreDuration::of(index, plan, simulation, project.environment.restoreBytesPerSecond, loaded);
    return out;
}

} // namespace rd
