// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/simulation/restorescope.h"

#include "model/simulation/historyindex.h"

namespace rd::RestoreScope {
namespace {

/// Filegroups read/write at the moment (READ_WRITE_FILEGROUPS), PRIMARY included.
FileCatalog::FileSet readWriteFiles(const FileCatalog &catalog, const Project &project,
                                    const TimelineHistory &history, const TimelineHistory::Moment &at)
{
    FileCatalog::FileSet s;
    // R-RO-006: for a read-only database, READ_WRITE_FILEGROUPS selects only PRIMARY.
    for (int g = 0; g < project.database.filegroups.size(); ++g)
        if (project.database.filegroups[g].isPrimary() || (!project.database.readOnly && !history.readOnlyAt(g, at)))
            for (int f : catalog.fileListOfFilegroup(g))
                s.insert(f);
    return s;
}

void addNamed(const FileCatalog &catalog, const QStringList &filegroups,
              const QStringList &files, FileCatalog::FileSet &out, QStringList *unknown)
{
    for (const QString &name : filegroups) {
        const int g = catalog.filegroupIndex(name);
        if (g < 0) {
            if (unknown)
                unknown->append(name);
            continue;
        }
        for (int f : catalog.fileListOfFilegroup(g))
            out.insert(f);
    }
    for (const QString &name : files) {
        const int f = catalog.fileIndex(name);
        if (f < 0) {
            if (unknown)
                unknown->append(name);
            continue;
        }
        out.insert(f);
    }
}

} // namespace

FileCatalog::FileSet ofBackup(const HistoryIndex &index, const Backup &backup)
{
    switch (backup.type) {
    case BackupType::Partial:
    case BackupType::PartialDifferential:
    case BackupType::File:
    case BackupType::FileDifferential:
        // Loops over the history ask this for thousands of file backups: answer from the memo.
        if (const qsizetype i = index.position(backup); i >= 0)
            return index.scope(i);
        break;
    case BackupType::Full:
    case BackupType::Differential:
    case BackupType::Log:
        break;
    }
    return computeOfBackup(index.catalog(), index.source(), index.history(), backup);
}

FileCatalog::FileSet computeOfBackup(const FileCatalog &catalog, const Project &project,
                                     const TimelineHistory &history, const Backup &backup)
{
    FileCatalog::FileSet s;
    switch (backup.type) {
    case BackupType::Full:
    case BackupType::Differential:
        return catalog.allFiles();
    case BackupType::Partial:
    case BackupType::PartialDifferential:
        s = readWriteFiles(catalog, project, history, TimelineHistory::momentOf(backup));
        addNamed(catalog, backup.filegroups, backup.files, s, nullptr);
        return s;
    case BackupType::File:
    case BackupType::FileDifferential:
        addNamed(catalog, backup.filegroups, backup.files, s, nullptr);
        return s;
    case BackupType::Log:
        break;
    }
    return s;
}

FileCatalog::FileSet ofStep(const HistoryIndex &index, const PlanStep &step, const Backup *backup, QStringList *unknown)
{
    const FileCatalog &catalog = index.catalog();
    FileCatalog::FileSet s;
    addNamed(catalog, step.filegroups, step.files, s, unknown);
    if (step.readWriteFilegroups)
        s.unite(readWriteFiles(catalog, index.source(), index.history(),
                               backup ? TimelineHistory::momentOf(*backup) : TimelineHistory::Moment{}));
    if (step.partial)
        s.unite(catalog.filesOfFilegroup(catalog.filegroupIndex(QStringLiteral("PRIMARY"))));
    // A PAGE list alone restores pages, not files (PageRestore): no file is restored whole.
    if (!step.hasTargets() && !step.partial && step.pages.isEmpty() && backup)
        s = ofBackup(index, *backup);
    return s;
}

} // namespace rd::RestoreScope
