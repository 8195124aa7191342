// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// CfpStateChartData, what the CFP state chart draws, against a hand-worked 2014 inventory: the
// stacked bytes per state, and what a full and a differential backup copy of each state under the
// blog's CTP2 and RTM rules and under 2016+, whose lifecycle has no MERGED SOURCE (docs/cfp.md,
// "What a full backup copies"). Every expected number below is worked out in the comments.

#include "ui/charts/cfpstatechartdata.h"

#include <QTest>

using namespace rd;

namespace {

constexpr qint64 Data = 16777216; // 16 MiB data files
constexpr qint64 Delta = 1048576; // 1 MiB delta files
constexpr qint64 Page = 8192;

QUuid id(int n)
{
    return QUuid(QStringLiteral("{00000000-0000-4000-8000-%1}").arg(n, 12, 10, QLatin1Char('0')));
}

/// A pair: data file `n`, delta file `n + 1`.
void addPair(CheckpointInventory &inventory, int n, CheckpointFileState state, qint64 dataUsed, qint64 deltaUsed)
{
    inventory.files.append({.id = id(n), .pairId = id(n + 1), .type = CheckpointFileType::Data, .state = state,
                            .sizeBytes = Data, .usedBytes = dataUsed});
    inventory.files.append({.id = id(n + 1), .pairId = id(n), .type = CheckpointFileType::Delta, .state = state,
                            .sizeBytes = Delta, .usedBytes = deltaUsed});
}

/// UNDER CONSTRUCTION 1 pair, ACTIVE 2, MERGE TARGET 1, MERGED SOURCE 1 (listed out of state order).
CheckpointInventory inventory2014()
{
    CheckpointInventory inventory{.version = CheckpointDmvVersion::SqlServer2014, .files = {}};
    addPair(inventory, 50, CheckpointFileState::MergedSource, 16777216, 262144);
    addPair(inventory, 10, CheckpointFileState::UnderConstruction, 3145729, 4096);
    addPair(inventory, 20, CheckpointFileState::Active, 15728640, 131072);
    addPair(inventory, 30, CheckpointFileState::Active, 10000000, 100);
    addPair(inventory, 40, CheckpointFileState::MergeTarget, 8388608, 0);
    return inventory;
}

const CfpStateBar *bar(const CfpStateChartData &data, CheckpointFileState state)
{
    for (const CfpStateBar &b : data.bars)
        if (b.state == state)
            return &b;
    return nullptr;
}

} // namespace

class TestCfpStateChartData : public QObject
{
    Q_OBJECT

private slots:
    void barsInStateOrderWithTheirBytes();
    void fullBackupUnderEachVersion_data();
    void fullBackupUnderEachVersion();
    void differentialTakesOnlyDataClosedSinceTheFull();
    void aStateTheVersionLacksIsShownAsSuch();
    void axisUnitAndToolTip();
};

void TestCfpStateChartData::barsInStateOrderWithTheirBytes()
{
    const CfpStateChartData data = CfpStateChartData::build(inventory2014(), CfpVersion::SqlServer2014);
    QStringList names;
    for (const CfpStateBar &b : data.bars)
        names << b.name;
    QCOMPARE(names, (QStringList{QStringLiteral("UNDER CONSTRUCTION"), QStringLiteral("ACTIVE"),
                                 QStringLiteral("MERGE TARGET"), QStringLiteral("MERGED SOURCE")}));
    const CfpStateBar *active = bar(data, CheckpointFileState::Active);
    QVERIFY(active);
    QCOMPARE(active->pairs, 2);
    QCOMPARE(active->dataUsedBytes, 15728640 + 10000000);        // 25,728,640
    QCOMPARE(active->dataUnusedBytes, 2 * Data - 25728640);       // 7,825,792
    QCOMPARE(active->deltaUsedBytes, 131072 + 100);
    QCOMPARE(active->deltaUnusedBytes, 2 * Delta - 131172);       // 1,965,980
    QVERIFY(data.mismatch.isEmpty());
}

void TestCfpStateChartData::fullBackupUnderEachVersion_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("contribution");
    QTest::addColumn<qint64>("fullBytes");
    const auto row = [](const char *name, CfpVersion v, CheckpointFileState s, CfpContribution c, qint64 bytes) {
        QTest::newRow(name) << int(v) << int(s) << int(c) << bytes;
    };
    using S = CheckpointFileState;
    using C = CfpContribution;
    // CTP2: the allocated bytes of every state but PRECREATED: 16 MiB + 1 MiB a pair.
    row("ctp2 under construction", CfpVersion::SqlServer2014Ctp2, S::UnderConstruction, C::AllocatedBytes, Data + Delta);
    row("ctp2 active", CfpVersion::SqlServer2014Ctp2, S::Active, C::AllocatedBytes, 2 * (Data + Delta));
    row("ctp2 merge target", CfpVersion::SqlServer2014Ctp2, S::MergeTarget, C::AllocatedBytes, Data + Delta);
    row("ctp2 merged source", CfpVersion::SqlServer2014Ctp2, S::MergedSource, C::AllocatedBytes, Data + Delta);
    // RTM: UNDER CONSTRUCTION and MERGE TARGET are metadata only; ACTIVE and MERGED SOURCE their
    // used bytes in whole pages per file: ACTIVE 1,920 + 16 + 1,221 (10,000,000 / 8,192 = 1,220.7)
    // + 1 (100 bytes) = 3,158 pages; MERGED SOURCE 2,048 + 32 = 2,080 pages.
    row("2014 under construction", CfpVersion::SqlServer2014, S::UnderConstruction, C::MetadataOnly, 0);
    row("2014 active", CfpVersion::SqlServer2014, S::Active, C::UsedBytes, 3158 * Page);
    row("2014 merge target", CfpVersion::SqlServer2014, S::MergeTarget, C::MetadataOnly, 0);
    row("2014 merged source", CfpVersion::SqlServer2014, S::MergedSource, C::UsedBytes, 2080 * Page);
    // 2016+: ACTIVE as RTM; MERGED SOURCE does not exist there.
    row("2016 active", CfpVersion::SqlServer2016, S::Active, C::UsedBytes, 3158 * Page);
    row("2016 merged source", CfpVersion::SqlServer2016, S::MergedSource, C::NotInVersion, 0);
}

void TestCfpStateChartData::fullBackupUnderEachVersion()
{
    QFETCH(int, version);
    QFETCH(int, state);
    QFETCH(int, contribution);
    QFETCH(qint64, fullBytes);
    const CfpStateChartData data = CfpStateChartData::build(inventory2014(), CfpVersion(version));
    const CfpStateBar *b = bar(data, CheckpointFileState(state));
    QVERIFY(b);
    QCOMPARE(int(b->contribution), contribution);
    QCOMPARE(b->fullBackupBytes, fullBytes);
    // Without knowing which data files closed since the full, the differential takes them all.
    QVERIFY(data.differentialIsUpperBound);
    QCOMPARE(b->differentialBytes, fullBytes);
}

void TestCfpStateChartData::differentialTakesOnlyDataClosedSinceTheFull()
{
    // Only the second ACTIVE pair's data file closed since the full: its 1,221 pages, and both
    // ACTIVE delta files (16 + 1 pages) = 1,238 pages. MERGED SOURCE: its delta file's 32 pages.
    const CfpStateChartData data = CfpStateChartData::build(inventory2014(), CfpVersion::SqlServer2014, QSet<QUuid>{id(30)});
    QVERIFY(!data.differentialIsUpperBound);
    QCOMPARE(bar(data, CheckpointFileState::Active)->differentialBytes, 1238 * Page);
    QCOMPARE(bar(data, CheckpointFileState::Active)->fullBackupBytes, 3158 * Page);
    QCOMPARE(bar(data, CheckpointFileState::MergedSource)->differentialBytes, 32 * Page);
}

void TestCfpStateChartData::aStateTheVersionLacksIsShownAsSuch()
{
    const CfpStateChartData data = CfpStateChartData::build(inventory2014(), CfpVersion::SqlServer2016);
    QVERIFY(data.mismatch.contains(QLatin1String("MERGED SOURCE")));
    const CfpStateBar *source = bar(data, CheckpointFileState::MergedSource);
    QVERIFY(source);
    // Its files are still drawn: what is there does not depend on the rules.
    QCOMPARE(source->dataUsedBytes, 16777216);
    QCOMPARE(source->fullBackupBytes, 0);
    QVERIFY(data.toolTip(int(data.bars.indexOf(*source)), CfpChartSegment::FullBackup).contains(QLatin1String("has no state")));
}

void TestCfpStateChartData::axisUnitAndToolTip()
{
    const CfpStateChartData data = CfpStateChartData::build(inventory2014(), CfpVersion::SqlServer2014);
    QCOMPARE(data.axisUnitBytes(), qint64(1) << 20); // the tallest bar, ACTIVE's 34 MiB, is under 2 GiB
    QCOMPARE(data.maxBytes(), 2 * (Data + Delta));
    const QString tip = data.toolTip(1, CfpChartSegment::DataUsed);
    QVERIFY2(tip.contains(QLatin1String("ACTIVE")) && tip.contains(QLatin1String("2 pair")), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("24.5 MiB")), qPrintable(tip)); // 25,728,640 / 2^20 = 24.54
    QVERIFY2(tip.contains(QLocale().toString(qint64(25728640))), qPrintable(tip));
    QVERIFY(data.toolTip(1, CfpChartSegment::FullBackup).contains(QLatin1String("used bytes")));
}

QTEST_GUILESS_MAIN(TestCfpStateChartData)
#include "tst_cfpstatechartdata.moc"
