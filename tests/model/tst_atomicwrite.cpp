// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// AtomicWrite::writeFile (issue 8): the file is replaced whole or not at all, and a failure names
// the file and the system's reason. A full disk is tested on the command line, where the fault can
// be injected (tests/app/tst_fulldisk).

#include "model/io/atomicwrite.h"
#include "tests/testfiles.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rd;
using namespace rd::test;

class TestAtomicWrite : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void writesExactlyTheBytes_data();
    void writesExactlyTheBytes();
    void nativeLineEndings();
    void failureKeepsWhatWasThere_data();
    void failureKeepsWhatWasThere();
    void readOnlyFolderKeepsTheFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir; ///< a new, empty folder for each test
};

void TestAtomicWrite::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAtomicWrite::writesExactlyTheBytes_data()
{
    QTest::addColumn<bool>("existing");
    QTest::addColumn<QByteArray>("content");
    // 16 KiB is Qt's write buffer: below it the bytes used to reach the disk only on commit().
    QTest::newRow("new file") << false << QByteArray("-- a script\nGO\n");
    QTest::newRow("over a longer file") << true << QByteArray("short");
    QTest::newRow("empty, over a file") << true << QByteArray();
    QTest::newRow("larger than Qt's buffer, with NULs and CRs") << true << QByteArray(100000, '\0').append("\r\n\r");
}

void TestAtomicWrite::writesExactlyTheBytes()
{
    QFETCH(bool, existing);
    QFETCH(QByteArray, content);
    const QString path = m_dir->filePath(QStringLiteral("out.sql"));
    if (existing)
        QVERIFY(writeBytes(path, QByteArray(40000, 'x')));
    QString error;
    QVERIFY2(AtomicWrite::writeFile(path, content, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(readBytes(path), content);
    QCOMPARE(entries(m_dir->path()), QStringList{QStringLiteral("out.sql")}); // no temporary file left
}

// What QIODevice::Text does: "\n" becomes "\r\n" on Windows only.
void TestAtomicWrite::nativeLineEndings()
{
    const QString path = m_dir->filePath(QStringLiteral("out.sql"));
    QString error;
    QVERIFY2(AtomicWrite::writeFile(path, "a\nb\n", &error, AtomicWrite::LineEndings::Native), qPrintable(error));
#ifdef Q_OS_WIN
    QCOMPARE(readBytes(path), QByteArray("a\r\nb\r\n"));
#else
    QCOMPARE(readBytes(path), QByteArray("a\nb\n"));
#endif
    QVERIFY2(AtomicWrite::writeFile(path, "a\nb\n", &error), qPrintable(error));
    QCOMPARE(readBytes(path), QByteArray("a\nb\n"));
}

void TestAtomicWrite::failureKeepsWhatWasThere_data()
{
    QTest::addColumn<QString>("target"); // relative to the temporary folder, which holds "sub/" and "old.json"
    QTest::addColumn<QString>("linuxReason");
    QTest::newRow("the folder does not exist") << "missing/out.json" << "No such file or directory";
    QTest::newRow("the target is a folder") << "sub" << "";
}

void TestAtomicWrite::failureKeepsWhatWasThere()
{
    QFETCH(QString, target);
    QFETCH(QString, linuxReason);
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("sub")));
    QVERIFY(writeBytes(m_dir->filePath(QStringLiteral("old.json")), "old"));
    const QString path = m_dir->filePath(target);
    QString error;
    QVERIFY(!AtomicWrite::writeFile(path, "new", &error));
    const QString start = QStringLiteral("cannot write %1: ").arg(path);
    QVERIFY2(error.startsWith(start) && error.size() > start.size(), qPrintable(error));
#ifdef Q_OS_LINUX
    if (!linuxReason.isEmpty())
        QCOMPARE(error, start + linuxReason);
#endif
    QCOMPARE(entries(m_dir->path()), (QStringList{QStringLiteral("old.json"), QStringLiteral("sub")}));
    QCOMPARE(entries(m_dir->filePath(QStringLiteral("sub"))), QStringList());
    QCOMPARE(readBytes(m_dir->filePath(QStringLiteral("old.json"))), QByteArray("old"));
}

void TestAtomicWrite::readOnlyFolderKeepsTheFile()
{
    const QString path = m_dir->filePath(QStringLiteral("out.json"));
    QVERIFY(writeBytes(path, "old"));
    const QFile::Permissions rx = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadUser | QFile::ExeUser;
    QVERIFY(QFile::setPermissions(m_dir->path(), rx));
    const auto writable = qScopeGuard([&] { QFile::setPermissions(m_dir->path(), rx | QFile::WriteOwner | QFile::WriteUser); });
    QFile probe(m_dir->filePath(QStringLiteral("probe")));
    if (probe.open(QIODevice::WriteOnly)) {
        probe.close();
        probe.remove();
        QSKIP("folder permissions are not enforced for this user (root, or Windows, where they only mark files)");
    }
    QString error;
    QVERIFY(!AtomicWrite::writeFile(path, "new", &error));
    QVERIFY2(error.startsWith(QStringLiteral("cannot write %1: ").arg(path)), qPrintable(error));
#ifdef Q_OS_LINUX
    QVERIFY2(error.endsWith(QStringLiteral("Permission denied")), qPrintable(error));
#endif
    QCOMPARE(readBytes(path), QByteArray("old"));
    QCOMPARE(entries(m_dir->path()), QStringList{QStringLiteral("out.json")});
}

QTEST_GUILESS_MAIN(TestAtomicWrite)
#include "tst_atomicwrite.moc"
