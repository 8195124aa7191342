// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The time-to-online chart (ui/charts/timetoonlinechart.h) on Microsoft's piecemeal sample with
// the CFP snapshot of cfpfixtures.h, at 1 MiB/s for reading and loading. By hand
// (tst_cfpestimates): step 1 reads imoltp_primary_mod (17 MiB) in 17 s; step 2 reads the log
// (1 MiB) in 1 s and loads the snapshot's 10 MiB of memory-optimized data in 10 s, ending at
// 28 s, when PRIMARY and imoltp_mod come online; step 3 reads imoltp_secondary (8 MiB) in 8 s,
// which comes online at 36 s. The chart must follow plan edits with no call but the edit.

#include "tests/cfpfixtures.h"
#include "../model/pushedit.h"
#include "../model/sampleloader.h"
#include "tests/benchmarks/syntheticproject.h"
#include "ui/charts/planchartsexport.h"
#include "ui/charts/planchartsunits.h"
#include "ui/charts/timetoonlinechart.h"
#include "ui/viewstate.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLegend>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>
#include <QValueAxis>

using namespace rd;

namespace {

Project sampleAtOneMiBPerSecond()
{
    Project p = test::sample();
    p.cfpSnapshots = {test::cfpSnapshotA()};
    p.environment.restoreBytesPerSecond = test::MiB;
    p.environment.memoryOptimizedLoadBytesPerSecond = test::MiB;
    return p;
}

/// The chart's bars as drawn: per category (top to bottom, as the layout lists filegroups) its
/// label and the sum of its stacked values, read from the series and the axis, not from bars().
QList<std::pair<QString, double>> drawn(const TimeToOnlineChart &chart)
{
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart.chart()->axes(Qt::Vertical).value(0));
    if (!axis)
        return {};
    const QStringList categories = axis->categories();
    QList<std::pair<QString, double>> out;
    for (qsizetype c = categories.size() - 1; c >= 0; --c) {
        double sum = 0;
        for (QBarSet *set : chart.series()->barSets())
            sum += set->at(int(c));
        out.append({categories[c], sum});
    }
    return out;
}

using Drawn = QList<std::pair<QString, double>>;

struct Fixture
{
    explicit Fixture(const Project &project)
    {
        document.reset(project);
        viewState.resetSelection();
    }
    ProjectDocument document;
    ViewState viewState{&document};
};

} // namespace

class TestTimeToOnlineChart : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void unitsFollowTheMagnitude();
    void barsOfTheSampleAtOneMebibytePerSecond();
    void stepsStackUpToTheOneThatBringsItOnline();
    void hoverTextGivesFilegroupStepAndSeconds();
    void hoveringABarShowsItsText();
    void followsAPlanEditAndItsUndo();
    void followsAMovedStep();
    void followsTheThroughput();
    void rebuildsOnlyWhenItsPlanCanChange();
    void unknownLoadIsALowerBound();
    void exportsPngAndSvg();
    void aPlanOfTwoHundredFilegroups();
    void screenshot();
};

void TestTimeToOnlineChart::unitsFollowTheMagnitude()
{
    QCOMPARE(PlanChartsUnits::timeUnitFor(36).name, QStringLiteral("s"));
    QCOMPARE(PlanChartsUnits::timeUnitFor(119.9).name, QStringLiteral("s"));
    QCOMPARE(PlanChartsUnits::timeUnitFor(120).name, QStringLiteral("min"));
    QCOMPARE(PlanChartsUnits::timeUnitFor(120).divisor, 60.0);
    QCOMPARE(PlanChartsUnits::timeUnitFor(7199).name, QStringLiteral("min"));
    QCOMPARE(PlanChartsUnits::timeUnitFor(7200).name, QStringLiteral("h"));
    QCOMPARE(PlanChartsUnits::formatSeconds(28), QStringLiteral("28 s"));
    QCOMPARE(PlanChartsUnits::formatSeconds(150), QStringLiteral("2.5 min"));
    QCOMPARE(PlanChartsUnits::formatSeconds(9000), QStringLiteral("2.5 h"));
    QCOMPARE(PlanChartsUnits::formatSeconds(1500 * 3600.0), QStringLiteral("1,500 h"));
}

void TestTimeToOnlineChart::barsOfTheSampleAtOneMebibytePerSecond()
{
    Fixture f(sampleAtOneMiBPerSecond());
    TimeToOnlineChart chart(&f.document, &f.viewState);
    QCOMPARE(drawn(chart), (Drawn{{QStringLiteral("PRIMARY: 28 s"), 28.0},
                                  {QStringLiteral("imoltp_secondary: 36 s"), 36.0},
                                  {QStringLiteral("imoltp_mod: 28 s"), 28.0}}));
    auto *time = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(time);
    QVERIFY2(time->titleText().endsWith(QLatin1String("(s)")), qPrintable(time->titleText()));
    QVERIFY(time->max() >= 36);
    QVERIFY(chart.chart()->title().contains(QLatin1String("Piecemeal restore")));
}

void TestTimeToOnlineChart::stepsStackUpToTheOneThatBringsItOnline()
{
    Fixture f(sampleAtOneMiBPerSecond());
    TimeToOnlineChart chart(&f.document, &f.viewState);
    // Four parts: step 1's reading, step 2's reading and its load, step 3's reading.
    const QList<QBarSet *> sets = chart.series()->barSets();
    QCOMPARE(sets.size(), qsizetype(4));
    QCOMPARE(sets[0]->label(), QStringLiteral("Step 1: imoltp_primary_mod"));
    QCOMPARE(sets[2]->label(), QStringLiteral("Step 2: memory-optimized load"));
    // Categories bottom to top: imoltp_mod, imoltp_secondary, PRIMARY.
    const QList<qreal> step1{sets[0]->at(0), sets[0]->at(1), sets[0]->at(2)};
    QCOMPARE(step1, (QList<qreal>{17, 17, 17}));
    const QList<qreal> load{sets[2]->at(0), sets[2]->at(1), sets[2]->at(2)};
    QCOMPARE(load, (QList<qreal>{10, 10, 10}));
    const QList<qreal> step3{sets[3]->at(0), sets[3]->at(1), sets[3]->at(2)};
    QCOMPARE(step3, (QList<qreal>{0, 8, 0})); // only imoltp_secondary waits for step 3
}

void TestTimeToOnlineChart::hoverTextGivesFilegroupStepAndSeconds()
{
    Fixture f(sampleAtOneMiBPerSecond());
    TimeToOnlineChart chart(&f.document, &f.viewState);
    const QString load = chart.bars().toolTip(0, 2);
    QVERIFY2(load.contains(QLatin1String("PRIMARY comes online after step 2, at 28 s since the restore began.")),
             qPrintable(load));
    QVERIFY2(load.contains(QLatin1String("Step 2: memory-optimized load: 10 s (step ends at 28 s)")),
             qPrintable(load));
    const QString read = chart.bars().toolTip(1, 3);
    QVERIFY2(read.contains(QLatin1String("imoltp_secondary comes online after step 3, at 36 s")), qPrintable(read));
    QVERIFY2(read.contains(QLatin1String("Step 3: imoltp_secondary: reading the backup, 8 s (step ends at 36 s)")),
             qPrintable(read));
    QVERIFY(chart.bars().toolTip(3, 0).isEmpty());
}

void TestTimeToOnlineChart::hoveringABarShowsItsText()
{
    Fixture f(sampleAtOneMiBPerSecond());
    TimeToOnlineChart chart(&f.document, &f.viewState);
    chart.resize(800, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    // The mouse on PRIMARY's bar (the top category, 2) at 23 s: step 2's load (18 s to 28 s).
    const QPointF scene = chart.chart()->mapToPosition(QPointF(23, 2), chart.series());
    QTest::mouseMove(chart.viewport(), chart.mapFromScene(scene));
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QLatin1String("Step 2: memory-optimized load: 10 s (step ends at 28 s)")),
             qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().startsWith(QLatin1String("PRIMARY comes online after step 2")));
}

void TestTimeToOnlineChart::followsAPlanEditAndItsUndo()
{
    Fixture f(sampleAtOneMiBPerSecond());
    TimeToOnlineChart chart(&f.document, &f.viewState);
    const Drawn before = drawn(chart);
    // Without step 3, imoltp_secondary is never restored: an empty bar that says so.
    test::push(f.document, ProjectEdit::remove(2));
    QCOMPARE(drawn(chart), (Drawn{{QStringLiteral("PRIMARY: 28 s"), 28.0},
                                  {QStringLiteral("imoltp_secondary: not online"), 0.0},
                                  {QStringLiteral("imoltp_mod: 28 s"), 28.0}}));
    QCOMPARE(chart.series()->barSets().size(), qsizetype(3));
    f.document.undoStack()->undo();
    QCOMPARE(drawn(chart), before);
    f.document.undoStack()->redo();
    QCOMPARE(drawn(chart)[1].second, 0.0);
}

void TestTimeToOnlineChart::followsAMovedStep()
{
    Fixture f(sampleAtOneMiBPerSecond());
    TimeToOnlineChart chart(&f.document, &f.viewState);
    // imoltp_secondary's file backup moved before the log: its RESTORE … WITH RECOVERY, now step 2,
    // ends the sequence, loading the memory-optimized data, so every filegroup comes online there
    // (17 + 8 + 10 = 35 s), and the log, step 3, is refused (R-GEN-005) and reads nothing.
    test::push(f.document, ProjectEdit::move(2, 1));
    QCOMPARE(drawn(chart), (Drawn{{QStringLiteral("PRIMARY: 35 s"), 35.0},
                                  {QStringLiteral("imoltp_secondary: 35 s"), 35.0},
                                  {QStringLiteral("imoltp_mod: 35 s"), 35.0}}));
    QCOMPARE(chart.series()->barSets().size(), qsizetype(3)); // step 3 takes no time: no part
    f.document.undoStack()->undo();
    QCOMPARE(drawn(chart)[0], (std::pair<QString, double>(QStringLiteral("PRIMARY: 28 s"), 28.0)));
}

void TestTimeToOnlineChart::followsTheThroughput()
{
    Fixture f(sampleAtOneMiBPerSecond());
    TimeToOnlineChart chart(&f.document, &f.viewState);
    // At 2 MiB/s reading (the load stays at 1 MiB/s): 8.5 + 0.5 + 10 = 19 s; then 4 s more.
    RestoreEnvironment faster = f.document.project().environment;
    faster.restoreBytesPerSecond = 2 * test::MiB;
    test::push(f.document, ProjectEdit::setEnvironment(faster));
    QCOMPARE(drawn(chart), (Drawn{{QStringLiteral("PRIMARY: 19 s"), 19.0},
                                  {QStringLiteral("imoltp_secondary: 23 s"), 23.0},
                                  {QStringLiteral("imoltp_mod: 19 s"), 19.0}}));
    // Without the snapshot the load's size is not known: 9.5 s at least.
    test::push(f.document, ProjectEdit::removeCfpSnapshot(test::cfpSnapshotA().at));
    QCOMPARE(drawn(chart)[0].first, QStringLiteral("PRIMARY: ≥ 9 s"));
}

void TestTimeToOnlineChart::rebuildsOnlyWhenItsPlanCanChange()
{
    Project p = sampleAtOneMiBPerSecond();
    Plan other = p.plans[0];
    other.name = QStringLiteral("Only the primary");
    other.steps.removeLast();
    p.plans << other;
    Fixture f(p);
    TimeToOnlineChart chart(&f.document, &f.viewState);
    const int built = chart.rebuildCount();
    f.viewState.setCurrentStep(1); // a selection, not a change of the plan
    test::push(f.document, ProjectEdit::remove(0), 1); // the other plan
    QCOMPARE(chart.rebuildCount(), built);
    QCOMPARE(drawn(chart)[1].second, 36.0);

    f.viewState.setCurrentPlan(1); // the chart shows the other plan, without its first step now
    QCOMPARE(chart.rebuildCount(), built + 1);
    QVERIFY(chart.chart()->title().contains(QLatin1String("Only the primary")));
    QCOMPARE(chart.bars().planName(), QStringLiteral("Only the primary"));
    QCOMPARE(drawn(chart)[0].first, QStringLiteral("PRIMARY: not online")); // a log alone restores nothing
}

void TestTimeToOnlineChart::unknownLoadIsALowerBound()
{
    Project p = sampleAtOneMiBPerSecond();
    p.cfpSnapshots.clear(); // the containers have no size: step 2's load is not known
    Fixture f(p);
    TimeToOnlineChart chart(&f.document, &f.viewState);
    QCOMPARE(drawn(chart), (Drawn{{QStringLiteral("PRIMARY: ≥ 18 s"), 18.0},
                                  {QStringLiteral("imoltp_secondary: ≥ 26 s"), 26.0},
                                  {QStringLiteral("imoltp_mod: ≥ 18 s"), 18.0}}));
    const QList<QBarSet *> sets = chart.series()->barSets();
    QCOMPARE(sets.size(), qsizetype(3)); // no load part: its time is unknown
    QCOMPARE(sets[1]->brush().style(), Qt::BDiagPattern); // step 2 hatched
    QCOMPARE(sets[0]->brush().style(), Qt::SolidPattern);
    QVERIFY(chart.bars().toolTip(0, 1).contains(QLatin1String("lower bound")));
}

void TestTimeToOnlineChart::exportsPngAndSvg()
{
    Fixture f(sampleAtOneMiBPerSecond());
    TimeToOnlineChart chart(&f.document, &f.viewState);
    chart.resize(800, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart)); // laid out: the axes have their room
    QTemporaryDir dir;
    QString error;
    const QString png = dir.filePath(QStringLiteral("online.png"));
    QVERIFY2(PlanChartsExport::exportTo(&chart, png, QStringLiteral("Time to online"), &error), qPrintable(error));
    QImage image(png);
    QCOMPARE(image.size(), QSize(800, 400) * chart.devicePixelRatio());
    const QString svg = dir.filePath(QStringLiteral("online.svg"));
    QVERIFY2(PlanChartsExport::exportTo(&chart, svg, QStringLiteral("Time to online"), &error), qPrintable(error));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains("<title>Time to online</title>"));
    QVERIFY(text.contains(">imoltp_secondary: 36 s</text>"));
    QVERIFY(!PlanChartsExport::exportTo(&chart, dir.filePath(QStringLiteral("no/such/dir/x.png")), {}, &error));
    QVERIFY2(error.contains(QLatin1String("x.png")), qPrintable(error));
}

void TestTimeToOnlineChart::aPlanOfTwoHundredFilegroups()
{
    // The benchmarks' project: 200 filegroups, a 22-step plan over 100,000 backups.
    ProjectDocument document;
    document.reset(bench::syntheticProject(100000));
    ViewState viewState(&document);
    viewState.resetSelection();
    QElapsedTimer timer;
    timer.start();
    TimeToOnlineChart chart(&document, &viewState);
    const qint64 buildMs = timer.restart();
    chart.resize(1200, 900);
    const QPixmap painted = chart.grab();
    qInfo("200 filegroups, 22 steps: built in %lld ms, painted in %lld ms", buildMs, timer.elapsed());
    QCOMPARE(chart.bars().bars().size(), qsizetype(200));
    QCOMPARE(chart.series()->count(), int(chart.bars().parts().size()));
    QVERIFY(!chart.chart()->legend()->isVisible()); // 22 steps: the hover names them
    QVERIFY(chart.minimumHeight() >= 200 * 24); // a readable row per filegroup
    // Every filegroup comes online (the plan restores them all), none before the plan begins.
    for (const TimeToOnlineBar &bar : chart.bars().bars())
        QVERIFY2(bar.online && bar.step >= 0 && bar.seconds > 0, qPrintable(bar.label));
    const QString dir = qEnvironmentVariable("RD_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(painted.copy(0, 0, 1200, 700).save(QDir(dir).filePath(QStringLiteral("chart-time-to-online-200.png"))));
}

void TestTimeToOnlineChart::screenshot()
{
    const QString dir = qEnvironmentVariable("RD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("RD_SCREENSHOT_DIR is not set");
    Fixture f(sampleAtOneMiBPerSecond());
    TimeToOnlineChart chart(&f.document, &f.viewState);
    chart.resize(900, 420);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QVERIFY(chart.grab().save(QDir(dir).filePath(QStringLiteral("chart-time-to-online.png"))));
}

QTEST_MAIN(TestTimeToOnlineChart)
#include "tst_timetoonlinechart.moc"
