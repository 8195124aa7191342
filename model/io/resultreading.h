// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// How the history readers of saved results (MsdbHistoryReader, HeaderOnlyHistoryReader) feed
// their collector (a ResultTextCollector with beginSource, sourceError and finish): from bytes
// held in memory, or from files read in pieces.
#include "model/io/historyimport.h"
#include "model/io/inputfile.h"
#include "model/io/textlinestream.h"

#include <QFileInfo>

#include <functional>
#include <utility>

namespace rd::ResultReading {

/// Reads each (name, bytes) as one file, in order, then finishes.
template <typename Collector>
HistoryImport fromBytes(const QList<std::pair<QString, QByteArray>> &inputs, const QString &database)
{
    HistoryImport out;
    Collector collector(out, database);
    for (const auto &[source, bytes] : inputs) {
        collector.beginSource(source);
        TextLineStream stream([&](QByteArrayView line, int number) { return collector.line(line, number); });
        const bool complete = stream.feed(bytes) && stream.finish();
        collector.endSource(stream, complete);
    }
    collector.finish();
    return out;
}

/// Reads the files in pieces of `chunk` bytes, in order, then finishes. A path that is not a
/// regular file, or cannot be read, is one error naming it. `progress` (may be empty) hears of
/// the bytes read of all the files' bytes (their sizes when the import starts), before the first
/// piece and after each one: done only grows and never exceeds total. When it
/// returns false the import stops: the result is then empty but for `cancelled`.
template <typename Collector>
HistoryImport fromFiles(const QStringList &paths, const QString &database, qsizetype chunk,
                        const std::function<bool(qint64 done, qint64 total)> &progress = {})
{
    HistoryImport out;
    Collector collector(out, database);
    qint64 total = 0;
    for (const QString &path : paths)
        if (InputFile::kind(path) == InputFile::Kind::Regular)
            total += QFileInfo(path).size();
    qint64 done = 0;
    const auto cancel = [] {
        HistoryImport cancelled;
        cancelled.cancelled = true;
        return cancelled;
    };
    if (progress && !progress(0, total))
        return cancel();
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
        std::function<bool(qint64)> report;
        if (progress)
            report = [&](qint64 read) {
                done = before + read;
                return progress(qMin(done, total), total);
            };
        const bool complete = Collector::feedFile(path, stream, chunk, &error, report, &cancelled);
        if (cancelled)
            return cancel();
        if (!error.isEmpty()) {
            collector.sourceError(error);
            continue;
        }
        collector.endSource(stream, complete);
    }
    collector.finish();
    return out;
}

} // namespace rd::ResultReading
