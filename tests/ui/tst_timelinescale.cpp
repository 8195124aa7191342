// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The timeline at scale (issue 9, item 1): a 100,000-backup history opens with far fewer items
// than backups (dense runs drawn as bands, only the visible part placed), zooming in on a band
// splits it into backup bars, and an edit never jumps the view.
#include "model/commands/editcommand.h"
#include "model/document/projectdocument.h"
#include "model/domain/plantime.h"
#include "tests/benchmarks/syntheticproject.h"
#include "ui/mainwindow.h"
#include "ui/timeline/backupbanditem.h"
#include "ui/timeline/backupitem.h"
#include "ui/timeline/timelinescene.h"
#include "ui/timeline/timelineview.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>

namespace {

const QString Sample = QStringLiteral(RD_SOURCE_DIR "/resources/samples/imoltp-piecemeal.json");

rd::TimelineView *timelineView(rd::MainWindow &window)
{
    return window.findChild<rd::TimelineView *>(QStringLiteral("timelineView"));
}

/// Opens the sample in `window` and shows it at 1400×900; false if either fails.
bool showSample(rd::MainWindow &window)
{
    if (!window.openFile(Sample))
        return false;
    window.resize(1400, 900);
    window.show();
    return QTest::qWaitForWindowExposed(&window);
}

/// The band on `lane` covering scene x, or null.
const rd::BackupBandItem *bandAt(const rd::TimelineScene *scene, int lane, qreal x)
{
    for (const rd::BackupBandItem *band : scene->bands())
        if (band->lane() == lane && band->boundingRect().left() <= x && x <= band->boundingRect().right())
            return band;
    return nullptr;
}

} // namespace

class TestTimelineScale : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void aLargeHistoryOpensWithFewItemsAndBandsSplitWhenZoomedIn();
    void anEditThatWidensTheHistoryDoesNotJumpTheView();
    void ctrlWheelKeepsTheTimeUnderTheCursorAndTheMiddleButtonPans();
    void screenshots();
};

void TestTimelineScale::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("restore-designer-tests"));
    QSettings().clear();
}

void TestTimelineScale::aLargeHistoryOpensWithFewItemsAndBandsSplitWhenZoomedIn()
{
    const rd::Project project = rd::bench::syntheticProject(100000);
    QCOMPARE(project.backups.size(), 100000);
    QElapsedTimer timer;
    timer.start();
    rd::MainWindow window;
    window.document()->reset(project);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    qInfo("opened and shown in %lld ms", timer.elapsed());
    rd::TimelineView *view = timelineView(window);
    QVERIFY(view);
    auto *scene = qobject_cast<rd::TimelineScene *>(view->scene());
    QVERIFY(scene);

    // At Fit every run of log backups (one every 5 minutes) is a band, and the scene holds a few
    // hundred items at most: far fewer than the 100,000 backups.
    const int logLane = int(scene->lanes().size()) - 1;
    QCOMPARE(scene->lanes().size(), 201); // 200 filegroups and the log
    QVERIFY2(scene->items().size() < 2000, qPrintable(QString::number(scene->items().size())));
    QVERIFY(!scene->bands().isEmpty());
    int logBackups = 0;
    for (const rd::BackupBandItem *band : scene->bands())
        if (band->lane() == logLane)
            logBackups += band->run().countByType[size_t(rd::BackupType::Log)];
    QVERIFY2(logBackups > 50000, qPrintable(QString::number(logBackups))); // most of the history is logs

    // The time at the centre of the view is in a band of logs; no log outside the plan has a bar.
    auto centreTime = [&] { return scene->timeForX(view->mapToScene(view->viewport()->rect().center()).x()); };
    const QDateTime centre = centreTime();
    const double fitZoom = scene->pixelsPerSecond();
    QVERIFY(bandAt(scene, logLane, scene->xForTime(centre)));
    QSet<QString> barsAtFit;
    for (const rd::Backup &b : project.backups)
        if (scene->itemForBackup(b.id))
            barsAtFit << b.id;
    QVERIFY2(barsAtFit.size() < 100, qPrintable(QString::number(barsAtFit.size())));

    // Zooming in (Ctrl++ keeps the view's centre, to within a pixel at Fit) splits the band: once
    // 5 minutes are wider than DenseSpacing, the log at the centre has its own bar, no band covers it.
    const double needed = rd::TimelineScene::DenseSpacing / 300.0; // pixels per second
    int steps = 0;
    timer.restart();
    while (scene->pixelsPerSecond() < needed && steps < 60) {
        view->zoomInAction()->trigger();
        ++steps;
    }
    qInfo("%d zoom steps in %lld ms", steps, timer.elapsed());
    QVERIFY(scene->pixelsPerSecond() >= needed);
    QVERIFY2(qAbs(centre.secsTo(centreTime())) <= 2 / fitZoom,
             qPrintable(centre.toString(Qt::ISODate) + QLatin1String(" became ") + centreTime().toString(Qt::ISODate)));
    const rd::Backup *log = nullptr;
    for (const rd::Backup &b : project.backups)
        if (b.isLog() && b.start >= centreTime() && (!log || b.start < log->start))
            log = &b;
    QVERIFY(log);
    QVERIFY(!barsAtFit.contains(log->id));
    QVERIFY(scene->itemForBackup(log->id));
    QVERIFY(!bandAt(scene, logLane, scene->xForTime(log->start) + 1));
    QVERIFY2(scene->items().size() < 2000, qPrintable(QStringLiteral("%1 items: %2 bars, %3 bands").arg(scene->items().size()).arg(scene->backupItemCount()).arg(scene->bands().size())));
}

void TestTimelineScale::anEditThatWidensTheHistoryDoesNotJumpTheView()
{
    rd::MainWindow window;
    QVERIFY(showSample(window));
    rd::TimelineView *view = timelineView(window);
    auto *scene = qobject_cast<rd::TimelineScene *>(view->scene());
    for (int i = 0; i < 4; ++i)
        view->zoomInAction()->trigger();
    const double zoom = scene->pixelsPerSecond();
    view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->maximum() / 2);
    auto leftTime = [&] { return scene->timeForX(view->mapToScene(QPoint(0, 0)).x()); };
    const QDateTime before = leftTime();

    // A full backup a day before the history: the range grows to the left by a day and more.
    rd::Backup full;
    full.id = QStringLiteral("early_full");
    full.type = rd::BackupType::Full;
    full.start = rd::PlanTime::make(2017, 3, 5, 1, 0);
    full.finish = rd::PlanTime::make(2017, 3, 5, 1, 5);
    rd::ProjectDocument *document = window.document();
    document->undoStack()->push(new rd::EditCommand(document, -1, rd::ProjectEdit::addBackup(full)));
    QVERIFY(scene->xForTime(full.start) > 0); // in the range now
    QCOMPARE(scene->pixelsPerSecond(), zoom); // no re-fit
    QVERIFY2(qAbs(before.secsTo(leftTime())) <= 2 / zoom + 1,
             qPrintable(before.toString(Qt::ISODate) + QLatin1String(" became ") + leftTime().toString(Qt::ISODate)));
    document->undoStack()->undo();
    QCOMPARE(scene->pixelsPerSecond(), zoom);
    QVERIFY(qAbs(before.secsTo(leftTime())) <= 2 / zoom + 1);
}

void TestTimelineScale::ctrlWheelKeepsTheTimeUnderTheCursorAndTheMiddleButtonPans()
{
    rd::MainWindow window;
    QVERIFY(showSample(window));
    rd::TimelineView *view = timelineView(window);
    auto *scene = qobject_cast<rd::TimelineScene *>(view->scene());
    const QPoint cursor(view->viewport()->width() * 2 / 3, 60);
    auto timeAt = [&](const QPoint &p) { return scene->timeForX(view->mapToScene(p).x()); };

    // Three notches of Ctrl+wheel up: 1.25³ closer, the time under the cursor stays (to a pixel).
    const double before = scene->pixelsPerSecond();
    const QDateTime under = timeAt(cursor);
    for (int notch = 0; notch < 3; ++notch) {
        QWheelEvent wheel(cursor, view->viewport()->mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::ControlModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(view->viewport(), &wheel);
    }
    QVERIFY(qAbs(scene->pixelsPerSecond() / before - 1.25 * 1.25 * 1.25) < 1e-6);
    QVERIFY2(qAbs(under.secsTo(timeAt(cursor))) <= 1 / scene->pixelsPerSecond() + 1,
             qPrintable(under.toString(Qt::ISODate) + QLatin1String(" became ") + timeAt(cursor).toString(Qt::ISODate)));

    // Dragging with the middle button 100 px to the left shows what was 100 px to the right; no edit.
    for (int i = 0; i < 3; ++i)
        view->zoomInAction()->trigger();
    view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->maximum() / 2);
    const int scroll = view->horizontalScrollBar()->value();
    QVERIFY(scroll + 100 <= view->horizontalScrollBar()->maximum());
    const QPoint empty(view->viewport()->width() / 2, view->viewport()->height() - 5);
    QTest::mousePress(view->viewport(), Qt::MiddleButton, {}, empty);
    QTest::mouseMove(view->viewport(), empty - QPoint(100, 0));
    QTest::mouseRelease(view->viewport(), Qt::MiddleButton, {}, empty - QPoint(100, 0));
    QCOMPARE(view->horizontalScrollBar()->value(), scroll + 100);
    QCOMPARE(window.document()->undoStack()->count(), 0);
}

void TestTimelineScale::screenshots()
{
    // The timeline at Fit and zoomed in, on the sample and on 100,000 backups, for a look.
    const QString dir = qEnvironmentVariable("RD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("RD_SCREENSHOT_DIR is not set");
    QDir().mkpath(dir);
    for (const bool large : {false, true}) {
        rd::MainWindow window;
        if (large)
            window.document()->reset(rd::bench::syntheticProject(100000));
        else
            QVERIFY(window.openFile(Sample));
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        rd::TimelineView *view = timelineView(window);
        const QString name = large ? QStringLiteral("timeline-100000") : QStringLiteral("timeline-sample");
        QVERIFY((large ? static_cast<QWidget *>(view) : &window)->grab().save(QDir(dir).filePath(name + QStringLiteral("-fit.png"))));
        // Zoomed by 1.5^6, 1.5^12 and 1.5^18 about the centre (the sample: once).
        for (int shot = 1; shot <= (large ? 3 : 1); ++shot) {
            for (int i = 0; i < 6; ++i)
                view->zoomInAction()->trigger();
            QWidget *shown = large ? static_cast<QWidget *>(view) : &window; // 200 lanes make the window tall
            QVERIFY(shown->grab().save(QDir(dir).filePath(QStringLiteral("%1-zoom%2.png").arg(name).arg(shot))));
        }
    }
}

QTEST_MAIN(TestTimelineScale)
#include "tst_timelinescale.moc"
