#include "model/tsql/tsqlwriter.h"

#include "model/domain/plantime.h"
#include "model/domain/sqlserverlimits.h"
#include "model/tsql/tsqlbatch.h"
#include "model/tsql/tsqlscriptparts.h"

namespace rd {

using namespace TsqlScriptParts;

namespace {

// What the steps so far have done, to say what each step achieves.
struct PlanState
{
    QStringList pending;          ///< filegroups restored but not yet recovered
    bool pendingDatabase = false; ///< the restoring set holds PRIMARY: the database is not online
    QStringList recovered;        ///< filegroups brought online by this plan
    bool partialSeen = false;     ///< a partial-restore sequence started: the rest stays offline
    bool pendingPages = false;    ///< a page restore waits for its log
};

void addUnique(QStringList &list, const QString &name)
{
    if (!list.contains(name, Qt::CaseInsensitive))
        list += name;
}

QString restoreStatement(const Project &project, const PlanStep &step, const Backup *backup,
                         TsqlBatch &batch)
{
    const Database &db = project.database;
    const bool log = step.statement == StepStatement::RestoreLog;
    const QString head = (log ? QStringLiteral("RESTORE LOG ") : QStringLiteral("RESTORE DATABASE "))
        + batch.name(db.name);
    QStringList targets;
    if (!step.pages.isEmpty())
        targets += QStringLiteral("PAGE = ") + batch.stringLiteral(step.pages.join(QStringLiteral(", ")));
    if (step.readWriteFilegroups)
        targets += QStringLiteral("READ_WRITE_FILEGROUPS");
    for (const QString &fg : step.filegroups)
        targets += QStringLiteral("FILEGROUP = ") + batch.string(canonicalFilegroup(db, fg));
    for (const QString &f : step.files)
        targets += QStringLiteral("FILE = ") + batch.string(canonicalFile(db, f));

    const bool hasFrom = !step.backup.isEmpty();
    QString from;
    if (hasFrom)
        from = QStringLiteral("FROM ")
            + devices(batch, backup ? backup->media : QStringList(), step.backup).join(QStringLiteral(", "));

    QStringList options;
    // The readers refuse numbers SQL Server's types cannot hold (SqlServerLimits), so what is
    // printed here is the number that was read; position is an int like backupset.position.
    if (backup) {
        Q_ASSERT(backup->position >= 1);
        options += QStringLiteral("FILE = %1").arg(backup->position);
    }
    if (step.partial)
        options += QStringLiteral("PARTIAL");
    switch (step.recovery) {
    case RecoveryOption::Recovery: options += QStringLiteral("RECOVERY"); break;
    case RecoveryOption::NoRecovery: options += QStringLiteral("NORECOVERY"); break;
    case RecoveryOption::Standby: options += QStringLiteral("STANDBY = ") + batch.string(step.standbyFile); break;
    case RecoveryOption::Unspecified:
        // SQL Server's default; but a RESTORE without FROM must name its option (R-GEN-003).
        if (!hasFrom)
            options += QStringLiteral("RECOVERY");
        break;
    }
    const QString after = step.markAfter.isValid()
        ? QStringLiteral(" AFTER ") + batch.stringLiteral(PlanTime::toString(step.markAfter)) : QString();
    if (step.stopAt.isValid())
        options += QStringLiteral("STOPAT = ") + batch.stringLiteral(PlanTime::toString(step.stopAt));
    if (!step.stopAtMark.isEmpty())
        options += QStringLiteral("STOPATMARK = ") + batch.stringLiteral(step.stopAtMark) + after;
    if (!step.stopBeforeMark.isEmpty())
        options += QStringLiteral("STOPBEFOREMARK = ") + batch.stringLiteral(step.stopBeforeMark) + after;
    if (step.continueAfterError)
        options += QStringLiteral("CONTINUE_AFTER_ERROR");
    if (step.replace)
        options += QStringLiteral("REPLACE");
    for (const FileMove &m : step.move)
        options += QStringLiteral("MOVE %1 TO %2").arg(batch.string(canonicalFile(db, m.file)), batch.string(m.to));
    if (step.keepReplication)
        options += QStringLiteral("KEEP_REPLICATION");
    if (step.keepCdc)
        options += QStringLiteral("KEEP_CDC");
    if (step.restrictedUser)
        options += QStringLiteral("RESTRICTED_USER");
    if (step.maxTransferSize > 0) {
        Q_ASSERT(SqlServerLimits::isValidMaxTransferSize(step.maxTransferSize));
        options += QStringLiteral("MAXTRANSFERSIZE = %1").arg(step.maxTransferSize);
    }
    if (hasFrom)
        options << QStringLiteral("NOUNLOAD") << QStringLiteral("STATS = 10");
    return formatStatement(head, targets, from, options);
}

QString tailLogStatement(const Project &project, const PlanStep &step, const Backup *backup,
                         TsqlBatch &batch)
{
    const QString head = QStringLiteral("BACKUP LOG ") + batch.name(project.database.name);
    QStringList options;
    if (backup && backup->copyOnly)
        options += QStringLiteral("COPY_ONLY");
    if (step.norecovery)
        options += QStringLiteral("NORECOVERY");
    if (step.noTruncate)
        options += QStringLiteral("NO_TRUNCATE");
    if (step.continueAfterError)
        options += QStringLiteral("CONTINUE_AFTER_ERROR");
    // An unknown backup gets NOINIT: a placeholder must never overwrite a media set.
    options += initOption(backup ? backup->position : 2);
    const QString to = QStringLiteral("TO ")
        + devices(batch, backup ? backup->media : QStringList(), step.backup).join(QStringLiteral(", "));
    return formatStatement(head, {}, to, options);
}

// The filegroups a RESTORE step puts into the restoring set (files count as their filegroup).
QStringList restoredFilegroups(const Database &db, const PlanStep &step)
{
    QStringList out;
    if (step.partial)
        out += QStringLiteral("PRIMARY");
    if (step.readWriteFilegroups || (!step.hasTargets() && step.pages.isEmpty()))
        for (const Filegroup &fg : db.filegroups)
            if (!fg.readOnly || !step.readWriteFilegroups)
                addUnique(out, fg.name);
    for (const QString &fg : step.filegroups)
        addUnique(out, canonicalFilegroup(db, fg));
    for (const QString &f : step.files) {
        const Filegroup *fg = db.filegroupOfFile(f);
        addUnique(out, fg ? fg->name : f);
    }
    return out;
}

QString targetPhrase(const Database &db, const PlanStep &step, const Backup *backup)
{
    QStringList items;
    if (!step.pages.isEmpty())
        items += Tr::tr("pages %1").arg(step.pages.join(QStringLiteral(", ")));
    if (step.readWriteFilegroups)
        items += Tr::tr("the read/write filegroups");
    QStringList fgs = step.filegroups;
    if (step.partial && !fgs.contains(QStringLiteral("PRIMARY"), Qt::CaseInsensitive))
        items += Tr::tr("PRIMARY (implied by PARTIAL)");
    for (const QString &fg : fgs)
        items += filegroupPhrase(db, fg);
    for (const QString &f : step.files) {
        const Filegroup *fg = db.filegroupOfFile(f);
        items += fg ? Tr::tr("file %1 (filegroup %2)").arg(canonicalFile(db, f), fg->name) : Tr::tr("file %1").arg(f);
    }
    if (items.isEmpty()) {
        const bool wholeDatabase = !backup || backup->type == BackupType::Full
            || backup->type == BackupType::Differential;
        return wholeDatabase ? Tr::tr("the whole database") : Tr::tr("everything in the backup");
    }
    if (step.partial)
        fgs += QStringLiteral("PRIMARY");
    const QString joined = joinAnd(items);
    return holdsPrimaryAndMod(db, fgs) ? Tr::tr("%1 together (R-MOD-002)").arg(joined) : joined;
}

QString stopPhrase(const PlanStep &step)
{
    if (step.stopAt.isValid())
        return Tr::tr(", stopping at %1").arg(PlanTime::toString(step.stopAt));
    if (!step.stopAtMark.isEmpty())
        return Tr::tr(", stopping at mark %1").arg(step.stopAtMark);
    if (!step.stopBeforeMark.isEmpty())
        return Tr::tr(", stopping before mark %1").arg(step.stopBeforeMark);
    return {};
}

// What the step's recovery option leaves behind; updates the state.
QString outcome(const Database &db, const PlanStep &step, PlanState &state)
{
    switch (step.effectiveRecovery()) {
    case RecoveryOption::Standby:
        return Tr::tr("; the database is readable in STANDBY (undo file %1) until the next restore")
            .arg(step.standbyFile);
    case RecoveryOption::NoRecovery:
        if (state.pendingPages && !state.pendingDatabase && state.pending.isEmpty())
            return Tr::tr("; the pages stay RESTORING until the log is applied");
        if (state.pendingDatabase || state.pending.isEmpty())
            return Tr::tr("; the database stays RESTORING");
        return (state.pending.size() == 1 ? Tr::tr("; %1 stays RESTORING") : Tr::tr("; %1 stay RESTORING"))
            .arg(joinAnd(state.pending));
    case RecoveryOption::Recovery:
    case RecoveryOption::Unspecified:
        break;
    }
    QString text;
    if (step.backup.isEmpty())
        text = Tr::tr(": "); // recovery only: the action already says so, and RECOVERY is always written
    else if (step.recovery == RecoveryOption::Unspecified)
        text = Tr::tr(" and recover (no recovery option is written; SQL Server defaults to RECOVERY): ");
    else
        text = Tr::tr(" and recover: ");
    if (state.pending.isEmpty())
        text += state.pendingPages ? Tr::tr("the restored pages come online") : Tr::tr("the database comes online");
    else
        text += (state.pending.size() == 1 ? Tr::tr("%1 comes online") : Tr::tr("%1 come online")).arg(joinAnd(state.pending));
    for (const QString &fg : std::as_const(state.pending))
        addUnique(state.recovered, fg);
    state.pending.clear();
    state.pendingDatabase = false;
    state.pendingPages = false;
    if (state.partialSeen) {
        QStringList offline;
        for (const Filegroup &fg : db.filegroups)
            if (!state.recovered.contains(fg.name, Qt::CaseInsensitive))
                offline += fg.name;
        if (!offline.isEmpty())
            text += (offline.size() == 1 ? Tr::tr("; %1 stays offline until it is restored")
                                         : Tr::tr("; %1 stay offline until they are restored")).arg(joinAnd(offline));
    }
    return text;
}

QStringList restoreComments(const Project &project, const PlanStep &step, const Backup *backup,
                            PlanState &state)
{
    const Database &db = project.database;
    QStringList warnings;
    QString action;
    if (step.backup.isEmpty()) {
        action = step.hasTargets() || !step.pages.isEmpty()
            ? Tr::tr("recover %1 without restoring data (R-RO-003)").arg(targetPhrase(db, step, backup))
            : Tr::tr("finish the restore sequence without restoring data");
        if (step.recovery == RecoveryOption::Unspecified)
            warnings += Tr::tr("WARNING: a RESTORE without FROM must name its recovery option (R-GEN-003); "
                           "RECOVERY, SQL Server's default, is written.");
    } else {
        const QString source = backup ? backupPhrase(*backup) : Tr::tr("backup %1").arg(step.backup);
        if (!backup)
            warnings += Tr::tr("WARNING: backup \"%1\" is not in the backup history; the FROM clause below is a placeholder.")
                            .arg(step.backup);
        else if (backup->media.isEmpty())
            warnings += Tr::tr("WARNING: backup \"%1\" has no media; the FROM clause below is a placeholder.")
                            .arg(step.backup);
        if (step.statement == StepStatement::RestoreLog)
            action = step.hasTargets() || !step.pages.isEmpty()
                ? Tr::tr("roll %1 forward with %2").arg(targetPhrase(db, step, backup), source)
                : Tr::tr("roll forward with %1").arg(source);
        else if (step.partial)
            action = Tr::tr("start the partial-restore sequence: restore %1 from %2").arg(targetPhrase(db, step, backup), source);
        else
            action = Tr::tr("restore %1 from %2").arg(targetPhrase(db, step, backup), source);
    }
    if (step.recovery == RecoveryOption::Standby && step.standbyFile.isEmpty())
        warnings += Tr::tr("WARNING: STANDBY needs an undo file, and this step names none.");

    if (step.statement == StepStatement::RestoreDatabase) {
        if (step.partial) {
            state = PlanState();
            state.partialSeen = true;
        }
        const QStringList fgs = restoredFilegroups(db, step);
        for (const QString &fg : fgs)
            addUnique(state.pending, fg);
        if (step.partial || fgs.contains(QStringLiteral("PRIMARY"), Qt::CaseInsensitive))
            state.pendingDatabase = true;
        if (!step.pages.isEmpty())
            state.pendingPages = true;
    }
    return QStringList{action + stopPhrase(step) + outcome(db, step, state) + u'.'} + warnings;
}

QStringList tailLogComments(const PlanStep &step, const Backup *backup)
{
    QString text = Tr::tr("back up the tail of the log into %1 (R-TAIL-001)")
                       .arg(backup ? backupPhrase(*backup) : Tr::tr("backup %1").arg(step.backup));
    if (step.norecovery)
        text += Tr::tr("; NORECOVERY leaves the database RESTORING, so nothing changes after the backup");
    if (step.noTruncate)
        text += Tr::tr("; NO_TRUNCATE lets it run on a damaged database (R-TAIL-004)");
    QStringList out{text + u'.'};
    if (step.backup.isEmpty())
        out += Tr::tr("WARNING: this BACKUP LOG step names no backup; the TO clause below is a placeholder.");
    else if (!backup)
        out += Tr::tr("WARNING: backup \"%1\" is not in the backup history; the TO clause below is a placeholder.")
                   .arg(step.backup);
    else if (backup->media.isEmpty())
        out += Tr::tr("WARNING: backup \"%1\" has no media; the TO clause below is a placeholder.").arg(step.backup);
    return out;
}

} // namespace

QString TsqlWriter::restoreScript(const Project &project, const Plan &plan)
{
    const Database &db = project.database;
    QString out = commentLine(Tr::tr("Restore plan \"%1\" for database %2").arg(plan.name, db.name));
    out += commentLine(Tr::tr("Generated by Restore Designer. Run in SSMS or with sqlcmd; each statement is its own batch."));
    switch (plan.target.kind) {
    case RestoreTarget::Kind::EndOfLog:
        break;
    case RestoreTarget::Kind::PointInTime:
        out += commentLine(Tr::tr("Recovery point: %1.").arg(timeText(plan.target.pointInTime)));
        break;
    case RestoreTarget::Kind::Mark:
        out += commentLine((plan.target.beforeMark ? Tr::tr("Recovery point: just before mark %1.")
                                                   : Tr::tr("Recovery point: mark %1.")).arg(plan.target.mark));
        break;
    }

    PlanState state;
    for (qsizetype i = 0; i < plan.steps.size(); ++i) {
        const PlanStep &step = plan.steps[i];
        const Backup *backup = step.backup.isEmpty() ? nullptr : project.backup(step.backup);
        QStringList comments;
        QString statement;
        switch (step.statement) {
        case StepStatement::RestoreDatabase:
        case StepStatement::RestoreLog:
            comments = restoreComments(project, step, backup, state);
            statement = TsqlBatch::render([&](TsqlBatch &b) { return restoreStatement(project, step, backup, b); });
            break;
        case StepStatement::BackupLog:
            comments = tailLogComments(step, backup);
            statement = TsqlBatch::render([&](TsqlBatch &b) { return tailLogStatement(project, step, backup, b); });
            break;
        case StepStatement::SetOffline:
            comments += Tr::tr("take the database offline, rolling back open transactions, so the restore "
                           "has exclusive access (R-GEN-009).");
            statement = TsqlBatch::render([&](TsqlBatch &b) {
                return QStringLiteral("ALTER DATABASE %1 SET OFFLINE WITH ROLLBACK IMMEDIATE;").arg(b.nameLiteral(db.name));
            });
            break;
        case StepStatement::SetOnline:
            comments += Tr::tr("bring the database back online (T-DB-13).");
            statement = TsqlBatch::render([&](TsqlBatch &b) {
                return QStringLiteral("ALTER DATABASE %1 SET ONLINE;").arg(b.nameLiteral(db.name));
            });
            break;
        case StepStatement::SetFileOffline:
            comments += Tr::tr("take %1 offline; it can only come back by a restore (T-F-1).")
                            .arg(joinAnd(step.files.isEmpty() ? step.filegroups : step.files));
            statement = TsqlBatch::render([&](TsqlBatch &b) {
                QStringList lines;
                for (const QString &f : step.files)
                    lines += QStringLiteral("ALTER DATABASE %1 MODIFY FILE (NAME = %2, OFFLINE);")
                                 .arg(b.nameLiteral(db.name), b.stringLiteral(canonicalFile(db, f)));
                return lines.join(u'\n');
            });
            break;
        case StepStatement::RemoveFilegroup:
            comments += Tr::tr("remove %1 and its files: a filegroup that is not online becomes DEFUNCT and can never "
                               "be restored into this database (R-DEF-001).").arg(joinAnd(step.filegroups));
            statement = TsqlBatch::render([&](TsqlBatch &b) {
                QStringList lines;
                for (const QString &name : step.filegroups) {
                    const Filegroup *fg = db.filegroup(name);
                    if (fg)
                        for (const DataFile &f : fg->files)
                            lines += QStringLiteral("ALTER DATABASE %1 REMOVE FILE %2;").arg(b.nameLiteral(db.name),
                                                                                             b.nameLiteral(f.name));
                    lines += QStringLiteral("ALTER DATABASE %1 REMOVE FILEGROUP %2;")
                                 .arg(b.nameLiteral(db.name), b.nameLiteral(fg ? fg->name : name));
                }
                return lines.join(u'\n');
            });
            break;
        }
        comments[0] = Tr::tr("Step %1: %2").arg(QString::number(i + 1), comments[0]);
        out += u'\n' + batchText(comments, statement);
    }
    return out;
}

} // namespace rd
