// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/simulation/pagelist.h"

#include <QCoreApplication>

namespace rd {
namespace {

/// Translation context for this file's messages (lupdate reads Tr::tr calls).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PageList)
};

// pages-and-extents-architecture-guide.md: "page ID 1 is a PFS page, page ID 8088 is a PFS page, page ID
// 16176 is a PFS page, and so on"; GAM (page 2) and SGAM (page 3) repeat every "64,000 extents", which is
// the guide's round figure for the GAM interval of 63,904 extents = 511,232 pages (derived, medium confidence).
constexpr qint64 PfsInterval = 8088;
constexpr qint64 GamInterval = 511232;

constexpr int LogFileId = -2;

} // namespace

std::optional<std::pair<int, qint64>> PageList::parse(QStringView text)
{
    const QStringView t = text.trimmed();
    const qsizetype colon = t.indexOf(u':');
    if (colon < 0)
        return std::nullopt;
    const QStringView file = t.left(colon).trimmed();
    const QStringView page = t.mid(colon + 1).trimmed();
    auto digits = [](QStringView s) {
        if (s.isEmpty())
            return false;
        for (QChar c : s)
            if (c < u'0' || c > u'9')
                return false;
        return true;
    };
    if (!digits(file) || !digits(page))
        return std::nullopt;
    // Both are int: a file ID as sys.database_files.file_id, a page ID at most 2^31 - 1 (a data
    // file holds at most 16 TB = 2^31 pages). A longer number is malformed, never wrapped.
    bool okFile = false, okPage = false;
    const int f = file.toInt(&okFile);
    const qint64 p = page.toInt(&okPage);
    if (!okFile || !okPage)
        return std::nullopt;
    return std::pair{f, p};
}

QHash<int, int> PageList::idMap(const Database &database, const FileCatalog &catalog)
{
    QHash<int, int> ids;
    const qsizetype primary = database.filegroupIndex(QStringLiteral("PRIMARY"));
    int next = 1;
    // The primary data file is file 1 and the first log file 2, whatever the layout lists first.
    int firstPrimary = -1;
    if (primary >= 0) {
        const QList<int> &files = catalog.fileListOfFilegroup(int(primary));
        if (!database.filegroups[primary].files.isEmpty() && !files.isEmpty())
            firstPrimary = files.first();
    }
    if (firstPrimary >= 0)
        ids.insert(1, firstPrimary);
    next = 2;
    ids.insert(next++, LogFileId);
    auto addFilegroup = [&](int g) {
        if (database.filegroups[g].files.isEmpty())
            return; // a stand-in entry, not a file
        for (int f : catalog.fileListOfFilegroup(g))
            if (f != firstPrimary)
                ids.insert(next++, f);
    };
    if (primary >= 0)
        addFilegroup(int(primary));
    for (int g = 0; g < database.filegroups.size(); ++g)
        if (g != primary)
            addFilegroup(g);
    for (qsizetype l = 1; l < database.logFiles.size(); ++l)
        ids.insert(next++, LogFileId);
    return ids;
}

int PageList::fileIdOf(const Database &database, const FileCatalog &catalog, int file)
{
    const QHash<int, int> ids = idMap(database, catalog);
    for (auto it = ids.cbegin(); it != ids.cend(); ++it)
        if (it.value() == file)
            return it.key();
    return 0;
}

QString PageList::allocationKind(qint64 page)
{
    if (page == 1 || (page > 0 && page % PfsInterval == 0))
        return QStringLiteral("PFS");
    if (page == 2 || (page > 0 && page % GamInterval == 0))
        return QStringLiteral("GAM");
    if (page == 3 || (page > GamInterval && page % GamInterval == 1))
        return QStringLiteral("SGAM");
    return {};
}

QList<PageList::Entry> PageList::read(const Database &database, const FileCatalog &catalog, const QStringList &pages)
{
    const QHash<int, int> ids = idMap(database, catalog);
    QList<Entry> out;
    out.reserve(pages.size());
    for (const QString &text : pages) {
        Entry e;
        e.text = text;
        const auto parsed = parse(text);
        if (!parsed) {
            out << e; // Malformed
            continue;
        }
        e.fileId = parsed->first;
        e.page = parsed->second;
        const int file = ids.value(e.fileId, -1);
        if (file == LogFileId) {
            e.problem = Problem::LogFile;
        } else if (file < 0) {
            e.problem = Problem::UnknownFile;
        } else {
            e.file = file;
            const int g = catalog.files()[file].filegroup;
            const Filegroup &fg = database.filegroups[g];
            const qint64 size = fg.files.value(catalog.fileListOfFilegroup(g).indexOf(file)).sizeBytes;
            e.allocationKind = allocationKind(e.page);
            if (fg.type != FilegroupType::Rows)
                e.problem = Problem::NoPages;
            else if (e.page == 0)
                e.problem = Problem::FileBootPage;
            else if (e.fileId == 1 && e.page == 9)
                e.problem = Problem::DatabaseBootPage;
            else if (!e.allocationKind.isEmpty())
                e.problem = Problem::AllocationPage;
            else if (size > 0 && e.page >= size / PageBytes)
                e.problem = Problem::BeyondEnd;
            else
                e.problem = Problem::None;
        }
        out << e;
    }
    return out;
}

QString PageList::describe(const Entry &e, const Database &database, const FileCatalog &catalog)
{
    const QString file = e.file >= 0 ? catalog.files()[e.file].name : QString();
    switch (e.problem) {
    case Problem::None:
        return {};
    case Problem::Malformed:
        return Tr::tr("is not a numeric file:page pair such as 1:57 (error 4350)");
    case Problem::UnknownFile:
        return Tr::tr("names file ID %1, and %2 has no data file with that ID (file IDs as sys.database_files gives "
                      "them: 1 = the primary data file, 2 = the log, then the other data files in layout order)")
            .arg(e.fileId).arg(database.name);
    case Problem::LogFile:
        return Tr::tr("is in file ID %1, a log file: the transaction log cannot be restored page by page")
            .arg(e.fileId);
    case Problem::NoPages: {
        const int g = catalog.files()[e.file].filegroup;
        return Tr::tr("is in %1, a container of %2 filegroup %3, which holds no database pages")
            .arg(file, toString(database.filegroups[g].type), database.filegroups[g].name);
    }
    case Problem::FileBootPage:
        return Tr::tr("is page 0 of %1, the file boot page, which page restore cannot restore").arg(file);
    case Problem::DatabaseBootPage:
        return Tr::tr("is the database boot page, which page restore cannot restore");
    case Problem::AllocationPage:
        return Tr::tr("is a %1 allocation page of %2, which cannot be restored in isolation (error 3111)")
            .arg(e.allocationKind, file);
    case Problem::BeyondEnd: {
        const int g = catalog.files()[e.file].filegroup;
        const qint64 size = database.filegroups[g].files.value(catalog.fileListOfFilegroup(g).indexOf(e.file)).sizeBytes;
        return Tr::tr("is beyond the end of %1, which has %2 pages (error 3194)").arg(file).arg(size / PageBytes);
    }
    }
    return {};
}

} // namespace rd
