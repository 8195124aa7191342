// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/rules/backupchecks.h"
#include "model/findings/listtext.h"

#include "model/domain/plantime.h"
#include "model/simulation/lsnderivation.h"
#include "model/simulation/restorescope.h"

#include <QCoreApplication>

namespace rd {

QList<int> HistoryScope::namedFilegroups(const CheckContext &c, const Backup &b)
{
    QList<int> out;
    auto note = [&out](int g) {
        if (g >= 0 && !out.contains(g))
            out << g;
    };
    for (const QString &name : b.filegroups)
        note(int(c.project.database.filegroupIndex(name)));
    for (const QString &name : b.files) {
        const int f = c.catalog.fileIndex(name);
        note(f < 0 ? -1 : c.catalog.files()[f].filegroup);
    }
    return out;
}

namespace BackupChecks {
namespace {

using HistoryScope::namedFilegroups;
using HistoryScope::regular;

/// Translation context for this file's messages (lupdate reads Tr::tr calls).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BackupChecks)
};

QString names(const CheckContext &c, const QList<int> &filegroups)
{
    QStringList out;
    for (int g : filegroups)
        out << c.filegroupName(g);
    return ListText::summarized(out);
}

/// Does FILE backup `b` hold PRIMARY and every filegroup that was read/write when it was taken?
bool coversReadWrite(const CheckContext &c, const Backup &b)
{
    const QList<int> named = namedFilegroups(c, b);
    for (int g = 0; g < c.project.database.filegroups.size(); ++g) {
        const bool readWrite = c.project.database.filegroups[g].isPrimary()
            || !c.history.readOnlyAt(g, TimelineHistory::momentOf(b));
        if (readWrite && !named.contains(g))
            return false;
    }
    return true;
}

/// `b` taken as a partial backup (BACKUP … READ_WRITE_FILEGROUPS [, FILEGROUP = …]): it then holds
/// PRIMARY, every filegroup read/write at the time (RestoreScope), and the filegroups it named.
/// READ_WRITE_FILEGROUPS names no single files, so a named file counts as its filegroup.
ProjectEdit asPartialBackup(const CheckContext &c, const Backup &b)
{
    Backup partial = b;
    partial.type = BackupType::Partial;
    for (int g : namedFilegroups(c, b))
        if (!partial.filegroups.contains(c.filegroupName(g), Qt::CaseInsensitive))
            partial.filegroups << c.filegroupName(g);
    partial.files.clear();
    return ProjectEdit::replaceBackup(partial);
}

/// Does any plan of the project restore backup `id`?
bool restoredByAPlan(const CheckContext &c, const QString &id)
{
    for (const Plan &plan : c.project.plans)
        for (const PlanStep &s : plan.steps)
            if (s.backup == id)
                return true;
    return false;
}

/// R-BAK-001 and the SIMPLE half of R-BAK-002.
void checkSimpleFileBackups(CheckContext &c)
{
    if (!c.summary.anySimple)
        return;
    for (const Backup *file : std::as_const(c.summary.files)) {
        const Backup &b = *file;
        if (c.recoveryModelOf(b) != RecoveryModel::Simple)
            continue;
        QList<int> readWrite;
        bool primary = false;
        for (int g : namedFilegroups(c, b)) {
            primary |= c.project.database.filegroups[g].isPrimary();
            if (!c.project.database.filegroups[g].isPrimary() && !c.history.readOnlyAt(g, TimelineHistory::momentOf(b)))
                readWrite << g;
        }
        if (primary)
            c.add(-1, "R-BAK-001", Severity::Error,
                  Tr::tr("Backup %1 is a file backup of PRIMARY taken under SIMPLE recovery; SQL Server refuses it "
                         "(only read-only filegroups can be backed up as files in the simple model).").arg(b.id),
                  b.id, QStringLiteral("PRIMARY"),
                  Tr::tr("Take %1 as a partial backup (READ_WRITE_FILEGROUPS) or a full backup.").arg(b.id),
                  asPartialBackup(c, b));
        else if (!readWrite.isEmpty())
            c.add(-1, "R-BAK-001", Severity::Warning,
                  Tr::tr("Backup %1 is a file backup of read/write data (%2) under SIMPLE recovery; it is only useful "
                         "if you set the filegroup read-only before restoring it. Read/write data belongs in a partial "
                         "backup (READ_WRITE_FILEGROUPS).").arg(b.id, names(c, readWrite)),
                  b.id, c.filegroupName(readWrite.first()),
                  Tr::tr("Take %1 as a partial backup (READ_WRITE_FILEGROUPS) instead, so that it holds %2 with "
                         "PRIMARY.").arg(b.id, names(c, readWrite)),
                  asPartialBackup(c, b));
        if (coversReadWrite(c, b))
            c.add(-1, "R-BAK-002", Severity::Warning,
                  Tr::tr("Backup %1 lists every read/write filegroup by hand, so it is a file backup, not a partial "
                         "backup: it cannot start a simple-model piecemeal restore or be the base of a differential "
                         "partial backup.").arg(b.id),
                  b.id, {}, Tr::tr("Take %1 with READ_WRITE_FILEGROUPS instead of the FILEGROUP list.").arg(b.id),
                  asPartialBackup(c, b));
    }
}

/// R-BAK-002 (the other half): a FILE backup that a later differential partial backup would need as its partial base.
void checkHandListedPartialBases(CheckContext &c)
{
    QStringList reported;
    for (const Backup *differential : std::as_const(c.summary.differentials)) {
        const Backup &d = *differential;
        if (d.type != BackupType::PartialDifferential)
            continue;
        QDateTime partialStart;
        for (const Backup *p : std::as_const(c.summary.partials))
            if (regular(*p) && p->start < d.start && (!partialStart.isValid() || partialStart < p->start))
                partialStart = p->start;
        const Backup *latest = nullptr;
        for (const Backup *file : std::as_const(c.summary.files)) {
            const Backup &f = *file;
            if (!regular(f) || f.start >= d.start
                || (partialStart.isValid() && f.start <= partialStart) || (latest && f.start <= latest->start)
                || !f.filegroups.contains(QStringLiteral("PRIMARY"), Qt::CaseInsensitive) || !coversReadWrite(c, f))
                continue;
            latest = &f;
        }
        if (!latest || reported.contains(latest->id) || c.recoveryModelOf(*latest) == RecoveryModel::Simple)
            continue; // under SIMPLE checkSimpleFileBackups already said it
        reported << latest->id;
        c.add(-1, "R-BAK-002", Severity::Warning,
              Tr::tr("Backup %1 lists every read/write filegroup by hand, so it is a file backup, not a partial backup, "
                     "and cannot be the base of differential partial backup %2.").arg(latest->id, d.id),
              latest->id, {}, Tr::tr("Take %1 with READ_WRITE_FILEGROUPS instead of the FILEGROUP list.").arg(latest->id),
              asPartialBackup(c, *latest));
    }
}

/// R-BAK-003: a differential needs a current base (3035); COPY_ONLY is ignored with DIFFERENTIAL.
void checkDifferentialBases(CheckContext &c)
{
    const QDateTime &firstFull = c.summary.firstRegularFull;
    const QDateTime &firstPartial = c.summary.firstRegularPartial;
    for (const Backup *differential : std::as_const(c.summary.differentials)) {
        const Backup &d = *differential;
        if (d.copyOnly) {
            Backup regularDifferential = d;
            regularDifferential.copyOnly = false;
            c.add(-1, "R-BAK-003", Severity::Warning,
                  Tr::tr("Differential %1 is marked COPY_ONLY, but COPY_ONLY is ignored when combined with DIFFERENTIAL: "
                         "it is an ordinary differential backup.").arg(d.id),
                  d.id, {}, Tr::tr("Remove COPY_ONLY from %1 (or take a COPY_ONLY full backup instead).").arg(d.id),
                  ProjectEdit::replaceBackup(regularDifferential));
        }
        if (firstFull.isValid() && firstFull < d.start)
            continue; // a full backup is the base of every file
        // One whole sentence per kind of base, so that each language can word it (docs/languages.md).
        QString message;
        QString fix;
        if (d.type == BackupType::Differential) {
            message = Tr::tr("Differential %1 has no base: no full backup (other than a copy-only one) was taken before "
                             "it, so SQL Server refuses this backup.").arg(d.id);
            fix = Tr::tr("Take a full backup before %1 (choose when, and add it to the history).").arg(d.id);
        } else if (d.type == BackupType::PartialDifferential) {
            if (!firstPartial.isValid() || !(firstPartial < d.start)) {
                message = Tr::tr("Differential %1 has no base: no partial backup (other than a copy-only one) was taken "
                                 "before it, so SQL Server refuses this backup.").arg(d.id);
                fix = Tr::tr("Take a partial backup before %1 (choose when, and add it to the history).").arg(d.id);
            }
        } else {
            for (int g : namedFilegroups(c, d)) {
                bool based = false;
                for (const Backup &b : c.project.backups)
                    based |= regular(b) && isDataBase(b.type) && b.start < d.start
                        && RestoreScope::ofBackup(c.index, b)
                               .intersects(c.catalog.filesOfFilegroup(g));
                if (!based) {
                    message = Tr::tr("Differential %1 has no base: no backup of %2 (other than a copy-only one) was "
                                     "taken before it, so SQL Server refuses this backup.").arg(d.id, c.filegroupName(g));
                    fix = Tr::tr("Take a backup of %1 before %2 (choose when, and add it to the history).")
                              .arg(c.filegroupName(g), d.id);
                    break;
                }
            }
        }
        if (!message.isEmpty())
            c.add(-1, "R-BAK-003", Severity::Error, message, d.id, {}, fix);
    }
}

/// R-BAK-004: data damaged by a FAILURE event cannot be backed up afterwards; a damaged log neither.
void checkDamagedData(CheckContext &c)
{
    QList<const TimelineEvent *> failures;
    for (const TimelineEvent &e : c.project.events)
        if (e.kind == EventKind::Failure && e.at.isValid())
            failures << &e;
    if (failures.isEmpty())
        return;
    for (const Backup *backup : std::as_const(c.summary.afterFailure)) {
        const Backup &b = *backup;
        if (b.failed)
            continue;
        // The backup cannot exist: removing it from the history is the fix, unless a plan restores it
        // (then which backup replaces it there is the user's choice).
        const bool removable = !restoredByAPlan(c, b.id);
        const ProjectEdit remove = removable ? ProjectEdit::removeBackup(b.id) : ProjectEdit{};
        for (const TimelineEvent *e : std::as_const(failures)) {
            if (!(e->at < b.start))
                continue;
            const QString when = PlanTime::toString(e->at);
            if (b.isLog()) {
                if (e->logDamaged)
                    c.add(-1, "R-BAK-004", Severity::Error,
                          Tr::tr("The log of %1 is damaged at %2; log backup %3 cannot be taken then.")
                              .arg(c.project.database.name, when, b.id),
                          b.id, {},
                          removable ? Tr::tr("Remove %1 from the history.").arg(b.id)
                                    : Tr::tr("Remove %1 from the history, and from the plans that restore it.").arg(b.id),
                          remove);
                else
                    continue; // a tail-log backup of a damaged database is allowed (T-DB-2)
            } else {
                QString damaged;
                QString filegroup; // the finding's filegroup (none for the whole database)
                if (e->wholeDatabase) {
                    damaged = c.project.database.name;
                } else {
                    const FileCatalog::FileSet scope = RestoreScope::ofBackup(c.index, b);
                    for (const QString &fg : e->filegroups) {
                        const int g = int(c.project.database.filegroupIndex(fg));
                        if (g >= 0 && scope.intersects(c.catalog.filesOfFilegroup(g))) {
                            damaged = filegroup = c.filegroupName(g);
                            break;
                        }
                    }
                    for (const QString &file : e->files) { // a damaged file alone (one lost disk)
                        const int f = c.catalog.fileIndex(file);
                        if (damaged.isEmpty() && f >= 0 && scope.contains(f)) {
                            filegroup = c.filegroupName(c.catalog.files()[f].filegroup);
                            damaged = Tr::tr("File %1 of %2").arg(c.catalog.files()[f].name, filegroup);
                        }
                    }
                }
                if (damaged.isEmpty())
                    continue;
                c.add(-1, "R-BAK-004", Severity::Error,
                      Tr::tr("%1 is SUSPECT from %2 (damaged), so backup %3 cannot be taken then.").arg(damaged, when, b.id),
                      b.id, filegroup,
                      removable ? Tr::tr("Remove %1 from the history (or move it before the failure at %2).").arg(b.id, when)
                                : Tr::tr("Move %1 before the failure at %2, or remove it from the history and from the "
                                         "plans that restore it.").arg(b.id, when),
                      remove);
            }
            break; // one finding per backup
        }
    }
}

/// R-BAK-006: BACKUP cannot run while a file is added or removed (3023).
void checkFileChangesDuringBackup(CheckContext &c)
{
    QList<const TimelineEvent *> changes;
    for (const TimelineEvent &e : c.project.events)
        if ((e.kind == EventKind::AddFile || e.kind == EventKind::RemoveFile) && e.at.isValid())
            changes << &e;
    if (changes.isEmpty())
        return;
    for (const Backup &b : c.project.backups) {
        const QDateTime end = b.finish.isValid() ? b.finish : b.start;
        for (const TimelineEvent *e : std::as_const(changes)) {
            if (e->at < b.start || end < e->at)
                continue;
            c.add(-1, "R-BAK-006", Severity::Warning,
                  Tr::tr("Backup %1 (%2 to %3) overlaps the %4 of file %5 at %6; BACKUP cannot run while a file is added "
                         "or removed.")
                      .arg(b.id, PlanTime::toString(b.start), PlanTime::toString(end),
                           e->kind == EventKind::AddFile ? Tr::tr("addition") : Tr::tr("removal"), e->file,
                           PlanTime::toString(e->at)),
                  b.id, e->filegroup,
                  Tr::tr("Move %1 so that it finishes before %2 or starts after it (choose when on the timeline).")
                      .arg(b.id, PlanTime::toString(e->at)));
            break;
        }
    }
}

/// R-RO-005: only secondary filegroups can be read-only.
void checkReadOnlyPrimary(CheckContext &c)
{
    const Filegroup *primary = c.project.database.filegroup(QStringLiteral("PRIMARY"));
    const QString message = Tr::tr("The PRIMARY filegroup cannot be read-only (make the whole database READ_ONLY instead).");
    if (primary && primary->readOnly) {
        Filegroup readWrite = *primary;
        readWrite.readOnly = false;
        c.add(-1, "R-RO-005", Severity::Error, message, {}, primary->name, Tr::tr("Clear the read-only flag of PRIMARY."),
              ProjectEdit::replaceFilegroup(readWrite));
    }
    for (const TimelineEvent &e : c.project.events)
        if (e.kind == EventKind::SetReadOnly && e.filegroup.compare(QLatin1String("PRIMARY"), Qt::CaseInsensitive) == 0)
            c.add(-1, "R-RO-005", Severity::Error,
                  message + u' ' + Tr::tr("(SET_READ_ONLY at %1.)").arg(PlanTime::toString(e.at)), {}, e.filegroup,
                  Tr::tr("Remove the SET_READ_ONLY event of PRIMARY at %1.").arg(PlanTime::toString(e.at)),
                  ProjectEdit::removeEvent(e));
}

/// R-FILE-010: without a full or partial backup, the file backups and the logs must make a complete set.
void checkFileBackupSet(CheckContext &c)
{
    for (const HistorySummary::Backups *wholes : {&c.summary.fulls, &c.summary.partials})
        for (const Backup *b : *wholes)
            if (!b->failed)
                return;
    QList<const Backup *> files;
    for (const Backup *b : std::as_const(c.summary.files))
        if (regular(*b))
            files << b;
    if (files.isEmpty() || c.history.recoveryModelAt({}) == RecoveryModel::Simple)
        return;
    FileCatalog::FileSet covered;
    for (const Backup *b : std::as_const(files))
        covered.unite(RestoreScope::ofBackup(c.index, *b));
    QStringList missing;
    for (int f = 0; f < c.catalog.fileCount(); ++f)
        if (!covered.contains(f))
            missing << c.catalog.files()[f].name;
    if (!missing.isEmpty()) {
        c.add(-1, "R-FILE-010", Severity::Warning,
              Tr::tr("There is no full backup, and the file backups do not form a complete set: no backup holds %1. A "
                     "total loss of %2 would not be recoverable.").arg(ListText::summarized(missing), c.project.database.name),
              {}, {}, Tr::tr("Take a full database backup (or file backups of %1).").arg(ListText::summarized(missing)));
        return;
    }
    // The logs must span the file backups: from the oldest one's end to the newest one's (LSNs derived if missing).
    const BackupList &effective = c.index.backups();
    Lsn reached, needed;
    for (const Backup &b : effective) {
        if (b.type != BackupType::File || !regular(b) || b.lastLsn.isNull())
            continue;
        if (reached.isNull() || b.lastLsn < reached)
            reached = b.lastLsn;
        if (needed < b.lastLsn)
            needed = b.lastLsn;
    }
    while (!reached.isNull() && reached < needed) {
        Lsn next = reached;
        for (const Backup &l : effective)
            if (l.isLog() && !l.failed && !l.damaged && l.firstLsn <= reached && reached < l.lastLsn && next < l.lastLsn)
                next = l.lastLsn;
        if (next == reached) {
            c.add(-1, "R-FILE-010", Severity::Warning,
                  Tr::tr("There is no full backup, and the log backups do not span the file backups: nothing covers LSN "
                         "%1, so the file backups cannot be brought to one point. A total loss of %2 would not be "
                         "recoverable.").arg(reached.toString(), c.project.database.name),
                  {}, {}, Tr::tr("Take a full database backup, or a log backup that closes the gap."));
            return;
        }
        reached = next;
    }
}

} // namespace

void run(CheckContext &c)
{
    checkSimpleFileBackups(c);
    checkHandListedPartialBases(c);
    checkDifferentialBases(c);
    checkDamagedData(c);
    checkFileChangesDuringBackup(c);
    checkReadOnlyPrimary(c);
    checkFileBackupSet(c);
}

} // namespace BackupChecks
} // namespace rd
