// Benchmark of the msdb history import (issue 11, item 6): writes the export of N backup sets
// (default 100,000; `bench_msdbimport 1000000` for a million) in the shape of
// resources/sql/msdb-backup-history.sql to a temporary file, times MsdbHistoryReader::readFiles on
// it and prints bytes per second and this process's peak memory (target < 1 GB for 1,000,000).
// When sqlite3 is on the PATH it also times `sqlite3 :memory: '.import --csv FILE t'` on the same
// file and prints the ratio (target: the import within 2x). Not run by ctest; Release build.
//
// The history: FULL recovery, a log backup every 15 minutes, a differential every day and a full
// every week, the data backups on two stripes, with 4 files (PRIMARY's data file, the log, the
// memory-optimized container and a secondary data file): so most rows are logs' single rows, as in
// a real msdb, and a data backup has 2 x 4 rows.
#include "model/io/msdbhistoryreader.h"
#include "tests/benchmarks/syntheticproject.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace rd;

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

const char *const Files[] = {
    "1,bench_data,D:\\,D:\\data\\bench_data.mdf,D,PRIMARY,0,1,NULL,10737418240,0,1,FG,0",
    "2,bench_log,L:\\,L:\\log\\bench_log.ldf,L,NULL,0,1,NULL,2147483648,0,NULL,NULL,NULL",
    "3,bench_mod1,D:\\,D:\\data\\bench_mod1,S,bench_mod,0,1,NULL,0,0,2,FX,0",
    "4,bench_sec1,E:\\,E:\\data\\bench_sec1.ndf,D,bench_secondary,0,1,NULL,21474836480,0,3,FG,0",
};

QByteArray uuid(qint64 n)
{
    return QByteArray("8A1F0C3E-5B7D-4E21-9C44-") + QByteArray::number(n, 16).rightJustified(12, '0').toUpper();
}

QByteArray lsn(qint64 position) // <VLF><10-digit block><5-digit slot>, 22 digits: beyond 64 bits
{
    return QByteArray::number(1000000 + position / 1000) + QByteArray::number(position % 1000 * 1000).rightJustified(10, '0')
           + "00001";
}

/// Writes the export of `count` backup sets to `path`; returns its size in bytes.
qint64 writeExport(const QString &path, qint64 count)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return -1;
    f.write(Header);
    const QDateTime begin(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    qint64 lastFullId = 1;
    qint64 lastFullCheckpoint = 0;
    qint64 logEnd = 10;
    QByteArray out;
    for (qint64 i = 0; i < count; ++i) {
        const qint64 id = i + 1;
        const bool full = i % 672 == 0;        // weekly
        const bool diff = !full && i % 96 == 0; // daily
        const char type = full ? 'D' : diff ? 'I' : 'L';
        const QDateTime start = begin.addSecs(i * 900);
        const QByteArray startText = start.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")).toLatin1();
        const QByteArray finishText = start.addSecs(full ? 300 : diff ? 90 : 3).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")).toLatin1();
        qint64 first = 0, last = 0, checkpoint = 0;
        if (type == 'L') {
            first = logEnd;
            last = logEnd = logEnd + 7;
            checkpoint = first;
        } else {
            first = checkpoint = logEnd + 2;
            last = logEnd + 4;
            if (full) {
                lastFullId = id;
                lastFullCheckpoint = checkpoint;
            }
        }
        QByteArray set = QByteArray::number(id) + ',' + uuid(id) + ",bench,SQLPROD01," + type + ",0,1," + startText + ','
                         + finishText + ",4," + lsn(first) + ',' + lsn(last) + ',' + lsn(checkpoint) + ','
                         + (full ? QByteArray("0") : lsn(lastFullCheckpoint)) + ','
                         + (diff ? lsn(lastFullCheckpoint) + ',' + uuid(lastFullId) : QByteArray("NULL,NULL"))
                         + ",5F3E2D1C-0B9A-4876-8543-21FEDCBA0001,5F3E2D1C-0B9A-4876-8543-21FEDCBA0001,NULL,"
                           "7E6D5C4B-3A29-4187-9665-544332211001,1A2B3C4D-5E6F-4718-8293-A4B5C6D7E8F9,FULL,16,0,4135,0,0,0,0,0,0,0,"
                         + (type == 'L' ? "104857600,31457280,NULL,NULL,1," : "5368709120,1879048192,NULL,NULL,2,");
        const int families = type == 'L' ? 1 : 2;
        for (int family = 1; family <= families; ++family) {
            const QByteArray device = "\\\\backupsrv\\sql\\bench\\" + QByteArray::number(id) + '_' + QByteArray::number(family)
                                      + (type == 'L' ? ".trn" : ".bak");
            const QByteArray prefix = set + QByteArray::number(family) + ",0," + device + ',';
            if (type == 'L') {
                out += prefix + "NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL\r\n";
                continue;
            }
            for (const char *file : Files)
                out += prefix + file + "\r\n";
        }
        if (out.size() > (1 << 20)) {
            f.write(out);
            out.clear();
        }
    }
    f.write(out);
    return f.size();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 count = argc > 1 ? QByteArray(argv[1]).toLongLong() : 100000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.csv"));
    QElapsedTimer t;
    t.start();
    const qint64 bytes = writeExport(path, count);
    if (bytes < 0) {
        std::fprintf(stderr, "bench_msdbimport: cannot write %s\n", qPrintable(path));
        return 2;
    }
    std::printf("export of %lld backup sets: %.1f MB, written in %.2f s\n", qlonglong(count), double(bytes) / 1e6,
                double(t.nsecsElapsed()) / 1e9);
    const double before = bench::peakMegabytes();

    t.restart();
    const HistoryImport import = MsdbHistoryReader::readFiles({path});
    const double importSeconds = double(t.nsecsElapsed()) / 1e9;
    if (!import.ok()) {
        std::fprintf(stderr, "bench_msdbimport: %s\n", qPrintable(import.messages().join(u'\n')));
        return 2;
    }
    const double peak = bench::peakMegabytes();
    std::printf("import: %lld backups from %lld rows in %.2f s, %.1f MB/s; peak memory %.0f MB (%.0f MB before), "
                "target < 1024 MB for 1,000,000: %s\n",
                qlonglong(import.project->backups.size()), qlonglong(import.rowsRead), importSeconds,
                double(bytes) / 1e6 / importSeconds, peak, before, peak < 1024 ? "met" : "NOT MET");

    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty()) {
        std::printf("sqlite3 is not on the PATH: no comparison\n");
        return 0;
    }
    QProcess p;
    t.restart();
    p.start(sqlite, {QStringLiteral(":memory:"), QStringLiteral(".import --csv %1 t").arg(path)});
    if (!p.waitForFinished(-1) || p.exitCode() != 0) {
        std::fprintf(stderr, "bench_msdbimport: sqlite3 failed: %s\n", p.readAllStandardError().constData());
        return 2;
    }
    const double sqliteSeconds = double(t.nsecsElapsed()) / 1e9;
    std::printf("sqlite3 .import --csv: %.2f s, %.1f MB/s; import / .import = %.2f, target <= 2: %s\n", sqliteSeconds,
                double(bytes) / 1e6 / sqliteSeconds, importSeconds / sqliteSeconds,
                importSeconds <= 2 * sqliteSeconds ? "met" : "NOT MET");
    return 0;
}
