// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/docks/logfilesform.h"

#include "model/commands/projectedits.h"
#include "model/document/projectdocument.h"
#include "model/findings/projectedit.h"
#include "ui/docks/filetable.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace rd {

LogFilesForm::LogFilesForm(ProjectDocument *document, EditPusher push, QWidget *parent)
    : QGroupBox(tr("Transaction log"), parent), m_document(document), m_push(std::move(push)), m_files(new FileTable),
      m_add(new QPushButton(tr("Add log f&ile"))), m_remove(new QPushButton(tr("Remove lo&g file")))
{
    setObjectName(QStringLiteral("logFilesForm"));
    m_files->setObjectName(QStringLiteral("logFiles"));
    // A log has one file or a few: the table takes the height of its rows, not the dock's.
    m_files->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_files->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    m_files->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_add->setObjectName(QStringLiteral("addLogFileButton"));
    m_add->setToolTip(tr("Add a log file to the database (ALTER DATABASE … ADD LOG FILE)"));
    m_remove->setObjectName(QStringLiteral("removeLogFileButton"));
    m_remove->setToolTip(tr("Remove the selected log file (ALTER DATABASE … REMOVE FILE). The primary log file, "
                            "the first, stays. Del"));
    if (QStyle *s = style()) {
        m_add->setIcon(s->standardIcon(QStyle::SP_FileDialogNewFolder));
        m_remove->setIcon(s->standardIcon(QStyle::SP_DialogDiscardButton));
    }

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_files);
    layout->addLayout(buttons);

    connect(m_files, &FileTable::fileChanged, this, [this](const QString &name, const DataFile &file, const QString &text) {
        m_push(ProjectEdit::replaceFile(name, file), text);
    });
    connect(m_files, &FileTable::refused, this, &LogFilesForm::refused);
    connect(m_files, &FileTable::removeRequested, this, &LogFilesForm::removeLogFile);
    connect(m_files, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_files->selectedFile().isEmpty()); });
    connect(m_add, &QPushButton::clicked, this, &LogFilesForm::addLogFile);
    connect(m_remove, &QPushButton::clicked, this, &LogFilesForm::removeLogFile);
    refresh();
}

void LogFilesForm::refresh()
{
    m_files->setFiles(m_document->project().database.logFiles, false,
                      tr("The primary log file (.ldf): SQL Server keeps it while the database exists."));
    m_remove->setEnabled(!m_files->selectedFile().isEmpty());
}

void LogFilesForm::addLogFile()
{
    const DataFile file = ProjectEdits::newLogFile(m_document->project().database);
    if (m_push(ProjectEdit::addLogFile(file), {}))
        m_files->selectFile(file.name);
}

void LogFilesForm::removeLogFile()
{
    if (const QString file = m_files->selectedFile(); !file.isEmpty())
        m_push(ProjectEdit::removeFile(file), {});
}

} // namespace rd
