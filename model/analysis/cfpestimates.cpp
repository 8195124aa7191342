#include "model/analysis/cfpestimates.h"

#include <QHash>

#include <algorithm>

namespace rd {
namespace {

bool isDataFile(const CheckpointFile &file)
{
    return file.type == CheckpointFileType::Data || file.type == CheckpointFileType::LargeData;
}

bool isClosed(CheckpointFileState state)
{
    return state != CheckpointFileState::Precreated && state != CheckpointFileState::UnderConstruction;
}

/// The data files of `now` not yet closed in `base`: what a differential on a full taken at `base` copies.
QSet<QUuid> closedSince(const CheckpointInventory &base, const CheckpointInventory &now)
{
    QSet<QUuid> closedThen;
    for (const CheckpointFile &f : base.files)
        if (isDataFile(f) && isClosed(f.state))
            closedThen.insert(f.id);
    QSet<QUuid> out;
    for (const CheckpointFile &f : now.files)
        if (isDataFile(f) && !closedThen.contains(f.id))
            out.insert(f.id);
    return out;
}

QDateTime endOf(const Backup &b)
{
    return b.finish.isValid() ? b.finish : b.start;
}

} // namespace

int CfpEstimates::snapshotAt(const QList<CfpSnapshot> &snapshots, const QDateTime &time)
{
    if (!time.isValid())
        return -1;
    const auto after = std::upper_bound(snapshots.begin(), snapshots.end(), time,
                                        [](const QDateTime &t, const CfpSnapshot &s) { return t < s.at; });
    return int(after - snapshots.begin()) - 1;
}

CfpEstimates CfpEstimates::of(const Project &project, const HistoryIndex &index)
{
    CfpEstimates out;
    const FileCatalog &catalog = index.catalog();
    const int mod = catalog.memoryOptimizedFilegroup();
    if (project.cfpSnapshots.isEmpty() || mod < 0)
        return out;
    const QList<int> &modFiles = catalog.fileListOfFilegroup(mod);

    std::vector<std::optional<CfpBackupSize>> fulls(size_t(project.cfpSnapshots.size()));
    QHash<QPair<int, int>, CfpBackupSize> differentials; // (base snapshot, snapshot) → size, for this build only
    const BackupList &backups = index.backups();
    for (qsizetype i = 0; i < backups.size(); ++i) {
        const Backup &b = backups[i];
        if (b.isLog())
            continue;
        const FileCatalog::FileSet &scope = index.scope(i);
        if (std::none_of(modFiles.begin(), modFiles.end(), [&scope](int f) { return scope.contains(f); }))
            continue;
        const int s = snapshotAt(project.cfpSnapshots, endOf(b));
        if (s < 0)
            continue;
        const CheckpointInventory &inventory = project.cfpSnapshots[s].inventory;
        BackupCfpEstimate e;
        e.snapshot = s;
        e.version = CfpVersions::defaultFor(inventory.version);
        if (!isDifferential(b.type)) {
            if (!fulls[size_t(s)])
                fulls[size_t(s)] = CfpEstimator::fullBackup(inventory, e.version, {});
            e.size = *fulls[size_t(s)];
        } else {
            const qsizetype base = b.differentialBaseGuid.isEmpty() ? -1 : index.dataBackupWithGuid(b.differentialBaseGuid);
            const int baseSnapshot = base < 0 ? -1 : snapshotAt(project.cfpSnapshots, endOf(backups[base]));
            e.upperBound = baseSnapshot < 0 || baseSnapshot == s;
            const QPair<int, int> key(e.upperBound ? -1 : baseSnapshot, s);
            auto found = differentials.constFind(key);
            if (found == differentials.constEnd()) {
                CfpBackupInputs inputs;
                if (!e.upperBound)
                    inputs.dataFilesClosedSinceFull = closedSince(project.cfpSnapshots[baseSnapshot].inventory, inventory);
                found = differentials.insert(key, CfpEstimator::differentialBackup(inventory, e.version, inputs));
            }
            e.size = *found;
        }
        out.m_estimates.emplace_back(i, e);
    }
    return out;
}

const BackupCfpEstimate *CfpEstimates::at(qsizetype position) const
{
    const auto it = std::lower_bound(m_estimates.begin(), m_estimates.end(), position,
                                     [](const auto &entry, qsizetype p) { return entry.first < p; });
    return it != m_estimates.end() && it->first == position ? &it->second : nullptr;
}

} // namespace rd
