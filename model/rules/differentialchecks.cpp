// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/rules/differentialchecks.h"

#include "model/domain/plantime.h"
#include "model/rules/backupchecks.h"
#include "model/simulation/restorescope.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace rd::DifferentialChecks {
namespace {

using HistoryScope::namedFilegroups;
using HistoryScope::regular;

/// Translation context for this file's messages (lupdate reads Tr::tr calls).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DifferentialChecks)
};

/// The history's backups by backup_set_uuid (case-insensitive), built only when a rule needs it:
/// a long history of database differentials under FULL never pays for it.
class GuidIndex
{
public:
    explicit GuidIndex(const Project &p) : m_project(p) {}
    const Backup *find(const QString &guid)
    {
        if (guid.isEmpty())
            return nullptr;
        if (!m_built) {
            for (const Backup &b : m_project.backups)
                if (!b.backupSetGuid.isEmpty())
                    m_index.insert(b.backupSetGuid.toLower(), &b);
            m_built = true;
        }
        return m_index.value(guid.toLower(), nullptr);
    }

private:
    const Project &m_project;
    QHash<QString, const Backup *> m_index;
    bool m_built = false;
};

/// msdb records a multi-based differential with differential_base_guid and _lsn NULL: an imported
/// differential (it has its own backupSetGuid) with neither base field.
bool recordedMultiBased(const Backup &d)
{
    return !d.backupSetGuid.isEmpty() && d.differentialBaseGuid.isEmpty() && d.differentialBaseLsn.isNull();
}

/// The latest regular backup of `backups` taken before `d`, or nullptr.
const Backup *latestBefore(const HistorySummary::Backups &backups, const Backup &d)
{
    const Backup *best = nullptr;
    for (const Backup *b : backups)
        if (regular(*b) && b->start < d.start && (!best || best->start < b->start))
            best = b;
    return best;
}

const QString multiBasedMessage()
{
    return Tr::tr("This differential would be based on more than one backup, which is not allowed in SIMPLE recovery or "
                  "for differential partial backups.");
}

/// R-DIFF-005 for a database differential under SIMPLE: a partial or file backup after its full
/// backup moved the base of some files only.
void checkSimpleDifferential(CheckContext &c, GuidIndex &guids, const Backup &d)
{
    if (!c.summary.anySimple || c.recoveryModelOf(d) != RecoveryModel::Simple || guids.find(d.differentialBaseGuid))
        return;
    const Backup *full = latestBefore(c.summary.fulls, d);
    const Backup *other = nullptr;
    if (full && !recordedMultiBased(d)) {
        for (const HistorySummary::Backups *resets : {&c.summary.partials, &c.summary.files})
            for (const Backup *b : *resets)
                if (!other && regular(*b) && full->start < b->start && b->start < d.start
                    && RestoreScope::ofBackup(c.index, *b).size() < c.catalog.fileCount())
                    other = b;
        if (!other)
            return;
    } else if (!recordedMultiBased(d)) {
        return; // no base at all: R-BAK-003
    }
    c.add(-1, "R-DIFF-005", Severity::Error,
          other ? Tr::tr("Differential %1 (SIMPLE recovery) would be based on both %2 and %3: %4")
                      .arg(d.id, full->id, other->id, multiBasedMessage())
                : Tr::tr("Differential %1 (SIMPLE recovery) is recorded as multi-based: %2").arg(d.id, multiBasedMessage()),
          d.id, {}, Tr::tr("Take a new full backup before %1.").arg(d.id));
}

/// R-DIFF-005 for a differential partial backup; returns its single partial base (for R-DIFF-008), or nullptr.
const Backup *checkPartialDifferential(CheckContext &c, GuidIndex &guids, const Backup &d)
{
    const QString fix = Tr::tr("Take a partial backup (READ_WRITE_FILEGROUPS) before %1.").arg(d.id);
    if (const Backup *base = guids.find(d.differentialBaseGuid)) {
        if (base->type == BackupType::Partial)
            return base;
        c.add(-1, "R-DIFF-005", Severity::Error,
              Tr::tr("Differential partial backup %1 is based on %2, a %3 backup; a differential partial backup needs "
                     "exactly one partial backup as its base.").arg(d.id, base->id, toString(base->type)),
              d.id, {}, fix);
        return nullptr;
    }
    if (recordedMultiBased(d)) {
        c.add(-1, "R-DIFF-005", Severity::Error,
              Tr::tr("Differential partial backup %1 is recorded as multi-based: %2").arg(d.id, multiBasedMessage()), d.id, {}, fix);
        return nullptr;
    }
    const Backup *partial = latestBefore(c.summary.partials, d);
    const Backup *full = latestBefore(c.summary.fulls, d);
    if (!partial && !full)
        return nullptr; // no base at all: R-BAK-003
    if (!partial || (full && partial->start < full->start)) {
        c.add(-1, "R-DIFF-005", Severity::Error,
              Tr::tr("Differential partial backup %1 would be based on full backup %2, not on a partial backup; a "
                     "differential partial backup needs exactly one partial backup as its base.").arg(d.id, full->id),
              d.id, {}, fix);
        return nullptr;
    }
    const QList<int> scope = c.catalog.filegroupsOf(RestoreScope::ofBackup(c.index, d));
    for (const Backup *file : std::as_const(c.summary.files)) {
        const Backup &b = *file;
        if (!regular(b) || !(partial->start < b.start) || !(b.start < d.start))
            continue;
        for (int g : namedFilegroups(c, b)) {
            if (!scope.contains(g))
                continue;
            c.add(-1, "R-DIFF-005", Severity::Error,
                  Tr::tr("Differential partial backup %1 would be based on both partial backup %2 and file backup %3 "
                         "(of %4): %5").arg(d.id, partial->id, b.id, c.filegroupName(g), multiBasedMessage()),
                  d.id, c.filegroupName(g), fix);
            return nullptr;
        }
    }
    return partial;
}

/// R-DIFF-008: a filegroup changed read-only status between partial base `p` and differential partial `d`.
void checkReadOnlyChange(CheckContext &c, const Backup &p, const Backup &d)
{
    for (const TimelineEvent &e : c.project.events) {
        if (e.kind != EventKind::SetReadOnly && e.kind != EventKind::SetReadWrite)
            continue;
        const bool between = (!e.lsn.isNull() && !p.firstLsn.isNull() && !d.firstLsn.isNull())
            ? p.firstLsn < e.lsn && e.lsn < d.firstLsn
            : p.start < e.at && e.at < d.start;
        if (!between)
            continue;
        c.add(-1, "R-DIFF-008", Severity::Warning,
              Tr::tr("Filegroup %1 became %2 at %3, after partial base %4 and before differential partial backup %5; take "
                     "a file backup of %1 and a new partial backup.")
                  .arg(e.filegroup,
                       e.kind == EventKind::SetReadOnly ? Tr::tr("read-only") : Tr::tr("read/write"),
                       PlanTime::toString(e.at), p.id, d.id),
              d.id, e.filegroup,
              Tr::tr("Take a file backup of %1 and a new partial backup before %2.").arg(e.filegroup, d.id));
        return;
    }
}

/// R-DIFF-006: under SIMPLE a differential file backup holds only read-only data (3054).
void checkSimpleFileDifferential(CheckContext &c, const Backup &d)
{
    if (c.recoveryModelOf(d) != RecoveryModel::Simple)
        return;
    for (int g : namedFilegroups(c, d)) {
        if (!c.project.database.filegroups[g].isPrimary() && c.history.readOnlyAt(g, TimelineHistory::momentOf(d)))
            continue;
        c.add(-1, "R-DIFF-006", Severity::Error,
              Tr::tr("Differential file backup %1 includes %2, which is read/write: under SIMPLE recovery a differential "
                     "file backup can include only read-only filegroups; use a (differential) partial backup for "
                     "read/write data.").arg(d.id, c.filegroupName(g)),
              d.id, c.filegroupName(g),
              Tr::tr("Back up %1 with a differential partial backup (READ_WRITE_FILEGROUPS).").arg(c.filegroupName(g)));
        return;
    }
}

/// R-DIFF-009: a READ_ONLY database keeps its differential base in master, lost on restore or attach.
void checkReadOnlyDatabase(CheckContext &c, GuidIndex &guids, const QList<const Backup *> &differentials)
{
    if (!c.project.database.readOnly || differentials.isEmpty())
        return;
    QSet<Lsn> baseLsns;
    for (const Backup &b : c.project.backups)
        if (isDataBase(b.type)) {
            baseLsns.insert(b.checkpointLsn);
            baseLsns.insert(b.firstLsn);
        }
    for (const Backup *d : differentials) {
        if (guids.find(d->differentialBaseGuid)
            || (!d->differentialBaseLsn.isNull() && baseLsns.contains(d->differentialBaseLsn)))
            continue;
        c.add(-1, "R-DIFF-009", Severity::Warning,
              Tr::tr("Differential %1 of read-only database %2 may not be based on the latest full backup: a read-only "
                     "database loses its differential base when it is restored, rebuilt or attached, and the history "
                     "does not record %1's base (differentialBaseGuid).").arg(d->id, c.project.database.name),
              d->id, {},
              Tr::tr("Take a new full backup, or record %1's DifferentialBaseGUID from RESTORE HEADERONLY.").arg(d->id));
    }
}

} // namespace

void run(CheckContext &c)
{
    GuidIndex guids(c.project);
    QList<const Backup *> differentials;
    const Backup *firstDatabaseDiff = nullptr, *firstFileDiff = nullptr;
    for (const Backup *differential : std::as_const(c.summary.differentials)) {
        const Backup &d = *differential;
        if (d.failed)
            continue;
        differentials << &d;
        switch (d.type) {
        case BackupType::Differential:
            if (!firstDatabaseDiff)
                firstDatabaseDiff = &d;
            checkSimpleDifferential(c, guids, d);
            break;
        case BackupType::PartialDifferential:
            if (const Backup *p = checkPartialDifferential(c, guids, d))
                checkReadOnlyChange(c, *p, d);
            break;
        case BackupType::FileDifferential:
            if (!firstFileDiff)
                firstFileDiff = &d;
            checkSimpleFileDifferential(c, d);
            break;
        default:
            break;
        }
    }
    if (firstDatabaseDiff && firstFileDiff)
        c.add(-1, "R-DIFF-007", Severity::Warning,
              Tr::tr("%1 has both database differentials (%2) and differential file backups (%3); mixing database "
                     "differentials and file differentials makes restore planning error-prone.")
                  .arg(c.project.database.name, firstDatabaseDiff->id, firstFileDiff->id),
              firstFileDiff->id, {}, Tr::tr("Keep one differential scheme: either database or file differentials."));
    checkReadOnlyDatabase(c, guids, differentials);
}

} // namespace rd::DifferentialChecks
