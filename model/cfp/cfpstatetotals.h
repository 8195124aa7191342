// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/checkpointfile.h"

#include <QList>

namespace rd {

/// The checkpoint file pairs of one state, summed: what `restore-designer cfp` lists per state
/// (docs/cfp.md). Sizes are bytes. DATA and LARGE DATA files count as data, DELTA files as delta;
/// ROOT and FREE files belong to no pair and are left out (they hold the checkpoint's metadata and
/// unused space, which no backup rule of the documents prices).
struct CfpStateTotal
{
    CheckpointFileState state = CheckpointFileState::Precreated;
    int pairs = 0;              ///< data files in the state (each pairs with one delta file)
    qint64 dataBytes = 0;       ///< file_size_in_bytes of the data files
    qint64 dataUsedBytes = 0;   ///< file_size_used_in_bytes of the data files
    qint64 deltaBytes = 0;      ///< file_size_in_bytes of the delta files
    qint64 deltaUsedBytes = 0;  ///< file_size_used_in_bytes of the delta files
    int unsizedFiles = 0;       ///< files whose size or used size is NULL (2014 shows NULL for states 5–7): counted as 0

    bool operator==(const CfpStateTotal &) const = default;
};

/// One total per state that has data or delta files, in the order of the `state` codes
/// (PRECREATED, UNDER CONSTRUCTION, ACTIVE, MERGE TARGET, MERGED SOURCE, … WAITING FOR LOG
/// TRUNCATION).
QList<CfpStateTotal> cfpStateTotals(const CheckpointInventory &inventory);

/// True for the files a pair is made of (DATA, LARGE DATA, DELTA); false for ROOT and FREE.
bool isPairFile(CheckpointFileType type);

} // namespace rd
