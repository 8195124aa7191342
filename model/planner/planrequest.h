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
    /// Filegroups to bring online first, in order of priority, for a piecemeal restore (PRIMARY
    /// and the memory-optimized filegroup always come first, R-MOD-002); empty = restore the whole
    /// database in one stage.
    QStringList onlineFirst;
    QString name; ///< the new plan's name; empty = the planner names it after the target

    bool operator==(const PlanRequest &) const = default;
};

} // namespace rd
