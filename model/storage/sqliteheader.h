// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace rd {

/// The 100-byte header of an SQLite 3 database file, read without SQLite
/// (https://www.sqlite.org/fileformat.html, "The Database Header"), so that a file which is not
/// SQLite never reaches the library, and identity (application id, schema version) and truncation
/// are judged before SQLite reads anything else. All integers in the header are big-endian.
class SqliteHeader
{
public:
    static constexpr qsizetype Size = 100; ///< bytes

    /// True if `bytes` starts with the 16-byte magic "SQLite format 3\0".
    static bool hasMagic(const QByteArray &bytes);
    /// True if the file at `path` starts with the magic; false if it does not or cannot be read.
    static bool fileHasMagic(const QString &path);

    /// `bytes` must hold at least Size bytes starting with the magic.
    explicit SqliteHeader(const QByteArray &bytes);

    /// Page size in bytes (512…65536, a power of two), or 0 if the field is invalid.
    quint32 pageSize() const;
    /// The database size in pages when the header vouches for it (the "version-valid-for" number
    /// equals the change counter), else nullopt (files written by old SQLite versions).
    std::optional<quint32> pageCount() const;
    qint32 userVersion() const;   ///< PRAGMA user_version
    qint32 applicationId() const; ///< PRAGMA application_id

private:
    quint32 u32(qsizetype offset) const;
    QByteArray m_bytes;
};

} // namespace rd
