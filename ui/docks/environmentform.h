// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ui/docks/editpusher.h"

#include <QGroupBox>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace rd {

class ProjectDocument;
struct RestoreEnvironment;

/// The facts about the target server in the inspector (RestoreEnvironment): what the designer
/// cannot know unless the user states it. Each change is one ProjectEdit::setEnvironment through
/// the dock's EditPusher, with an undo text naming the fact. Sizes are shown in MB; a fact left
/// untouched keeps its exact value in bytes.
class EnvironmentForm : public QGroupBox
{
    Q_OBJECT
public:
    EnvironmentForm(ProjectDocument *document, EditPusher push, QWidget *parent = nullptr);

    void refresh();

private:
    QCheckBox *addFlag(const QString &name, const QString &text, const QString &tip, bool RestoreEnvironment::*fact);
    QSpinBox *addMegabytes(const QString &name, const QString &suffix, const QString &tip, qint64 RestoreEnvironment::*fact,
                           const QString &undoText);
    void commit(const RestoreEnvironment &changed, const QString &text);

    ProjectDocument *m_document;
    EditPusher m_push;
    QLineEdit *m_version;
    QList<std::pair<QCheckBox *, bool RestoreEnvironment::*>> m_flags;
    QList<std::pair<QSpinBox *, qint64 RestoreEnvironment::*>> m_sizes;
};

} // namespace rd
