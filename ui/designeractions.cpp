// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/designeractions.h"

#include "model/commands/editcommand.h"
#include "model/commands/projectedits.h"
#include "model/document/projectdocument.h"
#include "model/domain/plansteps.h"
#include "ui/addfilegroupdialog.h"
#include "ui/designerstyle.h"
#include "ui/editgate.h"
#include "ui/steptext.h"
#include "ui/viewstate.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QInputDialog>
#include <QMenu>
#include <QStyle>
#include <QWidget>

namespace rd {
DesignerActions::DesignerActions(ProjectDocument *document, ViewState *viewState, QWidget *dialogParent)
    : QObject(dialogParent), m_document(document), m_viewState(viewState), m_dialogParent(dialogParent)
{
    auto make = [this](const QString &text, const QString &tip, const QString &name) {
        auto *a = new QAction(text, this);
        a->setToolTip(tip);
        a->setStatusTip(tip);
        a->setObjectName(name);
        return a;
    };
    m_addFilegroup = make(tr("Add &Filegroup…"), tr("Add a ROWS, FILESTREAM or MEMORY_OPTIMIZED_DATA filegroup to the layout"),
                          QStringLiteral("addFilegroupAction"));
    m_addFilegroup->setIcon(DesignerStyle::filegroupIcon(FilegroupType::Rows));
    m_renameFilegroup = make(tr("&Rename Filegroup…"), tr("Rename the selected filegroup and every reference to it"),
                             QStringLiteral("renameFilegroupAction"));
    m_renameFilegroup->setShortcut(Qt::Key_F2);
    m_readOnly = make(tr("Read-&Only Filegroup"), tr("Whether the selected filegroup is READ_ONLY at the start of the timeline"),
                      QStringLiteral("readOnlyAction"));
    m_readOnly->setCheckable(true);
    m_readOnly->setIcon(DesignerStyle::lockIcon());
    m_removeFilegroup = make(tr("Remove Filegroup"), tr("Remove the selected filegroup and every reference to it"),
                             QStringLiteral("removeFilegroupAction"));

    m_addBackupMenu = new QMenu(tr("Add &Backup"), dialogParent);
    m_addBackupMenu->setObjectName(QStringLiteral("addBackupMenu"));
    m_addBackupMenu->setToolTipsVisible(true);
    for (int t = int(BackupType::Full); t <= int(BackupType::Log); ++t) {
        const auto type = BackupType(t);
        QAction *a = m_addBackupMenu->addAction(DesignerStyle::swatchIcon(DesignerStyle::backupColor(type)), toString(type));
        a->setToolTip(tr("Add a %1 backup to the history").arg(toString(type)));
        connect(a, &QAction::triggered, this, [this, type] { addBackup(type, {}, {}); });
    }
    m_removeBackup = make(tr("Remove Backup"), tr("Remove the selected backup from the history (plan steps keep their reference)"),
                          QStringLiteral("removeBackupAction"));
    m_addToPlan = make(tr("Add Backup to &Plan"), tr("Append a RESTORE step for the selected backup to the current plan"),
                       QStringLiteral("addToPlanAction"));
    m_addStep = make(tr("Add &Step"), tr("Insert a step after the selected one (a RESTORE of the selected backup, "
                                         "or a recovery-only RESTORE)"),
                     QStringLiteral("addStepAction"));
    m_addStep->setShortcut(Qt::CTRL | Qt::Key_Return);
    m_removeStep = make(tr("Remove S&tep"), tr("Remove the selected step from the plan"), QStringLiteral("removeStepAction"));
    m_removeStep->setShortcut(Qt::CTRL | Qt::Key_Delete);
    m_moveStepUp = make(tr("Move Step &Up"), tr("Run the selected step one position earlier"), QStringLiteral("moveStepUpAction"));
    m_moveStepUp->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_Up);
    m_moveStepDown = make(tr("Move Step &Down"), tr("Run the selected step one position later"),
                          QStringLiteral("moveStepDownAction"));
    m_moveStepDown->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_Down);
    m_addPlan = make(tr("Add P&lan…"), tr("Add a new, empty restore plan"), QStringLiteral("addPlanAction"));
    m_delete = make(tr("&Delete"),
                    tr("Remove the selection: the selected step when the plan has the focus, else the selected "
                       "backup, else the selected filegroup"),
                    QStringLiteral("deleteAction"));
    m_delete->setShortcut(QKeySequence::Delete);

    if (QStyle *style = dialogParent->style()) {
        m_removeStep->setIcon(style->standardIcon(QStyle::SP_DialogDiscardButton));
        m_removeBackup->setIcon(style->standardIcon(QStyle::SP_DialogDiscardButton));
        m_removeFilegroup->setIcon(style->standardIcon(QStyle::SP_DialogDiscardButton));
        m_delete->setIcon(style->standardIcon(QStyle::SP_TrashIcon));
        m_moveStepUp->setIcon(style->standardIcon(QStyle::SP_ArrowUp));
        m_moveStepDown->setIcon(style->standardIcon(QStyle::SP_ArrowDown));
        m_addStep->setIcon(style->standardIcon(QStyle::SP_FileDialogNewFolder));
        m_addToPlan->setIcon(style->standardIcon(QStyle::SP_ArrowRight));
    }

    connect(m_addFilegroup, &QAction::triggered, this, &DesignerActions::addFilegroup);
    connect(m_renameFilegroup, &QAction::triggered, this, [this] { renameFilegroup(m_viewState->selectedFilegroup()); });
    connect(m_readOnly, &QAction::triggered, this, &DesignerActions::toggleReadOnly);
    connect(m_removeFilegroup, &QAction::triggered, this, &DesignerActions::removeFilegroup);
    connect(m_removeBackup, &QAction::triggered, this, &DesignerActions::removeBackup);
    connect(m_addToPlan, &QAction::triggered, this, &DesignerActions::addToPlan);
    connect(m_addStep, &QAction::triggered, this, &DesignerActions::addStep);
    connect(m_removeStep, &QAction::triggered, this, &DesignerActions::removeStep);
    connect(m_moveStepUp, &QAction::triggered, this, [this] { moveStep(-1); });
    connect(m_moveStepDown, &QAction::triggered, this, [this] { moveStep(+1); });
    connect(m_addPlan, &QAction::triggered, this, &DesignerActions::addPlan);
    connect(m_delete, &QAction::triggered, this, &DesignerActions::deleteSelection);

    connect(document, &ProjectDocument::changed, this, &DesignerActions::updateActions);
    connect(viewState, &ViewState::currentPlanChanged, this, &DesignerActions::updateActions);
    connect(viewState, &ViewState::currentStepChanged, this, &DesignerActions::updateActions);
    connect(viewState, &ViewState::selectedBackupChanged, this, &DesignerActions::updateActions);
    connect(viewState, &ViewState::selectedFilegroupChanged, this, &DesignerActions::updateActions);
    updateActions();
}

void DesignerActions::addBackup(BackupType type, const QDateTime &time, const QString &filegroup)
{
    const QString fg = filegroup.isEmpty() ? m_viewState->selectedFilegroup() : filegroup;
    const ProjectEdit edit = ProjectEdits::newBackup(m_document->project(), type, time, fg);
    push(-1, edit);
    m_viewState->setSelectedBackup(edit.backup.id);
}

void DesignerActions::renameFilegroup(const QString &name)
{
    const Database &db = m_document->project().database;
    if (db.filegroupIndex(name) < 0)
        return;
    bool ok = false;
    const QString newName = QInputDialog::getText(m_dialogParent, tr("Rename Filegroup"),
                                                  tr("New name of filegroup %1:").arg(name), QLineEdit::Normal, name, &ok)
                                .trimmed();
    if (!ok || newName.isEmpty() || newName == name)
        return;
    if (EditGate::push(m_document, -1, ProjectEdit::renameFilegroup(name, newName), m_dialogParent) == EditGate::Outcome::Pushed)
        m_viewState->setSelectedFilegroup(newName);
}

void DesignerActions::addFilegroup()
{
    AddFilegroupDialog dialog(m_document->project().database, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Filegroup fg = dialog.filegroup();
    if (EditGate::push(m_document, -1, ProjectEdit::addFilegroup(fg), m_dialogParent) == EditGate::Outcome::Pushed)
        m_viewState->setSelectedFilegroup(fg.name);
}

void DesignerActions::toggleReadOnly()
{
    const Filegroup *fg = m_document->project().database.filegroup(m_viewState->selectedFilegroup());
    if (fg)
        EditGate::push(m_document, -1, ProjectEdit::setFilegroupReadOnly(fg->name, !fg->readOnly), m_dialogParent);
    updateActions(); // a refused toggle leaves the check mark where the document has it
}

void DesignerActions::removeFilegroup()
{
    const QString name = m_viewState->selectedFilegroup();
    if (m_document->project().database.filegroupIndex(name) >= 0)
        EditGate::push(m_document, -1, ProjectEdit::removeFilegroup(name), m_dialogParent);
}

void DesignerActions::removeBackup()
{
    const QString id = m_viewState->selectedBackup();
    if (!m_document->analysis().backup(id))
        return;
    QStringList uses; // "Plan “name”, step 2: RESTORE LOG … FROM id …", 1-based as the Plan dock counts
    const QList<Plan> &plans = m_document->project().plans;
    for (const Plan &plan : plans)
        for (int i = 0; i < plan.steps.size(); ++i)
            if (plan.steps[i].backup == id)
                uses << tr("Plan “%1”, step %2: %3").arg(plan.name).arg(i + 1).arg(StepText::summary(plan.steps[i]));
    if (!uses.isEmpty()) {
        QMessageBox box(QMessageBox::Question, tr("Remove Backup"),
                        tr("Backup %1 is restored by %n plan step(s):", nullptr, int(uses.size())).arg(id),
                        QMessageBox::Ok | QMessageBox::Cancel, m_dialogParent);
        box.setObjectName(QStringLiteral("removeBackupBox"));
        box.setInformativeText(uses.join(u'\n')
                               + tr("\n\nThe steps keep naming it, and the checks report them (R-REF-001) until "
                                    "you change them. Undo gives the backup back."));
        box.setDefaultButton(QMessageBox::Cancel);
        box.button(QMessageBox::Ok)->setText(tr("Remove Backup"));
        if (box.exec() != QMessageBox::Ok)
            return;
    }
    push(-1, ProjectEdit::removeBackup(id));
}

void DesignerActions::deleteSelection()
{
    // The step only when the plan has the focus: a step stays selected while the user works on
    // the timeline, and Delete there means the backup.
    bool planFocused = false;
    for (const QWidget *w = QApplication::focusWidget(); w && !planFocused; w = w->parentWidget())
        planFocused = w->objectName() == QLatin1String("planDock");
    if (planFocused && m_viewState->currentStep() >= 0)
        removeStep();
    else if (m_document->analysis().backup(m_viewState->selectedBackup()))
        removeBackup();
    else if (m_document->project().database.filegroupIndex(m_viewState->selectedFilegroup()) >= 0)
        removeFilegroup();
}

void DesignerActions::addToPlan()
{
    const Project &project = m_document->project();
    const Backup *b = m_document->analysis().backup(m_viewState->selectedBackup());
    const int plan = m_viewState->currentPlan();
    if (!b || plan < 0)
        return;
    const int index = int(project.plans[plan].steps.size());
    push(plan, ProjectEdit::insert(index, PlanSteps::restoreOf(*b, RecoveryOption::NoRecovery)));
    m_viewState->setCurrentStep(index);
}

void DesignerActions::addStep()
{
    const Project &project = m_document->project();
    const int plan = m_viewState->currentPlan();
    if (plan < 0)
        return;
    // NORECOVERY, the usual choice for every step but the last: the validator says when the plan
    // then never recovers.
    const Backup *b = m_document->analysis().backup(m_viewState->selectedBackup());
    const PlanStep step = b ? PlanSteps::restoreOf(*b, RecoveryOption::NoRecovery) : PlanSteps::recoveryOnly();
    const int current = m_viewState->currentStep();
    const int index = current < 0 ? int(project.plans[plan].steps.size()) : current + 1;
    push(plan, ProjectEdit::insert(index, step));
    m_viewState->setCurrentStep(index);
}

void DesignerActions::removeStep()
{
    const int plan = m_viewState->currentPlan(), step = m_viewState->currentStep();
    if (plan >= 0 && step >= 0)
        push(plan, ProjectEdit::remove(step));
}

void DesignerActions::moveStep(int delta)
{
    const int plan = m_viewState->currentPlan(), step = m_viewState->currentStep();
    if (plan < 0 || step < 0)
        return;
    const int to = step + delta;
    if (to < 0 || to >= m_document->project().plans[plan].steps.size())
        return;
    push(plan, ProjectEdit::move(step, to));
    m_viewState->setCurrentStep(to);
}

void DesignerActions::addPlan()
{
    const Project &project = m_document->project();
    QString proposed = tr("Restore plan %1").arg(project.plans.size() + 1);
    bool ok = false;
    const QString name = QInputDialog::getText(m_dialogParent, tr("Add Plan"), tr("Name of the new restore plan:"),
                                               QLineEdit::Normal, proposed, &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    Plan plan;
    plan.name = name;
    push(-1, ProjectEdit::addPlan(plan));
    m_viewState->setCurrentPlan(int(m_document->project().plans.size()) - 1);
}

void DesignerActions::updateActions()
{
    const Project &project = m_document->project();
    const Filegroup *fg = project.database.filegroup(m_viewState->selectedFilegroup());
    m_renameFilegroup->setEnabled(fg && !fg->isPrimary()); // PRIMARY keeps its name (EditRefusal)
    // Offered only where SQL Server allows it: never for the memory-optimized filegroup.
    const bool memoryOptimized = fg && fg->type == FilegroupType::MemoryOptimizedData;
    m_readOnly->setEnabled(fg && (!memoryOptimized || fg->readOnly));
    m_readOnly->setChecked(fg && fg->readOnly);
    m_readOnly->setToolTip(memoryOptimized ? tr("The memory-optimized filegroup cannot be made READ_ONLY")
                                           : tr("Whether the selected filegroup is READ_ONLY at the start of the timeline"));
    m_removeFilegroup->setEnabled(fg && !fg->isPrimary());
    const bool backup = m_document->analysis().backup(m_viewState->selectedBackup()) != nullptr;
    const int plan = m_viewState->currentPlan(), step = m_viewState->currentStep();
    const int steps = plan >= 0 ? int(project.plans[plan].steps.size()) : 0;
    m_removeBackup->setEnabled(backup);
    m_addToPlan->setEnabled(backup && plan >= 0);
    m_addStep->setEnabled(plan >= 0);
    m_removeStep->setEnabled(step >= 0);
    m_moveStepUp->setEnabled(step > 0);
    m_moveStepDown->setEnabled(step >= 0 && step + 1 < steps);
    m_delete->setEnabled(step >= 0 || backup || fg);
    if (fg) {
        m_renameFilegroup->setText(tr("&Rename Filegroup %1…").arg(fg->name));
        m_removeFilegroup->setText(tr("Remove Filegroup %1").arg(fg->name));
    } else {
        m_renameFilegroup->setText(tr("&Rename Filegroup…"));
        m_removeFilegroup->setText(tr("Remove Filegroup"));
    }
    m_removeBackup->setText(backup ? tr("Remove Backup %1").arg(m_viewState->selectedBackup()) : tr("Remove Backup"));
    m_addToPlan->setText(backup ? tr("Add %1 to &Plan").arg(m_viewState->selectedBackup()) : tr("Add Backup to &Plan"));
}

void DesignerActions::push(int planIndex, const ProjectEdit &edit)
{
    m_document->undoStack()->push(new EditCommand(m_document, planIndex, edit));
}

} // namespace rd
