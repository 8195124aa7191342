// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlDatabase>

namespace rd {

/// One QSQLITE connection under a name unique to this object, removed from QSqlDatabase's
/// registry when the object is destroyed. Every QSqlQuery on it must be gone by then: declare the
/// connection first and the queries in inner scopes. Use from one thread only (Qt's rule for
/// QSqlDatabase).
class SqliteConnection
{
public:
    SqliteConnection();
    ~SqliteConnection();
    Q_DISABLE_COPY_MOVE(SqliteConnection)

    /// Opens `path` read-only (SQLite never writes to it) or read-write (created if missing).
    /// Returns false with *error set to the driver's reason (without the path).
    bool open(const QString &path, bool readOnly, QString *error);
    QSqlDatabase &database() { return m_db; }
    /// The last error's most specific text (SQLite's own message when there is one).
    static QString errorText(const QSqlError &error);

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace rd
