// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>

#include <functional>
#include <optional>

namespace rd {

/// The lines of a text file saved by a Windows tool, handed out one at a time as UTF-8 while the
/// file is read in pieces, so that a file of a million rows is never held whole, nor as a
/// QString twice its size. The encoding is told from the first bytes: UTF-8 with or without a
/// byte order mark, UTF-16 little or big endian with its mark (SSMS "Save Results As" with Unicode
/// encoding), or UTF-16 without a mark, recognised by the zero bytes of ASCII text (a warning then).
/// Lines end with LF or CR LF; a final line end makes no empty last line.
class TextLineStream
{
    Q_DECLARE_TR_FUNCTIONS(rd::TextLineStream)
public:
    enum class Encoding { Utf8, Utf16Le, Utf16Be };

    /// Called with each line (UTF-8, without its line end; valid only during the call) and its
    /// 1-based number. Returning false stops the stream.
    using LineHandler = std::function<bool(QByteArrayView line, int number)>;

    explicit TextLineStream(LineHandler handler);

    /// The next piece of the file. Returns false once the stream has stopped: an encoding error
    /// (error() says where) or the handler asked to stop.
    bool feed(QByteArrayView bytes);
    /// The end of the file: hands out the last line. Returns false as feed() does.
    bool finish();

    /// The encoding found (valid after the first line), and whether it was guessed (no mark).
    Encoding encoding() const { return m_encoding; }
    bool encodingGuessed() const { return m_guessed; }
    /// Set when an encoding error stopped the stream: its message, 1-based line and character column.
    QString error() const { return m_error; }
    int errorLine() const { return m_errorLine; }
    int errorColumn() const { return m_errorColumn; }

private:
    bool start(bool atEnd);
    bool feedUtf8(QByteArrayView bytes);
    bool emitLine(QByteArrayView line);
    bool fail(int column, const QString &message);

    LineHandler m_handler;
    QByteArray m_head;    ///< the first bytes, until the encoding is known
    QByteArray m_partial; ///< the start of a line not yet ended
    bool m_started = false;
    bool m_stopped = false;
    Encoding m_encoding = Encoding::Utf8;
    bool m_guessed = false;
    std::optional<QStringDecoder> m_utf16;
    qint64 m_utf16Bytes = 0;
    int m_line = 0;
    QString m_error;
    int m_errorLine = 0;
    int m_errorColumn = 0;
};

} // namespace rd
