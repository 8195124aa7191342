// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/cfp/cfpworkload.h"

#include <optional>

namespace rd {

/// The five examples of Microsoft's blog "Database Backup with Memory-Optimized Tables"
/// (2014-02-05) as workloads: database imoltp, one durable table of ~8 KB rows, a machine with
/// under 16 GB of memory and under 8 cores, SQL Server 2014. Each example continues the one before
/// it, with the full backup the blog took there as a step. The disk-based and log pages are the
/// blog's BACKUP messages (example 2's log as corrected in docs/cfp.md); the checkpoint files come
/// out of the simulator.
class CfpPresets
{
public:
    static constexpr int Count = 5;
    /// Bytes of one row of dbo.t_memopt in a data file: the 24-byte row header and the row body,
    /// c1 int (4) + c2 char(40) (40) + c3 char(8000) (8,000) ("Table and row size in
    /// memory-optimized tables"; the 8-byte index pointer is not persisted).
    static constexpr qint64 BlogRowBytes = 24 + 4 + 40 + 8000;

    /// Example `number` (1 to Count), or nullopt.
    static std::optional<CfpWorkload> example(int number);
};

} // namespace rd
