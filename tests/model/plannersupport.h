// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Shared by the planner tests: plan a project, read the plan's backups, and have the validator
// (a fresh ProjectAnalysis of the project with the plan added) judge it.
#include "model/analysis/projectanalysis.h"
#include "model/planner/restoreplanner.h"

#include <QTest>

namespace rd::test {

inline PlannedRestore planFor(const Project &project, const RestoreTarget &target, const QStringList &onlineFirst = {})
{
    Project history = project;
    history.plans.clear();
    const auto analysis = ProjectAnalysis::build(history);
    PlanRequest request;
    request.target = target;
    request.onlineFirst = onlineFirst;
    return RestorePlanner::plan(*analysis, request);
}

inline RestoreTarget endOfLog() { return {}; }
inline RestoreTarget at(const QDateTime &t)
{
    RestoreTarget r;
    r.kind = RestoreTarget::Kind::PointInTime;
    r.pointInTime = t;
    return r;
}
inline RestoreTarget mark(const QString &name)
{
    RestoreTarget r;
    r.kind = RestoreTarget::Kind::Mark;
    r.mark = name;
    return r;
}

/// The backups the plan's RESTORE steps restore, in order ("full diff log1 …").
inline QString restored(const Plan &plan)
{
    QStringList ids;
    for (const PlanStep &s : plan.steps)
        if (s.isRestore() && !s.backup.isEmpty())
            ids << s.backup;
    return ids.join(u' ');
}

/// The project with the planned restore added (its new tail-log backup too), as a designer's edit would.
inline Project withPlan(Project project, const PlannedRestore &planned)
{
    if (planned.tailLog)
        project.backups << *planned.tailLog;
    project.plans << *planned.plan;
    return project;
}

/// The validator's errors on the planned restore, one per line ("" = none).
inline QString errorsOf(const Project &project, const PlannedRestore &planned)
{
    const Project with = withPlan(project, planned);
    const auto analysis = ProjectAnalysis::build(with);
    QStringList errors;
    for (const Diagnostic &d : analysis->plan(with.plans.size() - 1).diagnostics)
        if (d.severity == Severity::Error)
            errors << QStringLiteral("%1 step %2: %3").arg(d.rule).arg(d.step + 1).arg(d.message);
    return errors.join(u'\n');
}

} // namespace rd::test
