#pragma once

#include "model/document/projectdocument.h"

#include <QUndoCommand>

namespace rd {

/// Base of every edit: redo() applies the edit to the current project, undo() restores the
/// project as it was before. Project's lists are implicitly shared, so the saved copy costs
/// only what the edit detaches. Commands are pushed in LIFO order, which makes restoring the
/// saved copy exact. Subclasses implement apply() and say what they change.
class ProjectCommand : public QUndoCommand
{
public:
    /// `change` says what the edit touches (DocumentChange), for the views.
    ProjectCommand(ProjectDocument *document, const QString &text, const DocumentChange &change);

    void redo() override;
    void undo() override;

protected:
    /// Changes `project`; must be deterministic (it runs again on every redo).
    virtual void apply(Project &project) = 0;
    ProjectDocument *document() const { return m_document; }

private:
    ProjectDocument *m_document;
    Project m_before;
    DocumentChange m_change;
};

} // namespace rd
