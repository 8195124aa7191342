// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The longest time without a usable restore point: the moments a restore can reach are the ends
// of usable full, partial and differential backups, and every moment a regular log chain covers
// from such a backup on (R-LOG-004: from its last LSN; R-LOG-005: up to the first gap).
#include "model/analysis/chainhealthscan.h"

#include <algorithm>

namespace rd {

namespace {

/// A stretch of time a restore can reach, and the backups at its two ends.
struct Reach
{
    QDateTime from, to;
    qsizetype fromBackup, toBackup;
};

/// The backups a run of gapless logs covers from the first restore point inside it on.
void addRun(const ChainHealthScan &scan, const QString &fork, const std::vector<qsizetype> &logs, size_t begin,
            size_t end, std::vector<Reach> &out)
{
    const BackupList &list = scan.backups;
    Lsn last;
    qsizetype lastLog = -1;
    for (size_t k = begin; k < end; ++k)
        if (list[logs[k]].lastLsn > last) {
            last = list[logs[k]].lastLsn;
            lastLog = logs[k];
        }
    const qsizetype start = scan.firstRestorableFrom(list[logs[begin]].firstLsn, fork);
    if (start < 0 || list[start].lastLsn >= last)
        return; // no restore point inside the run: its logs lead nowhere
    QDateTime to = ChainHealthScan::endOf(list[lastLog]);
    for (size_t k = begin; k < end; ++k) // the latest finish: logs of one run may end out of LSN order
        to = std::max(to, ChainHealthScan::endOf(list[logs[k]]));
    out.push_back({ChainHealthScan::endOf(list[start]), to, start, lastLog});
}

} // namespace

void findLongestWithoutRestorePoint(ChainHealthScan &scan)
{
    const BackupList &list = scan.backups;
    std::vector<Reach> reach;
    reach.reserve(scan.restorableByLastLsn.size());
    for (qsizetype p : scan.restorableByLastLsn)
        reach.push_back({ChainHealthScan::endOf(list[p]), ChainHealthScan::endOf(list[p]), p, p});
    // Each path's logs, cut into runs at gaps and at logs written to NUL (their records are gone).
    for (const ChainHealthScan::LogPath &path : scan.logPaths) {
        const std::vector<qsizetype> &logs = path.logs;
        size_t begin = 0;
        Lsn reached;
        for (size_t k = 0; k <= logs.size(); ++k) {
            const bool cut = k == logs.size() || scan.toNul[size_t(logs[k])]
                || (k > begin && list[logs[k]].firstLsn > reached);
            if (cut) {
                if (k > begin)
                    addRun(scan, path.fork, logs, begin, k, reach);
                begin = k < logs.size() && scan.toNul[size_t(logs[k])] ? k + 1 : k;
                reached = Lsn();
                if (k < logs.size() && begin == k)
                    reached = list[logs[k]].lastLsn;
                continue;
            }
            reached = std::max(reached, list[logs[k]].lastLsn);
        }
    }
    reach.erase(std::remove_if(reach.begin(), reach.end(), [](const Reach &r) { return !r.from.isValid(); }),
                reach.end());
    if (reach.empty())
        return;
    std::sort(reach.begin(), reach.end(), [](const Reach &a, const Reach &b) {
        return a.from != b.from ? a.from < b.from : a.fromBackup < b.fromBackup;
    });
    // Walk the stretches in time order: the longest distance from the furthest reach so far to the
    // next stretch's start is the window.
    QDateTime end = reach.front().to;
    qsizetype endBackup = reach.front().toBackup;
    for (size_t k = 1; k < reach.size(); ++k) {
        const Reach &r = reach[k];
        if (r.from > end && end.secsTo(r.from) > scan.longest.seconds()) {
            scan.longest = {end, r.from, list[endBackup].id, list[r.fromBackup].id};
        }
        if (r.to > end) {
            end = r.to;
            endBackup = r.toBackup;
        }
    }
    const RestorePointWindow &w = scan.longest;
    if (!w.isValid())
        return;
    scan.add(ChainHealthKind::LongestWithoutRestorePoint, Severity::Info, QStringLiteral("R-CHAIN-005"),
             ChainHealthScan::tr("The longest time without a usable restore point is %1, from %2 (%3) to %4 (%5): a "
                                 "failure in that time would have lost everything since %2. Back up more often there, "
                                 "or check why the backups between them are missing or unusable.")
                 .arg(ChainHealth::durationText(w.seconds()), PlanTime::toString(w.from), w.before,
                      PlanTime::toString(w.to), w.after),
             {w.before, w.after}, w.from, w.to);
}

} // namespace rd
