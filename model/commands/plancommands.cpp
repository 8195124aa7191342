#include "model/commands/plancommands.h"

#include "model/commands/commandids.h"

#include <QCoreApplication>

namespace rd {
namespace {
/// Translation context for this file's messages (lupdate reads Tr::tr calls).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlanCommands)
};

QList<PlanStep> *stepsOf(Project &project, int planIndex)
{
    return planIndex >= 0 && planIndex < project.plans.size() ? &project.plans[planIndex].steps : nullptr;
}
} // namespace

AddPlanCommand::AddPlanCommand(ProjectDocument *document, const Plan &plan)
    : ProjectCommand(document, Tr::tr("Add plan %1").arg(plan.name), {ChangeKind::Plans}), m_plan(plan)
{
}

void AddPlanCommand::apply(Project &project)
{
    project.plans.append(m_plan);
}

AddPlanStepCommand::AddPlanStepCommand(ProjectDocument *document, int planIndex, const PlanStep &step, int index)
    : ProjectCommand(document, Tr::tr("Add %1 step").arg(toString(step.statement)), {ChangeKind::Plans, planIndex}),
      m_planIndex(planIndex), m_step(step), m_index(index)
{
}

void AddPlanStepCommand::apply(Project &project)
{
    if (auto *steps = stepsOf(project, m_planIndex))
        steps->insert(m_index < 0 || m_index > steps->size() ? steps->size() : m_index, m_step);
}

RemovePlanStepCommand::RemovePlanStepCommand(ProjectDocument *document, int planIndex, int stepIndex)
    : ProjectCommand(document, Tr::tr("Remove step %1").arg(stepIndex + 1), {ChangeKind::Plans, planIndex}),
      m_planIndex(planIndex), m_stepIndex(stepIndex)
{
}

void RemovePlanStepCommand::apply(Project &project)
{
    if (auto *steps = stepsOf(project, m_planIndex); steps && m_stepIndex >= 0 && m_stepIndex < steps->size())
        steps->removeAt(m_stepIndex);
}

MovePlanStepCommand::MovePlanStepCommand(ProjectDocument *document, int planIndex, int from, int to)
    : ProjectCommand(document, Tr::tr("Move step %1 to position %2").arg(from + 1).arg(to + 1), {ChangeKind::Plans, planIndex}),
      m_planIndex(planIndex), m_from(from), m_to(to)
{
}

void MovePlanStepCommand::apply(Project &project)
{
    auto *steps = stepsOf(project, m_planIndex);
    if (steps && m_from >= 0 && m_from < steps->size() && m_to >= 0 && m_to < steps->size())
        steps->move(m_from, m_to);
}

ChangePlanStepCommand::ChangePlanStepCommand(ProjectDocument *document, int planIndex, int stepIndex,
                                             const PlanStep &newValue, const QString &text)
    : ProjectCommand(document, text.isEmpty() ? Tr::tr("Change step %1").arg(stepIndex + 1) : text,
                     {ChangeKind::Plans, planIndex, stepIndex}),
      m_planIndex(planIndex), m_stepIndex(stepIndex), m_newValue(newValue)
{
}

int ChangePlanStepCommand::id() const
{
    return ChangePlanStepCommandId;
}

bool ChangePlanStepCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangePlanStepCommand *>(other);
    if (o->m_planIndex != m_planIndex || o->m_stepIndex != m_stepIndex || o->text() != text())
        return false;
    m_newValue = o->m_newValue;
    return true;
}

void ChangePlanStepCommand::apply(Project &project)
{
    if (auto *steps = stepsOf(project, m_planIndex); steps && m_stepIndex >= 0 && m_stepIndex < steps->size())
        (*steps)[m_stepIndex] = m_newValue;
}

} // namespace rd
