#include "model/rules/planvalidator.h"

namespace rd {

// Placeholder until the rule checks land (being written now).
QList<Diagnostic> PlanValidator::validate(const Project &, const Plan &)
{
    return {};
}

} // namespace rd
