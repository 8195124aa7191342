#pragma once

#include "model/domain/filegroup.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace rd {

/// Asks for a new filegroup's name, kind and read-only flag; proposes one file for it.
class AddFilegroupDialog : public QDialog
{
    Q_OBJECT
public:
    /// `taken`: existing filegroup names (case-insensitive, as SQL Server), refused as duplicates.
    AddFilegroupDialog(const QStringList &taken, QWidget *parent = nullptr);

    /// The filegroup as entered, with one data file (or container) in c:\data named after it.
    Filegroup filegroup() const;

private:
    void validate();

    QStringList m_taken;
    QLineEdit *m_name;
    QComboBox *m_type;
    QCheckBox *m_readOnly;
    QDialogButtonBox *m_buttons;
};

} // namespace rd
