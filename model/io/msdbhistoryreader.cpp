#include "model/io/msdbhistoryreader.h"

#include "model/io/msdbhistorycollector.h"
#include "model/io/resultreading.h"

namespace rd {
namespace {

constexpr qsizetype ChunkBytes = qsizetype(4) << 20; ///< read at a time: the file is never held whole

} // namespace

HistoryImport MsdbHistoryReader::read(const QList<Input> &inputs, const QString &database)
{
    return ResultReading::fromBytes<MsdbHistoryCollector>(inputs, database);
}

HistoryImport MsdbHistoryReader::readFiles(const QStringList &paths, const QString &database)
{
    return ResultReading::fromFiles<MsdbHistoryCollector>(paths, database, ChunkBytes);
}

} // namespace rd
