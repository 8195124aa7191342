// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QWidget;

namespace rd {

class HistoryImportDialog;
class PlanForDialog;
class ProjectDocument;
class ProjectFileActions;
class ViewState;
struct HistoryImport;

/// From a real backup history to a restore plan (issue 11): File ▸ Import History… (Ctrl+Shift+I)
/// and Plan ▸ Plan for… (Ctrl+Shift+P). Both dialogs open window-modal without blocking (open()),
/// so the window keeps painting while an import runs and tests can drive them.
class HistoryActions : public QObject
{
    Q_OBJECT
public:
    HistoryActions(ProjectDocument *document, ViewState *viewState, ProjectFileActions *files, QWidget *window);

    QAction *importHistoryAction() const { return m_importHistory; }
    QAction *planForAction() const { return m_planFor; }

    /// Asks about unsaved changes as File ▸ Open does, then opens the import dialog (null when the
    /// user chose Cancel). Its success replaces the project (applyImport); cancelling it, or an
    /// error, changes nothing.
    HistoryImportDialog *importHistory();
    /// The imported history becomes the project: untitled and unmodified, so Save asks for a
    /// name; then the import report opens (ImportReportDialog). `import` must hold a project.
    void applyImport(const HistoryImport &import, const QStringList &files);
    /// Opens the "Plan for…" dialog on the document; once it added a plan, the planner's reasons
    /// show in a message box the user can copy from.
    PlanForDialog *planFor();

signals:
    /// After an import replaced the whole project (as ProjectFileActions::projectReplaced).
    void projectReplaced();
    void statusMessage(const QString &message, int timeoutMs);

private:
    void showReasons(const QString &plan, const QStringList &reasons);

    ProjectDocument *m_document;
    ViewState *m_viewState;
    ProjectFileActions *m_files;
    QWidget *m_window;
    QAction *m_importHistory;
    QAction *m_planFor;
};

} // namespace rd
