// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Checkpoint Files dock and its CFP state chart (issue 10): a hand-written SQL Server 2016+
// export of sys.dm_db_xtp_checkpoint_files (tests/data/cfp/dmv2016-dock.csv) imported through the
// dock's headless path, the chart's series checked against the bytes counted from that file, the
// rules switched, undo and redo, a broken file refused, a workload added, and the PNG and SVG
// exports. With RD_SCREENSHOT_DIR set, also writes docs' cfp-chart.png and cfp-dock.png.

#include "model/cfp/cfppresets.h"
#include "model/document/projectdocument.h"
#include "model/domain/plantime.h"
#include "ui/charts/cfpstatechart.h"
#include "ui/docks/cfpdock.h"
#include "ui/docks/cfpworkloaddialog.h"
#include "ui/mainwindow.h"
#include "ui/projectfileactions.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QTreeWidget>
#include <QUndoStack>

using namespace rd;

namespace {

const QString Export = QStringLiteral(RD_TEST_DATA_DIR "/cfp/dmv2016-dock.csv");
const QString Sample = QStringLiteral(RD_SOURCE_DIR "/resources/samples/imoltp-piecemeal.json");
constexpr double MiB = 1048576.0;

/// The chart's series of that type (the stacked files, or the backups beside them).
template <typename Series>
Series *series(const CfpStateChart *chart)
{
    for (QAbstractSeries *s : chart->chart()->series())
        if (auto *typed = qobject_cast<Series *>(s))
            return typed;
    return nullptr;
}

QStringList setNames(const QAbstractBarSeries *series)
{
    QStringList names;
    for (const QBarSet *set : series->barSets())
        names << set->label();
    return names;
}

/// A set's values in bytes (the chart draws MiB).
QList<qint64> bytes(const QAbstractBarSeries *series, int set)
{
    QList<qint64> out;
    const QBarSet *s = series->barSets().at(set);
    for (int i = 0; i < s->count(); ++i)
        out << qint64(std::llround(s->at(i) * MiB));
    return out;
}

/// The category axis's names, as one line each.
QStringList categories(const CfpStateChart *chart)
{
    const auto axes = chart->chart()->axes(Qt::Horizontal);
    auto *axis = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.first());
    QStringList names = axis ? axis->categories() : QStringList();
    for (QString &name : names)
        name.replace(QLatin1String("<br>"), QLatin1String(" "));
    return names;
}

const QDateTime At = PlanTime::make(2024, 3, 5, 14, 30);

/// A new project and its Checkpoint Files dock.
struct NewDock
{
    ProjectDocument document;
    CfpDock dock{&document};
    QString error;

    NewDock() { document.reset(ProjectFileActions::newProject()); }
    /// Imports dmv2016-dock.csv as the snapshot at `At`; false with `error` when it fails.
    bool importExport() { return dock.importDmvExport(Export, At, &error); }
};

} // namespace

class TestCfpDock : public QObject
{
    Q_OBJECT

private slots:
    void importShowsTheFilesPerState();
    void versionSwitchShowsTheStatesItLacks();
    void hoverShowsTheNumbers();
    void undoRemovesTheSnapshot();
    void deleteKeyInTheListRemoves();
    void brokenExportAddsNothing();
    void workloadAddsASnapshot();
    void workloadDialog();
    void exportsPngAndSvg();
    void dockInTheMainWindow();
    void screenshots();
};

// Counted from dmv2016-dock.csv (ROOT and FREE files belong to no pair):
//   PRECREATED          2 pairs: data 2 × 16 MiB, 0 used; delta 2 × 1 MiB, 0 used
//   UNDER CONSTRUCTION  1 pair:  data 16 MiB, 2,097,152 used; delta 1 MiB, 8,192 used
//   ACTIVE              3 pairs: data used 15,728,640 + 14,680,064 + 10,485,760 = 40,894,464 of 48 MiB;
//                                delta used 65,536 + 131,072 + 0 = 196,608 of 3 MiB
//   WAITING FOR LOG T.  1 pair:  data 16 MiB all used; delta 262,144 of 1 MiB used
// A 2016+ full backup copies the used bytes of ACTIVE (40,894,464 + 196,608 = 41,091,072, whole
// pages already) and WAITING FOR LOG TRUNCATION (16,777,216 + 262,144 = 17,039,360), the metadata
// of the rest: 5,016 + 2,080 = 7,096 pages.
void TestCfpDock::importShowsTheFilesPerState()
{
    NewDock fixture;
    auto &[document, dock, error] = fixture;
    QVERIFY2(fixture.importExport(), qPrintable(error));
    QCOMPARE(document.project().cfpSnapshots.size(), 1);
    QCOMPARE(document.project().cfpSnapshots.first().at, At);
    QCOMPARE(document.project().cfpSnapshots.first().source, QStringLiteral("dmv2016-dock.csv"));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(dock.selectedIndex(), 0);
    auto *list = dock.findChild<QTreeWidget *>(QStringLiteral("cfpSnapshotList"));
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("2024-03-05T14:30:00"));
    QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("7"));

    const CfpStateChart *chart = dock.chart();
    QCOMPARE(chart->version(), CfpVersion::SqlServer2016); // the export's own DMV
    QCOMPARE(categories(chart), (QStringList{QStringLiteral("PRECREATED"), QStringLiteral("UNDER CONSTRUCTION"),
                                             QStringLiteral("ACTIVE"), QStringLiteral("WAITING FOR LOG TRUNCATION")}));
    const auto *files = series<QStackedBarSeries>(chart);
    QVERIFY(files);
    QCOMPARE(setNames(files), (QStringList{QStringLiteral("Data used"), QStringLiteral("Data unused"),
                                           QStringLiteral("Delta used"), QStringLiteral("Delta unused")}));
    QCOMPARE(bytes(files, 0), (QList<qint64>{0, 2097152, 40894464, 16777216}));
    QCOMPARE(bytes(files, 1), (QList<qint64>{33554432, 14680064, 50331648 - 40894464, 0}));
    QCOMPARE(bytes(files, 2), (QList<qint64>{0, 8192, 196608, 262144}));
    QCOMPARE(bytes(files, 3), (QList<qint64>{2097152, 1048576 - 8192, 3145728 - 196608, 1048576 - 262144}));
    const auto *backups = series<QBarSeries>(chart);
    QVERIFY(backups);
    QCOMPARE(setNames(backups), (QStringList{QStringLiteral("Full backup"), QStringLiteral("Differential")}));
    QCOMPARE(bytes(backups, 0), (QList<qint64>{0, 0, 41091072, 17039360}));
    QCOMPARE(bytes(backups, 1), (QList<qint64>{0, 0, 41091072, 17039360})); // every data file: an upper bound
    QVERIFY2(dock.estimatesText().contains(QLocale().toString(7096) + QLatin1String(" pages")), qPrintable(dock.estimatesText()));
    QVERIFY(dock.estimatesText().contains(QLatin1String("count as 0 pages")));
}

void TestCfpDock::versionSwitchShowsTheStatesItLacks()
{
    NewDock fixture;
    auto &[document, dock, error] = fixture;
    QVERIFY2(fixture.importExport(), qPrintable(error));
    auto *combo = dock.findChild<QComboBox *>(QStringLiteral("cfpVersionCombo"));
    combo->setCurrentIndex(combo->findData(int(CfpVersion::SqlServer2014)));
    const CfpStateChart *chart = dock.chart();
    QCOMPARE(categories(chart).value(3), QStringLiteral("WAITING FOR LOG TRUNCATION (not in 2014)"));
    // Under 2014 RTM, ACTIVE still copies its used bytes; 2014 has no WAITING FOR LOG TRUNCATION.
    QCOMPARE(bytes(series<QBarSeries>(chart), 0), (QList<qint64>{0, 0, 41091072, 0}));
    auto *warning = chart->findChild<QLabel *>(QStringLiteral("cfpChartWarning"));
    QVERIFY(!warning->isHidden());
    QVERIFY(warning->text().contains(QLatin1String("WAITING FOR LOG TRUNCATION")));
    QVERIFY2(dock.estimatesText().startsWith(QLatin1String("No estimate")), qPrintable(dock.estimatesText()));
    // CTP2: the allocated bytes of every state but PRECREATED, so UNDER CONSTRUCTION's 17 MiB too.
    combo->setCurrentIndex(combo->findData(int(CfpVersion::SqlServer2014Ctp2)));
    QCOMPARE(bytes(series<QBarSeries>(chart), 0), (QList<qint64>{0, 17825792, 3 * 17825792, 0}));
    // A change of the snapshots redraws the chart but keeps the rules the user chose.
    QVERIFY(dock.addWorkload(*CfpPresets::example(1), At.addDays(1), &error));
    dock.selectSnapshot(0);
    QCOMPARE(chart->version(), CfpVersion::SqlServer2016); // another snapshot: its own rules
}

void TestCfpDock::hoverShowsTheNumbers()
{
    NewDock fixture;
    auto &[document, dock, error] = fixture;
    dock.resize(700, 600);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    QVERIFY2(fixture.importExport(), qPrintable(error));
    QBarSet *dataUsed = series<QStackedBarSeries>(dock.chart())->barSets().at(0);
    emit dataUsed->hovered(true, 2);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QLatin1String("ACTIVE, 3 pair")), qPrintable(QToolTip::text()));
    QVERIFY2(QToolTip::text().contains(QLatin1String("39.0 MiB")), qPrintable(QToolTip::text())); // 40,894,464 / 2^20
    QBarSet *full = series<QBarSeries>(dock.chart())->barSets().at(0);
    emit full->hovered(true, 3);
    QTRY_VERIFY(QToolTip::text().contains(QLatin1String("used bytes")));
    emit full->hovered(false, 3);
    QTRY_VERIFY(!QToolTip::isVisible());
}

void TestCfpDock::undoRemovesTheSnapshot()
{
    NewDock fixture;
    auto &[document, dock, error] = fixture;
    QVERIFY2(fixture.importExport(), qPrintable(error));
    document.undoStack()->undo();
    QVERIFY(document.project().cfpSnapshots.isEmpty());
    QCOMPARE(dock.selectedIndex(), -1);
    QVERIFY(categories(dock.chart()).isEmpty());
    QVERIFY(dock.estimatesText().startsWith(QLatin1String("No CFP snapshot")));
    document.undoStack()->redo();
    QCOMPARE(dock.selectedIndex(), 0);
    QCOMPARE(categories(dock.chart()).size(), 4);
    // Remove, one undo step of its own.
    QVERIFY(dock.removeSelected());
    QVERIFY(document.project().cfpSnapshots.isEmpty());
    QCOMPARE(document.undoStack()->count(), 2);
    document.undoStack()->undo();
    QCOMPARE(document.project().cfpSnapshots.size(), 1);
    QCOMPARE(categories(dock.chart()).size(), 4);
}

void TestCfpDock::deleteKeyInTheListRemoves()
{
    NewDock fixture;
    auto &[document, dock, error] = fixture;
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    QVERIFY2(fixture.importExport(), qPrintable(error));
    auto *list = dock.findChild<QTreeWidget *>(QStringLiteral("cfpSnapshotList"));
    dock.activateWindow();
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Delete);
    QVERIFY(document.project().cfpSnapshots.isEmpty());
    QCOMPARE(document.undoStack()->count(), 2);
}

void TestCfpDock::brokenExportAddsNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.csv"));
    QFile source(Export);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray bytes = source.readAll();
    bytes.replace("16777216,14680064", "16777216,14MB"); // line 12: the second ACTIVE data file
    QFile broken(path);
    QVERIFY(broken.open(QIODevice::WriteOnly) && broken.write(bytes) == bytes.size());
    broken.close();
    NewDock fixture;
    auto &[document, dock, error] = fixture;
    QVERIFY(!dock.importDmvExport(path, At, &error));
    QVERIFY2(error.contains(QLatin1String("broken.csv, line 12")) && error.contains(QLatin1String("file_size_used_in_bytes")),
             qPrintable(error));
    QVERIFY(document.project().cfpSnapshots.isEmpty());
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestCfpDock::workloadAddsASnapshot()
{
    NewDock fixture;
    auto &[document, dock, error] = fixture;
    // The blog's example 5 (docs/cfp.md): 8 PRECREATED, 1 UNDER CONSTRUCTION, 5 ACTIVE, 5 IN
    // TRANSITION TO TOMBSTONE pairs, under 2014's rules.
    QVERIFY2(dock.addWorkload(*CfpPresets::example(5), At, &error), qPrintable(error));
    QCOMPARE(document.project().cfpSnapshots.size(), 1);
    QVERIFY(document.project().cfpSnapshots.first().source.startsWith(QLatin1String("workload: ")));
    QCOMPARE(dock.chart()->version(), CfpVersion::SqlServer2014);
    QCOMPARE(categories(dock.chart()), (QStringList{QStringLiteral("PRECREATED"), QStringLiteral("UNDER CONSTRUCTION"),
                                                    QStringLiteral("ACTIVE"), QStringLiteral("IN TRANSITION TO TOMBSTONE")}));
    QList<int> pairs;
    for (const CfpStateBar &bar : dock.chart()->data().bars)
        pairs << bar.pairs;
    QCOMPARE(pairs, (QList<int>{8, 1, 5, 5}));
    // A workload the simulator refuses adds nothing and says why.
    CfpWorkload tooBig = *CfpPresets::example(2);
    tooBig.steps.first().rowBytes = 64 * 1024 * 1024; // a row larger than a 16 MiB data file
    QVERIFY(!dock.addWorkload(tooBig, At.addDays(1), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(document.project().cfpSnapshots.size(), 1);
}

void TestCfpDock::workloadDialog()
{
    CfpWorkloadDialog dialog(At);
    QCOMPARE(dialog.time(), At);
    dialog.setExample(4);
    QCOMPARE(dialog.workload().steps.size(), CfpPresets::example(4)->steps.size());
    QCOMPARE(dialog.workload().version, CfpVersion::SqlServer2014);
    dialog.setExample(0);
    // The default custom workload: insert, one checkpoint.
    const CfpWorkload custom = dialog.workload();
    QCOMPARE(custom.steps.size(), 2);
    QCOMPARE(custom.steps.at(0).kind, CfpWorkloadStep::Kind::Insert);
    QCOMPARE(custom.steps.at(0).rows, 8000);
    QCOMPARE(custom.steps.at(1).kind, CfpWorkloadStep::Kind::Checkpoint);
    QVERIFY(dialog.problem().isEmpty());
    auto *merges = dialog.findChild<QSpinBox *>(QStringLiteral("cfpMergesSpin"));
    QVERIFY(merges);
    merges->setValue(2);
    QCOMPARE(dialog.workload().steps.size(), 2 + 2 * 2); // each merge with its checkpoint
    QCOMPARE(dialog.workload().steps.at(2).kind, CfpWorkloadStep::Kind::Merge);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("cfpWorkloadSteps"))->text().contains(QLatin1String("merge, checkpoint, merge")));
    merges->setValue(0);
    // Large checkpoint mode is 2016+ only: the dialog stays open with the simulator's reason.
    auto *memory = dialog.findChild<QComboBox *>(QStringLiteral("cfpMemoryCombo"));
    auto *version = dialog.findChild<QComboBox *>(QStringLiteral("cfpWorkloadVersionCombo"));
    QVERIFY(memory && version);
    memory->setCurrentIndex(memory->findData(int(CfpServerMemory::LargeCheckpoint)));
    version->setCurrentIndex(version->findData(int(CfpVersion::SqlServer2014)));
    dialog.accept();
    QVERIFY(!dialog.problem().isEmpty());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("cfpWorkloadError"))->isHidden());
}

void TestCfpDock::exportsPngAndSvg()
{
    NewDock fixture;
    auto &[document, dock, error] = fixture;
    QVERIFY2(fixture.importExport(), qPrintable(error));
    // A chart of its own, as the command line renders one (the dock's is sized by the dock).
    CfpStateChart chart;
    chart.setInventory(document.project().cfpSnapshots.first().inventory);
    chart.resize(900, 600);
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("chart.png"));
    const QString svg = dir.filePath(QStringLiteral("chart.svg"));
    QVERIFY2(chart.exportTo(png, &error), qPrintable(error));
    QVERIFY2(chart.exportTo(svg, &error), qPrintable(error));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY2(image.width() >= 800 && image.height() >= 400, qPrintable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QVERIFY(renderer.defaultSize().width() >= 800);
    QVERIFY(!chart.exportTo(dir.filePath(QStringLiteral("no/such/folder/chart.png")), &error));
    QVERIFY2(error.contains(QLatin1String("chart.png")), qPrintable(error));
}

void TestCfpDock::dockInTheMainWindow()
{
    MainWindow window;
    auto *dock = window.findChild<CfpDock *>(QStringLiteral("cfpDock"));
    QVERIFY(dock);
    QVERIFY(dock->toggleViewAction());
    auto *view = window.findChild<QMenu *>(QStringLiteral("viewMenu"));
    QVERIFY(view->actions().contains(dock->toggleViewAction()));
    // The dock follows the window's document, undo included.
    QString error;
    QVERIFY2(dock->importDmvExport(Export, At, &error), qPrintable(error));
    QCOMPARE(window.document()->project().cfpSnapshots.size(), 1);
    window.document()->undoStack()->undo();
    QCOMPARE(dock->selectedIndex(), -1);
}

void TestCfpDock::screenshots()
{
    const QString dir = qEnvironmentVariable("RD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("RD_SCREENSHOT_DIR is not set");
    QDir().mkpath(dir);
    MainWindow window;
    QVERIFY(window.openFile(Sample));
    auto *dock = window.findChild<CfpDock *>(QStringLiteral("cfpDock"));
    QString error;
    QVERIFY2(dock->addWorkload(*CfpPresets::example(4), PlanTime::make(2024, 3, 5, 9, 0), &error), qPrintable(error));
    QVERIFY2(dock->importDmvExport(Export, At, &error), qPrintable(error));
    // The right column to the dock alone, so that its chart, table and estimates all show.
    for (const char *other : {"simulationDock", "tsqlDock"})
        window.findChild<QDockWidget *>(QLatin1String(other))->hide();
    window.resize(1500, 950);
    window.show();
    dock->show();
    dock->raise();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.resizeDocks({dock}, {640}, Qt::Vertical);
    QTest::qWait(200);
    QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("cfp-dock.png"))));

    CfpStateChart chart;
    chart.setInventory(window.document()->project().cfpSnapshots.last().inventory);
    chart.resize(1000, 640);
    QVERIFY2(chart.exportTo(QDir(dir).filePath(QStringLiteral("cfp-chart.png")), &error), qPrintable(error));

    CfpWorkloadDialog dialog(At, &window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("cfp-workload-dialog.png"))));
}

QTEST_MAIN(TestCfpDock)
#include "tst_cfpdock.moc"
