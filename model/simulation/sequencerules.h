// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/project.h"

namespace rd {

class SimulationState;

/// Checks made before each plan step that need the simulated state but no restore of data
/// (docs/rules.md: R-GEN, R-REC, R-OPT, R-MOD, R-DEF): SimulationState calls beforeStep (friend).
///
/// Rules: R-GEN-006 (a database that does not exist is created only from a backup holding
/// PRIMARY), R-ONL-008 and R-REC-003 (STANDBY: not online, not with an upgrade, keep the standby
/// file), R-MOD-002 (PRIMARY and the memory-optimized filegroup restored in one statement),
/// R-MOD-005 (the memory-optimized filegroup cannot be removed or abandoned), R-DEF-001 (removing
/// a filegroup that is not online makes it DEFUNCT).
class SequenceRules
{
public:
    /// Before step `i`. False: SQL Server refuses the statement, which changes nothing.
    static bool beforeStep(SimulationState &s, int i);
    /// Restoring `b` on the target server upgrades the database (R-PIECE-012, R-REC-003): both
    /// versions are known ("major.minor.build") and the backup's is older.
    static bool needsUpgrade(const Backup &b, const RestoreEnvironment &environment);

private:
    static void checkAbandonedMemoryOptimized(SimulationState &s);
    static bool removeFilegroup(SimulationState &s, int i, const PlanStep &step);
    static bool checkNewDatabase(SimulationState &s, int i, const PlanStep &step);
    static bool checkStandby(SimulationState &s, int i, const PlanStep &step);
    static bool checkMemoryOptimizedWithPrimary(SimulationState &s, int i, const PlanStep &step);
};

} // namespace rd
