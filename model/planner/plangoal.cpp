// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/planner/plangoal.h"

#include "model/domain/plantime.h"

namespace rd {

std::optional<PlanGoal> PlanGoal::resolve(const Project &project, const RestoreTarget &target, QString *error)
{
    PlanGoal goal;
    goal.m_target = target;
    if (target.kind == RestoreTarget::Kind::EndOfLog)
        return goal;
    if (target.kind == RestoreTarget::Kind::PointInTime && !target.pointInTime.isValid()) {
        *error = tr("the point in time is not a valid time");
        return std::nullopt;
    }
    goal.m_point = PointInTime::ofTarget(project, target);
    if (!goal.m_point) {
        if (target.mark.startsWith(QLatin1String("lsn:"), Qt::CaseInsensitive))
            *error = tr("\"%1\" is not an LSN: write lsn: followed by 1 to 25 decimal digits").arg(target.mark);
        else
            *error = tr("the timeline has no mark named '%1' (a MARK event)").arg(target.mark);
        return std::nullopt;
    }
    return goal;
}

bool PlanGoal::dataEndsBy(const Backup &data) const
{
    return !m_point || !PointInTime::after(PointInTime::endOf(data), *m_point);
}

bool PlanGoal::reachedBy(const Backup &log) const
{
    if (!m_point)
        return false;
    if (!m_point->lsn.isNull() && !log.lastLsn.isNull())
        return m_point->lsn < log.lastLsn; // lastLsn is exclusive
    const QDateTime end = log.finish.isValid() ? log.finish : log.start;
    return m_point->time.isValid() && end.isValid() && m_point->time <= end;
}

bool PlanGoal::strictlyInside(const Backup &log) const
{
    return m_point && PointInTime::inside(*m_point, TimelineHistory::momentOf(log), PointInTime::endOf(log));
}

QString PlanGoal::text() const
{
    switch (m_target.kind) {
    case RestoreTarget::Kind::EndOfLog:
        return tr("the end of the log");
    case RestoreTarget::Kind::PointInTime:
        return PlanTime::toString(m_target.pointInTime);
    case RestoreTarget::Kind::Mark:
        if (const std::optional<Lsn> lsn = PointInTime::lsnOfMark(m_target.mark))
            return tr("LSN %1").arg(lsn->toString());
        return tr("mark '%1'").arg(m_target.mark);
    }
    return {};
}

} // namespace rd
