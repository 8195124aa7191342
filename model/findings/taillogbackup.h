// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/project.h"
#include "model/findings/projectedit.h"

#include <optional>

namespace rd {

/// The tail-log backup a fix adds to the history when the plan must take one (R-TAIL-001,
/// R-TAIL-003: "back up the tail of the log … before restoring", tail-log-backups-sql-server.md).
namespace TailLogBackup {

/// A LOG backup marked as the tail (backupset type L, taken WITH NORECOVERY), id
/// `<database>_tail_log` made unique in `project`. It starts half an hour after the latest backup
/// or FAILURE event, on a whole minute, and lasts 10 seconds. Its one device sits beside the
/// latest backup's first device (same folder or URL prefix, same scheme), file `<id>.trn`, made
/// unique among the history's devices; position 1. When the latest log backup carries an
/// imported lastLsn, the tail continues it (firstLsn = that lastLsn, lastLsn one log block
/// further), since derived LSNs do not mix with imported ones (docs/lsn-derivation.md); otherwise
/// both are left to the derivation. nullopt when no backup of the history names a device: there
/// is nothing to name the tail's device after, and a placeholder is never written.
std::optional<Backup> suggested(const Project &project);

/// The fix that takes the tail: suggested() added to the history and `step` (a BACKUP LOG step,
/// by default PlanSteps::tailLogBackup()) naming it inserted at `at`, as one edit. Invalid when
/// suggested() has none: a fix never inserts a BACKUP LOG whose script would need a placeholder.
ProjectEdit takeAt(const Project &project, int at);

/// The words of takeAt()'s fix (`at` 0-based, counted from 1 in the text): the backup and device it
/// adds, or, when it has none, what the user must draw on the timeline first.
QString fixText(const Project &project, int at);

} // namespace TailLogBackup

} // namespace rd
