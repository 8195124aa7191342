#include "tests/fuzz/fuzzproject.h"

#include "model/analysis/projectanalysis.h"
#include "model/io/planjsonreader.h"
#include "model/io/planjsonwriter.h"
#include "model/tsql/tsqlwriter.h"

#include <QCoreApplication>
#include <QSet>

#include <cstdio>
#include <cstdlib>

namespace rd::fuzz {
namespace {

void dropMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) // Qt aborts after the handler returns
        std::fprintf(stderr, "qFatal: %s\n", qUtf8Printable(message));
}

} // namespace

[[noreturn]] void finding(const char *what, const QString &detail)
{
    std::fprintf(stderr, "FUZZ FINDING: %s\n%s\n", what, qUtf8Printable(detail));
    std::abort();
}

void initialize(int *argc, char ***argv)
{
    qInstallMessageHandler(dropMessages);
    // Never deleted: it must outlive every run, and libFuzzer leaves through exit().
    new QCoreApplication(*argc, *argv);
}

void checkLoadResult(const LoadResult &result)
{
    if (result.ok() && !result.error.isEmpty())
        finding("a project and an error at once", result.error);
    if (!result.ok() && result.error.isEmpty())
        finding("no project and no error message", QString());
}

void exercise(const Project &project)
{
    const auto analysis = ProjectAnalysis::build(project);
    int findings = 0;
    for (qsizetype i = 0; i < analysis->planCount(); ++i)
        findings += int(analysis->plan(i).diagnostics.size());
    qsizetype scriptLength = TsqlWriter::backupScript(project).size();
    for (const Plan &plan : project.plans)
        scriptLength += TsqlWriter::restoreScript(project, plan).size();
    if (findings < 0 || scriptLength < 0) // keeps the work from being optimised away
        std::abort();

    Project expected = project;
    expected.viewState = {};
    const QByteArray json = PlanJsonWriter::write(expected);
    const LoadResult back = PlanJsonReader::read(json);
    if (!back.ok())
        finding("the JSON plan written for an accepted project does not read back", back.error + u'\n' + QString::fromUtf8(json));
    if (*back.project != expected)
        finding("the JSON plan written for an accepted project reads back different", QString::fromUtf8(json));
}

void checkHistoryImport(const HistoryImport &result, qsizetype lines)
{
    const QStringList errors = result.errors();
    if (result.ok() != errors.isEmpty())
        finding(result.ok() ? "a project despite errors" : "no project and no error", errors.join(u'\n'));
    if (result.cancelled)
        finding("an import cancelled without being asked", QString());
    for (const HistoryImportProblem &p : result.problems)
        if (p.line < 0 || p.line > lines || p.column < 0 || p.message.isEmpty())
            finding("a problem placed outside the file, or without words", p.toString());
    for (const HistorySkippedRows &s : result.skipped)
        for (int line : s.lines)
            if (line < 1 || line > lines || s.reason.isEmpty())
                finding("a skipped row outside the file, or without a reason", s.toString());
    if (!result.ok())
        return;
    QSet<QString> ids;
    for (const Backup &b : result.project->backups) {
        if (ids.contains(b.id))
            finding("two backups with one id", b.id);
        ids.insert(b.id);
        if (!b.firstLsn.isNull() && !b.lastLsn.isNull() && b.lastLsn < b.firstLsn)
            finding("a backup whose last LSN is before its first", b.id);
        if (b.media.size() > 64 || b.mediaFamilyCount > 64 || b.position < 1)
            finding("more than 64 media families, or a position below 1", b.id);
        if (b.finish < b.start)
            finding("a backup that finishes before it starts", b.id);
    }
    exercise(*result.project);
}

} // namespace rd::fuzz
