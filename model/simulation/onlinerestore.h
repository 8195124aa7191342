// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/simulation/filecatalog.h"

namespace rd {

class SimulationState;

/// Online file and filegroup restore (R-ONL-…: docs/rules.md; state-model.md §5.1, §5.4 case 3,
/// T-DB-14): SimulationState calls these hooks; they read and set its registers (friend).
///
/// Rules: R-ONL-005 (a read/write file that was online needs a log backup taken after the restore
/// took it offline, restored last: its redo target is that backup's lastLsn), R-ONL-006 (simulated:
/// read-only data backed up after it became read-only gets no such target; other read-only data must
/// reach the point it last became read-only, else R-RO-001), R-ONL-007
/// (BULK_LOGGED), R-ONL-009 (SIMPLE), R-GEN-009 (an offline restore of an existing database needs
/// exclusive access).
class OnlineRestore
{
public:
    /// Whether RESTORE DATABASE `step`, restoring `targets`, runs online (§5.1): the database is
    /// ONLINE on Enterprise/Developer and the step neither starts a PARTIAL restore nor restores
    /// PRIMARY or the memory-optimized filegroup.
    static bool isOnline(const SimulationState &s, const PlanStep &step, const FileCatalog::FileSet &targets);

    /// Before data restore step `i` puts `targets` into RESTORING. False: SQL Server refuses the
    /// statement (R-ONL-009). Sets the offline-point redo target of online read/write files.
    static bool beforeDataRestore(SimulationState &s, int i, const PlanStep &step, const Backup &b,
                                  const FileCatalog::FileSet &targets);
    /// SET FILE OFFLINE step `i`, before the files change state (T-F-1): their offline point is now.
    static void setFilesOffline(SimulationState &s, int i, const PlanStep &step);
    /// BACKUP LOG step `i`: the backup captures every offline point before it (R-ONL-005);
    /// under BULK_LOGGED it must not be taken during an online restore (R-ONL-007).
    static void backupLog(SimulationState &s, int i, const PlanStep &step);
    /// At recovering step `i`: true (recovery fails, T-DB-9) if a file of `restoring` has not
    /// reached its offline point (R-ONL-005).
    static bool holdsBackRecovery(SimulationState &s, int i, const FileCatalog::FileSet &restoring);

private:
    static bool readWrite(const SimulationState &s, int file);
    /// The time of the latest FAILURE that damaged data file `file` (its filegroup, the file itself or
    /// the whole database); invalid: none.
    static QDateTime failureOf(const SimulationState &s, int file);
    static QDateTime lastSetReadOnly(const SimulationState &s, int filegroup);
    /// lastLsn of the first log backup finished at or after `moment`; null if none (or `moment` invalid).
    static Lsn logAfter(const SimulationState &s, const QDateTime &moment);
    static bool checkBulkLogged(SimulationState &s, int i, const FileCatalog::FileSet &targets);
};

} // namespace rd
