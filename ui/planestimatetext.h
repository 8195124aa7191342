// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/analysis/projectanalysis.h"

#include <QString>

/// How the Plan dock words what a plan costs (issue 10): the memory the memory-optimized filegroup
/// needs before the step that loads it (R-MOD-003, R-MOD-004), each step's estimated duration and
/// when each filegroup comes online. Read from ProjectAnalysis::planEstimate (PlanEstimate) and the
/// plan's simulation, never recomputed.
namespace rd::PlanEstimateText {

/// The note shown above the step whose recovery loads the memory-optimized data.
struct MemoryNote
{
    int step = -1;         ///< 0-based; -1 when no step of the plan loads memory-optimized data
    QString text;          ///< one line: "Needs ≈ 10 MB of memory for imoltp_mod (and 40 MB of free disk), …"
    QString toolTip;       ///< rich text: where the figure comes from and what it leaves out
    /// The environment states memoryAvailableBytes and it is less than the need (R-MOD-003): the
    /// text then names the rule and the memory available.
    bool warning = false;
};

/// The note of plan `plan` of `analysis`: from the CFP snapshot before the loading step when there
/// is one (PlanMemoryNeed), else what the simulation knows from the containers
/// (MemoryOptimizedLoad::summary) and how to get an estimate (a DMV export or a workload).
MemoryNote memoryNote(const ProjectAnalysis &analysis, int plan);

/// A step's estimated duration: "17.0 s", "≥ 17.0 s" when a size or rate is not known.
QString stepSeconds(const StepDuration &step);
/// Its tooltip (rich text): the backup read, at which throughput, the memory-optimized load, and
/// when the step ends since the restore began.
QString stepToolTip(const ProjectAnalysis &analysis, int plan, const StepDuration &step);
/// One line for under the steps: the plan's total time, when each filegroup comes online
/// ("PRIMARY after step 2 (28.0 s)") and at which throughput, with "≥" for lower bounds; empty for
/// a plan without steps.
QString onlineSummary(const ProjectAnalysis &analysis, int plan);
/// The restore throughput the estimate uses, for people: "1 MB/s (Environment)" or "77.3 MB/s
/// (default)".
QString throughput(const RestoreEnvironment &environment);

} // namespace rd::PlanEstimateText
