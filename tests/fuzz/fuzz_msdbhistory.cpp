// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer harness: any bytes as the saved output of resources/sql/msdb-backup-history.sql
// (MsdbHistoryReader::read, model/io/msdbhistoryreader.h). The reader must give a project or at
// least one error, every problem and every skipped row placed inside the file; a project it gives
// must hold unique backup ids, LSN ranges that do not run backwards and at most 64 media per
// backup, and goes through the whole analysis and a JSON round trip (rd::fuzz::checkHistoryImport).
#include "tests/fuzz/fuzzhistory.h"
#include "tests/fuzz/fuzzproject.h"

#include "model/io/msdbhistoryreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    rd::fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Raw data, not a copy: AddressSanitizer then sees a read one byte past the input.
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    rd::fuzz::checkHistoryImport(rd::MsdbHistoryReader::read(bytes, QStringLiteral("fuzz.csv")), bytes);
    return 0;
}
