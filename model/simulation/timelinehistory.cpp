// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/simulation/timelinehistory.h"

#include <QHash>

#include <algorithm>

namespace rd {

TimelineHistory::TimelineHistory(const Project &project) : m_project(project)
{
    for (const TimelineEvent &e : project.events)
        if (e.kind == EventKind::SetReadOnly || e.kind == EventKind::SetReadWrite || e.kind == EventKind::SetRecoveryModel)
            m_events.append(e);
    std::stable_sort(m_events.begin(), m_events.end(),
                     [](const TimelineEvent &a, const TimelineEvent &b) { return a.at < b.at; });

    // Events name filegroups case-insensitively; every filegroup of that name gets the event.
    const QList<Filegroup> &filegroups = project.database.filegroups;
    QHash<QString, QList<int>> byName;
    for (int g = 0; g < filegroups.size(); ++g)
        byName[filegroups[g].name.toCaseFolded()] << g;
    m_readOnlyEvents.resize(filegroups.size());
    for (int k = 0; k < m_events.size(); ++k) {
        const TimelineEvent &e = m_events[k];
        if (e.kind == EventKind::SetRecoveryModel)
            m_modelEvents << k;
        else
            for (int g : byName.value(e.filegroup.toCaseFolded()))
                m_readOnlyEvents[g] << k;
    }
}

bool TimelineHistory::atOrBefore(const Moment &a, const Moment &b)
{
    if (!b.time.isValid() && b.lsn.isNull())
        return true; // b is the end of the timeline
    if (!a.lsn.isNull() && !b.lsn.isNull())
        return a.lsn <= b.lsn;
    if (!a.time.isValid())
        return false;
    return !b.time.isValid() || a.time <= b.time;
}

RecoveryModel TimelineHistory::recoveryModelAt(const Moment &m) const
{
    RecoveryModel model = m_project.database.recoveryModel;
    for (int k : m_modelEvents)
        if (atOrBefore(momentOf(m_events[k]), m))
            model = m_events[k].recoveryModel;
    return model;
}

bool TimelineHistory::readOnlyAt(int filegroup, const Moment &m) const
{
    bool readOnly = m_project.database.filegroups[filegroup].readOnly;
    for (int k : m_readOnlyEvents[filegroup])
        if (atOrBefore(momentOf(m_events[k]), m))
            readOnly = m_events[k].kind == EventKind::SetReadOnly;
    return readOnly;
}

bool TimelineHistory::readOnlySpan(int filegroup, const Moment &since, const Moment &until) const
{
    return readOnlyAt(filegroup, since) && noReadWriteSwitch(filegroup, since, until);
}

bool TimelineHistory::noReadWriteSwitch(int filegroup, const Moment &since, const Moment &until) const
{
    for (int k : m_readOnlyEvents[filegroup]) {
        const TimelineEvent &e = m_events[k];
        if (e.kind != EventKind::SetReadWrite)
            continue;
        const Moment em = momentOf(e);
        if (!atOrBefore(em, since) && atOrBefore(em, until))
            return false; // switched back to read/write inside the span
    }
    return true;
}

bool TimelineHistory::readOnlyThroughout(int filegroup, const Backup &backup, const Moment &until) const
{
    const QString &name = m_project.database.filegroups[filegroup].name;
    // backupfilegroup.is_readonly, when the backup records it, outranks the designed events.
    if (backup.readOnlyFilegroups) {
        return backup.readOnlyFilegroups->contains(name, Qt::CaseInsensitive)
            && noReadWriteSwitch(filegroup, momentOf(backup), until);
    }
    return readOnlySpan(filegroup, momentOf(backup), until);
}

} // namespace rd
