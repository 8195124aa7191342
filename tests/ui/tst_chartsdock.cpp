// The Charts dock in the designer window: a View menu toggle like the other docks, the two charts
// as tabs (keyboard mnemonics), and each chart's export actions in its context menu and behind
// its Export button.

#include "ui/charts/backupsizechart.h"
#include "ui/charts/chartsdock.h"
#include "ui/charts/timetoonlinechart.h"
#include "ui/mainwindow.h"

#include <QAction>
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
    QCOMPARE(dock->tabs()->tabText(0), QStringLiteral("&Time to Online"));
    QCOMPARE(dock->tabs()->tabText(1), QStringLiteral("Backup &Sizes"));
    QVERIFY(!dock->tabs()->tabToolTip(0).isEmpty());
    QVERIFY(!dock->tabs()->tabToolTip(1).isEmpty());
}

void TestChartsDock::eachChartExportsFromItsMenuAndButton()
{
    rd::MainWindow window;
    auto *dock = window.findChild<rd::ChartsDock *>(QStringLiteral("chartsDock"));
    for (QWidget *chart : {static_cast<QWidget *>(dock->timeToOnlineChart()), static_cast<QWidget *>(dock->backupSizeChart())}) {
        QCOMPARE(chart->contextMenuPolicy(), Qt::ActionsContextMenu);
        QCOMPARE(chart->focusPolicy(), Qt::StrongFocus); // Tab reaches it; the Menu key opens the menu
        QStringList names;
        for (QAction *a : chart->actions())
            names << a->objectName();
        QCOMPARE(names, (QStringList{QStringLiteral("exportPngAction"), QStringLiteral("exportSvgAction")}));
        auto *button = dock->findChild<QToolButton *>(chart->objectName() + QStringLiteral("Export"));
        QVERIFY(button);
        QVERIFY(!button->toolTip().isEmpty());
        QCOMPARE(button->menu()->actions(), chart->actions());
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

QTEST_MAIN(TestChartsDock)
#include "tst_chartsdock.moc"
