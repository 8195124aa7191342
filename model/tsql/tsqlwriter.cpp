// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/tsql/tsqlwriter.h"

#include "model/domain/plantime.h"
#include "model/domain/sqlserverlimits.h"
#include "model/simulation/restoresimulator.h"
#include "model/tsql/tsqlbatch.h"
#include "model/tsql/tsqlscriptparts.h"

#include <QHash>

namespace rd {

using namespace TsqlScriptParts;

namespace {

/// The simulated states around one step: the comment says what the simulator says it achieves.
struct StepStates
{
    const StepState &before;
    const StepState &after;
};

/// Filegroup k's data can be read (the database up and the filegroup online, dataAccess()).
bool available(const StepState &s, qsizetype k)
{
    return k < s.access.size() && s.access[k] != DataAccess::None;
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

/// "; X and Y stay RECOVERY_PENDING; Z stays OFFLINE": the filegroups not available after the
/// step, grouped by their simulated state in layout order; empty when every one is.
QString unavailablePhrase(const StepState &after)
{
    QList<FileState> order;
    QHash<int, QStringList> byState;
    for (qsizetype k = 0; k < after.filegroups.size(); ++k) {
        if (available(after, k))
            continue;
        const FileState state = after.filegroups[k].second;
        if (!order.contains(state))
            order << state;
        byState[int(state)] << after.filegroups[k].first;
    }
    QString text;
    for (const FileState state : std::as_const(order)) {
        const QStringList &names = byState[int(state)];
        text += (names.size() == 1 ? Tr::tr("; %1 stays %2") : Tr::tr("; %1 stay %2")).arg(joinAnd(names), toString(state));
    }
    return text;
}

// What the step leaves behind, as the simulation has it (never what the options alone suggest).
QString outcome(const PlanStep &step, const StepStates &states)
{
    const StepState &before = states.before, &after = states.after;
    const RecoveryOption recovery = step.effectiveRecovery();
    const bool recovers = recovery == RecoveryOption::Recovery;
    if (after.outcome.refused()) // what the statement asks for, then that it does not happen
        return (recovers && step.recovery == RecoveryOption::Unspecified && !step.backup.isEmpty()
                    ? Tr::tr(" and recover (no recovery option is written; SQL Server defaults to RECOVERY)")
                : recovers && !step.backup.isEmpty() ? Tr::tr(" and recover")
                                                     : QString())
            + Tr::tr("; SQL Server refuses this statement (%1), so nothing changes").arg(after.outcome.refusedBy);
    if (recovery == RecoveryOption::Standby && after.database == DatabaseState::Standby)
        return Tr::tr("; the database is readable in STANDBY (undo file %1) until the next restore")
            .arg(step.standbyFile);
    if (recovery == RecoveryOption::NoRecovery || recovery == RecoveryOption::Standby) {
        if (after.database != DatabaseState::Online)
            return Tr::tr("; the database stays %1").arg(toString(after.database));
        if (!after.pagesRestoring.isEmpty() && unavailablePhrase(after).isEmpty())
            return Tr::tr("; the pages stay RESTORING until the log is applied");
        return unavailablePhrase(after);
    }
    QString text;
    if (step.backup.isEmpty())
        text = Tr::tr(": "); // recovery only: the action already says so, and RECOVERY is always written
    else if (step.recovery == RecoveryOption::Unspecified)
        text = Tr::tr(" and recover (no recovery option is written; SQL Server defaults to RECOVERY): ");
    else
        text = Tr::tr(" and recover: ");
    if (after.database != DatabaseState::Online)
        return text + Tr::tr("the database stays %1, so no filegroup is online").arg(toString(after.database));
    QStringList cameOnline;
    for (qsizetype k = 0; k < after.filegroups.size(); ++k)
        if (available(after, k) && !available(before, k))
            cameOnline << after.filegroups[k].first;
    const QString rest = unavailablePhrase(after);
    if (!before.pagesRestoring.isEmpty() && after.pagesRestoring.isEmpty() && cameOnline.isEmpty())
        text += Tr::tr("the restored pages come online");
    else if (cameOnline.isEmpty())
        text += Tr::tr("no filegroup comes online");
    else if (cameOnline.size() == after.filegroups.size())
        text += Tr::tr("the database comes online");
    else
        text += (cameOnline.size() == 1 ? Tr::tr("%1 comes online") : Tr::tr("%1 come online")).arg(joinAnd(cameOnline));
    return text + rest;
}

QStringList restoreComments(const Project &project, const PlanStep &step, const Backup *backup,
                            const StepStates &states)
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

    return QStringList{action + stopPhrase(step) + outcome(step, states) + u'.'} + warnings;
}

QStringList tailLogComments(const PlanStep &step, const Backup *backup, const StepStates &states)
{
    QString text = Tr::tr("back up the tail of the log into %1 (R-TAIL-001)")
                       .arg(backup ? backupPhrase(*backup) : Tr::tr("backup %1").arg(step.backup));
    if (states.after.outcome.refused())
        text += Tr::tr("; SQL Server refuses this statement (%1), so nothing changes").arg(states.after.outcome.refusedBy);
    else if (step.norecovery && states.after.database == DatabaseState::Restoring)
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
    return restoreScript(project, plan, RestoreSimulator::simulate(project, plan));
}

QString TsqlWriter::restoreScript(const Project &project, const Plan &plan, const SimulationResult &simulation)
{
    if (simulation.steps.size() != plan.steps.size()) // not this plan's simulation: never comment from a wrong one
        return restoreScript(project, plan);
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

    for (qsizetype i = 0; i < plan.steps.size(); ++i) {
        const PlanStep &step = plan.steps[i];
        const StepStates states{i == 0 ? simulation.initial : simulation.steps[i - 1], simulation.steps[i]};
        const Backup *backup = step.backup.isEmpty() ? nullptr : project.backup(step.backup);
        QStringList comments;
        QString statement;
        switch (step.statement) {
        case StepStatement::RestoreDatabase:
        case StepStatement::RestoreLog:
            comments = restoreComments(project, step, backup, states);
            statement = TsqlBatch::render([&](TsqlBatch &b) { return restoreStatement(project, step, backup, b); });
            break;
        case StepStatement::BackupLog:
            comments = tailLogComments(step, backup, states);
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
