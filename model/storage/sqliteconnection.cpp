// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/storage/sqliteconnection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QUuid>

namespace rd {

SqliteConnection::SqliteConnection()
    : m_name(QStringLiteral("rd-sqlite-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
}

SqliteConnection::~SqliteConnection()
{
    m_db.close();
    m_db = QSqlDatabase(); // drop our handle, or removeDatabase() warns that it is still in use
    QSqlDatabase::removeDatabase(m_name);
}

bool SqliteConnection::open(const QString &path, bool readOnly, QString *error)
{
    if (!m_db.isValid()) {
        *error = QCoreApplication::translate("ProjectStore", "the SQLite driver of Qt (QSQLITE) is not available");
        return false;
    }
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY") : QString());
    if (!m_db.open()) {
        *error = errorText(m_db.lastError());
        return false;
    }
    return true;
}

QString SqliteConnection::errorText(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

} // namespace rd
