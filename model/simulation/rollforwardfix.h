// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/project.h"
#include "model/findings/diagnostic.h"

#include <QHash>

namespace rd {

class HistoryIndex;

/// The fix for files that recover short of the point they must reach (R-RO-001, R-REC-001,
/// R-PIECE-011, R-TAIL-003): restore, before they recover, the log backups that carry them there.
struct RollForwardFix
{
    ProjectEdit edit; ///< invalid when the history holds no unbroken chain of log backups
    QStringList logs; ///< the log backups the edit adds, in order
    QString text;     ///< the fix in words; empty when `edit` is invalid

    /// Step `i` of `plan` recovers files that must roll forward from LSN `from` to LSN `to`, through
    /// the log backups of the history `index` describes (with derived LSNs). A recovery-only step gets the log restores (WITH
    /// NORECOVERY) before it. A step that restores a backup is made NORECOVERY and the logs follow it:
    /// those the plan already restores right after it are kept, a recovery-only step after them
    /// recovers, otherwise the last log does (WITH RECOVERY, stated).
    static RollForwardFix make(const HistoryIndex &index, const Plan &plan, int i, const Lsn &from, const Lsn &to);
};

/// The roll-forward fixes of one simulation of one plan, each computed once: a broken plan has a
/// finding per filegroup left short (hundreds), which all need the same chain of possibly
/// thousands of log backups. Owned by the simulation (SimulationState) and gone with it.
class RollForwardFixes
{
public:
    RollForwardFixes(const HistoryIndex &index, const Plan &plan) : m_index(index), m_plan(plan) {}

    /// RollForwardFix::make(index, plan, i, from, to), computed on the first call with these arguments.
    const RollForwardFix &make(int i, const Lsn &from, const Lsn &to);

private:
    const HistoryIndex &m_index;
    const Plan &m_plan;
    QHash<QString, RollForwardFix> m_made; ///< "i from to" → fix
};

} // namespace rd
