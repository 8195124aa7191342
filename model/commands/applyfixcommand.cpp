#include "model/commands/applyfixcommand.h"

#include <QCoreApplication>

namespace rd {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ApplyFixCommand)
};
} // namespace

ApplyFixCommand::ApplyFixCommand(ProjectDocument *document, int planIndex, const FixEdit &edit, const QString &text)
    : ProjectCommand(document, text.isEmpty() ? Tr::tr("Apply fix") : Tr::tr("Fix: %1").arg(text),
                     {changesOf(edit), planIndex}),
      m_planIndex(planIndex), m_edit(edit)
{
}

Changes ApplyFixCommand::changesOf(const FixEdit &edit)
{
    switch (edit.kind) {
    case FixEdit::Kind::None:
        return {};
    case FixEdit::Kind::ReplaceStep:
    case FixEdit::Kind::InsertStep:
    case FixEdit::Kind::RemoveStep:
    case FixEdit::Kind::ReplaceTarget:
        return ChangeKind::Plans;
    case FixEdit::Kind::ReplaceBackup:
    case FixEdit::Kind::RemoveBackup:
        return ChangeKind::Backups;
    case FixEdit::Kind::ReplaceFilegroup:
        return ChangeKind::Layout;
    case FixEdit::Kind::RemoveEvent:
        return ChangeKind::Events;
    case FixEdit::Kind::Composite:
        break;
    }
    Changes changes;
    for (const FixEdit &part : edit.parts)
        changes |= changesOf(part);
    return changes;
}

void ApplyFixCommand::applyTo(Project &project, int planIndex, const FixEdit &edit)
{
    edit.applyTo(project, planIndex);
}

void ApplyFixCommand::apply(Project &project)
{
    applyTo(project, m_planIndex, m_edit);
}

} // namespace rd
