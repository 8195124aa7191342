// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/analysis/backupusability.h"

namespace rd {

QString BackupUsability::whyUnusable(const Backup &b)
{
    if (b.failed)
        return tr("the backup failed, so there is nothing to restore");
    if (b.damaged)
        return tr("the backup is damaged (only CONTINUE_AFTER_ERROR would restore it)");
    if (b.mediaFamilyCount > b.media.size() && !b.media.isEmpty())
        return tr("%n of its stripe(s) are missing", nullptr, int(b.mediaFamilyCount - b.media.size()));
    return {};
}

namespace {

int primaryFile(const HistoryIndex &index)
{
    const FileCatalog &c = index.catalog();
    return c.fileListOfFilegroup(c.filegroupIndex(QStringLiteral("PRIMARY"))).value(0, 0);
}

} // namespace

bool BackupUsability::isBasedOn(const HistoryIndex &index, const Backup &d, const Backup &base, qsizetype basePosition)
{
    if (base.copyOnly)
        return false; // a copy-only backup does not start a differential base (R-DIFF-001)
    if (!d.differentialBaseGuid.isEmpty() && !base.backupSetGuid.isEmpty())
        return d.differentialBaseGuid.compare(base.backupSetGuid, Qt::CaseInsensitive) == 0;
    if (!d.differentialBaseLsn.isNull())
        return d.differentialBaseLsn == base.checkpointLsn || d.differentialBaseLsn == base.firstLsn;
    return index.latestDataBackupHolding(primaryFile(index), d.start, true) == basePosition;
}

qsizetype BackupUsability::baseOf(const HistoryIndex &index, const Backup &d)
{
    if (!d.differentialBaseGuid.isEmpty())
        if (const qsizetype b = index.dataBackupWithGuid(d.differentialBaseGuid); b >= 0)
            return b;
    if (!d.differentialBaseLsn.isNull())
        for (qsizetype b : index.dataBackupsAt(d.differentialBaseLsn))
            if (!index.backups()[b].copyOnly)
                return b;
    return index.latestDataBackupHolding(primaryFile(index), d.start, true);
}

} // namespace rd
