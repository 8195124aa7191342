// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// R-END-001 (docs/validation-choices.md, "A new rule ID"): a plan that ends with the database
// RESTORING is unfinished. NORECOVERY "leaves the database in the unrecovered state" (RESTORE
// arguments); only a RECOVERY brings it up. Worked on Microsoft's piecemeal sample: its step 2
// (RESTORE LOG … WITH RECOVERY) brings PRIMARY and imoltp_mod online.

#include "model/commands/editcommand.h"
#include "model/commands/projectedits.h"
#include "model/document/projectdocument.h"
#include "model/rules/planvalidator.h"
#include "diagnosticqueries.h"
#include "sampleloader.h"

#include <QTest>

using namespace rd;
using namespace rd::test;

namespace {

QList<Diagnostic> check(const Project &p) { return PlanValidator::validate(p, p.plans[0]); }

/// The sample's first two steps: the partial restore of PRIMARY and imoltp_mod, then the log,
/// restored WITH `recovery`.
Project firstStage(RecoveryOption recovery)
{
    Project p = test::sample();
    p.plans[0].steps.removeLast();
    p.plans[0].steps[1].recovery = recovery;
    if (recovery == RecoveryOption::Standby)
        p.plans[0].steps[1].standbyFile = QStringLiteral("c:\\data\\imoltp_undo.dat");
    return p;
}

} // namespace

class TestEndStateChecks : public QObject
{
    Q_OBJECT
private slots:
    void planLeftRestoringIsUnfinished();
    void recoveredPlanIsFinished();
    void standbyIsFinishedByChoice();
    void anErrorComesFirst();
    void fixAppendsTheRecovery();
};

void TestEndStateChecks::planLeftRestoringIsUnfinished()
{
    // Both steps WITH NORECOVERY: nothing recovers, the database stays RESTORING after step 2.
    const QList<Diagnostic> ds = check(firstStage(RecoveryOption::NoRecovery));
    QCOMPARE(count(ds, "R-END-001"), 1);
    QCOMPARE(count(ds, "R-END-001", 1), 1); // at the last step
    QCOMPARE(severityOf(ds, "R-END-001"), QStringLiteral("warning"));
    QVERIFY2(find(ds, "R-END-001")->message.contains(QLatin1String("imoltp is still RESTORING")),
             qPrintable(find(ds, "R-END-001")->message));
}

void TestEndStateChecks::recoveredPlanIsFinished()
{
    QCOMPARE(count(check(firstStage(RecoveryOption::Recovery)), "R-END-001"), 0);
    QCOMPARE(count(check(test::sample()), "R-END-001"), 0); // the whole sample ends ONLINE
}

void TestEndStateChecks::standbyIsFinishedByChoice()
{
    QCOMPARE(count(check(firstStage(RecoveryOption::Standby)), "R-END-001"), 0);
}

void TestEndStateChecks::anErrorComesFirst()
{
    // Step 1 without imoltp_mod is refused (R-MOD-002): the database stays as it was, and the
    // refusal, not an unfinished plan, is what the user must hear.
    Project p = firstStage(RecoveryOption::NoRecovery);
    p.plans[0].steps[0].filegroups = {QStringLiteral("PRIMARY")};
    const QList<Diagnostic> ds = check(p);
    QVERIFY(count(ds, "R-MOD-002") > 0);
    QCOMPARE(count(ds, "R-END-001"), 0);
}

void TestEndStateChecks::fixAppendsTheRecovery()
{
    const Project p = firstStage(RecoveryOption::NoRecovery);
    ProjectDocument doc;
    doc.reset(p);
    const Diagnostic *d = find(doc.diagnostics(0), "R-END-001");
    QVERIFY(d && d->edit.isValid());
    doc.undoStack()->push(new EditCommand(&doc, 0, d->edit, ProjectEdits::fixText(d->fix)));
    const Plan &plan = doc.project().plans[0];
    QCOMPARE(plan.steps.size(), 3);
    QVERIFY(plan.steps[2].statement == StepStatement::RestoreDatabase && plan.steps[2].backup.isEmpty());
    QVERIFY(plan.steps[2].recovery == RecoveryOption::Recovery);
    QCOMPARE(count(doc.diagnostics(0), "R-END-001"), 0);
    const StepState &end = doc.analysis().plan(0).simulation.steps.last();
    QVERIFY(end.database == DatabaseState::Online); // the recovery-only step brings it up
    doc.undoStack()->undo();
    QVERIFY(doc.project() == p);
}

QTEST_GUILESS_MAIN(TestEndStateChecks)
#include "tst_endstatechecks.moc"
