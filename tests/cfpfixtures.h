// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Hand-worked CFP snapshots of Microsoft's piecemeal restore sample (imoltp_mod is its
// memory-optimized filegroup), shared by the model, designer and command-line tests of the CFP
// estimates. The numbers each test expects are counted by hand from these inventories under the
// 2016+ rules of docs/cfp.md: ACTIVE files add their used bytes in 8 KB pages, PRECREATED and
// UNDER CONSTRUCTION files metadata only; a restore needs the used bytes of ACTIVE and UNDER
// CONSTRUCTION data files less their deleted rows' share, and 4 × that of free disk.
#include "model/domain/cfpsnapshot.h"
#include "model/domain/plantime.h"

namespace rd::test {

constexpr qint64 KiB = 1024;
constexpr qint64 MiB = 1024 * KiB;

inline QUuid cfpUuid(int n)
{
    return QUuid(QStringLiteral("{00000000-0000-0000-0000-%1}").arg(n, 12, 10, QLatin1Char('0')));
}

inline CheckpointFile cfpFile(int id, int pair, CheckpointFileType type, CheckpointFileState state, qint64 size,
                              qint64 used, qint64 rows)
{
    CheckpointFile f;
    f.id = cfpUuid(id);
    f.pairId = cfpUuid(pair);
    f.type = type;
    f.state = state;
    f.sizeBytes = size;
    f.usedBytes = used;
    f.rowCount = rows;
    return f;
}

/// A pair: data file `data` (16 MiB) and delta file `data + 100` (1 MiB).
inline QList<CheckpointFile> cfpPair(int data, CheckpointFileState state, qint64 dataUsed, qint64 rows,
                                     qint64 deltaUsed, qint64 deleted)
{
    return {cfpFile(data, data + 100, CheckpointFileType::Data, state, 16 * MiB, dataUsed, rows),
            cfpFile(data + 100, data, CheckpointFileType::Delta, state, MiB, deltaUsed, deleted)};
}

/// At 2017-03-06 02:00: pair 1 ACTIVE (8 MiB used, 1,000 rows, 250 deleted), pair 2 UNDER
/// CONSTRUCTION (4 MiB, 500 rows), pair 3 PRECREATED. A full or file backup after it copies
/// 1,032 pages of imoltp_mod (8 MiB + 64 KiB); a restore needs 10 MiB of memory
/// (8 MiB × 750 / 1,000 + 4 MiB) and 40 MiB of free disk.
inline CfpSnapshot cfpSnapshotA()
{
    CfpSnapshot s;
    s.at = PlanTime::make(2017, 3, 6, 2, 0);
    s.inventory.files << cfpPair(1, CheckpointFileState::Active, 8 * MiB, 1000, 64 * KiB, 250)
                      << cfpPair(2, CheckpointFileState::UnderConstruction, 4 * MiB, 500, 8 * KiB, 0)
                      << cfpPair(3, CheckpointFileState::Precreated, 0, 0, 0, 0);
    return s;
}

/// At 2017-03-06 03:45: pair 2 closed (ACTIVE, 8 MiB, 1,000 rows, 100 deleted), pair 4 UNDER
/// CONSTRUCTION (2 MiB, 250 rows).
inline CfpSnapshot cfpSnapshotB()
{
    CfpSnapshot s;
    s.at = PlanTime::make(2017, 3, 6, 3, 45);
    s.inventory.files << cfpPair(1, CheckpointFileState::Active, 8 * MiB, 1000, 64 * KiB, 250)
                      << cfpPair(2, CheckpointFileState::Active, 8 * MiB, 1000, 16 * KiB, 100)
                      << cfpPair(4, CheckpointFileState::UnderConstruction, 2 * MiB, 250, 0, 0);
    return s;
}

} // namespace rd::test
