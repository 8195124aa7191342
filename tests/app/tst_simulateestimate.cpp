// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// `simulate` reports what a plan costs (issue 10, part 4) as docs/plan-format.md describes it: per
// step `seconds`, `endSeconds`, `known` and `endKnown`; on the loading step `memoryNeeded` when a
// CFP snapshot precedes it; per plan `filegroupsOnline`; in the text a `time` row per step, a
// `memory needed` row and a closing line. On the sample with snapshot A of tests/cfpfixtures.h
// (10 MiB of memory, 40 MiB of disk) and throughputs of 1 MiB/s: step 1 reads imoltp_primary_mod
// (17 MiB) in 17 s; step 2 the log (1 MiB) in 1 s and loads 10 MiB in 10 s, ending at 28 s;
// step 3 imoltp_secondary (8 MiB) in 8 s, ending at 36 s.
#include "model/io/planjsonreader.h"
#include "model/io/planjsonwriter.h"
#include "tests/app/clirun.h"
#include "tests/cfpfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

/// The sample with snapshot A, restoring at 1 MiB/s and loading at `loadRate`; written to `dir`.
QString writeSample(const QTemporaryDir &dir, qint64 loadRate)
{
    const LoadResult sample = PlanJsonReader::readFile(test::samplePath());
    if (!sample.ok())
        return {};
    Project p = *sample.project;
    p.cfpSnapshots = {test::cfpSnapshotA()};
    p.environment.restoreBytesPerSecond = test::MiB;
    p.environment.memoryOptimizedLoadBytesPerSecond = loadRate;
    const QString path = dir.filePath(QStringLiteral("estimate-%1.json").arg(loadRate));
    return test::writeFile(path, PlanJsonWriter::write(p)) ? path : QString();
}

QJsonObject simulateJson(const QString &path)
{
    const test::CliRun r = test::runCli({QStringLiteral("simulate"), QStringLiteral("--format"), QStringLiteral("json"), path});
    if (r.exitCode != 0)
        qWarning("simulate failed: %s", r.err.constData());
    return QJsonDocument::fromJson(r.out).object()[QStringLiteral("plans")].toArray().at(0).toObject();
}

} // namespace

class TestSimulateEstimate : public QObject
{
    Q_OBJECT
private slots:
    void stepsHaveTheirTimeAndTheLoadingStepItsMemory();
    void anUnknownLoadRateMakesLowerBounds();
    void filegroupsComeOnlineAtTheEndOfTheirStep();
    void theTextHasATimeRowPerStep();
    void withoutSnapshotNoMemoryNeeded();

private:
    QTemporaryDir m_dir;
};

void TestSimulateEstimate::stepsHaveTheirTimeAndTheLoadingStepItsMemory()
{
    const QJsonArray steps = simulateJson(writeSample(m_dir, test::MiB))[QStringLiteral("steps")].toArray();
    QCOMPARE(steps.size(), 3);
    const double seconds[] = {17, 11, 8};
    const double ends[] = {17, 28, 36};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject s = steps.at(i).toObject();
        QCOMPARE(s[QStringLiteral("seconds")].toDouble(), seconds[i]);
        QCOMPARE(s[QStringLiteral("endSeconds")].toDouble(), ends[i]);
        QCOMPARE(s[QStringLiteral("known")].toBool(false), true);
        QCOMPARE(s[QStringLiteral("endKnown")].toBool(false), true);
        QCOMPARE(s.contains(QStringLiteral("memoryNeeded")), i == 1);
        QVERIFY(s.contains(QStringLiteral("database"))); // the existing keys stay
    }
    const QJsonObject memory = steps.at(1)[QStringLiteral("memoryNeeded")].toObject();
    QCOMPARE(memory[QStringLiteral("bytes")].toDouble(), 10.0 * test::MiB);
    QCOMPARE(memory[QStringLiteral("diskBytes")].toDouble(), 40.0 * test::MiB);
    QCOMPARE(memory[QStringLiteral("snapshot")].toString(), QStringLiteral("2017-03-06T02:00:00"));
}

void TestSimulateEstimate::anUnknownLoadRateMakesLowerBounds()
{
    // No load rate: step 2's load has no time (1 s counted for its read), so its duration and
    // every end from there on are lower bounds.
    const QJsonObject plan = simulateJson(writeSample(m_dir, 0));
    const QJsonArray steps = plan[QStringLiteral("steps")].toArray();
    QCOMPARE(steps.at(1)[QStringLiteral("seconds")].toDouble(), 1.0);
    QCOMPARE(steps.at(1)[QStringLiteral("known")].toBool(true), false);
    QCOMPARE(steps.at(2)[QStringLiteral("known")].toBool(false), true);
    QCOMPARE(steps.at(2)[QStringLiteral("endSeconds")].toDouble(), 26.0);
    QCOMPARE(steps.at(2)[QStringLiteral("endKnown")].toBool(true), false);
    QCOMPARE(steps.at(0)[QStringLiteral("endKnown")].toBool(false), true);
    for (const QJsonValue &f : plan[QStringLiteral("filegroupsOnline")].toArray())
        QCOMPARE(f[QStringLiteral("known")].toBool(true), false);
}

void TestSimulateEstimate::filegroupsComeOnlineAtTheEndOfTheirStep()
{
    const QJsonArray online = simulateJson(writeSample(m_dir, test::MiB))[QStringLiteral("filegroupsOnline")].toArray();
    QCOMPARE(online.size(), 3);
    // In layout order: PRIMARY and imoltp_mod after step index 1 (28 s), imoltp_secondary after 2 (36 s).
    const char *names[] = {"PRIMARY", "imoltp_secondary", "imoltp_mod"};
    const int steps[] = {1, 2, 1};
    const double seconds[] = {28, 36, 28};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject f = online.at(i).toObject();
        QCOMPARE(f[QStringLiteral("filegroup")].toString(), QLatin1String(names[i]));
        QCOMPARE(f[QStringLiteral("online")].toBool(false), true);
        QCOMPARE(f[QStringLiteral("step")].toInt(-1), steps[i]);
        QCOMPARE(f[QStringLiteral("seconds")].toDouble(), seconds[i]);
        QCOMPARE(f[QStringLiteral("known")].toBool(false), true);
    }
}

void TestSimulateEstimate::theTextHasATimeRowPerStep()
{
    const test::CliRun r = test::runCli({QStringLiteral("simulate"), writeSample(m_dir, test::MiB)});
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    QCOMPARE(text.count(QRegularExpression(QStringLiteral("\\n    time +"))), 3);
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("time +17.0 s \\(ends at 17.0 s\\)"))), qPrintable(text));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("time +11.0 s \\(ends at 28.0 s\\)"))));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("time +8.0 s \\(ends at 36.0 s\\)"))));
    QVERIFY2(text.contains(QRegularExpression(
                 QStringLiteral("memory needed +10.00 MiB \\(and 40.00 MiB of free disk\\), from the CFP snapshot of 2017-03-06T02:00:00"))),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("restore time 36.0 s; online: PRIMARY after step 2 at 28.0 s, imoltp_secondary "
                                         "after step 3 at 36.0 s, imoltp_mod after step 2 at 28.0 s")));
}

void TestSimulateEstimate::withoutSnapshotNoMemoryNeeded()
{
    // The bundled sample has no CFP snapshot: the containers' load only (memoryOptimizedLoad).
    const QJsonArray steps = simulateJson(test::samplePath())[QStringLiteral("steps")].toArray();
    QCOMPARE(steps.size(), 3);
    for (const QJsonValue &s : steps)
        QVERIFY(!s.toObject().contains(QStringLiteral("memoryNeeded")));
    QVERIFY(steps.at(1).toObject().contains(QStringLiteral("memoryOptimizedLoad")));
    // At the default throughput, 17,825,792 bytes / 81,060,430 bytes/s = 0.21990… s.
    QCOMPARE(steps.at(0)[QStringLiteral("seconds")].toDouble(), 0.22);
}

QTEST_GUILESS_MAIN(TestSimulateEstimate)
#include "tst_simulateestimate.moc"
