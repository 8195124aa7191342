// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/simulation/simulationresult.h"

#include <optional>

namespace rd {

/// When each filegroup's data becomes available in a simulated plan: readable because the
/// database is up and the filegroup online (DataAccess other than None, docs/plan-format.md).
/// The trainer mode marks it on each lane ("online after step N").
namespace Availability {

/// Per filegroup of `simulation` (layout order): the 0-based step after which its data is first
/// available and stays so to the end of the plan; -1 when it is available before the first step
/// and stays so; nullopt when it is not available at the end of the plan.
QList<std::optional<int>> firstStepAvailable(const SimulationResult &simulation);

} // namespace Availability

} // namespace rd
