// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/rules/planvalidator.h"

#include "model/rules/historyfindings.h"
#include "model/rules/staticchecks.h"
#include "model/simulation/historyindex.h"
#include "model/simulation/restoresimulator.h"

#include <algorithm>

namespace rd {

QList<Diagnostic> PlanValidator::validate(const Project &project, const Plan &plan)
{
    const HistoryIndex index(project);
    const HistoryFindings findings = HistoryFindings::check(index, project);
    return validate(index, findings, project, plan, RestoreSimulator::simulate(index, project, plan));
}

QList<Diagnostic> PlanValidator::validate(const Project &project, const Plan &plan, const SimulationResult &simulation)
{
    const HistoryIndex index(project);
    return validate(index, HistoryFindings::check(index, project), project, plan, simulation);
}

QList<Diagnostic> PlanValidator::validate(const HistoryIndex &index, const HistoryFindings &findings,
                                          const Project &project, const Plan &plan, const SimulationResult &simulation)
{
    QList<Diagnostic> all = findings.history.findings;
    all += simulation.diagnostics;
    all += StaticChecks::run(index, findings, project, plan, simulation);
    // Plan-wide and history findings first, then by step; stable, so each check's order is kept.
    std::stable_sort(all.begin(), all.end(), [](const Diagnostic &a, const Diagnostic &b) { return a.step < b.step; });
    return all;
}

} // namespace rd
