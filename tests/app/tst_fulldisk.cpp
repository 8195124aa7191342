// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A full disk (issue 8, item 1): an output that cannot be written exits 2 with the system's
// reason, naming the file, and leaves the previous file byte for byte and nothing beside it.
// - saveOnFullDisk: everywhere on Linux, without root. The command line runs with
//   diskpreload.cpp preloaded, which leaves a folder only so many bytes and then fails
//   write(2)/pwrite(2) there with ENOSPC, so Qt's and SQLite's real code meets the error.
// - saveOnFullTmpfs: as root where mount(8) is allowed, a real tmpfs filled to the last page.

#include "tests/app/clirun.h"
#include "tests/app/largeplan.h"
#include "tests/testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace rd::test;

namespace {

const QString Sample = QStringLiteral(RD_SOURCE_DIR "/resources/samples/imoltp-piecemeal.json");

/// The command's arguments with "IN" and "OUT" replaced.
QStringList arguments(const QStringList &pattern, const QString &in, const QString &out)
{
    QStringList result;
    for (const QString &a : pattern)
        result << (a == QLatin1String("IN") ? in : a == QLatin1String("OUT") ? out : a);
    return result;
}

/// What the previous version of an output holds: any bytes will do, they must survive.
QByteArray previousVersion(const QString &name)
{
    return QByteArray("the previous ") + name.toUtf8() + QByteArray(", which a failed save must leave as it is\n");
}

} // namespace

class TestFullDisk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void saveOnFullDisk_data();
    void saveOnFullDisk();
    void saveOnFullTmpfs();

private:
    QTemporaryDir m_inputs;
    QString m_large; ///< a JSON plan of about 1 MB: more than Qt's 16 KiB write buffer
};

void TestFullDisk::initTestCase()
{
    QVERIFY(m_inputs.isValid());
    m_large = m_inputs.filePath(QStringLiteral("large.json"));
    QVERIFY(writeBytes(m_large, rd::test::largePlanJson(3000, QStringLiteral("new"))));
}

void TestFullDisk::saveOnFullDisk_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");
    QTest::addColumn<double>("share");    ///< what the folder has left, as a share of the output's size
    QTest::addColumn<QString>("reason"); ///< the system's (or SQLite's) reason, after the file's name

    const QStringList exportSql{QStringLiteral("export-sql"), QStringLiteral("IN"), QStringLiteral("-o"), QStringLiteral("OUT")};
    const QStringList convert{QStringLiteral("convert"), QStringLiteral("IN"), QStringLiteral("OUT")};
    const QString noSpace = QStringLiteral("No space left on device");
    // A script and the sample's JSON are smaller than Qt's write buffer: they reach the disk only
    // when the file is flushed, which is where the error used to go unnoticed.
    QTest::newRow("export-sql, nothing free") << exportSql << Sample << "restore.sql" << 0.0 << noSpace;
    QTest::newRow("export-sql, half the script fits") << exportSql << Sample << "restore.sql" << 0.5 << noSpace;
    QTest::newRow("convert to JSON, nothing free") << convert << Sample << "plan.json" << 0.0 << noSpace;
    QTest::newRow("convert to JSON, half fits") << convert << Sample << "plan.json" << 0.5 << noSpace;
    QTest::newRow("convert a large plan to JSON, half fits") << convert << m_large << "plan.json" << 0.5 << noSpace;
    // A project file is built beside its target by SQLite first, then copied over it.
    QTest::newRow("convert to a project, nothing free")
        << convert << Sample << "plan.rdproj" << 0.0 << QStringLiteral("database or disk is full");
    QTest::newRow("convert a large plan to a project, the copy does not fit")
        << convert << m_large << "plan.rdproj" << 1.5 << noSpace;
}

void TestFullDisk::saveOnFullDisk()
{
#ifndef Q_OS_LINUX
    QSKIP("the full disk is simulated by an LD_PRELOAD library and /proc/self/fd, which only Linux has");
#else
    QFETCH(QStringList, command);
    QFETCH(QString, input);
    QFETCH(QString, output);
    QFETCH(double, share);
    QFETCH(QString, reason);

    // The output's size when there is room, to size the budget.
    QTemporaryDir roomy;
    QVERIFY(roomy.isValid());
    const rd::test::CliRun reference = rd::test::runCli(arguments(command, input, roomy.filePath(output)));
    QCOMPARE(reference.exitCode, 0);
    const qint64 size = QFileInfo(roomy.filePath(output)).size();
    QVERIFY(size > 0);

    QTemporaryDir full;
    QVERIFY(full.isValid());
    const QString dir = QFileInfo(full.path()).canonicalFilePath(); // as /proc/self/fd names it
    const QString out = dir + u'/' + output;
    const QByteArray previous = previousVersion(output);
    QVERIFY(writeBytes(out, previous));

    QProcessEnvironment env = rd::test::cliEnvironment();
    env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(RD_DISK_PRELOAD));
    env.insert(QStringLiteral("RD_DISK_DIR"), dir);
    env.insert(QStringLiteral("RD_DISK_FREE"), QString::number(qint64(double(size) * share)));
    const rd::test::CliRun run = rd::test::runCli(arguments(command, input, out), env);

    QCOMPARE(run.exitCode, 2);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(out) && err.contains(reason), qPrintable(err));
    QCOMPARE(readBytes(out), previous);
    QCOMPARE(entries(dir), QStringList{output}); // no temporary file left beside it
#endif
}

void TestFullDisk::saveOnFullTmpfs()
{
#ifndef Q_OS_LINUX
    QSKIP("tmpfs is Linux's; saveOnFullDisk covers the full disk where it can run");
#else
    if (::geteuid() != 0)
        QSKIP("mounting a tmpfs needs root; saveOnFullDisk covers a full disk without it");
    QTemporaryDir mountPoint;
    QVERIFY(mountPoint.isValid());
    const QString dir = QFileInfo(mountPoint.path()).canonicalFilePath();
    QProcess mount;
    mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                          QStringLiteral("size=512k,mode=0700"), QStringLiteral("rd-fulldisk"), dir});
    if (!mount.waitForFinished(10000) || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0)
        QSKIP(qPrintable(QStringLiteral("mount -t tmpfs is not permitted here (%1); saveOnFullDisk covers a full disk")
                             .arg(QString::fromLocal8Bit(mount.readAllStandardError()).trimmed())));
    const auto unmount = qScopeGuard([&dir] { QProcess::execute(QStringLiteral("umount"), {dir}); });

    const QStringList outputs{QStringLiteral("plan.json"), QStringLiteral("plan.rdproj"), QStringLiteral("restore.sql")};
    for (const QString &output : outputs)
        QVERIFY(writeBytes(dir + u'/' + output, previousVersion(output)));
    // Fill every page that is left.
    QFile filler(dir + QStringLiteral("/filler"));
    QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    const QByteArray page(4096, '\0');
    while (filler.write(page) == page.size()) {
    }
    filler.close();

    const QString noSpace = QStringLiteral("No space left on device");
    const struct
    {
        QStringList arguments;
        QString output;
        QString reason;
    } saves[] = {
        {{QStringLiteral("export-sql"), Sample, QStringLiteral("-o"), dir + QStringLiteral("/restore.sql")},
         QStringLiteral("restore.sql"), noSpace},
        {{QStringLiteral("convert"), m_large, dir + QStringLiteral("/plan.json")}, QStringLiteral("plan.json"), noSpace},
        {{QStringLiteral("convert"), Sample, dir + QStringLiteral("/plan.rdproj")}, QStringLiteral("plan.rdproj"),
         QStringLiteral("database or disk is full")},
    };
    for (const auto &save : saves) {
        const rd::test::CliRun run = rd::test::runCli(save.arguments);
        QCOMPARE(run.exitCode, 2);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(dir + u'/' + save.output) && err.contains(save.reason), qPrintable(err));
        QCOMPARE(readBytes(dir + u'/' + save.output), previousVersion(save.output));
    }
    QCOMPARE(entries(dir), QStringList{QStringLiteral("filler")} + outputs);
#endif
}

QTEST_GUILESS_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"
