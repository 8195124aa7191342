#pragma once

#include "model/domain/plan.h"

#include <QStringList>

#include <optional>

namespace rd {

/// What RestorePlanner::plan() built: the plan, or why there is none; and why it chose what it
/// chose. Why it left out each other backup is the plan's PlanExplanation (in its analysis), so
/// planning a history of 1,000,000 backups does not word 1,000,000 reasons.
struct PlannedRestore
{
    std::optional<Plan> plan;
    QString error;       ///< why no plan reaches the target; empty when `plan` is set
    QStringList reasons; ///< the choices made, in words (which base and why, which differential, …)

    bool ok() const { return plan.has_value(); }
};

} // namespace rd
