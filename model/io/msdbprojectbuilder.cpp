// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/io/msdbprojectbuilder.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>
#include <cstdio>
#include <map>
#include <tuple>

namespace rd {
namespace {

struct LayoutFile
{
    DataFile file;
    bool dropped = false;
};

struct LayoutFilegroup
{
    QString name;
    QString typeCode;
    bool containers = false; ///< a file of type S: FILESTREAM or memory-optimized
    qint64 id = 0;
    std::optional<bool> readOnlyAtStart;
    std::map<qint64, LayoutFile> files; ///< by file_number
    int firstSeen = 0;
};

std::optional<FilegroupType> filegroupType(const QString &code)
{
    if (code == QLatin1String("FX") || code == QLatin1String("MEMORY_OPTIMIZED_DATA_FILEGROUP"))
        return FilegroupType::MemoryOptimizedData;
    if (code == QLatin1String("FD") || code == QLatin1String("FILESTREAM_DATA_FILEGROUP"))
        return FilegroupType::Filestream;
    if (code == QLatin1String("FG") || code == QLatin1String("ROWS_FILEGROUP"))
        return FilegroupType::Rows;
    return std::nullopt;
}

/// The id prefix of a backup: its kind, as the designer's palette names them.
QString idPrefix(const Backup &b)
{
    QString kind;
    switch (b.type) {
    case BackupType::Full: kind = QStringLiteral("full"); break;
    case BackupType::Differential: kind = QStringLiteral("diff"); break;
    case BackupType::Partial: kind = QStringLiteral("partial"); break;
    case BackupType::PartialDifferential: kind = QStringLiteral("partialdiff"); break;
    case BackupType::File: kind = QStringLiteral("file"); break;
    case BackupType::FileDifferential: kind = QStringLiteral("filediff"); break;
    case BackupType::Log: kind = b.tailLog ? QStringLiteral("tail") : QStringLiteral("log"); break;
    }
    if (b.copyOnly)
        kind.prepend(QStringLiteral("copy-"));
    return kind;
}

/// "-20261130-010000": the start in an id, formatted by hand (QDateTime::toString parses its
/// format every call, which a million backups notice).
QString idTime(const QDateTime &t)
{
    const QDate d = t.date();
    const QTime h = t.time();
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "-%04d%02d%02d-%02d%02d%02d", d.year(), d.month(), d.day(), h.hour(), h.minute(),
                  h.second());
    return QString::fromLatin1(buffer);
}

QString key(const QString &name)
{
    return name.toCaseFolded(); // SQL Server compares these names ignoring case
}

} // namespace

Project MsdbProjectBuilder::build(BackupList backups, std::deque<MsdbBackupSet> sets, const QStringList &sources,
                                  QStringList *notes, Origin origin)
{
    // The notes and the description name where the sets came from.
    const auto says = [origin](const QString &msdb, const QString &dbatools, const QString &headers) {
        return origin == Origin::Msdb ? msdb : origin == Origin::Dbatools ? dbatools : headers;
    };
    // Sorted by start (as msecs: cheaper to compare than QDateTime), then LSNs, then file order.
    std::vector<std::pair<qint64, int>> keys(sets.size());
    for (size_t i = 0; i < sets.size(); ++i)
        keys[i] = {backups[qsizetype(i)].start.toMSecsSinceEpoch(), int(i)};
    std::sort(keys.begin(), keys.end(), [&](const std::pair<qint64, int> &a, const std::pair<qint64, int> &b) {
        if (a.first != b.first)
            return a.first < b.first;
        const MsdbBackupSet &x = sets[size_t(a.second)], &y = sets[size_t(b.second)];
        const Backup &bx = backups[a.second], &by = backups[b.second];
        if (bx.firstLsn != by.firstLsn)
            return bx.firstLsn < by.firstLsn;
        if (bx.lastLsn != by.lastLsn)
            return bx.lastLsn < by.lastLsn;
        return std::tie(x.source, x.line) < std::tie(y.source, y.line);
    });
    std::vector<int> order(keys.size());
    bool inOrder = true;
    for (size_t i = 0; i < keys.size(); ++i) {
        order[i] = keys[i].second;
        inOrder = inOrder && keys[i].second == int(i);
    }
    keys = {};

    // The layout: every filegroup and file the backups list, the newest backup's path and size.
    QHash<QString, LayoutFilegroup> filegroups;
    std::map<qint64, LayoutFile> logFiles;
    QSet<QString> families;
    for (int i : order) {
        const MsdbBackupSet &s = sets[size_t(i)];
        if (!s.databaseFamily.isEmpty())
            families.insert(s.databaseFamily);
        for (const MsdbFileRow &f : s.files) {
            const LayoutFile file{DataFile{f.logicalName, f.physicalName, f.sizeBytes}, f.dropped};
            if (f.fileType == 'L') {
                logFiles[f.number] = file;
                continue;
            }
            const QString name = f.filegroup.isEmpty() ? QStringLiteral("PRIMARY") : f.filegroup;
            auto it = filegroups.find(key(name));
            if (it == filegroups.end()) {
                it = filegroups.insert(key(name), LayoutFilegroup{});
                it->firstSeen = int(filegroups.size());
                it->readOnlyAtStart = f.readOnly;
            }
            it->name = name;
            if (!f.filegroupType.isEmpty())
                it->typeCode = f.filegroupType.toUpper();
            if (f.filegroupId > 0)
                it->id = f.filegroupId;
            it->containers = it->containers || f.fileType == 'S';
            if (!it->readOnlyAtStart)
                it->readOnlyAtStart = f.readOnly;
            it->files[f.number] = file;
        }
    }

    Project project;
    Database &db = project.database;
    const MsdbBackupSet *oldest = order.empty() ? nullptr : &sets[size_t(order.front())];
    db.name = oldest ? oldest->database : QString();
    if (oldest && backups[order.front()].recoveryModel)
        db.recoveryModel = *backups[order.front()].recoveryModel;
    db.readOnly = oldest && oldest->databaseReadOnly;

    QList<const LayoutFilegroup *> groups;
    for (const LayoutFilegroup &g : std::as_const(filegroups))
        groups << &g;
    std::sort(groups.begin(), groups.end(), [](const LayoutFilegroup *a, const LayoutFilegroup *b) {
        const bool pa = a->name.compare(QLatin1String("PRIMARY"), Qt::CaseInsensitive) == 0;
        const bool pb = b->name.compare(QLatin1String("PRIMARY"), Qt::CaseInsensitive) == 0;
        if (pa != pb)
            return pa;
        const qint64 ia = a->id > 0 ? a->id : std::numeric_limits<qint64>::max();
        const qint64 ib = b->id > 0 ? b->id : std::numeric_limits<qint64>::max();
        return ia != ib ? ia < ib : a->firstSeen < b->firstSeen;
    });
    QStringList dropped;
    for (const LayoutFilegroup *g : std::as_const(groups)) {
        Filegroup fg;
        fg.name = g->name;
        fg.readOnly = g->readOnlyAtStart.value_or(false);
        if (const std::optional<FilegroupType> t = filegroupType(g->typeCode)) {
            fg.type = *t;
            // The plan format, as SQL Server, allows one memory-optimized filegroup and a ROWS PRIMARY.
            if (fg.isPrimary() && fg.type != FilegroupType::Rows) {
                fg.type = FilegroupType::Rows;
                notes->append(tr("PRIMARY is listed with backupfilegroup.type %1: read as a rows filegroup, which PRIMARY always is")
                                  .arg(g->typeCode));
            } else if (fg.type == FilegroupType::MemoryOptimizedData && db.memoryOptimizedFilegroup()) {
                fg.type = FilegroupType::Filestream;
                notes->append(tr("filegroup %1 is listed as memory-optimized (FX) after %2: a database has one memory-optimized "
                                 "filegroup, so it is read as FILESTREAM")
                                  .arg(g->name, db.memoryOptimizedFilegroup()->name));
            }
        } else if (g->containers && !fg.isPrimary()) {
            fg.type = FilegroupType::Filestream;
            notes->append(says(tr("filegroup %1 holds containers (file_type S) but the export has no backupfilegroup.type: "
                                  "read as FILESTREAM; a memory-optimized filegroup is type FX there"),
                               tr("filegroup %1 holds containers (FileList Type S) but dbatools gives no filegroup type: "
                                  "read as FILESTREAM"),
                               tr("filegroup %1 holds containers (FILELISTONLY Type S), as do other filegroups: "
                                  "read as FILESTREAM, since a database has one memory-optimized filegroup at most"))
                              .arg(g->name));
        }
        for (const auto &[number, f] : g->files) {
            if (f.dropped)
                dropped << f.file.name;
            else
                fg.files << f.file;
        }
        db.filegroups << fg;
    }
    for (const auto &[number, f] : logFiles) {
        if (f.dropped)
            dropped << f.file.name;
        else
            db.logFiles << f.file;
    }
    if (db.filegroupIndex(QStringLiteral("PRIMARY")) < 0) {
        db.filegroups.prepend(Filegroup{QStringLiteral("PRIMARY"), FilegroupType::Rows, false, {}, false});
        notes->append(says(tr("no backupfile rows name the PRIMARY filegroup: the layout has an empty PRIMARY; the "
                              "filegroups and files come from the backupfile and backupfilegroup columns of data backups"),
                           tr("no FileList names a data file of PRIMARY: the layout has an empty PRIMARY filegroup"),
                           tr("no FILELISTONLY row names the PRIMARY filegroup: the layout has an empty PRIMARY; the "
                              "filegroups and files come from the RESTORE FILELISTONLY results of data backups")));
    }
    if (!dropped.isEmpty())
        notes->append(tr("left out of the layout, dropped by the newest backup that lists them (state 8 or a drop_lsn): %1")
                          .arg(dropped.join(QStringLiteral(", "))));
    if (families.size() > 1)
        notes->append(tr("the backups of %1 come from %2 different databases of that name (family_guid): it was "
                         "created again, or the export mixes servers; their log chains do not join")
                          .arg(db.name).arg(families.size()));
    notes->append(says(tr("the edition is not in msdb: the project says ENTERPRISE; change it if the target server differs "
                          "(online restore needs Enterprise or Developer)"),
                       tr("the edition is not in the dbatools export: the project says ENTERPRISE; change it if the "
                          "target server differs (online restore needs Enterprise or Developer)"),
                       tr("the edition is not in the backup headers: the project says ENTERPRISE; change it if the "
                          "target server differs (online restore needs Enterprise or Developer)")));

    // The backups, in time order, with unique ids from their kind and start. Backups of one second
    // are next to each other in that order, so the ids of the current second are all a clash can
    // be with: a million ids are never held in a set.
    QSet<QString> ids;
    qint64 idSecond = std::numeric_limits<qint64>::min();
    QHash<QString, int> nextSuffix;
    QStringList unknownScope;
    qsizetype unknownScopeCount = 0;
    if (inOrder)
        project.backups = std::move(backups);
    for (size_t k = 0; k < order.size(); ++k) {
        const int i = order[k];
        MsdbBackupSet &s = inOrder ? sets.front() : sets[size_t(i)];
        Backup b = inOrder ? std::move(project.backups[qsizetype(k)]) : backups[i];
        std::sort(s.families.begin(), s.families.end());
        for (const auto &[n, device] : s.families)
            if (!device.isEmpty())
                b.media << device;
        b.mediaFamilyCount = s.mediaFamilyCount;
        // Read-only filegroups and, for file and partial backups, what they hold.
        QStringList readOnly;
        bool readOnlyKnown = false;
        QHash<QString, std::pair<int, int>> present; ///< filegroup → (files present, data files)
        QHash<QString, QStringList> presentFiles;
        QStringList fgOrder;
        for (const MsdbFileRow &f : s.files) {
            if (f.fileType == 'L')
                continue;
            const QString name = f.filegroup.isEmpty() ? QStringLiteral("PRIMARY") : f.filegroup;
            const QString canonical = filegroups.value(key(name)).name;
            if (f.readOnly) {
                readOnlyKnown = true;
                if (*f.readOnly && !readOnly.contains(canonical))
                    readOnly << canonical;
            }
            if (f.dropped)
                continue;
            if (!present.contains(canonical))
                fgOrder << canonical;
            auto &counts = present[canonical];
            ++counts.second;
            if (f.present) {
                ++counts.first;
                presentFiles[canonical] << f.logicalName;
            }
        }
        if (readOnlyKnown)
            b.readOnlyFilegroups = readOnly;
        if (b.type == BackupType::File || b.type == BackupType::FileDifferential) {
            for (const QString &fg : std::as_const(fgOrder)) {
                const auto [have, all] = present.value(fg);
                if (have == all && have > 0)
                    b.filegroups << fg;
                else
                    b.files << presentFiles.value(fg);
            }
            if (s.files.empty() && ++unknownScopeCount <= 5)
                unknownScope << QStringLiteral("%1, line %2").arg(sources.value(s.source)).arg(s.line);
        } else if (b.type == BackupType::Partial || b.type == BackupType::PartialDifferential) {
            // READ_WRITE_FILEGROUPS holds PRIMARY and the read/write ones: list the read-only ones added.
            for (const QString &fg : std::as_const(fgOrder))
                if (readOnly.contains(fg) && present.value(fg).first > 0
                    && fg.compare(QLatin1String("PRIMARY"), Qt::CaseInsensitive) != 0)
                    b.filegroups << fg;
        }
        if (const qint64 second = b.start.toSecsSinceEpoch(); second != idSecond) {
            idSecond = second;
            ids.clear();
            nextSuffix.clear();
        }
        const QString base = idPrefix(b) + idTime(b.start);
        QString id = base;
        if (ids.contains(id)) {
            // The next suffix to try per base, so that many backups in one second stay linear.
            int &n = nextSuffix[base];
            n = qMax(n, 2);
            do
                id = QStringLiteral("%1_%2").arg(base).arg(n++);
            while (ids.contains(id));
        }
        ids.insert(id);
        b.id = id;
        if (inOrder)
            project.backups[qsizetype(k)] = std::move(b);
        else
            project.backups.append(b);
        // Its files and media are the backup's now; in order, its memory goes as the project grows.
        if (inOrder)
            sets.pop_front();
        else
            s = MsdbBackupSet();
    }
    if (unknownScopeCount > 0)
        notes->append(says(tr("%n file backup(s) without backupfile rows, so what they hold is unknown: %1%2", nullptr,
                              int(unknownScopeCount)),
                           tr("%n file backup(s) without a FileList, so what they hold is unknown: %1%2", nullptr,
                              int(unknownScopeCount)),
                           tr("%n file backup(s) without a FILELISTONLY result, so what they hold is unknown: %1%2",
                              nullptr, int(unknownScopeCount)))
                          .arg(unknownScope.join(QStringLiteral("; ")),
                               unknownScopeCount > unknownScope.size() ? QStringLiteral("; …") : QString()));
    QStringList names; // file names only: a project should not carry the importing machine's paths
    for (const QString &source : sources)
        names << QFileInfo(source).fileName();
    project.description = says(tr("Backup history of %1 imported from msdb (%2): %n backup set(s).", nullptr,
                                  int(project.backups.size())),
                               tr("Backup history of %1 imported from dbatools (%2): %n backup set(s).", nullptr,
                                  int(project.backups.size())),
                               tr("Backup history of %1 imported from backup file headers (%2): %n backup set(s).",
                                  nullptr, int(project.backups.size())))
                              .arg(db.name, names.join(QStringLiteral(", ")));
    return project;
}

} // namespace rd
