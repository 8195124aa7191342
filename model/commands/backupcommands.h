#pragma once

#include "model/commands/projectcommand.h"

namespace rd {

/// Adds a backup to the history. The id must be unique (ids are how plans refer to backups);
/// use uniqueBackupId() to make one.
class AddBackupCommand : public ProjectCommand
{
public:
    AddBackupCommand(ProjectDocument *document, const Backup &backup);
    /// `base`, or `base_2`, `base_3`… whichever is not taken yet in `project`.
    static QString uniqueBackupId(const Project &project, const QString &base);
protected:
    void apply(Project &project) override;
private:
    Backup m_backup;
};

/// Removes a backup. Plan steps that used it keep their reference, which the validator then
/// reports (R-REF-001), so no step the user wrote is silently lost.
class RemoveBackupCommand : public ProjectCommand
{
public:
    RemoveBackupCommand(ProjectDocument *document, const QString &id);
protected:
    void apply(Project &project) override;
private:
    QString m_id;
};

/// Moves a backup in time (start and finish shift together). Consecutive moves of the same
/// backup merge, so a whole drag is one undo step while validation follows the cursor.
class MoveBackupCommand : public ProjectCommand
{
public:
    MoveBackupCommand(ProjectDocument *document, const QString &id, const QDateTime &newStart);
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
protected:
    void apply(Project &project) override;
private:
    QString m_backupId;
    QDateTime m_newStart;
};

/// Replaces a backup's fields (the generic value change for backup properties).
class ChangeBackupCommand : public ProjectCommand
{
public:
    ChangeBackupCommand(ProjectDocument *document, const QString &id, const Backup &newValue);
protected:
    void apply(Project &project) override;
private:
    QString m_id;
    Backup m_newValue;
};

} // namespace rd
