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
    for (const Filegroup &fg : filegroups)
        for (const DataFile &f : fg.files)
            if (f.name.compare(fileName, Qt::CaseInsensitive) == 0)
                return &fg;
    return nullptr;
}

const Filegroup *Database::memoryOptimizedFilegroup() const
{
    for (const Filegroup &fg : filegroups)
        if (fg.type == FilegroupType::MemoryOptimizedData)
            return &fg;
    return nullptr;
}

} // namespace rd
