// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Benchmark of the timeline at scale (issue 9, item 1): on the synthetic 100,000-backup project
// (200 filegroups), the time to build the TimelineScene (target < 1 s), then at several zoom levels
// from Fit to single backups the time of a zoom step (target well under 250 ms) and the median time
// to paint one 1600×900 frame offscreen (target < 16 ms); then the same on the LSN axis (the switch
// builds the LsnAxis and its layout and places the items at Fit: target < 1 s). Not part of the unit tests (ctest does not
// run it); see README.md, "Benchmarks". Usage: bench_timeline [backups] [frames per zoom level] [cfp]; with `cfp`
// the project holds a CFP snapshot before its first backup, so that every bar holding bench_mod has an
// estimate and its badge (docs/cfp-in-the-designer.md).
#include "model/commands/editcommand.h"
#include "model/document/projectdocument.h"
#include "model/storage/projectfile.h"
#include "tests/benchmarks/syntheticproject.h"
#include "tests/cfpfixtures.h"
#include "model/analysis/projectanalysis.h"
#include "ui/timeline/lsnaxis.h"
#include "ui/timeline/timelinelayout.h"
#include "ui/timeline/timelinescene.h"
#include "ui/viewstate.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace rd;

namespace {

double milliseconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

const char *verdict(double value, double target)
{
    return value < target ? "ok" : "OVER TARGET";
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The first argument is a number of backups, or a project file (.rdproj, .json) to open
    // instead of the synthetic project: an imported history, say (bench_msdbimport N OUT).
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const bool fromFile = first.endsWith(QLatin1String(".rdproj")) || first.endsWith(QLatin1String(".json"));
    int count = argc > 1 && !fromFile ? std::max(1, atoi(argv[1])) : 100000;
    const int frames = argc > 2 ? std::max(1, atoi(argv[2])) : 15;
    const QSize frame(1600, 900);

    const bool cfp = argc > 3 && qstrcmp(argv[3], "cfp") == 0;
    Project project;
    if (fromFile) {
        QElapsedTimer loading;
        loading.start();
        LoadResult loaded = ProjectFile::load(first);
        if (!loaded.project) {
            std::fprintf(stderr, "bench_timeline: %s\n", qPrintable(loaded.error));
            return 2;
        }
        project = std::move(*loaded.project);
        count = int(project.backups.size());
        std::printf("bench_timeline: %s read in %.0f ms\n", argv[1], milliseconds(loading));
    } else {
        project = bench::syntheticProject(count);
    }
    if (cfp && !project.backups.isEmpty()) {
        CfpSnapshot snapshot = test::cfpSnapshotA();
        snapshot.at = project.backups.first().start.addSecs(-3600);
        project.cfpSnapshots = {snapshot};
    }
    ProjectDocument document;
    QElapsedTimer timer;
    timer.start();
    document.reset(project);
    const double analysis = milliseconds(timer);
    ViewState viewState(&document);

    // The layout alone (once per version of the history: after each edit of the backups).
    timer.restart();
    TimelineLayout layout;
    layout.build(document.analysis().index(), int(project.database.filegroups.size()));
    const double layoutTime = milliseconds(timer);

    // What opening the project costs the timeline: the layout, then the items at Fit.
    timer.restart();
    TimelineScene scene(&document, &viewState);
    scene.setAvailableHeight(frame.height());
    scene.fitToWidth(frame.width());
    scene.setVisibleRect(QRectF(QPointF(0, 0), frame));
    const double build = milliseconds(timer);
    std::printf("bench_timeline: %d backups, %lld lanes; analysis %.0f ms (not the timeline's)\n", count,
                qlonglong(scene.lanes().size()), analysis);
    if (cfp)
        std::printf("  with a CFP snapshot before the first backup: %lld backups estimated\n",
                    qlonglong(document.analysis().cfpEstimates().count()));
    std::printf("  scene build at Fit: %.1f ms (target < 1000 ms: %s), %lld items for %d backups; of which the "
                "layout (again after each edit of the history) %.1f ms\n",
                build, verdict(build, 1000), qlonglong(scene.items().size()), count, layoutTime);

    // Switching the current plan (issue 11: the backups a plan leaves out are dimmed): between the
    // project's plan and a copy of it without its last steps (both dim the others), and an empty
    // plan (dims nothing): the switch as the plan combo makes it (the bars are placed again, as
    // after a zoom step: the plan's backups stay bars), then one frame painted over `visible`.
    // A hover's reason (PlanExplanation::reasonNotUsed) for 1,000 backups across the history.
    {
        Plan shorter = project.plans.value(0);
        shorter.name = QStringLiteral("bench shorter");
        shorter.steps = shorter.steps.mid(0, qMax<qsizetype>(1, shorter.steps.size() - 4));
        Plan empty;
        empty.name = QStringLiteral("bench empty");
        document.undoStack()->push(new EditCommand(&document, -1, ProjectEdit::addPlan(shorter)));
        document.undoStack()->push(new EditCommand(&document, -1, ProjectEdit::addPlan(empty)));
    }
    auto planSwitch = [&](const char *where, const QRectF &visible) {
        QImage shot(frame, QImage::Format_ARGB32_Premultiplied);
        std::vector<double> switches, paints;
        for (int round = 0; round < 5; ++round)
            for (const int plan : {1, 2, 0}) {
                timer.restart();
                viewState.setCurrentPlan(plan);
                switches.push_back(milliseconds(timer));
                timer.restart();
                shot.fill(Qt::white);
                QPainter painter(&shot);
                scene.render(&painter, QRectF(QPointF(0, 0), frame), visible);
                painter.end();
                paints.push_back(milliseconds(timer));
            }
        timer.restart();
        int reasons = 0;
        const qsizetype stride = qMax<qsizetype>(1, project.backups.size() / 1000);
        for (qsizetype i = 0; i < project.backups.size(); i += stride)
            reasons += !scene.notUsedReason(project.backups[i].id).isEmpty();
        const double reasonTime = milliseconds(timer);
        const double worst = *std::max_element(switches.begin(), switches.end());
        std::printf("  current plan switch %s: median %.1f ms, slowest %.1f ms (target as a zoom step < 250 ms: %s); "
                    "a frame after it %.2f ms (median); a hover's reason %.3f ms (%d of the backups sampled dimmed)\n",
                    where, median(switches), worst, verdict(worst, 250), median(paints), reasonTime / 1000.0, reasons);
    };
    planSwitch("at Fit", QRectF(QPointF(0, 0), frame));

    // Zoom levels relative to Fit, centred on the middle of the history (`centre` gives its x).
    const Backup &middle = project.backups[project.backups.size() / 2];
    QImage image(frame, QImage::Format_ARGB32_Premultiplied);
    auto zoomLevels = [&](const char *axis, const std::function<qreal()> &centre, const char *shots) {
        double worstPaint = 0, worstZoom = 0;
        const double fit = scene.pixelsPerSecond();
        for (const double factor : {1.0, 8.0, 64.0, 512.0, 4096.0}) {
            timer.restart();
            scene.setPixelsPerSecond(fit * factor / 1.25);
            const double centreX = centre();
            scene.setVisibleRect(QRectF(centreX - frame.width() / 2.0, 0, frame.width(), frame.height()));
            // One zoom step (×1.25, as Ctrl+wheel) about the centre, as the view does it.
            timer.restart();
            scene.setPixelsPerSecond(fit * factor);
            const QRectF visible(centre() - frame.width() / 2.0, 0, frame.width(), frame.height());
            scene.setVisibleRect(visible);
            const double zoom = milliseconds(timer);
            std::vector<double> paints;
            for (int i = 0; i < frames; ++i) {
                timer.restart();
                image.fill(Qt::white);
                QPainter painter(&image);
                painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
                scene.render(&painter, QRectF(QPointF(0, 0), frame), visible);
                painter.end();
                paints.push_back(milliseconds(timer));
            }
            const double paint = median(paints);
            worstPaint = std::max(worstPaint, paint);
            worstZoom = std::max(worstZoom, zoom);
            std::printf("  zoom Fit x%-6.0f %9.4f px/s: zoom step %6.1f ms, paint %6.2f ms/frame (median of %d), "
                        "%lld items, %lld bands\n",
                        factor, scene.pixelsPerSecond(), zoom, paint, frames, qlonglong(scene.items().size()),
                        qlonglong(scene.bands().size()));
            if (qEnvironmentVariableIsSet("RD_BENCH_SHOTS"))
                image.save(QStringLiteral("%1/%2_x%3.png")
                               .arg(qEnvironmentVariable("RD_BENCH_SHOTS"), QLatin1String(shots))
                               .arg(int(factor)));
        }
        std::printf("  %s axis: slowest zoom step %.1f ms (target < 250 ms: %s); slowest median paint %.2f ms (target < "
                    "16 ms: %s)\n",
                    axis, worstZoom, verdict(worstZoom, 250), worstPaint, verdict(worstPaint, 16));
    };
    zoomLevels("time", [&] { return scene.xForTime(middle.start); }, "bench_timeline");
    planSwitch("zoomed in (Fit x4096)",
               QRectF(scene.xForTime(middle.start) - frame.width() / 2.0, 0, frame.width(), frame.height()));

    // The LSN axis (docs/lsn-axis.md): its mapping and layout alone (again after each edit of the
    // history while it is shown), then the switch as Ctrl+L makes it, then the same zoom levels.
    timer.restart();
    LsnAxis lsnAxis;
    lsnAxis.build(document.analysis().index());
    TimelineLayout lsnLayout;
    lsnLayout.build(document.analysis().index(), int(project.database.filegroups.size()), lsnAxis);
    const double lsnLayoutTime = milliseconds(timer);
    timer.restart();
    viewState.setTimelineAxis(TimelineAxis::Lsn);
    const double lsnBuild = milliseconds(timer);
    std::printf("  LSN axis: switch and build at Fit: %.1f ms (target < 1000 ms: %s), %lld items, %zu LSNs, %zu gaps, "
                "%d rows; of which the axis and its layout %.1f ms\n",
                lsnBuild, verdict(lsnBuild, 1000), qlonglong(scene.items().size()), lsnAxis.lsns().size(),
                lsnAxis.gaps().size(), lsnAxis.rowCount(), lsnLayoutTime);
    const Lsn middleLsn = document.analysis().index().backups()[project.backups.size() / 2].firstLsn;
    zoomLevels("LSN", [&] { return scene.xForLsn(middleLsn); }, "bench_timeline_lsn");
    std::printf("  peak memory %.0f MB\n", bench::peakMegabytes());
    return 0;
}
