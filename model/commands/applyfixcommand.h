#pragma once

#include "model/commands/projectcommand.h"
#include "model/findings/diagnostic.h"

namespace rd {

/// Applies a diagnostic's fix (Diagnostic::edit) to a plan, or to the history it is checked against:
/// one undo step whatever it changes.
class ApplyFixCommand : public ProjectCommand
{
public:
    /// `text` is the undo text, usually the diagnostic's `fix` sentence.
    ApplyFixCommand(ProjectDocument *document, int planIndex, const FixEdit &edit, const QString &text);

    /// What applying `edit` changes: the plans, the backups, the layout, the events.
    static Changes changesOf(const FixEdit &edit);
    /// Applies `edit` to plan `planIndex` of `project` (and to its history); an edit that no longer
    /// fits (a step, backup, filegroup or event that is gone) changes nothing.
    static void applyTo(Project &project, int planIndex, const FixEdit &edit);

protected:
    void apply(Project &project) override;

private:
    int m_planIndex;
    FixEdit m_edit;
};

} // namespace rd
