#pragma once

#include "model/domain/datafile.h"
#include "model/domain/enums.h"

#include <QList>

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
    bool operator==(const Filegroup &) const = default;
};

} // namespace rd
