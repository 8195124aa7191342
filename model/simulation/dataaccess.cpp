// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/simulation/dataaccess.h"

#include <QCoreApplication>

namespace rd {

QString toString(DataAccess a)
{
    switch (a) {
    case DataAccess::None: return QStringLiteral("none");
    case DataAccess::ReadOnly: return QStringLiteral("read-only");
    case DataAccess::ReadWrite: return QStringLiteral("read-write");
    }
    return {};
}

QString displayText(DataAccess a)
{
    switch (a) {
    case DataAccess::None: return QCoreApplication::translate("DataAccess", "none");
    case DataAccess::ReadOnly: return QCoreApplication::translate("DataAccess", "read-only");
    case DataAccess::ReadWrite: return QCoreApplication::translate("DataAccess", "read-write");
    }
    return {};
}

DataAccess dataAccess(DatabaseState database, FileState filegroup, bool filegroupReadOnly, bool databaseReadOnly)
{
    if (filegroup != FileState::Online)
        return DataAccess::None; // "all files within the filegroup must be online" (file-states.md)
    switch (database) {
    case DatabaseState::Online:
        return filegroupReadOnly || databaseReadOnly ? DataAccess::ReadOnly : DataAccess::ReadWrite;
    case DatabaseState::Standby:   // RESTORE … WITH STANDBY: read-only between log restores
    case DatabaseState::Emergency: // sysadmin only, read-only
        return DataAccess::ReadOnly;
    case DatabaseState::None:
    case DatabaseState::Restoring:
    case DatabaseState::Recovering:
    case DatabaseState::RecoveryPending:
    case DatabaseState::Suspect:
    case DatabaseState::Offline:
        break;
    }
    return DataAccess::None;
}

} // namespace rd
