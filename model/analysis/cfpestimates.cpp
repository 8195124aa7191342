// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

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

/// Whether `b` (not a log backup) holds filegroup `filegroup`, a read-write one: a database backup
/// and a partial backup (which holds every read-write filegroup) do; a file backup when it names
/// the filegroup or one of its files. A test on names, not RestoreScope: this runs for every
/// backup of the history after each edit of it.
bool holdsFilegroup(const Backup &b, int filegroup, const QString &name, const FileCatalog &catalog)
{
    if (b.type != BackupType::File && b.type != BackupType::FileDifferential)
        return true;
    if (b.filegroups.contains(name, Qt::CaseInsensitive))
        return true;
    return std::any_of(b.files.begin(), b.files.end(),
                       [&](const QString &file) { return catalog.filegroupOfFile(file) == filegroup; });
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

namespace {

/// Estimates one backup at a time; each snapshot's full-backup estimate and each (base snapshot,
/// snapshot) pair's differential estimate is computed once per build.
class Estimator
{
public:
    Estimator(const Project &project, const HistoryIndex &index, int mod)
        : m_snapshots(project.cfpSnapshots), m_index(index), m_mod(mod), m_modName(project.database.filegroups[mod].name),
          m_fulls(size_t(project.cfpSnapshots.size()))
    {
    }

    std::optional<BackupCfpEstimate> estimate(qsizetype i)
    {
        const Backup &b = m_index.backups()[i];
        if (b.isLog() || !holdsFilegroup(b, m_mod, m_modName, m_index.catalog()))
            return std::nullopt;
        const int s = CfpEstimates::snapshotAt(m_snapshots, endOf(b));
        if (s < 0)
            return std::nullopt;
        const CheckpointInventory &inventory = m_snapshots[s].inventory;
        BackupCfpEstimate e;
        e.snapshot = s;
        e.version = CfpVersions::defaultFor(inventory.version);
        if (!isDifferential(b.type)) {
            if (!m_fulls[size_t(s)])
                m_fulls[size_t(s)] = CfpEstimator::fullBackup(inventory, e.version, {});
            e.size = *m_fulls[size_t(s)];
            return e;
        }
        const qsizetype base = b.differentialBaseGuid.isEmpty() ? -1 : m_index.dataBackupWithGuid(b.differentialBaseGuid);
        const int baseSnapshot = base < 0 ? -1 : CfpEstimates::snapshotAt(m_snapshots, endOf(m_index.backups()[base]));
        e.upperBound = baseSnapshot < 0 || baseSnapshot == s;
        const QPair<int, int> key(e.upperBound ? -1 : baseSnapshot, s);
        auto found = m_differentials.constFind(key);
        if (found == m_differentials.constEnd()) {
            CfpBackupInputs inputs;
            if (!e.upperBound)
                inputs.dataFilesClosedSinceFull = closedSince(m_snapshots[baseSnapshot].inventory, inventory);
            found = m_differentials.insert(key, CfpEstimator::differentialBackup(inventory, e.version, inputs));
        }
        e.size = *found;
        return e;
    }

private:
    const QList<CfpSnapshot> &m_snapshots;
    const HistoryIndex &m_index;
    const int m_mod;
    const QString m_modName;
    std::vector<std::optional<CfpBackupSize>> m_fulls;
    QHash<QPair<int, int>, CfpBackupSize> m_differentials;
};

} // namespace

CfpEstimates CfpEstimates::of(const Project &project, const HistoryIndex &index, const CfpEstimates *previous)
{
    CfpEstimates out;
    const int mod = index.catalog().memoryOptimizedFilegroup();
    if (project.cfpSnapshots.isEmpty() || mod < 0)
        return out;
    Estimator estimator(project, index, mod);
    const auto add = [&](qsizetype i) {
        if (const auto e = estimator.estimate(i))
            out.m_estimates.emplace_back(i, *e);
    };
    const BackupList &backups = index.backups();
    const BackupListDelta &d = index.changeFromPrevious();
    if (!previous || !index.sameLayoutAsPrevious() || d.isEverything()) {
        for (qsizetype i = 0; i < backups.size(); ++i)
            add(i);
        return out;
    }
    // After an edit of the history: a backup outside the edit's window keeps its estimate (at its
    // new position), except a differential, whose base may have moved; those and the window's
    // backups are estimated again.
    const auto inWindow = [&d](qsizetype i) { return i >= d.at && i < d.at + d.added; };
    for (const auto &[position, e] : previous->m_estimates) {
        const qsizetype now = d.moved(position);
        if (now >= 0 && !isDifferential(backups[now].type))
            out.m_estimates.emplace_back(now, e);
    }
    for (qsizetype i = d.at; i < d.at + d.added; ++i)
        add(i);
    for (const qsizetype i : index.differentialsByStart())
        if (!inWindow(i))
            add(i);
    std::sort(out.m_estimates.begin(), out.m_estimates.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    return out;
}

const BackupCfpEstimate *CfpEstimates::at(qsizetype position) const
{
    const auto it = std::lower_bound(m_estimates.begin(), m_estimates.end(), position,
                                     [](const auto &entry, qsizetype p) { return entry.first < p; });
    return it != m_estimates.end() && it->first == position ? &it->second : nullptr;
}

} // namespace rd
