#include "model/rules/historychecks.h"

#include "model/simulation/timelinehistory.h"

#include <QCoreApplication>

namespace rd::HistoryChecks {
namespace {

/// Translation context for this file's messages (lupdate reads Tr::tr calls).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HistoryChecks)
};

void checkNames(const Project &p, const Backup &b, QList<Diagnostic> &out)
{
    for (const QString &fg : b.filegroups)
        if (!p.database.filegroup(fg))
            out << Diagnostic{QStringLiteral("R-REF-001"), Severity::Error, -1, b.id, fg,
                              Tr::tr("Backup %1 names filegroup \"%2\", which is not in the layout of %3.")
                                  .arg(b.id, fg, p.database.name), {}};
    for (const QString &f : b.files)
        if (!p.database.filegroupOfFile(f))
            out << Diagnostic{QStringLiteral("R-REF-001"), Severity::Error, -1, b.id, {},
                              Tr::tr("Backup %1 names file \"%2\", which is not in the layout of %3.")
                                  .arg(b.id, f, p.database.name), {}};
}

/// R-MOD-001: a FILE/FILE_DIFFERENTIAL backup holding PRIMARY must hold the memory-optimized
/// filegroup, and the other way round.
void checkMemoryOptimizedScope(const Project &p, const Backup &b, QList<Diagnostic> &out)
{
    const Filegroup *mod = p.database.memoryOptimizedFilegroup();
    if (!mod || (b.type != BackupType::File && b.type != BackupType::FileDifferential))
        return;
    bool primary = false, memoryOptimized = false;
    auto note = [&](const Filegroup *fg) {
        if (!fg)
            return;
        primary |= fg->isPrimary();
        memoryOptimized |= fg->type == FilegroupType::MemoryOptimizedData;
    };
    for (const QString &name : b.filegroups)
        note(p.database.filegroup(name));
    for (const QString &name : b.files)
        note(p.database.filegroupOfFile(name));
    if (primary != memoryOptimized)
        out << Diagnostic{QStringLiteral("R-MOD-001"), Severity::Error, -1, b.id,
                          primary ? mod->name : QStringLiteral("PRIMARY"),
                          Tr::tr("Backup %1: the memory-optimized filegroup %2 must be backed up together with "
                             "PRIMARY (and vice versa); SQL Server refuses this backup.").arg(b.id, mod->name),
                          Tr::tr("Add FILEGROUP = %1 to backup %2.").arg(primary ? mod->name : QStringLiteral("PRIMARY"), b.id)};
}

/// R-LOG-001: log backups exist only under FULL/BULK_LOGGED, after a regular full backup.
void checkLogBackup(const Project &p, const TimelineHistory &history, const Backup &b, QList<Diagnostic> &out)
{
    if (!b.isLog())
        return;
    if (history.recoveryModelAt(TimelineHistory::momentOf(b)) == RecoveryModel::Simple) {
        out << Diagnostic{QStringLiteral("R-LOG-001"), Severity::Error, -1, b.id, {},
                          Tr::tr("Log backup %1 cannot exist: the database was in SIMPLE recovery when it was taken.").arg(b.id),
                          Tr::tr("Switch %1 to FULL recovery and take a full backup before this log backup.").arg(p.database.name)};
        return;
    }
    for (const Backup &f : p.backups) {
        const bool earlier = (!f.lastLsn.isNull() && !b.firstLsn.isNull()) ? f.firstLsn < b.lastLsn
                                                                             : (f.start.isValid() && f.start < b.start);
        if (f.type == BackupType::Full && !f.copyOnly && earlier)
            return;
    }
    out << Diagnostic{QStringLiteral("R-LOG-001"), Severity::Error, -1, b.id, {},
                      Tr::tr("Log backup %1 cannot exist: no regular (not copy-only) full backup was taken before it, "
                         "so the log chain had not started.").arg(b.id),
                      Tr::tr("Add a FULL backup before %1.").arg(b.id)};
}

} // namespace

QList<Diagnostic> run(const Project &project)
{
    QList<Diagnostic> out;
    const TimelineHistory history(project);
    for (const Backup &b : project.backups) {
        checkNames(project, b, out);
        checkMemoryOptimizedScope(project, b, out);
        checkLogBackup(project, history, b, out);
    }
    for (const TimelineEvent &e : project.events)
        if ((e.kind == EventKind::SetReadOnly || e.kind == EventKind::SetReadWrite) && !project.database.filegroup(e.filegroup))
            out << Diagnostic{QStringLiteral("R-REF-001"), Severity::Error, -1, {}, e.filegroup,
                              Tr::tr("An event at %1 names filegroup \"%2\", which is not in the layout.")
                                  .arg(e.at.toString(Qt::ISODate), e.filegroup), {}};
    return out;
}

} // namespace rd::HistoryChecks
