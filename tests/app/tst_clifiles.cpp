// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// What the command line reads and writes (README.md, "Command line"; docs/plan-format.md, "What
// the command line reads and writes"): an output that is its input is refused, `-` reads standard
// input, and a path that is not a regular file, or a file over the 1 GiB limit, is refused unread.

#include "tests/app/clirun.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

using rd::test::CliRun;
using rd::test::readFile;
using rd::test::writeFile;

CliRun run(const QStringList &arguments, const QByteArray &input = {})
{
    return rd::test::runCli(arguments, rd::test::cliEnvironment(), input);
}

/// For a path that might hang or read without end: a short wait, so a hang fails the test quickly.
CliRun runBriefly(const QStringList &arguments, const QByteArray &input = {})
{
    return rd::test::runCli(arguments, rd::test::cliEnvironment(), input, 15000);
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

/// How the output names the input file.
enum class Alias { SamePath, DotSegment, SymbolicLink, HardLink };

/// A second name for `file` made the way `alias` says, in the same directory; empty when the
/// platform cannot make it.
QString makeAlias(const QString &file, Alias alias, const QString &aliasName)
{
    const QFileInfo info(file);
    const QString other = info.dir().filePath(aliasName);
    switch (alias) {
    case Alias::SamePath: return file;
    case Alias::DotSegment: return info.dir().path() + QStringLiteral("/./") + info.fileName();
    case Alias::SymbolicLink:
#ifdef Q_OS_UNIX
        return QFile::link(file, other) ? other : QString();
#else
        return QString(); // QFile::link makes a .lnk shortcut on Windows, not a link the file system follows
#endif
    case Alias::HardLink:
#ifdef Q_OS_UNIX
        return ::link(QFile::encodeName(file).constData(), QFile::encodeName(other).constData()) == 0 ? other : QString();
#else
        return QString();
#endif
    }
    return QString();
}

} // namespace

class TestCliFiles : public QObject
{
    Q_OBJECT

private slots:
    void outputOntoInputIsRefused_data();
    void outputOntoInputIsRefused();
    void standardInput_data();
    void standardInput();
    void dashOutputIsStandardOutput();
    void projectFileFromStandardInput();
    void badStandardInputIsNamed();
    void nonRegularFilesAreRefused_data();
    void nonRegularFilesAreRefused();
    void oversizedFileIsRefused();
};

// Issue 8 item 3: `export-sql F -o F` replaced the plan by SQL, `convert F F` rewrote F without
// its unknown fields. Whatever the spelling of the output, nothing is written.
void TestCliFiles::outputOntoInputIsRefused_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("input"); // file name: .json or .rdproj
    QTest::addColumn<int>("alias");
    const QList<QPair<const char *, Alias>> aliases{{"same path", Alias::SamePath},
                                                    {"./ in the path", Alias::DotSegment},
                                                    {"symbolic link", Alias::SymbolicLink},
                                                    {"hard link", Alias::HardLink}};
    for (const auto &[name, alias] : aliases) {
        QTest::addRow("export-sql -o, %s", name) << QStringLiteral("export-sql") << QStringLiteral("plan.json") << int(alias);
        QTest::addRow("convert json, %s", name) << QStringLiteral("convert") << QStringLiteral("plan.json") << int(alias);
        QTest::addRow("convert rdproj, %s", name) << QStringLiteral("convert") << QStringLiteral("plan.rdproj") << int(alias);
    }
}

void TestCliFiles::outputOntoInputIsRefused()
{
    QFETCH(QString, command);
    QFETCH(QString, input);
    QFETCH(int, alias);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // An unknown field, which convert would drop: rewriting the file could not give it back unchanged.
    QJsonObject plan = QJsonDocument::fromJson(readFile(rd::test::samplePath())).object();
    plan.insert(QStringLiteral("reviewedBy"), QStringLiteral("the DBA team"));
    const QString json = dir.filePath(QStringLiteral("source.json"));
    QVERIFY(writeFile(json, QJsonDocument(plan).toJson()));
    const QString file = dir.filePath(input);
    if (file != json)
        QVERIFY(run({QStringLiteral("convert"), json, file}).exitCode == 0);
    const QString output = makeAlias(file, Alias(alias), QStringLiteral("alias.") + QFileInfo(input).suffix());
    if (output.isEmpty())
        QSKIP("this platform cannot make such a link here");
    const QByteArray before = readFile(file);
    const QStringList filesBefore = entries(dir.path());

    const CliRun r = command == QLatin1String("convert") ? run({command, file, output})
                                                          : run({command, file, QStringLiteral("-o"), output});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("would overwrite the input"), r.err.constData());
    QVERIFY2(r.err.contains(output.toUtf8()), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(readFile(file), before);
    QCOMPARE(entries(dir.path()), filesBefore);
}

// `-` is standard input: the same output as the file itself gives.
void TestCliFiles::standardInput_data()
{
    QTest::addColumn<QStringList>("arguments"); // FILE comes last
    QTest::newRow("check") << QStringList{QStringLiteral("check")};
    QTest::newRow("check json") << QStringList{QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json")};
    QTest::newRow("simulate") << QStringList{QStringLiteral("simulate")};
    QTest::newRow("export-sql") << QStringList{QStringLiteral("export-sql")};
    QTest::newRow("export-sql backup") << QStringList{QStringLiteral("export-sql"), QStringLiteral("--script"),
                                                      QStringLiteral("backup")};
}

void TestCliFiles::standardInput()
{
    QFETCH(QStringList, arguments);
    const CliRun fromFile = run(arguments + QStringList{rd::test::samplePath()});
    QCOMPARE(fromFile.exitCode, 0);
    const CliRun fromStdin = run(arguments + QStringList{QStringLiteral("-")}, readFile(rd::test::samplePath()));
    QVERIFY2(fromStdin.exitCode == 0, fromStdin.err.constData());
    QCOMPARE(fromStdin.out, fromFile.out);
}

// `export-sql -o -` writes to the standard output, as scripts expect of `-`, and creates no file
// named "-" (it used to).
void TestCliFiles::dashOutputIsStandardOutput()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess process;
    process.setProcessEnvironment(rd::test::cliEnvironment());
    process.setWorkingDirectory(dir.path());
    process.start(QStringLiteral(RD_APP_BINARY),
                  {QStringLiteral("export-sql"), rd::test::samplePath(), QStringLiteral("-o"), QStringLiteral("-")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray out = process.readAllStandardOutput();
    QVERIFY2(out.contains("RESTORE DATABASE"), out.constData());
    QCOMPARE(out, run({QStringLiteral("export-sql"), rd::test::samplePath()}).out);
    QCOMPARE(entries(dir.path()), QStringList());
}

// A project file (SQLite) on standard input is read as well: the bytes decide, not a name.
void TestCliFiles::projectFileFromStandardInput()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString project = dir.filePath(QStringLiteral("p.rdproj"));
    QVERIFY(run({QStringLiteral("convert"), rd::test::samplePath(), project}).exitCode == 0);
    const QByteArray bytes = readFile(project);
    QVERIFY(bytes.startsWith(QByteArray("SQLite format 3\0", 16)));

    const CliRun fromFile = run({QStringLiteral("check"), project});
    const CliRun fromStdin = run({QStringLiteral("check"), QStringLiteral("-")}, bytes);
    QVERIFY2(fromStdin.exitCode == 0, fromStdin.err.constData());
    QCOMPARE(fromStdin.out, fromFile.out);

    // convert - OUT: the JSON written holds the sample's plan.
    const QString json = dir.filePath(QStringLiteral("back.json"));
    const CliRun converted = run({QStringLiteral("convert"), QStringLiteral("-"), json}, bytes);
    QVERIFY2(converted.exitCode == 0, converted.err.constData());
    QCOMPARE(run({QStringLiteral("check"), json}).out, run({QStringLiteral("check"), rd::test::samplePath()}).out);
    QCOMPARE(entries(dir.path()), (QStringList{QStringLiteral("back.json"), QStringLiteral("p.rdproj")}));
}

void TestCliFiles::badStandardInputIsNamed()
{
    for (const QByteArray &input : {QByteArray("{ \"format\": "), QByteArray()}) {
        const CliRun r = run({QStringLiteral("check"), QStringLiteral("-")}, input);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith("restore-designer: standard input: not valid JSON"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }
}

// Issue 8 item 5: /dev/zero was read without end, a FIFO hung, /dev/stdin lost its first bytes to
// sniffing. Each is refused before it is opened, naming the path and what it is.
void TestCliFiles::nonRegularFilesAreRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("what");
    QTest::addColumn<bool>("special"); // the message then suggests `-`
    QTest::newRow("directory") << QDir::tempPath() << QStringLiteral("a directory") << false;
#ifdef Q_OS_UNIX
    QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero") << QStringLiteral("a character device") << true;
    QTest::newRow("FIFO") << QStringLiteral("FIFO") << QStringLiteral("a FIFO") << true; // made below
#endif
#ifdef Q_OS_LINUX
    // As `check <(cat plan.json)` or a pipe into `check /dev/stdin`: the link leads to a pipe.
    QTest::newRow("/dev/stdin on a pipe") << QStringLiteral("/dev/stdin") << QStringLiteral("a FIFO") << true;
#endif
}

void TestCliFiles::nonRegularFilesAreRefused()
{
    QFETCH(QString, path);
    QFETCH(QString, what);
    QFETCH(bool, special);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
#ifdef Q_OS_UNIX
    if (path == QLatin1String("FIFO")) {
        path = dir.filePath(QStringLiteral("plan.json"));
        QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    }
#endif
    for (const QString &command : {QStringLiteral("check"), QStringLiteral("convert")}) {
        QStringList arguments{command, path};
        if (command == QLatin1String("convert"))
            arguments << dir.filePath(QStringLiteral("out.rdproj"));
        const CliRun r = runBriefly(arguments, readFile(rd::test::samplePath()));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith("restore-designer: " + path.toUtf8() + ": "), r.err.constData());
        QVERIFY2(r.err.contains(what.toUtf8()), r.err.constData());
        QCOMPARE(r.err.contains("to read standard input, give - instead"), special);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out.rdproj"))));
    }
}

// A file over the limit is refused by its size, before reading (sparse: it takes no disk space).
void TestCliFiles::oversizedFileIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big.json"));
    QFile big(path);
    QVERIFY(big.open(QIODevice::WriteOnly) && big.resize((qint64(1) << 30) + 1));
    big.close();
    const CliRun r = runBriefly({QStringLiteral("check"), path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith("restore-designer: " + path.toUtf8() + ": "), r.err.constData());
    QVERIFY2(r.err.contains("1073741825 bytes") && r.err.contains("1 GiB"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliFiles)
#include "tst_clifiles.moc"
