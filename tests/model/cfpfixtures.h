#pragma once

// Shared by the tests of the CFP estimates and of the charts that show them: checkpoint file
// inventories on the day of Microsoft's piecemeal restore sample, counted by hand in
// tst_cfpestimates.cpp (docs/cfp.md, 2016+ rules).
#include "model/domain/cfpsnapshot.h"
#include "model/domain/plantime.h"

#include <QUuid>

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

/// At 02:00: pair 1 ACTIVE (8 MiB used, 1,000 rows, 250 deleted), pair 2 UNDER CONSTRUCTION
/// (4 MiB, 500 rows), pair 3 PRECREATED. The sample's file backup imoltp_primary_mod (03:01)
/// copies pair 1's used bytes: 1,024 + 8 pages = 8,454,144 bytes; a restore loads 10 MiB.
inline CfpSnapshot snapshotA()
{
    CfpSnapshot s;
    s.at = PlanTime::make(2017, 3, 6, 2, 0);
    s.inventory.files << cfpPair(1, CheckpointFileState::Active, 8 * MiB, 1000, 64 * KiB, 250)
                      << cfpPair(2, CheckpointFileState::UnderConstruction, 4 * MiB, 500, 8 * KiB, 0)
                      << cfpPair(3, CheckpointFileState::Precreated, 0, 0, 0, 0);
    return s;
}

/// At 03:45: pair 2 closed (ACTIVE, 8 MiB, 1,000 rows, 100 deleted), pair 4 UNDER CONSTRUCTION.
inline CfpSnapshot snapshotB()
{
    CfpSnapshot s;
    s.at = PlanTime::make(2017, 3, 6, 3, 45);
    s.inventory.files << cfpPair(1, CheckpointFileState::Active, 8 * MiB, 1000, 64 * KiB, 250)
                      << cfpPair(2, CheckpointFileState::Active, 8 * MiB, 1000, 16 * KiB, 100)
                      << cfpPair(4, CheckpointFileState::UnderConstruction, 2 * MiB, 250, 0, 0);
    return s;
}

} // namespace rd::test
