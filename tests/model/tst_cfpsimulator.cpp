// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The CFP workload simulator (model/cfp/cfpsimulator.h) and the blog's presets: the five examples
// of Microsoft's blog "Database Backup with Memory-Optimized Tables" (2014-02-05; docs/cfp.md),
// whose page counts must come out of the lifecycle and the estimator within 5 %, and the merge
// policy's examples of "Durability for memory-optimized tables".

#include "model/cfp/cfpestimator.h"
#include "model/cfp/cfppresets.h"
#include "model/cfp/cfpsimulator.h"
#include "model/cfp/cfpstatetotals.h"

#include <QTest>

#include <cmath>

Q_DECLARE_METATYPE(rd::CfpWorkload)

using namespace rd;

namespace {

using S = CheckpointFileState;
using Kind = CfpWorkloadStep::Kind;
constexpr qint64 MiB = 1 << 20;

CfpWorkloadStep step(Kind kind, qint64 rows = 0, qint64 rowBytes = 0, double share = 0)
{
    CfpWorkloadStep s;
    s.kind = kind;
    s.rows = rows;
    s.rowBytes = rowBytes;
    s.share = share;
    return s;
}

CfpWorkloadStep merge(CfpMergeMode mode)
{
    CfpWorkloadStep s = step(Kind::Merge);
    s.mergeMode = mode;
    return s;
}

/// Pairs per state (data files).
QMap<S, int> pairsByState(const CheckpointInventory &inv)
{
    QMap<S, int> counts;
    for (const CfpStateTotal &t : cfpStateTotals(inv))
        counts[t.state] = t.pairs;
    return counts;
}

/// The data files in `state`, by their rows.
QList<qint64> rowsIn(const CheckpointInventory &inv, S state)
{
    QList<qint64> rows;
    for (const CheckpointFile &f : inv.files)
        if (f.type == CheckpointFileType::Data && f.state == state)
            rows << f.rowCount.value_or(-1);
    return rows;
}

CfpSimulation preset(int n)
{
    const auto w = CfpPresets::example(n);
    return w ? CfpSimulator::simulate(*w) : CfpSimulation{};
}

CfpBackupInputs inputs(const CfpWorkload &w, const CfpSimulation &s)
{
    CfpBackupInputs in;
    in.diskPages = w.diskPages;
    in.logPages = w.logPages;
    in.differentialDiskPages = w.differentialDiskPages;
    in.dataFilesClosedSinceFull = s.dataFilesClosedSinceFull;
    return in;
}

bool within5Percent(qint64 actual, qint64 expected)
{
    return std::abs(double(actual - expected)) <= 0.05 * double(expected);
}

} // namespace

class TestCfpSimulator : public QObject
{
    Q_OBJECT

private slots:
    void blogExamplesPages_data();
    void blogExamplesPages();
    void blogExamplesStates_data();
    void blogExamplesStates();
    void example2FillsFiveFilesOfUpTo1870Rows();
    void example5KeepsAbout32MBInMemory();
    void fileSizesFollowServerMemory();
    void precreatedIsAtLeastEight();
    void mergePolicyExamples_data();
    void mergePolicyExamples();
    void selfMergeOfALargeHalfDeletedFile();
    void lifecycle2016ReleasesMergeSourcesAfterLogBackup();
    void differentialAfterExample3();
    void updateDeletesAndInserts();
    void deltaFileGrowsToHoldItsRecords();
    void refusals_data();
    void refusals();
    void sameWorkloadSameInventory();
};

void TestCfpSimulator::blogExamplesPages_data()
{
    QTest::addColumn<int>("example");
    QTest::addColumn<qint64>("memoryOptimizedPages");
    QTest::addColumn<qint64>("totalPages");
    // docs/cfp.md §1: "Processed N pages for … file 'imoltp_mod'" and "successfully processed N pages".
    QTest::newRow("example 2") << 2 << qint64(0) << qint64(8847);
    QTest::newRow("example 3") << 3 << qint64(8064) << qint64(16916);
    QTest::newRow("example 4") << 4 << qint64(12143) << qint64(21262);
    QTest::newRow("example 5") << 5 << qint64(4128) << qint64(4439);
}

void TestCfpSimulator::blogExamplesPages()
{
    QFETCH(int, example);
    QFETCH(qint64, memoryOptimizedPages);
    QFETCH(qint64, totalPages);
    const auto w = CfpPresets::example(example);
    QVERIFY(w);
    const CfpSimulation s = CfpSimulator::simulate(*w);
    QVERIFY2(s.ok(), qPrintable(s.error));
    const CfpBackupSize full = CfpEstimator::fullBackup(s.inventory, CfpVersion::SqlServer2014, inputs(*w, s));
    const QByteArray got = QByteArray::number(full.memoryOptimizedPages) + " / " + QByteArray::number(full.pages());
    if (memoryOptimizedPages == 0)
        QCOMPARE(full.memoryOptimizedPages, 0);
    else
        QVERIFY2(within5Percent(full.memoryOptimizedPages, memoryOptimizedPages), got.constData());
    QVERIFY2(within5Percent(full.pages(), totalPages), got.constData());
}

void TestCfpSimulator::blogExamplesStates_data()
{
    QTest::addColumn<int>("example");
    QTest::addColumn<QList<int>>("states"); // state, pairs, state, pairs, …
    // The blog's "Checkpoint files" paragraphs. It does not list the one pair UNDER CONSTRUCTION
    // that new rows would go to after a checkpoint (examples 3–5), which the model keeps, and it
    // counts 6 pairs IN TRANSITION TO TOMBSTONE in example 5 where the documented lifecycle gives
    // the 5 merge sources (docs/cfp.md, "What the model does not reproduce").
    QTest::newRow("example 1") << 1 << QList<int>{int(S::Precreated), 8, int(S::UnderConstruction), 1};
    QTest::newRow("example 2") << 2 << QList<int>{int(S::Precreated), 8, int(S::UnderConstruction), 5};
    QTest::newRow("example 3") << 3 << QList<int>{int(S::Precreated), 8, int(S::Active), 5, int(S::UnderConstruction), 1};
    QTest::newRow("example 4") << 4
                               << QList<int>{int(S::Precreated), 8, int(S::MergedSource), 5, int(S::Active), 2,
                                             int(S::UnderConstruction), 1};
    QTest::newRow("example 5") << 5
                               << QList<int>{int(S::Precreated), 8, int(S::InTransitionToTombstone), 5, int(S::Active), 5,
                                             int(S::UnderConstruction), 1};
}

void TestCfpSimulator::blogExamplesStates()
{
    QFETCH(int, example);
    QFETCH(QList<int>, states);
    const CfpSimulation s = preset(example);
    QVERIFY2(s.ok(), qPrintable(s.error));
    QMap<S, int> expected;
    for (qsizetype i = 0; i + 1 < states.size(); i += 2)
        expected[S(states[i])] = states[i + 1];
    QCOMPARE(pairsByState(s.inventory), expected);
}

// "there are now 5 CFPs 'UNDER CONSTRUCTION', each storing up to 1870 rows".
void TestCfpSimulator::example2FillsFiveFilesOfUpTo1870Rows()
{
    const CfpSimulation s = preset(2);
    QList<qint64> rows = rowsIn(s.inventory, S::UnderConstruction);
    QCOMPARE(rows, (QList<qint64>{1870, 1870, 1870, 1870, 8000 - 4 * 1870}));
    // "8 CFPs in 'PRECREATED' state with 16MB sized data file and 1MB sized delta file".
    for (const CheckpointFile &f : s.inventory.files)
        if (f.state == S::Precreated)
            QCOMPARE(f.sizeBytes, f.type == CheckpointFileType::Data ? 16 * MiB : 1 * MiB);
}

// "we have around 32MB of data in ACTIVE CFP": 4,000 rows of 8,068 bytes (32.3 MB) and the data
// file's header; the other ACTIVE pairs are empty.
void TestCfpSimulator::example5KeepsAbout32MBInMemory()
{
    const CfpRestoreNeeds needs = CfpEstimator::restoreNeeds(preset(5).inventory);
    QVERIFY2(needs.memoryBytes >= 32'000'000 && needs.memoryBytes <= 33'000'000, QByteArray::number(needs.memoryBytes));
    QCOMPARE(needs.diskBytes, 4 * needs.memoryBytes);
}

void TestCfpSimulator::fileSizesFollowServerMemory()
{
    const std::tuple<CfpServerMemory, qint64, qint64> cases[] = {
        {CfpServerMemory::UpTo16GB, 16 * MiB, 1 * MiB},
        {CfpServerMemory::Over16GB, 128 * MiB, 16 * MiB},
        {CfpServerMemory::LargeCheckpoint, 1024 * MiB, 128 * MiB},
    };
    for (const auto &[memory, data, delta] : cases) {
        CfpWorkload w;
        w.memory = memory;
        const CfpSimulation s = CfpSimulator::simulate(w);
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(s.inventory.files.first().sizeBytes, data);
        QCOMPARE(s.inventory.files.at(1).sizeBytes, delta);
    }
}

void TestCfpSimulator::precreatedIsAtLeastEight()
{
    CfpWorkload w;
    w.logicalProcessors = 4;
    QCOMPARE(pairsByState(CfpSimulator::simulate(w).inventory).value(S::Precreated), 8);
    w.logicalProcessors = 12;
    QCOMPARE(pairsByState(CfpSimulator::simulate(w).inventory).value(S::Precreated), 12);
}

void TestCfpSimulator::mergePolicyExamples_data()
{
    QTest::addColumn<QList<int>>("fullPercent");
    QTest::addColumn<QList<int>>("merged"); // indexes of the pairs that become merge sources
    // The table of "Durability for memory-optimized tables", "SQL Server Merge Policy".
    QTest::newRow("30 50 50 90") << QList<int>{30, 50, 50, 90} << QList<int>{0, 1};
    QTest::newRow("30 20 50 10") << QList<int>{30, 20, 50, 10} << QList<int>{0, 1, 2};
    QTest::newRow("80 30 10 40") << QList<int>{80, 30, 10, 40} << QList<int>{1, 2, 3};
}

void TestCfpSimulator::mergePolicyExamples()
{
    QFETCH(QList<int>, fullPercent);
    QFETCH(QList<int>, merged);
    // Rows of 160,000 bytes: n rows fill 0.95·n % of a 16 MiB data file, so the sums the table
    // rejects (110 % and more) stay over 100 % and those it accepts (100 % and less) under.
    CfpWorkload w;
    w.version = CfpVersion::SqlServer2014;
    for (int percent : fullPercent)
        w.steps << step(Kind::Insert, percent, 160'000) << step(Kind::Checkpoint);
    w.steps << merge(CfpMergeMode::Policy) << step(Kind::Checkpoint);
    const CfpSimulation s = CfpSimulator::simulate(w);
    QVERIFY2(s.ok(), qPrintable(s.error));
    QList<qint64> expected;
    for (int i : merged)
        expected << fullPercent[i];
    QCOMPARE(rowsIn(s.inventory, S::MergedSource), expected);
    qint64 sum = 0;
    for (qint64 r : expected)
        sum += r;
    QVERIFY(rowsIn(s.inventory, S::Active).contains(sum)); // the installed merge target
}

// "A single CFP can be self-merged if the data file exceeds double the target size and more than
// half of the rows are deleted."
void TestCfpSimulator::selfMergeOfALargeHalfDeletedFile()
{
    CfpWorkload w;
    w.version = CfpVersion::SqlServer2014;
    // Three full data files merged into one of 5,610 rows (45 MB, over twice 16 MiB) …
    w.steps << step(Kind::Insert, 3 * 1870, 8068) << step(Kind::Checkpoint) << merge(CfpMergeMode::Manual)
            << step(Kind::Checkpoint) << step(Kind::Checkpoint) << step(Kind::LogBackup);
    // … then 60 % deleted, and the policy.
    w.steps << step(Kind::Delete, 0, 0, 0.6) << step(Kind::Checkpoint) << merge(CfpMergeMode::Policy)
            << step(Kind::Checkpoint);
    const CfpSimulation s = CfpSimulator::simulate(w);
    QVERIFY2(s.ok(), qPrintable(s.error));
    QVERIFY2(rowsIn(s.inventory, S::MergedSource).contains(5610), qPrintable(QString::number(rowsIn(s.inventory, S::MergedSource).size())));
    QVERIFY(rowsIn(s.inventory, S::Active).contains(5610 - 3366));
    // Without the deletes the big file stays as it is.
    w.steps[6].share = 0.4;
    QVERIFY(rowsIn(CfpSimulator::simulate(w).inventory, S::MergedSource).isEmpty());
}

// 2016+: merge sources wait for log truncation, then are released (DMV doc, 2016+ section).
void TestCfpSimulator::lifecycle2016ReleasesMergeSourcesAfterLogBackup()
{
    CfpWorkload w = *CfpPresets::example(4);
    w.version = CfpVersion::SqlServer2016;
    CfpSimulation s = CfpSimulator::simulate(w);
    QVERIFY2(s.ok(), qPrintable(s.error));
    QCOMPARE(s.inventory.version, CheckpointDmvVersion::SqlServer2016);
    QCOMPARE(pairsByState(s.inventory).value(S::WaitingForLogTruncation), 5);
    QCOMPARE(pairsByState(s.inventory).value(S::MergedSource), 0);
    w.steps << step(Kind::LogBackup);
    s = CfpSimulator::simulate(w);
    QCOMPARE(pairsByState(s.inventory).value(S::WaitingForLogTruncation), 0);
    QCOMPARE(rowsIn(s.inventory, S::Active), (QList<qint64>{0, 4000})); // the pair of the deletes, the target

    // 2014: MERGED SOURCE, REQUIRED FOR BACKUP/HA after the next checkpoint, IN TRANSITION TO
    // TOMBSTONE after a log backup.
    w.version = CfpVersion::SqlServer2014;
    w.steps.removeLast();
    w.steps << step(Kind::Checkpoint);
    QCOMPARE(pairsByState(CfpSimulator::simulate(w).inventory).value(S::RequiredForBackupHa), 5);
    w.steps << step(Kind::LogBackup);
    QCOMPARE(pairsByState(CfpSimulator::simulate(w).inventory).value(S::InTransitionToTombstone), 5);
}

// Example 3 with a differential instead of the full: the full backup of example 2 came before the
// checkpoint, so only the fifth data file (closed by that checkpoint) and the five delta files go:
// 545 pages (256 KiB + 520 × 8,068 bytes) + 5 × 6 pages (48 KiB each, no deletes).
void TestCfpSimulator::differentialAfterExample3()
{
    const auto w = CfpPresets::example(3);
    const CfpSimulation s = CfpSimulator::simulate(*w);
    const CfpBackupSize diff = CfpEstimator::differentialBackup(s.inventory, CfpVersion::SqlServer2014, inputs(*w, s));
    QCOMPARE(diff.memoryOptimizedPages, 545 + 5 * 6);
    QCOMPARE(diff.pages(), 304 + 8548 + 545 + 30);
}

void TestCfpSimulator::updateDeletesAndInserts()
{
    CfpWorkload w;
    w.steps << step(Kind::Insert, 1000, 1000) << step(Kind::Update, 0, 0, 0.25) << step(Kind::Checkpoint);
    const CfpSimulation s = CfpSimulator::simulate(w);
    QVERIFY2(s.ok(), qPrintable(s.error));
    qint64 inserted = 0, deleted = 0;
    for (const CheckpointFile &f : s.inventory.files)
        (f.type == CheckpointFileType::Data ? inserted : deleted) += f.rowCount.value_or(0);
    QCOMPARE(inserted, 1250);
    QCOMPARE(deleted, 250);
}

// 100,000 rows of 120 bytes (12,000,000 bytes) fit in one 16 MiB data file; deleting them all
// writes 100,000 records of 24 bytes to its delta file: 49,152 + 2,400,000 = 2,449,152 bytes,
// more than the 1 MiB the file starts with. The file grows in steps of its initial size, to 3 MiB
// (found by fuzz_cfpworkload: the simulator gave a delta file using more bytes than it had).
void TestCfpSimulator::deltaFileGrowsToHoldItsRecords()
{
    CfpWorkload w;
    w.steps << step(Kind::Insert, 100000, 120) << step(Kind::Checkpoint) << step(Kind::Delete, 0, 0, 1.0)
            << step(Kind::Checkpoint);
    const CfpSimulation s = CfpSimulator::simulate(w);
    QVERIFY2(s.ok(), qPrintable(s.error));
    // The pair that was open during the deletes holds no rows, but closes at the second checkpoint.
    QVERIFY(rowsIn(s.inventory, S::Active).contains(100000));
    bool found = false;
    for (const CheckpointFile &f : s.inventory.files) {
        if (f.type != CheckpointFileType::Delta || f.rowCount != 100000)
            continue;
        found = true;
        QCOMPARE(f.usedBytes, std::optional<qint64>(2'449'152));
        QCOMPARE(f.sizeBytes, std::optional<qint64>(3 * MiB));
    }
    QVERIFY(found);
    for (const CheckpointFile &f : s.inventory.files)
        QVERIFY(f.usedBytes.value_or(0) <= f.sizeBytes.value_or(0));
}

void TestCfpSimulator::refusals_data()
{
    QTest::addColumn<CfpWorkload>("workload");
    QTest::addColumn<QString>("message");
    CfpWorkload large;
    large.version = CfpVersion::SqlServer2014;
    large.memory = CfpServerMemory::LargeCheckpoint;
    QTest::newRow("large checkpoint in 2014") << large << "large checkpoint mode exists only in SQL Server 2016";
    CfpWorkload share;
    share.steps << step(Kind::Insert, 10, 100) << step(Kind::Delete, 0, 0, 1.5);
    QTest::newRow("share over 1") << share << "step 2 (delete): share must be from 0 to 1";
    CfpWorkload update;
    update.steps << step(Kind::Update, 0, 0, 0.5);
    QTest::newRow("update without row size") << update << "step 1 (update): an update needs rowBytes";
    CfpWorkload row;
    row.steps << step(Kind::Insert, 1, 17 * MiB);
    QTest::newRow("row larger than a data file") << row << "step 1 (insert): rowBytes must be from 1 to 16777216";
    CfpWorkload many;
    many.version = CfpVersion::SqlServer2014;
    many.steps << step(Kind::Insert, qint64(1) << 40, 8000);
    QTest::newRow("beyond the 2014 storage array") << many << "more than 8192 checkpoint file pairs";
    CfpWorkload steps;
    for (int i = 0; i < 10001; ++i)
        steps.steps << step(Kind::Checkpoint);
    QTest::newRow("too many steps") << steps << "the workload has 10001 steps, more than the 10000";
}

void TestCfpSimulator::refusals()
{
    QFETCH(CfpWorkload, workload);
    QFETCH(QString, message);
    const CfpSimulation s = CfpSimulator::simulate(workload);
    QVERIFY2(s.error.contains(message), qPrintable(s.error));
    QVERIFY(s.inventory.files.isEmpty());
}

void TestCfpSimulator::sameWorkloadSameInventory()
{
    QCOMPARE(preset(5).inventory, preset(5).inventory);
    QVERIFY(!(preset(4).inventory == preset(5).inventory));
}

QTEST_GUILESS_MAIN(TestCfpSimulator)
#include "tst_cfpsimulator.moc"
