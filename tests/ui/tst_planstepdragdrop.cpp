// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Drag and drop in the plan (issue 9, item 4): a step dragged to another row moves there, a backup
// dropped on the plan becomes a step restoring it; each drop is one undo step. Driven through the
// model's drag-and-drop interface, as QTableView calls it for a drop.
#include "model/document/projectdocument.h"
#include "ui/designermime.h"
#include "ui/planstepmodel.h"
#include "ui/projectfileactions.h"
#include "ui/viewstate.h"

#include <QMimeData>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace rd;

class TestPlanStepDragDrop : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void aStepDraggedDownMovesThere();
    void aStepDraggedOntoTheFirstGoesFirst();
    void aStepDroppedOnItselfChangesNothing();
    void aBackupDroppedBecomesARestoreStep();
    void anUnknownBackupIsRefused();

private:
    /// The backups the sample's plan restores, in step order.
    QStringList stepBackups() const;
    bool dropStep(int from, int row, const QModelIndex &parent = {});

    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<ViewState> m_viewState;
    std::unique_ptr<PlanStepModel> m_model;
};

void TestPlanStepDragDrop::init()
{
    // The bundled sample's plan: PRIMARY and imoltp_mod from imoltp_primary_mod (NORECOVERY), the
    // log (RECOVERY), then imoltp_secondary online (RECOVERY).
    m_document = std::make_unique<ProjectDocument>();
    m_document->reset(ProjectFileActions::sampleProject());
    m_viewState = std::make_unique<ViewState>(m_document.get());
    m_viewState->setCurrentPlan(0);
    m_model = std::make_unique<PlanStepModel>(m_document.get(), m_viewState.get());
    QCOMPARE(stepBackups(), (QStringList{QStringLiteral("imoltp_primary_mod"), QStringLiteral("imoltp_log"),
                                         QStringLiteral("imoltp_secondary")}));
}

QStringList TestPlanStepDragDrop::stepBackups() const
{
    QStringList ids;
    for (const PlanStep &s : m_document->project().plans[0].steps)
        ids << s.backup;
    return ids;
}

bool TestPlanStepDragDrop::dropStep(int from, int row, const QModelIndex &parent)
{
    std::unique_ptr<QMimeData> data(m_model->mimeData({m_model->index(from, 0)}));
    return m_model->dropMimeData(data.get(), Qt::MoveAction, row, 0, parent);
}

void TestPlanStepDragDrop::aStepDraggedDownMovesThere()
{
    // Step 1 dropped between steps 2 and 3 (before row 2): it becomes step 2.
    QVERIFY(dropStep(0, 2));
    QCOMPARE(stepBackups(), (QStringList{QStringLiteral("imoltp_log"), QStringLiteral("imoltp_primary_mod"),
                                         QStringLiteral("imoltp_secondary")}));
    QVERIFY(m_model->index(1, PlanStepModel::BackupColumn).data().toString().contains(QLatin1String("imoltp_primary_mod")));
    QCOMPARE(m_viewState->currentStep(), 1);
    QCOMPARE(m_document->undoStack()->count(), 1);
    // The plan now restores a log before any database backup: the analysis says so.
    QVERIFY(!m_document->diagnostics(0).isEmpty());
    m_document->undoStack()->undo();
    QCOMPARE(stepBackups().first(), QStringLiteral("imoltp_primary_mod"));
}

void TestPlanStepDragDrop::aStepDraggedOntoTheFirstGoesFirst()
{
    // Dropped onto step 1 itself (no row between: the view gives its index as the parent).
    QVERIFY(dropStep(2, -1, m_model->index(0, 0)));
    QCOMPARE(stepBackups(), (QStringList{QStringLiteral("imoltp_secondary"), QStringLiteral("imoltp_primary_mod"),
                                         QStringLiteral("imoltp_log")}));
    // And past the last row: to the end.
    QVERIFY(dropStep(0, -1));
    QCOMPARE(stepBackups(), (QStringList{QStringLiteral("imoltp_primary_mod"), QStringLiteral("imoltp_log"),
                                         QStringLiteral("imoltp_secondary")}));
    QCOMPARE(m_document->undoStack()->count(), 2);
}

void TestPlanStepDragDrop::aStepDroppedOnItselfChangesNothing()
{
    QVERIFY(!dropStep(1, 1));
    QVERIFY(!dropStep(1, 2)); // just after itself: the same place
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestPlanStepDragDrop::aBackupDroppedBecomesARestoreStep()
{
    QMimeData data;
    data.setData(DesignerMime::backup(), QByteArrayLiteral("imoltp_full"));
    QVERIFY(m_model->canDropMimeData(&data, Qt::CopyAction, 1, 0, {}));
    QVERIFY(m_model->dropMimeData(&data, Qt::CopyAction, 1, 0, {}));
    QCOMPARE(stepBackups(), (QStringList{QStringLiteral("imoltp_primary_mod"), QStringLiteral("imoltp_full"),
                                         QStringLiteral("imoltp_log"), QStringLiteral("imoltp_secondary")}));
    const PlanStep &added = m_document->project().plans[0].steps[1];
    QVERIFY(added.statement == StepStatement::RestoreDatabase); // a full backup: RESTORE DATABASE
    QVERIFY(added.recovery == RecoveryOption::NoRecovery);
    QCOMPARE(m_viewState->currentStep(), 1);
    QCOMPARE(m_model->rowCount(), 4);
    m_document->undoStack()->undo();
    QCOMPARE(m_model->rowCount(), 3);
}

void TestPlanStepDragDrop::anUnknownBackupIsRefused()
{
    QMimeData data;
    data.setData(DesignerMime::backup(), QByteArrayLiteral("no_such_backup"));
    QVERIFY(!m_model->dropMimeData(&data, Qt::CopyAction, 0, 0, {}));
    QMimeData text;
    text.setText(QStringLiteral("imoltp_full"));
    QVERIFY(!m_model->canDropMimeData(&text, Qt::CopyAction, 0, 0, {}));
    QCOMPARE(m_document->undoStack()->count(), 0);
}

QTEST_MAIN(TestPlanStepDragDrop)
#include "tst_planstepdragdrop.moc"
