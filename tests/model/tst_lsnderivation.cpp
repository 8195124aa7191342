// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/rules/planvalidator.h"
#include "model/simulation/lsnderivation.h"
#include "model/domain/plantime.h"
#include "sampleloader.h"

using namespace rd;

namespace {
Project withoutLsns()
{
    Project p = test::sample();
    for (Backup &b : p.backups)
        b.firstLsn = b.lastLsn = b.checkpointLsn = b.databaseBackupLsn = Lsn();
    for (TimelineEvent &e : p.events)
        e.lsn = Lsn();
    return p;
}
} // namespace

/// docs/lsn-derivation.md: a designed timeline without LSNs gets consistent ones from time order.
class TestLsnDerivation : public QObject
{
    Q_OBJECT
private slots:
    void laterTimesGiveLargerLsns();
    void logsChainWithoutGaps();
    void designedSampleIsStillValid();
    void logTakenBeforeTheDataBackupIsTooEarly();
    void givenLsnsAreKept();
};

void TestLsnDerivation::laterTimesGiveLargerLsns()
{
    const QDateTime t = PlanTime::make(2017, 3, 6, 3, 0);
    QVERIFY(LsnDerivation::at(t, 1) < LsnDerivation::at(t, 2));
    QVERIFY(LsnDerivation::at(t, 2) < LsnDerivation::at(t.addSecs(1), 1));
    QVERIFY(LsnDerivation::at(QDateTime(), 1).isNull());
}

void TestLsnDerivation::logsChainWithoutGaps()
{
    Project p = withoutLsns();
    Backup log2 = *p.backup(QStringLiteral("imoltp_log"));
    log2.id = QStringLiteral("log2");
    log2.start = PlanTime::make(2017, 3, 6, 4, 30);
    log2.finish = log2.start.addSecs(5);
    p.backups << log2;
    const BackupList bs = LsnDerivation::derive(p.backups);
    const Backup &full = bs[0], &log1 = bs[3], &second = bs[4];
    QCOMPARE(log1.firstLsn, full.firstLsn);     // the first log starts where the chain started
    QCOMPARE(second.firstLsn, log1.lastLsn);    // no gap
    QVERIFY(log1.firstLsn <= bs[1].lastLsn && bs[1].lastLsn < log1.lastLsn); // holds the file backup's end
}

void TestLsnDerivation::designedSampleIsStillValid()
{
    const Project p = withoutLsns();
    const QList<Diagnostic> ds = PlanValidator::validate(p, p.plans[0]);
    QVERIFY2(!hasErrors(ds), qPrintable(ds.value(0).message));
}

void TestLsnDerivation::logTakenBeforeTheDataBackupIsTooEarly()
{
    Project p = withoutLsns();
    Backup &log = p.backups[3];
    log.start = PlanTime::make(2017, 3, 6, 2, 0); // before the PRIMARY + imoltp_mod backup of 03:00
    log.finish = log.start.addSecs(10);
    bool found = false;
    for (const Diagnostic &d : PlanValidator::validate(p, p.plans[0]))
        found |= d.rule == QLatin1String("R-LOG-004") && d.step == 1;
    QVERIFY(found);
}

void TestLsnDerivation::givenLsnsAreKept()
{
    const Project p = test::sample();
    const BackupList bs = LsnDerivation::derive(p.backups);
    QCOMPARE(bs[3].firstLsn.toString(), QStringLiteral("35000000015200001"));
}

QTEST_GUILESS_MAIN(TestLsnDerivation)
#include "tst_lsnderivation.moc"
