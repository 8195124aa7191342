// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/cli/healthcommand.h"

#include "app/cli/checkcommand.h"
#include "model/analysis/projectanalysis.h"
#include "model/domain/plantime.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace rd::cli {

namespace {

QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(PlanTime::toString(t)) : QJsonValue(QJsonValue::Null);
}

QJsonValue lsnOrNull(const Lsn &lsn)
{
    return lsn.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(lsn.toString()); // a string: 25 digits
}

// docs/chain-health.md, "health --format json": one entry.
QJsonObject toJson(const ChainHealthEntry &e)
{
    return QJsonObject{
        {QStringLiteral("kind"), toString(e.kind)},
        {QStringLiteral("severity"), toString(e.severity)},
        {QStringLiteral("rule"), e.rule},
        {QStringLiteral("message"), e.message},
        {QStringLiteral("backups"), QJsonArray::fromStringList(e.backups)},
        {QStringLiteral("from"), timeOrNull(e.from)},
        {QStringLiteral("to"), timeOrNull(e.to)},
        {QStringLiteral("fromLsn"), lsnOrNull(e.fromLsn)},
        {QStringLiteral("toLsn"), lsnOrNull(e.toLsn)},
    };
}

} // namespace

QByteArray HealthCommand::report(const ChainHealth &health, Format format)
{
    const RestorePointWindow &w = health.longestWithoutRestorePoint();
    if (format == Format::Json) {
        QJsonArray entries;
        for (const ChainHealthEntry &e : health.entries())
            entries.append(toJson(e));
        const QJsonValue longest = !w.isValid() ? QJsonValue(QJsonValue::Null)
                                                : QJsonObject{{QStringLiteral("from"), timeOrNull(w.from)},
                                                              {QStringLiteral("to"), timeOrNull(w.to)},
                                                              {QStringLiteral("seconds"), double(w.seconds())},
                                                              {QStringLiteral("before"), w.before},
                                                              {QStringLiteral("after"), w.after}};
        return CliSupport::toJson(QJsonObject{{QStringLiteral("database"), health.database()},
                                              {QStringLiteral("healthy"), !health.hasErrors()},
                                              {QStringLiteral("entries"), entries},
                                              {QStringLiteral("longestWithoutRestorePoint"), longest}});
    }
    const int errors = health.count(Severity::Error), warnings = health.count(Severity::Warning),
              infos = health.count(Severity::Info);
    QStringList lines;
    lines << tr("database \"%1\": %2, %3, %4")
                 .arg(health.database(), errors == 1 ? tr("1 error") : tr("%1 errors").arg(errors),
                      warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(warnings), tr("%1 info").arg(infos));
    // One line per entry, in columns: how bad, which rule, what, then the backups it concerns.
    for (const ChainHealthEntry &e : health.entries())
        lines << QStringLiteral("  %1  %2  %3  [%4]")
                     .arg(CheckCommand::severityWord(e.severity).leftJustified(7), e.rule.leftJustified(11), e.message,
                          e.backups.join(QStringLiteral(", ")));
    return CliSupport::textLines(lines);
}

int HealthCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints the chain-health report of a project's whole backup history: log chain gaps, recovery forks, "
           "differentials whose base is gone, backups to NUL or by another tool, full backups with no log after "
           "them, copy-only, damaged or failed backups, and the longest time without a usable restore point. "
           "Exit status: 0 no errors (warnings allowed), 1 at least one error, 2 the file could not be read."));
    parser.addOption(CliSupport::formatOption());
    parser.addPositionalArgument(QStringLiteral("FILE"), CliSupport::fileHelp(), QStringLiteral("health FILE"));
    const std::optional<QStringList> files = CliSupport::parse(parser, arguments, 1);
    if (!files)
        return ExitUnreadable;
    const std::optional<Format> format = CliSupport::format(parser);
    if (!format)
        return ExitUnreadable;
    std::optional<Project> project = CliSupport::load(files->constFirst());
    if (!project)
        return ExitUnreadable;
    project->plans.clear(); // the report reads the history alone: no plan needs checking for it
    const auto analysis = ProjectAnalysis::build(*project);
    const ChainHealth &health = analysis->history().chainHealth();
    CliSupport::printOut(report(health, *format));
    return health.hasErrors() ? ExitErrors : ExitOk;
}

} // namespace rd::cli
