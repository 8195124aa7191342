// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/simulation/simulationstate.h"

#include "model/simulation/filerestore.h"
#include "model/simulation/historyindex.h"
#include "model/simulation/onlinerestore.h"
#include "model/simulation/piecemealstage.h"
#include "model/simulation/pointintime.h"
#include "model/simulation/restorescope.h"
#include "model/simulation/rollforwardfix.h"
#include "model/simulation/sequencerules.h"

#include <QCoreApplication>

namespace rd {
namespace {

/// Translation context for this file's messages (lupdate reads Tr::tr calls).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RestoreSimulator)
};

} // namespace

SimulationState::SimulationState(const HistoryIndex &index, const Project &project, const Plan &plan)
    : m_project(project), m_plan(plan), m_index(index), m_backups(index.backups()), m_catalog(index.catalog()),
      m_history(index.history())
{
    m_primary = int(project.database.filegroupIndex(QStringLiteral("PRIMARY")));
    for (int g = 0; g < project.database.filegroups.size(); ++g)
        if (project.database.filegroups[g].type == FilegroupType::MemoryOptimizedData)
            m_memoryOptimized = g;
    m_files.resize(m_catalog.fileCount());

    // The disaster the plan answers (plan-format.md): damaged files start SUSPECT (a whole filegroup,
    // or single files: the other files of their filegroup stay ONLINE, though the filegroup is not
    // available until all its files are, file-states.md), and the database is SUSPECT when PRIMARY is
    // ("at least the primary filegroup is suspect").
    for (const TimelineEvent &e : project.events) {
        if (e.kind != EventKind::Failure)
            continue;
        for (int f = 0; f < m_files.size(); ++f) {
            const int g = m_catalog.files()[f].filegroup;
            if (e.damagesFile(filegroupName(g), m_catalog.files()[f].name)) {
                m_files[f].state = FileState::Suspect;
                m_files[f].damaged = true;
                if (g == m_primary)
                    m_db = DatabaseState::Suspect;
            }
        }
        if (e.wholeDatabase)
            m_db = DatabaseState::Suspect;
    }
}

const Backup *SimulationState::backup(const QString &id) const
{
    return m_index.backup(id);
}

void SimulationState::report(int step, const QString &rule, Severity severity, const QString &message,
                             const QString &backup, const QString &filegroup, const QString &fix,
                             const ProjectEdit &edit)
{
    m_diagnostics.append(Diagnostic{rule, severity, step, backup, filegroup, message, fix, edit});
}

const Backup *SimulationState::logContaining(const Lsn &lsn) const
{
    const Backup *found = nullptr;
    for (qsizetype k : m_index.logsHolding(lsn)) {
        const Backup &b = m_backups[k];
        if (!b.damaged && (!found || (found->copyOnly && !b.copyOnly)))
            found = &b;
    }
    return found;
}

const Backup *SimulationState::latestBackupHolding(const FileCatalog::FileSet &files, const QDateTime &after) const
{
    const Backup *best = nullptr;
    for (const Backup &b : m_backups)
        if (isDataBase(b.type) && !b.failed && !b.damaged && !b.copyOnly && (!after.isValid() || after < b.start)
            && (!best || best->start < b.start)
            && RestoreScope::ofBackup(m_index, b).contains(files))
            best = &b;
    return best;
}

TimelineHistory::Moment SimulationState::recoveryPoint() const
{
    switch (m_plan.target.kind) {
    case RestoreTarget::Kind::PointInTime:
        return {m_plan.target.pointInTime, {}};
    case RestoreTarget::Kind::Mark:
        if (std::optional<TimelineHistory::Moment> p = PointInTime::ofTarget(m_project, m_plan.target))
            return *p; // a MARK event, or "lsn:N"
        break;
    case RestoreTarget::Kind::EndOfLog:
        break;
    }
    return {};
}

FileCatalog::FileSet SimulationState::restoringFiles() const
{
    FileCatalog::FileSet s;
    for (int f = 0; f < m_files.size(); ++f)
        if (m_files[f].state == FileState::Restoring || m_files[f].pages.restoring())
            s.insert(f);
    return s;
}

SimulationState::Registers SimulationState::registers() const
{
    return {m_db,          m_files,       m_piecemeal,      m_stage1Recovered, m_lastRecoveryStep, m_lastStartupStep,
            m_recoveredLsn, m_pointInTime, m_pointIsStop,    m_lastWasData,     m_tailRestored,     m_lastDataBackup,
            m_chain.registers()};
}

void SimulationState::restore(const Registers &saved)
{
    m_db = saved.db;
    m_files = saved.files;
    m_piecemeal = saved.piecemeal;
    m_stage1Recovered = saved.stage1Recovered;
    m_lastRecoveryStep = saved.lastRecoveryStep;
    m_lastStartupStep = saved.lastStartupStep;
    m_recoveredLsn = saved.recoveredLsn;
    m_pointInTime = saved.pointInTime;
    m_pointIsStop = saved.pointIsStop;
    m_lastWasData = saved.lastWasData;
    m_tailRestored = saved.tailRestored;
    m_lastDataBackup = saved.lastDataBackup;
    m_chain.restore(saved.chain);
}

void SimulationState::refuse(int i)
{
    const QString rule = refusalReported(i, m_statementFindings);
    m_refusal = StepOutcome::refusal(rule.isEmpty() ? QStringLiteral("R-GEN-005") : rule);
}

QString SimulationState::refusalReported(int i, qsizetype since) const
{
    for (qsizetype k = since; k < m_diagnostics.size(); ++k)
        if (m_diagnostics[k].step == i && m_diagnostics[k].severity == Severity::Error)
            return m_diagnostics[k].rule;
    return {};
}

StepOutcome SimulationState::apply(int i)
{
    // As on the server, a refused statement changes nothing: later steps are judged against the
    // state before it, not against what it would have done.
    const Registers saved = registers();
    const StepOutcome outcome = execute(i);
    if (outcome.refused())
        restore(saved);
    return outcome;
}

StepOutcome SimulationState::execute(int i)
{
    const PlanStep &step = m_plan.steps[i];
    const qsizetype reported = m_diagnostics.size();
    m_statementFindings = reported;
    m_refusal = StepOutcome::applied();
    // A check that refuses has reported why (an error for step i); the generic rule stands in
    // should one ever return "refused" without a finding.
    auto refused = [&](const char *fallback) {
        const QString rule = refusalReported(i, reported);
        return StepOutcome::refusal(rule.isEmpty() ? QString::fromLatin1(fallback) : rule);
    };
    if (!SequenceRules::beforeStep(*this, i))
        return refused("R-GEN-006"); // R-GEN-006, R-ONL-008, R-REC-003, R-MOD-002, R-MOD-005 (sequencerules.h)
    switch (step.statement) {
    case StepStatement::SetOffline: // T-DB-1
        if (m_db == DatabaseState::Online)
            m_db = DatabaseState::Offline;
        return StepOutcome::applied();
    case StepStatement::BackupLog: // T-DB-2 / T-DB-3: the tail is captured, nothing changes afterwards
        OnlineRestore::backupLog(*this, i, step); // it also holds every earlier offline point (R-ONL-005)
        PageRestore::backupLog(*this, i, step);   // … of restored pages too
        if (step.norecovery && m_db != DatabaseState::None)
            m_db = DatabaseState::Restoring;
        return StepOutcome::applied();
    case StepStatement::SetOnline: // T-DB-13: the database starts up and runs recovery (R-MOD-004)
        if (m_db == DatabaseState::Offline) {
            m_db = DatabaseState::Online;
            m_lastStartupStep = i;
        }
        return StepOutcome::applied();
    case StepStatement::SetFileOffline: // T-F-1: the only way back is a restore
        OnlineRestore::setFilesOffline(*this, i, step);
        for (const QString &name : step.files)
            if (const int f = m_catalog.fileIndex(name); f >= 0 && m_files[f].state == FileState::Online)
                m_files[f].state = FileState::Offline;
        return StepOutcome::applied();
    case StepStatement::RemoveFilegroup: // T-F-8: a filegroup that is not online becomes DEFUNCT
        for (const QString &name : step.filegroups)
            for (int f : m_catalog.filesOfFilegroup(int(m_project.database.filegroupIndex(name))))
                if (m_files[f].state != FileState::Online)
                    m_files[f].state = FileState::Defunct;
        return StepOutcome::applied();
    case StepStatement::RestoreDatabase:
    case StepStatement::RestoreLog:
        break;
    }
    const PlanStep chainStep = PageRestore::asFileStep(*this, step); // LogChain sees a page restore's files as targets
    if (!m_chain.admit(i, chainStep, step.backup.isEmpty() ? nullptr : backup(step.backup), restoringFiles()))
        return refused("R-GEN-008"); // SQL Server refuses the statement (R-GEN-008, R-PIT-006, R-DIFF-004)
    if (step.backup.isEmpty()) {
        recoverOnly(i, step);
        return StepOutcome::applied();
    }
    const Backup *b = backup(step.backup);
    if (!b)
        return StepOutcome::refusal(QStringLiteral("R-REF-001")); // a dangling reference: the validator reports it
    const bool logStatement = step.statement == StepStatement::RestoreLog;
    if (logStatement != b->isLog()) {
        report(i, QStringLiteral("R-REF-001"), Severity::Error,
               logStatement ? Tr::tr("Step %1 is RESTORE LOG but backup %2 is a %3 backup; use RESTORE DATABASE.")
                                  .arg(i + 1).arg(b->id, toString(b->type))
                            : Tr::tr("Step %1 is RESTORE DATABASE but backup %2 is a log backup; use RESTORE LOG.")
                                  .arg(i + 1).arg(b->id),
               b->id);
        return refused("R-REF-001");
    }
    const qsizetype beforeBody = m_diagnostics.size(); // what admit() reported (R-PIT-003…) does not stop recovery
    if (!b->isLog() && !step.pages.isEmpty() && !PageRestore::restorePages(*this, i, step, *b))
        return refused("R-PAGE-001"); // RESTORE … PAGE refused (pagerestore.h)
    const bool pagesOnly = !step.pages.isEmpty() && !step.hasTargets(); // FILE/FILEGROUP beside PAGE: restored whole
    if (b->isLog())
        restoreLog(i, step, *b);
    else if (!pagesOnly && isDifferential(b->type))
        restoreDifferential(i, step, *b);
    else if (!pagesOnly)
        restoreData(i, step, *b);
    // A restore body that refuses says so (refuse()): R-FILE-008, R-ONL-007/009, R-DIFF-001, R-LOG-002…
    if (m_refusal.refused())
        return m_refusal;
    // Other errors (R-FILE-007, R-PIT-003…) let the statement run, but it then cannot recover.
    if (!refusalReported(i, beforeBody).isEmpty())
        return StepOutcome::applied();
    if (!m_chain.applied(i, chainStep, *b, restoringFiles()))
        return StepOutcome::applied(); // T-DB-10: the stop point lies beyond this backup, the database stays RESTORING
    if (step.effectiveRecovery() == RecoveryOption::Recovery)
        recover(i);
    else if (step.recovery == RecoveryOption::Standby)
        m_db = DatabaseState::Standby; // T-DB-7
    return StepOutcome::applied();
}

void SimulationState::restoreData(int i, const PlanStep &step, const Backup &b)
{
    FileCatalog::FileSet targets = RestoreScope::ofStep(m_index, step, &b);
    if (!FileRestore::beforeDataRestore(*this, i, step, b, targets)
        || !OnlineRestore::beforeDataRestore(*this, i, step, b, targets))
        return refuse(i); // R-FILE-008, R-ONL-009, R-ONL-007; sets the §5.4 redo targets
    if (targets.isEmpty())
        return;
    bool touchesPrimary = false;
    for (int f : targets) {
        const int g = m_catalog.files()[f].filegroup;
        touchesPrimary |= g == m_primary || g == m_memoryOptimized;
    }
    if (step.partial) {
        // T-DB-4: PARTIAL starts a new piecemeal restore and discards any earlier stage; the files it
        // leaves out wait in RECOVERY_PENDING (plan-format.md's simulate example).
        m_piecemeal = true;
        m_stage1Recovered = false;
        m_recoveredLsn = {};
        m_tailRestored = false;
        for (int f = 0; f < m_files.size(); ++f) {
            const bool damaged = m_files[f].damaged; // the disk still holds the damaged file
            m_files[f] = FileRegisters{};
            m_files[f].state = FileState::RecoveryPending;
            m_files[f].damaged = damaged;
        }
        m_db = DatabaseState::Restoring;
    } else if (touchesPrimary || m_db != DatabaseState::Online) {
        m_db = DatabaseState::Restoring; // offline restore (R-ONL-002, T-DB-5)
    } else if (!supportsOnlineRestore(m_project.database.edition)) {
        // T-DB-15: restoring a secondary filegroup while the database is online needs Enterprise.
        const QString fg = filegroupName(m_catalog.filegroupsOf(targets).value(0));
        const bool laterStage = m_piecemeal && m_stage1Recovered;
        report(i, laterStage ? QStringLiteral("R-PIECE-009") : QStringLiteral("R-ONL-001"), Severity::Error,
               Tr::tr("%1 edition cannot restore %2 while %3 is online (online restore needs Enterprise or "
                  "Developer); the whole database would be unavailable for this restore.")
                   .arg(toString(m_project.database.edition), fg, m_project.database.name),
               b.id, fg,
               Tr::tr("Insert SET OFFLINE (or BACKUP LOG … WITH NORECOVERY) before step %1.").arg(i + 1),
               ProjectEdit::insert(i, [] {
                   PlanStep offline;
                   offline.statement = StepStatement::SetOffline;
                   return offline;
               }()));
        return refuse(i);
    }
    for (int f : targets) {
        FileRegisters &r = m_files[f];
        r.state = FileState::Restoring; // T-F-2
        r.redoStart = b.lastLsn;        // the backup carries its log up to lastLsn (§15.1)
        r.restoredBase = b.id;
        r.consistent = m_history.readOnlyThroughout(m_catalog.files()[f].filegroup, b, recoveryPoint());
        r.restoredInStage1 = m_piecemeal && !m_stage1Recovered;
        r.damaged = false;
        r.pages = {}; // the whole file supersedes a page restore of it
    }
    if (touchesPrimary || step.partial) {
        m_pointInTime = b.finish;
        m_pointIsStop = false;
    }
    m_lastWasData = true;
    m_lastDataBackup = b.id;
}

QString SimulationState::differentialBase(const Backup &d, int file) const
{
    // HistoryIndex answers as a scan of m_backups (its backups()) would, without the scan.
    const HistoryIndex &index = m_index;
    if (const qsizetype k = index.dataBackupWithGuid(d.differentialBaseGuid); k >= 0)
        return m_backups[k].id; // C-3: the GUID is the documented link, LSNs and time the fallback
    if (!d.differentialBaseLsn.isNull()) {
        // C-3: DifferentialBaseLSN is documented as the base's FirstLSN, tools match CheckpointLSN; accept either.
        for (qsizetype k : index.dataBackupsAt(d.differentialBaseLsn))
            if (!m_backups[k].copyOnly && index.scope(k).contains(file))
                return m_backups[k].id;
    }
    // Designed history: the latest regular data backup holding the file, taken before the differential.
    const qsizetype best = index.latestDataBackupHolding(file, d.start);
    return best < 0 ? QString() : m_backups[best].id;
}

void SimulationState::restoreDifferential(int i, const PlanStep &step, const Backup &d)
{
    const FileCatalog::FileSet targets = RestoreScope::ofStep(m_index, step, &d);
    for (int f : targets) {
        const FileRegisters &r = m_files[f];
        const QString fg = filegroupName(m_catalog.files()[f].filegroup);
        if (r.state != FileState::Restoring) {
            if (m_lastRecoveryStep >= 0 && r.state == FileState::Online) {
                report(i, QStringLiteral("R-GEN-005"), Severity::Error,
                       Tr::tr("The database was already recovered at step %1; differential %2 can no longer be applied. "
                          "Restart the sequence from the full/file backup.").arg(m_lastRecoveryStep + 1).arg(d.id),
                       d.id, fg, Tr::tr("Use NORECOVERY on step %1.").arg(m_lastRecoveryStep + 1),
                       withNoRecovery(m_lastRecoveryStep));
                return refuse(i);
            }
            continue;
        }
        const QString base = differentialBase(d, f);
        if (r.restoredBase == base)
            continue;
        const Backup *restored = backup(r.restoredBase);
        // The fix: the step that restored the wrong base restores the differential's base instead, when
        // that base holds everything the step restored from the other.
        int wrong = -1;
        for (int k = i - 1; k >= 0 && wrong < 0 && restored && !base.isEmpty(); --k)
            if (m_plan.steps[k].statement == StepStatement::RestoreDatabase && m_plan.steps[k].backup == restored->id)
                wrong = k;
        ProjectEdit swap;
        if (const Backup *right = base.isEmpty() ? nullptr : backup(base); wrong >= 0 && right) {
            FileCatalog::FileSet was = RestoreScope::ofStep(m_index, m_plan.steps[wrong], restored);
            was.intersect(RestoreScope::ofBackup(m_index, *restored));
            PlanStep fixed = m_plan.steps[wrong];
            fixed.backup = base;
            if (RestoreScope::ofBackup(m_index, *right).contains(was))
                swap = ProjectEdit::replace(wrong, fixed);
        }
        const QString instead = swap.isValid() ? Tr::tr("Restore %1 instead of %2 at step %3.").arg(base, restored->id).arg(wrong + 1)
                                               : QString();
        if (restored && restored->copyOnly && restored->type == BackupType::Full) {
            report(i, QStringLiteral("R-DIFF-002"), Severity::Error,
                   Tr::tr("%1 is COPY_ONLY, so differential %2 is not based on it; its base is %3.")
                       .arg(restored->id, d.id, base.isEmpty() ? Tr::tr("(no backup in this history)") : base),
                   d.id, fg,
                   swap.isValid()   ? instead
                   : base.isEmpty() ? QString()
                                    : Tr::tr("Restore %1 instead of %2.").arg(base, restored->id),
                   swap);
        } else {
            report(i, QStringLiteral("R-DIFF-001"), Severity::Error,
                   Tr::tr("Differential %1 is based on %2, but %3 was last restored from %4. Restore %2 first.")
                       .arg(d.id, base.isEmpty() ? Tr::tr("a backup missing from this history") : base, fg,
                            r.restoredBase.isEmpty() ? Tr::tr("nothing") : r.restoredBase),
                   d.id, fg,
                   swap.isValid()   ? instead
                   : base.isEmpty() ? QString()
                                    : Tr::tr("Restore %1 before step %2.").arg(base).arg(i + 1),
                   swap);
        }
        return refuse(i); // SQL Server refuses the whole statement
    }
    for (int f : targets)
        if (m_files[f].state == FileState::Restoring && m_files[f].redoStart < d.lastLsn)
            m_files[f].redoStart = d.lastLsn; // T-F-3
    m_lastWasData = true;
    m_pointInTime = d.finish;
    m_pointIsStop = false;
}

void SimulationState::restoreLog(int i, const PlanStep &step, const Backup &l)
{
    FileCatalog::FileSet rollForward;
    const FileCatalog::FileSet restoring = restoringFiles();
    for (int f : restoring)
        if (!m_files[f].consistent)
            rollForward.insert(f);
    if (rollForward.isEmpty()) {
        if (!restoring.isEmpty()) {
            report(i, QStringLiteral("R-RO-002"), Severity::Warning,
                   Tr::tr("Log backup %1 has nothing to roll forward: the files being restored are read-only "
                      "since their backup and need no log.").arg(l.id), l.id);
        } else if (m_lastRecoveryStep >= 0) {
            report(i, QStringLiteral("R-GEN-005"), Severity::Error,
                   Tr::tr("The database was already recovered at step %1; log backup %2 can no longer be applied. "
                      "Restart the sequence from the full/file backup.").arg(m_lastRecoveryStep + 1).arg(l.id),
                   l.id, {}, Tr::tr("Use NORECOVERY on step %1.").arg(m_lastRecoveryStep + 1),
                   withNoRecovery(m_lastRecoveryStep));
        } else {
            report(i, QStringLiteral("R-GEN-005"), Severity::Error,
                   Tr::tr("No files are ready to roll forward: restore a data backup before log backup %1.").arg(l.id),
                   l.id);
        }
        if (restoring.isEmpty())
            refuse(i); // R-GEN-005: there is no restore sequence to apply the log to
        return;
    }
    Lsn redo;
    for (int f : rollForward)
        if (redo.isNull() || m_files[f].redoStart < redo)
            redo = m_files[f].redoStart;
    if (!m_chain.admitLog(i, step, l, rollForward, redo))
        return refuse(i); // damaged log, fork, recovery-model break, bulk-logged stop (logchain.h)
    const bool tooRecent = l.firstLsn > redo;
    const bool tooEarly = l.lastLsn <= redo;
    if (tooRecent || tooEarly) {
        // The smallest fix: use the log backup that holds the redo point here (R-LOG-004), or insert it
        // before this step when this one starts too late (R-LOG-002), or drop a log that adds nothing (R-LOG-003).
        const Backup *needed = logContaining(redo);
        ProjectEdit edit;
        if (needed && (m_lastWasData || tooRecent)) {
            PlanStep missing = step;
            missing.backup = needed->id;
            missing.recovery = RecoveryOption::NoRecovery;
            if (m_lastWasData && !tooRecent)
                missing.recovery = step.recovery;
            edit = m_lastWasData && !tooRecent ? ProjectEdit::replace(i, missing) : ProjectEdit::insert(i, missing);
        } else if (tooEarly) {
            edit = ProjectEdit::remove(i);
        }
        const QString range = QStringLiteral("%1–%2").arg(l.firstLsn.toString(), l.lastLsn.toString());
        if (m_lastWasData) { // R-LOG-004: first_lsn ≤ data.last_lsn < log.last_lsn
            report(i, QStringLiteral("R-LOG-004"), Severity::Error,
                   Tr::tr("The first log after %1 must contain LSN %2; %3 covers %4.")
                       .arg(m_lastDataBackup, redo.toString(), l.id, range),
                   l.id, {}, needed ? Tr::tr("Restore log backup %1 (which contains LSN %2) here.").arg(needed->id, redo.toString())
                                    : Tr::tr("Restore the log backup whose range contains LSN %1 here.").arg(redo.toString()),
                   edit);
        } else if (tooRecent) {
            report(i, QStringLiteral("R-LOG-002"), Severity::Error,
                   Tr::tr("Gap in the log chain: backup %1 starts at LSN %2, but roll-forward is at LSN %3. "
                      "A log backup covering LSN %3 is missing.").arg(l.id, l.firstLsn.toString(), redo.toString()),
                   l.id, {}, needed ? Tr::tr("Insert RESTORE LOG %1 before step %2.").arg(needed->id).arg(i + 1)
                                    : Tr::tr("Insert the log backup containing LSN %1 before step %2.").arg(redo.toString()).arg(i + 1),
                   edit);
        } else {
            report(i, QStringLiteral("R-LOG-003"), Severity::Error,
                   Tr::tr("Log backup %1 ends at LSN %2, before the database's current point %3; it is not needed here.")
                       .arg(l.id, l.lastLsn.toString(), redo.toString()),
                   l.id, {}, Tr::tr("Remove step %1 or use a later log backup.").arg(i + 1), edit);
        }
        return refuse(i); // the log does not fit the roll-forward point (4305, 4326)
    }
    for (int f : rollForward)
        if (m_files[f].redoStart < l.lastLsn)
            m_files[f].redoStart = l.lastLsn; // T-F-4
    if (step.stopAt.isValid() && step.stopAt <= l.finish) {
        m_pointInTime = step.stopAt;
        m_pointIsStop = true;
    } else {
        m_pointInTime = l.finish;
        m_pointIsStop = false;
    }
    m_tailRestored |= l.tailLog && !m_stage1Recovered;
    m_lastWasData = false;
}

StepState SimulationState::snapshot(int stepIndex) const
{
    StepState s;
    s.step = stepIndex;
    s.database = m_db;
    for (int g = 0; g < m_project.database.filegroups.size(); ++g) {
        FileState worst = FileState::Online;
        for (int f : m_catalog.fileListOfFilegroup(g))
            if (severityRank(m_files[f].state) > severityRank(worst))
                worst = m_files[f].state;
        s.filegroups.append({filegroupName(g), worst});
        s.access.append(dataAccess(m_db, worst, m_history.readOnlyAt(g, recoveryPoint()), m_project.database.readOnly));
    }
    for (int f = 0; f < m_files.size(); ++f)
        if ((m_files[f].state == FileState::Restoring || m_files[f].pages.restoring()) && !m_files[f].consistent
            && (s.redoLsn.isNull() || m_files[f].redoStart < s.redoLsn))
            s.redoLsn = m_files[f].redoStart;
    if (s.redoLsn.isNull())
        s.redoLsn = m_recoveredLsn;
    s.pointInTime = m_pointInTime;
    s.pointInTimeIsStop = m_pointIsStop;
    s.pagesRestoring = PageRestore::restoringPages(*this);
    // R-MOD-004: the database comes up with its memory-optimized data, which recovery loads first.
    if (stepIndex >= 0 && stepIndex == m_lastStartupStep && m_memoryOptimized >= 0
        && s.access.value(m_memoryOptimized) != DataAccess::None)
        s.memoryOptimizedLoad = MemoryOptimizedLoad::of(m_project.database, m_project.environment);
    return s;
}

FileState StepState::filegroupState(const QString &name) const
{
    for (const auto &[fg, state] : filegroups)
        if (fg.compare(name, Qt::CaseInsensitive) == 0)
            return state;
    return FileState::Online;
}

} // namespace rd
