// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// TextLineStream: the lines of a file fed in pieces of any size, in each encoding SSMS and sqlcmd
// save, and the errors of text that is not what it claims. MsdbValues: msdb's values as SSMS and
// sqlcmd print them. Expected lines and values are written out by hand.
#include "model/io/msdbvalues.h"
#include "model/io/textlinestream.h"

#include <QStringEncoder>
#include <QTest>

using namespace rd;

namespace {

struct Result
{
    QStringList lines;
    bool ok = false;
    TextLineStream::Encoding encoding = TextLineStream::Encoding::Utf8;
    QString error;
    int errorLine = 0;
    int errorColumn = 0;
};

/// Feeds `bytes` in pieces of `piece` bytes.
Result lines(const QByteArray &bytes, qsizetype piece)
{
    Result r;
    TextLineStream stream([&](QByteArrayView line, int number) {
        if (number != r.lines.size() + 1)
            return false;
        r.lines << QString::fromUtf8(line);
        return true;
    });
    bool ok = true;
    for (qsizetype at = 0; ok && at < bytes.size(); at += piece)
        ok = stream.feed(QByteArrayView(bytes).sliced(at, qMin(piece, bytes.size() - at)));
    r.ok = ok && stream.finish();
    r.encoding = stream.encoding();
    r.error = stream.error();
    r.errorLine = stream.errorLine();
    r.errorColumn = stream.errorColumn();
    return r;
}

const QStringList Expected{QStringLiteral("database_name,physical_device_name"),
                           QStringLiteral("imoltp,\\\\srv\\sql\\caf\u00e9.bak"), QString(), QStringLiteral("end")};

} // namespace

class TestTextLineStream : public QObject
{
    Q_OBJECT

private slots:
    void encodingsInAnyPieces_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding");
        const QString text = Expected.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
        QTest::newRow("UTF-8") << text.toUtf8() << int(TextLineStream::Encoding::Utf8);
        QTest::newRow("UTF-8, BOM, LF") << QByteArray("\xEF\xBB\xBF") + Expected.join(u'\n').toUtf8()
                                        << int(TextLineStream::Encoding::Utf8);
        QStringEncoder le(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        QTest::newRow("UTF-16 LE") << QByteArray(le.encode(text)) << int(TextLineStream::Encoding::Utf16Le);
        QStringEncoder be(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom);
        QTest::newRow("UTF-16 BE") << QByteArray(be.encode(text)) << int(TextLineStream::Encoding::Utf16Be);
        QStringEncoder bare(QStringEncoder::Utf16LE);
        QTest::newRow("UTF-16 LE, no BOM") << QByteArray(bare.encode(text)) << int(TextLineStream::Encoding::Utf16Le);
    }
    void encodingsInAnyPieces()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, encoding);
        for (qsizetype piece : {qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(7), qsizetype(64), bytes.size()}) {
            const Result r = lines(bytes, piece);
            QVERIFY2(r.ok, qPrintable(r.error));
            QCOMPARE(r.lines, Expected);
            QCOMPARE(int(r.encoding), encoding);
        }
    }

    void errors()
    {
        const Result latin1 = lines("a,b\r\ncaf\xE9,x\r\n", 5);
        QVERIFY(!latin1.ok);
        QCOMPARE(latin1.errorLine, 2);
        QCOMPARE(latin1.errorColumn, 4); // the é, a Windows-1252 byte
        const Result nul = lines(QByteArray("a,b\nc,\0d\n", 10), 100);
        QVERIFY(!nul.ok);
        QCOMPARE(nul.errorLine, 2);
        QCOMPARE(nul.errorColumn, 3);
        QVERIFY(nul.error.contains(QStringLiteral("UTF-16")));
        const Result odd = lines(QByteArray("\xFF\xFE" "a\0,\0b\0\n\0c", 11), 3); // the BOM, "a,b\n" and half of "c"
        QVERIFY(!odd.ok);
        QVERIFY(odd.error.contains(QStringLiteral("ends within a character")));
    }

    void values()
    {
        QCOMPARE(MsdbValues::dateTime("2026-11-30 01:05:12.347").value(),
                 QDateTime(QDate(2026, 11, 30), QTime(1, 5, 12, 347), Qt::UTC));
        QCOMPARE(MsdbValues::dateTime("2026-11-30T01:05:12.3476543").value(), // datetime2: cut to milliseconds
                 QDateTime(QDate(2026, 11, 30), QTime(1, 5, 12, 347), Qt::UTC));
        QCOMPARE(MsdbValues::dateTime("2026-11-30 01:05:12").value(), QDateTime(QDate(2026, 11, 30), QTime(1, 5, 12), Qt::UTC));
        QVERIFY(!MsdbValues::dateTime("9999-12-31 23:59:59.998"));
        QVERIFY(MsdbValues::dateTime("9999-12-31 23:59:59.997"));
        QVERIFY(!MsdbValues::dateTime("1752-12-31 23:59:59.000"));
        QVERIFY(!MsdbValues::dateTime("2026-11-30 24:00:00"));
        QVERIFY(!MsdbValues::dateTime("2026-11-30 01:05:12."));
        QCOMPARE(MsdbValues::integer("-48", -48, 127).value(), -48);
        QVERIFY(!MsdbValues::integer("128", -48, 127));
        QVERIFY(!MsdbValues::integer("99999999999999999999", 0, 1));
        QVERIFY(!MsdbValues::integer("-", 0, 1));
        QCOMPARE(MsdbValues::bit("True").value(), true);
        QCOMPARE(MsdbValues::bit("0").value(), false);
        QVERIFY(!MsdbValues::bit("2"));
        const auto g = MsdbValues::guid("{8a1f0c3e-5b7d-4e21-9c44-0a1b2c3d4e01}");
        QVERIFY(g);
        QCOMPARE(MsdbValues::guidText(*g), QStringLiteral("8A1F0C3E-5B7D-4E21-9C44-0A1B2C3D4E01"));
        QVERIFY(!MsdbValues::guid("8A1F0C3E-5B7D-4E21-9C44-0A1B2C3D4E0G"));
        QVERIFY(!MsdbValues::guid("8A1F0C3E5B7D-4E21-9C44-0A1B2C3D4E01-"));
        QCOMPARE(MsdbValues::lsn("0001903345000083031000001").value().toString(), QStringLiteral("1903345000083031000001"));
        QVERIFY(!MsdbValues::lsn("41000000012800037.0"));
        QVERIFY(MsdbValues::isNull("NULL", false) && MsdbValues::isNull("null", false) && MsdbValues::isNull("", true));
        QVERIFY(!MsdbValues::isNull("NULL", true)); // a quoted "NULL" is the text
    }
};

QTEST_GUILESS_MAIN(TestTextLineStream)
#include "tst_textlinestream.moc"
