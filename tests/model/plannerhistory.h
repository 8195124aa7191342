// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Random backup histories for tst_plannerproperties: fulls (some copy-only or damaged),
// differentials on the latest regular full, log backups with gaps, empty and copy-only ones,
// recovery forks after a restore to a point inside the last log, read-only filegroups and a
// memory-optimized filegroup, marks, sometimes a failure and a tail-log backup at the end. LSNs
// and times grow together, as msdb records them.
#include "model/domain/plantime.h"
#include "model/domain/project.h"
#include "randomnumbers.h"

namespace rd::test {

inline Project randomHistory(Random &r)
{
    Project p;
    p.database.name = QStringLiteral("prop");
    p.database.edition = r.chance(50) ? Edition::Enterprise : Edition::Standard;
    p.database.recoveryModel = RecoveryModel::Full;
    p.database.filegroups << Filegroup{.name = QStringLiteral("PRIMARY"), .files = {DataFile{.name = QStringLiteral("prop_data")}}};
    if (r.chance(50))
        p.database.filegroups << Filegroup{.name = QStringLiteral("prop_mod"), .type = FilegroupType::MemoryOptimizedData,
                                           .files = {DataFile{.name = QStringLiteral("prop_mod_c1")}}};
    const int rows = 1 + r.below(3);
    for (int i = 0; i < rows; ++i) {
        const QString name = QStringLiteral("FG%1").arg(i + 1);
        p.database.filegroups << Filegroup{.name = name, .readOnly = r.chance(25),
                                           .files = {DataFile{.name = name.toLower() + QStringLiteral("_1")}}};
    }
    p.database.logFiles << DataFile{.name = QStringLiteral("prop_log")};
    p.environment.databaseExists = r.chance(50);

    QDateTime t = PlanTime::make(2024, 6, 1, 0, 0);
    quint64 cur = 1000;        // the next LSN the database writes
    quint64 logEnd = 1000;     // where the next regular log backup starts
    QString fork = QStringLiteral("F0000000-0000-0000-0000-000000000000");
    int forks = 0;
    qsizetype lastFullIndex = -1;
    const auto lsn = [](quint64 v) { return Lsn::fromString(QString::number(v)); };
    const auto add = [&](const QString &kind, BackupType type, quint64 first, quint64 last, int minutes) {
        Backup b;
        b.id = QStringLiteral("%1%2").arg(kind).arg(p.backups.size() + 1);
        b.type = type;
        b.start = t;
        b.finish = t.addSecs(type == BackupType::Log ? 10 : 60 * minutes);
        b.firstLsn = lsn(first);
        b.lastLsn = lsn(last);
        b.recoveryForkId = fork;
        b.media = {QStringLiteral("D:\\bk\\%1.bak").arg(b.id)};
        t = b.finish.addSecs(60 * (5 + r.below(30)));
        p.backups << b;
        return p.backups.size() - 1;
    };
    // The first backup is a regular full: the log chain starts there (R-LOG-001).
    const int steps = 8 + r.below(18);
    for (int i = 0; i < steps; ++i) {
        const int what = i == 0 ? 0 : r.below(100);
        if (what < 12) { // a full backup
            const quint64 first = cur;
            cur += 10 + r.below(40);
            const qsizetype k = add(QStringLiteral("full"), BackupType::Full, first, cur, 5 + r.below(10));
            Backup &b = p.backups[k];
            b.checkpointLsn = lsn(first);
            b.backupSetGuid = QStringLiteral("00000000-0000-0000-0000-%1").arg(k, 12, 10, QChar(u'0'));
            b.copyOnly = i > 0 && r.chance(15);
            b.damaged = i > 0 && r.chance(8);
            if (!b.copyOnly)
                lastFullIndex = k;
        } else if (what < 25 && lastFullIndex >= 0) { // a differential on the latest regular full
            const Backup base = p.backups[lastFullIndex];
            const quint64 first = cur;
            cur += 10 + r.below(40);
            const qsizetype k = add(QStringLiteral("diff"), BackupType::Differential, first, cur, 2 + r.below(5));
            Backup &d = p.backups[k];
            d.checkpointLsn = lsn(first);
            d.differentialBaseLsn = base.checkpointLsn;
            d.differentialBaseGuid = base.backupSetGuid;
            d.damaged = r.chance(5);
        } else if (what < 30 && logEnd + 1 < cur && forks < 2) { // a restore to a point inside the last log: a new fork
            const quint64 point = logEnd - 1 - quint64(r.below(int(qMin<quint64>(logEnd - 1000, 40)) + 1));
            const QString next = QStringLiteral("F000000%1-0000-0000-0000-000000000000").arg(++forks);
            cur += 20 + r.below(60);
            // The first log backup after the restore starts where the restored chain's last log did and
            // crosses to the new fork at the point (fork_point_lsn).
            quint64 from = 1000;
            for (const Backup &b : std::as_const(p.backups))
                if (b.isLog() && !b.copyOnly && b.firstLsn <= lsn(point) && lsn(point) < b.lastLsn)
                    from = b.firstLsn.toString().toULongLong();
            if (from >= point)
                continue;
            const qsizetype k = add(QStringLiteral("log"), BackupType::Log, from, cur, 0);
            p.backups[k].lastRecoveryForkId = next;
            p.backups[k].forkPointLsn = lsn(point);
            fork = next;
            logEnd = cur;
        } else if (what < 35) { // a read-only switch or a mark
            if (r.chance(50) && rows > 0) {
                TimelineEvent e;
                e.kind = EventKind::SetReadOnly;
                e.at = t;
                e.filegroup = QStringLiteral("FG%1").arg(1 + r.below(rows));
                p.events << e;
            } else {
                TimelineEvent e;
                e.kind = EventKind::Mark;
                e.at = t;
                e.lsn = lsn(cur);
                e.name = QStringLiteral("m%1").arg(i);
                p.events << e;
                cur += 1;
            }
            t = t.addSecs(60);
        } else { // a log backup
            cur += 5 + r.below(60);
            const int kind = r.below(100);
            if (kind < 5) { // a log backup that is lost: a gap
                logEnd = cur;
            } else if (kind < 10) { // an empty log backup
                add(QStringLiteral("log"), BackupType::Log, logEnd, logEnd, 0);
            } else if (kind < 16) { // a copy-only log: does not move the chain (R-LOG-007)
                const qsizetype k = add(QStringLiteral("log"), BackupType::Log, logEnd, cur, 0);
                p.backups[k].copyOnly = true;
            } else {
                const qsizetype k = add(QStringLiteral("log"), BackupType::Log, logEnd, cur, 0);
                p.backups[k].damaged = kind < 19;
                logEnd = cur;
            }
        }
    }
    if (r.chance(20)) { // the history ends with a tail-log backup taken after a failure
        TimelineEvent failure;
        failure.kind = EventKind::Failure;
        failure.at = t;
        failure.wholeDatabase = true;
        p.events << failure;
        t = t.addSecs(600);
        const qsizetype k = add(QStringLiteral("tail"), BackupType::Log, logEnd, cur + 5, 0);
        p.backups[k].tailLog = true;
    }
    return p;
}

} // namespace rd::test
