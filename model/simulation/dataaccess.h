// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/simulation/states.h"

#include <QString>

namespace rd {

/// Who can read or write a filegroup's data in a given state (docs/plan-format.md).
enum class DataAccess { None, ReadOnly, ReadWrite };
QString toString(DataAccess a); ///< "none", "read-only", "read-write" (the JSON words)
/// The same in the user's language, for people (the Simulation dock, simulate's text output).
QString displayText(DataAccess a);

/// docs/plan-format.md: data is readable only while the database is ONLINE (read-only in STANDBY,
/// EMERGENCY for sysadmins) and the filegroup is available (every file ONLINE); it is writable
/// only when, in addition, neither the filegroup nor the database is read-only and the database is
/// not in STANDBY or EMERGENCY.
DataAccess dataAccess(DatabaseState database, FileState filegroup, bool filegroupReadOnly, bool databaseReadOnly);

} // namespace rd
