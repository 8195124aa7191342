// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Simulation dock's table on a page restore (tests/data/scenarios/restore-pages.json, Microsoft's
// "Restore Pages" example): the filegroup keeps its state and says how many pages are restoring.

#include "model/document/projectdocument.h"
#include "model/io/planjsonreader.h"
#include "ui/simulationmodel.h"
#include "ui/viewstate.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace rd;

class TestSimulationModel : public QObject
{
    Q_OBJECT
private slots:
    void showsThePagesRestoring();
};

void TestSimulationModel::showsThePagesRestoring()
{
    const LoadResult loaded =
        PlanJsonReader::readFile(QStringLiteral(RD_SOURCE_DIR "/tests/data/scenarios/restore-pages.json"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    ProjectDocument document;
    document.reset(*loaded.project);
    ViewState viewState(&document);
    viewState.setCurrentPlan(0);
    SimulationModel model(&document, &viewState);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Row 1 is PRIMARY; column 1 is after step 1 (the page restore), column 5 after the last step.
    QCOMPARE(model.data(model.index(1, 1)).toString(), QStringLiteral("ONLINE · read-write · 4 pages restoring"));
    QVERIFY(model.data(model.index(1, 1), Qt::ToolTipRole).toString().contains(QStringLiteral("1:57, 1:202, 1:916, 1:1016")));
    QCOMPARE(model.data(model.index(1, 5)).toString(), QStringLiteral("ONLINE · read-write"));
    QCOMPARE(model.data(model.index(0, 1)).toString(), QStringLiteral("ONLINE"));
}

QTEST_MAIN(TestSimulationModel)
#include "tst_simulationmodel.moc"
