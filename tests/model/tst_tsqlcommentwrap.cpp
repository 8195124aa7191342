// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The handout's script: comment lines broken into several `--` lines, never wrapped by the page
// (a visually wrapped comment copied from a PDF becomes code).
#include "model/tsql/tsqlcommentwrap.h"

#include <QTest>

using namespace rd;

class TestTsqlCommentWrap : public QObject
{
    Q_OBJECT
private slots:
    void wrap_data();
    void wrap();
};

void TestTsqlCommentWrap::wrap_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("columns");
    QTest::addColumn<QString>("expected");
    QTest::newRow("short comment kept") << QStringLiteral("-- Step 1: restore PRIMARY") << 40
                                        << QStringLiteral("-- Step 1: restore PRIMARY");
    // 40 columns: "-- " + 37, then "--   " + 35 at most.
    QTest::newRow("long comment broken at spaces")
        << QStringLiteral("-- Step 2: roll forward with log backup imoltp_log and recover: PRIMARY and imoltp_mod come online.")
        << 40
        << QStringLiteral("-- Step 2: roll forward with log backup\n"
                          "--   imoltp_log and recover: PRIMARY and\n"
                          "--   imoltp_mod come online.");
    QTest::newRow("statements never touched")
        << QStringLiteral("RESTORE DATABASE [imoltp] FILEGROUP = N'PRIMARY' FROM DISK = N'c:\\data\\imoltp.dmp' WITH PARTIAL;")
        << 40
        << QStringLiteral("RESTORE DATABASE [imoltp] FILEGROUP = N'PRIMARY' FROM DISK = N'c:\\data\\imoltp.dmp' WITH PARTIAL;");
    QTest::newRow("indented comment keeps its indent")
        << QStringLiteral("    -- WARNING: backup x has no media; the device below is a placeholder to replace")
        << 40
        << QStringLiteral("    -- WARNING: backup x has no media;\n"
                          "    --   the device below is a\n"
                          "    --   placeholder to replace");
    QTest::newRow("a word longer than the line stays whole")
        << QStringLiteral("-- path c:\\a-very-long-folder-name-that-cannot-break\\file.bak restored")
        << 30
        << QStringLiteral("-- path\n--   c:\\a-very-long-folder-name-that-cannot-break\\file.bak\n--   restored");
    QTest::newRow("other lines and breaks kept")
        << QStringLiteral("GO\n\n-- a b c d e f g h i j k l m n o p q r s\nGO") << 20
        << QStringLiteral("GO\n\n-- a b c d e f g h i\n--   j k l m n o p q\n--   r s\nGO");
}

void TestTsqlCommentWrap::wrap()
{
    QFETCH(QString, script);
    QFETCH(int, columns);
    QFETCH(QString, expected);
    QCOMPARE(wrapCommentLines(script, columns), expected);
}

QTEST_APPLESS_MAIN(TestTsqlCommentWrap)
#include "tst_tsqlcommentwrap.moc"
