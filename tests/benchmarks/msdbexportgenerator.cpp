// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tests/benchmarks/msdbexportgenerator.h"

#include <QFile>

#include <cmath>
#include <cstdio>
#include <vector>

namespace rd::bench {
namespace {

const char Header[] =
    "backup_set_id,backup_set_uuid,database_name,server_name,type,is_copy_only,position,backup_start_date,"
    "backup_finish_date,time_zone,first_lsn,last_lsn,checkpoint_lsn,database_backup_lsn,differential_base_lsn,"
    "differential_base_guid,first_recovery_fork_guid,last_recovery_fork_guid,fork_point_lsn,database_guid,family_guid,"
    "recovery_model,software_major_version,software_minor_version,software_build_version,has_bulk_logged_data,"
    "has_incomplete_metadata,is_damaged,is_snapshot,is_readonly,is_force_offline,begins_log_chain,backup_size,"
    "compressed_backup_size,key_algorithm,encryptor_type,media_family_count,family_sequence_number,mirror,"
    "physical_device_name,file_number,logical_name,physical_drive,physical_name,file_type,filegroup_name,state,"
    "is_present,drop_lsn,file_size,backupfile.is_readonly,filegroup_id,backupfilegroup.type,backupfilegroup.is_readonly\r\n";

constexpr qint64 LogStep = 7;        ///< log positions a log backup holds
constexpr qint64 RestoreBack = 400;  ///< how far before the restore the database is restored to

enum class Kind { Full, Diff, Log, CopyFull, CopyLog };

/// A GUID whose last 12 digits are `n` and whose first group says what it is of.
QByteArray guid(const char *first8, qint64 n)
{
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%s-5B7D-4E21-9C44-%012llX", first8, static_cast<unsigned long long>(n));
    return QByteArray(buffer);
}

QByteArray lsn(qint64 position) // <VLF><10-digit block><5-digit slot>, 22 digits: beyond 64 bits
{
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%lld%010lld00001", 1000000 + position / 1000, position % 1000 * 1000);
    return QByteArray(buffer);
}

QByteArray timeText(const QDateTime &t)
{
    const QDate d = t.date();
    const QTime h = t.time();
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d %02d:%02d:%02d.%03d", d.year(), d.month(), d.day(), h.hour(),
                  h.minute(), h.second(), h.msec());
    return QByteArray(buffer);
}

struct DatabaseState
{
    QByteArray name;
    int index = 0;
    QByteArray family, fork1, fork2, binding1, binding2;
    std::vector<QByteArray> files; ///< the backupfile columns of its 4 files, from file_number on
    qint64 logEnd = 1000;          ///< where the log chain is: the next log backup's first position
    qint64 fullId = 0, fullCheckpoint = 0;
    QDate lastDataDay, lastCopyLogDay;
    int lastCopyFullMonth = 0;
    QDateTime restoreAt;
    bool restored = false;
    qint64 forkPoint = -1;          ///< set until the log that spans the fork is written
    bool fullAfterRestore = false;  ///< a full is due right after the restore
};

QByteArray databaseName(int i)
{
    static const char *const names[] = {"sales", "hr", "imoltp", "orders"};
    return i < 4 ? QByteArray(names[i]) : "db" + QByteArray::number(i + 1);
}

} // namespace

std::optional<MsdbExportFacts> MsdbExportGenerator::write(const QString &path, const MsdbExportShape &shape, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = f.errorString();
        return std::nullopt;
    }
    MsdbExportFacts facts;
    const QDateTime begin(shape.firstDay, QTime(0, 0), Qt::UTC);
    facts.midYear = begin.addSecs(qint64(shape.days) * 86400 / 2);
    std::vector<DatabaseState> dbs(size_t(shape.databases));
    for (int i = 0; i < shape.databases; ++i) {
        DatabaseState &d = dbs[size_t(i)];
        d.name = databaseName(i);
        d.index = i;
        d.family = guid("1A2B3C4D", i);
        d.fork1 = guid("5F3E2D1C", 2 * i);
        d.fork2 = guid("5F3E2D1C", 2 * i + 1);
        d.binding1 = guid("7E6D5C4B", 2 * i);
        d.binding2 = guid("7E6D5C4B", 2 * i + 1);
        const QByteArray n = d.name;
        d.files = {"1," + n + "_data,D:\\," + "D:\\data\\" + n + "_data.mdf,D,PRIMARY,0,1,NULL,10737418240,0,1,FG,0",
                   "2," + n + "_log,L:\\," + "L:\\log\\" + n + "_log.ldf,L,NULL,0,1,NULL,2147483648,0,NULL,NULL,NULL",
                   "65537," + n + "_mod1,D:\\," + "D:\\data\\" + n + "_mod1,S," + n + "_mod,0,1,NULL,0,0,2,FX,0",
                   "3," + n + "_sec1,E:\\," + "E:\\data\\" + n + "_sec1.ndf,D," + n + "_secondary,0,1,NULL,21474836480,0,3,FG,0"};
        d.restoreAt = QDateTime(shape.firstDay.addDays(qMin(180 + 7 * i, shape.days - 1)), QTime(10, 0), Qt::UTC);
        facts.databases << QString::fromLatin1(n);
    }
    if (!dbs.empty())
        facts.firstForkRestore = dbs[0].restoreAt;
    const qint64 perDatabase = (shape.backups + shape.databases - 1) / shape.databases;
    const double interval = double(shape.days) * 86400.0 / double(qMax<qint64>(1, perDatabase));
    f.write(Header);
    QByteArray out;
    qint64 id = 0;
    for (qint64 slot = 0; slot < perDatabase && id < shape.backups; ++slot) {
        for (DatabaseState &d : dbs) {
            if (id >= shape.backups)
                break;
            ++id;
            const QDateTime start = begin.addMSecs(qint64(std::llround(double(slot) * interval * 1000.0)) + d.index * 7000);
            const QDate day = start.date();
            const int hour = start.time().hour();
            // What this slot's backup is.
            if (!d.restored && start >= d.restoreAt) {
                // The database was restored to a point some while back: a new recovery fork from there.
                d.restored = true;
                qint64 point = qMax(d.logEnd - RestoreBack, d.fullCheckpoint + 4) + 3;
                if (point >= d.logEnd)
                    point = d.logEnd - 1;
                d.forkPoint = point;
                d.logEnd = point;
                d.fullAfterRestore = true;
            }
            Kind kind = Kind::Log;
            if (d.fullAfterRestore) {
                kind = Kind::Full;
                d.fullAfterRestore = false;
                d.lastDataDay = day;
            } else if ((hour >= 1 && d.lastDataDay != day) || d.fullId == 0) { // a database starts with a full
                kind = day.dayOfWeek() == 7 || d.fullId == 0 ? Kind::Full : Kind::Diff;
                d.lastDataDay = day;
            } else if (day.day() == 15 && hour >= 12 && d.lastCopyFullMonth != day.month()) {
                kind = Kind::CopyFull;
                d.lastCopyFullMonth = day.month();
            } else if (day.dayOfWeek() == 3 && hour >= 13 && d.lastCopyLogDay != day) {
                kind = Kind::CopyLog;
                d.lastCopyLogDay = day;
            }
            const bool log = kind == Kind::Log || kind == Kind::CopyLog;
            const bool full = kind == Kind::Full || kind == Kind::CopyFull;
            // LSN positions: a log backup takes the chain on (a copy-only one reads it, leaving
            // it where it is); a data backup's checkpoint lies within the log not yet backed up.
            qint64 first = 0, last = 0, checkpoint = 0;
            if (kind == Kind::Log) {
                first = d.logEnd;
                last = d.logEnd = d.logEnd + LogStep;
                checkpoint = first;
            } else if (kind == Kind::CopyLog) {
                first = d.logEnd;
                last = d.logEnd + 3;
                checkpoint = first;
            } else {
                first = checkpoint = d.logEnd + 2;
                last = d.logEnd + 4;
            }
            const qint64 databaseBackup = d.fullCheckpoint; // copy-only fulls do not move it
            if (kind == Kind::Full) {
                d.fullId = id;
                d.fullCheckpoint = checkpoint;
            }
            const bool spansFork = kind == Kind::Log && d.forkPoint >= 0;
            const QByteArray &fork = d.restored ? d.fork2 : d.fork1;
            const QByteArray startText = timeText(start);
            const int seconds = kind == Kind::Full || kind == Kind::CopyFull ? 300 : kind == Kind::Diff ? 90 : 3;
            const QByteArray finishText = timeText(start.addSecs(seconds));
            const char type = log ? 'L' : full ? 'D' : 'I';
            const int stripes = kind == Kind::Full ? 4 : kind == Kind::Diff ? 2 : 1;
            QByteArray set = QByteArray::number(id) + ',' + guid("8A1F0C3E", id) + ',' + d.name + ",SQLPROD01," + type + ','
                             + (kind == Kind::CopyFull || kind == Kind::CopyLog ? "1" : "0") + ",1," + startText + ','
                             + finishText + ",4," + lsn(first) + ',' + lsn(last) + ',' + lsn(checkpoint) + ','
                             + (databaseBackup > 0 ? lsn(databaseBackup) : QByteArray("0")) + ','
                             + (kind == Kind::Diff ? lsn(d.fullCheckpoint) + ',' + guid("8A1F0C3E", d.fullId)
                                                   : QByteArray("NULL,NULL"))
                             + ',' + (spansFork ? d.fork1 : fork) + ',' + fork + ','
                             + (spansFork ? lsn(d.forkPoint) : QByteArray("NULL")) + ','
                             + (d.restored ? d.binding2 : d.binding1) + ',' + d.family + ",FULL,16,0,4135,0,0,0,0,0,0,"
                             + "0,"
                             + (log ? "104857600,31457280,NULL,NULL," : "5368709120,1879048192,NULL,NULL,")
                             + QByteArray::number(stripes) + ',';
            if (spansFork)
                d.forkPoint = -1;
            for (int family = 1; family <= stripes; ++family) {
                const QByteArray device = "\\\\backupsrv\\sql\\" + d.name + '\\' + QByteArray::number(id) + '_'
                                          + QByteArray::number(family) + (log ? ".trn" : ".bak");
                const QByteArray prefix = set + QByteArray::number(family) + ",0," + device + ',';
                if (log) {
                    out += prefix + "NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL\r\n";
                    ++facts.rows;
                    continue;
                }
                for (const QByteArray &file : d.files) {
                    out += prefix + file + "\r\n";
                    ++facts.rows;
                }
            }
            if (out.size() > (1 << 20)) {
                f.write(out);
                out.clear();
            }
        }
    }
    f.write(out);
    if (!f.flush()) {
        *error = f.errorString();
        return std::nullopt;
    }
    facts.bytes = f.size();
    return facts;
}

} // namespace rd::bench
