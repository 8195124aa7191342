// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Help ▸ Quick Tour: five steps on the sample, Back and Next, Skip and Esc, each step's part of the
// window shown and framed; shown by itself once at the first start, never over a file given on
// the command line, never offscreen unless RD_QUICK_TOUR=1 asks. QSettings live in a temporary
// folder, cleared before each test.
#include "model/document/projectdocument.h"
#include "ui/help/helpactions.h"
#include "ui/help/quicktour.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QMainWindow>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {
const QString Sample = QStringLiteral(RD_SOURCE_DIR "/resources/samples/imoltp-piecemeal.json");

/// Whether `widget` is shown and, if it is a dock tabbed with others, its tab is the current one
/// (Qt keeps a tabbed dock "visible" behind the current tab).
bool inFront(QMainWindow *window, QWidget *widget)
{
    auto *dock = qobject_cast<QDockWidget *>(widget);
    if (!widget->isVisible() || !dock || window->tabifiedDockWidgets(dock).isEmpty())
        return widget->isVisible();
    for (const QTabBar *bar : window->findChildren<QTabBar *>()) {
        for (int i = 0; i < bar->count(); ++i)
            if (bar->isVisible() && bar->tabText(i) == dock->windowTitle())
                return bar->currentIndex() == i;
    }
    return false;
}

} // namespace

class TestQuickTour : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void itWalksForwardAndBack();
    void eachStepShowsAndFramesItsPart();
    void skipAndEscEndItAndRecordIt();
    void anUntitledWindowGetsTheSample();
    void anOpenFileStays();
    void theFirstStartShowsItOnceAndNeverAgain();
    void notOverAFileNorOffscreenUnlessAsked();

private:
    QuickTour *startTour();

    QTemporaryDir m_settings;
    MainWindow *m_window = nullptr;
};

void TestQuickTour::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QCoreApplication::setOrganizationName(QStringLiteral("restore-designer-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_quicktour"));
}

void TestQuickTour::init()
{
    QSettings().clear();
    qunsetenv("RD_QUICK_TOUR");
    m_window = new MainWindow;
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestQuickTour::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

QuickTour *TestQuickTour::startTour()
{
    m_window->findChild<QAction *>(QStringLiteral("quickTourAction"))->trigger();
    return m_window->helpActions()->quickTour();
}

void TestQuickTour::itWalksForwardAndBack()
{
    QuickTour *tour = startTour();
    auto *counter = tour->findChild<QLabel *>(QStringLiteral("quickTourCounter"));
    auto *back = tour->findChild<QPushButton *>(QStringLiteral("quickTourBack"));
    auto *next = tour->findChild<QPushButton *>(QStringLiteral("quickTourNext"));
    QVERIFY(tour->isVisible());
    QCOMPARE(tour->stepCount(), 5);
    QCOMPARE(tour->currentStep(), 0);
    QCOMPARE(counter->text(), QStringLiteral("Step 1 of 5"));
    QVERIFY(!back->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(tour->currentStep(), 2);
    QCOMPARE(counter->text(), QStringLiteral("Step 3 of 5"));
    QVERIFY(back->isEnabled());
    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(tour->currentStep(), 1);
    QCOMPARE(counter->text(), QStringLiteral("Step 2 of 5"));
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(tour->currentStep(), 4);
    QCOMPARE(next->text(), QStringLiteral("&Finish"));
    QTest::mouseClick(next, Qt::LeftButton); // Finish
    QVERIFY(!tour->isRunning());
    QVERIFY(!tour->isVisible());
    QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("tourHighlight"))->isVisible());
}

// The steps are, in order: the layout, the timeline, the Plan dock, the Diagnostics dock, the
// Simulation dock. The docks start behind others (Plan behind nothing, but Diagnostics behind
// Charts here, Simulation behind T-SQL): each step must bring its own to the front.
void TestQuickTour::eachStepShowsAndFramesItsPart()
{
    auto *diagnostics = m_window->findChild<QDockWidget *>(QStringLiteral("diagnosticsDock"));
    auto *simulation = m_window->findChild<QDockWidget *>(QStringLiteral("simulationDock"));
    m_window->findChild<QDockWidget *>(QStringLiteral("chartsDock"))->raise();
    m_window->findChild<QDockWidget *>(QStringLiteral("tsqlDock"))->raise();
    QTRY_VERIFY(!inFront(m_window, diagnostics));
    QVERIFY(!inFront(m_window, simulation));

    QuickTour *tour = startTour();
    auto *highlight = m_window->findChild<QWidget *>(QStringLiteral("tourHighlight"));
    const QList<QWidget *> expected{m_window->findChild<QWidget *>(QStringLiteral("layoutView")),
                                    m_window->findChild<QWidget *>(QStringLiteral("timelineView")),
                                    m_window->findChild<QDockWidget *>(QStringLiteral("planDock")), diagnostics, simulation};
    for (int step = 0; step < 5; ++step) {
        QCOMPARE(tour->currentStep(), step);
        QWidget *target = tour->currentTarget();
        QVERIFY2(target, qPrintable(QString::number(step)));
        QVERIFY2(target == expected[step] || target->isAncestorOf(expected[step]), qPrintable(QString::number(step)));
        QVERIFY2(target->isVisible() && inFront(m_window, target), qPrintable(QString::number(step)));
        QVERIFY(highlight->isVisible());
        QCOMPARE(highlight->geometry(), QRect(target->mapTo(m_window, QPoint(0, 0)), target->size()));
        QVERIFY(m_window->rect().contains(tour->geometry())); // the balloon is inside the window
        if (step == 3 && !qEnvironmentVariableIsEmpty("RD_SCREENSHOT_DIR")) {
            QTest::qWait(50);
            QVERIFY(m_window->grab().save(QDir(qEnvironmentVariable("RD_SCREENSHOT_DIR")).filePath(QStringLiteral("help-tour.png"))));
        }
        tour->next();
    }
    QVERIFY(!tour->isRunning());
}

void TestQuickTour::skipAndEscEndItAndRecordIt()
{
    QVERIFY(!QSettings().value(HelpActions::tourShownKey()).toBool());
    QuickTour *tour = startTour();
    QSignalSpy finished(tour, &QuickTour::finished);
    tour->next();
    QTest::mouseClick(tour->findChild<QPushButton *>(QStringLiteral("quickTourSkip")), Qt::LeftButton);
    QVERIFY(!tour->isRunning());
    QVERIFY(!tour->isVisible());
    QCOMPARE(finished.count(), 1);
    QVERIFY(QSettings().value(HelpActions::tourShownKey()).toBool());

    startTour(); // again from the menu, any time
    QCOMPARE(tour->currentStep(), 0);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTest::keyClick(m_window->findChild<QWidget *>(QStringLiteral("timelineView")), Qt::Key_Escape);
    QVERIFY(!tour->isRunning());
    QCOMPARE(finished.count(), 2);
    // Once it is over, Esc is the window's again (the action is disabled, not in the way).
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("quickTourSkipAction"))->isEnabled());
}

void TestQuickTour::anUntitledWindowGetsTheSample()
{
    QCOMPARE(m_window->document()->project().database.name, QStringLiteral("NewDatabase")); // File ▸ New's
    startTour();
    QCOMPARE(m_window->document()->project().database.name, QStringLiteral("imoltp"));
    QVERIFY(m_window->document()->filePath().isEmpty()); // the sample, untitled
}

void TestQuickTour::anOpenFileStays()
{
    QVERIFY(m_window->openFile(Sample));
    const QString path = m_window->document()->filePath();
    QVERIFY(!path.isEmpty());
    QVERIFY(startTour()->isRunning());
    QCOMPARE(m_window->document()->filePath(), path);
}

void TestQuickTour::theFirstStartShowsItOnceAndNeverAgain()
{
    qputenv("RD_QUICK_TOUR", "1"); // offscreen, as asked
    QVERIFY(m_window->helpActions()->showTourOnFirstStart(false));
    QVERIFY(m_window->helpActions()->quickTour()->isRunning());
    m_window->helpActions()->quickTour()->skip();
    delete m_window; // the next start
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(!m_window->helpActions()->showTourOnFirstStart(false));
    QVERIFY(!m_window->findChild<QuickTour *>()); // not even built
}

void TestQuickTour::notOverAFileNorOffscreenUnlessAsked()
{
    QVERIFY(!m_window->helpActions()->showTourOnFirstStart(false)); // offscreen, not asked
    qputenv("RD_QUICK_TOUR", "1");
    QVERIFY(!m_window->helpActions()->showTourOnFirstStart(true)); // a file was given
    QVERIFY(!QSettings().value(HelpActions::tourShownKey()).toBool()); // so the next start still shows it
    QVERIFY(m_window->helpActions()->showTourOnFirstStart(false));
}

QTEST_MAIN(TestQuickTour)
#include "tst_quicktour.moc"
