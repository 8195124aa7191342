// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/io/dbatoolshistoryreader.h"

#include "model/io/dbatoolsclixmlparser.h"
#include "model/io/dbatoolshistorycollector.h"
#include "model/io/dbatoolsjsonparser.h"
#include "model/io/inputfile.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace rd {
namespace {

using Syntax = DbatoolsHistoryCollector::Syntax;

/// What the first bytes say of a file: its encoding and whether it is JSON or CliXML.
struct Sniffed
{
    QStringConverter::Encoding encoding = QStringConverter::Utf8;
    int bomBytes = 0;
    bool guessed = false;      ///< UTF-16 told by its zero bytes, without a byte order mark
    std::optional<Syntax> syntax;
    QString first;             ///< the first characters, for the message when neither
};

Sniffed sniff(QByteArrayView head)
{
    Sniffed s;
    const auto at = [&](qsizetype i) { return i < head.size() ? uchar(head[i]) : 0x100; };
    if (at(0) == 0xFF && at(1) == 0xFE) {
        s.encoding = QStringConverter::Utf16LE;
        s.bomBytes = 2;
    } else if (at(0) == 0xFE && at(1) == 0xFF) {
        s.encoding = QStringConverter::Utf16BE;
        s.bomBytes = 2;
    } else if (at(0) == 0xEF && at(1) == 0xBB && at(2) == 0xBF) {
        s.bomBytes = 3;
    } else if (head.size() >= 2 && at(0) != 0 && at(1) == 0) {
        s.encoding = QStringConverter::Utf16LE;
        s.guessed = true;
    } else if (head.size() >= 2 && at(0) == 0 && at(1) != 0) {
        s.encoding = QStringConverter::Utf16BE;
        s.guessed = true;
    }
    QStringDecoder decode(s.encoding, QStringDecoder::Flag::Stateless);
    const QString text = decode(head.sliced(qMin<qsizetype>(s.bomBytes, head.size())));
    for (QChar c : text) {
        if (c.isSpace())
            continue;
        if (c == u'[' || c == u'{')
            s.syntax = Syntax::Json;
        else if (c == u'<')
            s.syntax = Syntax::CliXml;
        break;
    }
    s.first = text.trimmed().left(20);
    return s;
}

/// The 1-based line and character column of `offset` in `text`.
std::pair<int, int> lineAndColumn(QStringView text, qsizetype offset)
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i)
        if (text[i] == u'\n') {
            ++line;
            lineStart = i + 1;
        }
    return {line, int(offset - lineStart) + 1};
}

class SourceReader
{
public:
    SourceReader(DbatoolsHistoryCollector &collector, const ImportProgress &progress, qint64 total)
        : m_collector(collector), m_progress(progress), m_total(total)
    {
    }

    bool cancelled = false;
    qint64 done = 0; ///< bytes of the files before this one

    /// Reads one export from `device` (open, `size` bytes).
    void read(const QString &source, QIODevice &device, qint64 size)
    {
        const Sniffed s = sniff(device.peek(256));
        m_collector.beginSource(source, s.syntax.value_or(Syntax::Json));
        if (!s.syntax) {
            if (s.first.isEmpty())
                m_collector.sourceError(DbatoolsHistoryReader::tr("the file is empty"));
            else
                m_collector.sourceError(DbatoolsHistoryReader::tr("neither the JSON of ConvertTo-Json (\"[\" or \"{\") nor "
                                                                  "the CliXML of Export-CliXml (\"<\"): it starts with \"%1\"")
                                            .arg(s.first));
            return;
        }
        if (s.guessed)
            m_collector.warning(DbatoolsHistoryReader::tr("UTF-16 without a byte order mark, recognised by its zero bytes"));
        DbatoolsParseError error;
        bool complete = false;
        if (*s.syntax == Syntax::CliXml) {
            complete = DbatoolsCliXmlParser::parse(
                &device,
                [&](DbatoolsRecord &&r, qint64 bytes) { return record(r, done + bytes); }, &error);
        } else {
            complete = readJson(device, s, size, &error);
        }
        if (!complete && !error.message.isEmpty())
            m_collector.parseError(error);
        done += size;
    }

private:
    bool record(const DbatoolsRecord &r, qint64 at)
    {
        if (!m_collector.record(r))
            return false;
        if (!m_progress.goOn(qMin(at, m_total), m_total)) {
            cancelled = true;
            return false;
        }
        return true;
    }

    bool readJson(QIODevice &device, const Sniffed &s, qint64 size, DbatoolsParseError *error)
    {
        QString why;
        const std::optional<QByteArray> bytes = InputFile::readAll(device, &why);
        if (!bytes) {
            *error = DbatoolsParseError{why, 0, 0, {}};
            return false;
        }
        const QByteArrayView body = QByteArrayView(*bytes).sliced(qMin<qsizetype>(s.bomBytes, bytes->size()));
        if (s.encoding != QStringConverter::Utf8 && body.size() % 2 != 0) {
            *error = DbatoolsParseError{DbatoolsHistoryReader::tr("the UTF-16 file ends within a character (is it complete?)"), 0, 0, {}};
            return false;
        }
        QStringDecoder decode(s.encoding, QStringDecoder::Flag::Stateless);
        const QString text = decode(body);
        if (decode.hasError()) {
            const auto [line, column] = lineAndColumn(text, text.indexOf(QChar::ReplacementCharacter));
            *error = DbatoolsParseError{DbatoolsHistoryReader::tr("bytes that are not UTF-8 (a file saved as Windows-1252?); "
                                                                  "save the export as UTF-8 or Unicode"),
                                        line, column, {}};
            return false;
        }
        const double bytesPerChar = text.isEmpty() ? 1.0 : double(size) / double(text.size());
        return DbatoolsJsonParser::parse(
            text, [&](DbatoolsRecord &&r, qsizetype offset) { return record(r, done + qint64(double(offset) * bytesPerChar)); },
            error);
    }

    DbatoolsHistoryCollector &m_collector;
    const ImportProgress &m_progress;
    qint64 m_total = 0;
};

HistoryImport cancelledImport()
{
    HistoryImport out;
    out.cancelled = true;
    return out;
}

} // namespace

HistoryImport DbatoolsHistoryReader::read(const QList<Input> &inputs, const QString &database, const ImportProgress &progress)
{
    HistoryImport out;
    DbatoolsHistoryCollector collector(out, database);
    qint64 total = 0;
    for (const Input &input : inputs)
        total += input.second.size();
    SourceReader reader(collector, progress, total);
    for (const Input &input : inputs) {
        QBuffer buffer;
        buffer.setData(input.second);
        buffer.open(QIODevice::ReadOnly);
        reader.read(input.first, buffer, input.second.size());
        if (reader.cancelled)
            return cancelledImport();
    }
    collector.finish();
    return out;
}

HistoryImport DbatoolsHistoryReader::readFiles(const QStringList &paths, const QString &database, const ImportProgress &progress)
{
    HistoryImport out;
    DbatoolsHistoryCollector collector(out, database);
    qint64 total = 0;
    for (const QString &path : paths)
        total += QFileInfo(path).size();
    SourceReader reader(collector, progress, total);
    for (const QString &path : paths) {
        if (InputFile::kind(path) != InputFile::Kind::Regular) {
            collector.beginSource(path, DbatoolsHistoryCollector::Syntax::Json);
            collector.sourceError(InputFile::refusal(path));
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            collector.beginSource(path, DbatoolsHistoryCollector::Syntax::Json);
            collector.sourceError(tr("cannot open the file: %1").arg(file.errorString()));
            continue;
        }
        reader.read(path, file, file.size());
        if (reader.cancelled)
            return cancelledImport();
    }
    collector.finish();
    return out;
}

} // namespace rd
