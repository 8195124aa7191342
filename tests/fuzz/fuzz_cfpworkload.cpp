// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer harness: any bytes as a CFP workload file (CfpWorkloadReader::read,
// model/cfp/cfpworkloadreader.h; docs/cfp.md, "Workload files"). The reader must give a workload
// or an error, never both; a workload it accepts is played by the simulator (CfpSimulator), which
// must give an inventory or say why it cannot, within its bounds; an inventory is estimated under
// every version's rules, where no estimate may be negative and a differential may not copy more
// of the memory-optimized filegroup than the full backup it is based on.
#include "tests/fuzz/fuzzproject.h"

#include "model/cfp/cfpestimator.h"
#include "model/cfp/cfpsimulator.h"
#include "model/cfp/cfpworkloadreader.h"

#include <cstddef>
#include <cstdint>

namespace {

using rd::fuzz::finding;

void checkSimulation(const rd::CfpWorkload &workload, const rd::CfpSimulation &simulation)
{
    const rd::CheckpointInventory &inventory = simulation.inventory;
    const int maxPairs = workload.version == rd::CfpVersion::SqlServer2016 ? rd::CfpSimulator::MaxPairs2016
                                                                            : rd::CfpSimulator::MaxPairs2014;
    if (inventory.files.size() > 2 * qsizetype(maxPairs) + 16)
        finding("more files than the simulator's bound", QString::number(inventory.files.size()));
    for (const rd::CheckpointFile &f : inventory.files) {
        if (!rd::checkpointFileState(int(f.state), inventory.version))
            finding("a state the DMV version does not have", rd::stateDescription(f.state));
        if (f.sizeBytes.value_or(0) < 0 || f.usedBytes.value_or(0) < 0 || f.rowCount.value_or(0) < 0)
            finding("a negative size or row count", f.id.toString());
        if (f.sizeBytes && f.usedBytes && *f.usedBytes > *f.sizeBytes)
            finding("a file using more bytes than it has", f.id.toString());
    }
    rd::CfpBackupInputs inputs;
    inputs.diskPages = workload.diskPages;
    inputs.logPages = workload.logPages;
    inputs.differentialDiskPages = workload.differentialDiskPages;
    inputs.dataFilesClosedSinceFull = simulation.dataFilesClosedSinceFull;
    for (const rd::CfpVersion version :
         {rd::CfpVersion::SqlServer2014Ctp2, rd::CfpVersion::SqlServer2014, rd::CfpVersion::SqlServer2016}) {
        if (!rd::CfpVersions::mismatch(inventory, version).isEmpty())
            continue;
        const rd::CfpBackupSize full = rd::CfpEstimator::fullBackup(inventory, version, inputs);
        const rd::CfpBackupSize differential = rd::CfpEstimator::differentialBackup(inventory, version, inputs);
        if (full.memoryOptimizedPages < 0 || full.pages() < 0 || differential.pages() < 0)
            finding("a negative estimate", rd::CfpVersions::toString(version));
        if (differential.memoryOptimizedPages > full.memoryOptimizedPages)
            finding("a differential copying more memory-optimized pages than the full", rd::CfpVersions::toString(version));
    }
    const rd::CfpRestoreNeeds needs = rd::CfpEstimator::restoreNeeds(inventory);
    if (needs.memoryBytes < 0 || needs.diskBytes != 4 * needs.memoryBytes)
        finding("restore needs that are negative or not 4 × the memory on disk", QString::number(needs.memoryBytes));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    rd::fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Raw data, not a copy: AddressSanitizer then sees a read one byte past the input.
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)rd::CfpWorkloadReader::isWorkload(bytes);
    QString error;
    QStringList warnings;
    const std::optional<rd::CfpWorkload> workload = rd::CfpWorkloadReader::read(bytes, &error, &warnings);
    if (workload.has_value() == !error.isEmpty())
        finding(workload ? "a workload despite an error" : "no workload and no error", error);
    if (!workload)
        return 0;
    const rd::CfpSimulation simulation = rd::CfpSimulator::simulate(*workload);
    if (!simulation.ok())
        return 0;
    checkSimulation(*workload, simulation);
    return 0;
}
