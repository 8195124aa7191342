// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// ProjectAnalysis: the explicit analysis the document owns. An edit rebuilds what it invalidates
// and nothing else, and what it reuses is exactly what a from-scratch analysis would compute.

#include "model/analysis/projectanalysis.h"
#include "model/domain/plansteps.h"
#include "model/rules/planvalidator.h"
#include "sampleloader.h"

#include <QTest>

#include <algorithm>

using namespace rd;

namespace {

bool hasRule(const QList<Diagnostic> &ds, const char *rule)
{
    return std::any_of(ds.begin(), ds.end(), [rule](const Diagnostic &d) { return d.rule == QLatin1String(rule); });
}

/// The sample with a second plan: the first plan again, under another name.
Project twoPlans()
{
    Project p = test::sample();
    Plan copy = p.plans.first();
    copy.name = QStringLiteral("second");
    p.plans << copy;
    return p;
}

/// Each plan's findings are those a from-scratch validation gives.
void compareWithScratch(const ProjectAnalysis &a)
{
    QCOMPARE(a.planCount(), a.project().plans.size());
    for (qsizetype i = 0; i < a.planCount(); ++i) {
        const QList<Diagnostic> scratch = PlanValidator::validate(a.project(), a.project().plans[i]);
        QCOMPARE(a.plan(i).diagnostics, scratch);
        QCOMPARE(a.plan(i).errorCount, int(std::count_if(scratch.begin(), scratch.end(), [](const Diagnostic &d) {
                     return d.severity == Severity::Error;
                 })));
        QCOMPARE(a.plan(i).simulation.steps.size(), a.project().plans[i].steps.size());
    }
}

} // namespace

class TestProjectAnalysis : public QObject
{
    Q_OBJECT
private slots:
    void sampleIsValid();
    void planEditReanalysesThatPlanOnly();
    void historyEditRebuildsTheHistory();
    void environmentEditKeepsTheHistory();
    void restoringAnImpossibleBackupChangesItsFix();
    void outOfRangePlanIsEmpty();
    void backupLookups();
};

void TestProjectAnalysis::sampleIsValid()
{
    // Microsoft's piecemeal restore of a database with memory-optimized tables is a valid sequence.
    const auto a = ProjectAnalysis::build(test::sample());
    QCOMPARE(a->plan(0).errorCount, 0);
    compareWithScratch(*a);
}

void TestProjectAnalysis::planEditReanalysesThatPlanOnly()
{
    const Project p = twoPlans();
    const auto before = ProjectAnalysis::build(p);
    Project edited = p;
    // R-MOD-002: the memory-optimized filegroup must be restored in the same statement as PRIMARY.
    edited.plans[1].steps[0].filegroups = {QStringLiteral("PRIMARY")};
    const auto after = ProjectAnalysis::build(edited, before.get());
    QVERIFY(after->sharesHistoryWith(*before));
    QVERIFY(after->sharesPlanWith(0, *before, 0));
    QVERIFY(!after->sharesPlanWith(1, *before, 1));
    QVERIFY(!hasRule(after->plan(0).diagnostics, "R-MOD-002"));
    QVERIFY(hasRule(after->plan(1).diagnostics, "R-MOD-002"));
    compareWithScratch(*after);

    // Undo: only the previous analysis is reused, so plan 1 is analysed again, with the first answer.
    const auto undone = ProjectAnalysis::build(p, after.get());
    QVERIFY(undone->sharesPlanWith(0, *after, 0));
    QVERIFY(!undone->sharesPlanWith(1, *after, 1));
    QVERIFY(!hasRule(undone->plan(1).diagnostics, "R-MOD-002"));
    compareWithScratch(*undone);

    // Plans reordered: each keeps its analysis.
    Project swapped = edited;
    swapped.plans.swapItemsAt(0, 1);
    const auto reordered = ProjectAnalysis::build(swapped, after.get());
    QVERIFY(reordered->sharesPlanWith(0, *after, 1));
    QVERIFY(reordered->sharesPlanWith(1, *after, 0));
}

void TestProjectAnalysis::historyEditRebuildsTheHistory()
{
    const Project p = test::sample();
    const auto before = ProjectAnalysis::build(p);
    Project edited = p;
    const qsizetype log = edited.backupIndex(QStringLiteral("imoltp_log"));
    edited.backups.removeAt(log); // the plan now restores a backup the history does not have
    const auto after = ProjectAnalysis::build(edited, before.get());
    QVERIFY(!after->sharesHistoryWith(*before));
    QVERIFY(!after->sharesPlanWith(0, *before, 0));
    QVERIFY(hasRule(after->plan(0).diagnostics, "R-REF-001"));
    QVERIFY(!after->backup(QStringLiteral("imoltp_log")));
    compareWithScratch(*after);
    QVERIFY(before->backup(QStringLiteral("imoltp_log"))); // the old analysis is unchanged

    Project renamed = p;
    renamed.database.filegroups[0].files[0].name = QStringLiteral("renamed"); // the layout is history too
    QVERIFY(!ProjectAnalysis::build(renamed, before.get())->sharesHistoryWith(*before));
}

void TestProjectAnalysis::environmentEditKeepsTheHistory()
{
    const Project p = test::sample();
    const auto before = ProjectAnalysis::build(p);
    Project edited = p;
    edited.environment.databaseExists = true; // the restore now overwrites a database
    const auto after = ProjectAnalysis::build(edited, before.get());
    QVERIFY(after->sharesHistoryWith(*before));
    QVERIFY(!after->sharesPlanWith(0, *before, 0));
    compareWithScratch(*after);

    Project described = p;
    described.description = QStringLiteral("another description");
    QVERIFY(ProjectAnalysis::build(described, before.get())->sharesPlanWith(0, *before, 0));
}

/// R-BAK-004's fix removes a backup taken after a failure damaged its data, unless a plan restores
/// it (backupchecks.cpp): a plan edit keeps the history, yet changes that finding, in every plan.
/// Found by tst_editproperties (issue 8): the reused history analysis kept the fix of the plans before.
void TestProjectAnalysis::restoringAnImpossibleBackupChangesItsFix()
{
    const Project p = test::withBackupAfterFailure(twoPlans());
    const Backup after = p.backups.last();
    const auto before = ProjectAnalysis::build(p);
    compareWithScratch(*before);
    auto fixOf = [](const ProjectAnalysis &a, int plan) {
        for (const Diagnostic &d : a.plan(plan).diagnostics)
            if (d.rule == QLatin1String("R-BAK-004"))
                return d.edit;
        return ProjectEdit();
    };
    QVERIFY(fixOf(*before, 0) == ProjectEdit::removeBackup(after.id)); // no plan restores it yet

    Project edited = p;
    edited.plans[1].steps.prepend(PlanSteps::restoreOf(after, RecoveryOption::NoRecovery));
    const auto restored = ProjectAnalysis::build(edited, before.get());
    compareWithScratch(*restored);
    QVERIFY(!fixOf(*restored, 0).isValid()); // removing it would leave plan 2 a dangling step
    QVERIFY(!fixOf(*restored, 1).isValid());

    const auto undone = ProjectAnalysis::build(p, restored.get());
    compareWithScratch(*undone);
    QVERIFY(fixOf(*undone, 0) == ProjectEdit::removeBackup(after.id));
}

void TestProjectAnalysis::outOfRangePlanIsEmpty()
{
    const auto a = ProjectAnalysis::build(test::sample());
    QVERIFY(a->plan(-1).diagnostics.isEmpty());
    QVERIFY(a->plan(5).simulation.steps.isEmpty());
    QCOMPARE(a->plan(5).errorCount, 0);
}

void TestProjectAnalysis::backupLookups()
{
    Project p = test::sample();
    const qsizetype log = p.backupIndex(QStringLiteral("imoltp_log"));
    p.backups[log].firstLsn = Lsn(); // left out: derived from time order (docs/lsn-derivation.md)
    const auto a = ProjectAnalysis::build(p);
    QCOMPARE(a->backup(QStringLiteral("imoltp_log")), &a->project().backups[log]); // as given
    QVERIFY(a->backup(QStringLiteral("imoltp_log"))->firstLsn.isNull());
    QVERIFY(!a->effectiveBackup(QStringLiteral("imoltp_log"))->firstLsn.isNull()); // derived
    QVERIFY(!a->backup(QStringLiteral("no such backup")));
}

QTEST_GUILESS_MAIN(TestProjectAnalysis)
#include "tst_projectanalysis.moc"
