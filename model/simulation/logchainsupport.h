// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Helpers shared by LogChain's source files (logchain.cpp, logchainend.cpp); not a public API.

#include "model/domain/backup.h"
#include "model/simulation/filecatalog.h"

#include <QCoreApplication>

#include <algorithm>

namespace rd::logchain {

/// Translation context of LogChain's messages (lupdate reads Tr::tr calls).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LogChain)
};

/// The fork a backup ends on (last_recovery_fork_guid, else first_recovery_fork_guid).
inline QString lastFork(const Backup &b)
{
    return b.lastRecoveryForkId.isEmpty() ? b.recoveryForkId : b.lastRecoveryForkId;
}

inline bool sameFork(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

/// Files in catalog order, so findings come out in a stable order.
inline QList<int> ordered(const FileCatalog::FileSet &files)
{
    QList<int> list(files.begin(), files.end());
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace rd::logchain
