// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/io/planjsonreader.h"
#include "model/rules/planvalidator.h"
#include "model/simulation/restoresimulator.h"
#include "model/tsql/tsqlwriter.h"
#include "diagnosticqueries.h"

#include <QTest>

using namespace rd;
using namespace rd::test;

namespace {

/// A small hand-written project: PRIMARY with one data file, filegroup FG1 with one, a log file, a
/// full and a log backup, a mark, and a plan restoring both. `patch` changes it before it is checked.
Project project()
{
    const LoadResult r = PlanJsonReader::read(R"({"format":"restore-designer-plan","version":1,
        "database":{"name":"sales","edition":"ENTERPRISE","recoveryModel":"FULL",
                    "filegroups":[{"name":"PRIMARY","files":[{"name":"sales_data","path":"d:\\data\\sales.mdf"}]},
                                  {"name":"FG1","files":[{"name":"sales_fg1","path":"d:\\data\\sales_fg1.ndf"}]}],
                    "logFiles":[{"name":"sales_log","path":"l:\\log\\sales.ldf"}]},
        "environment":{"databaseExists":false},
        "events":[{"kind":"MARK","at":"2024-05-01T10:30:00","name":"before_import"}],
        "backups":[{"id":"full","type":"FULL","start":"2024-05-01T10:00:00","finish":"2024-05-01T10:05:00",
                    "media":["b:\\sales_full.bak"]},
                   {"id":"log","type":"LOG","start":"2024-05-01T11:00:00","finish":"2024-05-01T11:00:10",
                    "media":["b:\\sales_log.trn"]}],
        "plans":[{"name":"restore","steps":[
            {"statement":"RESTORE DATABASE","backup":"full","recovery":"NORECOVERY"},
            {"statement":"RESTORE LOG","backup":"log","recovery":"RECOVERY"}]}]})");
    if (!r.ok())
        qFatal("the test project does not load: %s", qPrintable(r.error));
    return *r.project;
}

QList<Diagnostic> check(const Project &p) { return PlanValidator::validate(p, p.plans[0]); }

/// `n` characters; with `wide`, each is one supplementary character (two UTF-16 code units).
QString nameOf(int n, bool wide = false)
{
    if (!wide)
        return QString(n, u'x');
    QString s;
    for (int i = 0; i < n; ++i)
        s += QStringLiteral("\U0001F5C4"); // U+1F5C4, outside the BMP
    return s;
}

const QChar Nul(u'\0');

} // namespace

/// R-NAME-001..003 (issue 8, item 7): names SQL Server cannot take are errors, each against the
/// limit Microsoft documents (sysname = nvarchar(128); BEGIN TRANSACTION's 32-character names;
/// logical file names unique in the database), with a near miss that must not be reported.
class TestNameChecks : public QObject
{
    Q_OBJECT
private slots:
    void cleanProjectHasNone();
    void name001IdentifiersOver128();
    void name001CountsUtf16CodeUnits();
    void name001MarkNamesOver32();
    void name002NulAnywhere();
    void name002NulLoadsFromJson();
    void name003DuplicateLogicalNames();
    void name003LoadsAndStillSimulates();
};

void TestNameChecks::cleanProjectHasNone()
{
    const QList<Diagnostic> ds = check(project());
    for (const char *rule : {"R-NAME-001", "R-NAME-002", "R-NAME-003"})
        QVERIFY2(count(ds, rule) == 0, qPrintable(dump(ds)));
}

void TestNameChecks::name001IdentifiersOver128()
{
    // "Both regular and delimited identifiers must contain from 1 through 128 characters."
    Project p = project();
    p.database.name = nameOf(128);
    p.database.filegroups[1].name = nameOf(128);
    p.database.filegroups[1].files[0].name = nameOf(128);
    p.database.logFiles[0].name = nameOf(127) + u'y';
    QCOMPARE(count(check(p), "R-NAME-001"), 0); // exactly 128 is allowed

    p.database.name = nameOf(129);
    QList<Diagnostic> ds = found(check(p), "R-NAME-001", -1);
    QVERIFY2(ds.size() == 1, qPrintable(dump(ds)));
    QCOMPARE(toString(ds[0].severity), QStringLiteral("error"));
    QVERIFY2(ds[0].message.contains(QLatin1String("has 129 characters")), qPrintable(ds[0].message));
    QVERIFY2(ds[0].message.contains(QLatin1String("128")), qPrintable(ds[0].message));
    QVERIFY(!ds[0].fix.isEmpty());

    p.database.name = QStringLiteral("sales");
    p.database.filegroups[1].name = nameOf(200);
    p.database.filegroups[1].files[0].name = nameOf(129) + u'a';
    p.database.logFiles[0].name = nameOf(129) + u'b';
    p.plans[0].steps[0].filegroups = {nameOf(200)}; // references resolve: only the definitions are reported
    ds = found(check(p), "R-NAME-001");
    QVERIFY2(ds.size() == 3, qPrintable(dump(ds)));
    QCOMPARE(ds[0].filegroup, nameOf(200));
    QVERIFY2(ds[1].message.contains(QLatin1String("data file")), qPrintable(ds[1].message));
    QVERIFY2(ds[2].message.contains(QLatin1String("log file")), qPrintable(ds[2].message));
}

void TestNameChecks::name001CountsUtf16CodeUnits()
{
    // nvarchar(n) counts byte-pairs: a supplementary character takes two of sysname's 128.
    Project p = project();
    p.database.name = nameOf(64, true);
    QCOMPARE(p.database.name.size(), 128);
    QCOMPARE(count(check(p), "R-NAME-001"), 0);
    p.database.name = nameOf(65, true);
    QCOMPARE(count(check(p), "R-NAME-001"), 1);
}

void TestNameChecks::name001MarkNamesOver32()
{
    // BEGIN TRANSACTION: "identifiers longer than 32 characters aren't allowed" for a transaction name.
    Project p = project();
    p.events[0].name = nameOf(32);
    QCOMPARE(count(check(p), "R-NAME-001"), 0);
    p.events[0].name = nameOf(33);
    const QList<Diagnostic> ds = found(check(p), "R-NAME-001", -1);
    QVERIFY2(ds.size() == 1, qPrintable(dump(ds)));
    QVERIFY2(ds[0].message.contains(QLatin1String("has 33 characters")), qPrintable(ds[0].message));
    QVERIFY2(ds[0].message.contains(QLatin1String("32")), qPrintable(ds[0].message));
    QVERIFY2(ds[0].message.contains(QLatin1String("2024-05-01T10:30:00")), qPrintable(ds[0].message));
}

void TestNameChecks::name002NulAnywhere()
{
    Project p = project();
    p.database.filegroups[1].files[0].path = QStringLiteral("d:\\data\\sales") + Nul + QStringLiteral(".ndf");
    p.events[0].name = QStringLiteral("before") + Nul;
    p.backups[1].media = {QStringLiteral("b:\\sales_log.trn"), Nul + QStringLiteral("b:\\stripe2.trn")};
    p.plans[0].steps[1].standbyFile = QStringLiteral("u:\\undo") + Nul;
    p.plans[0].name = QStringLiteral("re") + Nul + QStringLiteral("store");
    p.plans[0].steps[0].move = {FileMove{QStringLiteral("sales_fg1"), QStringLiteral("e:\\fg1") + Nul + QStringLiteral(".ndf")}};
    const QList<Diagnostic> ds = check(p);
    const QList<Diagnostic> nul = found(ds, "R-NAME-002");
    QVERIFY2(nul.size() == 6, qPrintable(dump(ds)));
    // Each names the field by its JSON path, and shows the NUL.
    const QStringList paths{QStringLiteral("database.filegroups[1].files[0].path"), QStringLiteral("events[0].name"),
                            QStringLiteral("backups[1].media[1]"), QStringLiteral("name"),
                            QStringLiteral("steps[1].standbyFile"), QStringLiteral("steps[0].move[0].to")};
    for (const QString &path : paths) {
        bool seen = false;
        for (const Diagnostic &d : nul)
            seen |= d.message.contains(path + QStringLiteral(" holds a NUL character"));
        QVERIFY2(seen, qPrintable(path + QStringLiteral(" not reported: ") + dump(nul)));
    }
    QCOMPARE(find(nul, "R-NAME-002", 1) ? find(nul, "R-NAME-002", 1)->backup : Absent, QStringLiteral("log"));
    for (const Diagnostic &d : nul) {
        QCOMPARE(toString(d.severity), QStringLiteral("error"));
        QVERIFY2(!d.message.contains(Nul) && d.message.contains(QLatin1String("\\0")), qPrintable(d.message));
    }
    QCOMPARE(find(nul, "R-NAME-002", 0) ? find(nul, "R-NAME-002", 0)->backup : Absent, QStringLiteral("full"));
}

void TestNameChecks::name002NulLoadsFromJson()
{
    // JSON's \u0000 reaches the model as U+0000; the file loads, and check reports it.
    const LoadResult r = PlanJsonReader::read(R"({"format":"restore-designer-plan","version":1,
        "database":{"name":"sa\u0000les","edition":"ENTERPRISE","recoveryModel":"FULL","filegroups":[{"name":"PRIMARY"}]},
        "plans":[{"name":"p"}]})");
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.project->database.name, QStringLiteral("sa") + Nul + QStringLiteral("les"));
    const QList<Diagnostic> ds = check(*r.project);
    QVERIFY2(count(ds, "R-NAME-002") == 1, qPrintable(dump(ds)));
    QVERIFY(find(ds, "R-NAME-002")->message.contains(QLatin1String("database.name")));
}

void TestNameChecks::name003DuplicateLogicalNames()
{
    // logical_file_name "must be unique in the database", data and log files alike; the default
    // collation is case-insensitive, so SALES_DATA is sales_data.
    Project p = project();
    p.database.logFiles[0].name = QStringLiteral("SALES_DATA");
    QList<Diagnostic> ds = found(check(p), "R-NAME-003", -1);
    QVERIFY2(ds.size() == 1, qPrintable(dump(ds)));
    QCOMPARE(toString(ds[0].severity), QStringLiteral("error"));
    QVERIFY2(ds[0].message.contains(QLatin1String("log file \"SALES_DATA\"")), qPrintable(ds[0].message));
    QVERIFY2(ds[0].message.contains(QLatin1String("data file \"sales_data\" of filegroup PRIMARY")), qPrintable(ds[0].message));

    p = project();
    p.database.filegroups[1].files[0].name = QStringLiteral("sales_data"); // two data files
    p.database.logFiles << DataFile{QStringLiteral("sales_log2")} << DataFile{QStringLiteral("Sales_Log")}; // two logs
    ds = found(check(p), "R-NAME-003", -1);
    QVERIFY2(ds.size() == 2, qPrintable(dump(ds)));
    QCOMPARE(ds[0].filegroup, QStringLiteral("FG1"));
    QVERIFY2(ds[1].message.contains(QLatin1String("log file \"Sales_Log\" has the logical name of the log file \"sales_log\"")),
             qPrintable(ds[1].message));

    // Near miss: a file may share its name with a filegroup, and names differing by more than case are distinct.
    p = project();
    p.database.filegroups[1].files[0].name = QStringLiteral("FG1");
    p.database.logFiles[0].name = QStringLiteral("sales_data_");
    QCOMPARE(count(check(p), "R-NAME-003"), 0);
}

void TestNameChecks::name003LoadsAndStillSimulates()
{
    // Once refused by the reader (data files only); now a layout with a repeated name loads, and the
    // simulator and the T-SQL writer still work on it (the first file of the name answers lookups).
    const LoadResult r = PlanJsonReader::read(R"({"format":"restore-designer-plan","version":1,
        "database":{"name":"d","edition":"ENTERPRISE","recoveryModel":"FULL",
                    "filegroups":[{"name":"PRIMARY","files":[{"name":"dup"}]},{"name":"FG1","files":[{"name":"DUP"}]}],
                    "logFiles":[{"name":"dup"}]},
        "backups":[{"id":"full","type":"FULL","start":"2024-05-01T10:00:00","finish":"2024-05-01T10:05:00"}],
        "plans":[{"name":"p","steps":[{"statement":"RESTORE DATABASE","backup":"full","files":["dup"],
                                       "move":[{"file":"dup","to":"e:\\d.mdf"}]}]}]})");
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Project &p = *r.project;
    QCOMPARE(count(check(p), "R-NAME-003"), 2);
    QCOMPARE(RestoreSimulator::simulate(p, p.plans[0]).steps.size(), 1);
    QVERIFY(TsqlWriter::restoreScript(p, p.plans[0]).contains(QLatin1String("FILE = N'dup'")));
}

QTEST_GUILESS_MAIN(TestNameChecks)
#include "tst_namechecks.moc"
