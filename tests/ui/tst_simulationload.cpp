// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Simulation dock shows the memory-optimized load (R-MOD-004) where the recovery loads it:
// a clock on that step's column header, the figures in its tooltips and in the summary line.

#include "model/document/projectdocument.h"
#include "model/io/planjsonreader.h"
#include "ui/simulationdock.h"
#include "ui/simulationmodel.h"
#include "ui/viewstate.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QTableView>
#include <QTest>

namespace {

rd::Project sample(qint64 container1, qint64 container2, qint64 rate)
{
    const rd::LoadResult r = rd::PlanJsonReader::readFile(QStringLiteral(RD_SOURCE_DIR "/resources/samples/imoltp-piecemeal.json"));
    if (!r.ok())
        qFatal("cannot load the sample: %s", qPrintable(r.error));
    rd::Project p = *r.project;
    p.database.filegroups[2].files[0].sizeBytes = container1; // imoltp_mod's containers
    p.database.filegroups[2].files[1].sizeBytes = container2;
    p.environment.memoryOptimizedLoadBytesPerSecond = rate;
    return p;
}

} // namespace

class TestSimulationLoad : public QObject
{
    Q_OBJECT
private slots:
    void clockMarksTheRecoveringStepOnly();
    void summaryGivesSizeAndTimeOfTheSelectedStep();
};

void TestSimulationLoad::clockMarksTheRecoveringStepOnly()
{
    rd::ProjectDocument document;
    document.reset(sample(0, 0, 0)); // the sample as bundled: no sizes
    rd::ViewState viewState(&document);
    viewState.setCurrentPlan(0);
    rd::SimulationModel model(&document, &viewState);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3 + 3); // rows unchanged: database, three filegroups, redo LSN, point in time
    QCOMPARE(model.columnCount(), 4);  // before, after steps 1-3
    for (int column = 0; column < 4; ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal, Qt::DecorationRole).isValid(), column == 2);
    const QString tip = model.headerData(2, Qt::Horizontal, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("imoltp_mod, 2 containers")), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("state the containers' sizes")), qPrintable(tip));
    // The database cell of that step says it too; the step before does not.
    QVERIFY(model.index(0, 2).data(Qt::ToolTipRole).toString().contains(QLatin1String("memory-optimized")));
    QVERIFY(!model.index(0, 1).data(Qt::ToolTipRole).toString().contains(QLatin1String("memory-optimized")));
}

void TestSimulationLoad::summaryGivesSizeAndTimeOfTheSelectedStep()
{
    // 1 GiB + 512 MiB at 100 MiB/s (104,857,600 bytes/s): 1.5 GB in 15.36 s → "15.4 s".
    rd::ProjectDocument document;
    document.reset(sample(qint64(1) << 30, qint64(512) << 20, qint64(100) << 20));
    rd::ViewState viewState(&document);
    viewState.setCurrentPlan(0);
    rd::SimulationDock dock(&document, &viewState);
    auto *summary = dock.findChild<QLabel *>(QStringLiteral("simulationSummary"));
    QVERIFY(summary);
    viewState.setCurrentStep(0); // NORECOVERY: nothing loaded yet
    QVERIFY2(!summary->text().contains(QLatin1String("memory-optimized")), qPrintable(summary->text()));
    viewState.setCurrentStep(1);
    QVERIFY2(summary->text().contains(QStringLiteral("1.5 GB of memory-optimized data")), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(QStringLiteral("≈15.4 s at 100 MB/s")), qPrintable(summary->text()));
}

QTEST_MAIN(TestSimulationLoad)
#include "tst_simulationload.moc"
