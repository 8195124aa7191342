#include "model/rules/historyfindings.h"

#include "model/rules/backupchecks.h"
#include "model/rules/differentialchecks.h"
#include "model/rules/historychecks.h"

namespace rd {

HistoryFindings HistoryFindings::check(const HistoryIndex &index, const Project &project)
{
    HistoryFindings f;
    f.summary = std::make_shared<const HistorySummary>(index.source());
    f.history = HistoryChecks::run(index);
    // These checks read no plan step and no simulation: an empty plan stands in for one.
    const Plan noPlan;
    const SimulationResult noSimulation;
    CheckContext c(index, *f.summary, project, noPlan, noSimulation);
    BackupChecks::run(c);
    DifferentialChecks::run(c);
    f.backups = std::move(c.out);
    return f;
}

} // namespace rd
