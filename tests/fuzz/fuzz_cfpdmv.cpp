// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer harness: any bytes as a saved sys.dm_db_xtp_checkpoint_files export
// (CheckpointDmvReader::read, model/io/checkpointdmvreader.h). The reader must give an inventory
// or at least one error, every problem placed inside the file; an inventory it gives must hold
// only states and file types its DMV version has, and must survive a JSON plan round trip as a
// CFP snapshot (what the designer does with an import).
#include "tests/fuzz/fuzzproject.h"

#include "model/domain/plantime.h"
#include "model/io/checkpointdmvreader.h"
#include "model/io/planjsonreader.h"
#include "model/io/planjsonwriter.h"

#include <cstddef>
#include <cstdint>

namespace {

using rd::fuzz::finding;

void checkInventory(const rd::CheckpointInventory &inventory)
{
    for (const rd::CheckpointFile &f : inventory.files) {
        if (!rd::checkpointFileState(int(f.state), inventory.version))
            finding("a state the DMV version does not have", rd::stateDescription(f.state));
        if (inventory.version == rd::CheckpointDmvVersion::SqlServer2014 && f.type != rd::CheckpointFileType::Data
            && f.type != rd::CheckpointFileType::Delta)
            finding("a 2014 file neither DATA nor DELTA", rd::fileTypeDescription(f.type));
        if (f.sizeBytes.value_or(0) < 0 || f.usedBytes.value_or(0) < 0 || f.rowCount.value_or(0) < 0)
            finding("a negative size or row count", f.id.toString());
    }
}

void roundTrip(const rd::CheckpointInventory &inventory)
{
    rd::Project p;
    p.database.name = QStringLiteral("fuzz");
    p.database.filegroups << rd::Filegroup{};
    p.database.filegroups[0].name = QStringLiteral("PRIMARY");
    p.cfpSnapshots << rd::CfpSnapshot{rd::PlanTime::make(2024, 1, 1, 0, 0), QStringLiteral("fuzz"), inventory};
    const QByteArray json = rd::PlanJsonWriter::write(p);
    const rd::LoadResult back = rd::PlanJsonReader::read(json);
    if (!back.ok())
        finding("an imported snapshot's JSON plan does not read back", back.error);
    if (back.project->cfpSnapshots != p.cfpSnapshots)
        finding("an imported snapshot reads back different", QString::fromUtf8(json));
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
    (void)rd::CheckpointDmvReader::looksLikeExport(bytes);
    const rd::CheckpointDmvImport result = rd::CheckpointDmvReader::read(bytes, QStringLiteral("fuzz.csv"));
    const QStringList errors = result.errors();
    if (result.ok() != errors.isEmpty())
        finding(result.ok() ? "an inventory despite errors" : "no inventory and no error", errors.join(u'\n'));
    const qsizetype lines = bytes.count('\n') + 1;
    for (const rd::CheckpointDmvProblem &p : result.problems) {
        if (p.line < 0 || p.line > lines || p.column < 0 || p.message.isEmpty())
            finding("a problem placed outside the file, or without words", p.toString(result.source));
    }
    if (result.ok()) {
        checkInventory(*result.inventory);
        roundTrip(*result.inventory);
    }
    return 0;
}
