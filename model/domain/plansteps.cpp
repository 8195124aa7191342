// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/domain/plansteps.h"

namespace rd::PlanSteps {

PlanStep restoreOf(const Backup &backup, RecoveryOption recovery)
{
    PlanStep step;
    step.statement = backup.isLog() ? StepStatement::RestoreLog : StepStatement::RestoreDatabase;
    step.backup = backup.id;
    if (backup.type == BackupType::File || backup.type == BackupType::FileDifferential) {
        step.filegroups = backup.filegroups;
        step.files = backup.files;
    }
    step.recovery = recovery;
    return step;
}

PlanStep tailLogBackup(const QString &backupId)
{
    PlanStep step;
    step.statement = StepStatement::BackupLog;
    step.backup = backupId;
    step.norecovery = true;
    return step;
}

PlanStep recoveryOnly()
{
    PlanStep step;
    step.statement = StepStatement::RestoreDatabase;
    step.recovery = RecoveryOption::Recovery;
    return step;
}

PlanStep withFilegroupToggled(const PlanStep &step, const QString &filegroup, bool on, const QList<Filegroup> &layout)
{
    if (step.filegroups.contains(filegroup, Qt::CaseInsensitive) == on)
        return step;
    PlanStep toggled = step;
    if (!on) {
        toggled.filegroups.removeIf([&](const QString &fg) { return fg.compare(filegroup, Qt::CaseInsensitive) == 0; });
        return toggled;
    }
    QStringList ordered;
    for (const Filegroup &fg : layout)
        if (fg.name.compare(filegroup, Qt::CaseInsensitive) == 0 || step.filegroups.contains(fg.name, Qt::CaseInsensitive))
            ordered << fg.name;
    for (const QString &other : step.filegroups) // names not in the layout stay too
        if (!ordered.contains(other, Qt::CaseInsensitive))
            ordered << other;
    if (!ordered.contains(filegroup, Qt::CaseInsensitive))
        ordered << filegroup;
    toggled.filegroups = ordered;
    return toggled;
}

} // namespace rd::PlanSteps
