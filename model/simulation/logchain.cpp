// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/simulation/logchain.h"
#include "model/simulation/logchainsupport.h"

#include "model/domain/plansteps.h"
#include "model/domain/plantime.h"
#include "model/findings/taillogbackup.h"
#include "model/simulation/restorescope.h"
#include "model/simulation/rollforwardfix.h"

#include <QHash>

#include <algorithm>

namespace rd {

using namespace logchain;

LogChain::LogChain(const Project &project, const Plan &plan, const HistoryIndex &index, RollForwardFixes &fixes,
                   QList<Diagnostic> &out)
    : m_project(project), m_plan(plan), m_index(index), m_fixes(fixes), m_backups(index.backups()), m_catalog(index.catalog()),
      m_history(index.history()), m_out(out)
{
    m_primary = int(project.database.filegroupIndex(QStringLiteral("PRIMARY")));
    m_files.resize(m_catalog.fileCount());
}

void LogChain::report(int step, const QString &rule, Severity severity, const QString &message, const QString &backup,
                      const QString &filegroup, const QString &fix, const ProjectEdit &edit)
{
    m_out.append(Diagnostic{rule, severity, step, backup, filegroup, message, fix, edit});
}

QString LogChain::filegroupOf(int file) const
{
    return m_project.database.filegroups[m_catalog.files()[file].filegroup].name;
}

FileCatalog::FileSet LogChain::targetsOf(const PlanStep &step, const Backup &b) const
{
    return RestoreScope::ofStep(m_index, step, &b);
}

bool LogChain::admit(int i, const PlanStep &step, const Backup *b, const FileCatalog::FileSet &restoring)
{
    if (!step.backup.isEmpty() && (!b || (step.statement == StepStatement::RestoreLog) != b->isLog()))
        return true; // a dangling or mismatched reference: R-REF-001
    m_logFiles.clear();
    if (restoring.isEmpty() || step.partial) { // a new restore sequence starts here
        m_seq = Sequence{};
        m_seq.first = i;
        m_seq.partial = step.partial;
        if (step.partial) {
            m_piecemeal = true;
            m_piecemealStop.reset();
        }
    }
    if (!checkContinueAfterError(i, step, b))
        return false;
    if (step.hasStopClause()) {
        if (!checkStopNeedsPrimary(i, step, b))
            return false;
        if (m_seq.partial && !m_piecemealStop)
            m_piecemealStop = StopClause::ofStep(step); // later stages must repeat it (R-PIT-002) and may (R-PIT-006)
    }
    if (b && !b->isLog()) {
        checkDataBeforeTarget(i, step, *b);
        if (isDifferential(b->type) && !checkDifferential(i, step, *b, restoring))
            return false;
    }
    return true;
}

bool LogChain::checkContinueAfterError(int i, const PlanStep &step, const Backup *b)
{
    PlanStep forced = step;
    forced.continueAfterError = true;
    if (m_seq.continueAfterError >= 0 && !step.continueAfterError) {
        report(i, QStringLiteral("R-GEN-008"), Severity::Error,
               Tr::tr("Step %1 used CONTINUE_AFTER_ERROR, so every later step of this restore sequence must repeat it; "
                      "SQL Server refuses step %2 without it.").arg(m_seq.continueAfterError + 1).arg(i + 1),
               step.backup, {}, Tr::tr("Add CONTINUE_AFTER_ERROR to step %1.").arg(i + 1), ProjectEdit::replace(i, forced));
        return false;
    }
    if (b && b->damaged) {
        if (step.continueAfterError) {
            report(i, QStringLiteral("R-GEN-008"), Severity::Warning,
                   Tr::tr("Backup %1 was taken from a damaged database (or its media is damaged); WITH CONTINUE_AFTER_ERROR "
                          "step %2 restores it, but the result may be inconsistent. Run DBCC CHECKDB afterwards.")
                       .arg(b->id).arg(i + 1),
                   b->id);
        } else if (!b->isLog()) { // a damaged log breaks the chain: R-LOG-005 (admitLog)
            QList<ProjectEdit> forceAll{ProjectEdit::replace(i, forced)}; // this step and the rest of its sequence
            for (int k = i; k < m_plan.steps.size(); ++k) {
                const PlanStep &later = m_plan.steps[k];
                if (!later.isRestore())
                    continue;
                if (k > i && !later.continueAfterError) {
                    PlanStep f = later;
                    f.continueAfterError = true;
                    forceAll << ProjectEdit::replace(k, f);
                }
                if (later.effectiveRecovery() == RecoveryOption::Recovery)
                    break;
            }
            report(i, QStringLiteral("R-GEN-008"), Severity::Error,
                   Tr::tr("Backup %1 was taken from a damaged database; it only restores WITH CONTINUE_AFTER_ERROR, and every "
                          "later step must repeat that option. Run DBCC CHECKDB afterwards.").arg(b->id),
                   b->id, {},
                   Tr::tr("Add CONTINUE_AFTER_ERROR to step %1 and every later step of the sequence, or restore an "
                          "undamaged backup.").arg(i + 1),
                   ProjectEdit::composite(forceAll));
            return false;
        }
    }
    if (step.continueAfterError && m_seq.continueAfterError < 0)
        m_seq.continueAfterError = i;
    return true;
}

bool LogChain::checkDifferential(int i, const PlanStep &step, const Backup &d, const FileCatalog::FileSet &restoring)
{
    FileCatalog::FileSet files = targetsOf(step, d);
    files.intersect(restoring);
    if (files.isEmpty())
        return true; // nothing to apply it to: SimulationState reports R-GEN-005
    const DifferentialBase::Sources s = sources();
    if (DifferentialBase::isMultiBased(d)) {
        for (int f : ordered(files)) {
            const QString base = DifferentialBase::of(s, d, f);
            if (m_files[f].base == base)
                continue;
            const QString &file = m_catalog.files()[f].name;
            PlanStep restoreBase;
            restoreBase.backup = base;
            restoreBase.files = {file};
            restoreBase.recovery = RecoveryOption::NoRecovery;
            report(i, QStringLiteral("R-DIFF-004"), Severity::Error,
                   Tr::tr("Differential %1 is multi-based (msdb records no single base): file %2 of %3 needs base %4 "
                          "restored first, but it was last restored from %5.")
                       .arg(d.id, file, filegroupOf(f),
                            base.isEmpty() ? Tr::tr("(a backup missing from this history)") : base,
                            m_files[f].base.isEmpty() ? Tr::tr("nothing") : m_files[f].base),
                   d.id, filegroupOf(f),
                   base.isEmpty() ? QString()
                                  : Tr::tr("Restore %1 (FILE = '%2') WITH NORECOVERY before step %3.").arg(base, file).arg(i + 1),
                   base.isEmpty() ? ProjectEdit{} : ProjectEdit::insert(i, restoreBase));
            return false; // SQL Server refuses the whole statement (3136)
        }
    }
    checkNewerDifferential(i, d, files);
    for (const auto &[k, e] : std::as_const(m_seq.differentials)) {
        const bool eFirst = e->start < d.start;
        const Backup &older = eFirst ? *e : d;
        const Backup &newer = eFirst ? d : *e;
        if (!DifferentialBase::sameBase(older, newer, DifferentialBase::nextReset(s, older, files)))
            continue;
        bool logsBetween = false;
        for (int j = k + 1; j < i; ++j)
            logsBetween |= m_plan.steps[j].statement == StepStatement::RestoreLog;
        report(i, QStringLiteral("R-DIFF-003"), Severity::Warning,
               Tr::tr("Step %1 restores differential %2 after differential %3 (step %4) of the same base: differentials "
                      "are cumulative, so the newer one alone is enough (whether SQL Server accepts a second one is "
                      "not documented).").arg(i + 1).arg(d.id, e->id).arg(k + 1),
               d.id, {},
               logsBetween ? Tr::tr("Remove step %1 and the log restores between steps %1 and %2.").arg(k + 1).arg(i + 1)
                           : Tr::tr("Remove step %1.").arg(k + 1),
               logsBetween ? ProjectEdit{} : ProjectEdit::remove(k));
        break;
    }
    return true;
}

void LogChain::checkNewerDifferential(int i, const Backup &d, const FileCatalog::FileSet &files)
{
    const std::optional<PointInTime::Point> limit = referenceStop(i);
    const QDateTime reset = DifferentialBase::nextReset(sources(), d, files);
    const Backup *newest = nullptr;
    // Only the differentials that start after d (by start, list order among equals: as a scan of
    // the history in list order would pick).
    const std::vector<qsizetype> &later = m_index.differentialsByStart();
    auto first = std::upper_bound(later.begin(), later.end(), d.start,
                                  [this](const QDateTime &t, qsizetype k) { return t < m_backups[k].start; });
    for (auto it = first; it != later.end(); ++it) {
        const Backup &n = m_backups[*it];
        if (n.id == d.id || n.damaged || n.failed || !(d.start < n.start) || (newest && !(newest->start < n.start)))
            continue;
        if ((limit && PointInTime::after(PointInTime::endOf(n), *limit)) || !DifferentialBase::sameBase(d, n, reset)
            || !RestoreScope::ofBackup(m_index, n).contains(files))
            continue;
        newest = &n;
    }
    if (!newest)
        return;
    // The sequence's later log restores that the newer differential makes unnecessary.
    int spared = 0;
    for (int j = i + 1; j < m_plan.steps.size(); ++j) {
        const PlanStep &s = m_plan.steps[j];
        if (!s.isRestore())
            continue;
        const qsizetype k = m_index.backupIndex(s.backup); // m_backups is in the project's order
        if (s.statement == StepStatement::RestoreLog && k >= 0 && m_backups[k].lastLsn <= newest->lastLsn)
            ++spared;
        if (s.effectiveRecovery() == RecoveryOption::Recovery)
            break;
    }
    PlanStep replaced = m_plan.steps[i];
    replaced.backup = newest->id;
    report(i, QStringLiteral("R-DIFF-003"), Severity::Warning,
           Tr::tr("Step %1 restores differential %2, but a newer differential %3 (finished %4) of the same base exists "
                  "before the recovery point; differentials are cumulative, so using it removes %n log restore(s).",
                  nullptr, int(spared))
               .arg(i + 1).arg(d.id, newest->id, PlanTime::toString(newest->finish)),
           d.id, {},
           spared == 0 ? Tr::tr("Restore %1 instead of %2 at step %3.").arg(newest->id, d.id).arg(i + 1)
                       : Tr::tr("Restore %1 instead of %2 at step %3 and remove the %n log restore(s) it covers.", nullptr,
                                int(spared))
                             .arg(newest->id, d.id).arg(i + 1),
           spared == 0 ? ProjectEdit::replace(i, replaced) : ProjectEdit{});
}

bool LogChain::admitLog(int i, const PlanStep &step, const Backup &l, const FileCatalog::FileSet &rollForward, const Lsn &redo)
{
    m_logFiles = rollForward;
    // Where this log starts: the point of the least advanced file it rolls forward.
    m_logFrom = {QDateTime(), redo};
    bool first = true;
    for (int f : ordered(rollForward))
        if (first || PointInTime::before(m_files[f].at, m_logFrom)) {
            m_logFrom = m_files[f].at;
            first = false;
        }
    if (l.damaged && !step.continueAfterError) {
        report(i, QStringLiteral("R-LOG-005"), Severity::Error,
               Tr::tr("Log backup %1 is damaged (or its media is lost): SQL Server restores it only WITH "
                      "CONTINUE_AFTER_ERROR, and no later log backup can be applied without it. The latest reachable "
                      "point is %2.").arg(l.id, PointInTime::text(m_logFrom)),
               l.id, {},
               Tr::tr("Add CONTINUE_AFTER_ERROR to step %1 if the media can be read (then run DBCC CHECKDB), or recover "
                      "before step %1 with the plan's target set to %2.").arg(i + 1).arg(PointInTime::text(m_logFrom)));
        return false;
    }
    if (!checkForks(i, l, rollForward, redo) || !checkRecoveryModel(i, l, rollForward))
        return false;
    if (redo < l.firstLsn && !logAt(redo, false)) {
        if (const Backup *lost = logAt(redo, true)) {
            report(i, QStringLiteral("R-LOG-005"), Severity::Error,
                   Tr::tr("Log backup %1, which covers LSN %2, is damaged or lost, so %3 cannot follow at step %4: the "
                          "latest reachable point is %5.")
                       .arg(lost->id, redo.toString(), l.id).arg(i + 1).arg(PointInTime::text(m_logFrom)),
                   lost->id, {},
                   Tr::tr("Recover at %1 (set the plan's target there), or restore %2 WITH CONTINUE_AFTER_ERROR before "
                          "step %3 if its media can be read.").arg(PointInTime::text(m_logFrom), lost->id).arg(i + 1));
            return false;
        }
    }
    return checkBulkLogged(i, step, l);
}

bool LogChain::checkForks(int i, const Backup &l, const FileCatalog::FileSet &rollForward, const Lsn &redo)
{
    const QString &first = l.recoveryForkId;
    if (first.isEmpty())
        return true;
    for (int f : ordered(rollForward)) {
        const QString &mine = m_files[f].fork;
        if (mine.isEmpty() || sameFork(mine, first))
            continue;
        report(i, QStringLiteral("R-LOG-009"), Severity::Error,
               Tr::tr("Log backup %1 belongs to a different recovery path (fork %2) than the data restored into %3 "
                      "(fork %4); it cannot be applied.").arg(l.id, first, filegroupOf(f), mine),
               l.id, filegroupOf(f),
               Tr::tr("Restore the log backups of fork %1 instead, or restart from a data backup taken on fork %2.")
                   .arg(mine, first));
        return false;
    }
    const QString &last = l.lastRecoveryForkId;
    if (!last.isEmpty() && !sameFork(first, last) && !l.forkPointLsn.isNull() && l.forkPointLsn < redo) {
        // LSN continuity alone is not enough: the data holds changes of the old path past the fork point.
        report(i, QStringLiteral("R-LOG-009"), Severity::Error,
               Tr::tr("Log backup %1 leaves recovery path %2 for %3 at LSN %4, but the restored data is already at LSN "
                      "%5 on path %2: it holds changes the new path does not have, so the log cannot be applied.")
                   .arg(l.id, first, last, l.forkPointLsn.toString(), redo.toString()),
               l.id, {},
               Tr::tr("Restore a data backup that ends before LSN %1, or one taken on fork %2.")
                   .arg(l.forkPointLsn.toString(), last));
        return false;
    }
    return true;
}

bool LogChain::checkRecoveryModel(int i, const Backup &l, const FileCatalog::FileSet &rollForward)
{
    using PointInTime::Point;
    const Point logEnd = PointInTime::endOf(l);
    // Where the chain from each restored base broke: files restored from the same base (hundreds
    // of them in one statement) share the answer, so the events are read once per base.
    QHash<const Backup *, QDateTime> brokenAfter;
    for (int f : ordered(rollForward)) {
        const Backup *from = m_files[f].from;
        if (!from)
            continue;
        const Point start = TimelineHistory::momentOf(*from);
        const bool simpleBase = from->recoveryModel ? *from->recoveryModel == RecoveryModel::Simple
                                                    : m_history.recoveryModelAt(start) == RecoveryModel::Simple;
        auto known = brokenAfter.constFind(from);
        if (known == brokenAfter.cend()) {
            QDateTime at = simpleBase ? from->start : QDateTime();
            if (!simpleBase && m_history.hasRecoveryModelChanges())
                for (const TimelineEvent &e : m_project.events) {
                    const Point when{e.at, e.lsn};
                    if (e.kind == EventKind::SetRecoveryModel && e.recoveryModel == RecoveryModel::Simple
                        && PointInTime::after(when, start) && !PointInTime::after(when, logEnd) && (!at.isValid() || e.at < at))
                        at = e.at;
                }
            known = brokenAfter.insert(from, at);
        }
        const QDateTime broken = *known;
        if (!broken.isValid())
            continue;
        // The first database backup after the chain restarted bridges the gap (4312).
        const Backup *bridge = nullptr;
        for (const Backup &b : m_backups) {
            const bool database = b.type == BackupType::Full || b.type == BackupType::Differential
                || b.type == BackupType::Partial || b.type == BackupType::PartialDifferential;
            if (database && !b.copyOnly && !b.failed && !b.damaged && broken < b.start
                && m_history.recoveryModelAt(TimelineHistory::momentOf(b)) != RecoveryModel::Simple
                && !PointInTime::after(PointInTime::endOf(b), logEnd) && (!bridge || b.start < bridge->start))
                bridge = &b;
        }
        const QString instead = bridge ? bridge->id : Tr::tr("a full or differential backup taken after the switch back");
        PlanStep restoreBridge;
        restoreBridge.backup = bridge ? bridge->id : QString();
        restoreBridge.recovery = RecoveryOption::NoRecovery;
        report(i, QStringLiteral("R-LOG-008"), Severity::Error,
               simpleBase ? Tr::tr("%1 was restored from %2, taken under SIMPLE recovery, where no log chain exists: log "
                                   "backup %3 cannot roll it forward. The chain only restarts with a full or differential "
                                   "backup taken after the switch to FULL; restore %4 instead.")
                                .arg(filegroupOf(f), from->id, l.id, instead)
                          : Tr::tr("The log chain was broken at %1 (switch to SIMPLE): log backup %2 cannot roll %3 forward "
                                   "from %4, taken before the break. Logs before and after cannot be combined; restore %5 "
                                   "instead.").arg(PlanTime::toString(broken), l.id, filegroupOf(f), from->id, instead),
               l.id, filegroupOf(f),
               bridge ? Tr::tr("Restore %1 WITH NORECOVERY before step %2 (it was taken after the recovery model went "
                               "back to FULL).").arg(bridge->id).arg(i + 1)
                      : Tr::tr("Take a full or differential backup after switching back to FULL and restore it before the "
                               "log backups (the history has none: choose when to take it)."),
               bridge ? ProjectEdit::insert(i, restoreBridge) : ProjectEdit{});
        return false;
    }
    return true;
}

bool LogChain::applied(int i, const PlanStep &step, const Backup &b, const FileCatalog::FileSet &restoring)
{
    if (b.isLog()) {
        if (!m_logFiles.isEmpty()) {
            checkOvershoot(i, step, b);
            const std::optional<PointInTime::Point> stop = PointInTime::ofStep(m_project, step);
            const PointInTime::Point end = PointInTime::endOf(b);
            const PointInTime::Point reached = stop && PointInTime::before(*stop, end) ? *stop : end;
            for (int f : std::as_const(m_logFiles)) {
                m_files[f].at = reached;
                if (!lastFork(b).isEmpty())
                    m_files[f].fork = lastFork(b);
            }
            m_seq.lastLog = &b;
        }
    } else {
        const bool differential = isDifferential(b.type);
        FileCatalog::FileSet files = targetsOf(step, b);
        if (differential)
            files.intersect(restoring);
        for (int f : std::as_const(files)) {
            FileChain &c = m_files[f];
            if (!differential || !lastFork(b).isEmpty())
                c.fork = lastFork(b); // redo_start_fork_guid := the backup's last fork (rules.md §15.1)
            c.from = &b;
            if (!differential)
                c.base = b.id;
            c.at = PointInTime::endOf(b);
        }
        if (differential)
            m_seq.differentials.append({i, &b});
        else if (files.intersects(m_catalog.filesOfFilegroup(m_primary)))
            m_seq.restoresPrimary = true;
    }
    return checkStopBeyond(i, step, b);
}

void LogChain::recovered(int i, const FileCatalog::FileSet &files)
{
    checkEndOfLog(i, files);
    m_seq = Sequence{};
}

} // namespace rd
