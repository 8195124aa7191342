#include "model/simulation/filecatalog.h"

#include <algorithm>

namespace rd {

FileCatalog::FileCatalog(const Database &database) : m_database(database)
{
    m_byFilegroup.resize(database.filegroups.size());
    for (int g = 0; g < database.filegroups.size(); ++g) {
        const Filegroup &fg = database.filegroups[g];
        if (fg.files.isEmpty()) {
            m_byFilegroup[g] << int(m_files.size());
            m_files.append(Entry{g, fg.name});
        }
        for (const DataFile &f : fg.files) {
            m_byFilegroup[g] << int(m_files.size());
            m_files.append(Entry{g, f.name});
        }
    }
}

FileCatalog::FileSet FileCatalog::filesOfFilegroup(int filegroup) const
{
    if (filegroup < 0 || filegroup >= m_byFilegroup.size())
        return {};
    return FileSet(m_byFilegroup[filegroup].begin(), m_byFilegroup[filegroup].end());
}

FileCatalog::FileSet FileCatalog::allFiles() const
{
    FileSet s;
    for (int i = 0; i < m_files.size(); ++i)
        s.insert(i);
    return s;
}

int FileCatalog::fileIndex(const QString &name) const
{
    for (int i = 0; i < m_files.size(); ++i)
        if (m_files[i].name.compare(name, Qt::CaseInsensitive) == 0
            && !m_database.filegroups[m_files[i].filegroup].files.isEmpty())
            return i;
    return -1;
}

QList<int> FileCatalog::filegroupsOf(const FileSet &files) const
{
    QList<int> out;
    for (int f : files)
        if (!out.contains(m_files[f].filegroup))
            out << m_files[f].filegroup;
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace rd
