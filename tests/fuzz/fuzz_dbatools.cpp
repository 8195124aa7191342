// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer harness: any bytes as a dbatools export (DbatoolsHistoryReader::read,
// model/io/dbatoolshistoryreader.h), which tells JSON (ConvertTo-Json) from CliXML (Export-CliXml)
// by content, so one harness reaches both parsers: its seeds are both kinds of file. The reader
// must keep what every history importer promises (rd::fuzz::checkHistoryImport): a project or at
// least one error, every problem and skipped record placed inside the file, a sound project that
// goes through the whole analysis and a JSON round trip.
#include "tests/fuzz/fuzzhistory.h"
#include "tests/fuzz/fuzzproject.h"

#include "model/io/dbatoolshistoryreader.h"

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
    rd::fuzz::checkHistoryImport(rd::DbatoolsHistoryReader::read(bytes, QStringLiteral("fuzz.json")), bytes);
    return 0;
}
