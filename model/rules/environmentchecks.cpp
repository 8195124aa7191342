// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/rules/environmentchecks.h"
#include "model/findings/listtext.h"

#include "model/simulation/restorescope.h"

#include <QCoreApplication>
#include <QLocale>

namespace rd::EnvironmentChecks {
namespace {

/// Translation context for this file's messages (lupdate reads Tr::tr calls).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentChecks)
};

/// The first step that restores data of filegroup `g` (a RESTORE DATABASE with a backup), or -1.
int firstStepRestoring(const CheckContext &c, int g)
{
    if (g < 0)
        return -1;
    for (int i = 0; i < c.plan.steps.size(); ++i) {
        const PlanStep &s = c.plan.steps[i];
        const Backup *b = c.backupOf(s);
        if (s.statement != StepStatement::RestoreDatabase || !b || b->isLog())
            continue;
        if (c.catalog.filegroupsOf(RestoreScope::ofStep(c.index, s, b)).contains(g))
            return i;
    }
    return -1;
}

/// R-GEN-002 and R-GEN-007: once per backup the plan restores, at its first use.
void checkBackupsAgainstServer(CheckContext &c)
{
    const RestoreEnvironment &env = c.project.environment;
    const QList<int> server = parseVersion(env.serverVersion);
    static const QStringList systemDatabases{QStringLiteral("master"), QStringLiteral("model"), QStringLiteral("msdb")};
    const bool system = systemDatabases.contains(c.project.database.name, Qt::CaseInsensitive);
    QStringList seen;
    for (int i = 0; i < c.plan.steps.size(); ++i) {
        const PlanStep &s = c.plan.steps[i];
        const Backup *b = c.backupOf(s);
        if (!s.isRestore() || !b || seen.contains(b->id))
            continue;
        seen << b->id;
        const QList<int> taken = parseVersion(b->softwareVersion);
        if (!server.isEmpty() && !taken.isEmpty()) {
            const int cmp = compareVersions(taken, server);
            if (cmp > 0)
                c.add(i, "R-GEN-002", Severity::Error,
                      Tr::tr("Backup %1 (step %2) was taken on a newer SQL Server (%3) than the target (%4); it cannot "
                             "be restored there.").arg(b->id).arg(i + 1).arg(b->softwareVersion, env.serverVersion),
                      b->id, {}, Tr::tr("Restore on a server running SQL Server %1 or later.").arg(b->softwareVersion));
            else if (system && cmp != 0)
                c.add(i, "R-GEN-002", Severity::Error,
                      Tr::tr("Backup %1 (step %2) of system database %3 was taken on SQL Server %4; a backup of master, "
                             "model or msdb restores only on exactly the same version, and the target runs %5.")
                          .arg(b->id).arg(i + 1).arg(c.project.database.name, b->softwareVersion, env.serverVersion),
                      b->id, {}, Tr::tr("Restore on a server running exactly SQL Server %1.").arg(b->softwareVersion));
        }
        if (b->encrypted && !env.certificatesAvailable)
            c.add(i, "R-GEN-007", Severity::Warning,
                  Tr::tr("Backup %1 (step %2) is encrypted; make sure the certificate or asymmetric key that protects it "
                         "exists on the target server before running the script, or it cannot be restored.")
                      .arg(b->id).arg(i + 1),
                  b->id, {},
                  Tr::tr("Restore the certificate (CREATE CERTIFICATE … FROM FILE … WITH PRIVATE KEY) on the target, then "
                         "mark the certificates as available in the environment."));
    }
}

/// R-GEN-010: the engine refuses RESTORE on a mirrored or availability-group database (3104).
void checkHighAvailability(CheckContext &c)
{
    const RestoreEnvironment &env = c.project.environment;
    if (!env.databaseExists || (!env.availabilityGroup && !env.mirrored))
        return;
    for (int i = 0; i < c.plan.steps.size(); ++i) {
        if (!c.plan.steps[i].isRestore())
            continue;
        const QString db = c.project.database.name;
        c.add(i, "R-GEN-010", Severity::Error,
              env.availabilityGroup
                  ? Tr::tr("%1 is joined to an availability group, so SQL Server refuses step %2. Remove %1 from its "
                           "availability group before restoring it, and add it back afterwards.").arg(db).arg(i + 1)
                  : Tr::tr("%1 is mirrored, so SQL Server refuses step %2. Remove %1 from its mirroring session before "
                           "restoring it.").arg(db).arg(i + 1),
              c.plan.steps[i].backup, {},
              env.availabilityGroup ? Tr::tr("Run ALTER AVAILABILITY GROUP … REMOVE DATABASE %1 first.").arg(db)
                                    : Tr::tr("Run ALTER DATABASE %1 SET PARTNER OFF first.").arg(db));
        return;
    }
}

/// R-MOD-003 and R-MOD-007: the memory-optimized filegroup on the target.
void checkMemoryOptimized(CheckContext &c)
{
    const Filegroup *memoryOptimized = c.project.database.memoryOptimizedFilegroup();
    const int g = memoryOptimized ? int(c.project.database.filegroupIndex(memoryOptimized->name)) : -1;
    const int i = firstStepRestoring(c, g);
    if (i < 0)
        return;
    const Filegroup &mod = c.project.database.filegroups[g];
    const RestoreEnvironment &env = c.project.environment;
    const QString &db = c.project.database.name;
    const qint64 size = mod.totalSizeBytes();
    // Without container sizes there is nothing to estimate (docs/validation-choices.md, R-MOD-003).
    if (size > 0 && (env.memoryAvailableBytes <= 0 || env.memoryAvailableBytes < size)) {
        const QString need = QLocale().formattedDataSize(size);
        c.add(i, "R-MOD-003", Severity::Warning,
              env.memoryAvailableBytes <= 0
                  ? Tr::tr("%1 holds ≈%2 of memory-optimized data (%3), loaded into memory before the database comes "
                           "online after step %4; the target's resource pool must have at least that much free memory, "
                           "or the restored database will come up SUSPECT. The target's memory is not stated.")
                        .arg(db, need, mod.name).arg(i + 1)
                  : Tr::tr("%1 holds ≈%2 of memory-optimized data (%3) but the target's resource pool has only %4: the "
                           "database restored by step %5 will come up SUSPECT.")
                        .arg(db, need, mod.name, QLocale().formattedDataSize(env.memoryAvailableBytes)).arg(i + 1),
              c.plan.steps[i].backup, mod.name,
              Tr::tr("Make sure the target has at least %1 free for %2 (MAX_MEMORY_PERCENT of its resource pool), then "
                     "state it in the environment.").arg(need, db));
    }
    if (env.lightweightPooling)
        c.add(i, "R-MOD-007", Severity::Warning,
              Tr::tr("The target server uses fiber mode (lightweight pooling); %1 has the memory-optimized filegroup %2, "
                     "so the restore at step %3 fails and the database is marked SUSPECT.").arg(db, mod.name).arg(i + 1),
              c.plan.steps[i].backup, mod.name,
              Tr::tr("Turn off 'lightweight pooling' on the target (sp_configure) and restart it before restoring."));
}

/// R-FS-003: FILESTREAM containers need NTFS (3045).
void checkFilestreamVolumes(CheckContext &c)
{
    if (c.project.environment.filestreamOnNtfs)
        return;
    for (int g = 0; g < c.project.database.filegroups.size(); ++g) {
        const Filegroup &fg = c.project.database.filegroups[g];
        if (fg.type != FilegroupType::Filestream)
            continue;
        const int i = firstStepRestoring(c, g);
        if (i < 0)
            continue;
        QStringList paths;
        for (const DataFile &f : fg.files) {
            QString path = f.path;
            for (const FileMove &m : c.plan.steps[i].move)
                if (m.file.compare(f.name, Qt::CaseInsensitive) == 0)
                    path = m.to;
            paths << (path.isEmpty() ? f.name : path);
        }
        c.add(i, "R-FS-003", Severity::Warning,
              Tr::tr("FILESTREAM container %1 of %2 (restored by step %3) must be on NTFS; the target's FILESTREAM "
                     "volume is stated as not NTFS, so SQL Server refuses the restore.")
                  .arg(ListText::summarized(paths), fg.name).arg(i + 1),
              c.plan.steps[i].backup, fg.name,
              Tr::tr("MOVE the FILESTREAM containers of %1 to an NTFS volume in step %2.").arg(fg.name).arg(i + 1));
    }
}

} // namespace

QList<int> parseVersion(const QString &text)
{
    QList<int> parts;
    const QStringList fields = text.trimmed().split(u'.');
    if (text.trimmed().isEmpty() || fields.size() > 4)
        return {};
    for (const QString &f : fields) {
        bool ok = false;
        const int v = f.toInt(&ok);
        if (!ok || v < 0)
            return {};
        parts << v;
    }
    return parts;
}

int compareVersions(const QList<int> &a, const QList<int> &b)
{
    for (int i = 0; i < a.size() && i < b.size(); ++i)
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    return 0;
}

void run(CheckContext &c)
{
    checkBackupsAgainstServer(c);
    checkHighAvailability(c);
    checkMemoryOptimized(c);
    checkFilestreamVolumes(c);
}

} // namespace rd::EnvironmentChecks
