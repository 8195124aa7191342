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
/// The findings for the history `index` describes (index.source()).
QList<Diagnostic> run(const HistoryIndex &index);
}

} // namespace rd
