// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/filegroup.h"

#include <utility>

namespace rd {

/// The database being designed: its layout and the settings in force at the timeline's start.
struct Database
{
    QString name;
    Edition edition = Edition::Enterprise;        ///< decides online vs offline restore (R-ONL-001)
    RecoveryModel recoveryModel = RecoveryModel::Full; ///< at the start; changes are events
    QList<Filegroup> filegroups;                  ///< PRIMARY is required and is ROWS
    QList<DataFile> logFiles;
    bool readOnly = false; ///< the database READ_ONLY option (R-RO-006, R-DIFF-009)

    /// Index of the filegroup with this name (case-insensitive, as SQL Server), or -1.
    qsizetype filegroupIndex(const QString &name) const;
    const Filegroup *filegroup(const QString &name) const;
    /// The filegroup holding the data file with this logical name, or nullptr.
    const Filegroup *filegroupOfFile(const QString &fileName) const;
    /// Where the data file with this logical name is (case-insensitive): its filegroup's index and
    /// its index among that filegroup's files, or {-1, -1}.
    std::pair<qsizetype, qsizetype> dataFileIndex(const QString &fileName) const;
    /// Index of the log file with this logical name (case-insensitive) in logFiles, or -1. The
    /// first log file is the primary log file, which SQL Server never removes.
    qsizetype logFileIndex(const QString &fileName) const;
    /// Whether a data or log file has this logical name (case-insensitive, as SQL Server's names).
    bool hasFile(const QString &fileName) const;
    /// The memory-optimized filegroup (SQL Server allows at most one), or nullptr.
    const Filegroup *memoryOptimizedFilegroup() const;

    bool operator==(const Database &) const = default;
};

} // namespace rd
