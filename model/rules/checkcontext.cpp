// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/rules/checkcontext.h"

#include "model/simulation/restorescope.h"

namespace rd {

QList<int> CheckContext::filegroupsRestored(const PlanStep &s) const
{
    return catalog.filegroupsOf(RestoreScope::ofStep(index, s, backupOf(s)));
}

} // namespace rd
