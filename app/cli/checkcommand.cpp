// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/cli/checkcommand.h"

#include "model/analysis/projectanalysis.h"

#include <QJsonArray>

#include <array>

namespace rd::cli {

namespace {

// plan-format.md, "What the command line prints": the check --format json entry of one finding.
QJsonObject toJson(const Diagnostic &d)
{
    QJsonObject o{
        {QStringLiteral("rule"), d.rule},
        {QStringLiteral("severity"), toString(d.severity)},
        {QStringLiteral("step"), d.step < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(d.step)},
        {QStringLiteral("backup"), CliSupport::stringOrNull(d.backup)},
        {QStringLiteral("filegroup"), CliSupport::stringOrNull(d.filegroup)},
        {QStringLiteral("message"), d.message},
        {QStringLiteral("causedBy"), d.causedBy < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(d.causedBy)},
    };
    if (!d.fix.isEmpty())
        o.insert(QStringLiteral("fix"), d.fix);
    return o;
}

} // namespace

QString CheckCommand::severityWord(Severity severity)
{
    switch (severity) {
    case Severity::Error: return tr("error");
    case Severity::Warning: return tr("warning");
    case Severity::Info: return tr("info");
    }
    return {};
}

QByteArray CheckCommand::report(const Project &project, const QList<Plan> &plans, Format format, bool *hasErrors)
{
    *hasErrors = false;
    QJsonArray jsonPlans;
    QStringList lines; // escaped when printed: a name cannot add a line
    // One analysis of the history for every plan printed, as the designer's document has.
    Project selected = project;
    selected.plans = plans;
    const auto analysis = ProjectAnalysis::build(selected);
    for (qsizetype i = 0; i < plans.size(); ++i) {
        const Plan &plan = plans[i];
        const QList<Diagnostic> &diagnostics = analysis->plan(i).diagnostics;
        *hasErrors = *hasErrors || rd::hasErrors(diagnostics);
        if (format == Format::Json) {
            QJsonArray list;
            for (const Diagnostic &d : diagnostics)
                list.append(toJson(d));
            jsonPlans.append(QJsonObject{{QStringLiteral("name"), plan.name}, {QStringLiteral("diagnostics"), list}});
            continue;
        }

        std::array<int, 3> count{}; // by Severity: Error, Warning, Info
        for (const Diagnostic &d : diagnostics)
            ++count[size_t(d.severity)];
        const int errors = count[size_t(Severity::Error)], warnings = count[size_t(Severity::Warning)],
                  infos = count[size_t(Severity::Info)];
        QStringList counts{errors == 1 ? tr("1 error") : tr("%1 errors").arg(errors),
                           warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(warnings)};
        if (infos > 0)
            counts << tr("%1 info").arg(infos);
        lines << tr("plan \"%1\": %2").arg(plan.name, counts.join(QStringLiteral(", ")));

        // One line per finding, in columns: where, how bad, which rule, what; the fix below it.
        // Steps count from 1 here, as in the messages and the script's comments (JSON: from 0).
        for (const Diagnostic &d : listedUnderCauses(diagnostics)) {
            const QString where = d.step < 0 ? tr("plan") : tr("step %1").arg(d.step + 1);
            const QString lead = QStringLiteral("  %1  %2  %3  ").arg(where.leftJustified(7),
                                                                      severityWord(d.severity).leftJustified(7),
                                                                      d.rule.leftJustified(11));
            lines << lead + d.message;
            if (d.causedBy >= 0)
                lines << QString(lead.size(), u' ') + tr("follows from step %1, which SQL Server refuses").arg(d.causedBy + 1);
            if (!d.fix.isEmpty())
                lines << QString(lead.size(), u' ') + tr("fix: %1").arg(d.fix);
        }
    }
    if (format == Format::Json)
        return CliSupport::toJson(QJsonObject{{QStringLiteral("valid"), !*hasErrors}, {QStringLiteral("plans"), jsonPlans}});
    return CliSupport::textLines(lines);
}

int CheckCommand::run(const QStringList &arguments)
{
    return CliSupport::runPlanReport(arguments, QStringLiteral("check FILE"),
                                     tr("Checks restore plans against the rules of SQL Server restores and "
                                        "prints every finding. Exit status: 0 no errors (warnings allowed), "
                                        "1 at least one error, 2 the file could not be read."),
                                     &report);
}

} // namespace rd::cli
