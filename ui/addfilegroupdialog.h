// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/database.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace rd {

/// Asks for a new filegroup's name, kind and read-only flag; proposes one file for it. OK stays
/// disabled, and the reason shows under the fields, while SQL Server would refuse the filegroup
/// (EditRefusal: a taken name, a second or read-only memory-optimized filegroup).
class AddFilegroupDialog : public QDialog
{
    Q_OBJECT
public:
    /// `database`: the layout the filegroup joins.
    AddFilegroupDialog(const Database &database, QWidget *parent = nullptr);

    /// The filegroup as entered, with exactly one data file (or container) in c:\data named after
    /// it (ProjectEdits::newFile).
    Filegroup filegroup() const;

private:
    void validate();

    Database m_database;
    QLineEdit *m_name;
    QComboBox *m_type;
    QCheckBox *m_readOnly;
    QLabel *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace rd
