// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/cfp/cfpstatetotals.h"

#include <map>

namespace rd {

bool isPairFile(CheckpointFileType type)
{
    return type == CheckpointFileType::Data || type == CheckpointFileType::LargeData
           || type == CheckpointFileType::Delta;
}

QList<CfpStateTotal> cfpStateTotals(const CheckpointInventory &inventory)
{
    std::map<int, CfpStateTotal> byCode; // ordered by the state code
    for (const CheckpointFile &file : inventory.files) {
        if (!isPairFile(file.type))
            continue;
        CfpStateTotal &total = byCode[int(file.state)];
        total.state = file.state;
        if (!file.sizeBytes || !file.usedBytes)
            ++total.unsizedFiles;
        const qint64 size = file.sizeBytes.value_or(0);
        const qint64 used = file.usedBytes.value_or(0);
        if (file.type == CheckpointFileType::Delta) {
            total.deltaBytes += size;
            total.deltaUsedBytes += used;
        } else {
            ++total.pairs;
            total.dataBytes += size;
            total.dataUsedBytes += used;
        }
    }
    QList<CfpStateTotal> totals;
    for (const auto &[code, total] : byCode)
        totals.append(total);
    return totals;
}

} // namespace rd
