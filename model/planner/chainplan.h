// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/analysis/projectanalysis.h"
#include "model/planner/logchainwalk.h"

#include <QCoreApplication>

namespace rd {

/// The backups a restore sequence uses, before they become steps: the base, the differential on
/// it, the log chain to the goal, and what the end of the log needs (a tail-log backup). Chosen
/// by ChainPlan::choose; RestorePlanner then writes the steps (one stage, or piecemeal stages).
struct ChainPlan
{
    qsizetype base = -1;         ///< position in index.backups()
    qsizetype differential = -1; ///< -1 = none
    std::vector<qsizetype> logs; ///< the log restores, in order (a history tail-log backup included)
    qsizetype historyTail = -1;  ///< a tail-log backup of the history the chain ends with, or -1
    bool takeTail = false;       ///< the plan backs up the tail first (the end of the log, log intact)
    QStringList reasons;         ///< the choices in words
    QString error;               ///< why no chain reaches the goal; empty on success
};

/// Chooses the chain (see RestoreRequest's rules in restoreplanner.h).
class ChainChoice
{
    Q_DECLARE_TR_FUNCTIONS(rd::ChainChoice)
public:
    /// The newest base (full; with `partials` also partial backups) from which a chain reaches
    /// `goal`, its newest differential, and the log chain. `tailPossible`: the database exists,
    /// its log is intact and not SIMPLE, so the end of the log is reached by a tail-log backup
    /// taken by the plan (a history tail-log backup, or one to add). O(b · (k log n)) for the b
    /// bases tried and k logs of their chains.
    static ChainPlan choose(const ProjectAnalysis &analysis, const PlanGoal &goal, bool partials, bool tailPossible);
};

} // namespace rd
