// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A ProjectEdit in words and JSON, for the logs of the property tests (tst_editproperties): enough
// to replay a failing sequence by hand.

#include "model/domain/plantime.h"
#include "model/findings/projectedit.h"
#include "model/io/planjsonwriter.h"

#include <QJsonDocument>

namespace rd::test {

namespace detail {

inline QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

inline QString kindName(ProjectEdit::Kind k)
{
    using K = ProjectEdit::Kind;
    switch (k) {
    case K::None: return QStringLiteral("None");
    case K::ReplaceStep: return QStringLiteral("ReplaceStep");
    case K::InsertStep: return QStringLiteral("InsertStep");
    case K::RemoveStep: return QStringLiteral("RemoveStep");
    case K::ReplaceTarget: return QStringLiteral("ReplaceTarget");
    case K::ReplaceBackup: return QStringLiteral("ReplaceBackup");
    case K::RemoveBackup: return QStringLiteral("RemoveBackup");
    case K::ReplaceFilegroup: return QStringLiteral("ReplaceFilegroup");
    case K::RemoveEvent: return QStringLiteral("RemoveEvent");
    case K::AddEvent: return QStringLiteral("AddEvent");
    case K::ReplaceEvent: return QStringLiteral("ReplaceEvent");
    case K::AddCfpSnapshot: return QStringLiteral("AddCfpSnapshot");
    case K::RemoveCfpSnapshot: return QStringLiteral("RemoveCfpSnapshot");
    case K::MoveStep: return QStringLiteral("MoveStep");
    case K::AddPlan: return QStringLiteral("AddPlan");
    case K::AddBackup: return QStringLiteral("AddBackup");
    case K::MoveBackup: return QStringLiteral("MoveBackup");
    case K::AddFilegroup: return QStringLiteral("AddFilegroup");
    case K::RemoveFilegroup: return QStringLiteral("RemoveFilegroup");
    case K::RenameFilegroup: return QStringLiteral("RenameFilegroup");
    case K::SetFilegroupReadOnly: return QStringLiteral("SetFilegroupReadOnly");
    case K::SetDatabase: return QStringLiteral("SetDatabase");
    case K::SetEnvironment: return QStringLiteral("SetEnvironment");
    case K::SetFilegroupType: return QStringLiteral("SetFilegroupType");
    case K::AddFile: return QStringLiteral("AddFile");
    case K::RemoveFile: return QStringLiteral("RemoveFile");
    case K::ReplaceFile: return QStringLiteral("ReplaceFile");
    case K::MoveFile: return QStringLiteral("MoveFile");
    case K::Composite: return QStringLiteral("Composite");
    }
    return QStringLiteral("?");
}

} // namespace detail

/// The edit in full, so that a failure log can be replayed by hand.
inline QString describe(const ProjectEdit &e)
{
    using K = ProjectEdit::Kind;
    const QString kind = detail::kindName(e.kind);
    switch (e.kind) {
    case K::None: return kind;
    case K::ReplaceStep:
    case K::InsertStep: return QStringLiteral("%1 step %2 %3").arg(kind).arg(e.step).arg(detail::compact(PlanJsonWriter::toJson(e.value)));
    case K::RemoveStep: return QStringLiteral("%1 step %2").arg(kind).arg(e.step);
    case K::MoveStep: return QStringLiteral("%1 step %2 to %3").arg(kind).arg(e.step).arg(e.to);
    case K::ReplaceTarget:
        return QStringLiteral("%1 kind %2 at '%3' mark '%4'%5")
            .arg(kind).arg(int(e.target.kind)).arg(PlanTime::toString(e.target.pointInTime), e.target.mark,
                                                   e.target.beforeMark ? QStringLiteral(" before") : QString());
    case K::AddPlan: return QStringLiteral("%1 %2").arg(kind, detail::compact(PlanJsonWriter::toJson(e.plan)));
    case K::AddBackup:
    case K::ReplaceBackup:
        return QStringLiteral("%1 from '%2' %3").arg(kind, e.from, detail::compact(PlanJsonWriter::toJson(e.backup)));
    case K::RemoveBackup: return QStringLiteral("%1 '%2'").arg(kind, e.backup.id);
    case K::MoveBackup: return QStringLiteral("%1 '%2' to %3").arg(kind, e.backup.id, PlanTime::toString(e.backup.start));
    case K::AddFilegroup:
    case K::ReplaceFilegroup:
        return QStringLiteral("%1 '%2' type %3 readOnly %4 abandon %5 files %6")
            .arg(kind, e.filegroup.name).arg(int(e.filegroup.type)).arg(e.filegroup.readOnly).arg(e.filegroup.abandon)
            .arg(e.filegroup.files.size());
    case K::RemoveFilegroup: return QStringLiteral("%1 '%2'").arg(kind, e.filegroup.name);
    case K::RenameFilegroup: return QStringLiteral("%1 '%2' to '%3'").arg(kind, e.from, e.filegroup.name);
    case K::SetFilegroupReadOnly: return QStringLiteral("%1 '%2' %3").arg(kind, e.filegroup.name).arg(e.filegroup.readOnly);
    case K::RemoveEvent:
    case K::AddEvent: return QStringLiteral("%1 %2").arg(kind, detail::compact(PlanJsonWriter::toJson(e.event)));
    case K::ReplaceEvent:
        return QStringLiteral("%1 %2 with %3")
            .arg(kind, detail::compact(PlanJsonWriter::toJson(e.fromEvent)), detail::compact(PlanJsonWriter::toJson(e.event)));
    case K::AddCfpSnapshot:
    case K::RemoveCfpSnapshot:
        return QStringLiteral("%1 at %2 version %3 files %4")
            .arg(kind, PlanTime::toString(e.cfpSnapshot.at)).arg(int(e.cfpSnapshot.inventory.version))
            .arg(e.cfpSnapshot.inventory.files.size());
    case K::SetDatabase:
        return QStringLiteral("%1 '%2' edition %3 recovery %4 readOnly %5")
            .arg(kind, e.database.name).arg(int(e.database.edition)).arg(int(e.database.recoveryModel)).arg(e.database.readOnly);
    case K::SetEnvironment: return QStringLiteral("%1 version '%2'").arg(kind, e.environment.serverVersion);
    case K::SetFilegroupType: return QStringLiteral("%1 '%2' type %3").arg(kind, e.filegroup.name).arg(int(e.filegroup.type));
    case K::AddFile:
    case K::RemoveFile:
    case K::ReplaceFile:
    case K::MoveFile:
        return QStringLiteral("%1 '%2' filegroup '%3' file '%4' path '%5' size %6")
            .arg(kind, e.from, e.filegroup.name, e.file.name, e.file.path).arg(e.file.sizeBytes);
    case K::Composite: {
        QStringList parts;
        for (const ProjectEdit &p : e.parts)
            parts << describe(p);
        return QStringLiteral("%1 [%2]").arg(kind, parts.join(QStringLiteral("; ")));
    }
    }
    return kind;
}

} // namespace rd::test
