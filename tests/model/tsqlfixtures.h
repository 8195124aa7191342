// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Small builders shared by the T-SQL writer's tests.

#include "model/domain/backup.h"

#include <QDateTime>
#include <QStringList>

namespace rd::test {

inline Backup makeBackup(const QString &id, BackupType type, const QDateTime &start, const QStringList &media,
                         const QStringList &filegroups = {})
{
    Backup b;
    b.id = id;
    b.type = type;
    b.start = start;
    b.finish = start.addSecs(60);
    b.media = media;
    b.filegroups = filegroups;
    return b;
}

} // namespace rd::test
