// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The DMV export reader (CheckpointDmvReader) on hand-written files shaped as SSMS and sqlcmd save
// sys.dm_db_xtp_checkpoint_files (tests/data/cfp/, written from Microsoft's DMV documentation of
// both the 2014 and the 2016+ column sets), and on broken ones: each broken case names the line,
// the character column and the DMV column a text editor would show.
#include "model/io/checkpointdmvreader.h"

#include <QStringEncoder>
#include <QTest>

#include <algorithm>

using namespace rd;

namespace {

const QString DataDir = QStringLiteral(RD_TEST_DATA_DIR "/cfp/");
constexpr qint64 MB = 1024 * 1024;

QUuid id2016(int n) // the GUIDs of dmv2016-*.csv: 5E1F<n>-0C2D-4B3A-8F10-A000000000<n>
{
    return QUuid::fromString(QStringLiteral("5E1F%1-0C2D-4B3A-8F10-A%2").arg(n, 4, 16, QLatin1Char('0')).arg(n, 11, 16, QLatin1Char('0')));
}
QUuid id2014(int n) // and of dmv2014-*: 7C2D<n>-1A2B-4C3D-9E4F-B000000000<n>
{
    return QUuid::fromString(QStringLiteral("7C2D%1-1A2B-4C3D-9E4F-B%2").arg(n, 4, 16, QLatin1Char('0')).arg(n, 11, 16, QLatin1Char('0')));
}

CheckpointDmvImport readData(const QString &name)
{
    return CheckpointDmvReader::readFile(DataDir + name);
}

const CheckpointFile *fileWithId(const CheckpointInventory &inventory, const QUuid &id)
{
    const auto it = std::find_if(inventory.files.cbegin(), inventory.files.cend(),
                                 [&](const CheckpointFile &f) { return f.id == id; });
    return it == inventory.files.cend() ? nullptr : &*it;
}

int count(const CheckpointInventory &inventory, CheckpointFileState state, std::optional<CheckpointFileType> type = {})
{
    return int(std::count_if(inventory.files.cbegin(), inventory.files.cend(), [&](const CheckpointFile &f) {
        return f.state == state && (!type || f.type == *type);
    }));
}

QList<CheckpointDmvProblem> errorsOf(const CheckpointDmvImport &r)
{
    QList<CheckpointDmvProblem> out;
    for (const CheckpointDmvProblem &p : r.problems)
        if (p.severity == CheckpointDmvProblem::Severity::Error)
            out << p;
    return out;
}

// A small 2016+ export, as the tests below break it. Character columns of the row, counted by hand:
// checkpoint_file_id 1 (36 characters), file_type 38, state 40, file_size_in_bytes 42,
// file_size_used_in_bytes 51, logical_row_count 60.
const QByteArray Header = "checkpoint_file_id,file_type,state,file_size_in_bytes,file_size_used_in_bytes,logical_row_count\r\n";
const QByteArray Row1 = "5E1F0001-0C2D-4B3A-8F10-A00000000001,0,2,16777216,15728640,1870\r\n";
const QByteArray Row2 = "5E1F0002-0C2D-4B3A-8F10-A00000000002,1,2,1048576,65536,100\r\n";

} // namespace

class TestCheckpointDmvReader : public QObject
{
    Q_OBJECT
private slots:
    void reads2016SsmsCsv();
    void reads2016SqlcmdOutputAlike();
    void readsColumnsInAnyOrderWithTabs();
    void reads2014PaddedSqlcmdOutput();
    void reads2014SsmsCsvWithBomAlike();
    void readsUtf16_data();
    void readsUtf16();
    void readsQuotedFields();
    void brokenFilesNameLineAndColumn_data();
    void brokenFilesNameLineAndColumn();
    void everyBadRowIsReported();
    void problemsAreCapped();
    void missingFileIsOneError();
    void recognisesExports();
};

void TestCheckpointDmvReader::reads2016SsmsCsv()
{
    const CheckpointDmvImport r = readData(QStringLiteral("dmv2016-ssms.csv"));
    QVERIFY2(r.ok(), qPrintable(r.messages().join(u'\n')));
    QVERIFY2(r.problems.isEmpty(), qPrintable(r.messages().join(u'\n')));
    const CheckpointInventory &inv = *r.inventory;
    QCOMPARE(inv.version, CheckpointDmvVersion::SqlServer2016);
    QCOMPARE(inv.files.size(), 15);
    // The file holds: a ROOT, two FREE, then pairs PRECREATED, UNDER CONSTRUCTION, 2 × ACTIVE,
    // MERGE TARGET, WAITING FOR LOG TRUNCATION.
    QCOMPARE(count(inv, CheckpointFileState::Precreated), 4);
    QCOMPARE(count(inv, CheckpointFileState::Precreated, CheckpointFileType::Free), 2);
    QCOMPARE(count(inv, CheckpointFileState::UnderConstruction, CheckpointFileType::Data), 1);
    QCOMPARE(count(inv, CheckpointFileState::Active), 5);
    QCOMPARE(count(inv, CheckpointFileState::Active, CheckpointFileType::Root), 1);
    QCOMPARE(count(inv, CheckpointFileState::Active, CheckpointFileType::Data), 2);
    QCOMPARE(count(inv, CheckpointFileState::MergeTarget, CheckpointFileType::Delta), 1);
    QCOMPARE(count(inv, CheckpointFileState::WaitingForLogTruncation), 2);
    qint64 activeDataUsed = 0, dataAllocated = 0;
    for (const CheckpointFile &f : inv.files) {
        if (f.type == CheckpointFileType::Data) {
            dataAllocated += f.sizeBytes.value_or(-1);
            if (f.state == CheckpointFileState::Active)
                activeDataUsed += f.usedBytes.value_or(-1);
        }
    }
    QCOMPARE(dataAllocated, 6 * 16 * MB);
    QCOMPARE(activeDataUsed, 15 * MB + 14 * MB);

    const CheckpointFile *uc = fileWithId(inv, id2016(0x20));
    QVERIFY(uc);
    QCOMPARE(uc->pairId, id2016(0x21));
    QCOMPARE(uc->type, CheckpointFileType::Data);
    QCOMPARE(uc->state, CheckpointFileState::UnderConstruction);
    QCOMPARE(uc->containerId, 65537);
    QCOMPARE(uc->relativePath, QStringLiteral("$HKv2\\{6B3C2F1E-8D4A-4E6B-9C1D-2A3B4C5D6E01}\\{5E1F0020-0C2D-4B3A-8F10-A00000000020}.hkckp"));
    QCOMPARE(uc->sizeBytes, 16 * MB);
    QCOMPARE(uc->usedBytes, 4 * MB);
    QCOMPARE(uc->rowCount, 512);
    QCOMPARE(uc->lowerBoundTsn, 9301);
    QCOMPARE(uc->upperBoundTsn, 9877);
    QCOMPARE(uc->beginCheckpointId, 12);
    QCOMPARE(uc->endCheckpointId, 0);

    const CheckpointFile *root = fileWithId(inv, id2016(1));
    QVERIFY(root);
    QCOMPARE(root->type, CheckpointFileType::Root);
    QVERIFY(root->pairId.isNull());       // NULL for ROOT
    QCOMPARE(root->rowCount, std::nullopt); // NULL for ROOT
    QCOMPARE(root->lowerBoundTsn, std::nullopt);
    const CheckpointFile *waiting = fileWithId(inv, id2016(0x61));
    QVERIFY(waiting);
    QCOMPARE(waiting->type, CheckpointFileType::Delta);
    QCOMPARE(waiting->rowCount, 935); // logical_row_count of a delta: rows deleted
}

void TestCheckpointDmvReader::reads2016SqlcmdOutputAlike()
{
    // The same rows saved by sqlcmd -s"," -W: a line of dashes and "(15 rows affected)" around them.
    const CheckpointDmvImport csv = readData(QStringLiteral("dmv2016-ssms.csv"));
    const CheckpointDmvImport sqlcmd = readData(QStringLiteral("dmv2016-sqlcmd.txt"));
    QVERIFY2(sqlcmd.ok(), qPrintable(sqlcmd.messages().join(u'\n')));
    QVERIFY(sqlcmd.problems.isEmpty());
    QCOMPARE(sqlcmd.inventory->files.size(), 15);
    QVERIFY(*sqlcmd.inventory == *csv.inventory);
}

void TestCheckpointDmvReader::readsColumnsInAnyOrderWithTabs()
{
    // Eight columns, state_desc first and state last, tab separated, LF line ends.
    const CheckpointDmvImport r = readData(QStringLiteral("dmv2016-columns-reordered.tsv"));
    QVERIFY2(r.ok(), qPrintable(r.messages().join(u'\n')));
    QCOMPARE(r.inventory->version, CheckpointDmvVersion::SqlServer2016);
    QCOMPARE(r.inventory->files.size(), 15);
    const CheckpointFile *f = fileWithId(*r.inventory, id2016(0x40));
    QVERIFY(f);
    QCOMPARE(f->pairId, id2016(0x41));
    QCOMPARE(f->state, CheckpointFileState::Active);
    QCOMPARE(f->usedBytes, 14 * MB);
    QCOMPARE(f->sizeBytes, 16 * MB);
    QCOMPARE(f->rowCount, 1752);
    QCOMPARE(f->containerId, 0); // not exported
    QVERIFY(f->relativePath.isEmpty());
}

void TestCheckpointDmvReader::reads2014PaddedSqlcmdOutput()
{
    const CheckpointDmvImport r = readData(QStringLiteral("dmv2014-sqlcmd-padded.txt"));
    QVERIFY2(r.ok(), qPrintable(r.messages().join(u'\n')));
    const CheckpointInventory &inv = *r.inventory;
    QCOMPARE(inv.version, CheckpointDmvVersion::SqlServer2014);
    QCOMPARE(inv.files.size(), 16);
    for (int state = 0; state <= 7; ++state) { // a pair in each of the eight 2014 states
        QCOMPARE(count(inv, CheckpointFileState(state), CheckpointFileType::Data), 1);
        QCOMPARE(count(inv, CheckpointFileState(state), CheckpointFileType::Delta), 1);
    }
    const CheckpointFile *data = fileWithId(inv, id2014(5));
    QVERIFY(data);
    QCOMPARE(data->rowCount, 1870); // inserted_row_count of a data file
    QCOMPARE(data->relativePath.left(6), QStringLiteral("$HKv2\\"));
    const CheckpointFile *delta = fileWithId(inv, id2014(6));
    QVERIFY(delta);
    QCOMPARE(delta->rowCount, 935); // deleted_row_count of a delta file
    QCOMPARE(delta->lowerBoundTsn, 2);
    QCOMPARE(delta->upperBoundTsn, 1872);
    const CheckpointFile *required = fileWithId(inv, id2014(11));
    QVERIFY(required);
    QCOMPARE(required->state, CheckpointFileState::RequiredForBackupHa);
    QCOMPARE(required->sizeBytes, std::nullopt); // NULL for states 5-7
    QCOMPARE(required->usedBytes, std::nullopt);

    // Warnings: the "Changed database context" line before the header (line 1), and the TOMBSTONE
    // pair without file types (rows 15 and 16 after header and dashes: lines 18 and 19).
    QCOMPARE(r.problems.size(), 3);
    QCOMPARE(r.problems[0].line, 1);
    QCOMPARE(r.problems[0].severity, CheckpointDmvProblem::Severity::Warning);
    QCOMPARE(r.problems[1].line, 18);
    QCOMPARE(r.problems[1].columnName, QStringLiteral("file_type"));
    QCOMPARE(r.problems[2].line, 19);
    QCOMPARE(fileWithId(inv, id2014(15))->type, CheckpointFileType::Data);
    QCOMPARE(fileWithId(inv, id2014(16))->type, CheckpointFileType::Delta);
}

void TestCheckpointDmvReader::reads2014SsmsCsvWithBomAlike()
{
    const CheckpointDmvImport csv = readData(QStringLiteral("dmv2014-ssms.csv"));
    QVERIFY2(csv.ok(), qPrintable(csv.messages().join(u'\n')));
    QVERIFY(csv.inventory == readData(QStringLiteral("dmv2014-sqlcmd-padded.txt")).inventory);
    QCOMPARE(csv.problems.size(), 2); // the TOMBSTONE pair, lines 16 and 17 (header on line 1)
    QCOMPARE(csv.problems[0].line, 16);
    QCOMPARE(csv.problems[1].line, 17);
}

void TestCheckpointDmvReader::readsUtf16_data()
{
    QTest::addColumn<int>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::newRow("UTF-16 LE with BOM (SSMS Unicode)") << int(QStringConverter::Utf16LE) << true;
    QTest::newRow("UTF-16 BE with BOM") << int(QStringConverter::Utf16BE) << true;
    QTest::newRow("UTF-16 LE without BOM") << int(QStringConverter::Utf16LE) << false;
}

void TestCheckpointDmvReader::readsUtf16()
{
    QFETCH(int, encoding);
    QFETCH(bool, bom);
    QFile f(DataDir + QStringLiteral("dmv2016-ssms.csv"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QStringEncoder encoder(QStringConverter::Encoding(encoding),
                           bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    const QByteArray bytes = encoder.encode(text);
    QCOMPARE(bytes.size(), text.size() * 2 + (bom ? 2 : 0));
    const CheckpointDmvImport r = CheckpointDmvReader::read(bytes, QStringLiteral("unicode.csv"));
    QVERIFY2(r.ok(), qPrintable(r.messages().join(u'\n')));
    QVERIFY(r.inventory == readData(QStringLiteral("dmv2016-ssms.csv")).inventory);

    // A UTF-16 file cut within a character is refused, not read short.
    const CheckpointDmvImport cut = CheckpointDmvReader::read(bytes.chopped(1), QStringLiteral("unicode.csv"));
    QVERIFY(!cut.ok());
    QVERIFY2(cut.problems[0].message.contains(QLatin1String("UTF-16")), qPrintable(cut.problems[0].message));
}

void TestCheckpointDmvReader::readsQuotedFields()
{
    // SSMS quotes a value holding the separator (option "Quote strings containing list separators").
    const QByteArray text = "checkpoint_file_id,relative_file_path,file_type,state,file_size_in_bytes,file_size_used_in_bytes,logical_row_count\n"
                            "\"5E1F0001-0C2D-4B3A-8F10-A00000000001\",\"$HKv2\\a,b \"\"c\"\"\",0,2,16777216,15728640,1870\n";
    const CheckpointDmvImport r = CheckpointDmvReader::read(text, QStringLiteral("q.csv"));
    QVERIFY2(r.ok(), qPrintable(r.messages().join(u'\n')));
    QCOMPARE(r.inventory->files.size(), 1);
    QCOMPARE(r.inventory->files[0].relativePath, QStringLiteral("$HKv2\\a,b \"c\""));
    QCOMPARE(r.inventory->files[0].id, id2016(1));
}

void TestCheckpointDmvReader::brokenFilesNameLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("columnName");
    QTest::addColumn<QString>("says");

    QTest::newRow("state of 2014 in a 2016+ file") << Header + Row1 + "5E1F0002-0C2D-4B3A-8F10-A00000000002,1,4,1048576,65536,100\r\n"
                                                   << 3 << 40 << "state" << "state 4 does not exist in the SQL Server 2016+ DMV";
    QTest::newRow("state of 2016+ in a 2014 file")
        << QByteArray("checkpoint_file_id,file_type,state,file_size_in_bytes,file_size_used_in_bytes,inserted_row_count\n"
                      "5E1F0001-0C2D-4B3A-8F10-A00000000001,0,8,16777216,15728640,1870\n")
        << 2 << 40 << "state" << "state 8 does not exist in the SQL Server 2014 DMV";
    QTest::newRow("size not a number") << Header + Row1 + "5E1F0002-0C2D-4B3A-8F10-A00000000002,1,2,1MB,65536,100\r\n"
                                       << 3 << 42 << "file_size_in_bytes" << "\"1MB\" is not a whole number";
    QTest::newRow("a quoted field after padding") << Header + "5E1F0001-0C2D-4B3A-8F10-A00000000001,0,2,  \"16MB\",15728640,1870\r\n"
                                                  << 2 << 44 << "file_size_in_bytes" << "\"16MB\" is not a whole number";
    QTest::newRow("used size negative") << Header + "5E1F0001-0C2D-4B3A-8F10-A00000000001,0,2,16777216,-5,1870\r\n"
                                        << 2 << 51 << "file_size_used_in_bytes" << "-5 is out of range";
    QTest::newRow("size beyond bigint") << Header + "5E1F0001-0C2D-4B3A-8F10-A00000000001,0,2,9223372036854775808,0,1870\r\n"
                                        << 2 << 42 << "file_size_in_bytes" << "is not a whole number";
    QTest::newRow("GUID one digit short") << Header + Row1 + "5E1F0002-0C2D-4B3A-8F10-A0000000000,1,2,1048576,65536,100\r\n"
                                          << 3 << 1 << "checkpoint_file_id" << "is not a GUID";
    QTest::newRow("GUID with a non-hex digit") << Header + "5E1F0001-0C2D-4B3A-8F10-A0000000000G,0,2,16777216,15728640,1870\r\n"
                                               << 2 << 1 << "checkpoint_file_id" << "is not a GUID";
    QTest::newRow("truncated line") << Header + Row1 + "5E1F0002-0C2D-4B3A-8F10-A00000000002,1,2,10485\r\n"
                                    << 3 << 47 << "file_size_used_in_bytes" << "the row ends after 4 of the header's 6 columns";
    QTest::newRow("one field too many") << Header + "5E1F0001-0C2D-4B3A-8F10-A00000000001,0,2,16777216,15728640,1870,7\r\n"
                                        << 2 << 65 << "" << "the row has 7 fields, the header 6 columns";
    QTest::newRow("quote left open") << Header + "5E1F0001-0C2D-4B3A-8F10-A00000000001,0,2,\"16777216,15728640,1870\r\n"
                                     << 2 << 42 << "" << "no closing quote";
    QTest::newRow("state and state_desc disagree")
        << QByteArray("checkpoint_file_id,state,state_desc,file_type,file_size_in_bytes,file_size_used_in_bytes,logical_row_count\n"
                      "5E1F0001-0C2D-4B3A-8F10-A00000000001,2,MERGE TARGET,0,16777216,15728640,1870\n")
        << 2 << 40 << "state_desc" << "\"MERGE TARGET\" does not match state 2 (ACTIVE)";
    QTest::newRow("state_desc of 2014 in a 2016+ file")
        << QByteArray("checkpoint_file_id,state_desc,file_type,file_size_in_bytes,file_size_used_in_bytes,logical_row_count\n"
                      "5E1F0001-0C2D-4B3A-8F10-A00000000001,MERGED SOURCE,0,16777216,15728640,1870\n")
        << 2 << 38 << "state_desc" << "\"MERGED SOURCE\" is not a state of the SQL Server 2016+ DMV";
    QTest::newRow("NULL state") << Header + "5E1F0001-0C2D-4B3A-8F10-A00000000001,0,NULL,16777216,15728640,1870\r\n"
                                << 2 << 40 << "state" << "state is NULL";
    QTest::newRow("NULL file type in 2016+") << Header + "5E1F0001-0C2D-4B3A-8F10-A00000000001,NULL,2,16777216,15728640,1870\r\n"
                                             << 2 << 38 << "file_type" << "the file type is NULL";
    QTest::newRow("ROOT in a 2014 file")
        << QByteArray("checkpoint_file_id,file_type,state,file_size_in_bytes,file_size_used_in_bytes,deleted_row_count\n"
                      "5E1F0001-0C2D-4B3A-8F10-A00000000001,2,2,16777216,15728640,0\n")
        << 2 << 38 << "file_type" << "file_type 2 does not exist in the SQL Server 2014 DMV";
    QTest::newRow("LARGE DATA in a 2014 file")
        << QByteArray("checkpoint_file_id,file_type_desc,state,file_size_in_bytes,file_size_used_in_bytes,deleted_row_count\n"
                      "5E1F0001-0C2D-4B3A-8F10-A00000000001,LARGE DATA,2,16777216,15728640,0\n")
        << 2 << 38 << "file_type_desc" << "\"LARGE DATA\" is not a file type of the SQL Server 2014 DMV";
    QTest::newRow("a file listed twice") << Header + Row1 + Row2 + Row1 << 4 << 1 << "checkpoint_file_id"
                                         << "is listed twice (first on line 2)";
    QTest::newRow("required column missing")
        << QByteArray("checkpoint_file_id,file_type,state,file_size_in_bytes,logical_row_count\n"
                      "5E1F0001-0C2D-4B3A-8F10-A00000000001,0,2,16777216,1870\n")
        << 1 << 0 << "file_size_used_in_bytes" << "required column missing from the header";
    QTest::newRow("no state column")
        << QByteArray("checkpoint_file_id,file_type,file_size_in_bytes,file_size_used_in_bytes,logical_row_count\n")
        << 1 << 0 << "state" << "required column missing from the header (or state_desc)";
    QTest::newRow("a column twice") << QByteArray("checkpoint_file_id,file_type,state,state,file_size_in_bytes,file_size_used_in_bytes,logical_row_count\n")
                                    << 1 << 36 << "state" << "the column appears twice";
    QTest::newRow("no version column")
        << QByteArray("checkpoint_file_id,file_type,state,file_size_in_bytes,file_size_used_in_bytes\n")
        << 1 << 0 << "" << "cannot tell the SQL Server version";
    QTest::newRow("both versions' columns")
        << QByteArray("checkpoint_file_id,file_type,state,file_size_in_bytes,file_size_used_in_bytes,logical_row_count,inserted_row_count\n")
        << 1 << 0 << "" << "mixes the SQL Server 2016+ column logical_row_count with the SQL Server 2014 column inserted_row_count";
    QTest::newRow("sqlcmd count larger: rows lost") << Header + QByteArray("---,---,---,---,---,---\r\n") + Row1 + "\r\n(2 rows affected)\r\n"
                                                    << 5 << 0 << "" << "sqlcmd counted 2 rows, but the file holds 1";
    QTest::newRow("a second result set") << Header + Row1 + "\r\n(1 row affected)\r\n\r\nstate,count\r\n2,5\r\n"
                                         << 6 << 0 << "" << "text after the end of the results";
    QTest::newRow("empty file") << QByteArray() << 0 << 0 << "" << "the file is empty";
    QTest::newRow("a JSON plan") << QByteArray("{\n  \"format\": \"restore-designer-plan\"\n}\n") << 1 << 0 << ""
                                 << "no header line naming the column checkpoint_file_id";
    QTest::newRow("sqlcmd without -s (spaces)")
        << QByteArray("checkpoint_file_id                   file_type state\n") << 1 << 0 << "" << "cannot tell the column separator";
    QTest::newRow("a SQL Server error instead of rows")
        << QByteArray("Msg 300, Level 14, State 1, Server SQL1, Line 1\r\nVIEW DATABASE PERFORMANCE STATE permission denied in database 'imoltp'.\r\n")
        << 1 << 0 << "" << "the file holds a SQL Server error instead of results";
    QTest::newRow("Windows-1252 byte") << Header + Row1 + "5E1F0002-0C2D-4B3A-8F10-A00000000002,1,2,1048576,65536,100 \xE9t\xE9\r\n"
                                       << 3 << 0 << "" << "not valid UTF-8";
}

void TestCheckpointDmvReader::brokenFilesNameLineAndColumn()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, columnName);
    QFETCH(QString, says);
    const CheckpointDmvImport r = CheckpointDmvReader::read(text, QStringLiteral("export.csv"));
    QVERIFY(!r.ok());
    const QList<CheckpointDmvProblem> errors = errorsOf(r);
    QVERIFY2(errors.size() == 1, qPrintable(r.messages().join(u'\n')));
    const CheckpointDmvProblem &e = errors[0];
    QVERIFY2(e.message.contains(says), qPrintable(e.message));
    QCOMPARE(e.line, line);
    QCOMPARE(e.column, column);
    QCOMPARE(e.columnName, columnName);
    // The words the user reads name the file, the line and the column.
    const QString shown = e.toString(QStringLiteral("export.csv"));
    QString where = QStringLiteral("export.csv");
    if (line > 0)
        where += QStringLiteral(", line %1").arg(line);
    if (column > 0)
        where += QStringLiteral(", column %1").arg(column);
    if (!columnName.isEmpty())
        where += QStringLiteral(" (%1)").arg(columnName);
    QVERIFY2(shown.startsWith(where + QStringLiteral(": ")), qPrintable(shown));
}

void TestCheckpointDmvReader::everyBadRowIsReported()
{
    // Three bad rows among good ones: three errors in file order, and no inventory (one bad row
    // fails the import: an estimate without a file would be wrong without saying so).
    const QByteArray text = Header + Row1 + "5E1F0002-0C2D-4B3A-8F10-A00000000002,1,2,x,65536,100\r\n" + Row2.left(20) + "\r\n"
                            + "5E1F0003-0C2D-4B3A-8F10-A00000000003,1,9,1048576,65536,100\r\n";
    const CheckpointDmvImport r = CheckpointDmvReader::read(text, QStringLiteral("export.csv"));
    QVERIFY(!r.ok());
    QCOMPARE(r.problems.size(), 3);
    QCOMPARE(r.problems[0].line, 3);
    QCOMPARE(r.problems[0].columnName, QStringLiteral("file_size_in_bytes"));
    QCOMPARE(r.problems[1].line, 4);
    QCOMPARE(r.problems[1].columnName, QStringLiteral("file_type")); // the first column the cut row lacks
    QCOMPARE(r.problems[2].line, 5);
    QCOMPARE(r.problems[2].columnName, QStringLiteral("state"));
    QCOMPARE(r.errors().size(), 3);
}

void TestCheckpointDmvReader::problemsAreCapped()
{
    QByteArray text = Header;
    const int bad = CheckpointDmvReader::MaxProblems + 25;
    for (int i = 0; i < bad; ++i)
        text += "5E1F0001-0C2D-4B3A-8F10-A00000000001,0,2,huge,15728640,1870\n";
    const CheckpointDmvImport r = CheckpointDmvReader::read(text, QStringLiteral("export.csv"));
    QVERIFY(!r.ok());
    QCOMPARE(r.problems.size(), CheckpointDmvReader::MaxProblems + 1);
    QCOMPARE(r.problems.last().message, QStringLiteral("25 more errors not listed"));
    QCOMPARE(r.problems[CheckpointDmvReader::MaxProblems - 1].line, CheckpointDmvReader::MaxProblems + 1);
}

void TestCheckpointDmvReader::missingFileIsOneError()
{
    const QString path = DataDir + QStringLiteral("no-such-export.csv");
    const CheckpointDmvImport r = CheckpointDmvReader::readFile(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.messages(), QStringList{path + QStringLiteral(": the file does not exist")});
}

void TestCheckpointDmvReader::recognisesExports()
{
    for (const char *name : {"dmv2016-ssms.csv", "dmv2016-sqlcmd.txt", "dmv2014-sqlcmd-padded.txt", "dmv2014-ssms.csv",
                             "dmv2016-columns-reordered.tsv"}) {
        QFile f(DataDir + QLatin1String(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(CheckpointDmvReader::looksLikeExport(f.readAll()), name);
    }
    QVERIFY(!CheckpointDmvReader::looksLikeExport("{\"format\": \"restore-designer-plan\", \"version\": 1}"));
    QVERIFY(!CheckpointDmvReader::looksLikeExport(QByteArray("SQLite format 3\0", 16)));
    QVERIFY(!CheckpointDmvReader::looksLikeExport(QByteArray()));
}

QTEST_GUILESS_MAIN(TestCheckpointDmvReader)
#include "tst_checkpointdmvreader.moc"
