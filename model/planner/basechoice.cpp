// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/planner/basechoice.h"

#include "model/analysis/backupusability.h"

#include <algorithm>

namespace rd::BaseChoice {

std::vector<qsizetype> candidates(const ProjectAnalysis &analysis, bool partials)
{
    const HistorySummary &summary = *analysis.history().findings().summary;
    std::vector<qsizetype> out(summary.fulls.positions());
    if (partials)
        out.insert(out.end(), summary.partials.positions().begin(), summary.partials.positions().end());
    const BackupList &backups = analysis.index().backups();
    std::stable_sort(out.begin(), out.end(), [&](qsizetype a, qsizetype b) {
        const Backup &x = backups[a], &y = backups[b];
        if (x.finish != y.finish)
            return y.finish < x.finish;
        return y.lastLsn < x.lastLsn;
    });
    return out;
}

std::vector<qsizetype> differentialsOn(const HistoryIndex &index, qsizetype basePosition, const PlanGoal &goal)
{
    const BackupList &backups = index.backups();
    const Backup &base = backups[basePosition];
    const BackupType wanted = base.type == BackupType::Partial ? BackupType::PartialDifferential
                                                               : BackupType::Differential;
    std::vector<qsizetype> out;
    const std::vector<qsizetype> &byStart = index.differentialsByStart();
    for (auto it = byStart.rbegin(); it != byStart.rend(); ++it) {
        const Backup &d = backups[*it];
        if (d.start.isValid() && base.start.isValid() && d.start < base.start)
            break; // taken before the base: based on an older one
        if (d.type == wanted && BackupUsability::usable(d) && goal.dataEndsBy(d) && base.lastLsn <= d.lastLsn
            && BackupUsability::isBasedOn(index, d, base, basePosition))
            out.push_back(*it);
    }
    return out;
}

} // namespace rd::BaseChoice
