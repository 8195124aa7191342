// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/io/textlinestream.h"

#include "model/io/delimitedbytes.h"

#include <cstring>

namespace rd {
namespace {

/// Bytes looked at to recognise UTF-16 without a mark (a header line is plain ASCII).
constexpr qsizetype SniffBytes = 64;

/// Whether ASCII text in UTF-16 would give these bytes: a zero at every odd byte (little endian,
/// `zeroFirst` false) or at every even byte (big endian).
bool looksLikeUtf16(QByteArrayView bytes, bool zeroFirst)
{
    const qsizetype n = qMin<qsizetype>(bytes.size(), SniffBytes) & ~qsizetype(1);
    if (n < 4)
        return false;
    for (qsizetype i = 0; i < n; i += 2) {
        const char a = bytes[i], b = bytes[i + 1];
        if (zeroFirst ? (a != '\0' || b == '\0') : (a == '\0' || b != '\0'))
            return false;
    }
    return true;
}

/// Offset of the first byte of `line` that does not start or continue a valid UTF-8 sequence, or -1.
qsizetype invalidUtf8(QByteArrayView line)
{
    const auto *p = reinterpret_cast<const unsigned char *>(line.data());
    const qsizetype n = line.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned min = 0;
        if ((c & 0xE0) == 0xC0) { extra = 1; min = 0x80; }
        else if ((c & 0xF0) == 0xE0) { extra = 2; min = 0x800; }
        else if ((c & 0xF8) == 0xF0) { extra = 3; min = 0x10000; }
        else return i;
        if (i + extra >= n)
            return i;
        unsigned value = c & (0x3F >> extra);
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            value = (value << 6) | (p[i + k] & 0x3F);
        }
        if (value < min || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

} // namespace

TextLineStream::TextLineStream(LineHandler handler) : m_handler(std::move(handler)) {}

bool TextLineStream::fail(int column, const QString &message)
{
    m_stopped = true;
    m_error = message;
    m_errorLine = qMax(1, m_line);
    m_errorColumn = column;
    return false;
}

bool TextLineStream::start(bool atEnd)
{
    if (!atEnd && m_head.size() < SniffBytes)
        return true; // not enough bytes to tell yet
    m_started = true;
    QByteArrayView head(m_head);
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        m_encoding = head[0] == '\xFF' ? Encoding::Utf16Le : Encoding::Utf16Be;
        head = head.sliced(2);
    } else if (head.startsWith("\xEF\xBB\xBF")) {
        head = head.sliced(3);
    } else if (looksLikeUtf16(head, false) || looksLikeUtf16(head, true)) {
        m_encoding = looksLikeUtf16(head, false) ? Encoding::Utf16Le : Encoding::Utf16Be;
        m_guessed = true;
    }
    if (m_encoding != Encoding::Utf8)
        m_utf16.emplace(m_encoding == Encoding::Utf16Le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                        QStringDecoder::Flag::Default);
    const QByteArray rest = head.toByteArray();
    m_head.clear();
    return feed(rest);
}

bool TextLineStream::feed(QByteArrayView bytes)
{
    if (m_stopped)
        return false;
    if (!m_started) {
        m_head.append(bytes);
        return start(false);
    }
    if (!m_utf16)
        return feedUtf8(bytes);
    m_utf16Bytes += bytes.size();
    const QString text = m_utf16->decode(bytes);
    if (m_utf16->hasError())
        return fail(0, tr("not valid UTF-16 text (a character is damaged)"));
    return feedUtf8(text.toUtf8());
}

bool TextLineStream::feedUtf8(QByteArrayView bytes)
{
    while (!bytes.isEmpty()) {
        const char *nl = static_cast<const char *>(std::memchr(bytes.data(), '\n', size_t(bytes.size())));
        if (!nl) {
            m_partial.append(bytes);
            return true;
        }
        const qsizetype end = nl - bytes.data();
        bool ok = true;
        if (m_partial.isEmpty()) {
            ok = emitLine(bytes.first(end));
        } else {
            m_partial.append(bytes.first(end));
            ok = emitLine(m_partial);
            m_partial.clear();
        }
        if (!ok)
            return false;
        bytes = bytes.sliced(end + 1);
    }
    return true;
}

bool TextLineStream::emitLine(QByteArrayView line)
{
    ++m_line;
    if (line.endsWith('\r'))
        line.chop(1);
    if (!m_utf16) {
        // A quick look for bytes outside ASCII first: most lines have none.
        bool ascii = true;
        for (char c : line)
            if (static_cast<unsigned char>(c) >= 0x80 || c == '\0') {
                ascii = false;
                break;
            }
        if (!ascii) {
            if (const char *zero = static_cast<const char *>(std::memchr(line.data(), '\0', size_t(line.size()))))
                return fail(DelimitedBytes::characterColumn(line, zero - line.data()),
                            tr("a NUL character: is this a UTF-16 file without its byte order mark? Save the "
                               "results as UTF-8 or as Unicode (UTF-16 with its mark)"));
            if (const qsizetype bad = invalidUtf8(line); bad >= 0)
                return fail(DelimitedBytes::characterColumn(line, bad),
                            tr("not valid UTF-8 text; save the results as UTF-8 or Unicode (UTF-16)"));
        }
    }
    if (!m_handler(line, m_line)) {
        m_stopped = true;
        return false;
    }
    return true;
}

bool TextLineStream::finish()
{
    if (m_stopped)
        return false;
    if (!m_started && !start(true))
        return false;
    if (m_utf16 && m_utf16Bytes % 2 != 0) {
        ++m_line;
        return fail(0, tr("not valid UTF-16 text: the file ends within a character (cut short?)"));
    }
    if (m_utf16) {
        const QString rest = m_utf16->decode(QByteArrayView());
        if (m_utf16->hasError())
            return fail(0, tr("not valid UTF-16 text (a character is damaged)"));
        if (!rest.isEmpty() && !feedUtf8(rest.toUtf8()))
            return false;
    }
    if (!m_partial.isEmpty()) {
        const QByteArray last = std::exchange(m_partial, QByteArray());
        return emitLine(last);
    }
    return true;
}

} // namespace rd
