// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/analysis/chainhealth.h"

#include "model/analysis/chainhealthscan.h"

#include <algorithm>

namespace rd {

QString toString(ChainHealthKind kind)
{
    switch (kind) {
    case ChainHealthKind::LogGap: return QStringLiteral("logGap");
    case ChainHealthKind::RecoveryFork: return QStringLiteral("recoveryFork");
    case ChainHealthKind::MissingDifferentialBase: return QStringLiteral("missingDifferentialBase");
    case ChainHealthKind::LogToNul: return QStringLiteral("logToNul");
    case ChainHealthKind::OtherTool: return QStringLiteral("otherTool");
    case ChainHealthKind::FullWithoutLog: return QStringLiteral("fullWithoutLog");
    case ChainHealthKind::CopyOnly: return QStringLiteral("copyOnly");
    case ChainHealthKind::DamagedOrFailed: return QStringLiteral("damagedOrFailed");
    case ChainHealthKind::LongestWithoutRestorePoint: return QStringLiteral("longestWithoutRestorePoint");
    }
    return {};
}

QString displayName(ChainHealthKind kind)
{
    switch (kind) {
    case ChainHealthKind::LogGap: return ChainHealthScan::tr("Log chain gap");
    case ChainHealthKind::RecoveryFork: return ChainHealthScan::tr("Recovery fork");
    case ChainHealthKind::MissingDifferentialBase: return ChainHealthScan::tr("Differential base gone");
    case ChainHealthKind::LogToNul: return ChainHealthScan::tr("Backup to NUL");
    case ChainHealthKind::OtherTool: return ChainHealthScan::tr("Another tool");
    case ChainHealthKind::FullWithoutLog: return ChainHealthScan::tr("Full without log");
    case ChainHealthKind::CopyOnly: return ChainHealthScan::tr("Copy-only");
    case ChainHealthKind::DamagedOrFailed: return ChainHealthScan::tr("Damaged or failed");
    case ChainHealthKind::LongestWithoutRestorePoint: return ChainHealthScan::tr("No restore point");
    }
    return {};
}

ChainHealth ChainHealth::build(const HistoryIndex &index)
{
    ChainHealthScan scan(index);
    // The backups first: the log chain and the restore points skip what they find unusable.
    findBackupProblems(scan);
    findLogChainProblems(scan);
    findLongestWithoutRestorePoint(scan);

    ChainHealth health;
    health.m_database = index.source().database.name;
    health.m_longest = scan.longest;
    health.m_entries = std::move(scan.entries);
    // What to fix first: errors, then warnings, then notes; each by time, as on the timeline.
    std::stable_sort(health.m_entries.begin(), health.m_entries.end(),
                     [](const ChainHealthEntry &a, const ChainHealthEntry &b) {
                         if (a.severity != b.severity)
                             return a.severity < b.severity;
                         return a.from < b.from;
                     });
    for (const ChainHealthEntry &e : std::as_const(health.m_entries))
        ++health.m_counts[size_t(e.severity)];
    return health;
}

QString ChainHealth::durationText(qint64 seconds)
{
    const qint64 days = seconds / 86400, hours = seconds % 86400 / 3600, minutes = seconds % 3600 / 60;
    if (days > 0)
        return hours > 0 ? ChainHealthScan::tr("%1 d %2 h").arg(days).arg(hours) : ChainHealthScan::tr("%1 d").arg(days);
    if (hours > 0)
        return minutes > 0 ? ChainHealthScan::tr("%1 h %2 min").arg(hours).arg(minutes)
                           : ChainHealthScan::tr("%1 h").arg(hours);
    if (minutes > 0)
        return ChainHealthScan::tr("%1 min").arg(minutes);
    return ChainHealthScan::tr("%1 s").arg(seconds);
}

// ChainHealthScan -----------------------------------------------------------------------------

ChainHealthScan::ChainHealthScan(const HistoryIndex &i)
    : index(i), backups(i.backups()), unusable(size_t(i.backups().size()), false),
      toNul(size_t(i.backups().size()), false)
{
}

void ChainHealthScan::add(ChainHealthKind kind, Severity severity, const QString &rule, const QString &message,
                          const QStringList &ids, const QDateTime &from, const QDateTime &to, const Lsn &fromLsn,
                          const Lsn &toLsn)
{
    entries.append({kind, severity, rule, message, ids, from, to.isValid() ? to : from, fromLsn, toLsn});
}

qsizetype ChainHealthScan::firstRestorableFrom(const Lsn &lsn, const QString &fork) const
{
    auto it = std::lower_bound(restorableByLastLsn.cbegin(), restorableByLastLsn.cend(), lsn,
                               [this](qsizetype p, const Lsn &l) { return backups[p].lastLsn < l; });
    for (; it != restorableByLastLsn.cend(); ++it) {
        const Backup &b = backups[*it];
        if (fork.isEmpty() || b.recoveryForkId.isEmpty() || b.recoveryForkId.compare(fork, Qt::CaseInsensitive) == 0)
            return *it;
    }
    return -1;
}

QString ChainHealthScan::bridgeText(const Lsn &lsn, const QString &fork, const QDateTime &lost) const
{
    const qsizetype p = firstRestorableFrom(lsn, fork);
    if (p < 0)
        return tr("no usable full or differential backup was taken after it, so nothing after %1 can be restored")
            .arg(PlanTime::toString(lost));
    const Backup &b = backups[p];
    return tr("%1 (%2) is the first full or differential backup a restore can start from again")
        .arg(b.id, PlanTime::toString(endOf(b)));
}

QString ChainHealthScan::forkText(const QString &guid)
{
    // "3F2504E0…": the first group of the GUID tells the paths of one history apart.
    QStringView g = QStringView(guid).trimmed();
    if (g.startsWith(u'{'))
        g = g.mid(1);
    const qsizetype dash = g.indexOf(u'-');
    return dash > 0 ? g.left(dash).toString() + u'…' : g.toString();
}

} // namespace rd
