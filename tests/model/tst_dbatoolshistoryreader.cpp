// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The dbatools backup-history reader (DbatoolsHistoryReader) on the real exports dbatools' own
// tests use (tests/data/dbatools/, copied from dataplat/dbatools) and on files written or broken
// by hand. Every expected value is read from the fixture text (quoted in the comments), and the
// one epoch date converted by hand.
#include "model/io/dbatoolshistoryreader.h"
#include "model/io/historyimporter.h"

#include <QFile>
#include <QTest>

using namespace rd;
using namespace Qt::StringLiterals;

namespace {

const QString DataDir = QStringLiteral(RD_TEST_DATA_DIR "/dbatools/");

QByteArray dataBytes(const QString &name)
{
    QFile f(DataDir + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

HistoryImport readFixture(const QString &name, const QString &database = {})
{
    return DbatoolsHistoryReader::readFiles({DataDir + name}, database);
}

QDateTime at(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

int countOf(const Project &p, BackupType t)
{
    return int(std::count_if(p.backups.cbegin(), p.backups.cend(), [&](const Backup &b) { return b.type == t; }));
}

QStringList lastLsns(const Project &p)
{
    QStringList out;
    for (const Backup &b : p.backups)
        out << b.lastLsn.toString();
    return out;
}

bool notesMention(const HistoryImport &r, const QString &words)
{
    return std::any_of(r.notes.cbegin(), r.notes.cend(), [&](const QString &n) { return n.contains(words); });
}

} // namespace

class TestDbatoolsHistoryReader : public QObject
{
    Q_OBJECT

private slots:
    // TLogBWFirstLastLsn.json (UTF-16 LE, BOM, CR LF): database ETLogTest, one "Database" backup
    // and five "Transaction Log" backups 10 s apart; 20-digit LSNs beyond 2^64's 1.8e19.
    void tlogFixture()
    {
        const HistoryImport r = readFixture(u"TLogBWFirstLastLsn.json"_s);
        QVERIFY2(r.ok(), qPrintable(r.messages().join(u'\n')));
        QCOMPARE(r.problems.size(), 0);
        QCOMPARE(r.rowsRead, qsizetype(6));
        QCOMPARE(r.databases, QStringList{u"ETLogTest"_s});
        const Project &p = *r.project;
        QCOMPARE(p.database.name, u"ETLogTest"_s);
        QCOMPARE(p.backups.size(), 6);
        QCOMPARE(countOf(p, BackupType::Full), 1);
        QCOMPARE(countOf(p, BackupType::Log), 5);
        const Backup &full = p.backups[0];
        QVERIFY(full.type == BackupType::Full);
        // "FirstLSN":  14975000000265600001, "LastLSN":  14975000000274400001,
        // "DatabaseBackupLSN":  14975000000265600036: exact to the last digit (a double keeps ~16).
        QCOMPARE(full.firstLsn.toString(), u"14975000000265600001"_s);
        QCOMPARE(full.lastLsn.toString(), u"14975000000274400001"_s);
        QCOMPARE(full.checkpointLsn.toString(), u"14975000000265600001"_s);
        QCOMPARE(full.databaseBackupLsn.toString(), u"14975000000265600036"_s);
        QVERIFY(full.databaseBackupLsn != Lsn::fromString(u"14975000000265600001"));
        // "\/Date(1493233263000)\/": 1493233263 s = 17282 days + 68463 s; day 17282 is 2017's
        // day 116 (17167 days to 2017-01-01), April 26; 68463 s = 19:01:03. UTC.
        QCOMPARE(full.start, at(2017, 4, 26, 19, 1, 3));
        QCOMPARE(full.finish, at(2017, 4, 26, 19, 1, 3));
        QCOMPARE(full.backupSetGuid, u"B7E35AB2-E45F-41F8-9D8A-06A734D4771E"_s);
        QCOMPARE(full.id, u"full-20170426-190103"_s);
        // The logs follow in time order, 10 s apart, the first "FirstLSN":  14975000000246400001.
        QCOMPARE(p.backups[1].firstLsn.toString(), u"14975000000246400001"_s);
        QCOMPARE(p.backups[1].start, at(2017, 4, 26, 19, 1, 13));
        QCOMPARE(p.backups[5].lastLsn.toString(), u"14975000000288000001"_s);
        QVERIFY(p.backups[5].media.isEmpty()); // the export has no Path
        QVERIFY(notesMention(r, u"UTC"_s));
        QVERIFY(notesMention(r, u"exported from PesterDummy"_s));
        QVERIFY(notesMention(r, u"6 backup(s) have no file list"_s));
    }

    // The same history in UTF-8 without a byte order mark comes out the same.
    void utf8CopyEqualsUtf16()
    {
        const HistoryImport a = readFixture(u"TLogBWFirstLastLsn.json"_s);
        const HistoryImport b = readFixture(u"TLogBWFirstLastLsn-utf8.json"_s);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(b.project->backups == a.project->backups);
    }

    // DiffRestore.json: a full, a differential and 8 logs, listed out of order (the log
    // 34000000019700001-34000000021300001 last); two logs both start at \/Date(1493884638000)\/.
    void diffFixture()
    {
        const HistoryImport r = readFixture(u"DiffRestore.json"_s);
        QVERIFY2(r.ok(), qPrintable(r.messages().join(u'\n')));
        const Project &p = *r.project;
        QCOMPARE(p.database.name, u"RestoreTimeDiff"_s);
        QCOMPARE(p.backups.size(), 10);
        QCOMPARE(countOf(p, BackupType::Full), 1);
        QCOMPARE(countOf(p, BackupType::Differential), 1);
        QCOMPARE(countOf(p, BackupType::Log), 8);
        // In start order, then LSN order for the two logs of one second.
        QCOMPARE(lastLsns(p), (QStringList{u"34000000014400001"_s, u"34000000016800001"_s, u"34000000019700001"_s,
                                           u"34000000021300001"_s, u"34000000022200001"_s, u"34000000023200001"_s,
                                           u"34000000024800001"_s, u"34000000026400001"_s, u"34000000027000001"_s,
                                           u"34000000028400001"_s}));
        const Backup &diff = p.backups[4];
        QVERIFY(diff.type == BackupType::Differential);
        QCOMPARE(diff.databaseBackupLsn.toString(), u"34000000006900179"_s); // the full's CheckpointLSN
        QCOMPARE(diff.media, QStringList{u"C:\\dbatools\\RestoreTimeDiff\\RestoreTimeDiff2.bak"_s});
        QCOMPARE(p.backups[0].media, QStringList{u"C:\\dbatools\\RestoreTimeDiff\\RestoreTimeDiff.bak"_s});
        QCOMPARE(p.backups[0].databaseBackupLsn.toString(), u"0"_s);
        QCOMPARE(p.backups[0].softwareVersion, u"13.0"_s); // SoftwareVersionMajor 13, Minor 0
        QCOMPARE(p.backups[7].start, p.backups[8].start);
        QCOMPARE(p.backups[8].id, p.backups[7].id + u"_2"_s);
        // FileList is a DataTable ConvertTo-Json wrote without rows: said, not guessed.
        QVERIFY(notesMention(r, u"without its rows"_s));
        QCOMPARE(p.database.filegroups.size(), 1);
        QVERIFY(p.database.filegroups[0].files.isEmpty());
    }

    // broken_chain.json: lower-case "servername"/"databasename", 23-digit LSNs, recovery forks,
    // "DifferentialBaseLSN": null on the logs, an empty last log (FirstLSN = LastLSN).
    void brokenChainFixture()
    {
        const HistoryImport r = readFixture(u"broken_chain.json"_s);
        QVERIFY2(r.ok(), qPrintable(r.messages().join(u'\n')));
        const Project &p = *r.project;
        QCOMPARE(p.database.name, u"testdb"_s);
        QCOMPARE(p.backups.size(), 4);
        const Backup &full = p.backups[0];
        QCOMPARE(full.firstLsn.toString(), u"17126658000000314200037"_s);
        QCOMPARE(full.firstLsn.toString().size(), 23);
        QCOMPARE(full.differentialBaseLsn.toString(), u"17126658000000314600038"_s);
        QCOMPARE(full.recoveryForkId, u"3B085538-EE7B-46AC-9B63-1916D40A59CF"_s);
        QVERIFY(full.lastRecoveryForkId.isEmpty()); // RecoveryForkID is the same fork
        // "\/Date(1500224400000)\/": 17363 days + 61200 s; 2017's day 197 is July 16; 17:00 UTC.
        QCOMPARE(full.start, at(2017, 7, 16, 17, 0));
        QCOMPARE(full.finish, at(2017, 7, 16, 17, 1, 40)); // 1500224500000: 100 s later
        QVERIFY(p.backups[1].differentialBaseLsn.isNull());
        QCOMPARE(p.backups[3].firstLsn, p.backups[3].lastLsn);
        QCOMPARE(p.backups[3].checkpointLsn.toString(), u"17126657000008405600001"_s);
        QVERIFY(notesMention(r, u"exported from testserver"_s));
    }

    // RestoreTimeClean.xml (CliXML, UTF-16): 7 records listed newest first, dates with no zone.
    void restoreTimeCleanFixture()
    {
        const HistoryImport r = readFixture(u"RestoreTimeClean.xml"_s);
        QVERIFY2(r.ok(), qPrintable(r.messages().join(u'\n')));
        QCOMPARE(r.problems.size(), 0);
        const Project &p = *r.project;
        QCOMPARE(p.database.name, u"RestoreTimeClean"_s);
        QCOMPARE(p.backups.size(), 7);
        QCOMPARE(countOf(p, BackupType::Full), 1);
        QCOMPARE(countOf(p, BackupType::Log), 6);
        // Oldest first now: <DT N="Start">2017-08-01T11:09:25</DT>, RestoreTimeClean.bak.
        const Backup &full = p.backups[0];
        QVERIFY(full.type == BackupType::Full);
        QCOMPARE(full.start, at(2017, 8, 1, 11, 9, 25)); // kept as written: local time
        QCOMPARE(full.media, QStringList{u"C:\\dbatools\\RestoreTimeClean\\RestoreTimeClean.bak"_s});
        QCOMPARE(full.firstLsn.toString(), u"34000000006900179"_s);
        QCOMPARE(full.lastLsn.toString(), u"34000000014400001"_s);
        QCOMPARE(full.position, 1);
        QVERIFY(!full.copyOnly);
        QCOMPARE(p.backups[1].media, QStringList{u"C:\\dbatools\\RestoreTimeClean\\RestoreTimeClean_1.trn"_s});
        QCOMPARE(p.backups[6].media, QStringList{u"C:\\dbatools\\RestoreTimeClean\\RestoreTimeClean_23.trn"_s});
        QCOMPARE(p.backups[6].firstLsn.toString(), u"34000000024500001"_s);
        QCOMPARE(p.backups[6].checkpointLsn.toString(), u"34000000024700002"_s);
        QCOMPARE(p.backups[6].start, at(2017, 8, 1, 11, 14, 26));
        // LastRecoveryForkGUID 00000000-…: no fork, said in the notes.
        QVERIFY(full.recoveryForkId.isEmpty());
        QVERIFY(notesMention(r, u"7 backup(s) have the recovery fork 00000000"_s));
        QVERIFY(notesMention(r, u"without a time zone"_s));
        // FileList: the data file (Type D) and the log (Type L), no filegroup names.
        const Database &db = p.database;
        QCOMPARE(db.filegroups.size(), 1);
        QCOMPARE(db.filegroups[0].name, u"PRIMARY"_s);
        QCOMPARE(db.filegroups[0].files.size(), 1);
        QCOMPARE(db.filegroups[0].files[0].name, u"RestoreTimeClean"_s);
        QCOMPARE(db.filegroups[0].files[0].path,
                 u"C:\\Program Files\\Microsoft SQL Server\\MSSQL13.SQLEXPRESS2016\\MSSQL\\DATA\\RestoreTimeClean.mdf"_s);
        QCOMPARE(db.logFiles.size(), 1);
        QCOMPARE(db.logFiles[0].name, u"RestoreTimeClean_log"_s);
        QVERIFY(notesMention(r, u"FileList names no filegroup for the data file(s) RestoreTimeClean: put in PRIMARY"_s));
    }

    // ContinuePointTest.xml: a full, the differential ContinuePointTest2.bak and logs _1, _2,
    // _21, _22, _23.
    void continuePointFixture()
    {
        const HistoryImport r = readFixture(u"ContinuePointTest.xml"_s);
        QVERIFY2(r.ok(), qPrintable(r.messages().join(u'\n')));
        const Project &p = *r.project;
        QCOMPARE(p.backups.size(), 7);
        QCOMPARE(countOf(p, BackupType::Full), 1);
        QCOMPARE(countOf(p, BackupType::Differential), 1);
        QCOMPARE(countOf(p, BackupType::Log), 5);
        QStringList media;
        for (const Backup &b : p.backups)
            media << b.media.value(0).section(u'\\', -1);
        QCOMPARE(media, (QStringList{u"ContinuePointTest.bak"_s, u"ContinuePointTest_1.trn"_s, u"ContinuePointTest_2.trn"_s,
                                     u"ContinuePointTest2.bak"_s, u"ContinuePointTest_21.trn"_s,
                                     u"ContinuePointTest_22.trn"_s, u"ContinuePointTest_23.trn"_s}));
        // The differential: FirstLsn 34000000021200005, DatabaseBackupLsn 34000000006800179.
        QVERIFY(p.backups[3].type == BackupType::Differential);
        QCOMPARE(p.backups[3].firstLsn.toString(), u"34000000021200005"_s);
        QCOMPARE(p.backups[3].databaseBackupLsn.toString(), u"34000000006800179"_s);
        QCOMPARE(p.backups[3].lastLsn.toString(), u"34000000021600001"_s);
    }

    // ref.xml: <TNRef> and <Ref> followed; 22-digit LSNs; DbaSize's Byte; the repeated record skipped.
    void cliXmlReferences()
    {
        const HistoryImport r = readFixture(u"ref.xml"_s);
        QVERIFY2(r.ok(), qPrintable(r.messages().join(u'\n')));
        QCOMPARE(r.rowsRead, qsizetype(3));
        const Project &p = *r.project;
        QCOMPARE(p.backups.size(), 2);
        const Backup &full = p.backups[0];
        QCOMPARE(full.media, (QStringList{u"E:\\bak\\orders_1.bak"_s, u"F:\\bak\\orders_2.bak"_s}));
        QCOMPARE(full.sizeBytes, qint64(3145728));
        QCOMPARE(full.firstLsn.toString(), u"1903345000083031000001"_s);
        QCOMPARE(full.finish, at(2026, 11, 30, 1, 4, 30, 500));
        QCOMPARE(full.lastRecoveryForkId, QString());
        QCOMPARE(full.recoveryForkId, u"5E1F0A2B-3C4D-4E5F-8A9B-0C1D2E3F4A5B"_s);
        const Backup &log = p.backups[1];
        QVERIFY(log.type == BackupType::Log);
        QVERIFY(log.copyOnly);
        QCOMPARE(log.position, 2);
        QCOMPARE(log.checkpointLsn.toString(), u"1903345000083031000001"_s); // <Ref N="CheckpointLsn" RefId="8" />
        QCOMPARE(p.database.filegroups[0].files.size(), 1);
        QCOMPARE(p.database.logFiles.size(), 1);
        QCOMPARE(p.database.logFiles[0].path, u"L:\\log\\orders_log.ldf"_s);
        // <Ref RefId="0" /> at the end: the first record again (line 125).
        QCOMPARE(r.skipped.size(), 1);
        QCOMPARE(r.skipped[0].lines, QList<int>{125});
        QVERIFY2(r.skipped[0].reason.contains(u"the same backup set (BackupSetGUID)"_s), qPrintable(r.skipped[0].reason));
    }

    void unknownRefIsAnError()
    {
        const QByteArray xml = "<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">\n"
                               "  <Obj RefId=\"0\">\n"
                               "    <TNRef RefId=\"7\" />\n"
                               "  </Obj>\n"
                               "</Objs>\n";
        const HistoryImport r = DbatoolsHistoryReader::read(xml, u"ref.xml"_s);
        QVERIFY(!r.ok());
        QVERIFY2(r.errors().value(0).startsWith(u"ref.xml, line 3"_s), qPrintable(r.errors().join(u'\n')));
        QVERIFY(r.errors().value(0).contains(u"<TNRef RefId=\"7\"> names no type list given before it"_s));
    }

    // two-databases.json: sales and hr; choose with the database; the repeated log and hr skipped.
    void severalDatabases()
    {
        const HistoryImport none = readFixture(u"two-databases.json"_s);
        QVERIFY(!none.ok());
        QVERIFY2(none.errors().join(u'\n').contains(u"the export holds backups of 2 databases: sales, hr; choose one with --database NAME"_s),
                 qPrintable(none.errors().join(u'\n')));
        const HistoryImport r = readFixture(u"two-databases.json"_s, u"SALES"_s);
        QVERIFY2(r.ok(), qPrintable(r.messages().join(u'\n')));
        const Project &p = *r.project;
        QCOMPARE(p.backups.size(), 3);
        QCOMPARE(r.skipped.size(), 2);
        QCOMPARE(r.skipped[0].lines, QList<int>{26}); // hr's object starts on line 26
        QVERIFY(r.skipped[0].reason.contains(u"a backup of database hr, not of SALES"_s));
        QCOMPARE(r.skipped[1].lines, QList<int>{70});
        QVERIFY2(r.skipped[1].reason.contains(u"line 40: read once"_s), qPrintable(r.skipped[1].reason));
        // The full: two stripes, the compressed size, its FileList's three files.
        const Backup &full = p.backups[0];
        QCOMPARE(full.media, (QStringList{u"D:\\backup\\sales_1.bak"_s, u"D:\\backup\\sales_2.bak"_s}));
        QCOMPARE(full.sizeBytes, qint64(10485760));
        QVERIFY(full.recoveryModel == RecoveryModel::Full);
        QCOMPARE(full.readOnlyFilegroups.value_or(QStringList()), QStringList{u"ARCHIVE"_s});
        QCOMPARE(p.database.filegroups.size(), 2);
        QCOMPARE(p.database.filegroups[1].name, u"ARCHIVE"_s);
        QVERIFY(p.database.filegroups[1].readOnly);
        QCOMPARE(p.database.logFiles.value(0).name, u"sales_log"_s);
        // The copy-only full is kept, marked (a copy-only full is never a differential base).
        QVERIFY(p.backups[2].type == BackupType::Full);
        QVERIFY(p.backups[2].copyOnly);
        QCOMPARE(p.backups[2].id, u"copy-full-20261130-013000"_s);
        QCOMPARE(p.backups[1].media, QStringList{u"D:\\backup\\sales_0115.trn"_s});
    }

    void brokenFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("says");
        // Line 10 is `        "BackupSetGUID":  "b7e35ab2-e4`: the string never ends.
        QTest::newRow("truncated JSON") << u"truncated.json"_s << u"truncated.json, line 10, column 36: the file ends inside a string"_s;
        // Line 6: `        "FirstLSN":  1497500000026560O001,`: the value starts at column 22.
        QTest::newRow("LSN with a letter") << u"lsn-letter.json"_s
                                           << u"lsn-letter.json, line 6, column 22 (FirstLSN): \"1497500000026560O001\" is not a JSON value"_s;
        // Line 15: `        "Start":  "\/Date(1493233x63000)\/",`: the value starts at column 19.
        QTest::newRow("date that does not parse") << u"bad-date.json"_s
                                                  << u"bad-date.json, line 15, column 19 (Start): \"/Date(1493233x63000)/\" is not a date"_s;
        // Line 14: `      <DT N="Start">2017-02-30T11:14:26</DT>`: the text starts at column 21.
        QTest::newRow("February 30") << u"bad-date.xml"_s
                                     << u"bad-date.xml, line 14, column 21 (Start): \"2017-02-30T11:14:26\" is not a date"_s;
        // Cut in half: 416 line ends, the last line `          <Obj` (11 characters) unfinished.
        QTest::newRow("truncated CliXML") << u"truncated.xml"_s
                                          << u"truncated.xml, line 417, column 12: the file ends before its last element is closed"_s;
    }
    void brokenFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, says);
        const HistoryImport r = readFixture(file);
        QVERIFY(!r.ok());
        QVERIFY(!r.cancelled);
        const QString errors = r.errors().join(u'\n');
        QVERIFY2(errors.contains(DataDir + says), qPrintable(errors));
    }

    void contentNotExtensionDecides()
    {
        // The JSON fixture under another name, and CliXML given as bytes named .json.
        const HistoryImport a = DbatoolsHistoryReader::read(dataBytes(u"broken_chain.json"_s), u"history.txt"_s);
        QVERIFY(a.ok());
        const HistoryImport b = DbatoolsHistoryReader::read(dataBytes(u"RestoreTimeClean.xml"_s), u"history.json"_s);
        QVERIFY(b.ok());
        QCOMPARE(b.project->backups.size(), 7);
        const HistoryImport c = DbatoolsHistoryReader::read("database_name,type\nx,D\n", u"msdb.csv"_s);
        QVERIFY(!c.ok());
        QVERIFY2(c.errors().value(0).contains(u"neither the JSON of ConvertTo-Json"_s), qPrintable(c.errors().join(u'\n')));
    }

    void singleObjectAndFloatLsn()
    {
        // ConvertTo-Json writes one backup as an object, not an array.
        const QByteArray one = R"({"Database": "db", "Type": "Full", "FirstLSN": 41000000012800037,
 "LastLSN": 41000000034400001, "Start": "\/Date(0)\/", "End": "\/Date(1000)\/"})";
        const HistoryImport r = DbatoolsHistoryReader::read(one, u"one.json"_s);
        QVERIFY2(r.ok(), qPrintable(r.messages().join(u'\n')));
        QCOMPARE(r.project->backups.size(), 1);
        QCOMPARE(r.project->backups[0].start, at(1970, 1, 1, 0, 0));
        // An LSN that went through a double is refused: its digits are gone.
        QByteArray lost = one;
        lost.replace("41000000034400001", "4.10000000344E+16");
        const HistoryImport f = DbatoolsHistoryReader::read(lost, u"one.json"_s);
        QVERIFY(!f.ok());
        QVERIFY2(f.errors().value(0).startsWith(u"one.json, line 2, column 13 (LastLSN): \"4.10000000344E+16\" is an LSN written as a floating-point number"_s),
                 qPrintable(f.errors().join(u'\n')));
        // Windows PowerShell writes a BigInteger as its properties: no digits to read.
        QByteArray object = one;
        object.replace("41000000034400001", R"({"IsPowerOfTwo": false, "IsZero": false, "Sign": 1})");
        const HistoryImport o = DbatoolsHistoryReader::read(object, u"one.json"_s);
        QVERIFY(!o.ok());
        QVERIFY2(o.errors().value(0).startsWith(u"one.json, line 2, column 13 (LastLSN): the LSN is an object without its digits"_s),
                 qPrintable(o.errors().join(u'\n')));
    }

    void stringEscapes()
    {
        // \u00e9 is é; "\/" is "/"; a \u without four hexadecimal digits is refused where it is.
        const QByteArray one = R"({"Database": "db", "SqlInstance": "caf\u00e9\/01", "Type": "Log", "FirstLSN": 1, "LastLSN": 2,
 "Start": "\/Date(0)\/", "End": "\/Date(0)\/"})";
        const HistoryImport r = DbatoolsHistoryReader::read(one, u"e.json"_s);
        QVERIFY2(r.ok(), qPrintable(r.messages().join(u'\n')));
        QVERIFY(notesMention(r, u"exported from café/01"_s));
        QByteArray bad = one;
        bad.replace("\\u00e9", "\\u0x12");
        const HistoryImport b = DbatoolsHistoryReader::read(bad, u"e.json"_s);
        QVERIFY(!b.ok());
        QVERIFY2(b.errors().value(0).startsWith(u"e.json, line 1, column 41: \\u must be followed by four hexadecimal digits"_s),
                 qPrintable(b.errors().join(u'\n')));
    }

    void unknownTypeLabel()
    {
        const QByteArray one = R"([{"Database": "db", "Type": "Snapshot", "FirstLSN": 1, "LastLSN": 2, "Start": "\/Date(0)\/", "End": "\/Date(0)\/"}])";
        const HistoryImport r = DbatoolsHistoryReader::read(one, u"t.json"_s);
        QVERIFY(!r.ok());
        QVERIFY2(r.errors().value(0).startsWith(u"t.json, line 1, column 29 (Type): \"Snapshot\" is not a backup type"_s),
                 qPrintable(r.errors().join(u'\n')));
    }

    void progressAndCancel()
    {
        QList<std::pair<qint64, qint64>> calls;
        ImportProgress counting;
        counting.report = [&](qint64 done, qint64 total) {
            calls << std::pair{done, total};
            return true;
        };
        const QString file = DataDir + u"DiffRestore.json"_s;
        const HistoryImport r = HistoryImporter::readFiles(HistoryFormat::Dbatools, {file}, {}, counting);
        QVERIFY(r.ok());
        QCOMPARE(calls.size(), 10); // once per record
        QCOMPARE(calls.back().second, QFileInfo(file).size());
        for (qsizetype i = 1; i < calls.size(); ++i)
            QVERIFY(calls[i].first >= calls[i - 1].first && calls[i].first <= calls[i].second);
        QVERIFY(calls.back().first > calls.back().second * 9 / 10);

        int seen = 0;
        ImportProgress stopping;
        stopping.report = [&](qint64, qint64) { return ++seen < 3; };
        for (const QString &name : {u"DiffRestore.json"_s, u"RestoreTimeClean.xml"_s}) {
            seen = 0;
            const HistoryImport c = HistoryImporter::readFiles(HistoryFormat::Dbatools, {DataDir + name}, {}, stopping);
            QVERIFY(c.cancelled);
            QVERIFY(!c.ok());
            QVERIFY(c.problems.isEmpty());
            QCOMPARE(seen, 3);
        }
    }

    void encodings()
    {
        // CliXML in UTF-16 LE without a byte order mark: QXmlStreamReader tells it by "<\0".
        const QByteArray xml = dataBytes(u"ref.xml"_s);
        QByteArray utf16;
        for (char c : xml)
            utf16 += QByteArray(1, c) + QByteArray(1, '\0');
        const HistoryImport a = DbatoolsHistoryReader::read(utf16, u"ref16.xml"_s);
        QVERIFY2(a.ok(), qPrintable(a.messages().join(u'\n')));
        QCOMPARE(a.project->backups.size(), 2);
        // JSON in Windows-1252: é as the byte E9, line 2, column 20 (after ` "ServerName": "caf`).
        const QByteArray latin = "[{\"Database\": \"db\",\n \"ServerName\": \"caf\xE9\"}]";
        const HistoryImport b = DbatoolsHistoryReader::read(latin, u"1252.json"_s);
        QVERIFY(!b.ok());
        QVERIFY2(b.errors().value(0).startsWith(u"1252.json, line 2, column 20: bytes that are not UTF-8"_s),
                 qPrintable(b.errors().join(u'\n')));
        // UTF-16 cut inside a character.
        QByteArray odd = dataBytes(u"TLogBWFirstLastLsn.json"_s);
        odd.chop(1);
        const HistoryImport c = DbatoolsHistoryReader::read(odd, u"odd.json"_s);
        QVERIFY(!c.ok());
        QVERIFY2(c.errors().value(0).contains(u"ends within a character"_s), qPrintable(c.errors().join(u'\n')));
    }

    void missingFile()
    {
        const HistoryImport r = DbatoolsHistoryReader::readFiles({DataDir + u"no-such.json"_s});
        QVERIFY(!r.ok());
        QVERIFY2(r.errors().value(0).contains(u"does not exist"_s), qPrintable(r.errors().join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestDbatoolsHistoryReader)
#include "tst_dbatoolshistoryreader.moc"
