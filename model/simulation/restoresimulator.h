// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/project.h"
#include "model/simulation/simulationresult.h"

namespace rd {

class HistoryIndex;

/// Runs a restore plan over the project's database, step by step, with per-file registers
/// (redo start LSN, restored base, as SQL Server keeps them per file), and reports the
/// database and filegroup states after each step plus every finding that depends on them
/// (log chain R-LOG-002/003/004, differential base R-DIFF-001/002, recovery R-GEN-004/005,
/// R-RO-001, R-REC-001, R-PIECE-011, online restore R-ONL-001/R-PIECE-009).
/// Never fails: an impossible step is reported and the simulation carries on as SQL Server
/// would: the statement is refused (StepState::outcome says under which rule) and changes
/// nothing. A finding of a later step then names that step in Diagnostic::causedBy.
class RestoreSimulator
{
public:
    /// `index` is the index of `project`'s history (HistoryIndex(project)); the analysis passes
    /// its own, so simulating every plan of a project reads the history once.
    /// Whether to mark which findings follow from a refused statement (Consequences::mark).
    enum class Causes { Mark, Ignore };
    static SimulationResult simulate(const HistoryIndex &index, const Project &project, const Plan &plan,
                                     Causes causes = Causes::Mark);
    /// The same from scratch: builds the history's index first (tests, one-off commands).
    static SimulationResult simulate(const Project &project, const Plan &plan);
};

} // namespace rd
