#pragma once

#include "model/domain/project.h"

namespace rd {

/// Writes the T-SQL a DBA pastes into SSMS or runs with sqlcmd, in the form SSMS scripts it:
/// one statement per step, options in WITH, `FILE = n`, a `GO` after each statement, and a short
/// comment per step saying what it achieves. Identifiers are quoted as QUOTENAME does and strings
/// as N'…', so no name can break out of its statement, whatever it contains (see tsqlquoting.h).
class TsqlWriter
{
public:
    /// The RESTORE script of one plan (RESTORE DATABASE/LOG, BACKUP LOG tail, SET OFFLINE).
    static QString restoreScript(const Project &project, const Plan &plan);
    /// The BACKUP script that produces the designed history: every backup in time order, with the
    /// events between them (read-only switches, recovery-model changes, marks) as statements.
    static QString backupScript(const Project &project);
};

} // namespace rd
