// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/project.h"
#include "model/findings/diagnostic.h"
#include "model/rules/historysummary.h"

namespace rd {

class HistoryIndex;

/// Checks of the backup history itself, independent of any plan (step = -1 in the findings):
/// R-MOD-001 (PRIMARY and the memory-optimized filegroup backed up together), R-LOG-001 (log
/// backups only under FULL/BULK_LOGGED and after a full backup), R-REF-001 (names a backup
/// scope or event uses must exist in the layout), and first the names SQL Server cannot take
/// (R-NAME-001..003, NameChecks).
namespace HistoryChecks {
/// R-LOG-001: the earliest regular (not copy-only) full backups, so each log backup is checked in
/// O(1): by firstLsn among those with a lastLsn, by start among those without, by start overall;
/// and the earliest copy-only full backup that did not fail (the fix when it comes first).
struct EarliestFulls
{
    Lsn firstFullLsn;
    bool anyFullWithLsn = false;
    QDateTime firstFullStartWithoutLsn;
    QDateTime firstFullStart;
    qsizetype firstCopyOnlyFull = -1; ///< its position in the history, or -1

    bool operator==(const EarliestFulls &) const = default;
};

/// What run() finds: the findings, whether one is about a backup (from a check of one backup; an
/// id may be empty, so the findings themselves cannot tell), and the earliest full backups.
struct Result
{
    QList<Diagnostic> findings;
    bool aboutBackups = false;
    EarliestFulls fulls;
};

/// The findings for the history `index` describes (index.source()), whose summary is `summary`.
/// `previousIndex` and `previous` (both or neither): the index `index` was built from and what
/// run() found in its history. When the edit between them changed no full backup, the earliest
/// full backups are lent from it. When they are the same as before (lent, or found again after an
/// edit of a later full backup), the history held no finding about a backup, and the edit changed
/// neither the layout nor the events, only the backups the edit changed are checked
/// (HistoryIndex::changeFromPrevious): the others, unchanged, still have none.
Result run(const HistoryIndex &index, const HistorySummary &summary, const HistoryIndex *previousIndex = nullptr,
           const Result *previous = nullptr);
}

} // namespace rd
