// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/commands/paletteevent.h"

#include "model/findings/editrefusal.h"

#include <algorithm>

namespace rd {

QList<PaletteEvent> PaletteEvent::all()
{
    using K = Kind;
    return {{K::DatabaseFailure}, {K::LaneFailure}, {K::SetReadOnly}, {K::SetReadWrite}, {K::SetRecoveryModel}, {K::Mark}};
}

QString PaletteEvent::key() const
{
    switch (kind) {
    case Kind::DatabaseFailure: return QStringLiteral("database-failure");
    case Kind::LaneFailure: return QStringLiteral("failure");
    case Kind::SetReadOnly: return QStringLiteral("read-only");
    case Kind::SetReadWrite: return QStringLiteral("read-write");
    case Kind::SetRecoveryModel: return QStringLiteral("recovery-model");
    case Kind::Mark: return QStringLiteral("mark");
    }
    return {};
}

std::optional<PaletteEvent> PaletteEvent::fromKey(const QString &key)
{
    for (const PaletteEvent &e : all())
        if (e.key() == key)
            return e;
    return std::nullopt;
}

QString PaletteEvent::name() const
{
    switch (kind) {
    case Kind::DatabaseFailure: return tr("Failure of the database");
    case Kind::LaneFailure: return tr("Failure of a filegroup or the log");
    case Kind::SetReadOnly: return tr("Read-only switch");
    case Kind::SetReadWrite: return tr("Read-write switch");
    case Kind::SetRecoveryModel: return tr("Recovery-model change");
    case Kind::Mark: return tr("Marked transaction");
    }
    return {};
}

QString PaletteEvent::description() const
{
    switch (kind) {
    case Kind::DatabaseFailure:
        return tr("Every data file is lost; the log survives, so a tail-log backup is possible");
    case Kind::LaneFailure:
        return tr("Drop it on a filegroup's lane to damage that filegroup, on the log lane to damage the log");
    case Kind::SetReadOnly: return tr("ALTER DATABASE … MODIFY FILEGROUP … READ_ONLY of the lane's filegroup");
    case Kind::SetReadWrite: return tr("ALTER DATABASE … MODIFY FILEGROUP … READ_WRITE of the lane's filegroup");
    case Kind::SetRecoveryModel:
        return tr("ALTER DATABASE … SET RECOVERY: to SIMPLE from FULL or BULK_LOGGED, to FULL from SIMPLE "
                  "(double-click the marker to choose)");
    case Kind::Mark: return tr("BEGIN TRANSACTION … WITH MARK: a target for STOPATMARK / STOPBEFOREMARK");
    }
    return {};
}

EventKind PaletteEvent::eventKind() const
{
    switch (kind) {
    case Kind::DatabaseFailure:
    case Kind::LaneFailure: return EventKind::Failure;
    case Kind::SetReadOnly: return EventKind::SetReadOnly;
    case Kind::SetReadWrite: return EventKind::SetReadWrite;
    case Kind::SetRecoveryModel: return EventKind::SetRecoveryModel;
    case Kind::Mark: return EventKind::Mark;
    }
    return EventKind::Mark;
}

QString PaletteEvent::refusal(const Project &project, const Lane &lane) const
{
    const bool switching = kind == Kind::SetReadOnly || kind == Kind::SetReadWrite;
    if (switching && lane.filegroup.isEmpty())
        return lane.log ? tr("The log is not a filegroup and has no READ_ONLY option: drop the switch on a "
                             "filegroup's lane.")
                        : tr("Drop the switch on the lane of the filegroup it switches.");
    if (kind == Kind::LaneFailure && lane.filegroup.isEmpty() && !lane.log)
        return tr("Drop the failure on the lane of the filegroup it damages, or on the log lane.");
    if (switching || kind == Kind::LaneFailure)
        return EditRefusal::reason(project, ProjectEdit::addEvent(newEvent(project, QDateTime(), lane)));
    return {};
}

namespace {

/// The recovery model in effect at `at`: the database's, changed by the SET_RECOVERY_MODEL events before it.
RecoveryModel modelAt(const Project &project, const QDateTime &at)
{
    RecoveryModel model = project.database.recoveryModel;
    QDateTime latest;
    for (const TimelineEvent &e : project.events)
        if (e.kind == EventKind::SetRecoveryModel && e.at.isValid() && e.at <= at && (!latest.isValid() || e.at >= latest)) {
            latest = e.at;
            model = e.recoveryModel;
        }
    return model;
}

QString uniqueMarkName(const Project &project)
{
    for (int n = 1;; ++n) {
        const QString name = QStringLiteral("mark%1").arg(n);
        const bool taken = std::any_of(project.events.cbegin(), project.events.cend(), [&name](const TimelineEvent &e) {
            return e.kind == EventKind::Mark && e.name.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (!taken)
            return name;
    }
}

} // namespace

TimelineEvent PaletteEvent::newEvent(const Project &project, const QDateTime &at, const Lane &lane) const
{
    TimelineEvent e;
    e.kind = eventKind();
    e.at = at;
    switch (kind) {
    case Kind::DatabaseFailure:
        e.wholeDatabase = true;
        break;
    case Kind::LaneFailure:
        if (!lane.filegroup.isEmpty())
            e.filegroups = {lane.filegroup};
        else
            e.logDamaged = lane.log;
        break;
    case Kind::SetReadOnly:
    case Kind::SetReadWrite:
        e.filegroup = lane.filegroup;
        break;
    case Kind::SetRecoveryModel:
        e.recoveryModel = modelAt(project, at) == RecoveryModel::Simple ? RecoveryModel::Full : RecoveryModel::Simple;
        break;
    case Kind::Mark:
        e.name = uniqueMarkName(project);
        break;
    }
    return e;
}

} // namespace rd
