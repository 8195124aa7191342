// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDockWidget>

class QLabel;

namespace rd {

class DatabaseForm;
class EnvironmentForm;
class FilegroupForm;
class LogFilesForm;
class ProjectDocument;
class ViewState;
struct ProjectEdit;

/// The "Inspector" dock: the whole database as the designer draws it. The database's name,
/// edition, recovery model and READ_ONLY option, its transaction log files, the facts about the
/// target server, and the
/// filegroup selected in the layout (ViewState) with its kind, READ_ONLY flag and files or
/// containers. Every change is one undoable EditCommand; an edit SQL Server would refuse is not
/// made and its reason shows under the forms until the next edit (EditGate), and a removal that
/// changes backups or plan steps asks first.
class DatabaseInspector : public QDockWidget
{
    Q_OBJECT
public:
    DatabaseInspector(ProjectDocument *document, ViewState *viewState, QWidget *parent = nullptr);

    /// The reason the last edit was refused, or empty (what the error line shows).
    QString refusal() const;

private:
    bool push(const ProjectEdit &edit, const QString &text);
    void showRefusal(const QString &reason);
    void refresh();

    ProjectDocument *m_document;
    ViewState *m_viewState;
    DatabaseForm *m_database;
    EnvironmentForm *m_environment;
    LogFilesForm *m_log;
    FilegroupForm *m_filegroup;
    QLabel *m_error;
};

} // namespace rd
