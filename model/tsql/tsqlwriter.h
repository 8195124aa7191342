// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/project.h"
#include "model/simulation/simulationresult.h"

namespace rd {

/// Writes the T-SQL a DBA pastes into SSMS or runs with sqlcmd, in the form SSMS scripts it:
/// one statement per step, options in WITH, `FILE = n`, a `GO` after each statement, and a short
/// comment per step saying what it achieves: what the plan's simulation (RestoreSimulator) says,
/// never what the options alone suggest (which filegroups come online, which stay RECOVERY_PENDING,
/// RESTORING or OFFLINE, a statement SQL Server refuses). Identifiers are quoted as QUOTENAME does and strings
/// as N'…', so no name can break out of its statement, whatever it contains (see tsqlquoting.h).
/// A name or path holding a line break, a control character or `$(` never appears in the script
/// text: it is built with NCHAR() in a batch variable, or the statement runs as dynamic SQL
/// (tsqlbatch.h). Comments carry such text escaped. Neither function fails: a reference to a
/// backup that does not exist, or a backup without media, gives a statement with a placeholder
/// device and a `-- WARNING:` line. Filegroup and file names are written in the layout's spelling.
/// The output is deterministic (no timestamps); comments are translated in context "TsqlWriter".
class TsqlWriter
{
public:
    /// The RESTORE script of one plan (RESTORE DATABASE/LOG, BACKUP LOG tail, SET OFFLINE), with
    /// options in the order FILE, PARTIAL, recovery, stop clause, CONTINUE_AFTER_ERROR, REPLACE,
    /// MOVE, NOUNLOAD, STATS = 10 (Microsoft, "RESTORE Statements (Transact-SQL)"). An unspecified
    /// recovery option is left to SQL Server's default, RECOVERY, except where R-GEN-003 needs it.
    /// `simulation` is `plan`'s (PlanAnalysis::simulation, one state per step); the overload without
    /// it simulates the plan first, as does this one when given a simulation of another step count.
    static QString restoreScript(const Project &project, const Plan &plan, const SimulationResult &simulation);
    static QString restoreScript(const Project &project, const Plan &plan);
    /// The BACKUP script that produces the designed history: every backup in time order, with the
    /// events between them (read-only switches, recovery-model changes, marks) as statements and
    /// failures as comments. Backups sort by start, then lastLsn, then list order; an event at the
    /// same time as a backup comes first. INIT for position 1, NOINIT after, so FILE = n matches.
    static QString backupScript(const Project &project);
};

} // namespace rd
