// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Charts dock in the designer window: a View menu toggle like the other docks, the two charts
// as tabs (keyboard mnemonics), and each chart's export actions in its context menu and behind
// its Export button.

#include "ui/charts/backupsizechart.h"
#include "ui/charts/chartsdock.h"
#include "ui/charts/timetoonlinechart.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

class TestChartsDock : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void viewMenuTogglesTheDock();
    void eachChartExportsFromItsMenuAndButton();
    void chartsFollowTheOpenedProject();
    void screenshot();
};

void TestChartsDock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear(); // no saved window state from another run
}

void TestChartsDock::viewMenuTogglesTheDock()
{
    rd::MainWindow window;
    auto *dock = window.findChild<rd::ChartsDock *>(QStringLiteral("chartsDock"));
    QVERIFY(dock);
    auto *view = window.menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
    QVERIFY(view);
    QVERIFY(view->actions().contains(dock->toggleViewAction()));
    QCOMPARE(dock->toggleViewAction()->text(), QStringLiteral("Charts"));
    QCOMPARE(dock->tabs()->count(), 2);
    QCOMPARE(dock->tabs()->tabText(0), QStringLiteral("Time to &Online"));
    QCOMPARE(dock->tabs()->tabText(1), QStringLiteral("Backup Si&zes"));
    QVERIFY(!dock->tabs()->tabToolTip(0).isEmpty());
    QVERIFY(!dock->tabs()->tabToolTip(1).isEmpty());
}

void TestChartsDock::eachChartExportsFromItsMenuAndButton()
{
    rd::MainWindow window;
    auto *dock = window.findChild<rd::ChartsDock *>(QStringLiteral("chartsDock"));
    auto *button = dock->findChild<QToolButton *>(QStringLiteral("chartsExportButton"));
    QVERIFY(button);
    QVERIFY(!button->toolTip().isEmpty());
    for (int tab : {0, 1}) {
        dock->tabs()->setCurrentIndex(tab);
        QWidget *chart = tab == 0 ? static_cast<QWidget *>(dock->timeToOnlineChart())
                                  : static_cast<QWidget *>(dock->backupSizeChart());
        QVERIFY(chart == dock->tabs()->currentWidget() || dock->tabs()->currentWidget()->isAncestorOf(chart));
        QCOMPARE(chart->contextMenuPolicy(), Qt::ActionsContextMenu);
        QCOMPARE(chart->focusPolicy(), Qt::StrongFocus); // Tab reaches it; the Menu key opens the menu
        QStringList names;
        for (QAction *a : chart->actions())
            names << a->objectName();
        QCOMPARE(names, (QStringList{QStringLiteral("exportPngAction"), QStringLiteral("exportSvgAction")}));
        QCOMPARE(button->menu()->actions(), chart->actions()); // the button exports the chart shown
    }
}

void TestChartsDock::chartsFollowTheOpenedProject()
{
    rd::MainWindow window;
    QVERIFY(window.openFile(QStringLiteral(RD_SOURCE_DIR "/resources/samples/imoltp-piecemeal.json")));
    auto *dock = window.findChild<rd::ChartsDock *>(QStringLiteral("chartsDock"));
    // The sample's three filegroups, at the default throughput.
    QCOMPARE(dock->timeToOnlineChart()->bars().bars().size(), qsizetype(3));
    QVERIFY(dock->timeToOnlineChart()->chart()->title().contains(QLatin1String("Piecemeal restore")));
}

void TestChartsDock::screenshot()
{
    const QString dir = qEnvironmentVariable("RD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("RD_SCREENSHOT_DIR is not set");
    rd::MainWindow window;
    QVERIFY(window.openFile(QStringLiteral(RD_SOURCE_DIR "/resources/samples/imoltp-piecemeal.json")));
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dock = window.findChild<rd::ChartsDock *>(QStringLiteral("chartsDock"));
    dock->raise();
    QTest::qWait(200);
    QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("designer-charts.png"))));
    dock->tabs()->setCurrentIndex(1);
    QTest::qWait(200);
    QVERIFY(dock->grab().save(QDir(dir).filePath(QStringLiteral("designer-charts-sizes.png"))));
}

QTEST_MAIN(TestChartsDock)
#include "tst_chartsdock.moc"
