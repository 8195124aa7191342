// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Trainer mode (issue 9, item 6): the step slider walks the plan and says after which step each
// filegroup comes online; presenter mode enlarges the fonts and hides the editing panels.
#include "model/document/projectdocument.h"
#include "ui/mainwindow.h"
#include "ui/projectfileactions.h"
#include "ui/timeline/timelinescene.h"
#include "ui/trainer/presentermode.h"
#include "ui/trainer/trainerbar.h"
#include "ui/viewstate.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QSlider>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>

using namespace rd;

class TestTrainerMode : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void theSliderWalksTheSample();
    void presenterModeComesAndGoes();
    void trainerModeIsAToggle();
};

void TestTrainerMode::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("restore-designer-tests"));
}

void TestTrainerMode::theSliderWalksTheSample()
{
    // Microsoft's piecemeal restore of imoltp: PRIMARY and imoltp_mod come online with the log
    // restored WITH RECOVERY (step 2), imoltp_secondary when it is restored (step 3).
    ProjectDocument document;
    document.reset(ProjectFileActions::sampleProject());
    ViewState viewState(&document);
    viewState.setCurrentPlan(0);
    viewState.setCurrentStep(-1);
    TrainerBar bar(&document, &viewState);
    QCOMPARE(bar.slider()->maximum(), 3);
    QCOMPARE(bar.slider()->value(), 0);
    QVERIFY(bar.label()->text().contains(QLatin1String("Before the restore")));
    QVERIFY2(bar.label()->text().contains(QLatin1String("PRIMARY: online after step 2")), qPrintable(bar.label()->text()));
    QVERIFY(bar.label()->text().contains(QLatin1String("imoltp_mod: online after step 2")));
    QVERIFY(bar.label()->text().contains(QLatin1String("imoltp_secondary: online after step 3")));
    QAction *previous = bar.findChild<QAction *>(QStringLiteral("previousStepAction"));
    QAction *next = bar.findChild<QAction *>(QStringLiteral("nextStepAction"));
    QVERIFY(previous && next);
    next->trigger();
    QCOMPARE(viewState.currentStep(), 0);
    QVERIFY(bar.label()->text().contains(QLatin1String("After step 1 of 3")));
    QVERIFY(bar.label()->text().contains(QLatin1String("database RESTORING")));
    next->trigger();
    next->trigger();
    QCOMPARE(viewState.currentStep(), 2);
    QVERIFY(bar.label()->text().contains(QLatin1String("database ONLINE")));
    next->trigger(); // at the end: stays
    QCOMPARE(viewState.currentStep(), 2);
    // Selecting a step elsewhere (the plan) moves the slider.
    viewState.setCurrentStep(1);
    QCOMPARE(bar.slider()->value(), 2);
    previous->trigger();
    QCOMPARE(viewState.currentStep(), 0);
}

void TestTrainerMode::presenterModeComesAndGoes()
{
    MainWindow window;
    window.openSample();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *presenter = window.findChild<PresenterMode *>();
    QVERIFY(presenter);
    auto *planDock = window.findChild<QDockWidget *>(QStringLiteral("planDock"));
    auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(planDock && toolBar && planDock->isVisible() && toolBar->isVisible());
    auto *trainerBar = window.findChild<TrainerBar *>();
    QVERIFY(trainerBar && !trainerBar->isVisible()); // trainer mode is off while designing
    const qreal size = QApplication::font().pointSizeF();
    presenter->action()->trigger();
    QVERIFY(presenter->isOn());
    QCOMPARE(QApplication::font().pointSizeF(), size * PresenterMode::FontScale);
    QVERIFY(!planDock->isVisible());
    QVERIFY(!toolBar->isVisible());
    // Presenter mode brings trainer mode (the step bar) with it, and leaving puts it back.
    QVERIFY(trainerBar->isVisible());
    presenter->action()->trigger();
    QVERIFY(!presenter->isOn());
    QCOMPARE(QApplication::font().pointSizeF(), size);
    QVERIFY(planDock->isVisible());
    QVERIFY(toolBar->isVisible());
    QVERIFY(!trainerBar->isVisible());
}

// Trainer mode is off while designing (the lanes keep their colours, no step bar); View ▸ Trainer
// Mode turns both on and off, and opening another project keeps it as the user set it.
void TestTrainerMode::trainerModeIsAToggle()
{
    MainWindow window;
    window.openSample();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *bar = window.findChild<TrainerBar *>();
    auto *scene = window.findChild<TimelineScene *>();
    QVERIFY(bar && scene);
    ViewState *viewState = scene->viewState();
    QCOMPARE(viewState->currentStep(), 0); // the open selects step 1 …
    QVERIFY(!bar->isVisible());
    QVERIFY(!scene->laneStateTint(0).isValid()); // … but nothing is tinted

    bar->trainerModeAction()->trigger();
    QVERIFY(viewState->trainerMode());
    QVERIFY(bar->isVisible());
    QVERIFY(scene->laneStateTint(0).isValid()); // PRIMARY RESTORING after step 1

    window.openSample();
    QVERIFY(viewState->trainerMode());
    QVERIFY(bar->trainerModeAction()->isChecked());

    bar->trainerModeAction()->trigger();
    QVERIFY(!viewState->trainerMode());
    QVERIFY(!bar->isVisible());
    QVERIFY(!scene->laneStateTint(0).isValid());
}

QTEST_MAIN(TestTrainerMode)
#include "tst_trainermode.moc"
