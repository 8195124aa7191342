#include "model/planner/basechoice.h"

#include "model/planner/backupusability.h"

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

bool isBasedOn(const HistoryIndex &index, const Backup &d, const Backup &base, qsizetype basePosition)
{
    if (base.copyOnly)
        return false; // a copy-only backup does not start a differential base (R-DIFF-001)
    if (!d.differentialBaseGuid.isEmpty() && !base.backupSetGuid.isEmpty())
        return d.differentialBaseGuid.compare(base.backupSetGuid, Qt::CaseInsensitive) == 0;
    if (!d.differentialBaseLsn.isNull())
        return d.differentialBaseLsn == base.checkpointLsn || d.differentialBaseLsn == base.firstLsn;
    const int file = index.catalog().fileListOfFilegroup(index.catalog().filegroupIndex(QStringLiteral("PRIMARY"))).value(0, 0);
    return index.latestDataBackupHolding(file, d.start, true) == basePosition;
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
            && isBasedOn(index, d, base, basePosition))
            out.push_back(*it);
    }
    return out;
}

} // namespace rd::BaseChoice
