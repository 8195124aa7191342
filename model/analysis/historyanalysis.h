// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/analysis/chainhealth.h"
#include "model/rules/historyfindings.h"
#include "model/simulation/historyindex.h"

#include <memory>
#include <optional>

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
    /// The chain-health report of this history (docs/chain-health.md), O(n log n) in the backups.
    /// Deferred: an edit does not wait for it (30 ms on 100,000 backups, where moving a backup
    /// re-analyses in 2). It is built on first use, once per version of the history, and shared
    /// with the analyses of that history after a plan-only edit; ProjectDocument prepares it
    /// when the application is idle, as it does the index's lookups, so that a view finds it
    /// ready. Like those, one analysis is read by one thread at a time.
    const ChainHealth &chainHealth() const;
    /// Builds the report now if it is not built yet (ProjectDocument's idle-time preparation).
    void prepareChainHealth() const { chainHealth(); }
    /// Whether chainHealth() is built: a view that finds it is not waits for the idle time.
    bool hasChainHealth() const { return m_health->report.has_value(); }
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
    /// The chain-health report, once built: one slot shared by every analysis of this history
    /// (HistoryAnalysis(project, previous) keeps previous's while the history is the same).
    struct ChainHealthSlot
    {
        std::optional<ChainHealth> report;
    };
    std::shared_ptr<ChainHealthSlot> m_health;
};

} // namespace rd
