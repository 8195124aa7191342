// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer harness: any bytes as a project file (ProjectStore::open reads a path, so the bytes
// go to a temporary file first), and whatever it accepts through the analysis, the T-SQL writer
// and a JSON round trip.
#include "tests/fuzz/fuzzproject.h"

#include "model/storage/projectstore.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

// Created by LLVMFuzzerInitialize; removed with its file when libFuzzer exits.
std::unique_ptr<QTemporaryDir> scratch;
QString inputPath;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    rd::fuzz::initialize(argc, argv);
    scratch = std::make_unique<QTemporaryDir>();
    if (!scratch->isValid()) {
        std::fprintf(stderr, "fuzz_projectfile: cannot create a temporary directory: %s\n",
                     qUtf8Printable(scratch->errorString()));
        std::exit(1);
    }
    inputPath = scratch->filePath(QStringLiteral("input.rdproj"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QFile file(inputPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size)) {
        std::fprintf(stderr, "fuzz_projectfile: cannot write %s: %s\n", qUtf8Printable(inputPath),
                     qUtf8Printable(file.errorString()));
        std::abort();
    }
    file.close();
    const rd::LoadResult result = rd::ProjectStore::open(inputPath);
    rd::fuzz::checkLoadResult(result);
    if (result.ok())
        rd::fuzz::exercise(*result.project);
    return 0;
}
