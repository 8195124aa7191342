#pragma once

#include <QString>

namespace rd {

/// Database states (shared/domain/state-model.md §2; plan-format.md "simulate").
/// `None` = the database does not exist on the target (before a restore creates it).
enum class DatabaseState { None, Online, Restoring, Recovering, RecoveryPending, Suspect, Offline, Emergency, Standby };

/// File states (sys.database_files.state_desc); a filegroup's state is the worst of its files'
/// (state-model.md §1.3): DEFUNCT > SUSPECT > RESTORING > RECOVERY_PENDING > OFFLINE > ONLINE.
enum class FileState { Online, Restoring, Recovering, RecoveryPending, Suspect, Offline, Defunct };

QString toString(DatabaseState s); ///< "ONLINE", "RESTORING", … ; "NONE" for None
QString toString(FileState s);     ///< "ONLINE", "RESTORING", …
/// Larger = worse, for the filegroup roll-up above.
int severityRank(FileState s);

} // namespace rd
