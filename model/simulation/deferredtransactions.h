// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/project.h"

namespace rd {

class SimulationState;

/// Transactions open at the recovery point of a piecemeal stage 1 that touched a filegroup left
/// out of it (docs/rules.md R-PIECE-013, R-DEF-…; state-model.md §6 "Deferred transactions
/// after stage 1"). The transactions come from the timeline's OPEN_TRANSACTION events (the
/// designer cannot know them otherwise); one is open at the point if it began at or before it
/// and commits after it (or never, `until` absent).
///
/// Rules: R-PIECE-013 (Enterprise/Developer, FULL/BULK_LOGGED: deferred, warning), R-DEF-002
/// (elsewhere: startup fails, error; low confidence, contradiction C-7), R-DEF-003 (deferred
/// transactions the plan never resolves, by restoring or removing the filegroup: warning).
class DeferredTransactions
{
public:
    /// Step `i` has just recovered stage 1, started by PARTIAL step `partial`.
    static void atStage1Recovery(SimulationState &s, int i, int partial);

private:
    static bool openAt(const TimelineEvent &e, const QDateTime &point);
    /// A step after `i` restores filegroup `g` or removes it (which resolves its deferred transactions).
    static int resolvingStep(const SimulationState &s, int i, int g);
};

} // namespace rd
