#pragma once

#include "model/commands/projectcommand.h"

namespace rd {

/// Adds a filegroup to the layout (at the end).
class AddFilegroupCommand : public ProjectCommand
{
public:
    AddFilegroupCommand(ProjectDocument *document, const Filegroup &filegroup);
protected:
    void apply(Project &project) override;
private:
    Filegroup m_filegroup;
};

/// Removes a filegroup and every reference to it (backup scopes, step targets, read-only events).
class RemoveFilegroupCommand : public ProjectCommand
{
public:
    RemoveFilegroupCommand(ProjectDocument *document, const QString &name);
protected:
    void apply(Project &project) override;
private:
    QString m_name;
};

/// Renames a filegroup and every reference to it (case-insensitive, as SQL Server).
class RenameFilegroupCommand : public ProjectCommand
{
public:
    RenameFilegroupCommand(ProjectDocument *document, const QString &oldName, const QString &newName);
protected:
    void apply(Project &project) override;
private:
    QString m_oldName;
    QString m_newName;
};

/// Sets whether a filegroup is read-only at the start of the timeline (R-RO-005: not PRIMARY,
/// which the validator reports rather than this command refusing).
class SetFilegroupReadOnlyCommand : public ProjectCommand
{
public:
    SetFilegroupReadOnlyCommand(ProjectDocument *document, const QString &name, bool readOnly);
protected:
    void apply(Project &project) override;
private:
    QString m_name;
    bool m_readOnly;
};

} // namespace rd
