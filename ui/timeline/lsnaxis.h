// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/lsn.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace rd {

class HistoryIndex;

/// The timeline's LSN axis (issue 9, item 1; docs/lsn-axis.md): where each backup's LSN range
/// [firstLsn, lastLsn] lies, so that log chains that touch, gaps, overlaps and recovery forks show.
///
/// The mapping is ordinal. LSNs are composite numbers (`<VLF sequence><10-digit block><5-digit
/// slot>`, docs/plan-format.md) and may only be compared, never subtracted (R-LOG-011), so a linear
/// scale on their decimal value would be meaningless: a new VLF would jump by 10^15. Instead the
/// distinct LSNs that bound a backup (first, last, fork point) are sorted, and each interval between
/// two neighbours is one Step wide; an interval no log backup of a recovery path covers, between
/// two of its log backups (a break in the log chain, R-LOG-002), is GapSteps wide and reported as a
/// gap. So a log that starts where the previous one ended touches it, a backup inside another's
/// range overlaps it, and the width of a bar says how many other boundaries lie inside it, not how
/// much log it holds.
///
/// Recovery forks (R-LOG-009): backups are grouped by the recovery fork they end on
/// (lastRecoveryForkId, else recoveryForkId; ignoring case). The paths are ordered by their lowest
/// firstLsn, and each gets a row of every lane (row 0: the first path, and backups with no fork
/// GUID; paths past MaxRows - 1 share the last row); a path after the first starts at a fork, at
/// the fork_point_lsn of a backup that crosses into it, else at its lowest firstLsn.
///
/// Backups are read from HistoryIndex::backups(), whose missing LSNs are derived from time order
/// (LsnDerivation, docs/lsn-derivation.md), so a hand-drawn history has a place too. A backup still
/// without a firstLsn or lastLsn (no start time to derive them from) has no place on the axis, as
/// it has none on the time axis. A lastLsn before the firstLsn (bad input, flagged by the checks) is
/// drawn as a range of no length at its firstLsn.
///
/// Positions are in axis units, Step per interval, from 0 at the lowest LSN. Built in O(n log n) once
/// per version of the history; every lookup is a binary search.
class LsnAxis
{
public:
    /// Axis units of one interval between neighbouring LSNs. The timeline scene reads axis units as
    /// it reads milliseconds on the time axis, so its zoom of z "pixels per second" draws an interval
    /// 100·z pixels wide (up to 2,000 px at its largest zoom).
    static constexpr qint64 Step = 100000;
    /// Width, in Steps, of an interval that is a gap in the log chain of some recovery path.
    static constexpr int GapSteps = 3;
    /// At most this many rows per lane; later recovery paths share the last one.
    static constexpr int MaxRows = 4;

    /// A break in a recovery path's log chain: no log backup of the path holds the LSNs from
    /// `fromLsn` (the greatest lastLsn of the logs before it) up to `toLsn` (the next log's firstLsn).
    struct Gap
    {
        qint64 from = 0;
        qint64 to = 0;
        Lsn fromLsn;
        Lsn toLsn;
        int row = 0;
    };
    /// Where a recovery path after the first begins.
    struct Fork
    {
        qint64 at = 0;
        Lsn lsn;
        QString forkId; ///< the recovery fork GUID as the backups give it
        int row = 0;
        bool fromForkPoint = false; ///< `lsn` is a backup's fork_point_lsn (else the path's lowest firstLsn)
    };

    void build(const HistoryIndex &index);

    /// The extent [from, to] (axis units, from ≤ to) of backup `position` (in HistoryIndex::backups()),
    /// or nullopt when it has no place on the axis.
    std::optional<std::pair<qint64, qint64>> extentOf(qsizetype position) const;
    /// The row (0 … rowCount()-1) of backup `position`'s recovery path; 0 when it has no place.
    int rowOf(qsizetype position) const;
    int rowCount() const { return m_rowCount; }

    /// The sorted distinct LSNs the axis is built on, and their positions (increasing).
    const std::vector<Lsn> &lsns() const { return m_lsns; }
    const std::vector<qint64> &positions() const { return m_positions; }
    const std::vector<Gap> &gaps() const { return m_gaps; }
    const std::vector<Fork> &forks() const { return m_forks; }
    /// The longest gap (to - from), 0 without gaps: how far left of a range a gap reaching into it may start.
    qint64 longestGap() const { return m_longestGap; }

    /// Position of `lsn`: exact for an LSN the axis holds, half-way between its neighbours otherwise
    /// (a Step before the first, after the last); 0 on an empty axis.
    qint64 positionOf(const Lsn &lsn) const;
    /// Position of wall-clock `time` (an event without an LSN, a point-in-time target): where the
    /// log had got to by then as far as the backups show. Between the finishes of two backups it is
    /// interpolated between their lastLsns' positions (inside the log that holds that moment); before
    /// the first finish it is that backup's lastLsn, after the last the last's. A later backup whose
    /// lastLsn lies before the previous one's (another recovery path) does not move it back.
    qint64 positionAt(const QDateTime &time) const;
    /// The greatest LSN of the axis at or before `position` (the first one before any), or null on an
    /// empty axis.
    Lsn lsnAt(qint64 position) const;
    /// Index into lsns() of the first LSN at or after `position` (lsns().size() when none).
    qsizetype firstAtOrAfter(qint64 position) const;
    /// The first and last position, or (0, 0) on an empty axis.
    qint64 first() const { return m_positions.empty() ? 0 : m_positions.front(); }
    qint64 last() const { return m_positions.empty() ? 0 : m_positions.back(); }

    /// Indices into lsns() of the LSNs whose tick gets a label, among those drawn between x `left`
    /// and `right`, when position p is drawn at x = xOfZero + p · pixelsPerUnit and a label, left-
    /// aligned at its tick, is less than `cell` pixels wide. The x axis is cut into cells that wide
    /// from `cellOrigin` (fixed in scene x, so that scrolling does not change the choice); the first
    /// LSN of a cell gets a label in every other cell, or in any cell when its neighbours are a cell
    /// away: two labels are always at least `cell` apart and never overlap. In increasing order.
    std::vector<qsizetype> labelled(double pixelsPerUnit, double xOfZero, double cellOrigin, double cell, double left,
                                    double right) const;

    /// "VLF:block:slot" of `lsn` with leading zeros dropped (34000000012300001 → "34:123:1"), the
    /// form SQL Server's tools print; the decimal digits when they are too few to read so.
    static QString abbreviated(const Lsn &lsn);

private:
    std::vector<Lsn> m_lsns;
    std::vector<qint64> m_positions;
    std::vector<qint64> m_from; ///< per backup position; -1 = no place
    std::vector<qint64> m_to;
    std::vector<quint8> m_rows;
    std::vector<Gap> m_gaps;
    std::vector<Fork> m_forks;
    /// (finish time ms, lastLsn position) of the placed backups by finish; positions never decrease.
    std::vector<std::pair<qint64, qint64>> m_reached;
    int m_rowCount = 1;
    qint64 m_longestGap = 0;
};

} // namespace rd
