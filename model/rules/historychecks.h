#pragma once

#include "model/domain/project.h"
#include "model/findings/diagnostic.h"

namespace rd {

class HistoryIndex;

/// Checks of the backup history itself, independent of any plan (step = -1 in the findings):
/// R-MOD-001 (PRIMARY and the memory-optimized filegroup backed up together), R-LOG-001 (log
/// backups only under FULL/BULK_LOGGED and after a full backup), R-REF-001 (names a backup
/// scope or event uses must exist in the layout), and first the names SQL Server cannot take
/// (R-NAME-001..003, NameChecks).
namespace HistoryChecks {
/// What run() finds: the findings, and whether one is about a backup (from a check of one backup;
/// an id may be empty, so the findings themselves cannot tell).
struct Result
{
    QList<Diagnostic> findings;
    bool aboutBackups = false;
};

/// The findings for the history `index` describes (index.source()). `previousIndex` and
/// `previous` (both or neither): the index `index` was built from and what run() found in its
/// history. When that holds no finding about a backup, and the edit between them changed neither
/// the layout, the events nor a full backup, only the backups the edit changed are checked
/// (HistoryIndex::changeFromPrevious): the others, unchanged, still have none.
Result run(const HistoryIndex &index, const HistoryIndex *previousIndex = nullptr, const Result *previous = nullptr);
}

} // namespace rd
