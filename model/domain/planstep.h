// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/enums.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace rd {

/// `WITH MOVE 'file' TO 'path'`.
struct FileMove
{
    QString file; ///< logical name
    QString to;   ///< new physical path
    bool operator==(const FileMove &) const = default;
};

/// One T-SQL statement of a restore plan (plan-format.md, "plans").
struct PlanStep
{
    StepStatement statement = StepStatement::RestoreDatabase;
    QString backup;          ///< backup id; empty on a RESTORE = recovery only (no FROM)
    QStringList filegroups;  ///< FILEGROUP = … targets; empty with no files = the whole backup
    QStringList files;       ///< FILE = … targets
    bool readWriteFilegroups = false;
    QStringList pages;       ///< "file:page"
    bool partial = false;
    RecoveryOption recovery = RecoveryOption::Unspecified; ///< Unspecified = SQL Server's default, RECOVERY
    QString standbyFile;
    QDateTime stopAt;        ///< invalid = none
    QString stopAtMark;      ///< empty = none
    QString stopBeforeMark;  ///< empty = none
    QDateTime markAfter;     ///< the mark's optional "AFTER datetime"
    bool continueAfterError = false;
    bool replace = false;
    QList<FileMove> move;
    bool norecovery = false; ///< BACKUP LOG … WITH NORECOVERY (tail-log)
    bool noTruncate = false; ///< BACKUP LOG … WITH NO_TRUNCATE
    bool keepReplication = false; ///< KEEP_REPLICATION (R-REC-004)
    bool keepCdc = false;         ///< KEEP_CDC (R-REC-004)
    bool restrictedUser = false;  ///< RESTRICTED_USER (R-REC-004)
    qint64 maxTransferSize = 0;   ///< MAXTRANSFERSIZE in bytes, 0 = not given (R-OPT-004)

    bool isRestore() const
    {
        return statement == StepStatement::RestoreDatabase || statement == StepStatement::RestoreLog;
    }
    bool hasTargets() const { return !filegroups.isEmpty() || !files.isEmpty() || readWriteFilegroups; }
    bool hasStopClause() const
    {
        return stopAt.isValid() || !stopAtMark.isEmpty() || !stopBeforeMark.isEmpty();
    }
    /// The recovery option SQL Server applies: RECOVERY when none is given.
    RecoveryOption effectiveRecovery() const
    {
        return recovery == RecoveryOption::Unspecified ? RecoveryOption::Recovery : recovery;
    }
    bool operator==(const PlanStep &) const = default;
};

} // namespace rd
