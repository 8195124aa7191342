#include "model/commands/projectcommand.h"

namespace rd {

ProjectCommand::ProjectCommand(ProjectDocument *document, const QString &text, const DocumentChange &change)
    : m_document(document), m_change(change)
{
    setText(text);
}

void ProjectCommand::redo()
{
    m_before = m_document->project();
    Project after = m_before;
    apply(after);
    m_document->applyEdit(after, m_change);
}

void ProjectCommand::undo()
{
    m_document->applyEdit(m_before, m_change);
}

} // namespace rd
