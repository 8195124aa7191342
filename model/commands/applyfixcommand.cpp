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
    : ProjectCommand(document, text.isEmpty() ? Tr::tr("Apply fix") : Tr::tr("Fix: %1").arg(text), ChangeKind::Plans),
      m_planIndex(planIndex), m_edit(edit)
{
}

void ApplyFixCommand::apply(Project &project)
{
    if (m_planIndex < 0 || m_planIndex >= project.plans.size())
        return;
    QList<PlanStep> &steps = project.plans[m_planIndex].steps;
    switch (m_edit.kind) {
    case FixEdit::Kind::None:
        break;
    case FixEdit::Kind::ReplaceStep:
        if (m_edit.step >= 0 && m_edit.step < steps.size())
            steps[m_edit.step] = m_edit.value;
        break;
    case FixEdit::Kind::InsertStep:
        steps.insert(qBound(0, m_edit.step, int(steps.size())), m_edit.value);
        break;
    case FixEdit::Kind::RemoveStep:
        if (m_edit.step >= 0 && m_edit.step < steps.size())
            steps.removeAt(m_edit.step);
        break;
    }
}

} // namespace rd
