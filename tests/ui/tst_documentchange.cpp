// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Typed change notifications (issue 7, item 5): the selection is clamped before any view hears of
// a change, whatever the order views connected in; the step editor's backup chooser is rebuilt
// only when the backups change, never on a step edit.

#include "model/commands/editcommand.h"
#include "model/document/projectdocument.h"
#include "ui/backupchoicemodel.h"
#include "ui/stepeditorwidget.h"
#include "tests/model/sampleloader.h"
#include "ui/viewstate.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTest>

using namespace rd;

using test::sample;

class TestDocumentChange : public QObject
{
    Q_OBJECT
private slots:
    void selectionIsClampedBeforeViewsHear();
    void changesSayWhatTheyTouch();
    void backupChooserRebuiltOnlyForBackups();
};

void TestDocumentChange::selectionIsClampedBeforeViewsHear()
{
    ProjectDocument document;
    document.reset(sample());
    // A "view" connected before the view state exists: connection order would let it see a stale
    // selection if clamping depended on it.
    int stepSeen = -2;
    qsizetype stepsThen = -1;
    ViewState *state = nullptr;
    connect(&document, &ProjectDocument::changed, &document, [&] {
        stepSeen = state->currentStep();
        stepsThen = document.project().plans[0].steps.size();
    });
    ViewState viewState(&document);
    state = &viewState;
    viewState.setCurrentPlan(0);
    viewState.setCurrentStep(2); // the last of the sample's three steps
    QCOMPARE(viewState.currentStep(), 2);
    document.undoStack()->push(new EditCommand(&document, 0, ProjectEdit::remove(2)));
    QCOMPARE(stepsThen, qsizetype(2));
    QVERIFY2(stepSeen >= 0 && stepSeen < stepsThen, qPrintable(QString::number(stepSeen)));
}

void TestDocumentChange::changesSayWhatTheyTouch()
{
    ProjectDocument document;
    document.reset(sample());
    QSignalSpy changed(&document, &ProjectDocument::changed);
    PlanStep step = document.project().plans[0].steps[1];
    step.recovery = RecoveryOption::NoRecovery;
    document.undoStack()->push(new EditCommand(&document, 0, ProjectEdit::replace(1, step)));
    QCOMPARE(changed.size(), 1);
    const auto stepChange = changed.takeFirst().first().value<DocumentChange>();
    QVERIFY(stepChange.touchesPlan(0));
    QVERIFY(!stepChange.touchesHistory()); // the history's analysis is kept
    QCOMPARE(stepChange.step, 1);

    const Backup &log = *document.project().backup(QStringLiteral("imoltp_log"));
    document.undoStack()->push(new EditCommand(&document, 0, ProjectEdit::moveBackup(log.id, log.start.addSecs(60))));
    const auto backupChange = changed.takeFirst().first().value<DocumentChange>();
    QVERIFY(backupChange.touches(ChangeKind::Backups));
    QVERIFY(backupChange.backups.isEmpty() || backupChange.backups.contains(QStringLiteral("imoltp_log")));
}

void TestDocumentChange::backupChooserRebuiltOnlyForBackups()
{
    ProjectDocument document;
    document.reset(sample());
    BackupChoiceModel choices(&document);
    // Time order: imoltp_full (01:00) comes before imoltp_log (04:00) whatever the list order.
    QCOMPARE(choices.rowCount(), int(document.project().backups.size()) + 1);
    QVERIFY(choices.rowOf(QStringLiteral("imoltp_full")) < choices.rowOf(QStringLiteral("imoltp_log")));
    QCOMPARE(choices.rowOf(QString()), 0);
    QCOMPARE(choices.rowOf(QStringLiteral("no such backup")), -1);
    QCOMPARE(choices.data(choices.index(choices.rowOf(QStringLiteral("imoltp_log"))), BackupChoiceModel::IdRole).toString(),
             QStringLiteral("imoltp_log"));

    // The step editor's chooser: a step edit leaves its rows alone, a backup edit rebuilds them once.
    ViewState viewState(&document);
    StepEditorWidget editor(&document, &viewState);
    auto *combo = editor.findChild<QComboBox *>(QStringLiteral("backupCombo"));
    QVERIFY(combo);
    QSignalSpy resets(combo->model(), &QAbstractItemModel::modelReset);
    PlanStep step = document.project().plans[0].steps[1];
    step.recovery = RecoveryOption::NoRecovery;
    document.undoStack()->push(new EditCommand(&document, 0, ProjectEdit::replace(1, step)));
    QCOMPARE(resets.size(), 0);
    const Backup &log = *document.project().backup(QStringLiteral("imoltp_log"));
    document.undoStack()->push(new EditCommand(&document, 0, ProjectEdit::moveBackup(log.id, log.start.addSecs(60))));
    QCOMPARE(resets.size(), 1);
}

QTEST_MAIN(TestDocumentChange)
#include "tst_documentchange.moc"
