// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/rules/historyfindings.h"

#include "model/rules/backupchecks.h"
#include "model/rules/differentialchecks.h"
#include "model/rules/historychecks.h"

#include <QSet>

namespace rd {

HistoryFindings HistoryFindings::check(const HistoryIndex &index, const Project &project,
                                       const HistoryIndex *previousIndex, const HistoryFindings *previous)
{
    HistoryFindings f;
    f.summary = previous && previousIndex
        ? std::make_shared<const HistorySummary>(index.source(), previousIndex->source(), *previous->summary, index.changeFromPrevious())
        : std::make_shared<const HistorySummary>(index.source());
    f.history = HistoryChecks::run(index, *f.summary, previousIndex, previous ? &previous->history : nullptr);
    // These checks read no plan step and no simulation: an empty plan stands in for one.
    const Plan noPlan;
    const SimulationResult noSimulation;
    CheckContext c(index, *f.summary, project, noPlan, noSimulation);
    BackupChecks::run(c);
    DifferentialChecks::run(c);
    f.backups = std::move(c.out);
    for (const Diagnostic &d : std::as_const(f.backups))
        if (d.rule == QLatin1String("R-BAK-004") && !f.planDependentBackups.contains(d.backup))
            f.planDependentBackups << d.backup;
    return f;
}

QStringList HistoryFindings::restoredOf(const Project &project) const
{
    if (planDependentBackups.isEmpty())
        return {}; // the usual case: no need to read the plans
    QSet<QString> restored;
    for (const Plan &plan : project.plans)
        for (const PlanStep &s : plan.steps)
            restored.insert(s.backup);
    QStringList out;
    for (const QString &id : planDependentBackups)
        if (restored.contains(id))
            out << id;
    return out;
}

} // namespace rd
