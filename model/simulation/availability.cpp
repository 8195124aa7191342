// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/simulation/availability.h"

namespace rd::Availability {

QList<std::optional<int>> firstStepAvailable(const SimulationResult &simulation)
{
    const qsizetype count = simulation.initial.filegroups.size();
    QList<std::optional<int>> first(count);
    auto available = [](const StepState &s, qsizetype g) { return g < s.access.size() && s.access[g] != DataAccess::None; };
    // Walking back from the end: the step after which a filegroup is available through to the
    // end is the earliest of the trailing run of available states.
    for (qsizetype g = 0; g < count; ++g) {
        qsizetype k = simulation.steps.size();
        while (k > 0 && available(simulation.steps[k - 1], g))
            --k;
        if (simulation.steps.isEmpty()) {
            if (available(simulation.initial, g))
                first[g] = -1;
            continue;
        }
        if (k == simulation.steps.size())
            continue; // not available at the end
        first[g] = k == 0 && available(simulation.initial, g) ? -1 : int(k);
    }
    return first;
}

} // namespace rd::Availability
