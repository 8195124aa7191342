// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/domain/project.h"

namespace rd {

qsizetype Project::backupIndex(const QString &id) const
{
    for (qsizetype i = 0; i < backups.size(); ++i)
        if (backups[i].id == id)
            return i;
    return -1;
}

const Backup *Project::backup(const QString &id) const
{
    const qsizetype i = backupIndex(id);
    return i < 0 ? nullptr : &backups[i];
}

QString Project::uniqueBackupId(const QString &base) const
{
    QString id = base;
    for (int n = 2; backupIndex(id) >= 0; ++n)
        id = QStringLiteral("%1_%2").arg(base).arg(n);
    return id;
}

qsizetype Project::planIndex(const QString &name) const
{
    for (qsizetype i = 0; i < plans.size(); ++i)
        if (plans[i].name == name)
            return i;
    return -1;
}

} // namespace rd
