// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/analysis/chainhealth.h"
#include "model/domain/plantime.h"
#include "model/simulation/historyindex.h"

#include <QCoreApplication>

#include <vector>

namespace rd {

/// The state ChainHealth::build() passes between its parts (chainhealthbackups.cpp,
/// chainhealthlogs.cpp, chainhealthwindow.cpp): one pass over the history each, no lookups kept
/// beyond the build.
struct ChainHealthScan
{
    Q_DECLARE_TR_FUNCTIONS(ChainHealth)
public:
    explicit ChainHealthScan(const HistoryIndex &i);

    const HistoryIndex &index;
    const BackupList &backups; ///< index.backups(): derived LSNs
    /// Per position: the backup cannot serve as a restore point (failed, damaged, written to NUL,
    /// a differential whose base is gone). Set by findBackupProblems().
    std::vector<bool> unusable;
    /// Per position: written to the NUL device (its content does not exist).
    std::vector<bool> toNul;
    /// Usable full, partial and differential backups (the moments a restore can start from), by
    /// lastLsn (list order among equals). Set by findBackupProblems().
    std::vector<qsizetype> restorableByLastLsn;
    /// The regular log backups (neither copy-only nor failed, both LSNs known) of each recovery
    /// path, by firstLsn (list order among equals). A log that spans a fork is in both paths'.
    /// Set by findLogChainProblems().
    struct LogPath
    {
        QString fork; ///< the path's recovery fork GUID as the backups give it (empty: not recorded)
        std::vector<qsizetype> logs;
    };
    std::vector<LogPath> logPaths;
    QList<ChainHealthEntry> entries;
    RestorePointWindow longest;

    void add(ChainHealthKind kind, Severity severity, const QString &rule, const QString &message,
             const QStringList &backups, const QDateTime &from, const QDateTime &to, const Lsn &fromLsn = {},
             const Lsn &toLsn = {});
    /// The end of `b` as a moment: its finish, or its start when the finish is not known.
    static QDateTime endOf(const Backup &b) { return b.finish.isValid() ? b.finish : b.start; }
    /// The first usable full or differential backup (by lastLsn) from which a restore can roll
    /// forward past `lsn` on recovery path `fork` (empty: any), or -1.
    qsizetype firstRestorableFrom(const Lsn &lsn, const QString &fork) const;
    /// "the first full or differential backup after it, F (time), starts the chain again" or
    /// "no full or differential backup was taken after it: nothing after {time} can be restored".
    QString bridgeText(const Lsn &lsn, const QString &fork, const QDateTime &lost) const;
    /// A recovery fork GUID shortened for messages: its first group (no brace) and "…".
    static QString forkText(const QString &guid);
};

/// Failed, damaged, copy-only, written to NUL or by another tool, differentials whose base is gone.
void findBackupProblems(ChainHealthScan &scan);
/// Gaps between regular logs, recovery forks, full backups with no log after them.
void findLogChainProblems(ChainHealthScan &scan);
/// The longest time without a usable restore point (ChainHealthScan::longest and its entry).
void findLongestWithoutRestorePoint(ChainHealthScan &scan);

} // namespace rd
