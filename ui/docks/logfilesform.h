// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ui/docks/editpusher.h"

#include <QGroupBox>

class QPushButton;

namespace rd {

class FileTable;
class ProjectDocument;

/// The database's transaction log files in the inspector (issue 9, item 2): a FileTable whose
/// name, path and size cells edit in place (ALTER DATABASE … MODIFY FILE), and buttons that add a
/// log file (ADD LOG FILE) and remove the selected one (REMOVE FILE; Del too). Each change is one
/// ProjectEdit through the dock's EditPusher, which refuses what SQL Server would (EditRefusal):
/// a name another data or log file has, an empty name, removing the primary or the last log file.
class LogFilesForm : public QGroupBox
{
    Q_OBJECT
public:
    LogFilesForm(ProjectDocument *document, EditPusher push, QWidget *parent = nullptr);

    /// Shows the document's log files (after any change).
    void refresh();

signals:
    /// An entry the form cannot turn into an edit (a size that is not a number), in words.
    void refused(const QString &reason);

private:
    void addLogFile();
    void removeLogFile();

    ProjectDocument *m_document;
    EditPusher m_push;
    FileTable *m_files;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace rd
