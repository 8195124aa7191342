// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/plan.h"

#include <QStringList>

namespace rd {

/// What a DBA asks the planner for (the "Plan for…" dialog, `restore-designer plan`).
struct PlanRequest
{
    /// Where to recover to: EndOfLog (latest), PointInTime, or Mark. An LSN target is a mark named
    /// "lsn:<decimal LSN>", as STOPATMARK takes it (restore-statements-arguments-transact-sql.md).
    RestoreTarget target;
    /// Filegroups to bring online first, in order of priority, for a piecemeal restore: the first
    /// is restored in stage 1 with PRIMARY and the memory-optimized filegroup (always there,
    /// R-MOD-002), each next one in a stage of its own, then the filegroups not listed together
    /// (PiecemealPlan). Names compare ignoring case. Empty = restore the whole database in one stage.
    QStringList onlineFirst;
    QString name; ///< the new plan's name; empty = the planner names it after the target

    bool operator==(const PlanRequest &) const = default;
};

} // namespace rd
