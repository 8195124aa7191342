// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/simulation/states.h"

namespace rd {

QString toString(DatabaseState s)
{
    switch (s) {
    case DatabaseState::None: return QStringLiteral("NONE");
    case DatabaseState::Online: return QStringLiteral("ONLINE");
    case DatabaseState::Restoring: return QStringLiteral("RESTORING");
    case DatabaseState::Recovering: return QStringLiteral("RECOVERING");
    case DatabaseState::RecoveryPending: return QStringLiteral("RECOVERY_PENDING");
    case DatabaseState::Suspect: return QStringLiteral("SUSPECT");
    case DatabaseState::Offline: return QStringLiteral("OFFLINE");
    case DatabaseState::Emergency: return QStringLiteral("EMERGENCY");
    case DatabaseState::Standby: return QStringLiteral("STANDBY");
    }
    return {};
}

QString toString(FileState s)
{
    switch (s) {
    case FileState::Online: return QStringLiteral("ONLINE");
    case FileState::Restoring: return QStringLiteral("RESTORING");
    case FileState::Recovering: return QStringLiteral("RECOVERING");
    case FileState::RecoveryPending: return QStringLiteral("RECOVERY_PENDING");
    case FileState::Suspect: return QStringLiteral("SUSPECT");
    case FileState::Offline: return QStringLiteral("OFFLINE");
    case FileState::Defunct: return QStringLiteral("DEFUNCT");
    }
    return {};
}

int severityRank(FileState s)
{
    switch (s) {
    case FileState::Online: return 0;
    case FileState::Offline: return 1;
    case FileState::RecoveryPending: return 2;
    case FileState::Recovering: return 3;
    case FileState::Restoring: return 4;
    case FileState::Suspect: return 5;
    case FileState::Defunct: return 6;
    }
    return 0;
}

} // namespace rd
