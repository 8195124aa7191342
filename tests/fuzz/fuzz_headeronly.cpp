// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer harness: any bytes as saved RESTORE HEADERONLY / FILELISTONLY results
// (HeaderOnlyHistoryReader::read, model/io/headeronlyhistoryreader.h, docs/import-headeronly.md).
// The input is one file named like a result saved by hand (fuzz.bak.csv: the backup file is then
// fuzz.bak when it has no BackupFile column); sqlcmd's output may hold both results one after the
// other, so a single input reaches the pairing of file lists with their backup sets too. The
// checks are the history importers' (rd::fuzz::checkHistoryImport).
#include "tests/fuzz/fuzzhistory.h"
#include "tests/fuzz/fuzzproject.h"

#include "model/io/headeronlyhistoryreader.h"

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
    rd::fuzz::checkHistoryImport(rd::HeaderOnlyHistoryReader::read(bytes, QStringLiteral("fuzz.bak.csv")), bytes);
    return 0;
}
