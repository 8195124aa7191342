#include "model/io/headeronlyhistoryreader.h"

#include "model/io/headeronlycollector.h"
#include "model/io/historyimporter.h"
#include "model/io/inputfile.h"

#include <QFile>
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
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            collector.sourceError(tr("cannot open the file: %1").arg(file.errorString()));
            continue;
        }
        TextLineStream stream([&](QByteArrayView line, int number) { return collector.line(line, number); });
        QByteArray chunk(ChunkBytes, Qt::Uninitialized);
        bool complete = true;
        for (;;) {
            if (!progress.goOn(qMin(done, total), total))
                return cancel();
            const qint64 got = file.read(chunk.data(), chunk.size());
            if (got < 0) {
                collector.sourceError(tr("cannot read the file: %1").arg(file.errorString()));
                complete = false;
                break;
            }
            if (got == 0) {
                complete = stream.finish();
                break;
            }
            done += got;
            if (!stream.feed(QByteArrayView(chunk.constData(), got))) {
                complete = false;
                break;
            }
        }
        collector.endSource(stream, complete);
    }
    if (!progress.goOn(total, total))
        return cancel();
    collector.finish();
    return out;
}

} // namespace rd
