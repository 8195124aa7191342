// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/project.h"
#include "model/findings/diagnostic.h"
#include "model/simulation/simulationresult.h"

namespace rd {

class HistoryIndex;
struct HistoryFindings;

/// Checks a restore plan against the rules of the catalog (docs/rules.md) and returns every
/// finding, ordered by step (plan-wide and history findings first). Combines the history checks
/// (the backups themselves, e.g. R-MOD-001, R-LOG-001), the statement checks (R-GEN-003,
/// R-PIECE-001/002/003/005/006, R-MOD-002, R-PIT-001/002, R-FS-001) and the simulator's
/// state-dependent findings. Never throws; dangling references are diagnostics (R-REF-001).
class PlanValidator
{
public:
    /// From scratch: indexes the history, simulates the plan and checks it (tests, one-off commands).
    static QList<Diagnostic> validate(const Project &project, const Plan &plan);
    /// The same, reusing a simulation of this plan the caller already has.
    static QList<Diagnostic> validate(const Project &project, const Plan &plan, const SimulationResult &simulation);
    /// With what the analysis already has: the history's `index` and `findings` (of `project`'s
    /// history) and this plan's `simulation`.
    static QList<Diagnostic> validate(const HistoryIndex &index, const HistoryFindings &findings,
                                      const Project &project, const Plan &plan, const SimulationResult &simulation);
};

} // namespace rd
