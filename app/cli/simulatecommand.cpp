// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/cli/simulatecommand.h"

#include "app/cli/planestimatereport.h"
#include "model/domain/plantime.h"
#include "model/analysis/projectanalysis.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace rd::cli {

namespace {

// docs/plan-format.md: the memory-optimized data a step's recovery loads; an unknown
// size, rate or time is null.
QJsonObject toJson(const MemoryOptimizedLoad &load)
{
    const auto orNull = [](qint64 v) { return v > 0 ? QJsonValue(v) : QJsonValue(QJsonValue::Null); };
    return QJsonObject{
        {QStringLiteral("filegroup"), load.filegroup},
        {QStringLiteral("containers"), load.containers},
        {QStringLiteral("unsizedContainers"), load.unsizedContainers},
        {QStringLiteral("bytes"), orNull(load.bytes)},
        {QStringLiteral("bytesPerSecond"), orNull(load.bytesPerSecond)},
        // bytes / bytesPerSecond to a tenth of a second
        {QStringLiteral("seconds"), load.timeKnown() ? QJsonValue(std::round(load.seconds() * 10) / 10)
                                                     : QJsonValue(QJsonValue::Null)},
    };
}

// plan-format.md, "What the command line prints": the simulate --format json entry of one step.
QJsonObject toJson(const StepState &state)
{
    QJsonObject filegroups, access;
    for (qsizetype i = 0; i < state.filegroups.size(); ++i) {
        filegroups.insert(state.filegroups[i].first, toString(state.filegroups[i].second));
        access.insert(state.filegroups[i].first, toString(state.access.value(i)));
    }
    QJsonObject o{
        {QStringLiteral("step"), state.step},
        // The rule under which SQL Server refuses the step's statement (the states are then those
        // before it); null when it runs.
        {QStringLiteral("refusedBy"), CliSupport::stringOrNull(state.outcome.refusedBy)},
        {QStringLiteral("database"), toString(state.database)},
        {QStringLiteral("filegroups"), filegroups},
        {QStringLiteral("access"), access}, // "none", "read-only", "read-write" (docs/plan-format.md)
        {QStringLiteral("redoLsn"), CliSupport::stringOrNull(state.redoLsn.toString())},
        {QStringLiteral("pointInTime"), CliSupport::stringOrNull(PlanTime::toString(state.pointInTime))},
    };
    if (const auto &load = state.memoryOptimizedLoad) // extension, only on a step that loads (R-MOD-004)
        o.insert(QStringLiteral("memoryOptimizedLoad"), toJson(*load));
    if (!state.pagesRestoring.isEmpty()) { // extension, only while a page restore is under way
        QJsonArray pages;
        for (const RestoringPage &page : state.pagesRestoring)
            pages.append(page.toString());
        o.insert(QStringLiteral("pagesRestoring"), pages);
    }
    return o;
}

} // namespace

QByteArray SimulateCommand::report(const Project &project, const QList<Plan> &plans, Format format, bool *hasErrors)
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
        const SimulationResult &result = analysis->plan(i).simulation;
        *hasErrors = *hasErrors || rd::hasErrors(result.diagnostics);
        if (format == Format::Json) {
            QJsonArray steps;
            for (const StepState &state : result.steps) {
                QJsonObject step = toJson(state);
                PlanEstimateReport::addToStep(step, *analysis, i, state.step); // issue 10: time and memory
                steps.append(step);
            }
            jsonPlans.append(QJsonObject{{QStringLiteral("name"), plan.name},
                                         {QStringLiteral("steps"), steps},
                                         {QStringLiteral("filegroupsOnline"), PlanEstimateReport::filegroupsOnline(*analysis, i)}});
            continue;
        }

        // Per step a two-column table: the database, each filegroup in layout order, where
        // roll-forward stands and the time the data has reached. Labels are escaped before they
        // are measured, so the columns line up.
        lines << tr("plan \"%1\"").arg(plan.name);
        for (const StepState &state : result.steps) {
            const PlanStep step = plan.steps.value(state.step);
            // Counted from 1, as check's text and the script's comments do (JSON: from 0).
            QString title = tr("step %1  %2").arg(state.step + 1).arg(toString(step.statement));
            if (!step.backup.isEmpty())
                title += u' ' + tr("from %1").arg(step.backup);
            if (state.outcome.refused())
                title += QStringLiteral("  ") + tr("REFUSED (%1): nothing changes").arg(state.outcome.refusedBy);
            lines << QStringLiteral("  ") + title;

            QList<QPair<QString, QString>> rows{{tr("database"), toString(state.database)}};
            for (qsizetype g = 0; g < state.filegroups.size(); ++g)
                rows.append({CliSupport::escaped(state.filegroups[g].first),
                             QStringLiteral("%1 (%2)").arg(toString(state.filegroups[g].second),
                                                           displayText(state.access.value(g)))});
            rows.append({tr("redo LSN"), state.redoLsn.isNull() ? tr("unknown") : state.redoLsn.toString()});
            QString time = state.pointInTime.isValid() ? PlanTime::toString(state.pointInTime) : tr("unknown");
            if (state.pointInTimeIsStop)
                time = tr("%1 (stop at)").arg(time);
            rows.append({tr("point in time"), time});
            if (state.memoryOptimizedLoad) // a row of its own, only on a step that loads (R-MOD-004)
                rows.append({tr("memory-optimized load"), state.memoryOptimizedLoad->summary()});
            rows.append(PlanEstimateReport::stepRows(*analysis, i, state.step));
            if (!state.pagesRestoring.isEmpty()) {
                QStringList pages;
                for (const RestoringPage &page : state.pagesRestoring)
                    pages << page.toString();
                rows.append({tr("pages restoring"), pages.join(QStringLiteral(", "))});
            }

            qsizetype width = 0;
            for (const auto &row : std::as_const(rows))
                width = std::max(width, row.first.size());
            for (const auto &[label, value] : std::as_const(rows))
                lines << QStringLiteral("    %1  %2").arg(label.leftJustified(width), value);
        }
        if (const QString online = PlanEstimateReport::onlineLine(*analysis, i); !online.isEmpty())
            lines << QStringLiteral("  ") + online;
    }
    if (format == Format::Json)
        return CliSupport::toJson(QJsonObject{{QStringLiteral("plans"), jsonPlans}});
    return CliSupport::textLines(lines);
}

int SimulateCommand::run(const QStringList &arguments)
{
    return CliSupport::runPlanReport(arguments, QStringLiteral("simulate FILE"),
                                     tr("Runs restore plans step by step and prints the state of the database "
                                        "and of each filegroup after every step. Exit status: 0 no errors, "
                                        "1 the simulation found an error, 2 the file could not be read."),
                                     &report);
}

} // namespace rd::cli
