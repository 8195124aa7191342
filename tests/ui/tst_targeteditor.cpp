// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The plan's recovery target in the plan dock (issue 9, item 3): end of log, a point in time
// bounded to the history, or a mark; each change one undo step.
#include "model/document/projectdocument.h"
#include "model/domain/plantime.h"
#include "ui/docks/targeteditor.h"
#include "ui/projectfileactions.h"
#include "ui/viewstate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QTest>
#include <QUndoStack>

using namespace rd;

class TestTargetEditor : public QObject
{
    Q_OBJECT
private slots:
    void aPointInTimeWithinTheHistory();
    void aMark();
};

namespace {
void choose(QComboBox *combo, int index)
{
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}
} // namespace

void TestTargetEditor::aPointInTimeWithinTheHistory()
{
    // The sample's backups: imoltp_full from 01:00, the log backup imoltp_log ends 04:00:10 (2017-03-06).
    ProjectDocument document;
    document.reset(ProjectFileActions::sampleProject());
    ViewState viewState(&document);
    viewState.setCurrentPlan(0);
    TargetEditor editor(&document, &viewState);
    QCOMPARE(editor.kindCombo()->currentData().toInt(), int(RestoreTarget::Kind::EndOfLog));
    choose(editor.kindCombo(), editor.kindCombo()->findData(int(RestoreTarget::Kind::PointInTime)));
    const RestoreTarget &t = document.project().plans[0].target;
    QVERIFY(t.kind == RestoreTarget::Kind::PointInTime);
    QCOMPARE(t.pointInTime, PlanTime::make(2017, 3, 6, 4, 0, 10)); // the end of the last log: as far as it goes
    QCOMPARE(editor.timeEdit()->maximumDateTime(), PlanTime::make(2017, 3, 6, 4, 0, 10));
    QVERIFY(editor.timeEdit()->minimumDateTime() <= PlanTime::make(2017, 3, 6, 1, 0));
    editor.timeEdit()->setDateTime(PlanTime::make(2017, 3, 6, 3, 30));
    emit editor.timeEdit()->editingFinished();
    QCOMPARE(document.project().plans[0].target.pointInTime, PlanTime::make(2017, 3, 6, 3, 30));
    editor.timeEdit()->setDateTime(PlanTime::make(2017, 3, 7, 0, 0)); // past the logs: held at the bound
    QCOMPARE(editor.timeEdit()->dateTime(), PlanTime::make(2017, 3, 6, 4, 0, 10));
    QCOMPARE(document.undoStack()->count(), 2);
    document.undoStack()->undo();
    document.undoStack()->undo();
    QVERIFY(document.project().plans[0].target.kind == RestoreTarget::Kind::EndOfLog);
    QCOMPARE(editor.kindCombo()->currentData().toInt(), int(RestoreTarget::Kind::EndOfLog));
    QVERIFY(editor.timeEdit()->isHidden());
}

void TestTargetEditor::aMark()
{
    Project p = ProjectFileActions::sampleProject();
    TimelineEvent mark;
    mark.kind = EventKind::Mark;
    mark.name = QStringLiteral("before_price_update");
    mark.at = PlanTime::make(2017, 3, 6, 3, 45);
    p.events << mark;
    ProjectDocument document;
    document.reset(p);
    ViewState viewState(&document);
    viewState.setCurrentPlan(0);
    TargetEditor editor(&document, &viewState);
    choose(editor.kindCombo(), editor.kindCombo()->findData(int(RestoreTarget::Kind::Mark)));
    QCOMPARE(editor.markCombo()->count(), 1);
    QCOMPARE(document.project().plans[0].target.mark, QStringLiteral("before_price_update"));
    QVERIFY(!document.project().plans[0].target.beforeMark);
    editor.beforeMarkBox()->setChecked(true);
    QVERIFY(document.project().plans[0].target.beforeMark);
    QCOMPARE(document.undoStack()->count(), 2);
}

QTEST_MAIN(TestTargetEditor)
#include "tst_targeteditor.moc"
