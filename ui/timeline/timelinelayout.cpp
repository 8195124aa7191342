// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/timeline/timelinelayout.h"

#include "model/simulation/historyindex.h"
#include "ui/timeline/lsnaxis.h"

#include <algorithm>

namespace rd {

void TimelineLayout::build(const HistoryIndex &index, int logLane)
{
    m_rowCount = 1;
    buildWith(index, logLane, [](const Backup &b, qsizetype, Bar &bar) {
        if (!b.start.isValid())
            return false;
        bar.startMs = b.start.toMSecsSinceEpoch();
        bar.finishMs = b.finish.isValid() ? qMax(bar.startMs, b.finish.toMSecsSinceEpoch()) : bar.startMs;
        return true;
    });
}

void TimelineLayout::build(const HistoryIndex &index, int logLane, const LsnAxis &axis)
{
    m_rowCount = axis.rowCount();
    buildWith(index, logLane, [&axis](const Backup &, qsizetype k, Bar &bar) {
        const std::optional<std::pair<qint64, qint64>> extent = axis.extentOf(k);
        if (!extent)
            return false;
        bar.startMs = extent->first;
        bar.finishMs = extent->second;
        bar.row = axis.rowOf(k);
        return true;
    });
}

template<typename Extent>
void TimelineLayout::buildWith(const HistoryIndex &index, int logLane, Extent extent)
{
    m_bars.clear();
    m_byId.clear();
    m_longestMs = 0;
    m_lastFinishMs = 0;
    const BackupList &backups = index.backups();
    const FileCatalog &catalog = index.catalog();
    m_bars.reserve(size_t(backups.size()));
    // The index keeps one copy of each distinct scope: its filegroups are computed once per copy.
    QHash<const FileCatalog::FileSet *, QList<int>> lanesOfScope;
    for (qsizetype k = 0; k < backups.size(); ++k) {
        const Backup &b = backups[k];
        Bar bar;
        if (!extent(b, k, bar))
            continue;
        bar.position = int(k);
        bar.type = b.type;
        if (!b.isLog()) {
            const FileCatalog::FileSet &scope = index.scope(k);
            auto found = lanesOfScope.constFind(&scope);
            if (found == lanesOfScope.cend())
                found = lanesOfScope.insert(&scope, catalog.filegroupsOf(scope));
            bar.lanes = *found;
        }
        if (b.isLog() || b.type == BackupType::Full || b.type == BackupType::Differential)
            bar.lanes << logLane;
        bar.labelLane = bar.lanes.isEmpty() ? 0 : bar.lanes.first();
        m_longestMs = qMax(m_longestMs, bar.finishMs - bar.startMs);
        m_lastFinishMs = m_bars.empty() ? bar.finishMs : qMax(m_lastFinishMs, bar.finishMs);
        m_bars.push_back(std::move(bar));
    }
    std::stable_sort(m_bars.begin(), m_bars.end(), [](const Bar &a, const Bar &b) { return a.startMs < b.startMs; });

    m_lanes.assign(size_t(logLane + 1), {});
    m_byId.reserve(qsizetype(m_bars.size()));
    for (int i = 0; i < int(m_bars.size()); ++i) {
        m_byId.insert(backups[m_bars[size_t(i)].position].id, i);
        for (const int lane : std::as_const(m_bars[size_t(i)].lanes))
            if (lane >= 0 && lane <= logLane)
                m_lanes[size_t(lane)].push_back(i); // in start order, as bars are
    }
    // Label room: the next bar starting later on the label's lane and row, found by walking each
    // lane backwards once per row (equal starts share the same next start).
    for (int lane = 0; lane <= logLane; ++lane) {
        const std::vector<int> &order = m_lanes[size_t(lane)];
        for (int row = 0; row < m_rowCount; ++row) {
            qint64 next = NoNext;
            qint64 nextAfterRun = NoNext; // the next start after the current run of equal starts
            for (auto it = order.rbegin(); it != order.rend(); ++it) {
                Bar &bar = m_bars[size_t(*it)];
                if (bar.row != row)
                    continue;
                if (next != NoNext && next != bar.startMs)
                    nextAfterRun = next;
                if (bar.labelLane == lane)
                    bar.nextStartMs = nextAfterRun;
                next = bar.startMs;
            }
        }
    }
}

const std::vector<int> &TimelineLayout::lane(int lane) const
{
    static const std::vector<int> none;
    return lane >= 0 && lane < int(m_lanes.size()) ? m_lanes[size_t(lane)] : none;
}

std::pair<int, int> TimelineLayout::startingWithin(qint64 fromMs, qint64 toMs) const
{
    const auto first = std::lower_bound(m_bars.begin(), m_bars.end(), fromMs,
                                        [](const Bar &b, qint64 t) { return b.startMs < t; });
    const auto last = std::upper_bound(first, m_bars.end(), toMs, [](qint64 t, const Bar &b) { return t < b.startMs; });
    return {int(first - m_bars.begin()), int(last - m_bars.begin())};
}

std::pair<int, int> TimelineLayout::startingWithin(int laneIndex, qint64 fromMs, qint64 toMs) const
{
    const std::vector<int> &order = lane(laneIndex);
    const auto first = std::lower_bound(order.begin(), order.end(), fromMs,
                                        [this](int i, qint64 t) { return m_bars[size_t(i)].startMs < t; });
    const auto last = std::upper_bound(first, order.end(), toMs,
                                       [this](qint64 t, int i) { return t < m_bars[size_t(i)].startMs; });
    return {int(first - order.begin()), int(last - order.begin())};
}

} // namespace rd
