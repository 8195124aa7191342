// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A small history worked by hand, shared by the tests of Plan for… (tst_planfor) and of the
// backups a plan leaves out (tst_timelinedimming).
#include "model/domain/plantime.h"
#include "model/domain/project.h"

namespace rd::test {

inline Backup backup(const QString &id, BackupType type, int hour, int minute, const char *first, const char *last)
{
    Backup b;
    b.id = id;
    b.type = type;
    b.start = PlanTime::make(2026, 11, 30, hour, minute);
    b.finish = b.start.addSecs(60);
    b.firstLsn = Lsn::fromString(QString::fromLatin1(first));
    b.lastLsn = Lsn::fromString(QString::fromLatin1(last));
    b.media = {QStringLiteral("\\\\backupsrv\\sql\\shop\\%1.bak").arg(id)};
    return b;
}

/// A hand-made history of one database (PRIMARY, sales, archive) in FULL recovery: a full at 01:00
/// (LSNs 1000…2000), logs at 01:15 (900…3000) and 01:30 (3000…4000), a differential of the full
/// at 02:00 (3800…4500, base the full's checkpoint 1000), logs at 02:15 (4000…5000) and 02:30
/// (5000…6000). To the end of the log the chain is the full, the differential and the two logs
/// after it; the logs of 01:15 and 01:30 are covered by the differential.
inline Project handMadeHistory()
{
    Project p;
    p.database.name = QStringLiteral("shop");
    for (const char *name : {"PRIMARY", "sales", "archive"}) {
        Filegroup fg;
        fg.name = QLatin1String(name);
        fg.files.append({fg.name + QStringLiteral("_1"), QStringLiteral("d:\\data\\%1.ndf").arg(fg.name), 8 << 20});
        p.database.filegroups.append(fg);
    }
    p.database.logFiles.append({QStringLiteral("shop_log"), QStringLiteral("l:\\log\\shop.ldf"), 8 << 20});
    Backup full = backup(QStringLiteral("full"), BackupType::Full, 1, 0, "1000", "2000");
    full.checkpointLsn = Lsn::fromString(u"1000");
    full.databaseBackupLsn = Lsn::fromString(u"0");
    p.backups << full << backup(QStringLiteral("log1"), BackupType::Log, 1, 15, "900", "3000")
              << backup(QStringLiteral("log2"), BackupType::Log, 1, 30, "3000", "4000");
    Backup diff = backup(QStringLiteral("diff"), BackupType::Differential, 2, 0, "3800", "4500");
    diff.checkpointLsn = Lsn::fromString(u"3800");
    diff.databaseBackupLsn = Lsn::fromString(u"1000");
    diff.differentialBaseLsn = Lsn::fromString(u"1000");
    p.backups << diff << backup(QStringLiteral("log3"), BackupType::Log, 2, 15, "4000", "5000")
              << backup(QStringLiteral("log4"), BackupType::Log, 2, 30, "5000", "6000");
    TimelineEvent mark;
    mark.kind = EventKind::Mark;
    mark.name = QStringLiteral("price_update");
    mark.at = PlanTime::make(2026, 11, 30, 2, 20);
    p.events << mark;
    return p;
}

} // namespace rd::test
