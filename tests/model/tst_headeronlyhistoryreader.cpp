// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The backup-header reader (HeaderOnlyHistoryReader) on RESTORE HEADERONLY and FILELISTONLY
// results written by hand in the shapes SSMS and sqlcmd save them (tests/data/headeronly/), and on
// broken ones. The history, designed by hand (every value below is read off this design, not off
// the reader's output), is database imoltp on SQL Server 2022 (16.0.4135):
//   imoltp_full.bak  full, 2026-11-30 01:00-01:05, LSN 41000000012800037-41000000034400001,
//                    BackupSetGUID …000000000101, 1,879,048,192 bytes compressed
//   imoltp_logs.trn  logs at positions 1, 2, 3: 01:15, 01:30, 02:15, an unbroken chain
//                    41000000000800001 → 41000000051200001 → 42000000002400001 → 42000000011200001
//   imoltp_diff.bak  differential, 02:00, base the full (LSN 41000000012800037, GUID …101)
//   imoltp_sec.bak   file backup of the read-only filegroup imoltp_secondary, 02:30
//   imoltp_copy.bak  copy-only full, 03:00 (the sqlcmd file)
// Files: imoltp_data (PRIMARY, FileID 1), imoltp_log (log, 2), imoltp_sec1 (imoltp_secondary,
// read-only, 3), imoltp_mod1 (container, Type S, of imoltp_mod, FileID 65537).
// headers-59 is the 59-column result (SQL Server 2022) with BackupFile first, headers-56 the
// 56-column one with BackupFile last; the file lists carry BackupFile and Position.
#include "model/io/headeronlycollector.h"
#include "model/io/headeronlyhistoryreader.h"
#include "model/io/historyimporter.h"

#include <QTest>

using namespace rd;
using namespace Qt::StringLiterals;

namespace {

const QString DataDir = QStringLiteral(RD_TEST_DATA_DIR "/headeronly/");
const QString Fork = QStringLiteral("5F3E2D1C-0B9A-4876-8543-21FEDCBA0001");

QString path(const char *name)
{
    return DataDir + QLatin1String(name);
}

QByteArray bytes(const char *name)
{
    QFile f(path(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString setGuid(int n)
{
    return QStringLiteral("8A1F0C3E-5B7D-4E21-9C44-%1").arg(n, 12, 10, QLatin1Char('0'));
}

QStringList ids(const Project &p)
{
    QStringList out;
    for (const Backup &b : p.backups)
        out << b.id;
    return out;
}

QDateTime at(int h, int mi, int s = 0)
{
    return QDateTime(QDate(2026, 11, 30), QTime(h, mi, s), Qt::UTC);
}

HistoryImport readAll(const QStringList &names, const QString &database = {})
{
    QStringList paths;
    for (const QString &n : names)
        paths << DataDir + n;
    return HistoryImporter::readFiles(HistoryFormat::HeaderOnly, paths, database);
}

/// The CSV `text` without its first column (BackupFile), as SSMS saves RESTORE … run by hand.
QByteArray withoutFirstColumn(const QByteArray &text)
{
    QByteArray out;
    for (const QByteArray &line : text.split('\n')) {
        if (line.isEmpty())
            continue;
        QByteArray l = line;
        const bool bom = l.startsWith("\xEF\xBB\xBF");
        if (bom)
            l = l.mid(3);
        out += l.mid(l.indexOf(',') + 1) + '\n';
    }
    return out;
}

/// The rows of `text` (header kept) whose text contains `needle`.
QByteArray rowsWith(const QByteArray &text, const QByteArray &needle)
{
    const QList<QByteArray> lines = text.split('\n');
    QByteArray out = lines.value(0) + '\n';
    for (qsizetype i = 1; i < lines.size(); ++i)
        if (lines[i].contains(needle))
            out += lines[i] + '\n';
    return out;
}

} // namespace

class TestHeaderOnlyHistoryReader : public QObject
{
    Q_OBJECT

private slots:
    void ssmsResults()
    {
        const HistoryImport r = readAll({u"imoltp-headers-59.csv"_s, u"imoltp-headers-56.csv"_s, u"imoltp-filelist.csv"_s});
        QVERIFY2(r.ok(), qPrintable(r.messages().join(u'\n')));
        QCOMPARE(r.problems.size(), 0);
        QCOMPARE(r.skipped.size(), 0);
        QCOMPARE(r.rowsRead, qsizetype(3 + 3 + 12)); // three file lists of four files
        QCOMPARE(r.databases, QStringList{u"imoltp"_s});
        const Project &p = *r.project;
        QCOMPARE(ids(p), (QStringList{u"full-20261130-010000"_s, u"log-20261130-011500"_s, u"log-20261130-013000"_s,
                                      u"diff-20261130-020000"_s, u"log-20261130-021500"_s, u"file-20261130-023000"_s}));

        const Backup &full = p.backups[0];
        QVERIFY(full.type == BackupType::Full);
        QVERIFY(!full.copyOnly);
        QCOMPARE(full.media, QStringList{u"D:\\backup\\imoltp_full.bak"_s});
        QCOMPARE(full.position, 1);
        QCOMPARE(full.start, at(1, 0));
        QCOMPARE(full.finish, at(1, 5));
        QCOMPARE(full.firstLsn, Lsn::fromString(u"41000000012800037"));
        QCOMPARE(full.lastLsn, Lsn::fromString(u"41000000034400001"));
        QCOMPARE(full.checkpointLsn, Lsn::fromString(u"41000000012800037"));
        QCOMPARE(full.databaseBackupLsn, Lsn::fromString(u"40000000004800037"));
        QCOMPARE(full.backupSetGuid, setGuid(101));
        QCOMPARE(full.recoveryForkId, Fork);
        QCOMPARE(full.lastRecoveryForkId, QString()); // the same fork
        QCOMPARE(full.sizeBytes, qint64(1879048192)); // CompressedBackupSize: what a restore reads
        QCOMPARE(full.softwareVersion, u"16.0.4135"_s);
        QVERIFY(full.recoveryModel == RecoveryModel::Full);
        QVERIFY(full.readOnlyFilegroups == QStringList{u"imoltp_secondary"_s});
        QVERIFY(full.filegroups.isEmpty());

        const Backup &log2 = p.backups[2];
        QVERIFY(log2.type == BackupType::Log);
        QCOMPARE(log2.media, QStringList{u"D:\\backup\\imoltp_logs.trn"_s}); // the 56-column file's BackupFile, last
        QCOMPARE(log2.position, 2);
        QCOMPARE(log2.firstLsn, Lsn::fromString(u"41000000051200001"));
        QCOMPARE(log2.lastLsn, Lsn::fromString(u"42000000002400001"));
        QCOMPARE(log2.sizeBytes, qint64(25165824));
        QVERIFY(!log2.readOnlyFilegroups); // no file list: not known
        QCOMPARE(p.backups[4].position, 3);

        const Backup &diff = p.backups[3];
        QVERIFY(diff.type == BackupType::Differential);
        QCOMPARE(diff.differentialBaseGuid, setGuid(101));
        QCOMPARE(diff.differentialBaseLsn, Lsn::fromString(u"41000000012800037"));
        QCOMPARE(diff.databaseBackupLsn, Lsn::fromString(u"41000000012800037"));

        const Backup &file = p.backups[5];
        QVERIFY(file.type == BackupType::File);
        QCOMPARE(file.filegroups, QStringList{u"imoltp_secondary"_s}); // the only file IsPresent = 1
        QVERIFY(file.files.isEmpty());
        QCOMPARE(file.media, QStringList{u"D:\\backup\\imoltp_sec.bak"_s});

        // The layout from FILELISTONLY, in FileGroupID order; the one filegroup of containers is
        // read as memory-optimized, with a note saying so.
        const Database &db = p.database;
        QCOMPARE(db.name, u"imoltp"_s);
        QVERIFY(db.recoveryModel == RecoveryModel::Full);
        QCOMPARE(db.filegroups.size(), 3);
        QCOMPARE(db.filegroups[0].name, u"PRIMARY"_s);
        QCOMPARE(db.filegroups[0].files.size(), 1);
        QCOMPARE(db.filegroups[0].files[0].name, u"imoltp_data"_s);
        QCOMPARE(db.filegroups[0].files[0].path, u"D:\\data\\imoltp_data.mdf"_s);
        QCOMPARE(db.filegroups[1].name, u"imoltp_mod"_s);
        QVERIFY(db.filegroups[1].type == FilegroupType::MemoryOptimizedData);
        QCOMPARE(db.filegroups[1].files[0].name, u"imoltp_mod1"_s);
        QCOMPARE(db.filegroups[2].name, u"imoltp_secondary"_s);
        QVERIFY(db.filegroups[2].type == FilegroupType::Rows);
        QVERIFY(db.filegroups[2].readOnly);
        QCOMPARE(db.filegroups[2].files[0].sizeBytes, qint64(21474836480));
        QCOMPARE(db.logFiles.size(), 1);
        QCOMPARE(db.logFiles[0].name, u"imoltp_log"_s);
        QVERIFY(r.notes.join(u'\n').contains(u"filegroup imoltp_mod holds containers"_s));
        QVERIFY(p.description.contains(u"backup file headers"_s));
    }

    // The same 56-column result saved as Unicode (UTF-16 LE with its mark) reads the same.
    void utf16()
    {
        const HistoryImport a = readAll({u"imoltp-headers-56.csv"_s});
        const HistoryImport b = readAll({u"imoltp-headers-56-utf16le.csv"_s});
        QVERIFY2(a.ok() && b.ok(), qPrintable((a.messages() + b.messages()).join(u'\n')));
        QCOMPARE(b.project->backups.size(), 3);
        QCOMPARE(b.project->backups, a.project->backups);
    }

    // sqlcmd -s"," -W output of backup-headers.sql: both results in one file, each with its line of
    // dashes and "(N rows affected)".
    void sqlcmdBothResults()
    {
        const HistoryImport r = readAll({u"imoltp-copyonly-sqlcmd.txt"_s});
        QVERIFY2(r.ok(), qPrintable(r.messages().join(u'\n')));
        QCOMPARE(r.rowsRead, qsizetype(5));
        QCOMPARE(ids(*r.project), QStringList{u"copy-full-20261130-030000"_s});
        const Backup &b = r.project->backups[0];
        QVERIFY(b.copyOnly);
        QCOMPARE(b.finish, at(3, 4, 30));
        QCOMPARE(b.media, QStringList{u"D:\\backup\\imoltp_copy.bak"_s});
        QVERIFY(b.readOnlyFilegroups == QStringList{u"imoltp_secondary"_s});
        QCOMPARE(r.project->database.filegroups.size(), 3);
        // A count that does not match the rows is a file cut short.
        QByteArray cut = bytes("imoltp-copyonly-sqlcmd.txt");
        cut.replace("(4 rows affected)", "(5 rows affected)");
        const HistoryImport c = HeaderOnlyHistoryReader::read(cut, u"cut.txt"_s);
        QVERIFY(!c.ok());
        QCOMPARE(c.errors(), QStringList{u"cut.txt, line 13: sqlcmd counted 5 rows, the file holds 4: the file is not complete"_s});
    }

    // Without a BackupFile column (RESTORE run by hand, each result saved on its own), the backup
    // file is the saved result's name: imoltp_full.bak.headeronly.csv and
    // imoltp_full.bak.filelistonly.csv are the header and the file list of imoltp_full.bak.
    void backupFileFromName()
    {
        const QByteArray header = withoutFirstColumn(rowsWith(bytes("imoltp-headers-59.csv"), "imoltp_full.bak"));
        const QByteArray list = withoutFirstColumn(rowsWith(bytes("imoltp-filelist.csv"), "imoltp_full.bak"));
        QVERIFY(!header.contains("BackupFile") && list.startsWith("Position,LogicalName"));
        const HistoryImport r = HeaderOnlyHistoryReader::read(
            {{u"C:\\exports\\imoltp_full.bak.headeronly.csv"_s, header}, {u"imoltp_full.bak.filelistonly.csv"_s, list}});
        QVERIFY2(r.ok(), qPrintable(r.messages().join(u'\n')));
        QCOMPARE(r.project->backups.size(), 1);
        QCOMPARE(r.project->backups[0].media, QStringList{u"imoltp_full.bak"_s});
        QCOMPARE(r.project->database.filegroups.size(), 3); // the file list was paired
        QCOMPARE(HeaderOnlyCollector::deviceFromFileName(u"/x/a.BAK.FileListOnly.TXT"_s), u"a.BAK"_s);
    }

    // A file list whose backup is not among the inputs is reported, not dropped silently.
    void unpairedFileList()
    {
        const HistoryImport r = readAll({u"imoltp-headers-56.csv"_s, u"imoltp-filelist.csv"_s});
        QVERIFY2(r.ok(), qPrintable(r.messages().join(u'\n')));
        QCOMPARE(r.project->backups.size(), 3);
        QCOMPARE(r.skipped.size(), 3);
        QCOMPARE(r.skipped[0].lines, (QList<int>{2, 3, 4, 5}));   // imoltp_full.bak
        QCOMPARE(r.skipped[2].lines, (QList<int>{10, 11, 12, 13})); // imoltp_sec.bak
        QVERIFY(r.skipped[0].reason.contains(u"no RESTORE HEADERONLY row"_s));
        QVERIFY(r.skipped[0].source.endsWith(u"imoltp-filelist.csv"_s));
    }

    // Headers of two databases need --database; the other's rows are skipped with the reason.
    void twoDatabases()
    {
        QByteArray text = bytes("imoltp-headers-56.csv");
        const qsizetype third = text.lastIndexOf(",imoltp,");
        text.replace(third, 8, ",sales,");
        const HistoryImport both = HeaderOnlyHistoryReader::read(text, u"two.csv"_s);
        QVERIFY(!both.ok());
        QCOMPARE(both.errors(), QStringList{u"two.csv: the backup headers are of 2 databases: imoltp, sales; choose one with "
                                            "--database NAME"_s});
        const HistoryImport one = HeaderOnlyHistoryReader::read(text, u"two.csv"_s, u"IMOLTP"_s);
        QVERIFY2(one.ok(), qPrintable(one.messages().join(u'\n')));
        QCOMPARE(one.project->backups.size(), 2);
        QCOMPARE(one.skipped.size(), 1);
        QCOMPARE(one.skipped[0].lines, QList<int>{4});
        QCOMPARE(one.skipped[0].reason, u"a backup of database sales, not of IMOLTP (--database)"_s);
    }

    void broken_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("error");
        // Columns counted by hand in the files (their fields before the bad one, plus commas).
        QTest::newRow("no BackupType") << u"broken-no-backuptype.csv"_s
                                       << u"broken-no-backuptype.csv, line 1 (BackupType): required column missing from "
                                          "the header: the backup type (1, 2, 4, 5, 6, 7 or 8)"_s;
        QTest::newRow("LSN with a letter")
            << u"broken-lsn-letters.csv"_s
            << u"broken-lsn-letters.csv, line 3, column 148 (LastLSN): \"4200000000800O001\" is not an LSN"_s;
        QTest::newRow("31 November") << u"broken-date.csv"_s
                                     << u"broken-date.csv, line 2, column 202 (BackupStartDate): \"2026-11-31 01:00:00.000\" "
                                        "is not a possible date and time"_s;
        QTest::newRow("truncated") << u"broken-truncated.csv"_s
                                   << u"broken-truncated.csv, line 4, column 143: the row ends after 15 of the header's 60 "
                                      "columns (a truncated line?)"_s;
    }
    void broken()
    {
        QFETCH(QString, file);
        QFETCH(QString, error);
        const HistoryImport r = HeaderOnlyHistoryReader::read(bytes(file.toLatin1().constData()), file);
        QVERIFY(!r.ok());
        const QStringList errors = r.errors();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors[0].startsWith(error), qPrintable(errors[0]));
    }

    void badValues_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("error");
        QTest::newRow("type 3") << QByteArray("imoltp full,NULL,1,") << QByteArray("imoltp full,NULL,3,")
                                << u"line 2, column 44 (BackupType): 3 is not a backup type"_s;
        QTest::newRow("recovery model") << QByteArray(",FULL,") << QByteArray(",FUL,")
                                        << u"(RecoveryModel): \"FUL\" is not a recovery model"_s;
    }
    void badValues()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, error);
        QByteArray text = rowsWith(bytes("imoltp-headers-59.csv"), "imoltp_full.bak");
        QVERIFY(text.contains(from));
        text.replace(from, to);
        const HistoryImport r = HeaderOnlyHistoryReader::read(text, u"x.csv"_s);
        QCOMPARE(r.errors().size(), 1);
        QVERIFY2(r.errors()[0].contains(error), qPrintable(r.errors()[0]));
    }

    // A striped backup: BackupFile names its devices separated by ';', one medium each; a media
    // set has at most 64.
    void stripes()
    {
        const QByteArray full = rowsWith(bytes("imoltp-headers-59.csv"), "imoltp_full.bak");
        QByteArray two = full;
        two.replace("D:\\backup\\imoltp_full.bak,", "D:\\backup\\full_1.bak; E:\\backup\\full_2.bak,");
        const HistoryImport r = HeaderOnlyHistoryReader::read(two, u"two.csv"_s);
        QVERIFY2(r.ok(), qPrintable(r.messages().join(u'\n')));
        QCOMPARE(r.project->backups[0].media, (QStringList{u"D:\\backup\\full_1.bak"_s, u"E:\\backup\\full_2.bak"_s}));
        QByteArray many = full;
        QByteArray devices;
        for (int i = 1; i <= 65; ++i)
            devices += (i > 1 ? ";" : "") + QByteArray("s") + QByteArray::number(i);
        many.replace("D:\\backup\\imoltp_full.bak,", devices + ',');
        const HistoryImport m = HeaderOnlyHistoryReader::read(many, u"many.csv"_s);
        QCOMPARE(m.errors(), QStringList{u"many.csv, line 2, column 1 (BackupFile): BackupFile names 65 devices; a media set "
                                         "has at most 64"_s});
    }

    void progressAndCancel()
    {
        const QStringList paths{path("imoltp-headers-59.csv"), path("imoltp-filelist.csv")};
        const qint64 total = QFileInfo(paths[0]).size() + QFileInfo(paths[1]).size();
        qint64 last = -1;
        ImportProgress watch{[&](qint64 done, qint64 all) {
            if (all != total || done < last || done > all)
                return false;
            last = done;
            return true;
        }};
        const HistoryImport r = HistoryImporter::readFiles(HistoryFormat::HeaderOnly, paths, {}, watch);
        QVERIFY2(r.ok(), qPrintable(r.messages().join(u'\n')));
        QCOMPARE(last, total);
        ImportProgress stop{[](qint64, qint64) { return false; }};
        const HistoryImport c = HistoryImporter::readFiles(HistoryFormat::HeaderOnly, paths, {}, stop);
        QVERIFY(c.cancelled);
        QVERIFY(!c.ok());
        QVERIFY(c.problems.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHeaderOnlyHistoryReader)
#include "tst_headeronlyhistoryreader.moc"
