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
    : ProjectCommand(document, text.isEmpty() ? Tr::tr("Apply fix") : Tr::tr("Fix: %1").arg(text), changesOf(edit)),
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
    if (planIndex < 0 || planIndex >= project.plans.size())
        return;
    // Only what the edit touches is detached: Project's lists are implicitly shared.
    auto steps = [&]() -> QList<PlanStep> & { return project.plans[planIndex].steps; };
    const int stepCount = int(project.plans[planIndex].steps.size());
    switch (edit.kind) {
    case FixEdit::Kind::None:
        break;
    case FixEdit::Kind::ReplaceStep:
        if (edit.step >= 0 && edit.step < stepCount)
            steps()[edit.step] = edit.value;
        break;
    case FixEdit::Kind::InsertStep:
        steps().insert(qBound(0, edit.step, stepCount), edit.value);
        break;
    case FixEdit::Kind::RemoveStep:
        if (edit.step >= 0 && edit.step < stepCount)
            steps().removeAt(edit.step);
        break;
    case FixEdit::Kind::ReplaceTarget:
        project.plans[planIndex].target = edit.target;
        break;
    case FixEdit::Kind::ReplaceBackup:
        if (const qsizetype i = project.backupIndex(edit.backup.id); i >= 0)
            project.backups[i] = edit.backup;
        break;
    case FixEdit::Kind::RemoveBackup:
        if (const qsizetype i = project.backupIndex(edit.backup.id); i >= 0)
            project.backups.removeAt(i);
        break;
    case FixEdit::Kind::ReplaceFilegroup:
        if (const qsizetype i = project.database.filegroupIndex(edit.filegroup.name); i >= 0)
            project.database.filegroups[i] = edit.filegroup;
        break;
    case FixEdit::Kind::RemoveEvent:
        if (const qsizetype i = project.events.indexOf(edit.event); i >= 0)
            project.events.removeAt(i);
        break;
    case FixEdit::Kind::Composite:
        for (const FixEdit &part : edit.parts)
            applyTo(project, planIndex, part);
        break;
    }
}

void ApplyFixCommand::apply(Project &project)
{
    applyTo(project, m_planIndex, m_edit);
}

} // namespace rd
