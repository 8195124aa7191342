// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tests/fuzz/fuzzproject.h"

#include "model/analysis/projectanalysis.h"
#include "model/io/planjsonreader.h"
#include "model/io/planjsonwriter.h"
#include "model/tsql/tsqlwriter.h"

#include <QCoreApplication>

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

} // namespace rd::fuzz
