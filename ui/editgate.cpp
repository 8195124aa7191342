// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/editgate.h"

#include "model/commands/editcommand.h"
#include "model/commands/projectedits.h"
#include "model/document/projectdocument.h"
#include "model/findings/editrefusal.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QMessageBox>

namespace rd::EditGate {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EditGate)
};
} // namespace

Outcome push(ProjectDocument *document, int planIndex, const ProjectEdit &edit, QWidget *parent, const QString &text,
             QString *refusal)
{
    const Project &project = document->project();
    const QString undoText = text.isEmpty() ? ProjectEdits::undoText(edit) : text;
    const QString reason = EditRefusal::reason(project, edit);
    if (refusal)
        *refusal = reason;
    if (!reason.isEmpty()) {
        if (!refusal)
            QMessageBox::warning(parent, Tr::tr("Edit Refused"), Tr::tr("Refused: %1.\n\n%2").arg(undoText, reason));
        return Outcome::Refused;
    }
    if (const QString effects = EditRefusal::sideEffects(project, edit); !effects.isEmpty()) {
        QMessageBox box(QMessageBox::Question, Tr::tr("Change Backups and Steps?"),
                        Tr::tr("%1 also changes the designed history and plans:").arg(undoText),
                        QMessageBox::Ok | QMessageBox::Cancel, parent);
        box.setObjectName(QStringLiteral("sideEffectsBox"));
        box.setInformativeText(effects + Tr::tr("\n\nUndo gives them back."));
        box.setDefaultButton(QMessageBox::Cancel);
        box.button(QMessageBox::Ok)->setText(Tr::tr("Change Them"));
        if (box.exec() != QMessageBox::Ok)
            return Outcome::Cancelled;
    }
    document->undoStack()->push(new EditCommand(document, planIndex, edit, text));
    return Outcome::Pushed;
}

} // namespace rd::EditGate
