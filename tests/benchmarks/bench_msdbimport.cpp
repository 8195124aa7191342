// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Benchmark of the msdb history import and of planning on what it imports (issue 11, item 6):
// writes a synthetic msdb export of N backup sets (default 100,000; `bench_msdbimport 1000000`
// for a million) over 4 databases and a year (MsdbExportGenerator: frequent logs, weekly fulls,
// daily differentials, copy-only backups, stripes, a recovery fork per database), then prints side
// by side on the same file:
//   - our import of one database (the first, `--database sales`) into a project
//     (MsdbHistoryReader::readFiles) and the process's peak memory (target < 1 GB);
//   - `sqlite3 :memory: '.import --csv FILE t'` of the same file, when sqlite3 is on the PATH, and
//     the ratio (target: the import within 2x);
//   - the analysis of the imported project (ProjectAnalysis::build) and the planning time,
//     RestorePlanner::plan to the end of the log and to a point in time half way through the year
//     (target < 100 ms each), with whether a plan came out.
// `bench_msdbimport N OUT.rdproj` also saves the imported project, to open it in the designer.
// Not run by ctest; Release build (-DRD_BUILD_BENCHMARKS=ON).
#include "model/analysis/projectanalysis.h"
#include "model/io/msdbhistoryreader.h"
#include "model/planner/restoreplanner.h"
#include "model/storage/projectfile.h"
#include "tests/benchmarks/msdbexportgenerator.h"
#include "tests/benchmarks/syntheticproject.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace rd;

namespace {

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

void timePlan(const ProjectAnalysis &analysis, const char *what, const PlanRequest &request)
{
    QElapsedTimer t;
    t.start();
    const PlannedRestore planned = RestorePlanner::plan(analysis, request);
    const double ms = double(t.nsecsElapsed()) / 1e6;
    if (planned.ok())
        std::printf("planning to %s: %.1f ms, a plan of %lld steps; target < 100 ms: %s\n", what, ms,
                    qlonglong(planned.plan->steps.size()), ms < 100 ? "met" : "NOT MET");
    else
        std::printf("planning to %s: %.1f ms, no plan: %s\n", what, ms, qPrintable(planned.error));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bench::MsdbExportShape shape;
    if (argc > 1)
        shape.backups = QByteArray(argv[1]).toLongLong();
    const QString projectOut = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.csv"));
    QElapsedTimer t;
    t.start();
    QString error;
    const std::optional<bench::MsdbExportFacts> facts = bench::MsdbExportGenerator::write(path, shape, &error);
    if (!facts) {
        std::fprintf(stderr, "bench_msdbimport: cannot write %s: %s\n", qPrintable(path), qPrintable(error));
        return 2;
    }
    std::printf("export of %lld backup sets of %d databases (%s), a year: %.1f MB, %lld rows, written in %.2f s\n",
                qlonglong(shape.backups), shape.databases, qPrintable(facts->databases.join(u", ")),
                double(facts->bytes) / 1e6, qlonglong(facts->rows), seconds(t));
    const double before = bench::peakMegabytes();

    const QString database = facts->databases.value(0);
    t.restart();
    const HistoryImport import = MsdbHistoryReader::readFiles({path}, database);
    const double importSeconds = seconds(t);
    if (!import.ok()) {
        std::fprintf(stderr, "bench_msdbimport: %s\n", qPrintable(import.messages().join(u'\n')));
        return 2;
    }
    const double peak = bench::peakMegabytes();
    qsizetype skippedRows = 0;
    for (const HistorySkippedRows &s : import.skipped)
        skippedRows += s.lines.size();
    std::printf("import of database %s: %lld backups from %lld rows (%lld rows of the other databases skipped) in %.2f s, "
                "%.1f MB/s; peak memory %.0f MB (%.0f MB before), target < 1024 MB: %s\n",
                qPrintable(database), qlonglong(import.project->backups.size()), qlonglong(import.rowsRead),
                qlonglong(skippedRows), importSeconds, double(facts->bytes) / 1e6 / importSeconds, peak, before,
                peak < 1024 ? "met" : "NOT MET");

    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty()) {
        std::printf("sqlite3 is not on the PATH: no comparison\n");
    } else {
        QProcess p;
        t.restart();
        p.start(sqlite, {QStringLiteral(":memory:"), QStringLiteral(".import --csv %1 t").arg(path)});
        if (!p.waitForFinished(-1) || p.exitCode() != 0) {
            std::fprintf(stderr, "bench_msdbimport: sqlite3 failed: %s\n", p.readAllStandardError().constData());
            return 2;
        }
        const double sqliteSeconds = seconds(t);
        std::printf("sqlite3 .import --csv of the same file: %.2f s, %.1f MB/s; import / .import = %.2f, target <= 2: %s\n",
                    sqliteSeconds, double(facts->bytes) / 1e6 / sqliteSeconds, importSeconds / sqliteSeconds,
                    importSeconds <= 2 * sqliteSeconds ? "met" : "NOT MET");
    }

    t.restart();
    const std::shared_ptr<const ProjectAnalysis> analysis = ProjectAnalysis::build(*import.project);
    std::printf("analysis of the imported project: %.2f s; peak memory %.0f MB\n", seconds(t), bench::peakMegabytes());
    timePlan(*analysis, "the end of the log", PlanRequest{});
    PlanRequest midYear;
    midYear.target.kind = RestoreTarget::Kind::PointInTime;
    midYear.target.pointInTime = facts->midYear;
    timePlan(*analysis, qPrintable(QStringLiteral("%1 (mid-year)").arg(facts->midYear.toString(Qt::ISODate))), midYear);

    if (!projectOut.isEmpty()) {
        t.restart();
        if (!ProjectFile::save(*import.project, projectOut, &error)) {
            std::fprintf(stderr, "bench_msdbimport: %s\n", qPrintable(error));
            return 2;
        }
        std::printf("project saved to %s in %.2f s\n", qPrintable(projectOut), seconds(t));
    }
    return 0;
}
