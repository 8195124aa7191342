#pragma once

#include "model/analysis/chainhealth.h"
#include "model/rules/historyfindings.h"
#include "model/simulation/historyindex.h"

#include <memory>

namespace rd {

/// Everything derived from one version of a project's history (layout, events, backups) whatever
/// the plans: derived LSNs, the file catalog, backup scopes and lookup tables (HistoryIndex), and
/// the history-level findings (HistoryFindings), and the chain-health report (ChainHealth). Immutable once built and shared
/// (std::shared_ptr<const HistoryAnalysis>) by every analysis of a project whose history is this
/// one: a plan-only edit reuses it whole.
class HistoryAnalysis
{
public:
    /// Builds the analysis of `project`'s history: O(n log n) in the backups. `previous` (may be
    /// null) is the analysis of the history before an edit; what the edit did not change is shared.
    explicit HistoryAnalysis(const Project &project, const HistoryAnalysis *previous = nullptr);
    HistoryAnalysis(const HistoryAnalysis &) = delete;
    HistoryAnalysis &operator=(const HistoryAnalysis &) = delete;

    const HistoryIndex &index() const { return m_index; }
    const HistoryFindings &findings() const { return m_findings; }
    /// The chain-health report of this history (docs/chain-health.md): built with the analysis,
    /// O(n log n), and shared with `previous` when only the plans changed.
    const ChainHealth &chainHealth() const { return *m_health; }
    /// Whether this describes `project`'s current history (its backups are the same list data,
    /// its layout and events equal) and its findings hold for `project`'s plans (the plans restore
    /// the same of HistoryFindings::planDependentBackups).
    bool isFor(const Project &project) const
    {
        return m_index.isFor(project) && m_findings.restoredOf(project) == m_restored;
    }

private:
    HistoryIndex m_index;
    HistoryFindings m_findings; ///< points into m_index's copy of the history
    QStringList m_restored;     ///< m_findings.restoredOf() the project it was built from
    std::shared_ptr<const ChainHealth> m_health;
};

} // namespace rd
