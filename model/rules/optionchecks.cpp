// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/rules/optionchecks.h"

#include "model/domain/plansteps.h"
#include "model/findings/taillogbackup.h"
#include "model/simulation/restorescope.h"

#include <QCoreApplication>
#include <QHash>

namespace rd::OptionChecks {
namespace {

/// Translation context for this file's messages (lupdate reads Tr::tr calls).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OptionChecks)
};

/// Windows paths (a drive letter or a backslash) compare case-insensitively, with either slash.
QString pathKey(const QString &path)
{
    const bool windows = path.contains(u'\\') || (path.size() >= 2 && path[1] == u':');
    if (!windows)
        return path;
    QString key = path.toLower();
    key.replace(u'/', u'\\');
    return key;
}

/// The next step from `i` on that recovers (a RESTORE with RECOVERY, stated or by default), or -1.
int recoveringStep(const Plan &plan, int i)
{
    for (int j = i; j < plan.steps.size(); ++j)
        if (plan.steps[j].isRestore() && plan.steps[j].effectiveRecovery() == RecoveryOption::Recovery)
            return j;
    return -1;
}

/// R-OPT-003: was `file` added (an ADD_FILE event) during the interval log backup `log` covers?
bool addedDuring(const CheckContext &c, const QString &file, const Backup &log)
{
    // The interval a log covers: by LSN when the event and the log have them, else from the end of
    // the previous regular log backup to this one's finish.
    QDateTime from;
    for (const Backup &o : c.project.backups)
        if (o.isLog() && !o.copyOnly && !o.failed && o.id != log.id && o.finish < log.finish
            && (!from.isValid() || from < o.finish))
            from = o.finish;
    for (const TimelineEvent &e : c.project.events) {
        if (e.kind != EventKind::AddFile || e.file.compare(file, Qt::CaseInsensitive) != 0)
            continue;
        if (!e.lsn.isNull() && !log.firstLsn.isNull() && !log.lastLsn.isNull()) {
            if (log.firstLsn <= e.lsn && e.lsn < log.lastLsn)
                return true;
        } else if (e.at <= log.finish && (!from.isValid() || from < e.at)) {
            return true;
        }
    }
    return false;
}

/// The logical file name as the layout spells it, from its case-folded form.
QString displayName(const CheckContext &c, const QString &folded)
{
    for (const Filegroup &fg : c.project.database.filegroups)
        for (const DataFile &f : fg.files)
            if (f.name.toCaseFolded() == folded)
                return f.name;
    for (const DataFile &f : c.project.database.logFiles)
        if (f.name.toCaseFolded() == folded)
            return f.name;
    return folded;
}

/// R-OPT-001.
void checkReplace(CheckContext &c, int i, const PlanStep &s)
{
    if (!s.replace)
        return;
    const QString &db = c.project.database.name;
    const bool exists = c.project.environment.databaseExists;
    const ProjectEdit withoutReplace = c.changed(i, [](PlanStep &st) { st.replace = false; });
    bool tailTaken = false;
    for (int k = 0; k < i; ++k)
        tailTaken |= c.plan.steps[k].statement == StepStatement::BackupLog && c.plan.steps[k].norecovery;
    // The tail that keeps the work REPLACE would discard, as a real backup of the history; with no
    // device to name it after (TailLogBackup::suggested) that fix is not offered.
    const std::optional<Backup> tail = !tailTaken && c.history.recoveryModelAt({}) != RecoveryModel::Simple
        ? TailLogBackup::suggested(c.project) : std::nullopt;
    const bool tailPossible = tail.has_value();
    ProjectEdit withTail;
    if (tail) {
        PlanStep shifted = c.plan.steps[i];
        shifted.replace = false;
        withTail = ProjectEdit::composite({ProjectEdit::addBackup(*tail), ProjectEdit::insert(i, PlanSteps::tailLogBackup(tail->id)),
                                           ProjectEdit::replace(i + 1, shifted)});
    }
    c.add(i, "R-OPT-001", Severity::Warning,
          c.project.environment.databaseExists
              ? Tr::tr("Step %1 uses REPLACE: it overwrites %2 without the usual safety checks; the tail of the log (the "
                       "work since the last log backup) and any files at the target paths will be lost.").arg(i + 1).arg(db)
              : Tr::tr("Step %1 uses REPLACE: %2 does not exist on the target, but any files at the target paths will be "
                       "overwritten without the usual safety checks.").arg(i + 1).arg(db),
          s.backup, {},
          !exists         ? Tr::tr("Remove REPLACE from step %1 unless you mean to overwrite files.").arg(i + 1)
          : tailPossible  ? Tr::tr("Take tail-log backup %1 (BACKUP LOG %2 … WITH NORECOVERY, added to the history) "
                                   "before step %3 and remove REPLACE from it, then restore the tail last.")
                               .arg(tail ? tail->id : QString(), db).arg(i + 1)
                          : Tr::tr("Remove REPLACE from step %1 unless you mean to overwrite %2.").arg(i + 1).arg(db),
          exists && tailPossible ? withTail : withoutReplace);
}

/// R-OPT-003. `paths` holds every logical file's path (case-folded name → path) as earlier steps left it.
void checkMoves(CheckContext &c, int i, const PlanStep &s, QHash<QString, QString> &paths)
{
    if (s.move.isEmpty() || !s.isRestore())
        return;
    const Backup *b = c.backupOf(s);
    QHash<QString, QString> after = paths;
    QStringList moved, accepted;
    for (int m = 0; m < s.move.size(); ++m) {
        const FileMove &mv = s.move[m];
        const QString key = mv.file.toCaseFolded();
        if (moved.contains(key)) {
            c.add(i, "R-OPT-003", Severity::Error,
                  Tr::tr("Step %1 gives more than one MOVE for logical file %2; give exactly one per file.")
                      .arg(i + 1).arg(mv.file),
                  s.backup, {}, Tr::tr("Remove the second MOVE of %1 from step %2.").arg(mv.file).arg(i + 1),
                  c.changed(i, [m](PlanStep &st) { st.move.removeAt(m); }));
            continue;
        }
        moved << key;
        if (!paths.contains(key)) {
            c.add(i, "R-OPT-003", Severity::Error,
                  Tr::tr("Step %1 moves %2, which is not a logical file of %3 (use the names RESTORE FILELISTONLY reports).")
                      .arg(i + 1).arg(mv.file, c.project.database.name),
                  s.backup, {}, Tr::tr("Correct the logical file name in the MOVE of step %1.").arg(i + 1));
            continue;
        }
        if (s.statement == StepStatement::RestoreLog && b && !addedDuring(c, mv.file, *b)) {
            c.add(i, "R-OPT-003", Severity::Error,
                  Tr::tr("Step %1 moves %2 on RESTORE LOG, but %2 was not added during the interval log backup %3 covers; "
                         "RESTORE LOG can only relocate files added in that interval.").arg(i + 1).arg(mv.file, b->id),
                  b->id, {}, Tr::tr("Move %1 in the RESTORE DATABASE step that restores it instead.").arg(mv.file));
            continue;
        }
        after.insert(key, mv.to);
        accepted << key;
    }
    // Two logical files at one path: the restore would overwrite one with the other (3176).
    QStringList reported;
    for (const QString &key : std::as_const(accepted)) {
        const QString path = pathKey(after.value(key));
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            if (it.key() == key || it.value().isEmpty() || pathKey(it.value()) != path || reported.contains(it.key()))
                continue;
            reported << key;
            c.add(i, "R-OPT-003", Severity::Error,
                  Tr::tr("Step %1 would restore %2 to %3, which is also the path of %4; two files cannot share a path.")
                      .arg(i + 1).arg(displayName(c, key), after.value(key), displayName(c, it.key())),
                  s.backup, {}, Tr::tr("MOVE %1 to a path of its own in step %2.").arg(displayName(c, key)).arg(i + 1));
            break;
        }
    }
    paths = after;
}

/// R-OPT-004.
void checkMaxTransferSize(CheckContext &c, int i, const PlanStep &s, const Backup *b)
{
    bool special = false;
    for (const Filegroup &fg : c.project.database.filegroups)
        special |= fg.type != FilegroupType::Rows;
    if (!special || !b || b->maxTransferSize <= 0)
        return;
    const qint64 used = s.maxTransferSize > 0 ? s.maxTransferSize : DefaultMaxTransferSize;
    if (used >= b->maxTransferSize)
        return;
    c.add(i, "R-OPT-004", Severity::Error,
          Tr::tr("Backup %1 was written with MAXTRANSFERSIZE = %2; %3 has FILESTREAM or memory-optimized data, so step %4 "
                 "must restore with at least that value (it uses %5).")
              .arg(b->id).arg(b->maxTransferSize).arg(c.project.database.name).arg(i + 1)
              .arg(s.maxTransferSize > 0 ? QString::number(s.maxTransferSize)
                                         : Tr::tr("the default, %1").arg(DefaultMaxTransferSize)),
          b->id, {}, Tr::tr("Set MAXTRANSFERSIZE = %1 on step %2.").arg(b->maxTransferSize).arg(i + 1),
          c.changed(i, [b](PlanStep &st) { st.maxTransferSize = b->maxTransferSize; }));
}

/// R-PIT-005: named marks only on RESTORE LOG (4340); "lsn:…" is allowed on RESTORE DATABASE.
void checkMarkOnDatabase(CheckContext &c, int i, const PlanStep &s)
{
    if (s.statement != StepStatement::RestoreDatabase)
        return;
    const QString mark = !s.stopAtMark.isEmpty() ? s.stopAtMark : s.stopBeforeMark;
    if (mark.isEmpty() || mark.startsWith(QLatin1String("lsn:"), Qt::CaseInsensitive))
        return;
    c.add(i, "R-PIT-005", Severity::Error,
          Tr::tr("Step %1 is RESTORE DATABASE with %2 = '%3': named marks can only be used on RESTORE LOG; use 'lsn:…' "
                 "or move the clause to the log restores.")
              .arg(i + 1).arg(s.stopAtMark.isEmpty() ? QStringLiteral("STOPBEFOREMARK") : QStringLiteral("STOPATMARK"), mark),
          s.backup, {}, Tr::tr("Remove the mark clause from step %1 (the RESTORE LOG steps carry it).").arg(i + 1),
          c.changed(i, [](PlanStep &st) {
              st.stopAtMark.clear();
              st.stopBeforeMark.clear();
              st.markAfter = {};
          }));
}

/// R-REC-004.
void checkRecoveryOnlyOptions(CheckContext &c, int i, const PlanStep &s)
{
    if (!s.isRestore())
        return;
    const int last = recoveringStep(c.plan, i + 1);
    const QString where = last >= 0 ? Tr::tr("the recovering step %1").arg(last + 1) : Tr::tr("the recovering step");
    if ((s.keepReplication || s.keepCdc) && s.recovery == RecoveryOption::NoRecovery)
        c.add(i, "R-REC-004", Severity::Error,
              Tr::tr("Step %1 uses %2 WITH NORECOVERY, which SQL Server does not permit: KEEP_REPLICATION/KEEP_CDC only "
                     "apply to the final, recovering RESTORE.")
                  .arg(i + 1)
                  .arg(s.keepReplication && s.keepCdc ? QStringLiteral("KEEP_REPLICATION, KEEP_CDC")
                       : s.keepReplication            ? QStringLiteral("KEEP_REPLICATION")
                                                      : QStringLiteral("KEEP_CDC")),
              s.backup, {}, Tr::tr("Move the option from step %1 to %2.").arg(i + 1).arg(where),
              c.changed(i, [](PlanStep &st) { st.keepReplication = st.keepCdc = false; }));
    if (s.restrictedUser && s.effectiveRecovery() != RecoveryOption::Recovery)
        c.add(i, "R-REC-004", Severity::Warning,
              Tr::tr("Step %1 uses RESTRICTED_USER but does not recover the database; the option belongs on the recovering "
                     "step.").arg(i + 1),
              s.backup, {}, Tr::tr("Move RESTRICTED_USER from step %1 to %2.").arg(i + 1).arg(where),
              c.changed(i, [](PlanStep &st) { st.restrictedUser = false; }));
}

/// R-FILE-001: under SIMPLE only read-only secondary filegroups are restored individually (3115).
void checkSimpleFileRestore(CheckContext &c, int i, const PlanStep &s, const Backup *b)
{
    if (s.statement != StepStatement::RestoreDatabase || !b || b->isLog() || s.partial || !s.hasTargets()
        || c.recoveryModelAtTarget() != RecoveryModel::Simple)
        return;
    const TimelineHistory::Moment target{c.plan.target.kind == RestoreTarget::Kind::PointInTime ? c.plan.target.pointInTime
                                                                                                 : QDateTime(), {}};
    for (int g : c.catalog.filegroupsOf(RestoreScope::ofStep(c.index, s, b))) {
        const Filegroup &fg = c.project.database.filegroups[g];
        if (!fg.isPrimary() && c.history.readOnlyAt(g, target))
            continue;
        // The fix: this step becomes the partial restore, when its backup holds PRIMARY and none came before.
        bool earlierPartial = false;
        for (int k = 0; k < i; ++k)
            earlierPartial |= c.plan.steps[k].partial;
        const bool canBePartial = !earlierPartial && (b->type == BackupType::Full || b->type == BackupType::Partial);
        c.add(i, "R-FILE-001", Severity::Error,
              Tr::tr("Under SIMPLE recovery, only read-only filegroups can be restored individually; %1 (step %2) must be "
                     "restored with the whole database or a partial restore.").arg(fg.name).arg(i + 1),
              b->id, fg.name,
              canBePartial ? Tr::tr("Make step %1 a partial restore (PARTIAL, READ_WRITE_FILEGROUPS) from %2, which restores "
                                    "%3 with PRIMARY (or restore the whole database).").arg(i + 1).arg(b->id, fg.name)
                           : Tr::tr("Restore %1 in the PARTIAL restore of the first stage (or restore the whole database).")
                                 .arg(fg.name),
              canBePartial ? c.changed(i, [](PlanStep &st) {
                  st.partial = st.readWriteFilegroups = true;
                  st.filegroups.clear();
                  st.files.clear();
              })
                           : ProjectEdit{});
        return;
    }
}

/// Is step `i` part of an online restore: the database stays ONLINE while the step's files are restored?
bool isOnlineRestore(const CheckContext &c, int i, const PlanStep &s, const Backup *b)
{
    const StepState &before = c.stateBefore(i);
    if (!b || before.database != DatabaseState::Online || !supportsOnlineRestore(c.project.database.edition))
        return false;
    if (s.statement == StepStatement::RestoreLog) {
        for (const auto &fg : before.filegroups)
            if (fg.second == FileState::Restoring)
                return true;
        return !before.pagesRestoring.isEmpty(); // an online page restore: only the pages are RESTORING
    }
    if (s.statement != StepStatement::RestoreDatabase || s.partial)
        return false;
    for (int g : c.catalog.filegroupsOf(RestoreScope::ofStep(c.index, s, b))) {
        const Filegroup &fg = c.project.database.filegroups[g];
        if (fg.isPrimary() || fg.type == FilegroupType::MemoryOptimizedData)
            return false; // R-ONL-002: the database goes offline
    }
    return true;
}

/// R-ONL-003 and R-ONL-004.
void checkOnlineRestore(CheckContext &c, int i, const PlanStep &s, const Backup *b)
{
    if (!isOnlineRestore(c, i, s, b))
        return;
    const QString &db = c.project.database.name;
    if (b->mediaFamilyCount > b->media.size())
        c.add(i, "R-ONL-003", Severity::Error,
              Tr::tr("Backup %1 is striped over %2 devices but only %3 are available; the online restore at step %4 needs "
                     "all %2.").arg(b->id).arg(b->mediaFamilyCount).arg(b->media.size()).arg(i + 1),
              b->id, {},
              Tr::tr("Insert ALTER DATABASE %1 SET OFFLINE before step %2 (an offline restore can use fewer media "
                     "families), or make every media family of %3 available.").arg(db).arg(i + 1).arg(b->id),
              ProjectEdit::insert(i, [] {
                  PlanStep offline;
                  offline.statement = StepStatement::SetOffline;
                  return offline;
              }()));
    if (b->snapshot) {
        PlanStep offline;
        offline.statement = StepStatement::SetOffline;
        c.add(i, "R-ONL-004", Severity::Error,
              Tr::tr("Backup %1 is a file-snapshot backup, which cannot be used for an online restore (step %2); take %3 "
                     "offline for this step.").arg(b->id).arg(i + 1).arg(db),
              b->id, {}, Tr::tr("Insert ALTER DATABASE %1 SET OFFLINE before step %2.").arg(db).arg(i + 1),
              ProjectEdit::insert(i, offline));
    }
}

/// R-MOD-008: a failed BACKUP leaves no backup set to restore.
void checkFailedBackup(CheckContext &c, int i, const PlanStep &s, const Backup *b)
{
    if (!s.isRestore() || !b || !b->failed)
        return;
    // The fix: the latest good backup, of a kind the step can restore, that holds what the step restores.
    const Backup *other = nullptr;
    if (!b->isLog()) {
        const FileCatalog::FileSet wanted = RestoreScope::ofStep(c.index, s, b);
        for (const Backup &o : c.project.backups)
            if (isDifferential(o.type) == isDifferential(b->type) && !o.isLog() && !o.failed && !o.damaged && !o.copyOnly
                && o.id != b->id && (!other || other->start < o.start)
                && RestoreScope::ofBackup(c.index, o).contains(wanted))
                other = &o;
    }
    c.add(i, "R-MOD-008", Severity::Error,
          Tr::tr("Backup %1 failed (for example a CHECKSUM error in a memory-optimized file), so there is nothing to "
                 "restore at step %2.").arg(b->id).arg(i + 1),
          b->id, {},
          other        ? Tr::tr("Restore %1, the latest good backup that holds the same data, in step %2.").arg(other->id).arg(i + 1)
          : b->isLog() ? Tr::tr("Use another log backup of the same log records in step %1.").arg(i + 1)
                       : Tr::tr("Use another backup of the same data in step %1 (the history has none: take one).").arg(i + 1),
          other ? c.changed(i, [other](PlanStep &st) { st.backup = other->id; }) : ProjectEdit{});
}

} // namespace

void run(CheckContext &c)
{
    QHash<QString, QString> paths;
    for (const Filegroup &fg : c.project.database.filegroups)
        for (const DataFile &f : fg.files)
            paths.insert(f.name.toCaseFolded(), f.path);
    for (const DataFile &f : c.project.database.logFiles)
        paths.insert(f.name.toCaseFolded(), f.path);
    for (int i = 0; i < c.plan.steps.size(); ++i) {
        const PlanStep &s = c.plan.steps[i];
        const Backup *b = c.backupOf(s);
        checkFailedBackup(c, i, s, b);
        checkReplace(c, i, s);
        checkMoves(c, i, s, paths);
        checkMaxTransferSize(c, i, s, b);
        checkMarkOnDatabase(c, i, s);
        checkRecoveryOnlyOptions(c, i, s);
        checkSimpleFileRestore(c, i, s, b);
        checkOnlineRestore(c, i, s, b);
    }
}

} // namespace rd::OptionChecks
