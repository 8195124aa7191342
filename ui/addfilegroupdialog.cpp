#include "ui/addfilegroupdialog.h"

#include "ui/designerstyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace rd {

AddFilegroupDialog::AddFilegroupDialog(const QStringList &taken, QWidget *parent)
    : QDialog(parent), m_taken(taken), m_name(new QLineEdit(this)), m_type(new QComboBox(this)),
      m_readOnly(new QCheckBox(tr("Read-only at the start of the timeline"), this)),
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
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &AddFilegroupDialog::validate);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        m_readOnly->setEnabled(m_type->currentData().toInt() != int(FilegroupType::MemoryOptimizedData));
    });
    validate();
}

Filegroup AddFilegroupDialog::filegroup() const
{
    Filegroup fg;
    fg.name = m_name->text().trimmed();
    fg.type = FilegroupType(m_type->currentData().toInt());
    fg.readOnly = m_readOnly->isEnabled() && m_readOnly->isChecked();
    DataFile file;
    file.name = fg.name + QStringLiteral("_1");
    // ROWS files are .ndf files; FILESTREAM and memory-optimized containers are folders.
    file.path = QStringLiteral("c:\\data\\") + file.name
                + (fg.type == FilegroupType::Rows ? QStringLiteral(".ndf") : QString());
    file.sizeBytes = fg.type == FilegroupType::Rows ? 8 * 1024 * 1024 : 0;
    fg.files.append(file);
    return fg;
}

void AddFilegroupDialog::validate()
{
    const QString name = m_name->text().trimmed();
    const bool taken = m_taken.contains(name, Qt::CaseInsensitive);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!name.isEmpty() && !taken);
    m_name->setToolTip(taken ? tr("A filegroup named %1 already exists.").arg(name)
                             : tr("The filegroup name, as in ALTER DATABASE … ADD FILEGROUP."));
}

} // namespace rd
