// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Benchmark of memory at scale (issue 8, item 9): what opening a real-sized history costs. Writes a
// synthetic project of 1,000,000 backups (`-backups N` to change) as a JSON plan, then opens it in a
// fresh process the way `restore-designer check` does (ProjectFile::load, then ProjectAnalysis::build)
// and prints that process's peak memory per backup (target < 1 KB) and the times. Not run by ctest;
// see README.md, "Benchmarks". `-read FILE` runs only the second half, on any plan file.
#include "model/analysis/projectanalysis.h"
#include "model/io/planjsonwriter.h"
#include "model/storage/projectfile.h"
#include "tests/benchmarks/syntheticproject.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace rd;

namespace {

/// Opens `path` and analyses it; prints the figures. The process's peak is what the user's would be.
int readAndAnalyse(const QString &path)
{
    QElapsedTimer t;
    t.start();
    LoadResult loaded = ProjectFile::load(path);
    if (!loaded.ok()) {
        std::fprintf(stderr, "bench_load: %s\n", qPrintable(loaded.error));
        return 2;
    }
    const double loadSeconds = double(t.nsecsElapsed()) / 1e9;
    const Project project = std::move(*loaded.project);
    loaded = {};
    const double loadPeak = bench::peakMegabytes();
    t.restart();
    const std::shared_ptr<const ProjectAnalysis> analysis = ProjectAnalysis::build(project);
    const double analysisSeconds = double(t.nsecsElapsed()) / 1e9;
    const double peak = bench::peakMegabytes();
    const double perBackup = peak * 1024.0 * 1024.0 / double(qMax<qsizetype>(1, project.backups.size()));
    std::printf("%s: %.0f MB of JSON, %lld backups\n", qPrintable(QFileInfo(path).fileName()),
                double(QFileInfo(path).size()) / 1048576.0, qlonglong(project.backups.size()));
    std::printf("load %.2f s (peak %.0f MB), analysis %.2f s (%d errors in the first plan)\n", loadSeconds, loadPeak,
                analysisSeconds, analysis->planCount() ? analysis->plan(0).errorCount : 0);
    std::printf("peak memory: %.0f MB, %.0f bytes per backup, target < 1024 bytes: %s\n", peak, perBackup,
                perBackup < 1024 ? "met" : "NOT MET");
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("-read")); at >= 0 && at + 1 < args.size())
        return readAndAnalyse(args[at + 1]);
    const qsizetype at = args.indexOf(QStringLiteral("-backups"));
    const int backups = at >= 0 && at + 1 < args.size() ? args[at + 1].toInt() : 1000000;
    if (backups < 1000) {
        std::fprintf(stderr, "bench_load: -backups needs a number of at least 1000\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.json"));
    QString error;
    if (!PlanJsonWriter::writeFile(bench::syntheticProject(backups), path, &error)) {
        std::fprintf(stderr, "bench_load: %s\n", qPrintable(error));
        return 2;
    }
    // A fresh process: this one's peak already holds the synthetic project.
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("-read"), path});
    child.waitForFinished(-1);
    return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : 2;
}
