// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// TsqlWriter::backupScript(): the BACKUP statements and timeline events of a project.
#include "model/tsql/tsqlwriter.h"

#include "model/domain/plantime.h"
#include "model/tsql/tsqlbatch.h"
#include "model/tsql/tsqlscriptparts.h"

#include <algorithm>

namespace rd {

using namespace TsqlScriptParts;

namespace {

// Whether a filegroup was read-only when the backup was taken: as recorded, else the layout's
// start state changed by the SET_READ_ONLY / SET_READ_WRITE events up to the backup's start.
bool wasReadOnly(const Project &project, const Backup &backup, const QString &name)
{
    if (backup.readOnlyFilegroups)
        return backup.readOnlyFilegroups->contains(name, Qt::CaseInsensitive);
    const Filegroup *fg = project.database.filegroup(name);
    bool readOnly = fg && fg->readOnly;
    for (const TimelineEvent &e : project.events) {
        if (e.at > backup.start || e.filegroup.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (e.kind == EventKind::SetReadOnly)
            readOnly = true;
        else if (e.kind == EventKind::SetReadWrite)
            readOnly = false;
    }
    return readOnly;
}

// NO_TRUNCATE is for a database that cannot start (R-TAIL-004): a FAILURE before the backup
// damaged the whole database, PRIMARY, or the memory-optimized data loaded at startup.
bool databaseDamaged(const Project &project, const Backup &backup)
{
    const Filegroup *mod = project.database.memoryOptimizedFilegroup();
    for (const TimelineEvent &e : project.events) {
        if (e.kind != EventKind::Failure || (e.at.isValid() && e.at > backup.start))
            continue;
        if (e.wholeDatabase || e.filegroups.contains(QStringLiteral("PRIMARY"), Qt::CaseInsensitive)
            || (mod && e.filegroups.contains(mod->name, Qt::CaseInsensitive)))
            return true;
        for (const QString &f : e.files) // a damaged file of PRIMARY or a damaged container
            if (const Filegroup *fg = project.database.filegroupOfFile(f); fg && (fg->isPrimary() || fg == mod))
                return true;
    }
    return false;
}

QStringList backupComments(const Project &project, const Backup &b, bool noTruncate)
{
    const Database &db = project.database;
    QString contents;
    switch (b.type) {
    case BackupType::Full:
    case BackupType::Differential:
        contents = Tr::tr("the whole database");
        break;
    case BackupType::Partial:
    case BackupType::PartialDifferential: {
        contents = Tr::tr("PRIMARY and every read/write filegroup");
        QStringList readOnly;
        for (const QString &fg : b.filegroups)
            if (wasReadOnly(project, b, fg))
                readOnly += filegroupPhrase(db, fg);
        if (!readOnly.isEmpty())
            contents = Tr::tr("%1, plus the read-only %2").arg(contents, joinAnd(readOnly));
        break;
    }
    case BackupType::File:
    case BackupType::FileDifferential: {
        QStringList items;
        for (const QString &fg : b.filegroups)
            items += filegroupPhrase(db, fg);
        for (const QString &f : b.files)
            items += Tr::tr("file %1").arg(canonicalFile(db, f));
        contents = items.isEmpty() ? Tr::tr("no file or filegroup") : joinAnd(items);
        if (holdsPrimaryAndMod(db, b.filegroups))
            contents = Tr::tr("%1 together (R-MOD-001)").arg(contents);
        break;
    }
    case BackupType::Log:
        contents = b.tailLog ? Tr::tr("the tail of the log") : Tr::tr("the transaction log");
        break;
    }
    QStringList out{Tr::tr("%1: %2 of %3.").arg(timeText(b.start), backupPhrase(b), contents)};
    if (noTruncate)
        out += Tr::tr("NO_TRUNCATE: the failure damaged the database, which cannot start (R-TAIL-004).");
    if (b.damaged)
        out += Tr::tr("Its media is marked damaged or lost in this design.");
    if ((b.type == BackupType::File || b.type == BackupType::FileDifferential) && b.filegroups.isEmpty()
        && b.files.isEmpty())
        out += Tr::tr("WARNING: this file backup names no file or filegroup, so the statement backs up the whole database.");
    if (b.media.isEmpty())
        out += Tr::tr("WARNING: backup \"%1\" has no media; the TO clause below is a placeholder.").arg(b.id);
    return out;
}

QString backupStatement(const Project &project, const Backup &b, bool noTruncate, TsqlBatch &batch)
{
    const Database &db = project.database;
    const QString head = (b.isLog() ? QStringLiteral("BACKUP LOG ") : QStringLiteral("BACKUP DATABASE "))
        + batch.name(db.name);
    QStringList targets;
    if (b.type == BackupType::Partial || b.type == BackupType::PartialDifferential) {
        // READ_WRITE_FILEGROUPS covers PRIMARY and the read/write filegroups; read-only ones the
        // backup also holds are listed (naming read/write ones would make a file backup, R-BAK-002).
        targets += QStringLiteral("READ_WRITE_FILEGROUPS");
        for (const QString &fg : b.filegroups)
            if (wasReadOnly(project, b, fg))
                targets += QStringLiteral("FILEGROUP = ") + batch.string(canonicalFilegroup(db, fg));
    } else if (b.type == BackupType::File || b.type == BackupType::FileDifferential) {
        for (const QString &fg : b.filegroups)
            targets += QStringLiteral("FILEGROUP = ") + batch.string(canonicalFilegroup(db, fg));
        for (const QString &f : b.files)
            targets += QStringLiteral("FILE = ") + batch.string(canonicalFile(db, f));
    }
    QStringList options;
    if (isDifferential(b.type))
        options += QStringLiteral("DIFFERENTIAL");
    if (b.copyOnly)
        options += QStringLiteral("COPY_ONLY");
    if (b.tailLog)
        options += QStringLiteral("NORECOVERY");
    if (noTruncate)
        options += QStringLiteral("NO_TRUNCATE");
    options += initOption(b.position);
    const QString to = QStringLiteral("TO ") + devices(batch, b.media, b.id).join(QStringLiteral(", "));
    return formatStatement(head, targets, to, options);
}

QString eventBlock(const Project &project, const TimelineEvent &e)
{
    const Database &db = project.database;
    const QString at = timeText(e.at);
    switch (e.kind) {
    case EventKind::SetReadOnly:
    case EventKind::SetReadWrite: {
        const bool ro = e.kind == EventKind::SetReadOnly;
        const QString fg = canonicalFilegroup(db, e.filegroup);
        const QString comment = (ro ? Tr::tr("%1: make filegroup %2 read-only.") : Tr::tr("%1: make filegroup %2 read/write."))
                                    .arg(at, fg);
        return batchText({comment}, TsqlBatch::render([&](TsqlBatch &b) {
            return QStringLiteral("ALTER DATABASE %1 MODIFY FILEGROUP %2 %3;")
                .arg(b.nameLiteral(db.name), b.nameLiteral(fg),
                     ro ? QStringLiteral("READ_ONLY") : QStringLiteral("READ_WRITE"));
        }));
    }
    case EventKind::SetRecoveryModel: {
        const QString model = toString(e.recoveryModel);
        return batchText({Tr::tr("%1: switch to the %2 recovery model (the log chain breaks or restarts here, R-LOG-008).")
                              .arg(at, model)},
                         TsqlBatch::render([&](TsqlBatch &b) {
                             return QStringLiteral("ALTER DATABASE %1 SET RECOVERY %2;").arg(b.nameLiteral(db.name), model);
                         }));
    }
    case EventKind::Mark:
        return batchText({Tr::tr("%1: marked transaction %2, a target for STOPATMARK and STOPBEFOREMARK.").arg(at, e.name),
                          Tr::tr("The mark is logged only if the transaction changes the database: do its work "
                             "between BEGIN and COMMIT.")},
                         TsqlBatch::render([&](TsqlBatch &b) {
                             const QString name = b.name(e.name);
                             return QStringLiteral("BEGIN TRANSACTION %1 WITH MARK;\nCOMMIT TRANSACTION %1;").arg(name);
                         }));
    case EventKind::AddFile:
    case EventKind::RemoveFile: {
        const bool add = e.kind == EventKind::AddFile;
        const Filegroup *fg = db.filegroup(e.filegroup);
        QString path;
        if (fg)
            for (const DataFile &f : fg->files)
                if (f.name.compare(e.file, Qt::CaseInsensitive) == 0)
                    path = f.path;
        const QString comment = (add ? Tr::tr("%1: add file %2 to filegroup %3.") : Tr::tr("%1: remove file %2 from filegroup %3."))
                                    .arg(at, e.file, fg ? fg->name : e.filegroup);
        return batchText({comment}, TsqlBatch::render([&](TsqlBatch &b) {
            if (!add)
                return QStringLiteral("ALTER DATABASE %1 REMOVE FILE %2;").arg(b.nameLiteral(db.name), b.nameLiteral(e.file));
            return QStringLiteral("ALTER DATABASE %1 ADD FILE (NAME = %2, FILENAME = %3) TO FILEGROUP %4;")
                .arg(b.nameLiteral(db.name), b.stringLiteral(e.file), b.stringLiteral(path),
                     b.nameLiteral(fg ? fg->name : e.filegroup));
        }));
    }
    case EventKind::OpenTransaction:
        return commentLine(Tr::tr("%1: a transaction touching %2 begins%3.")
                               .arg(at, joinAnd(e.filegroups),
                                    e.until.isValid() ? Tr::tr(" (it commits at %1)").arg(timeText(e.until))
                                                      : Tr::tr(" and is still open at the failure")));
    case EventKind::Failure: {
        QStringList damaged;
        for (const QString &fg : e.filegroups)
            damaged += filegroupPhrase(db, fg);
        for (const QString &f : e.files)
            damaged += Tr::tr("file %1").arg(canonicalFile(db, f));
        QString text = e.wholeDatabase || damaged.isEmpty() ? Tr::tr("%1: FAILURE: the database is damaged").arg(at)
                                                            : Tr::tr("%1: FAILURE: damaged: %2").arg(at, joinAnd(damaged));
        text += e.logDamaged ? Tr::tr("; the log is damaged too, so no tail-log backup can be taken (R-TAIL-005).")
                             : Tr::tr("; the log is intact, so its tail can still be backed up.");
        return commentLine(text);
    }
    }
    return {};
}

/// The state the timeline starts from: the recovery model and the filegroups already read-only,
/// so that running the script really produces the designed history (R-RO-001 depends on it).
QString startBlock(const Project &project)
{
    const Database &db = project.database;
    QString out = u'\n' + batchText({Tr::tr("Start of the timeline: the %1 recovery model.").arg(toString(db.recoveryModel))},
                                     TsqlBatch::render([&](TsqlBatch &b) {
                                         return QStringLiteral("ALTER DATABASE %1 SET RECOVERY %2;")
                                             .arg(b.nameLiteral(db.name), toString(db.recoveryModel));
                                     }));
    for (const Filegroup &fg : db.filegroups) {
        if (!fg.readOnly)
            continue;
        out += u'\n' + batchText({Tr::tr("Start of the timeline: filegroup %1 is read-only.").arg(fg.name)},
                                  TsqlBatch::render([&](TsqlBatch &b) {
                                      return QStringLiteral("ALTER DATABASE %1 MODIFY FILEGROUP %2 READ_ONLY;")
                                          .arg(b.nameLiteral(db.name), b.nameLiteral(fg.name));
                                  }));
    }
    return out;
}

} // namespace

QString TsqlWriter::backupScript(const Project &project)
{
    const Database &db = project.database;
    QString out = commentLine(Tr::tr("Backups of database %1 as designed: every backup in time order, with the events between them.")
                                  .arg(db.name));
    out += commentLine(Tr::tr("Generated by Restore Designer. Run in SSMS or with sqlcmd; each statement is its own batch."));
    out += startBlock(project);

    QList<const Backup *> backups;
    for (const Backup &b : project.backups)
        backups += &b;
    std::stable_sort(backups.begin(), backups.end(), [](const Backup *a, const Backup *b) {
        if (a->start != b->start)
            return a->start < b->start;
        return a->lastLsn < b->lastLsn;
    });
    QList<const TimelineEvent *> events;
    for (const TimelineEvent &e : project.events)
        events += &e;
    std::stable_sort(events.begin(), events.end(),
                     [](const TimelineEvent *a, const TimelineEvent *b) { return a->at < b->at; });

    qsizetype next = 0;
    for (const Backup *b : std::as_const(backups)) {
        // An event at the same time as a backup comes first: the backup sees its effect.
        for (; next < events.size() && events[next]->at <= b->start; ++next)
            out += u'\n' + eventBlock(project, *events[next]);
        const bool noTruncate = b->tailLog && databaseDamaged(project, *b);
        out += u'\n' + batchText(backupComments(project, *b, noTruncate), TsqlBatch::render([&](TsqlBatch &batch) {
                   return backupStatement(project, *b, noTruncate, batch);
               }));
    }
    for (; next < events.size(); ++next)
        out += u'\n' + eventBlock(project, *events[next]);
    return out;
}

} // namespace rd
