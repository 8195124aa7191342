// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/rules/endstatechecks.h"

#include "model/domain/plansteps.h"

#include <QCoreApplication>

namespace rd::EndStateChecks {
namespace {

/// Translation context for this file's messages (lupdate reads Tr::tr calls).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EndStateChecks)
};

} // namespace

void run(CheckContext &c)
{
    const QList<StepState> &states = c.simulation.steps;
    if (states.isEmpty() || states.size() != c.plan.steps.size())
        return;
    bool restores = false;
    for (const PlanStep &s : c.plan.steps)
        restores |= s.isRestore();
    if (!restores)
        return; // a plan that restores nothing has nothing to finish
    // An error already says the plan fails (a refused statement, a recovery that cannot happen), and
    // the RESTORING end follows from it; R-PIT-004 already says a stop point leaves it unrecovered.
    // This finding is for the plan that is otherwise right and simply never recovers.
    for (const QList<Diagnostic> *found : {&c.simulation.diagnostics, static_cast<const QList<Diagnostic> *>(&c.out)})
        for (const Diagnostic &d : *found)
            if (d.severity == Severity::Error || d.rule == QLatin1String("R-PIT-004"))
                return;
    if (states.last().database != DatabaseState::Restoring)
        return;
    const int last = int(states.size()) - 1;
    const QString &db = c.project.database.name;
    c.add(last, "R-END-001", Severity::Warning,
          Tr::tr("The plan is unfinished: after its last step (%1) %2 is still RESTORING, so no filegroup is online and "
                 "nobody can use the database until a RESTORE … WITH RECOVERY runs.").arg(last + 1).arg(db),
          {}, {}, Tr::tr("Append RESTORE DATABASE %1 WITH RECOVERY (a recovery-only step).").arg(db),
          ProjectEdit::insert(last + 1, PlanSteps::recoveryOnly()));
}

} // namespace rd::EndStateChecks
