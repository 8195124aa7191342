// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/rules/checkcontext.h"

namespace rd {

/// Checks of the plan's statements that need no simulation: R-REF-001 (references), R-GEN-003,
/// R-GEN-004, R-PIECE-001/002/003/005/006, R-MOD-002, R-PIT-001/002, R-FS-001.
namespace StepChecks {
/// Appends its findings to c.out.
void run(CheckContext &c);
}

} // namespace rd
