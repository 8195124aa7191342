// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A statement SQL Server refuses changes nothing (an error is raised and the statement does not
// run; RESTORE's arguments page: "the restore fails"): the simulator leaves every state as it was,
// says under which rule the step was refused, and marks the findings of later steps that follow
// from the refusal (causedBy), so the root error comes first.

#include "model/analysis/projectanalysis.h"
#include "model/simulation/restoresimulator.h"
#include "tests/model/plansteps.h"
#include "diagnosticqueries.h"
#include "sampleloader.h"

#include <QTest>

using namespace rd;
using namespace rd::test;

namespace {

/// The states a step leaves, compared field by field (the step number and outcome aside).
void compareStates(const StepState &a, const StepState &b)
{
    QCOMPARE(toString(a.database), toString(b.database));
    QVERIFY(a.filegroups == b.filegroups);
    QVERIFY(a.access == b.access);
    QCOMPARE(a.redoLsn, b.redoLsn);
    QCOMPARE(a.pointInTime, b.pointInTime);
}

} // namespace

class TestRefusedStatements : public QObject
{
    Q_OBJECT
private slots:
    void primaryWithoutMemoryOptimizedChangesNothing();
    void aRefusedStepInTheMiddleIsInert();
    void consequencesNameTheirCause();
    void consequencesAreListedUnderTheirCause();
};

void TestRefusedStatements::primaryWithoutMemoryOptimizedChangesNothing()
{
    // Microsoft's piecemeal restore with memory-optimized tables, with imoltp_mod left out of the
    // first statement: "If you back up (or restore) the primary filegroup you must specify the
    // memory-optimized filegroup" (R-MOD-002). The server refuses the statement.
    Project p = sample();
    Plan &plan = p.plans[0];
    plan.steps[0].filegroups = {QStringLiteral("PRIMARY")};
    const SimulationResult sim = RestoreSimulator::simulate(p, plan);
    QCOMPARE(sim.steps[0].outcome.refusedBy, QStringLiteral("R-MOD-002"));
    compareStates(sim.steps[0], sim.initial); // no partial restore has started
    QVERIFY(sim.steps[0].filegroupState(QStringLiteral("imoltp_mod")) != FileState::Restoring);
    QVERIFY(sim.steps[0].filegroupState(QStringLiteral("PRIMARY")) != FileState::Restoring);
    const Diagnostic *root = find(sim.diagnostics, "R-MOD-002", 0);
    QVERIFY(root);
    QCOMPARE(root->causedBy, -1);
    QVERIFY(root->edit.isValid()); // the fix adds imoltp_mod back
    Plan fixed = plan;
    fixed.steps[0] = root->edit.value;
    QVERIFY(!RestoreSimulator::simulate(p, fixed).steps[0].outcome.refused());
}

void TestRefusedStatements::aRefusedStepInTheMiddleIsInert()
{
    // A RESTORE DATABASE of a log backup is refused (it must be RESTORE LOG). Inserted between two
    // steps of the valid sample, it must leave every later state as the sample's own plan leaves it.
    const Project p = sample();
    const SimulationResult valid = RestoreSimulator::simulate(p, p.plans[0]);
    Plan withRefusal = p.plans[0];
    withRefusal.steps.insert(1, restore("imoltp_log", RecoveryOption::NoRecovery));
    const SimulationResult sim = RestoreSimulator::simulate(p, withRefusal);
    QVERIFY(!sim.steps[0].outcome.refused());
    QCOMPARE(sim.steps[1].outcome.refusedBy, QStringLiteral("R-REF-001"));
    compareStates(sim.steps[1], sim.steps[0]);
    for (int i = 2; i < sim.steps.size(); ++i) {
        QVERIFY(!sim.steps[i].outcome.refused());
        compareStates(sim.steps[i], valid.steps[i - 1]);
    }
}

void TestRefusedStatements::consequencesNameTheirCause()
{
    Project p = sample();
    p.plans[0].steps[0].filegroups = {QStringLiteral("PRIMARY")}; // refused: R-MOD-002
    const auto analysis = ProjectAnalysis::build(p);
    const QList<Diagnostic> &ds = analysis->plan(0).diagnostics;
    QVERIFY2(!ds.isEmpty() && ds.first().step <= 0, qPrintable(dump(ds)));
    // The later steps run against a database the first step never touched: whatever the
    // simulator finds there follows from step 1's refusal.
    int consequences = 0;
    for (const Diagnostic &d : ds) {
        if (d.step > 0 && d.causedBy >= 0) {
            QCOMPARE(d.causedBy, 0);
            ++consequences;
        }
        if (d.step <= 0)
            QCOMPARE(d.causedBy, -1);
    }
    QVERIFY2(consequences > 0, qPrintable(dump(ds)));
    // Without the refusal no finding follows from one. The analysis is kept: a range-for over a
    // member of the temporary would read freed memory (its shared_ptr dies before the loop runs).
    const auto valid = ProjectAnalysis::build(sample());
    for (const Diagnostic &d : valid->plan(0).diagnostics)
        QCOMPARE(d.causedBy, -1);
}

void TestRefusedStatements::consequencesAreListedUnderTheirCause()
{
    // Hand-worked: A is plan-wide, R (step 0) and Y (step 2) are roots; X (step 1) and Z (step 3)
    // follow from step 0, W (step 4) from step 3. People read the root, then what follows from it.
    auto finding = [](const char *rule, int step, int causedBy) {
        Diagnostic d;
        d.rule = QString::fromLatin1(rule);
        d.step = step;
        d.causedBy = causedBy;
        return d;
    };
    const QList<Diagnostic> byStep{finding("A", -1, -1), finding("R", 0, -1), finding("X", 1, 0),
                                   finding("Y", 2, -1),  finding("Z", 3, 0),  finding("W", 4, 3)};
    QStringList order;
    for (const Diagnostic &d : listedUnderCauses(byStep))
        order << d.rule;
    QCOMPARE(order, (QStringList{QStringLiteral("A"), QStringLiteral("R"), QStringLiteral("X"), QStringLiteral("Z"),
                                 QStringLiteral("W"), QStringLiteral("Y")}));
}

QTEST_GUILESS_MAIN(TestRefusedStatements)
#include "tst_refusedstatements.moc"
