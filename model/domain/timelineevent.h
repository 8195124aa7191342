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
    bool wholeDatabase = false;              ///< FAILURE: "database": true
    bool logDamaged = false;                 ///< FAILURE: the log is damaged too (no tail-log backup)

    bool operator==(const TimelineEvent &) const = default;
};

} // namespace rd
