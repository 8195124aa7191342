#pragma once

#include "model/domain/enums.h"
#include "model/domain/lsn.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace rd {

/// One backup set on the timeline; fields mirror msdb.dbo.backupset (plan-format.md, "backups").
struct Backup
{
    QString id; ///< unique within the project
    BackupType type = BackupType::Full;
    bool tailLog = false;
    bool copyOnly = false;
    QStringList filegroups; ///< scope of PARTIAL/FILE/differential backups; empty = whole database
    QStringList files;      ///< file-level scope of a FILE backup naming single files
    /// Filegroups read-only when backed up (backupfilegroup.is_readonly); nullopt = derive from events.
    std::optional<QStringList> readOnlyFilegroups;
    QDateTime start;
    QDateTime finish;
    Lsn firstLsn;
    Lsn lastLsn; ///< exclusive: "the next log record after the backup set"
    Lsn checkpointLsn;
    Lsn databaseBackupLsn;
    Lsn differentialBaseLsn;
    QString recoveryForkId;
    bool hasBulkLoggedData = false;
    bool damaged = false;
    QStringList media; ///< one physical device per stripe
    int position = 1;  ///< FILE = n within the media, ≥ 1
    qint64 sizeBytes = 0;

    bool isLog() const { return type == BackupType::Log; }
    bool operator==(const Backup &) const = default;
};

} // namespace rd
