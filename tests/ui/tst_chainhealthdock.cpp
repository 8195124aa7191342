// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Chain Health dock on tests/data/health/sales-two-days.json (its README works the report out
// by hand): an entry for the log chain gap, selecting it selects the gap's backup and scrolls the
// timeline there, sorting and filtering keep each row's own entry, the table follows a history
// edit (after the idle-time preparation) and its undo, and View ▸ Show Chain Health raises it.
#include "model/commands/editcommand.h"
#include "model/document/projectdocument.h"
#include "ui/docks/chainhealthdock.h"
#include "ui/docks/chainhealthmodel.h"
#include "ui/mainwindow.h"
#include "ui/timeline/timelinescene.h"
#include "ui/timeline/timelineview.h"
#include "ui/viewstate.h"

#include <QAction>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace rd;

namespace {

const QString History = QStringLiteral(RD_TEST_DATA_DIR "/health/sales-two-days.json");

/// A column of the table as shown, top to bottom.
QStringList shown(const QTableView *view, int column)
{
    QStringList out;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        out << view->model()->index(row, column).data().toString();
    return out;
}

/// Whether the timeline shows the start of backup `id`.
bool timelineShows(MainWindow &window, const QString &id)
{
    auto *view = window.findChild<TimelineView *>();
    auto *scene = qobject_cast<TimelineScene *>(view->scene());
    const Backup *b = window.document()->analysis().effectiveBackup(id);
    const qreal x = scene->xForTime(scene->axisTime(b->start, b->firstLsn));
    const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
    return x >= visible.left() && x <= visible.right();
}

} // namespace

class TestChainHealthDock : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void selectingTheGapLocatesItsBackup();
    void sortedAndFilteredRowsKeepTheirEntry();
    void followsTheHistory();
};

void TestChainHealthDock::selectingTheGapLocatesItsBackup()
{
    MainWindow window;
    window.resize(1500, 950);
    QVERIFY(window.openFile(History));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dock = window.findChild<ChainHealthDock *>();
    QVERIFY(dock);
    // View ▸ Show Chain Health (Ctrl+Shift+H) raises it from behind Diagnostics.
    QCOMPARE(dock->showAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+H")));
    dock->showAction()->trigger();
    QTRY_VERIFY(dock->isVisible() && !dock->visibleRegion().isEmpty());
    QTRY_COMPARE(dock->model()->rowCount(), 6);
    QCOMPARE(shown(dock->view(), ChainHealthModel::KindColumn).constFirst(), displayName(ChainHealthKind::LogGap));
    QCOMPARE(shown(dock->view(), ChainHealthModel::BackupsColumn).constFirst(), QStringLiteral("log_0800, log_1600"));

    // Zoomed in on day 2, far from the gap (day 1, 08:01 to 16:00).
    auto *timeline = window.findChild<TimelineView *>();
    auto *scene = qobject_cast<TimelineScene *>(timeline->scene());
    scene->setPixelsPerSecond(0.2); // two days: 35,000 pixels
    timeline->horizontalScrollBar()->setValue(timeline->horizontalScrollBar()->maximum());
    QVERIFY(!timelineShows(window, QStringLiteral("log_0800")));

    window.findChild<ViewState *>()->setSelectedBackup(QString());
    const QRect row = dock->view()->visualRect(dock->view()->model()->index(0, ChainHealthModel::MessageColumn));
    QTest::mouseClick(dock->view()->viewport(), Qt::LeftButton, {}, row.center());
    QCOMPARE(window.findChild<ViewState *>()->selectedBackup(), QStringLiteral("log_0800"));
    QVERIFY(timelineShows(window, QStringLiteral("log_0800")));

    const QString dir = qEnvironmentVariable("RD_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QTest::qWait(50);
        QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("chain-health.png"))));
    }
}

void TestChainHealthDock::sortedAndFilteredRowsKeepTheirEntry()
{
    MainWindow window;
    QVERIFY(window.openFile(History));
    auto *dock = window.findChild<ChainHealthDock *>();
    QTRY_COMPARE(dock->model()->rowCount(), 6);
    // By time: the gap (08:01), the window (12:05), the NUL log (18:30), the copy (21:00), then day 2.
    dock->view()->sortByColumn(ChainHealthModel::WhenColumn, Qt::AscendingOrder);
    QCOMPARE(shown(dock->view(), ChainHealthModel::BackupsColumn),
             (QStringList{QStringLiteral("log_0800, log_1600"), QStringLiteral("diff_1200, copy_2100"),
                          QStringLiteral("log_nul"), QStringLiteral("copy_2100"), QStringLiteral("log_d2_0800"),
                          QStringLiteral("diff_d2_1200")}));
    dock->view()->setCurrentIndex(dock->view()->model()->index(1, 0));
    QCOMPARE(window.findChild<ViewState *>()->selectedBackup(), QStringLiteral("diff_1200"));
    // By severity, descending: the notes first (Info sorts after Error).
    dock->view()->sortByColumn(ChainHealthModel::SeverityColumn, Qt::DescendingOrder);
    QCOMPARE(shown(dock->view(), ChainHealthModel::SeverityColumn).constFirst(), QStringLiteral("info"));
    QCOMPARE(shown(dock->view(), ChainHealthModel::SeverityColumn).constLast(), QStringLiteral("error"));
    // The filter keeps the entries whose text holds it.
    dock->filterEdit()->setText(QStringLiteral("LOG_D2_0800"));
    QCOMPARE(dock->view()->model()->rowCount(), 1);
    dock->view()->setCurrentIndex(dock->view()->model()->index(0, 0));
    QCOMPARE(window.findChild<ViewState *>()->selectedBackup(), QStringLiteral("log_d2_0800"));
}

void TestChainHealthDock::followsTheHistory()
{
    MainWindow window;
    QVERIFY(window.openFile(History));
    auto *dock = window.findChild<ChainHealthDock *>();
    QTRY_COMPARE(dock->model()->rowCount(), 6);
    ProjectDocument *doc = window.document();
    // The missing 12:00 log found again: the gap closes (steps 40 to 50).
    Backup found = *doc->project().backup(QStringLiteral("log_0400"));
    found.id = QStringLiteral("log_1200");
    found.start = found.start.addSecs(8 * 3600);
    found.finish = found.finish.addSecs(8 * 3600);
    found.firstLsn = Lsn::fromString(u"41000000004000001");
    found.lastLsn = Lsn::fromString(u"41000000005000001");
    found.media = {QStringLiteral("D:\\bak\\sales_1200.trn")};
    doc->undoStack()->push(new EditCommand(doc, -1, ProjectEdit::addBackup(found)));
    QTRY_COMPARE(dock->model()->rowCount(), 5);
    QVERIFY(!shown(dock->view(), ChainHealthModel::KindColumn).contains(displayName(ChainHealthKind::LogGap)));
    doc->undoStack()->undo();
    QTRY_COMPARE(dock->model()->rowCount(), 6);
}

QTEST_MAIN(TestChainHealthDock)
#include "tst_chainhealthdock.moc"
