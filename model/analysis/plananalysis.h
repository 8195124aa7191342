// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/analysis/planexplanation.h"
#include "model/findings/diagnostic.h"
#include "model/simulation/simulationresult.h"

namespace rd {

/// The analysis of one plan: its simulation (states after each step) and its findings, ordered
/// by step (PlanValidator). Immutable once built; shared between analyses while the plan and what
/// it depends on (history, environment) stay the same.
struct PlanAnalysis
{
    SimulationResult simulation;
    QList<Diagnostic> diagnostics;
    int errorCount = 0; ///< findings of severity Error
    PlanExplanation explanation; ///< why the plan leaves out each backup it does not restore

    int count(Severity severity) const
    {
        int n = 0;
        for (const Diagnostic &d : diagnostics)
            n += d.severity == severity;
        return n;
    }
};

} // namespace rd
