// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

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
    QString recoveryForkId;     ///< first_recovery_fork_guid
    QString lastRecoveryForkId; ///< last_recovery_fork_guid; empty = same as recoveryForkId
    Lsn forkPointLsn;           ///< fork_point_lsn when the backup spans a fork (R-LOG-009)
    QString backupSetGuid;      ///< backup_set_uuid; differentials point at it (R-DIFF-001, C-3)
    QString differentialBaseGuid; ///< differential_base_guid; empty = unknown or multi-based (R-DIFF-004)
    std::optional<RecoveryModel> recoveryModel; ///< backupset.recovery_model; nullopt = from the events
    QString softwareVersion;    ///< "major.minor.build" of the server that took it (R-GEN-002), empty = unknown
    bool hasBulkLoggedData = false;
    bool hasIncompleteMetadata = false; ///< NO_TRUNCATE/CONTINUE_AFTER_ERROR tail of a damaged database (R-TAIL-004)
    bool damaged = false;
    bool failed = false;     ///< the BACKUP itself failed (e.g. a CHECKSUM error in a memory-optimized file, R-MOD-008)
    bool encrypted = false;  ///< backup encryption or TDE (R-GEN-007)
    bool snapshot = false;   ///< file-snapshot backup (R-ONL-004)
    QStringList media; ///< one physical device per stripe that is available
    int mediaFamilyCount = 0; ///< stripes written; 0 = media.size(). More than media.size() = a stripe is missing (R-ONL-003)
    int position = 1;  ///< FILE = n within the media, ≥ 1
    qint64 sizeBytes = 0;
    qint64 maxTransferSize = 0; ///< bytes used by BACKUP (R-OPT-004); 0 = unknown

    bool isLog() const { return type == BackupType::Log; }
    bool operator==(const Backup &) const = default;
};

} // namespace rd
