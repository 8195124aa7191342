// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Issue 9: "A new project with a full and a log chain keeps an R-TAIL-003 error that no GUI edit
// can clear." The designer's new project (NewDatabase exists on the target, FULL recovery), a
// full backup and two log backups drawn as the timeline draws them, restored in order: R-TAIL-001
// and R-TAIL-003 (the work after the last log would be lost, tail-log-backups-sql-server.md). The
// R-TAIL-003 fix alone takes the tail (a real backup beside the others) and restores it last.

#include "model/analysis/projectanalysis.h"
#include "model/commands/editcommand.h"
#include "model/commands/projectedits.h"
#include "model/document/projectdocument.h"
#include "model/domain/plansteps.h"
#include "model/domain/plantime.h"
#include "model/tsql/tsqlwriter.h"
#include "ui/projectfileactions.h"

#include <QRegularExpression>
#include <QTest>
#include <QUndoStack>

using namespace rd;

namespace {

void push(ProjectDocument &doc, const ProjectEdit &edit)
{
    doc.undoStack()->push(new EditCommand(&doc, 0, edit, ProjectEdits::undoText(edit)));
}

const Diagnostic *find(const ProjectDocument &doc, const char *rule)
{
    for (const Diagnostic &d : doc.diagnostics(0))
        if (d.rule == QLatin1String(rule))
            return &d;
    return nullptr;
}

} // namespace

class TestNewProjectTail : public QObject
{
    Q_OBJECT
private slots:
    void tailFixClearsEveryError();
};

void TestNewProjectTail::tailFixClearsEveryError()
{
    ProjectDocument doc;
    doc.reset(ProjectFileActions::newProject());
    push(doc, ProjectEdits::newBackup(doc.project(), BackupType::Full, PlanTime::make(2026, 12, 2, 10, 0), {}));
    push(doc, ProjectEdits::newBackup(doc.project(), BackupType::Log, {}, {})); // 10:31, then 11:01
    push(doc, ProjectEdits::newBackup(doc.project(), BackupType::Log, {}, {}));
    const BackupList backups = doc.project().backups;
    QCOMPARE(backups.size(), 3);
    push(doc, ProjectEdit::insertAll(0, {PlanSteps::restoreOf(backups[0], RecoveryOption::NoRecovery),
                                         PlanSteps::restoreOf(backups[1], RecoveryOption::NoRecovery),
                                         PlanSteps::restoreOf(backups[2], RecoveryOption::Recovery)}));
    QVERIFY(find(doc, "R-TAIL-001"));
    const Diagnostic *d = find(doc, "R-TAIL-003");
    QVERIFY(d);
    QCOMPARE(d->step, 2);
    QVERIFY2(d->edit.isValid(), qPrintable(d->fix));
    const Project before = doc.project();
    push(doc, d->edit);

    for (const Diagnostic &x : doc.diagnostics(0))
        QVERIFY2(x.severity != Severity::Error, qPrintable(x.rule + u' ' + x.message));
    const Plan &plan = doc.project().plans[0];
    QCOMPARE(plan.steps.size(), 5);
    QVERIFY(plan.steps[0].statement == StepStatement::BackupLog && plan.steps[0].norecovery);
    QCOMPARE(plan.steps[0].backup, QStringLiteral("NewDatabase_tail_log"));
    QVERIFY(plan.steps[3].recovery == RecoveryOption::NoRecovery); // the last log no longer recovers…
    QVERIFY(plan.steps[4].statement == StepStatement::RestoreLog);  // …the tail does
    QCOMPARE(plan.steps[4].backup, QStringLiteral("NewDatabase_tail_log"));
    QVERIFY(plan.steps[4].recovery == RecoveryOption::Recovery);
    const Backup &tail = doc.project().backups.last();
    QVERIFY(tail.isLog() && tail.tailLog);
    QCOMPARE(tail.media, QStringList{QStringLiteral("c:\\backup\\NewDatabase_tail_log.trn")}); // beside the others
    QVERIFY(doc.analysis().plan(0).simulation.steps.last().database == DatabaseState::Online);
    const QString sql = TsqlWriter::restoreScript(doc.project(), plan, doc.analysis().plan(0).simulation);
    QVERIFY2(!sql.contains(QRegularExpression(QStringLiteral("N'<[^']*>'"))), qPrintable(sql));

    doc.undoStack()->undo(); // the backup and the steps go in one undo step
    QVERIFY(doc.project() == before);
}

QTEST_MAIN(TestNewProjectTail)
#include "tst_newprojecttail.moc"
