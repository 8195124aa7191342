// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/cli/planestimatereport.h"

#include "model/domain/plantime.h"

#include <QLocale>

#include <cmath>

namespace rd::cli {

namespace {

/// Seconds in the JSON: to the millisecond (the throughput makes most of them fractions).
QJsonValue jsonSeconds(double seconds)
{
    return std::round(seconds * 1000) / 1000;
}

const StepDuration *durationOf(const ProjectAnalysis &analysis, qsizetype plan, int index)
{
    for (const StepDuration &d : analysis.planEstimate(plan).duration.steps)
        if (d.step == index)
            return &d;
    return nullptr;
}

/// "17.0 s", or "≥ 17.0 s" for a lower bound.
QString seconds(double value, bool known)
{
    const QString text = MemoryOptimizedLoad::formatSeconds(value);
    return known ? text : PlanEstimateReport::tr("≥ %1").arg(text);
}

QString megabytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes); // as the memory-optimized load's summary: "10.00 MiB"
}

} // namespace

void PlanEstimateReport::addToStep(QJsonObject &step, const ProjectAnalysis &analysis, qsizetype plan, int index)
{
    if (const StepDuration *d = durationOf(analysis, plan, index)) {
        step.insert(QStringLiteral("seconds"), jsonSeconds(d->seconds()));
        step.insert(QStringLiteral("endSeconds"), jsonSeconds(d->endSeconds));
        step.insert(QStringLiteral("known"), d->known);
        step.insert(QStringLiteral("endKnown"), d->endKnown);
    }
    const auto &memory = analysis.planEstimate(plan).memory;
    const Project &project = analysis.project();
    if (memory && memory->step == index && memory->snapshot >= 0 && memory->snapshot < project.cfpSnapshots.size())
        step.insert(QStringLiteral("memoryNeeded"),
                    QJsonObject{{QStringLiteral("bytes"), memory->needs.memoryBytes},
                                {QStringLiteral("diskBytes"), memory->needs.diskBytes},
                                {QStringLiteral("snapshot"), PlanTime::toString(project.cfpSnapshots[memory->snapshot].at)}});
}

QJsonArray PlanEstimateReport::filegroupsOnline(const ProjectAnalysis &analysis, qsizetype plan)
{
    QJsonArray out;
    for (const FilegroupOnline &f : analysis.planEstimate(plan).duration.filegroups) {
        const QJsonValue null(QJsonValue::Null);
        out.append(QJsonObject{
            {QStringLiteral("filegroup"), f.filegroup},
            {QStringLiteral("online"), f.online},
            // null: readable before the plan (seconds 0), or never (seconds null)
            {QStringLiteral("step"), f.step >= 0 ? QJsonValue(f.step) : null},
            {QStringLiteral("seconds"), f.online ? jsonSeconds(f.seconds) : null},
            {QStringLiteral("known"), f.known},
        });
    }
    return out;
}

QList<QPair<QString, QString>> PlanEstimateReport::stepRows(const ProjectAnalysis &analysis, qsizetype plan, int index)
{
    QList<QPair<QString, QString>> rows;
    if (const StepDuration *d = durationOf(analysis, plan, index))
        rows.append({tr("time"), tr("%1 (ends at %2)").arg(seconds(d->seconds(), d->known), seconds(d->endSeconds, d->endKnown))});
    const auto &memory = analysis.planEstimate(plan).memory;
    const Project &project = analysis.project();
    // Without a snapshot before it, the memory-optimized load's row says what the containers give.
    if (memory && memory->step == index && memory->snapshot >= 0 && memory->snapshot < project.cfpSnapshots.size())
        rows.append({tr("memory needed"), tr("%1 (and %2 of free disk), from the CFP snapshot of %3")
                                              .arg(megabytes(memory->needs.memoryBytes), megabytes(memory->needs.diskBytes),
                                                   PlanTime::toString(project.cfpSnapshots[memory->snapshot].at))});
    return rows;
}

QString PlanEstimateReport::onlineLine(const ProjectAnalysis &analysis, qsizetype plan)
{
    const RestoreDuration &duration = analysis.planEstimate(plan).duration;
    if (duration.steps.isEmpty())
        return {};
    QStringList parts;
    for (const FilegroupOnline &f : duration.filegroups) {
        if (!f.online)
            parts << tr("%1 not online").arg(f.filegroup);
        else if (f.step < 0)
            parts << tr("%1 before the restore").arg(f.filegroup);
        else
            parts << tr("%1 after step %2 at %3").arg(f.filegroup).arg(f.step + 1).arg(seconds(f.seconds, f.known));
    }
    const StepDuration &last = duration.steps.constLast();
    return tr("restore time %1; online: %2").arg(seconds(last.endSeconds, last.endKnown), parts.join(QStringLiteral(", ")));
}

} // namespace rd::cli
