// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A project file records the version of Restore Designer that wrote it (the project row
// "writtenBy"); reading gives it back (LoadResult::writtenBy), warns, without refusing, when it is
// newer than ours, and files written before the row existed still open.
#include "model/io/planjsonreader.h"
#include "model/storage/projectfile.h"
#include "model/storage/projectstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

const QString SamplePath = QStringLiteral(RD_SOURCE_DIR "/resources/samples/imoltp-piecemeal.json");
/// The sample, converted by Restore Designer 0.1.0 as released before "writtenBy" existed
/// (`restore-designer convert resources/samples/imoltp-piecemeal.json …`).
const QString OldFile = QStringLiteral(RD_TEST_DATA_DIR "/imoltp-written-without-version.rdproj");

Project sample()
{
    const LoadResult r = ProjectFile::load(SamplePath);
    return r.ok() ? *r.project : Project{};
}

/// The project table's "writtenBy" row read with SQL, not with the code under test; null when absent.
QString writtenByRow(const QString &path)
{
    QString value;
    const QString name = QStringLiteral("tst_projectversion");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT value FROM project WHERE key = 'writtenBy'")) && q.next())
                value = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace

class TestProjectVersion : public QObject
{
    Q_OBJECT
private slots:
    void init() { QCoreApplication::setApplicationVersion(QString()); }
    void saveRecordsTheGivenVersion();
    void saveRecordsTheApplicationsVersionByDefault();
    void aNewerVersionIsAWarningNotAnError_data();
    void aNewerVersionIsAWarningNotAnError();
    void aFileWithoutTheVersionStillOpens();
    void withNoVersionKnownNoneIsWritten();
};

void TestProjectVersion::saveRecordsTheGivenVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v.rdproj"));
    QString error;
    QVERIFY2(ProjectStore::save(sample(), path, &error, QStringLiteral("0.2.0")), qPrintable(error));
    QCOMPARE(writtenByRow(path), QStringLiteral("0.2.0"));
    const LoadResult r = ProjectStore::open(path, QStringLiteral("0.2.0"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.writtenBy, QStringLiteral("0.2.0"));
    QCOMPARE(r.warnings, QStringList()); // a known row, the same version
    QVERIFY(*r.project == sample());     // not part of the project itself
}

// What the designer and `convert` do: ProjectFile::save, no version given, main() has set the
// application's version from CMake's project(VERSION).
void TestProjectVersion::saveRecordsTheApplicationsVersionByDefault()
{
    QCoreApplication::setApplicationVersion(QStringLiteral("3.1.4"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v.rdproj"));
    QString error;
    QVERIFY2(ProjectFile::save(sample(), path, &error), qPrintable(error));
    QCOMPARE(writtenByRow(path), QStringLiteral("3.1.4"));
    const LoadResult r = ProjectFile::load(path);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.writtenBy, QStringLiteral("3.1.4"));
    QCOMPARE(r.warnings, QStringList());
}

void TestProjectVersion::aNewerVersionIsAWarningNotAnError_data()
{
    QTest::addColumn<QString>("writer");
    QTest::addColumn<QString>("reader");
    QTest::addColumn<bool>("warns");
    QTest::newRow("newer major") << "1.0.0" << "0.2.0" << true;
    QTest::newRow("0.10 after 0.9, as numbers") << "0.10.0" << "0.9.0" << true;
    QTest::newRow("a patch release") << "0.2.1" << "0.2.0" << true;
    QTest::newRow("older") << "0.1.5" << "0.2.0" << false;
    QTest::newRow("the same") << "0.2.0" << "0.2.0" << false;
}

void TestProjectVersion::aNewerVersionIsAWarningNotAnError()
{
    QFETCH(QString, writer);
    QFETCH(QString, reader);
    QFETCH(bool, warns);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v.rdproj"));
    QString error;
    QVERIFY2(ProjectStore::save(sample(), path, &error, writer), qPrintable(error));
    const LoadResult r = ProjectStore::open(path, reader);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.writtenBy, writer);
    if (!warns) {
        QCOMPARE(r.warnings, QStringList());
        return;
    }
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY2(r.warnings[0].contains(writer) && r.warnings[0].contains(reader) && r.warnings[0].contains(QLatin1String("newer")),
             qPrintable(r.warnings[0]));
}

void TestProjectVersion::aFileWithoutTheVersionStillOpens()
{
    QCOMPARE(writtenByRow(OldFile), QString()); // written before the row existed
    const LoadResult r = ProjectFile::load(OldFile);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.writtenBy, QString());
    QCOMPARE(r.warnings, QStringList());
    QVERIFY(*r.project == sample());
}

void TestProjectVersion::withNoVersionKnownNoneIsWritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v.rdproj"));
    QString error;
    QVERIFY2(ProjectStore::save(sample(), path, &error), qPrintable(error));
    QCOMPARE(writtenByRow(path), QString());
    QCOMPARE(ProjectStore::open(path).writtenBy, QString());
}

QTEST_GUILESS_MAIN(TestProjectVersion)
#include "tst_projectversion.moc"
