// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Benchmark of the explicit analysis at the scale of a real msdb history (issue 7, item 9): on
// 1,000,000 backups and 200 filegroups, ProjectAnalysis::build from scratch (target < 1 s), after
// a single plan edit, after moving one backup of the history and after deleting one backup of each
// kind and undoing it (targets < 50 ms), with the process's peak memory (target < 1 GB). Not run by
// ctest; see README.md, "Benchmarks". `-backups N` sets the history's size (default 1,000,000).
#include "model/analysis/projectanalysis.h"
#include "tests/benchmarks/syntheticproject.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <cstdio>


using namespace rd;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

void report(const char *what, double value, const char *unit, double target)
{
    std::printf("%s: %.1f %s, target < %.0f %s: %s\n", what, value, unit, target, unit,
                value < target ? "met" : "NOT MET");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("-backups"));
    const int backups = at >= 0 && at + 1 < args.size() ? args[at + 1].toInt() : 1000000;
    if (backups < 1000) {
        std::fprintf(stderr, "bench_scale: -backups needs a number of at least 1000\n");
        return 2;
    }

    QElapsedTimer t;
    t.start();
    const Project project = bench::syntheticProject(backups);
    std::printf("Synthetic project: %lld backups, %lld filegroups, plan of %lld steps (built in %lld ms, peak %.0f MB)\n",
                qlonglong(project.backups.size()), qlonglong(project.database.filegroups.size()),
                qlonglong(project.plans[0].steps.size()), qlonglong(t.elapsed()), bench::peakMegabytes());

    t.restart();
    std::shared_ptr<const ProjectAnalysis> analysis = ProjectAnalysis::build(project);
    const double scratch = double(t.nsecsElapsed()) / 1e6;
    std::printf("errors in the plan: %d (a valid plan is expected)\n", analysis->plan(0).errorCount);
    report("analysis from scratch", scratch, "ms", 1000);
    // What the designer does while it is idle after opening (ProjectDocument::prepareWhenIdle): the
    // lookups a broken plan needs, so that the first such edit does not pay for them.
    t.restart();
    analysis->index().prepareLookups();
    std::printf("lookups prepared when idle: %.1f ms\n", double(t.nsecsElapsed()) / 1e6);

    // Single edits of the plan, as a user toggling options in the step editor: each one builds the
    // next analysis from the previous one (ProjectDocument does the same).
    QList<double> edits;
    QString slowest;
    Project edited = project;
    for (int i = 0; i < edited.plans[0].steps.size(); ++i) {
        PlanStep &s = edited.plans[0].steps[i];
        if (!s.isRestore())
            continue;
        const RecoveryOption was = s.recovery;
        s.recovery = was == RecoveryOption::NoRecovery ? RecoveryOption::Recovery : RecoveryOption::NoRecovery;
        t.restart();
        analysis = ProjectAnalysis::build(edited, analysis.get());
        edits << double(t.nsecsElapsed()) / 1e6;
        if (edits.last() >= *std::max_element(edits.begin(), edits.end()))
            slowest = QStringLiteral("%1 on step %2, %3 findings").arg(toString(s.recovery)).arg(i + 1)
                          .arg(analysis->plan(0).diagnostics.size());
        s.recovery = was;
        analysis = ProjectAnalysis::build(edited, analysis.get());
    }
    std::printf("plan edits: %lld, slowest %.1f ms (%s)\n", qlonglong(edits.size()),
                *std::max_element(edits.begin(), edits.end()), qPrintable(slowest));
    const double peakAfterEdits = bench::peakMegabytes(); // before the copy of the history below
    report("a single plan edit (median)", median(edits), "ms", 50);

    // Edits of the history itself: a backup moved by a second, a backup deleted, the deletion
    // undone. The history analysis lends from the previous one whatever the edit left (HistoryIndex,
    // HistoryChecks), and the edited list shares every chunk but one (BackupList).
    Project moved = project;
    Backup &b = moved.backups[moved.backups.size() / 2];
    b.start = b.start.addSecs(1);
    b.finish = b.finish.addSecs(1);
    t.restart();
    analysis = ProjectAnalysis::build(moved, analysis.get());
    report("moving one backup of the history", double(t.nsecsElapsed()) / 1e6, "ms", 50);
    // One backup of each kind deleted, at different places, each deletion then undone. The first
    // edit that patches the lookups pays for fresh memory (page faults: its predecessors shared
    // theirs); later ones reuse what the versions before them freed.
    double slowestDeletion = 0, slowestUndo = 0;
    const BackupType kinds[] = {BackupType::Log, BackupType::File, BackupType::Full, BackupType::Differential};
    for (int k = 0; k < 4; ++k) {
        qsizetype where = moved.backups.size() * (k + 1) / 5;
        while (where < moved.backups.size() && (moved.backups[where].type != kinds[k] || moved.backups[where].copyOnly))
            ++where;
        if (where == moved.backups.size())
            continue;
        Project deleted = moved;
        deleted.backups.removeAt(where);
        t.restart();
        analysis = ProjectAnalysis::build(deleted, analysis.get());
        const double deletion = double(t.nsecsElapsed()) / 1e6;
        t.restart();
        analysis = ProjectAnalysis::build(moved, analysis.get());
        const double undo = double(t.nsecsElapsed()) / 1e6;
        std::printf("  deleting the %s backup at %lld: %.1f ms, undone: %.1f ms\n", qPrintable(toString(kinds[k])),
                    qlonglong(where), deletion, undo);
        slowestDeletion = std::max(slowestDeletion, deletion);
        slowestUndo = std::max(slowestUndo, undo);
    }
    report("deleting one backup of the history (slowest)", slowestDeletion, "ms", 50);
    report("undoing the deletion (slowest)", slowestUndo, "ms", 50);

    report("peak memory (project and analysis, after the plan edits)", peakAfterEdits, "MB", 1024);
    report("peak memory with three more versions of the history (the edits above)", bench::peakMegabytes(), "MB", 1024);
    return 0;
}
