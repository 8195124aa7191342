// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/commands/editcommand.h"

#include "model/commands/commandids.h"
#include "model/commands/projectedits.h"

namespace rd {

EditCommand::EditCommand(ProjectDocument *document, int planIndex, const ProjectEdit &edit, const QString &text,
                         Merge merge)
    : m_document(document), m_planIndex(planIndex), m_edit(edit), m_merge(merge)
{
    setText(text.isEmpty() ? ProjectEdits::undoText(edit) : text);
}

void EditCommand::redo()
{
    m_before = m_document->project();
    Project after = m_before;
    m_edit.applyTo(after, m_planIndex);
    m_document->applyEdit(after, ProjectEdits::changeOf(m_edit, m_planIndex));
}

void EditCommand::undo()
{
    m_document->applyEdit(m_before, ProjectEdits::changeOf(m_edit, m_planIndex));
}

int EditCommand::id() const
{
    return m_merge == Merge::Consecutive ? MergingEditCommandId : -1;
}

bool EditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const EditCommand *>(other);
    using Kind = ProjectEdit::Kind;
    const ProjectEdit &next = o->m_edit;
    if (o->m_merge != Merge::Consecutive || next.kind != m_edit.kind || o->text() != text())
        return false;
    const bool sameThing = (m_edit.kind == Kind::MoveBackup && next.backup.id == m_edit.backup.id)
        || (m_edit.kind == Kind::ReplaceStep && o->m_planIndex == m_planIndex && next.step == m_edit.step)
        || (m_edit.kind == Kind::ReplaceEvent && next.fromEvent == m_edit.event); // the same event, moved again
    if (!sameThing)
        return false;
    // The merged edit, applied to our saved project, must give what both did. Another move of the
    // backup or value of the step does; a move to no time changes nothing, so ours stays the edit.
    if (next.kind == Kind::MoveBackup && !next.backup.start.isValid())
        return true;
    if (next.kind == Kind::ReplaceEvent) { // from the event as it was before us to its latest value
        m_edit.event = next.event;
        return true;
    }
    m_edit = next;
    return true;
}

} // namespace rd
