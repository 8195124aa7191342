// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Dimmed backups (issue 11, item 3), offscreen: with a plan current, the timeline dims the backups
// its steps do not restore and their tooltip starts with why (PlanExplanation); an empty plan dims
// nothing; a plan edit, its undo, and switching plans change the dimming without rebuilding the
// bars. On the hand-made history of handmadehistory.h with a plan written here by hand: the full,
// the differential and the two logs after it — the logs of 01:15 and 01:30 end before the
// differential's last LSN (4500), so the differential covers them. With RD_SCREENSHOT_DIR set,
// writes the timeline with a tooltip (docs/designer-import-and-plan.md).
#include "model/commands/editcommand.h"
#include "model/document/projectdocument.h"
#include "model/domain/plansteps.h"
#include "ui/designerstyle.h"
#include "ui/mainwindow.h"
#include "ui/timeline/backupitem.h"
#include "ui/viewstate.h"
#include "handmadehistory.h"
#include "timelinegestures.h"

#include <QDockWidget>
#include <QHelpEvent>
#include <QPainter>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>

using namespace rd;

namespace {
const QStringList All{QStringLiteral("full"), QStringLiteral("log1"), QStringLiteral("log2"), QStringLiteral("diff"),
                      QStringLiteral("log3"), QStringLiteral("log4")};

/// The history with two plans: "Latest" (full, diff, log3, log4; the last with RECOVERY) and
/// "Empty" (no step).
Project historyWithPlans()
{
    Project p = test::handMadeHistory();
    Plan latest;
    latest.name = QStringLiteral("Latest");
    for (const QString &id : {QStringLiteral("full"), QStringLiteral("diff"), QStringLiteral("log3"), QStringLiteral("log4")})
        latest.steps << PlanSteps::restoreOf(*p.backup(id), id == QLatin1String("log4") ? RecoveryOption::Recovery
                                                                                         : RecoveryOption::NoRecovery);
    Plan empty;
    empty.name = QStringLiteral("Empty");
    p.plans << latest << empty;
    return p;
}

/// The lightness of the bar of `id` where it is drawn (the middle of its first segment).
int barLightness(TimelineScene *scene, const QString &id)
{
    BackupItem *item = scene->itemForBackup(id);
    if (!item)
        return -1;
    const QRectF seg = item->mapRectToScene(item->segments().first());
    QImage image(1, 1, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    const QPointF c = seg.center();
    scene->render(&painter, QRectF(0, 0, 1, 1), QRectF(c.x(), c.y(), 1, 1));
    painter.end();
    return image.pixelColor(0, 0).lightness();
}
} // namespace

class TestTimelineDimming : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::useTestSettings(); }
    void init();
    void cleanup();
    void theBackupsThePlanLeavesOutAreDimmed();
    void theTooltipStartsWithWhy();
    void anEmptyPlanDimsNothing();
    void aPlanEditChangesTheDimmingWithoutRebuildingTheBars();
    void hoverShowsTheReason();

private:
    QStringList dimmed() const;

    MainWindow *m_window = nullptr;
    ProjectDocument *m_document = nullptr;
    ViewState *m_viewState = nullptr;
    TimelineView *m_view = nullptr;
    TimelineScene *m_scene = nullptr;
};

void TestTimelineDimming::init()
{
    m_window = new MainWindow;
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_document = m_window->document();
    m_document->reset(historyWithPlans());
    m_viewState = m_window->findChild<ViewState *>();
    m_viewState->resetSelection(); // the first plan, "Latest"
    m_view = test::timelineView(m_window);
    m_scene = static_cast<TimelineScene *>(m_view->scene());
    m_view->fitToWidth();
    QCOMPARE(m_viewState->currentPlan(), 0);
    for (const QString &id : All)
        QVERIFY2(m_scene->itemForBackup(id), qPrintable(id)); // six bars, no band
}

void TestTimelineDimming::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

QStringList TestTimelineDimming::dimmed() const
{
    QStringList out;
    for (const QString &id : All)
        if (m_scene->isDimmed(id))
            out << id;
    return out;
}

void TestTimelineDimming::theBackupsThePlanLeavesOutAreDimmed()
{
    QCOMPARE(dimmed(), (QStringList{QStringLiteral("log1"), QStringLiteral("log2")}));
    // Drawn lighter than the same bar undimmed (the Empty plan dims nothing), and still selectable.
    const int dimmedLightness = barLightness(m_scene, QStringLiteral("log1"));
    m_viewState->setCurrentPlan(1);
    const int plainLightness = barLightness(m_scene, QStringLiteral("log1"));
    QVERIFY2(dimmedLightness > plainLightness + 20, qPrintable(QStringLiteral("%1 vs %2").arg(dimmedLightness).arg(plainLightness)));
    m_viewState->setCurrentPlan(0);
    m_viewState->setSelectedBackup(QStringLiteral("log1"));
    QCOMPARE(m_viewState->selectedBackup(), QStringLiteral("log1"));
    QVERIFY(m_scene->isDimmed(QStringLiteral("log1"))); // still left out; drawn clear while selected
    QCOMPARE(barLightness(m_scene, QStringLiteral("log1")) < dimmedLightness, true);
}

void TestTimelineDimming::theTooltipStartsWithWhy()
{
    const QString tip = m_scene->toolTipFor(m_scene->itemForBackup(QStringLiteral("log2")));
    QVERIFY2(tip.startsWith(QStringLiteral("<i>Not used by plan Latest: covered by differential diff</i><hr>")), qPrintable(tip));
    QCOMPARE(m_scene->notUsedReason(QStringLiteral("log1")), QStringLiteral("Not used by plan Latest: covered by differential diff"));
    // The plan's own backups say nothing of the kind.
    for (const QString &id : {QStringLiteral("full"), QStringLiteral("diff"), QStringLiteral("log3"), QStringLiteral("log4")}) {
        QVERIFY(m_scene->notUsedReason(id).isEmpty());
        QVERIFY(!m_scene->toolTipFor(m_scene->itemForBackup(id)).contains(QLatin1String("Not used by plan")));
    }
}

void TestTimelineDimming::anEmptyPlanDimsNothing()
{
    m_viewState->setCurrentPlan(1);
    QVERIFY(!m_scene->dimsUnusedBackups());
    QVERIFY(dimmed().isEmpty());
    QVERIFY(!m_scene->toolTipFor(m_scene->itemForBackup(QStringLiteral("log1"))).contains(QLatin1String("Not used by plan")));
}

void TestTimelineDimming::aPlanEditChangesTheDimmingWithoutRebuildingTheBars()
{
    QHash<QString, BackupItem *> bars;
    for (const QString &id : All)
        bars.insert(id, m_scene->itemForBackup(id));
    // Remove the step restoring log4 (the last): log4 is left out now — as after the target
    // of the chain, or after its end.
    m_document->undoStack()->push(new EditCommand(m_document, 0, ProjectEdit::remove(3)));
    QCOMPARE(dimmed(), (QStringList{QStringLiteral("log1"), QStringLiteral("log2"), QStringLiteral("log4")}));
    QVERIFY(!m_scene->notUsedReason(QStringLiteral("log4")).isEmpty());
    m_document->undoStack()->undo();
    QCOMPARE(dimmed(), (QStringList{QStringLiteral("log1"), QStringLiteral("log2")}));
    m_viewState->setCurrentPlan(1);
    QVERIFY(dimmed().isEmpty());
    m_viewState->setCurrentPlan(0);
    for (const QString &id : All)
        QCOMPARE(m_scene->itemForBackup(id), bars.value(id)); // the same bars, repainted
}

void TestTimelineDimming::hoverShowsTheReason()
{
    if (!qEnvironmentVariableIsEmpty("RD_SCREENSHOT_DIR")) { // room under the lanes for the tooltip in the shot
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
            if (m_window->dockWidgetArea(dock) == Qt::BottomDockWidgetArea)
                dock->hide();
        QTest::qWait(50);
        m_view->fitToWidth();
    }
    BackupItem *item = m_scene->itemForBackup(QStringLiteral("log2"));
    const QPoint pos = m_view->mapFromScene(item->mapRectToScene(item->segments().first()).center());
    QHelpEvent help(QEvent::ToolTip, pos, m_view->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(m_view->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().startsWith(QStringLiteral("<i>Not used by plan Latest: covered by differential diff</i>")),
             qPrintable(QToolTip::text()));
    if (!qEnvironmentVariableIsEmpty("RD_SCREENSHOT_DIR")) {
        // The timeline with the tooltip drawn where it shows (a tooltip is a window of its own).
        QPixmap shot = m_view->grab();
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->inherits("QTipLabel") && w->isVisible()) {
                QPainter painter(&shot);
                const QPixmap tip = w->grab();
                const QPoint at = m_view->mapFromGlobal(w->pos());
                painter.drawPixmap(QPoint(at.x(), qMin(at.y(), shot.height() - tip.height())), tip); // all of it in the shot
            }
        shot.save(qEnvironmentVariable("RD_SCREENSHOT_DIR") + QStringLiteral("/timeline-dimmed-backups.png"));
    }
    QToolTip::hideText();
}

QTEST_MAIN(TestTimelineDimming)
#include "tst_timelinedimming.moc"
