// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/datafile.h"
#include "model/domain/enums.h"

#include <QList>
#include <QtNumeric>

#include <limits>

namespace rd {

/// A filegroup of the database layout. For MEMORY_OPTIMIZED_DATA the files are its containers.
struct Filegroup
{
    QString name;
    FilegroupType type = FilegroupType::Rows;
    bool readOnly = false; ///< at the start of the timeline; changes are SET_READ_ONLY/WRITE events
    QList<DataFile> files;
    /// The user accepts losing this filegroup (R-PIECE-006 becomes a warning; R-MOD-005 forbids it
    /// for the memory-optimized filegroup).
    bool abandon = false;

    bool isPrimary() const { return name.compare(QLatin1String("PRIMARY"), Qt::CaseInsensitive) == 0; }
    /// The files' sizeBytes summed, bytes (0 = no size known). Stops at the largest qint64 rather
    /// than wrap: only a layout far past SQL Server's largest database (524,272 TB) gets there.
    qint64 totalSizeBytes() const
    {
        qint64 total = 0;
        for (const DataFile &f : files)
            if (qAddOverflow(total, qMax<qint64>(f.sizeBytes, 0), &total))
                return std::numeric_limits<qint64>::max();
        return total;
    }
    bool operator==(const Filegroup &) const = default;
};

} // namespace rd
