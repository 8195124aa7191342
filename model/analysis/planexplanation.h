#pragma once

#include "model/domain/plan.h"

#include <QCoreApplication>
#include <QSet>

namespace rd {

class HistoryIndex;

/// Why a plan leaves out each backup of the history it does not restore, in words a DBA acts on
/// ("not on the recovery fork of …", "its base is …", "covered by differential …"): the timeline's
/// tooltips on dimmed backups and `restore-designer plan` read it. Built with the plan's analysis
/// (PlanAnalysis::explanation) from what the plan restores, in O(steps); each reason is worked out
/// on demand in O(log n), so a history of 1,000,000 backups costs nothing until one is asked for.
///
/// STUB (lead, issue 11): only uses() and a generic reason; the planner branch replaces the body.
class PlanExplanation
{
    Q_DECLARE_TR_FUNCTIONS(rd::PlanExplanation)
public:
    PlanExplanation() = default;
    PlanExplanation(const HistoryIndex &index, const Plan &plan);

    /// Whether the plan restores (or backs up, for a tail-log backup) the backup with this id.
    bool uses(const QString &id) const { return m_used.contains(id); }
    /// Why the plan does not restore the backup with this id, read from `index` (the history the
    /// explanation was built with); empty when the plan uses it or no backup has this id.
    QString reasonNotUsed(const HistoryIndex &index, const QString &id) const;

private:
    QString m_plan;       ///< the plan's name
    QSet<QString> m_used; ///< ids of the backups its steps name
};

} // namespace rd
