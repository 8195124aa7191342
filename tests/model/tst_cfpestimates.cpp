// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The memory-optimized share of each backup and what a plan costs in time and memory, estimated
// from the project's CFP snapshots (model/analysis/cfpestimates.h, planestimate.h), on Microsoft's
// piecemeal restore sample (imoltp_mod is its memory-optimized filegroup). Every expected number
// is counted by hand from the inventories of tests/cfpfixtures.h under the 2016+ rules of
// docs/cfp.md: ACTIVE files add their used bytes in 8 KB pages, PRECREATED and UNDER CONSTRUCTION
// files metadata only.

#include "model/analysis/projectanalysis.h"
#include "model/io/planjsonreader.h"
#include "model/io/planjsonwriter.h"
#include "sampleloader.h"
#include "tests/cfpfixtures.h"

#include <QTest>

using namespace rd;

namespace {

using test::KiB;
using test::MiB;

/// A plan time (wall clock held as UTC, as the snapshots' and the sample's are).
QDateTime at(const char *time)
{
    return PlanTime::parse(QLatin1String(time)).value_or(QDateTime());
}

CfpSnapshot snapshotA()
{
    return test::cfpSnapshotA();
}

CfpSnapshot snapshotB()
{
    return test::cfpSnapshotB();
}

Backup differential(const QString &id, const QString &base)
{
    Backup b;
    b.id = id;
    b.type = BackupType::FileDifferential;
    b.filegroups = {QStringLiteral("PRIMARY"), QStringLiteral("imoltp_mod")};
    b.start = at("2017-03-06T03:50:00");
    b.finish = at("2017-03-06T03:51:00");
    b.differentialBaseGuid = base;
    return b;
}

} // namespace

class TestCfpEstimates : public QObject
{
    Q_OBJECT

private slots:
    void snapshotAtFindsTheNewestNotAfter();
    void fullAndFileBackupsAfterASnapshotAreEstimated();
    void differentialCopiesDataClosedSinceItsBase();
    void differentialWithoutSnapshotSinceItsBaseIsAnUpperBound();
    void planNeedsTheMemoryOfTheSnapshotBeforeItsLoad();
    void planDurationUsesTheThroughputAndTheSnapshot();
    void planWithoutSnapshotFallsBackToContainers();
    void snapshotEditRebuildsEstimatesAndPlanEditKeepsThem();
    void throughputRoundTripsThroughJson();
    void historyEditsGiveWhatAFreshBuildGives();
};

void TestCfpEstimates::snapshotAtFindsTheNewestNotAfter()
{
    const QList<CfpSnapshot> snapshots{snapshotA(), snapshotB()};
    QCOMPARE(CfpEstimates::snapshotAt(snapshots, at("2017-03-06T01:59:59")), -1);
    QCOMPARE(CfpEstimates::snapshotAt(snapshots, at("2017-03-06T02:00:00")), 0);
    QCOMPARE(CfpEstimates::snapshotAt(snapshots, at("2017-03-06T03:44:59")), 0);
    QCOMPARE(CfpEstimates::snapshotAt(snapshots, at("2017-03-06T03:45:00")), 1);
    QCOMPARE(CfpEstimates::snapshotAt(snapshots, at("2030-01-01T00:00:00")), 1);
    QCOMPARE(CfpEstimates::snapshotAt(snapshots, QDateTime()), -1);
}

void TestCfpEstimates::fullAndFileBackupsAfterASnapshotAreEstimated()
{
    Project p = test::sample();
    p.cfpSnapshots = {snapshotA()};
    const auto a = ProjectAnalysis::build(p);

    // imoltp_full finished at 01:01, before the snapshot: nothing to estimate from.
    QVERIFY(!a->cfpEstimate(QStringLiteral("imoltp_full")));
    // imoltp_secondary and the log hold no memory-optimized data.
    QVERIFY(!a->cfpEstimate(QStringLiteral("imoltp_secondary")));
    QVERIFY(!a->cfpEstimate(QStringLiteral("imoltp_log")));
    // The file backup of PRIMARY and imoltp_mod at 03:01: pair 1's used bytes, 8 MiB = 1,024
    // pages and 64 KiB = 8 pages; pairs 2 and 3 metadata only.
    const BackupCfpEstimate *e = a->cfpEstimate(QStringLiteral("imoltp_primary_mod"));
    QVERIFY(e);
    QCOMPARE(e->snapshot, 0);
    QCOMPARE(e->version, CfpVersion::SqlServer2016);
    QCOMPARE(e->size.memoryOptimizedPages, qint64(1032));
    QCOMPARE(e->size.diskPages, qint64(0));
    QCOMPARE(e->size.memoryOptimizedBytes(), qint64(1032) * 8192);
    QVERIFY(!e->upperBound);
    QCOMPARE(a->cfpEstimates().count(), qsizetype(1));
}

void TestCfpEstimates::differentialCopiesDataClosedSinceItsBase()
{
    Project p = test::sample();
    p.cfpSnapshots = {snapshotA(), snapshotB()};
    const QString guid = QStringLiteral("6f9619ff-8b86-d011-b42d-00c04fc964ff");
    p.backups[p.backupIndex(QStringLiteral("imoltp_primary_mod"))].backupSetGuid = guid;
    p.backups.append(differential(QStringLiteral("diff"), guid));
    const auto a = ProjectAnalysis::build(p);

    // Base at 03:01 → snapshot A, where only pair 1's data file was closed. The differential at
    // 03:51 (snapshot B) copies pair 2's data file (ACTIVE, 8 MiB = 1,024 pages) and pair 4's
    // (UNDER CONSTRUCTION: metadata only), and every delta file: 64 KiB = 8 and 16 KiB = 2 pages.
    const BackupCfpEstimate *e = a->cfpEstimate(QStringLiteral("diff"));
    QVERIFY(e);
    QCOMPARE(e->snapshot, 1);
    QVERIFY(!e->upperBound);
    QCOMPARE(e->size.memoryOptimizedPages, qint64(1024 + 8 + 2));
}

void TestCfpEstimates::differentialWithoutSnapshotSinceItsBaseIsAnUpperBound()
{
    Project p = test::sample();
    p.cfpSnapshots = {snapshotB()};
    p.backups.append(differential(QStringLiteral("diff"), QStringLiteral("no-such-base")));
    const auto a = ProjectAnalysis::build(p);

    // Base unknown: every data file of snapshot B (pairs 1 and 2, 1,024 pages each) and every delta.
    const BackupCfpEstimate *e = a->cfpEstimate(QStringLiteral("diff"));
    QVERIFY(e);
    QVERIFY(e->upperBound);
    QCOMPARE(e->size.memoryOptimizedPages, qint64(1024 + 1024 + 8 + 2));
}

void TestCfpEstimates::planNeedsTheMemoryOfTheSnapshotBeforeItsLoad()
{
    Project p = test::sample();
    p.cfpSnapshots = {snapshotA()};
    const auto a = ProjectAnalysis::build(p);

    // Step 2 (RESTORE LOG … WITH RECOVERY, data at 04:00:10) brings imoltp_mod online. Snapshot A:
    // pair 1 ACTIVE 8 MiB × (1,000 − 250) / 1,000 = 6 MiB; pair 2 UNDER CONSTRUCTION 4 MiB × 500 / 500.
    const PlanEstimate &e = a->planEstimate(0);
    QVERIFY(e.memory);
    QCOMPARE(e.memory->step, 1);
    QCOMPARE(e.memory->snapshot, 0);
    QCOMPARE(e.memory->needs.memoryBytes, 10 * MiB);
    QCOMPARE(e.memory->needs.diskBytes, 40 * MiB);
}

void TestCfpEstimates::planDurationUsesTheThroughputAndTheSnapshot()
{
    Project p = test::sample();
    p.cfpSnapshots = {snapshotA()};
    p.environment.restoreBytesPerSecond = MiB;
    p.environment.memoryOptimizedLoadBytesPerSecond = MiB;
    const auto a = ProjectAnalysis::build(p);

    // At 1 MiB/s: step 1 reads imoltp_primary_mod (17 MiB) in 17 s; step 2 the log (1 MiB) in 1 s
    // and loads the snapshot's 10 MiB in 10 s; step 3 imoltp_secondary (8 MiB) in 8 s.
    const RestoreDuration &d = a->planEstimate(0).duration;
    QCOMPARE(d.steps.size(), qsizetype(3));
    QCOMPARE(d.steps[0].endSeconds, 17.0);
    QCOMPARE(d.steps[1].loadSeconds, 10.0);
    QCOMPARE(d.steps[1].endSeconds, 28.0);
    QVERIFY(d.steps[1].known);
    QCOMPARE(d.steps[2].endSeconds, 36.0);
    QCOMPARE(d.filegroups.size(), qsizetype(3));
    QCOMPARE(d.filegroups[0].filegroup, QStringLiteral("PRIMARY"));
    QCOMPARE(d.filegroups[0].seconds, 28.0);
    QCOMPARE(d.filegroups[1].filegroup, QStringLiteral("imoltp_secondary"));
    QCOMPARE(d.filegroups[1].seconds, 36.0);
    QCOMPARE(d.filegroups[2].seconds, 28.0);
}

void TestCfpEstimates::planWithoutSnapshotFallsBackToContainers()
{
    Project p = test::sample();
    p.environment.restoreBytesPerSecond = MiB;
    p.environment.memoryOptimizedLoadBytesPerSecond = MiB;
    const auto a = ProjectAnalysis::build(p);

    // No snapshot: the containers have no size, so the load of step 2 is unknown (a lower bound).
    const PlanEstimate &e = a->planEstimate(0);
    QVERIFY(e.memory);
    QCOMPARE(e.memory->snapshot, -1);
    QCOMPARE(e.memory->needs.memoryBytes, qint64(0));
    QVERIFY(!e.duration.steps[1].known);
    QCOMPARE(e.duration.steps[1].endSeconds, 18.0);
    // The default throughput when none is stated.
    p.environment.restoreBytesPerSecond = 0;
    const auto b = ProjectAnalysis::build(p);
    QCOMPARE(b->planEstimate(0).duration.steps[0].readSeconds, 17825792.0 / 81'060'430.0);
}

void TestCfpEstimates::snapshotEditRebuildsEstimatesAndPlanEditKeepsThem()
{
    Project p = test::sample();
    const auto before = ProjectAnalysis::build(p);
    QVERIFY(!before->cfpEstimate(QStringLiteral("imoltp_primary_mod")));
    p.cfpSnapshots = {snapshotA()};
    const auto after = ProjectAnalysis::build(p, before.get());
    QVERIFY(after->cfpEstimate(QStringLiteral("imoltp_primary_mod")));
    QCOMPARE(after->planEstimate(0).memory->needs.memoryBytes, 10 * MiB);

    p.plans[0].name = QStringLiteral("renamed");
    const auto renamed = ProjectAnalysis::build(p, after.get());
    QCOMPARE(&renamed->cfpEstimates(), &after->cfpEstimates());
    QCOMPARE(renamed->planEstimate(0).memory->needs.memoryBytes, 10 * MiB);
}

void TestCfpEstimates::throughputRoundTripsThroughJson()
{
    Project p = test::sample();
    QVERIFY(!PlanJsonWriter::write(p).contains("restoreBytesPerSecond")); // 0 = the default: not written
    p.environment.restoreBytesPerSecond = 200'000'000;
    const QByteArray json = PlanJsonWriter::write(p);
    QVERIFY(json.contains("\"restoreBytesPerSecond\": 200000000"));
    const LoadResult again = PlanJsonReader::read(json);
    QVERIFY2(again.ok(), qPrintable(again.error));
    QVERIFY(again.warnings.isEmpty());
    QCOMPARE(again.project->environment.restoreBytesPerSecond, qint64(200'000'000));

    const LoadResult negative = PlanJsonReader::read(
        R"({"format":"restore-designer-plan","version":1,"database":{"name":"d","filegroups":[{"name":"PRIMARY"}]},)"
        R"("environment":{"restoreBytesPerSecond":-1}})");
    QVERIFY(!negative.ok());
    QVERIFY2(negative.error.contains(QLatin1String("environment.restoreBytesPerSecond")), qPrintable(negative.error));
}

/// The estimates of `a`, as (backup id, snapshot, pages, upper bound), for comparing two builds.
QList<std::tuple<QString, int, qint64, bool>> estimatesOf(const ProjectAnalysis &a)
{
    QList<std::tuple<QString, int, qint64, bool>> out;
    for (const Backup &b : a.project().backups)
        if (const BackupCfpEstimate *e = a.cfpEstimate(b.id))
            out.append({b.id, e->snapshot, e->size.memoryOptimizedPages, e->upperBound});
    return out;
}

// After an edit of the history the estimates are rebuilt from the previous ones (only the edited
// backups and the differentials again): each must equal a build from nothing.
void TestCfpEstimates::historyEditsGiveWhatAFreshBuildGives()
{
    Project p = test::sample();
    p.cfpSnapshots = {snapshotA(), snapshotB()};
    const QString guid = QStringLiteral("6f9619ff-8b86-d011-b42d-00c04fc964ff");
    p.backups[p.backupIndex(QStringLiteral("imoltp_primary_mod"))].backupSetGuid = guid;
    p.backups.append(differential(QStringLiteral("diff"), guid));
    auto analysis = ProjectAnalysis::build(p);
    QCOMPARE(estimatesOf(*analysis).size(), qsizetype(2));

    const auto check = [&](const char *what) {
        const auto incremental = ProjectAnalysis::build(p, analysis.get());
        const auto fresh = ProjectAnalysis::build(p);
        QVERIFY2(estimatesOf(*incremental) == estimatesOf(*fresh), what);
        analysis = incremental;
    };
    // The differential's base moves after snapshot B: no snapshot between them, an upper bound.
    Backup &base = p.backups[p.backupIndex(QStringLiteral("imoltp_primary_mod"))];
    base.start = at("2017-03-06T03:46:00");
    base.finish = at("2017-03-06T03:47:00");
    check("base moved");
    QVERIFY(analysis->cfpEstimate(QStringLiteral("diff"))->upperBound);
    QCOMPARE(analysis->cfpEstimate(QStringLiteral("imoltp_primary_mod"))->snapshot, 1);
    // The full backup moves after snapshot A: it gets an estimate.
    Backup &full = p.backups[p.backupIndex(QStringLiteral("imoltp_full"))];
    full.finish = at("2017-03-06T02:30:00");
    check("full moved");
    QVERIFY(analysis->cfpEstimate(QStringLiteral("imoltp_full")));
    // A backup removed before the others shifts their positions.
    p.backups.removeAt(p.backupIndex(QStringLiteral("imoltp_full")));
    check("full removed");
    QVERIFY(analysis->cfpEstimate(QStringLiteral("diff")));
    // A new full backup of the memory-optimized filegroup at the end.
    Backup late = p.backups[p.backupIndex(QStringLiteral("imoltp_primary_mod"))];
    late.id = QStringLiteral("late");
    late.start = at("2017-03-06T06:00:00");
    late.finish = at("2017-03-06T06:01:00");
    p.backups.append(late);
    check("backup added");
    QCOMPARE(analysis->cfpEstimate(QStringLiteral("late"))->snapshot, 1);
}

QTEST_GUILESS_MAIN(TestCfpEstimates)
#include "tst_cfpestimates.moc"
