#pragma once

#include "model/commands/projectcommand.h"
#include "model/rules/diagnostic.h"

namespace rd {

/// Applies a diagnostic's fix (Diagnostic::edit) to a plan: one undo step whatever it changes.
class ApplyFixCommand : public ProjectCommand
{
public:
    /// `text` is the undo text, usually the diagnostic's `fix` sentence.
    ApplyFixCommand(ProjectDocument *document, int planIndex, const FixEdit &edit, const QString &text);
protected:
    void apply(Project &project) override;
private:
    int m_planIndex;
    FixEdit m_edit;
};

} // namespace rd
