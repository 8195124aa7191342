// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/planstep.h"

/// How plan steps read in the designer's tables: close to the T-SQL they become.
namespace rd::StepText {

/// "RESTORE DATABASE", "RESTORE LOG" … (the statement keyword).
QString statement(const PlanStep &step);
/// "FILEGROUP = PRIMARY, imoltp_mod", "FILE = imoltp_secondary", "READ_WRITE_FILEGROUPS",
/// "(whole backup)", or "(recovery only)" for a RESTORE without a backup.
QString targets(const PlanStep &step);
/// The same without keywords, for narrow tables: "PRIMARY, imoltp_mod", "file imoltp_secondary".
QString compactTargets(const PlanStep &step);
/// The WITH options: "PARTIAL, NORECOVERY", "RECOVERY (default)", "STOPAT = …".
QString options(const PlanStep &step);
/// One line: "RESTORE DATABASE … FROM imoltp_primary_mod WITH PARTIAL, NORECOVERY".
QString summary(const PlanStep &step);

} // namespace rd::StepText
