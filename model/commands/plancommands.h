#pragma once

#include "model/commands/projectcommand.h"

namespace rd {

/// Adds a new, empty restore plan.
class AddPlanCommand : public ProjectCommand
{
public:
    AddPlanCommand(ProjectDocument *document, const Plan &plan);
protected:
    void apply(Project &project) override;
private:
    Plan m_plan;
};

/// Inserts a step into a plan at `index` (clamped; -1 = at the end).
class AddPlanStepCommand : public ProjectCommand
{
public:
    AddPlanStepCommand(ProjectDocument *document, int planIndex, const PlanStep &step, int index = -1);
protected:
    void apply(Project &project) override;
private:
    int m_planIndex;
    PlanStep m_step;
    int m_index;
};

class RemovePlanStepCommand : public ProjectCommand
{
public:
    RemovePlanStepCommand(ProjectDocument *document, int planIndex, int stepIndex);
protected:
    void apply(Project &project) override;
private:
    int m_planIndex;
    int m_stepIndex;
};

/// Moves a step from one position to another (reorder).
class MovePlanStepCommand : public ProjectCommand
{
public:
    MovePlanStepCommand(ProjectDocument *document, int planIndex, int from, int to);
protected:
    void apply(Project &project) override;
private:
    int m_planIndex;
    int m_from;
    int m_to;
};

/// Replaces a step's options and targets (the generic value change for steps). Consecutive
/// changes of the same step with the same text merge (typing in a field is one undo step).
class ChangePlanStepCommand : public ProjectCommand
{
public:
    ChangePlanStepCommand(ProjectDocument *document, int planIndex, int stepIndex, const PlanStep &newValue,
                          const QString &text = {});
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
protected:
    void apply(Project &project) override;
private:
    int m_planIndex;
    int m_stepIndex;
    PlanStep m_newValue;
};

} // namespace rd
