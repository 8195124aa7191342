#pragma once

#include "model/domain/backup.h"

#include <QCoreApplication>

namespace rd {

/// Whether a backup of the history can be restored at all, whatever the plan, and why not in a
/// DBA's words: the planner skips such backups and PlanExplanation gives the same reason.
class BackupUsability
{
    Q_DECLARE_TR_FUNCTIONS(rd::BackupUsability)
public:
    /// Empty when `b` can be restored; else why not: the BACKUP failed (R-MOD-008), the backup is
    /// damaged (only CONTINUE_AFTER_ERROR restores it, R-GEN-008), a stripe of its media set is
    /// missing (R-ONL-003).
    static QString whyUnusable(const Backup &b);
    static bool usable(const Backup &b) { return whyUnusable(b).isEmpty(); }

    /// Whether two recovery fork GUIDs name the same fork; an unknown (empty) one matches any.
    static bool sameFork(const QString &a, const QString &b)
    {
        return a.isEmpty() || b.isEmpty() || a.compare(b, Qt::CaseInsensitive) == 0;
    }
    /// The fork a backup's data or log ends on: last_recovery_fork_guid, else first_recovery_fork_guid.
    static const QString &endFork(const Backup &b)
    {
        return b.lastRecoveryForkId.isEmpty() ? b.recoveryForkId : b.lastRecoveryForkId;
    }
};

} // namespace rd
