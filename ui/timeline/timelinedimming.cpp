// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// TimelineScene's dimming of the backups the current plan does not restore (issue 11): which are
// dimmed, and the reason their tooltip starts with. Nothing is stored per backup: the items ask at
// paint time and on hover, so switching or editing the plan repaints the bars shown and never
// rebuilds the layout.
#include "ui/timeline/timelinescene.h"

#include "model/document/projectdocument.h"
#include "ui/viewstate.h"

#include <algorithm>

namespace rd {

bool TimelineScene::dimsUnusedBackups() const
{
    const Project &project = m_document->project();
    const int plan = m_viewState->currentPlan();
    if (plan < 0 || plan >= project.plans.size() || plan >= m_document->analysis().planCount())
        return false;
    const QList<PlanStep> &steps = project.plans[plan].steps;
    return std::any_of(steps.cbegin(), steps.cend(), [](const PlanStep &s) { return !s.backup.isEmpty(); });
}

bool TimelineScene::isDimmed(const QString &id) const
{
    return dimsUnusedBackups() && !m_document->analysis().plan(m_viewState->currentPlan()).explanation.uses(id);
}

QString TimelineScene::notUsedReason(const QString &id) const
{
    if (!isDimmed(id))
        return {};
    const int plan = m_viewState->currentPlan();
    const ProjectAnalysis &analysis = m_document->analysis();
    const QString reason = analysis.plan(plan).explanation.reasonNotUsed(analysis.index(), id);
    return tr("Not used by plan %1: %2")
        .arg(m_document->project().plans[plan].name, reason.isEmpty() ? tr("no step restores it.") : reason);
}

} // namespace rd
