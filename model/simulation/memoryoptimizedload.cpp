// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/simulation/memoryoptimizedload.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace rd {
namespace {

/// Translation context for this file's texts (lupdate reads Tr::tr calls).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MemoryOptimizedLoad)
};

} // namespace

std::optional<MemoryOptimizedLoad> MemoryOptimizedLoad::of(const Database &database, const RestoreEnvironment &environment)
{
    const Filegroup *mod = database.memoryOptimizedFilegroup();
    if (!mod)
        return std::nullopt;
    MemoryOptimizedLoad load;
    load.filegroup = mod->name;
    load.containers = int(mod->files.size());
    // Recovery reads the containers' data and delta files (the documented "amount of data to
    // load"); their sizes, as R-MOD-003 sums them, are the best a plan states.
    load.bytes = mod->totalSizeBytes();
    for (const DataFile &f : mod->files)
        load.unsizedContainers += f.sizeBytes <= 0;
    load.bytesPerSecond = environment.memoryOptimizedLoadBytesPerSecond;
    return load;
}

double MemoryOptimizedLoad::seconds() const
{
    return timeKnown() ? double(bytes) / double(bytesPerSecond) : -1.0;
}

QString MemoryOptimizedLoad::formatSeconds(double seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 59.95) // one decimal: 16.106 s → "16.1 s"
        return Tr::tr("%1 s").arg(QLocale().toString(seconds, 'f', 1));
    const qint64 whole = qint64(std::llround(seconds));
    if (whole < 3600)
        return Tr::tr("%1 min %2 s").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'));
    const qint64 minutes = qint64(std::llround(seconds / 60));
    return Tr::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString MemoryOptimizedLoad::summary() const
{
    const QString what = containers == 1 ? Tr::tr("%1 (1 container)").arg(filegroup)
                                         : Tr::tr("%1 (%2 containers)").arg(filegroup).arg(containers);
    if (!sizeKnown())
        return Tr::tr("%1, size not stated").arg(what);
    const QString size = QLocale().formattedDataSize(bytes);
    if (unsizedContainers > 0) { // a lower bound, in size and time
        const QString text = Tr::tr("≥%1 of %2, %3 without a size").arg(size, what).arg(unsizedContainers);
        return timeKnown() ? Tr::tr("%1, ≥%2 at %3/s").arg(text, formatSeconds(seconds()),
                                                            QLocale().formattedDataSize(bytesPerSecond))
                           : Tr::tr("%1, load rate not stated").arg(text);
    }
    const QString text = Tr::tr("%1 of %2").arg(size, what);
    return timeKnown() ? Tr::tr("%1, ≈%2 at %3/s").arg(text, formatSeconds(seconds()), QLocale().formattedDataSize(bytesPerSecond))
                       : Tr::tr("%1, load rate not stated").arg(text);
}

} // namespace rd
