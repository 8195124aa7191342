#include "model/io/msdbhistoryreader.h"

#include "model/io/inputfile.h"
#include "model/io/msdbhistorycollector.h"

#include <QFile>

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
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            collector.sourceError(tr("cannot open the file: %1").arg(file.errorString()));
            continue;
        }
        TextLineStream stream([&](QByteArrayView line, int number) { return collector.line(line, number); });
        QByteArray chunk(ChunkBytes, Qt::Uninitialized);
        bool complete = true;
        for (;;) {
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
            if (!stream.feed(QByteArrayView(chunk.constData(), got))) {
                complete = false;
                break;
            }
        }
        collector.endSource(stream, complete);
    }
    collector.finish();
    return out;
}

} // namespace rd
