// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/project.h"

#include <QSqlDatabase>

namespace rd {

/// Thrown by ProjectStoreContent; ProjectStore catches it. The message does not name the file.
struct ProjectStoreError
{
    QString message;
};

/// The rows of a project file (schema in projectstore.h) as text, in a fixed order: what the
/// content checksum covers and what parse() turns into a Project. Internal to ProjectStore.
struct ProjectStoreContent
{
    using Rows = QList<QStringList>;
    Rows project;   ///< key, value; ordered by key
    Rows events;    ///< ord, data; ordered by ord
    Rows backups;   ///< ord, id, data; ordered by ord
    Rows plans;     ///< ord, name, data; ordered by ord
    Rows viewState; ///< key, value; ordered by key

    static constexpr const char *Tables[] = {"project", "events", "backups", "plans", "view_state"};

    /// Creates the schema and writes `project` into an empty database, in one transaction; with
    /// the project row "writtenBy" = `writtenBy` unless that is empty.
    static void write(QSqlDatabase &db, const Project &project, const QString &writtenBy);
    /// Reads every row; throws when a table or row cannot be read.
    static ProjectStoreContent read(QSqlDatabase &db);

    /// "sha256:<hex>" over every row but the checksum row itself.
    QString checksum() const;
    /// The checksum row's value, or a null string when it is missing.
    QString storedChecksum() const;
    /// The "writtenBy" row's value (the writing program's version), or empty when it is missing.
    QString writtenBy() const;
    /// The project the rows hold, read with the plan reader's checks (ranges included). Errors name
    /// the table, row and column, then the JSON path, e.g. `backups row 3 (id "log1"), column
    /// "data": backups[2].lastLsn: …`; warnings are prefixed the same way.
    Project parse(QStringList *warnings) const;
};

} // namespace rd
