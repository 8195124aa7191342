// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/simulation/consequences.h"

#include "model/simulation/historyindex.h"
#include "model/simulation/restoresimulator.h"

#include <QSet>

#include <functional>
#include <optional>

namespace rd::Consequences {
namespace {

/// Where step `j` of the plan is after `edit` (plan edits only), or -1 when the edit removed it;
/// nullopt when the edit is not a plan-only edit (then nothing can be compared).
std::optional<int> stepAfter(const ProjectEdit &edit, int j)
{
    switch (edit.kind) {
    case ProjectEdit::Kind::ReplaceStep:
    case ProjectEdit::Kind::ReplaceTarget:
        return j;
    case ProjectEdit::Kind::InsertStep:
        return j >= edit.step ? j + 1 : j;
    case ProjectEdit::Kind::RemoveStep:
        return j == edit.step ? -1 : j > edit.step ? j - 1 : j;
    case ProjectEdit::Kind::MoveStep:
        if (j == edit.step)
            return edit.to;
        if (edit.step < j && j <= edit.to)
            return j - 1;
        return edit.to <= j && j < edit.step ? j + 1 : j;
    case ProjectEdit::Kind::Composite: {
        int at = j;
        for (const ProjectEdit &part : edit.parts) {
            const std::optional<int> next = stepAfter(part, at);
            if (!next)
                return std::nullopt;
            if (*next < 0)
                return -1;
            at = *next;
        }
        return at;
    }
    case ProjectEdit::Kind::AddBackup: // a new backup moves no step (a tail-log fix adds one and takes it)
        return j;
    case ProjectEdit::Kind::None:
    case ProjectEdit::Kind::ReplaceBackup:
    case ProjectEdit::Kind::RemoveBackup:
    case ProjectEdit::Kind::ReplaceFilegroup:
    case ProjectEdit::Kind::RemoveEvent:
    case ProjectEdit::Kind::AddEvent:
    case ProjectEdit::Kind::ReplaceEvent:
    case ProjectEdit::Kind::AddCfpSnapshot:
    case ProjectEdit::Kind::RemoveCfpSnapshot:
    case ProjectEdit::Kind::AddPlan:
    case ProjectEdit::Kind::MoveBackup:
    case ProjectEdit::Kind::AddFilegroup:
    case ProjectEdit::Kind::RemoveFilegroup:
    case ProjectEdit::Kind::RenameFilegroup:
    case ProjectEdit::Kind::SetFilegroupReadOnly:
    case ProjectEdit::Kind::SetDatabase:
    case ProjectEdit::Kind::SetEnvironment:
    case ProjectEdit::Kind::SetFilegroupType:
    case ProjectEdit::Kind::AddFile:
    case ProjectEdit::Kind::RemoveFile:
    case ProjectEdit::Kind::ReplaceFile:
    case ProjectEdit::Kind::MoveFile:
        break;
    }
    return std::nullopt;
}

/// The edit adds a backup to the history: the counterfactual then needs the new history's index.
bool addsBackup(const ProjectEdit &edit)
{
    if (edit.kind == ProjectEdit::Kind::AddBackup)
        return true;
    for (const ProjectEdit &part : edit.parts)
        if (addsBackup(part))
            return true;
    return false;
}

QString key(const QString &rule, int step)
{
    return rule + QLatin1Char('@') + QString::number(step);
}

} // namespace

void mark(const HistoryIndex &index, const Project &project, const Plan &plan, SimulationResult &result)
{
    for (int r = 0; r < result.steps.size(); ++r) {
        const StepOutcome &outcome = result.steps[r].outcome;
        if (!outcome.refused())
            continue;
        const Diagnostic *refusal = nullptr;
        for (const Diagnostic &d : std::as_const(result.diagnostics))
            if (d.step == r && d.rule == outcome.refusedBy && d.severity == Severity::Error) {
                refusal = &d;
                break;
            }
        // A refusal that is itself a consequence is explained by its cause; one without a plan fix
        // cannot be tried.
        if (!refusal || refusal->causedBy >= 0 || !refusal->edit.isValid() || !stepAfter(refusal->edit, r))
            continue;
        const ProjectEdit fix = refusal->edit; // a copy: the loop below writes to the list `refusal` points into
        Project fixed = project;
        fixed.plans = {plan};
        fix.applyTo(fixed, 0);
        const SimulationResult counterfactual = addsBackup(fix)
            ? RestoreSimulator::simulate(HistoryIndex(fixed), fixed, fixed.plans[0], RestoreSimulator::Causes::Ignore)
            : RestoreSimulator::simulate(index, project, fixed.plans[0], RestoreSimulator::Causes::Ignore);
        QSet<QString> there;
        for (const Diagnostic &d : counterfactual.diagnostics)
            there.insert(key(d.rule, d.step));
        for (Diagnostic &d : result.diagnostics) {
            if (d.step <= r || d.causedBy >= 0)
                continue;
            const int moved = *stepAfter(fix, d.step);
            if (moved < 0 || !there.contains(key(d.rule, moved)))
                d.causedBy = r;
        }
    }
}

} // namespace rd::Consequences
