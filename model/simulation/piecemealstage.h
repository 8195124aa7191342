// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/simulation/filecatalog.h"

namespace rd {

class SimulationState;

/// The end of a piecemeal restore's partial-restore sequence (R-PIECE-…: docs/rules.md;
/// state-model.md §6, T-F-5a/5b/5c): SimulationState calls stage1Recovered (friend) once the
/// files of stage 1 are ONLINE and the files left out are RECOVERY_PENDING (or DEFUNCT, SIMPLE).
///
/// Rules: R-PIECE-012 (an upgrade makes the files left out DEFUNCT, T-F-5c), R-PIECE-010 (a
/// simple-era backup restored to a full-era point: the read/write filegroups left out stay
/// RECOVERY_PENDING, reported as info), then the deferred transactions (deferredtransactions.h).
class PiecemealStage
{
public:
    /// Step `i` has just recovered stage 1.
    static void stage1Recovered(SimulationState &s, int i);
    /// The PARTIAL statement that started the stage recovered at step `i`, or -1.
    static int partialStep(const SimulationState &s, int i);

private:
    static void checkUpgrade(SimulationState &s, int i, int partial);
    static void noteSimpleToFull(SimulationState &s, int partial);
};

} // namespace rd
