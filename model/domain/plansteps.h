// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/backup.h"
#include "model/domain/filegroup.h"
#include "model/domain/planstep.h"

namespace rd {

/// The plan steps the designer and the fixes write, built in one place (plan-format.md, "steps").
/// Fields a builder does not name keep PlanStep's defaults.
namespace PlanSteps {

/// RESTORE LOG (a log backup) or RESTORE DATABASE FROM `backup` WITH `recovery`. A FILE or
/// FILE_DIFFERENTIAL backup's step names its filegroups and files (FILEGROUP = / FILE =); any
/// other backup is restored as a whole.
PlanStep restoreOf(const Backup &backup, RecoveryOption recovery);

/// BACKUP LOG … TO `backupId` WITH NORECOVERY: the tail-log backup that leaves the database
/// RESTORING before it is restored over (R-TAIL-001). An empty `backupId` names no backup yet:
/// the user draws it on the timeline (docs/validation-choices.md, "A tail-log backup step").
PlanStep tailLogBackup(const QString &backupId = {});

/// RESTORE DATABASE … WITH RECOVERY, restoring nothing: recovers what the steps before restored.
PlanStep recoveryOnly();

/// `step` with `filegroup` in its FILEGROUP list (`on`) or not; unchanged when it already is (or
/// is not). Names compare case-insensitively, as in SQL Server. Adding orders the list as `layout`
/// orders its filegroups (as SSMS scripts FILEGROUP clauses), then the names `layout` does not
/// have, in their order; with an empty `layout` the name is appended.
PlanStep withFilegroupToggled(const PlanStep &step, const QString &filegroup, bool on,
                              const QList<Filegroup> &layout = {});

} // namespace PlanSteps

} // namespace rd
