#pragma once

#include "model/domain/planstep.h"

#include <QList>
#include <QString>

namespace rd {

/// A fix the designer can apply to the plan as one undoable edit (ApplyFixCommand).
struct FixEdit
{
    enum class Kind { None, ReplaceStep, InsertStep, RemoveStep };
    Kind kind = Kind::None;
    int step = -1;  ///< 0-based: the step replaced or removed, or where the new step is inserted
    PlanStep value; ///< the new step (ReplaceStep, InsertStep)

    bool isValid() const { return kind != Kind::None; }
    static FixEdit replace(int step, const PlanStep &value) { return {Kind::ReplaceStep, step, value}; }
    static FixEdit insert(int step, const PlanStep &value) { return {Kind::InsertStep, step, value}; }
    static FixEdit remove(int step) { return {Kind::RemoveStep, step, {}}; }
    bool operator==(const FixEdit &) const = default;
};

enum class Severity { Error, Warning, Info };
QString toString(Severity s); ///< "error", "warning", "info" (plan-format.md, check --format json)

/// One finding of the validator. `rule` is a stable ID from shared/domain/rules.md.
struct Diagnostic
{
    QString rule;                 ///< e.g. "R-MOD-002"
    Severity severity = Severity::Error;
    int step = -1;                ///< 0-based index in the plan's steps; -1 = plan-wide / history
    QString backup;               ///< backup id concerned, if any
    QString filegroup;            ///< filegroup concerned, if any
    QString message;              ///< what is wrong, in the DBA's terms
    QString fix;                  ///< the smallest fix, when one is known (may be empty)
    FixEdit edit;                 ///< the same fix as a plan edit, when it is one (the designer offers it)

    bool operator==(const Diagnostic &) const = default;
};

/// True if any diagnostic is an error (exit status 1 of `check`).
bool hasErrors(const QList<Diagnostic> &diagnostics);

} // namespace rd
