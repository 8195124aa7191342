#include "model/rules/staticchecks.h"

#include "model/rules/backupchecks.h"
#include "model/rules/differentialchecks.h"
#include "model/rules/environmentchecks.h"
#include "model/rules/optionchecks.h"
#include "model/rules/pagerestorechecks.h"
#include "model/rules/stepchecks.h"
#include "model/rules/tailchecks.h"
#include "model/simulation/historyindex.h"

namespace rd::StaticChecks {

QList<Diagnostic> run(const Project &project, const Plan &plan, const SimulationResult &simulation)
{
    CheckContext c(project, plan, simulation);
    StepChecks::run(c);
    // The history checks depend on the layout, events and backups only: once per version of them.
    c.out += HistoryIndex::once(project, [&] {
        CheckContext history(project, plan, simulation);
        BackupChecks::run(history);
        DifferentialChecks::run(history);
        return history.out;
    });
    EnvironmentChecks::run(c);
    TailChecks::run(c);
    OptionChecks::run(c);
    PageRestoreChecks::run(c);
    return std::move(c.out);
}

} // namespace rd::StaticChecks
