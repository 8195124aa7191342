// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/commands/editcommand.h"
#include "model/commands/projectedits.h"
#include "model/analysis/projectanalysis.h"
#include "model/domain/plantime.h"
#include "model/tsql/tsqlwriter.h"
#include "tests/model/plansteps.h"
#include "sampleloader.h"

#include <QDir>
#include <QRegularExpression>
#include <QMap>
#include <QSet>
#include <QSignalSpy>

#include <functional>

using namespace rd;
using namespace rd::test;

namespace {

using Breaker = std::function<void(Project &)>;

const Diagnostic *find(const ProjectDocument &doc, const QString &rule)
{
    for (const Diagnostic &d : doc.diagnostics(0))
        if (d.rule == rule)
            return &d;
    return nullptr;
}

QString scenarioDir()
{
    return QStringLiteral(RD_SOURCE_DIR "/tests/data/scenarios");
}

/// The corpus' scenario files (tests/data/scenarios/README.md), sorted.
QStringList scenarioFiles()
{
    QStringList out;
    for (const QString &f : QDir(scenarioDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        if (!f.endsWith(QLatin1String(".expected.json")))
            out << f;
    return out;
}

/// Where step `i` is after `edit` (an insertion before it moves it down, a removal up); -2 when the
/// edit removed it. -1 (a plan-wide or history finding) stays -1.
int stepAfter(const ProjectEdit &edit, int i)
{
    if (i < 0)
        return i;
    switch (edit.kind) {
    case ProjectEdit::Kind::InsertStep:
        return i >= edit.step ? i + 1 : i;
    case ProjectEdit::Kind::RemoveStep:
        return i == edit.step ? -2 : i > edit.step ? i - 1 : i;
    case ProjectEdit::Kind::Composite:
        for (const ProjectEdit &part : edit.parts)
            i = i < 0 ? i : stepAfter(part, i);
        return i;
    default:
        return i;
    }
}

/// The same finding: rule, severity, step (mapped through the edit), backup and filegroup.
bool sameFinding(const Diagnostic &a, const Diagnostic &b, int step)
{
    return a.rule == b.rule && a.severity == b.severity && a.step == step && a.backup == b.backup
        && a.filegroup == b.filegroup;
}

QString describe(const Diagnostic &d)
{
    return QStringLiteral("%1@%2 [%3/%4] fix: %5").arg(d.rule).arg(d.step).arg(d.backup, d.filegroup, d.fix);
}

/// Rules whose fix, where the corpus shows one, stays in words: it needs a decision or a fact only the
/// user has. A new text-only fix must be added here with its reason, or offer an edit.
const QMap<QString, QString> &textOnlyOnPurpose()
{
    static const QMap<QString, QString> rules{
        {QStringLiteral("R-BAK-003"), QStringLiteral("a missing base: when to take a new full backup")},
        {QStringLiteral("R-BAK-006"), QStringLiteral("when the backup runs instead (a time on the timeline)")},
        {QStringLiteral("R-DEF-001"), QStringLiteral("whether the filegroup's data is still needed")},
        {QStringLiteral("R-DIFF-005"), QStringLiteral("a new base backup: when to take it")},
        {QStringLiteral("R-DIFF-006"), QStringLiteral("a differential partial backup needs a partial base: a backup strategy")},
        {QStringLiteral("R-DIFF-007"), QStringLiteral("which differential scheme to keep")},
        {QStringLiteral("R-DIFF-008"), QStringLiteral("new file and partial backups: when to take them")},
        {QStringLiteral("R-DIFF-009"), QStringLiteral("a new full backup, or the base GUID read from the media")},
        {QStringLiteral("R-FILE-001"), QStringLiteral("pages under SIMPLE: restore the whole database or change the model")},
        {QStringLiteral("R-FILE-004"), QStringLiteral("a whole-database plan from a full backup of the user's choice")},
        {QStringLiteral("R-FILE-005"), QStringLiteral("which backups end before the target, or give up the point in time")},
        {QStringLiteral("R-FILE-010"), QStringLiteral("new backups: which and when")},
        {QStringLiteral("R-FS-003"), QStringLiteral("an NTFS path on the target server")},
        {QStringLiteral("R-GEN-002"), QStringLiteral("a fact about the target server (its version)")},
        {QStringLiteral("R-GEN-007"), QStringLiteral("a fact about the target server (the certificate is restored there)")},
        {QStringLiteral("R-GEN-010"), QStringLiteral("a change on the server (leave the availability group)")},
        {QStringLiteral("R-LOG-005"), QStringLiteral("accept losing data, or whether the damaged media can be read")},
        {QStringLiteral("R-LOG-009"), QStringLiteral("which recovery path to restore")},
        {QStringLiteral("R-LOG-010"), QStringLiteral("an earlier or a later target")},
        {QStringLiteral("R-MOD-003"), QStringLiteral("a fact about the target server (its memory)")},
        {QStringLiteral("R-MOD-007"), QStringLiteral("a change on the server (fiber mode)")},
        {QStringLiteral("R-NAME-001"), QStringLiteral("the real name, as the server has it: cutting it would name another object")},
        {QStringLiteral("R-NAME-002"), QStringLiteral("the real name or path: what the NUL stands for is the user's to say")},
        {QStringLiteral("R-NAME-003"), QStringLiteral("which of the two files is misnamed, and its real name")},
        {QStringLiteral("R-ONL-005"), QStringLiteral("a log backup the history lacks: when to take it")},
        {QStringLiteral("R-ONL-007"), QStringLiteral("a recovery-model change on the live database")},
        {QStringLiteral("R-PAGE-002"), QStringLiteral("which full or file backup holds the pages")},
        {QStringLiteral("R-PIECE-013"), QStringLiteral("advice on timing, not an edit")},
        {QStringLiteral("R-PIT-003"), QStringLiteral("an older backup chain, or a later target")},
        {QStringLiteral("R-PIT-004"), QStringLiteral("a mark no log holds: which mark was meant, or a log backup the history lacks")},
        {QStringLiteral("R-RO-001"), QStringLiteral("under SIMPLE, a backup the history lacks")},
        {QStringLiteral("R-RO-004"), QStringLiteral("a file backup the history lacks")},
        {QStringLiteral("R-TAIL-003"), QStringLiteral("a tail-log backup the history lacks")},
    };
    return rules;
}

} // namespace

Q_DECLARE_METATYPE(Breaker)

/// Issue 3 item 5: a finding's fix, applied as one undoable edit (EditCommand), must answer it.
/// On the sample broken one way, the fix must make the plan pass (the sample's verdict, not the fix's
/// own output); over the scenario corpus, every edit must remove its finding and undo must restore
/// everything; fixes left in words must be justified; the history, layout and event edits change what
/// Microsoft's rules say they must.
class TestFixes : public QObject
{
    Q_OBJECT
private slots:
    void fixResolvesTheFinding_data();
    void fixResolvesTheFinding();
    void everyEditResolvesItsFinding_data();
    void everyEditResolvesItsFinding();
    void textOnlyFixesAreJustified();
    void backupFixAddsTheMissingFilegroup();
    void abandonFixClearsTheLayoutFlag();
    void readOnlyPrimaryEventFixRemovesTheEvent();
    void impossibleBackupFixRemovesIt();
    void compositeFixIsOneUndoStep();
    void rollForwardFixKeepsTheLogRestoresAlreadyThere();
    void tailLogFixAddsARealBackup();
    void noTailFixWithoutADevice();
};

void TestFixes::fixResolvesTheFinding_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<Breaker>("breaker");
    QTest::newRow("R-MOD-002") << QStringLiteral("R-MOD-002") << Breaker([](Project &p) {
        p.plans[0].steps[0].filegroups.removeAll(QStringLiteral("imoltp_mod"));
    });
    QTest::newRow("R-GEN-004") << QStringLiteral("R-GEN-004") << Breaker([](Project &p) {
        p.plans[0].steps[0].recovery = RecoveryOption::Unspecified;
    });
    QTest::newRow("R-GEN-003") << QStringLiteral("R-GEN-003") << Breaker([](Project &p) {
        PlanStep s; // RESTORE DATABASE imoltp, no FROM, no option
        p.plans[0].steps << s;
    });
    QTest::newRow("R-PIECE-002") << QStringLiteral("R-PIECE-002") << Breaker([](Project &p) {
        p.plans[0].steps[2].partial = true;
    });
    QTest::newRow("R-PIECE-003") << QStringLiteral("R-PIECE-003") << Breaker([](Project &p) {
        p.plans[0].steps[1].partial = true;
    });
    QTest::newRow("R-PIT-002") << QStringLiteral("R-PIT-002") << Breaker([](Project &p) {
        p.plans[0].target.kind = RestoreTarget::Kind::PointInTime;
        p.plans[0].target.pointInTime = PlanTime::make(2017, 3, 6, 3, 50);
    });
    QTest::newRow("R-LOG-002 inserts the missing log") << QStringLiteral("R-LOG-002") << Breaker([](Project &p) {
        p.backups << test::logBackup("log2", "35000000026400001", "35000000030000001", 4, 30)
                  << test::logBackup("log3", "35000000030000001", "35000000033000001", 4, 45);
        p.plans[0].steps[1].recovery = RecoveryOption::NoRecovery;
        p.plans[0].steps.insert(2, restoreLog(QStringLiteral("log3"), RecoveryOption::Recovery));
    });
    QTest::newRow("R-LOG-004 inserts the log holding the data backup's end") << QStringLiteral("R-LOG-004")
        << Breaker([](Project &p) {
               p.backups[3] = test::logBackup("log_b", "35000000023000001", "35000000026400001", 4, 0);
               p.backups << test::logBackup("log_a", "35000000015200001", "35000000023000001", 3, 45);
               p.plans[0].steps[1].backup = QStringLiteral("log_b");
           });
    QTest::newRow("R-PIECE-009 takes the database offline first") << QStringLiteral("R-PIECE-009") << Breaker([](Project &p) {
        p.database.edition = Edition::Standard; // the last stage restores imoltp_secondary while online
    });
    QTest::newRow("R-ONL-001 takes the database offline first") << QStringLiteral("R-ONL-001") << Breaker([](Project &p) {
        p.events.clear();
        p.environment.databaseExists = true;
        p.database.edition = Edition::Standard;
        PlanStep s;
        s.backup = QStringLiteral("imoltp_secondary");
        s.filegroups = {QStringLiteral("imoltp_secondary")};
        s.recovery = RecoveryOption::Recovery;
        p.plans[0].steps = {s};
    });
    QTest::newRow("R-GEN-005 keeps the sequence open") << QStringLiteral("R-GEN-005") << Breaker([](Project &p) {
        p.backups << test::logBackup("log2", "35000000026400001", "35000000030000001", 4, 30);
        p.plans[0].steps.insert(2, restoreLog(QStringLiteral("log2"), RecoveryOption::Recovery));
    });
}

void TestFixes::fixResolvesTheFinding()
{
    QFETCH(QString, rule);
    QFETCH(Breaker, breaker);
    Project broken = test::sample();
    breaker(broken);
    ProjectDocument doc;
    doc.reset(broken);
    const Diagnostic *d = find(doc, rule);
    QVERIFY2(d, qPrintable(rule + QStringLiteral(" was not reported")));
    QVERIFY2(d->edit.isValid(), qPrintable(rule + QStringLiteral(" offers no fix")));
    QVERIFY(!d->fix.isEmpty());
    doc.undoStack()->push(new EditCommand(&doc, 0, d->edit, ProjectEdits::fixText(d->fix)));
    QVERIFY2(!find(doc, rule), qPrintable(rule + QStringLiteral(" is still reported after its fix")));
    QString remaining;
    for (const Diagnostic &x : doc.diagnostics(0))
        remaining += x.rule + u' ' + x.message + u'\n';
    QVERIFY2(doc.errorCount(0) == 0, qPrintable(remaining));
    doc.undoStack()->undo();
    QVERIFY(doc.project() == broken);
    QVERIFY(find(doc, rule));
}

void TestFixes::everyEditResolvesItsFinding_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &f : scenarioFiles())
        QTest::newRow(qPrintable(f.chopped(5))) << f;
}

/// Issue 3 item 5, for the whole corpus: every finding that offers an edit, applied through
/// EditCommand, is gone afterwards (same rule and severity at the same step, moved by the edit's
/// insertions and removals, with the same backup and filegroup); undo gives back the exact project
/// and findings.
void TestFixes::everyEditResolvesItsFinding()
{
    QFETCH(QString, file);
    const Project project = test::loadProject(scenarioDir() + u'/' + file);
    QStringList failures; // a scenario whose findings offer no edit passes trivially
    for (int plan = 0; plan < project.plans.size(); ++plan) {
        ProjectDocument doc;
        doc.reset(project);
        const QList<Diagnostic> before = doc.diagnostics(plan);
        for (const Diagnostic &d : before) {
            if (!d.edit.isValid())
                continue;
            if (d.fix.isEmpty())
                failures << QStringLiteral("%1: an edit without words").arg(describe(d));
            doc.undoStack()->push(new EditCommand(&doc, plan, d.edit, ProjectEdits::fixText(d.fix)));
            const int step = stepAfter(d.edit, d.step);
            for (const Diagnostic &after : doc.diagnostics(plan))
                if (step != -2 && sameFinding(after, d, step))
                    failures << QStringLiteral("%1: still reported after its fix as %2").arg(describe(d), describe(after));
            doc.undoStack()->undo();
            if (!(doc.project() == project))
                failures << QStringLiteral("%1: undo does not restore the project").arg(describe(d));
            if (doc.diagnostics(plan) != before)
                failures << QStringLiteral("%1: undo does not restore the findings").arg(describe(d));
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
}

/// A fix given only in words must be one the user has to decide (textOnlyOnPurpose says why); every
/// rule listed there still has such a fix in the corpus, so the list does not outlive its reasons.
void TestFixes::textOnlyFixesAreJustified()
{
    QStringList unjustified;
    QSet<QString> seen;
    for (const QString &file : scenarioFiles()) {
        const Project project = test::loadProject(scenarioDir() + u'/' + file);
        ProjectDocument doc;
        doc.reset(project);
        for (int plan = 0; plan < project.plans.size(); ++plan)
            for (const Diagnostic &d : doc.diagnostics(plan)) {
                if (d.fix.isEmpty() || d.edit.isValid())
                    continue;
                seen.insert(d.rule);
                if (!textOnlyOnPurpose().contains(d.rule))
                    unjustified << QStringLiteral("%1: %2").arg(file, describe(d));
            }
    }
    QVERIFY2(unjustified.isEmpty(), qPrintable(QStringLiteral("fixes in words only, not justified:\n") + unjustified.join(u'\n')));
    QStringList stale;
    for (auto it = textOnlyOnPurpose().begin(); it != textOnlyOnPurpose().end(); ++it)
        if (!seen.contains(it.key()))
            stale << it.key();
    QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("no longer text-only in the corpus: ") + stale.join(u' ')));
}

/// R-MOD-001 ("the memory-optimized filegroup must be backed up together with PRIMARY", Microsoft's
/// "Piecemeal restore of databases with memory-optimized tables"): a file backup of PRIMARY alone is
/// fixed in the history, by adding imoltp_mod to its filegroups; the edit is reported as a change of
/// the backups, and undone as one step.
void TestFixes::backupFixAddsTheMissingFilegroup()
{
    Project p = test::sample();
    Backup primaryOnly;
    primaryOnly.id = QStringLiteral("primary_only");
    primaryOnly.type = BackupType::File;
    primaryOnly.filegroups = {QStringLiteral("PRIMARY")};
    primaryOnly.start = PlanTime::make(2017, 3, 6, 3, 40);
    primaryOnly.finish = primaryOnly.start.addSecs(60);
    primaryOnly.media = {QStringLiteral("c:\\data\\primary_only.bak")};
    p.backups << primaryOnly;
    ProjectDocument doc;
    doc.reset(p);
    const Diagnostic *d = find(doc, QStringLiteral("R-MOD-001"));
    QVERIFY(d);
    QCOMPARE(d->backup, QStringLiteral("primary_only"));
    QVERIFY(d->edit.kind == ProjectEdit::Kind::ReplaceBackup);
    QCOMPARE(ProjectEdits::changeOf(d->edit, 0).kinds, Changes(ChangeKind::Backups));

    QSignalSpy changed(&doc, &ProjectDocument::changed);
    doc.undoStack()->push(new EditCommand(&doc, 0, d->edit, ProjectEdits::fixText(d->fix)));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<DocumentChange>().kinds, Changes(ChangeKind::Backups));
    QCOMPARE(doc.project().backup(QStringLiteral("primary_only"))->filegroups,
             QStringList({QStringLiteral("PRIMARY"), QStringLiteral("imoltp_mod")}));
    QVERIFY(doc.project().plans == p.plans); // the plan is not touched
    QVERIFY(!find(doc, QStringLiteral("R-MOD-001")));
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Fix: Add FILEGROUP = imoltp_mod to backup primary_only."));
    doc.undoStack()->undo();
    QVERIFY(doc.project() == p);
    QVERIFY(find(doc, QStringLiteral("R-MOD-001")));
}

/// R-MOD-005: the memory-optimized filegroup "can only be removed by dropping the database", so
/// "abandon" on it is cleared in the layout (a layout change); the sample restores it with PRIMARY,
/// so the plan then passes.
void TestFixes::abandonFixClearsTheLayoutFlag()
{
    Project p = test::sample();
    const qsizetype mod = p.database.filegroupIndex(QStringLiteral("imoltp_mod"));
    p.database.filegroups[mod].abandon = true;
    ProjectDocument doc;
    doc.reset(p);
    const Diagnostic *d = find(doc, QStringLiteral("R-MOD-005"));
    QVERIFY(d && d->edit.kind == ProjectEdit::Kind::ReplaceFilegroup);
    QCOMPARE(ProjectEdits::changeOf(d->edit, 0).kinds, Changes(ChangeKind::Layout));
    doc.undoStack()->push(new EditCommand(&doc, 0, d->edit, ProjectEdits::fixText(d->fix)));
    QVERIFY(!doc.project().database.filegroups[mod].abandon);
    QCOMPARE(doc.project().database.filegroups[mod].files, p.database.filegroups[mod].files);
    QCOMPARE(doc.errorCount(0), 0);
    doc.undoStack()->undo();
    QVERIFY(doc.project() == p);
}

/// R-RO-005: "only secondary filegroups can be read-only"; a SET_READ_ONLY event of PRIMARY is removed
/// from the timeline (an events change), the other events stay.
void TestFixes::readOnlyPrimaryEventFixRemovesTheEvent()
{
    Project p = test::sample();
    TimelineEvent e;
    e.kind = EventKind::SetReadOnly;
    e.filegroup = QStringLiteral("PRIMARY");
    e.at = PlanTime::make(2017, 3, 6, 2, 30);
    p.events.prepend(e);
    ProjectDocument doc;
    doc.reset(p);
    const Diagnostic *d = find(doc, QStringLiteral("R-RO-005"));
    QVERIFY(d && d->edit.kind == ProjectEdit::Kind::RemoveEvent);
    doc.undoStack()->push(new EditCommand(&doc, 0, d->edit, ProjectEdits::fixText(d->fix)));
    QCOMPARE(doc.project().events, test::sample().events);
    QVERIFY(!find(doc, QStringLiteral("R-RO-005")));
    doc.undoStack()->undo();
    QVERIFY(doc.project() == p);
}

/// R-BAK-004: data damaged by the failure cannot be backed up afterwards; a backup drawn after it, that
/// no plan restores, is removed from the history. One that a plan restores is not (the user chooses
/// what replaces it there).
void TestFixes::impossibleBackupFixRemovesIt()
{
    Project p = test::withBackupAfterFailure(test::sample());
    ProjectDocument doc;
    doc.reset(p);
    const Diagnostic *d = find(doc, QStringLiteral("R-BAK-004"));
    QVERIFY(d && d->edit.kind == ProjectEdit::Kind::RemoveBackup);
    QCOMPARE(ProjectEdits::changeOf(d->edit, 0).kinds, Changes(ChangeKind::Backups));
    doc.undoStack()->push(new EditCommand(&doc, 0, d->edit, ProjectEdits::fixText(d->fix)));
    QVERIFY(!doc.project().backup(QStringLiteral("after_failure")));
    QCOMPARE(doc.project().backups.size(), p.backups.size() - 1);
    doc.undoStack()->undo();
    QVERIFY(doc.project() == p);

    p.plans[0].steps[0].backup = QStringLiteral("after_failure");
    doc.reset(p);
    d = find(doc, QStringLiteral("R-BAK-004"));
    QVERIFY(d && !d->edit.isValid());
}

/// A composite fix is one undo step: R-PIT-001 (no point-in-time restore under SIMPLE, "Point-in-time
/// restore is not allowed") drops every stop clause and the plan's target at once.
void TestFixes::compositeFixIsOneUndoStep()
{
    Project p = test::sample();
    p.database.recoveryModel = RecoveryModel::Simple;
    p.plans[0].target.kind = RestoreTarget::Kind::PointInTime;
    p.plans[0].target.pointInTime = PlanTime::make(2017, 3, 6, 3, 50);
    p.plans[0].steps[1].stopAt = p.plans[0].target.pointInTime;
    ProjectDocument doc;
    doc.reset(p);
    const Diagnostic *d = find(doc, QStringLiteral("R-PIT-001"));
    QVERIFY(d && d->edit.kind == ProjectEdit::Kind::Composite);
    QCOMPARE(ProjectEdits::changeOf(d->edit, 0).kinds, Changes(ChangeKind::Plans));
    doc.undoStack()->push(new EditCommand(&doc, 0, d->edit, ProjectEdits::fixText(d->fix)));
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(doc.project().plans[0].target.kind == RestoreTarget::Kind::EndOfLog);
    for (const PlanStep &s : doc.project().plans[0].steps)
        QVERIFY(!s.hasStopClause());
    QVERIFY(!find(doc, QStringLiteral("R-PIT-001")));
    doc.undoStack()->undo();
    QVERIFY(doc.project() == p);
}

/// R-TAIL-003 on Example I of RESTORE (Transact-SQL) recovered one log early: the plan already restores
/// the last log after it, so the fix is NORECOVERY on the early step alone, which gives back the
/// example's own sequence (FILE = 9, then 10, 11, 12 WITH NORECOVERY, then RESTORE … WITH RECOVERY).
void TestFixes::rollForwardFixKeepsTheLogRestoresAlreadyThere()
{
    const Project early = test::loadProject(scenarioDir() + QStringLiteral("/restore-files-and-filegroup--recover-early.json"));
    const Project example = test::loadProject(scenarioDir() + QStringLiteral("/restore-files-and-filegroup.json"));
    ProjectDocument doc;
    doc.reset(early);
    const Diagnostic *d = nullptr;
    for (const Diagnostic &x : doc.diagnostics(0))
        if (x.rule == QLatin1String("R-TAIL-003"))
            d = &x;
    QVERIFY(d);
    QCOMPARE(d->step, 2);
    QVERIFY(d->edit.kind == ProjectEdit::Kind::ReplaceStep);
    doc.undoStack()->push(new EditCommand(&doc, 0, d->edit, ProjectEdits::fixText(d->fix)));
    QVERIFY(doc.project().plans[0].steps == example.plans[0].steps);
    QVERIFY(!find(doc, QStringLiteral("R-TAIL-003")));
}

namespace {

/// The fix of the first finding of `rule` applied through the document, as the designer applies it.
bool applyFix(ProjectDocument &doc, const QString &rule)
{
    const Diagnostic *d = find(doc, rule);
    if (!d || !d->edit.isValid())
        return false;
    doc.undoStack()->push(new EditCommand(&doc, 0, d->edit, ProjectEdits::fixText(d->fix)));
    return true;
}

/// The restore script of plan 0 as the T-SQL dock writes it (from the document's analysis).
QString script(const ProjectDocument &doc)
{
    return TsqlWriter::restoreScript(doc.project(), doc.project().plans[0], doc.analysis().plan(0).simulation);
}

const QRegularExpression Placeholder(QStringLiteral("N'<[^']*>'"));

int errors(const ProjectDocument &doc)
{
    int n = 0;
    for (const Diagnostic &d : doc.diagnostics(0))
        n += d.severity == Severity::Error;
    return n;
}

} // namespace

/// Issue 9: R-TAIL-001's fix on RESTORE example B of a FULL-model database that exists (the page's
/// own note: back up the tail first) adds a real tail-log backup to the history and the BACKUP LOG
/// step that takes it, as one undo step; the script then names its device, never a placeholder.
/// R-TAIL-003's fix then restores it last and the plan passes.
void TestFixes::tailLogFixAddsARealBackup()
{
    const Project p = test::loadProject(scenarioDir() + QStringLiteral("/restore-full-differential--full-model-no-tail.json"));
    ProjectDocument doc;
    doc.reset(p);
    QVERIFY(applyFix(doc, QStringLiteral("R-TAIL-001")));
    QCOMPARE(doc.undoStack()->count(), 1);
    const Project &fixed = doc.project();
    QCOMPARE(fixed.backups.size(), p.backups.size() + 1);
    const Backup &tail = fixed.backups.last();
    QCOMPARE(tail.id, QStringLiteral("AdventureWorks2012_tail_log"));
    QVERIFY(tail.isLog() && tail.tailLog);
    // Beside the other backups (Z:\SQLServerBackups\), after the failure at 09:00 (half an hour on).
    QCOMPARE(tail.media, QStringList{QStringLiteral("Z:\\SQLServerBackups\\AdventureWorks2012_tail_log.trn")});
    QCOMPARE(tail.start, *PlanTime::parse(QStringLiteral("2020-04-15T09:30:00")));
    const PlanStep &taken = fixed.plans[0].steps[0];
    QVERIFY(taken.statement == StepStatement::BackupLog && taken.norecovery);
    QCOMPARE(taken.backup, tail.id);
    QVERIFY(!find(doc, QStringLiteral("R-TAIL-001")));
    const QString sql = script(doc);
    QVERIFY2(!sql.contains(Placeholder), qPrintable(sql));
    QVERIFY2(sql.contains(QStringLiteral("BACKUP LOG [AdventureWorks2012]\n    TO DISK = N'Z:\\SQLServerBackups\\"
                                         "AdventureWorks2012_tail_log.trn'\n")), qPrintable(sql));
    QVERIFY(!sql.contains(QLatin1String("WARNING")));

    QVERIFY(applyFix(doc, QStringLiteral("R-TAIL-003"))); // restore the tail last
    QCOMPARE(errors(doc), 0);
    QVERIFY(doc.analysis().plan(0).simulation.steps.last().database == DatabaseState::Online);
    QVERIFY(!script(doc).contains(Placeholder));

    doc.undoStack()->undo();
    doc.undoStack()->undo(); // one step each: the backup and its step go together
    QVERIFY(doc.project() == p);
}

/// No backup names a device: nothing to name the tail's after, so no fix takes one (the words say
/// what to draw); the script then never gets a placeholder from a fix.
void TestFixes::noTailFixWithoutADevice()
{
    Project p = test::loadProject(scenarioDir() + QStringLiteral("/restore-full-differential--full-model-no-tail.json"));
    for (Backup &b : p.backups)
        b.media.clear();
    ProjectDocument doc;
    doc.reset(p);
    const Diagnostic *d = find(doc, QStringLiteral("R-TAIL-001"));
    QVERIFY(d);
    QVERIFY(!d->edit.isValid());
    QVERIFY(!d->fix.isEmpty());
    const Diagnostic *t = find(doc, QStringLiteral("R-TAIL-003"));
    QVERIFY(t && !t->edit.isValid());
}

QTEST_GUILESS_MAIN(TestFixes)
#include "tst_fixes.moc"
