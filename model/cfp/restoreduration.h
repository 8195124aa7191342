// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/project.h"
#include "model/simulation/historyindex.h"
#include "model/simulation/simulationresult.h"

#include <optional>

namespace rd {

/// How long one step of a plan takes: reading its backup at a throughput, and the memory-optimized
/// data its recovery loads (R-MOD-004). Seconds.
struct StepDuration
{
    int step = -1;        ///< 0-based index in the plan
    qint64 bytes = 0;     ///< the backup's sizeBytes; 0 when the step reads none, or its size is not known
    double readSeconds = 0;  ///< bytes / throughput
    double loadSeconds = 0;  ///< the memory-optimized load, when its size and rate are known
    /// False when the step reads a backup of unknown size, or loads memory-optimized data at an
    /// unknown size or rate: its seconds (and every end from here on) are then a lower bound.
    bool known = true;
    double endSeconds = 0;   ///< since the plan began, at the end of this step
    bool endKnown = true;    ///< every step up to this one known

    double seconds() const { return readSeconds + loadSeconds; }
};

/// When a filegroup comes online in a plan: the end of the step after which its data is readable
/// and stays so to the end of the plan.
struct FilegroupOnline
{
    QString filegroup;
    int step = -1;        ///< the step that brings it online; -1 when readable before the plan, or never (online false)
    bool online = false;  ///< readable at the end of the plan
    double seconds = 0;   ///< since the plan began (0 when readable before it)
    bool known = true;    ///< false when a step before it had an unknown duration: seconds is a lower bound
};

/// The restore's time line, step by step and filegroup by filegroup (issue 10, "restore duration
/// per plan step"). An RTO estimate: SQL Server's real rate depends on the media, the
/// MAXTRANSFERSIZE and BUFFERCOUNT, the target's disks and the redo work, which a plan does not say.
struct RestoreDuration
{
    /// The default throughput: the mean of the four rates BACKUP printed in the examples of
    /// Microsoft's blog "Database Backup with Memory-Optimized Tables" (58.027, 70.594, 92.588
    /// and 88.012 MB/sec, where BACKUP's MB is 2^20 bytes: 8,847 pages × 8 KB in 1.191 s is
    /// 58.03 × 2^20 bytes/s), 77.305 MiB/s, rounded to whole bytes.
    static constexpr qint64 DefaultBytesPerSecond = 81'060'430;

    QList<StepDuration> steps;
    QList<FilegroupOnline> filegroups; ///< in layout order

    /// Reading each step's whole backup (a RESTORE … FILEGROUP = reads through the backup it is
    /// given) at `bytesPerSecond` (DefaultBytesPerSecond when not positive); a refused step and a
    /// step without a backup read nothing. `index` is the history's, `simulation` the plan's
    /// (ProjectAnalysis). `memoryOptimizedBytes`, when given, is the memory-optimized data the
    /// loading step brings into memory (a CFP snapshot's CfpRestoreNeeds::memoryBytes), in place of
    /// the containers' sizes the simulation knows; its time still needs the environment's load rate.
    static RestoreDuration of(const HistoryIndex &index, const Plan &plan, const SimulationResult &simulation,
                              qint64 bytesPerSecond = DefaultBytesPerSecond,
                              std::optional<qint64> memoryOptimizedBytes = std::nullopt);
};

} // namespace rd
