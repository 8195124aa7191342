#pragma once

#include "model/rules/diagnostic.h"
#include "model/simulation/filecatalog.h"
#include "model/simulation/simulationresult.h"
#include "model/simulation/timelinehistory.h"

#include <memory>

namespace rd {

/// The backup history sorted out in one pass, so that checks over a history of 100,000 backups
/// look only at the few kinds they concern (the lists keep the history's order; every backup,
/// copy-only and failed ones included, unless said otherwise).
struct HistorySummary
{
    QList<const Backup *> fulls, partials, files, differentials;
    /// Backups starting after the earliest FAILURE event: data backups, and log backups only when
    /// a FAILURE damaged the log (a tail-log backup of a damaged database is allowed, R-BAK-004).
    QList<const Backup *> afterFailure;
    QDateTime firstRegularFull;         ///< start of the earliest full backup neither copy-only nor failed
    QDateTime firstRegularPartial;      ///< the same for partial backups
    bool anySimple = false;     ///< SIMPLE at some time: the layout, an event or a data backup's record
    bool anyBulkLogged = false; ///< BULK_LOGGED at some time: the layout or an event

    explicit HistorySummary(const Project &project);
    /// The summary of `project`'s history, computed once per version of it (HistoryIndex::once):
    /// re-validating after a plan edit does not walk the backups again. Its pointers point into
    /// that version's backup list, which the history index keeps alive.
    static std::shared_ptr<const HistorySummary> of(const Project &project);
};

/// What the checks that need no step-by-step simulation of their own share for one plan: the
/// project, the plan, the simulator's states (read only, for "the database state before step i"),
/// the file catalog and the timeline's history, and the findings collected so far.
/// Used by TailChecks, EnvironmentChecks, BackupChecks and OptionChecks (staticchecks.h).
struct CheckContext
{
    const Project &project;
    const Plan &plan;
    const SimulationResult &simulation;
    FileCatalog catalog;
    TimelineHistory history;
    std::shared_ptr<const HistorySummary> summaryData;
    const HistorySummary &summary;
    QList<Diagnostic> out;

    CheckContext(const Project &p, const Plan &pl, const SimulationResult &sim)
        : project(p), plan(pl), simulation(sim), catalog(p.database), history(p), summaryData(HistorySummary::of(p)),
          summary(*summaryData)
    {
    }

    void add(int step, const char *rule, Severity severity, const QString &message, const QString &backup = {},
             const QString &filegroup = {}, const QString &fix = {}, const FixEdit &edit = {})
    {
        out << Diagnostic{QString::fromLatin1(rule), severity, step, backup, filegroup, message, fix, edit};
    }
    /// The plan's step `i` changed by `change`, as a fix the designer can apply.
    template<typename F>
    FixEdit changed(int i, F change) const
    {
        PlanStep s = plan.steps[i];
        change(s);
        return FixEdit::replace(i, s);
    }
    const Backup *backupOf(const PlanStep &s) const { return s.backup.isEmpty() ? nullptr : project.backup(s.backup); }
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
