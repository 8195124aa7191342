#pragma once

#include "model/domain/project.h"

#include <QList>
#include <QSet>

namespace rd {

/// Numbers every data file of the layout so file sets are cheap to build and compare.
/// A filegroup without files gets one stand-in entry, so its state can still be tracked.
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

    const QList<Entry> &files() const { return m_files; }
    int fileCount() const { return int(m_files.size()); }
    FileSet filesOfFilegroup(int filegroup) const;
    FileSet allFiles() const;
    /// File index by logical name (case-insensitive), or -1.
    int fileIndex(const QString &name) const;
    /// Filegroups touched by a file set (sorted by layout order).
    QList<int> filegroupsOf(const FileSet &files) const;

private:
    const Database &m_database;
    QList<Entry> m_files;
    QList<QList<int>> m_byFilegroup;
};

} // namespace rd
