#include "model/commands/filegroupcommands.h"

#include <QCoreApplication>

namespace rd {
namespace {

/// Translation context for this file's messages (lupdate reads Tr::tr calls).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FilegroupCommands)
};
bool same(const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) == 0; }

/// Applies f to every filegroup reference in the project.
template<typename F>
void forEachFilegroupReference(Project &p, F f)
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

} // namespace

AddFilegroupCommand::AddFilegroupCommand(ProjectDocument *document, const Filegroup &filegroup)
    : ProjectCommand(document, Tr::tr("Add filegroup %1").arg(filegroup.name), {ChangeKind::Layout}), m_filegroup(filegroup)
{
}

void AddFilegroupCommand::apply(Project &project)
{
    project.database.filegroups.append(m_filegroup);
}

RemoveFilegroupCommand::RemoveFilegroupCommand(ProjectDocument *document, const QString &name)
    : ProjectCommand(document, Tr::tr("Remove filegroup %1").arg(name), DocumentChange::everything()), m_name(name)
{
}

void RemoveFilegroupCommand::apply(Project &project)
{
    const qsizetype i = project.database.filegroupIndex(m_name);
    if (i < 0)
        return;
    QStringList files;
    for (const DataFile &f : std::as_const(project.database.filegroups[i].files))
        files << f.name;
    project.database.filegroups.removeAt(i);
    forEachFilegroupReference(project, [&](QStringList &list) {
        list.removeIf([&](const QString &n) { return same(n, m_name); });
    });
    auto dropFiles = [&](QStringList &list) {
        list.removeIf([&](const QString &n) { return files.contains(n, Qt::CaseInsensitive); });
    };
    for (Backup &b : project.backups)
        dropFiles(b.files);
    for (Plan &plan : project.plans)
        for (PlanStep &s : plan.steps)
            dropFiles(s.files);
    project.events.removeIf([&](const TimelineEvent &e) {
        return (e.kind == EventKind::SetReadOnly || e.kind == EventKind::SetReadWrite) && same(e.filegroup, m_name);
    });
}

RenameFilegroupCommand::RenameFilegroupCommand(ProjectDocument *document, const QString &oldName, const QString &newName)
    : ProjectCommand(document, Tr::tr("Rename filegroup %1 to %2").arg(oldName, newName), DocumentChange::everything()),
      m_oldName(oldName), m_newName(newName)
{
}

void RenameFilegroupCommand::apply(Project &project)
{
    const qsizetype i = project.database.filegroupIndex(m_oldName);
    if (i < 0)
        return;
    project.database.filegroups[i].name = m_newName;
    forEachFilegroupReference(project, [&](QStringList &list) {
        for (QString &n : list)
            if (same(n, m_oldName))
                n = m_newName;
    });
    for (TimelineEvent &e : project.events)
        if (same(e.filegroup, m_oldName))
            e.filegroup = m_newName;
}

SetFilegroupReadOnlyCommand::SetFilegroupReadOnlyCommand(ProjectDocument *document, const QString &name, bool readOnly)
    : ProjectCommand(document, readOnly ? Tr::tr("Make %1 read-only").arg(name) : Tr::tr("Make %1 read/write").arg(name),
                     {ChangeKind::Layout}),
      m_name(name), m_readOnly(readOnly)
{
}

void SetFilegroupReadOnlyCommand::apply(Project &project)
{
    const qsizetype i = project.database.filegroupIndex(m_name);
    if (i >= 0)
        project.database.filegroups[i].readOnly = m_readOnly;
}

} // namespace rd
