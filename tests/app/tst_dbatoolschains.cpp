// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Acceptance on real histories (issue 11, item 5): the backup histories DBAs exported with dbatools
// while reporting restore-chain bugs (tests/data/dbatools/README.md) import with
// `import-history --from dbatools` and plan with `plan` to the chains dbatools' own tests expect.
// The expected chains are worked by hand from the files' LSNs (each row's comment says how), and
// identified by (firstLsn, lastLsn): the importer names the backups, the history does not.

#include "tests/app/clirun.h"
#include "tests/testfiles.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString DataDir = QStringLiteral(RD_TEST_DATA_DIR "/dbatools/");

/// The chain the last plan of `planJson` restores: "first-last" of each backup of the history it
/// restores, in step order; `tail` tells whether the plan also takes a tail-log backup first (a
/// backup the history did not have, WITH NORECOVERY) and restores it last.
struct Chain
{
    QStringList ranges;
    bool tail = false;
};

Chain chainOf(const QJsonObject &planJson)
{
    QHash<QString, QString> range;
    QSet<QString> tails;
    for (const QJsonValue &v : planJson.value(u"backups"_s).toArray()) {
        const QJsonObject b = v.toObject();
        if (b.value(u"tailLog"_s).toBool())
            tails.insert(b.value(u"id"_s).toString());
        else
            range.insert(b.value(u"id"_s).toString(),
                         b.value(u"firstLsn"_s).toString() + u'-' + b.value(u"lastLsn"_s).toString());
    }
    Chain chain;
    const QJsonArray steps = planJson.value(u"plans"_s).toArray().last().toObject().value(u"steps"_s).toArray();
    for (const QJsonValue &v : steps) {
        const QJsonObject s = v.toObject();
        const QString id = s.value(u"backup"_s).toString();
        if (s.value(u"statement"_s).toString().startsWith(u"RESTORE"_s) && !tails.contains(id))
            chain.ranges << range.value(id, u"?"_s + id);
    }
    if (!tails.isEmpty() && steps.size() >= 2) {
        const QJsonObject first = steps.first().toObject(), last = steps.last().toObject();
        chain.tail = first.value(u"statement"_s).toString() == u"BACKUP LOG"_s && first.value(u"norecovery"_s).toBool()
                  && tails.contains(first.value(u"backup"_s).toString())
                  && last.value(u"statement"_s).toString() == u"RESTORE LOG"_s
                  && last.value(u"backup"_s).toString() == first.value(u"backup"_s).toString();
    }
    return chain;
}

} // namespace

class TestDbatoolsChains : public QObject
{
    Q_OBJECT

private slots:
    void chains_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("planArguments");
        QTest::addColumn<QStringList>("expected");
        // Where we deliberately differ from dbatools: to the end of the log, the database still
        // exists and its log is intact (an imported history says nothing else), so the plan takes a
        // tail-log backup first and restores it last (R-TAIL-001, tail-log-backups-sql-server.md):
        // without it the restore stops at the last log backup and loses what came after.
        QTest::addColumn<bool>("tail");
        const QString p34 = u"340000000"_s;
        // DiffRestore.json, latest: full 6900179-14400001 (checkpoint 6900179); the differential
        // 21900001-22200001 has DatabaseBackupLSN 6900179 = the full's checkpoint; the first log
        // whose range holds the differential's last LSN 22200001 is 21300001-23200001, then the
        // logs that follow it in LSN order (two of them end at the same time).
        QTest::newRow("DiffRestore latest") << u"DiffRestore.json"_s << QStringList{}
            << QStringList{p34 + u"06900179-"_s + p34 + u"14400001"_s, p34 + u"21900001-"_s + p34 + u"22200001"_s,
                           p34 + u"21300001-"_s + p34 + u"23200001"_s, p34 + u"23200001-"_s + p34 + u"24800001"_s,
                           p34 + u"24800001-"_s + p34 + u"26400001"_s, p34 + u"26400001-"_s + p34 + u"27000001"_s,
                           p34 + u"27000001-"_s + p34 + u"28400001"_s} << true;
        // TLogBWFirstLastLsn.json: the full 14975000000265600001-14975000000274400001; the log
        // ending exactly at the full's first LSN (…259200001-…265600001) holds none of the full's
        // range; …265600001-…281600001 holds its last LSN, then …281600001-…288000001.
        QTest::newRow("TLogBW latest") << u"TLogBWFirstLastLsn.json"_s << QStringList{}
            << QStringList{u"14975000000265600001-14975000000274400001"_s, u"14975000000265600001-14975000000281600001"_s,
                           u"14975000000281600001-14975000000288000001"_s} << true;
        // broken_chain.json to 2017-07-16 17:51:30 UTC: the full ends 17:01:40 (1500224500000 ms);
        // log 1 (…313600037-…314600037) holds its last LSN …314300037 and ends 17:43:20; log 2
        // (…314600037-…315600037) runs from 17:43:20 to 18:00:00 and so holds 17:51:30 although
        // it started (17:51:40) after it; the empty log …315600037-…315600037 is not used.
        QTest::newRow("broken_chain 17:51:30") << u"broken_chain.json"_s << QStringList{u"--to"_s, u"2017-07-16T17:51:30Z"_s}
            << QStringList{u"17126658000000314200037-17126658000000314300037"_s,
                           u"17126658000000313600037-17126658000000314600037"_s,
                           u"17126658000000314600037-17126658000000315600037"_s} << false;
        // RestoreTimeClean.xml (listed newest first), latest: the full …6900179-…14400001 and its
        // six logs from …6900179-…16800001 on.
        QTest::newRow("RestoreTimeClean latest") << u"RestoreTimeClean.xml"_s << QStringList{}
            << QStringList{p34 + u"06900179-"_s + p34 + u"14400001"_s, p34 + u"06900179-"_s + p34 + u"16800001"_s,
                           p34 + u"16800001-"_s + p34 + u"19700001"_s, p34 + u"19700001-"_s + p34 + u"21300001"_s,
                           p34 + u"21300001-"_s + p34 + u"22900001"_s, p34 + u"22900001-"_s + p34 + u"24500001"_s,
                           p34 + u"24500001-"_s + p34 + u"26100001"_s} << true;
        // At 11:11:30 (the file's times have no zone): _1 ends 11:10:15, _2 11:11:05, _3 11:11:55 holds it.
        QTest::newRow("RestoreTimeClean 11:11:30") << u"RestoreTimeClean.xml"_s << QStringList{u"--to"_s, u"2017-08-01T11:11:30"_s}
            << QStringList{p34 + u"06900179-"_s + p34 + u"14400001"_s, p34 + u"06900179-"_s + p34 + u"16800001"_s,
                           p34 + u"16800001-"_s + p34 + u"19700001"_s, p34 + u"19700001-"_s + p34 + u"21300001"_s} << false;
        // At 11:10:00: the full ends 11:09:25, _1 (ends 11:10:15) holds it.
        QTest::newRow("RestoreTimeClean 11:10:00") << u"RestoreTimeClean.xml"_s << QStringList{u"--to"_s, u"2017-08-01T11:10:00"_s}
            << QStringList{p34 + u"06900179-"_s + p34 + u"14400001"_s, p34 + u"06900179-"_s + p34 + u"16800001"_s} << false;
        // ContinuePointTest.xml, latest: the full …6800179-…14300001, the differential
        // ContinuePointTest2.bak (…21200005-…21600001, DatabaseBackupLSN …6800179 = the full's
        // checkpoint), then _21 (…19600001-…22600001 holds …21600001), _22, _23.
        QTest::newRow("ContinuePointTest latest") << u"ContinuePointTest.xml"_s << QStringList{}
            << QStringList{p34 + u"06800179-"_s + p34 + u"14300001"_s, p34 + u"21200005-"_s + p34 + u"21600001"_s,
                           p34 + u"19600001-"_s + p34 + u"22600001"_s, p34 + u"22600001-"_s + p34 + u"24200001"_s,
                           p34 + u"24200001-"_s + p34 + u"25800001"_s} << true;
    }
    void chains()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, planArguments);
        QFETCH(QStringList, expected);
        QFETCH(bool, tail);
        QTemporaryDir dir;
        const QString project = dir.filePath(u"history.json"_s);
        const auto imported = rd::test::runCli({u"import-history"_s, u"--from"_s, u"dbatools"_s, DataDir + file, u"-o"_s, project});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const auto planned = rd::test::runCli(QStringList{u"plan"_s, project} + planArguments + QStringList{u"--format"_s, u"json"_s});
        QVERIFY2(planned.exitCode == 0, planned.err.constData());
        const Chain chain = chainOf(rd::test::parseJsonObject(planned.out));
        QCOMPARE(chain.ranges, expected);
        QCOMPARE(chain.tail, tail);
    }
};

QTEST_GUILESS_MAIN(TestDbatoolsChains)
#include "tst_dbatoolschains.moc"
