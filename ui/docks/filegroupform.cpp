// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/docks/filegroupform.h"

#include "model/commands/projectedits.h"
#include "model/document/projectdocument.h"
#include "model/findings/projectedit.h"
#include "ui/designerstyle.h"
#include "ui/docks/filetable.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QVBoxLayout>

namespace rd {

FilegroupForm::FilegroupForm(ProjectDocument *document, EditPusher push, QWidget *parent)
    : QGroupBox(tr("Filegroup"), parent), m_document(document), m_push(std::move(push)),
      m_none(new QLabel(tr("Select a filegroup in the layout to see its files."))), m_fields(new QWidget),
      m_name(new QLineEdit), m_type(new QComboBox), m_readOnly(new QCheckBox(tr("READ_ONLY at the start of the timeline"))),
      m_filesLabel(new QLabel), m_files(new FileTable), m_add(new QPushButton(tr("&Add"))),
      m_remove(new QPushButton(tr("Re&move"))), m_moveTarget(new QComboBox), m_move(new QPushButton(tr("Mo&ve to")))
{
    setObjectName(QStringLiteral("filegroupForm"));
    m_none->setObjectName(QStringLiteral("filegroupNone"));
    m_none->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("filegroupName"));
    m_name->setToolTip(tr("ALTER DATABASE … MODIFY FILEGROUP … NAME: renames the filegroup and every reference to it. "
                          "Press Enter to apply."));
    m_type->setObjectName(QStringLiteral("filegroupType"));
    m_type->setToolTip(tr("What the filegroup holds. A database has at most one MEMORY_OPTIMIZED_DATA filegroup; "
                          "PRIMARY is ROWS."));
    for (const FilegroupType t : {FilegroupType::Rows, FilegroupType::Filestream, FilegroupType::MemoryOptimizedData})
        m_type->addItem(DesignerStyle::filegroupIcon(t), toString(t), int(t));
    m_readOnly->setObjectName(QStringLiteral("filegroupReadOnly"));
    m_files->setObjectName(QStringLiteral("filegroupFiles"));
    m_add->setObjectName(QStringLiteral("addFileButton"));
    m_remove->setObjectName(QStringLiteral("removeFileButton"));
    m_moveTarget->setObjectName(QStringLiteral("moveFileTarget"));
    m_moveTarget->setToolTip(tr("The filegroup the selected file moves to (one of the same kind)"));
    m_move->setObjectName(QStringLiteral("moveFileButton"));
    m_move->setToolTip(tr("Move the selected file to the chosen filegroup"));
    if (QStyle *s = style()) {
        m_add->setIcon(s->standardIcon(QStyle::SP_FileDialogNewFolder));
        m_remove->setIcon(s->standardIcon(QStyle::SP_DialogDiscardButton));
        m_move->setIcon(s->standardIcon(QStyle::SP_ArrowRight));
    }
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(tr("&Kind:"), m_type);
    form->addRow(QString(), m_readOnly);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_move);
    buttons->addWidget(m_moveTarget);
    auto *fields = new QVBoxLayout(m_fields);
    fields->setContentsMargins(0, 0, 0, 0);
    fields->addLayout(form);
    fields->addWidget(m_filesLabel);
    fields->addWidget(m_files, 1);
    fields->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_none);
    layout->addWidget(m_fields, 1);

    connect(m_name, &QLineEdit::editingFinished, this, &FilegroupForm::commitName);
    connect(m_type, &QComboBox::activated, this, [this] {
        const auto type = FilegroupType(m_type->currentData().toInt());
        if (!m_push(ProjectEdit::setFilegroupType(m_filegroup, type), {}))
            refresh();
    });
    connect(m_readOnly, &QCheckBox::clicked, this, [this](bool on) {
        if (!m_push(ProjectEdit::setFilegroupReadOnly(m_filegroup, on), {}))
            refresh();
    });
    connect(m_files, &FileTable::fileChanged, this, [this](const QString &name, const DataFile &file, const QString &text) {
        m_push(ProjectEdit::replaceFile(name, file), text);
    });
    connect(m_files, &FileTable::refused, this, &FilegroupForm::refused);
    connect(m_files, &FileTable::removeRequested, this, &FilegroupForm::removeFile); // Del, while the table has the focus
    connect(m_files, &QTableWidget::itemSelectionChanged, this, &FilegroupForm::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &FilegroupForm::addFile);
    connect(m_remove, &QPushButton::clicked, this, &FilegroupForm::removeFile);
    connect(m_move, &QPushButton::clicked, this, &FilegroupForm::moveFile);
    refresh();
}

void FilegroupForm::setFilegroup(const QString &name)
{
    if (name == m_filegroup)
        return;
    m_filegroup = name;
    refresh();
}

const Filegroup *FilegroupForm::current() const
{
    return m_document->project().database.filegroup(m_filegroup);
}

void FilegroupForm::refresh()
{
    const Filegroup *fg = current();
    m_none->setVisible(!fg);
    m_fields->setVisible(fg);
    setTitle(fg ? tr("Filegroup %1").arg(fg->name) : tr("Filegroup"));
    if (!fg)
        return;
    const bool containers = fg->type != FilegroupType::Rows;
    {
        const QSignalBlocker b1(m_name), b2(m_type), b3(m_readOnly);
        if (m_name->text() != fg->name)
            m_name->setText(fg->name);
        m_type->setCurrentIndex(m_type->findData(int(fg->type)));
        m_readOnly->setChecked(fg->readOnly);
    }
    // SQL Server refuses a read-only memory-optimized filegroup: say so where the box is.
    const bool mod = fg->type == FilegroupType::MemoryOptimizedData;
    m_readOnly->setToolTip(mod ? tr("The memory-optimized filegroup cannot be made READ_ONLY.")
                               : tr("ALTER DATABASE … MODIFY FILEGROUP … READ_ONLY at the start of the timeline; "
                                    "later changes are SET_READ_ONLY / SET_READ_WRITE events."));
    m_filesLabel->setText(containers ? tr("Containers (folders):") : tr("Data files:"));
    m_add->setToolTip(containers ? tr("Add a container to %1 (ALTER DATABASE … ADD FILE … TO FILEGROUP)").arg(fg->name)
                                 : tr("Add a data file to %1 (ALTER DATABASE … ADD FILE … TO FILEGROUP)").arg(fg->name));
    m_remove->setToolTip(tr("Remove the selected file (ALTER DATABASE … REMOVE FILE); steps and backups naming it "
                            "no longer do. Del"));

    m_files->setFiles(fg->files, containers,
                      fg->isPrimary() ? tr("The primary data file (.mdf): it stays in PRIMARY.") : QString());
    const QSignalBlocker b(m_moveTarget);
    const QString target = m_moveTarget->currentText();
    m_moveTarget->clear();
    for (const Filegroup &other : m_document->project().database.filegroups)
        if (other.type == fg->type && other.name.compare(fg->name, Qt::CaseInsensitive) != 0)
            m_moveTarget->addItem(other.name);
    if (const int i = m_moveTarget->findText(target); i >= 0)
        m_moveTarget->setCurrentIndex(i);
    updateButtons();
}

void FilegroupForm::updateButtons()
{
    const bool file = !m_files->selectedFile().isEmpty();
    m_remove->setEnabled(file);
    m_move->setEnabled(file && m_moveTarget->count() > 0);
    m_moveTarget->setEnabled(m_moveTarget->count() > 0);
}

void FilegroupForm::commitName()
{
    const Filegroup *fg = current();
    const QString name = m_name->text().trimmed();
    if (!fg || name == fg->name)
        return refresh();
    const QString old = fg->name;
    if (m_push(ProjectEdit::renameFilegroup(old, name), {})) {
        m_filegroup = name;
        emit renamed(name);
        refresh();
    } else {
        refresh();
    }
}

void FilegroupForm::addFile()
{
    const Filegroup *fg = current();
    if (!fg)
        return;
    const DataFile file = ProjectEdits::newFile(m_document->project().database, fg->name, fg->type);
    if (m_push(ProjectEdit::addFile(fg->name, file), {}))
        m_files->selectFile(file.name);
}

void FilegroupForm::removeFile()
{
    const QString file = m_files->selectedFile();
    if (!file.isEmpty())
        m_push(ProjectEdit::removeFile(file), {});
}

void FilegroupForm::moveFile()
{
    const QString file = m_files->selectedFile();
    if (!file.isEmpty() && m_moveTarget->count() > 0)
        m_push(ProjectEdit::moveFile(file, m_moveTarget->currentText()), {});
}

} // namespace rd
