// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/backup.h"
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
    /// A tail-log backup the plan takes (its BACKUP LOG step names it) that the history does not
    /// hold yet: add it to the project's backups together with the plan (one edit), or the plan
    /// refers to a backup that does not exist. nullopt when the plan takes no tail or the history
    /// already holds the one it takes (TailLogBackup::suggested builds it: id, device, LSNs).
    std::optional<Backup> tailLog;

    bool ok() const { return plan.has_value(); }
};

} // namespace rd
