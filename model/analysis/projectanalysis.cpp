// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/analysis/projectanalysis.h"

#include "model/rules/planvalidator.h"
#include "model/simulation/restoresimulator.h"

namespace rd {
namespace {

std::shared_ptr<const PlanAnalysis> analysePlan(const HistoryAnalysis &history, const Project &project, const Plan &plan)
{
    auto a = std::make_shared<PlanAnalysis>();
    a->simulation = RestoreSimulator::simulate(history.index(), project, plan);
    a->diagnostics = PlanValidator::validate(history.index(), history.findings(), project, plan, a->simulation);
    a->errorCount = a->count(Severity::Error);
    a->explanation = PlanExplanation(history.index(), plan);
    return a;
}

} // namespace

std::shared_ptr<const ProjectAnalysis> ProjectAnalysis::build(const Project &project, const ProjectAnalysis *previous)
{
    std::shared_ptr<ProjectAnalysis> a(new ProjectAnalysis);
    a->m_project = project;
    const bool sameHistory = previous && previous->m_history->isFor(project);
    a->m_history = sameHistory ? previous->m_history
                               : std::make_shared<const HistoryAnalysis>(project, previous ? previous->m_history.get() : nullptr);
    // A plan's analysis depends on that plan, the history and the target environment, not on the
    // other plans or the description.
    const bool reusePlans = sameHistory && previous->m_project.environment == project.environment;
    // The CFP estimates depend on the history and the snapshots only.
    const bool sameSnapshots = previous && previous->m_project.cfpSnapshots == project.cfpSnapshots;
    // The history was built from previous's (when there is one): its estimates serve as a start.
    a->m_cfp = sameHistory && sameSnapshots
                   ? previous->m_cfp
                   : std::make_shared<const CfpEstimates>(
                         CfpEstimates::of(project, a->index(), sameSnapshots ? previous->m_cfp.get() : nullptr));
    a->m_plans.reserve(size_t(project.plans.size()));
    a->m_estimates.reserve(size_t(project.plans.size()));
    for (qsizetype i = 0; i < project.plans.size(); ++i) {
        const Plan &plan = project.plans[i];
        qsizetype before = -1;
        if (reusePlans) {
            const QList<Plan> &old = previous->m_project.plans;
            before = i < old.size() && old[i] == plan ? i : old.indexOf(plan);
        }
        a->m_plans.push_back(before >= 0 ? previous->m_plans[size_t(before)]
                                         : analysePlan(*a->m_history, a->m_project, a->m_project.plans[i]));
        a->m_estimates.push_back(before >= 0 && sameSnapshots
                                     ? previous->m_estimates[size_t(before)]
                                     : std::make_shared<const PlanEstimate>(PlanEstimate::of(
                                           a->index(), a->m_project, a->m_project.plans[i], a->m_plans.back()->simulation)));
    }
    return a;
}

const PlanAnalysis &ProjectAnalysis::plan(qsizetype i) const
{
    return i >= 0 && i < planCount() ? *m_plans[size_t(i)] : m_none;
}

const PlanEstimate &ProjectAnalysis::planEstimate(qsizetype i) const
{
    return i >= 0 && i < planCount() ? *m_estimates[size_t(i)] : m_noEstimate;
}

const Backup *ProjectAnalysis::backup(const QString &id) const
{
    const qsizetype k = index().backupIndex(id);
    return k < 0 ? nullptr : &m_project.backups[k];
}

bool ProjectAnalysis::sharesPlanWith(qsizetype i, const ProjectAnalysis &other, qsizetype j) const
{
    return i >= 0 && i < planCount() && j >= 0 && j < other.planCount() && m_plans[size_t(i)] == other.m_plans[size_t(j)];
}

} // namespace rd
