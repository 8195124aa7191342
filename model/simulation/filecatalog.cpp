// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/simulation/filecatalog.h"

#include <algorithm>
#include <utility>

namespace rd {

FileCatalog::FileCatalog(const Database &database) : d(std::make_shared<const Data>(database))
{
}

// QString::compare(…, Qt::CaseInsensitive) folds each code point with simple case folding, the
// same as QString::toCaseFolded(), so equal keys here mean "equal ignoring case" there.
FileCatalog::Data::Data(const Database &db)
{
    byFilegroup.resize(db.filegroups.size());
    for (int g = 0; g < db.filegroups.size(); ++g) {
        const Filegroup &fg = db.filegroups[g];
        if (const QString key = fg.name.toCaseFolded(); !filegroupByName.contains(key))
            filegroupByName.insert(key, g);
        if (memoryOptimized < 0 && fg.type == FilegroupType::MemoryOptimizedData)
            memoryOptimized = g;
        if (fg.files.isEmpty()) {
            byFilegroup[g] << int(files.size());
            files.append(Entry{g, fg.name});
        }
        for (const DataFile &f : fg.files) {
            if (const QString key = f.name.toCaseFolded(); !fileByName.contains(key))
                fileByName.insert(key, int(files.size()));
            byFilegroup[g] << int(files.size());
            files.append(Entry{g, f.name});
        }
    }
    for (const Filegroup &fg : db.filegroups) {
        filegroupBySpelling.insert(fg.name, filegroupByName.value(fg.name.toCaseFolded()));
        for (const DataFile &f : fg.files)
            fileBySpelling.insert(f.name, fileByName.value(f.name.toCaseFolded()));
    }
    setsByFilegroup.reserve(byFilegroup.size());
    for (const QList<int> &list : std::as_const(byFilegroup))
        setsByFilegroup.append(FileSet(list.begin(), list.end()));
    all.reserve(files.size());
    for (int i = 0; i < files.size(); ++i)
        all.insert(i);
}

FileCatalog::FileSet FileCatalog::filesOfFilegroup(int filegroup) const
{
    if (filegroup < 0 || filegroup >= d->setsByFilegroup.size())
        return {};
    return d->setsByFilegroup[filegroup];
}

const QList<int> &FileCatalog::fileListOfFilegroup(int filegroup) const
{
    static const QList<int> none;
    return filegroup < 0 || filegroup >= d->byFilegroup.size() ? none : d->byFilegroup[filegroup];
}

int FileCatalog::fileIndex(const QString &name) const
{
    const auto it = d->fileBySpelling.constFind(name);
    return it != d->fileBySpelling.cend() ? *it : d->fileByName.value(name.toCaseFolded(), -1);
}

int FileCatalog::filegroupIndex(const QString &name) const
{
    const auto it = d->filegroupBySpelling.constFind(name);
    return it != d->filegroupBySpelling.cend() ? *it : d->filegroupByName.value(name.toCaseFolded(), -1);
}

int FileCatalog::filegroupOfFile(const QString &fileName) const
{
    const int f = fileIndex(fileName);
    return f < 0 ? -1 : d->files[f].filegroup;
}

QList<int> FileCatalog::filegroupsOf(const FileSet &files) const
{
    QList<bool> seen(d->byFilegroup.size(), false);
    QList<int> out;
    for (int f : files)
        if (const int g = d->files[f].filegroup; !std::exchange(seen[g], true))
            out << g;
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace rd
