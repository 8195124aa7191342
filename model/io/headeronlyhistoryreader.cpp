#include "model/io/headeronlyhistoryreader.h"

#include "model/io/headeronlycollector.h"
#include "model/io/historyimporter.h"
#include "model/io/inputfile.h"

#include <QFileInfo>

namespace rd {
namespace {

constexpr qsizetype ChunkBytes = qsizetype(1) << 20; ///< read at a time, between progress reports

} // namespace

HistoryImport HeaderOnlyHistoryReader::read(const QList<Input> &inputs, const QString &database)
{
    HistoryImport out;
    HeaderOnlyCollector collector(out, database);
    for (const Input &input : inputs) {
        collector.beginSource(input.first);
        TextLineStream stream([&](QByteArrayView line, int number) { return collector.line(line, number); });
        const bool complete = stream.feed(input.second) && stream.finish();
        collector.endSource(stream, complete);
    }
    collector.finish();
    return out;
}

HistoryImport HeaderOnlyHistoryReader::readFiles(const QStringList &paths, const QString &database,
                                                 const ImportProgress &progress)
{
    HistoryImport out;
    HeaderOnlyCollector collector(out, database);
    qint64 total = 0;
    for (const QString &path : paths)
        if (InputFile::kind(path) == InputFile::Kind::Regular)
            total += QFileInfo(path).size();
    qint64 done = 0;
    const auto cancel = [&] {
        HistoryImport cancelled;
        cancelled.cancelled = true;
        return cancelled;
    };
    for (const QString &path : paths) {
        collector.beginSource(path);
        if (InputFile::kind(path) != InputFile::Kind::Regular) {
            collector.sourceError(InputFile::refusal(path));
            continue;
        }
        TextLineStream stream([&](QByteArrayView line, int number) { return collector.line(line, number); });
        QString error;
        bool cancelled = false;
        const qint64 before = done;
        const bool complete = ResultTextCollector::feedFile(
            path, stream, ChunkBytes, &error,
            [&](qint64 read) {
                done = before + read;
                return progress.goOn(qMin(done, total), total);
            },
            &cancelled);
        if (cancelled)
            return cancel();
        if (!error.isEmpty()) {
            collector.sourceError(error);
            continue;
        }
        collector.endSource(stream, complete);
    }
    if (!progress.goOn(total, total))
        return cancel();
    collector.finish();
    return out;
}

} // namespace rd
