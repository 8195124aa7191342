// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/commands/backupkind.h"

#include "model/commands/projectedits.h"

namespace rd {

QList<BackupKind> BackupKind::all()
{
    using T = BackupType;
    return {{T::Full}, {T::Differential}, {T::Partial}, {T::PartialDifferential}, {T::File}, {T::FileDifferential},
            {T::Log}, {T::Log, false, true}, {T::Full, true}, {T::Log, true}};
}

QString BackupKind::key() const
{
    if (tailLog)
        return QStringLiteral("tail-log");
    const QString word = toString(type).toLower().replace(u'_', u'-');
    return copyOnly ? QStringLiteral("copy-only-") + word : word;
}

std::optional<BackupKind> BackupKind::fromKey(const QString &key)
{
    for (const BackupKind &k : all())
        if (k.key() == key)
            return k;
    return std::nullopt;
}

QString BackupKind::name() const
{
    if (tailLog)
        return tr("Tail-log");
    if (copyOnly)
        return type == BackupType::Log ? tr("Copy-only log") : tr("Copy-only full");
    switch (type) {
    case BackupType::Full: return tr("Full");
    case BackupType::Differential: return tr("Differential");
    case BackupType::Partial: return tr("Partial");
    case BackupType::PartialDifferential: return tr("Partial differential");
    case BackupType::File: return tr("File/filegroup");
    case BackupType::FileDifferential: return tr("File differential");
    case BackupType::Log: return tr("Log");
    }
    return toString(type);
}

ProjectEdit BackupKind::newBackup(const Project &project, const QDateTime &start, const QStringList &filegroups) const
{
    ProjectEdit edit = ProjectEdits::newBackup(project, type, start, filegroups.value(0));
    Backup &b = edit.backup;
    b.copyOnly = copyOnly;
    b.tailLog = tailLog;
    if (type == BackupType::File || type == BackupType::FileDifferential) {
        QStringList known;
        for (const QString &fg : filegroups)
            if (project.database.filegroupIndex(fg) >= 0 && !known.contains(fg, Qt::CaseInsensitive))
                known << fg;
        if (!known.isEmpty())
            b.filegroups = known;
    }
    if (tailLog || copyOnly) { // a name that says what it is: imoltp_tail_log, imoltp_copy_only_full
        const QString db = project.database.name.isEmpty() ? QStringLiteral("db") : project.database.name;
        const QString id = project.uniqueBackupId(db + u'_' + QString(key()).replace(u'-', u'_'));
        b.media = {QString(b.media.value(0)).replace(b.id, id)};
        b.id = id;
    }
    return edit;
}

} // namespace rd
