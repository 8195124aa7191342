// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/timeline/lsnaxis.h"

#include "model/simulation/historyindex.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace rd {
namespace {

/// The recovery fork a backup ends on (R-LOG-009), case-folded: the key of its recovery path.
QString pathKey(const Backup &b)
{
    return (b.lastRecoveryForkId.isEmpty() ? b.recoveryForkId : b.lastRecoveryForkId).toLower();
}

bool crossesFork(const Backup &b)
{
    return !b.recoveryForkId.isEmpty() && !b.lastRecoveryForkId.isEmpty()
           && b.recoveryForkId.compare(b.lastRecoveryForkId, Qt::CaseInsensitive) != 0 && !b.forkPointLsn.isNull();
}

QString withoutLeadingZeros(QStringView digits)
{
    qsizetype i = 0;
    while (i < digits.size() - 1 && digits[i] == u'0')
        ++i;
    return digits.mid(i).toString();
}

} // namespace

void LsnAxis::build(const HistoryIndex &index)
{
    const BackupList &backups = index.backups();
    const qsizetype n = backups.size();
    m_lsns.clear();
    m_positions.clear();
    m_gaps.clear();
    m_forks.clear();
    m_reached.clear();
    m_from.assign(size_t(n), -1);
    m_to.assign(size_t(n), -1);
    m_rows.assign(size_t(n), 0);
    m_rowCount = 1;
    m_longestGap = 0;

    // The boundaries: every placed backup's first and last LSN, and the fork points.
    auto placed = [](const Backup &b) { return !b.firstLsn.isNull() && !b.lastLsn.isNull(); };
    auto lastOf = [](const Backup &b) { return qMax(b.firstLsn, b.lastLsn); };
    m_lsns.reserve(size_t(2 * n));
    for (const Backup &b : backups) {
        if (!placed(b))
            continue;
        m_lsns.push_back(b.firstLsn);
        m_lsns.push_back(lastOf(b));
        if (crossesFork(b))
            m_lsns.push_back(b.forkPointLsn);
    }
    std::sort(m_lsns.begin(), m_lsns.end());
    m_lsns.erase(std::unique(m_lsns.begin(), m_lsns.end()), m_lsns.end());
    if (m_lsns.empty())
        return;

    // Recovery paths, ordered by their lowest firstLsn (then list order).
    struct Path
    {
        Lsn lowest;
        qsizetype firstPosition = 0;
        QString forkId;
        Lsn forkPoint;
    };
    QHash<QString, int> pathIndex;
    std::vector<Path> paths;
    std::vector<int> pathOfBackup(size_t(n), -1);
    for (qsizetype k = 0; k < n; ++k) {
        const Backup &b = backups[k];
        if (!placed(b))
            continue;
        const QString key = pathKey(b);
        if (key.isEmpty())
            continue;
        auto found = pathIndex.constFind(key);
        if (found == pathIndex.cend()) {
            found = pathIndex.insert(key, int(paths.size()));
            paths.push_back({b.firstLsn, k, b.lastRecoveryForkId.isEmpty() ? b.recoveryForkId : b.lastRecoveryForkId, {}});
        }
        Path &path = paths[size_t(*found)];
        path.lowest = qMin(path.lowest, b.firstLsn);
        if (crossesFork(b) && (path.forkPoint.isNull() || b.forkPointLsn < path.forkPoint))
            path.forkPoint = b.forkPointLsn;
        pathOfBackup[size_t(k)] = *found;
    }
    std::vector<int> byLowest(paths.size());
    for (int i = 0; i < int(paths.size()); ++i)
        byLowest[size_t(i)] = i;
    std::sort(byLowest.begin(), byLowest.end(), [&paths](int a, int b) {
        const Path &pa = paths[size_t(a)], &pb = paths[size_t(b)];
        return pa.lowest != pb.lowest ? pa.lowest < pb.lowest : pa.firstPosition < pb.firstPosition;
    });
    std::vector<int> rank(paths.size());
    for (int r = 0; r < int(byLowest.size()); ++r)
        rank[size_t(byLowest[size_t(r)])] = r;
    m_rowCount = qBound(1, int(paths.size()), MaxRows);
    auto rowOfRank = [](int r) { return qMin(r, MaxRows - 1); };

    // Gaps: per recovery path (backups with no fork GUID go with the first), its log backups by
    // firstLsn; a log starting after every earlier one ended leaves LSNs no log of the path holds.
    struct LogRange
    {
        int rank;
        Lsn first;
        Lsn last;
    };
    std::vector<LogRange> logs;
    for (qsizetype k = 0; k < n; ++k) {
        const Backup &b = backups[k];
        if (b.isLog() && placed(b)) {
            const int path = pathOfBackup[size_t(k)];
            logs.push_back({path < 0 ? 0 : rank[size_t(path)], b.firstLsn, lastOf(b)});
        }
    }
    std::sort(logs.begin(), logs.end(), [](const LogRange &a, const LogRange &b) {
        return a.rank != b.rank ? a.rank < b.rank : a.first < b.first;
    });
    for (size_t i = 0; i < logs.size();) {
        Lsn reached = logs[i].last;
        size_t j = i + 1;
        for (; j < logs.size() && logs[j].rank == logs[i].rank; ++j) {
            if (logs[j].first > reached)
                m_gaps.push_back({0, 0, reached, logs[j].first, rowOfRank(logs[i].rank)});
            reached = qMax(reached, logs[j].last);
        }
        i = j;
    }

    // Positions: a Step per interval, GapSteps for an interval inside a gap of any path. Gap ends
    // are boundaries, so an interval is inside a gap when it starts in one.
    std::vector<std::pair<Lsn, Lsn>> gapUnion;
    for (const Gap &g : m_gaps)
        gapUnion.emplace_back(g.fromLsn, g.toLsn);
    std::sort(gapUnion.begin(), gapUnion.end());
    m_positions.resize(m_lsns.size());
    m_positions[0] = 0;
    size_t g = 0;
    for (size_t i = 0; i + 1 < m_lsns.size(); ++i) {
        while (g < gapUnion.size() && gapUnion[g].second <= m_lsns[i])
            ++g;
        const bool inGap = g < gapUnion.size() && gapUnion[g].first <= m_lsns[i];
        m_positions[i + 1] = m_positions[i] + (inGap ? GapSteps * Step : Step);
    }
    for (Gap &gap : m_gaps) {
        gap.from = positionOf(gap.fromLsn);
        gap.to = positionOf(gap.toLsn);
        m_longestGap = qMax(m_longestGap, gap.to - gap.from);
    }
    std::sort(m_gaps.begin(), m_gaps.end(), [](const Gap &a, const Gap &b) { return a.from < b.from; });

    for (int r = 1; r < int(byLowest.size()); ++r) {
        const Path &path = paths[size_t(byLowest[size_t(r)])];
        const Lsn at = path.forkPoint.isNull() ? path.lowest : path.forkPoint;
        m_forks.push_back({positionOf(at), at, path.forkId, rowOfRank(r), !path.forkPoint.isNull()});
    }
    std::sort(m_forks.begin(), m_forks.end(), [](const Fork &a, const Fork &b) { return a.at < b.at; });

    // Extents and rows; how far the log had got at each finish time (for positionAt).
    for (qsizetype k = 0; k < n; ++k) {
        const Backup &b = backups[k];
        if (!placed(b))
            continue;
        m_from[size_t(k)] = positionOf(b.firstLsn);
        m_to[size_t(k)] = positionOf(lastOf(b));
        const int path = pathOfBackup[size_t(k)];
        m_rows[size_t(k)] = quint8(path < 0 ? 0 : rowOfRank(rank[size_t(path)]));
        const QDateTime &end = b.finish.isValid() ? b.finish : b.start;
        if (end.isValid())
            m_reached.emplace_back(end.toMSecsSinceEpoch(), m_to[size_t(k)]);
    }
    std::sort(m_reached.begin(), m_reached.end());
    for (size_t i = 1; i < m_reached.size(); ++i)
        m_reached[i].second = qMax(m_reached[i].second, m_reached[i - 1].second);
}

std::optional<std::pair<qint64, qint64>> LsnAxis::extentOf(qsizetype position) const
{
    if (position < 0 || size_t(position) >= m_from.size() || m_from[size_t(position)] < 0)
        return std::nullopt;
    return std::make_pair(m_from[size_t(position)], m_to[size_t(position)]);
}

int LsnAxis::rowOf(qsizetype position) const
{
    return position >= 0 && size_t(position) < m_rows.size() ? m_rows[size_t(position)] : 0;
}

qint64 LsnAxis::positionOf(const Lsn &lsn) const
{
    if (m_lsns.empty())
        return 0;
    const auto it = std::lower_bound(m_lsns.begin(), m_lsns.end(), lsn);
    const size_t i = size_t(it - m_lsns.begin());
    if (it != m_lsns.end() && *it == lsn)
        return m_positions[i];
    if (i == 0)
        return m_positions.front() - Step;
    if (i == m_lsns.size())
        return m_positions.back() + Step;
    return (m_positions[i - 1] + m_positions[i]) / 2;
}

qint64 LsnAxis::positionAt(const QDateTime &time) const
{
    if (m_reached.empty() || !time.isValid())
        return first();
    const qint64 ms = time.toMSecsSinceEpoch();
    const auto it = std::upper_bound(m_reached.begin(), m_reached.end(), ms,
                                     [](qint64 t, const std::pair<qint64, qint64> &r) { return t < r.first; });
    if (it == m_reached.begin())
        return it->second;
    if (it == m_reached.end())
        return m_reached.back().second;
    const auto &[t0, p0] = *(it - 1);
    const auto &[t1, p1] = *it; // t0 ≤ ms < t1
    return p0 + qint64(double(p1 - p0) * double(ms - t0) / double(t1 - t0));
}

Lsn LsnAxis::lsnAt(qint64 position) const
{
    if (m_lsns.empty())
        return {};
    const auto it = std::upper_bound(m_positions.begin(), m_positions.end(), position);
    return m_lsns[it == m_positions.begin() ? 0 : size_t(it - m_positions.begin()) - 1];
}

qsizetype LsnAxis::firstAtOrAfter(qint64 position) const
{
    return std::lower_bound(m_positions.begin(), m_positions.end(), position) - m_positions.begin();
}

std::vector<qsizetype> LsnAxis::labelled(double pixelsPerUnit, double xOfZero, double cellOrigin, double cell,
                                         double left, double right) const
{
    std::vector<qsizetype> ticks;
    if (m_positions.empty() || pixelsPerUnit <= 0 || cell <= 0)
        return ticks;
    auto xOf = [&](qsizetype i) { return xOfZero + double(m_positions[size_t(i)]) * pixelsPerUnit; };
    const qsizetype count = qsizetype(m_positions.size());
    const qint64 firstCell = qint64(std::floor((left - cell - cellOrigin) / cell));
    const qint64 lastCell = qint64(std::ceil((right - cellOrigin) / cell));
    for (qint64 c = firstCell; c <= lastCell; ++c) {
        const double cellLeft = cellOrigin + double(c) * cell;
        const qsizetype i = firstAtOrAfter(qint64(std::ceil((cellLeft - xOfZero) / pixelsPerUnit)));
        if (i >= count)
            break;
        const double x = xOf(i);
        if (x >= cellLeft + cell || x < cellLeft)
            continue; // no LSN in this cell
        const bool roomy = (i == 0 || x - xOf(i - 1) >= cell) && (i + 1 == count || xOf(i + 1) - x >= cell);
        if (c % 2 == 0 || roomy)
            ticks.push_back(i);
    }
    return ticks;
}

QString LsnAxis::abbreviated(const Lsn &lsn)
{
    const QString digits = lsn.toString();
    if (digits.size() <= 5)
        return digits;
    const qsizetype n = digits.size();
    const QStringView all(digits);
    const QString vlf = n > 15 ? withoutLeadingZeros(all.left(n - 15)) : QStringLiteral("0");
    const QString block = withoutLeadingZeros(n > 15 ? all.mid(n - 15, 10) : all.left(n - 5));
    return QStringLiteral("%1:%2:%3").arg(vlf, block, withoutLeadingZeros(all.right(5)));
}

} // namespace rd
