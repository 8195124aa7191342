// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The msdb backup-history reader (MsdbHistoryReader) on hand-written exports shaped as SSMS and
// sqlcmd save the results of resources/sql/msdb-backup-history.sql (tests/data/msdb/, their
// values designed by hand: see each test), and on broken ones: each broken case names the file,
// line, character column and msdb column a text editor would show.
#include "model/analysis/projectanalysis.h"
#include "model/io/msdbhistoryreader.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace rd;

namespace {

const QString DataDir = QStringLiteral(RD_TEST_DATA_DIR "/msdb/");

QByteArray dataBytes(const QString &name)
{
    QFile f(DataDir + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QList<HistoryImportProblem> errorsOf(const HistoryImport &r)
{
    QList<HistoryImportProblem> out;
    for (const HistoryImportProblem &p : r.problems)
        if (p.severity == HistoryImportProblem::Severity::Error)
            out << p;
    return out;
}

QStringList ids(const Project &p)
{
    QStringList out;
    for (const Backup &b : p.backups)
        out << b.id;
    return out;
}

QDateTime at(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

// A small export as the broken cases below break it. Character columns of the row, counted by
// hand: backup_set_id 1, database_name 3, type 6, backup_start_date 8 (23 characters),
// backup_finish_date 32, first_lsn 56 (17 digits), last_lsn 74.
const QByteArray Header = "backup_set_id,database_name,type,backup_start_date,backup_finish_date,first_lsn,last_lsn\r\n";
const QByteArray Row = "1,db,D,2026-11-30 01:00:00.000,2026-11-30 01:05:00.000,41000000012800037,41000000034400001\r\n";

HistoryImport readSmall(const QByteArray &row, const QByteArray &header = Header)
{
    return MsdbHistoryReader::read(header + row, QStringLiteral("small.csv"));
}

} // namespace

class TestMsdbHistoryReader : public QObject
{
    Q_OBJECT

private slots:
    // history-imoltp.csv (SSMS, UTF-8 with a byte order mark, CR LF): database imoltp, a full
    // (backup_set_id 101), logs 102 and 103, a differential 104 based on the full, logs 105 and
    // 106; the full and the differential carry the four files: PRIMARY's imoltp_data, the log
    // imoltp_log, the container imoltp_mod1 of imoltp_mod (backupfilegroup.type FX) and
    // imoltp_sec1 of the read-only imoltp_secondary.
    void ssmsExport()
    {
        const HistoryImport r = MsdbHistoryReader::readFiles({DataDir + QStringLiteral("history-imoltp.csv")});
        QVERIFY2(r.ok(), qPrintable(r.messages().join(u'\n')));
        QCOMPARE(r.problems.size(), 0);
        QCOMPARE(r.skipped.size(), 0);
        QCOMPARE(r.rowsRead, qsizetype(12)); // 4 file rows for each data backup, one row for each log
        QCOMPARE(r.databases, QStringList{QStringLiteral("imoltp")});
        const Project &p = *r.project;
        const Database &db = p.database;
        QCOMPARE(db.name, QStringLiteral("imoltp"));
        QVERIFY(db.recoveryModel == RecoveryModel::Full);
        QCOMPARE(db.filegroups.size(), 3);
        QCOMPARE(db.filegroups[0].name, QStringLiteral("PRIMARY"));
        QVERIFY(db.filegroups[0].type == FilegroupType::Rows);
        QVERIFY(db.filegroups[0].files
                == (QList<DataFile>{DataFile{QStringLiteral("imoltp_data"), QStringLiteral("D:\\data\\imoltp_data.mdf"), 1073741824}}));
        QCOMPARE(db.filegroups[1].name, QStringLiteral("imoltp_mod"));
        QVERIFY(db.filegroups[1].type == FilegroupType::MemoryOptimizedData);
        QVERIFY(db.filegroups[1].files
                == (QList<DataFile>{DataFile{QStringLiteral("imoltp_mod1"), QStringLiteral("D:\\data\\imoltp_mod1"), 0}}));
        QCOMPARE(db.filegroups[2].name, QStringLiteral("imoltp_secondary"));
        QVERIFY(db.filegroups[2].readOnly);
        QVERIFY(db.logFiles
                == (QList<DataFile>{DataFile{QStringLiteral("imoltp_log"), QStringLiteral("L:\\log\\imoltp_log.ldf"), 536870912}}));

        QCOMPARE(ids(p), (QStringList{QStringLiteral("full-20261130-010000"), QStringLiteral("log-20261130-011500"),
                                      QStringLiteral("log-20261130-013000"), QStringLiteral("diff-20261130-020000"),
                                      QStringLiteral("log-20261130-021500"), QStringLiteral("log-20261130-023000")}));
        const Backup &full = p.backups[0];
        QVERIFY(full.type == BackupType::Full);
        QCOMPARE(full.start, at(2026, 11, 30, 1, 0));
        QCOMPARE(full.finish, at(2026, 11, 30, 1, 5, 12, 347));
        QCOMPARE(full.firstLsn, Lsn::fromString(u"41000000012800037"));
        QCOMPARE(full.lastLsn, Lsn::fromString(u"41000000034400001"));
        QCOMPARE(full.checkpointLsn, Lsn::fromString(u"41000000012800037"));
        QCOMPARE(full.databaseBackupLsn, Lsn::fromString(u"0"));
        QCOMPARE(full.backupSetGuid, QStringLiteral("8A1F0C3E-5B7D-4E21-9C44-0A1B2C3D4E01"));
        QCOMPARE(full.recoveryForkId, QStringLiteral("5F3E2D1C-0B9A-4876-8543-21FEDCBA0001"));
        QVERIFY(full.lastRecoveryForkId.isEmpty()); // the same fork
        QCOMPARE(full.media, QStringList{QStringLiteral("\\\\backupsrv\\sql\\imoltp\\imoltp_full_20261130.bak")});
        QCOMPARE(full.mediaFamilyCount, 1);
        QCOMPARE(full.sizeBytes, qint64(1879048192)); // compressed_backup_size: what a restore reads
        QCOMPARE(full.softwareVersion, QStringLiteral("16.0.4135"));
        QVERIFY(full.recoveryModel == std::optional<RecoveryModel>(RecoveryModel::Full));
        QVERIFY(full.readOnlyFilegroups == std::optional<QStringList>(QStringList{QStringLiteral("imoltp_secondary")}));
        QVERIFY(!full.copyOnly && !full.tailLog && !full.damaged && !full.encrypted);

        const Backup &diff = p.backups[3];
        QVERIFY(diff.type == BackupType::Differential);
        QCOMPARE(diff.differentialBaseGuid, full.backupSetGuid);
        QCOMPARE(diff.differentialBaseLsn, full.checkpointLsn);
        QCOMPARE(diff.databaseBackupLsn, full.checkpointLsn);

        // The log chain as designed: each log starts where the one before it ended, and the log
        // after the differential holds the differential's last_lsn.
        QCOMPARE(p.backups[1].firstLsn, Lsn::fromString(u"41000000010400001"));
        QCOMPARE(p.backups[2].firstLsn, p.backups[1].lastLsn);
        QCOMPARE(p.backups[4].firstLsn, p.backups[2].lastLsn);
        QVERIFY(p.backups[4].firstLsn <= diff.lastLsn && diff.lastLsn < p.backups[4].lastLsn);
        QCOMPARE(p.backups[5].lastLsn, Lsn::fromString(u"42000000009600001"));
        QCOMPARE(p.backups[5].finish, at(2026, 11, 30, 2, 30, 1, 997));
        QVERIFY(!p.backups[1].readOnlyFilegroups); // the query lists no files for logs
    }

    // The same history saved in every other shape must give the same project.
    void sameHistoryInEveryShape_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("sqlcmd -s, -W (dashes, rows affected, LF, no BOM)") << QStringLiteral("history-imoltp-sqlcmd.txt");
        QTest::newRow("sqlcmd -s| padded") << QStringLiteral("history-imoltp-padded.txt");
        QTest::newRow("SSMS Unicode: UTF-16 LE") << QStringLiteral("history-imoltp-utf16le.csv");
        QTest::newRow("UTF-16 BE") << QStringLiteral("history-imoltp-utf16be.csv");
        QTest::newRow("other order, unknown quoted column, semicolons") << QStringLiteral("history-imoltp-shuffled.csv");
    }
    void sameHistoryInEveryShape()
    {
        QFETCH(QString, file);
        const HistoryImport expected = MsdbHistoryReader::read(dataBytes(QStringLiteral("history-imoltp.csv")),
                                                                   QStringLiteral("x"));
        const HistoryImport r = MsdbHistoryReader::read(dataBytes(file), QStringLiteral("x"));
        QVERIFY2(r.ok(), qPrintable(r.messages().join(u'\n')));
        QVERIFY(expected.ok());
        QCOMPARE(r.errors(), QStringList());
        QCOMPARE(r.project->database, expected.project->database);
        QCOMPARE(r.project->backups.size(), qsizetype(6));
        for (qsizetype i = 0; i < 6; ++i)
            QCOMPARE(r.project->backups[i], expected.project->backups[i]);
        QCOMPARE(r.rowsRead, qsizetype(12));
    }

    // Rows in any order (here newest first, as Microsoft's example sorts them) give the backups in
    // time order all the same.
    void rowsInReverseOrder()
    {
        const QByteArray bytes = dataBytes(QStringLiteral("history-imoltp.csv"));
        QList<QByteArray> lines = bytes.trimmed().split('\n');
        std::reverse(lines.begin() + 1, lines.end());
        const HistoryImport expected = MsdbHistoryReader::read(bytes, QStringLiteral("x"));
        const HistoryImport r = MsdbHistoryReader::read(lines.join('\n'), QStringLiteral("x"));
        QVERIFY2(r.ok(), qPrintable(r.messages().join(u'\n')));
        QCOMPARE(ids(*r.project), ids(*expected.project));
        for (qsizetype i = 0; i < 6; ++i)
            QCOMPARE(r.project->backups[i], expected.project->backups[i]);
        QCOMPARE(r.project->database, expected.project->database);
    }

    // Imported and analysed: a sound history gives no error-level finding in the history.
    void soundHistoryHasNoErrors()
    {
        const HistoryImport r = MsdbHistoryReader::readFiles({DataDir + QStringLiteral("history-imoltp.csv")});
        QVERIFY(r.ok());
        const auto analysis = ProjectAnalysis::build(*r.project);
        const HistoryFindings &f = analysis->history().findings();
        QList<Diagnostic> all = f.history.findings + f.backups;
        QStringList errors;
        for (const Diagnostic &d : all)
            if (d.severity == Severity::Error)
                errors << d.rule + QStringLiteral(": ") + d.message;
        QCOMPARE(errors, QStringList());
    }

    // Without the full (lines 2-5, backup set 101) the history is not sound: the analysis says so.
    void differentialWithoutItsBase()
    {
        QList<QByteArray> lines = dataBytes(QStringLiteral("history-imoltp.csv")).split('\n');
        lines.remove(1, 4);
        const HistoryImport r = MsdbHistoryReader::read(lines.join('\n'), QStringLiteral("nofull.csv"));
        QVERIFY2(r.ok(), qPrintable(r.messages().join(u'\n')));
        QCOMPARE(r.project->backups.size(), qsizetype(5));
        const auto analysis = ProjectAnalysis::build(*r.project);
        const HistoryFindings &f = analysis->history().findings();
        QStringList errors;
        for (const Diagnostic &d : f.history.findings + f.backups)
            if (d.severity == Severity::Error)
                errors << d.rule + QStringLiteral(" ") + d.backup;
        // A log backup needs a full backup before it (R-LOG-001), and a differential a current
        // base (R-BAK-003): exactly those, for the four logs and the differential.
        errors.sort();
        QCOMPARE(errors, (QStringList{QStringLiteral("R-BAK-003 diff-20261130-020000"),
                                      QStringLiteral("R-LOG-001 log-20261130-011500"),
                                      QStringLiteral("R-LOG-001 log-20261130-013000"),
                                      QStringLiteral("R-LOG-001 log-20261130-021500"),
                                      QStringLiteral("R-LOG-001 log-20261130-023000")}));
    }

    // stripes.csv: database sales. Full 201 on two stripes (families 1 and 2 on \\nas1 and
    // \\nas2), its mirror 1 on \\dr (lines 6-9); log 202 written to three families of which
    // msdb lists 2 then 1 (family 3's row is missing: media_family_count 3), and its mirror (line 12).
    void stripesAndMirrors()
    {
        const HistoryImport r = MsdbHistoryReader::read(dataBytes(QStringLiteral("stripes.csv")), QStringLiteral("stripes.csv"));
        QVERIFY2(r.ok(), qPrintable(r.messages().join(u'\n')));
        const Project &p = *r.project;
        QCOMPARE(p.backups.size(), 2);
        QCOMPARE(p.backups[0].media, (QStringList{QStringLiteral("\\\\nas1\\sql\\sales_full_1.bak"),
                                                  QStringLiteral("\\\\nas2\\sql\\sales_full_2.bak")}));
        QCOMPARE(p.backups[0].mediaFamilyCount, 2);
        QCOMPARE(p.backups[0].sizeBytes, qint64(268435456)); // compressed_backup_size NULL: backup_size
        QCOMPARE(p.backups[1].media, (QStringList{QStringLiteral("\\\\nas1\\sql\\sales_log_1.trn"),
                                                  QStringLiteral("\\\\nas2\\sql\\sales_log_2.trn")}));
        QCOMPARE(p.backups[1].mediaFamilyCount, 3);
        QCOMPARE(r.skipped.size(), 1);
        QCOMPARE(r.skipped[0].source, QStringLiteral("stripes.csv"));
        QCOMPARE(r.skipped[0].lines, (QList<int>{6, 7, 8, 9, 12}));
        QVERIFY2(r.skipped[0].reason.contains(QStringLiteral("mirror 1")), qPrintable(r.skipped[0].reason));
        QCOMPARE(r.skipped[0].toString().left(38), QStringLiteral("stripes.csv, lines 6-9, 12 (5 row(s)):"));
        QCOMPARE(p.database.logFiles.size(), 1);
    }

    // two-databases.csv: hr's full 301 (lines 2-3) and log 303 (line 6), sales' full 302 (lines
    // 4-5) and log 304 (line 7).
    void twoDatabases()
    {
        const QByteArray bytes = dataBytes(QStringLiteral("two-databases.csv"));
        const HistoryImport none = MsdbHistoryReader::read(bytes, QStringLiteral("two.csv"));
        QVERIFY(!none.ok());
        QCOMPARE(none.databases, (QStringList{QStringLiteral("hr"), QStringLiteral("sales")}));
        QCOMPARE(none.errors().size(), 1);
        QVERIFY2(none.errors()[0].contains(QStringLiteral("2 databases: hr, sales"))
                     && none.errors()[0].contains(QStringLiteral("--database")),
                 qPrintable(none.errors()[0]));

        const HistoryImport sales = MsdbHistoryReader::read(bytes, QStringLiteral("two.csv"), QStringLiteral("SALES"));
        QVERIFY2(sales.ok(), qPrintable(sales.messages().join(u'\n')));
        QCOMPARE(sales.project->database.name, QStringLiteral("sales"));
        QCOMPARE(sales.project->backups.size(), 2);
        QCOMPARE(sales.project->backups[0].backupSetGuid, QStringLiteral("E1E1E1E1-0000-4000-8000-000000000302"));
        QCOMPARE(sales.project->backups[1].backupSetGuid, QStringLiteral("E1E1E1E1-0000-4000-8000-000000000304"));
        QCOMPARE(sales.skipped.size(), 1);
        QCOMPARE(sales.skipped[0].lines, (QList<int>{2, 3, 6}));
        QVERIFY(sales.skipped[0].reason.contains(QStringLiteral("database hr")));

        const HistoryImport nope = MsdbHistoryReader::read(bytes, QStringLiteral("two.csv"), QStringLiteral("crm"));
        QVERIFY(!nope.ok());
        QVERIFY2(nope.errors().join(u'\n').contains(QStringLiteral("no backup of database crm; the export holds backups of: hr, sales")),
                 qPrintable(nope.errors().join(u'\n')));
    }

    // The same export twice: every backup set of the second is the first's (backup_set_uuid).
    void backupSetReadOnce()
    {
        const QByteArray bytes = dataBytes(QStringLiteral("history-imoltp.csv"));
        const HistoryImport r = MsdbHistoryReader::read({{QStringLiteral("a.csv"), bytes}, {QStringLiteral("b.csv"), bytes}});
        QVERIFY2(r.ok(), qPrintable(r.messages().join(u'\n')));
        QCOMPARE(r.project->backups.size(), qsizetype(6));
        int lines = 0;
        for (const HistorySkippedRows &s : r.skipped) {
            QCOMPARE(s.source, QStringLiteral("b.csv"));
            QVERIFY2(s.reason.contains(QStringLiteral("a.csv, line")), qPrintable(s.reason));
            lines += int(s.lines.size());
        }
        QCOMPARE(lines, 12);
        QCOMPARE(r.skipped[0].reason, QStringLiteral("the same backup set (backup_set_uuid) as a.csv, line 2: read once"));
    }

    // Two files each with both databases, sales chosen: the second file's hr rows are skipped as
    // another database's, its sales rows as backup sets already read.
    void skippedForTwoReasons()
    {
        const QByteArray bytes = dataBytes(QStringLiteral("two-databases.csv"));
        const HistoryImport r = MsdbHistoryReader::read({{QStringLiteral("a.csv"), bytes}, {QStringLiteral("b.csv"), bytes}},
                                                            QStringLiteral("sales"));
        QVERIFY2(r.ok(), qPrintable(r.messages().join(u'\n')));
        QCOMPARE(r.project->backups.size(), qsizetype(2));
        QCOMPARE(r.skipped.size(), 4);
        QCOMPARE(r.skipped[0].source, QStringLiteral("a.csv"));
        QCOMPARE(r.skipped[0].lines, (QList<int>{2, 3, 6}));
        QCOMPARE(r.skipped[1].source, QStringLiteral("b.csv"));
        QCOMPARE(r.skipped[1].lines, (QList<int>{2, 3, 6}));
        QVERIFY(r.skipped[1].reason.contains(QStringLiteral("database hr")));
        QCOMPARE(r.skipped[2].lines, (QList<int>{4, 5}));
        QCOMPARE(r.skipped[2].reason, QStringLiteral("the same backup set (backup_set_uuid) as a.csv, line 4: read once"));
        QCOMPARE(r.skipped[3].lines, (QList<int>{7}));
    }

    // sqlcmd without -s: columns separated by spaces cannot be told apart from spaces in values.
    void sqlcmdWithoutSeparator()
    {
        const HistoryImport r = MsdbHistoryReader::read(
            "\r\nbackup_set_id database_name type first_lsn\r\n------------- ------------- ---- ---------\r\n",
            QStringLiteral("spaces.txt"));
        QVERIFY(!r.ok());
        const QList<HistoryImportProblem> errors = errorsOf(r);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0].line, 2);
        QVERIFY2(errors[0].message.contains(QStringLiteral("sqlcmd without -s")), qPrintable(errors[0].message));
    }

    // Microsoft's example query and the classic "last 7 days" one: refused, saying why.
    void queriesWithoutLsns_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("says");
        QTest::newRow("backupset page example") << QStringLiteral("query-microsoft-example.csv")
                                                << QStringLiteral("Microsoft's example query");
        QTest::newRow("last 7 days") << QStringLiteral("query-last-7-days.csv")
                                     << QStringLiteral("only Database or Log");
    }
    void queriesWithoutLsns()
    {
        QFETCH(QString, file);
        QFETCH(QString, says);
        const HistoryImport r = MsdbHistoryReader::read(dataBytes(file), file);
        QVERIFY(!r.ok());
        const QList<HistoryImportProblem> errors = errorsOf(r);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0].line, 1);
        QVERIFY2(errors[0].message.contains(says) && errors[0].message.contains(QStringLiteral("no first_lsn or last_lsn")),
                 qPrintable(errors[0].message));
    }

    void brokenValues_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("columnName");
        QTest::addColumn<QString>("says");
        QTest::newRow("LSN with letters")
            << QByteArray("2,db,D,2026-11-30 01:00:00.000,2026-11-30 01:05:00.000,4100000001280O037,41000000034400001\r\n")
            << 56 << QStringLiteral("first_lsn") << QStringLiteral("only the digits 0-9");
        QTest::newRow("26-digit LSN")
            << QByteArray("2,db,D,2026-11-30 01:00:00.000,2026-11-30 01:05:00.000,41000000012800037,12345678901234567890123456\r\n")
            << 74 << QStringLiteral("last_lsn") << QStringLiteral("at most 25");
        QTest::newRow("date that does not parse")
            << QByteArray("2,db,D,30/11/2026 01:00,2026-11-30 01:05:00.000,41000000012800037,41000000034400001\r\n")
            << 8 << QStringLiteral("backup_start_date") << QStringLiteral("not a date and time");
        QTest::newRow("impossible date")
            << QByteArray("2,db,D,2026-11-30 01:00:00.000,2026-02-30 01:05:00.000,41000000012800037,41000000034400001\r\n")
            << 32 << QStringLiteral("backup_finish_date") << QStringLiteral("not a possible date");
        QTest::newRow("unknown type code")
            << QByteArray("2,db,X,2026-11-30 01:00:00.000,2026-11-30 01:05:00.000,41000000012800037,41000000034400001\r\n")
            << 6 << QStringLiteral("type") << QStringLiteral("\"X\" is not a backup type");
        QTest::newRow("backup_set_id with a letter")
            << QByteArray("1a,db,D,2026-11-30 01:00:00.000,2026-11-30 01:05:00.000,41000000012800037,41000000034400001\r\n")
            << 1 << QStringLiteral("backup_set_id") << QStringLiteral("not a whole number");
        QTest::newRow("truncated row") << QByteArray("2,db,D,2026-11-30 01:00:00.000,2026-11-30 01:0\r\n") << 47
                                       << QString() << QStringLiteral("ends after 5 of the header's 7 columns");
        QTest::newRow("quote left open")
            << QByteArray("2,\"db,D,2026-11-30 01:00:00.000,2026-11-30 01:05:00.000,41000000012800037,41000000034400001\r\n")
            << 3 << QString() << QStringLiteral("no closing quote");
        QTest::newRow("last before first")
            << QByteArray("2,db,D,2026-11-30 01:00:00.000,2026-11-30 01:05:00.000,41000000034400001,41000000012800037\r\n")
            << 74 << QStringLiteral("last_lsn") << QStringLiteral("smaller than first_lsn");
    }
    void brokenValues()
    {
        QFETCH(QByteArray, row);
        QFETCH(int, column);
        QFETCH(QString, columnName);
        QFETCH(QString, says);
        // The good row first, so the bad one is line 3; it is backup set 2 (a set's columns are read
        // from its first row).
        const HistoryImport r = readSmall(Row + row);
        QVERIFY(!r.ok());
        const QList<HistoryImportProblem> errors = errorsOf(r);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0].source, QStringLiteral("small.csv"));
        QCOMPARE(errors[0].line, 3);
        QCOMPARE(errors[0].column, column);
        QCOMPARE(errors[0].columnName, columnName);
        QVERIFY2(errors[0].message.contains(says), qPrintable(errors[0].message));
        QVERIFY(errors[0].toString().startsWith(QStringLiteral("small.csv, line 3, column %1").arg(column)));
    }

    void smallExportReads()
    {
        const HistoryImport r = readSmall(Row);
        QVERIFY2(r.ok(), qPrintable(r.messages().join(u'\n')));
        QCOMPARE(r.project->backups.size(), 1);
        QCOMPARE(r.project->database.name, QStringLiteral("db"));
        // No backupfile columns: a PRIMARY with no files, said in a note and a warning.
        QCOMPARE(r.project->database.filegroups.size(), 1);
        QVERIFY(r.messages().join(u'\n').contains(QStringLiteral("(file_number): warning: column not in the export")));
    }

    // Backups that start in the same second: ids with _2, _3, in LSN order.
    void sameSecond()
    {
        const HistoryImport r = readSmall(
            "3,db,L,2026-11-30 01:00:00.000,2026-11-30 01:00:00.500,41000000036000001,41000000037000001\r\n"
            "2,db,L,2026-11-30 01:00:00.000,2026-11-30 01:00:00.400,41000000035000001,41000000036000001\r\n"
            "1,db,L,2026-11-30 01:00:00.000,2026-11-30 01:00:00.300,41000000034400001,41000000035000001\r\n");
        QVERIFY2(r.ok(), qPrintable(r.messages().join(u'\n')));
        QCOMPARE(ids(*r.project), (QStringList{QStringLiteral("log-20261130-010000"), QStringLiteral("log-20261130-010000_2"),
                                               QStringLiteral("log-20261130-010000_3")}));
        QCOMPARE(r.project->backups[0].firstLsn, Lsn::fromString(u"41000000034400001"));
        QCOMPARE(r.project->backups[2].firstLsn, Lsn::fromString(u"41000000036000001"));
    }

    // An LSN beyond 64 bits (22 digits, as real ones have) is read exactly.
    void lsnBeyond64Bits()
    {
        const QByteArray row = "1,db,L,2026-11-30 01:00:00.000,2026-11-30 01:05:00.000,1903345000083031000001,1903345000083031000002\r\n";
        const HistoryImport r = readSmall(row);
        QVERIFY(r.ok());
        QCOMPARE(r.project->backups[0].firstLsn.toString(), QStringLiteral("1903345000083031000001"));
        QVERIFY(r.project->backups[0].firstLsn < r.project->backups[0].lastLsn);
    }

    void missingRequiredColumn()
    {
        const QByteArray header = "backup_set_id,database_name,type,backup_start_date,backup_finish_date,last_lsn\r\n";
        const HistoryImport r = readSmall("1,db,D,2026-11-30 01:00:00.000,2026-11-30 01:05:00.000,41000000034400001\r\n", header);
        QVERIFY(!r.ok());
        const QList<HistoryImportProblem> errors = errorsOf(r);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0].line, 1);
        QCOMPARE(errors[0].columnName, QStringLiteral("first_lsn"));
        QVERIFY(errors[0].message.contains(QStringLiteral("required column missing")));
    }

    // sqlcmd's count of rows tells a file cut short; so does UTF-16 ending within a character.
    void truncatedFiles()
    {
        QByteArray sqlcmd = dataBytes(QStringLiteral("history-imoltp-sqlcmd.txt"));
        // Remove the last data row (line 14: the header, the dashes, then 12 rows).
        QList<QByteArray> lines = sqlcmd.split('\n');
        lines.removeAt(13);
        const HistoryImport r = MsdbHistoryReader::read(lines.join('\n'), QStringLiteral("cut.txt"));
        QVERIFY(!r.ok());
        const QList<HistoryImportProblem> errors = errorsOf(r);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0].line, 15); // "(12 rows affected)", now line 15
        QVERIFY2(errors[0].message.contains(QStringLiteral("sqlcmd counted 12 rows, the file holds 11")), qPrintable(errors[0].message));

        QByteArray utf16 = dataBytes(QStringLiteral("history-imoltp-utf16le.csv"));
        utf16.chop(1);
        const HistoryImport u = MsdbHistoryReader::read(utf16, QStringLiteral("cut16.csv"));
        QVERIFY(!u.ok());
        QVERIFY2(u.errors().join(u'\n').contains(QStringLiteral("ends within a character")), qPrintable(u.errors().join(u'\n')));
    }

    // Windows-1252 bytes and a stray NUL are named by line and column.
    void notUtf8()
    {
        const HistoryImport r = readSmall("1,d\xE9,D,2026-11-30 01:00:00.000,2026-11-30 01:05:00.000,41000000012800037,41000000034400001\r\n");
        QVERIFY(!r.ok());
        const QList<HistoryImportProblem> errors = errorsOf(r);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0].line, 2);
        QCOMPARE(errors[0].column, 4);
        QVERIFY(errors[0].message.contains(QStringLiteral("not valid UTF-8")));
    }

    // A file backup and a partial backup: what they hold comes from backupfile.is_present.
    void fileAndPartialScope()
    {
        const QByteArray header = "backup_set_id,database_name,type,backup_start_date,backup_finish_date,first_lsn,last_lsn,"
                                  "file_number,logical_name,file_type,filegroup_name,is_present,backupfilegroup.is_readonly\r\n";
        const QByteArray rows =
            // 1: a FILE backup holding both files of FG1 and one of FG2's two
            "1,db,F,2026-11-30 01:00:00.000,2026-11-30 01:01:00.000,100000000001000001,100000000002000001,1,p,D,PRIMARY,0,0\r\n"
            "1,db,F,2026-11-30 01:00:00.000,2026-11-30 01:01:00.000,100000000001000001,100000000002000001,3,a1,D,FG1,1,0\r\n"
            "1,db,F,2026-11-30 01:00:00.000,2026-11-30 01:01:00.000,100000000001000001,100000000002000001,4,a2,D,FG1,1,0\r\n"
            "1,db,F,2026-11-30 01:00:00.000,2026-11-30 01:01:00.000,100000000001000001,100000000002000001,5,b1,D,FG2,1,1\r\n"
            "1,db,F,2026-11-30 01:00:00.000,2026-11-30 01:01:00.000,100000000001000001,100000000002000001,6,b2,D,FG2,0,1\r\n"
            // 2: a PARTIAL backup (READ_WRITE_FILEGROUPS, FILEGROUP = 'FG2'): PRIMARY, FG1 and the read-only FG2
            "2,db,P,2026-11-30 02:00:00.000,2026-11-30 02:01:00.000,100000000003000001,100000000004000001,1,p,D,PRIMARY,1,0\r\n"
            "2,db,P,2026-11-30 02:00:00.000,2026-11-30 02:01:00.000,100000000003000001,100000000004000001,3,a1,D,FG1,1,0\r\n"
            "2,db,P,2026-11-30 02:00:00.000,2026-11-30 02:01:00.000,100000000003000001,100000000004000001,4,a2,D,FG1,1,0\r\n"
            "2,db,P,2026-11-30 02:00:00.000,2026-11-30 02:01:00.000,100000000003000001,100000000004000001,5,b1,D,FG2,1,1\r\n"
            "2,db,P,2026-11-30 02:00:00.000,2026-11-30 02:01:00.000,100000000003000001,100000000004000001,6,b2,D,FG2,1,1\r\n"
            "2,db,P,2026-11-30 02:00:00.000,2026-11-30 02:01:00.000,100000000003000001,100000000004000001,2,l,L,NULL,1,NULL\r\n";
        const HistoryImport r = MsdbHistoryReader::read(header + rows, QStringLiteral("scope.csv"));
        QVERIFY2(r.ok(), qPrintable(r.messages().join(u'\n')));
        const Project &p = *r.project;
        QVERIFY(p.backups[0].type == BackupType::File);
        QCOMPARE(p.backups[0].filegroups, QStringList{QStringLiteral("FG1")});
        QCOMPARE(p.backups[0].files, QStringList{QStringLiteral("b1")});
        QVERIFY(p.backups[0].readOnlyFilegroups == std::optional<QStringList>(QStringList{QStringLiteral("FG2")}));
        QVERIFY(p.backups[1].type == BackupType::Partial);
        QCOMPARE(p.backups[1].filegroups, QStringList{QStringLiteral("FG2")});
        QCOMPARE(p.database.filegroups.size(), 3);
        QCOMPARE(p.database.filegroups[1].files.size(), 2);
        QCOMPARE(p.database.logFiles.size(), 1);
        QVERIFY(p.database.filegroups[2].readOnly);
    }

    // Containers of FILESTREAM and memory-optimized filegroups are numbered from 65537 (their
    // file_id in sys.database_files), above the 32,767 data and log files a database may have.
    void containerFileNumbers()
    {
        const QByteArray text = "backup_set_id,database_name,type,backup_start_date,backup_finish_date,first_lsn,last_lsn,"
                                "file_number,logical_name,file_type,filegroup_name,backupfilegroup.type\r\n"
                                "1,db,D,2026-11-30 01:00:00.000,2026-11-30 01:01:00.000,100000000001000001,100000000002000001,"
                                "1,p,D,PRIMARY,FG\r\n"
                                "1,db,D,2026-11-30 01:00:00.000,2026-11-30 01:01:00.000,100000000001000001,100000000002000001,"
                                "65537,mod1,S,mod,FX\r\n"
                                "1,db,D,2026-11-30 01:00:00.000,2026-11-30 01:01:00.000,100000000001000001,100000000002000001,"
                                "65538,mod2,S,mod,FX\r\n";
        const HistoryImport r = MsdbHistoryReader::read(text, QStringLiteral("containers.csv"));
        QVERIFY2(r.ok(), qPrintable(r.messages().join(u'\n')));
        QCOMPARE(r.project->database.filegroups.size(), 2);
        QCOMPARE(r.project->database.filegroups[1].files.size(), 2);
        QVERIFY(r.project->database.filegroups[1].type == FilegroupType::MemoryOptimizedData);
    }

    void notARegularFile()
    {
        QTemporaryDir dir;
        const HistoryImport r = MsdbHistoryReader::readFiles({dir.path()});
        QVERIFY(!r.ok());
        QCOMPARE(r.errors().value(0), dir.path() + QStringLiteral(": this is a directory, not a file"));
    }
};

QTEST_GUILESS_MAIN(TestMsdbHistoryReader)
#include "tst_msdbhistoryreader.moc"
