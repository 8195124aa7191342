// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/simulation/filerestore.h"

#include "model/domain/plansteps.h"
#include "model/findings/listtext.h"
#include "model/findings/taillogbackup.h"
#include "model/simulation/onlinerestore.h"
#include "model/simulation/restorescope.h"
#include "model/simulation/rollforwardfix.h"
#include "model/simulation/simulationstate.h"

#include <QCoreApplication>

#include <algorithm>

namespace rd {
namespace {

/// Translation context for this file's messages (lupdate reads Tr::tr calls).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FileRestore)
};

QList<int> sorted(const FileCatalog::FileSet &set)
{
    QList<int> out(set.begin(), set.end());
    std::sort(out.begin(), out.end());
    return out;
}

QString joined(const QStringList &names)
{
    return ListText::summarized(names);
}

} // namespace

bool FileRestore::beforeDataRestore(SimulationState &s, int i, const PlanStep &step, const Backup &b,
                                    FileCatalog::FileSet &targets)
{
    if (!checkDefunct(s, i, step, b, targets))
        return false;
    checkMissingFiles(s, i, step, b, targets);
    if (OnlineRestore::isOnline(s, step, targets))
        return true;
    // §5.4: an offline restore of read/write files whose data was current (online, set offline or
    // damaged) must reach the end of the log if the rest of the database stays there (checked at recovery).
    // FULL/BULK_LOGGED only: under SIMPLE there is no log, and R-FILE-001 limits file restores.
    const bool existed = (s.m_project.environment.databaseExists || s.m_lastRecoveryStep >= 0)
        && s.m_history.recoveryModelAt({}) != RecoveryModel::Simple;
    for (int f : targets) {
        auto &r = s.m_files[f];
        if (r.state == FileState::Restoring)
            continue; // restored again within the sequence: it keeps its target
        r.target = {};
        const bool current = r.state == FileState::Online || r.state == FileState::Offline || r.state == FileState::Suspect;
        if (!step.partial && existed && current && !s.m_history.readOnlyAt(s.m_catalog.files()[f].filegroup, {}))
            r.target.kind = RedoTarget::Kind::EndOfLog;
    }
    return true;
}

bool FileRestore::dropped(const SimulationState &s, int file)
{
    const QString &name = s.m_catalog.files()[file].name;
    const TimelineEvent *latest = nullptr;
    for (const TimelineEvent &e : s.m_project.events)
        if ((e.kind == EventKind::AddFile || e.kind == EventKind::RemoveFile)
            && e.file.compare(name, Qt::CaseInsensitive) == 0 && (!latest || latest->at <= e.at))
            latest = &e;
    return latest && latest->kind == EventKind::RemoveFile;
}

bool FileRestore::checkDefunct(SimulationState &s, int i, const PlanStep &step, const Backup &b,
                               const FileCatalog::FileSet &targets)
{
    // A PARTIAL or PRIMARY restore replaces the whole database (T-DB-4): defunct files go with it.
    if (step.partial)
        return true;
    for (int f : targets) {
        const int g = s.m_catalog.files()[f].filegroup;
        if (g == s.m_primary || g == s.m_memoryOptimized)
            return true;
    }
    bool refused = false;
    for (int g : s.m_catalog.filegroupsOf(targets)) {
        bool defunct = false, gone = false;
        for (int f : s.m_catalog.filesOfFilegroup(g)) {
            if (!targets.contains(f))
                continue;
            defunct |= s.m_files[f].state == FileState::Defunct;
            gone |= dropped(s, f);
        }
        if (!defunct && !gone)
            continue;
        const QString fg = s.filegroupName(g);
        s.report(i, QStringLiteral("R-FILE-008"), Severity::Error,
                 Tr::tr("%1 is %2 in %3; step %4 cannot restore it from %5: it can never be restored into this database "
                        "(restore the whole database to a new name instead).")
                     .arg(fg, defunct ? Tr::tr("DEFUNCT") : Tr::tr("dropped"), s.m_project.database.name)
                     .arg(i + 1).arg(b.id),
                 b.id, fg,
                 Tr::tr("Remove step %1; to get the data of %2 back, restore the whole database under a new name (WITH MOVE).")
                     .arg(i + 1).arg(fg),
                 ProjectEdit::remove(i));
        refused = true;
    }
    return !refused;
}

void FileRestore::checkMissingFiles(SimulationState &s, int i, const PlanStep &step, const Backup &b,
                                    FileCatalog::FileSet &targets)
{
    if (step.filegroups.isEmpty())
        return;
    const FileCatalog::FileSet scope = RestoreScope::ofBackup(s.m_index, b);
    for (const QString &name : step.filegroups) {
        const int g = int(s.m_project.database.filegroupIndex(name));
        if (g < 0 || s.m_project.database.filegroups[g].files.isEmpty())
            continue;
        FileCatalog::FileSet missing;
        QStringList names;
        for (int f : sorted(s.m_catalog.filesOfFilegroup(g)))
            if (!scope.contains(f)) {
                missing.insert(f);
                names << s.m_catalog.files()[f].name;
            }
        if (missing.isEmpty())
            continue;
        targets.subtract(missing); // "RESTORE … FILEGROUP" restores what the backup holds (3175)
        int supplier = -1;
        for (int k = 0; k < s.m_plan.steps.size() && supplier < 0; ++k) {
            const PlanStep &other = s.m_plan.steps[k];
            const Backup *ob = other.backup.isEmpty() ? nullptr : s.backup(other.backup);
            if (k == i || other.statement != StepStatement::RestoreDatabase || !ob || ob->isLog())
                continue;
            FileCatalog::FileSet restored = RestoreScope::ofStep(s.m_index, other, ob);
            restored.intersect(RestoreScope::ofBackup(s.m_index, *ob));
            if (restored.contains(missing))
                supplier = k;
        }
        const QString fg = s.filegroupName(g);
        const QString message = Tr::tr("Backup %1 lacks file(s) %2 of filegroup %3; add a restore of those files or %3 "
                                       "stays offline.").arg(b.id, joined(names), fg);
        if (supplier >= 0)
            s.report(i, QStringLiteral("R-FILE-007"), Severity::Warning,
                     message + QLatin1Char(' ') + Tr::tr("Step %1 restores them from %2.").arg(supplier + 1)
                                                      .arg(s.m_plan.steps[supplier].backup),
                     b.id, fg);
        else if (const Backup *holder = s.latestBackupHolding(missing)) {
            PlanStep restore; // right after this step, in the same sequence
            restore.backup = holder->id;
            restore.files = names;
            restore.recovery = RecoveryOption::NoRecovery;
            s.report(i, QStringLiteral("R-FILE-007"), Severity::Error, message, b.id, fg,
                     Tr::tr("Insert RESTORE DATABASE … FILE = %1 FROM %2 WITH NORECOVERY after step %3.")
                         .arg(joined(names), holder->id).arg(i + 1),
                     ProjectEdit::insert(i + 1, restore));
        } else {
            s.report(i, QStringLiteral("R-FILE-007"), Severity::Error, message, b.id, fg,
                     Tr::tr("Add RESTORE DATABASE … FILE = %1 from a backup that holds them, before %2 is recovered (the "
                            "history has none: take one).").arg(joined(names), fg));
        }
    }
}

bool FileRestore::readOnlyBetween(const SimulationState &s, int filegroup, const Backup &a, const Backup &b)
{
    const bool aFirst = (!a.firstLsn.isNull() && !b.firstLsn.isNull()) ? a.firstLsn <= b.firstLsn : a.start <= b.start;
    const Backup &earlier = aFirst ? a : b;
    const Backup &later = aFirst ? b : a;
    return s.m_history.readOnlySpan(filegroup, TimelineHistory::momentOf(earlier), TimelineHistory::endOf(later));
}

bool FileRestore::checkSimpleReadOnly(SimulationState &s, int i, const FileCatalog::FileSet &restoring)
{
    // R-RO-004 (error 3125, raised when recovery is attempted): under SIMPLE there is no log to
    // reconcile a read-only file backup with the backup PRIMARY came from, so the filegroup must
    // have been read-only from one to the other. A later differential file backup taken while it
    // was read-only counts too: the last backup restored into the file is the one compared.
    if (s.m_primary < 0 || s.m_history.recoveryModelAt(s.recoveryPoint()) != RecoveryModel::Simple)
        return false;
    QString primaryBase;
    for (int f : s.m_catalog.filesOfFilegroup(s.m_primary))
        if (!s.m_files[f].restoredBase.isEmpty())
            primaryBase = s.m_files[f].restoredBase;
    const Backup *p = primaryBase.isEmpty() ? nullptr : s.backup(primaryBase);
    if (!p)
        return false; // PRIMARY is not restored by this plan: R-RO-001 compares with the live database
    const int first = sequenceStart(s, i);
    bool hold = false;
    QList<int> seen;
    for (int f : sorted(restoring)) {
        const int g = s.m_catalog.files()[f].filegroup;
        if (g == s.m_primary || g == s.m_memoryOptimized || seen.contains(g))
            continue;
        const Backup *last = nullptr;
        for (int k = first; k <= i; ++k) {
            const PlanStep &st = s.m_plan.steps[k];
            const Backup *b = st.statement == StepStatement::RestoreDatabase && !st.backup.isEmpty() ? s.backup(st.backup) : nullptr;
            if (b && !b->isLog() && RestoreScope::ofStep(s.m_index, st, b).contains(f))
                last = b;
        }
        if (!last || (last->type != BackupType::File && last->type != BackupType::FileDifferential) || last->id == p->id
            || !s.m_history.readOnlyAt(g, TimelineHistory::momentOf(*last)) || readOnlyBetween(s, g, *last, *p))
            continue; // not a read-only file backup (R-FILE-001, R-PIECE-005), or consistent with PRIMARY's
        seen << g;
        const QString fg = s.filegroupName(g);
        // The fix, in the step that restored it from `last`: PRIMARY's own backup if it holds the filegroup,
        // else the latest backup of it taken while it was read-only through PRIMARY's.
        const FileCatalog::FileSet files = s.m_catalog.filesOfFilegroup(g);
        const Backup *consistent = nullptr;
        if (RestoreScope::ofBackup(s.m_index, *p).contains(files)) {
            consistent = p;
        } else {
            for (const Backup &c : s.m_backups)
                if (isDataBase(c.type) && !c.failed && !c.damaged && (!consistent || consistent->start < c.start)
                    && s.m_history.readOnlyAt(g, TimelineHistory::momentOf(c)) && readOnlyBetween(s, g, c, *p)
                    && RestoreScope::ofBackup(s.m_index, c).contains(files))
                    consistent = &c;
        }
        int old = -1;
        for (int k = i; k >= first && old < 0 && consistent; --k)
            if (s.m_plan.steps[k].statement == StepStatement::RestoreDatabase && s.m_plan.steps[k].backup == last->id)
                old = k;
        PlanStep fixed = old >= 0 ? s.m_plan.steps[old] : PlanStep{};
        fixed.backup = consistent ? consistent->id : QString();
        s.report(i, QStringLiteral("R-RO-004"), Severity::Error,
                 Tr::tr("File backup %1 of %2 is not consistent with %3, the backup PRIMARY was restored from: %2 was "
                        "read/write at some point between them, and SIMPLE recovery has no log to reconcile them, so "
                        "step %4 cannot recover %2.").arg(last->id, fg, p->id).arg(i + 1),
                 last->id, fg,
                 old >= 0 && consistent == p ? Tr::tr("Restore %1 from %2, the backup PRIMARY comes from, at step %3.")
                                                   .arg(fg, p->id).arg(old + 1)
                 : old >= 0 ? Tr::tr("Restore %1 from %2 at step %3: it was read-only from that backup through %4.")
                                  .arg(fg, consistent->id).arg(old + 1).arg(p->id)
                          : Tr::tr("Restore %1 from a file backup taken while it was read-only through %2 (the history has "
                                   "none: take one).").arg(fg, p->id),
                 old >= 0 ? ProjectEdit::replace(old, fixed) : ProjectEdit{});
        hold |= s.m_files[f].consistent; // otherwise R-RO-001 holds it back too
    }
    return hold;
}

int FileRestore::sequenceStart(const SimulationState &s, int i)
{
    for (int k = s.m_lastRecoveryStep + 1; k < i; ++k)
        if (s.m_plan.steps[k].isRestore())
            return k;
    return i;
}

FileRestore::EndOfLog FileRestore::endOfLog(const SimulationState &s, int i)
{
    EndOfLog end;
    for (int k = i - 1; k > s.m_lastRecoveryStep; --k) {
        const PlanStep &st = s.m_plan.steps[k];
        if (st.statement != StepStatement::BackupLog || !(st.norecovery || st.noTruncate))
            continue;
        end.step = k;
        end.tail = st.backup.isEmpty() ? nullptr : s.backup(st.backup);
        if (end.tail && !end.tail->isLog())
            end.tail = nullptr;
        return end;
    }
    if (s.m_lastRecoveryStep >= 0)
        return end; // the database has been live since the last recovery: no tail yet
    const Backup *latest = nullptr; // the history's latest log backup, when it is the tail
    for (const Backup &b : s.m_backups)
        if (b.isLog() && !b.failed && (!latest || latest->lastLsn < b.lastLsn))
            latest = &b;
    if (latest && latest->tailLog) {
        end.tail = latest;
        return end;
    }
    for (const TimelineEvent &e : s.m_project.events)
        end.damaged |= e.kind == EventKind::Failure && e.logDamaged;
    return end;
}

bool FileRestore::holdsBackRecovery(SimulationState &s, int i, const FileCatalog::FileSet &restoring)
{
    if (checkSimpleReadOnly(s, i, restoring))
        return true;
    if (s.m_db == DatabaseState::Online)
        return false; // an online restore: OnlineRestore
    QList<int> needEnd;
    for (int f : sorted(restoring))
        if (!s.m_files[f].consistent && s.m_files[f].target.kind == RedoTarget::Kind::EndOfLog)
            needEnd << f;
    if (needEnd.isEmpty())
        return false;
    // Files outside the sequence that are online stay at the end of the log (T-F-5d), except
    // read-only ones that were already read-only at the recovery point: they fit any later point.
    QStringList stayCurrent;
    const TimelineHistory::Moment point = s.recoveryPoint();
    for (int f = 0; f < s.m_files.size(); ++f) {
        const int g = s.m_catalog.files()[f].filegroup;
        const QString fg = s.filegroupName(g);
        if (!restoring.contains(f) && s.m_files[f].state == FileState::Online && !stayCurrent.contains(fg)
            && !s.m_history.readOnlySpan(g, point, {}))
            stayCurrent << fg;
    }
    if (stayCurrent.isEmpty())
        return false; // every file is restored: the sequence chooses its own end (R-TAIL-003)
    const int first = sequenceStart(s, i);
    const QString &db = s.m_project.database.name;

    bool pointInTime = s.m_plan.target.kind != RestoreTarget::Kind::EndOfLog;
    for (int k = first; k <= i; ++k)
        pointInTime |= s.m_plan.steps[k].isRestore() && s.m_plan.steps[k].hasStopClause();
    if (pointInTime) {
        s.report(i, QStringLiteral("R-FILE-005"), Severity::Error,
                 Tr::tr("Restoring %1 to an earlier point from file backups needs backups of all files: %2 would stay at "
                        "the end of the log, so step %3 cannot recover.").arg(db, joined(stayCurrent)).arg(i + 1),
                 {}, stayCurrent.value(0),
                 Tr::tr("Restore %1 in this sequence too (choose backups that end before the target), or restore to "
                        "the end of the log.").arg(joined(stayCurrent)));
        return true;
    }

    const EndOfLog end = endOfLog(s, i);
    if (end.damaged)
        return false; // no tail-log backup is possible: R-FILE-004
    const int f0 = needEnd.first();
    const QString fg0 = s.filegroupName(s.m_catalog.files()[f0].filegroup);
    if (!end.tail && end.step < 0) {
        s.report(first, QStringLiteral("R-FILE-003"), Severity::Error,
                 Tr::tr("Take a tail-log backup before restoring %1 at step %2: the rest of %3 stays at the end of the "
                        "log, and no log backup holds that end, so %1 can never catch up with it.")
                     .arg(s.m_catalog.files()[f0].name).arg(first + 1).arg(db),
                 s.m_files[f0].restoredBase, fg0,
                 TailLogBackup::fixText(s.m_project, first), TailLogBackup::takeAt(s.m_project, first));
        return true;
    }
    bool held = false;
    QList<int> seen;
    for (int f : std::as_const(needEnd)) {
        const auto &r = s.m_files[f];
        const int g = s.m_catalog.files()[f].filegroup;
        if ((end.tail && !(r.redoStart < end.tail->lastLsn)) || seen.contains(g))
            continue;
        seen << g;
        held = true;
        const QString fg = s.filegroupName(g);
        if (!end.tail) {
            s.report(i, QStringLiteral("R-FILE-002"), Severity::Error,
                     Tr::tr("Read/write file %1 restored from %2 must be rolled forward through the tail-log backup of "
                            "step %3 before it can be recovered, but that step names no backup to restore.")
                         .arg(s.m_catalog.files()[f].name, r.restoredBase).arg(end.step + 1),
                     r.restoredBase, fg, Tr::tr("Give step %1 a backup and restore it last.").arg(end.step + 1));
            continue;
        }
        const RollForwardFix logs = s.m_fixes.make(i, r.redoStart, end.tail->lastLsn);
        s.report(i, QStringLiteral("R-FILE-002"), Severity::Error,
                 Tr::tr("Read/write file %1 restored from %2 must be rolled forward with every log backup through %3 "
                        "(LSN %4, the end of the log) before it can be recovered; it is at LSN %5.")
                     .arg(s.m_catalog.files()[f].name, r.restoredBase, end.tail->id, end.tail->lastLsn.toString(),
                          r.redoStart.toString()),
                 r.restoredBase, fg,
                 logs.edit.isValid() ? logs.text
                                     : Tr::tr("Restore the log backups from LSN %1 through %2 before step %3 recovers (the "
                                              "history lacks some).").arg(r.redoStart.toString(), end.tail->id).arg(i + 1),
                 logs.edit);
    }
    return held;
}

} // namespace rd
