// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/rules/checkcontext.h"
#include "model/rules/historychecks.h"
#include "model/findings/diagnostic.h"

#include <memory>

namespace rd {

/// What the rules find in one version of a project's history (layout, events, backups) whatever
/// the plan: the history summary the plan checks read, and the findings of HistoryChecks (the
/// backups' names and scopes, R-MOD-001, R-LOG-001, R-REF-001) and of BackupChecks and
/// DifferentialChecks (R-BAK-*, R-DIFF-005..009, R-FILE-001/004/010, …). Independent of any one
/// plan, so the analysis computes them once per version of the history and every plan's validation
/// reads them; one fix reads all the plans (planDependentBackups).
struct HistoryFindings
{
    std::shared_ptr<const HistorySummary> summary; ///< points into index.source(): keep the index alive
    HistoryChecks::Result history;                 ///< HistoryChecks' findings, reported first
    QList<Diagnostic> backups;                     ///< BackupChecks then DifferentialChecks
    /// The backups whose finding reads whether a plan restores them: R-BAK-004's fix removes a
    /// backup that cannot have been taken unless a plan restores it. The findings hold for another
    /// project with the same history while restoredOf() gives the same answer.
    QStringList planDependentBackups;

    /// Those of planDependentBackups that a step of `project`'s plans restores, in their order.
    QStringList restoredOf(const Project &project) const;

    /// The findings for the history `index` describes; `project` is the project it was built from
    /// (R-BAK-004's fix reads whether a plan restores the backup).
    /// `previousIndex` and `previous` (both or neither): the index `index` was built from and its
    /// findings, from which the history checks reuse what the edit cannot have changed.
    static HistoryFindings check(const HistoryIndex &index, const Project &project,
                                 const HistoryIndex *previousIndex = nullptr, const HistoryFindings *previous = nullptr);
};

} // namespace rd
