// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/lsn.h"

namespace rd {

/// The per-file register `redoTargetLsn` (sys.database_files.redo_target_lsn): how far a
/// restored file must be rolled forward before it can be recovered, where that is more than the
/// end of the roll-forward its restore sequence chose.
struct RedoTarget
{
    enum class Kind {
        /// §5.4 cases 1, 2, 4 and 5: the end of the sequence's own roll-forward, or the stage-1
        /// point in a later piecemeal stage (the simulator's general rule, R-REC-001/R-PIECE-011).
        SequenceEnd,
        /// §5.4 case 3, online restore of a read/write file that was online (or set offline by the
        /// plan, or damaged): the LSN at which it went offline, which only a log backup taken
        /// afterwards holds (R-ONL-005).
        OfflinePoint,
        /// An offline restore of some read/write files while the rest of the database stays at the
        /// end of the log: that end, captured by the tail-log backup (R-FILE-002, R-FILE-003).
        EndOfLog,
    };
    Kind kind = Kind::SequenceEnd;
    /// OfflinePoint: the plan step that took the file offline; -1 = before the plan (a failure).
    int offlineStep = -1;
    /// OfflinePoint: lastLsn of the first log backup taken after the file went offline; null = none yet.
    Lsn lsn;
};

} // namespace rd
