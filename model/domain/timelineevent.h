// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/enums.h"
#include "model/domain/lsn.h"

#include <QDateTime>
#include <QStringList>

namespace rd {

/// Something that happened to the database on the timeline (plan-format.md, "events").
struct TimelineEvent
{
    EventKind kind = EventKind::Mark;
    QDateTime at;  ///< server wall-clock time (see plantime.h)
    Lsn lsn;       ///< optional
    QString filegroup;                       ///< SET_READ_ONLY / SET_READ_WRITE; ADD_FILE / REMOVE_FILE
    QString file;                            ///< ADD_FILE / REMOVE_FILE: the logical file name
    QDateTime until;                         ///< OPEN_TRANSACTION: when it commits; invalid = still open at the failure
    RecoveryModel recoveryModel = RecoveryModel::Full; ///< SET_RECOVERY_MODEL
    QString name;                            ///< MARK: the transaction mark name
    QStringList filegroups;                  ///< FAILURE: damaged filegroups; OPEN_TRANSACTION: the data it touched
    /// FAILURE: damaged data files by logical name (one lost disk is one file), the rest of their
    /// filegroup intact (file-restores-full-recovery-model.md: "restore one or more damaged files").
    QStringList files;
    bool wholeDatabase = false;              ///< FAILURE: "database": true
    bool logDamaged = false;                 ///< FAILURE: the log is damaged too (no tail-log backup)

    /// FAILURE: does it damage data file `fileName` of filegroup `filegroupName` (the whole
    /// database, the filegroup, or the file by name; names are case-insensitive)? False for other kinds.
    bool damagesFile(const QString &filegroupName, const QString &fileName) const
    {
        return kind == EventKind::Failure
            && (wholeDatabase || filegroups.contains(filegroupName, Qt::CaseInsensitive)
                || files.contains(fileName, Qt::CaseInsensitive));
    }

    bool operator==(const TimelineEvent &) const = default;
};

} // namespace rd
