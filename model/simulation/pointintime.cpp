// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/simulation/pointintime.h"

#include "model/domain/plansteps.h"
#include "model/domain/plantime.h"
#include "model/findings/listtext.h"
#include "model/simulation/logchain.h"
#include "model/simulation/restorescope.h"

#include <QCoreApplication>

namespace rd::PointInTime {

std::optional<Lsn> lsnOfMark(const QString &mark)
{
    if (!mark.startsWith(QLatin1String("lsn:"), Qt::CaseInsensitive))
        return std::nullopt;
    return Lsn::parse(QStringView(mark).mid(4).trimmed());
}

std::optional<Point> resolve(const Project &project, const StopClause &clause)
{
    if (clause.kind == StopClause::Kind::At)
        return Point{clause.time, {}};
    if (clause.mark.startsWith(QLatin1String("lsn:"), Qt::CaseInsensitive)) {
        // STOPATMARK = 'lsn:…' names a point of the log by its LSN, not a marked transaction
        // (restore-statements-arguments-transact-sql.md). Its time, for the events that carry no
        // LSN, is the end of the earliest log backup holding it: the first moment the point is
        // known to have passed. A scan, but only for this rare clause.
        const std::optional<Lsn> lsn = lsnOfMark(clause.mark);
        if (!lsn)
            return std::nullopt;
        QDateTime time;
        for (const Backup &b : project.backups)
            if (b.isLog() && !b.firstLsn.isNull() && b.firstLsn <= *lsn && *lsn < b.lastLsn && b.finish.isValid()
                && (!time.isValid() || b.finish < time))
                time = b.finish;
        return Point{time, *lsn};
    }
    const TimelineEvent *found = nullptr;
    for (const TimelineEvent &e : project.events) {
        if (e.kind != EventKind::Mark || e.name != clause.mark)
            continue;
        if (clause.after.isValid() && e.at < clause.after)
            continue;
        if (!found || e.at < found->at)
            found = &e;
    }
    if (!found)
        return std::nullopt;
    return Point{found->at, found->lsn};
}

std::optional<Point> ofStep(const Project &project, const PlanStep &step)
{
    const std::optional<StopClause> c = StopClause::ofStep(step);
    return c ? resolve(project, *c) : std::nullopt;
}

std::optional<Point> ofTarget(const Project &project, const RestoreTarget &target)
{
    const std::optional<StopClause> c = StopClause::ofTarget(target);
    return c ? resolve(project, *c) : std::nullopt;
}

Point endOf(const Backup &b)
{
    return {b.finish.isValid() ? b.finish : b.start, b.lastLsn};
}

std::partial_ordering compare(const Point &a, const Point &b)
{
    if (!a.lsn.isNull() && !b.lsn.isNull())
        return a.lsn <=> b.lsn;
    if (a.time.isValid() && b.time.isValid())
        return a.time < b.time ? std::partial_ordering::less
             : b.time < a.time ? std::partial_ordering::greater
                               : std::partial_ordering::equivalent;
    return std::partial_ordering::unordered;
}

QString text(const Point &p)
{
    if (p.time.isValid())
        return PlanTime::toString(p.time);
    return QStringLiteral("LSN %1").arg(p.lsn.toString());
}

} // namespace rd::PointInTime

// LogChain's point-in-time rules (R-PIT-003/004/006/007, R-LOG-010); the chain rules are in logchain.cpp.
namespace rd {
namespace {

/// Translation context for these messages (lupdate reads Tr::tr calls).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LogChain)
};

} // namespace

using PointInTime::endOf;
using PointInTime::Point;
using PointInTime::text;

std::optional<Point> LogChain::referenceStop(int i) const
{
    // The step's own clause (C-6: checked when present on RESTORE DATABASE), else the plan's target,
    // else the first RESTORE LOG of this sequence that has one, else a piecemeal restore's stage-1 point.
    if (m_plan.steps[i].hasStopClause())
        return PointInTime::ofStep(m_project, m_plan.steps[i]);
    if (std::optional<Point> target = PointInTime::ofTarget(m_project, m_plan.target))
        return target;
    for (int j = i; j < m_plan.steps.size(); ++j) {
        const PlanStep &s = m_plan.steps[j];
        if (!s.isRestore())
            continue;
        if (s.statement == StepStatement::RestoreLog && s.hasStopClause())
            return PointInTime::ofStep(m_project, s);
        if (s.effectiveRecovery() == RecoveryOption::Recovery)
            break;
    }
    if (m_piecemeal && !m_seq.partial && m_piecemealStop)
        return PointInTime::resolve(m_project, *m_piecemealStop);
    return std::nullopt;
}

bool LogChain::checkStopNeedsPrimary(int i, const PlanStep &step, const Backup *b)
{
    if (m_seq.restoresPrimary)
        return true;
    if (b && !b->isLog() && targetsOf(step, *b).intersects(m_catalog.filesOfFilegroup(m_primary)))
        return true;
    const std::optional<StopClause> mine = StopClause::ofStep(step);
    // A later stage of a point-in-time piecemeal restore repeats stage 1's point (R-PIT-002): its
    // sequence belongs to the restore whose partial-restore sequence restored PRIMARY.
    if (!mine || (m_piecemeal && !m_seq.partial && m_piecemealStop && *mine == *m_piecemealStop))
        return true;
    PlanStep dropped = step;
    dropped.stopAt = {};
    dropped.stopAtMark.clear();
    dropped.stopBeforeMark.clear();
    dropped.markAfter = {};
    report(i, QStringLiteral("R-PIT-006"), Severity::Error,
           Tr::tr("Step %1 uses %2, but its restore sequence (from step %3) does not restore PRIMARY: point-in-time "
                  "restore needs the primary filegroup in the sequence.").arg(i + 1).arg(mine->text()).arg(m_seq.first + 1),
           step.backup, QStringLiteral("PRIMARY"),
           Tr::tr("Drop %1 from step %2, or restore PRIMARY in this sequence (piecemeal stage 1).").arg(mine->text()).arg(i + 1),
           ProjectEdit::replace(i, dropped));
    return false;
}

void LogChain::checkDataBeforeTarget(int i, const PlanStep &step, const Backup &b)
{
    const std::optional<Point> target = referenceStop(i);
    if (!target || !PointInTime::before(*target, endOf(b)))
        return;
    // A filegroup read-only from the target until the backup holds the same data at both points.
    const FileCatalog::FileSet files = targetsOf(step, b);
    bool unchanged = !files.isEmpty();
    for (int g : m_catalog.filegroupsOf(files))
        unchanged = unchanged && m_history.readOnlySpan(g, *target, TimelineHistory::momentOf(b));
    if (unchanged)
        return;
    const Backup *older = nullptr;
    for (const Backup &o : m_backups)
        if (o.type == b.type && !o.copyOnly && !o.damaged && !o.failed && !PointInTime::before(*target, endOf(o))
            && (!older || older->finish < o.finish)
            && RestoreScope::ofBackup(m_index, o).contains(files))
            older = &o;
    report(i, QStringLiteral("R-PIT-003"), Severity::Error,
           Tr::tr("Step %1 restores %2, which finished at %3, after the target %4: a data or differential backup can only "
                  "be recovered to a point at or after its end.").arg(i + 1).arg(b.id, text(endOf(b)), text(*target)),
           b.id, {},
           older ? Tr::tr("Restore %1 (finished %2) instead of %3 and roll forward with the log backups from there.")
                       .arg(older->id, text(endOf(*older)), b.id)
                 : Tr::tr("Use an older full backup and its log backups, or move the target to %1 or later.")
                       .arg(text(endOf(b))));
}

bool LogChain::checkBulkLogged(int i, const PlanStep &step, const Backup &l)
{
    if (!l.hasBulkLoggedData)
        return true;
    const std::optional<Point> stop = PointInTime::ofStep(m_project, step);
    if (!stop || !PointInTime::inside(*stop, m_logFrom, endOf(l)))
        return true;
    report(i, QStringLiteral("R-LOG-010"), Severity::Error,
           Tr::tr("Log backup %1 contains bulk-logged operations; point-in-time restore inside it is impossible (step %2 "
                  "stops at %3). Choose a point at or before %4, or at or after its end %5.")
               .arg(l.id).arg(i + 1).arg(text(*stop), text(m_logFrom), text(endOf(l))),
           l.id, {},
           Tr::tr("Move the target to %1 or later (the end of %2), or to %3 or earlier.")
               .arg(text(endOf(l)), l.id, text(m_logFrom)));
    return false; // 4341: SQL Server refuses the statement
}

void LogChain::checkOvershoot(int i, const PlanStep &step, const Backup &l)
{
    const std::optional<StopClause> clause = StopClause::ofTarget(m_plan.target);
    const std::optional<Point> target = PointInTime::ofTarget(m_project, m_plan.target);
    if (step.hasStopClause() || !clause || !target || PointInTime::before(*target, m_logFrom)
        || !PointInTime::before(*target, endOf(l)))
        return;
    PlanStep stopped = step;
    clause->applyTo(stopped);
    report(i, QStringLiteral("R-PIT-007"), Severity::Error,
           Tr::tr("Step %1 restores log backup %2 to its end (%3) without a stop clause and rolls past the target %4; "
                  "there is no way back, the sequence would have to start again.")
               .arg(i + 1).arg(l.id, text(endOf(l)), text(*target)),
           l.id, {}, Tr::tr("Add %1 to step %2.").arg(clause->text()).arg(i + 1), ProjectEdit::replace(i, stopped));
}

bool LogChain::checkMarkNotFound(int i, const PlanStep &step, const Backup &l)
{
    const std::optional<StopClause> clause = StopClause::ofStep(step);
    if (!clause || clause->kind == StopClause::Kind::At)
        return true;
    // The timeline records every mark, so one it does not hold (by that name, at or after AFTER) is in
    // none of the log backups restored: SQL Server rolls the log to its end without finding it and
    // leaves the database unrecovered, "just as if RESTORE LOG ran with NORECOVERY"
    // (restore-statements-arguments-transact-sql.md), which is R-PIT-004's case.
    QStringList marks;
    for (const TimelineEvent &e : m_project.events) {
        const QString quoted = u'\'' + e.name + u'\'';
        if (e.kind == EventKind::Mark && !marks.contains(quoted))
            marks << quoted;
    }
    report(i, QStringLiteral("R-PIT-004"), Severity::Warning,
           Tr::tr("Step %1 uses %2, but no log backup restored holds that mark (the timeline has no such mark%3): SQL "
                  "Server rolls %4 forward to its end and leaves the database in RESTORING instead of recovering.")
               .arg(i + 1).arg(clause->text(),
                               clause->after.isValid() ? Tr::tr(" at or after %1").arg(PlanTime::toString(clause->after))
                                                       : QString(),
                               l.id),
           l.id, {},
           marks.isEmpty() ? Tr::tr("Add the marked transaction to the timeline (a MARK event) if it exists, and restore "
                                    "the log backup that holds it; otherwise choose another recovery point.")
                           : Tr::tr("Check the mark's name (the timeline has %1), or restore the log backup that holds "
                                    "the mark.").arg(ListText::summarized(marks)));
    return false; // T-DB-10: as if the step had said NORECOVERY
}

bool LogChain::checkStopBeyond(int i, const PlanStep &step, const Backup &b)
{
    if (step.effectiveRecovery() != RecoveryOption::Recovery)
        return true;
    const std::optional<Point> stop = PointInTime::ofStep(m_project, step);
    if (!stop && b.isLog())
        return checkMarkNotFound(i, step, b);
    if (!stop || !PointInTime::after(*stop, endOf(b)))
        return true;
    const Backup *next = nullptr; // the log backup holding the stop point
    for (const Backup &l : m_backups)
        if (l.isLog() && !l.failed && !l.damaged && !PointInTime::before(endOf(l), *stop)
            && (!next || l.finish < next->finish))
            next = &l;
    ProjectEdit edit; // this step NORECOVERY, then the log holding the point with the same stop clause, recovering
    if (next) {
        PlanStep held = step;
        held.recovery = RecoveryOption::NoRecovery;
        PlanStep log = PlanSteps::restoreOf(*next, RecoveryOption::Recovery);
        StopClause::ofStep(step)->applyTo(log);
        edit = ProjectEdit::composite({ProjectEdit::replace(i, held), ProjectEdit::insert(i + 1, log)});
    }
    report(i, QStringLiteral("R-PIT-004"), Severity::Warning,
           Tr::tr("The target %1 is after the end of %2 (%3), the last backup restored at step %4; the database will stay "
                  "in RESTORING instead of recovering. Add the log backup containing %1 (or the tail).")
               .arg(text(*stop), b.id, text(endOf(b))).arg(i + 1),
           b.id, {},
           next ? Tr::tr("Make step %1 NORECOVERY and restore %2 after it with the same stop clause, WITH RECOVERY.")
                      .arg(i + 1).arg(next->id)
                : Tr::tr("No log backup in the history reaches %1: take one (or the tail-log backup) and restore it last.")
                      .arg(text(*stop)),
           edit);
    return false; // T-DB-10: as if the step had said NORECOVERY
}

} // namespace rd
