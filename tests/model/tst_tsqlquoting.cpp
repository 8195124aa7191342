// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/tsql/tsqlquoting.h"

#include <QTest>

using namespace rd;

class TestTsqlQuoting : public QObject
{
    Q_OBJECT

private slots:
    void quoteIdentifier_data();
    void quoteIdentifier();
    void quoteString_data();
    void quoteString();
    void isScriptSafe_data();
    void isScriptSafe();
    void safeExpression_data();
    void safeExpression();
    void safeExpressionOfLongTextIsNotTruncated();
    void safeExpressionNeverHoldsDangerousText_data();
    void safeExpressionNeverHoldsDangerousText();
    void comment_data();
    void comment();
};

void TestTsqlQuoting::quoteIdentifier_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("imoltp") << QStringLiteral("[imoltp]");
    QTest::newRow("empty") << QString() << QStringLiteral("[]");
    QTest::newRow("bracket") << QStringLiteral("a]b") << QStringLiteral("[a]]b]");
    QTest::newRow("brackets only") << QStringLiteral("]]") << QStringLiteral("[]]]]]");
    QTest::newRow("open bracket kept") << QStringLiteral("[x") << QStringLiteral("[[x]");
    QTest::newRow("injection") << QStringLiteral("x'; DROP DATABASE y; --")
                               << QStringLiteral("[x'; DROP DATABASE y; --]");
    QTest::newRow("unicode") << QStringLiteral("Ümlaut_数据") << QStringLiteral("[Ümlaut_数据]");
    QTest::newRow("over 128 chars") << QString(200, u'n') << u'[' + QString(200, u'n') + u']';
}

void TestTsqlQuoting::quoteIdentifier()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(rd::quoteIdentifier(name), expected);
}

void TestTsqlQuoting::quoteString_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("path") << QStringLiteral("c:\\data\\imoltp.dmp") << QStringLiteral("N'c:\\data\\imoltp.dmp'");
    QTest::newRow("empty") << QString() << QStringLiteral("N''");
    QTest::newRow("quote") << QStringLiteral("it's") << QStringLiteral("N'it''s'");
    QTest::newRow("injection") << QStringLiteral("x'; DROP DATABASE y; --")
                               << QStringLiteral("N'x''; DROP DATABASE y; --'");
    QTest::newRow("bracket untouched") << QStringLiteral("a]b") << QStringLiteral("N'a]b'");
    QTest::newRow("unicode") << QStringLiteral("Ümlaut_数据") << QStringLiteral("N'Ümlaut_数据'");
}

void TestTsqlQuoting::quoteString()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(rd::quoteString(value), expected);
}

void TestTsqlQuoting::isScriptSafe_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("safe");
    QTest::newRow("plain") << QStringLiteral("imoltp_mod") << true;
    QTest::newRow("quotes and brackets") << QStringLiteral("x'; DROP DATABASE y; --]") << true;
    QTest::newRow("unicode") << QStringLiteral("Ümlaut_数据") << true;
    QTest::newRow("dollar alone") << QStringLiteral("a$b(c)") << true;
    QTest::newRow("LF") << QStringLiteral("a\nGO") << false;
    QTest::newRow("CR") << QStringLiteral("a\rGO") << false;
    QTest::newRow("VT") << QStringLiteral("a\vb") << false;
    QTest::newRow("FF") << QStringLiteral("a\fb") << false;
    QTest::newRow("tab") << QStringLiteral("a\tb") << false;
    QTest::newRow("NUL") << QString(QChar(0)) << false;
    QTest::newRow("NEL") << QString(QChar(0x85)) << false;
    QTest::newRow("LS") << QStringLiteral("a\u2028b") << false;
    QTest::newRow("PS") << QStringLiteral("a\u2029b") << false;
    QTest::newRow("CSI (C1)") << QStringLiteral("a\u009b31mb") << false;
    // Trojan Source: RLO, an isolate and a mark would show the script in another order than it runs.
    QTest::newRow("RLO") << QStringLiteral("a\u202Eb") << false;
    QTest::newRow("RLI") << QStringLiteral("a\u2067b") << false;
    QTest::newRow("PDI") << QStringLiteral("a\u2069") << false;
    QTest::newRow("RLM") << QStringLiteral("a\u200Fb") << false;
    QTest::newRow("ALM") << QStringLiteral("a\u061Cb") << false;
    QTest::newRow("Arabic and Hebrew letters") << QStringLiteral("قاعدة_מסד") << true;
    QTest::newRow("zero-width joiner") << QStringLiteral("a\u200Db") << true;
    QTest::newRow("sqlcmd variable") << QStringLiteral("$(x)") << false;
    QTest::newRow("block comment open") << QStringLiteral("a/*b") << false;
    QTest::newRow("block comment close") << QStringLiteral("a*/b") << false;
}

void TestTsqlQuoting::isScriptSafe()
{
    QFETCH(QString, text);
    QFETCH(bool, safe);
    QCOMPARE(rd::isScriptSafe(text), safe);
}

void TestTsqlQuoting::safeExpression_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("imoltp") << QStringLiteral("N'imoltp'");
    QTest::newRow("empty") << QString() << QStringLiteral("N''");
    QTest::newRow("GO line") << QStringLiteral("a\nGO\nb")
                             << QStringLiteral("N'a' + NCHAR(10) + N'GO' + NCHAR(10) + N'b'");
    QTest::newRow("CRLF and quote") << QStringLiteral("it's\r\n:r x")
                                    << QStringLiteral("N'it''s' + NCHAR(13) + NCHAR(10) + N':r x'");
    QTest::newRow("leading break") << QStringLiteral("\nx") << QStringLiteral("NCHAR(10) + N'x'");
    QTest::newRow("only break") << QStringLiteral("\v") << QStringLiteral("NCHAR(11)");
    QTest::newRow("unicode separators") << QStringLiteral("a\u0085b\u2028c\u2029")
                                        << QStringLiteral("N'a' + NCHAR(133) + N'b' + NCHAR(8232) + N'c' + NCHAR(8233)");
    QTest::newRow("sqlcmd variable") << QStringLiteral("p$(x)") << QStringLiteral("N'p$' + N'(x)'");
    QTest::newRow("two variables") << QStringLiteral("$($(") << QStringLiteral("N'$' + N'($' + N'('");
    QTest::newRow("block comment") << QStringLiteral("/*/") << QStringLiteral("N'/' + N'*' + N'/'");
    QTest::newRow("unicode kept") << QStringLiteral("数据\n") << QStringLiteral("N'数据' + NCHAR(10)");
    QTest::newRow("bidi override") << QStringLiteral("fg\u202E--\u202C")
                                   << QStringLiteral("N'fg' + NCHAR(8238) + N'--' + NCHAR(8236)");
    QTest::newRow("bidi isolates") << QStringLiteral("\u2066x\u2069") << QStringLiteral("NCHAR(8294) + N'x' + NCHAR(8297)");
}

void TestTsqlQuoting::safeExpression()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(rd::scriptSafeStringExpression(text), expected);
}

void TestTsqlQuoting::safeExpressionOfLongTextIsNotTruncated()
{
    // nvarchar concatenation without a max operand stops at 4000 characters.
    const QString text = QString(4000, u'a') + u'\n' + u'b';
    QCOMPARE(rd::scriptSafeStringExpression(text),
             QStringLiteral("CAST(N'' AS nvarchar(max)) + N'") + QString(4000, u'a')
                 + QStringLiteral("' + NCHAR(10) + N'b'"));
    QCOMPARE(rd::scriptSafeStringExpression(QString(4000, u'a')), QStringLiteral("N'") + QString(4000, u'a') + u'\'');
}

void TestTsqlQuoting::safeExpressionNeverHoldsDangerousText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("GO") << QStringLiteral("x\nGO\ny");
    QTest::newRow("sqlcmd shell") << QStringLiteral("x\r\n:!! del c:\\*.*\r\n");
    QTest::newRow("sqlcmd exit") << QStringLiteral("\nEXIT\n");
    QTest::newRow("variables") << QStringLiteral("$(a)$$((b)");
    QTest::newRow("mixed") << QStringLiteral("a\u2028GO\u2029$(x)/**/\f:r y");
    QTest::newRow("bidi") << QStringLiteral("\u202Ex\u2066y\u200F");
}

void TestTsqlQuoting::safeExpressionNeverHoldsDangerousText()
{
    QFETCH(QString, text);
    const QString expr = rd::scriptSafeStringExpression(text);
    for (QChar c : expr)
        QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x85 && c.unicode() != 0x2028 && c.unicode() != 0x2029
                     && !(c.unicode() >= 0x202A && c.unicode() <= 0x202E) && !(c.unicode() >= 0x2066 && c.unicode() <= 0x2069)
                     && c.unicode() != 0x200F,
                 qPrintable(expr));
    QVERIFY(!expr.contains(QLatin1String("$(")));
    QVERIFY(!expr.contains(QLatin1String("/*")));
    QVERIFY(!expr.contains(QLatin1String("*/")));
}

void TestTsqlQuoting::comment_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Step 1: restore imoltp") << QStringLiteral("Step 1: restore imoltp");
    QTest::newRow("newline GO") << QStringLiteral("db\nGO\n") << QStringLiteral("db\\nGO\\n");
    QTest::newRow("CR tab") << QStringLiteral("a\r\tb") << QStringLiteral("a\\r\\tb");
    QTest::newRow("other controls") << QStringLiteral("a\vb\u2028c") << QStringLiteral("a\\u000bb\\u2028c");
    // C1: U+009B is a terminal's CSI, like ESC [; a script printed to a terminal must not carry it.
    QTest::newRow("C1 controls") << QStringLiteral("a\u009b31mb\u0080c\u009f") << QStringLiteral("a\\u009b31mb\\u0080c\\u009f");
    QTest::newRow("bidi controls") << QStringLiteral("ok\u202E;\u2067x") << QStringLiteral("ok\\u202e;\\u2067x");
    QTest::newRow("sqlcmd variable") << QStringLiteral("$(x)") << QStringLiteral("$ (x)");
    QTest::newRow("block comment") << QStringLiteral("/* x */") << QStringLiteral("/ * x * /");
    QTest::newRow("unicode") << QStringLiteral("Ümlaut_数据") << QStringLiteral("Ümlaut_数据");
}

void TestTsqlQuoting::comment()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(rd::scriptSafeComment(text), expected);
}

QTEST_APPLESS_MAIN(TestTsqlQuoting)
#include "tst_tsqlquoting.moc"
