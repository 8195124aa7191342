#include "model/simulation/timelinehistory.h"

#include <algorithm>

namespace rd {

TimelineHistory::TimelineHistory(const Project &project) : m_project(project)
{
    for (const TimelineEvent &e : project.events)
        if (e.kind == EventKind::SetReadOnly || e.kind == EventKind::SetReadWrite || e.kind == EventKind::SetRecoveryModel)
            m_events.append(e);
    std::stable_sort(m_events.begin(), m_events.end(),
                     [](const TimelineEvent &a, const TimelineEvent &b) { return a.at < b.at; });
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
    for (const TimelineEvent &e : m_events)
        if (e.kind == EventKind::SetRecoveryModel && atOrBefore(momentOf(e), m))
            model = e.recoveryModel;
    return model;
}

bool TimelineHistory::readOnlyAt(int filegroup, const Moment &m) const
{
    const Filegroup &fg = m_project.database.filegroups[filegroup];
    bool readOnly = fg.readOnly;
    for (const TimelineEvent &e : m_events) {
        if ((e.kind != EventKind::SetReadOnly && e.kind != EventKind::SetReadWrite)
            || e.filegroup.compare(fg.name, Qt::CaseInsensitive) != 0)
            continue;
        if (atOrBefore(momentOf(e), m))
            readOnly = e.kind == EventKind::SetReadOnly;
    }
    return readOnly;
}

bool TimelineHistory::readOnlySpan(int filegroup, const Moment &since, const Moment &until) const
{
    return readOnlyAt(filegroup, since) && noReadWriteSwitch(filegroup, since, until);
}

bool TimelineHistory::noReadWriteSwitch(int filegroup, const Moment &since, const Moment &until) const
{
    const QString &name = m_project.database.filegroups[filegroup].name;
    for (const TimelineEvent &e : m_events) {
        if (e.kind != EventKind::SetReadWrite || e.filegroup.compare(name, Qt::CaseInsensitive) != 0)
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
