// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/findings/diagnostic.h"
#include "model/rules/historysummary.h"
#include "model/simulation/historyindex.h"
#include "model/simulation/simulationresult.h"

namespace rd {

/// What the checks that need no step-by-step simulation of their own share for one plan: the
/// project, the plan, the simulator's states (read only, for "the database state before step i"),
/// the history's index (file catalog, timeline, lookups) and summary, and the findings collected so far.
/// Used by TailChecks, EnvironmentChecks, BackupChecks and OptionChecks (staticchecks.h).
struct CheckContext
{
    const Project &project;
    const Plan &plan;
    const SimulationResult &simulation;
    const HistoryIndex &index; ///< of `project`'s history
    const FileCatalog &catalog;
    const TimelineHistory &history;
    const HistorySummary &summary;
    QList<Diagnostic> out;

    CheckContext(const HistoryIndex &ix, const HistorySummary &sum, const Project &p, const Plan &pl,
                 const SimulationResult &sim)
        : project(p), plan(pl), simulation(sim), index(ix), catalog(ix.catalog()), history(ix.history()), summary(sum)
    {
    }

    void add(int step, const char *rule, Severity severity, const QString &message, const QString &backup = {},
             const QString &filegroup = {}, const QString &fix = {}, const ProjectEdit &edit = {})
    {
        out << Diagnostic{QString::fromLatin1(rule), severity, step, backup, filegroup, message, fix, edit};
    }
    /// The plan's step `i` changed by `change`, as a fix the designer can apply.
    template<typename F>
    ProjectEdit changed(int i, F change) const
    {
        PlanStep s = plan.steps[i];
        change(s);
        return ProjectEdit::replace(i, s);
    }
    /// The project's backup a step restores (LSNs as given, not derived), or null.
    const Backup *backupOf(const PlanStep &s) const
    {
        const qsizetype k = s.backup.isEmpty() ? -1 : index.backupIndex(s.backup); // project's order
        return k < 0 ? nullptr : &project.backups[k];
    }
    /// The simulated state before step `i` runs (the initial state for the first step).
    const StepState &stateBefore(int i) const
    {
        return i <= 0 || i > simulation.steps.size() ? simulation.initial : simulation.steps[i - 1];
    }
    /// The recovery model in force at the plan's recovery point (end of log unless a time is set).
    RecoveryModel recoveryModelAtTarget() const
    {
        return history.recoveryModelAt({plan.target.kind == RestoreTarget::Kind::PointInTime ? plan.target.pointInTime
                                                                                              : QDateTime(), {}});
    }
    /// The recovery model a backup was taken under: its own record, else the timeline's.
    RecoveryModel recoveryModelOf(const Backup &b) const
    {
        return b.recoveryModel ? *b.recoveryModel : history.recoveryModelAt(TimelineHistory::momentOf(b));
    }
    QString filegroupName(int g) const { return project.database.filegroups[g].name; }
    /// The filegroups a RESTORE DATABASE step restores (RestoreScope::ofStep), in layout order.
    QList<int> filegroupsRestored(const PlanStep &s) const;
};

} // namespace rd
