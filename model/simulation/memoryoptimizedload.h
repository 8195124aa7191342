// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/database.h"
#include "model/domain/restoreenvironment.h"

#include <QString>

#include <optional>

namespace rd {

/// The memory-optimized data a recovery streams into memory before the database is available
/// (rules.md R-MOD-004; restore-and-recovery-of-memory-optimized-tables.md: "memory-optimized
/// tables must be loaded into memory before the database is available for user access"). An RTO
/// estimate, not a check: seconds = bytes / bytesPerSecond (docs/validation-choices.md). The
/// rate is the whole load's, as measured on the target; what a plan cannot describe changes it:
/// the active log redone on top, one delta-reading thread per container and one data-streaming
/// thread per logical CPU, and low hash-index bucket counts.
struct MemoryOptimizedLoad
{
    QString filegroup;          ///< the MEMORY_OPTIMIZED_DATA filegroup
    int containers = 0;         ///< its containers (the filegroup's files)
    int unsizedContainers = 0;  ///< containers without sizeBytes: `bytes` is then a lower bound
    qint64 bytes = 0;           ///< the containers' sizeBytes summed; 0 = unknown
    qint64 bytesPerSecond = 0;  ///< RestoreEnvironment::memoryOptimizedLoadBytesPerSecond; 0 = unknown

    /// The load of the database's memory-optimized filegroup on this environment; none when the
    /// database has no memory-optimized filegroup.
    static std::optional<MemoryOptimizedLoad> of(const Database &database, const RestoreEnvironment &environment);

    bool sizeKnown() const { return bytes > 0; }
    bool timeKnown() const { return bytes > 0 && bytesPerSecond > 0; }
    /// bytes / bytesPerSecond, in seconds; -1 when either is unknown. A lower bound, as `bytes`,
    /// when some containers have no size.
    double seconds() const;
    /// One line for people: "1.5 GiB of imoltp_mod (2 containers), ≈16.1 s at 95.37 MiB/s"
    /// ("≥" for lower bounds, "size not stated", "load rate not stated").
    QString summary() const;
    /// A duration for people: "16.1 s" (under a minute), "2 min 41 s", "1 h 05 min".
    static QString formatSeconds(double seconds);
};

} // namespace rd
