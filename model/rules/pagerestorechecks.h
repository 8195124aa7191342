// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/rules/checkcontext.h"

namespace rd {

/// Checks of RESTORE … PAGE lists that need no simulation (docs/relational-databases/backup-restore/
/// restore-pages-sql-server.md, "Limitations and Restrictions"; docs/validation-choices.md, "Page restore"):
///  - R-PAGE-001: every "file:page" entry names a restorable page: a numeric pair (4350) of a data
///    file of the layout (PageList's file IDs), not the log, a FILESTREAM or memory-optimized
///    container, a file boot page (page 0), the database boot page (1:9), a GAM/SGAM/PFS page
///    (3111), nor a page past the file's end (3194). The simulator refuses such a statement.
///  - R-FILE-004: a damaged log rules out a page restore as it does a file restore (TailChecks
///    reports file and partial restores).
namespace PageRestoreChecks {
/// Appends its findings to c.out.
void run(CheckContext &c);
}

} // namespace rd
