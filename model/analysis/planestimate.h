// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/cfp/cfpestimator.h"
#include "model/cfp/restoreduration.h"

#include <optional>

namespace rd {

/// The memory the memory-optimized filegroup needs on the step that loads it (R-MOD-003, R-MOD-004).
struct PlanMemoryNeed
{
    int step = -1; ///< the step whose recovery loads it (the simulation's memoryOptimizedLoad), 0-based
    /// The CFP snapshot estimated from: the newest at or before the point in time that step's
    /// data has reached; -1 when there is none: the containers' sizes (MemoryOptimizedLoad) are
    /// then all that is known.
    int snapshot = -1;
    CfpRestoreNeeds needs; ///< from the snapshot; zero when snapshot is -1
};

/// What a plan costs, derived from its simulation, the history's backup sizes and the project's
/// CFP snapshots: the time each step takes and when each filegroup comes online (RestoreDuration,
/// at the environment's restoreBytesPerSecond), and the memory the memory-optimized filegroup
/// needs before the step that loads it. Part of ProjectAnalysis, one per plan.
struct PlanEstimate
{
    RestoreDuration duration;
    std::optional<PlanMemoryNeed> memory; ///< none when no step loads memory-optimized data

    static PlanEstimate of(const HistoryIndex &index, const Project &project, const Plan &plan,
                           const SimulationResult &simulation);
};

} // namespace rd
