// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/simulation/historyindex.h"

namespace rd {

/// Which backup a differential is based on (R-DIFF-001, R-DIFF-003, R-DIFF-004, contradiction C-3).
/// `backups` are the project's backups with derived LSNs (HistoryIndex::backups()).
namespace DifferentialBase {

struct Sources
{
    const HistoryIndex &index;
    const BackupList &backups; ///< index.backups()
};

/// The id of the base of differential `d` for data file `file`, empty when the history does not
/// hold it. In order (docs/validation-choices.md, C-3):
///  1. by GUID: the data backup whose backupSetGuid equals d.differentialBaseGuid;
///  2. by LSN: a regular data backup holding the file whose checkpointLsn or firstLsn equals
///     d.differentialBaseLsn (documents say FirstLSN, tools CheckpointLSN);
///  3. by time: the latest regular full, partial or file backup holding the file taken before d
///     (a file backup resets its files' differential base).
QString of(const Sources &s, const Backup &d, int file);
/// Rule 1 alone: the id of the full, partial or file backup whose backupSetGuid equals
/// d.differentialBaseGuid; empty when d has none or the history does not hold that backup.
QString byGuid(const BackupList &backups, const Backup &d);

/// msdb records a multi-based differential with differential_base_guid and differential_base_lsn
/// NULL (backupset-transact-sql.md). The plan format has no per-file base GUIDs (backupfile), so a
/// differential that carries its own backupSetGuid (imported) but neither base field is taken as
/// multi-based; its per-file bases come from rule 3 above (R-DIFF-004).
bool isMultiBased(const Backup &d);

/// When the time rule (3) decides: the start of the first regular data backup after `d` that
/// holds one of `files` (it resets their base); invalid = none.
QDateTime nextReset(const Sources &s, const Backup &d, const FileCatalog::FileSet &files);

/// Do `older` and `newer` (taken later) share their base for the files `reset` was computed for?
/// By GUID or by LSN when `older` records one, else by time order.
bool sameBase(const Backup &older, const Backup &newer, const QDateTime &reset);

} // namespace DifferentialBase
} // namespace rd
