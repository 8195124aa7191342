// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/io/planjsonreader.h"
#include "model/io/planjsonwriter.h"
#include "model/storage/projectfile.h"
#include "model/storage/projectstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace rd;

namespace {

const QString SamplePath = QStringLiteral(RD_SOURCE_DIR "/resources/samples/imoltp-piecemeal.json");

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Project sample()
{
    const LoadResult r = PlanJsonReader::readFile(SamplePath);
    if (!r.ok())
        qFatal("sample does not load: %s", qPrintable(r.error));
    return *r.project;
}

/// The bytes of `project` saved as a project file; empty (and a warning) when it cannot be saved.
QByteArray projectFileBytes(const Project &project)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.rdproj"));
    QString error;
    if (!ProjectFile::save(project, path, &error))
        qWarning("cannot save %s", qPrintable(error));
    return readBytes(path);
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestProjectFile : public QObject
{
    Q_OBJECT

private slots:
    void kindForPath_data();
    void kindForPath();
    void jsonToProjectToJsonIsLossless();
    void projectToProjectKeepsViewState();
    void jsonDropsOnlyViewState();
    void loadSniffsUnknownExtensions();
    void loadRefusesMismatchedContent();
    void saveRefusesUnknownExtension();
    void loadRefusesWhatItCannotRead();
    void loadBytesJsonOrProject();
    void loadBytesNamesTheSource();
    void jsonThatWouldNotReadBackIsNotWritten();
};

void TestProjectFile::kindForPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("kind"); // -1 none, else ProjectFile::Kind
    QTest::newRow("json") << QStringLiteral("/plans/a.json") << int(ProjectFile::Kind::Json);
    QTest::newRow("JSON") << QStringLiteral("A.JSON") << int(ProjectFile::Kind::Json);
    QTest::newRow("dots") << QStringLiteral("my.plan.v2.json") << int(ProjectFile::Kind::Json);
    QTest::newRow("rdproj") << QStringLiteral("c:/x/a.rdproj") << int(ProjectFile::Kind::Project);
    QTest::newRow("RdProj") << QStringLiteral("a.RdProj") << int(ProjectFile::Kind::Project);
    QTest::newRow("txt") << QStringLiteral("a.txt") << -1;
    QTest::newRow("none") << QStringLiteral("project") << -1;
    QTest::newRow("json dir") << QStringLiteral("dir.json/project") << -1;
    QTest::newRow("rdproj.bak") << QStringLiteral("a.rdproj.bak") << -1;
}

void TestProjectFile::kindForPath()
{
    QFETCH(QString, path);
    QFETCH(int, kind);
    const std::optional<ProjectFile::Kind> k = ProjectFile::kindForPath(path);
    QCOMPARE(k ? int(*k) : -1, kind);
}

void TestProjectFile::jsonToProjectToJsonIsLossless()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const LoadResult in = ProjectFile::load(SamplePath);
    QVERIFY2(in.ok(), qPrintable(in.error));
    QString error;
    const QString project = dir.filePath(QStringLiteral("imoltp.rdproj"));
    QVERIFY2(ProjectFile::save(*in.project, project, &error), qPrintable(error));
    QVERIFY(readBytes(project).startsWith("SQLite format 3"));

    const LoadResult middle = ProjectFile::load(project);
    QVERIFY2(middle.ok(), qPrintable(middle.error));
    const QString json = dir.filePath(QStringLiteral("imoltp.json"));
    QVERIFY2(ProjectFile::save(*middle.project, json, &error), qPrintable(error));

    const LoadResult out = ProjectFile::load(json);
    QVERIFY2(out.ok(), qPrintable(out.error));
    QCOMPARE(out.warnings, QStringList());
    QVERIFY(*out.project == *in.project);
    QCOMPARE(readBytes(json), PlanJsonWriter::write(*in.project)); // the same bytes as a direct JSON save
}

void TestProjectFile::projectToProjectKeepsViewState()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Project p = sample();
    p.viewState = QJsonObject{{QStringLiteral("zoom"), 2}, {QStringLiteral("open"), QJsonArray{QStringLiteral("plan 1")}}};
    QString error;
    const QString a = dir.filePath(QStringLiteral("a.rdproj"));
    const QString b = dir.filePath(QStringLiteral("b.RDPROJ"));
    QVERIFY2(ProjectFile::save(p, a, &error), qPrintable(error));
    LoadResult r = ProjectFile::load(a);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY2(ProjectFile::save(*r.project, b, &error), qPrintable(error));
    r = ProjectFile::load(b);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.project->viewState, p.viewState);
    QVERIFY(*r.project == p);
}

void TestProjectFile::jsonDropsOnlyViewState()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Project p = sample();
    p.viewState = QJsonObject{{QStringLiteral("zoom"), 2}};
    QString error;
    const QString json = dir.filePath(QStringLiteral("p.json"));
    QVERIFY2(ProjectFile::save(p, json, &error), qPrintable(error));
    const LoadResult r = ProjectFile::load(json);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.project->viewState.isEmpty());
    p.viewState = {};
    QVERIFY(*r.project == p);
}

void TestProjectFile::loadSniffsUnknownExtensions()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Project p = sample();
    p.viewState = QJsonObject{{QStringLiteral("zoom"), 3}};
    QString error;
    const QString project = dir.filePath(QStringLiteral("p.rdproj"));
    QVERIFY2(ProjectFile::save(p, project, &error), qPrintable(error));

    const QString bak = dir.filePath(QStringLiteral("p.rdproj.bak"));
    QVERIFY(QFile::copy(project, bak));
    LoadResult r = ProjectFile::load(bak);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(*r.project == p); // read as a project file: the view state is there

    const QString txt = dir.filePath(QStringLiteral("plan"));
    QVERIFY(QFile::copy(SamplePath, txt));
    r = ProjectFile::load(txt);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(*r.project == sample());

    const QString garbage = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(garbage);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write("not a plan\n") > 0);
    f.close();
    r = ProjectFile::load(garbage);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(garbage) && r.error.contains(QStringLiteral("not valid JSON")), qPrintable(r.error));
}

void TestProjectFile::loadRefusesMismatchedContent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const QString project = dir.filePath(QStringLiteral("p.rdproj"));
    QVERIFY2(ProjectFile::save(sample(), project, &error), qPrintable(error));

    // An SQLite project named .json: read as JSON (the extension decides), with a hint.
    const QString sqliteAsJson = dir.filePath(QStringLiteral("p.json"));
    QVERIFY(QFile::copy(project, sqliteAsJson));
    const QByteArray before = readBytes(sqliteAsJson);
    LoadResult r = ProjectFile::load(sqliteAsJson);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(sqliteAsJson) && r.error.contains(QStringLiteral("SQLite database"))
                 && r.error.contains(QStringLiteral(".rdproj")), qPrintable(r.error));
    QCOMPARE(readBytes(sqliteAsJson), before);

    // A JSON plan named .rdproj: refused as not a project.
    const QString jsonAsProject = dir.filePath(QStringLiteral("plan.rdproj"));
    QVERIFY(QFile::copy(SamplePath, jsonAsProject));
    r = ProjectFile::load(jsonAsProject);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(jsonAsProject) && r.error.contains(QStringLiteral("not a Restore Designer project")),
             qPrintable(r.error));
    QCOMPARE(readBytes(jsonAsProject), readBytes(SamplePath));

    r = ProjectFile::load(dir.filePath(QStringLiteral("missing.json")));
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(dir.filePath(QStringLiteral("missing.json"))), qPrintable(r.error));
}

void TestProjectFile::saveRefusesUnknownExtension()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("p.xml"));
    QString error;
    QVERIFY(!ProjectFile::save(sample(), path, &error));
    QVERIFY2(error.contains(path) && error.contains(QStringLiteral(".json")) && error.contains(QStringLiteral(".rdproj")),
             qPrintable(error));
    QCOMPARE(entries(dir.path()), QStringList());
}

// The designer's Open goes through load(): a FIFO must not hang it, nor a huge file fill the
// memory, whatever the extension says.
void TestProjectFile::loadRefusesWhatItCannotRead()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &name : {QStringLiteral("plan.json"), QStringLiteral("plan.rdproj"), QStringLiteral("plan")}) {
        const QString folder = dir.filePath(QStringLiteral("folder-") + name);
        QVERIFY(QDir().mkdir(folder));
        LoadResult r = ProjectFile::load(folder);
        QCOMPARE(r.error, folder + QStringLiteral(": this is a directory, not a file"));

        const QString big = dir.filePath(QStringLiteral("big-") + name);
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.resize((qint64(1) << 30) + 1)); // sparse
        file.close();
        r = ProjectFile::load(big);
        QCOMPARE(r.error, big + QStringLiteral(": the file is 1073741825 bytes, more than the limit of 1 GiB"));
#ifdef Q_OS_UNIX
        const QString fifo = dir.filePath(QStringLiteral("fifo-") + name);
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        r = ProjectFile::load(fifo);
        QCOMPARE(r.error, fifo + QStringLiteral(": this is not a regular file but a FIFO (named pipe)"));
#endif
        QVERIFY(!r.ok());
    }
}

// Standard input has no name to go by: the first bytes decide.
void TestProjectFile::loadBytesJsonOrProject()
{
    LoadResult r = ProjectFile::loadBytes(readBytes(SamplePath), QStringLiteral("standard input"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(*r.project == sample());

    Project p = sample();
    p.viewState = QJsonObject{{QStringLiteral("zoom"), 3}};
    r = ProjectFile::loadBytes(projectFileBytes(p), QStringLiteral("standard input"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(*r.project == p); // the view state too: it was read as a project file
}

void TestProjectFile::loadBytesNamesTheSource()
{
    LoadResult r = ProjectFile::loadBytes("not a plan\n", QStringLiteral("standard input"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error.startsWith(QStringLiteral("standard input: not valid JSON")), qPrintable(r.error));

    // A damaged project: the message names the source, never the temporary copy.
    const QByteArray bytes = projectFileBytes(sample());
    r = ProjectFile::loadBytes(bytes.left(bytes.size() - 512), QStringLiteral("standard input"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error.startsWith(QStringLiteral("standard input: the file is damaged")), qPrintable(r.error));
    QVERIFY2(!r.error.contains(QLatin1String("input.rdproj")), qPrintable(r.error));
}

/// The designer lets a filegroup be renamed to another's name; a project file then refuses to save
/// (ProjectStore reads it back first), and so must a plan file: one written, the reader would refuse
/// to open it again (docs/plan-format.md: names are unique, case-insensitively). Found by
/// tst_editproperties (issue 8); the previous file stays as it was.
void TestProjectFile::jsonThatWouldNotReadBackIsNotWritten()
{
    Project p = sample();
    p.database.filegroups[1].name = p.database.filegroups[2].name.toUpper();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.json"));
    const QByteArray previous = PlanJsonWriter::write(sample());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(previous) == previous.size());
    file.close();
    QString error;
    QVERIFY(!ProjectFile::save(p, path, &error));
    QVERIFY2(error.contains(path) && error.contains(QStringLiteral("appears twice")), qPrintable(error));
    QCOMPARE(readBytes(path), previous);
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("p.json")});
}

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
