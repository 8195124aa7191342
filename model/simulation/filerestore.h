// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/simulation/filecatalog.h"

namespace rd {

class SimulationState;

/// File and filegroup restore into an existing database (R-RO-…, R-FILE-…: docs/rules.md;
/// state-model.md §5.4, T-F-2): SimulationState calls these hooks; they read and set its
/// registers (friend).
///
/// Rules: R-FILE-002 (an offline restore of some read/write files while the rest of the database
/// stays current needs the log up to its end), R-FILE-003 (offline: the tail-log backup is taken
/// before), R-FILE-005 (going back in time that way needs every file), R-FILE-007 (FILEGROUP = x
/// from a backup lacking some of x's files), R-FILE-008 (DEFUNCT or dropped files), R-RO-004
/// (SIMPLE: a read-only file backup must match the backup PRIMARY came from).
class FileRestore
{
public:
    /// Before data restore step `i` from `b`; `targets` loses the files `b` does not hold (R-FILE-007).
    /// False: SQL Server refuses the statement (R-FILE-008).
    static bool beforeDataRestore(SimulationState &s, int i, const PlanStep &step, const Backup &b,
                                  FileCatalog::FileSet &targets);
    /// At recovering step `i`: true (recovery fails, T-DB-9) if, offline, a restored read/write file
    /// cannot be brought to the end of the log the other files are at, or, under SIMPLE, a read-only
    /// file backup does not match PRIMARY's backup (R-RO-004).
    static bool holdsBackRecovery(SimulationState &s, int i, const FileCatalog::FileSet &restoring);

private:
    /// Where the log of the database ends, as this sequence can reach it.
    struct EndOfLog
    {
        const Backup *tail = nullptr; ///< the tail-log backup that holds it
        int step = -1;                ///< the BACKUP LOG step that took it (-1: taken before the plan)
        bool damaged = false;         ///< the log is lost: nothing can reach its end (R-FILE-004)
    };
    static EndOfLog endOfLog(const SimulationState &s, int i);
    static int sequenceStart(const SimulationState &s, int i);
    static bool checkDefunct(SimulationState &s, int i, const PlanStep &step, const Backup &b,
                             const FileCatalog::FileSet &targets);
    static void checkMissingFiles(SimulationState &s, int i, const PlanStep &step, const Backup &b,
                                  FileCatalog::FileSet &targets);
    static bool checkSimpleReadOnly(SimulationState &s, int i, const FileCatalog::FileSet &restoring);
    static bool readOnlyBetween(const SimulationState &s, int filegroup, const Backup &a, const Backup &b);
    static bool dropped(const SimulationState &s, int file);
};

} // namespace rd
