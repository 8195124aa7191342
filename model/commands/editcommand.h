// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/document/projectdocument.h"
#include "model/findings/projectedit.h"

#include <QUndoCommand>

namespace rd {

/// The one undo command: redo() applies a ProjectEdit to the document's project, undo() restores
/// the project exactly as it was before. Project's lists are implicitly shared, so the saved copy
/// costs only what the edit detaches; commands are undone in LIFO order, which makes restoring the
/// saved copy exact. What the views are told changed (DocumentChange) is derived from the edit
/// (ProjectEdits::changeOf).
class EditCommand : public QUndoCommand
{
public:
    /// Whether consecutive commands of the same kind on the same thing merge into one undo step:
    /// the moves of one backup or event (a drag), the changes of one step with the same text (typing in a
    /// field). A finding's fix never merges.
    enum class Merge { Never, Consecutive };

    /// Applies `edit` to plan `planIndex` (step and target edits; other edits ignore it). `text`
    /// is the undo text; empty = ProjectEdits::undoText(edit).
    EditCommand(ProjectDocument *document, int planIndex, const ProjectEdit &edit, const QString &text = {},
                Merge merge = Merge::Never);

    const ProjectEdit &edit() const { return m_edit; }
    int planIndex() const { return m_planIndex; }

    void redo() override;
    void undo() override;
    /// MergingEditCommandId for Merge::Consecutive, else -1 (QUndoStack never merges those).
    int id() const override;
    /// Takes `other`'s edit when both merge and `other` moves the same backup, replaces the event
    /// ours left (a drag of an event), or changes the same step of the same plan with the same
    /// text; our saved project stays the one before the first.
    /// A move to no time (which changes nothing) merges and leaves our edit as it is.
    bool mergeWith(const QUndoCommand *other) override;

private:
    ProjectDocument *m_document;
    int m_planIndex;
    ProjectEdit m_edit;
    Merge m_merge;
    Project m_before;
};

} // namespace rd
