// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/commands/projectedits.h"

#include "model/domain/plantime.h"

#include <QCoreApplication>

namespace rd::ProjectEdits {
namespace {

// Translation contexts (lupdate reads their tr calls): the undo texts keep the contexts of the
// command classes that used to make them, so the catalogue's entries still apply.
struct BackupTr
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommands)
};
struct FilegroupTr
{
    Q_DECLARE_TR_FUNCTIONS(FilegroupCommands)
};
struct PlanTr
{
    Q_DECLARE_TR_FUNCTIONS(PlanCommands)
};
struct FixTr
{
    Q_DECLARE_TR_FUNCTIONS(ApplyFixCommand)
};
struct EditTr
{
    Q_DECLARE_TR_FUNCTIONS(ProjectEdits)
};

QString idSuffix(BackupType type)
{
    switch (type) {
    case BackupType::Full: return QStringLiteral("full");
    case BackupType::Differential: return QStringLiteral("diff");
    case BackupType::Partial: return QStringLiteral("partial");
    case BackupType::PartialDifferential: return QStringLiteral("partial_diff");
    case BackupType::File: return QStringLiteral("file");
    case BackupType::FileDifferential: return QStringLiteral("file_diff");
    case BackupType::Log: return QStringLiteral("log");
    }
    return {};
}

/// Where the designer puts a new backup by default: half an hour after the last one ends, on a
/// whole minute; the current UTC hour when there is none.
QDateTime defaultBackupTime(const Project &project)
{
    QDateTime last;
    for (const Backup &b : project.backups) {
        const QDateTime end = b.finish.isValid() ? b.finish : b.start;
        if (end.isValid() && (!last.isValid() || end > last))
            last = end;
    }
    if (!last.isValid()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return QDateTime(now.date(), QTime(now.time().hour(), 0), Qt::UTC);
    }
    const QDateTime t = last.addSecs(30 * 60);
    return QDateTime(t.date(), QTime(t.time().hour(), t.time().minute()), Qt::UTC);
}

/// Two parts of one composite edit: everything either touches, with a detail only where both
/// agree (a wider hint is allowed, a narrower one is not).
DocumentChange combined(const DocumentChange &a, const DocumentChange &b)
{
    DocumentChange c;
    c.kinds = a.kinds | b.kinds;
    const bool aPlans = a.touches(ChangeKind::Plans), bPlans = b.touches(ChangeKind::Plans);
    if (aPlans && bPlans) {
        c.plan = a.plan == b.plan ? a.plan : -1;
        c.step = c.plan >= 0 && a.step == b.step ? a.step : -1;
    } else if (aPlans || bPlans) {
        c.plan = aPlans ? a.plan : b.plan;
        c.step = aPlans ? a.step : b.step;
    }
    const bool aBackups = a.touches(ChangeKind::Backups), bBackups = b.touches(ChangeKind::Backups);
    if (aBackups && bBackups) {
        if (!a.backups.isEmpty() && !b.backups.isEmpty()) {
            c.backups = a.backups;
            for (const QString &id : b.backups)
                if (!c.backups.contains(id))
                    c.backups << id;
        } // else: any backup
    } else if (aBackups || bBackups) {
        c.backups = aBackups ? a.backups : b.backups;
    }
    return c;
}

} // namespace

ProjectEdit newBackup(const Project &project, BackupType type, const QDateTime &start, const QString &filegroup)
{
    Backup b;
    b.type = type;
    const QString db = project.database.name.isEmpty() ? QStringLiteral("db") : project.database.name;
    b.id = project.uniqueBackupId(db + u'_' + idSuffix(type));
    b.start = start.isValid() ? start : defaultBackupTime(project);
    b.finish = b.start.addSecs(type == BackupType::Log ? 10 : 60);
    if (type == BackupType::File || type == BackupType::FileDifferential)
        b.filegroups = {project.database.filegroupIndex(filegroup) < 0 ? QStringLiteral("PRIMARY") : filegroup};
    b.media = {QStringLiteral("c:\\backup\\%1.%2").arg(b.id, b.isLog() ? QStringLiteral("trn") : QStringLiteral("bak"))};
    return ProjectEdit::addBackup(b);
}

namespace {
/// `<base>_<n>` with the smallest n ≥ 1 that no data or log file of `database` is named.
QString freeFileName(const Database &database, const QString &base)
{
    for (int n = 1;; ++n)
        if (const QString name = base + u'_' + QString::number(n); !database.hasFile(name))
            return name;
}
} // namespace

DataFile newFile(const Database &database, const QString &filegroup, FilegroupType type)
{
    DataFile file;
    file.name = freeFileName(database, filegroup);
    // ROWS files are .ndf files; FILESTREAM and memory-optimized containers are folders.
    file.path = QStringLiteral("c:\\data\\") + file.name + (type == FilegroupType::Rows ? QStringLiteral(".ndf") : QString());
    file.sizeBytes = type == FilegroupType::Rows ? 8 * 1024 * 1024 : 0;
    return file;
}

DataFile newLogFile(const Database &database)
{
    DataFile file;
    file.name = freeFileName(database, database.name + QStringLiteral("_log"));
    file.path = QStringLiteral("c:\\data\\") + file.name + QStringLiteral(".ldf");
    file.sizeBytes = 8 * 1024 * 1024;
    return file;
}

DocumentChange changeOf(const ProjectEdit &edit, int planIndex)
{
    using Kind = ProjectEdit::Kind;
    switch (edit.kind) {
    case Kind::None:
        return {};
    case Kind::ReplaceStep:
        return {ChangeKind::Plans, planIndex, edit.step};
    case Kind::InsertStep:
    case Kind::RemoveStep:
    case Kind::MoveStep:
    case Kind::ReplaceTarget:
        return {ChangeKind::Plans, planIndex};
    case Kind::AddPlan:
        return {ChangeKind::Plans}; // the new plan's index is the project's to say
    case Kind::AddBackup:
        return {ChangeKind::Backups}; // any backup: its id may be made unique
    case Kind::RemoveBackup:
    case Kind::MoveBackup:
        return {ChangeKind::Backups, -1, -1, {edit.backup.id}};
    case Kind::ReplaceBackup:
        if (edit.backup.id == edit.from)
            return {ChangeKind::Backups, -1, -1, {edit.from}};
        return {ChangeKind::Backups | ChangeKind::Plans, -1, -1, {edit.from, edit.backup.id}}; // every plan's references
    case Kind::AddFilegroup:
    case Kind::ReplaceFilegroup:
    case Kind::SetFilegroupReadOnly:
        return {ChangeKind::Layout};
    case Kind::RemoveFilegroup:
    case Kind::RenameFilegroup: // its name goes from backups, events and every plan's steps too
        return {ChangeKind::Layout | ChangeKind::Events | ChangeKind::Backups | ChangeKind::Plans};
    case Kind::SetDatabase:
    case Kind::SetFilegroupType:
    case Kind::AddFile:
    case Kind::MoveFile:
        return {ChangeKind::Layout};
    case Kind::SetEnvironment: // every plan's verdicts may change; the history does not
        return {ChangeKind::Plans};
    case Kind::RemoveFile:
    case Kind::ReplaceFile: // its name goes from (or follows in) backup and step scopes too
        return {ChangeKind::Layout | ChangeKind::Backups | ChangeKind::Plans};
    case Kind::RemoveEvent:
    case Kind::AddEvent:
    case Kind::ReplaceEvent:
        return {ChangeKind::Events};
    case Kind::AddCfpSnapshot:
    case Kind::RemoveCfpSnapshot:
        return {ChangeKind::CfpSnapshots};
    case Kind::Composite:
        break;
    }
    if (edit.parts.empty())
        return {};
    DocumentChange change = changeOf(edit.parts[0], planIndex);
    for (size_t i = 1; i < edit.parts.size(); ++i)
        change = combined(change, changeOf(edit.parts[i], planIndex));
    return change;
}

QString undoText(const ProjectEdit &edit)
{
    using Kind = ProjectEdit::Kind;
    switch (edit.kind) {
    case Kind::None:
    case Kind::Composite:
        break;
    case Kind::ReplaceStep: return PlanTr::tr("Change step %1").arg(edit.step + 1);
    case Kind::InsertStep: return PlanTr::tr("Add %1 step").arg(toString(edit.value.statement));
    case Kind::RemoveStep: return PlanTr::tr("Remove step %1").arg(edit.step + 1);
    case Kind::MoveStep: return PlanTr::tr("Move step %1 to position %2").arg(edit.step + 1).arg(edit.to + 1);
    case Kind::AddPlan: return PlanTr::tr("Add plan %1").arg(edit.plan.name);
    case Kind::ReplaceTarget: return EditTr::tr("Change the recovery target");
    case Kind::AddBackup: return BackupTr::tr("Add backup %1").arg(edit.backup.id);
    case Kind::ReplaceBackup: return BackupTr::tr("Change backup %1").arg(edit.from);
    case Kind::RemoveBackup: return BackupTr::tr("Remove backup %1").arg(edit.backup.id);
    case Kind::MoveBackup: return BackupTr::tr("Move backup %1").arg(edit.backup.id);
    case Kind::AddFilegroup: return FilegroupTr::tr("Add filegroup %1").arg(edit.filegroup.name);
    case Kind::ReplaceFilegroup: return EditTr::tr("Change filegroup %1").arg(edit.filegroup.name);
    case Kind::RemoveFilegroup: return FilegroupTr::tr("Remove filegroup %1").arg(edit.filegroup.name);
    case Kind::RenameFilegroup:
        return FilegroupTr::tr("Rename filegroup %1 to %2").arg(edit.from, edit.filegroup.name);
    case Kind::SetFilegroupReadOnly:
        return edit.filegroup.readOnly ? FilegroupTr::tr("Make %1 read-only").arg(edit.filegroup.name)
                                       : FilegroupTr::tr("Make %1 read/write").arg(edit.filegroup.name);
    case Kind::RemoveEvent: return EditTr::tr("Remove a %1 event").arg(toString(edit.event.kind));
    case Kind::AddEvent: return EditTr::tr("Add a %1 event").arg(toString(edit.event.kind));
    case Kind::ReplaceEvent: {
        TimelineEvent moved = edit.fromEvent;
        moved.at = edit.event.at;
        return moved == edit.event ? EditTr::tr("Move a %1 event").arg(toString(edit.event.kind))
                                   : EditTr::tr("Change a %1 event").arg(toString(edit.fromEvent.kind));
    }
    case Kind::AddCfpSnapshot: return EditTr::tr("Add the CFP snapshot of %1").arg(PlanTime::toString(edit.cfpSnapshot.at));
    case Kind::RemoveCfpSnapshot:
        return EditTr::tr("Remove the CFP snapshot of %1").arg(PlanTime::toString(edit.cfpSnapshot.at));
    case Kind::SetDatabase: return EditTr::tr("Change database %1").arg(edit.database.name);
    case Kind::SetEnvironment: return EditTr::tr("Change the target environment");
    case Kind::SetFilegroupType:
        return FilegroupTr::tr("Make %1 a %2 filegroup").arg(edit.filegroup.name, toString(edit.filegroup.type));
    case Kind::AddFile:
        return edit.filegroup.name.isEmpty() ? FilegroupTr::tr("Add log file %1").arg(edit.file.name)
                                             : FilegroupTr::tr("Add file %1 to %2").arg(edit.file.name, edit.filegroup.name);
    case Kind::RemoveFile: return FilegroupTr::tr("Remove file %1").arg(edit.file.name);
    case Kind::ReplaceFile:
        return edit.file.name == edit.from ? FilegroupTr::tr("Change file %1").arg(edit.from)
                                           : FilegroupTr::tr("Rename file %1 to %2").arg(edit.from, edit.file.name);
    case Kind::MoveFile: return FilegroupTr::tr("Move file %1 to %2").arg(edit.file.name, edit.filegroup.name);
    }
    return EditTr::tr("Edit the project");
}

QString fixText(const QString &fix)
{
    return fix.isEmpty() ? FixTr::tr("Apply fix") : FixTr::tr("Fix: %1").arg(fix);
}

} // namespace rd::ProjectEdits
