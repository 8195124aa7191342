// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/planner/sequencesteps.h"

#include "model/domain/plansteps.h"

namespace rd {

void SequenceSteps::appendTo(QList<PlanStep> &steps, const HistoryIndex &index, const ChainPlan &chain,
                             const PlanGoal &goal) const
{
    const BackupList &backups = index.backups();
    const std::optional<StopClause> stop = goal.stopClause();
    const auto data = [&](qsizetype position, bool first) {
        PlanStep s = PlanSteps::restoreOf(backups[position], RecoveryOption::NoRecovery);
        s.filegroups = filegroups;
        s.partial = first && partial;
        s.replace = first && replace;
        if (stopOnData && stop)
            stop->applyTo(s);
        steps << s;
    };
    data(chain.base, true);
    if (chain.differential >= 0)
        data(chain.differential, false);
    const auto log = [&](const QString &id) {
        PlanStep s;
        s.statement = StepStatement::RestoreLog;
        s.backup = id;
        s.recovery = RecoveryOption::NoRecovery;
        if (stop)
            stop->applyTo(s);
        steps << s;
    };
    for (qsizetype l : chain.logs)
        log(backups[l].id);
    if (!tail.isEmpty())
        log(tail);
    steps.last().recovery = RecoveryOption::Recovery;
}

} // namespace rd
