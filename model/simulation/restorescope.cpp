#include "model/simulation/restorescope.h"

namespace rd::RestoreScope {
namespace {

int primaryIndex(const Project &p)
{
    return int(p.database.filegroupIndex(QStringLiteral("PRIMARY")));
}

/// Filegroups read/write at the moment (READ_WRITE_FILEGROUPS), PRIMARY included.
FileCatalog::FileSet readWriteFiles(const FileCatalog &catalog, const Project &project,
                                    const TimelineHistory &history, const TimelineHistory::Moment &at)
{
    FileCatalog::FileSet s;
    for (int g = 0; g < project.database.filegroups.size(); ++g)
        if (!history.readOnlyAt(g, at) || project.database.filegroups[g].isPrimary())
            s.unite(catalog.filesOfFilegroup(g));
    return s;
}

void addNamed(const FileCatalog &catalog, const Project &project, const QStringList &filegroups,
              const QStringList &files, FileCatalog::FileSet &out, QStringList *unknown)
{
    for (const QString &name : filegroups) {
        const int g = int(project.database.filegroupIndex(name));
        if (g < 0) {
            if (unknown)
                unknown->append(name);
            continue;
        }
        out.unite(catalog.filesOfFilegroup(g));
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

FileCatalog::FileSet ofBackup(const FileCatalog &catalog, const Project &project, const TimelineHistory &history,
                              const Backup &backup)
{
    FileCatalog::FileSet s;
    switch (backup.type) {
    case BackupType::Full:
    case BackupType::Differential:
        return catalog.allFiles();
    case BackupType::Partial:
    case BackupType::PartialDifferential:
        s = readWriteFiles(catalog, project, history, TimelineHistory::momentOf(backup));
        addNamed(catalog, project, backup.filegroups, backup.files, s, nullptr);
        return s;
    case BackupType::File:
    case BackupType::FileDifferential:
        addNamed(catalog, project, backup.filegroups, backup.files, s, nullptr);
        return s;
    case BackupType::Log:
        break;
    }
    return s;
}

FileCatalog::FileSet ofStep(const FileCatalog &catalog, const Project &project, const TimelineHistory &history,
                            const PlanStep &step, const Backup *backup, QStringList *unknown)
{
    FileCatalog::FileSet s;
    addNamed(catalog, project, step.filegroups, step.files, s, unknown);
    if (step.readWriteFilegroups)
        s.unite(readWriteFiles(catalog, project, history,
                               backup ? TimelineHistory::momentOf(*backup) : TimelineHistory::Moment{}));
    if (step.partial)
        s.unite(catalog.filesOfFilegroup(primaryIndex(project)));
    if (!step.hasTargets() && !step.partial && backup)
        s = ofBackup(catalog, project, history, *backup);
    return s;
}

} // namespace rd::RestoreScope
