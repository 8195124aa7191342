// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/planner/restoreplanner.h"

#include "model/domain/plansteps.h"
#include "model/findings/taillogbackup.h"
#include "model/planner/chainplan.h"
#include "model/planner/piecemealplan.h"
#include "model/planner/plangoal.h"
#include "model/planner/sequencesteps.h"

namespace rd {
namespace {

bool logDamaged(const Project &p)
{
    for (const TimelineEvent &e : p.events)
        if (e.kind == EventKind::Failure && e.logDamaged)
            return true;
    return false;
}

/// The model at the end of the timeline: the layout's, then the last SET_RECOVERY_MODEL event's.
RecoveryModel finalModel(const Project &p)
{
    RecoveryModel model = p.database.recoveryModel;
    QDateTime at;
    for (const TimelineEvent &e : p.events)
        if (e.kind == EventKind::SetRecoveryModel && (!at.isValid() || !(e.at < at))) {
            model = e.recoveryModel;
            at = e.at;
        }
    return model;
}

QString uniquePlanName(const Project &p, const QString &wanted)
{
    QString name = wanted;
    for (int n = 2; p.planIndex(name) >= 0; ++n)
        name = QStringLiteral("%1 (%2)").arg(wanted).arg(n);
    return name;
}

} // namespace

PlannedRestore RestorePlanner::plan(const ProjectAnalysis &analysis, const PlanRequest &request)
{
    PlannedRestore out;
    const Project &project = analysis.project();
    const HistoryIndex &index = analysis.index();
    QString error;
    const std::optional<PlanGoal> goal = PlanGoal::resolve(project, request.target, &error);
    if (!goal) {
        out.error = error;
        return out;
    }
    const bool exists = project.environment.databaseExists;
    if (exists && (project.environment.availabilityGroup || project.environment.mirrored)) {
        out.error = tr("%1 is %2: SQL Server refuses to restore over it; remove it from there first (R-GEN-010)")
                        .arg(project.database.name, project.environment.availabilityGroup
                                                        ? tr("joined to an availability group") : tr("mirrored"));
        return out;
    }
    const bool simple = finalModel(project) == RecoveryModel::Simple;
    const bool damagedLog = logDamaged(project);
    const bool tailPossible = exists && !damagedLog && !simple;
    const bool piecemeal = !request.onlineFirst.isEmpty();

    ChainPlan chain = ChainChoice::choose(analysis, *goal, piecemeal, tailPossible);
    if (chain.base < 0) {
        out.error = chain.error;
        out.reasons = chain.reasons;
        return out;
    }
    out.reasons = chain.reasons;

    // The tail (R-TAIL-001/003): the history's own tail-log backup when the chain ends with it,
    // else one the plan takes, added to the history with it.
    QString tailToRestore;
    QString tailTaken;
    if (chain.historyTail >= 0) {
        const QString &tail = index.backups()[chain.historyTail].id;
        if (exists) {
            tailTaken = tail;
            out.reasons << tr("Tail-log backup %1 of the history is taken first (BACKUP LOG … WITH NORECOVERY) and "
                              "restored last: the restore reaches the end of the log.").arg(tail);
        } else {
            out.reasons << tr("Tail-log backup %1 of the history (taken on the source) is restored last: the restore "
                              "reaches the end of the log.").arg(tail);
        }
    } else if (chain.takeTail) {
        std::optional<Backup> tail = TailLogBackup::suggested(project);
        if (!tail) { // no device to place it beside: the script writes a placeholder for its device
            Backup t;
            t.type = BackupType::Log;
            t.tailLog = true;
            t.id = project.uniqueBackupId(project.database.name + QStringLiteral("_tail_log"));
            tail = t;
        }
        if (const qsizetype last = chain.logs.empty() ? -1 : chain.logs.back(); last >= 0 && !tail->firstLsn.isNull()
            && index.backups()[last].lastLsn < tail->firstLsn) {
            out.error = tr("the tail-log backup would start at LSN %1, after the chain's end %2")
                            .arg(tail->firstLsn.toString(), index.backups()[last].lastLsn.toString());
            return out;
        }
        tailTaken = tail->id;
        tailToRestore = tail->id;
        out.tailLog = tail;
        out.reasons << tr("Tail-log backup %1 (new: add it to the history with the plan) is taken first, WITH "
                          "NORECOVERY, and restored last: %2 exists and its log is intact, so the restore reaches the "
                          "point of failure (R-TAIL-001, R-TAIL-003).").arg(tail->id, project.database.name);
    } else if (goal->isEndOfLog() && exists && !simple) {
        out.reasons << tr("No tail-log backup: the log of %1 is damaged; the restore reaches the end of the last log "
                          "backup and REPLACE says the rest is lost.").arg(project.database.name);
    }

    Plan plan;
    plan.name = uniquePlanName(project, request.name.isEmpty() ? tr("Restore to %1").arg(goal->text()) : request.name);
    plan.target = request.target;
    PlanGoal reached = *goal;
    bool stopOnData = false;
    if (goal->isEndOfLog() && !damagedLog && !simple && !exists && chain.historyTail < 0) {
        // The database is not on the target, so no tail-log backup can be taken here and the point
        // of failure is out of reach (R-TAIL-003): the latest point is the end of the last backup
        // restored, which the plan names as its point in time.
        const qsizetype lastPosition = !chain.logs.empty() ? chain.logs.back()
                                     : chain.differential >= 0 ? chain.differential : chain.base;
        const Backup &last = index.backups()[lastPosition];
        stopOnData = chain.logs.empty(); // no log restore to carry the STOPAT
        plan.target.kind = RestoreTarget::Kind::PointInTime;
        plan.target.pointInTime = last.finish.isValid() ? last.finish : last.start;
        QString ignored;
        reached = *PlanGoal::resolve(project, plan.target, &ignored);
        out.reasons << tr("No tail-log backup: %1 does not exist on the target, so the latest point is the end of %2 "
                          "(%3), the plan's target (STOPAT).")
                           .arg(project.database.name, last.id, reached.text());
    }
    if (!tailTaken.isEmpty())
        plan.steps << PlanSteps::tailLogBackup(tailTaken);

    SequenceSteps first;
    first.tail = tailToRestore;
    first.stopOnData = stopOnData;
    if (tailTaken.isEmpty() && exists && !simple) {
        // Overwriting a database whose tail is not backed up needs STOPAT or REPLACE (R-TAIL-001).
        const std::optional<StopClause> stop = goal->stopClause();
        const bool stopAllowed = stop && (stop->kind == StopClause::Kind::At || PointInTime::lsnOfMark(stop->mark));
        first.stopOnData = stopAllowed;
        first.replace = !stopAllowed;
    }
    if (!piecemeal) {
        first.appendTo(plan.steps, index, chain, reached);
    } else if (!PiecemealPlan::append(plan.steps, analysis, chain, reached, request.onlineFirst, first, out.reasons,
                                      &error)) {
        out.error = error;
        out.tailLog.reset();
        return out;
    }
    out.plan = plan;
    return out;
}

} // namespace rd
