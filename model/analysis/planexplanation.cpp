// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/analysis/planexplanation.h"

#include "model/analysis/backupusability.h"
#include "model/domain/plantime.h"
#include "model/simulation/historyindex.h"
#include "model/simulation/pointintime.h"

namespace rd {
namespace {

QString when(const Backup &b)
{
    return PlanTime::toString(b.finish.isValid() ? b.finish : b.start);
}

} // namespace

PlanExplanation::PlanExplanation(const HistoryIndex &index, const Plan &plan) : m_plan(plan.name)
{
    const Backup *base = nullptr;
    const Backup *diff = nullptr;
    const Backup *lastLog = nullptr;
    for (const PlanStep &s : plan.steps) {
        if (s.backup.isEmpty())
            continue;
        m_used.insert(s.backup);
        const qsizetype at = s.isRestore() ? index.backupIndex(s.backup) : -1;
        if (at < 0)
            continue;
        const Backup &b = index.backups()[at];
        if (!base && (b.type == BackupType::Full || b.type == BackupType::Partial)) {
            base = &b;
            m_basePosition = at;
        } else if (base && isDifferential(b.type) && !lastLog) {
            diff = &b;
        } else if (base && b.isLog()) {
            lastLog = &b;
        }
        for (const QString *fork : {&b.recoveryForkId, &b.lastRecoveryForkId})
            if (!fork->isEmpty())
                m_forks.insert(fork->toCaseFolded());
        if (!BackupUsability::sameFork(b.recoveryForkId, b.lastRecoveryForkId) && !b.forkPointLsn.isNull())
            m_forkExits.insert(b.recoveryForkId.toCaseFolded(), {b.forkPointLsn, b.lastRecoveryForkId});
    }
    if (base) {
        m_base = base->id;
        m_baseType = base->type;
        m_baseEnd = base->lastLsn;
        m_baseFinish = base->finish.isValid() ? base->finish : base->start;
    }
    if (diff)
        m_differential = diff->id;
    m_from = diff ? diff->lastLsn : m_baseEnd;
    m_chainEnd = lastLog ? lastLog->lastLsn : m_from;
    if (plan.target.kind != RestoreTarget::Kind::EndOfLog) {
        m_target = PointInTime::ofTarget(index.source(), plan.target);
        if (m_target)
            m_targetText = PointInTime::text(*m_target);
    }
}

bool PlanExplanation::onForks(const QString &fork) const
{
    return fork.isEmpty() || m_forks.isEmpty() || m_forks.contains(fork.toCaseFolded());
}

QString PlanExplanation::pastForkPoint(const Backup &b, const QString &fork) const
{
    const auto exit = m_forkExits.constFind(fork.toCaseFolded());
    if (fork.isEmpty() || exit == m_forkExits.cend() || b.lastLsn.isNull() || !(exit->first < b.lastLsn))
        return {};
    return tr("not on the recovery fork of %1: it goes on on fork %2 past LSN %3, where the restored log moves to "
              "fork %4").arg(m_base, fork, exit->first.toString(), exit->second);
}

bool PlanExplanation::afterTarget(const Backup &b) const
{
    return m_target && PointInTime::after(TimelineHistory::momentOf(b), *m_target);
}

QString PlanExplanation::reasonNotUsed(const HistoryIndex &index, const QString &id) const
{
    if (uses(id))
        return {};
    const Backup *b = index.backup(id);
    if (!b)
        return {};
    if (const QString why = BackupUsability::whyUnusable(*b); !why.isEmpty())
        return why;
    if (m_base.isEmpty())
        return tr("plan %1 restores no full or partial backup").arg(m_plan);
    if (b->isLog())
        return logReason(index, *b);
    if (isDifferential(b->type))
        return differentialReason(index, *b);
    return dataReason(index, *b);
}

QString PlanExplanation::logReason(const HistoryIndex &, const Backup &b) const
{
    if (!b.firstLsn.isNull() && b.firstLsn == b.lastLsn)
        return tr("empty log: its first and last LSN are equal, it holds no log record");
    if (!onForks(b.recoveryForkId))
        return tr("not on the recovery fork of %1 (it is on fork %2)").arg(m_base, b.recoveryForkId);
    if (BackupUsability::sameFork(b.recoveryForkId, b.lastRecoveryForkId))
        if (const QString past = pastForkPoint(b, b.recoveryForkId); !past.isEmpty())
            return past;
    if (!b.lastLsn.isNull() && !m_baseEnd.isNull() && b.lastLsn <= m_baseEnd)
        return tr("ends before %1's last LSN %2: the data backup already holds its log").arg(m_base, m_baseEnd.toString());
    if (!m_differential.isEmpty() && !b.lastLsn.isNull() && b.lastLsn <= m_from)
        return tr("covered by differential %1").arg(m_differential);
    if (afterTarget(b))
        return tr("after the target %1").arg(m_targetText);
    if (b.copyOnly)
        return tr("copy-only: the regular log backups restored cover its range (R-LOG-007)");
    if (!b.firstLsn.isNull() && !m_chainEnd.isNull() && m_chainEnd < b.firstLsn)
        return tr("after the end of the plan's log chain (LSN %1): a log backup between is missing or not restored")
            .arg(m_chainEnd.toString());
    if (b.tailLog)
        return tr("a tail-log backup the plan does not restore");
    return tr("its LSN range is covered by the log backups the plan restores");
}

QString PlanExplanation::differentialReason(const HistoryIndex &index, const Backup &b) const
{
    const qsizetype base = BackupUsability::baseOf(index, b);
    if (base != m_basePosition && !(base >= 0 && index.backups()[base].id == m_base))
        return base >= 0 ? tr("its base is %1, not %2").arg(index.backups()[base].id, m_base)
                         : tr("its base is not in the history, and %1 is not its base").arg(m_base);
    if (afterTarget(b) || (m_target && PointInTime::after(PointInTime::endOf(b), *m_target)))
        return tr("after the target %1").arg(m_targetText);
    if (!onForks(b.recoveryForkId))
        return tr("not on the recovery fork of %1 (it is on fork %2)").arg(m_base, b.recoveryForkId);
    if (!m_differential.isEmpty()) {
        const Backup *used = index.backup(m_differential);
        if (used && b.lastLsn < used->lastLsn)
            return tr("a newer differential %1 is used").arg(m_differential);
        return tr("the plan restores the older differential %1").arg(m_differential);
    }
    return tr("the plan restores the log backups from %1 instead").arg(m_base);
}

QString PlanExplanation::dataReason(const HistoryIndex &, const Backup &b) const
{
    const QDateTime finish = b.finish.isValid() ? b.finish : b.start;
    const bool newer = m_baseFinish.isValid() && finish.isValid() && m_baseFinish < finish;
    if (newer && m_target && PointInTime::after(PointInTime::endOf(b), *m_target))
        return tr("finished at %1, after the target %2").arg(when(b), m_targetText);
    if (!onForks(BackupUsability::endFork(b)))
        return tr("not on the recovery fork of %1 (it is on fork %2)").arg(m_base, BackupUsability::endFork(b));
    if (const QString past = pastForkPoint(b, BackupUsability::endFork(b)); !past.isEmpty())
        return past;
    if (b.type == BackupType::File)
        return tr("a file backup: %1 already holds its files").arg(m_base);
    if (newer)
        return tr("newer than %1, but the plan starts from %1").arg(m_base);
    return m_baseType == BackupType::Partial ? tr("a newer partial backup %1 is used").arg(m_base)
                                             : tr("a newer full %1 is used").arg(m_base);
}

} // namespace rd
