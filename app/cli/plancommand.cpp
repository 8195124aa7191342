// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/cli/plancommand.h"

#include "app/cli/clisupport.h"
#include "app/cli/planleftout.h"
#include "model/analysis/projectanalysis.h"
#include "model/domain/plantime.h"
#include "model/findings/stopclause.h"
#include "model/io/planjsonwriter.h"
#include "model/planner/restoreplanner.h"
#include "model/storage/projectfile.h"

#include <QCommandLineParser>

namespace rd::cli {
namespace {

/// --to's value as a target: latest, mark:NAME, lsn:LSN (a mark "lsn:…", as STOPATMARK takes it)
/// or a time as the plan format writes it. nullopt with *error set otherwise.
std::optional<RestoreTarget> targetOf(const QString &to, QString *error)
{
    RestoreTarget t;
    if (to.isEmpty() || to == QLatin1String("latest"))
        return t;
    if (to.startsWith(QLatin1String("mark:"))) {
        t.kind = RestoreTarget::Kind::Mark;
        t.mark = to.mid(5);
        if (t.mark.isEmpty()) {
            *error = PlanCommand::tr("--to mark: needs the mark's name (mark:NAME)");
            return std::nullopt;
        }
        return t;
    }
    if (to.startsWith(QLatin1String("lsn:"), Qt::CaseInsensitive)) {
        QString why;
        if (!Lsn::parse(QStringView(to).mid(4), &why)) {
            *error = PlanCommand::tr("--to %1: %2").arg(to, why);
            return std::nullopt;
        }
        t.kind = RestoreTarget::Kind::Mark;
        t.mark = QStringLiteral("lsn:") + to.mid(4);
        return t;
    }
    QString why;
    const std::optional<QDateTime> time = PlanTime::parse(to, &why);
    if (!time) {
        *error = PlanCommand::tr("--to %1: expected latest, a time (2017-03-06T04:00:00), mark:NAME or lsn:LSN (%2)")
                     .arg(to, why);
        return std::nullopt;
    }
    t.kind = RestoreTarget::Kind::PointInTime;
    t.pointInTime = *time;
    return t;
}

QString stepText(const Project &project, const PlanStep &s, int n)
{
    QString line = PlanCommand::tr("%1. %2").arg(n).arg(toString(s.statement));
    if (!s.filegroups.isEmpty())
        line += PlanCommand::tr(" FILEGROUP %1").arg(s.filegroups.join(QStringLiteral(", ")));
    if (!s.backup.isEmpty()) {
        line += s.statement == StepStatement::BackupLog ? PlanCommand::tr(" TO %1").arg(s.backup)
                                                        : PlanCommand::tr(" FROM %1").arg(s.backup);
        if (const Backup *b = project.backup(s.backup); b && s.statement != StepStatement::BackupLog)
            line += PlanCommand::tr(" (%1, %2)").arg(toString(b->type), PlanTime::toString(b->finish.isValid() ? b->finish : b->start));
    }
    QStringList with;
    if (s.partial)
        with << QStringLiteral("PARTIAL");
    if (s.replace)
        with << QStringLiteral("REPLACE");
    if (s.norecovery)
        with << QStringLiteral("NORECOVERY");
    if (s.isRestore())
        with << toString(s.effectiveRecovery());
    if (const std::optional<StopClause> stop = StopClause::ofStep(s))
        with << stop->text();
    if (!with.isEmpty())
        line += PlanCommand::tr(" WITH %1").arg(with.join(QStringLiteral(", ")));
    return line;
}

} // namespace

int PlanCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Plans the restore of FILE's backup history to a target (docs/planner.md): the base, the differential, "
           "the log chain and, with --online-first, the piecemeal stages, each choice with its reason, and every "
           "backup left out with why. Exit status: 0 planned, 1 no plan reaches the target, 2 the input could not "
           "be read, or the output not written."));
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("Where to recover to: latest (the end of the log, the default), a time "
                                   "(2017-03-06T04:00:00), mark:NAME (a MARK event) or lsn:LSN."),
                                tr("TARGET"), QStringLiteral("latest"));
    const QCommandLineOption onlineFirst(QStringLiteral("online-first"),
                                         tr("A piecemeal restore bringing these filegroups online first, in this "
                                            "order (PRIMARY and the memory-optimized filegroup always come first)."),
                                         tr("FG,FG..."));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write the project with the new plan appended: a JSON plan (.json) or a "
                                       "project file (.rdproj)."), tr("OUT"));
    parser.addOption(to);
    parser.addOption(onlineFirst);
    parser.addOption(CliSupport::formatOption());
    parser.addOption(output);
    parser.addPositionalArgument(QStringLiteral("FILE"), CliSupport::fileHelp(), QStringLiteral("plan FILE"));
    const auto positional = CliSupport::parse(parser, arguments, 1);
    if (!positional)
        return ExitUnreadable;
    const std::optional<Format> format = CliSupport::format(parser);
    if (!format)
        return ExitUnreadable;
    QString error;
    const std::optional<RestoreTarget> target = targetOf(parser.value(to), &error);
    if (!target) {
        CliSupport::printError(error);
        return ExitUnreadable;
    }
    const QString out = parser.value(output);
    if (!out.isEmpty()) {
        if (!ProjectFile::kindForPath(out)) {
            CliSupport::printError(tr("%1: unknown extension; the output must end in .json or .rdproj").arg(out));
            return ExitUnreadable;
        }
        if (CliSupport::outputIsInput(positional->first(), out))
            return ExitUnreadable;
    }
    const auto project = CliSupport::load(positional->first());
    if (!project)
        return ExitUnreadable;

    PlanRequest request;
    request.target = *target;
    for (const QString &fg : parser.value(onlineFirst).split(u',', Qt::SkipEmptyParts))
        request.onlineFirst << fg.trimmed();
    Project history = *project; // the history alone: the file's plans need no analysis here
    history.plans.clear();
    const auto analysis = ProjectAnalysis::build(history);
    const PlannedRestore planned = RestorePlanner::plan(*analysis, request);
    if (!planned.ok()) {
        CliSupport::printError(tr("%1: no plan reaches the target: %2").arg(positional->first(), planned.error));
        if (*format == Format::Text && !planned.reasons.isEmpty())
            CliSupport::printOut(CliSupport::textLines(planned.reasons));
        return ExitErrors;
    }
    Project result = *project;
    if (planned.tailLog)
        result.backups << *planned.tailLog;
    result.plans << *planned.plan;

    if (!out.isEmpty() && !ProjectFile::save(result, out, &error)) {
        CliSupport::printError(error.contains(out) ? error : tr("cannot write %1: %2").arg(out, error));
        return ExitUnreadable;
    }
    if (*format == Format::Json) {
        CliSupport::printOut(PlanJsonWriter::write(result));
        return ExitOk;
    }
    const Plan &plan = *planned.plan;
    QStringList lines;
    lines << tr("Plan \"%1\" (%n step(s)):", nullptr, int(plan.steps.size())).arg(plan.name);
    for (qsizetype i = 0; i < plan.steps.size(); ++i)
        lines << QStringLiteral("  ") + stepText(result, plan.steps[i], int(i + 1));
    lines << tr("Why:");
    for (const QString &r : planned.reasons)
        lines << QStringLiteral("  ") + r;
    const PlanExplanation explanation(analysis->index(), plan);
    const QStringList left = PlanLeftOut::lines(analysis->index(), explanation);
    lines << tr("Left out (%n line(s)):", nullptr, int(left.size()));
    for (const QString &l : left)
        lines << QStringLiteral("  ") + l;
    CliSupport::printOut(CliSupport::textLines(lines));
    return ExitOk;
}

} // namespace rd::cli
