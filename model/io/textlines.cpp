// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/io/textlines.h"

#include <QStringDecoder>

namespace rd {
namespace {

/// UTF-16 little endian without a mark: ASCII text then has a zero at every odd byte. Checked on
/// the first bytes only (a header line is plain ASCII).
bool looksLikeUtf16Le(const QByteArray &bytes)
{
    const qsizetype n = qMin<qsizetype>(bytes.size(), 64) & ~qsizetype(1);
    if (n < 4)
        return false;
    for (qsizetype i = 0; i < n; i += 2)
        if (bytes[i] == '\0' || bytes[i + 1] != '\0')
            return false;
    return true;
}

void splitLines(const QString &text, QStringList *lines)
{
    *lines = text.split(u'\n');
    if (!lines->isEmpty() && lines->last().isEmpty())
        lines->removeLast();
    for (QString &line : *lines)
        if (line.endsWith(u'\r'))
            line.chop(1);
}

} // namespace

bool TextLines::decode(const QByteArray &bytes, QStringList *lines, int *errorLine, QString *error)
{
    lines->clear();
    std::optional<QStringConverter::Encoding> utf16;
    qsizetype skip = 0;
    if (bytes.startsWith("\xFF\xFE")) {
        utf16 = QStringConverter::Utf16LE;
        skip = 2;
    } else if (bytes.startsWith("\xFE\xFF")) {
        utf16 = QStringConverter::Utf16BE;
        skip = 2;
    } else if (looksLikeUtf16Le(bytes)) {
        utf16 = QStringConverter::Utf16LE;
    }
    if (utf16) {
        QStringDecoder decoder(*utf16, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(QByteArrayView(bytes).sliced(skip));
        splitLines(text, lines);
        if (decoder.hasError() || (bytes.size() - skip) % 2 != 0) {
            *errorLine = int(lines->size());
            *error = tr("not valid UTF-16 text (the file ends within a character, or a character is damaged)");
            return false;
        }
        return true;
    }
    // UTF-8, decoded a line at a time so that a bad byte is named by its line.
    QByteArrayView rest(bytes);
    if (rest.startsWith("\xEF\xBB\xBF"))
        rest = rest.sliced(3);
    int line = 0;
    while (!rest.isEmpty()) {
        ++line;
        const qsizetype end = rest.indexOf('\n');
        const QByteArrayView raw = end < 0 ? rest : rest.first(end);
        rest = end < 0 ? QByteArrayView() : rest.sliced(end + 1);
        QStringDecoder decoder(QStringConverter::Utf8, QStringDecoder::Flag::Stateless);
        QString text = decoder.decode(raw);
        if (decoder.hasError()) {
            *errorLine = line;
            *error = tr("not valid UTF-8 text; save the results as UTF-8 or Unicode (UTF-16)");
            return false;
        }
        if (text.endsWith(u'\r'))
            text.chop(1);
        lines->append(text);
    }
    return true;
}

} // namespace rd
