// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Plan dock shows what the plan costs (issue 10, part 4): above the step that loads the
// memory-optimized data the memory it needs (from the CFP snapshot before it, else what the
// containers say), in amber with R-MOD-003 when the environment states less; each step's estimated
// time; and under the steps when each filegroup comes online. Live: a snapshot added and undone,
// the throughput changed in the Environment form, the log's step removed. On the sample with
// snapshot A of tests/cfpfixtures.h (10 MiB of memory, 40 MiB of disk, hand-worked there). With
// RD_SCREENSHOT_DIR set, also writes plan-memory-needed.png.
#include "model/commands/editcommand.h"
#include "model/document/projectdocument.h"
#include "ui/elidedlabel.h"
#include "ui/mainwindow.h"
#include "ui/plandock.h"
#include "ui/planstepmodel.h"
#include "tests/cfpfixtures.h"
#include "timelinegestures.h"

#include <QLabel>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace rd;

namespace {
constexpr int LoadingRow = 1; // RESTORE LOG … WITH RECOVERY brings imoltp_mod online
const QString WithSnapshot = QStringLiteral(
    "Needs ≈ 10 MB of memory for imoltp_mod (and 40 MB of free disk), from the CFP snapshot of 02:00:00");
} // namespace

class TestPlanMemoryNote : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void withoutSnapshotTheContainersAndAHint();
    void aSnapshotGivesTheMemoryBeforeTheLoadingStep();
    void lessMemoryInTheEnvironmentIsAWarning();
    void theThroughputSetsEachStepsTime();
    void removingTheLogLoadsBeforeTheSnapshot();
    void screenshots();

private:
    void push(const ProjectEdit &edit, int plan = -1);
    QString note(int row) const { return m_view->model()->index(row, 0).data(PlanStepModel::MemoryNoteRole).toString(); }
    bool warning(int row) const { return m_view->model()->index(row, 0).data(PlanStepModel::MemoryWarningRole).toBool(); }
    QString time(int row) const { return m_view->model()->index(row, PlanStepModel::TimeColumn).data().toString(); }
    void setSpin(const char *name, int megabytes);

    MainWindow *m_window = nullptr;
    QTableView *m_view = nullptr;
    ElidedLabel *m_summary = nullptr;
};

void TestPlanMemoryNote::initTestCase()
{
    test::useTestSettings();
}

void TestPlanMemoryNote::init()
{
    m_window = test::openSampleWindow();
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    auto *dock = m_window->findChild<PlanDock *>();
    QVERIFY(dock);
    m_view = dock->stepsView();
    m_summary = dock->estimateSummary();
    QCOMPARE(m_view->model()->rowCount(), 3);
}

void TestPlanMemoryNote::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestPlanMemoryNote::push(const ProjectEdit &edit, int plan)
{
    ProjectDocument *document = m_window->document();
    document->undoStack()->push(new EditCommand(document, plan, edit, QStringLiteral("test")));
}

void TestPlanMemoryNote::setSpin(const char *name, int megabytes)
{
    auto *spin = m_window->findChild<QSpinBox *>(QLatin1String(name));
    QVERIFY2(spin, name);
    spin->setValue(megabytes); // the form pushes one edit, as a user's entry does
}

void TestPlanMemoryNote::withoutSnapshotTheContainersAndAHint()
{
    // The sample's containers state no size: the simulation knows no more than that.
    QCOMPARE(note(LoadingRow), QStringLiteral("Needs memory for imoltp_mod (2 containers), size not stated; no CFP "
                                              "snapshot precedes this step: import a DMV export or add a workload in "
                                              "the Checkpoint Files dock for an estimate"));
    QVERIFY(!warning(LoadingRow));
    QVERIFY(note(0).isEmpty());
    QVERIFY(note(2).isEmpty());
}

void TestPlanMemoryNote::aSnapshotGivesTheMemoryBeforeTheLoadingStep()
{
    const int plain = m_view->rowHeight(0);
    QCOMPARE(m_view->rowHeight(LoadingRow), m_view->rowHeight(0) + m_view->fontMetrics().height() + 8); // the strip
    push(ProjectEdit::addCfpSnapshot(test::cfpSnapshotA()));
    QCOMPARE(note(LoadingRow), WithSnapshot);
    QVERIFY(!warning(LoadingRow)); // the environment states no memory: nothing to compare with
    QVERIFY(m_view->model()->index(LoadingRow, 2).data(Qt::ToolTipRole).toString().contains(QLatin1String("10,485,760 bytes")));
    QCOMPARE(m_view->rowHeight(0), plain);

    m_window->document()->undoStack()->undo();
    QVERIFY(note(LoadingRow).contains(QLatin1String("no CFP snapshot precedes this step")));
    m_window->document()->undoStack()->redo();
    QCOMPARE(note(LoadingRow), WithSnapshot);
}

void TestPlanMemoryNote::lessMemoryInTheEnvironmentIsAWarning()
{
    push(ProjectEdit::addCfpSnapshot(test::cfpSnapshotA()));
    setSpin("environmentMemory", 8); // 8 MiB < 10 MiB
    QVERIFY(warning(LoadingRow));
    QCOMPARE(note(LoadingRow), QStringLiteral("R-MOD-003: needs ≈ 10 MB of memory for imoltp_mod but the target has "
                                              "8 MB (and 40 MB of free disk), from the CFP snapshot of 02:00:00"));
    setSpin("environmentMemory", 10); // exactly enough
    QVERIFY(!warning(LoadingRow));
    QCOMPARE(note(LoadingRow), WithSnapshot);
}

void TestPlanMemoryNote::theThroughputSetsEachStepsTime()
{
    push(ProjectEdit::addCfpSnapshot(test::cfpSnapshotA()));
    // At 1 MiB/s: step 1 reads imoltp_primary_mod (17 MiB) in 17 s; step 2 the log (1 MiB) in 1 s,
    // then loads the snapshot's 10 MiB at a rate not stated (a lower bound); step 3 imoltp_secondary
    // (8 MiB) in 8 s.
    setSpin("environmentRestoreRate", 1);
    QCOMPARE(time(0), QStringLiteral("17.0 s"));
    QCOMPARE(time(1), QStringLiteral("≥ 1.0 s"));
    QCOMPARE(time(2), QStringLiteral("8.0 s"));
    QVERIFY2(m_summary->fullText().startsWith(QStringLiteral("Restore time ≥ 26.0 s")), qPrintable(m_summary->fullText()));
    // Loaded at 1 MiB/s too: step 2 takes 1 + 10 s, ending 28 s in; imoltp_secondary online at 36 s.
    setSpin("environmentLoadRate", 1);
    QCOMPARE(time(1), QStringLiteral("11.0 s"));
    QCOMPARE(m_summary->fullText(), QStringLiteral("Restore time 36.0 s — online: PRIMARY after step 2 (28.0 s), "
                                               "imoltp_secondary after step 3 (36.0 s), imoltp_mod after step 2 "
                                               "(28.0 s) — at 1 MB/s (Target Server)"));
    QVERIFY(m_summary->isVisibleTo(m_window));
    // One line under the steps, elided to the dock's width; the tooltip has all of it.
    QVERIFY(m_summary->text() == m_summary->fullText() || m_summary->text().endsWith(QChar(0x2026)));
    QVERIFY(m_summary->height() < 2 * m_summary->fontMetrics().height());
    QVERIFY(m_summary->toolTip().contains(m_summary->fullText().toHtmlEscaped()));
    QVERIFY(m_view->model()->index(0, PlanStepModel::TimeColumn).data(Qt::ToolTipRole).toString().contains(
        QLatin1String("Reads imoltp_primary_mod (17 MB) at 1 MB/s (Target Server): 17.0 s")));
}

void TestPlanMemoryNote::removingTheLogLoadsBeforeTheSnapshot()
{
    // Snapshot B, at 03:45: pair 1 ACTIVE 8 MiB × 750 / 1,000 rows = 6 MiB, pair 2 ACTIVE 8 MiB ×
    // 900 / 1,000 = 7.2 MiB, pair 4 UNDER CONSTRUCTION 2 MiB: 15.2 MiB of memory, 60.8 MiB of disk.
    // Step 2's recovery reaches 04:00:10, after it.
    push(ProjectEdit::addCfpSnapshot(test::cfpSnapshotB()));
    QCOMPARE(note(LoadingRow), QStringLiteral("Needs ≈ 15.2 MB of memory for imoltp_mod (and 60.8 MB of free disk), "
                                              "from the CFP snapshot of 03:45:00"));
    // Without the log, step 2 (now imoltp_secondary WITH RECOVERY) recovers the data of
    // imoltp_primary_mod, at 03:01: before the snapshot, so only the containers are known.
    push(ProjectEdit::remove(LoadingRow), 0);
    QCOMPARE(m_view->model()->rowCount(), 2);
    QVERIFY(note(0).isEmpty());
    QVERIFY2(note(1).contains(QLatin1String("no CFP snapshot precedes this step")), qPrintable(note(1)));
    m_window->document()->undoStack()->undo();
    QVERIFY(note(LoadingRow).startsWith(QStringLiteral("Needs ≈ 15.2 MB")));
}

void TestPlanMemoryNote::screenshots()
{
    if (qEnvironmentVariableIsEmpty("RD_SCREENSHOT_DIR"))
        QSKIP("set RD_SCREENSHOT_DIR to write plan-memory-needed.png");
    auto *dock = m_window->findChild<PlanDock *>();
    dock->setFloating(true); // a dock of its own size, to look at
    dock->resize(860, 420);
    push(ProjectEdit::addCfpSnapshot(test::cfpSnapshotA()));
    setSpin("environmentRestoreRate", 1);
    setSpin("environmentLoadRate", 1);
    QTest::qWait(50);
    test::screenshot(dock, QStringLiteral("plan-memory-needed"));
    setSpin("environmentMemory", 8);
    QTest::qWait(50);
    test::screenshot(dock, QStringLiteral("plan-memory-needed-r-mod-003"));
}

QTEST_MAIN(TestPlanMemoryNote)
#include "tst_planmemorynote.moc"
