// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The CFP backup-size and restore estimators (model/cfp/cfpestimator.h) on hand-worked
// inventories: one pair per state of the table in docs/cfp.md ("What each state contributes"),
// taken from Microsoft's blog "Database Backup with Memory-Optimized Tables" (CTP2 and RTM
// columns) and the 2016+ "Backing up a database with memory-optimized tables".

#include "model/cfp/cfpestimator.h"
#include "model/cfp/cfpstatetotals.h"

#include <QTest>

using namespace rd;

namespace {

using S = CheckpointFileState;

constexpr qint64 MiB = 1 << 20;

/// One pair: a 16 MiB data file using 4,000,000 bytes (488.28 pages → 489) with 1,000 rows,
/// and a 1 MiB delta file (128 pages) using 10,000 bytes (1.22 → 2 pages) with 250 deleted rows.
/// Allocated: 2,048 + 128 = 2,176 pages; used: 489 + 2 = 491 pages.
QList<CheckpointFile> pair(S state, int n, CheckpointFileType dataType = CheckpointFileType::Data)
{
    CheckpointFile data;
    data.id = QUuid(uint(n), 0, 0, 0, 0, 0, 0, 0, 0, 0, 1);
    data.type = dataType;
    data.state = state;
    data.sizeBytes = 16 * MiB;
    data.usedBytes = 4'000'000;
    data.rowCount = 1000;
    CheckpointFile delta = data;
    delta.id = QUuid(uint(n), 0, 0, 0, 0, 0, 0, 0, 0, 0, 2);
    delta.type = CheckpointFileType::Delta;
    delta.sizeBytes = 1 * MiB;
    delta.usedBytes = 10'000;
    delta.rowCount = 250;
    data.pairId = delta.id;
    delta.pairId = data.id;
    return {data, delta};
}

CheckpointInventory inventory(const QList<CheckpointFile> &files, CheckpointDmvVersion v = CheckpointDmvVersion::SqlServer2014)
{
    CheckpointInventory i;
    i.version = v;
    i.files = files;
    return i;
}

constexpr qint64 Allocated = 2176;
constexpr qint64 Used = 491;
constexpr qint64 NotInVersion = -1;

} // namespace

class TestCfpEstimator : public QObject
{
    Q_OBJECT

private slots:
    void fullBackupPerState_data();
    void fullBackupPerState();
    void fullBackupAddsDiskAndLog();
    void metadataOnlyCostsNoPages();
    void differentialTakesDataClosedSinceFullAndEveryDelta();
    void differentialWithoutBaseTakesEverything();
    void nullSizesAreCountedAndReported();
    void rootAndFreeFilesAddNothing();
    void stateTotals();
    void restoreNeeds();
    void versionNames();
};

void TestCfpEstimator::fullBackupPerState_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<qint64>("ctp2");
    QTest::addColumn<qint64>("rtm");
    QTest::addColumn<qint64>("v2016");
    // The rows of the table: CTP2 "metadata + allocated bytes" except PRECREATED; RTM and 2016+
    // "metadata + used bytes" for ACTIVE, MERGE SOURCE, REQUIRED FOR BACKUP/HA and (2016+)
    // WAITING FOR LOG TRUNCATION; metadata only for the rest.
    QTest::newRow("PRECREATED") << int(S::Precreated) << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("UNDER CONSTRUCTION") << int(S::UnderConstruction) << Allocated << qint64(0) << qint64(0);
    QTest::newRow("ACTIVE") << int(S::Active) << Allocated << Used << Used;
    QTest::newRow("MERGE TARGET") << int(S::MergeTarget) << Allocated << qint64(0) << qint64(0);
    QTest::newRow("MERGED SOURCE") << int(S::MergedSource) << Allocated << Used << NotInVersion;
    QTest::newRow("REQUIRED FOR BACKUP/HA") << int(S::RequiredForBackupHa) << Allocated << Used << NotInVersion;
    QTest::newRow("IN TRANSITION TO TOMBSTONE") << int(S::InTransitionToTombstone) << Allocated << qint64(0) << NotInVersion;
    QTest::newRow("TOMBSTONE") << int(S::Tombstone) << Allocated << qint64(0) << NotInVersion;
    QTest::newRow("WAITING FOR LOG TRUNCATION") << int(S::WaitingForLogTruncation) << NotInVersion << NotInVersion << Used;
}

void TestCfpEstimator::fullBackupPerState()
{
    QFETCH(int, state);
    QFETCH(qint64, ctp2);
    QFETCH(qint64, rtm);
    QFETCH(qint64, v2016);
    const CheckpointInventory inv = inventory(pair(S(state), 1));
    const std::pair<CfpVersion, qint64> cases[] = {
        {CfpVersion::SqlServer2014Ctp2, ctp2}, {CfpVersion::SqlServer2014, rtm}, {CfpVersion::SqlServer2016, v2016}};
    for (const auto &[version, expected] : cases) {
        const QString why = CfpVersions::mismatch(inv, version);
        if (expected == NotInVersion) {
            QVERIFY2(why.contains(stateDescription(S(state))), qPrintable(why));
            continue;
        }
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const CfpBackupSize size = CfpEstimator::fullBackup(inv, version, {});
        QCOMPARE(size.memoryOptimizedPages, expected);
        QCOMPARE(size.memoryOptimizedBytes(), expected * 8192);
    }
}

void TestCfpEstimator::fullBackupAddsDiskAndLog()
{
    CfpBackupInputs in;
    in.diskPages = 304;
    in.logPages = 8548;
    const CfpBackupSize size =
        CfpEstimator::fullBackup(inventory(pair(S::Active, 1) + pair(S::Precreated, 2)), CfpVersion::SqlServer2014, in);
    QCOMPARE(size.diskPages, 304);
    QCOMPARE(size.logPages, 8548);
    QCOMPARE(size.memoryOptimizedPages, Used);
    QCOMPARE(size.pages(), 304 + 8548 + Used);
    QCOMPARE(size.bytes(), (304 + 8548 + Used) * 8192);
}

// The blog's example 2: 8 PRECREATED and 5 UNDER CONSTRUCTION pairs, "Processed 0 pages" of the
// memory-optimized filegroup, whatever their sizes.
void TestCfpEstimator::metadataOnlyCostsNoPages()
{
    QList<CheckpointFile> files;
    for (int i = 0; i < 8; ++i)
        files += pair(S::Precreated, i);
    for (int i = 8; i < 13; ++i)
        files += pair(S::UnderConstruction, i);
    QCOMPARE(CfpEstimator::fullBackup(inventory(files), CfpVersion::SqlServer2014, {}).memoryOptimizedPages, 0);
}

void TestCfpEstimator::differentialTakesDataClosedSinceFullAndEveryDelta()
{
    // A closed before the full, B after: the differential takes B's data file and both deltas.
    const QList<CheckpointFile> a = pair(S::Active, 1), b = pair(S::Active, 2);
    CfpBackupInputs in;
    in.diskPages = 304;
    in.differentialDiskPages = 40;
    in.logPages = 100;
    in.dataFilesClosedSinceFull = QSet<QUuid>{b[0].id};
    const CfpBackupSize diff = CfpEstimator::differentialBackup(inventory(a + b), CfpVersion::SqlServer2014, in);
    QCOMPARE(diff.diskPages, 40);
    QCOMPARE(diff.logPages, 100);
    QCOMPARE(diff.memoryOptimizedPages, 489 + 2 + 2); // B's data, A's and B's deltas
    // The same selection as the full first: a data file closed since the full but in a
    // metadata-only state adds nothing.
    in.dataFilesClosedSinceFull = QSet<QUuid>{b[0].id, pair(S::MergeTarget, 3)[0].id};
    QCOMPARE(CfpEstimator::differentialBackup(inventory(a + b + pair(S::MergeTarget, 3)), CfpVersion::SqlServer2014, in)
                 .memoryOptimizedPages,
             489 + 2 + 2);
}

void TestCfpEstimator::differentialWithoutBaseTakesEverything()
{
    CfpBackupInputs in;
    in.diskPages = 304;
    const CheckpointInventory inv = inventory(pair(S::Active, 1) + pair(S::Active, 2));
    const CfpBackupSize diff = CfpEstimator::differentialBackup(inv, CfpVersion::SqlServer2014, in);
    QCOMPARE(diff.diskPages, 304); // no differentialDiskPages: the full's, an upper bound
    QCOMPARE(diff.memoryOptimizedPages, 2 * Used);
}

// The 2014 DMV shows NULL sizes for states 5–7: a rule that needs them counts 0 and says so.
void TestCfpEstimator::nullSizesAreCountedAndReported()
{
    QList<CheckpointFile> files = pair(S::RequiredForBackupHa, 1);
    for (CheckpointFile &f : files)
        f.sizeBytes = f.usedBytes = std::nullopt;
    const CfpBackupSize rtm = CfpEstimator::fullBackup(inventory(files), CfpVersion::SqlServer2014, {});
    QCOMPARE(rtm.memoryOptimizedPages, 0);
    QCOMPARE(rtm.unsizedFiles, 2);
    const QList<CfpStateTotal> totals = cfpStateTotals(inventory(files));
    QCOMPARE(totals.size(), 1);
    QCOMPARE(totals[0].unsizedFiles, 2);
    // Metadata only needs no size: nothing to report.
    files = pair(S::Tombstone, 2);
    for (CheckpointFile &f : files)
        f.sizeBytes = f.usedBytes = std::nullopt;
    QCOMPARE(CfpEstimator::fullBackup(inventory(files), CfpVersion::SqlServer2014, {}).unsizedFiles, 0);
}

void TestCfpEstimator::rootAndFreeFilesAddNothing()
{
    QList<CheckpointFile> files = pair(S::Active, 1);
    CheckpointFile root = files[0];
    root.id = QUuid(9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9);
    root.pairId = {};
    root.type = CheckpointFileType::Root;
    CheckpointFile free = root;
    free.id = QUuid(9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10);
    free.type = CheckpointFileType::Free;
    free.state = S::Precreated;
    const CheckpointInventory inv = inventory(files + QList<CheckpointFile>{root, free}, CheckpointDmvVersion::SqlServer2016);
    QCOMPARE(CfpEstimator::fullBackup(inv, CfpVersion::SqlServer2016, {}).memoryOptimizedPages, Used);
    const QList<CfpStateTotal> totals = cfpStateTotals(inv);
    QCOMPARE(totals.size(), 1);
    QCOMPARE(totals[0].pairs, 1);
    QCOMPARE(totals[0].dataUsedBytes, 4'000'000);
    // LARGE DATA files count as data.
    QCOMPARE(CfpEstimator::fullBackup(inventory(pair(S::Active, 2, CheckpointFileType::LargeData)),
                                      CfpVersion::SqlServer2016, {})
                 .memoryOptimizedPages,
             Used);
}

void TestCfpEstimator::stateTotals()
{
    // Listed out of order on purpose: the totals come in the order of the state codes.
    const CheckpointInventory inv =
        inventory(pair(S::Active, 1) + pair(S::Precreated, 2) + pair(S::Active, 3) + pair(S::MergedSource, 4));
    const QList<CfpStateTotal> totals = cfpStateTotals(inv);
    QCOMPARE(totals.size(), 3);
    QCOMPARE(totals[0].state, S::Precreated);
    QCOMPARE(totals[1].state, S::Active);
    QCOMPARE(totals[2].state, S::MergedSource);
    QCOMPARE(totals[1].pairs, 2);
    QCOMPARE(totals[1].dataBytes, 2 * 16 * MiB);
    QCOMPARE(totals[1].dataUsedBytes, 8'000'000);
    QCOMPARE(totals[1].deltaBytes, 2 * MiB);
    QCOMPARE(totals[1].deltaUsedBytes, 20'000);
    QCOMPARE(totals[0].pairs, 1);
    QCOMPARE(totals[1].unsizedFiles, 0);
}

void TestCfpEstimator::restoreNeeds()
{
    // ACTIVE: 4,000,000 bytes of 1,000 rows with 250 deleted → 3,000,000. UNDER CONSTRUCTION
    // with rows unknown (NULL) → all 4,000,000. A merge target's rows are copies of ACTIVE
    // sources', and merge sources are replaced by their target: neither counts; nor PRECREATED.
    QList<CheckpointFile> uc = pair(S::UnderConstruction, 2);
    uc[0].rowCount = std::nullopt;
    const CheckpointInventory inv = inventory(pair(S::Active, 1) + uc + pair(S::MergeTarget, 3)
                                              + pair(S::MergedSource, 4) + pair(S::Precreated, 5));
    const CfpRestoreNeeds needs = CfpEstimator::restoreNeeds(inv);
    QCOMPARE(needs.memoryBytes, 7'000'000);
    QCOMPARE(needs.diskBytes, 28'000'000);
    QCOMPARE(needs.loadSeconds(1'000'000), std::optional<double>(7.0));
    QCOMPARE(needs.loadSeconds(0), std::optional<double>());
}

void TestCfpEstimator::versionNames()
{
    QCOMPARE(CfpVersions::parse(QStringLiteral("2014-ctp2")), CfpVersion::SqlServer2014Ctp2);
    QCOMPARE(CfpVersions::parse(QStringLiteral("2014")), CfpVersion::SqlServer2014);
    QCOMPARE(CfpVersions::parse(QStringLiteral("2016")), CfpVersion::SqlServer2016);
    QCOMPARE(CfpVersions::parse(QStringLiteral("2019")), std::nullopt);
    QCOMPARE(CfpVersions::defaultFor(CheckpointDmvVersion::SqlServer2014), CfpVersion::SqlServer2014);
    QCOMPARE(CfpVersions::defaultFor(CheckpointDmvVersion::SqlServer2016), CfpVersion::SqlServer2016);
}

QTEST_GUILESS_MAIN(TestCfpEstimator)
#include "tst_cfpestimator.moc"
