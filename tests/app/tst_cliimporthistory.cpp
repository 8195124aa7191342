// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// `restore-designer import-history --from msdb` as scripts use it (docs/import-msdb.md): a saved
// export to a JSON plan or a project file that `check` then reads, several databases with and
// without --database, and the refusals with exit status 2, each message naming file, line, column.

#include "tests/app/clirun.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString DataDir = QStringLiteral(RD_TEST_DATA_DIR "/msdb/");
const QString DbatoolsDir = QStringLiteral(RD_TEST_DATA_DIR "/dbatools/");

rd::test::CliRun run(const QStringList &arguments)
{
    return rd::test::runCli(arguments);
}

} // namespace

class TestCliImportHistory : public QObject
{
    Q_OBJECT

private slots:
    void toJsonPlanThenCheck()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"imoltp.json"_s);
        const auto r = run({u"import-history"_s, u"--from"_s, u"msdb"_s, DataDir + u"history-imoltp.csv"_s, u"-o"_s, out});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray());
        // The report: 6 backup sets from 12 rows (4 rows for each of the two data backups, 1 per log).
        QVERIFY2(r.out.startsWith(out.toUtf8() + ": 6 backup(s) of database imoltp from 12 row(s) read\n"), r.out.constData());
        QVERIFY(r.out.contains("note: times are the server's local time, as msdb records them (time_zone: UTC+01:00)"));
        const QJsonObject plan = rd::test::parseJsonObject(rd::test::readFile(out));
        const QJsonArray backups = plan.value(u"backups"_s).toArray();
        QCOMPARE(backups.size(), 6);
        QCOMPARE(backups[3].toObject().value(u"type"_s).toString(), u"DIFFERENTIAL"_s);
        QCOMPARE(backups[3].toObject().value(u"differentialBaseGuid"_s).toString(),
                 backups[0].toObject().value(u"backupSetGuid"_s).toString());
        QCOMPARE(plan.value(u"database"_s).toObject().value(u"filegroups"_s).toArray()[1].toObject().value(u"type"_s).toString(),
                 u"MEMORY_OPTIMIZED_DATA"_s);
        const auto check = run({u"check"_s, out});
        QCOMPARE(check.exitCode, 0);
    }

    void toProjectFile()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"sales.rdproj"_s);
        const auto r = run({u"import-history"_s, u"--from"_s, u"msdb"_s, DataDir + u"stripes.csv"_s, u"-o"_s, out});
        QCOMPARE(r.exitCode, 0);
        // The mirror rows are reported, with their lines.
        QVERIFY2(r.out.contains("skipped: " + DataDir.toUtf8() + "stripes.csv, lines 6-9, 12 (5 row(s)): a mirrored copy"),
                 r.out.constData());
        const QString json = dir.filePath(u"sales.json"_s);
        QCOMPARE(run({u"convert"_s, out, json}).exitCode, 0);
        const QJsonArray backups = rd::test::parseJsonObject(rd::test::readFile(json)).value(u"backups"_s).toArray();
        QCOMPARE(backups.size(), 2);
        QCOMPARE(backups[1].toObject().value(u"media"_s).toArray().size(), 2);
        QCOMPARE(backups[1].toObject().value(u"mediaFamilyCount"_s).toInt(), 3);
    }

    void severalDatabases()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"x.json"_s);
        const QString file = DataDir + u"two-databases.csv"_s;
        const auto none = run({u"import-history"_s, u"--from"_s, u"msdb"_s, file, u"-o"_s, out});
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains("the export holds backups of 2 databases: hr, sales; choose one with --database NAME"),
                 none.err.constData());
        QVERIFY(!QFile::exists(out));
        const auto hr = run({u"import-history"_s, u"--from"_s, u"msdb"_s, file, u"--database"_s, u"hr"_s, u"-o"_s, out});
        QCOMPARE(hr.exitCode, 0);
        QVERIFY2(hr.out.contains("two-databases.csv, lines 4-5, 7 (3 row(s)): a backup of database sales, not of hr (--database)"),
                 hr.out.constData());
    }

    void brokenFileNamesLineAndColumn()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(u"bad.csv"_s);
        // Column 56 of line 2 is first_lsn's first character (counted by hand).
        QVERIFY(rd::test::writeFile(in, "backup_set_id,database_name,type,backup_start_date,backup_finish_date,first_lsn,last_lsn\n"
                                        "1,db,D,2026-11-30 01:00:00.000,2026-11-30 01:05:00.000,41x,42\n"));
        const auto r = run({u"import-history"_s, u"--from"_s, u"msdb"_s, in, u"-o"_s, dir.filePath(u"out.json"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(in.toUtf8() + ", line 2, column 56 (first_lsn): \"41x\" is not an LSN"), r.err.constData());
    }

    // --from dbatools (docs/import-dbatools.md): each real export of dbatools' tests, JSON and
    // CliXML, becomes a plan that `check` accepts, with as many backups as the file has records.
    void dbatoolsThenCheck_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("backups");
        QTest::newRow("DiffRestore.json") << u"DiffRestore.json"_s << 10;
        QTest::newRow("TLogBWFirstLastLsn.json") << u"TLogBWFirstLastLsn.json"_s << 6;
        QTest::newRow("broken_chain.json") << u"broken_chain.json"_s << 4;
        QTest::newRow("RestoreTimeClean.xml") << u"RestoreTimeClean.xml"_s << 7;
        QTest::newRow("ContinuePointTest.xml") << u"ContinuePointTest.xml"_s << 7;
    }
    void dbatoolsThenCheck()
    {
        QFETCH(QString, file);
        QFETCH(int, backups);
        QTemporaryDir dir;
        const QString out = dir.filePath(u"out.json"_s);
        const auto r = run({u"import-history"_s, u"--from"_s, u"dbatools"_s, DbatoolsDir + file, u"-o"_s, out});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray());
        QVERIFY2(r.out.startsWith(out.toUtf8() + ": " + QByteArray::number(backups) + " backup(s) of database "), r.out.constData());
        const QJsonArray list = rd::test::parseJsonObject(rd::test::readFile(out)).value(u"backups"_s).toArray();
        QCOMPARE(list.size(), backups);
        const auto check = run({u"check"_s, out});
        QCOMPARE(check.exitCode, 0);
    }

    void dbatoolsLsnsExact()
    {
        // TLogBWFirstLastLsn.json's full: "FirstLSN":  14975000000265600001 (beyond 2^64).
        QTemporaryDir dir;
        const QString out = dir.filePath(u"t.rdproj"_s);
        QCOMPARE(run({u"import-history"_s, u"--from"_s, u"dbatools"_s, DbatoolsDir + u"TLogBWFirstLastLsn.json"_s, u"-o"_s, out})
                     .exitCode,
                 0);
        const QString json = dir.filePath(u"t.json"_s);
        QCOMPARE(run({u"convert"_s, out, json}).exitCode, 0);
        const QJsonObject full = rd::test::parseJsonObject(rd::test::readFile(json)).value(u"backups"_s).toArray()[0].toObject();
        QCOMPARE(full.value(u"firstLsn"_s).toString(), u"14975000000265600001"_s);
        QCOMPARE(full.value(u"start"_s).toString(), u"2017-04-26T19:01:03"_s);
    }

    void dbatoolsDatabasesAndErrors()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"x.json"_s);
        const QString two = DbatoolsDir + u"two-databases.json"_s;
        const auto none = run({u"import-history"_s, u"--from"_s, u"dbatools"_s, two, u"-o"_s, out});
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains("the export holds backups of 2 databases: sales, hr; choose one with --database NAME"),
                 none.err.constData());
        QVERIFY(!QFile::exists(out));
        const auto hr = run({u"import-history"_s, u"--from"_s, u"dbatools"_s, two, u"--database"_s, u"hr"_s, u"-o"_s, out});
        QCOMPARE(hr.exitCode, 0);
        // sales' four objects start on lines 2, 40, 55 and 70.
        QVERIFY2(hr.out.contains("skipped: " + two.toUtf8() + ", lines 2, 40, 55, 70 (4 row(s)): a backup of database sales, not of hr"),
                 hr.out.constData());
        const QString bad = DbatoolsDir + u"lsn-letter.json"_s;
        const auto broken = run({u"import-history"_s, u"--from"_s, u"dbatools"_s, bad, u"-o"_s, out});
        QCOMPARE(broken.exitCode, 2);
        QVERIFY2(broken.err.contains(bad.toUtf8() + ", line 6, column 22 (FirstLSN): \"1497500000026560O001\" is not a JSON value"),
                 broken.err.constData());
    }

    // --from headeronly (docs/import-headeronly.md): the 59- and 56-column HEADERONLY results and
    // the file lists of tests/data/headeronly/ (its design: tests/model/tst_headeronlyhistoryreader.cpp).
    void headerOnlyToJsonPlan()
    {
        const QString data = QStringLiteral(RD_TEST_DATA_DIR "/headeronly/");
        QTemporaryDir dir;
        const QString out = dir.filePath(u"imoltp.json"_s);
        const auto r = run({u"import-history"_s, u"--from"_s, u"headeronly"_s, data + u"imoltp-headers-59.csv"_s,
                            data + u"imoltp-headers-56.csv"_s, data + u"imoltp-filelist.csv"_s, u"-o"_s, out});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray());
        // 3 + 3 backup sets; 6 HEADERONLY rows and 3 file lists of 4 files.
        QVERIFY2(r.out.startsWith(out.toUtf8() + ": 6 backup(s) of database imoltp from 18 row(s) read\n"), r.out.constData());
        const QJsonObject plan = rd::test::parseJsonObject(rd::test::readFile(out));
        const QJsonArray backups = plan.value(u"backups"_s).toArray();
        QCOMPARE(backups.size(), 6);
        QCOMPARE(backups[5].toObject().value(u"type"_s).toString(), u"FILE"_s);
        QCOMPARE(backups[2].toObject().value(u"position"_s).toInt(), 2);
        QCOMPARE(plan.value(u"database"_s).toObject().value(u"filegroups"_s).toArray()[1].toObject().value(u"type"_s).toString(),
                 u"MEMORY_OPTIMIZED_DATA"_s);
        QCOMPARE(run({u"check"_s, out}).exitCode, 0);

        const auto bad = run({u"import-history"_s, u"--from"_s, u"headeronly"_s, data + u"broken-lsn-letters.csv"_s,
                              u"-o"_s, dir.filePath(u"bad.json"_s)});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("broken-lsn-letters.csv, line 3, column 148 (LastLSN): \"4200000000800O001\" is not an LSN"),
                 bad.err.constData());
        QVERIFY(!QFile::exists(dir.filePath(u"bad.json"_s)));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("says");
        const QString file = DataDir + u"history-imoltp.csv"_s;
        QTest::newRow("dbatools given an msdb export") << QStringList{u"--from"_s, u"dbatools"_s, file, u"-o"_s, u"x.json"_s}
                                                       << QByteArray("neither the JSON of ConvertTo-Json");
        // An msdb export is no backup-header result: the message says what was looked for.
        QTest::newRow("headeronly of an msdb export")
            << QStringList{u"--from"_s, u"headeronly"_s, file, u"-o"_s, u"x.json"_s}
            << QByteArray("no header line naming BackupType (RESTORE HEADERONLY) or LogicalName (RESTORE FILELISTONLY)");
        QTest::newRow("unknown source") << QStringList{u"--from"_s, u"backupset"_s, file, u"-o"_s, u"x.json"_s}
                                        << QByteArray("expected msdb, dbatools or headeronly");
        QTest::newRow("no --from") << QStringList{file, u"-o"_s, u"x.json"_s} << QByteArray("--from is required");
        QTest::newRow("no -o") << QStringList{u"--from"_s, u"msdb"_s, file} << QByteArray("-o OUT is required");
        QTest::newRow("no file") << QStringList{u"--from"_s, u"msdb"_s, u"-o"_s, u"x.json"_s} << QByteArray("at least one FILE");
        QTest::newRow("unknown extension") << QStringList{u"--from"_s, u"msdb"_s, file, u"-o"_s, u"x.txt"_s}
                                           << QByteArray("unknown extension");
    }
    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, says);
        QTemporaryDir dir;
        QStringList args{u"import-history"_s};
        for (const QString &a : arguments)
            args << (a == u"x.json"_s || a == u"x.txt"_s ? dir.filePath(a) : a);
        const auto r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(says), r.err.constData());
        QVERIFY(!QFile::exists(dir.filePath(u"x.json"_s)));
    }

    void outputIsInput()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(u"history.json"_s);
        QVERIFY(QFile::copy(DataDir + u"history-imoltp.csv"_s, in));
        const auto r = run({u"import-history"_s, u"--from"_s, u"msdb"_s, in, u"-o"_s, in});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("the output would overwrite the input"), r.err.constData());
        QCOMPARE(rd::test::readFile(in), rd::test::readFile(DataDir + u"history-imoltp.csv"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliImportHistory)
#include "tst_cliimporthistory.moc"
