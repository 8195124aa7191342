// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ui/docks/editpusher.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace rd {

class ProjectDocument;
struct Database;

/// The database's own settings in the inspector: name, edition (R-ONL-001), recovery model at the
/// start of the timeline, and the READ_ONLY option (R-RO-006). Each change is one ProjectEdit::
/// setDatabase through the dock's EditPusher, with an undo text naming what changed.
class DatabaseForm : public QGroupBox
{
    Q_OBJECT
public:
    DatabaseForm(ProjectDocument *document, EditPusher push, QWidget *parent = nullptr);

    /// Shows the document's values (after any change, and after an edit that was not pushed).
    void refresh();

private:
    void commitName();
    void commit(const Database &changed, const QString &text);

    ProjectDocument *m_document;
    EditPusher m_push;
    QLineEdit *m_name;
    QComboBox *m_edition;
    QComboBox *m_recoveryModel;
    QCheckBox *m_readOnly;
};

} // namespace rd
