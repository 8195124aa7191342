// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/io/headeronlyhistoryreader.h"

#include "model/io/headeronlycollector.h"
#include "model/io/historyimporter.h"
#include "model/io/resultreading.h"

namespace rd {
namespace {

constexpr qsizetype ChunkBytes = qsizetype(1) << 20; ///< read at a time, between progress reports

} // namespace

HistoryImport HeaderOnlyHistoryReader::read(const QList<Input> &inputs, const QString &database)
{
    return ResultReading::fromBytes<HeaderOnlyCollector>(inputs, database);
}

HistoryImport HeaderOnlyHistoryReader::readFiles(const QStringList &paths, const QString &database,
                                                 const ImportProgress &progress)
{
    return ResultReading::fromFiles<HeaderOnlyCollector>(
        paths, database, ChunkBytes, [&](qint64 done, qint64 total) { return progress.goOn(done, total); });
}

} // namespace rd
