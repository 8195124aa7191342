// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/io/loadresult.h"

#include <QByteArray>
#include <QJsonValue>

namespace rd {

/// Reads the JSON plan format, version 1 (docs/plan-format.md).
///
/// Malformed input never throws or crashes: the result carries one error naming the JSON path
/// (for example `backups[3].lastLsn`) and what was expected there. Unknown fields are ignored
/// with a warning naming their path. References between objects (a step's backup id, a
/// filegroup name) are not checked here: a dangling reference is a validator diagnostic, so the
/// user can still open the file and fix it.
class PlanJsonReader
{
public:
    static constexpr int FormatVersion = 1;
    static LoadResult read(const QByteArray &json);
    /// Reads a file; I/O errors name the path. What InputFile::read() refuses (a directory, a
    /// device or FIFO, a file over 1 GiB) is refused before reading.
    static LoadResult readFile(const QString &path);

    /// Parts of a project, for the project store (which keeps one JSON object per row).
    /// `path` prefixes error and warning locations; nullopt on error with *error set.
    static std::optional<Database> databaseFromJson(const QJsonValue &v, const QString &path,
                                                    QString *error, QStringList *warnings);
    static std::optional<RestoreEnvironment> environmentFromJson(const QJsonValue &v, const QString &path,
                                                                QString *error, QStringList *warnings);
    static std::optional<TimelineEvent> eventFromJson(const QJsonValue &v, const QString &path,
                                                      QString *error, QStringList *warnings);
    static std::optional<Backup> backupFromJson(const QJsonValue &v, const QString &path,
                                                QString *error, QStringList *warnings);
    static std::optional<Plan> planFromJson(const QJsonValue &v, const QString &path,
                                            QString *error, QStringList *warnings);
    /// The `cfpSnapshots` array (CfpSnapshotJson).
    static std::optional<QList<CfpSnapshot>> cfpSnapshotsFromJson(const QJsonValue &v, const QString &path,
                                                                 QString *error, QStringList *warnings);
};

} // namespace rd
