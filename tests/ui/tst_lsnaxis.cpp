// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The timeline's LSN axis (issue 9, item 1; docs/lsn-axis.md): on a hand-worked history with a gap,
// an overlap and a recovery fork (tests/data/timeline/lsn-gap-overlap-fork.json), the positions the
// ordinal mapping gives and the bars the scene draws (logs that touch, a visible gap, an overlap, the
// fork on its own row); LSNs derived for a hand-drawn history; the toggle saved with the view; the
// gestures that set a time refused there with a hint while selection and double-click still work; and
// a 100,000-backup history on the LSN axis with far fewer items than backups.
#include "model/commands/backupkind.h"
#include "model/document/projectdocument.h"
#include "model/simulation/historyindex.h"
#include "model/storage/projectfile.h"
#include "tests/benchmarks/syntheticproject.h"
#include "ui/designermime.h"
#include "ui/mainwindow.h"
#include "ui/savedviewstate.h"
#include "ui/timeline/backupbanditem.h"
#include "ui/timeline/backupitem.h"
#include "ui/timeline/lsnaxis.h"
#include "ui/timeline/timelinescene.h"
#include "ui/timeline/timelineview.h"
#include "ui/viewstate.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QElapsedTimer>
#include <QHelpEvent>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>

#include <numeric>

using namespace rd;

namespace {

const QString History = QStringLiteral(RD_TEST_DATA_DIR "/timeline/lsn-gap-overlap-fork.json");
const QString Sample = QStringLiteral(RD_SOURCE_DIR "/resources/samples/imoltp-piecemeal.json");
constexpr qint64 S = LsnAxis::Step;

/// The LSN VLF:block:slot, as msdb writes it (block 10 digits, slot 5).
Lsn lsn(int vlf, int block, int slot = 1)
{
    return Lsn::fromString(QStringLiteral("%1%2%3").arg(vlf).arg(block, 10, 10, QLatin1Char('0')).arg(slot, 5, 10, QLatin1Char('0')));
}

Project load(const QString &path)
{
    const LoadResult result = ProjectFile::load(path);
    if (!result.ok())
        qFatal("%s", qPrintable(result.error));
    return *result.project;
}

/// Saves `widget` to $RD_SCREENSHOT_DIR/name.png when that is set (to look at the GUI).
void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("RD_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

TimelineView *timeline(MainWindow &w)
{
    return w.findChild<TimelineView *>(QStringLiteral("timelineView"));
}

TimelineScene *sceneOf(MainWindow &w)
{
    return static_cast<TimelineScene *>(timeline(w)->scene());
}

/// Opens `file` in `w`, shows it at `size` and turns View ▸ LSN Axis on (the window opens on the
/// time axis); false if any of it fails.
bool showOnLsnAxis(MainWindow &w, const QString &file, const QSize &size = QSize(1400, 900))
{
    if (!w.openFile(file))
        return false;
    w.resize(size);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w) || sceneOf(w)->axis() != TimelineAxis::Time)
        return false;
    w.findChild<QAction *>(QStringLiteral("lsnAxisAction"))->trigger();
    return sceneOf(w)->axis() == TimelineAxis::Lsn;
}

/// The tooltip the view shows at viewport point `pos` ("" when none).
QString toolTipAt(TimelineView *view, const QPoint &pos)
{
    QToolTip::hideText();
    QHelpEvent help(QEvent::ToolTip, pos, view->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(view->viewport(), &help);
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}

/// Scene x extent of backup `id`'s bar, (−1, −1) when it has none.
std::pair<qreal, qreal> barX(const TimelineScene *scene, const QString &id)
{
    const BackupItem *bar = scene->itemForBackup(id);
    if (!bar || bar->segments().isEmpty())
        return {-1, -1};
    return {bar->pos().x(), bar->pos().x() + bar->segments().first().width()};
}

/// Scene y extent of backup `id`'s segment on the log lane (the last segment).
std::pair<qreal, qreal> logSegmentY(const TimelineScene *scene, const QString &id)
{
    const BackupItem *bar = scene->itemForBackup(id);
    if (!bar || bar->segments().isEmpty())
        return {-1, -1};
    return {bar->segments().last().top(), bar->segments().last().bottom()};
}

} // namespace

class TestLsnAxis : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void theOrdinalScaleOfTheHandWorkedHistory();
    void derivedLsnsPlaceAHandDrawnHistory();
    void lsnsAreAbbreviatedAsVlfBlockSlot();
    void theSceneDrawsTouchingLogsTheGapTheOverlapAndTheFork();
    void theAxisIsSavedWithTheViewAndRestored();
    void aMalformedSavedAxisIsReported();
    void timeGesturesAreRefusedWithAHintSelectionAndPlanStillWork();
    void aLargeHistoryOnTheLsnAxisHasFewItems();
    void screenshots();

private:
    QTemporaryDir m_dir;
};

void TestLsnAxis::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("restore-designer-tests"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void TestLsnAxis::theOrdinalScaleOfTheHandWorkedHistory()
{
    // The distinct boundaries, sorted: 34:100 34:120 34:200 35:50 | 35:80 35:100 35:110 35:120 35:150
    // 35:300 35:400. Each interval is one Step, but 35:50–35:80, which no log of the first path holds
    // (log_2 ends at 35:50, log_3 starts at 35:80), is three.
    const Project project = load(History);
    const HistoryIndex index(project);
    LsnAxis axis;
    axis.build(index);
    const std::vector<Lsn> expectedLsns{lsn(34, 100), lsn(34, 120), lsn(34, 200), lsn(35, 50),  lsn(35, 80), lsn(35, 100),
                                        lsn(35, 110), lsn(35, 120), lsn(35, 150), lsn(35, 300), lsn(35, 400)};
    QCOMPARE(axis.lsns(), expectedLsns);
    const std::vector<qint64> expectedPositions{0, S, 2 * S, 3 * S, 6 * S, 7 * S, 8 * S, 9 * S, 10 * S, 11 * S, 12 * S};
    QCOMPARE(axis.positions(), expectedPositions);

    auto extent = [&](const QString &id) { return axis.extentOf(index.backupIndex(id)).value_or(std::make_pair(-1LL, -1LL)); };
    QCOMPARE(extent(QStringLiteral("full_1")), std::make_pair(0LL, S));
    QCOMPARE(extent(QStringLiteral("log_1")), std::make_pair(0LL, 2 * S));
    QCOMPARE(extent(QStringLiteral("log_2")), std::make_pair(2 * S, 3 * S));     // touches log_1
    QCOMPARE(extent(QStringLiteral("log_3")), std::make_pair(6 * S, 10 * S));    // after the gap
    QCOMPARE(extent(QStringLiteral("diff_1")), std::make_pair(7 * S, 8 * S));    // inside log_3
    QCOMPARE(extent(QStringLiteral("log_4")), std::make_pair(9 * S, 11 * S));    // overlaps log_3, on the fork
    QCOMPARE(extent(QStringLiteral("log_5")), std::make_pair(11 * S, 12 * S));

    // Two recovery paths: log_4 ends on fork b7d3e511 (it crosses into it), log_5 is on it.
    QCOMPARE(axis.rowCount(), 2);
    for (const QString &id : {QStringLiteral("full_1"), QStringLiteral("log_1"), QStringLiteral("log_2"), QStringLiteral("diff_1"),
                              QStringLiteral("log_3")})
        QCOMPARE(axis.rowOf(index.backupIndex(id)), 0);
    QCOMPARE(axis.rowOf(index.backupIndex(QStringLiteral("log_4"))), 1);
    QCOMPARE(axis.rowOf(index.backupIndex(QStringLiteral("log_5"))), 1);

    QCOMPARE(axis.gaps().size(), size_t(1));
    const LsnAxis::Gap &gap = axis.gaps().front();
    QCOMPARE(gap.fromLsn, lsn(35, 50));
    QCOMPARE(gap.toLsn, lsn(35, 80));
    QCOMPARE(gap.from, 3 * S);
    QCOMPARE(gap.to, 6 * S);
    QCOMPARE(gap.row, 0);

    QCOMPARE(axis.forks().size(), size_t(1));
    const LsnAxis::Fork &fork = axis.forks().front();
    QCOMPARE(fork.lsn, lsn(35, 120)); // log_4's fork_point_lsn
    QVERIFY(fork.fromForkPoint);
    QCOMPARE(fork.at, 9 * S);
    QCOMPARE(fork.row, 1);
    QVERIFY(fork.forkId.startsWith(QStringLiteral("b7d3e511")));

    // Lookups: an LSN between two boundaries is half-way; the mark at 02:30 (no LSN) lies inside
    // log_2, which finished at 03:01 and holds the log from where log_1 ended (02:01).
    QCOMPARE(axis.positionOf(lsn(34, 150)), (S + 2 * S) / 2);
    QCOMPARE(axis.positionOf(lsn(30, 1)), -S);
    QCOMPARE(axis.positionOf(lsn(36, 1)), 13 * S);
    const qint64 mark = axis.positionAt(project.events.first().at);
    QVERIFY2(mark > 2 * S && mark < 3 * S, qPrintable(QString::number(mark)));
    QCOMPARE(axis.lsnAt(6 * S + S / 2), lsn(35, 80));
    QCOMPARE(axis.lsnAt(-5), lsn(34, 100));

    // Tick labels 130 px wide: with a Step 200 px wide every LSN gets one; with a Step 50 px wide
    // (cells of 130 px from x 0: LSNs at x 0, 50, 100, 150, 300, 350, …) only the first LSN of every
    // other cell, unless it has a cell of room either side.
    std::vector<qsizetype> all(expectedLsns.size());
    std::iota(all.begin(), all.end(), 0);
    QCOMPARE(axis.labelled(200.0 / S, 0, 0, 130, 0, 2500), all);
    // Cells [0,130) [130,260) [260,390) [390,520) [520,650): firsts at x 0 (LSN 0), 150 (3), 300 (4),
    // 400 (6), 550 (9); cells 1 and 3 are odd, and 150 and 400 have neighbours closer than 130.
    QCOMPARE(axis.labelled(50.0 / S, 0, 0, 130, 0, 600), (std::vector<qsizetype>{0, 4, 9}));
}

void TestLsnAxis::derivedLsnsPlaceAHandDrawnHistory()
{
    // The same history drawn by hand: no LSN, no fork. The derived LSNs (docs/lsn-derivation.md) chain
    // the logs in finish order from the full's start, so the logs touch, nothing is a gap, the
    // differential (03:50–03:55) lies inside log_3 (03:01–04:01 of log), and there is one row. A backup
    // with no start has no LSN to derive, and no place.
    Project project = load(History);
    for (Backup &b : project.backups) {
        b.firstLsn = b.lastLsn = b.checkpointLsn = b.databaseBackupLsn = b.differentialBaseLsn = b.forkPointLsn = Lsn();
        b.recoveryForkId.clear();
        b.lastRecoveryForkId.clear();
    }
    Backup undated = project.backups.first();
    undated.id = QStringLiteral("undated");
    undated.start = undated.finish = QDateTime();
    project.backups << undated;
    const HistoryIndex index(project);
    LsnAxis axis;
    axis.build(index);
    auto extent = [&](const QString &id) { return axis.extentOf(index.backupIndex(id)); };
    QVERIFY(!extent(QStringLiteral("undated")));
    QCOMPARE(extent(QStringLiteral("log_1"))->second, extent(QStringLiteral("log_2"))->first);
    QCOMPARE(extent(QStringLiteral("log_2"))->second, extent(QStringLiteral("log_3"))->first);
    QCOMPARE(extent(QStringLiteral("log_3"))->second, extent(QStringLiteral("log_4"))->first);
    QCOMPARE(extent(QStringLiteral("log_1"))->first, extent(QStringLiteral("full_1"))->first);
    QVERIFY(extent(QStringLiteral("log_3"))->first < extent(QStringLiteral("diff_1"))->first);
    QVERIFY(extent(QStringLiteral("diff_1"))->second < extent(QStringLiteral("log_3"))->second);
    QVERIFY(axis.gaps().empty());
    QVERIFY(axis.forks().empty());
    QCOMPARE(axis.rowCount(), 1);
}

void TestLsnAxis::lsnsAreAbbreviatedAsVlfBlockSlot()
{
    QCOMPARE(LsnAxis::abbreviated(lsn(34, 123, 1)), QStringLiteral("34:123:1"));
    QCOMPARE(LsnAxis::abbreviated(Lsn::fromString(u"1230000000004500012")), QStringLiteral("1230:45:12"));
    QCOMPARE(LsnAxis::abbreviated(Lsn::fromString(u"4500012")), QStringLiteral("0:45:12")); // VLF 0
    QCOMPARE(LsnAxis::abbreviated(Lsn::fromString(u"12")), QStringLiteral("12"));
    QCOMPARE(LsnAxis::abbreviated(Lsn::fromString(u"1000000000000000000000")), QStringLiteral("1000000:0:0"));
}

void TestLsnAxis::theSceneDrawsTouchingLogsTheGapTheOverlapAndTheFork()
{
    MainWindow w;
    QVERIFY(showOnLsnAxis(w, History));
    TimelineScene *scene = sceneOf(w);
    QCOMPARE(w.findChild<ViewState *>()->timelineAxis(), TimelineAxis::Lsn);

    // A zoom of 1 "pixel per second" draws an interval 100 px wide (LsnAxis::Step).
    scene->setPixelsPerSecond(1.0);
    const auto [log1Left, log1Right] = barX(scene, QStringLiteral("log_1"));
    const auto [log2Left, log2Right] = barX(scene, QStringLiteral("log_2"));
    const auto [log3Left, log3Right] = barX(scene, QStringLiteral("log_3"));
    const auto [diffLeft, diffRight] = barX(scene, QStringLiteral("diff_1"));
    const auto [log4Left, log4Right] = barX(scene, QStringLiteral("log_4"));
    const auto [log5Left, log5Right] = barX(scene, QStringLiteral("log_5"));
    const auto [fullLeft, fullRight] = barX(scene, QStringLiteral("full_1"));
    QVERIFY(log1Left >= 0);
    QCOMPARE(log1Right - log1Left, 200.0);
    QCOMPARE(log2Left, log1Right);              // contiguous logs touch
    QCOMPARE(log3Left - log2Right, 300.0);      // the gap: empty, three intervals wide
    QVERIFY(diffLeft > log3Left && diffRight < log3Right); // the overlap: diff_1 inside log_3
    QCOMPARE(diffLeft - log3Left, 100.0);
    QCOMPARE(fullLeft, log1Left);               // the full and the first log start together
    QCOMPARE(fullRight - fullLeft, 100.0);
    QCOMPARE(log4Left - log3Left, 300.0);       // the fork's first log overlaps log_3 by its LSNs…
    QVERIFY(log4Left < log3Right);
    QCOMPARE(log5Left, log4Right);              // …and its path's logs touch
    // … on its own row of the log lane: below the first path's bars, never on them.
    const int logLane = int(scene->lanes().size()) - 1;
    const auto [log3Top, log3Bottom] = logSegmentY(scene, QStringLiteral("log_3"));
    const auto [log4Top, log4Bottom] = logSegmentY(scene, QStringLiteral("log_4"));
    QVERIFY(log3Top >= scene->lanes()[logLane].top);
    QVERIFY2(log4Top >= log3Bottom, qPrintable(QStringLiteral("%1 %2").arg(log4Top).arg(log3Bottom)));
    QVERIFY(log4Bottom <= scene->lanes()[logLane].top + scene->laneHeight());
    // In time order diff_1 (03:50) comes before log_3 (04:00), and log_4 (06:00) after log_3 ends:
    // this is not the time axis.
    QVERIFY(w.document()->project().backup(QStringLiteral("diff_1"))->start
            < w.document()->project().backup(QStringLiteral("log_3"))->start);

    // x and LSN map both ways: the gap's left edge is where log_2 ends.
    QCOMPARE(scene->xForLsn(lsn(35, 50)), log2Right);
    QCOMPARE(scene->lsnForX((log2Right + log3Left) / 2), lsn(35, 50));
    QCOMPARE(scene->lsnForX(log4Left + 1), lsn(35, 120));

    // The gap, the fork and the axis explain themselves on hover.
    TimelineView *view = timeline(w);
    view->showFromLsn(1.0, lsn(34, 100));
    const auto [logRowTop, logRowHeight] = scene->barSpan(logLane, 0);
    const QPoint inGap = view->mapFromScene(QPointF((log2Right + log3Left) / 2, logRowTop + logRowHeight / 2));
    const QString gapTip = toolTipAt(view, inGap);
    QVERIFY2(gapTip.contains(QStringLiteral("Gap in the log chain")) && gapTip.contains(lsn(35, 50).toString())
                 && gapTip.contains(lsn(35, 80).toString()) && gapTip.contains(QStringLiteral("R-LOG-002")),
             qPrintable(gapTip));
    const QPoint onFork = view->mapFromScene(QPointF(log4Left, scene->lanes()[0].top + 5));
    QVERIFY2(toolTipAt(view, onFork).contains(QStringLiteral("Recovery fork")), qPrintable(toolTipAt(view, onFork)));
    const QPoint onAxis = view->mapFromScene(QPointF(log1Left + 50, 10)); // half-way from 34:100:1 to 34:120:1
    QVERIFY2(toolTipAt(view, onAxis).contains(lsn(34, 100).toString()), qPrintable(toolTipAt(view, onAxis)));

    // Back to the time axis: the bars span their times again (log_2 starts an hour after log_1).
    w.findChild<QAction *>(QStringLiteral("lsnAxisAction"))->trigger();
    QCOMPARE(scene->axis(), TimelineAxis::Time);
    const auto [t1, t1Right] = barX(scene, QStringLiteral("log_1"));
    const auto [t2, t2Right] = barX(scene, QStringLiteral("log_2"));
    QVERIFY(qAbs((t2 - t1) - 3600 * scene->pixelsPerSecond()) < 1.5);
    Q_UNUSED(t1Right);
    Q_UNUSED(t2Right);
}

void TestLsnAxis::theAxisIsSavedWithTheViewAndRestored()
{
    const QString path = QDir(m_dir.path()).filePath(QStringLiteral("lsn.rdproj"));
    {
        QString error;
        QVERIFY2(ProjectFile::save(load(History), path, &error), qPrintable(error));
    }
    {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(path));
        timeline(w)->showFrom(0.05, sceneOf(w)->axisTime(load(History).backups.first().start));
        w.findChild<QAction *>(QStringLiteral("lsnAxisAction"))->trigger();
        timeline(w)->showFromLsn(0.5, lsn(34, 200));
        QCOMPARE(timeline(w)->leftLsn(), lsn(34, 200));
        w.findChild<QAction *>(QStringLiteral("saveAction"))->trigger();
        QCOMPARE(w.document()->undoStack()->count(), 0); // the view is not an edit
        QVERIFY(!w.document()->isModified());
    }
    const QJsonObject t = ProjectFile::load(path).project->viewState.value(QStringLiteral("timeline")).toObject();
    QCOMPARE(t.value(QStringLiteral("axis")).toString(), QStringLiteral("lsn"));
    QCOMPARE(t.value(QStringLiteral("lsnZoom")).toDouble(), 0.5);
    QCOMPARE(t.value(QStringLiteral("lsnLeft")).toString(), lsn(34, 200).toString());
    QCOMPARE(t.value(QStringLiteral("pixelsPerSecond")).toDouble(), 0.05); // the time axis, as it was left

    MainWindow again;
    QVERIFY(again.openFile(path));
    again.resize(1400, 900);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(sceneOf(again)->axis(), TimelineAxis::Lsn);
    QVERIFY(again.findChild<QAction *>(QStringLiteral("lsnAxisAction"))->isChecked());
    QCOMPARE(sceneOf(again)->pixelsPerSecond(), 0.5);
    QCOMPARE(timeline(again)->leftLsn(), lsn(34, 200));
    // Ctrl+L back: the time axis as it was saved.
    again.findChild<QAction *>(QStringLiteral("lsnAxisAction"))->trigger();
    QCOMPARE(sceneOf(again)->axis(), TimelineAxis::Time);
    QCOMPARE(sceneOf(again)->pixelsPerSecond(), 0.05);

    // A JSON plan keeps no view: it opens on the time axis, and the LSN axis, shown again, is fitted
    // to it rather than zoomed and scrolled as it was for the other project.
    again.findChild<QAction *>(QStringLiteral("lsnAxisAction"))->trigger();
    QCOMPARE(sceneOf(again)->pixelsPerSecond(), 0.5);
    again.findChild<QAction *>(QStringLiteral("lsnAxisAction"))->trigger(); // left on the time axis
    QVERIFY(again.openFile(History));
    QCOMPARE(sceneOf(again)->axis(), TimelineAxis::Time);
    QVERIFY(!again.findChild<QAction *>(QStringLiteral("lsnAxisAction"))->isChecked());
    again.findChild<QAction *>(QStringLiteral("lsnAxisAction"))->trigger();
    QVERIFY(sceneOf(again)->pixelsPerSecond() != 0.5);
    QCOMPARE(timeline(again)->leftLsn(), lsn(34, 100)); // Fit shows the start
}

void TestLsnAxis::aMalformedSavedAxisIsReported()
{
    const Project project = load(History);
    const QJsonObject time{{QStringLiteral("pixelsPerSecond"), 0.1}, {QStringLiteral("left"), QStringLiteral("2024-05-01T01:00:00")}};
    auto read = [&](const QJsonObject &extra, QStringList *problems) {
        QJsonObject timeline = time;
        for (auto it = extra.begin(); it != extra.end(); ++it)
            timeline.insert(it.key(), it.value());
        return SavedViewState::fromJson({{QStringLiteral("timeline"), timeline}}, project, problems);
    };
    QStringList problems;
    SavedViewState s = read({{QStringLiteral("axis"), QStringLiteral("lsn")},
                             {QStringLiteral("lsnZoom"), 2.0},
                             {QStringLiteral("lsnLeft"), lsn(35, 80).toString()}},
                            &problems);
    QVERIFY(problems.isEmpty());
    QVERIFY(s.lsnAxis);
    QCOMPARE(s.lsnZoom, 2.0);
    QCOMPARE(s.lsnLeft, lsn(35, 80));
    QCOMPARE(SavedViewState::fromJson(s.toJson(), project), s); // and back

    s = read({{QStringLiteral("axis"), 3}}, &problems); // not a word: the time axis, and said so
    QVERIFY(!s.lsnAxis);
    QCOMPARE(problems.size(), 1);
    problems.clear();
    s = read({{QStringLiteral("axis"), QStringLiteral("lsn")}, {QStringLiteral("lsnLeft"), QStringLiteral("35:80:1")}}, &problems);
    QVERIFY(s.lsnAxis); // the axis stands; its view without a zoom, and with an LSN that is not digits, does not
    QVERIFY(!s.hasLsnView());
    QCOMPARE(problems.size(), 1);
    QCOMPARE(s.pixelsPerSecond, 0.1); // the time axis's view is kept
}

void TestLsnAxis::timeGesturesAreRefusedWithAHintSelectionAndPlanStillWork()
{
    MainWindow w;
    QVERIFY(showOnLsnAxis(w, History));
    TimelineScene *scene = sceneOf(w);
    TimelineView *view = timeline(w);
    ProjectDocument *document = w.document();
    scene->setPixelsPerSecond(1.0);
    view->showFromLsn(1.0, lsn(34, 100));
    QSignalSpy hints(scene, &TimelineScene::hint);
    const int undo = document->undoStack()->count();
    const QDateTime start = document->project().backup(QStringLiteral("log_3"))->start;

    // A move-drag of log_3 through the view: selected, not moved, and the status bar says why.
    BackupItem *bar = scene->itemForBackup(QStringLiteral("log_3"));
    QVERIFY(bar);
    // On log_3's log-lane segment, left of diff_1 (which lies inside it).
    const QPoint on = view->mapFromScene(bar->mapToScene(bar->segments().last().topLeft() + QPointF(20, 5)));
    QCOMPARE(view->itemAt(on), bar);
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, on);
    QTest::mouseMove(view->viewport(), on + QPoint(150, 0));
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, on + QPoint(150, 0));
    QCOMPARE(scene->viewState()->selectedBackup(), QStringLiteral("log_3"));
    QCOMPARE(document->project().backup(QStringLiteral("log_3"))->start, start);
    QCOMPARE(document->undoStack()->count(), undo);
    QCOMPARE(hints.count(), 1);
    QCOMPARE(hints.first().first().toString(), TimelineScene::timeEditRefusal());
    QVERIFY(scene->toolTipFor(bar).contains(QStringLiteral("cannot be moved")));

    // A palette drag is not accepted over the timeline (the hint says why); a drop adds nothing.
    QMimeData mime;
    mime.setData(DesignerMime::backupKind(), QByteArrayLiteral("log"));
    QDragEnterEvent enter(on, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &enter);
    QVERIFY(!enter.isAccepted());
    QCOMPARE(hints.count(), 2);
    const qsizetype backups = document->project().backups.size();
    const std::optional<BackupKind> log = BackupKind::fromKey(QStringLiteral("log"));
    QVERIFY(log);
    QCOMPARE(scene->dropBackup(*log, QPointF(400, scene->lanes().last().top + 10)), QString());
    QVERIFY(!scene->dropGhost());
    QCOMPARE(document->project().backups.size(), backups);
    QCOMPARE(document->undoStack()->count(), undo);
    QCOMPARE(hints.count(), 3);

    // Nor does an event move: the mark stays where it was, no undo step, and the hint says why.
    const QDateTime markAt = document->project().events.first().at;
    scene->beginEventDrag(0, QPointF(400, 10));
    scene->dragTimelineEvent(QPointF(600, 10));
    scene->endEventDrag();
    QCOMPARE(document->project().events.first().at, markAt);
    QCOMPARE(document->undoStack()->count(), undo);
    QCOMPARE(hints.count(), 4);
    // An event kind dragged from the Events palette is refused like a backup kind.
    QMimeData eventMime;
    eventMime.setData(DesignerMime::eventKind(), QByteArrayLiteral("mark"));
    QDragEnterEvent enterEvent(on, Qt::CopyAction, &eventMime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &enterEvent);
    QVERIFY(!enterEvent.isAccepted());
    QCOMPARE(hints.count(), 5);

    // Double-click still restores the backup in the current plan (one undo step).
    const int steps = int(document->project().plans[0].steps.size());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, on);
    QCOMPARE(document->project().plans[0].steps.size(), steps + 1);
    QCOMPARE(document->project().plans[0].steps.last().backup, QStringLiteral("log_3"));
    QCOMPARE(document->undoStack()->count(), undo + 1);
    QCOMPARE(document->project().backup(QStringLiteral("log_3"))->start, start);
}

void TestLsnAxis::aLargeHistoryOnTheLsnAxisHasFewItems()
{
    const Project project = bench::syntheticProject(100000);
    ProjectDocument document;
    document.reset(project);
    ViewState viewState(&document);
    TimelineScene scene(&document, &viewState);
    scene.setAvailableHeight(900);
    scene.setVisibleRect(QRectF(0, 0, 1600, 900));
    QElapsedTimer timer;
    timer.start();
    viewState.setTimelineAxis(TimelineAxis::Lsn); // the scene follows the view state, and fits
    qInfo("LSN axis built and placed at Fit in %lld ms", timer.elapsed());
    QCOMPARE(scene.axis(), TimelineAxis::Lsn);
    QVERIFY(scene.lsnAxis().lsns().size() > 100000);
    QVERIFY2(scene.items().size() < 2000, qPrintable(QString::number(scene.items().size())));
    QVERIFY(!scene.bands().isEmpty());
    // The synthetic chain has no gap: the LSN axis says so, and every log lies on it.
    QVERIFY(scene.lsnAxis().gaps().empty());
    qsizetype logs = 0;
    for (const BackupBandItem *band : scene.bands())
        logs += band->run().countByType[size_t(BackupType::Log)];
    QVERIFY2(logs > 50000, qPrintable(QString::number(logs)));

    // Tick labels never overlap at any zoom: 140 px labels at least 140 px apart, and some shown.
    const LsnAxis &axis = scene.lsnAxis();
    for (const double pixelsPerStep : {0.005, 0.2, 3.0, 40.0, 150.0, 900.0}) {
        const double pixelsPerUnit = pixelsPerStep / double(S);
        const double middle = double(axis.positions()[axis.positions().size() / 2]) * pixelsPerUnit;
        const std::vector<qsizetype> ticks = axis.labelled(pixelsPerUnit, 0, 0, 140, middle - 2000, middle + 2000);
        QVERIFY2(ticks.size() >= 3, qPrintable(QString::number(pixelsPerStep)));
        for (size_t i = 1; i < ticks.size(); ++i)
            QVERIFY2(double(axis.positions()[size_t(ticks[i])] - axis.positions()[size_t(ticks[i - 1])]) * pixelsPerUnit >= 140,
                     qPrintable(QStringLiteral("%1 px per step, labels %2 and %3").arg(pixelsPerStep).arg(ticks[i - 1]).arg(ticks[i])));
    }
}

void TestLsnAxis::screenshots()
{
    if (qEnvironmentVariableIsEmpty("RD_SCREENSHOT_DIR"))
        QSKIP("set RD_SCREENSHOT_DIR to save the screenshots");
    for (const auto &[file, name] : {std::pair{Sample, QStringLiteral("lsn-axis-sample")},
                                     std::pair{History, QStringLiteral("lsn-axis-gap-fork")}}) {
        MainWindow w;
        QVERIFY(showOnLsnAxis(w, file, QSize(1900, 1000))); // a wide timeline: the docs show it alone
        QTest::qWait(50);
        screenshot(&w, name);
        // The timeline down to its events strip and legend (the rest is empty canvas).
        TimelineView *view = timeline(w);
        const int height = int(sceneOf(w)->lanesBottom() + sceneOf(w)->eventsHeight()) + 40;
        if (!qEnvironmentVariableIsEmpty("RD_SCREENSHOT_DIR"))
            view->grab(QRect(0, 0, view->width(), qMin(height, view->height())))
                .save(qEnvironmentVariable("RD_SCREENSHOT_DIR") + u'/' + name + QStringLiteral("-timeline.png"));
    }
}

QTEST_MAIN(TestLsnAxis)
#include "tst_lsnaxis.moc"
