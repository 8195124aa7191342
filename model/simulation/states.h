// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace rd {

/// Database states (docs/plan-format.md, "States").
/// `None` = the database does not exist on the target (before a restore creates it).
enum class DatabaseState { None, Online, Restoring, Recovering, RecoveryPending, Suspect, Offline, Emergency, Standby };

/// File states (sys.database_files.state_desc); a filegroup's state is the worst of its files'
/// (docs/plan-format.md): DEFUNCT > SUSPECT > RESTORING > RECOVERING > RECOVERY_PENDING > OFFLINE > ONLINE.
enum class FileState { Online, Restoring, Recovering, RecoveryPending, Suspect, Offline, Defunct };

QString toString(DatabaseState s); ///< "ONLINE", "RESTORING", … ; "NONE" for None
QString toString(FileState s);     ///< "ONLINE", "RESTORING", …
/// Larger = worse, for the filegroup roll-up above.
int severityRank(FileState s);

} // namespace rd
