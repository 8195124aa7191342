// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/docks/databaseinspector.h"

#include "model/document/projectdocument.h"
#include "ui/designerstyle.h"
#include "ui/docks/databaseform.h"
#include "ui/docks/environmentform.h"
#include "ui/docks/filegroupform.h"
#include "ui/docks/logfilesform.h"
#include "ui/editgate.h"
#include "ui/viewstate.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace rd {

DatabaseInspector::DatabaseInspector(ProjectDocument *document, ViewState *viewState, QWidget *parent)
    : QDockWidget(tr("Inspector"), parent), m_document(document), m_viewState(viewState), m_error(new QLabel)
{
    setObjectName(QStringLiteral("databaseInspector"));
    const EditPusher push = [this](const ProjectEdit &edit, const QString &text) { return this->push(edit, text); };
    m_database = new DatabaseForm(document, push);
    m_environment = new EnvironmentForm(document, push);
    m_log = new LogFilesForm(document, push);
    m_filegroup = new FilegroupForm(document, push);
    m_error->setObjectName(QStringLiteral("inspectorError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    DesignerStyle::showAsError(m_error);
    m_error->hide();

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_error);
    layout->addWidget(m_database);
    layout->addWidget(m_log);
    layout->addWidget(m_filegroup, 1);
    layout->addWidget(m_environment);
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    setWidget(scroll);

    connect(m_filegroup, &FilegroupForm::renamed, m_viewState, &ViewState::setSelectedFilegroup);
    connect(m_filegroup, &FilegroupForm::refused, this, &DatabaseInspector::showRefusal);
    connect(m_log, &LogFilesForm::refused, this, &DatabaseInspector::showRefusal);
    connect(m_viewState, &ViewState::selectedFilegroupChanged, this, [this](const QString &name) {
        m_filegroup->setFilegroup(name);
    });
    connect(document, &ProjectDocument::changed, this, &DatabaseInspector::refresh);
    m_filegroup->setFilegroup(m_viewState->selectedFilegroup());
}

QString DatabaseInspector::refusal() const
{
    return m_error->text();
}

bool DatabaseInspector::push(const ProjectEdit &edit, const QString &text)
{
    QString reason;
    const EditGate::Outcome outcome = EditGate::push(m_document, -1, edit, this, text, &reason);
    showRefusal(reason);
    return outcome == EditGate::Outcome::Pushed;
}

void DatabaseInspector::showRefusal(const QString &reason)
{
    m_error->setText(reason);
    m_error->setVisible(!reason.isEmpty());
}

void DatabaseInspector::refresh()
{
    m_database->refresh();
    m_log->refresh();
    m_environment->refresh();
    // An undo may bring back a filegroup under another name: show what the selection names.
    m_filegroup->setFilegroup(m_viewState->selectedFilegroup());
    m_filegroup->refresh();
}

} // namespace rd
