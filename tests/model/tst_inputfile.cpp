// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/io/inputfile.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace rd;

namespace {

/// A stream without end, as /dev/zero or `yes` on a pipe: sequential, never at its end.
class EndlessDevice : public QIODevice
{
public:
    qint64 delivered = 0;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        std::fill_n(data, maxSize, 'x');
        delivered += maxSize;
        return maxSize;
    }
    qint64 writeData(const char *, qint64) override { return -1; }
};

} // namespace

class TestInputFile : public QObject
{
    Q_OBJECT

private slots:
    void limitIsOneGibibyte();
    void readAllWithinTheLimit();
    void readAllStopsAtTheLimit();
    void endlessStreamIsRefused();
    void refusalByKind();
    void oversizedFileIsRefusedBeforeReading();
    void readNamesThePath();
};

// The JSON plan of 1,000,000 backups is about 300 MB (README.md, "Benchmarks"): the limit leaves
// room for three such files, and no more.
void TestInputFile::limitIsOneGibibyte()
{
    QCOMPARE(InputFile::MaxBytes, qint64(1024) * 1024 * 1024);
}

void TestInputFile::readAllWithinTheLimit()
{
    QByteArray bytes(10, 'a');
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QString error;
    const auto read = InputFile::readAll(buffer, &error, 10);
    QVERIFY2(read.has_value(), qPrintable(error));
    QCOMPARE(*read, bytes);
}

void TestInputFile::readAllStopsAtTheLimit()
{
    QByteArray bytes(11, 'a');
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QString error;
    QVERIFY(!InputFile::readAll(buffer, &error, 10).has_value());
    QVERIFY2(error.contains(QLatin1String("more than 10 bytes")), qPrintable(error));
}

// What /dev/zero did to `check`: reading stops just past the limit, whatever the stream holds.
void TestInputFile::endlessStreamIsRefused()
{
    EndlessDevice endless;
    QVERIFY(endless.open(QIODevice::ReadOnly));
    QString error;
    const qint64 limit = 3 * 1024 * 1024;
    QVERIFY(!InputFile::readAll(endless, &error, limit).has_value());
    QVERIFY2(error.contains(QLatin1String("more than 3 MiB")), qPrintable(error));
    QVERIFY2(endless.delivered <= 2 * limit, qPrintable(QString::number(endless.delivered)));
}

void TestInputFile::refusalByKind()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("plan.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write("{}") == 2);
    f.close();
    QCOMPARE(InputFile::refusal(file), QString());
    QCOMPARE(InputFile::refusal(dir.filePath(QStringLiteral("missing.json"))), QStringLiteral("the file does not exist"));
    QCOMPARE(InputFile::refusal(dir.path()), QStringLiteral("this is a directory, not a file"));
    QCOMPARE(InputFile::kind(dir.path()), InputFile::Kind::Directory);
    QCOMPARE(InputFile::kind(file), InputFile::Kind::Regular);
#ifdef Q_OS_UNIX
    QCOMPARE(InputFile::refusal(QStringLiteral("/dev/null")), QStringLiteral("this is not a regular file but a character device"));
    QCOMPARE(InputFile::kind(QStringLiteral("/dev/null")), InputFile::Kind::Special);
    const QString fifo = dir.filePath(QStringLiteral("fifo.json"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    QCOMPARE(InputFile::refusal(fifo), QStringLiteral("this is not a regular file but a FIFO (named pipe)"));
    // A link is judged by what it leads to.
    const QString link = dir.filePath(QStringLiteral("link.json"));
    QVERIFY(QFile::link(file, link));
    QCOMPARE(InputFile::refusal(link), QString());
#endif
}

void TestInputFile::oversizedFileIsRefusedBeforeReading()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big.json"));
    QFile big(path);
    QVERIFY(big.open(QIODevice::WriteOnly) && big.resize(InputFile::MaxBytes + 1)); // sparse
    big.close();
    QCOMPARE(InputFile::refusal(path), QStringLiteral("the file is 1073741825 bytes, more than the limit of 1 GiB"));
    QVERIFY(big.resize(InputFile::MaxBytes));
    QCOMPARE(InputFile::refusal(path), QString());
}

void TestInputFile::readNamesThePath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const QString missing = dir.filePath(QStringLiteral("missing.json"));
    QVERIFY(!InputFile::read(missing, &error));
    QCOMPARE(error, missing + QStringLiteral(": the file does not exist"));
    QVERIFY(!InputFile::read(dir.path(), &error));
    QCOMPARE(error, dir.path() + QStringLiteral(": this is a directory, not a file"));

    const QString file = dir.filePath(QStringLiteral("plan.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write("{}\n") == 3);
    f.close();
    const auto read = InputFile::read(file, &error);
    QVERIFY2(read.has_value(), qPrintable(error));
    QCOMPARE(*read, QByteArray("{}\n"));
}

QTEST_GUILESS_MAIN(TestInputFile)
#include "tst_inputfile.moc"
