// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDockWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace rd {

class ProjectDocument;
class ViewState;

/// The "T-SQL" dock: the current plan's RESTORE script or the BACKUP script of the history,
/// regenerated after every change, with Copy and Save….
class TsqlDock : public QDockWidget
{
    Q_OBJECT
public:
    enum Script { RestoreScript, BackupScript };

    TsqlDock(ProjectDocument *document, ViewState *viewState, QWidget *parent = nullptr);

    QString script() const;
    Script currentScript() const;
    /// Asks for a file name (proposing one from the database and script) and saves atomically.
    /// Errors are shown to the user; returns whether the file was written.
    bool saveAs();

private:
    void regenerate();
    void updatePlanName();

    ProjectDocument *m_document;
    ViewState *m_viewState;
    QComboBox *m_scriptCombo;
    QPlainTextEdit *m_edit;
    QLabel *m_status;
};

} // namespace rd
