// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer harness: any bytes as a JSON plan (PlanJsonReader::read, docs/plan-format.md), and
// whatever it accepts through the analysis, the T-SQL writer and a JSON round trip.
#include "tests/fuzz/fuzzproject.h"

#include "model/io/planjsonreader.h"

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
    const rd::LoadResult result = rd::PlanJsonReader::read(bytes);
    rd::fuzz::checkLoadResult(result);
    if (result.ok())
        rd::fuzz::exercise(*result.project);
    return 0;
}
