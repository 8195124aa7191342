// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tests/benchmarks/syntheticproject.h"

#include "model/domain/plansteps.h"
#include "model/domain/plantime.h"

#include <QUuid>

#include <algorithm>

#if defined(__unix__)
#include <sys/resource.h>
#endif

namespace rd::bench {
namespace {

constexpr int RegularPerHour = 14; // 1 data + 1 file + 12 logs
constexpr int FinalHourCount = 13; // differential, 6 logs, file, 4 logs, tail-log
constexpr int ReadWriteCount = 38;
constexpr int ReadOnlyCount = 160;
constexpr int FileBackupFirst = 21; // rw_021… are backed up by FILE backups (their differential base moves)

const QDateTime &origin()
{
    static const QDateTime t0 = PlanTime::make(2025, 1, 5, 0, 0); // a Sunday
    return t0;
}

QString numbered(const char *prefix, int n)
{
    return QStringLiteral("%1_%2").arg(QLatin1String(prefix)).arg(n, 3, 10, QLatin1Char('0'));
}

/// The log position at `t`: ~12 KB of log per second, 64 MB virtual log files, 512-byte blocks,
/// written as msdb shows an LSN: <VLF sequence><10-digit block><5-digit slot>.
Lsn lsnAt(const QDateTime &t)
{
    const qint64 seconds = origin().secsTo(t);
    const qint64 bytes = 7'340'032 + seconds * 12'345;
    const qint64 vlfSize = 64LL * 1024 * 1024;
    const qint64 vlf = 41 + bytes / vlfSize;
    const qint64 block = (bytes % vlfSize) / 512;
    const qint64 slot = 1 + seconds % 37;
    return Lsn::fromString(QStringLiteral("%1%2%3")
                               .arg(vlf)
                               .arg(block, 10, 10, QLatin1Char('0'))
                               .arg(slot, 5, 10, QLatin1Char('0')));
}

QString guidOf(const QString &id)
{
    static const QUuid ns = QUuid::fromString(QLatin1String("{6ba7b811-9dad-11d1-80b4-00c04fd430c8}"));
    return QUuid::createUuidV5(ns, id).toString(QUuid::WithoutBraces);
}

Database layout()
{
    Database db;
    db.name = QStringLiteral("bench");
    db.edition = Edition::Enterprise;
    db.recoveryModel = RecoveryModel::Full;
    auto file = [](const QString &name, const char *ext, qint64 size) {
        return DataFile{name, QStringLiteral("D:\\data\\%1.%2").arg(name, QLatin1String(ext)), size};
    };
    Filegroup primary{QStringLiteral("PRIMARY"), FilegroupType::Rows, false, {}, false};
    primary.files = {file(QStringLiteral("bench_primary1"), "mdf", 8LL << 30), file(QStringLiteral("bench_primary2"), "ndf", 8LL << 30)};
    db.filegroups << primary;
    Filegroup mod{QStringLiteral("bench_mod"), FilegroupType::MemoryOptimizedData, false, {}, false};
    mod.files = {DataFile{QStringLiteral("bench_mod1"), QStringLiteral("E:\\imoltp\\bench_mod1"), 0},
                 DataFile{QStringLiteral("bench_mod2"), QStringLiteral("E:\\imoltp\\bench_mod2"), 0}};
    db.filegroups << mod;
    for (int i = 1; i <= ReadWriteCount + ReadOnlyCount; ++i) {
        const bool readOnly = i > ReadWriteCount;
        const int n = readOnly ? i - ReadWriteCount : i;
        Filegroup fg{numbered(readOnly ? "ro" : "rw", n), FilegroupType::Rows,
                     readOnly && n <= 150, {}, false}; // ro_151… become read-only by an event
        for (int f = 1; f <= 1 + i % 3; ++f)
            fg.files << file(QStringLiteral("%1_%2").arg(fg.name).arg(f), "ndf", qint64(4 + f) << 30);
        db.filegroups << fg;
    }
    db.logFiles << file(QStringLiteral("bench_log"), "ldf", 64LL << 30);
    return db;
}

struct HistoryBuilder
{
    Project &p;
    Backup lastFull;     ///< the last regular full backup (differential base)
    Lsn chainEnd;        ///< the last regular log backup's lastLsn
    QString idPrefix;
    int serial = 0;

    Backup &add(BackupType type, const char *prefix, const QDateTime &start, qint64 seconds, qint64 size)
    {
        Backup b;
        b.id = QStringLiteral("%1%2_%3").arg(idPrefix, QLatin1String(prefix)).arg(++serial, 6, 10, QLatin1Char('0'));
        b.type = type;
        b.start = start;
        b.finish = start.addSecs(seconds);
        b.recoveryForkId = QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7");
        b.backupSetGuid = guidOf(b.id);
        b.softwareVersion = QStringLiteral("16.0.4135.4");
        b.media << QStringLiteral("\\\\backup01\\sql\\bench\\%1.%2").arg(b.id, type == BackupType::Log ? QLatin1String("trn") : QLatin1String("bak"));
        b.sizeBytes = size;
        if (type == BackupType::Log) {
            b.firstLsn = chainEnd.isNull() ? lastFull.firstLsn : chainEnd;
            b.lastLsn = lsnAt(b.finish);
            b.checkpointLsn = lsnAt(start.addSecs(-60));
            chainEnd = b.lastLsn;
        } else {
            b.firstLsn = b.checkpointLsn = lsnAt(start);
            b.lastLsn = lsnAt(b.finish);
        }
        b.databaseBackupLsn = lastFull.checkpointLsn;
        p.backups.append(b);
        return p.backups.last();
    }
    void full(const QDateTime &t, bool copyOnly)
    {
        Backup &b = add(BackupType::Full, copyOnly ? "copy" : "full", t, 1200, 210LL << 30);
        b.copyOnly = copyOnly;
        if (!copyOnly)
            lastFull = b;
    }
    void differential(const QDateTime &t, int hoursSinceFull)
    {
        Backup &b = add(BackupType::Differential, "diff", t, 120, (1LL << 30) + hoursSinceFull * (96LL << 20));
        b.differentialBaseLsn = lastFull.checkpointLsn;
        b.differentialBaseGuid = lastFull.backupSetGuid;
    }
    void fileBackup(const QDateTime &t)
    {
        Backup &b = add(BackupType::File, "file", t, 60, 24LL << 30);
        for (int i = FileBackupFirst; i <= ReadWriteCount; ++i)
            b.filegroups << numbered("rw", i);
    }
    void log(const QDateTime &t) { add(BackupType::Log, "log", t, 10, 48LL << 20); }
};

Plan piecemealPlan(const Project &p)
{
    const Backup *full = nullptr, *diff = nullptr, *file = nullptr, *tail = nullptr;
    QList<const Backup *> logs;
    for (const Backup &b : p.backups) {
        if (b.type == BackupType::Full && !b.copyOnly)
            full = &b, diff = nullptr;
        else if (b.type == BackupType::Differential)
            diff = &b;
        else if (b.type == BackupType::File)
            file = &b;
        else if (b.isLog() && b.tailLog)
            tail = &b;
        else if (b.isLog())
            logs << &b;
    }
    auto restore = [](StepStatement statement, const Backup *b, RecoveryOption recovery) {
        PlanStep s;
        s.statement = statement;
        s.backup = b ? b->id : QString();
        s.recovery = recovery;
        return s;
    };
    // The logs from the one holding `lsn` to the last, then the tail: the roll-forward after a data backup.
    auto rollForward = [&](const Lsn &lsn, QList<PlanStep> &steps) {
        for (const Backup *l : std::as_const(logs))
            if (lsn < l->lastLsn)
                steps << restore(StepStatement::RestoreLog, l, RecoveryOption::NoRecovery);
        steps << restore(StepStatement::RestoreLog, tail, RecoveryOption::Recovery);
    };

    Plan plan;
    plan.name = QStringLiteral("Online piecemeal restore after losing PRIMARY");
    PlanStep tailLog = PlanSteps::tailLogBackup(tail->id);
    tailLog.noTruncate = true;
    plan.steps << tailLog;

    QStringList stage1{QStringLiteral("PRIMARY"), QStringLiteral("bench_mod")};
    for (int i = 1; i < FileBackupFirst; ++i)
        stage1 << numbered("rw", i);
    PlanStep partial = restore(StepStatement::RestoreDatabase, full, RecoveryOption::NoRecovery);
    partial.filegroups = stage1;
    partial.partial = true;
    plan.steps << partial;
    PlanStep differential = restore(StepStatement::RestoreDatabase, diff, RecoveryOption::NoRecovery);
    differential.filegroups = stage1;
    plan.steps << differential;
    rollForward(diff->lastLsn, plan.steps);

    PlanStep stage2 = restore(StepStatement::RestoreDatabase, file, RecoveryOption::NoRecovery);
    stage2.filegroups = file->filegroups;
    plan.steps << stage2;
    rollForward(file->lastLsn, plan.steps);

    for (int half = 0; half < 2; ++half) {
        PlanStep archive = restore(StepStatement::RestoreDatabase, full, RecoveryOption::Recovery);
        for (int i = 1 + half * ReadOnlyCount / 2; i <= (half + 1) * ReadOnlyCount / 2; ++i)
            archive.filegroups << numbered("ro", i);
        plan.steps << archive;
    }
    return plan;
}

} // namespace

Project syntheticProject(int backupCount, int variant)
{
    Project p;
    p.description = QStringLiteral("Synthetic benchmark project: %1 backups over 200 filegroups.").arg(backupCount);
    p.database = layout();
    HistoryBuilder h{p, {}, {}, variant > 0 ? QStringLiteral("v%1_").arg(variant) : QString(), 0};
    const int hours = qMax(1, (backupCount - FinalHourCount) / RegularPerHour);
    const int padding = qMax(0, backupCount - FinalHourCount - hours * RegularPerHour);
    p.backups.reserve(backupCount);

    auto logsBetween = [&](const QDateTime &hour, int fromMinute, int toMinute) {
        for (int m = fromMinute; m <= toMinute; m += 5)
            h.log(hour.addSecs(m * 60));
    };
    for (int hour = 0; hour <= hours; ++hour) {
        const QDateTime t = origin().addSecs(qint64(hour) * 3600);
        if (hour % 168 == 0)
            h.full(t.addSecs(30), false);
        else
            h.differential(t.addSecs(30), hour % 168);
        logsBetween(t, 5, 30);
        h.fileBackup(t.addSecs(30 * 60 + 30));
        if (hour == hours) { // the last hour: the disaster at :51, the tail-log backup at :52
            logsBetween(t, 35, 50);
            TimelineEvent failure;
            failure.kind = EventKind::Failure;
            failure.at = t.addSecs(51 * 60);
            failure.filegroups = {QStringLiteral("PRIMARY")};
            p.events << failure;
            Backup &tail = h.add(BackupType::Log, "tail", t.addSecs(52 * 60), 5, 2LL << 20);
            tail.tailLog = true;
            break;
        }
        logsBetween(t, 35, 40);
        // Ad-hoc COPY_ONLY fulls (refreshes of a test server) make the count exact.
        if (padding > 0 && hour > 0 && hour % qMax(1, hours / padding) == 0 && hour / qMax(1, hours / padding) <= padding)
            h.full(t.addSecs(40 * 60 + 30), true);
        logsBetween(t, 45, 60);
        if (hour % 24 == 23) {
            TimelineEvent mark;
            mark.kind = EventKind::Mark;
            mark.at = t.addSecs(59 * 60);
            mark.lsn = lsnAt(mark.at);
            mark.name = QStringLiteral("eod_%1").arg(mark.at.date().toString(Qt::ISODate));
            p.events << mark;
        }
        if (hour >= 480 && hour < 480 + 10) { // day 20: ro_151… are made read-only, one an hour
            TimelineEvent ro;
            ro.kind = EventKind::SetReadOnly;
            ro.at = t.addSecs(50 * 60);
            ro.lsn = lsnAt(ro.at);
            ro.filegroup = numbered("ro", 151 + hour - 480);
            p.events << ro;
        }
    }
    std::stable_sort(p.events.begin(), p.events.end(),
                     [](const TimelineEvent &a, const TimelineEvent &b) { return a.at < b.at; });
    p.plans << piecemealPlan(p);
    return p;
}

double peakMegabytes()
{
#if defined(__unix__)
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) == 0)
        return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
#endif
    return -1;
}

} // namespace rd::bench
