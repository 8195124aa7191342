// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QByteArray>
#include <QString>

#include <optional>

class QIODevice;

namespace rd {

/// What a plan or project may be read from, judged before reading: a regular file of at most
/// MaxBytes. A directory is refused, and so is a device, FIFO or socket, which could block
/// (a FIFO without a writer) or never end (`/dev/zero`); a stream already open (standard input)
/// is read through readAll(), bounded the same way. Messages never repeat the path unless said.
class InputFile
{
    Q_DECLARE_TR_FUNCTIONS(rd::InputFile)
public:
    /// 1 GiB: over three times the JSON plan of 1,000,000 backups (about 300 MB).
    static constexpr qint64 MaxBytes = qint64(1) << 30;

    enum class Kind { Regular, Missing, Directory, Special }; ///< Special: a device, FIFO or socket
    /// What `path` names, following links (a link to a regular file is Regular).
    static Kind kind(const QString &path);

    /// Why `path` cannot be read ("the file does not exist", "this is a directory, not a file",
    /// "this is not a regular file but a FIFO (named pipe)", "the file is N bytes, more than the
    /// limit of 1 GiB"), judged without opening it; an empty string when it can be read.
    static QString refusal(const QString &path);

    /// Reads `device` to its end. More than `limit` bytes is refused after reading at most about
    /// 1 MiB past it ("it holds more than 1 GiB, the limit"); so is a read error. Returns nullopt
    /// with *error set then.
    static std::optional<QByteArray> readAll(QIODevice &device, QString *error, qint64 limit = MaxBytes);

    /// refusal(), then the whole file through readAll(). Errors start with the path.
    static std::optional<QByteArray> read(const QString &path, QString *error);
};

} // namespace rd
