// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/planstep.h"

namespace rd {

/// Where the plan recovers to: the end of the log (point of failure), a time, or a mark.
struct RestoreTarget
{
    enum class Kind { EndOfLog, PointInTime, Mark };
    Kind kind = Kind::EndOfLog;
    QDateTime pointInTime; ///< Kind::PointInTime
    QString mark;          ///< Kind::Mark
    bool beforeMark = false; ///< STOPBEFOREMARK rather than STOPATMARK
    bool operator==(const RestoreTarget &) const = default;
};

/// A named restore plan: the ordered steps a DBA will run.
struct Plan
{
    QString name;
    RestoreTarget target;
    QList<PlanStep> steps;
    bool operator==(const Plan &) const = default;
};

} // namespace rd
