#include "model/commands/backupcommands.h"

#include "model/commands/commandids.h"

#include <QCoreApplication>

namespace rd {
namespace {
/// Translation context for this file's messages (lupdate reads Tr::tr calls).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommands)
};
}

AddBackupCommand::AddBackupCommand(ProjectDocument *document, const Backup &backup)
    : ProjectCommand(document, Tr::tr("Add backup %1").arg(backup.id), {ChangeKind::Backups}), // any: its id may be made unique
      m_backup(backup)
{
}

QString AddBackupCommand::uniqueBackupId(const Project &project, const QString &base)
{
    QString id = base;
    for (int n = 2; project.backupIndex(id) >= 0; ++n)
        id = QStringLiteral("%1_%2").arg(base).arg(n);
    return id;
}

void AddBackupCommand::apply(Project &project)
{
    project.backups.append(m_backup);
}

RemoveBackupCommand::RemoveBackupCommand(ProjectDocument *document, const QString &id)
    : ProjectCommand(document, Tr::tr("Remove backup %1").arg(id), {ChangeKind::Backups, -1, -1, {id}}), m_id(id)
{
}

void RemoveBackupCommand::apply(Project &project)
{
    const qsizetype i = project.backupIndex(m_id);
    if (i >= 0)
        project.backups.removeAt(i);
}

MoveBackupCommand::MoveBackupCommand(ProjectDocument *document, const QString &id, const QDateTime &newStart)
    : ProjectCommand(document, Tr::tr("Move backup %1").arg(id), {ChangeKind::Backups, -1, -1, {id}}), m_backupId(id), m_newStart(newStart)
{
}

int MoveBackupCommand::id() const
{
    return MoveBackupCommandId;
}

bool MoveBackupCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const MoveBackupCommand *>(other);
    if (o->m_backupId != m_backupId)
        return false;
    m_newStart = o->m_newStart; // our saved "before" stays the state before the whole drag
    return true;
}

void MoveBackupCommand::apply(Project &project)
{
    const qsizetype i = project.backupIndex(m_backupId);
    if (i < 0 || !m_newStart.isValid())
        return;
    Backup &b = project.backups[i];
    const qint64 duration = b.start.isValid() && b.finish.isValid() ? b.start.msecsTo(b.finish) : 0;
    b.start = m_newStart;
    b.finish = m_newStart.addMSecs(duration);
}

ChangeBackupCommand::ChangeBackupCommand(ProjectDocument *document, const QString &id, const Backup &newValue)
    : ProjectCommand(document, Tr::tr("Change backup %1").arg(id), {ChangeKind::Backups | ChangeKind::Plans, -1, -1, {id}}),
      m_id(id), m_newValue(newValue)
{
}

void ChangeBackupCommand::apply(Project &project)
{
    const qsizetype i = project.backupIndex(m_id);
    if (i < 0)
        return;
    // An id change carries the plans' references along.
    if (m_newValue.id != m_id)
        for (Plan &plan : project.plans)
            for (PlanStep &s : plan.steps)
                if (s.backup == m_id)
                    s.backup = m_newValue.id;
    project.backups[i] = m_newValue;
}

} // namespace rd
