// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/project.h"
#include "model/findings/diagnostic.h"
#include "model/simulation/simulationresult.h"

namespace rd {

class HistoryIndex;
struct HistoryFindings;

/// The rules that need no step-by-step simulation of their own (statement and environment checks):
/// the plan's names (NameChecks::plan), StepChecks, TailChecks, EnvironmentChecks, OptionChecks and
/// PageRestoreChecks, run together for PlanValidator, with the history's plan-independent findings
/// (`history.backups`) in their place between the step checks and the others. `simulation` is this plan's simulation; the checks read
/// the database state before a step from it. `index` and `history` describe `project`'s history.
namespace StaticChecks {
QList<Diagnostic> run(const HistoryIndex &index, const HistoryFindings &history, const Project &project,
                      const Plan &plan, const SimulationResult &simulation);
}

} // namespace rd
