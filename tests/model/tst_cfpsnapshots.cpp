// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// CFP snapshots in the project (Project::cfpSnapshots): the plan format's optional top-level
// `cfpSnapshots` (docs/plan-format.md) and the project file's row of the same name, both read and
// written losslessly; old files without snapshots still load; malformed snapshots are refused
// with their JSON path. The expected values are those written by hand in
// tests/data/cfp/imoltp-with-cfp-snapshots.json.
#include "model/domain/plantime.h"
#include "model/io/checkpointdmvreader.h"
#include "model/io/planjsonreader.h"
#include "model/io/planjsonwriter.h"
#include "model/storage/projectstore.h"
#include "sampleloader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

const QString SnapshotsPlan = QStringLiteral(RD_TEST_DATA_DIR "/cfp/imoltp-with-cfp-snapshots.json");

QByteArray snapshotsText()
{
    QFile f(SnapshotsPlan);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The value of the `project` row `key` of a project file; a null string when there is none.
QString projectRow(const QString &path, const QString &key)
{
    const QString name = QStringLiteral("tst_cfpsnapshots");
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT value FROM project WHERE key = ?"));
            q.addBindValue(key);
            if (q.exec() && q.next())
                value = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

bool setProjectRow(const QString &path, const QString &key, const QString &value)
{
    const QString name = QStringLiteral("tst_cfpsnapshots_rw");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE project SET value = ? WHERE key = ?"));
            q.addBindValue(value);
            q.addBindValue(key);
            ok = q.exec() && q.numRowsAffected() == 1;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TestCfpSnapshots : public QObject
{
    Q_OBJECT
private slots:
    void readsSnapshotsFromJson();
    void jsonRoundTrip();
    void filesWithoutSnapshotsAreUnchanged();
    void projectFileRoundTrip();
    void importedSnapshotIsSaved();
    void malformedSnapshotsAreRefused_data();
    void malformedSnapshotsAreRefused();
    void malformedSnapshotRowIsNamed();
};

void TestCfpSnapshots::readsSnapshotsFromJson()
{
    const LoadResult r = PlanJsonReader::readFile(SnapshotsPlan);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.warnings, QStringList());
    const QList<CfpSnapshot> &s = r.project->cfpSnapshots;
    QCOMPARE(s.size(), 2);
    QCOMPARE(s[0].at, PlanTime::make(2017, 3, 6, 0, 30));
    QCOMPARE(s[0].source, QStringLiteral("cfp-0030.csv"));
    QCOMPARE(s[0].inventory.version, CheckpointDmvVersion::SqlServer2016);
    QCOMPARE(s[0].inventory.files.size(), 6);
    const CheckpointFile &root = s[0].inventory.files[0];
    QCOMPARE(root.type, CheckpointFileType::Root);
    QCOMPARE(root.state, CheckpointFileState::Active);
    QVERIFY(root.pairId.isNull());
    QCOMPARE(root.rowCount, std::nullopt);
    QCOMPARE(root.sizeBytes, 2097152);
    const CheckpointFile &data = s[0].inventory.files[2];
    QCOMPARE(data.id, QUuid::fromString(QStringLiteral("5E1F0030-0C2D-4B3A-8F10-A00000000030")));
    QCOMPARE(data.pairId, QUuid::fromString(QStringLiteral("5E1F0031-0C2D-4B3A-8F10-A00000000031")));
    QCOMPARE(data.containerId, 65537);
    QCOMPARE(data.relativePath,
             QStringLiteral("$HKv2\\{6B3C2F1E-8D4A-4E6B-9C1D-2A3B4C5D6E01}\\{5E1F0030-0C2D-4B3A-8F10-A00000000030}.hkckp"));
    QCOMPARE(data.usedBytes, 15728640);
    QCOMPARE(data.rowCount, 1870);
    QCOMPARE(data.beginCheckpointId, 3);
    QCOMPARE(data.endCheckpointId, 7);
    QCOMPARE(s[0].inventory.files[4].lowerBoundTsn, 9301);
    QCOMPARE(s[0].inventory.files[4].upperBoundTsn, 9877);
    QCOMPARE(s[1].at, PlanTime::make(2017, 3, 6, 3, 15));
    QVERIFY(s[1].source.isEmpty());
    QCOMPARE(s[1].inventory.files[1].state, CheckpointFileState::WaitingForLogTruncation);
    QCOMPARE(s[1].inventory.files[1].containerId, 0); // not given
    // The rest of the plan is the sample's.
    Project withoutSnapshots = *r.project;
    withoutSnapshots.cfpSnapshots.clear();
    QVERIFY(withoutSnapshots == test::sample());
}

void TestCfpSnapshots::jsonRoundTrip()
{
    const Project p = test::loadProject(SnapshotsPlan);
    const QByteArray json = PlanJsonWriter::write(p);
    const LoadResult back = PlanJsonReader::read(json);
    QVERIFY2(back.ok(), qPrintable(back.error));
    QCOMPARE(back.warnings, QStringList());
    QVERIFY(back.project->cfpSnapshots == p.cfpSnapshots);
    QVERIFY(*back.project == p);
    // Absent values stay absent: the ROOT file has no pair and no row count.
    const QJsonObject root =
        QJsonDocument::fromJson(json).object()[QStringLiteral("cfpSnapshots")].toArray()[0].toObject()[QStringLiteral("files")].toArray()[0].toObject();
    QVERIFY(!root.contains(QStringLiteral("pairId")));
    QVERIFY(!root.contains(QStringLiteral("rowCount")));
    QCOMPARE(root[QStringLiteral("type")].toString(), QStringLiteral("ROOT"));
}

void TestCfpSnapshots::filesWithoutSnapshotsAreUnchanged()
{
    // An old file (no cfpSnapshots) loads with none, and is written without the field.
    const Project p = test::sample();
    QVERIFY(p.cfpSnapshots.isEmpty());
    QVERIFY(!QJsonDocument::fromJson(PlanJsonWriter::write(p)).object().contains(QStringLiteral("cfpSnapshots")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.rdproj"));
    QString error;
    QVERIFY2(ProjectStore::save(p, path, &error), qPrintable(error));
    QVERIFY(projectRow(path, QStringLiteral("cfpSnapshots")).isNull());
    const LoadResult r = ProjectStore::open(path);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.project->cfpSnapshots.isEmpty());
}

void TestCfpSnapshots::projectFileRoundTrip()
{
    const Project p = test::loadProject(SnapshotsPlan);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("snapshots.rdproj"));
    QString error;
    QVERIFY2(ProjectStore::save(p, path, &error), qPrintable(error));
    const QJsonArray row = QJsonDocument::fromJson(projectRow(path, QStringLiteral("cfpSnapshots")).toUtf8()).array();
    QCOMPARE(row.size(), 2);
    QCOMPARE(row[1].toObject()[QStringLiteral("at")].toString(), QStringLiteral("2017-03-06T03:15:00"));
    const LoadResult r = ProjectStore::open(path);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.warnings, QStringList());
    QVERIFY(r.project->cfpSnapshots == p.cfpSnapshots);
    QVERIFY(*r.project == p);
}

void TestCfpSnapshots::importedSnapshotIsSaved()
{
    // What the designer does with an import: both DMV versions' files, NULL sizes and all, are kept
    // by both formats.
    for (const char *name : {"dmv2016-ssms.csv", "dmv2014-ssms.csv"}) {
        const CheckpointDmvImport imported = CheckpointDmvReader::readFile(QStringLiteral(RD_TEST_DATA_DIR "/cfp/") + QLatin1String(name));
        QVERIFY2(imported.ok(), qPrintable(imported.messages().join(u'\n')));
        Project p = test::sample();
        p.cfpSnapshots << CfpSnapshot{PlanTime::make(2017, 3, 6, 2, 0), QLatin1String(name), *imported.inventory};
        const LoadResult json = PlanJsonReader::read(PlanJsonWriter::write(p));
        QVERIFY2(json.ok(), qPrintable(json.error));
        QVERIFY(json.project->cfpSnapshots == p.cfpSnapshots);
        QTemporaryDir dir;
        QString error;
        QVERIFY2(ProjectStore::save(p, dir.filePath(QStringLiteral("x.rdproj")), &error), qPrintable(error));
        const LoadResult store = ProjectStore::open(dir.filePath(QStringLiteral("x.rdproj")));
        QVERIFY2(store.ok(), qPrintable(store.error));
        QVERIFY(store.project->cfpSnapshots == p.cfpSnapshots);
    }
}

void TestCfpSnapshots::malformedSnapshotsAreRefused_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("says");
    QTest::newRow("a 2014 state in a 2016 snapshot") << QByteArray("\"type\": \"ROOT\", \"state\": \"ACTIVE\"")
                                                     << QByteArray("\"type\": \"ROOT\", \"state\": \"MERGED SOURCE\"")
                                                     << "cfpSnapshots[0].files[0].state" << "is not a state of the SQL Server 2016 DMV";
    QTest::newRow("the blogs' MERGE SOURCE") << QByteArray("\"type\": \"ROOT\", \"state\": \"ACTIVE\"")
                                             << QByteArray("\"type\": \"ROOT\", \"state\": \"merge source\"")
                                             << "cfpSnapshots[0].files[0].state" << "as state_desc spells it";
    QTest::newRow("a ROOT file in a 2014 snapshot") << QByteArray("\"source\": \"cfp-0030.csv\",\n      \"dmvVersion\": \"2016\"")
                                                    << QByteArray("\"source\": \"cfp-0030.csv\",\n      \"dmvVersion\": \"2014\"")
                                                    << "cfpSnapshots[0].files[0].type" << "is not a file type of the SQL Server 2014 DMV";
    QTest::newRow("an unknown DMV version") << QByteArray("\"at\": \"2017-03-06T03:15:00\",\n      \"dmvVersion\": \"2016\"")
                                            << QByteArray("\"at\": \"2017-03-06T03:15:00\",\n      \"dmvVersion\": \"2019\"")
                                            << "cfpSnapshots[1].dmvVersion" << "\"2019\" is not one of 2014, 2016";
    QTest::newRow("a GUID that does not parse") << QByteArray("\"id\": \"5E1F0002-0C2D-4B3A-8F10-A00000000002\"")
                                                << QByteArray("\"id\": \"5E1F0002-0C2D-4B3A-8F10-A0000000000X\"")
                                                << "cfpSnapshots[0].files[1].id" << "is not a GUID";
    QTest::newRow("a negative used size") << QByteArray("\"usedBytes\": 262144") << QByteArray("\"usedBytes\": -1")
                                          << "cfpSnapshots[1].files[1].usedBytes" << "-1 is out of range";
    QTest::newRow("a row count beyond 2^53") << QByteArray("\"rowCount\": 935") << QByteArray("\"rowCount\": 9007199254740993")
                                             << "cfpSnapshots[1].files[1].rowCount" << "beyond 2^53 - 1";
    QTest::newRow("a size as text") << QByteArray("\"usedBytes\": 262144") << QByteArray("\"usedBytes\": \"256 KB\"")
                                    << "cfpSnapshots[1].files[1].usedBytes" << "expected a whole number";
    QTest::newRow("two snapshots at one time") << QByteArray("\"at\": \"2017-03-06T03:15:00\"")
                                               << QByteArray("\"at\": \"2017-03-06T00:30:00\"")
                                               << "cfpSnapshots[1].at" << "is not after the previous snapshot's time 2017-03-06T00:30:00";
    QTest::newRow("a snapshot without a time") << QByteArray("\"at\": \"2017-03-06T03:15:00\",") << QByteArray()
                                               << "cfpSnapshots[1].at" << "";
    QTest::newRow("a file listed twice") << QByteArray("\"id\": \"5E1F0061-0C2D-4B3A-8F10-A00000000061\", \"pairId\"")
                                         << QByteArray("\"id\": \"5E1F0060-0C2D-4B3A-8F10-A00000000060\", \"pairId\"")
                                         << "cfpSnapshots[1].files[1].id" << "is listed twice (also at index 0)";
    QTest::newRow("a file without a type") << QByteArray("\"type\": \"FREE\", ") << QByteArray()
                                           << "cfpSnapshots[0].files[1].type" << "";
    QTest::newRow("snapshots not an array") << QByteArray("\"cfpSnapshots\": [") << QByteArray("\"cfpSnapshots\": {}, \"x\": [")
                                            << "cfpSnapshots" << "expected an array";
}

void TestCfpSnapshots::malformedSnapshotsAreRefused()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, path);
    QFETCH(QString, says);
    QByteArray text = snapshotsText();
    QCOMPARE(text.count(from), 1); // the case changes what it means to
    text.replace(from, to);
    const LoadResult r = PlanJsonReader::read(text);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.startsWith(path + QStringLiteral(": ")), qPrintable(r.error));
    QVERIFY2(r.error.contains(says), qPrintable(r.error));
}

void TestCfpSnapshots::malformedSnapshotRowIsNamed()
{
    const Project p = test::loadProject(SnapshotsPlan);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.rdproj"));
    QString error;
    QVERIFY2(ProjectStore::save(p, path, &error), qPrintable(error));
    QString row = projectRow(path, QStringLiteral("cfpSnapshots"));
    QVERIFY(row.contains(QLatin1String("\"WAITING FOR LOG TRUNCATION\"")));
    row.replace(QLatin1String("\"WAITING FOR LOG TRUNCATION\""), QLatin1String("\"TOMBSTONE\""));
    QVERIFY(setProjectRow(path, QStringLiteral("cfpSnapshots"), row));
    const LoadResult r = ProjectStore::open(path);
    QVERIFY(!r.ok());
    const QString expected = path + QStringLiteral(": project row \"cfpSnapshots\", column \"value\": cfpSnapshots[1].files[0].state: ");
    QVERIFY2(r.error.startsWith(expected), qPrintable(r.error));
}

QTEST_GUILESS_MAIN(TestCfpSnapshots)
#include "tst_cfpsnapshots.moc"
