// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/planner/piecemealplan.h"

#include "model/domain/plansteps.h"
#include "model/analysis/backupusability.h"
#include "model/planner/basechoice.h"
#include "model/simulation/restorescope.h"

#include <algorithm>

namespace rd {
namespace {

struct Stages
{
    QStringList first; ///< stage 1: PRIMARY, the memory-optimized filegroup, the first asked for (and FILESTREAM at a point)
    QStringList asked; ///< the others asked for, in that order: a stage each
    QStringList rest;  ///< the filegroups not asked for, in layout order: restored together at the end
};

/// The filegroups of each stage (R-MOD-002: the memory-optimized filegroup always with PRIMARY;
/// R-FS-001: a point-in-time partial restore must hold the FILESTREAM filegroups).
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
            add(s.asked, db.filegroups[db.filegroupIndex(name)].name);
    for (const Filegroup &fg : db.filegroups)
        if (!s.first.contains(fg.name, Qt::CaseInsensitive) && !s.asked.contains(fg.name, Qt::CaseInsensitive))
            add(s.rest, fg.name);
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
    // Where each later filegroup comes from: a read-only filegroup backed up while read-only, and
    // read-only since, from that backup with no log (R-RO-002); any other from the stage-1 base
    // with the same differential and log backups, to the same point (R-PIECE-011).
    const QDateTime before = goal.isEndOfLog() || !goal.point().time.isValid() ? QDateTime(QDate(9999, 12, 31), QTime(0, 0))
                                                                                : goal.point().time;
    const auto readOnlySource = [&](const QString &fg) -> qsizetype {
        const int g = catalog.filegroupIndex(fg);
        const int file = catalog.fileListOfFilegroup(g).value(0, -1);
        const qsizetype latest = file < 0 ? -1 : index.latestDataBackupHolding(file, before, true);
        const bool noLog = latest >= 0 && BackupUsability::usable(backups[latest]) && goal.dataEndsBy(backups[latest])
            && history.readOnlyThroughout(g, backups[latest], point);
        return noLog ? latest : -1;
    };
    int stage = 1;
    const auto offline = [&] {
        if (!online) // Standard and below restore a later stage offline (R-PIECE-009, state-model.md §7.5)
            steps << PlanStep{.statement = StepStatement::SetOffline};
    };
    const auto readOnlyStage = [&](const QStringList &fgs, qsizetype source) {
        offline();
        PlanStep s = PlanSteps::restoreOf(backups[source], RecoveryOption::Recovery);
        s.filegroups = fgs;
        s.files.clear();
        steps << s;
        reasons << tr("Stage %1: %2 from %3 WITH RECOVERY and no log: read-only when %3 was taken and since (R-RO-002).")
                       .arg(++stage).arg(fgs.join(QStringLiteral(", ")), backups[source].id);
    };
    const auto readWriteStage = [&](const QStringList &fgs) {
        for (const QString &fg : fgs)
            if (!holds(base, fg)) {
                *error = tr("filegroup %1 is not in %2 and has not been read-only since a backup that holds it: the "
                            "planner restores later stages from the stage-1 base").arg(fg, base.id);
                return false;
            }
        offline();
        SequenceSteps later;
        later.filegroups = fgs;
        later.tail = first.tail;
        ChainPlan sequence = chain;
        FileCatalog::FileSet files;
        for (const QString &fg : fgs)
            files.unite(catalog.filesOfFilegroup(catalog.filegroupIndex(fg)));
        if (sequence.differential >= 0 && !RestoreScope::ofBackup(index, backups[sequence.differential]).contains(files))
            sequence.differential = -1;
        later.appendTo(steps, index, sequence, goal);
        reasons << tr("Stage %1: %2 from %3, with the same log backups to the same point, %4 (R-PIECE-011%5).")
                       .arg(++stage).arg(fgs.join(QStringLiteral(", ")), base.id,
                                         online ? tr("online") : tr("offline: SET OFFLINE first"),
                                         online ? QString() : QStringLiteral(", R-PIECE-009"));
        return true;
    };
    for (const QString &fg : stages.asked) {
        if (const qsizetype source = readOnlySource(fg); source >= 0)
            readOnlyStage({fg}, source);
        else if (!readWriteStage({fg}))
            return false;
    }
    // The rest together: the read/write ones in one sequence, the read-only ones one statement per backup.
    QStringList readWrite;
    QList<std::pair<qsizetype, QStringList>> readOnly;
    for (const QString &fg : stages.rest) {
        const qsizetype source = readOnlySource(fg);
        if (source < 0) {
            readWrite << fg;
            continue;
        }
        auto same = std::find_if(readOnly.begin(), readOnly.end(), [&](const auto &e) { return e.first == source; });
        if (same == readOnly.end())
            readOnly.append({source, {fg}});
        else
            same->second << fg;
    }
    if (!readWrite.isEmpty() && !readWriteStage(readWrite))
        return false;
    for (const auto &[source, fgs] : readOnly)
        readOnlyStage(fgs, source);
    return true;
}

} // namespace rd
