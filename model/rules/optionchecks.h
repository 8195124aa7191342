// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/rules/checkcontext.h"

namespace rd {

/// Checks of single RESTORE statements and their WITH options (docs/rules.md), using the
/// simulator's state only to tell an online restore step (the database ONLINE before it):
///  - R-OPT-001: REPLACE switches off safety checks (always a warning);
///  - R-OPT-003: MOVE: one MOVE per logical file, no two files at one path, and on RESTORE LOG only
///    files added (ADD_FILE events) during the interval the log covers;
///  - R-OPT-004: MAXTRANSFERSIZE below the backup's with FILESTREAM or memory-optimized data;
///  - R-PIT-005: STOPATMARK/STOPBEFOREMARK with a mark name on RESTORE DATABASE;
///  - R-REC-004: KEEP_REPLICATION/KEEP_CDC with NORECOVERY; RESTRICTED_USER on a non-recovering step;
///  - R-FILE-001: SIMPLE model, FILE/FILEGROUP restore of PRIMARY or read/write data without PARTIAL;
///  - R-ONL-003 / R-ONL-004: an online restore from a backup missing a media family / a snapshot backup;
///  - R-MOD-008: a backup whose BACKUP failed used in the plan.
namespace OptionChecks {
void run(CheckContext &c);
/// MAXTRANSFERSIZE RESTORE is assumed to use when a step states none, bytes (1 MB, the disk default).
constexpr qint64 DefaultMaxTransferSize = 1048576;
}

} // namespace rd
