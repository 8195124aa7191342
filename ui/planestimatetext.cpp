// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/planestimatetext.h"

#include "ui/designerstyle.h"

#include <QCoreApplication>
#include <QLocale>

namespace rd::PlanEstimateText {
namespace {
/// Translation context for this file's messages (lupdate reads Tr::tr calls).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlanEstimateText)
};

QString seconds(double value, bool known)
{
    const QString text = MemoryOptimizedLoad::formatSeconds(value);
    return known ? text : Tr::tr("≥ %1").arg(text);
}

/// The simulation's state after step `step` (0-based) of plan `plan`, or null.
const StepState *stateAfter(const ProjectAnalysis &analysis, int plan, int step)
{
    for (const StepState &state : analysis.plan(plan).simulation.steps)
        if (state.step == step)
            return &state;
    return nullptr;
}

/// A snapshot's time in the one-line note: the time alone on the day the step's data has reached
/// ("02:00:00"), else the date too. The tooltip always gives both.
QString noteTime(const QDateTime &at, const QDateTime &reached)
{
    return reached.isValid() && at.date() == reached.date() ? at.toString(QStringLiteral("HH:mm:ss"))
                                                            : DesignerStyle::formatTime(at);
}

/// Whether the environment states less memory than `needed` (R-MOD-003).
bool shortOfMemory(const RestoreEnvironment &environment, qint64 needed)
{
    return environment.memoryAvailableBytes > 0 && needed > environment.memoryAvailableBytes;
}
} // namespace

QString throughput(const RestoreEnvironment &environment)
{
    if (environment.restoreBytesPerSecond > 0)
        return Tr::tr("%1/s (Target Server)").arg(DesignerStyle::formatSize(environment.restoreBytesPerSecond));
    return Tr::tr("%1/s (default)").arg(DesignerStyle::formatSize(RestoreDuration::DefaultBytesPerSecond));
}

MemoryNote memoryNote(const ProjectAnalysis &analysis, int plan)
{
    MemoryNote note;
    const PlanEstimate &estimate = analysis.planEstimate(plan);
    if (!estimate.memory)
        return note;
    const PlanMemoryNeed &need = *estimate.memory;
    const StepState *state = stateAfter(analysis, plan, need.step);
    if (!state || !state->memoryOptimizedLoad)
        return note;
    const MemoryOptimizedLoad &load = *state->memoryOptimizedLoad;
    const Project &project = analysis.project();
    const qint64 available = project.environment.memoryAvailableBytes;
    note.step = need.step;
    const QString why = Tr::tr("Recovery loads the durable memory-optimized data into memory before the database is "
                               "available; without that much memory in the target's resource pool the restore fails "
                               "and the database comes up SUSPECT (R-MOD-003, R-MOD-004).");
    if (need.snapshot >= 0 && need.snapshot < project.cfpSnapshots.size()) {
        const CfpSnapshot &snapshot = project.cfpSnapshots[need.snapshot];
        const QString memory = DesignerStyle::formatSize(need.needs.memoryBytes);
        const QString disk = DesignerStyle::formatSize(need.needs.diskBytes);
        const QString when = DesignerStyle::formatTime(snapshot.at);
        const QString whenShort = noteTime(snapshot.at, state->pointInTime);
        note.warning = shortOfMemory(project.environment, need.needs.memoryBytes);
        note.text = note.warning
                        ? Tr::tr("R-MOD-003: needs ≈ %1 of memory for %2 but the target has %3 (and %4 of free disk), "
                                 "from the CFP snapshot of %5")
                              .arg(memory, load.filegroup, DesignerStyle::formatSize(available), disk, whenShort)
                        : Tr::tr("Needs ≈ %1 of memory for %2 (and %3 of free disk), from the CFP snapshot of %4")
                              .arg(memory, load.filegroup, disk, whenShort);
        note.toolTip = Tr::tr("<b>Memory needed before step %1</b><br>%2<br>From the CFP snapshot of %3%4: the used bytes "
                              "of the data files of ACTIVE and UNDER CONSTRUCTION pairs less their deleted rows' share, "
                              "%5 bytes; indexes, rebuilt in memory, are not included. Free disk to provision for the "
                              "filegroup: 4 × that, %6.")
                           .arg(need.step + 1)
                           .arg(why, when,
                                snapshot.source.isEmpty() ? QString() : Tr::tr(" (%1)").arg(snapshot.source.toHtmlEscaped()),
                                QLocale().toString(need.needs.memoryBytes), disk);
    } else {
        note.warning = load.sizeKnown() && shortOfMemory(project.environment, load.bytes);
        const QString hint = Tr::tr("no CFP snapshot precedes this step: import a DMV export or add a workload in the "
                                    "Checkpoint Files dock for an estimate");
        note.text = note.warning ? Tr::tr("R-MOD-003: needs memory for %1, more than the target's %2; %3")
                                       .arg(load.summary(), DesignerStyle::formatSize(available), hint)
                                 : Tr::tr("Needs memory for %1; %2").arg(load.summary(), hint);
        note.toolTip = Tr::tr("<b>Memory needed before step %1</b><br>%2<br>No CFP snapshot is taken before the point in "
                              "time this step's data reaches, so only the containers' sizes are known (the whole "
                              "containers, not the data in them). Import a saved sys.dm_db_xtp_checkpoint_files export "
                              "or add a CFP workload for an estimate of the data itself.")
                           .arg(need.step + 1)
                           .arg(why);
    }
    if (note.warning)
        note.toolTip += Tr::tr("<br><b>The environment gives memory-optimized data %1</b>: less than needed.")
                            .arg(DesignerStyle::formatSize(available));
    return note;
}

QString stepSeconds(const StepDuration &step)
{
    return seconds(step.seconds(), step.known);
}

QString stepToolTip(const ProjectAnalysis &analysis, int plan, const StepDuration &step)
{
    const Project &project = analysis.project();
    const PlanStep planStep = plan >= 0 && plan < project.plans.size() ? project.plans[plan].steps.value(step.step) : PlanStep();
    QString tip = Tr::tr("<b>Step %1: %2</b>").arg(step.step + 1).arg(seconds(step.seconds(), step.known));
    if (!planStep.backup.isEmpty()) {
        if (step.bytes > 0)
            tip += Tr::tr("<br>Reads %1 (%2) at %3: %4.")
                       .arg(planStep.backup.toHtmlEscaped(), DesignerStyle::formatSize(step.bytes),
                            throughput(project.environment), MemoryOptimizedLoad::formatSeconds(step.readSeconds));
        else
            tip += Tr::tr("<br>Reads %1, whose size is not stated (or the step is refused): 0 s counted.")
                       .arg(planStep.backup.toHtmlEscaped());
    }
    const StepState *state = stateAfter(analysis, plan, step.step);
    if (state && state->memoryOptimizedLoad) {
        if (step.loadSeconds > 0)
            tip += Tr::tr("<br>Then loads the memory-optimized data into memory: %1.")
                       .arg(MemoryOptimizedLoad::formatSeconds(step.loadSeconds));
        else
            tip += Tr::tr("<br>Then loads the memory-optimized data into memory, at a size or rate not known: state "
                          "the memory-optimized load rate in Environment, and the size by a CFP snapshot or the "
                          "containers' sizes.");
    }
    tip += Tr::tr("<br>Ends %1 after the restore begins.").arg(seconds(step.endSeconds, step.endKnown));
    tip += Tr::tr("<br><i>An estimate: the real rate depends on the media, MAXTRANSFERSIZE, BUFFERCOUNT, the target's "
                  "disks and the redo work. Enter the rates a test restore measured on the target in Environment "
                  "(Restore throughput, Memory-optimized load rate).</i>");
    return tip;
}

QString onlineSummary(const ProjectAnalysis &analysis, int plan)
{
    const RestoreDuration &duration = analysis.planEstimate(plan).duration;
    if (duration.steps.isEmpty())
        return {};
    const StepDuration &last = duration.steps.constLast();
    QStringList parts;
    for (const FilegroupOnline &f : duration.filegroups) {
        if (!f.online)
            parts << Tr::tr("%1 not online").arg(f.filegroup);
        else if (f.step < 0)
            parts << Tr::tr("%1 online before the restore").arg(f.filegroup);
        else
            parts << Tr::tr("%1 after step %2 (%3)").arg(f.filegroup).arg(f.step + 1).arg(seconds(f.seconds, f.known));
    }
    // The throughput last: in a narrow dock the line elides from the end.
    return Tr::tr("Restore time %1 — online: %2 — at %3")
        .arg(seconds(last.endSeconds, last.endKnown), parts.join(QStringLiteral(", ")),
             throughput(analysis.project().environment));
}

} // namespace rd::PlanEstimateText
