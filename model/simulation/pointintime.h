// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/findings/stopclause.h"
#include "model/simulation/timelinehistory.h"

#include <compare>
#include <optional>

namespace rd {

/// Points on the database's timeline for the point-in-time rules (R-PIT-003/004/007, R-LOG-010):
/// a wall-clock time and, when known, an LSN. Two points compare by LSN when both carry one,
/// otherwise by time (the convention of TimelineHistory); a point without either is unordered.
namespace PointInTime {

using Point = TimelineHistory::Moment;

/// The LSN of a mark written "lsn:<decimal LSN>" (case-insensitive prefix), as STOPATMARK and
/// STOPBEFOREMARK take it (restore-statements-arguments-transact-sql.md); nullopt for a named mark
/// or digits that are not an LSN.
std::optional<Lsn> lsnOfMark(const QString &mark);

/// The point a stop clause names: STOPAT its time; STOPATMARK / STOPBEFOREMARK the MARK event of
/// that name (the first at or after the clause's AFTER time), or for "lsn:N" the point at LSN N
/// (its time: the end of the earliest log backup holding N, invalid when none does). nullopt when
/// the mark is not on the timeline or the LSN does not parse. STOPATMARK and STOPBEFOREMARK name
/// the same point here: the mark's LSN.
std::optional<Point> resolve(const Project &project, const StopClause &clause);
std::optional<Point> ofStep(const Project &project, const PlanStep &step);
/// nullopt for the end of the log (point of failure).
std::optional<Point> ofTarget(const Project &project, const RestoreTarget &target);

/// Where a backup's data ends: its finish time and last LSN (the earliest point it recovers to).
Point endOf(const Backup &b);

std::partial_ordering compare(const Point &a, const Point &b);
inline bool before(const Point &a, const Point &b) { return compare(a, b) < 0; }
inline bool after(const Point &a, const Point &b) { return compare(a, b) > 0; }
/// from < p < to: strictly inside the span a log backup adds to the data.
inline bool inside(const Point &p, const Point &from, const Point &to) { return after(p, from) && before(p, to); }

/// "2017-03-06T04:00:10", or "LSN …" when only the LSN is known.
QString text(const Point &p);

} // namespace PointInTime
} // namespace rd
