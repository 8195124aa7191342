// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/project.h"

namespace rd {

/// Answers questions about the timeline's events: the recovery model and each filegroup's
/// read-only status at a moment. A moment is a time plus, when known, an LSN; two moments are
/// compared by LSN when both have one, otherwise by time (events in a designed scenario often
/// carry no LSN).
class TimelineHistory
{
public:
    struct Moment
    {
        QDateTime time; ///< invalid = the end of the timeline (+∞)
        Lsn lsn;
    };

    explicit TimelineHistory(const Project &project);

    RecoveryModel recoveryModelAt(const Moment &m) const;
    bool readOnlyAt(int filegroup, const Moment &m) const;
    /// R-RO-001: was the filegroup read-only when `backup` was taken (backupfilegroup.is_readonly
    /// when the backup records it) and did it stay read-only from then until `until`?
    bool readOnlyThroughout(int filegroup, const Backup &backup, const Moment &until) const;
    /// Same test for data already on disk (recovery-only restore, R-RO-003): read-only since
    /// before `since` and through `until`.
    bool readOnlySpan(int filegroup, const Moment &since, const Moment &until) const;

    /// Whether any SET_RECOVERY_MODEL event exists (if none, the model never changes).
    bool hasRecoveryModelChanges() const { return !m_modelEvents.isEmpty(); }

    static Moment momentOf(const Backup &b) { return {b.start, b.firstLsn}; }
    static Moment endOf(const Backup &b) { return {b.finish.isValid() ? b.finish : b.start, b.lastLsn}; }

private:
    bool noReadWriteSwitch(int filegroup, const Moment &since, const Moment &until) const;
    /// a ≤ b (at or before)
    static bool atOrBefore(const Moment &a, const Moment &b);
    static Moment momentOf(const TimelineEvent &e) { return {e.at, e.lsn}; }

    const Project &m_project;
    QList<TimelineEvent> m_events; ///< sorted by time: the file says "ordered", a designer may not keep it so
    /// Per filegroup, the indexes in m_events of its SET_READ_ONLY / SET_READ_WRITE events (time order),
    /// so a question about one filegroup does not walk every event of the 200 others.
    QList<QList<int>> m_readOnlyEvents;
    QList<int> m_modelEvents; ///< indexes in m_events of the SET_RECOVERY_MODEL events
};

} // namespace rd
