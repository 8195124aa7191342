// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/backup.h"
#include "model/domain/cfpsnapshot.h"
#include "model/domain/database.h"
#include "model/domain/filegroup.h"
#include "model/domain/plan.h"
#include "model/domain/restoreenvironment.h"
#include "model/domain/timelineevent.h"

#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace rd {

struct Project;

struct ProjectEdit;

/// The parts of a composite edit, in order: immutable and shared, so copying a finding whose fix
/// restores hundreds of log backups copies a pointer (findings are copied as they are collected).
class ProjectEditParts
{
public:
    ProjectEditParts() = default;
    explicit ProjectEditParts(std::vector<ProjectEdit> parts);
    const ProjectEdit *begin() const;
    const ProjectEdit *end() const;
    size_t size() const; ///< out of line: Clang refuses vector<ProjectEdit>::size() while ProjectEdit is incomplete
    bool empty() const { return size() == 0; }
    const ProjectEdit &operator[](size_t i) const;
    bool operator==(const ProjectEditParts &other) const; ///< equal parts, not the same storage
private:
    std::shared_ptr<const std::vector<ProjectEdit>> m_parts;
};

/// One change of a project, as a value: the only description of an edit. The designer's actions
/// and a finding's fix (Diagnostic::edit) both make one, and one undo command applies it
/// (EditCommand, model/commands/). Step and target edits act on the plan the edit is applied to;
/// the others on the project's plans or on the design of the history (a backup, a filegroup of the
/// layout, an event); a composite applies several in order. Facts about the target server
/// (RestoreEnvironment) are never a fix: the user must make them true on the server, then state
/// them.
///
/// Names of filegroups compare case-insensitively, as in SQL Server; backup ids exactly.
struct ProjectEdit
{
    enum class Kind {
        None,
        ReplaceStep,      ///< steps[step] = value
        InsertStep,       ///< value inserted at `step` (a negative `step`, or one past the end, appends it)
        RemoveStep,       ///< steps[step] removed
        ReplaceTarget,    ///< the plan's recovery target = target
        ReplaceBackup,    ///< the history's backup with id `from` = backup; plan steps naming `from` follow a new id
        RemoveBackup,     ///< the history's backup with backup.id removed; steps keep naming it (R-REF-001)
        ReplaceFilegroup, ///< the layout's filegroup named filegroup.name = filegroup
        RemoveEvent,      ///< the first event equal to `event` removed
        MoveStep,         ///< steps[step] moved to position `to`
        AddPlan,          ///< `plan` appended to the project's plans
        AddBackup,        ///< `backup` appended to the history, its id made unique (Project::uniqueBackupId)
        MoveBackup,       ///< the backup with backup.id starts at backup.start, its duration kept
        AddFilegroup,     ///< `filegroup` appended to the layout
        RemoveFilegroup,  ///< the filegroup named filegroup.name and every reference to it removed
        RenameFilegroup,  ///< the filegroup named `from` and every reference to it renamed filegroup.name
        SetFilegroupReadOnly, ///< the filegroup named filegroup.name READ_ONLY at the start or not (filegroup.readOnly)
        SetDatabase,      ///< the database's name, edition, recovery model and READ_ONLY option = database's (not its files)
        SetEnvironment,   ///< the facts about the target server = environment
        SetFilegroupType, ///< the filegroup named filegroup.name holds filegroup.type (ROWS, FILESTREAM, MEMORY_OPTIMIZED_DATA)
        /// `file` appended to the files (containers) of the filegroup named filegroup.name, or to
        /// the log files when filegroup.name is empty (ADD LOG FILE: addLogFile)
        AddFile,
        RemoveFile,       ///< the data or log file named file.name removed, and its name from backup and step scopes
        ReplaceFile,      ///< the data or log file named `from` = file (name, path, size); backup and step scopes follow a new name
        MoveFile,         ///< the data file named file.name moved to the end of the filegroup named filegroup.name
        AddEvent,         ///< `event` added to the timeline's events (a failure, a read-only switch, a mark …)
        ReplaceEvent,     ///< the first event equal to `fromEvent` = event (moved in time, or changed), in its place
        /// `cfpSnapshot` put in Project::cfpSnapshots at its time, replacing the one at that time (an import again)
        AddCfpSnapshot,
        RemoveCfpSnapshot, ///< the CFP snapshot at cfpSnapshot.at removed (only `at` is used)
        Composite,        ///< `parts` in order, as one edit
    };
    Kind kind = Kind::None;
    int step = -1;  ///< 0-based: the step replaced, removed or moved, or where the new step is inserted
    PlanStep value; ///< the new step (ReplaceStep, InsertStep)
    int to = -1;    ///< MoveStep: the step's 0-based position afterwards
    RestoreTarget target; ///< ReplaceTarget
    Plan plan;            ///< AddPlan
    /// ReplaceBackup, AddBackup: the new value; RemoveBackup: only the id; MoveBackup: the id and
    /// the new start.
    Backup backup;
    /// ReplaceFilegroup, AddFilegroup: the new value; RemoveFilegroup: only the name;
    /// RenameFilegroup: the new name; SetFilegroupReadOnly: the name and readOnly; SetFilegroupType:
    /// the name and type; AddFile, MoveFile: only the name (of the filegroup that gets the file;
    /// empty for AddFile of a log file).
    Filegroup filegroup;
    /// ReplaceBackup: the id of the backup replaced; RenameFilegroup: the current name; ReplaceFile:
    /// the file's current logical name.
    QString from;
    DataFile file;        ///< AddFile, ReplaceFile: the new value; RemoveFile, MoveFile: only the name
    Database database;    ///< SetDatabase: name, edition, recoveryModel, readOnly (its lists unused)
    RestoreEnvironment environment; ///< SetEnvironment
    TimelineEvent event;  ///< RemoveEvent, AddEvent; ReplaceEvent: the new value
    TimelineEvent fromEvent; ///< ReplaceEvent: the event replaced, as it is now
    CfpSnapshot cfpSnapshot; ///< AddCfpSnapshot; RemoveCfpSnapshot: only its time
    ProjectEditParts parts; ///< Composite

    bool isValid() const { return kind != Kind::None; }

    static ProjectEdit replace(int step, const PlanStep &value);
    static ProjectEdit insert(int step, const PlanStep &value);
    static ProjectEdit remove(int step);
    static ProjectEdit move(int from, int to);
    static ProjectEdit replaceTarget(const RestoreTarget &target);
    static ProjectEdit addPlan(const Plan &plan);
    static ProjectEdit addBackup(const Backup &backup);
    /// The backup with id `id` (empty: backup.id) becomes `backup`, which may change its id.
    static ProjectEdit replaceBackup(const Backup &backup, const QString &id = {});
    static ProjectEdit removeBackup(const QString &id);
    static ProjectEdit moveBackup(const QString &id, const QDateTime &newStart);
    static ProjectEdit addFilegroup(const Filegroup &filegroup);
    static ProjectEdit replaceFilegroup(const Filegroup &filegroup);
    static ProjectEdit removeFilegroup(const QString &name);
    static ProjectEdit renameFilegroup(const QString &oldName, const QString &newName);
    static ProjectEdit setFilegroupReadOnly(const QString &name, bool readOnly);
    static ProjectEdit removeEvent(const TimelineEvent &event);
    static ProjectEdit addEvent(const TimelineEvent &event);
    /// The first event equal to `from` becomes `to` (a drag on the timeline moves it: `to` differs
    /// in time only), keeping its place in the list.
    static ProjectEdit replaceEvent(const TimelineEvent &from, const TimelineEvent &to);
    static ProjectEdit addCfpSnapshot(const CfpSnapshot &snapshot);
    static ProjectEdit removeCfpSnapshot(const QDateTime &at);
    /// The database's name, edition, recovery model and READ_ONLY option become `database`'s; its
    /// filegroups and log files are ignored (they have their own edits).
    static ProjectEdit setDatabase(const Database &database);
    static ProjectEdit setEnvironment(const RestoreEnvironment &environment);
    static ProjectEdit setFilegroupType(const QString &name, FilegroupType type);
    static ProjectEdit addFile(const QString &filegroup, const DataFile &file);
    /// ALTER DATABASE … ADD LOG FILE: `file` appended to the database's log files.
    static ProjectEdit addLogFile(const DataFile &file);
    /// ALTER DATABASE … REMOVE FILE: the data or log file named `name` goes.
    static ProjectEdit removeFile(const QString &name);
    /// The data or log file named `name` becomes `file` (a new logical name, path or size).
    static ProjectEdit replaceFile(const QString &name, const DataFile &file);
    static ProjectEdit moveFile(const QString &name, const QString &filegroup);
    /// `parts` as one edit: the edit itself when there is one; invalid when there is none or any part
    /// is invalid (a fix applied only in part would not be the fix its words describe).
    static ProjectEdit composite(const QList<ProjectEdit> &parts);
    /// Consecutive steps inserted at `step`, in order (e.g. the missing log restores).
    static ProjectEdit insertAll(int step, const QList<PlanStep> &values);

    /// Applies the edit to plan `planIndex` of `project` (step and target edits) or to the rest of
    /// the project. An edit that no longer fits (a plan, step, backup, filegroup or event that is
    /// gone, a move out of range) changes nothing; an inserted step is clamped into the plan.
    void applyTo(Project &project, int planIndex) const;
    bool operator==(const ProjectEdit &) const = default;
};

} // namespace rd
