// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/history/historyactions.h"

#include "model/document/projectdocument.h"
#include "ui/history/historyimportdialog.h"
#include "ui/history/importreportdialog.h"
#include "ui/history/planfordialog.h"
#include "ui/projectfileactions.h"
#include "ui/viewstate.h"

#include <QAction>
#include <QMessageBox>
#include <QWidget>

namespace rd {

HistoryActions::HistoryActions(ProjectDocument *document, ViewState *viewState, ProjectFileActions *files, QWidget *window)
    : QObject(window), m_document(document), m_viewState(viewState), m_files(files), m_window(window),
      m_importHistory(new QAction(tr("Import &History…"), this)), m_planFor(new QAction(tr("Plan &for…"), this))
{
    m_importHistory->setObjectName(QStringLiteral("importHistoryAction"));
    m_importHistory->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importHistory->setToolTip(tr("Start an untitled project from a backup history: an msdb export, dbatools, or backup headers"));
    m_importHistory->setStatusTip(m_importHistory->toolTip());
    m_planFor->setObjectName(QStringLiteral("planForAction"));
    m_planFor->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_planFor->setToolTip(tr("Let the planner build a restore plan to a target, with the filegroups to bring online first"));
    m_planFor->setStatusTip(m_planFor->toolTip());
    connect(m_importHistory, &QAction::triggered, this, &HistoryActions::importHistory);
    connect(m_planFor, &QAction::triggered, this, &HistoryActions::planFor);
}

HistoryImportDialog *HistoryActions::importHistory()
{
    if (!m_files->maybeSave())
        return nullptr;
    auto *dialog = new HistoryImportDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applyImport(dialog->result(), dialog->files()); });
    connect(dialog, &QDialog::rejected, this, [this] {
        emit statusMessage(tr("Nothing was imported; the project shown is unchanged."), 6000);
    });
    dialog->open();
    return dialog;
}

void HistoryActions::applyImport(const HistoryImport &import, const QStringList &files)
{
    if (!import.project)
        return;
    m_document->reset(*import.project); // untitled and clean: Save asks where to keep it
    emit projectReplaced();
    emit statusMessage(tr("Imported the backup history of %1 as an untitled project: Save asks where to keep it.")
                           .arg(import.project->database.name),
                       10000);
    auto *report = new ImportReportDialog(import, files, m_window);
    report->setAttribute(Qt::WA_DeleteOnClose);
    report->open();
}

PlanForDialog *HistoryActions::planFor()
{
    auto *dialog = new PlanForDialog(m_document, m_viewState, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const int plan = m_viewState->currentPlan();
        if (plan >= 0 && plan < m_document->project().plans.size())
            showReasons(m_document->project().plans[plan].name, dialog->reasons());
    });
    dialog->open();
    return dialog;
}

void HistoryActions::showReasons(const QString &plan, const QStringList &reasons)
{
    emit statusMessage(tr("Added plan %1: hover a dimmed backup on the timeline to see why the plan leaves it out.").arg(plan),
                       10000);
    if (reasons.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Information, tr("Plan for…"), tr("Added plan <b>%1</b>.").arg(plan.toHtmlEscaped()),
                                QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("planReasonsBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QString list;
    for (const QString &r : reasons)
        list += QStringLiteral("<li>%1</li>").arg(r.toHtmlEscaped());
    box->setInformativeText(tr("Why these backups:") + QStringLiteral("<ul>%1</ul>").arg(list));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setDetailedText(reasons.join(u'\n'));
    box->open();
}

} // namespace rd
