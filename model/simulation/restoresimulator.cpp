#include "model/simulation/restoresimulator.h"

namespace rd {

// Placeholder until the simulator lands (being written now).
SimulationResult RestoreSimulator::simulate(const Project &, const Plan &plan)
{
    SimulationResult r;
    for (int i = 0; i < plan.steps.size(); ++i)
        r.steps.append(StepState{i});
    return r;
}

} // namespace rd
