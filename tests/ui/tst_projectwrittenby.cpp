// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The designer's side of a project file's "writtenBy" (model/storage/projectstore.h): which
// version saved the open file, for Help ▸ About, and the status bar's warning when that version is
// newer than ours (the file still opens).
#include "model/document/projectdocument.h"
#include "model/storage/projectstore.h"
#include "ui/mainwindow.h"
#include "ui/projectfileactions.h"

#include <QAction>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {
const QString OldFile = QStringLiteral(RD_TEST_DATA_DIR "/imoltp-written-without-version.rdproj");
} // namespace

class TestProjectWrittenBy : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void followsTheOpenFile();
    void aNewerWriterIsWarnedAbout();
};

void TestProjectWrittenBy::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("restore-designer-tests"));
    QSettings().clear();
    QCoreApplication::setApplicationVersion(QStringLiteral("0.2.0"));
}

void TestProjectWrittenBy::followsTheOpenFile()
{
    MainWindow window;
    auto *files = window.findChild<ProjectFileActions *>();
    QVERIFY(files);
    QCOMPARE(files->writtenBy(), QString()); // untitled
    QVERIFY(window.openFile(OldFile));
    QCOMPARE(files->writtenBy(), QString()); // saved before versions were recorded

    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.rdproj"));
    window.document()->markSaved(copy); // as if saved there: Save writes it
    QVERIFY(files->save());
    QCOMPARE(files->writtenBy(), QStringLiteral("0.2.0")); // ours, now
    QCOMPARE(ProjectStore::open(copy).writtenBy, QStringLiteral("0.2.0"));

    files->newAction()->trigger(); // unmodified: no question
    QCOMPARE(files->writtenBy(), QString());
}

void TestProjectWrittenBy::aNewerWriterIsWarnedAbout()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.rdproj"));
    QString error;
    QVERIFY2(ProjectStore::save(*ProjectStore::open(OldFile).project, path, &error, QStringLiteral("7.0.0")),
             qPrintable(error));
    MainWindow window;
    QVERIFY(window.openFile(path)); // a warning, not an error
    QCOMPARE(window.findChild<ProjectFileActions *>()->writtenBy(), QStringLiteral("7.0.0"));
    const QString status = window.statusBar()->currentMessage();
    QVERIFY2(status.contains(QLatin1String("7.0.0")) && status.contains(QLatin1String("newer")), qPrintable(status));
}

QTEST_MAIN(TestProjectWrittenBy)
#include "tst_projectwrittenby.moc"
