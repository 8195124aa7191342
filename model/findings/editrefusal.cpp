// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/findings/editrefusal.h"

#include "model/domain/sqlserverlimits.h"
#include "model/findings/listtext.h"

#include <QCoreApplication>

namespace rd::EditRefusal {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EditRefusal)
};

bool same(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

enum class Named { File, Filegroup, Database };

/// Why `name` cannot be the name of a file, filegroup or database: empty, too long, a NUL. Whole
/// sentences for each, so that each language can word them (docs/languages.md).
QString badName(const QString &name, Named what)
{
    if (name.trimmed().isEmpty()) {
        switch (what) {
        case Named::File: return Tr::tr("A file needs a name.");
        case Named::Filegroup: return Tr::tr("A filegroup needs a name.");
        case Named::Database: return Tr::tr("A database needs a name.");
        }
    }
    if (name.size() > SqlServerLimits::MaxIdentifierLength) {
        QString text;
        switch (what) {
        case Named::File: text = Tr::tr("A file name holds at most %1 characters (sysname); this one has %2."); break;
        case Named::Filegroup:
            text = Tr::tr("A filegroup name holds at most %1 characters (sysname); this one has %2.");
            break;
        case Named::Database:
            text = Tr::tr("A database name holds at most %1 characters (sysname); this one has %2.");
            break;
        }
        return text.arg(SqlServerLimits::MaxIdentifierLength).arg(name.size());
    }
    if (name.contains(QChar(0))) {
        switch (what) {
        case Named::File: return Tr::tr("A file name cannot hold a NUL character.");
        case Named::Filegroup: return Tr::tr("A filegroup name cannot hold a NUL character.");
        case Named::Database: return Tr::tr("A database name cannot hold a NUL character.");
        }
    }
    return {};
}

/// Why a CFP snapshot cannot be part of a project: what the plan reader would refuse on the next
/// load (docs/plan-format.md, "cfpSnapshots"), so that it is refused before it is drawn.
QString badCfpSnapshot(const CfpSnapshot &s)
{
    if (!s.at.isValid())
        return Tr::tr("A CFP snapshot needs a time on the timeline.");
    const bool in2014 = s.inventory.version == CheckpointDmvVersion::SqlServer2014;
    for (const CheckpointFile &f : s.inventory.files) {
        if (!checkpointFileState(int(f.state), s.inventory.version))
            return Tr::tr("%1 is not a state of the SQL Server %2 DMV.")
                .arg(stateDescription(f.state), in2014 ? QStringLiteral("2014") : QStringLiteral("2016+"));
        if (in2014 && f.type != CheckpointFileType::Data && f.type != CheckpointFileType::Delta)
            return Tr::tr("SQL Server 2014 has no %1 checkpoint files.").arg(fileTypeDescription(f.type));
    }
    return {};
}

/// The filegroup other than `except` (by index) named `name`, or nullptr.
const Filegroup *otherFilegroup(const Database &db, const QString &name, qsizetype except)
{
    for (qsizetype i = 0; i < db.filegroups.size(); ++i)
        if (i != except && same(db.filegroups[i].name, name))
            return &db.filegroups[i];
    return nullptr;
}

/// Whether a data or log file other than the one named `except` has the logical name `name`.
bool fileNameTaken(const Database &db, const QString &name, const QString &except = {})
{
    return db.hasFile(name) && !(!except.isEmpty() && same(name, except));
}

QString badFile(const Database &db, const DataFile &file, const QString &except = {})
{
    if (QString r = badName(file.name, Named::File); !r.isEmpty())
        return r;
    if (fileNameTaken(db, file.name, except))
        return Tr::tr("The database already has a file named %1: logical file names are unique in a database.")
            .arg(file.name);
    if (file.path.contains(QChar(0)))
        return Tr::tr("A file's path cannot hold a NUL character.");
    if (file.sizeBytes < 0)
        return Tr::tr("A file's size cannot be negative.");
    return {};
}

/// Why filegroup `fg` cannot stand at index `index` of `db` (-1: a new one): its name, kind and
/// read-only flag against the others.
QString badFilegroup(const Database &db, const Filegroup &fg, qsizetype index)
{
    if (QString r = badName(fg.name, Named::Filegroup); !r.isEmpty())
        return r;
    if (otherFilegroup(db, fg.name, index))
        return Tr::tr("The database already has a filegroup named %1: filegroup names are unique in a database.")
            .arg(fg.name);
    const bool wasPrimary = index >= 0 && db.filegroups[index].isPrimary();
    if (wasPrimary && !fg.isPrimary())
        return Tr::tr("PRIMARY cannot be renamed: it is the filegroup of the primary data file and the system tables.");
    if (fg.isPrimary() && fg.type != FilegroupType::Rows)
        return Tr::tr("PRIMARY is a ROWS filegroup: it cannot hold FILESTREAM or memory-optimized data.");
    if (fg.type == FilegroupType::MemoryOptimizedData) {
        const Filegroup *mod = db.memoryOptimizedFilegroup();
        if (mod && mod != (index >= 0 ? &db.filegroups[index] : nullptr))
            return Tr::tr("The database already has a memory-optimized filegroup, %1: a database has at most one "
                          "MEMORY_OPTIMIZED_DATA filegroup.")
                .arg(mod->name);
        if (fg.readOnly)
            return Tr::tr("The memory-optimized filegroup %1 cannot be made READ_ONLY.").arg(fg.name);
    }
    for (qsizetype i = 0; i < fg.files.size(); ++i) {
        for (qsizetype j = 0; j < i; ++j)
            if (same(fg.files[i].name, fg.files[j].name))
                return Tr::tr("Filegroup %1 names file %2 twice: logical file names are unique in a database.")
                    .arg(fg.name, fg.files[i].name);
        // Its own files, as they are today, do not collide with themselves.
        QString except;
        if (index >= 0)
            for (const DataFile &own : db.filegroups[index].files)
                if (same(own.name, fg.files[i].name))
                    except = own.name;
        if (QString r = badFile(db, fg.files[i], except); !r.isEmpty())
            return r;
    }
    return {};
}

QString noFilegroup(const QString &name)
{
    return Tr::tr("The database has no filegroup named %1.").arg(name);
}

QString noFile(const QString &name)
{
    return Tr::tr("The database has no data file named %1.").arg(name);
}

QString noDataOrLogFile(const QString &name)
{
    return Tr::tr("The database has no data or log file named %1.").arg(name);
}

/// Why log file `l` cannot be removed: the database's only log, or its primary log file, the first
/// (SQL Server's error 5020: the primary data or log file cannot be removed).
QString cannotRemoveLog(const Database &db, qsizetype l)
{
    if (db.logFiles.size() == 1)
        return Tr::tr("%1 is the last log file: a database needs a transaction log.").arg(db.logFiles[l].name);
    if (l == 0)
        return Tr::tr("%1 is the primary log file: SQL Server cannot remove it (only the log files added after it).")
            .arg(db.logFiles[l].name);
    return {};
}

/// Why a file cannot leave filegroup `g` (removed or moved): the primary data file, or the last one.
QString cannotLeave(const Database &db, qsizetype g, qsizetype f)
{
    const Filegroup &fg = db.filegroups[g];
    if (fg.isPrimary() && f == 0)
        return Tr::tr("%1 is the primary data file: it cannot be removed or leave PRIMARY.").arg(fg.files[f].name);
    if (fg.files.size() == 1)
        return Tr::tr("%1 is the last file of filegroup %2, which needs one to hold its data: remove the filegroup "
                      "instead, or add another file first.")
            .arg(fg.files[f].name, fg.name);
    return {};
}

/// What SQL Server refuses of an event itself: MODIFY FILEGROUP … READ_ONLY of the memory-optimized
/// filegroup. What an event names is otherwise checked by the findings: a filegroup not in the layout
/// (R-REF-001), a read-only PRIMARY (R-RO-005, with its fix).
QString badEvent(const Database &db, const TimelineEvent &e)
{
    if (e.kind != EventKind::SetReadOnly)
        return {};
    if (const Filegroup *fg = db.filegroup(e.filegroup); fg && fg->type == FilegroupType::MemoryOptimizedData)
        return Tr::tr("The memory-optimized filegroup %1 cannot be made READ_ONLY.").arg(fg->name);
    return {};
}

} // namespace

QString reason(const Project &project, const ProjectEdit &edit)
{
    using Kind = ProjectEdit::Kind;
    const Database &db = project.database;
    const qsizetype fgIndex = db.filegroupIndex(edit.filegroup.name);
    switch (edit.kind) {
    case Kind::None:
    case Kind::ReplaceStep:
    case Kind::InsertStep:
    case Kind::RemoveStep:
    case Kind::MoveStep:
    case Kind::ReplaceTarget:
    case Kind::AddPlan:
    case Kind::AddBackup:
    case Kind::ReplaceBackup:
    case Kind::RemoveBackup:
    case Kind::MoveBackup:
    case Kind::AddEvent:
    case Kind::ReplaceEvent:
        return badEvent(db, edit.event);
    case Kind::RemoveEvent:
    case Kind::RemoveCfpSnapshot: // none at that time: nothing happens, like RemoveEvent
    case Kind::SetEnvironment: // the target's facts are whatever the user states; the widgets bound the numbers
        return {};
    case Kind::AddCfpSnapshot:
        return badCfpSnapshot(edit.cfpSnapshot);
    case Kind::SetDatabase:
        return badName(edit.database.name, Named::Database);
    case Kind::AddFilegroup:
        return badFilegroup(db, edit.filegroup, -1);
    case Kind::ReplaceFilegroup:
        if (fgIndex < 0)
            return noFilegroup(edit.filegroup.name);
        return badFilegroup(db, edit.filegroup, fgIndex);
    case Kind::RemoveFilegroup:
        if (fgIndex < 0)
            return noFilegroup(edit.filegroup.name);
        if (db.filegroups[fgIndex].isPrimary())
            return Tr::tr("PRIMARY cannot be removed: it holds the primary data file and the system tables.");
        return {};
    case Kind::RenameFilegroup: {
        const qsizetype i = db.filegroupIndex(edit.from);
        if (i < 0)
            return noFilegroup(edit.from);
        Filegroup renamed = db.filegroups[i];
        renamed.name = edit.filegroup.name;
        return badFilegroup(db, renamed, i);
    }
    case Kind::SetFilegroupReadOnly:
    case Kind::SetFilegroupType: {
        if (fgIndex < 0)
            return noFilegroup(edit.filegroup.name);
        Filegroup changed = db.filegroups[fgIndex];
        if (edit.kind == Kind::SetFilegroupReadOnly)
            changed.readOnly = edit.filegroup.readOnly;
        else
            changed.type = edit.filegroup.type;
        return badFilegroup(db, changed, fgIndex);
    }
    case Kind::AddFile:
        if (fgIndex < 0 && !edit.filegroup.name.isEmpty()) // empty: a log file
            return noFilegroup(edit.filegroup.name);
        return badFile(db, edit.file);
    case Kind::RemoveFile: {
        if (const qsizetype l = db.logFileIndex(edit.file.name); l >= 0)
            return cannotRemoveLog(db, l);
        const auto [g, f] = db.dataFileIndex(edit.file.name);
        return g < 0 ? noDataOrLogFile(edit.file.name) : cannotLeave(db, g, f);
    }
    case Kind::ReplaceFile: {
        if (const qsizetype l = db.logFileIndex(edit.from); l >= 0)
            return badFile(db, edit.file, db.logFiles[l].name);
        const auto [g, f] = db.dataFileIndex(edit.from);
        return g < 0 ? noDataOrLogFile(edit.from) : badFile(db, edit.file, db.filegroups[g].files[f].name);
    }
    case Kind::MoveFile: {
        if (const qsizetype l = db.logFileIndex(edit.file.name); l >= 0)
            return Tr::tr("%1 is a log file: log files belong to no filegroup.").arg(db.logFiles[l].name);
        const auto [g, f] = db.dataFileIndex(edit.file.name);
        if (g < 0)
            return noFile(edit.file.name);
        if (fgIndex < 0)
            return noFilegroup(edit.filegroup.name);
        if (fgIndex == g)
            return Tr::tr("%1 is already in filegroup %2.").arg(db.filegroups[g].files[f].name, db.filegroups[g].name);
        if (db.filegroups[fgIndex].type != db.filegroups[g].type)
            return Tr::tr("%1 holds %2 data and cannot move to the %3 filegroup %4: a file holds one kind of data.")
                .arg(db.filegroups[g].files[f].name, toString(db.filegroups[g].type),
                     toString(db.filegroups[fgIndex].type), db.filegroups[fgIndex].name);
        return cannotLeave(db, g, f);
    }
    case Kind::Composite: {
        Project at = project;
        for (const ProjectEdit &part : edit.parts) {
            if (QString r = reason(at, part); !r.isEmpty())
                return r;
            part.applyTo(at, -1);
        }
        return {};
    }
    }
    return {};
}

namespace {
/// Whether `edit` removes a filegroup or file (itself or in a part): what takes references with it.
bool removes(const ProjectEdit &edit)
{
    if (edit.kind == ProjectEdit::Kind::RemoveFilegroup || edit.kind == ProjectEdit::Kind::RemoveFile)
        return true;
    for (const ProjectEdit &part : edit.parts)
        if (removes(part))
            return true;
    return false;
}
} // namespace

QString sideEffects(const Project &project, const ProjectEdit &edit)
{
    if (!removes(edit))
        return {};
    Project after = project;
    edit.applyTo(after, -1);
    QStringList lines;
    // Layout edits never add or remove backups or steps, so positions still match.
    if (after.backups.size() == project.backups.size()) {
        QStringList changed;
        for (qsizetype i = 0; i < project.backups.size(); ++i)
            if (!(project.backups[i] == after.backups[i]))
                changed << project.backups[i].id;
        if (!changed.isEmpty())
            lines << Tr::tr("%n backup(s) no longer name it in their scope: %1.", nullptr, int(changed.size()))
                         .arg(ListText::summarized(changed));
    }
    if (const qsizetype removed = project.events.size() - after.events.size(); removed > 0)
        lines << Tr::tr("%n event(s) that name it are removed.", nullptr, int(removed));
    for (qsizetype p = 0; p < project.plans.size() && p < after.plans.size(); ++p) {
        const QList<PlanStep> &before = project.plans[p].steps, &now = after.plans[p].steps;
        if (before.size() != now.size())
            continue;
        QStringList steps;
        for (qsizetype s = 0; s < before.size(); ++s)
            if (!(before[s] == now[s]))
                steps << QString::number(s + 1);
        if (!steps.isEmpty())
            lines << Tr::tr("Plan %1: %n step(s) no longer name it (%2).", nullptr, int(steps.size()))
                         .arg(project.plans[p].name, ListText::summarized(steps));
    }
    return lines.join(u'\n');
}

} // namespace rd::EditRefusal
