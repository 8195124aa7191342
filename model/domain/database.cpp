// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/domain/database.h"

namespace rd {

qsizetype Database::filegroupIndex(const QString &filegroupName) const
{
    for (qsizetype i = 0; i < filegroups.size(); ++i)
        if (filegroups[i].name.compare(filegroupName, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

const Filegroup *Database::filegroup(const QString &filegroupName) const
{
    const qsizetype i = filegroupIndex(filegroupName);
    return i < 0 ? nullptr : &filegroups[i];
}

const Filegroup *Database::filegroupOfFile(const QString &fileName) const
{
    const qsizetype g = dataFileIndex(fileName).first;
    return g < 0 ? nullptr : &filegroups[g];
}

std::pair<qsizetype, qsizetype> Database::dataFileIndex(const QString &fileName) const
{
    for (qsizetype g = 0; g < filegroups.size(); ++g)
        for (qsizetype f = 0; f < filegroups[g].files.size(); ++f)
            if (filegroups[g].files[f].name.compare(fileName, Qt::CaseInsensitive) == 0)
                return {g, f};
    return {-1, -1};
}

qsizetype Database::logFileIndex(const QString &fileName) const
{
    for (qsizetype i = 0; i < logFiles.size(); ++i)
        if (logFiles[i].name.compare(fileName, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

bool Database::hasFile(const QString &fileName) const
{
    return dataFileIndex(fileName).first >= 0 || logFileIndex(fileName) >= 0;
}

const Filegroup *Database::memoryOptimizedFilegroup() const
{
    for (const Filegroup &fg : filegroups)
        if (fg.type == FilegroupType::MemoryOptimizedData)
            return &fg;
    return nullptr;
}

} // namespace rd
