// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The timeline shows the estimated memory-optimized share of the backups after a CFP snapshot
// (issue 10, part 4): a badge on the imoltp_mod lane and a paragraph of the tooltip, both following
// the document's edits (a snapshot added, undone, redone). On the sample (lanes PRIMARY,
// imoltp_secondary, imoltp_mod, log) with the hand-worked snapshots of tests/cfpfixtures.h. With
// RD_SCREENSHOT_DIR set, also writes timeline-cfp-estimate.png.
#include "model/commands/editcommand.h"
#include "model/document/projectdocument.h"
#include "ui/designerstyle.h"
#include "ui/mainwindow.h"
#include "ui/timeline/backupitem.h"
#include "ui/timeline/cfpbadge.h"
#include "ui/timeline/timelinescene.h"
#include "ui/timeline/timelineview.h"
#include "tests/cfpfixtures.h"
#include "timelinegestures.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QPalette>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace rd;

namespace {
constexpr int ModLane = 2;
const QString FileBackup = QStringLiteral("imoltp_primary_mod"); // PRIMARY and imoltp_mod, 03:00–03:01

/// A backup of PRIMARY and imoltp_mod on the sample's day, a minute long from hour:minute.
Backup modBackup(const QString &id, BackupType type, int hour, int minute)
{
    Backup b;
    b.id = id;
    b.type = type;
    b.filegroups = {QStringLiteral("PRIMARY"), QStringLiteral("imoltp_mod")};
    b.start = PlanTime::make(2017, 3, 6, hour, minute);
    b.finish = b.start.addSecs(60);
    return b;
}
} // namespace

class TestTimelineCfpBadge : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aSnapshotBadgesTheBackupsAfterIt();
    void theTooltipSaysWhereTheEstimateComesFrom();
    void aSnapshotRepaintsOnlyTheBarsItChanges();
    void anUnknownBaseMakesADifferentialAnUpperBound();
    void aBarTooCloseToTheNextHasNoBadge();
    void theBadgeIsReadableOnLightAndDarkPalettes();
    void darkTrainerModeScreenshot();

private:
    void push(const ProjectEdit &edit);
    BackupItem *bar(const QString &id) const { return m_scene->itemForBackup(id); }

    MainWindow *m_window = nullptr;
    TimelineView *m_view = nullptr;
    TimelineScene *m_scene = nullptr;
};

void TestTimelineCfpBadge::initTestCase()
{
    test::useTestSettings();
}

void TestTimelineCfpBadge::init()
{
    m_window = test::openSampleWindow();
    QVERIFY(m_window && QTest::qWaitForWindowExposed(m_window));
    m_view = test::timelineView(m_window);
    m_scene = m_view ? static_cast<TimelineScene *>(m_view->scene()) : nullptr;
    QVERIFY(m_scene);
    QCOMPARE(m_scene->lanes()[ModLane].filegroup, QStringLiteral("imoltp_mod"));
}

void TestTimelineCfpBadge::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestTimelineCfpBadge::push(const ProjectEdit &edit)
{
    ProjectDocument *document = m_window->document();
    document->undoStack()->push(new EditCommand(document, -1, edit, QStringLiteral("test")));
}

void TestTimelineCfpBadge::aSnapshotBadgesTheBackupsAfterIt()
{
    QVERIFY(bar(FileBackup));
    QVERIFY(bar(FileBackup)->cfpBadgeText().isEmpty()); // no snapshot yet: nothing to estimate from

    push(ProjectEdit::addCfpSnapshot(test::cfpSnapshotA())); // at 02:00
    // The file backup at 03:01 copies pair 1's 8 MiB and its delta's 64 KiB: 1,032 pages,
    // 8,454,144 bytes = 8.06 MiB, shown as SSMS shows sizes (binary, one decimal).
    QCOMPARE(bar(FileBackup)->cfpBadgeText(), QStringLiteral("≈ 8.1 MB MOD"));
    // On the imoltp_mod lane (the id is on PRIMARY's), right of the bar.
    const QRectF badge = bar(FileBackup)->mapRectToScene(bar(FileBackup)->cfpBadgeRect());
    const TimelineScene::Lane &mod = m_scene->lanes()[ModLane];
    QVERIFY(badge.top() >= mod.top && badge.bottom() <= mod.top + m_scene->laneHeight());
    QVERIFY(badge.left() > bar(FileBackup)->mapRectToScene(bar(FileBackup)->segments().first()).right());
    // The full backup finished at 01:01, before the snapshot; the others hold no imoltp_mod.
    for (const char *id : {"imoltp_full", "imoltp_secondary", "imoltp_log"}) {
        QVERIFY2(bar(QLatin1String(id)), id);
        QVERIFY2(bar(QLatin1String(id))->cfpBadgeText().isEmpty(), id);
    }
    test::screenshot(m_view, QStringLiteral("timeline-cfp-estimate"));

    m_window->document()->undoStack()->undo(); // the label disappears with the snapshot
    QVERIFY(bar(FileBackup)->cfpBadgeText().isEmpty());
    m_window->document()->undoStack()->redo();
    QCOMPARE(bar(FileBackup)->cfpBadgeText(), QStringLiteral("≈ 8.1 MB MOD"));
}

void TestTimelineCfpBadge::theTooltipSaysWhereTheEstimateComesFrom()
{
    QVERIFY(!m_scene->toolTipFor(bar(FileBackup)).contains(QLatin1String("memory-optimized data")));
    CfpSnapshot snapshot = test::cfpSnapshotA();
    snapshot.source = QStringLiteral("checkpoint-files-0200.csv");
    push(ProjectEdit::addCfpSnapshot(snapshot));
    const QString tip = m_scene->toolTipFor(bar(FileBackup));
    for (const char *part : {"Estimated memory-optimized data: ≈ 8.1 MB", "of imoltp_mod", "1,032 pages of 8 KB",
                             "8,454,144 bytes", "CFP snapshot of 2017-03-06 02:00:00", "(checkpoint-files-0200.csv)",
                             "backup rules of SQL Server 2016 and later", "disk-based filegroups' pages and the log"})
        QVERIFY2(tip.contains(QString::fromUtf8(part)), qPrintable(QString::fromUtf8(part) + QStringLiteral(" in ") + tip));
    QVERIFY(!tip.contains(QLatin1String("upper bound")));
}

void TestTimelineCfpBadge::aSnapshotRepaintsOnlyTheBarsItChanges()
{
    QSignalSpy changed(m_scene, &QGraphicsScene::changed);
    QCoreApplication::processEvents();
    changed.clear();
    push(ProjectEdit::addCfpSnapshot(test::cfpSnapshotA()));
    QTRY_VERIFY(!changed.isEmpty());
    QList<QRectF> regions;
    for (const QList<QVariant> &signal : std::as_const(changed))
        regions << signal.first().value<QList<QRectF>>();
    // The file backup's badge is repainted; the bars whose estimate did not change and that do
    // not overlap it (the full backup before the snapshot, the log backup) are not, nor is the
    // whole scene.
    const QRectF badge = bar(FileBackup)->mapRectToScene(bar(FileBackup)->cfpBadgeRect());
    QVERIFY(std::any_of(regions.cbegin(), regions.cend(), [&](const QRectF &r) { return r.contains(badge); }));
    QVERIFY(std::none_of(regions.cbegin(), regions.cend(), [&](const QRectF &r) { return r.contains(m_scene->sceneRect()); }));
    for (const char *id : {"imoltp_full", "imoltp_log"}) {
        const QRectF untouched = bar(QLatin1String(id))->sceneBoundingRect();
        QVERIFY2(std::none_of(regions.cbegin(), regions.cend(), [&](const QRectF &r) { return r.intersects(untouched); }), id);
    }
}

void TestTimelineCfpBadge::anUnknownBaseMakesADifferentialAnUpperBound()
{
    // A differential of PRIMARY and imoltp_mod at 03:50 whose base is not in the history, after
    // snapshot B (03:45): every data file (pairs 1 and 2, 1,024 pages each) and every delta file
    // (8 + 2 pages): 2,058 pages, 16,859,136 bytes = 16.08 MiB, at most.
    Backup diff = modBackup(QStringLiteral("diff"), BackupType::FileDifferential, 3, 50);
    diff.differentialBaseGuid = QStringLiteral("no-such-base");
    push(ProjectEdit::composite({ProjectEdit::addBackup(diff), ProjectEdit::addCfpSnapshot(test::cfpSnapshotB())}));
    m_scene->setPixelsPerSecond(1); // bars a minute wide, 5 minutes apart: room for the badges
    m_scene->setVisibleRect(QRectF(m_scene->xForTime(diff.start) - 600, 0, 1200, 400));
    QVERIFY(bar(QStringLiteral("diff")));
    QCOMPARE(bar(QStringLiteral("diff"))->cfpBadgeText(), QStringLiteral("≤ 16.1 MB MOD"));
    const QString tip = m_scene->toolTipFor(bar(QStringLiteral("diff")));
    QVERIFY2(tip.contains(QLatin1String("2,058 pages")), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("An upper bound")), qPrintable(tip));
}

void TestTimelineCfpBadge::aBarTooCloseToTheNextHasNoBadge()
{
    // Another file backup of PRIMARY and imoltp_mod five minutes after imoltp_primary_mod: at
    // 0.2 px/s the first bar is 12 px wide and the next starts 60 px after it, 48 px on, less
    // than the badge; at 2 px/s 480 px on, room enough.
    const Backup next = modBackup(QStringLiteral("next"), BackupType::File, 3, 5);
    push(ProjectEdit::composite({ProjectEdit::addBackup(next), ProjectEdit::addCfpSnapshot(test::cfpSnapshotA())}));
    const QDateTime at = PlanTime::make(2017, 3, 6, 3, 0);
    for (const double zoom : {0.2, 2.0}) {
        m_scene->setPixelsPerSecond(zoom);
        m_scene->setVisibleRect(QRectF(m_scene->xForTime(at) - 300, 0, 1200, 400));
        QVERIFY(bar(FileBackup) && bar(QStringLiteral("next")));
        QCOMPARE(bar(FileBackup)->cfpBadgeText().isEmpty(), zoom < 1);
        QCOMPARE(bar(QStringLiteral("next"))->cfpBadgeText(), QStringLiteral("≈ 8.1 MB MOD")); // nothing after it
    }
}

void TestTimelineCfpBadge::theBadgeIsReadableOnLightAndDarkPalettes()
{
    const QPalette original = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    for (const bool isDark : {false, true}) {
        QApplication::setPalette(isDark ? dark : original);
        QCOMPARE(DesignerStyle::isDark(), isDark);
        // WCAG 2: text 4.5:1 on the badge's fill, its outline (what sets it off the lane's tint
        // and Trainer Mode's state tints) 3:1.
        QVERIFY(DesignerStyle::contrastRatio(CfpBadge::textColor(), CfpBadge::fillColor()) >= DesignerStyle::MinimumTextContrast);
        QVERIFY(DesignerStyle::contrastRatio(CfpBadge::outlineColor(), CfpBadge::fillColor()) >= DesignerStyle::MinimumMarkContrast);
    }
    QApplication::setPalette(original);
}

void TestTimelineCfpBadge::darkTrainerModeScreenshot()
{
    if (qEnvironmentVariableIsEmpty("RD_SCREENSHOT_DIR"))
        QSKIP("set RD_SCREENSHOT_DIR to write timeline-cfp-estimate-dark.png");
    const QPalette original = QApplication::palette();
    QPalette dark = original;
    for (const auto &[role, color] : {std::pair{QPalette::Window, QColor(0x2b, 0x2b, 0x2b)},
                                      {QPalette::Base, QColor(0x1e, 0x1e, 0x1e)},
                                      {QPalette::AlternateBase, QColor(0x26, 0x26, 0x26)},
                                      {QPalette::Button, QColor(0x35, 0x35, 0x35)},
                                      {QPalette::Text, QColor(0xe0, 0xe0, 0xe0)},
                                      {QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0)},
                                      {QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0)}})
        dark.setColor(role, color);
    QApplication::setPalette(dark);
    cleanup();
    init(); // a window made under the dark palette
    push(ProjectEdit::addCfpSnapshot(test::cfpSnapshotA()));
    auto *trainer = m_window->findChild<QAction *>(QStringLiteral("trainerModeAction"));
    QVERIFY(trainer);
    trainer->trigger(); // Trainer Mode: the lanes tinted by the states after the selected step
    auto *steps = m_window->findChild<QAbstractItemView *>(QStringLiteral("planStepsView"));
    QVERIFY(steps);
    steps->setCurrentIndex(steps->model()->index(0, 0));
    QTest::qWait(50);
    test::screenshot(m_view, QStringLiteral("timeline-cfp-estimate-dark"));
    test::screenshot(m_window, QStringLiteral("designer-cfp-estimate-dark"));
    trainer->trigger();
    QApplication::setPalette(original);
}

QTEST_MAIN(TestTimelineCfpBadge)
#include "tst_timelinecfpbadge.moc"
