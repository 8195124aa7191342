#include "model/io/msdbhistoryreader.h"

#include "model/io/inputfile.h"
#include "model/io/msdbhistorycollector.h"

#include <QFile>
#include <QFileInfo>

namespace rd {
namespace {

/// What a cancelled import returns: nothing of what was read so far.
HistoryImport cancelledImport()
{
    HistoryImport out;
    out.cancelled = true;
    return out;
}

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

HistoryImport MsdbHistoryReader::readFiles(const QStringList &paths, const QString &database,
                                           const ImportProgress &progress, qsizetype chunkBytes)
{
    // The total is the files' sizes now; one that grows while read is counted up to that size,
    // so that a progress bar never runs past its end.
    qint64 total = 0;
    for (const QString &path : paths)
        if (InputFile::kind(path) == InputFile::Kind::Regular)
            total += QFileInfo(path).size();
    qint64 done = 0;
    auto goOn = [&](qint64 read) {
        done = qMin(total, done + read);
        return progress.goOn(done, total);
    };
    if (!goOn(0))
        return cancelledImport();

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
        QByteArray chunk(qMax<qsizetype>(1, chunkBytes), Qt::Uninitialized);
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
            if (!goOn(got))
                return cancelledImport(); // nothing half-read leaves this function
        }
        collector.endSource(stream, complete);
    }
    collector.finish();
    return out;
}

} // namespace rd
