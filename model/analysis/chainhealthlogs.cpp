// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The chain-health findings about the log chain: gaps between the regular log backups of a
// recovery path (R-LOG-005), recovery forks (R-LOG-009), full backups with no log after them.
#include "model/analysis/chainhealthscan.h"
#include "model/simulation/timelinehistory.h"

#include <QHash>

#include <algorithm>

namespace rd {

namespace {

/// Recovery fork GUIDs as hash keys: upper case, since msdb's and the tools' spellings differ in
/// case. Consecutive backups mostly share one path, so the last key is reused, not rebuilt.
class ForkKeys
{
public:
    const QString &of(const QString &guid)
    {
        if (guid != m_raw) {
            m_raw = guid;
            m_key = guid.toUpper();
        }
        return m_key;
    }

private:
    QString m_raw, m_key;
};

bool isRegularLog(const Backup &b)
{
    return b.isLog() && !b.copyOnly && !b.failed && !b.firstLsn.isNull() && !b.lastLsn.isNull();
}

/// The path a backup ends on: its last recovery fork (a log spanning a fork ends on the new one).
const QString &endFork(const Backup &b)
{
    return b.lastRecoveryForkId.isEmpty() ? b.recoveryForkId : b.lastRecoveryForkId;
}

bool spansFork(const Backup &b)
{
    return b.isLog() && !b.lastRecoveryForkId.isEmpty() && !b.recoveryForkId.isEmpty()
        && b.lastRecoveryForkId.compare(b.recoveryForkId, Qt::CaseInsensitive) != 0;
}

void collectPaths(ChainHealthScan &scan)
{
    const BackupList &list = scan.backups;
    QHash<QString, size_t> pathOf; // fork key → index in scan.logPaths
    ForkKeys keys;
    auto into = [&](const QString &fork, qsizetype p) {
        const QString &key = keys.of(fork);
        auto it = pathOf.constFind(key);
        if (it == pathOf.cend()) {
            it = pathOf.insert(key, scan.logPaths.size());
            scan.logPaths.push_back({fork, {}});
        }
        scan.logPaths[*it].logs.push_back(p);
    };
    // The index keeps the logs by firstLsn (shared between edits, prepared when idle): each path's
    // list comes out sorted without a sort of its own.
    for (const HistoryIndex::Position p : scan.index.logsByFirstLsn()) {
        const Backup &b = list[p];
        if (!isRegularLog(b))
            continue;
        into(b.recoveryForkId, p);
        if (spansFork(b))
            into(b.lastRecoveryForkId, p); // it starts the new path too
    }
}

void findGaps(ChainHealthScan &scan)
{
    const BackupList &list = scan.backups;
    const bool severalPaths = scan.logPaths.size() > 1;
    for (const ChainHealthScan::LogPath &path : scan.logPaths) {
        if (path.logs.empty())
            continue;
        qsizetype reach = path.logs.front(); // the log reaching furthest so far
        for (size_t k = 1; k < path.logs.size(); ++k) {
            const Backup &prev = list[reach], &next = list[path.logs[k]];
            if (next.firstLsn > prev.lastLsn) {
                const QDateTime lost = ChainHealthScan::endOf(prev);
                const QString where = severalPaths && !path.fork.isEmpty()
                    ? ChainHealthScan::tr(" on recovery path %1").arg(ChainHealthScan::forkText(path.fork))
                    : QString();
                scan.add(ChainHealthKind::LogGap, Severity::Error, QStringLiteral("R-LOG-005"),
                         ChainHealthScan::tr("Gap in the log chain%1: log backup %2 ends at LSN %3 (%4), but the next "
                                             "log backup, %5, starts at LSN %6 (%7). No log backup holds the log "
                                             "between them, so a restore from an earlier backup stops at %4; %8.")
                             .arg(where, prev.id, prev.lastLsn.toString(), PlanTime::toString(lost), next.id,
                                  next.firstLsn.toString(), PlanTime::toString(next.start),
                                  scan.bridgeText(next.firstLsn, path.fork, lost)),
                         {prev.id, next.id}, lost, next.start, prev.lastLsn, next.firstLsn);
            }
            if (next.lastLsn > list[reach].lastLsn)
                reach = path.logs[k];
        }
    }
}

/// What the history holds on one recovery path (by the path each backup ends on).
struct PathSpan
{
    QString fork;
    qsizetype count = 0;
    qsizetype first = -1, last = -1; ///< the earliest and latest backup by start
};

void findForks(ChainHealthScan &scan)
{
    const BackupList &list = scan.backups;
    QHash<QString, PathSpan> spans;
    ForkKeys keys;
    qsizetype p = 0;
    for (auto it = list.cbegin(); it != list.cend(); ++it, ++p) {
        const QString &fork = endFork(*it);
        if (fork.isEmpty())
            continue;
        PathSpan &s = spans[keys.of(fork)];
        s.fork = fork;
        ++s.count;
        if (s.first < 0 || it->start < list[s.first].start)
            s.first = p;
        if (s.last < 0 || list[s.last].start <= it->start)
            s.last = p;
    }
    if (spans.size() < 2)
        return;
    const auto spanText = [&list](const PathSpan &s) {
        return ChainHealthScan::tr("%1 (%2 backups, %3 to %4)")
            .arg(ChainHealthScan::forkText(s.fork))
            .arg(s.count)
            .arg(PlanTime::toString(list[s.first].start), PlanTime::toString(ChainHealthScan::endOf(list[s.last])));
    };
    QSet<QString> entered; // paths a log spanning a fork leads into
    p = 0;
    for (auto it = list.cbegin(); it != list.cend(); ++it, ++p) {
        if (!spansFork(*it))
            continue;
        const PathSpan &to = spans[keys.of(it->lastRecoveryForkId)];
        entered.insert(keys.of(it->lastRecoveryForkId));
        const auto from = spans.constFind(keys.of(it->recoveryForkId));
        scan.add(ChainHealthKind::RecoveryFork, Severity::Warning, QStringLiteral("R-LOG-009"),
                 ChainHealthScan::tr("The history forks at LSN %1, in log backup %2 (%3): the database was restored to "
                                     "that point and recovered, which started recovery path %4. Before it: path %5. A "
                                     "restore follows one path; log backups of the other path cannot be applied past "
                                     "the fork.")
                     .arg(it->forkPointLsn.isNull() ? ChainHealthScan::tr("(not recorded)") : it->forkPointLsn.toString(),
                          it->id, PlanTime::toString(it->start), spanText(to),
                          from == spans.cend() ? ChainHealthScan::forkText(it->recoveryForkId) : spanText(*from)),
                 {it->id}, it->start, to.last >= 0 ? ChainHealthScan::endOf(list[to.last]) : it->start,
                 it->forkPointLsn, it->lastLsn);
    }
    // A path no log leads into, other than the first: its fork is outside the history.
    const PathSpan *earliest = nullptr;
    for (const PathSpan &s : std::as_const(spans))
        if (!earliest || list[s.first].start < list[earliest->first].start)
            earliest = &s;
    for (auto it = spans.cbegin(); it != spans.cend(); ++it) {
        if (&*it == earliest || entered.contains(it.key()))
            continue;
        const Backup &first = list[it->first];
        scan.add(ChainHealthKind::RecoveryFork, Severity::Warning, QStringLiteral("R-LOG-009"),
                 ChainHealthScan::tr("Recovery path %1 starts with %2 without a log backup across its fork: the "
                                     "database was restored and recovered, and nothing in this history links the "
                                     "backups of this path to those before it. A restore uses one path's backups only.")
                     .arg(spanText(*it), first.id),
                 {first.id}, first.start, ChainHealthScan::endOf(list[it->last]), first.firstLsn);
    }
}

void findFullsWithoutLog(ChainHealthScan &scan)
{
    const BackupList &list = scan.backups;
    QHash<QString, Lsn> reach; // fork key → the greatest lastLsn of its regular logs
    ForkKeys keys;
    for (const ChainHealthScan::LogPath &path : scan.logPaths) {
        Lsn &r = reach[keys.of(path.fork)];
        for (qsizetype p : path.logs)
            r = std::max(r, list[p].lastLsn);
    }
    QHash<QString, QList<qsizetype>> orphans; // fork key → its fulls with no log after them
    qsizetype p = 0;
    for (auto it = list.cbegin(); it != list.cend(); ++it, ++p) {
        const Backup &b = *it;
        if (b.type != BackupType::Full || b.copyOnly || b.failed || b.lastLsn.isNull() || scan.toNul[size_t(p)])
            continue;
        const RecoveryModel model =
            b.recoveryModel.value_or(scan.index.history().recoveryModelAt(TimelineHistory::momentOf(b)));
        if (model == RecoveryModel::Simple)
            continue;
        const QString &key = keys.of(b.recoveryForkId);
        if (reach.value(key) <= b.lastLsn)
            orphans[key].append(p);
    }
    for (const QList<qsizetype> &fulls : std::as_const(orphans)) {
        const Backup &first = list[fulls.constFirst()];
        const Backup &last = list[fulls.constLast()];
        QStringList ids;
        for (qsizetype f : fulls)
            ids << list[f].id;
        const QString which = fulls.size() == 1
            ? ChainHealthScan::tr("Full backup %1 (%2) has no log backup after it").arg(first.id, PlanTime::toString(first.start))
            : ChainHealthScan::tr("%1 full backups, from %2 (%3) to %4 (%5), have no log backup after them")
                  .arg(fulls.size())
                  .arg(first.id, PlanTime::toString(first.start), last.id, PlanTime::toString(last.start));
        scan.add(ChainHealthKind::FullWithoutLog, Severity::Warning, QStringLiteral("R-CHAIN-003"),
                 ChainHealthScan::tr("%1 although the database is in FULL or BULK_LOGGED "
                                     "recovery: no point after %2 can be restored, and the log grows until a log "
                                     "backup truncates it. Schedule log backups, or use SIMPLE recovery if restoring "
                                     "the last full backup is enough.")
                     .arg(which, PlanTime::toString(ChainHealthScan::endOf(last))),
                 ids, first.start, ChainHealthScan::endOf(last), first.lastLsn, last.lastLsn);
    }
}

} // namespace

void findLogChainProblems(ChainHealthScan &scan)
{
    collectPaths(scan);
    findGaps(scan);
    findForks(scan);
    findFullsWithoutLog(scan);
}

} // namespace rd
