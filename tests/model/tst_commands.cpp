// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/commands/editcommand.h"
#include "model/commands/projectedits.h"
#include "model/domain/plansteps.h"
#include "model/domain/plantime.h"
#include "sampleloader.h"
#include "tests/model/pushedit.h"

#include <QSignalSpy>

using namespace rd;
using rd::test::push;

namespace {
bool hasRule(const ProjectDocument &doc, const char *rule)
{
    for (const Diagnostic &d : doc.diagnostics(0))
        if (d.rule == QLatin1String(rule))
            return true;
    return false;
}

/// A CFP snapshot of one ACTIVE pair (SQL Server 2016+) at `at`.
CfpSnapshot cfpSnapshot(const QDateTime &at)
{
    const QUuid data = QUuid::fromString(QStringLiteral("5E1F0030-0C2D-4B3A-8F10-A00000000030"));
    const QUuid delta = QUuid::fromString(QStringLiteral("5E1F0031-0C2D-4B3A-8F10-A00000000031"));
    CfpSnapshot s{at, QStringLiteral("cfp.csv"), {}};
    s.inventory.files << CheckpointFile{.id = data, .pairId = delta, .state = CheckpointFileState::Active, .sizeBytes = 16 << 20}
                      << CheckpointFile{.id = delta, .pairId = data, .type = CheckpointFileType::Delta,
                                        .state = CheckpointFileState::Active, .sizeBytes = 1 << 20};
    return s;
}

/// The sample with a CFP snapshot at 00:30 (so that removing one changes it).
Project sampleWithSnapshot()
{
    Project p = test::sample();
    p.cfpSnapshots << cfpSnapshot(PlanTime::make(2017, 3, 6, 0, 30));
    return p;
}
} // namespace

Q_DECLARE_METATYPE(rd::ProjectEdit)

/// Every edit is a ProjectEdit applied by one undoable EditCommand; undo restores exactly the
/// previous project, and the document's analysis follows the edits.
class TestCommands : public QObject
{
    Q_OBJECT
private slots:
    void removingModFromStageOneIsFlaggedAndUndone();
    void toggleReadOnlyChangesTheVerdict();
    void dragIsOneUndoStep();
    void aMoveToNoTimeKeepsTheDrag();
    void anEventsDragIsOneUndoStep();
    void stepChangesMergeOnlyWithTheSameStepAndText();
    void fixesNeverMerge();
    void stepsAddRemoveReorder();
    void modifiedFollowsTheCleanState();
    void destructionEmitsNothing();
    void everyKindUndoesExactly_data();
    void everyKindUndoesExactly();
    void anEditThatNoLongerFitsChangesNothing_data();
    void anEditThatNoLongerFitsChangesNothing();
    void addedBackupsKeepUniqueIds();
    void aBackupsNewIdCarriesThePlansReferences();
    void newBackupIsTheDesignersBackup();
    void undoTextsNameTheEdit();
    void cfpSnapshotEditsKeepTimeOrder();
    void compositeChangeIsNeverNarrower();
    void planStepBuilders();
};

void TestCommands::removingModFromStageOneIsFlaggedAndUndone()
{
    ProjectDocument doc;
    doc.reset(test::sample());
    QCOMPARE(doc.errorCount(0), 0);
    PlanStep s = doc.project().plans[0].steps[0];
    s.filegroups.removeAll(QStringLiteral("imoltp_mod"));
    push(doc, ProjectEdit::replace(0, s));
    QVERIFY(hasRule(doc, "R-MOD-002"));
    doc.undoStack()->undo();
    QVERIFY(!hasRule(doc, "R-MOD-002"));
    QVERIFY(doc.project() == test::sample());
    doc.undoStack()->redo();
    QVERIFY(hasRule(doc, "R-MOD-002"));
}

void TestCommands::toggleReadOnlyChangesTheVerdict()
{
    // A read/write imoltp_secondary cannot come online from its backup without log (R-PIECE-011).
    ProjectDocument doc;
    doc.reset(test::sample());
    push(doc, ProjectEdit::setFilegroupReadOnly(QStringLiteral("imoltp_secondary"), false), -1);
    QVERIFY(hasRule(doc, "R-PIECE-011"));
    doc.undoStack()->undo();
    QCOMPARE(doc.errorCount(0), 0);
}

void TestCommands::dragIsOneUndoStep()
{
    ProjectDocument doc;
    doc.reset(test::sample());
    const QString id = QStringLiteral("imoltp_secondary");
    const auto merge = EditCommand::Merge::Consecutive;
    push(doc, ProjectEdit::moveBackup(id, PlanTime::make(2017, 3, 6, 3, 35)), -1, merge);
    push(doc, ProjectEdit::moveBackup(id, PlanTime::make(2017, 3, 6, 3, 40)), -1, merge);
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.project().backup(id)->start, PlanTime::make(2017, 3, 6, 3, 40));
    QCOMPARE(doc.project().backup(id)->finish, PlanTime::make(2017, 3, 6, 3, 40, 30)); // duration kept
    doc.undoStack()->undo();
    QCOMPARE(doc.project().backup(id)->start, PlanTime::make(2017, 3, 6, 3, 30));
    QVERIFY(doc.project() == test::sample());
    doc.undoStack()->redo(); // the merged step is the whole drag
    QCOMPARE(doc.project().backup(id)->start, PlanTime::make(2017, 3, 6, 3, 40));

    // Another backup's move is a step of its own.
    push(doc, ProjectEdit::moveBackup(QStringLiteral("imoltp_log"), PlanTime::make(2017, 3, 6, 4, 10)), -1, merge);
    QCOMPARE(doc.undoStack()->count(), 2);
}

void TestCommands::anEventsDragIsOneUndoStep()
{
    // The sample's failure (05:00) dragged to 05:10 then 05:20: each move replaces the event the
    // last one left; the two merge into one step from 05:00 to 05:20.
    ProjectDocument doc;
    doc.reset(test::sample());
    const auto merge = EditCommand::Merge::Consecutive;
    const TimelineEvent original = doc.project().events.first();
    TimelineEvent first = original, second = original;
    first.at = PlanTime::make(2017, 3, 6, 5, 10);
    second.at = PlanTime::make(2017, 3, 6, 5, 20);
    push(doc, ProjectEdit::replaceEvent(original, first), -1, merge);
    push(doc, ProjectEdit::replaceEvent(first, second), -1, merge);
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Move a FAILURE event"));
    QCOMPARE(doc.project().events.size(), 1);
    QCOMPARE(doc.project().events.first().at, second.at);
    doc.undoStack()->undo();
    QVERIFY(doc.project() == test::sample());
    doc.undoStack()->redo(); // the merged step is the whole drag
    QCOMPARE(doc.project().events.first().at, second.at);

    // A replace of another event (here: one that is gone) does not merge into it.
    push(doc, ProjectEdit::replaceEvent(first, original), -1, merge);
    QCOMPARE(doc.undoStack()->count(), 2);
    QCOMPARE(doc.project().events.first().at, second.at); // first is gone: nothing changed
}

/// A move to no time changes nothing (anEditThatNoLongerFitsChangesNothing); merged into a drag, it
/// must not become the drag's edit, or redoing the drag would not move the backup. Found by
/// tst_editproperties (issue 8).
void TestCommands::aMoveToNoTimeKeepsTheDrag()
{
    ProjectDocument doc;
    doc.reset(test::sample());
    const QString id = QStringLiteral("imoltp_secondary");
    for (const QDateTime &to : {PlanTime::make(2017, 3, 6, 3, 40), QDateTime()})
        push(doc, ProjectEdit::moveBackup(id, to), -1, EditCommand::Merge::Consecutive);
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.project().backup(id)->start, PlanTime::make(2017, 3, 6, 3, 40)); // the second move did nothing
    doc.undoStack()->undo();
    QVERIFY(doc.project() == test::sample());
    doc.undoStack()->redo();
    QCOMPARE(doc.project().backup(id)->start, PlanTime::make(2017, 3, 6, 3, 40));
    QCOMPARE(doc.project().backup(id)->finish, PlanTime::make(2017, 3, 6, 3, 40, 30));
}

void TestCommands::stepChangesMergeOnlyWithTheSameStepAndText()
{
    ProjectDocument doc;
    doc.reset(test::sample());
    const auto merge = EditCommand::Merge::Consecutive;
    PlanStep s = doc.project().plans[0].steps[1];
    const QString text = QStringLiteral("Set STOPAT on step 2");
    s.stopAt = PlanTime::make(2017, 3, 6, 4, 0);
    push(doc, ProjectEdit::replace(1, s), 0, merge, text);
    s.stopAt = PlanTime::make(2017, 3, 6, 4, 1);
    push(doc, ProjectEdit::replace(1, s), 0, merge, text);
    QCOMPARE(doc.undoStack()->count(), 1); // typing a time is one undo step
    QCOMPARE(doc.project().plans[0].steps[1].stopAt, PlanTime::make(2017, 3, 6, 4, 1));
    s.replace = true;
    push(doc, ProjectEdit::replace(1, s), 0, merge, QStringLiteral("Set REPLACE on step 2"));
    QCOMPARE(doc.undoStack()->count(), 2); // another text
    PlanStep other = doc.project().plans[0].steps[2];
    other.replace = true;
    push(doc, ProjectEdit::replace(2, other), 0, merge, QStringLiteral("Set REPLACE on step 2"));
    QCOMPARE(doc.undoStack()->count(), 3); // another step
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    QVERIFY(doc.project() == test::sample());
}

void TestCommands::fixesNeverMerge()
{
    ProjectDocument doc;
    doc.reset(test::sample());
    PlanStep s = doc.project().plans[0].steps[1];
    s.replace = true;
    const QString text = ProjectEdits::fixText(QStringLiteral("Add REPLACE to step 2."));
    push(doc, ProjectEdit::replace(1, s), 0, EditCommand::Merge::Never, text);
    push(doc, ProjectEdit::replace(1, s), 0, EditCommand::Merge::Never, text);
    QCOMPARE(doc.undoStack()->count(), 2);
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Fix: Add REPLACE to step 2."));
    QCOMPARE(ProjectEdits::fixText({}), QStringLiteral("Apply fix"));
}

void TestCommands::stepsAddRemoveReorder()
{
    ProjectDocument doc;
    doc.reset(test::sample());
    push(doc, ProjectEdit::move(2, 0));
    QCOMPARE(doc.project().plans[0].steps[0].backup, QStringLiteral("imoltp_secondary"));
    push(doc, ProjectEdit::remove(0));
    QCOMPARE(doc.project().plans[0].steps.size(), 2);
    push(doc, ProjectEdit::insert(1, PlanSteps::recoveryOnly()));
    QCOMPARE(doc.project().plans[0].steps.size(), 3);
    QCOMPARE(doc.project().plans[0].steps[1].backup, QString());
    push(doc, ProjectEdit::insert(-1, PlanSteps::recoveryOnly())); // -1: at the end
    QCOMPARE(doc.project().plans[0].steps.size(), 4);
    QVERIFY(doc.project().plans[0].steps[3] == PlanSteps::recoveryOnly());
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QVERIFY(doc.project() == test::sample());
}

void TestCommands::modifiedFollowsTheCleanState()
{
    ProjectDocument doc;
    doc.reset(test::sample());
    QVERIFY(!doc.isModified());
    Backup b;
    b.id = doc.project().uniqueBackupId(QStringLiteral("imoltp_log"));
    QCOMPARE(b.id, QStringLiteral("imoltp_log_2"));
    b.type = BackupType::Log;
    push(doc, ProjectEdit::addBackup(b), -1);
    QVERIFY(doc.isModified());
    doc.undoStack()->undo();
    QVERIFY(!doc.isModified());
}

void TestCommands::destructionEmitsNothing()
{
    // A window owning the document is half destroyed when the document goes; ~QUndoStack's
    // cleanChanged must not reach it.
    auto *doc = new ProjectDocument;
    doc->reset(test::sample());
    push(*doc, ProjectEdit::setFilegroupReadOnly(QStringLiteral("imoltp_secondary"), false), -1);
    QVERIFY(doc->isModified());
    int emitted = 0;
    connect(doc, &ProjectDocument::modifiedChanged, this, [&] { ++emitted; });
    delete doc;
    QCOMPARE(emitted, 0);
}

void TestCommands::everyKindUndoesExactly_data()
{
    QTest::addColumn<ProjectEdit>("edit");
    const Project p = sampleWithSnapshot();
    PlanStep changed = p.plans[0].steps[1];
    changed.recovery = RecoveryOption::NoRecovery;
    RestoreTarget target;
    target.kind = RestoreTarget::Kind::PointInTime;
    target.pointInTime = PlanTime::make(2017, 3, 6, 4, 0);
    Plan plan;
    plan.name = QStringLiteral("Another plan");
    plan.steps << PlanSteps::recoveryOnly();
    Backup log = *p.backup(QStringLiteral("imoltp_log"));
    log.copyOnly = true;
    Backup renamed = log;
    renamed.id = QStringLiteral("imoltp_log_renamed");
    Filegroup archive;
    archive.name = QStringLiteral("archive");
    Filegroup abandoned = *p.database.filegroup(QStringLiteral("imoltp_secondary"));
    abandoned.abandon = true;
    const ProjectEdit newLog = ProjectEdits::newBackup(p, BackupType::Log, {}, {});

    using Kind = ProjectEdit::Kind;
    int rows = 0;
    auto row = [&rows](Kind kind, const ProjectEdit &edit) {
        QCOMPARE(edit.kind, kind); // each row stands for its kind
        QTest::newRow(qPrintable(QStringLiteral("kind %1").arg(int(kind)))) << edit;
        ++rows;
    };
    row(Kind::ReplaceStep, ProjectEdit::replace(1, changed));
    row(Kind::InsertStep, ProjectEdit::insert(1, PlanSteps::tailLogBackup()));
    row(Kind::RemoveStep, ProjectEdit::remove(2));
    row(Kind::ReplaceTarget, ProjectEdit::replaceTarget(target));
    row(Kind::ReplaceBackup, ProjectEdit::replaceBackup(renamed, QStringLiteral("imoltp_log")));
    row(Kind::RemoveBackup, ProjectEdit::removeBackup(QStringLiteral("imoltp_full")));
    row(Kind::ReplaceFilegroup, ProjectEdit::replaceFilegroup(abandoned));
    row(Kind::RemoveEvent, ProjectEdit::removeEvent(p.events.first()));
    row(Kind::MoveStep, ProjectEdit::move(0, 2));
    row(Kind::AddPlan, ProjectEdit::addPlan(plan));
    row(Kind::AddBackup, newLog);
    row(Kind::MoveBackup, ProjectEdit::moveBackup(QStringLiteral("imoltp_log"), PlanTime::make(2017, 3, 6, 4, 30)));
    row(Kind::AddFilegroup, ProjectEdit::addFilegroup(archive));
    row(Kind::RemoveFilegroup, ProjectEdit::removeFilegroup(QStringLiteral("imoltp_secondary")));
    row(Kind::RenameFilegroup, ProjectEdit::renameFilegroup(QStringLiteral("imoltp_mod"), QStringLiteral("mod")));
    row(Kind::SetFilegroupReadOnly, ProjectEdit::setFilegroupReadOnly(QStringLiteral("imoltp_secondary"), false));
    Database renamedDb = p.database;
    renamedDb.name = QStringLiteral("sales");
    row(Kind::SetDatabase, ProjectEdit::setDatabase(renamedDb));
    RestoreEnvironment newServer = p.environment;
    newServer.databaseExists = !newServer.databaseExists;
    row(Kind::SetEnvironment, ProjectEdit::setEnvironment(newServer));
    row(Kind::SetFilegroupType, ProjectEdit::setFilegroupType(QStringLiteral("imoltp_secondary"), FilegroupType::Filestream));
    row(Kind::AddFile, ProjectEdit::addFile(QStringLiteral("imoltp_mod"), DataFile{.name = QStringLiteral("imoltp_mod3")}));
    row(Kind::RemoveFile, ProjectEdit::removeFile(QStringLiteral("imoltp_secondary")));
    row(Kind::ReplaceFile, ProjectEdit::replaceFile(QStringLiteral("imoltp_secondary"), DataFile{.name = QStringLiteral("sec")}));
    row(Kind::MoveFile, ProjectEdit::moveFile(QStringLiteral("imoltp_primary2"), QStringLiteral("imoltp_secondary")));
    TimelineEvent mark;
    mark.kind = EventKind::Mark;
    mark.name = QStringLiteral("before_update");
    mark.at = PlanTime::make(2017, 3, 6, 3, 30);
    row(Kind::AddEvent, ProjectEdit::addEvent(mark));
    TimelineEvent laterFailure = p.events.first();
    laterFailure.at = laterFailure.at.addSecs(600);
    row(Kind::ReplaceEvent, ProjectEdit::replaceEvent(p.events.first(), laterFailure));
    row(Kind::AddCfpSnapshot, ProjectEdit::addCfpSnapshot(cfpSnapshot(PlanTime::make(2017, 3, 6, 3, 15))));
    row(Kind::RemoveCfpSnapshot, ProjectEdit::removeCfpSnapshot(PlanTime::make(2017, 3, 6, 0, 30)));
    row(Kind::Composite, ProjectEdit::composite({ProjectEdit::replaceBackup(log), ProjectEdit::replace(1, changed)}));
    QCOMPARE(rows, int(Kind::Composite)); // every kind but None has a row (Composite is the last)
}

/// Issue 7 item 4: each kind, pushed as an EditCommand, changes the project as applyTo says and
/// tells the views what changeOf says; undo gives back the project exactly; redo the edit again.
void TestCommands::everyKindUndoesExactly()
{
    QFETCH(ProjectEdit, edit);
    const Project before = sampleWithSnapshot();
    Project expected = before;
    edit.applyTo(expected, 0);
    QVERIFY(!(expected == before)); // the edit fits the sample

    ProjectDocument doc;
    doc.reset(before);
    QSignalSpy changed(&doc, &ProjectDocument::changed);
    push(doc, edit);
    QVERIFY(doc.project() == expected);
    QCOMPARE(changed.size(), 1);
    const auto change = changed.first().first().value<DocumentChange>();
    const DocumentChange derived = ProjectEdits::changeOf(edit, 0);
    QCOMPARE(change.kinds, derived.kinds);
    QCOMPARE(change.plan, derived.plan);
    QCOMPARE(change.step, derived.step);
    QCOMPARE(change.backups, derived.backups);
    QVERIFY(change.kinds != Changes());

    doc.undoStack()->undo();
    QVERIFY(doc.project() == before);
    doc.undoStack()->redo();
    QVERIFY(doc.project() == expected);
    doc.undoStack()->undo();
    QVERIFY(doc.project() == before);
}

void TestCommands::anEditThatNoLongerFitsChangesNothing_data()
{
    QTest::addColumn<ProjectEdit>("edit");
    QTest::addColumn<int>("plan");
    QTest::newRow("step gone") << ProjectEdit::replace(7, PlanStep()) << 0;
    QTest::newRow("step removed twice") << ProjectEdit::remove(3) << 0;
    QTest::newRow("move out of range") << ProjectEdit::move(0, 3) << 0;
    QTest::newRow("plan gone") << ProjectEdit::insert(0, PlanStep()) << 1;
    QTest::newRow("target of no plan") << ProjectEdit::replaceTarget({}) << -1;
    QTest::newRow("backup gone") << ProjectEdit::removeBackup(QStringLiteral("nope")) << 0;
    QTest::newRow("move of a backup gone") << ProjectEdit::moveBackup(QStringLiteral("nope"), PlanTime::make(2017, 3, 6, 0, 0))
                                           << 0;
    QTest::newRow("move to no time") << ProjectEdit::moveBackup(QStringLiteral("imoltp_log"), QDateTime()) << 0;
    QTest::newRow("filegroup gone") << ProjectEdit::removeFilegroup(QStringLiteral("nope")) << 0;
    QTest::newRow("rename of a filegroup gone") << ProjectEdit::renameFilegroup(QStringLiteral("nope"), QStringLiteral("x"))
                                                << 0;
    QTest::newRow("event gone") << ProjectEdit::removeEvent(TimelineEvent()) << 0;
    QTest::newRow("replace of an event gone") << ProjectEdit::replaceEvent(TimelineEvent(), TimelineEvent()) << 0;
    QTest::newRow("CFP snapshot gone") << ProjectEdit::removeCfpSnapshot(PlanTime::make(2017, 3, 6, 0, 30)) << 0;
    QTest::newRow("CFP snapshot at no time") << ProjectEdit::addCfpSnapshot(cfpSnapshot(QDateTime())) << 0;
    QTest::newRow("none") << ProjectEdit() << 0;
}

void TestCommands::anEditThatNoLongerFitsChangesNothing()
{
    QFETCH(ProjectEdit, edit);
    QFETCH(int, plan);
    Project p = test::sample();
    edit.applyTo(p, plan);
    QVERIFY(p == test::sample());
}

void TestCommands::addedBackupsKeepUniqueIds()
{
    // Applied again to a project that has its id (a stale edit), an added backup takes the next one.
    ProjectDocument doc;
    doc.reset(test::sample());
    Backup b;
    b.id = QStringLiteral("imoltp_log");
    b.type = BackupType::Log;
    push(doc, ProjectEdit::addBackup(b), -1);
    QCOMPARE(doc.project().backups.size(), 5);
    QCOMPARE(doc.project().backups.last().id, QStringLiteral("imoltp_log_2"));
    QVERIFY(doc.project().backups.first() == test::sample().backups.first());
}

void TestCommands::aBackupsNewIdCarriesThePlansReferences()
{
    ProjectDocument doc;
    doc.reset(test::sample());
    Backup renamed = *doc.project().backup(QStringLiteral("imoltp_log"));
    renamed.id = QStringLiteral("tail");
    const ProjectEdit edit = ProjectEdit::replaceBackup(renamed, QStringLiteral("imoltp_log"));
    QCOMPARE(ProjectEdits::changeOf(edit, 0).kinds, ChangeKind::Backups | ChangeKind::Plans);
    push(doc, edit, -1);
    QCOMPARE(doc.project().plans[0].steps[1].backup, QStringLiteral("tail"));
    QVERIFY(!doc.project().backup(QStringLiteral("imoltp_log")));
    QCOMPARE(doc.errorCount(0), 0);
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Change backup imoltp_log"));
    // Without a new id, the same edit as a fix's: the backup only, found by its id.
    QVERIFY(ProjectEdit::replaceBackup(renamed) == ProjectEdit::replaceBackup(renamed, QStringLiteral("tail")));
    QCOMPARE(ProjectEdits::changeOf(ProjectEdit::replaceBackup(renamed), 0).kinds, Changes(ChangeKind::Backups));
}

void TestCommands::newBackupIsTheDesignersBackup()
{
    const Project p = test::sample();
    const ProjectEdit log = ProjectEdits::newBackup(p, BackupType::Log, {}, {});
    QCOMPARE(log.kind, ProjectEdit::Kind::AddBackup);
    QCOMPARE(log.backup.id, QStringLiteral("imoltp_log_2"));
    QCOMPARE(log.backup.media, QStringList{QStringLiteral("c:\\backup\\imoltp_log_2.trn")});
    // Half an hour after the end of the last backup (imoltp_log, 04:00:10), on a whole minute.
    QCOMPARE(log.backup.start, PlanTime::make(2017, 3, 6, 4, 30));
    QCOMPARE(log.backup.start.secsTo(log.backup.finish), 10);
    QVERIFY(log.backup.filegroups.isEmpty());

    const QDateTime at = PlanTime::make(2017, 3, 6, 2, 0);
    const ProjectEdit file = ProjectEdits::newBackup(p, BackupType::File, at, QStringLiteral("imoltp_secondary"));
    QCOMPARE(file.backup.id, QStringLiteral("imoltp_file"));
    QCOMPARE(file.backup.start, at);
    QCOMPARE(file.backup.start.secsTo(file.backup.finish), 60);
    QCOMPARE(file.backup.filegroups, QStringList{QStringLiteral("imoltp_secondary")});
    QCOMPARE(ProjectEdits::newBackup(p, BackupType::FileDifferential, at, QStringLiteral("nope")).backup.filegroups,
             QStringList{QStringLiteral("PRIMARY")});
}

void TestCommands::undoTextsNameTheEdit()
{
    // The texts the former command classes gave (the catalogue's entries).
    const auto text = [](const ProjectEdit &edit) { return EditCommand(nullptr, 0, edit).text(); };
    Backup b;
    b.id = QStringLiteral("b1");
    Plan plan;
    plan.name = QStringLiteral("P");
    QCOMPARE(text(ProjectEdit::addBackup(b)), QStringLiteral("Add backup b1"));
    QCOMPARE(text(ProjectEdit::removeBackup(b.id)), QStringLiteral("Remove backup b1"));
    QCOMPARE(text(ProjectEdit::moveBackup(b.id, {})), QStringLiteral("Move backup b1"));
    QCOMPARE(text(ProjectEdit::replaceBackup(b)), QStringLiteral("Change backup b1"));
    QCOMPARE(text(ProjectEdit::renameFilegroup(QStringLiteral("a"), QStringLiteral("b"))),
             QStringLiteral("Rename filegroup a to b"));
    QCOMPARE(text(ProjectEdit::setFilegroupReadOnly(QStringLiteral("a"), true)), QStringLiteral("Make a read-only"));
    QCOMPARE(text(ProjectEdit::setFilegroupReadOnly(QStringLiteral("a"), false)), QStringLiteral("Make a read/write"));
    QCOMPARE(text(ProjectEdit::removeFilegroup(QStringLiteral("a"))), QStringLiteral("Remove filegroup a"));
    QCOMPARE(text(ProjectEdit::addPlan(plan)), QStringLiteral("Add plan P"));
    QCOMPARE(text(ProjectEdit::insert(0, PlanSteps::tailLogBackup())), QStringLiteral("Add BACKUP LOG step"));
    QCOMPARE(text(ProjectEdit::remove(2)), QStringLiteral("Remove step 3"));
    QCOMPARE(text(ProjectEdit::move(2, 0)), QStringLiteral("Move step 3 to position 1"));
    QCOMPARE(text(ProjectEdit::replace(0, {})), QStringLiteral("Change step 1"));
    TimelineEvent mark{.kind = EventKind::Mark, .at = PlanTime::make(2017, 3, 6, 2, 0), .name = QStringLiteral("m")};
    TimelineEvent later = mark, renamed = mark;
    later.at = later.at.addSecs(60);
    renamed.name = QStringLiteral("n");
    QCOMPARE(text(ProjectEdit::replaceEvent(mark, later)), QStringLiteral("Move a MARK event"));
    QCOMPARE(text(ProjectEdit::replaceEvent(mark, renamed)), QStringLiteral("Change a MARK event"));
    QCOMPARE(EditCommand(nullptr, 0, ProjectEdit::remove(0), QStringLiteral("Mine")).text(), QStringLiteral("Mine"));
}

void TestCommands::cfpSnapshotEditsKeepTimeOrder()
{
    // Added in time order whatever the order of the gestures; one at a time, a second import at the
    // same time replacing the first; each add and remove one undo step named by its time.
    ProjectDocument doc;
    doc.reset(sampleWithSnapshot()); // 00:30
    const QDateTime early = PlanTime::make(2017, 3, 6, 0, 10), late = PlanTime::make(2017, 3, 6, 3, 15);
    push(doc, ProjectEdit::addCfpSnapshot(cfpSnapshot(late)), -1);
    push(doc, ProjectEdit::addCfpSnapshot(cfpSnapshot(early)), -1);
    const auto times = [&] {
        QList<QDateTime> out;
        for (const CfpSnapshot &s : doc.project().cfpSnapshots)
            out << s.at;
        return out;
    };
    QCOMPARE(times(), (QList<QDateTime>{early, PlanTime::make(2017, 3, 6, 0, 30), late}));
    CfpSnapshot again = cfpSnapshot(late);
    again.source = QStringLiteral("cfp-again.csv");
    push(doc, ProjectEdit::addCfpSnapshot(again), -1);
    QCOMPARE(times().size(), 3);
    QCOMPARE(doc.project().cfpSnapshots[2].source, QStringLiteral("cfp-again.csv"));
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Add the CFP snapshot of 2017-03-06T03:15:00"));
    doc.undoStack()->undo();
    QCOMPARE(doc.project().cfpSnapshots[2].source, QStringLiteral("cfp.csv"));
    push(doc, ProjectEdit::removeCfpSnapshot(PlanTime::make(2017, 3, 6, 0, 30)), -1);
    QCOMPARE(times(), (QList<QDateTime>{early, late}));
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Remove the CFP snapshot of 2017-03-06T00:30:00"));
    QCOMPARE(ProjectEdits::changeOf(ProjectEdit::removeCfpSnapshot(early), -1).kinds, Changes(ChangeKind::CfpSnapshots));
}

void TestCommands::compositeChangeIsNeverNarrower()
{
    Backup b;
    b.id = QStringLiteral("b1");
    const DocumentChange both = ProjectEdits::changeOf(
        ProjectEdit::composite({ProjectEdit::replace(1, {}), ProjectEdit::removeBackup(b.id)}), 2);
    QCOMPARE(both.kinds, ChangeKind::Plans | ChangeKind::Backups);
    QCOMPARE(both.plan, 2);
    QCOMPARE(both.step, 1);
    QCOMPARE(both.backups, QStringList{b.id});
    const DocumentChange steps = ProjectEdits::changeOf(
        ProjectEdit::composite({ProjectEdit::replace(1, {}), ProjectEdit::insert(3, {})}), 0);
    QCOMPARE(steps.plan, 0);
    QCOMPARE(steps.step, -1); // several steps
    const DocumentChange anyBackup = ProjectEdits::changeOf(
        ProjectEdit::composite({ProjectEdit::addBackup(b), ProjectEdit::removeBackup(QStringLiteral("b2"))}), 0);
    QCOMPARE(anyBackup.backups, QStringList()); // an added backup's id may change: any backup
    const DocumentChange everyPlan = ProjectEdits::changeOf(
        ProjectEdit::composite({ProjectEdit::replace(1, {}), ProjectEdit::removeFilegroup(QStringLiteral("fg"))}), 0);
    QCOMPARE(everyPlan.plan, -1);
    QCOMPARE(everyPlan.step, -1);
}

void TestCommands::planStepBuilders()
{
    const Project p = test::sample();
    const PlanStep log = PlanSteps::restoreOf(*p.backup(QStringLiteral("imoltp_log")), RecoveryOption::Recovery);
    QVERIFY(log.statement == StepStatement::RestoreLog);
    QCOMPARE(log.backup, QStringLiteral("imoltp_log"));
    QVERIFY(log.recovery == RecoveryOption::Recovery);
    Backup file;
    file.id = QStringLiteral("f");
    file.type = BackupType::File;
    file.filegroups = {QStringLiteral("imoltp_secondary")};
    file.files = {QStringLiteral("imoltp_secondary")};
    const PlanStep fromFile = PlanSteps::restoreOf(file, RecoveryOption::NoRecovery);
    QVERIFY(fromFile.statement == StepStatement::RestoreDatabase);
    QCOMPARE(fromFile.filegroups, file.filegroups);
    QCOMPARE(fromFile.files, file.files);
    Backup partial = file;
    partial.type = BackupType::Partial;
    QVERIFY(!PlanSteps::restoreOf(partial, RecoveryOption::NoRecovery).hasTargets()); // restored whole

    const PlanStep tail = PlanSteps::tailLogBackup(QStringLiteral("t"));
    QVERIFY(tail.statement == StepStatement::BackupLog);
    QCOMPARE(tail.backup, QStringLiteral("t"));
    QVERIFY(tail.norecovery);
    QVERIFY(PlanSteps::tailLogBackup().backup.isEmpty());
    const PlanStep recover = PlanSteps::recoveryOnly();
    QVERIFY(recover.statement == StepStatement::RestoreDatabase);
    QVERIFY(recover.backup.isEmpty() && !recover.hasTargets());
    QVERIFY(recover.recovery == RecoveryOption::Recovery);

    // Toggling keeps the layout's order, names the layout lacks after it; off is case-insensitive.
    PlanStep s;
    s.filegroups = {QStringLiteral("other"), QStringLiteral("imoltp_mod")};
    const QList<Filegroup> &layout = p.database.filegroups; // PRIMARY, imoltp_secondary, imoltp_mod
    QCOMPARE(PlanSteps::withFilegroupToggled(s, QStringLiteral("PRIMARY"), true, layout).filegroups,
             (QStringList{QStringLiteral("PRIMARY"), QStringLiteral("imoltp_mod"), QStringLiteral("other")}));
    QCOMPARE(PlanSteps::withFilegroupToggled(s, QStringLiteral("IMOLTP_MOD"), false, layout).filegroups,
             QStringList{QStringLiteral("other")});
    QVERIFY(PlanSteps::withFilegroupToggled(s, QStringLiteral("imoltp_mod"), true, layout) == s);
    QCOMPARE(PlanSteps::withFilegroupToggled(s, QStringLiteral("new"), true).filegroups,
             (QStringList{QStringLiteral("other"), QStringLiteral("imoltp_mod"), QStringLiteral("new")}));
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
