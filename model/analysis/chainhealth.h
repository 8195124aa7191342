// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/lsn.h"
#include "model/findings/diagnostic.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <array>

namespace rd {

class HistoryIndex;

/// What a chain-health entry is about (docs/chain-health.md explains each and what to do).
enum class ChainHealthKind {
    LogGap,                  ///< regular logs of one recovery path leave LSNs uncovered (R-LOG-005)
    RecoveryFork,            ///< the history forks: a restore and recovery started a new path (R-LOG-009)
    MissingDifferentialBase, ///< a differential whose base is not in the history (R-DIFF-001)
    LogToNul,                ///< a log backup written to the NUL device: its log records are gone (R-CHAIN-001)
    OtherTool,               ///< a backup written to a virtual device (VSS, third-party software) (R-CHAIN-002)
    FullWithoutLog,          ///< full backups under FULL/BULK_LOGGED with no log backup after them (R-CHAIN-003)
    CopyOnly,                ///< a copy-only full or log backup, outside the regular chain (R-DIFF-002, R-LOG-007)
    DamagedOrFailed,         ///< a backup that failed or was taken with damage (R-CHAIN-004)
    LongestWithoutRestorePoint, ///< the longest time no usable restore point covers (R-CHAIN-005)
};
/// The JSON word of a kind (`restore-designer health --format json`): "logGap", "recoveryFork",
/// "missingDifferentialBase", "logToNul", "otherTool", "fullWithoutLog", "copyOnly",
/// "damagedOrFailed", "longestWithoutRestorePoint".
QString toString(ChainHealthKind kind);
/// The kind in the user's words ("Log chain gap", …), translated: the Chain Health dock's column.
QString displayName(ChainHealthKind kind);

/// One finding of the chain-health report: what, how bad, under which rule, and where.
struct ChainHealthEntry
{
    ChainHealthKind kind = ChainHealthKind::LogGap;
    Severity severity = Severity::Info;
    QString rule;        ///< a rule ID of docs/rules.md
    QString message;     ///< in a DBA's words
    QStringList backups; ///< the backups it concerns; the first is where to look
    QDateTime from, to;  ///< the time range it concerns (wall-clock, as PlanTime); `to` may equal `from`
    Lsn fromLsn, toLsn;  ///< the LSN range, when known (null otherwise)

    bool operator==(const ChainHealthEntry &) const = default;
};

/// The longest time without a usable restore point: between two consecutive moments a restore
/// can reach (a full or differential backup's end, or any time a log chain from one covers).
struct RestorePointWindow
{
    QDateTime from, to;  ///< the last restorable moment before the window, the first after it
    QString before;      ///< the backup whose end or coverage ends at `from`
    QString after;       ///< the backup whose end or coverage starts at `to`

    bool isValid() const { return from.isValid() && to.isValid() && from < to; }
    qint64 seconds() const { return isValid() ? from.secsTo(to) : 0; }
    bool operator==(const RestorePointWindow &) const = default;
};

/// The health of a whole backup history, independent of any plan: log chain gaps, recovery forks,
/// differentials whose base is gone, log backups to NUL or by another tool, full backups with no
/// log after them, copy-only backups, damaged or failed backups, and the longest time without a
/// usable restore point (docs/chain-health.md). Immutable; HistoryAnalysis builds it once per
/// version of the history (ProjectAnalysis::history().chainHealth()) and the Chain Health dock and
/// `restore-designer health` read it.
class ChainHealth
{
public:
    ChainHealth() = default;
    /// The report of the history `index` describes (derived LSNs): O(n log n) in the backups.
    static ChainHealth build(const HistoryIndex &index);

    QString database() const { return m_database; }
    /// Errors first, then warnings, then notes; within a severity, by time (`from`).
    const QList<ChainHealthEntry> &entries() const { return m_entries; }
    const RestorePointWindow &longestWithoutRestorePoint() const { return m_longest; }
    int count(Severity severity) const { return m_counts[size_t(severity)]; }
    bool hasErrors() const { return count(Severity::Error) > 0; }

    /// `seconds` as "3 d 4 h", "2 h 5 min", "40 s": the window's length in messages and the dock.
    static QString durationText(qint64 seconds);

private:
    QString m_database;
    QList<ChainHealthEntry> m_entries;
    RestorePointWindow m_longest;
    std::array<int, 3> m_counts{}; ///< by Severity: Error, Warning, Info
};

} // namespace rd
