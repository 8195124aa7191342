// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// How long a plan takes, step by step, and when each filegroup comes online
// (model/cfp/restoreduration.h), on Microsoft's piecemeal restore sample with hand-set sizes:
// imoltp_primary_mod 17 MiB, imoltp_log 1 MiB, imoltp_secondary 8 MiB, read at 1 MiB/s.

#include "model/cfp/restoreduration.h"
#include "model/simulation/restoresimulator.h"
#include "sampleloader.h"

#include <QTest>

using namespace rd;

namespace {

constexpr qint64 MiB = 1 << 20;

/// The sample with imoltp_mod's two containers of 2 MiB each, loaded at `loadRate` bytes/s
/// (0 = not stated).
Project sample(qint64 loadRate)
{
    Project p = test::sample();
    Filegroup &mod = p.database.filegroups[2];
    mod.files[0].sizeBytes = 2 * MiB;
    mod.files[1].sizeBytes = 2 * MiB;
    p.environment.memoryOptimizedLoadBytesPerSecond = loadRate;
    return p;
}

RestoreDuration duration(const Project &p, qint64 rate)
{
    const HistoryIndex index(p);
    return RestoreDuration::of(index, p.plans[0], RestoreSimulator::simulate(index, p, p.plans[0]), rate);
}

} // namespace

class TestRestoreDuration : public QObject
{
    Q_OBJECT

private slots:
    void stepsAndFilegroups();
    void unknownLoadRateMakesLowerBounds();
    void unknownBackupSizeMakesLowerBounds();
    void defaultRateIsTheBlogsMean();
};

// Step 1 reads 17 MiB: 17 s. Step 2 reads 1 MiB (1 s) and recovers, loading imoltp_mod's 4 MiB
// at 2 MiB/s (2 s): PRIMARY and imoltp_mod come online at 20 s. Step 3 reads 8 MiB: imoltp_secondary
// online at 28 s.
void TestRestoreDuration::stepsAndFilegroups()
{
    const RestoreDuration d = duration(sample(2 * MiB), MiB);
    QCOMPARE(d.steps.size(), 3);
    QCOMPARE(d.steps[0].bytes, 17 * MiB);
    QCOMPARE(d.steps[0].seconds(), 17.0);
    QCOMPARE(d.steps[1].readSeconds, 1.0);
    QCOMPARE(d.steps[1].loadSeconds, 2.0);
    QCOMPARE(d.steps[1].endSeconds, 20.0);
    QCOMPARE(d.steps[2].endSeconds, 28.0);
    QVERIFY(d.steps[2].endKnown);

    QCOMPARE(d.filegroups.size(), 3);
    const QList<std::tuple<QString, int, double>> expected{
        {QStringLiteral("PRIMARY"), 1, 20.0},
        {QStringLiteral("imoltp_secondary"), 2, 28.0},
        {QStringLiteral("imoltp_mod"), 1, 20.0},
    };
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const auto &[name, step, seconds] = expected[i];
        QCOMPARE(d.filegroups[i].filegroup, name);
        QVERIFY(d.filegroups[i].online);
        QCOMPARE(d.filegroups[i].step, step);
        QCOMPARE(d.filegroups[i].seconds, seconds);
        QVERIFY(d.filegroups[i].known);
    }
}

void TestRestoreDuration::unknownLoadRateMakesLowerBounds()
{
    const RestoreDuration d = duration(sample(0), MiB);
    QVERIFY(d.steps[0].known);
    QVERIFY(!d.steps[1].known);
    QCOMPARE(d.steps[1].endSeconds, 18.0); // 17 + 1, the load not counted
    QVERIFY(!d.steps[2].endKnown);
    QVERIFY(!d.filegroups[0].known);
}

void TestRestoreDuration::unknownBackupSizeMakesLowerBounds()
{
    Project p = sample(2 * MiB);
    p.backups[1].sizeBytes = 0; // imoltp_primary_mod
    QCOMPARE(p.backups[1].id, QStringLiteral("imoltp_primary_mod"));
    const RestoreDuration d = duration(p, MiB);
    QVERIFY(!d.steps[0].known);
    QCOMPARE(d.steps[0].seconds(), 0.0);
    QVERIFY(!d.filegroups[1].known);
    QCOMPARE(d.filegroups[1].seconds, 11.0); // 0 + 1 + 2 + 8
}

// 0 = the default: the blog's four BACKUP rates averaged, 77.305 MiB/s.
void TestRestoreDuration::defaultRateIsTheBlogsMean()
{
    const double meanMiB = (58.027 + 70.594 + 92.588 + 88.012) / 4;
    QCOMPARE(qRound64(meanMiB * MiB), RestoreDuration::DefaultBytesPerSecond);
    const RestoreDuration d = duration(sample(2 * MiB), 0);
    QCOMPARE(d.steps[0].readSeconds, double(17 * MiB) / double(RestoreDuration::DefaultBytesPerSecond));
}

QTEST_GUILESS_MAIN(TestRestoreDuration)
#include "tst_restoreduration.moc"
