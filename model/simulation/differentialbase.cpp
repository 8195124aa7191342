// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/simulation/differentialbase.h"

#include "model/simulation/restorescope.h"

namespace rd::DifferentialBase {
namespace {

bool sameGuid(const QString &a, const QString &b)
{
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

bool holds(const Sources &s, const Backup &b, int file)
{
    return RestoreScope::ofBackup(s.index, b).contains(file);
}

} // namespace

QString byGuid(const BackupList &backups, const Backup &d)
{
    if (!d.differentialBaseGuid.isEmpty())
        for (const Backup &b : backups)
            if (isDataBase(b.type) && sameGuid(b.backupSetGuid, d.differentialBaseGuid))
                return b.id;
    return {};
}

QString of(const Sources &s, const Backup &d, int file)
{
    // C-3: the GUID is the documented link; LSNs only when the history does not hold that GUID.
    if (const QString base = byGuid(s.backups, d); !base.isEmpty())
        return base;
    if (!d.differentialBaseLsn.isNull()) {
        for (const Backup &b : s.backups)
            if (isDataBase(b.type) && !b.copyOnly && holds(s, b, file)
                && (b.checkpointLsn == d.differentialBaseLsn || b.firstLsn == d.differentialBaseLsn))
                return b.id;
    }
    const Backup *best = nullptr;
    for (const Backup &b : s.backups)
        if (isDataBase(b.type) && !b.copyOnly && !b.failed && b.start < d.start && holds(s, b, file)
            && (!best || best->start < b.start))
            best = &b;
    return best ? best->id : QString();
}

bool isMultiBased(const Backup &d)
{
    return isDifferential(d.type) && !d.backupSetGuid.isEmpty() && d.differentialBaseGuid.isEmpty()
        && d.differentialBaseLsn.isNull();
}

QDateTime nextReset(const Sources &s, const Backup &d, const FileCatalog::FileSet &files)
{
    // The index answers as the scan of the backups would (regular, not failed, by start): O(files log n).
    return s.index.nextDataBackupHolding(files, d.start);
}

bool sameBase(const Backup &older, const Backup &newer, const QDateTime &reset)
{
    if (!older.differentialBaseGuid.isEmpty())
        return sameGuid(newer.differentialBaseGuid, older.differentialBaseGuid);
    if (!older.differentialBaseLsn.isNull())
        return newer.differentialBaseLsn == older.differentialBaseLsn;
    return newer.differentialBaseGuid.isEmpty() && newer.differentialBaseLsn.isNull()
        && (!reset.isValid() || newer.start < reset);
}

} // namespace rd::DifferentialBase
