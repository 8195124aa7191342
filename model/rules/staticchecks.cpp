// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/rules/staticchecks.h"

#include "model/rules/endstatechecks.h"
#include "model/rules/environmentchecks.h"
#include "model/rules/historyfindings.h"
#include "model/rules/namechecks.h"
#include "model/rules/optionchecks.h"
#include "model/rules/pagerestorechecks.h"
#include "model/rules/stepchecks.h"
#include "model/rules/tailchecks.h"

namespace rd::StaticChecks {

QList<Diagnostic> run(const HistoryIndex &index, const HistoryFindings &history, const Project &project,
                      const Plan &plan, const SimulationResult &simulation)
{
    CheckContext c(index, *history.summary, project, plan, simulation);
    c.out += NameChecks::plan(plan);
    StepChecks::run(c);
    c.out += history.backups;
    EnvironmentChecks::run(c);
    TailChecks::run(c);
    OptionChecks::run(c);
    PageRestoreChecks::run(c);
    EndStateChecks::run(c);
    return std::move(c.out);
}

} // namespace rd::StaticChecks
