// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/addfilegroupdialog.h"

#include "model/commands/projectedits.h"
#include "model/findings/editrefusal.h"
#include "ui/designerstyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace rd {

AddFilegroupDialog::AddFilegroupDialog(const Database &database, QWidget *parent)
    : QDialog(parent), m_database(database), m_name(new QLineEdit(this)), m_type(new QComboBox(this)),
      m_readOnly(new QCheckBox(tr("Read-only at the start of the timeline"), this)), m_reason(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add Filegroup"));
    m_name->setPlaceholderText(tr("e.g. archive_2016"));
    m_name->setToolTip(tr("The filegroup name, as in ALTER DATABASE … ADD FILEGROUP."));
    for (const FilegroupType t : {FilegroupType::Rows, FilegroupType::Filestream, FilegroupType::MemoryOptimizedData})
        m_type->addItem(DesignerStyle::filegroupIcon(t), toString(t), QVariant::fromValue(int(t)));
    m_type->setToolTip(tr("ROWS holds tables and indexes; FILESTREAM holds FILESTREAM data; "
                          "MEMORY_OPTIMIZED_DATA holds the checkpoint files of memory-optimized tables "
                          "(at most one per database)."));
    m_readOnly->setToolTip(tr("Read-only filegroups can be restored on their own after the database is "
                              "online, without log backups."));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_type);
    form->addRow(QString(), m_readOnly);
    m_reason->setObjectName(QStringLiteral("addFilegroupReason"));
    m_reason->setWordWrap(true);
    DesignerStyle::showAsError(m_reason);
    setMinimumWidth(420);
    form->addRow(m_reason);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &AddFilegroupDialog::validate);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        m_readOnly->setEnabled(m_type->currentData().toInt() != int(FilegroupType::MemoryOptimizedData));
        validate();
    });
    connect(m_readOnly, &QCheckBox::toggled, this, &AddFilegroupDialog::validate);
    validate();
}

Filegroup AddFilegroupDialog::filegroup() const
{
    Filegroup fg;
    fg.name = m_name->text().trimmed();
    fg.type = FilegroupType(m_type->currentData().toInt());
    fg.readOnly = m_readOnly->isEnabled() && m_readOnly->isChecked();
    fg.files.append(ProjectEdits::newFile(m_database, fg.name, fg.type));
    return fg;
}

void AddFilegroupDialog::validate()
{
    // An empty name is not worth a message while the user has not typed one.
    const bool empty = m_name->text().trimmed().isEmpty();
    const QString reason = empty ? QString() : EditRefusal::reason(Project{.database = m_database}, ProjectEdit::addFilegroup(filegroup()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!empty && reason.isEmpty());
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    adjustSize(); // room for the reason's lines, or none
}

} // namespace rd
