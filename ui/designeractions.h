// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/enums.h"

#include <QDateTime>
#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace rd {

class ProjectDocument;
struct ProjectEdit;
class ViewState;

/// The Edit actions of the designer: layout, backups, plan steps and plans.
///
/// Shared by the Edit menu, the toolbars and the views' context menus, so every path runs the
/// same code: each action pushes exactly one EditCommand on the document's undo stack and acts on
/// the selection held by ViewState (a context menu first selects what it was opened on). The
/// layout's actions go through EditGate: an edit SQL Server would refuse (renaming PRIMARY or to a
/// taken name, a read-only memory-optimized filegroup, removing PRIMARY) is refused with the
/// reason, and removing a filegroup that backups or steps name asks first.
class DesignerActions : public QObject
{
    Q_OBJECT
public:
    DesignerActions(ProjectDocument *document, ViewState *viewState, QWidget *dialogParent);

    QAction *addFilegroupAction() const { return m_addFilegroup; }
    QAction *renameFilegroupAction() const { return m_renameFilegroup; }
    QAction *readOnlyAction() const { return m_readOnly; }
    QAction *removeFilegroupAction() const { return m_removeFilegroup; }
    /// One action per backup type, adding it half an hour after the last backup (FILE backups:
    /// of the selected filegroup). The timeline's context menu adds at the clicked time instead.
    QMenu *addBackupMenu() const { return m_addBackupMenu; }
    QAction *removeBackupAction() const { return m_removeBackup; }
    QAction *addToPlanAction() const { return m_addToPlan; }
    QAction *addStepAction() const { return m_addStep; }
    QAction *removeStepAction() const { return m_removeStep; }
    QAction *moveStepUpAction() const { return m_moveStepUp; }
    QAction *moveStepDownAction() const { return m_moveStepDown; }
    QAction *addPlanAction() const { return m_addPlan; }
    /// Delete (QKeySequence::Delete): removes the selection — the selected step when the Plan dock
    /// has the keyboard focus, else the selected backup (Remove Backup), else the selected
    /// filegroup (Remove Filegroup, through EditGate). Text fields keep the key for themselves.
    QAction *deleteAction() const { return m_delete; }

    /// Adds a backup of `type` starting at `time` (invalid: after the last backup); a FILE or
    /// FILE_DIFFERENTIAL backup contains `filegroup` (empty: the selected one, or PRIMARY).
    /// The new backup gets a unique id and becomes the selected one.
    void addBackup(BackupType type, const QDateTime &time, const QString &filegroup);

    void renameFilegroup(const QString &name);

private:
    void addFilegroup();
    void toggleReadOnly();
    void removeFilegroup();
    /// Asks first when plan steps restore the backup (they keep naming it: R-REF-001).
    void removeBackup();
    void deleteSelection();
    void addToPlan();
    void addStep();
    void removeStep();
    void moveStep(int delta);
    void addPlan();
    void updateActions();
    /// Pushes one EditCommand applying `edit` to plan `planIndex` (-1: an edit of no plan).
    void push(int planIndex, const ProjectEdit &edit);

    ProjectDocument *m_document;
    ViewState *m_viewState;
    QWidget *m_dialogParent;

    QAction *m_addFilegroup;
    QAction *m_renameFilegroup;
    QAction *m_readOnly;
    QAction *m_removeFilegroup;
    QMenu *m_addBackupMenu;
    QAction *m_removeBackup;
    QAction *m_addToPlan;
    QAction *m_addStep;
    QAction *m_removeStep;
    QAction *m_moveStepUp;
    QAction *m_moveStepDown;
    QAction *m_addPlan;
    QAction *m_delete;
};

} // namespace rd
