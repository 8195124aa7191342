// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/analysis/cfpestimates.h"
#include "model/analysis/historyanalysis.h"
#include "model/analysis/plananalysis.h"
#include "model/analysis/planestimate.h"

#include <memory>
#include <vector>

namespace rd {

/// The analysis of a whole project: its history's (HistoryAnalysis), the backups' CFP estimates
/// (CfpEstimates) and, per plan, the simulation and findings (PlanAnalysis) and the time and
/// memory it costs (PlanEstimate). Immutable; ProjectDocument owns the current one and views read it,
/// never recomputing any of it.
///
/// build() takes the previous analysis and reuses what an edit did not invalidate: the history
/// analysis while the history is the same (HistoryAnalysis::isFor: also while the plans restore
/// the same of the backups R-BAK-004 flags, whose fix reads them), and a plan's analysis while
/// that plan, the history and the target environment are; the CFP estimates while the history
/// and the CFP snapshots are, a plan's estimate while its analysis and the snapshots are. A plan-only edit of a 100,000-backup
/// project so re-analyses that plan alone.
class ProjectAnalysis
{
public:
    /// Analyses `project`, reusing from `previous` (may be null) whatever still applies.
    static std::shared_ptr<const ProjectAnalysis> build(const Project &project,
                                                        const ProjectAnalysis *previous = nullptr);

    /// The project analysed (a copy sharing its data).
    const Project &project() const { return m_project; }
    const HistoryAnalysis &history() const { return *m_history; }
    const HistoryIndex &index() const { return m_history->index(); }
    qsizetype planCount() const { return qsizetype(m_plans.size()); }
    /// The analysis of plan `i`; an empty one (no steps, no findings) for an index out of range.
    const PlanAnalysis &plan(qsizetype i) const;

    /// What plan `i` costs in time and memory; an empty estimate for an index out of range.
    const PlanEstimate &planEstimate(qsizetype i) const;
    /// The estimated memory-optimized share of the backup with this id (O(log n)), or null when
    /// it holds no memory-optimized data or no CFP snapshot precedes it.
    const BackupCfpEstimate *cfpEstimate(const QString &id) const { return m_cfp->at(index().backupIndex(id)); }
    const CfpEstimates &cfpEstimates() const { return *m_cfp; }

    /// The project's backup with this id (LSNs as given), in O(log n), or null.
    const Backup *backup(const QString &id) const;
    /// The same backup with derived LSNs (what the rules and the simulation use), or null.
    const Backup *effectiveBackup(const QString &id) const { return index().backup(id); }

    /// Whether build() reused the history analysis of `previous` / plan `i`'s analysis: for tests
    /// and benchmarks that check an edit invalidates no more than it must.
    bool sharesHistoryWith(const ProjectAnalysis &other) const { return m_history == other.m_history; }
    bool sharesPlanWith(qsizetype i, const ProjectAnalysis &other, qsizetype j) const;

private:
    ProjectAnalysis() = default;

    Project m_project;
    std::shared_ptr<const HistoryAnalysis> m_history;
    std::shared_ptr<const CfpEstimates> m_cfp;
    std::vector<std::shared_ptr<const PlanAnalysis>> m_plans;
    std::vector<std::shared_ptr<const PlanEstimate>> m_estimates; ///< one per plan
    PlanAnalysis m_none;
    PlanEstimate m_noEstimate;
};

} // namespace rd
