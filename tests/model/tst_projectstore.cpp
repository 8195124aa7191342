// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/io/planjsonreader.h"
#include "model/io/planjsonwriter.h"
#include "model/storage/projectstore.h"
#include "tests/testfiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <optional>

using namespace rd;
using namespace rd::test;

namespace {

Project sample()
{
    const LoadResult r = PlanJsonReader::readFile(QStringLiteral(RD_SOURCE_DIR "/resources/samples/imoltp-piecemeal.json"));
    if (!r.ok())
        qFatal("sample does not load: %s", qPrintable(r.error));
    Project p = *r.project;
    p.viewState = QJsonObject{
        {QStringLiteral("zoom"), 1.25},
        {QStringLiteral("selection"), QStringLiteral("imoltp_log")},
        {QStringLiteral("splitters"), QJsonArray{240, 760}},
        {QStringLiteral("timeline"), QJsonObject{{QStringLiteral("from"), QStringLiteral("2017-03-06T00:00:00")},
                                                 {QStringLiteral("collapsed"), true},
                                                 {QStringLiteral("none"), QJsonValue::Null}}},
        {QStringLiteral("showLsn"), false},
        {QStringLiteral("nothing"), QJsonValue::Null},
        {QString(), QStringLiteral("an empty key")},
        {QStringLiteral("ключ \"quoted\""), QStringLiteral("[x]")},
    };
    return p;
}

/// Runs SQL on a file with a read-write connection of its own, as another tool would.
bool execSql(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("tst_projectstore_rw");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            if (ok && !q.exec(sql)) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

quint32 pageSize(const QByteArray &file)
{
    const quint32 raw = qFromBigEndian<quint16>(file.constData() + 16);
    return raw == 1 ? 65536 : raw;
}

enum class Damage {
    TextFile, JsonFile, EmptyFile, OtherApplication, GeoPackage, NewerSchema, NoSchemaVersion, MissingTable,
    CorruptPage, CorruptValue, TruncatedByAPage, TruncatedMidPage, TruncatedHeader, MalformedRow, BadField,
    IdMismatch, ChecksumMissing, MissingFile, Directory, WrappingPosition, InexactSize
};

} // namespace

class TestProjectStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTripSample();
    void roundTripMinimalAndAwkwardText();
    void fileLayout();
    void saveReplacesPrevious();
    void refuses_data();
    void refuses();
    void failedSaveKeepsPrevious_data();
    void failedSaveKeepsPrevious();
    void readOnlyDirectoryKeepsPrevious();
    void saveNeedsNoTemporaryFolder();
    void saveRemovesWhatKilledSavesLeft();
};

void TestProjectStore::roundTripSample()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("imoltp.rdproj"));
    const Project original = sample();
    QString error;
    QVERIFY2(ProjectStore::save(original, path, &error), qPrintable(error));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("imoltp.rdproj")}); // no journal or temp left

    const QByteArray before = readBytes(path);
    const LoadResult r = ProjectStore::open(path);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.warnings, QStringList());
    QCOMPARE(PlanJsonWriter::write(*r.project), PlanJsonWriter::write(original)); // readable diff on failure
    QCOMPARE(r.project->viewState, original.viewState);
    QVERIFY(*r.project == original);
    QCOMPARE(readBytes(path), before); // opening never writes
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("imoltp.rdproj")});
}

void TestProjectStore::roundTripMinimalAndAwkwardText()
{
    Project p;
    p.database.name = QStringLiteral("db [with] \"quotes\", commas and ünïcødé 🗄");
    Filegroup primary;
    primary.name = QStringLiteral("PRIMARY");
    p.database.filegroups << primary;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("minimal.rdproj"));
    QString error;
    QVERIFY2(ProjectStore::save(p, path, &error), qPrintable(error));
    LoadResult r = ProjectStore::open(path);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(*r.project == p);

    p.description = QStringLiteral("line 1\nline 2\t'single' \"double\" \\ backslash");
    Backup b;
    b.id = QStringLiteral("full \"1\" 🙂");
    p.backups << b;
    Plan plan;
    plan.name = QStringLiteral("Plan [A], 'quoted'");
    p.plans << plan;
    QVERIFY2(ProjectStore::save(p, path, &error), qPrintable(error));
    r = ProjectStore::open(path);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(*r.project == p);
}

void TestProjectStore::fileLayout()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("layout.rdproj"));
    const Project p = sample();
    QString error;
    QVERIFY2(ProjectStore::save(p, path, &error), qPrintable(error));
    const QByteArray bytes = readBytes(path);
    QVERIFY(bytes.startsWith(QByteArray("SQLite format 3\0", 16)));
    QCOMPARE(qFromBigEndian<qint32>(bytes.constData() + 68), ProjectStore::ApplicationId);
    QCOMPARE(qFromBigEndian<qint32>(bytes.constData() + 60), ProjectStore::SchemaVersion);

    // One JSON object per row, in the Project's order.
    const QString name = QStringLiteral("tst_layout");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT ord, id, data FROM backups ORDER BY ord")));
        qsizetype i = 0;
        while (q.next()) {
            QCOMPARE(q.value(0).toLongLong(), i + 1);
            QCOMPARE(q.value(1).toString(), p.backups[i].id);
            QCOMPARE(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object(), PlanJsonWriter::toJson(p.backups[i]));
            ++i;
        }
        QCOMPARE(i, p.backups.size());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM events")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), p.events.size());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM plans")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), p.plans.size());
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM view_state WHERE key = 'zoom'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("1.25"));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM view_state")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), p.viewState.size());
    }
    QSqlDatabase::removeDatabase(name);
}

void TestProjectStore::saveReplacesPrevious()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("p.rdproj"));
    Project p = sample();
    QString error;
    QVERIFY2(ProjectStore::save(p, path, &error), qPrintable(error));
    p.description = QStringLiteral("second version");
    p.backups.removeLast();
    p.viewState.remove(QStringLiteral("zoom"));
    QVERIFY2(ProjectStore::save(p, path, &error), qPrintable(error));
    const LoadResult r = ProjectStore::open(path);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(*r.project == p);
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("p.rdproj")});
}

void TestProjectStore::refuses_data()
{
    QTest::addColumn<Damage>("damage");
    QTest::addColumn<QStringList>("reasons"); // every one must appear in the message

    const QString notProject = QStringLiteral("not a Restore Designer project");
    const QString damaged = QStringLiteral("damaged");
    QTest::newRow("text file") << Damage::TextFile << QStringList{notProject, QStringLiteral("not an SQLite database")};
    QTest::newRow("JSON file") << Damage::JsonFile << QStringList{notProject, QStringLiteral("JSON plan file")};
    QTest::newRow("empty file") << Damage::EmptyFile << QStringList{notProject, QStringLiteral("empty")};
    QTest::newRow("another app") << Damage::OtherApplication
                                 << QStringList{notProject, QStringLiteral("another application"), QStringLiteral("application_id 0x00000000")};
    QTest::newRow("GeoPackage") << Damage::GeoPackage << QStringList{notProject, QStringLiteral("0x47504B47 \"GPKG\"")};
    QTest::newRow("newer schema") << Damage::NewerSchema
                                  << QStringList{QStringLiteral("written by a newer Restore Designer (schema 2); this version reads up to 1")};
    QTest::newRow("user_version 0") << Damage::NoSchemaVersion << QStringList{notProject, QStringLiteral("user_version")};
    QTest::newRow("missing table") << Damage::MissingTable << QStringList{notProject, QStringLiteral("table \"view_state\" is missing")};
    QTest::newRow("corrupt page") << Damage::CorruptPage << QStringList{damaged};
    QTest::newRow("corrupt value") << Damage::CorruptValue << QStringList{damaged, QStringLiteral("checksum")};
    QTest::newRow("truncated by a page") << Damage::TruncatedByAPage << QStringList{damaged, QStringLiteral("truncated")};
    QTest::newRow("truncated mid-page") << Damage::TruncatedMidPage << QStringList{damaged, QStringLiteral("truncated")};
    QTest::newRow("truncated header") << Damage::TruncatedHeader << QStringList{damaged, QStringLiteral("truncated")};
    QTest::newRow("malformed row") << Damage::MalformedRow
                                   << QStringList{QStringLiteral("backups row 3 (id \"imoltp_secondary\"), column \"data\": not valid JSON")};
    QTest::newRow("bad field") << Damage::BadField
                               << QStringList{QStringLiteral("backups row 3 (id \"imoltp_secondary\"), column \"data\": backups[2].lastLsn: ")};
    // A project file can be as hostile as a plan file: the same ranges, naming table, row and column.
    QTest::newRow("position 2^31") << Damage::WrappingPosition
                                   << QStringList{QStringLiteral("backups row 3 (id \"imoltp_secondary\"), column \"data\": "
                                                                 "backups[2].position: 2147483648 is out of range"),
                                                  QStringLiteral("from 1 to 2147483647")};
    QTest::newRow("size 2^53+1") << Damage::InexactSize
                                 << QStringList{QStringLiteral("project row \"database\", column \"value\": "
                                                               "database.filegroups[0].files[0].sizeBytes: "),
                                                QStringLiteral("2^53")};
    QTest::newRow("id mismatch") << Damage::IdMismatch
                                 << QStringList{QStringLiteral("backups row 2 (id \"other\")"), QStringLiteral("id column")};
    QTest::newRow("checksum missing") << Damage::ChecksumMissing << QStringList{damaged, QStringLiteral("checksum is missing")};
    QTest::newRow("missing file") << Damage::MissingFile << QStringList{QStringLiteral("does not exist")};
    QTest::newRow("directory") << Damage::Directory << QStringList{QStringLiteral("directory")};
}

void TestProjectStore::refuses()
{
    QFETCH(Damage, damage);
    QFETCH(QStringList, reasons);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("victim.rdproj"));
    const QString sampleJson = QStringLiteral(RD_SOURCE_DIR "/resources/samples/imoltp-piecemeal.json");
    if (damage != Damage::MissingFile && damage != Damage::Directory && damage != Damage::TextFile
        && damage != Damage::JsonFile && damage != Damage::EmptyFile) {
        QString error;
        QVERIFY2(ProjectStore::save(sample(), path, &error), qPrintable(error));
    }
    QByteArray bytes = readBytes(path);
    const quint32 page = bytes.size() >= 100 ? pageSize(bytes) : 0;
    switch (damage) {
    case Damage::TextFile: QVERIFY(writeBytes(path, "Just some notes, not a project.\n")); break;
    case Damage::JsonFile: QVERIFY(writeBytes(path, readBytes(sampleJson))); break;
    case Damage::EmptyFile: QVERIFY(writeBytes(path, {})); break;
    case Damage::OtherApplication:
        QVERIFY(QFile::remove(path));
        QVERIFY(execSql(path, {QStringLiteral("CREATE TABLE notes (x TEXT)"), QStringLiteral("INSERT INTO notes VALUES ('hi')")}));
        break;
    case Damage::GeoPackage:
        QVERIFY(QFile::remove(path));
        QVERIFY(execSql(path, {QStringLiteral("PRAGMA application_id = 1196444487"), QStringLiteral("CREATE TABLE t (x)")}));
        break;
    case Damage::NewerSchema: QVERIFY(execSql(path, {QStringLiteral("PRAGMA user_version = 2")})); break;
    case Damage::NoSchemaVersion: QVERIFY(execSql(path, {QStringLiteral("PRAGMA user_version = 0")})); break;
    case Damage::MissingTable: QVERIFY(execSql(path, {QStringLiteral("DROP TABLE view_state")})); break;
    case Damage::CorruptPage: {
        // The first byte of a middle page: a b-tree page's type flag (every page of a fresh file is in use).
        const qsizetype pages = bytes.size() / page;
        QVERIFY(pages >= 3);
        bytes[(pages / 2) * page] = char(bytes[(pages / 2) * page] ^ 0xff);
        QVERIFY(writeBytes(path, bytes));
        break;
    }
    case Damage::CorruptValue: {
        // One digit of an LSN inside a row: still valid JSON and a valid LSN; only the checksum sees it.
        const qsizetype at = bytes.indexOf("35000000024000001");
        QVERIFY(at > 0);
        bytes[at + 16] = '2';
        QVERIFY(writeBytes(path, bytes));
        break;
    }
    case Damage::TruncatedByAPage: QVERIFY(writeBytes(path, bytes.left(bytes.size() - page))); break;
    case Damage::TruncatedMidPage: QVERIFY(writeBytes(path, bytes.left(bytes.size() / 2 + 7))); break;
    case Damage::TruncatedHeader: QVERIFY(writeBytes(path, bytes.left(50))); break;
    case Damage::MalformedRow:
        QVERIFY(execSql(path, {QStringLiteral("UPDATE backups SET data = '{\"id\": \"imoltp_secondary\", ' WHERE ord = 3")}));
        break;
    case Damage::BadField:
        QVERIFY(execSql(path, {QStringLiteral("UPDATE backups SET data = json_set(data, '$.lastLsn', 12) WHERE ord = 3")}));
        break;
    case Damage::IdMismatch: QVERIFY(execSql(path, {QStringLiteral("UPDATE backups SET id = 'other' WHERE ord = 2")})); break;
    case Damage::WrappingPosition:
        QVERIFY(execSql(path, {QStringLiteral("UPDATE backups SET data = json_set(data, '$.position', 2147483648) WHERE ord = 3")}));
        break;
    case Damage::InexactSize:
        QVERIFY(execSql(path, {QStringLiteral("UPDATE project SET value = json_set(value, '$.filegroups[0].files[0].sizeBytes', "
                                              "9007199254740993) WHERE key = 'database'")}));
        break;
    case Damage::ChecksumMissing: QVERIFY(execSql(path, {QStringLiteral("DELETE FROM project WHERE key = 'checksum'")})); break;
    case Damage::MissingFile: break;
    case Damage::Directory: QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("victim.rdproj"))); break;
    }

    const QByteArray before = readBytes(path);
    const QStringList listing = entries(dir.path());
    const LoadResult r = ProjectStore::open(path);
    QVERIFY2(!r.ok(), "a damaged or foreign file was accepted");
    QVERIFY2(r.error.startsWith(path + QStringLiteral(": ")), qPrintable(r.error));
    for (const QString &reason : std::as_const(reasons))
        QVERIFY2(r.error.contains(reason), qPrintable(QStringLiteral("\"%1\" lacks \"%2\"").arg(r.error, reason)));
    QCOMPARE(readBytes(path), before);        // byte-identical
    QCOMPARE(entries(dir.path()), listing);   // no journal, WAL or temp file appeared
    QCOMPARE(QFileInfo::exists(path), damage != Damage::MissingFile);
}

void TestProjectStore::failedSaveKeepsPrevious_data()
{
    QTest::addColumn<QString>("target"); // relative to the temporary directory
    QTest::addColumn<int>("change");     // 0 none, 1 duplicate backup id, 2 a backup id the reader refuses
    QTest::addColumn<QString>("reason");
    QTest::newRow("duplicate backup id") << QStringLiteral("p.rdproj") << 1 << QStringLiteral("backups row 2 (id \"imoltp_full\")");
    QTest::newRow("would not read back") << QStringLiteral("p.rdproj") << 2 << QStringLiteral("would not read back");
    QTest::newRow("target is a directory") << QStringLiteral("sub") << 0 << QString();
    QTest::newRow("missing directory") << QStringLiteral("missing/p.rdproj") << 0 << QString();
}

void TestProjectStore::failedSaveKeepsPrevious()
{
    QFETCH(QString, target);
    QFETCH(int, change);
    QFETCH(QString, reason);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
    const QString previous = dir.filePath(QStringLiteral("p.rdproj"));
    QString error;
    QVERIFY2(ProjectStore::save(sample(), previous, &error), qPrintable(error));
    const QByteArray before = readBytes(previous);
    const QStringList listing = entries(dir.path());

    Project p = sample();
    p.description = QStringLiteral("must not be written");
    if (change == 1)
        p.backups[1].id = p.backups[0].id;
    if (change == 2)
        p.backups[0].id.clear();
    const QString path = dir.filePath(target);
    error.clear();
    QVERIFY(!ProjectStore::save(p, path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QCOMPARE(readBytes(previous), before);
    QCOMPARE(entries(dir.path()), listing); // nothing created, nothing left behind
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("sub"))).isDir());
    QCOMPARE(entries(dir.filePath(QStringLiteral("sub"))), QStringList());
}

void TestProjectStore::readOnlyDirectoryKeepsPrevious()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("p.rdproj"));
    QString error;
    QVERIFY2(ProjectStore::save(sample(), path, &error), qPrintable(error));
    const QByteArray before = readBytes(path);
    QFile::Permissions rx = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadUser | QFile::ExeUser;
    QVERIFY(QFile::setPermissions(dir.path(), rx));
    QFile probe(dir.filePath(QStringLiteral("probe")));
    if (probe.open(QIODevice::WriteOnly)) { // root ignores directory permissions
        probe.close();
        probe.remove();
        QFile::setPermissions(dir.path(), rx | QFile::WriteOwner | QFile::WriteUser);
        QSKIP("directory permissions are not enforced for this user (root?)");
    }
    Project p = sample();
    p.description = QStringLiteral("must not be written");
    const bool saved = ProjectStore::save(p, path, &error);
    QVERIFY(QFile::setPermissions(dir.path(), rx | QFile::WriteOwner | QFile::WriteUser));
    QVERIFY(!saved);
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(readBytes(path), before);
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("p.rdproj")});
}

// Issue 8, item 4: the file is built beside its target, so a save killed halfway leaves no folder
// in the temporary folder (TMPDIR on Unix, TMP or TEMP on Windows): the save must work when the
// temporary folder cannot be used at all (here it names a file).
void TestProjectStore::saveNeedsNoTemporaryFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString notAFolder = dir.filePath(QStringLiteral("not-a-folder"));
    QVERIFY(writeBytes(notAFolder, "a file where the temporary folder should be"));
    const QByteArray names[] = {"TMPDIR", "TMP", "TEMP"};
    QList<std::optional<QByteArray>> saved;
    for (const QByteArray &name : names) {
        saved << (qEnvironmentVariableIsSet(name.constData()) ? std::optional(qgetenv(name.constData())) : std::nullopt);
        qputenv(name.constData(), QFile::encodeName(notAFolder));
    }
    const auto restore = qScopeGuard([&] {
        for (qsizetype i = 0; i < saved.size(); ++i) {
            if (saved[i])
                qputenv(names[i].constData(), *saved[i]);
            else
                qunsetenv(names[i].constData());
        }
    });
    QVERIFY(!QTemporaryDir().isValid()); // the temporary folder is unusable indeed

    QString error;
    QVERIFY2(ProjectStore::save(sample(), dir.filePath(QStringLiteral("p.rdproj")), &error), qPrintable(error));
    QCOMPARE(entries(dir.path()), (QStringList{QStringLiteral("not-a-folder"), QStringLiteral("p.rdproj")}));
}

// What a killed save left beside the target (its hidden scratch file) goes with the next save of
// that target; a scratch file written since this process started (a save in progress) stays, and
// so does everything else.
void TestProjectStore::saveRemovesWhatKilledSavesLeft()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDateTime anHourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const auto leave = [&dir](const QString &name, const QDateTime &modified) {
        QFile f(dir.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write("half a project") > 0 && f.flush() // before the time is set
               && (!modified.isValid() || f.setFileTime(modified, QFileDevice::FileModificationTime));
    };
    QVERIFY(leave(QStringLiteral(".p.rdproj.rdsave-Ab3dE9"), anHourAgo));   // a killed save's
    QVERIFY(leave(QStringLiteral(".p.rdproj.rdsave-inprog"), QDateTime())); // written just now
    QVERIFY(leave(QStringLiteral(".q.rdproj.rdsave-Ab3dE9"), anHourAgo));   // another target's
    QString error;
    QVERIFY2(ProjectStore::save(sample(), dir.filePath(QStringLiteral("p.rdproj")), &error), qPrintable(error));
    QCOMPARE(entries(dir.path()), (QStringList{QStringLiteral(".p.rdproj.rdsave-inprog"),
                                               QStringLiteral(".q.rdproj.rdsave-Ab3dE9"), QStringLiteral("p.rdproj")}));
}

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
