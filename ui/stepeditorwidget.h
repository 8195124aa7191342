// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/planstep.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QGridLayout;
class QLabel;
class QLineEdit;

namespace rd {

class BackupChoiceModel;
class ProjectDocument;
class ViewState;

/// Edits the selected plan step: statement, backup, recovery option, filegroup targets (one
/// checkbox per filegroup of the layout), PARTIAL, REPLACE, CONTINUE_AFTER_ERROR and STOPAT.
///
/// Every change is one EditCommand replacing the step, whose text names the change ("Set
/// NORECOVERY on step 2"), so the undo history reads like a DBA's notes; repeated changes with the
/// same text merge (typing a time is one undo step). The widgets are refreshed from the
/// document after each change; they never hold a step of their own.
class StepEditorWidget : public QWidget
{
    Q_OBJECT
public:
    StepEditorWidget(ProjectDocument *document, ViewState *viewState, QWidget *parent = nullptr);

private:
    void refresh();
    void rebuildFilegroupChecks();
    /// The selected step as it is in the document now, or nullptr.
    const PlanStep *currentStep() const;
    void push(const PlanStep &step, const QString &text);

    void setStatement(int comboIndex);
    void setBackup(int comboIndex);
    void setRecovery(int comboIndex);
    void setFilegroup(const QString &name, bool on);
    void setFlag(bool PlanStep::*flag, const QString &keyword, bool on);
    void setStopAt();
    void setPages();

    ProjectDocument *m_document;
    ViewState *m_viewState;
    QLabel *m_title;
    QComboBox *m_statement;
    QComboBox *m_backup;
    BackupChoiceModel *m_backupChoices; ///< the backup chooser's rows, rebuilt only when the backups change
    QComboBox *m_recovery;
    QLineEdit *m_standbyFile;
    QWidget *m_filegroupBox;
    QGridLayout *m_filegroupLayout;
    QList<QCheckBox *> m_filegroupChecks;
    QLabel *m_files;
    QLineEdit *m_pages; ///< PAGE = 'file:page, …' of a page restore
    QCheckBox *m_partial;
    QCheckBox *m_replace;
    QCheckBox *m_continueAfterError;
    QCheckBox *m_stopAtCheck;
    QDateTimeEdit *m_stopAt;
};

} // namespace rd
