// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The plan steps the model tests write, named after the statement they stand for
// (plan-format.md, "steps"). Fields a test does not name keep PlanStep's defaults.

#include "model/domain/plansteps.h"

namespace rd::test {

/// RESTORE DATABASE FROM `backup` [FILEGROUP = …] [WITH PARTIAL].
inline PlanStep restore(const char *backup, RecoveryOption r, QStringList filegroups = {}, bool partial = false)
{
    PlanStep s;
    s.statement = StepStatement::RestoreDatabase;
    s.backup = QString::fromLatin1(backup);
    s.filegroups = filegroups;
    s.partial = partial;
    s.recovery = r;
    return s;
}

/// RESTORE DATABASE FILE = … [FILEGROUP = …] FROM `backup`.
inline PlanStep restoreFiles(const char *backup, RecoveryOption r, QStringList files, QStringList filegroups = {})
{
    PlanStep s = restore(backup, r, filegroups);
    s.files = files;
    return s;
}

/// RESTORE LOG FROM `backup`.
inline PlanStep restoreLog(const QString &backup, RecoveryOption r = RecoveryOption::NoRecovery)
{
    PlanStep s;
    s.statement = StepStatement::RestoreLog;
    s.backup = backup;
    s.recovery = r;
    return s;
}

inline PlanStep restoreLog(const char *backup, RecoveryOption r = RecoveryOption::NoRecovery)
{
    return restoreLog(QString::fromLatin1(backup), r);
}

/// BACKUP LOG TO `backup` [WITH NORECOVERY] (a tail-log backup when it is the last one).
inline PlanStep backupLog(const char *backup, bool norecovery = false)
{
    PlanStep s = PlanSteps::tailLogBackup(QString::fromLatin1(backup));
    s.norecovery = norecovery;
    return s;
}

/// RESTORE DATABASE … WITH RECOVERY, restoring nothing.
inline PlanStep recoverOnly()
{
    return PlanSteps::recoveryOnly();
}

} // namespace rd::test
