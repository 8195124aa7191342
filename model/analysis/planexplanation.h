// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/plan.h"
#include "model/simulation/timelinehistory.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <optional>

namespace rd {

class HistoryIndex;

/// Why a plan leaves out each backup of the history it does not restore, in words a DBA acts on
/// ("not on the recovery fork of …", "its base is …", "covered by differential …"): the timeline's
/// tooltips on dimmed backups and `restore-designer plan` read it. Built with the plan's analysis
/// (PlanAnalysis::explanation) from what the plan's steps restore, in O(steps): the base (the first
/// full or partial backup restored), the differential, the logs, the fork they end on and the
/// target. Each reason is worked out on demand in O(log n), so a history of 1,000,000 backups costs
/// nothing until one is asked for. Works for any plan, hand-made or planned (docs/planner.md).
class PlanExplanation
{
    Q_DECLARE_TR_FUNCTIONS(rd::PlanExplanation)
public:
    PlanExplanation() = default;
    PlanExplanation(const HistoryIndex &index, const Plan &plan);

    /// Whether the plan restores (or backs up, for a tail-log backup) the backup with this id.
    bool uses(const QString &id) const { return m_used.contains(id); }
    /// Why the plan does not restore the backup with this id, read from `index` (the history the
    /// explanation was built with); empty when the plan uses it or no backup has this id.
    QString reasonNotUsed(const HistoryIndex &index, const QString &id) const;

private:
    QString m_plan;       ///< the plan's name
    QSet<QString> m_used; ///< ids of the backups its steps name
    QString m_base;       ///< the first full or partial backup restored; empty = none
    qsizetype m_basePosition = -1;
    BackupType m_baseType = BackupType::Full;
    QString m_differential; ///< the last differential restored after the base; empty = none
    Lsn m_baseEnd;          ///< the base's last LSN
    Lsn m_from;             ///< where the logs start: the differential's (else the base's) last LSN
    Lsn m_chainEnd;         ///< the last log restored's last LSN (m_from without logs)
    QDateTime m_baseFinish;
    QSet<QString> m_forks;  ///< the recovery forks the restored data and logs are on (case-folded)
    /// Where the restored logs leave a fork: case-folded fork → (fork point LSN, the fork entered).
    QHash<QString, std::pair<Lsn, QString>> m_forkExits;
    std::optional<TimelineHistory::Moment> m_target; ///< the plan's point; nullopt = the end of the log
    QString m_targetText;

    QString logReason(const HistoryIndex &index, const Backup &b) const;
    QString dataReason(const HistoryIndex &index, const Backup &b) const;
    QString differentialReason(const HistoryIndex &index, const Backup &b) const;
    bool onForks(const QString &fork) const;
    /// The reason when `b`, on `fork`, holds data or log past the point where the plan leaves that fork.
    QString pastForkPoint(const Backup &b, const QString &fork) const;
    bool afterTarget(const Backup &b) const;
};

} // namespace rd
