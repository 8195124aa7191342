// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The backup-size chart (ui/charts/backupsizechart.h) on Microsoft's piecemeal sample with the
// CFP snapshot of cfpfixtures.h at 02:00: the four backups' sizes as the sample gives them
// (imoltp_full 24 MiB, imoltp_primary_mod 17 MiB, imoltp_secondary 8 MiB, imoltp_log 1 MiB), and
// one estimate, imoltp_primary_mod's memory-optimized part: pair 1's used bytes, 1,024 + 8 pages
// = 8,454,144 bytes (imoltp_full finished before the snapshot; the others hold no
// memory-optimized data). Then a 100,000-backup history: built in one pass and decimated.

#include "tests/cfpfixtures.h"
#include "../model/pushedit.h"
#include "../model/sampleloader.h"
#include "tests/benchmarks/syntheticproject.h"
#include "ui/charts/backupsizechart.h"
#include "ui/charts/planchartsexport.h"

#include <QDateTimeAxis>
#include <QDir>
#include <QElapsedTimer>
#include <QScatterSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>
#include <QValueAxis>

#include <cstdlib>
#include <ctime>

using namespace rd;

namespace {

Project sampleWithSnapshot()
{
    Project p = test::sample();
    p.cfpSnapshots = {test::cfpSnapshotA()};
    return p;
}

QList<double> ys(const QScatterSeries *series)
{
    QList<double> out;
    for (const QPointF &p : series->points())
        out << p.y();
    return out;
}

/// A backup-size chart of a project, shown (offscreen) and laid out.
struct ShownChart
{
    explicit ShownChart(const Project &project, QSize size = {800, 400})
    {
        document.reset(project);
        chart.resize(size);
        chart.show();
        exposed = QTest::qWaitForWindowExposed(&chart);
    }
    ProjectDocument document;
    BackupSizeChart chart{&document};
    bool exposed = false;
};

/// The axis's label for x (QDateTimeAxis writes local time).
QString axisTime(double x)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(x)).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

class TestBackupSizeChart : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void seriesOfTheSample();
    void timesReadAsTheSampleWritesThemInAnyTimeZone();
    void hoverTextGivesIdKindTimeAndSizes();
    void hoveringAPointShowsItsBackup();
    void followsBackupAndSnapshotEditsAndUndo();
    void waitsWhileHidden();
    void decimationKeepsEachColumnsExtremes();
    void exportsPngAndSvg();
    void aHundredThousandBackups();
    void screenshot();
};

void TestBackupSizeChart::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestBackupSizeChart::seriesOfTheSample()
{
    ShownChart shown(sampleWithSnapshot());
    QVERIFY(shown.exposed);
    BackupSizeChart &chart = shown.chart;
    // The largest backup is 24 MiB: the axis counts MB (2^20 bytes).
    QCOMPARE(ys(chart.sizeSeries()), (QList<double>{24, 17, 8, 1}));
    QCOMPARE(ys(chart.memorySeries()), (QList<double>{8454144.0 / 1048576}));
    auto *size = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Vertical).value(0));
    QCOMPARE(size->titleText(), QStringLiteral("Size (MB)"));
    QVERIFY(size->max() >= 24);
    QCOMPARE(chart.points().memoryOptimized().size(), size_t(1));
    QCOMPARE(chart.points().memoryOptimized()[0].bytes, 8454144.0);
    QCOMPARE(chart.chart()->title(), QStringLiteral("Backup sizes: 4 backups"));
}

void TestBackupSizeChart::timesReadAsTheSampleWritesThemInAnyTimeZone()
{
    // The sample's times are the server's wall clock: the axis shows 03:01 wherever it runs.
    const QByteArray zone = qgetenv("TZ");
    for (const char *tz : {"UTC", "America/New_York", "Asia/Kolkata"}) {
        qputenv("TZ", tz);
        tzset();
        const BackupSizePoints points = BackupSizePoints::of(*ProjectAnalysis::build(sampleWithSnapshot()));
        QCOMPARE(axisTime(points.sizes()[1].x), QStringLiteral("2017-03-06 03:01"));
        QCOMPARE(axisTime(points.memoryOptimized()[0].x), QStringLiteral("2017-03-06 03:01"));
        QCOMPARE(axisTime(points.minX()), QStringLiteral("2017-03-06 01:01"));
        QCOMPARE(axisTime(points.maxX()), QStringLiteral("2017-03-06 04:00"));
    }
    if (zone.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", zone);
    tzset();
}

void TestBackupSizeChart::hoverTextGivesIdKindTimeAndSizes()
{
    const auto analysis = ProjectAnalysis::build(sampleWithSnapshot());
    const QString mod = BackupSizePoints::toolTip(*analysis, 1);
    QCOMPARE(mod, QStringLiteral("imoltp_primary_mod — FILE backup\n"
                                 "Finished 2017-03-06 03:01:00\n"
                                 "Size: 17 MB (17,825,792 bytes)\n"
                                 "Memory-optimized part: 8.1 MB (8,454,144 bytes)\n"
                                 "estimated from the CFP snapshot of 2017-03-06 02:00:00 under the SQL Server 2016 rules"));
    const QString log = BackupSizePoints::toolTip(*analysis, 3);
    QCOMPARE(log, QStringLiteral("imoltp_log — LOG backup\nFinished 2017-03-06 04:00:10\nSize: 1 MB (1,048,576 bytes)"));
    QVERIFY(BackupSizePoints::toolTip(*analysis, 4).isEmpty());
}

void TestBackupSizeChart::hoveringAPointShowsItsBackup()
{
    ShownChart shown(sampleWithSnapshot());
    QVERIFY(shown.exposed);
    BackupSizeChart &chart = shown.chart;
    // The memory-optimized estimate of imoltp_primary_mod: 8.06 MB at 03:01.
    const QPointF scene = chart.chart()->mapToPosition(chart.memorySeries()->at(0), chart.memorySeries());
    QTest::mouseMove(chart.viewport(), chart.mapFromScene(scene));
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().startsWith(QStringLiteral("imoltp_primary_mod — FILE backup")), qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(QLatin1String("Memory-optimized part: 8.1 MB (8,454,144 bytes)")));
    // And the log backup's size point: 1 MB at 04:00:10.
    const QPointF log = chart.chart()->mapToPosition(chart.sizeSeries()->at(3), chart.sizeSeries());
    QTest::mouseMove(chart.viewport(), chart.mapFromScene(log));
    QTRY_VERIFY(QToolTip::text().startsWith(QStringLiteral("imoltp_log — LOG backup")));
}

void TestBackupSizeChart::followsBackupAndSnapshotEditsAndUndo()
{
    ShownChart shown(test::sample());
    QVERIFY(shown.exposed);
    ProjectDocument &document = shown.document;
    BackupSizeChart &chart = shown.chart;
    QCOMPARE(chart.memorySeries()->count(), 0);
    test::push(document, ProjectEdit::addCfpSnapshot(test::cfpSnapshotA()));
    QCOMPARE(ys(chart.memorySeries()), (QList<double>{8454144.0 / 1048576}));
    test::push(document, ProjectEdit::removeBackup(QStringLiteral("imoltp_full")));
    QCOMPARE(ys(chart.sizeSeries()), (QList<double>{17, 8, 1})); // the largest is 17 MiB: still MB
    QCOMPARE(chart.chart()->title(), QStringLiteral("Backup sizes: 3 backups"));
    Backup smaller = *document.analysis().backup(QStringLiteral("imoltp_primary_mod"));
    smaller.sizeBytes = 0; // no longer known: not drawn, and said so
    test::push(document, ProjectEdit::replaceBackup(smaller));
    QCOMPARE(ys(chart.sizeSeries()), (QList<double>{8, 1}));
    QCOMPARE(chart.chart()->title(), QStringLiteral("Backup sizes: 2 backups (1 without a size not shown)"));
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(ys(chart.sizeSeries()), (QList<double>{24, 17, 8, 1}));
    document.undoStack()->undo();
    QCOMPARE(chart.memorySeries()->count(), 0);
    QVERIFY(!chart.memorySeries()->isVisible()); // no estimate: no legend entry either
}

void TestBackupSizeChart::waitsWhileHidden()
{
    ProjectDocument document;
    document.reset(test::sample());
    BackupSizeChart chart(&document);
    const int built = chart.rebuildCount();
    test::push(document, ProjectEdit::removeBackup(QStringLiteral("imoltp_log")));
    test::push(document, ProjectEdit::remove(0)); // a plan edit: no backup's size changes
    QCOMPARE(chart.rebuildCount(), built);
    chart.show();
    QCOMPARE(chart.rebuildCount(), built + 1);
    QCOMPARE(ys(chart.sizeSeries()), (QList<double>{24, 17, 8}));
    test::push(document, ProjectEdit::remove(0));
    QCOMPARE(chart.rebuildCount(), built + 1);
}

void TestBackupSizeChart::decimationKeepsEachColumnsExtremes()
{
    // 6,000 log backups a minute apart: sizes cycle 1…60 KiB, and backup 4,321 is a 10 MiB outlier.
    Project p = test::sample();
    p.plans.clear();
    p.backups.clear();
    const QDateTime start = PlanTime::make(2017, 3, 7, 0, 0);
    for (int i = 0; i < 6000; ++i) {
        Backup b;
        b.id = QStringLiteral("log%1").arg(i);
        b.type = BackupType::Log;
        b.start = start.addSecs(60 * i);
        b.finish = b.start.addSecs(30);
        b.sizeBytes = i == 4321 ? 10 * test::MiB : (1 + i % 60) * test::KiB;
        p.backups.append(b);
    }
    const BackupSizePoints points = BackupSizePoints::of(*ProjectAnalysis::build(p));
    QCOMPARE(points.sizes().size(), size_t(6000));
    // 100 columns of 60 minutes: each holds a whole cycle, so its lowest is 1 KiB and its highest 60 KiB.
    const BackupSizeSeries shown = points.series(points.sizes(), test::KiB, 100);
    QVERIFY2(shown.points.size() <= 200, qPrintable(QString::number(shown.points.size())));
    QVERIFY(shown.points.size() >= 150);
    QCOMPARE(shown.points.size(), shown.sources.size());
    double most = 0;
    int ones = 0;
    for (qsizetype k = 0; k < shown.points.size(); ++k) {
        const BackupSizePoint &source = points.sizes()[size_t(shown.sources[k])];
        QCOMPARE(shown.points[k], QPointF(source.x, source.bytes / test::KiB)); // a real backup, not a mean
        most = qMax(most, shown.points[k].y());
        ones += shown.points[k].y() == 1;
    }
    QCOMPARE(most, 10240.0); // the outlier survives
    QVERIFY(ones >= 90);
    // Few points: all of them.
    QCOMPARE(points.series(points.sizes(), 1, 4000).points.size(), qsizetype(6000));
}

void TestBackupSizeChart::exportsPngAndSvg()
{
    ShownChart shown(sampleWithSnapshot());
    QVERIFY(shown.exposed);
    BackupSizeChart &chart = shown.chart;
    QTemporaryDir dir;
    QString error;
    const QString png = dir.filePath(QStringLiteral("sizes.png"));
    QVERIFY2(PlanChartsExport::exportTo(&chart, png, QStringLiteral("Backup sizes"), &error), qPrintable(error));
    QCOMPARE(QImage(png).size(), QSize(800, 400) * chart.devicePixelRatio());
    const QString svg = dir.filePath(QStringLiteral("sizes.SVG"));
    QVERIFY2(PlanChartsExport::exportTo(&chart, svg, QStringLiteral("Backup sizes"), &error), qPrintable(error));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("<title>Backup sizes</title>"));
    QVERIFY(text.contains(">Size (MB)</text>"));
    // A history of three hours: ticks on the hour, labelled with the day and the time.
    QVERIFY(text.contains(">03-06 01:00</text>"));
    QVERIFY(text.contains(">03-06 05:00</text>"));
    QVERIFY(!text.contains(">03-06 00:00</text>")); // 01:01 is the first backup: no empty hour before it
}

void TestBackupSizeChart::aHundredThousandBackups()
{
    Project p = bench::syntheticProject(100000);
    // Two snapshots: every full, differential and file backup of bench_mod after them gets an estimate.
    CfpSnapshot early = test::cfpSnapshotA(), late = test::cfpSnapshotB();
    early.at = p.backups[p.backups.size() / 4].finish;
    late.at = p.backups[p.backups.size() / 2].finish;
    p.cfpSnapshots = {early, late};
    ProjectDocument document;
    document.reset(p);

    QElapsedTimer timer;
    timer.start();
    const BackupSizePoints points = BackupSizePoints::of(document.analysis());
    const qint64 pointsMs = timer.restart();
    BackupSizeChart chart(&document);
    chart.resize(1200, 500);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const qint64 buildMs = timer.restart();
    const QPixmap painted = chart.grab();
    const qint64 paintMs = timer.elapsed();
    qInfo("100,000 backups: points in %lld ms; chart built and shown in %lld ms; painted in %lld ms", pointsMs,
          buildMs, paintMs);
    QCOMPARE(qsizetype(points.sizes().size()) + points.withoutSize() + points.withoutTime(), qsizetype(100000));
    QVERIFY(!points.memoryOptimized().empty());
    QVERIFY2(chart.sizeSeries()->count() <= 2 * 1200, qPrintable(QString::number(chart.sizeSeries()->count())));
    QVERIFY(chart.sizeSeries()->count() > 100);
    QVERIFY(!painted.isNull());
    const QString dir = qEnvironmentVariable("RD_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(painted.save(QDir(dir).filePath(QStringLiteral("chart-backup-sizes-100000.png"))));
}

void TestBackupSizeChart::screenshot()
{
    const QString dir = qEnvironmentVariable("RD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("RD_SCREENSHOT_DIR is not set");
    ShownChart shown(sampleWithSnapshot(), {900, 420});
    QVERIFY(shown.exposed);
    QVERIFY(shown.chart.grab().save(QDir(dir).filePath(QStringLiteral("chart-backup-sizes.png"))));
}

QTEST_MAIN(TestBackupSizeChart)
#include "tst_backupsizechart.moc"
