#include "model/commands/backupcommands.h"
#include "model/commands/filegroupcommands.h"
#include "model/commands/plancommands.h"
#include "model/domain/plantime.h"
#include "sampleloader.h"

using namespace rd;

namespace {
bool hasRule(const ProjectDocument &doc, const char *rule)
{
    for (const Diagnostic &d : doc.diagnostics(0))
        if (d.rule == QLatin1String(rule))
            return true;
    return false;
}
} // namespace

/// Every edit is an undoable command; undo restores exactly the previous project, and the
/// document's analysis follows the edits.
class TestCommands : public QObject
{
    Q_OBJECT
private slots:
    void removingModFromStageOneIsFlaggedAndUndone();
    void renameFilegroupCarriesReferences();
    void removeFilegroupDropsReferences();
    void toggleReadOnlyChangesTheVerdict();
    void dragIsOneUndoStep();
    void stepsAddRemoveReorder();
    void modifiedFollowsTheCleanState();
    void destructionEmitsNothing();
};

void TestCommands::removingModFromStageOneIsFlaggedAndUndone()
{
    ProjectDocument doc;
    doc.reset(test::sample());
    QCOMPARE(doc.errorCount(0), 0);
    PlanStep s = doc.project().plans[0].steps[0];
    s.filegroups.removeAll(QStringLiteral("imoltp_mod"));
    doc.undoStack()->push(new ChangePlanStepCommand(&doc, 0, 0, s));
    QVERIFY(hasRule(doc, "R-MOD-002"));
    doc.undoStack()->undo();
    QVERIFY(!hasRule(doc, "R-MOD-002"));
    QVERIFY(doc.project() == test::sample());
    doc.undoStack()->redo();
    QVERIFY(hasRule(doc, "R-MOD-002"));
}

void TestCommands::renameFilegroupCarriesReferences()
{
    ProjectDocument doc;
    doc.reset(test::sample());
    doc.undoStack()->push(new RenameFilegroupCommand(&doc, QStringLiteral("IMOLTP_MOD"), QStringLiteral("hekaton]fg")));
    const Project &p = doc.project();
    QVERIFY(p.database.filegroup(QStringLiteral("hekaton]fg")));
    QVERIFY(p.backup(QStringLiteral("imoltp_primary_mod"))->filegroups.contains(QStringLiteral("hekaton]fg")));
    QVERIFY(p.plans[0].steps[0].filegroups.contains(QStringLiteral("hekaton]fg")));
    QCOMPARE(doc.errorCount(0), 0); // still consistent
    doc.undoStack()->undo();
    QVERIFY(doc.project() == test::sample());
}

void TestCommands::removeFilegroupDropsReferences()
{
    ProjectDocument doc;
    doc.reset(test::sample());
    doc.undoStack()->push(new RemoveFilegroupCommand(&doc, QStringLiteral("imoltp_secondary")));
    QVERIFY(!doc.project().database.filegroup(QStringLiteral("imoltp_secondary")));
    QVERIFY(doc.project().plans[0].steps[2].files.isEmpty());
    doc.undoStack()->undo();
    QVERIFY(doc.project() == test::sample());
}

void TestCommands::toggleReadOnlyChangesTheVerdict()
{
    // A read/write imoltp_secondary cannot come online from its backup without log (R-PIECE-011).
    ProjectDocument doc;
    doc.reset(test::sample());
    doc.undoStack()->push(new SetFilegroupReadOnlyCommand(&doc, QStringLiteral("imoltp_secondary"), false));
    QVERIFY(hasRule(doc, "R-PIECE-011"));
    doc.undoStack()->undo();
    QCOMPARE(doc.errorCount(0), 0);
}

void TestCommands::dragIsOneUndoStep()
{
    ProjectDocument doc;
    doc.reset(test::sample());
    const QString id = QStringLiteral("imoltp_secondary");
    doc.undoStack()->push(new MoveBackupCommand(&doc, id, PlanTime::make(2017, 3, 6, 3, 35)));
    doc.undoStack()->push(new MoveBackupCommand(&doc, id, PlanTime::make(2017, 3, 6, 3, 40)));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.project().backup(id)->start, PlanTime::make(2017, 3, 6, 3, 40));
    QCOMPARE(doc.project().backup(id)->finish, PlanTime::make(2017, 3, 6, 3, 40, 30)); // duration kept
    doc.undoStack()->undo();
    QCOMPARE(doc.project().backup(id)->start, PlanTime::make(2017, 3, 6, 3, 30));
}

void TestCommands::stepsAddRemoveReorder()
{
    ProjectDocument doc;
    doc.reset(test::sample());
    doc.undoStack()->push(new MovePlanStepCommand(&doc, 0, 2, 0));
    QCOMPARE(doc.project().plans[0].steps[0].backup, QStringLiteral("imoltp_secondary"));
    doc.undoStack()->push(new RemovePlanStepCommand(&doc, 0, 0));
    QCOMPARE(doc.project().plans[0].steps.size(), 2);
    PlanStep s;
    s.statement = StepStatement::RestoreDatabase;
    s.recovery = RecoveryOption::Recovery;
    doc.undoStack()->push(new AddPlanStepCommand(&doc, 0, s, 1));
    QCOMPARE(doc.project().plans[0].steps.size(), 3);
    QCOMPARE(doc.project().plans[0].steps[1].backup, QString());
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
    b.id = AddBackupCommand::uniqueBackupId(doc.project(), QStringLiteral("imoltp_log"));
    QCOMPARE(b.id, QStringLiteral("imoltp_log_2"));
    b.type = BackupType::Log;
    doc.undoStack()->push(new AddBackupCommand(&doc, b));
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
    doc->undoStack()->push(new SetFilegroupReadOnlyCommand(doc, QStringLiteral("imoltp_secondary"), false));
    QVERIFY(doc->isModified());
    int emitted = 0;
    connect(doc, &ProjectDocument::modifiedChanged, this, [&] { ++emitted; });
    delete doc;
    QCOMPARE(emitted, 0);
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
