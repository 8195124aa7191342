// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/rules/checkcontext.h"

namespace rd {

/// Checks of the backup history on the timeline, independent of the plan's steps (step = -1):
///  - R-BAK-001: SIMPLE model file backups (PRIMARY: error; read/write data: warning);
///  - R-BAK-002: a FILE backup listing every read/write filegroup is not a partial backup (flagged
///    where that matters: under SIMPLE, or as the would-be base of a differential partial backup);
///  - R-BAK-003: a differential without an earlier base of its scope; DIFFERENTIAL with COPY_ONLY;
///  - R-BAK-004: backups of data a FAILURE event damaged before they were taken;
///  - R-BAK-006: backups overlapping an ADD_FILE / REMOVE_FILE event;
///  - R-RO-005: PRIMARY marked read-only;
///  - R-FILE-010: file backups standing in for a full backup that do not cover every file, or
///    whose log backups do not span them.
/// The differential rules R-DIFF-005..009 are in differentialchecks.h.
namespace BackupChecks {
void run(CheckContext &c);
}

/// Helpers shared by the history checks.
namespace HistoryScope {
/// Filegroups a FILE / FILE_DIFFERENTIAL backup names, directly or through one of their files.
QList<int> namedFilegroups(const CheckContext &c, const Backup &b);
/// Not copy-only and not failed: a backup that moves differential bases and log chains.
inline bool regular(const Backup &b) { return !b.copyOnly && !b.failed; }
}

} // namespace rd
