// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/io/msdbhistoryreader.h"

#include "model/io/msdbhistorycollector.h"
#include "model/io/resultreading.h"

namespace rd {

HistoryImport MsdbHistoryReader::read(const QList<Input> &inputs, const QString &database)
{
    return ResultReading::fromBytes<MsdbHistoryCollector>(inputs, database);
}

HistoryImport MsdbHistoryReader::readFiles(const QStringList &paths, const QString &database,
                                           const ImportProgress &progress, qsizetype chunkBytes)
{
    return ResultReading::fromFiles<MsdbHistoryCollector>(paths, database, chunkBytes, progress.report);
}

} // namespace rd
