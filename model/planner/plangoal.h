// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/project.h"
#include "model/simulation/pointintime.h"

#include <QCoreApplication>

#include <optional>

namespace rd {

/// Where a planned restore must recover to, resolved against the timeline: the end of the log, or
/// a point (a STOPAT time; a MARK event's time and LSN; "lsn:N", the point at LSN N). It answers
/// the two questions the planner asks of every backup: does a data backup end at or before the
/// point (R-PIT-003), and does a log backup reach it (then it is the last one, with the stop clause).
class PlanGoal
{
    Q_DECLARE_TR_FUNCTIONS(rd::PlanGoal)
public:
    /// The goal of `target` in `project`; nullopt with *error set when it names a mark the timeline
    /// does not hold or an "lsn:" whose digits are not an LSN.
    static std::optional<PlanGoal> resolve(const Project &project, const RestoreTarget &target, QString *error);

    const RestoreTarget &target() const { return m_target; }
    bool isEndOfLog() const { return !m_point.has_value(); }
    /// The point; only for a goal that is not the end of the log.
    const PointInTime::Point &point() const { return *m_point; }

    /// A data or differential backup can be recovered to the point: it ends at or before it
    /// (compared by LSN when both sides have one, else by time). Always true for the end of the log.
    bool dataEndsBy(const Backup &data) const;
    /// The point lies within what restoring `log` reaches: before its lastLsn (exclusive), or by
    /// time at or before its finish. Always false for the end of the log.
    bool reachedBy(const Backup &log) const;
    /// The point lies strictly inside `log`'s span (R-LOG-010 forbids that in a bulk-logged log).
    bool strictlyInside(const Backup &log) const;
    /// The stop clause the terminal log restore carries, or nullopt for the end of the log.
    std::optional<StopClause> stopClause() const { return StopClause::ofTarget(m_target); }
    /// The goal in words: "the end of the log", "2017-03-06T04:00:10", "mark 'm1'", "LSN 123".
    QString text() const;

private:
    RestoreTarget m_target;
    std::optional<PointInTime::Point> m_point;
};

} // namespace rd
