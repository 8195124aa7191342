// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/domain/plantime.h"
#include "model/rules/planvalidator.h"
#include "model/simulation/historyindex.h"
#include "model/simulation/lsnderivation.h"
#include "model/simulation/pagelist.h"
#include "model/simulation/restorescope.h"
#include "model/simulation/restoresimulator.h"
#include "tests/model/plansteps.h"
#include "diagnosticqueries.h"
#include "sampleloader.h"

#include <QTest>

using namespace rd;
using namespace rd::test;

/// Page restore (docs/relational-databases/backup-restore/restore-pages-sql-server.md): the page list,
/// the simulated states and the rules. The base is the page's T-SQL example (tests/data/scenarios/
/// restore-pages.json): four pages of file B (file ID 1, the primary data file, 100 MB = 12,800 pages)
/// restored online from a file backup of B, two log backups, a new log backup, restored WITH RECOVERY.
class TestPageRestore : public QObject
{
    Q_OBJECT
private slots:
    void parsesFilePagePairs();
    void numbersFilesAsSysDatabaseFiles();
    void refusesBootLogAndAllocationPages();
    void workedExampleKeepsTheDatabaseOnline();
    void pageListAloneRestoresNoWholeFile();
    void invalidEntriesNameTheStepAndTheString();
    void atMostThousandPagesPerFileInASequence();
    void sourceMustHoldTheFile();
    void differentialOnlyAfterTheFullOrFileBackup();
    void readOnlyFilegroupIsRefused();
    void fileRestoredWholeIsRefused();
    void wholeFileRestoreSupersedesThePages();
    void damagedFileCountsAsOnline();
    void standbyIsRefusedOnline();
    void onlineLogRestoreNeedsEveryStripe();
    void standardEditionMustGoOfflineFirst();
    void offlinePageRestoreNeedsTheTailLog();
    void offlinePointIsTheLastPageRestore();
    void simpleRecoveryModelIsRefused();
    void damagedLogRulesOutPageRestore();

private:
    static Project example();
    static const QStringList Pages;
};

const QStringList TestPageRestore::Pages{QStringLiteral("1:57"), QStringLiteral("1:202"), QStringLiteral("1:916"),
                                         QStringLiteral("1:1016")};

namespace {

PlanStep pageStep(const char *backupId, QStringList pages, RecoveryOption r = RecoveryOption::NoRecovery)
{
    PlanStep s;
    s.statement = StepStatement::RestoreDatabase;
    s.backup = QString::fromLatin1(backupId);
    s.pages = pages;
    s.recovery = r;
    return s;
}

QStringList pagesOf(const StepState &s)
{
    QStringList out;
    for (const RestoringPage &p : s.pagesRestoring)
        out << p.toString();
    return out;
}

QStringList range(qint64 from, qint64 to) // "1:from" … "1:to"
{
    QStringList out;
    for (qint64 p = from; p <= to; ++p)
        out << QStringLiteral("1:%1").arg(p);
    return out;
}

/// Adds filegroup A (file a1, file ID 3: after the primary data file and the log) to the layout.
void addFilegroupA(Project &p, bool readOnly = false)
{
    Filegroup a;
    a.name = QStringLiteral("A");
    a.readOnly = readOnly;
    a.files << DataFile{QStringLiteral("a1"), QStringLiteral("C:\\data\\a1.ndf"), 104857600};
    p.database.filegroups << a;
}

const Backup &backupNamed(const BackupList &backups, const char *id)
{
    for (const Backup &b : backups)
        if (b.id == QLatin1String(id))
            return b;
    qFatal("no backup %s", id);
}

} // namespace

Project TestPageRestore::example()
{
    return loadProject(QStringLiteral(RD_SOURCE_DIR "/tests/data/scenarios/restore-pages.json"));
}

void TestPageRestore::parsesFilePagePairs()
{
    // PAGE = 'file:page [ ,...n ]' with numeric IDs (RESTORE arguments, PAGE; error 4350).
    QCOMPARE(PageList::parse(u"1:57"), (std::optional<std::pair<int, qint64>>{{1, 57}}));
    QCOMPARE(PageList::parse(u" 3 : 1016 "), (std::optional<std::pair<int, qint64>>{{3, 1016}}));
    for (const char16_t *bad : {u"1;57", u"a:57", u"1:", u":57", u"-1:57", u"1:57:2", u"1:5x", u""})
        QVERIFY2(!PageList::parse(bad), qPrintable(QString::fromUtf16(bad)));
    // Page IDs are int: a data file holds at most 16 TB = 2^31 pages of 8 KB (maximum capacity
    // specifications), so the last page ID is 2147483647; 2^32 + 57 is no page 57 (issue 8, item 2).
    QCOMPARE(PageList::parse(u"1:2147483647"), (std::optional<std::pair<int, qint64>>{{1, 2147483647}}));
    for (const char16_t *bad : {u"1:2147483648", u"1:4294967353", u"4294967297:57", u"1:99999999999999999999"})
        QVERIFY2(!PageList::parse(bad), qPrintable(QString::fromUtf16(bad)));
}

void TestPageRestore::numbersFilesAsSysDatabaseFiles()
{
    // The choice documented in docs/validation-choices.md: 1 = PRIMARY's first file, 2 = the log, then the
    // other data files in layout order (PRIMARY's first), then the other log files.
    Database db;
    db.name = QStringLiteral("d");
    Filegroup a{QStringLiteral("A")};
    a.files << DataFile{QStringLiteral("a1")};
    Filegroup primary{QStringLiteral("PRIMARY")};
    primary.files << DataFile{QStringLiteral("p1")} << DataFile{QStringLiteral("p2")};
    Filegroup fs{QStringLiteral("FS"), FilegroupType::Filestream};
    fs.files << DataFile{QStringLiteral("fs1")};
    db.filegroups << a << primary << fs; // PRIMARY need not come first in the layout
    db.logFiles << DataFile{QStringLiteral("l1")} << DataFile{QStringLiteral("l2")};
    const FileCatalog catalog(db);
    QCOMPARE(PageList::fileIdOf(db, catalog, catalog.fileIndex(QStringLiteral("p1"))), 1);
    QCOMPARE(PageList::fileIdOf(db, catalog, catalog.fileIndex(QStringLiteral("p2"))), 3);
    QCOMPARE(PageList::fileIdOf(db, catalog, catalog.fileIndex(QStringLiteral("a1"))), 4);
    QCOMPARE(PageList::fileIdOf(db, catalog, catalog.fileIndex(QStringLiteral("fs1"))), 5);

    const QList<PageList::Entry> e = PageList::read(
        db, catalog,
        {QStringLiteral("4:57"), QStringLiteral("2:57"), QStringLiteral("6:57"), QStringLiteral("5:57"),
         QStringLiteral("7:57"), QStringLiteral("3:9")});
    QVERIFY(e[0].problem == PageList::Problem::None);
    QCOMPARE(e[0].file, catalog.fileIndex(QStringLiteral("a1")));
    QVERIFY(e[1].problem == PageList::Problem::LogFile);     // the first log file
    QVERIFY(e[2].problem == PageList::Problem::LogFile);     // the second log file, after the data files
    QVERIFY(e[3].problem == PageList::Problem::NoPages);     // a FILESTREAM container
    QVERIFY(e[4].problem == PageList::Problem::UnknownFile);
    QVERIFY(e[5].problem == PageList::Problem::None);        // page 9 is the database boot page of file 1 only
}

void TestPageRestore::refusesBootLogAndAllocationPages()
{
    // "Page restore cannot be used to restore … GAM, SGAM, PFS pages; page 0 of all data files; page 1:9";
    // PFS pages: 1, 8088, 16176… (pages-and-extents-architecture-guide.md); GAM/SGAM: 2 and 3, then every
    // 511,232 pages.
    QCOMPARE(PageList::allocationKind(1), QStringLiteral("PFS"));
    QCOMPARE(PageList::allocationKind(8088), QStringLiteral("PFS"));
    QCOMPARE(PageList::allocationKind(16176), QStringLiteral("PFS"));
    QCOMPARE(PageList::allocationKind(2), QStringLiteral("GAM"));
    QCOMPARE(PageList::allocationKind(511232), QStringLiteral("GAM"));
    QCOMPARE(PageList::allocationKind(3), QStringLiteral("SGAM"));
    QCOMPARE(PageList::allocationKind(511233), QStringLiteral("SGAM"));
    for (qint64 page : {4, 9, 57, 8089, 511234})
        QVERIFY2(PageList::allocationKind(page).isEmpty(), qPrintable(QString::number(page)));

    const Project p = example();
    const FileCatalog catalog(p.database);
    const QList<PageList::Entry> e = PageList::read(
        p.database, catalog,
        {QStringLiteral("1:0"), QStringLiteral("1:9"), QStringLiteral("1:2"), QStringLiteral("1:12799"),
         QStringLiteral("1:12800")});
    QVERIFY(e[0].problem == PageList::Problem::FileBootPage);
    QVERIFY(e[1].problem == PageList::Problem::DatabaseBootPage);
    QVERIFY(e[2].problem == PageList::Problem::AllocationPage);
    QVERIFY(e[3].problem == PageList::Problem::None);      // the last page of a 100 MB file (12,800 pages of 8 KiB)
    QVERIFY(e[4].problem == PageList::Problem::BeyondEnd); // error 3194
}

void TestPageRestore::workedExampleKeepsTheDatabaseOnline()
{
    const Project p = example();
    const Plan &plan = p.plans.first();
    const SimulationResult sim = RestoreSimulator::simulate(p, plan);
    const BackupList backups = LsnDerivation::derive(p.backups);
    QCOMPARE(sim.steps.size(), 5);

    // "This example performs an online restore"; "during an online page restore, only the page is offline".
    const StepState &restored = sim.steps[0];
    QCOMPARE(toString(restored.database), QStringLiteral("ONLINE"));
    QCOMPARE(state(restored, "PRIMARY"), QStringLiteral("ONLINE"));
    QCOMPARE(toString(restored.access.value(0)), QStringLiteral("read-write"));
    QCOMPARE(pagesOf(restored), Pages);
    QCOMPARE(restored.pagesRestoring.first().file, QStringLiteral("B"));
    QCOMPARE(restored.pagesRestoring.first().filegroup, QStringLiteral("PRIMARY"));
    // The pages stand where their backup ends (its lastLsn), then each log moves them on.
    QCOMPARE(restored.redoLsn, backupNamed(backups, "file_backup_of_file_B").lastLsn);
    QCOMPARE(sim.steps[2].redoLsn, backupNamed(backups, "log_backup2").lastLsn);
    QCOMPARE(pagesOf(sim.steps[3]), Pages); // BACKUP LOG changes nothing

    // "After this new log backup is applied, the page restore is completed and the pages are now usable."
    QCOMPARE(toString(sim.steps[4].database), QStringLiteral("ONLINE"));
    QVERIFY(sim.steps[4].pagesRestoring.isEmpty());
    const QList<Diagnostic> ds = PlanValidator::validate(p, plan, sim);
    QVERIFY2(ds.isEmpty(), qPrintable(dump(ds)));
}

void TestPageRestore::pageListAloneRestoresNoWholeFile()
{
    // A RESTORE … PAGE of PRIMARY's file does not overwrite the database (no tail-log rule) nor restore PRIMARY.
    const Project p = example();
    const HistoryIndex index(p);
    const PlanStep &step = p.plans.first().steps.first();
    QVERIFY(RestoreScope::ofStep(index, step, p.backup(step.backup)).isEmpty());
}

void TestPageRestore::invalidEntriesNameTheStepAndTheString()
{
    Project p = example();
    const QStringList bad{QStringLiteral("1:9"),  QStringLiteral("1:0"),    QStringLiteral("x:57"),
                          QStringLiteral("9:57"), QStringLiteral("2:57"),   QStringLiteral("1:8088"),
                          QStringLiteral("1:20000")};
    p.plans.first().steps[0].pages = bad + QStringList{QStringLiteral("1:57")};
    const Plan &plan = p.plans.first();
    const SimulationResult sim = RestoreSimulator::simulate(p, plan);
    const QList<Diagnostic> ds = PlanValidator::validate(p, plan, sim);
    const QList<Diagnostic> page = found(ds, "R-PAGE-001");
    QCOMPARE(page.size(), bad.size());
    for (qsizetype k = 0; k < bad.size(); ++k) {
        QCOMPARE(page[k].step, 0);
        QCOMPARE(toString(page[k].severity), QStringLiteral("error"));
        QVERIFY2(page[k].message.startsWith(QStringLiteral("Step 1: page \"%1\" ").arg(bad[k])), qPrintable(page[k].message));
    }
    QVERIFY(page[0].message.contains(QStringLiteral("database boot page")));
    QVERIFY(page[3].message.contains(QStringLiteral("file ID 9")));
    QVERIFY(page[4].message.contains(QStringLiteral("log file")));
    QVERIFY(page[5].message.contains(QStringLiteral("PFS")));
    QVERIFY(page[6].message.contains(QStringLiteral("12800 pages")));
    // The fix for a refused entry drops it from the list; a malformed one has no edit.
    QVERIFY(page[0].edit.kind == ProjectEdit::Kind::ReplaceStep);
    QVERIFY(!page[0].edit.value.pages.contains(QStringLiteral("1:9")));
    QVERIFY(!page[2].edit.isValid());
    // SQL Server refuses the whole statement: nothing is restoring, and the logs find nothing to roll forward.
    QVERIFY(sim.steps[0].pagesRestoring.isEmpty());
    QCOMPARE(count(ds, "R-GEN-005", 1), 1);
}

void TestPageRestore::atMostThousandPagesPerFileInASequence()
{
    // "The maximum number of pages that can be restored into any single file in a restore sequence is 1000" (3105).
    Project p = example();
    QList<PlanStep> &steps = p.plans.first().steps;
    steps[0].pages = range(10, 609); // 600 pages
    steps.insert(1, pageStep("file_backup_of_file_B", range(610, 1010))); // 401 more: 1001
    SimulationResult sim = RestoreSimulator::simulate(p, p.plans.first());
    const Diagnostic *d = find(sim.diagnostics, "R-PAGE-001", 1);
    QVERIFY2(d, qPrintable(dump(sim.diagnostics)));
    QVERIFY(d->message.contains(QStringLiteral("1001")) && d->message.contains(QStringLiteral("3105")));
    QCOMPARE(sim.steps[1].pagesRestoring.size(), 600); // refused: the first 600 stay

    steps[1].pages = range(610, 1009); // exactly 1000
    sim = RestoreSimulator::simulate(p, p.plans.first());
    QCOMPARE(count(sim.diagnostics, "R-PAGE-001"), 0);
    QCOMPARE(sim.steps[1].pagesRestoring.size(), 1000);
}

void TestPageRestore::sourceMustHoldTheFile()
{
    // "Start a page restore with a full database, file, or filegroup backup that contains the page."
    Project p = example();
    addFilegroupA(p);
    p.plans.first().steps[0].pages = {QStringLiteral("3:57")}; // a1; the file backup holds only B
    const SimulationResult sim = RestoreSimulator::simulate(p, p.plans.first());
    const Diagnostic *d = find(sim.diagnostics, "R-PAGE-002", 0);
    QVERIFY2(d, qPrintable(dump(sim.diagnostics)));
    QVERIFY(d->message.contains(QStringLiteral("does not hold file a1")));
    QVERIFY(sim.steps[0].pagesRestoring.isEmpty());

    p.plans.first().steps[0].backup = QStringLiteral("full_backup"); // the full backup holds every file
    const SimulationResult full = RestoreSimulator::simulate(p, p.plans.first());
    QCOMPARE(count(full.diagnostics, "R-PAGE-002"), 0);
    QCOMPARE(pagesOf(full.steps[0]), QStringList{QStringLiteral("3:57")});
    QCOMPARE(full.steps[0].pagesRestoring.first().filegroup, QStringLiteral("A"));
}

void TestPageRestore::differentialOnlyAfterTheFullOrFileBackup()
{
    // "Apply the most recent differentials" after the full or file backup; never as the start (3195).
    const Project p = loadProject(QStringLiteral(RD_SOURCE_DIR "/tests/data/scenarios/restore-pages--differential.json"));
    const BackupList backups = LsnDerivation::derive(p.backups);
    const SimulationResult sim = RestoreSimulator::simulate(p, p.plans.first());
    QVERIFY2(!hasErrors(sim.diagnostics), qPrintable(dump(sim.diagnostics)));
    QCOMPARE(sim.steps[1].redoLsn, backupNamed(backups, "diff_backup").lastLsn);

    Project first = p;
    first.plans.first().steps.removeFirst(); // the differential alone
    const SimulationResult refused = RestoreSimulator::simulate(first, first.plans.first());
    const Diagnostic *d = find(refused.diagnostics, "R-PAGE-002", 0);
    QVERIFY2(d && d->message.contains(QStringLiteral("3195")), qPrintable(dump(refused.diagnostics)));
    QVERIFY(refused.steps[0].pagesRestoring.isEmpty());
}

void TestPageRestore::readOnlyFilegroupIsRefused()
{
    // "Page restore is supported only for read/write filegroups" (4344).
    Project p = example();
    addFilegroupA(p, true);
    p.plans.first().steps[0] = pageStep("full_backup", {QStringLiteral("3:57")});
    const SimulationResult sim = RestoreSimulator::simulate(p, p.plans.first());
    const Diagnostic *d = find(sim.diagnostics, "R-PAGE-002", 0);
    QVERIFY2(d && d->message.contains(QStringLiteral("4344")), qPrintable(dump(sim.diagnostics)));
    QCOMPARE(d->filegroup, QStringLiteral("A"));
}

void TestPageRestore::fileRestoredWholeIsRefused()
{
    // 4309: "The state of file … prevents restoring individual pages. Only a file restore is currently possible."
    Project p = example();
    addFilegroupA(p);
    PlanStep file = pageStep("full_backup", {});
    file.files = {QStringLiteral("a1")};
    QList<PlanStep> &steps = p.plans.first().steps;
    steps[0] = pageStep("full_backup", {QStringLiteral("3:57")});
    steps.insert(0, file);
    const SimulationResult sim = RestoreSimulator::simulate(p, p.plans.first());
    const Diagnostic *d = find(sim.diagnostics, "R-PAGE-002", 1);
    QVERIFY2(d && d->message.contains(QStringLiteral("4309")), qPrintable(dump(sim.diagnostics)));
}

void TestPageRestore::wholeFileRestoreSupersedesThePages()
{
    Project p = example();
    addFilegroupA(p);
    PlanStep file = pageStep("full_backup", {});
    file.files = {QStringLiteral("a1")};
    QList<PlanStep> &steps = p.plans.first().steps;
    steps[0] = pageStep("full_backup", {QStringLiteral("3:57")});
    steps.insert(1, file);
    const SimulationResult sim = RestoreSimulator::simulate(p, p.plans.first());
    QCOMPARE(pagesOf(sim.steps[0]), QStringList{QStringLiteral("3:57")});
    QCOMPARE(state(sim.steps[0], "A"), QStringLiteral("ONLINE"));
    QVERIFY(sim.steps[1].pagesRestoring.isEmpty());
    QCOMPARE(state(sim.steps[1], "A"), QStringLiteral("RESTORING"));
}

void TestPageRestore::damagedFileCountsAsOnline()
{
    // A FAILURE of filegroup A leaves a1 SUSPECT; restoring pages of it says the damage is in those pages, and a
    // damaged page "can be restored while the database remains online, including the filegroup".
    Project p = example();
    addFilegroupA(p);
    TimelineEvent failure;
    failure.kind = EventKind::Failure;
    failure.at = PlanTime::make(2024, 5, 6, 3, 30);
    failure.filegroups = {QStringLiteral("A")};
    p.events << failure;
    p.plans.first().steps[0] = pageStep("full_backup", {QStringLiteral("3:57")});
    const SimulationResult sim = RestoreSimulator::simulate(p, p.plans.first());
    QCOMPARE(state(sim.initial, "A"), QStringLiteral("SUSPECT"));
    QCOMPARE(state(sim.steps[0], "A"), QStringLiteral("ONLINE"));
    QCOMPARE(toString(sim.steps[0].database), QStringLiteral("ONLINE"));
    QCOMPARE(pagesOf(sim.steps[0]), QStringList{QStringLiteral("3:57")});
    const QList<Diagnostic> ds = PlanValidator::validate(p, p.plans.first(), sim);
    QVERIFY2(!hasErrors(ds), qPrintable(dump(ds)));
    QVERIFY(sim.steps.last().pagesRestoring.isEmpty());
}

void TestPageRestore::standbyIsRefusedOnline()
{
    // STANDBY "is disallowed for online restore" (R-ONL-008), a page restore included.
    Project p = example();
    p.plans.first().steps[0].recovery = RecoveryOption::Standby;
    p.plans.first().steps[0].standbyFile = QStringLiteral("C:\\data\\undo.bak");
    const SimulationResult sim = RestoreSimulator::simulate(p, p.plans.first());
    QCOMPARE(count(sim.diagnostics, "R-ONL-008", 0), 1);
    QVERIFY(sim.steps[0].pagesRestoring.isEmpty());
}

void TestPageRestore::onlineLogRestoreNeedsEveryStripe()
{
    // "Online restore requires all the backup devices of the backup" (R-ONL-003): the log restores of an online
    // page restore too, although no filegroup is RESTORING.
    Project p = example();
    for (Backup &b : p.backups)
        if (b.id == QLatin1String("log_backup1"))
            b.mediaFamilyCount = 2;
    const QList<Diagnostic> ds = PlanValidator::validate(p, p.plans.first());
    QCOMPARE(count(ds, "R-ONL-003", 1), 1);
}

void TestPageRestore::standardEditionMustGoOfflineFirst()
{
    // "SQL Server Enterprise edition supports online page restores"; other editions restore pages offline, which
    // starts with the tail-log backup WITH NORECOVERY.
    Project p = example();
    p.database.edition = Edition::Standard;
    const SimulationResult sim = RestoreSimulator::simulate(p, p.plans.first());
    const Diagnostic *d = find(sim.diagnostics, "R-ONL-001", 0);
    QVERIFY2(d, qPrintable(dump(sim.diagnostics)));
    // A real tail-log backup, added to the history beside the others, and the step that takes it
    // (issue 9: a fix never writes a placeholder device).
    QVERIFY(d->edit.kind == ProjectEdit::Kind::Composite);
    const Backup &tail = d->edit.parts[0].backup;
    QVERIFY(d->edit.parts[0].kind == ProjectEdit::Kind::AddBackup && tail.isLog() && tail.tailLog);
    QCOMPARE(tail.media.size(), 1);
    QVERIFY2(tail.media[0].endsWith(QLatin1String("\\") + tail.id + QLatin1String(".trn")), qPrintable(tail.media[0]));
    const ProjectEdit &taken = d->edit.parts[1];
    QCOMPARE(taken.step, 0);
    QCOMPARE(toString(taken.value.statement), toString(StepStatement::BackupLog));
    QVERIFY(taken.value.norecovery);
    QCOMPARE(taken.value.backup, tail.id);
    QVERIFY(sim.steps[0].pagesRestoring.isEmpty());
}

void TestPageRestore::offlinePageRestoreNeedsTheTailLog()
{
    // Enterprise, but the database is taken OFFLINE first: "they use offline restore if the database is currently
    // offline", and an offline page restore needs a tail-log backup first.
    Project p = example();
    QList<PlanStep> &steps = p.plans.first().steps;
    PlanStep offline;
    offline.statement = StepStatement::SetOffline;
    steps = {offline, steps[0], restoreLog("log_backup1"), restoreLog("log_backup2", RecoveryOption::Recovery)};
    const SimulationResult sim = RestoreSimulator::simulate(p, p.plans.first());
    QCOMPARE(toString(sim.steps[1].database), QStringLiteral("RESTORING"));
    QCOMPARE(pagesOf(sim.steps[1]), Pages);
    const Diagnostic *d = find(sim.diagnostics, "R-FILE-003", 1); // reported at the page restore
    QVERIFY2(d, qPrintable(dump(sim.diagnostics)));
    QVERIFY(d->edit.kind == ProjectEdit::Kind::Composite); // the tail-log backup, and the step taking it
    QVERIFY(d->edit.parts[0].kind == ProjectEdit::Kind::AddBackup);
    QCOMPARE(d->edit.parts[1].step, 1);
    QCOMPARE(d->edit.parts[1].value.backup, d->edit.parts[0].backup.id);
    QCOMPARE(toString(sim.steps[3].database), QStringLiteral("RESTORING")); // recovery fails
    QCOMPARE(pagesOf(sim.steps[3]), Pages);
}

void TestPageRestore::offlinePointIsTheLastPageRestore()
{
    // "the point at which the last restored page is taken offline": a log backup taken between two page restores
    // of the same file does not hold it.
    Project p = example();
    Backup second = *p.backup(QStringLiteral("new_log_backup"));
    second.id = QStringLiteral("newer_log_backup");
    second.start = second.start.addSecs(3600);
    second.finish = second.finish.addSecs(3600);
    second.media = {QStringLiteral("D:\\backup\\newer_log_backup.bak")};
    p.backups << second;
    QList<PlanStep> &steps = p.plans.first().steps;
    steps = {pageStep("file_backup_of_file_B", {QStringLiteral("1:57")}), backupLog("new_log_backup"),
             pageStep("file_backup_of_file_B", {QStringLiteral("1:202")}), restoreLog("log_backup1"),
             restoreLog("log_backup2"), restoreLog("new_log_backup", RecoveryOption::Recovery)};
    SimulationResult sim = RestoreSimulator::simulate(p, p.plans.first());
    const Diagnostic *d = find(sim.diagnostics, "R-ONL-005", 5);
    QVERIFY2(d && d->message.contains(QStringLiteral("after step 3")), qPrintable(dump(sim.diagnostics)));
    QCOMPARE(pagesOf(sim.steps[5]), (QStringList{QStringLiteral("1:57"), QStringLiteral("1:202")}));

    steps[5].recovery = RecoveryOption::NoRecovery;
    steps.insert(3, backupLog("newer_log_backup"));
    steps << restoreLog("newer_log_backup", RecoveryOption::Recovery);
    sim = RestoreSimulator::simulate(p, p.plans.first());
    const QList<Diagnostic> ds = PlanValidator::validate(p, p.plans.first(), sim);
    QVERIFY2(!hasErrors(ds), qPrintable(dump(ds)));
    QVERIFY(sim.steps.last().pagesRestoring.isEmpty());
}

void TestPageRestore::simpleRecoveryModelIsRefused()
{
    // "Page restore applies to SQL Server databases that are using the full or bulk-logged recovery models" (4346).
    Project p = example();
    TimelineEvent simple;
    simple.kind = EventKind::SetRecoveryModel;
    simple.recoveryModel = RecoveryModel::Simple;
    simple.at = PlanTime::make(2024, 5, 6, 3, 30); // after the log backups: they exist, but the model is SIMPLE now
    p.events << simple;
    const SimulationResult sim = RestoreSimulator::simulate(p, p.plans.first());
    const Diagnostic *d = find(sim.diagnostics, "R-FILE-001", 0);
    QVERIFY2(d && d->message.contains(QStringLiteral("4346")), qPrintable(dump(sim.diagnostics)));
    QVERIFY(sim.steps[0].pagesRestoring.isEmpty());
}

void TestPageRestore::damagedLogRulesOutPageRestore()
{
    // "An unbroken chain of log backups must be applied … to bring the filegroup that contains the page forward
    // to the current log file": with the log damaged, no tail-log backup can exist (R-FILE-004).
    Project p = example();
    TimelineEvent failure;
    failure.kind = EventKind::Failure;
    failure.at = PlanTime::make(2024, 5, 6, 3, 30);
    failure.filegroups = {QStringLiteral("PRIMARY")};
    failure.logDamaged = true;
    p.events << failure;
    const QList<Diagnostic> ds = PlanValidator::validate(p, p.plans.first());
    QCOMPARE(count(ds, "R-FILE-004", 0), 1);
}

QTEST_GUILESS_MAIN(TestPageRestore)
#include "tst_pagerestore.moc"
