// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/backup.h" // first: plannedrestore.h (planner branch) uses Backup without including it
#include "model/planner/plannedrestore.h"
#include "model/planner/planrequest.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace rd {

class PriorityList;
class ProjectDocument;
class ViewState;

/// Plan ▸ Plan for…: asks the restore planner (RestorePlanner) for a plan over the document's
/// history — to the end of the log, a point in time (to the second), a marked transaction of the
/// timeline, or an LSN (decimal digits, as msdb shows them) — under a name, and, for a piecemeal
/// restore, with the filegroups to bring online first in the order the user drags them into.
///
/// OK plans on the document's current analysis. A plan is added as ONE undoable edit
/// (ProjectEdit::addPlan) and becomes the current plan; the planner's reasons for its choices are
/// then reasons(). When the planner (or the LSN field) refuses, its words show in the dialog,
/// which stays open, and nothing is added.
class PlanForDialog : public QDialog
{
    Q_OBJECT
public:
    enum class TargetKind { Latest, PointInTime, Mark, Lsn };

    PlanForDialog(ProjectDocument *document, ViewState *viewState, QWidget *parent = nullptr);

    /// What the fields ask for; nullopt, with the reason in `*error`, when the LSN is not one.
    std::optional<PlanRequest> request(QString *error = nullptr) const;
    /// The planner's result of the last OK.
    const PlannedRestore &planned() const { return m_planned; }
    /// Why the planner chose what the new plan restores (after a successful OK).
    QStringList reasons() const { return m_planned.reasons; }
    /// The refusal shown, or empty.
    QString error() const;

    void setTargetKind(TargetKind kind);
    QDateTimeEdit *timeEdit() const { return m_time; }
    QComboBox *markCombo() const { return m_mark; }
    QLineEdit *lsnEdit() const { return m_lsn; }
    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *piecemealBox() const { return m_piecemeal; }
    PriorityList *priorityList() const { return m_priority; }

    void accept() override;

private:
    void showTargetFields();
    void showError(const QString &text);

    ProjectDocument *m_document;
    ViewState *m_viewState;
    QComboBox *m_kind;
    QDateTimeEdit *m_time;
    QComboBox *m_mark;
    QCheckBox *m_beforeMark;
    QLineEdit *m_lsn;
    QLineEdit *m_name;
    QCheckBox *m_piecemeal;
    PriorityList *m_priority;
    QLabel *m_error;
    PlannedRestore m_planned;
};

} // namespace rd
