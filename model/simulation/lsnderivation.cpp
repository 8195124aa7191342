// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/simulation/lsnderivation.h"

#include <algorithm>

namespace rd::LsnDerivation {

Lsn at(const QDateTime &time, int slot)
{
    static const QDateTime epoch(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
    if (!time.isValid())
        return {};
    const qint64 seconds = qMax<qint64>(0, epoch.secsTo(time)) + 1; // +1: never a leading zero
    return Lsn::fromString(QStringLiteral("%1%2").arg(seconds).arg(slot, 5, 10, QLatin1Char('0')));
}

BackupList derive(const BackupList &backups)
{
    const bool complete = std::all_of(backups.begin(), backups.end(), [](const Backup &b) {
        return !b.firstLsn.isNull() && !b.lastLsn.isNull();
    });
    if (complete)
        return backups;

    BackupList out = backups;
    Lsn earliestData;
    for (Backup &b : out) {
        if (b.isLog())
            continue;
        if (b.firstLsn.isNull())
            b.firstLsn = at(b.start, 1);
        if (b.checkpointLsn.isNull())
            b.checkpointLsn = b.firstLsn;
        if (b.lastLsn.isNull())
            b.lastLsn = at(b.finish.isValid() ? b.finish : b.start, 2);
        if (!b.firstLsn.isNull() && (earliestData.isNull() || b.firstLsn < earliestData))
            earliestData = b.firstLsn;
    }
    const BackupList &view = out; // const: reading must not look up a chunk to detach
    QList<int> logs;
    for (int i = 0; i < view.size(); ++i)
        if (view[i].isLog())
            logs << i;
    std::stable_sort(logs.begin(), logs.end(), [&view](int a, int b) {
        const QDateTime &fa = view[a].finish.isValid() ? view[a].finish : view[a].start;
        const QDateTime &fb = view[b].finish.isValid() ? view[b].finish : view[b].start;
        return fa < fb;
    });
    Lsn chainEnd = earliestData;
    for (int i : logs) {
        Backup &b = out[i];
        if (b.lastLsn.isNull())
            b.lastLsn = at(b.finish.isValid() ? b.finish : b.start, 2);
        if (b.firstLsn.isNull())
            b.firstLsn = chainEnd.isNull() || b.lastLsn < chainEnd ? at(b.start, 1) : chainEnd;
        if (!b.copyOnly)
            chainEnd = b.lastLsn;
    }
    return out;
}

} // namespace rd::LsnDerivation
