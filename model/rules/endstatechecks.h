// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/rules/checkcontext.h"

namespace rd {

/// What the plan leaves behind, from the simulator's state after its last step:
///  - R-END-001 (warning, Restore Designer's own rule, docs/validation-choices.md): a plan whose
///    last step leaves the database RESTORING is unfinished; nobody can use the database until a
///    RESTORE … WITH RECOVERY runs ("the database is left in the unrecovered state",
///    restore-statements-arguments-transact-sql.md). Not reported when the plan already has an
///    error (a refused statement, a recovery that cannot happen: the error says why the plan fails
///    and the RESTORING end follows from it) nor after R-PIT-004, which already says the stop point
///    leaves the database unrecovered. STANDBY is a finished state by choice. Runs last.
namespace EndStateChecks {
void run(CheckContext &c);
}

} // namespace rd
