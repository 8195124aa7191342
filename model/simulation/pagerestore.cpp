// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/simulation/pagerestore.h"

#include "model/domain/plansteps.h"
#include "model/findings/listtext.h"
#include "model/findings/taillogbackup.h"
#include "model/simulation/pagelist.h"
#include "model/simulation/restorescope.h"
#include "model/simulation/sequencerules.h"
#include "model/simulation/simulationstate.h"

#include <QCoreApplication>

#include <algorithm>

namespace rd {
namespace {

/// Translation context for this file's messages (lupdate reads Tr::tr calls).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PageRestore)
};

QList<int> sortedKeys(const QHash<int, QList<qint64>> &pages)
{
    QList<int> keys = pages.keys();
    std::sort(keys.begin(), keys.end());
    return keys;
}

QList<qint64> merged(QList<qint64> a, const QList<qint64> &b)
{
    a += b;
    std::sort(a.begin(), a.end());
    a.erase(std::unique(a.begin(), a.end()), a.end());
    return a;
}

} // namespace

ProjectEdit PageRestore::restoreLogFix(const SimulationState &s, int i, const Backup &log, QString *text)
{
    // A recovery-only step i recovers after the inserted log. A step i that restored a backup (a log, or the
    // pages themselves) was applied first: the missing log goes after it, and recovers.
    const PlanStep &step = s.m_plan.steps[i];
    if (step.backup.isEmpty()) {
        *text = Tr::tr("Insert RESTORE LOG %1 WITH NORECOVERY before step %2.").arg(log.id).arg(i + 1);
        return ProjectEdit::insert(i, PlanSteps::restoreOf(log, RecoveryOption::NoRecovery));
    }
    // Two edits (NORECOVERY on step i, the log after it), offered as one.
    *text = Tr::tr("Use NORECOVERY on step %1 and restore %2 after it, WITH RECOVERY.").arg(i + 1).arg(log.id);
    PlanStep held = step;
    held.recovery = RecoveryOption::NoRecovery;
    const PlanStep recovering = PlanSteps::restoreOf(log, RecoveryOption::Recovery);
    return ProjectEdit::composite({ProjectEdit::replace(i, held), ProjectEdit::insert(i + 1, recovering)});
}

QString PageRestore::pageText(const SimulationState &s, int file, const QList<qint64> &pages)
{
    const int id = PageList::fileIdOf(s.m_project.database, s.m_catalog, file);
    QStringList out;
    for (qint64 p : pages)
        out << QStringLiteral("%1:%2").arg(id).arg(p);
    return ListText::summarized(out);
}

PlanStep PageRestore::asFileStep(const SimulationState &s, const PlanStep &step)
{
    if (step.pages.isEmpty() || step.statement != StepStatement::RestoreDatabase)
        return step;
    PlanStep out = step;
    out.pages.clear();
    for (const PageList::Entry &e : PageList::read(s.m_project.database, s.m_catalog, step.pages)) {
        const QString &name = e.file >= 0 ? s.m_catalog.files()[e.file].name : QString();
        if (!name.isEmpty() && !out.files.contains(name, Qt::CaseInsensitive))
            out.files << name;
    }
    return out;
}

bool PageRestore::restorePages(SimulationState &s, int i, const PlanStep &step, const Backup &b)
{
    QHash<int, QList<qint64>> pages; // catalog file → the pages this step restores into it
    for (const PageList::Entry &e : PageList::read(s.m_project.database, s.m_catalog, step.pages)) {
        if (e.problem != PageList::Problem::None)
            return false; // R-PAGE-001, reported by PageRestoreChecks: SQL Server refuses the whole statement
        pages[e.file] = merged(pages.value(e.file), {e.page});
    }
    if (pages.isEmpty())
        return false;
    const QString &db = s.m_project.database.name;
    const RecoveryModel model = s.m_history.recoveryModelAt({});
    if (model == RecoveryModel::Simple) {
        // 4346: "RESTORE PAGE is not allowed with databases that use the simple recovery model"; 3115 (R-FILE-001)
        // says the same of any subset of the read/write data, which pages are (4344).
        const int f = sortedKeys(pages).first();
        s.report(i, QStringLiteral("R-FILE-001"), Severity::Error,
                 Tr::tr("Under SIMPLE recovery, pages cannot be restored (error 4346): step %1 restores pages %2 of %3, "
                        "but there is no log to bring them up to date with the rest of %4.")
                     .arg(i + 1).arg(pageText(s, f, pages[f]), s.m_catalog.files()[f].name, db),
                 b.id, s.filegroupName(s.m_catalog.files()[f].filegroup),
                 Tr::tr("Restore the whole database (or switch %1 to FULL recovery and take a full backup before pages "
                        "can be restored).").arg(db));
        return false;
    }
    if (isDifferential(b.type))
        return rollDifferentialForward(s, i, b, pages);
    if (!checkSource(s, i, b, sortedKeys(pages)) || !checkFiles(s, i, b, pages))
        return false;

    // Online on Enterprise while the database is online (T-DB-14 for pages); offline otherwise, and an
    // online database on another edition must be taken offline first (R-ONL-001).
    const bool online = s.m_db == DatabaseState::Online;
    if (online && !supportsOnlineRestore(s.m_project.database.edition)) {
        s.report(i, QStringLiteral("R-ONL-001"), Severity::Error,
                 Tr::tr("%1 edition cannot restore pages while %2 is online (online page restore needs Enterprise or "
                        "Developer): take the tail-log backup WITH NORECOVERY before step %3, which makes it an "
                        "offline page restore.").arg(toString(s.m_project.database.edition), db).arg(i + 1),
                 b.id, {},
                 TailLogBackup::fixText(s.m_project, i), TailLogBackup::takeAt(s.m_project, i));
        return false;
    }
    bool sequenceStarts = true;
    for (const auto &r : std::as_const(s.m_files))
        sequenceStarts &= !r.pages.restoring();
    if (online && model == RecoveryModel::BulkLogged && sequenceStarts)
        s.report(i, QStringLiteral("R-ONL-007"), Severity::Warning,
                 Tr::tr("Step %1 starts an online page restore of %2 under BULK_LOGGED recovery: page restore generally "
                        "does not work with bulk-logged recovery, and an offline page can prevent backing up the log.")
                     .arg(i + 1).arg(db),
                 b.id, {},
                 Tr::tr("Switch %1 to FULL recovery and take a log backup before step %2; if that log backup fails, "
                        "restore the whole file instead.").arg(db).arg(i + 1));

    bool logDamaged = false;
    const RedoTarget offlineTarget = online ? RedoTarget{} : endOfLog(s, i, &logDamaged);
    if (!online)
        s.m_db = DatabaseState::Restoring; // "they use offline restore if the database is currently offline"
    for (auto it = pages.cbegin(); it != pages.cend(); ++it) {
        auto &r = s.m_files[it.key()];
        Registers &p = r.pages;
        if (!p.restoring()) {
            p = Registers{};
            p.firstStep = i;
            r.redoStart = b.lastLsn; // the backup carries its log up to lastLsn (§15.1)
            r.target = {};           // the file itself is not restored
        } else if (b.lastLsn < r.redoStart) {
            r.redoStart = b.lastLsn; // one roll-forward set per file: it starts at its least advanced page
        }
        p.pages = merged(p.pages, it.value());
        p.lastStep = i;
        p.target = online ? RedoTarget{RedoTarget::Kind::OfflinePoint, i, {}} : offlineTarget;
        p.logDamaged = logDamaged;
        r.restoredBase = b.id;
        r.consistent = false;
        if (r.state == FileState::Suspect)
            r.state = FileState::Online; // the damage the FAILURE recorded is in the pages restored now
        r.damaged = false;
    }
    s.m_lastWasData = true; // the first log must hold b's lastLsn (R-LOG-004)
    s.m_lastDataBackup = b.id;
    return true;
}

bool PageRestore::checkSource(SimulationState &s, int i, const Backup &b, const QList<int> &files)
{
    // "Start a page restore with a full database, file, or filegroup backup that contains the page" (a partial
    // backup is a full backup of the files it holds); 3195 for anything else.
    if (!isDataBase(b.type))
        return false; // a log backup: R-REF-001 (RESTORE DATABASE with a log backup)
    const FileCatalog::FileSet scope = RestoreScope::ofBackup(s.m_index, b);
    for (int f : files) {
        if (scope.contains(f))
            continue;
        const QString &file = s.m_catalog.files()[f].name;
        s.report(i, QStringLiteral("R-PAGE-002"), Severity::Error,
                 Tr::tr("Backup %1 does not hold file %2, so step %3 cannot restore its pages from it.")
                     .arg(b.id, file).arg(i + 1),
                 b.id, s.filegroupName(s.m_catalog.files()[f].filegroup),
                 Tr::tr("Restore the pages from a full backup, or a file or filegroup backup that holds %1.").arg(file));
        return false;
    }
    if (SequenceRules::needsUpgrade(b, s.m_project.environment)) {
        s.report(i, QStringLiteral("R-PAGE-002"), Severity::Error,
                 Tr::tr("Backup %1 was taken by SQL Server %2, older than the target's %3: RESTORE PAGE is not allowed "
                        "from backups of earlier versions (error 4311).")
                     .arg(b.id, b.softwareVersion, s.m_project.environment.serverVersion),
                 b.id, {}, Tr::tr("Restore the pages from a backup taken on the target's version."));
        return false;
    }
    return true;
}

bool PageRestore::checkFiles(SimulationState &s, int i, const Backup &b, const QHash<int, QList<qint64>> &pages)
{
    for (int f : sortedKeys(pages)) {
        const auto &r = s.m_files[f];
        const int g = s.m_catalog.files()[f].filegroup;
        const QString fg = s.filegroupName(g);
        const QString &file = s.m_catalog.files()[f].name;
        if (r.state != FileState::Online && r.state != FileState::Suspect) {
            // 4309 ("only a file restore is currently possible") for a file being restored; 4310 otherwise.
            s.report(i, QStringLiteral("R-PAGE-002"), Severity::Error,
                     r.state == FileState::Restoring
                         ? Tr::tr("File %1 is being restored as a whole in this sequence, so step %2 cannot restore single "
                                  "pages of it (error 4309).").arg(file).arg(i + 1)
                         : Tr::tr("File %1 is %2: RESTORE PAGE is only allowed on a file that is online (error 4310); "
                                  "step %3 cannot restore its pages.").arg(file, toString(r.state)).arg(i + 1),
                     b.id, fg,
                     Tr::tr("Restore file %1 as a whole (RESTORE DATABASE … FILE = '%1') instead of its pages.").arg(file));
            return false;
        }
        if (s.m_history.readOnlyAt(g, {}) || s.m_project.database.readOnly) {
            s.report(i, QStringLiteral("R-PAGE-002"), Severity::Error,
                     Tr::tr("%1 is read-only: RESTORE PAGE is not allowed on read-only databases or filegroups (error "
                            "4344), so step %2 cannot restore pages of %3.")
                         .arg(s.m_project.database.readOnly ? s.m_project.database.name : fg).arg(i + 1).arg(file),
                     b.id, fg, Tr::tr("Restore file %1 as a whole instead of its pages.").arg(file));
            return false;
        }
        const qsizetype total = merged(r.pages.pages, pages[f]).size();
        if (total > PageList::MaxPagesPerFile) {
            s.report(i, QStringLiteral("R-PAGE-001"), Severity::Error,
                     Tr::tr("Step %1 would have %2 pages of file %3 in this restore sequence; at most %4 pages of one file "
                            "can be restored in a sequence (error 3105).")
                         .arg(i + 1).arg(total).arg(file).arg(PageList::MaxPagesPerFile),
                     b.id, fg, Tr::tr("Restore file %1 as a whole (RESTORE DATABASE … FILE = '%1') instead of its pages.")
                                   .arg(file));
            return false;
        }
    }
    return true;
}

bool PageRestore::rollDifferentialForward(SimulationState &s, int i, const Backup &d,
                                          const QHash<int, QList<qint64>> &pages)
{
    // "Apply the most recent differentials": only to pages a full, file or filegroup backup restored first (3195).
    for (int f : sortedKeys(pages)) {
        const auto &r = s.m_files[f];
        const QString fg = s.filegroupName(s.m_catalog.files()[f].filegroup);
        const QString &file = s.m_catalog.files()[f].name;
        QList<qint64> notRestored;
        for (qint64 p : pages[f])
            if (!r.pages.pages.contains(p))
                notRestored << p;
        if (!notRestored.isEmpty()) {
            s.report(i, QStringLiteral("R-PAGE-002"), Severity::Error,
                     Tr::tr("Step %1 restores pages %2 from differential %3, but a page restore starts from a full, file "
                            "or filegroup backup (error 3195): restore those pages from one first.")
                         .arg(i + 1).arg(pageText(s, f, notRestored), d.id),
                     d.id, fg,
                     Tr::tr("Insert RESTORE DATABASE … PAGE = '%1' from the full or file backup holding %2 before step %3.")
                         .arg(pageText(s, f, notRestored), file).arg(i + 1));
            return false;
        }
        const QString base = s.differentialBase(d, f);
        if (base == r.restoredBase)
            continue;
        s.report(i, QStringLiteral("R-DIFF-001"), Severity::Error,
                 Tr::tr("Differential %1 is based on %2, but the pages of %3 were restored from %4. Restore them from %2 "
                        "first.")
                     .arg(d.id, base.isEmpty() ? Tr::tr("a backup missing from this history") : base, file, r.restoredBase),
                 d.id, fg);
        return false;
    }
    for (int f : sortedKeys(pages))
        if (s.m_files[f].redoStart < d.lastLsn)
            s.m_files[f].redoStart = d.lastLsn; // T-F-3
    s.m_lastWasData = true;
    s.m_lastDataBackup = d.id;
    return true;
}

RedoTarget PageRestore::endOfLog(const SimulationState &s, int i, bool *damaged)
{
    // An offline page restore, like an offline file restore, reaches "the current log file" through the
    // tail-log backup taken before it (restore-pages-sql-server.md: "first you must create a tail log backup").
    *damaged = false;
    RedoTarget t{RedoTarget::Kind::EndOfLog, -1, {}};
    for (int k = i - 1; k > s.m_lastRecoveryStep; --k) {
        const PlanStep &st = s.m_plan.steps[k];
        if (st.statement != StepStatement::BackupLog || !(st.norecovery || st.noTruncate))
            continue;
        t.offlineStep = k;
        if (const Backup *b = st.backup.isEmpty() ? nullptr : s.backup(st.backup); b && b->isLog())
            t.lsn = b->lastLsn;
        return t;
    }
    if (s.m_lastRecoveryStep >= 0)
        return t; // live since the last recovery: no tail yet
    const Backup *latest = nullptr;
    for (const Backup &b : s.m_backups)
        if (b.isLog() && !b.failed && (!latest || latest->lastLsn < b.lastLsn))
            latest = &b;
    if (latest && latest->tailLog) {
        t.lsn = latest->lastLsn;
        return t;
    }
    for (const TimelineEvent &e : s.m_project.events)
        *damaged |= e.kind == EventKind::Failure && e.logDamaged;
    return t;
}

void PageRestore::backupLog(SimulationState &s, int i, const PlanStep &step)
{
    const Backup *b = step.backup.isEmpty() ? nullptr : s.backup(step.backup);
    if (!b || !b->isLog())
        return;
    for (auto &r : s.m_files) {
        RedoTarget &t = r.pages.target;
        if (r.pages.restoring() && t.kind == RedoTarget::Kind::OfflinePoint && t.lsn.isNull() && t.offlineStep < i)
            t.lsn = b->lastLsn; // "a new log backup … that includes the final LSN of the restored pages"
    }
}

bool PageRestore::holdsBackRecovery(SimulationState &s, int i, const FileCatalog::FileSet &restoring)
{
    QList<int> files;
    for (int f : restoring)
        if (s.m_files[f].pages.restoring())
            files << f;
    std::sort(files.begin(), files.end());
    const QString &db = s.m_project.database.name;
    bool held = false;
    QList<int> missingTail; // first steps already reported as R-FILE-003
    for (int f : std::as_const(files)) {
        const auto &r = s.m_files[f];
        const Registers &p = r.pages;
        const QString fg = s.filegroupName(s.m_catalog.files()[f].filegroup);
        const QString &file = s.m_catalog.files()[f].name;
        const QString pages = pageText(s, f, p.pages);
        const qsizetype k = s.m_index.lastLogEndingAt(p.target.lsn);
        const Backup *log = k < 0 ? nullptr : &s.m_backups[k];
        QString fix;
        const ProjectEdit edit = log && log->firstLsn <= r.redoStart ? restoreLogFix(s, i, *log, &fix) : ProjectEdit{};

        if (p.target.kind == RedoTarget::Kind::OfflinePoint) {
            // Online: "Create a new log backup of the database that includes the final LSN of the restored pages
            // … Restore the new log backup." SQL Server cannot use the online log (online-restore-sql-server.md).
            if (!log) {
                held = true;
                s.report(i, QStringLiteral("R-ONL-005"), Severity::Error,
                         Tr::tr("Online page restore of %1 (file %2): take a log backup after step %3 (when the pages went "
                                "offline) and restore it last; without it the pages can never be recovered (SQL Server "
                                "cannot use the online log).").arg(pages, file).arg(p.lastStep + 1),
                         r.restoredBase, fg,
                         Tr::tr("Insert BACKUP LOG %1 after step %2 and restore that log backup last in the sequence, "
                                "WITH RECOVERY.").arg(db).arg(p.lastStep + 1));
            } else if (r.redoStart < p.target.lsn) {
                held = true;
                s.report(i, QStringLiteral("R-ONL-005"), Severity::Error,
                         Tr::tr("Online page restore of %1 (file %2): log backup %3, taken after step %4 took the pages "
                                "offline, must be restored before they can be recovered; they are only rolled forward to "
                                "LSN %5.").arg(pages, file, log->id).arg(p.lastStep + 1).arg(r.redoStart.toString()),
                         log->id, fg,
                         !fix.isEmpty() ? fix
                                        : Tr::tr("Restore the log backups up to and including %1 before recovering.")
                                              .arg(log->id),
                         edit);
            }
            continue;
        }
        if (p.target.kind != RedoTarget::Kind::EndOfLog || p.logDamaged)
            continue; // a lost log: no tail can exist (R-FILE-004, PageRestoreChecks)
        if (p.target.lsn.isNull()) {
            held = true;
            if (missingTail.contains(p.firstStep))
                continue;
            missingTail << p.firstStep;
            s.report(p.firstStep, QStringLiteral("R-FILE-003"), Severity::Error,
                     p.target.offlineStep >= 0
                         ? Tr::tr("The tail-log backup of step %1 names no log backup, so the pages restored offline at "
                                  "step %2 cannot be brought to the end of the log.").arg(p.target.offlineStep + 1)
                               .arg(p.firstStep + 1)
                         : Tr::tr("Take a tail-log backup before restoring pages %1 offline at step %2: the rest of %3 "
                                  "stays at the end of the log, and no log backup holds that end, so the pages can never "
                                  "catch up with it.").arg(pages).arg(p.firstStep + 1).arg(db),
                     r.restoredBase, fg,
                     TailLogBackup::fixText(s.m_project, p.firstStep),
                     p.target.offlineStep >= 0 ? ProjectEdit{} : TailLogBackup::takeAt(s.m_project, p.firstStep));
            continue;
        }
        if (!(r.redoStart < p.target.lsn))
            continue;
        held = true;
        s.report(i, QStringLiteral("R-FILE-002"), Severity::Error,
                 Tr::tr("Pages %1 of read/write file %2, restored offline from %3, must be rolled forward with every log "
                        "backup through %4 (LSN %5, the end of the log) before they can be recovered; they are at LSN %6.")
                     .arg(pages, file, r.restoredBase, log ? log->id : Tr::tr("the tail-log backup"),
                          p.target.lsn.toString(), r.redoStart.toString()),
                 r.restoredBase, fg,
                 !fix.isEmpty() ? fix
                                : Tr::tr("Restore the log backups from LSN %1 through the tail-log backup before "
                                         "recovering.").arg(r.redoStart.toString()),
                 edit);
    }
    return held;
}

void PageRestore::recovered(SimulationState &s, const FileCatalog::FileSet &restoring)
{
    for (int f : restoring)
        s.m_files[f].pages = Registers{};
}

QList<RestoringPage> PageRestore::restoringPages(const SimulationState &s)
{
    QList<RestoringPage> out;
    for (int f = 0; f < s.m_files.size(); ++f) {
        const Registers &p = s.m_files[f].pages;
        if (!p.restoring())
            continue;
        const int id = PageList::fileIdOf(s.m_project.database, s.m_catalog, f);
        for (qint64 page : p.pages)
            out << RestoringPage{s.filegroupName(s.m_catalog.files()[f].filegroup), s.m_catalog.files()[f].name, id, page};
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const RestoringPage &a, const RestoringPage &b) { return a.fileId < b.fileId; });
    return out;
}

} // namespace rd
