#include "model/analysis/planexplanation.h"

#include "model/simulation/historyindex.h"

namespace rd {

PlanExplanation::PlanExplanation(const HistoryIndex &, const Plan &plan) : m_plan(plan.name)
{
    for (const PlanStep &s : plan.steps)
        if (!s.backup.isEmpty())
            m_used.insert(s.backup);
}

QString PlanExplanation::reasonNotUsed(const HistoryIndex &index, const QString &id) const
{
    if (uses(id) || index.backupIndex(id) < 0)
        return {};
    return tr("Plan %1 does not restore it.").arg(m_plan);
}

} // namespace rd
