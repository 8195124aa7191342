#include "model/commands/projectcommand.h"

namespace rd {

ProjectCommand::ProjectCommand(ProjectDocument *document, const QString &text, Changes changes)
    : m_document(document), m_changes(changes)
{
    setText(text);
}

void ProjectCommand::redo()
{
    m_before = m_document->project();
    Project after = m_before;
    apply(after);
    m_document->applyEdit(after, m_changes);
}

void ProjectCommand::undo()
{
    m_document->applyEdit(m_before, m_changes);
}

} // namespace rd
