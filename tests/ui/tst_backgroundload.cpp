// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Opening a big project reads it on a worker thread: the window keeps painting, a progress dialog
// with Cancel appears when the read takes a while, and Cancel leaves the open project as it was.
#include "ui/backgroundload.h"

#include <QApplication>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

using namespace rd;

namespace {

LoadResult projectNamed(const QString &name)
{
    LoadResult r;
    r.project = Project();
    r.project->database.name = name;
    return r;
}

/// The visible progress dialog, or null.
QProgressDialog *visibleProgress()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *p = qobject_cast<QProgressDialog *>(w); p && p->isVisible())
            return p;
    return nullptr;
}

} // namespace

class TestBackgroundLoad : public QObject
{
    Q_OBJECT
private slots:
    void aQuickReadShowsNoDialog();
    void aSlowReadShowsProgressAndKeepsTheWindowAlive();
    void cancelReturnsNothing_data();
    void cancelReturnsNothing();
    void anErrorComesBackAsItIs();
};

void TestBackgroundLoad::aQuickReadShowsNoDialog()
{
    QWidget window;
    bool dialogSeen = false;
    QTimer probe;
    connect(&probe, &QTimer::timeout, this, [&] { dialogSeen |= visibleProgress() != nullptr; });
    probe.start(10);
    const auto r = BackgroundLoad::run(&window, QStringLiteral("Reading quick.rdproj"), [] { return projectNamed(QStringLiteral("quick")); });
    QVERIFY(r && r->ok());
    QCOMPARE(r->project->database.name, QStringLiteral("quick"));
    QVERIFY(!dialogSeen);
}

void TestBackgroundLoad::aSlowReadShowsProgressAndKeepsTheWindowAlive()
{
    QWidget window;
    window.show();
    QString label;
    int ticks = 0; // the GUI thread's timers run during the read: the window is not frozen
    QTimer probe;
    connect(&probe, &QTimer::timeout, this, [&] {
        ++ticks;
        if (QProgressDialog *p = visibleProgress()) {
            if (label.isEmpty() && !qEnvironmentVariableIsEmpty("RD_SCREENSHOT_DIR")) // to look at it
                p->grab().save(qEnvironmentVariable("RD_SCREENSHOT_DIR") + QStringLiteral("/opening-progress.png"));
            label = p->labelText();
        }
    });
    probe.start(20);
    const QThread *gui = QThread::currentThread();
    const QThread *worker = nullptr;
    const auto r = BackgroundLoad::run(&window, QStringLiteral("Reading big.rdproj…"), [&worker] {
        worker = QThread::currentThread();
        QThread::msleep(BackgroundLoad::ShowAfterMs + 600);
        return projectNamed(QStringLiteral("big"));
    });
    QVERIFY(r && r->ok());
    QCOMPARE(r->project->database.name, QStringLiteral("big"));
    QVERIFY(worker && worker != gui);
    QCOMPARE(label, QStringLiteral("Reading big.rdproj…"));
    QVERIFY2(ticks >= 20, qPrintable(QString::number(ticks)));
    QVERIFY(!visibleProgress()); // gone with the read
}

void TestBackgroundLoad::cancelReturnsNothing_data()
{
    QTest::addColumn<bool>("escape");
    QTest::newRow("Cancel button") << false;
    QTest::newRow("Escape") << true;
}

void TestBackgroundLoad::cancelReturnsNothing()
{
    QFETCH(bool, escape);
    QWidget window;
    window.show();
    QSemaphore release;
    QTimer::singleShot(BackgroundLoad::ShowAfterMs + 300, this, [escape] {
        QProgressDialog *p = visibleProgress();
        QVERIFY(p);
        if (escape) {
            QTest::keyClick(p, Qt::Key_Escape);
        } else {
            auto *button = p->findChild<QPushButton *>();
            QVERIFY(button);
            QCOMPARE(button->text(), QStringLiteral("Cancel"));
            button->click();
        }
    });
    const auto r = BackgroundLoad::run(&window, QStringLiteral("Reading huge.rdproj"), [&release] {
        release.acquire(); // until the test lets it finish
        return projectNamed(QStringLiteral("huge"));
    });
    QVERIFY(!r);
    release.release();
    QVERIFY(QThreadPool::globalInstance()->waitForDone(5000));
}

void TestBackgroundLoad::anErrorComesBackAsItIs()
{
    QWidget window;
    const auto r = BackgroundLoad::run(&window, QStringLiteral("Reading bad.rdproj"), [] {
        LoadResult bad;
        bad.error = QStringLiteral("bad.rdproj: not a Restore Designer project");
        return bad;
    });
    QVERIFY(r && !r->ok());
    QCOMPARE(r->error, QStringLiteral("bad.rdproj: not a Restore Designer project"));
}

QTEST_MAIN(TestBackgroundLoad)
#include "tst_backgroundload.moc"
