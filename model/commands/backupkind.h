// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/project.h"
#include "model/findings/projectedit.h"

#include <QCoreApplication>
#include <optional>

namespace rd {

/// A kind of backup the designer's palette offers (issue 9, item 3): a BackupType with the flags
/// that make a different statement (BACKUP … WITH COPY_ONLY; BACKUP LOG … WITH NORECOVERY, the
/// tail-log backup).
struct BackupKind
{
    Q_DECLARE_TR_FUNCTIONS(rd::BackupKind)
public:
    BackupType type = BackupType::Full;
    bool copyOnly = false;
    bool tailLog = false;

    /// Stable text for drag and drop: "full", "copy-only-full", "tail-log", …
    QString key() const;
    /// What the palette shows: "Full", "Copy-only full", "Tail-log", … (translated).
    QString name() const;
    /// Every kind, in the palette's order: full, differential, partial, partial differential,
    /// file/filegroup, file differential, log, tail-log, copy-only full, copy-only log.
    static QList<BackupKind> all();
    static std::optional<BackupKind> fromKey(const QString &key);
    bool operator==(const BackupKind &) const = default;

    /// The edit adding a backup of this kind to `project` (ProjectEdits::newBackup), starting at
    /// `start`. FILE and FILE_DIFFERENTIAL backups contain `filegroups` (the lanes it was dropped
    /// on; PRIMARY when none is in the layout). The memory-optimized filegroup is not added to a
    /// backup of PRIMARY: that is the user's to draw, and R-MOD-001 says when it is missing.
    ProjectEdit newBackup(const Project &project, const QDateTime &start, const QStringList &filegroups = {}) const;
};

} // namespace rd
