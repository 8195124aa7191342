// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ui/docks/editpusher.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rd {

class FileTable;
class ProjectDocument;
struct Filegroup;
struct ProjectEdit;

/// One filegroup in the inspector: its name, kind and READ_ONLY flag, and its files (for
/// FILESTREAM and MEMORY_OPTIMIZED_DATA, its containers) in a FileTable whose name, path and
/// size cells edit in place; buttons add, remove and move the selected file to another filegroup.
/// Each change is one ProjectEdit through the dock's EditPusher, which refuses what SQL Server
/// would (EditRefusal) and asks before a removal rewrites backups or steps.
class FilegroupForm : public QGroupBox
{
    Q_OBJECT
public:
    FilegroupForm(ProjectDocument *document, EditPusher push, QWidget *parent = nullptr);

    /// The filegroup shown (a name of the layout, or empty for none).
    QString filegroupName() const { return m_filegroup; }
    void setFilegroup(const QString &name);
    void refresh();

signals:
    /// The shown filegroup was renamed through this form: the selection follows it.
    void renamed(const QString &newName);
    /// An entry the form cannot turn into an edit (a size that is not a number), in words.
    void refused(const QString &reason);

private:
    const Filegroup *current() const;
    void commitName();
    void addFile();
    void removeFile();
    void moveFile();
    void updateButtons();

    ProjectDocument *m_document;
    EditPusher m_push;
    QString m_filegroup;
    QLabel *m_none;
    QWidget *m_fields;
    QLineEdit *m_name;
    QComboBox *m_type;
    QCheckBox *m_readOnly;
    QLabel *m_filesLabel;
    FileTable *m_files;
    QPushButton *m_add;
    QPushButton *m_remove;
    QComboBox *m_moveTarget;
    QPushButton *m_move;
};

} // namespace rd
