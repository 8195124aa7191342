// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Benchmark of the restore planner (issue 11, item 6): RestorePlanner::plan on the synthetic
// project of 1,000,000 backups (syntheticproject.h: weekly fulls, hourly differentials, a log
// backup every 5 minutes, file and copy-only backups, a tail-log backup at the end), to the end of
// the log, to a point in time in the middle of the history, and piecemeal (two filegroups first).
// Target: under 100 ms each, in a Release build. Prints the median of N passes (default 15,
// `bench_planner [backups] [passes]`) and the first call's time (lookups the history index builds
// on first use included), plus the process's peak memory. Not run by ctest (README.md, "Benchmarks").
#include "model/analysis/projectanalysis.h"
#include "model/planner/restoreplanner.h"
#include "tests/benchmarks/syntheticproject.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace rd;

namespace {

struct Timing
{
    double first = 0;  ///< ms
    double median = 0; ///< ms
    QString outcome;
};

Timing time(const ProjectAnalysis &analysis, const PlanRequest &request, int passes)
{
    Timing t;
    std::vector<double> ms;
    for (int i = 0; i <= passes; ++i) {
        QElapsedTimer clock;
        clock.start();
        const PlannedRestore planned = RestorePlanner::plan(analysis, request);
        const double elapsed = double(clock.nsecsElapsed()) / 1e6;
        if (i == 0) {
            t.first = elapsed;
            t.outcome = planned.ok() ? QStringLiteral("%1 steps; %2").arg(planned.plan->steps.size())
                                           .arg(planned.reasons.mid(0, 3).join(QStringLiteral(" / ")))
                                     : QStringLiteral("refused: %1").arg(planned.error);
        } else {
            ms.push_back(elapsed);
        }
    }
    std::sort(ms.begin(), ms.end());
    t.median = ms.empty() ? t.first : ms[ms.size() / 2];
    return t;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int backups = args.size() > 1 ? args[1].toInt() : 1000000;
    const int passes = args.size() > 2 ? args[2].toInt() : 15;

    QElapsedTimer clock;
    clock.start();
    Project project = bench::syntheticProject(backups);
    project.plans.clear();
    const double made = double(clock.restart());
    const auto analysis = ProjectAnalysis::build(project);
    const double analysed = double(clock.elapsed());
    std::printf("synthetic project: %d backups, made in %.0f ms, analysed in %.0f ms\n", backups, made, analysed);

    PlanRequest latest;
    PlanRequest middle;
    middle.target.kind = RestoreTarget::Kind::PointInTime;
    const QDateTime from = project.backups.first().start, to = project.backups.last().finish;
    middle.target.pointInTime = from.addSecs(from.secsTo(to) / 2 + 97); // between two log backups
    PlanRequest piecemeal;
    piecemeal.onlineFirst = {QStringLiteral("rw_001"), QStringLiteral("rw_002")};

    const struct { const char *name; const PlanRequest &request; } cases[] = {
        {"latest (end of the log)", latest},
        {"mid-history point in time", middle},
        {"latest, piecemeal (rw_001, rw_002 first)", piecemeal},
    };
    bool ok = true;
    for (const auto &c : cases) {
        const Timing t = time(*analysis, c.request, passes);
        std::printf("plan %-42s median %8.2f ms (first call %8.2f ms) over %d passes: %s\n", c.name, t.median, t.first,
                    passes, qPrintable(t.outcome));
        ok = ok && t.median < 100;
    }
    // What `restore-designer plan` prints after the plan: the reason for every backup left out.
    const PlannedRestore planned = RestorePlanner::plan(*analysis, latest);
    if (planned.ok()) {
        clock.restart();
        const PlanExplanation explanation(analysis->index(), *planned.plan);
        qsizetype explained = 0;
        for (const Backup &b : analysis->index().backups())
            explained += !explanation.reasonNotUsed(analysis->index(), b.id).isEmpty();
        std::printf("explain the %lld backups the latest plan leaves out: %.0f ms\n", qlonglong(explained),
                    double(clock.elapsed()));
    }
    std::printf("peak memory %.0f MB; target < 100 ms: %s\n", bench::peakMegabytes(), ok ? "met" : "MISSED");
    return 0;
}
