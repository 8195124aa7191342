// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/findings/projectedit.h"

#include "model/domain/project.h"

#include <algorithm>

namespace rd {
namespace {

bool sameFilegroup(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

/// Applies f to every list of filegroup names in the project: backup scopes (and the read-only
/// ones), event scopes, step targets.
template<typename F>
void forEachFilegroupList(Project &p, F f)
{
    for (Backup &b : p.backups) {
        f(b.filegroups);
        if (b.readOnlyFilegroups)
            f(*b.readOnlyFilegroups);
    }
    for (TimelineEvent &e : p.events)
        f(e.filegroups);
    for (Plan &plan : p.plans)
        for (PlanStep &s : plan.steps)
            f(s.filegroups);
}

/// Applies f to every list of data file names in the project: backup and step scopes.
template<typename F>
void forEachFileList(Project &p, F f)
{
    for (Backup &b : p.backups)
        f(b.files);
    for (Plan &plan : p.plans)
        for (PlanStep &s : plan.steps)
            f(s.files);
}

/// Removes filegroup `i` and what names it: its name in every scope, its data files in backup
/// and step scopes, its SET_READ_ONLY / SET_READ_WRITE events.
void removeFilegroupAt(Project &project, qsizetype i)
{
    const QString name = project.database.filegroups[i].name;
    QStringList files;
    for (const DataFile &f : std::as_const(project.database.filegroups[i].files))
        files << f.name;
    project.database.filegroups.removeAt(i);
    forEachFilegroupList(project, [&](QStringList &list) {
        list.removeIf([&](const QString &n) { return sameFilegroup(n, name); });
    });
    forEachFileList(project, [&](QStringList &list) {
        list.removeIf([&](const QString &n) { return files.contains(n, Qt::CaseInsensitive); });
    });
    project.events.removeIf([&](const TimelineEvent &e) {
        return (e.kind == EventKind::SetReadOnly || e.kind == EventKind::SetReadWrite) && sameFilegroup(e.filegroup, name);
    });
}

/// Renames filegroup `i` to `newName`, and every reference to it.
void renameFilegroupAt(Project &project, qsizetype i, const QString &newName)
{
    const QString oldName = project.database.filegroups[i].name;
    project.database.filegroups[i].name = newName;
    forEachFilegroupList(project, [&](QStringList &list) {
        for (QString &n : list)
            if (sameFilegroup(n, oldName))
                n = newName;
    });
    for (TimelineEvent &e : project.events)
        if (sameFilegroup(e.filegroup, oldName))
            e.filegroup = newName;
}

} // namespace

// Designated initialisers: each factory names the fields its kind uses (projectedit.h), the rest
// keep their defaults.

ProjectEdit ProjectEdit::replace(int step, const PlanStep &value)
{
    return {.kind = Kind::ReplaceStep, .step = step, .value = value};
}

ProjectEdit ProjectEdit::insert(int step, const PlanStep &value)
{
    return {.kind = Kind::InsertStep, .step = step, .value = value};
}

ProjectEdit ProjectEdit::remove(int step)
{
    return {.kind = Kind::RemoveStep, .step = step};
}

ProjectEdit ProjectEdit::move(int from, int to)
{
    return {.kind = Kind::MoveStep, .step = from, .to = to};
}

ProjectEdit ProjectEdit::replaceTarget(const RestoreTarget &target)
{
    return {.kind = Kind::ReplaceTarget, .target = target};
}

ProjectEdit ProjectEdit::addPlan(const Plan &plan)
{
    return {.kind = Kind::AddPlan, .plan = plan};
}

ProjectEdit ProjectEdit::addBackup(const Backup &backup)
{
    return {.kind = Kind::AddBackup, .backup = backup};
}

ProjectEdit ProjectEdit::replaceBackup(const Backup &backup, const QString &id)
{
    // `from` always set, so that the same edit made with or without the id compares equal.
    return {.kind = Kind::ReplaceBackup, .backup = backup, .from = id.isEmpty() ? backup.id : id};
}

ProjectEdit ProjectEdit::removeBackup(const QString &id)
{
    return {.kind = Kind::RemoveBackup, .backup = {.id = id}};
}

ProjectEdit ProjectEdit::moveBackup(const QString &id, const QDateTime &newStart)
{
    return {.kind = Kind::MoveBackup, .backup = {.id = id, .start = newStart}};
}

ProjectEdit ProjectEdit::addFilegroup(const Filegroup &filegroup)
{
    return {.kind = Kind::AddFilegroup, .filegroup = filegroup};
}

ProjectEdit ProjectEdit::replaceFilegroup(const Filegroup &filegroup)
{
    return {.kind = Kind::ReplaceFilegroup, .filegroup = filegroup};
}

ProjectEdit ProjectEdit::removeFilegroup(const QString &name)
{
    return {.kind = Kind::RemoveFilegroup, .filegroup = {.name = name}};
}

ProjectEdit ProjectEdit::renameFilegroup(const QString &oldName, const QString &newName)
{
    return {.kind = Kind::RenameFilegroup, .filegroup = {.name = newName}, .from = oldName};
}

ProjectEdit ProjectEdit::setFilegroupReadOnly(const QString &name, bool readOnly)
{
    return {.kind = Kind::SetFilegroupReadOnly, .filegroup = {.name = name, .readOnly = readOnly}};
}

ProjectEdit ProjectEdit::removeEvent(const TimelineEvent &event)
{
    return {.kind = Kind::RemoveEvent, .event = event};
}

ProjectEdit ProjectEdit::addEvent(const TimelineEvent &event)
{
    return {.kind = Kind::AddEvent, .event = event};
}

ProjectEdit ProjectEdit::replaceEvent(const TimelineEvent &from, const TimelineEvent &to)
{
    return {.kind = Kind::ReplaceEvent, .event = to, .fromEvent = from};
}

ProjectEdit ProjectEdit::addCfpSnapshot(const CfpSnapshot &snapshot)
{
    return {.kind = Kind::AddCfpSnapshot, .cfpSnapshot = snapshot};
}

ProjectEdit ProjectEdit::removeCfpSnapshot(const QDateTime &at)
{
    return {.kind = Kind::RemoveCfpSnapshot, .cfpSnapshot = {.at = at}};
}

ProjectEdit ProjectEdit::setDatabase(const Database &database)
{
    Database d;
    d.name = database.name;
    d.edition = database.edition;
    d.recoveryModel = database.recoveryModel;
    d.readOnly = database.readOnly; // the lists stay empty: equal edits compare equal
    return {.kind = Kind::SetDatabase, .database = d};
}

ProjectEdit ProjectEdit::setEnvironment(const RestoreEnvironment &environment)
{
    return {.kind = Kind::SetEnvironment, .environment = environment};
}

ProjectEdit ProjectEdit::setFilegroupType(const QString &name, FilegroupType type)
{
    return {.kind = Kind::SetFilegroupType, .filegroup = {.name = name, .type = type}};
}

ProjectEdit ProjectEdit::addFile(const QString &filegroup, const DataFile &file)
{
    return {.kind = Kind::AddFile, .filegroup = {.name = filegroup}, .file = file};
}

ProjectEdit ProjectEdit::addLogFile(const DataFile &file)
{
    return {.kind = Kind::AddFile, .file = file}; // no filegroup: the log
}

ProjectEdit ProjectEdit::removeFile(const QString &name)
{
    return {.kind = Kind::RemoveFile, .file = {.name = name}};
}

ProjectEdit ProjectEdit::replaceFile(const QString &name, const DataFile &file)
{
    return {.kind = Kind::ReplaceFile, .from = name, .file = file};
}

ProjectEdit ProjectEdit::moveFile(const QString &name, const QString &filegroup)
{
    return {.kind = Kind::MoveFile, .filegroup = {.name = filegroup}, .file = {.name = name}};
}

ProjectEdit ProjectEdit::composite(const QList<ProjectEdit> &parts)
{
    for (const ProjectEdit &p : parts)
        if (!p.isValid())
            return {};
    if (parts.size() <= 1)
        return parts.value(0);
    ProjectEdit e;
    e.kind = Kind::Composite;
    e.parts = ProjectEditParts(std::vector<ProjectEdit>(parts.begin(), parts.end()));
    return e;
}

ProjectEdit ProjectEdit::insertAll(int step, const QList<PlanStep> &values)
{
    QList<ProjectEdit> parts;
    for (qsizetype k = 0; k < values.size(); ++k)
        parts << insert(step + int(k), values[k]);
    return composite(parts);
}

ProjectEditParts::ProjectEditParts(std::vector<ProjectEdit> parts)
    : m_parts(std::make_shared<const std::vector<ProjectEdit>>(std::move(parts)))
{
}

const ProjectEdit *ProjectEditParts::begin() const
{
    return m_parts ? m_parts->data() : nullptr;
}

const ProjectEdit *ProjectEditParts::end() const
{
    return m_parts ? m_parts->data() + m_parts->size() : nullptr;
}

size_t ProjectEditParts::size() const
{
    return m_parts ? m_parts->size() : 0;
}

const ProjectEdit &ProjectEditParts::operator[](size_t i) const
{
    return (*m_parts)[i];
}

bool ProjectEditParts::operator==(const ProjectEditParts &other) const
{
    return m_parts == other.m_parts || std::equal(begin(), end(), other.begin(), other.end());
}

void ProjectEdit::applyTo(Project &project, int planIndex) const
{
    // Only what the edit touches is detached: Project's lists are implicitly shared.
    const bool planExists = planIndex >= 0 && planIndex < project.plans.size();
    auto steps = [&]() -> QList<PlanStep> & { return project.plans[planIndex].steps; };
    const int stepCount = planExists ? int(project.plans[planIndex].steps.size()) : 0;
    const bool stepExists = planExists && step >= 0 && step < stepCount;
    switch (kind) {
    case Kind::None:
        break;
    case Kind::ReplaceStep:
        if (stepExists)
            steps()[step] = value;
        break;
    case Kind::InsertStep:
        if (planExists)
            steps().insert(step < 0 || step > stepCount ? stepCount : step, value);
        break;
    case Kind::RemoveStep:
        if (stepExists)
            steps().removeAt(step);
        break;
    case Kind::MoveStep:
        if (stepExists && to >= 0 && to < stepCount)
            steps().move(step, to);
        break;
    case Kind::ReplaceTarget:
        if (planExists)
            project.plans[planIndex].target = target;
        break;
    case Kind::AddPlan:
        project.plans.append(plan);
        break;
    case Kind::AddBackup: {
        Backup added = backup;
        added.id = project.uniqueBackupId(backup.id);
        project.backups.append(added);
        break;
    }
    case Kind::ReplaceBackup:
        if (const qsizetype i = project.backupIndex(from); i >= 0) {
            if (backup.id != from) // the plans' references follow the new id
                for (Plan &p : project.plans)
                    for (PlanStep &s : p.steps)
                        if (s.backup == from)
                            s.backup = backup.id;
            project.backups[i] = backup;
        }
        break;
    case Kind::RemoveBackup:
        if (const qsizetype i = project.backupIndex(backup.id); i >= 0)
            project.backups.removeAt(i);
        break;
    case Kind::MoveBackup:
        if (const qsizetype i = project.backupIndex(backup.id); i >= 0 && backup.start.isValid()) {
            Backup &b = project.backups[i];
            const qint64 duration = b.start.isValid() && b.finish.isValid() ? b.start.msecsTo(b.finish) : 0;
            b.start = backup.start;
            b.finish = backup.start.addMSecs(duration);
        }
        break;
    case Kind::AddFilegroup:
        project.database.filegroups.append(filegroup);
        break;
    case Kind::ReplaceFilegroup:
        if (const qsizetype i = project.database.filegroupIndex(filegroup.name); i >= 0)
            project.database.filegroups[i] = filegroup;
        break;
    case Kind::RemoveFilegroup:
        if (const qsizetype i = project.database.filegroupIndex(filegroup.name); i >= 0)
            removeFilegroupAt(project, i);
        break;
    case Kind::RenameFilegroup:
        if (const qsizetype i = project.database.filegroupIndex(from); i >= 0)
            renameFilegroupAt(project, i, filegroup.name);
        break;
    case Kind::SetFilegroupReadOnly:
        if (const qsizetype i = project.database.filegroupIndex(filegroup.name); i >= 0)
            project.database.filegroups[i].readOnly = filegroup.readOnly;
        break;
    case Kind::SetDatabase:
        project.database.name = database.name;
        project.database.edition = database.edition;
        project.database.recoveryModel = database.recoveryModel;
        project.database.readOnly = database.readOnly;
        break;
    case Kind::SetEnvironment:
        project.environment = environment;
        break;
    case Kind::SetFilegroupType:
        if (const qsizetype i = project.database.filegroupIndex(filegroup.name); i >= 0)
            project.database.filegroups[i].type = filegroup.type;
        break;
    case Kind::AddFile:
        if (filegroup.name.isEmpty())
            project.database.logFiles.append(file);
        else if (const qsizetype i = project.database.filegroupIndex(filegroup.name); i >= 0)
            project.database.filegroups[i].files.append(file);
        break;
    case Kind::RemoveFile:
        if (const auto [g, f] = project.database.dataFileIndex(file.name); g >= 0) {
            project.database.filegroups[g].files.removeAt(f);
            forEachFileList(project, [&](QStringList &list) {
                list.removeIf([&](const QString &n) { return sameFilegroup(n, file.name); });
            });
        } else if (const qsizetype l = project.database.logFileIndex(file.name); l >= 0) {
            project.database.logFiles.removeAt(l); // no scope names a log file
        }
        break;
    case Kind::ReplaceFile:
        if (const qsizetype l = project.database.logFileIndex(from); l >= 0) {
            project.database.logFiles[l] = file;
        } else if (const auto [g, f] = project.database.dataFileIndex(from); g >= 0) {
            project.database.filegroups[g].files[f] = file;
            if (file.name != from)
                forEachFileList(project, [&](QStringList &list) {
                    for (QString &n : list)
                        if (sameFilegroup(n, from))
                            n = file.name;
                });
        }
        break;
    case Kind::MoveFile:
        if (const auto [g, f] = project.database.dataFileIndex(file.name); g >= 0) {
            const qsizetype into = project.database.filegroupIndex(filegroup.name);
            if (into >= 0 && into != g)
                project.database.filegroups[into].files.append(project.database.filegroups[g].files.takeAt(f));
        }
        break;
    case Kind::RemoveEvent:
        if (const qsizetype i = project.events.indexOf(event); i >= 0)
            project.events.removeAt(i);
        break;
    case Kind::AddEvent:
        project.events.append(event);
        break;
    case Kind::ReplaceEvent:
        if (const qsizetype i = project.events.indexOf(fromEvent); i >= 0)
            project.events[i] = event;
        break;
    case Kind::AddCfpSnapshot: {
        if (!cfpSnapshot.at.isValid()) // nowhere on the timeline (EditRefusal refuses it)
            break;
        // Kept in time order, one per time (the plan format's rule).
        QList<CfpSnapshot> &list = project.cfpSnapshots;
        const auto at = std::lower_bound(list.begin(), list.end(), cfpSnapshot.at,
                                         [](const CfpSnapshot &s, const QDateTime &t) { return s.at < t; });
        if (at != list.end() && at->at == cfpSnapshot.at)
            *at = cfpSnapshot;
        else
            list.insert(at, cfpSnapshot);
        break;
    }
    case Kind::RemoveCfpSnapshot:
        project.cfpSnapshots.removeIf([&](const CfpSnapshot &s) { return s.at == cfpSnapshot.at; });
        break;
    case Kind::Composite:
        for (const ProjectEdit &part : parts)
            part.applyTo(project, planIndex);
        break;
    }
}

} // namespace rd
