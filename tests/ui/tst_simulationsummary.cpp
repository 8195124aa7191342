// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Simulation dock's summary line never calls a filegroup online while the database is not up
// (issue 9: "4 of 4 filegroups online" under a database left RESTORING). Worked on Microsoft's
// piecemeal sample: after step 2 (RESTORE LOG … WITH RECOVERY) PRIMARY and imoltp_mod are online
// and imoltp_secondary waits for its own restore; WITH NORECOVERY the database stays RESTORING.

#include "model/document/projectdocument.h"
#include "model/io/planjsonreader.h"
#include "ui/simulationdock.h"
#include "ui/viewstate.h"

#include <QLabel>
#include <QTest>

namespace {

rd::Project sample()
{
    const rd::LoadResult r = rd::PlanJsonReader::readFile(QStringLiteral(RD_SOURCE_DIR "/resources/samples/imoltp-piecemeal.json"));
    if (!r.ok())
        qFatal("cannot load the sample: %s", qPrintable(r.error));
    return *r.project;
}

/// The summary after step `step` (0-based) of plan 0 of `project`.
QString summaryAfter(const rd::Project &project, int step)
{
    rd::ProjectDocument document;
    document.reset(project);
    rd::ViewState viewState(&document);
    viewState.setCurrentPlan(0);
    rd::SimulationDock dock(&document, &viewState);
    viewState.setCurrentStep(step);
    auto *summary = dock.findChild<QLabel *>(QStringLiteral("simulationSummary"));
    return summary ? summary->text() : QString();
}

} // namespace

class TestSimulationSummary : public QObject
{
    Q_OBJECT
private slots:
    void restoringDatabaseHasNoFilegroupOnline();
    void recoveredStageCountsItsFilegroups();
};

void TestSimulationSummary::restoringDatabaseHasNoFilegroupOnline()
{
    rd::Project p = sample();
    p.plans[0].steps.removeLast();
    p.plans[0].steps[1].recovery = rd::RecoveryOption::NoRecovery; // the plan ends RESTORING
    const QString text = summaryAfter(p, 1);
    QVERIFY2(text.contains(QStringLiteral("database <b>RESTORING</b>, so no filegroup is online.")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("available")), qPrintable(text));
}

void TestSimulationSummary::recoveredStageCountsItsFilegroups()
{
    const QString text = summaryAfter(sample(), 1); // PRIMARY and imoltp_mod, not imoltp_secondary
    QVERIFY2(text.contains(QStringLiteral("database <b>ONLINE</b>, 2 of 3 filegroups available.")), qPrintable(text));
}

QTEST_MAIN(TestSimulationSummary)
#include "tst_simulationsummary.moc"
