// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/domain/lsn.h"

#include <QTest>

using namespace rd;

/// LSNs are numeric(25,0) (docs/plan-format.md, "Conventions"): exact, beyond 64 bits, compared only.
class TestLsn : public QObject
{
    Q_OBJECT
private slots:
    void parsesDigitStrings();
    void rejectsAnythingElse_data();
    void rejectsAnythingElse();
    void ordersExactlyBeyond64Bits();
    void ordersTheFixturesChain();
    void acrossTheNineteenDigitBoundary();
};

void TestLsn::parsesDigitStrings()
{
    QCOMPARE(Lsn::fromString(u"34000000016800001").toString(), QStringLiteral("34000000016800001"));
    QCOMPARE(Lsn::fromString(u"0").toString(), QStringLiteral("0"));
    QCOMPARE(Lsn::fromString(u"00042").toString(), QStringLiteral("42")); // leading zeros are not significant
    QCOMPARE(Lsn::fromString(u"0000000000000000000000000").toString(), QStringLiteral("0"));
    const QString max25(25, u'9');
    QCOMPARE(Lsn::fromString(max25).toString(), max25);
    QVERIFY(Lsn().isNull());
}

void TestLsn::rejectsAnythingElse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("26 digits") << QString(26, u'1') << QStringLiteral("26 digits");
    QTest::newRow("negative") << QStringLiteral("-1") << QStringLiteral("-1");
    QTest::newRow("plus sign") << QStringLiteral("+5") << QStringLiteral("+5");
    QTest::newRow("decimal point") << QStringLiteral("3400000001.5") << QStringLiteral("3400000001.5");
    QTest::newRow("exponent (a double's rendering)") << QStringLiteral("3.4e16") << QStringLiteral("3.4e16");
    QTest::newRow("space") << QStringLiteral("34 000") << QStringLiteral("34 000");
    QTest::newRow("arabic-indic digit") << QStringLiteral("3\u0663") << QStringLiteral("only the digits");
}

void TestLsn::rejectsAnythingElse()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!Lsn::parse(text, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY(Lsn::fromString(text).isNull());
}

void TestLsn::ordersExactlyBeyond64Bits()
{
    // 2^64 = 18446744073709551616: values around it differ by 1 and must still compare exactly,
    // which a double (53-bit mantissa) or a 64-bit integer cannot do.
    const Lsn a = Lsn::fromString(u"18446744073709551616");
    const Lsn b = Lsn::fromString(u"18446744073709551617");
    QVERIFY(a < b);
    QVERIFY(b > a);
    QVERIFY(a != b);
    // 23-digit values as dbatools exports them, one apart in the last slot.
    const Lsn c = Lsn::fromString(u"14975000000274400001000");
    const Lsn d = Lsn::fromString(u"14975000000274400001001");
    QVERIFY(c < d);
    QCOMPARE(Lsn::fromString(u"0014975000000274400001000"), c);
    // Fewer digits is smaller regardless of the leading digit.
    QVERIFY(Lsn::fromString(u"99999999999999999") < Lsn::fromString(u"100000000000000000"));
    QVERIFY(Lsn() < Lsn::fromString(u"0"));
}

void TestLsn::acrossTheNineteenDigitBoundary()
{
    // Worked by hand: 10^19 - 1 (19 nines) < 10^19 (a one and 19 zeros) < 10^19 + 1, and values
    // whose low 19 digits are zero or have leading zeros print every digit back.
    const Lsn below = Lsn::fromString(u"9999999999999999999");
    const Lsn at = Lsn::fromString(u"10000000000000000000");
    const Lsn after = Lsn::fromString(u"10000000000000000001");
    QVERIFY(below < at);
    QVERIFY(at < after);
    QCOMPARE(at.toString(), QStringLiteral("10000000000000000000"));
    QCOMPARE(Lsn::fromString(u"1230000000000000000045").toString(), QStringLiteral("1230000000000000000045"));
    QCOMPARE(Lsn::fromString(u"5000000000000000000000000").toString(), QStringLiteral("5000000000000000000000000"));
    // A larger high part wins whatever the low part: 2·10^19 > 10^19 + (10^19 - 1).
    QVERIFY(Lsn::fromString(u"19999999999999999999") < Lsn::fromString(u"20000000000000000000"));
    // Equal values hash equal, as QHash keys need.
    QCOMPARE(qHash(Lsn::fromString(u"00123")), qHash(Lsn::fromString(u"123")));
    QCOMPARE(Lsn::fromString(u"00123"), Lsn::fromString(u"123"));
}

void TestLsn::ordersTheFixturesChain()
{
    // TLogBWFirstLastLsn, a backup history from dbatools' tests (dataplat/dbatools,
    // tests/ObjectDefinitions/BackupRestore/RawInput/): the full's range and the log after it.
    const Lsn fullFirst = Lsn::fromString(u"14975000000265600001");
    const Lsn fullLast = Lsn::fromString(u"14975000000274400001");
    QVERIFY(fullFirst < fullLast);
    QVERIFY(Lsn::fromString(u"14975000000274400001") <= fullLast);
    QVERIFY(!(fullLast < fullLast));
}

QTEST_APPLESS_MAIN(TestLsn)
#include "tst_lsn.moc"
