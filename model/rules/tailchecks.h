// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/rules/checkcontext.h"

namespace rd {

/// Tail-log rules (R-TAIL-…, docs/rules.md) that need only the plan, the timeline and the
/// simulator's database state before each step:
///  - R-TAIL-001: overwriting an existing FULL/BULK_LOGGED database needs a tail-log backup first
///    (RestoreEnvironment::databaseExists), unless the first RESTORE says REPLACE or STOPAT;
///  - R-TAIL-006 (info): no tail is needed when the recovery point lies inside an earlier log backup;
///  - R-TAIL-002: a tail-log backup of an ONLINE database without NORECOVERY;
///  - R-TAIL-004: NO_TRUNCATE / CONTINUE_AFTER_ERROR on a healthy database; incomplete metadata (info);
///  - R-TAIL-005: a tail-log backup that cannot be taken (OFFLINE/EMERGENCY, damaged log, bulk-logged
///    changes with a data file missing);
///  - R-FILE-004: a damaged log rules out a file or partial restore into the existing database.
namespace TailChecks {
void run(CheckContext &c);
}

} // namespace rd
