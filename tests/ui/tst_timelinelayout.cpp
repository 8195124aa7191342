// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// TimelineLayout (issue 9, item 1): the timeline's zoom-independent layout, checked against the
// sample worked by hand, and TimeAxis's tick steps, whose labels must never overlap.
#include "model/analysis/projectanalysis.h"
#include "model/domain/plantime.h"
#include "tests/model/sampleloader.h"
#include "ui/timeline/timeaxis.h"
#include "ui/timeline/timelinelayout.h"

#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QTest>

#include <cmath>

using namespace rd;

namespace {

Backup log(const QString &id, const QDateTime &start)
{
    Backup b;
    b.id = id;
    b.type = BackupType::Log;
    b.start = start;
    b.finish = start.addSecs(10);
    return b;
}

qint64 ms(int h, int m)
{
    return PlanTime::make(2017, 3, 6, h, m).toMSecsSinceEpoch();
}

/// The ids of lane `lane`'s bars, in order.
QStringList laneIds(const TimelineLayout &layout, const Project &project, int lane)
{
    QStringList ids;
    for (const int i : layout.lane(lane))
        ids << project.backups[layout.bars()[size_t(i)].position].id;
    return ids;
}

} // namespace

class TestTimelineLayout : public QObject
{
    Q_OBJECT
private slots:
    void theSampleIsLaidOutAsWorkedByHand();
    void tickLabelsNeverOverlap();
};

void TestTimelineLayout::theSampleIsLaidOutAsWorkedByHand()
{
    // The sample: lanes PRIMARY (0), imoltp_secondary (1), imoltp_mod (2), the log (3). imoltp_full
    // at 01:00 holds everything (and log records), imoltp_primary_mod at 03:00 is a file backup of
    // PRIMARY and imoltp_mod, imoltp_secondary at 03:30 one of imoltp_secondary, imoltp_log at
    // 04:00 a log. Two more logs: one at 04:00 too (equal starts), one at 04:30.
    Project project = test::sample();
    project.backups.append(log(QStringLiteral("log_b"), PlanTime::make(2017, 3, 6, 4, 0)));
    project.backups.append(log(QStringLiteral("log_c"), PlanTime::make(2017, 3, 6, 4, 30)));
    const auto analysis = ProjectAnalysis::build(project);
    TimelineLayout layout;
    layout.build(analysis->index(), 3);

    QCOMPARE(layout.laneCount(), 4);
    QCOMPARE(laneIds(layout, project, 0), (QStringList{QStringLiteral("imoltp_full"), QStringLiteral("imoltp_primary_mod")}));
    QCOMPARE(laneIds(layout, project, 1), (QStringList{QStringLiteral("imoltp_full"), QStringLiteral("imoltp_secondary")}));
    QCOMPARE(laneIds(layout, project, 2), (QStringList{QStringLiteral("imoltp_full"), QStringLiteral("imoltp_primary_mod")}));
    QCOMPARE(laneIds(layout, project, 3), (QStringList{QStringLiteral("imoltp_full"), QStringLiteral("imoltp_log"), QStringLiteral("log_b"), QStringLiteral("log_c")}));

    auto bar = [&](const char *id) { return layout.bars()[size_t(layout.barOf(QLatin1String(id)))]; };
    QCOMPARE(bar("imoltp_full").startMs, ms(1, 0));
    QCOMPARE(bar("imoltp_full").finishMs, ms(1, 1));
    QCOMPARE(bar("imoltp_full").lanes, (QList<int>{0, 1, 2, 3}));
    // Labels go on the first lane covered and run to the next later bar on it.
    QCOMPARE(bar("imoltp_full").labelLane, 0);
    QCOMPARE(bar("imoltp_full").nextStartMs, ms(3, 0));
    QCOMPARE(bar("imoltp_primary_mod").labelLane, 0);
    QCOMPARE(bar("imoltp_primary_mod").nextStartMs, TimelineLayout::NoNext);
    QCOMPARE(bar("imoltp_secondary").labelLane, 1);
    QCOMPARE(bar("imoltp_secondary").nextStartMs, TimelineLayout::NoNext);
    QCOMPARE(bar("imoltp_log").labelLane, 3);
    QCOMPARE(bar("imoltp_log").nextStartMs, ms(4, 30)); // not log_b, which starts with it
    QCOMPARE(bar("log_b").nextStartMs, ms(4, 30));
    QCOMPARE(bar("log_c").nextStartMs, TimelineLayout::NoNext);
    QCOMPARE(layout.longestMs(), qint64(60000));
    QCOMPARE(layout.lastFinishMs(), ms(4, 30) + 10000);
    QCOMPARE(layout.barOf(QStringLiteral("nothing")), -1);

    // Bars starting within 03:00…04:00: imoltp_primary_mod, imoltp_secondary, imoltp_log, log_b.
    const auto [first, last] = layout.startingWithin(ms(3, 0), ms(4, 0));
    QCOMPARE(last - first, 4);
    QCOMPARE(layout.bars()[size_t(first)].startMs, ms(3, 0));
    const auto [a, b] = layout.startingWithin(3, ms(3, 0), ms(4, 0));
    QCOMPARE(a, 1);
    QCOMPARE(b, 3);
}

void TestTimelineLayout::tickLabelsNeverOverlap()
{
    // At every zoom from 300 days to 160 seconds in 1,600 pixels, neighbouring tick labels are
    // further apart than the wider of them.
    const QFont font;
    const QFontMetricsF metrics(font);
    for (double pixelsPerSecond = 1e-5; pixelsPerSecond < 10; pixelsPerSecond *= 1.1) {
        const qint64 step = TimeAxis::labelledTickStep(pixelsPerSecond, metrics);
        const QDateTime first = TimeAxis::firstTick(PlanTime::make(2017, 1, 1, 0, 0), step);
        for (int i = 0; i < 30; ++i) {
            const QDateTime tick = first.addSecs(step * i);
            const qreal width = qMax(metrics.horizontalAdvance(TimeAxis::tickLabel(tick, step)),
                                     metrics.horizontalAdvance(TimeAxis::tickLabel(tick.addSecs(step), step)));
            QVERIFY2(double(step) * pixelsPerSecond >= width + 4,
                     qPrintable(QStringLiteral("%1 px/s, step %2 s").arg(pixelsPerSecond).arg(step)));
        }
    }
    // Ticks four weeks or more apart carry the year.
    QVERIFY(TimeAxis::tickLabel(PlanTime::make(2017, 3, 6, 0, 0), 28 * 86400).contains(QLatin1String("2017")));
}

QTEST_MAIN(TestTimelineLayout)
#include "tst_timelinelayout.moc"
