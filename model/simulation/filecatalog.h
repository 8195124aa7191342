// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/project.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <memory>

namespace rd {

/// Numbers every data file of the layout so file sets are cheap to build and compare.
/// A filegroup without files gets one stand-in entry, so its state can still be tracked.
/// Name lookups are hashed (case-insensitive, as SQL Server and Database's own lookups), so a
/// history of 100,000 backups naming filegroups costs one hash lookup per name. Copies share the
/// tables: HistoryIndex builds the one catalog of an analysis and the rest of it reads that one.
class FileCatalog
{
public:
    struct Entry
    {
        int filegroup = -1; ///< index in Database::filegroups
        QString name;       ///< logical file name (the filegroup's name for a stand-in)
    };
    using FileSet = QSet<int>;

    explicit FileCatalog(const Database &database);

    const QList<Entry> &files() const { return d->files; }
    int fileCount() const { return int(d->files.size()); }
    /// The files of a filegroup (empty for an invalid index); a shared copy, O(1).
    FileSet filesOfFilegroup(int filegroup) const;
    /// The same files in catalog order, without building a set.
    const QList<int> &fileListOfFilegroup(int filegroup) const;
    /// Every file; a shared copy, O(1).
    FileSet allFiles() const { return d->all; }
    /// File index by logical name (case-insensitive), or -1. Stand-ins have no file name.
    int fileIndex(const QString &name) const;
    /// Filegroup index by name (case-insensitive; the first one, as Database::filegroupIndex), or -1.
    int filegroupIndex(const QString &name) const;
    /// Index of the filegroup holding the data file `fileName` (as Database::filegroupOfFile), or -1.
    int filegroupOfFile(const QString &fileName) const;
    /// Index of the memory-optimized filegroup (the first, as Database::memoryOptimizedFilegroup), or -1.
    int memoryOptimizedFilegroup() const { return d->memoryOptimized; }
    /// Filegroups touched by a file set (sorted by layout order).
    QList<int> filegroupsOf(const FileSet &files) const;

private:
    struct Data
    {
        explicit Data(const Database &database);

        QList<Entry> files;
        QList<QList<int>> byFilegroup;
        QList<FileSet> setsByFilegroup;
        FileSet all;
        QHash<QString, int> fileByName;      ///< case-folded logical name → first file (stand-ins excluded)
        QHash<QString, int> filegroupByName; ///< case-folded name → first filegroup
        // The same answers keyed by the layout's own spelling: a name written as in the layout (the
        // usual case) is found without folding it first.
        QHash<QString, int> fileBySpelling;
        QHash<QString, int> filegroupBySpelling;
        int memoryOptimized = -1;
    };
    std::shared_ptr<const Data> d;
};

} // namespace rd
