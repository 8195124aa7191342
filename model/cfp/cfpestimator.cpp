// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/cfp/cfpestimator.h"

#include "model/cfp/cfpstatetotals.h"

#include <QHash>

#include <cmath>

namespace rd {

qint64 CfpBackupSize::bytes() const
{
    return pages() * CfpEstimator::PageBytes;
}

qint64 CfpBackupSize::memoryOptimizedBytes() const
{
    return memoryOptimizedPages * CfpEstimator::PageBytes;
}

std::optional<double> CfpRestoreNeeds::loadSeconds(qint64 bytesPerSecond) const
{
    if (bytesPerSecond <= 0)
        return std::nullopt;
    return double(memoryBytes) / double(bytesPerSecond);
}

qint64 CfpEstimator::filePages(const CheckpointFile &file, CfpVersion version, bool *unsized)
{
    if (unsized)
        *unsized = false;
    if (!isPairFile(file.type))
        return 0;
    std::optional<qint64> bytes;
    switch (CfpVersions::contribution(file.state, version)) {
    case CfpContribution::MetadataOnly:
    case CfpContribution::NotInVersion:
        return 0;
    case CfpContribution::AllocatedBytes: bytes = file.sizeBytes; break;
    case CfpContribution::UsedBytes: bytes = file.usedBytes; break;
    }
    if (!bytes) {
        if (unsized)
            *unsized = true;
        return 0;
    }
    return (*bytes + PageBytes - 1) / PageBytes;
}

namespace {

CfpBackupSize estimate(const CheckpointInventory &inventory, CfpVersion version, const CfpBackupInputs &inputs,
                       bool differential)
{
    CfpBackupSize size;
    size.diskPages = differential ? inputs.differentialDiskPages.value_or(inputs.diskPages) : inputs.diskPages;
    size.logPages = inputs.logPages;
    for (const CheckpointFile &file : inventory.files) {
        const bool dataFile = file.type == CheckpointFileType::Data || file.type == CheckpointFileType::LargeData;
        if (differential && dataFile && inputs.dataFilesClosedSinceFull && !inputs.dataFilesClosedSinceFull->contains(file.id))
            continue;
        bool unsized = false;
        size.memoryOptimizedPages += CfpEstimator::filePages(file, version, &unsized);
        size.unsizedFiles += unsized ? 1 : 0;
    }
    return size;
}

} // namespace

CfpBackupSize CfpEstimator::fullBackup(const CheckpointInventory &inventory, CfpVersion version,
                                       const CfpBackupInputs &inputs)
{
    return estimate(inventory, version, inputs, false);
}

CfpBackupSize CfpEstimator::differentialBackup(const CheckpointInventory &inventory, CfpVersion version,
                                               const CfpBackupInputs &inputs)
{
    return estimate(inventory, version, inputs, true);
}

CfpRestoreNeeds CfpEstimator::restoreNeeds(const CheckpointInventory &inventory)
{
    QHash<QUuid, const CheckpointFile *> byId;
    for (const CheckpointFile &file : inventory.files)
        byId.insert(file.id, &file);
    CfpRestoreNeeds needs;
    for (const CheckpointFile &file : inventory.files) {
        const bool dataFile = file.type == CheckpointFileType::Data || file.type == CheckpointFileType::LargeData;
        const bool loaded = file.state == CheckpointFileState::Active || file.state == CheckpointFileState::UnderConstruction;
        if (!dataFile || !loaded)
            continue;
        const qint64 used = file.usedBytes.value_or(0);
        const CheckpointFile *delta = byId.value(file.pairId);
        const std::optional<qint64> rows = file.rowCount;
        const qint64 deleted = delta && delta->rowCount ? *delta->rowCount : 0;
        if (!rows) // rows unknown: the whole file
            needs.memoryBytes += used;
        else if (*rows > 0)
            needs.memoryBytes += qint64(std::llround(double(used) * double(std::max<qint64>(0, *rows - deleted))
                                                     / double(*rows)));
    }
    needs.diskBytes = 4 * needs.memoryBytes;
    return needs;
}

} // namespace rd
