// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/rules/checkcontext.h"

namespace rd {

/// Differential backups on the timeline (step = -1 in the findings). A differential's base is
/// found as in docs/validation-choices.md (C-3): the backup whose backupSetGuid is its
/// differentialBaseGuid, else by time (the latest regular full, partial or file backup holding
/// each file, taken before it).
///  - R-DIFF-005: multi-based differentials under SIMPLE; a differential partial backup whose base
///    is not exactly one partial backup;
///  - R-DIFF-006: SIMPLE model differential file backups of PRIMARY or read/write data;
///  - R-DIFF-007: database and file differentials mixed on one database;
///  - R-DIFF-008: a filegroup's read-only status changed between a partial base and its differential;
///  - R-DIFF-009: differentials of a READ_ONLY database whose base the history cannot confirm.
namespace DifferentialChecks {
void run(CheckContext &c);
}

} // namespace rd
