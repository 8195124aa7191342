// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/io/planjsonwriter.h"
#include "model/storage/projectfile.h"
#include "model/rules/planvalidator.h"
#include "model/simulation/memoryoptimizedload.h"
#include "model/simulation/restoresimulator.h"
#include "diagnosticqueries.h"
#include "sampleloader.h"

#include <QLocale>
#include <QTemporaryDir>

using namespace rd;

namespace {

constexpr qint64 MiB = 1 << 20;
constexpr qint64 GiB = qint64(1) << 30;

/// The sample with sizes on imoltp_mod's two containers (layout order: PRIMARY,
/// imoltp_secondary, imoltp_mod) and a load rate, 0 = not stated.
Project sampleWithSizes(qint64 container1, qint64 container2, qint64 bytesPerSecond)
{
    Project p = test::sample();
    Filegroup &mod = p.database.filegroups[2];
    mod.files[0].sizeBytes = container1;
    mod.files[1].sizeBytes = container2;
    p.environment.memoryOptimizedLoadBytesPerSecond = bytesPerSecond;
    return p;
}

/// The 0-based steps that carry a memory-optimized load.
QList<int> loadingSteps(const SimulationResult &r)
{
    QList<int> steps;
    for (const StepState &s : r.steps)
        if (s.memoryOptimizedLoad)
            steps << s.step;
    return steps;
}

PlanStep restore(StepStatement statement, const char *backup, RecoveryOption recovery)
{
    PlanStep s;
    s.statement = statement;
    s.backup = QString::fromLatin1(backup);
    s.recovery = recovery;
    return s;
}

/// The sample's database intact and in place: no FAILURE, it exists on the target (ONLINE).
Project onlineSample()
{
    Project p = test::sample();
    p.events.clear();
    p.environment.databaseExists = true;
    return p;
}

} // namespace

/// R-MOD-004: which step's recovery loads the memory-optimized data into memory
/// (the recovery that brings the database up loads them first), how much and how long
/// (docs/validation-choices.md, "Memory-optimized load time"). Figures are worked by hand.
class TestMemoryOptimizedLoad : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void sampleLoadsWhereTheLogRestoreRecovers();
    void handWorkedTwoContainers();
    void unknownRateGivesNoTime();
    void someContainersWithoutSizeGiveALowerBound();
    void singleRestoreOverAnOnlineDatabase();
    void setOnlineStartsTheDatabase();
    void nothingWithoutRecovery();
    void nothingWhenTheMemoryOptimizedFilegroupStaysOffline();
    void nothingWithoutAMemoryOptimizedFilegroup();
    void durationsForPeople();
    void environmentRateRoundTripsThroughJsonAndProjectFile();
    void negativeRateIsRejected();
    void hugeContainersDoNotWrap();
};

void TestMemoryOptimizedLoad::sampleLoadsWhereTheLogRestoreRecovers()
{
    // Microsoft's sequence: PRIMARY + imoltp_mod WITH PARTIAL, NORECOVERY (nothing loaded yet); the
    // RESTORE LOG WITH RECOVERY ends the partial-restore sequence and brings the database up with
    // imoltp_mod: the load is there; the last step restores imoltp_secondary online, while the
    // database keeps its memory-optimized data in memory.
    const Project p = test::sample();
    const SimulationResult r = RestoreSimulator::simulate(p, p.plans[0]);
    QVERIFY(!r.initial.memoryOptimizedLoad);
    QCOMPARE(loadingSteps(r), QList<int>{1});
    const MemoryOptimizedLoad &load = *r.steps[1].memoryOptimizedLoad;
    QCOMPARE(load.filegroup, QStringLiteral("imoltp_mod"));
    QCOMPARE(load.containers, 2);
    // The sample states no container sizes: the size is unknown, so is the time.
    QCOMPARE(load.bytes, 0);
    QCOMPARE(load.unsizedContainers, 2);
    QVERIFY(!load.sizeKnown());
    QVERIFY(!load.timeKnown());
    QCOMPARE(load.seconds(), -1.0);
    QCOMPARE(load.summary(), QStringLiteral("imoltp_mod (2 containers), size not stated"));
}

void TestMemoryOptimizedLoad::handWorkedTwoContainers()
{
    // 1 GiB + 512 MiB = 1,610,612,736 bytes; at 100 MB/s (10^8 bytes/s): 16.106 s.
    const Project p = sampleWithSizes(GiB, 512 * MiB, 100'000'000);
    const SimulationResult r = RestoreSimulator::simulate(p, p.plans[0]);
    QCOMPARE(loadingSteps(r), QList<int>{1});
    const MemoryOptimizedLoad &load = *r.steps[1].memoryOptimizedLoad;
    QCOMPARE(load.bytes, qint64(1'610'612'736));
    QCOMPARE(load.unsizedContainers, 0);
    QCOMPARE(load.bytesPerSecond, qint64(100'000'000));
    QVERIFY(qAbs(load.seconds() - 16.10612736) < 1e-9);
    QCOMPARE(MemoryOptimizedLoad::formatSeconds(load.seconds()), QStringLiteral("16.1 s"));
    // 1.5 GiB; 10^8 bytes/s = 95.37 MiB/s.
    QCOMPARE(load.summary(), QStringLiteral("1.50 GiB of imoltp_mod (2 containers), ≈16.1 s at 95.37 MiB/s"));
}

void TestMemoryOptimizedLoad::unknownRateGivesNoTime()
{
    const Project p = sampleWithSizes(GiB, 512 * MiB, 0);
    const SimulationResult r = RestoreSimulator::simulate(p, p.plans[0]);
    const MemoryOptimizedLoad &load = *r.steps[1].memoryOptimizedLoad;
    QCOMPARE(load.bytes, qint64(1'610'612'736)); // the size is still given
    QVERIFY(!load.timeKnown());
    QCOMPARE(load.seconds(), -1.0);
    QCOMPARE(load.summary(), QStringLiteral("1.50 GiB of imoltp_mod (2 containers), load rate not stated"));
}

void TestMemoryOptimizedLoad::someContainersWithoutSizeGiveALowerBound()
{
    // Only the 1 GiB container has a size: at least 1 GiB, at least 1,073,741,824 / 10^8 = 10.74 s.
    const Project p = sampleWithSizes(GiB, 0, 100'000'000);
    // The result is kept: a reference into the temporary would dangle (AddressSanitizer: heap-use-after-free).
    const SimulationResult r = RestoreSimulator::simulate(p, p.plans[0]);
    const MemoryOptimizedLoad &load = *r.steps[1].memoryOptimizedLoad;
    QCOMPARE(load.bytes, GiB);
    QCOMPARE(load.unsizedContainers, 1);
    QVERIFY(qAbs(load.seconds() - 10.73741824) < 1e-9);
    QCOMPARE(load.summary(),
             QStringLiteral("≥1.00 GiB of imoltp_mod (2 containers), 1 without a size, ≥10.7 s at 95.37 MiB/s"));
}

void TestMemoryOptimizedLoad::singleRestoreOverAnOnlineDatabase()
{
    // ONLINE before and after, but the restore of PRIMARY takes the database down (R-ONL-002) and
    // its recovery loads the memory-optimized data again.
    Project p = onlineSample();
    Plan plan;
    PlanStep full = restore(StepStatement::RestoreDatabase, "imoltp_full", RecoveryOption::Recovery);
    full.replace = true;
    plan.steps << full;
    const SimulationResult r = RestoreSimulator::simulate(p, plan);
    QCOMPARE(toString(r.initial.database), QStringLiteral("ONLINE"));
    QCOMPARE(toString(r.steps[0].database), QStringLiteral("ONLINE"));
    QCOMPARE(loadingSteps(r), QList<int>{0});
}

void TestMemoryOptimizedLoad::setOnlineStartsTheDatabase()
{
    // T-DB-1 then T-DB-13: SET ONLINE starts the database, and startup runs recovery ("When SQL
    // Server restarts, each database goes through a recovery process"), which loads the data.
    const Project p = onlineSample();
    Plan plan;
    PlanStep offline, online;
    offline.statement = StepStatement::SetOffline;
    online.statement = StepStatement::SetOnline;
    plan.steps << offline << online;
    const SimulationResult r = RestoreSimulator::simulate(p, plan);
    QCOMPARE(toString(r.steps[0].database), QStringLiteral("OFFLINE"));
    QCOMPARE(loadingSteps(r), QList<int>{1});
}

void TestMemoryOptimizedLoad::nothingWithoutRecovery()
{
    // The sample's first two steps, both WITH NORECOVERY: the database stays RESTORING, nothing is
    // loaded yet.
    const Project p = sampleWithSizes(GiB, GiB, 100'000'000);
    Plan plan = p.plans[0];
    plan.steps.removeLast();
    plan.steps[1].recovery = RecoveryOption::NoRecovery;
    const SimulationResult r = RestoreSimulator::simulate(p, plan);
    QCOMPARE(toString(r.steps[1].database), QStringLiteral("RESTORING"));
    QVERIFY(loadingSteps(r).isEmpty());
}

void TestMemoryOptimizedLoad::nothingWhenTheMemoryOptimizedFilegroupStaysOffline()
{
    // R-MOD-002 broken: SQL Server refuses the PARTIAL restore of PRIMARY without imoltp_mod, which
    // changes nothing; the log restore then has nothing to roll forward, the database never comes
    // up, and there is no memory-optimized data to load.
    Project p = sampleWithSizes(GiB, GiB, 100'000'000);
    p.plans[0].steps[0].filegroups = {QStringLiteral("PRIMARY")};
    const SimulationResult r = RestoreSimulator::simulate(p, p.plans[0]);
    QCOMPARE(r.steps[0].outcome.refusedBy, QStringLiteral("R-MOD-002"));
    QCOMPARE(toString(r.steps[1].database), toString(r.initial.database));
    QVERIFY(r.steps[1].database != DatabaseState::Online);
    QVERIFY(loadingSteps(r).isEmpty());
}

void TestMemoryOptimizedLoad::nothingWithoutAMemoryOptimizedFilegroup()
{
    Project p = test::sample();
    p.database.filegroups[2].type = FilegroupType::Rows; // the same plan over disk-based data only
    const SimulationResult r = RestoreSimulator::simulate(p, p.plans[0]);
    QCOMPARE(toString(r.steps[1].database), QStringLiteral("ONLINE"));
    QVERIFY(loadingSteps(r).isEmpty());
    QVERIFY(!MemoryOptimizedLoad::of(p.database, p.environment));
}

void TestMemoryOptimizedLoad::durationsForPeople()
{
    QCOMPARE(MemoryOptimizedLoad::formatSeconds(0.04), QStringLiteral("0.0 s"));
    QCOMPARE(MemoryOptimizedLoad::formatSeconds(59.94), QStringLiteral("59.9 s"));
    QCOMPARE(MemoryOptimizedLoad::formatSeconds(59.96), QStringLiteral("1 min 00 s")); // not "60.0 s"
    QCOMPARE(MemoryOptimizedLoad::formatSeconds(161), QStringLiteral("2 min 41 s"));
    QCOMPARE(MemoryOptimizedLoad::formatSeconds(3900), QStringLiteral("1 h 05 min"));
    QCOMPARE(MemoryOptimizedLoad::formatSeconds(-1), QString());
}

void TestMemoryOptimizedLoad::environmentRateRoundTripsThroughJsonAndProjectFile()
{
    Project p = test::sample();
    QVERIFY(!PlanJsonWriter::write(p).contains("memoryOptimizedLoadBytesPerSecond")); // 0 = unknown: not written
    p.environment.memoryOptimizedLoadBytesPerSecond = 250'000'000;
    const QByteArray json = PlanJsonWriter::write(p);
    QVERIFY(json.contains("\"memoryOptimizedLoadBytesPerSecond\": 250000000"));
    const LoadResult again = PlanJsonReader::read(json);
    QVERIFY2(again.ok(), qPrintable(again.error));
    QVERIFY(again.warnings.isEmpty()); // a known field
    QCOMPARE(again.project->environment.memoryOptimizedLoadBytesPerSecond, qint64(250'000'000));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("imoltp.rdproj"));
    QString error;
    QVERIFY2(ProjectFile::save(p, path, &error), qPrintable(error));
    const LoadResult stored = ProjectFile::load(path);
    QVERIFY2(stored.ok(), qPrintable(stored.error));
    QCOMPARE(stored.project->environment.memoryOptimizedLoadBytesPerSecond, qint64(250'000'000));
}

void TestMemoryOptimizedLoad::negativeRateIsRejected()
{
    const LoadResult r = PlanJsonReader::read(
        R"({"format":"restore-designer-plan","version":1,"database":{"name":"d","filegroups":[{"name":"PRIMARY"}]},)"
        R"("environment":{"memoryOptimizedLoadBytesPerSecond":-5}})");
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(QLatin1String("environment.memoryOptimizedLoadBytesPerSecond")), qPrintable(r.error));
}

void TestMemoryOptimizedLoad::hugeContainersDoNotWrap()
{
    // 1025 containers of 2^53 - 1 bytes, each a size the reader accepts: their sum, about 2^63, does
    // not fit in 64 bits. It must never wrap to a negative size (which read as "no size": no load,
    // no R-MOD-003); no real database comes near it (at most 524,272 TB, "Maximum capacity
    // specifications for SQL Server"), so it stops at the largest qint64 (issue 8, item 2).
    Project p = sampleWithSizes(0, 0, 0);
    Filegroup &mod = p.database.filegroups[2];
    constexpr qint64 Largest = (qint64(1) << 53) - 1;
    mod.files.clear();
    for (int i = 0; i < 1025; ++i)
        mod.files << DataFile{QStringLiteral("c%1").arg(i), QStringLiteral("c:\\mod\\c%1").arg(i), Largest};
    QCOMPARE(mod.totalSizeBytes(), std::numeric_limits<qint64>::max());
    const MemoryOptimizedLoad load = *MemoryOptimizedLoad::of(p.database, p.environment);
    QCOMPARE(load.bytes, std::numeric_limits<qint64>::max());
    QVERIFY(load.sizeKnown());
    QCOMPARE(test::count(PlanValidator::validate(p, p.plans[0]), "R-MOD-003"), 1); // far more than the target's 16 GiB
}

QTEST_GUILESS_MAIN(TestMemoryOptimizedLoad)
#include "tst_memoryoptimizedload.moc"
