#include "model/domain/plansteps.h"
#include "model/domain/plantime.h"
#include "model/io/planjsonreader.h"
#include "model/simulation/restoresimulator.h"
#include "model/tsql/tsqlwriter.h"

#include <QRegularExpression>
#include <QTest>

using namespace rd;

namespace {

Project loadSample()
{
    const LoadResult r = PlanJsonReader::readFile(QStringLiteral(RD_SOURCE_DIR "/resources/samples/imoltp-piecemeal.json"));
    if (!r.ok())
        qFatal("sample not readable: %s", qPrintable(r.error));
    return *r.project;
}

Backup makeBackup(const QString &id, BackupType type, const QDateTime &start, const QStringList &media,
                  const QStringList &filegroups = {})
{
    Backup b;
    b.id = id;
    b.type = type;
    b.start = start;
    b.finish = start.addSecs(60);
    b.media = media;
    b.filegroups = filegroups;
    return b;
}

// A database whose every name is `name`: database, secondary filegroup, its file, backup paths,
// a mark; and a plan that uses each of them in every statement form.
Project hostileProject(const QString &name)
{
    Project p;
    p.database.name = name;
    p.database.filegroups = {Filegroup{QStringLiteral("PRIMARY"), FilegroupType::Rows, false,
                                       {DataFile{QStringLiteral("p1"), QStringLiteral("c:\\p1.mdf"), 0}}},
                             Filegroup{name, FilegroupType::Rows, false, {DataFile{name, name, 0}}}};
    const QDateTime t0 = PlanTime::make(2024, 1, 1, 1, 0);
    p.backups = {makeBackup(QStringLiteral("full"), BackupType::Full, t0, {name}),
                 makeBackup(QStringLiteral("fg"), BackupType::File, t0.addSecs(3600), {name, name}, {name}),
                 makeBackup(QStringLiteral("log"), BackupType::Log, t0.addSecs(7200), {name}),
                 makeBackup(QStringLiteral("tail"), BackupType::Log, t0.addSecs(9000), {name})};
    p.backups[1].files = {name};
    p.backups[3].tailLog = true;
    TimelineEvent ro;
    ro.kind = EventKind::SetReadOnly;
    ro.at = t0.addSecs(1800);
    ro.filegroup = name;
    TimelineEvent mark;
    mark.kind = EventKind::Mark;
    mark.at = t0.addSecs(5000);
    mark.name = name;
    TimelineEvent model;
    model.kind = EventKind::SetRecoveryModel;
    model.at = t0.addSecs(5400);
    p.events = {ro, mark, model};

    Plan plan;
    plan.name = name;
    PlanStep tail;
    tail.statement = StepStatement::BackupLog;
    tail.backup = QStringLiteral("tail");
    tail.norecovery = true;
    PlanStep offline;
    offline.statement = StepStatement::SetOffline;
    PlanStep first;
    first.backup = QStringLiteral("full");
    first.partial = true;
    first.recovery = RecoveryOption::Standby;
    first.standbyFile = name;
    first.move = {FileMove{name, name}};
    PlanStep file;
    file.backup = QStringLiteral("fg");
    file.filegroups = {name};
    file.files = {name};
    file.recovery = RecoveryOption::NoRecovery;
    PlanStep log;
    log.statement = StepStatement::RestoreLog;
    log.backup = QStringLiteral("log");
    log.stopAtMark = name;
    log.recovery = RecoveryOption::NoRecovery;
    PlanStep recoverOnly;
    recoverOnly.filegroups = {name};
    recoverOnly.recovery = RecoveryOption::Recovery;
    plan.steps = {tail, offline, first, file, log, recoverOnly};
    p.plans = {plan};
    return p;
}

// Every line must be one the writer makes: nothing a value contains may start a line, end a
// batch, run a sqlcmd command or name a sqlcmd variable.
void verifyScriptIsInert(const QString &script, int expectedBatches)
{
    for (QChar c : script)
        QVERIFY2(c == u'\n' || (c.unicode() >= 0x20 && c.unicode() != 0x7F && c.unicode() != 0x85
                                && c.unicode() != 0x2028 && c.unicode() != 0x2029
                                && !(c.unicode() >= 0x202A && c.unicode() <= 0x202E)
                                && !(c.unicode() >= 0x2066 && c.unicode() <= 0x2069)),
                 qPrintable(QStringLiteral("control character U+%1").arg(int(c.unicode()), 4, 16)));
    QVERIFY(!script.contains(QLatin1String("$(")));
    static const QRegularExpression goLine(QStringLiteral("^\\s*go(\\s+\\d+)?\\s*$"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression ours(QStringLiteral(
        "^(|--.*|GO|(RESTORE|BACKUP|ALTER|DECLARE|EXEC|BEGIN|COMMIT) .*"
        "|    (FILEGROUP|FILE|PAGE|READ_WRITE_FILEGROUPS|FROM|TO|WITH)\\b.*|        [A-Z_]+\\b.*)$"));
    const QStringList lines = script.split(u'\n');
    int batches = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        QVERIFY2(!line.trimmed().startsWith(u':') && !line.trimmed().startsWith(QLatin1String("!!")), qPrintable(line));
        QVERIFY2(ours.match(line).hasMatch(), qPrintable(line));
        if (goLine.match(line).hasMatch()) {
            QCOMPARE(line, QStringLiteral("GO"));
            QVERIFY2(i > 0 && lines[i - 1].endsWith(u';'), qPrintable(lines.value(i - 1)));
            ++batches;
        }
    }
    QCOMPARE(batches, expectedBatches);
}

} // namespace

class TestTsqlWriter : public QObject
{
    Q_OBJECT

private slots:
    void sampleRestoreScript();
    void sampleBackupScript();
    void restoreOptionsInOrder();
    void recoveryOnlyPageAndReadWriteFilegroups();
    void commentsSayWhatTheSimulationSays();
    void standbyComment();
    void unknownBackupAndUnspecifiedRecovery();
    void tailLogAndOfflineSteps();
    void backupForms();
    void backupOrderAndEvents();
    void hostileNamesAreQuoted_data();
    void hostileNamesAreQuoted();
    void breakingNamesUseVariables();
    void breakingNamesNeverReachTheScript_data();
    void breakingNamesNeverReachTheScript();
};

void TestTsqlWriter::sampleRestoreScript()
{
    // The seed's restore sequence, in SSMS's quoting and with FILE = n, RECOVERY named explicitly.
    const QString expected = QStringLiteral(
        "-- Restore plan \"Piecemeal restore (Microsoft sample)\" for database imoltp\n"
        "-- Generated by Restore Designer. Run in SSMS or with sqlcmd; each statement is its own batch.\n"
        "\n"
        "-- Step 1: start the partial-restore sequence: restore PRIMARY and the memory-optimized filegroup "
        "imoltp_mod together (R-MOD-002) from file backup imoltp_primary_mod; the database stays RESTORING.\n"
        "RESTORE DATABASE [imoltp]\n"
        "    FILEGROUP = N'PRIMARY',\n"
        "    FILEGROUP = N'imoltp_mod'\n"
        "    FROM DISK = N'c:\\data\\imoltp.dmp'\n"
        "    WITH\n"
        "        FILE = 1,\n"
        "        PARTIAL,\n"
        "        NORECOVERY,\n"
        "        NOUNLOAD,\n"
        "        STATS = 10;\n"
        "GO\n"
        "\n"
        "-- Step 2: roll forward with log backup imoltp_log and recover: PRIMARY and imoltp_mod come online; "
        "imoltp_secondary stays RECOVERY_PENDING.\n"
        "RESTORE LOG [imoltp]\n"
        "    FROM DISK = N'c:\\data\\imoltp_log.dmp'\n"
        "    WITH\n"
        "        FILE = 1,\n"
        "        RECOVERY,\n"
        "        NOUNLOAD,\n"
        "        STATS = 10;\n"
        "GO\n"
        "\n"
        "-- Step 3: restore file imoltp_secondary (filegroup imoltp_secondary) from file backup imoltp_secondary "
        "and recover: imoltp_secondary comes online.\n"
        "RESTORE DATABASE [imoltp]\n"
        "    FILE = N'imoltp_secondary'\n"
        "    FROM DISK = N'c:\\data\\imoltp_secondary.dmp'\n"
        "    WITH\n"
        "        FILE = 1,\n"
        "        RECOVERY,\n"
        "        NOUNLOAD,\n"
        "        STATS = 10;\n"
        "GO\n");
    const Project p = loadSample();
    QCOMPARE(TsqlWriter::restoreScript(p, p.plans.first()), expected);
}

void TestTsqlWriter::sampleBackupScript()
{
    const QString expected = QStringLiteral(
        "-- Backups of database imoltp as designed: every backup in time order, with the events between them.\n"
        "-- Generated by Restore Designer. Run in SSMS or with sqlcmd; each statement is its own batch.\n"
        "\n"
        "-- Start of the timeline: the FULL recovery model.\n"
        "ALTER DATABASE [imoltp] SET RECOVERY FULL;\n"
        "GO\n"
        "\n"
        "-- Start of the timeline: filegroup imoltp_secondary is read-only.\n"
        "ALTER DATABASE [imoltp] MODIFY FILEGROUP [imoltp_secondary] READ_ONLY;\n"
        "GO\n"
        "\n"
        "-- 2017-03-06T01:00:00: full backup imoltp_full of the whole database.\n"
        "BACKUP DATABASE [imoltp]\n"
        "    TO DISK = N'c:\\data\\imoltp_full.bak'\n"
        "    WITH\n"
        "        INIT;\n"
        "GO\n"
        "\n"
        "-- 2017-03-06T03:00:00: file backup imoltp_primary_mod of PRIMARY and the memory-optimized filegroup "
        "imoltp_mod together (R-MOD-001).\n"
        "BACKUP DATABASE [imoltp]\n"
        "    FILEGROUP = N'PRIMARY',\n"
        "    FILEGROUP = N'imoltp_mod'\n"
        "    TO DISK = N'c:\\data\\imoltp.dmp'\n"
        "    WITH\n"
        "        INIT;\n"
        "GO\n"
        "\n"
        "-- 2017-03-06T03:30:00: file backup imoltp_secondary of filegroup imoltp_secondary.\n"
        "BACKUP DATABASE [imoltp]\n"
        "    FILEGROUP = N'imoltp_secondary'\n"
        "    TO DISK = N'c:\\data\\imoltp_secondary.dmp'\n"
        "    WITH\n"
        "        INIT;\n"
        "GO\n"
        "\n"
        "-- 2017-03-06T04:00:00: log backup imoltp_log of the transaction log.\n"
        "BACKUP LOG [imoltp]\n"
        "    TO DISK = N'c:\\data\\imoltp_log.dmp'\n"
        "    WITH\n"
        "        INIT;\n"
        "GO\n"
        "\n"
        "-- 2017-03-06T05:00:00: FAILURE: the database is damaged; the log is damaged too, so no tail-log "
        "backup can be taken (R-TAIL-005).\n");
    QCOMPARE(TsqlWriter::backupScript(loadSample()), expected);
}

void TestTsqlWriter::restoreOptionsInOrder()
{
    Project p = loadSample();
    Backup &log = p.backups[3];
    log.position = 3;
    log.media = {QStringLiteral("https://acct.blob.core.windows.net/c/a.trn"), QStringLiteral("d:\\b.trn")};
    PlanStep s;
    s.statement = StepStatement::RestoreLog;
    s.backup = log.id;
    s.recovery = RecoveryOption::Standby;
    s.standbyFile = QStringLiteral("d:\\undo.dat");
    s.stopAtMark = QStringLiteral("m1");
    s.markAfter = PlanTime::make(2017, 3, 6, 3, 45, 1, 250);
    s.continueAfterError = true;
    s.replace = true;
    s.move = {FileMove{QStringLiteral("IMOLTP_LOG"), QStringLiteral("e:\\l.ldf")},
              FileMove{QStringLiteral("imoltp_primary2"), QStringLiteral("e:\\p2.ndf")}};
    PlanStep at = s;
    at.stopAtMark.clear();
    at.stopAt = PlanTime::make(2017, 3, 6, 3, 50);
    at.recovery = RecoveryOption::NoRecovery;
    at.move.clear();
    Plan plan{QStringLiteral("opts"), {}, {s, at}};
    const QString script = TsqlWriter::restoreScript(p, plan);
    QVERIFY2(script.contains(QStringLiteral(
                 "RESTORE LOG [imoltp]\n"
                 "    FROM URL = N'https://acct.blob.core.windows.net/c/a.trn', DISK = N'd:\\b.trn'\n"
                 "    WITH\n"
                 "        FILE = 3,\n"
                 "        STANDBY = N'd:\\undo.dat',\n"
                 "        STOPATMARK = N'm1' AFTER N'2017-03-06T03:45:01.250',\n"
                 "        CONTINUE_AFTER_ERROR,\n"
                 "        REPLACE,\n"
                 "        MOVE N'imoltp_log' TO N'e:\\l.ldf',\n"
                 "        MOVE N'imoltp_primary2' TO N'e:\\p2.ndf',\n"
                 "        NOUNLOAD,\n"
                 "        STATS = 10;\nGO\n")),
             qPrintable(script));
    QVERIFY(script.contains(QStringLiteral("        NORECOVERY,\n        STOPAT = N'2017-03-06T03:50:00',\n"
                                           "        CONTINUE_AFTER_ERROR,\n")));
    // The sample's database does not exist on the target, so a log restore is refused (R-GEN-006):
    // the comment says so rather than what STANDBY would have done.
    QVERIFY2(script.contains(QStringLiteral(", stopping at mark m1; SQL Server refuses this statement (R-GEN-006), so "
                                            "nothing changes.\n")), qPrintable(script));
}

void TestTsqlWriter::recoveryOnlyPageAndReadWriteFilegroups()
{
    Project p = loadSample();
    p.database.filegroups[p.database.filegroupIndex(QStringLiteral("imoltp_secondary"))].readOnly = true;
    PlanStep rw;
    rw.backup = QStringLiteral("imoltp_full");
    rw.readWriteFilegroups = true;
    rw.filegroups = {QStringLiteral("IMOLTP_MOD")}; // canonical spelling is written
    rw.partial = true;
    rw.recovery = RecoveryOption::NoRecovery;
    PlanStep page;
    page.backup = QStringLiteral("imoltp_full");
    page.pages = {QStringLiteral("1:57"), QStringLiteral("1:202")};
    page.recovery = RecoveryOption::NoRecovery;
    PlanStep recover;
    recover.filegroups = {QStringLiteral("imoltp_secondary")};
    recover.recovery = RecoveryOption::Recovery;
    const QString script = TsqlWriter::restoreScript(p, Plan{QStringLiteral("x"), {}, {rw, page, recover}});
    QVERIFY2(script.contains(QStringLiteral("RESTORE DATABASE [imoltp]\n    READ_WRITE_FILEGROUPS,\n"
                                            "    FILEGROUP = N'imoltp_mod'\n    FROM DISK = N'c:\\data\\imoltp_full.bak'\n"
                                            "    WITH\n        FILE = 1,\n        PARTIAL,\n        NORECOVERY,\n")),
             qPrintable(script));
    QVERIFY(script.contains(QStringLiteral("RESTORE DATABASE [imoltp]\n    PAGE = N'1:57, 1:202'\n    FROM DISK")));
    // Nothing rolled the partial restore forward (the page restore is refused), so the simulation
    // leaves the database RESTORING: the comment says so (it used to claim three filegroups came online).
    QVERIFY2(script.contains(QStringLiteral("-- Step 3: recover filegroup imoltp_secondary without restoring data "
                                            "(R-RO-003): the database stays RESTORING, so no filegroup is online.\n")),
             qPrintable(script.mid(script.indexOf(QLatin1String("-- Step 3")), 400)));
    QVERIFY(script.endsWith(QStringLiteral("RESTORE DATABASE [imoltp]\n    FILEGROUP = N'imoltp_secondary'\n"
                                           "    WITH\n        RECOVERY;\nGO\n")));
}

/// Issue 9: a piecemeal plan of PRIMARY, mod_fg (memory-optimized), fg_rw and the read-only archive.
/// Microsoft's piecemeal restore: the partial restore of PRIMARY with mod_fg (R-MOD-002), then the log
/// WITH RECOVERY, brings those two online and leaves the rest RECOVERY_PENDING until restored; fg_rw,
/// read/write, restored from the full backup alone cannot recover without the log (R-PIECE-011), so
/// it stays RESTORING. Each comment names exactly the filegroups the simulation brings online.
void TestTsqlWriter::commentsSayWhatTheSimulationSays()
{
    Project p;
    p.database.name = QStringLiteral("sales");
    p.environment.databaseExists = false;
    auto filegroup = [](const char *name, FilegroupType type, bool readOnly, const char *file) {
        Filegroup fg;
        fg.name = QString::fromLatin1(name);
        fg.type = type;
        fg.readOnly = readOnly;
        fg.files.append({QString::fromLatin1(file), QStringLiteral("c:\\data\\%1").arg(QString::fromLatin1(file)), 8 << 20});
        return fg;
    };
    p.database.filegroups = {filegroup("PRIMARY", FilegroupType::Rows, false, "sales"),
                             filegroup("mod_fg", FilegroupType::MemoryOptimizedData, false, "sales_mod"),
                             filegroup("fg_rw", FilegroupType::Rows, false, "sales_rw"),
                             filegroup("archive", FilegroupType::Rows, true, "sales_archive")};
    p.database.logFiles.append({QStringLiteral("sales_log"), QStringLiteral("c:\\data\\sales_log.ldf"), 8 << 20});
    Backup full;
    full.id = QStringLiteral("full");
    full.start = PlanTime::make(2026, 12, 1, 1, 0);
    full.finish = PlanTime::make(2026, 12, 1, 1, 5);
    full.media = {QStringLiteral("d:\\backup\\sales_full.bak")};
    Backup log;
    log.id = QStringLiteral("log");
    log.type = BackupType::Log;
    log.start = PlanTime::make(2026, 12, 1, 2, 0);
    log.finish = PlanTime::make(2026, 12, 1, 2, 0, 10);
    log.media = {QStringLiteral("d:\\backup\\sales_log.trn")};
    p.backups = {full, log};
    PlanStep partial = PlanSteps::restoreOf(full, RecoveryOption::NoRecovery);
    partial.partial = true;
    partial.filegroups = {QStringLiteral("PRIMARY"), QStringLiteral("mod_fg")};
    PlanStep fgRw = PlanSteps::restoreOf(full, RecoveryOption::Recovery);
    fgRw.filegroups = {QStringLiteral("fg_rw")};
    p.plans = {Plan{QStringLiteral("Piecemeal"), {}, {partial, PlanSteps::restoreOf(log, RecoveryOption::Recovery), fgRw}}};

    const SimulationResult sim = RestoreSimulator::simulate(p, p.plans[0]);
    const QString script = TsqlWriter::restoreScript(p, p.plans[0], sim);
    QStringList comments;
    for (const QString &line : script.split(u'\n'))
        if (line.startsWith(QLatin1String("-- Step ")))
            comments << line;
    QCOMPARE(comments.size(), 3);
    QVERIFY2(comments[0].endsWith(QLatin1String("from full backup full; the database stays RESTORING.")), qPrintable(comments[0]));
    QCOMPARE(comments[1], QStringLiteral("-- Step 2: roll forward with log backup log and recover: PRIMARY and mod_fg come "
                                         "online; fg_rw and archive stay RECOVERY_PENDING."));
    QCOMPARE(comments[2], QStringLiteral("-- Step 3: restore filegroup fg_rw from full backup full and recover: no filegroup "
                                         "comes online; fg_rw stays RESTORING; archive stays RECOVERY_PENDING."));
    // And the simulation agrees, filegroup by filegroup (states after step 2 and 3).
    QVERIFY(sim.steps[1].filegroupState(QStringLiteral("fg_rw")) == FileState::RecoveryPending);
    QVERIFY(sim.steps[1].filegroupState(QStringLiteral("archive")) == FileState::RecoveryPending);
    QVERIFY(sim.steps[2].filegroupState(QStringLiteral("fg_rw")) == FileState::Restoring);
    // The overload without a simulation simulates the same plan.
    QCOMPARE(TsqlWriter::restoreScript(p, p.plans[0]), script);
}

/// RESTORE … WITH STANDBY leaves the database readable between restores (R-REC-003).
void TestTsqlWriter::standbyComment()
{
    Project p = loadSample();
    p.plans[0].steps.removeLast();
    p.plans[0].steps[1].recovery = RecoveryOption::Standby;
    p.plans[0].steps[1].standbyFile = QStringLiteral("c:\\data\\undo.dat");
    const QString script = TsqlWriter::restoreScript(p, p.plans[0]);
    QVERIFY2(script.contains(QStringLiteral("-- Step 2: roll forward with log backup imoltp_log; the database is readable in "
                                            "STANDBY (undo file c:\\data\\undo.dat) until the next restore.\n")),
             qPrintable(script));
}

void TestTsqlWriter::unknownBackupAndUnspecifiedRecovery()
{
    Project p = loadSample();
    PlanStep ghost;
    ghost.backup = QStringLiteral("nowhere");
    PlanStep bare; // recovery only, no option: RECOVERY must be written (R-GEN-003)
    const QString script = TsqlWriter::restoreScript(p, Plan{QStringLiteral("x"), {}, {ghost, bare}});
    QVERIFY2(script.contains(QStringLiteral(
                 "-- Step 1: restore the whole database from backup nowhere and recover (no recovery option is "
                 "written; SQL Server defaults to RECOVERY); SQL Server refuses this statement (R-REF-001), so nothing "
                 "changes.\n")),
             qPrintable(script));
    QVERIFY(script.contains(QStringLiteral("-- WARNING: backup \"nowhere\" is not in the backup history; "
                                           "the FROM clause below is a placeholder.\n"
                                           "RESTORE DATABASE [imoltp]\n"
                                           "    FROM DISK = N'<media of backup nowhere>'\n"
                                           "    WITH\n        NOUNLOAD,\n        STATS = 10;\nGO\n")));
    QVERIFY(script.contains(QStringLiteral("-- WARNING: a RESTORE without FROM must name its recovery option")));
    QVERIFY(script.endsWith(QStringLiteral("RESTORE DATABASE [imoltp]\n    WITH\n        RECOVERY;\nGO\n")));
}

void TestTsqlWriter::tailLogAndOfflineSteps()
{
    Project p = loadSample();
    Backup tail = makeBackup(QStringLiteral("tail"), BackupType::Log, PlanTime::make(2017, 3, 6, 5, 5),
                             {QStringLiteral("c:\\data\\imoltp_log.dmp")});
    tail.tailLog = true;
    tail.position = 2;
    p.backups += tail;
    PlanStep backup;
    backup.statement = StepStatement::BackupLog;
    backup.backup = QStringLiteral("tail");
    backup.norecovery = true;
    backup.noTruncate = true;
    backup.continueAfterError = true;
    PlanStep offline;
    offline.statement = StepStatement::SetOffline;
    const QString script = TsqlWriter::restoreScript(p, Plan{QStringLiteral("x"), {}, {offline, backup}});
    QVERIFY2(script.contains(QStringLiteral("\nALTER DATABASE [imoltp] SET OFFLINE WITH ROLLBACK IMMEDIATE;\nGO\n")),
             qPrintable(script));
    QVERIFY(script.contains(QStringLiteral("-- Step 2: back up the tail of the log into tail-log backup tail (R-TAIL-001)")));
    QVERIFY(script.endsWith(QStringLiteral("BACKUP LOG [imoltp]\n    TO DISK = N'c:\\data\\imoltp_log.dmp'\n"
                                           "    WITH\n        NORECOVERY,\n        NO_TRUNCATE,\n"
                                           "        CONTINUE_AFTER_ERROR,\n        NOINIT;\nGO\n")));
}

void TestTsqlWriter::backupForms()
{
    Project p = loadSample();
    const QDateTime t = PlanTime::make(2017, 3, 7, 1, 0);
    const QStringList disk{QStringLiteral("c:\\b\\1.bak")};
    Backup partial = makeBackup(QStringLiteral("p"), BackupType::Partial, t, disk,
                                {QStringLiteral("PRIMARY"), QStringLiteral("imoltp_mod"), QStringLiteral("IMOLTP_SECONDARY")});
    Backup partialDiff = makeBackup(QStringLiteral("pd"), BackupType::PartialDifferential, t.addSecs(60), disk);
    partialDiff.position = 2;
    Backup fileDiff = makeBackup(QStringLiteral("fd"), BackupType::FileDifferential, t.addSecs(120),
                                 {QStringLiteral("c:\\b\\a.bak"), QStringLiteral("https://x/b.bak")},
                                 {QStringLiteral("imoltp_secondary")});
    fileDiff.files = {QStringLiteral("IMOLTP_SECONDARY")};
    Backup diff = makeBackup(QStringLiteral("d"), BackupType::Differential, t.addSecs(180), disk);
    diff.position = 4;
    Backup copy = makeBackup(QStringLiteral("c"), BackupType::Log, t.addSecs(240), disk);
    copy.copyOnly = true;
    copy.position = 5;
    Backup tail = makeBackup(QStringLiteral("t"), BackupType::Log, t.addSecs(300), disk);
    tail.tailLog = true;
    tail.position = 6;
    p.backups = {partial, partialDiff, fileDiff, diff, copy, tail};
    TimelineEvent failure; // damages PRIMARY after the copy-only log: the tail needs NO_TRUNCATE
    failure.kind = EventKind::Failure;
    failure.at = t.addSecs(250);
    failure.filegroups = {QStringLiteral("primary")};
    // imoltp_secondary becomes read-only before the partial backup, so that backup names it.
    p.database.filegroups[p.database.filegroupIndex(QStringLiteral("imoltp_secondary"))].readOnly = false;
    TimelineEvent readOnly;
    readOnly.kind = EventKind::SetReadOnly;
    readOnly.at = t.addSecs(-3600);
    readOnly.filegroup = QStringLiteral("IMOLTP_secondary");
    p.events = {readOnly, failure};

    const QString script = TsqlWriter::backupScript(p);
    QVERIFY2(script.contains(QStringLiteral(
                 "-- 2017-03-07T01:00:00: partial backup p of PRIMARY and every read/write filegroup, plus the "
                 "read-only filegroup imoltp_secondary.\n"
                 "BACKUP DATABASE [imoltp]\n    READ_WRITE_FILEGROUPS,\n    FILEGROUP = N'imoltp_secondary'\n"
                 "    TO DISK = N'c:\\b\\1.bak'\n    WITH\n        INIT;\nGO\n")),
             qPrintable(script));
    QVERIFY(script.contains(QStringLiteral("BACKUP DATABASE [imoltp]\n    READ_WRITE_FILEGROUPS\n    TO DISK = N'c:\\b\\1.bak'\n"
                                           "    WITH\n        DIFFERENTIAL,\n        NOINIT;\nGO\n")));
    QVERIFY(script.contains(QStringLiteral("BACKUP DATABASE [imoltp]\n    FILEGROUP = N'imoltp_secondary',\n"
                                           "    FILE = N'imoltp_secondary'\n    TO DISK = N'c:\\b\\a.bak', URL = N'https://x/b.bak'\n"
                                           "    WITH\n        DIFFERENTIAL,\n        INIT;\nGO\n")));
    QVERIFY(script.contains(QStringLiteral("BACKUP DATABASE [imoltp]\n    TO DISK = N'c:\\b\\1.bak'\n"
                                           "    WITH\n        DIFFERENTIAL,\n        NOINIT;\nGO\n")));
    QVERIFY(script.contains(QStringLiteral("copy-only log backup c of the transaction log.\nBACKUP LOG [imoltp]\n"
                                           "    TO DISK = N'c:\\b\\1.bak'\n    WITH\n        COPY_ONLY,\n        NOINIT;\nGO\n")));
    QVERIFY(script.contains(QStringLiteral("-- 2017-03-07T01:04:10: FAILURE: damaged: PRIMARY; the log is intact, "
                                           "so its tail can still be backed up.\n")));
    QVERIFY(script.endsWith(QStringLiteral("BACKUP LOG [imoltp]\n    TO DISK = N'c:\\b\\1.bak'\n    WITH\n"
                                           "        NORECOVERY,\n        NO_TRUNCATE,\n        NOINIT;\nGO\n")));
    // Without a failure the tail-log backup only takes NORECOVERY.
    p.events.removeLast();
    QVERIFY(TsqlWriter::backupScript(p).endsWith(QStringLiteral("        NORECOVERY,\n        NOINIT;\nGO\n")));
}

void TestTsqlWriter::backupOrderAndEvents()
{
    Project p;
    p.database.name = QStringLiteral("db");
    p.database.recoveryModel = RecoveryModel::Simple;
    p.database.filegroups = {Filegroup{QStringLiteral("PRIMARY"), FilegroupType::Rows, false, {}},
                             Filegroup{QStringLiteral("Archive"), FilegroupType::Rows, true, {}}};
    const QDateTime t = PlanTime::make(2024, 5, 1, 10, 0);
    const QStringList m{QStringLiteral("m")};
    Backup late = makeBackup(QStringLiteral("late"), BackupType::Log, t.addSecs(600), m);
    Backup sameB = makeBackup(QStringLiteral("sameB"), BackupType::Log, t, m);
    sameB.lastLsn = Lsn::fromString(u"200");
    Backup sameA = makeBackup(QStringLiteral("sameA"), BackupType::Log, t, m);
    sameA.lastLsn = Lsn::fromString(u"100");
    Backup tieFirst = makeBackup(QStringLiteral("tieFirst"), BackupType::Full, t.addSecs(-60), m);
    Backup tieSecond = makeBackup(QStringLiteral("tieSecond"), BackupType::Full, t.addSecs(-60), m);
    p.backups = {late, sameB, tieFirst, sameA, tieSecond};
    TimelineEvent full;
    full.kind = EventKind::SetRecoveryModel;
    full.recoveryModel = RecoveryModel::Full;
    full.at = t.addSecs(-60); // same time as the full backups: comes first
    TimelineEvent rw;
    rw.kind = EventKind::SetReadWrite;
    rw.filegroup = QStringLiteral("archive");
    rw.at = t.addSecs(300);
    TimelineEvent mark;
    mark.kind = EventKind::Mark;
    mark.name = QStringLiteral("before_upgrade");
    mark.at = t.addSecs(900); // after every backup: at the end
    p.events = {mark, rw, full};

    const QString script = TsqlWriter::backupScript(p);
    QVERIFY(script.contains(QStringLiteral("-- Start of the timeline: the SIMPLE recovery model.\nALTER DATABASE [db] SET RECOVERY SIMPLE;\nGO\n\n-- Start of the timeline: filegroup Archive is read-only.\nALTER DATABASE [db] MODIFY FILEGROUP [Archive] READ_ONLY;\n")));
    const QStringList order{QStringLiteral("SET RECOVERY FULL;"), QStringLiteral("full backup tieFirst"),
                            QStringLiteral("full backup tieSecond"), QStringLiteral("log backup sameA"),
                            QStringLiteral("log backup sameB"), QStringLiteral("MODIFY FILEGROUP [Archive] READ_WRITE;"),
                            QStringLiteral("log backup late"), QStringLiteral("marked transaction before_upgrade")};
    qsizetype at = 0;
    for (const QString &s : order) {
        const qsizetype found = script.indexOf(s, at);
        QVERIFY2(found >= 0, qPrintable(s + QStringLiteral(" missing or out of order in\n") + script));
        at = found;
    }
    QVERIFY(script.contains(QStringLiteral("-- 2024-05-01T09:59:00: switch to the FULL recovery model (the log chain "
                                           "breaks or restarts here, R-LOG-008).\nALTER DATABASE [db] SET RECOVERY FULL;\nGO\n")));
    QVERIFY(script.endsWith(QStringLiteral("between BEGIN and COMMIT.\nBEGIN TRANSACTION [before_upgrade] WITH MARK;\n"
                                           "COMMIT TRANSACTION [before_upgrade];\nGO\n")));
}

void TestTsqlWriter::hostileNamesAreQuoted_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("id");  // as QUOTENAME writes it
    QTest::addColumn<QString>("str"); // as N'…'
    QTest::newRow("bracket") << QStringLiteral("a]b") << QStringLiteral("[a]]b]") << QStringLiteral("N'a]b'");
    QTest::newRow("injection") << QStringLiteral("x'; DROP DATABASE y; --")
                               << QStringLiteral("[x'; DROP DATABASE y; --]")
                               << QStringLiteral("N'x''; DROP DATABASE y; --'");
    QTest::newRow("unicode") << QStringLiteral("Ümlaut_数据") << QStringLiteral("[Ümlaut_数据]")
                             << QStringLiteral("N'Ümlaut_数据'");
}

void TestTsqlWriter::hostileNamesAreQuoted()
{
    QFETCH(QString, name);
    QFETCH(QString, id);
    QFETCH(QString, str);
    const Project p = hostileProject(name);
    const QString restore = TsqlWriter::restoreScript(p, p.plans.first());
    const QString backup = TsqlWriter::backupScript(p);
    for (const QString &part : {QStringLiteral("BACKUP LOG ") + id + QStringLiteral("\n    TO DISK = ") + str,
                                QStringLiteral("ALTER DATABASE ") + id + QStringLiteral(" SET OFFLINE"),
                                QStringLiteral("RESTORE DATABASE ") + id + QStringLiteral("\n"),
                                QStringLiteral("STANDBY = ") + str + u',',
                                QStringLiteral("MOVE ") + str + QStringLiteral(" TO ") + str + u',',
                                QStringLiteral("    FILEGROUP = ") + str + QStringLiteral(",\n    FILE = ") + str,
                                QStringLiteral("FROM DISK = ") + str + QStringLiteral(", DISK = ") + str + u'\n',
                                QStringLiteral("STOPATMARK = ") + str + u',',
                                QStringLiteral("RESTORE LOG ") + id})
        QVERIFY2(restore.contains(part), qPrintable(part + QStringLiteral("\nnot in\n") + restore));
    for (const QString &part : {QStringLiteral("MODIFY FILEGROUP ") + id + QStringLiteral(" READ_ONLY;"),
                                QStringLiteral("BEGIN TRANSACTION ") + id + QStringLiteral(" WITH MARK;\nCOMMIT TRANSACTION ")
                                    + id + u';',
                                QStringLiteral("ALTER DATABASE ") + id + QStringLiteral(" SET RECOVERY FULL;")})
        QVERIFY2(backup.contains(part), qPrintable(part + QStringLiteral("\nnot in\n") + backup));
    QVERIFY(!restore.contains(QLatin1String("DECLARE")));
    QVERIFY(!backup.contains(QLatin1String("DECLARE")));
    verifyScriptIsInert(restore, 6);
    verifyScriptIsInert(backup, 8); // 6 events and backups, the tail, and the start-of-timeline recovery model
}

void TestTsqlWriter::breakingNamesUseVariables()
{
    Project p = hostileProject(QStringLiteral("fg\r\n:r evil"));
    p.database.name = QStringLiteral("db\nGO\n");
    for (Backup &b : p.backups)
        b.media.fill(QStringLiteral("c:\\$(x).bak"));
    const QString restore = TsqlWriter::restoreScript(p, p.plans.first());
    QVERIFY2(restore.contains(QStringLiteral(
                 "DECLARE @rd_sql nvarchar(max) = N'ALTER DATABASE [db' + NCHAR(10) + N'GO' + NCHAR(10) + "
                 "N'] SET OFFLINE WITH ROLLBACK IMMEDIATE;';\nEXEC (@rd_sql);\nGO\n")),
             qPrintable(restore));
    QVERIFY(restore.contains(QStringLiteral(
        "DECLARE @rd_name1 nvarchar(4000) = N'db' + NCHAR(10) + N'GO' + NCHAR(10);\n"
        "DECLARE @rd_name2 nvarchar(4000) = N'fg' + NCHAR(13) + NCHAR(10) + N':r evil';\n"
        "DECLARE @rd_name3 nvarchar(4000) = N'c:\\$' + N'(x).bak';\n"
        "RESTORE DATABASE @rd_name1\n"
        "    FILEGROUP = @rd_name2,\n"
        "    FILE = @rd_name2\n"
        "    FROM DISK = @rd_name3, DISK = @rd_name3\n"
        "    WITH\n        FILE = 1,\n        NORECOVERY,\n        NOUNLOAD,\n        STATS = 10;\nGO\n")));
    // Variables are numbered in order of use within each batch.
    QVERIFY(restore.contains(QStringLiteral(
        "DECLARE @rd_name1 nvarchar(4000) = N'db' + NCHAR(10) + N'GO' + NCHAR(10);\n"
        "DECLARE @rd_name2 nvarchar(4000) = N'c:\\$' + N'(x).bak';\n"
        "DECLARE @rd_name3 nvarchar(4000) = N'fg' + NCHAR(13) + NCHAR(10) + N':r evil';\n"
        "RESTORE DATABASE @rd_name1\n"
        "    FROM DISK = @rd_name2\n"
        "    WITH\n        FILE = 1,\n        PARTIAL,\n        STANDBY = @rd_name3,\n"
        "        MOVE @rd_name3 TO @rd_name3,\n        NOUNLOAD,\n")));
    // STOPATMARK takes a literal only, so the statement becomes dynamic SQL.
    QVERIFY2(restore.contains(QStringLiteral(
        "DECLARE @rd_sql nvarchar(max) = N'RESTORE LOG [db' + NCHAR(10) + N'GO' + NCHAR(10) + N']' + NCHAR(10) + "
        "N'    FROM DISK = N''c:\\$' + N'(x).bak''' + NCHAR(10) + N'    WITH' + NCHAR(10) + N'        FILE = 1,' + "
        "NCHAR(10) + N'        NORECOVERY,' + NCHAR(10) + N'        STOPATMARK = N''fg' + NCHAR(13) + NCHAR(10) + "
        "N':r evil'',' + NCHAR(10) + N'        NOUNLOAD,' + NCHAR(10) + N'        STATS = 10;';\nEXEC (@rd_sql);\nGO\n")),
             qPrintable(restore));
    QVERIFY(restore.startsWith(QStringLiteral("-- Restore plan \"fg\\r\\n:r evil\" for database db\\nGO\\n\n")));
    const QString backup = TsqlWriter::backupScript(p);
    QVERIFY2(backup.contains(QStringLiteral(
                 "DECLARE @rd_name1 nvarchar(4000) = N'fg' + NCHAR(13) + NCHAR(10) + N':r evil';\n"
                 "BEGIN TRANSACTION @rd_name1 WITH MARK;\nCOMMIT TRANSACTION @rd_name1;\nGO\n")),
             qPrintable(backup));
}

void TestTsqlWriter::breakingNamesNeverReachTheScript_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("GO line") << QStringLiteral("a\nGO\nb");
    QTest::newRow("GO alone") << QStringLiteral("\ngo\n");
    QTest::newRow("GO with count") << QStringLiteral("x\r GO 2 \r");
    QTest::newRow("sqlcmd shell") << QStringLiteral("x\r\n:!! del c:\\*.*\r\n");
    QTest::newRow("sqlcmd include") << QStringLiteral("x\n:r \\\\evil\\share\\s.sql");
    QTest::newRow("sqlcmd exit") << QStringLiteral("x\nEXIT\n");
    QTest::newRow("sqlcmd variable") << QStringLiteral("$(SQLCMDUSER)");
    QTest::newRow("unicode separators") << QStringLiteral("a\u2028GO\u2029:r y\u0085GO");
    QTest::newRow("vertical tab, form feed") << QStringLiteral("a\vGO\f:r y");
    QTest::newRow("block comment") << QStringLiteral("/*\nGO\n*/");
    // Trojan Source: shown right to left, "x' WITH RECOVERY --" would read differently than it runs.
    QTest::newRow("bidi override") << QStringLiteral("fg\u202E-- \u2066x\u2069");
    QTest::newRow("everything") << QStringLiteral("a]b'\n$(x)\nGO\n:!! x\n数据");
}

void TestTsqlWriter::breakingNamesNeverReachTheScript()
{
    QFETCH(QString, name);
    const Project p = hostileProject(name);
    verifyScriptIsInert(TsqlWriter::restoreScript(p, p.plans.first()), 6);
    verifyScriptIsInert(TsqlWriter::backupScript(p), 8);
}

QTEST_APPLESS_MAIN(TestTsqlWriter)
#include "tst_tsqlwriter.moc"
