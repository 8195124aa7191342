// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/backuplist.h"
#include "model/domain/cfpsnapshot.h"
#include "model/domain/database.h"
#include "model/domain/plan.h"
#include "model/domain/restoreenvironment.h"
#include "model/domain/timelineevent.h"

#include <QJsonObject>

namespace rd {

/// A whole design: layout, backup history, events and restore plans (the plan file's content).
struct Project
{
    QString description;
    Database database;
    RestoreEnvironment environment; ///< facts about the target server (plan-format extension)
    QList<TimelineEvent> events;   ///< ordered by time
    BackupList backups; ///< chunked and shared: an edit copies only what it touches
    QList<Plan> plans;
    /// Checkpoint-file inventories of the memory-optimized filegroup, each at its time; ordered by
    /// time, no two at the same time (the plan reader refuses that).
    QList<CfpSnapshot> cfpSnapshots;
    /// Designer view state (zoom, selection, splitters…); stored in project files only, not in JSON.
    QJsonObject viewState;

    /// Index of the backup with this id (the first, if ids repeat), or -1. A scan, O(n): the
    /// analysis answers the same in O(log n) (HistoryIndex::backupIndex) for code that asks often.
    qsizetype backupIndex(const QString &id) const;
    const Backup *backup(const QString &id) const;
    /// `base`, or `base_2`, `base_3`… whichever no backup has yet (ids are how plans refer to
    /// backups, so a new backup must not take one).
    QString uniqueBackupId(const QString &base) const;
    /// Index of the plan with this name (exact), or -1.
    qsizetype planIndex(const QString &name) const;

    bool operator==(const Project &) const = default;
};

} // namespace rd
