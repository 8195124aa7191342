// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The view saved with the project (issue 9, item 7): Save writes the current plan and step, the
// selection and the timeline's zoom and left time into the project file without an undo step or
// a modified mark; Open restores them (the timeline once shown); a malformed view is ignored with
// a warning in the status bar.
#include "model/document/projectdocument.h"
#include "model/domain/plantime.h"
#include "model/storage/projectfile.h"
#include "ui/mainwindow.h"
#include "ui/projectfileactions.h"
#include "ui/timeline/timelinescene.h"
#include "ui/timeline/timelineview.h"
#include "ui/viewstate.h"

#include <QAction>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace rd;

namespace {
ViewState *viewState(MainWindow &w)
{
    return w.findChild<ViewState *>();
}
TimelineView *timeline(MainWindow &w)
{
    return w.findChild<TimelineView *>(QStringLiteral("timelineView"));
}
double zoom(MainWindow &w)
{
    return qobject_cast<TimelineScene *>(timeline(w)->scene())->pixelsPerSecond();
}
} // namespace

class TestViewStateSaved : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void saveKeepsTheViewAndOpenRestoresIt();
    void aFileOpenedBeforeTheWindowShowsGetsItsTimelineOnShow();
    void aMalformedViewIsIgnoredWithAWarning();

private:
    /// The sample saved as a project file with `view` as its Project::viewState.
    QString writeSample(const QString &name, const QJsonObject &view = {});
    QTemporaryDir m_dir;
};

void TestViewStateSaved::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("restore-designer-tests"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

QString TestViewStateSaved::writeSample(const QString &name, const QJsonObject &view)
{
    Project p = ProjectFileActions::sampleProject();
    p.viewState = view;
    const QString path = QDir(m_dir.path()).filePath(name + QStringLiteral(".rdproj"));
    QString error;
    if (!ProjectFile::save(p, path, &error))
        qWarning("%s", qPrintable(error));
    return path;
}

void TestViewStateSaved::saveKeepsTheViewAndOpenRestoresIt()
{
    const QString path = writeSample(QStringLiteral("kept"));
    const QDateTime left = PlanTime::make(2017, 3, 6, 2, 0); // inside the sample's day
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(path));
        ViewState *view = viewState(w);
        view->setCurrentStep(2);
        view->setSelectedBackup(QStringLiteral("imoltp_log"));
        view->setSelectedFilegroup(QStringLiteral("imoltp_mod"));
        timeline(w)->showFrom(0.5, left);
        w.findChild<QAction *>(QStringLiteral("saveAction"))->trigger();
        // The view is not an edit.
        QCOMPARE(w.document()->undoStack()->count(), 0);
        QVERIFY(!w.document()->isModified());
    }
    const LoadResult saved = ProjectFile::load(path);
    QVERIFY(saved.ok());
    const QJsonObject json = saved.project->viewState;
    QCOMPARE(json.value(QStringLiteral("plan")).toInt(-1), 0);
    QCOMPARE(json.value(QStringLiteral("step")).toInt(-1), 2);
    QCOMPARE(json.value(QStringLiteral("backup")).toString(), QStringLiteral("imoltp_log"));
    QCOMPARE(json.value(QStringLiteral("filegroup")).toString(), QStringLiteral("imoltp_mod"));
    const QJsonObject t = json.value(QStringLiteral("timeline")).toObject();
    QCOMPARE(t.value(QStringLiteral("pixelsPerSecond")).toDouble(), 0.5);
    // Whole pixels of scroll: at 0.5 px/s the left edge is within 2 s of the time asked for.
    QVERIFY(qAbs(PlanTime::parse(t.value(QStringLiteral("left")).toString())->secsTo(left)) <= 2);

    MainWindow again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY(again.openFile(path));
    QCOMPARE(viewState(again)->currentPlan(), 0);
    QCOMPARE(viewState(again)->currentStep(), 2);
    QCOMPARE(viewState(again)->selectedBackup(), QStringLiteral("imoltp_log"));
    QCOMPARE(viewState(again)->selectedFilegroup(), QStringLiteral("imoltp_mod"));
    QCOMPARE(zoom(again), 0.5);
    QVERIFY(qAbs(timeline(again)->leftTime().secsTo(left)) <= 4);
    QVERIFY(!again.document()->isModified());
}

void TestViewStateSaved::aFileOpenedBeforeTheWindowShowsGetsItsTimelineOnShow()
{
    // As `restore-designer FILE` does: open, then show.
    const QDateTime left = PlanTime::make(2017, 3, 6, 1, 0);
    const QString path = writeSample(QStringLiteral("hidden"),
                                     {{QStringLiteral("timeline"),
                                       QJsonObject{{QStringLiteral("pixelsPerSecond"), 0.2},
                                                   {QStringLiteral("left"), QStringLiteral("2017-03-06T01:00:00")}}}});
    MainWindow w;
    QVERIFY(w.openFile(path));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(zoom(w), 0.2);
    QVERIFY(qAbs(timeline(w)->leftTime().secsTo(left)) <= 10);
    // A later resize keeps the user's zoom rather than refitting the history.
    w.resize(w.width() - 200, w.height());
    QTest::qWait(50);
    QCOMPARE(zoom(w), 0.2);
}

void TestViewStateSaved::aMalformedViewIsIgnoredWithAWarning()
{
    const QString path = writeSample(QStringLiteral("malformed"),
                                     {{QStringLiteral("plan"), QStringLiteral("first")},
                                      {QStringLiteral("backup"), QStringLiteral("imoltp_full")}});
    MainWindow w;
    w.show();
    QVERIFY(w.openFile(path)); // never an error
    QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("saved view is ignored")),
             qPrintable(w.statusBar()->currentMessage()));
    QCOMPARE(viewState(w)->currentPlan(), 0);   // as for a file without a view
    QCOMPARE(viewState(w)->selectedBackup(), QStringLiteral("imoltp_full")); // the well-formed rest applies
}

QTEST_MAIN(TestViewStateSaved)
#include "tst_viewstatesaved.moc"
