#include "model/planner/piecemealplan.h"

#include "model/domain/plansteps.h"
#include "model/analysis/backupusability.h"
#include "model/planner/basechoice.h"
#include "model/simulation/restorescope.h"

namespace rd {
namespace {

struct Stages
{
    QStringList first; ///< stage 1: PRIMARY, the memory-optimized filegroup, the first asked for (and FILESTREAM at a point)
    QStringList later; ///< the others, in the order asked, then in layout order
};

/// The filegroups of each stage (R-MOD-002: the memory-optimized filegroup always with PRIMARY;
/// R-FS-002: a point-in-time partial restore must hold the FILESTREAM filegroups).
Stages stagesOf(const Database &db, const QStringList &onlineFirst, const PlanGoal &goal)
{
    Stages s;
    const auto add = [](QStringList &to, const QString &name) {
        if (!to.contains(name, Qt::CaseInsensitive))
            to << name;
    };
    for (const Filegroup &fg : db.filegroups)
        if (fg.isPrimary() || fg.type == FilegroupType::MemoryOptimizedData
            || (fg.type == FilegroupType::Filestream && !goal.isEndOfLog()))
            add(s.first, fg.name);
    add(s.first, db.filegroups[db.filegroupIndex(onlineFirst.first())].name);
    for (const QString &name : onlineFirst)
        if (!s.first.contains(name, Qt::CaseInsensitive))
            add(s.later, db.filegroups[db.filegroupIndex(name)].name);
    for (const Filegroup &fg : db.filegroups)
        if (!s.first.contains(fg.name, Qt::CaseInsensitive))
            add(s.later, fg.name);
    return s;
}

} // namespace

bool PiecemealPlan::append(QList<PlanStep> &steps, const ProjectAnalysis &analysis, const ChainPlan &chain,
                           const PlanGoal &goal, const QStringList &onlineFirst, const SequenceSteps &first,
                           QStringList &reasons, QString *error)
{
    const Project &project = analysis.project();
    const Database &db = project.database;
    const HistoryIndex &index = analysis.index();
    const FileCatalog &catalog = index.catalog();
    const BackupList &backups = index.backups();
    for (const QString &name : onlineFirst)
        if (db.filegroupIndex(name) < 0) {
            *error = tr("the database has no filegroup named %1").arg(name);
            return false;
        }
    const Stages stages = stagesOf(db, onlineFirst, goal);
    const Backup &base = backups[chain.base];
    const auto holds = [&](const Backup &b, const QString &fg) {
        const FileCatalog::FileSet files = catalog.filesOfFilegroup(catalog.filegroupIndex(fg));
        return !files.isEmpty() && RestoreScope::ofBackup(index, b).contains(files);
    };

    SequenceSteps stage1 = first;
    stage1.partial = true;
    stage1.filegroups = stages.first;
    stage1.appendTo(steps, index, chain, goal);
    reasons << tr("Stage 1 (WITH PARTIAL, recovered): %1 from %2; PRIMARY and the memory-optimized filegroup always "
                  "come first (R-PIECE-001, R-MOD-002).").arg(stages.first.join(QStringLiteral(", ")), base.id);

    const bool online = supportsOnlineRestore(db.edition);
    const TimelineHistory &history = index.history();
    const TimelineHistory::Moment point = goal.isEndOfLog() ? TimelineHistory::Moment{} : goal.point();
    int stage = 1;
    for (const QString &fg : stages.later) {
        ++stage;
        const int g = catalog.filegroupIndex(fg);
        const int file = catalog.fileListOfFilegroup(g).value(0, -1);
        if (!online) // Standard and below restore a later stage offline (R-PIECE-009, state-model.md §7.5)
            steps << PlanStep{.statement = StepStatement::SetOffline};
        // A read-only filegroup backed up while read-only, and read-only since, needs no log (R-RO-002).
        const QDateTime before = goal.isEndOfLog() ? QDateTime() : goal.point().time;
        const qsizetype latest = file < 0 ? -1
            : index.latestDataBackupHolding(file, before.isValid() ? before : QDateTime(QDate(9999, 12, 31), QTime(0, 0)),
                                            true);
        if (latest >= 0 && BackupUsability::usable(backups[latest]) && goal.dataEndsBy(backups[latest])
            && history.readOnlyThroughout(g, backups[latest], point)) {
            PlanStep s = PlanSteps::restoreOf(backups[latest], RecoveryOption::Recovery);
            s.filegroups = {fg};
            s.files.clear();
            steps << s;
            reasons << tr("Stage %1: %2 from %3 WITH RECOVERY and no log: it was read-only when %3 was taken and has "
                          "been since (R-RO-002).").arg(stage).arg(fg, backups[latest].id);
            continue;
        }
        if (!holds(base, fg)) {
            *error = tr("filegroup %1 is not in %2 and was not read-only since a backup that holds it: the planner "
                        "restores later stages from the stage-1 base").arg(fg, base.id);
            return false;
        }
        SequenceSteps later;
        later.filegroups = {fg};
        later.tail = first.tail;
        ChainPlan sequence = chain;
        if (sequence.differential >= 0 && !RestoreScope::ofBackup(index, backups[sequence.differential])
                                               .contains(catalog.filesOfFilegroup(g)))
            sequence.differential = -1;
        later.appendTo(steps, index, sequence, goal);
        reasons << tr("Stage %1: %2 from %3, with the same log backups to the same point, %4 (R-PIECE-011%5).")
                       .arg(stage).arg(fg, base.id, online ? tr("online") : tr("offline: SET OFFLINE first"),
                            online ? QString() : QStringLiteral(", R-PIECE-009"));
    }
    return true;
}

} // namespace rd
