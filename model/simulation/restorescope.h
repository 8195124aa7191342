// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/simulation/filecatalog.h"
#include "model/simulation/timelinehistory.h"

namespace rd {

class HistoryIndex;

/// What a backup contains and what a RESTORE step targets, as sets of catalog files.
namespace RestoreScope {

/// The files a backup holds: FULL/DIFFERENTIAL the whole database; PARTIAL and its differential
/// PRIMARY plus every filegroup read/write when it was taken plus those it lists (R-RO-006);
/// FILE/FILE_DIFFERENTIAL the filegroups and files it names; LOG none.
/// When `backup` is an element of `index.backups()`, its scope is computed once per index.
FileCatalog::FileSet ofBackup(const HistoryIndex &index, const Backup &backup);
/// The same, always computed; `catalog` and `history` are those of `project` (HistoryIndex uses
/// it to fill its memo).
FileCatalog::FileSet computeOfBackup(const FileCatalog &catalog, const Project &project,
                                     const TimelineHistory &history, const Backup &backup);

/// The files a RESTORE DATABASE step restores: its FILE/FILEGROUP/READ_WRITE_FILEGROUPS targets,
/// plus PRIMARY when PARTIAL (R-PIECE-004); with no targets, no PARTIAL and no PAGE list, the whole
/// backup (a PAGE list alone restores no file whole: PageRestore).
/// `backup` may be null (recovery-only step). Names not in the layout go to *unknown.
FileCatalog::FileSet ofStep(const HistoryIndex &index, const PlanStep &step, const Backup *backup,
                            QStringList *unknown = nullptr);

} // namespace RestoreScope
} // namespace rd
