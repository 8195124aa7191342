// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/project.h"
#include "model/simulation/simulationresult.h"

namespace rd {

class HistoryIndex;

/// Which findings of a simulated plan are only consequences of an earlier refused statement
/// (Diagnostic::causedBy), so the user sees and fixes the root error first.
///
/// A refused statement changes nothing (StepOutcome), so the steps after it run against a state it
/// did not make; some of their findings would not exist had it run. That is tested, not guessed:
/// when the refusal's own finding carries a fix that edits the plan only (the usual case:
/// R-MOD-002 adds the missing filegroup, R-LOG-002 inserts the missing log), the plan is simulated
/// again with that fix applied, and a later finding that this counterfactual run does not report
/// (same rule at the same step, steps renumbered by the fix) is marked as caused by the refused
/// step. Refusals without such a fix mark nothing: no causation is claimed without evidence.
/// Only root refusals (not themselves consequences) are tried: one extra simulation each.
namespace Consequences {

/// Sets causedBy on `result`'s findings; `result` is `plan`'s simulation over `index` (of `project`).
void mark(const HistoryIndex &index, const Project &project, const Plan &plan, SimulationResult &result);

} // namespace Consequences
} // namespace rd
