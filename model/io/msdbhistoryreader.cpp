#include "model/io/msdbhistoryreader.h"

#include "model/io/inputfile.h"
#include "model/io/msdbhistorycollector.h"


namespace rd {
namespace {

constexpr qsizetype ChunkBytes = qsizetype(4) << 20; ///< read at a time: the file is never held whole

} // namespace

HistoryImport MsdbHistoryReader::read(const QList<Input> &inputs, const QString &database)
{
    HistoryImport out;
    MsdbHistoryCollector collector(out, database);
    for (const Input &input : inputs) {
        collector.beginSource(input.first);
        TextLineStream stream([&](QByteArrayView line, int number) { return collector.line(line, number); });
        const bool complete = stream.feed(input.second) && stream.finish();
        collector.endSource(stream, complete);
    }
    collector.finish();
    return out;
}

HistoryImport MsdbHistoryReader::readFiles(const QStringList &paths, const QString &database)
{
    HistoryImport out;
    MsdbHistoryCollector collector(out, database);
    for (const QString &path : paths) {
        collector.beginSource(path);
        if (InputFile::kind(path) != InputFile::Kind::Regular) {
            collector.sourceError(InputFile::refusal(path));
            continue;
        }
        TextLineStream stream([&](QByteArrayView line, int number) { return collector.line(line, number); });
        QString error;
        const bool complete = ResultTextCollector::feedFile(path, stream, ChunkBytes, &error);
        if (!error.isEmpty()) {
            collector.sourceError(error);
            continue;
        }
        collector.endSource(stream, complete);
    }
    collector.finish();
    return out;
}

} // namespace rd
