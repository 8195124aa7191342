// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// File ▸ Open Sample and File ▸ Open Recent (issue 9, item 7): the bundled sample opens as an
// untitled copy, so Save never overwrites it; the recent files list the projects opened and
// saved, newest first, and forget one that is gone.
#include "model/document/projectdocument.h"
#include "model/io/planjsonreader.h"
#include "model/io/planjsonwriter.h"
#include "ui/projectfileactions.h"
#include "ui/recentfiles.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWidget>

using namespace rd;

namespace {
/// A document with its File actions, as the main window has them.
struct Session
{
    ProjectDocument document;
    QWidget window;
    ProjectFileActions files{&document, &window};
};
} // namespace

class TestProjectFiles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void theSampleIsTheBundledFile();
    void theSampleOpensUntitled();
    void recentFilesListOpenedAndSavedProjects();
    void aRecentFileThatIsGoneIsForgotten();
    void theRecentMenuOpensAProject();

private:
    QString writePlan(const QString &name);
    static bool openBoth(ProjectFileActions &files, const QString &first, const QString &second)
    {
        return files.openFile(first) && files.openFile(second);
    }
    /// Writes plans alpha and beta and opens them in that order.
    bool openAlphaThenBeta(ProjectFileActions &files, QString *alpha, QString *beta)
    {
        *alpha = writePlan(QStringLiteral("alpha"));
        *beta = writePlan(QStringLiteral("beta"));
        return openBoth(files, *alpha, *beta);
    }
    QTemporaryDir m_dir;
};

void TestProjectFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("restore-designer-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_projectfiles"));
    QVERIFY(m_dir.isValid());
}

void TestProjectFiles::init()
{
    QSettings().clear();
}

QString TestProjectFiles::writePlan(const QString &name)
{
    Project p = ProjectFileActions::newProject();
    p.database.name = name;
    const QString path = QDir(m_dir.path()).filePath(name + QStringLiteral(".json"));
    QString error;
    if (!PlanJsonWriter::writeFile(p, path, &error))
        qWarning() << error;
    return path;
}

void TestProjectFiles::theSampleIsTheBundledFile()
{
    // The embedded copy is the file in resources/samples, read the usual way.
    const LoadResult onDisk = PlanJsonReader::readFile(QStringLiteral(RD_SOURCE_DIR "/resources/samples/imoltp-piecemeal.json"));
    QVERIFY2(onDisk.ok(), qPrintable(onDisk.error));
    const Project sample = ProjectFileActions::sampleProject();
    QCOMPARE(sample.database.name, QStringLiteral("imoltp"));
    QVERIFY(sample == *onDisk.project);
}

void TestProjectFiles::theSampleOpensUntitled()
{
    Session s;
    ProjectDocument &document = s.document;
    ProjectFileActions &files = s.files;
    document.reset(ProjectFileActions::newProject(), QDir(m_dir.path()).filePath(QStringLiteral("mine.rdproj")));
    QSignalSpy replaced(&files, &ProjectFileActions::projectReplaced);
    files.openSample();
    QCOMPARE(replaced.size(), 1);
    QVERIFY(document.filePath().isEmpty()); // Save asks where: the sample is never overwritten
    QVERIFY(!document.isModified());
    QVERIFY(document.project() == ProjectFileActions::sampleProject());
    QVERIFY(files.recentFiles()->paths().isEmpty()); // nothing on disk was opened
}

void TestProjectFiles::recentFilesListOpenedAndSavedProjects()
{
    Session s;
    ProjectDocument &document = s.document;
    ProjectFileActions &files = s.files;
    QString a, b;
    QVERIFY(openAlphaThenBeta(files, &a, &b));
    QCOMPARE(files.recentFiles()->paths(), (QStringList{b, a}));
    QVERIFY(files.openFile(a)); // reopened: first again, listed once
    QCOMPARE(files.recentFiles()->paths(), (QStringList{a, b}));
    // Saving under a new name lists the new file.
    const QString c = QDir(m_dir.path()).filePath(QStringLiteral("gamma.rdproj"));
    document.reset(ProjectFileActions::newProject(), c);
    QVERIFY(!files.recentFiles()->paths().contains(c));
    QVERIFY(files.save());
    QCOMPARE(files.recentFiles()->paths(), (QStringList{c, a, b}));
    // At most MaxFiles, the oldest dropped.
    for (int i = 0; i < RecentFiles::MaxFiles + 2; ++i)
        files.recentFiles()->add(QDir(m_dir.path()).filePath(QStringLiteral("f%1.json").arg(i)));
    QCOMPARE(files.recentFiles()->paths().size(), RecentFiles::MaxFiles);
    QVERIFY(!files.recentFiles()->paths().contains(a));
    // Kept across sessions: another instance reads the same list.
    RecentFiles other;
    QCOMPARE(other.paths(), files.recentFiles()->paths());
}

void TestProjectFiles::aRecentFileThatIsGoneIsForgotten()
{
    Session s;
    ProjectDocument &document = s.document;
    ProjectFileActions &files = s.files;
    const QString kept = writePlan(QStringLiteral("kept"));
    const QString gone = writePlan(QStringLiteral("gone"));
    QVERIFY(openBoth(files, kept, gone));
    QVERIFY(QFile::remove(gone));
    // The error is shown in a message box: close it when it appears (the file is read on a worker
    // thread first, so it comes after a few turns of the event loop).
    QString shown;
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, [&shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->close();
        }
    });
    closer.start(20);
    QVERIFY(!files.openFile(gone));
    QVERIFY2(shown.contains(QFileInfo(gone).fileName()), qPrintable(shown));
    QCOMPARE(files.recentFiles()->paths(), QStringList{kept});
    QCOMPARE(document.filePath(), QFileInfo(gone).absoluteFilePath()); // the open project stays
}

void TestProjectFiles::theRecentMenuOpensAProject()
{
    Session s;
    QString a, b;
    QVERIFY(openAlphaThenBeta(s.files, &a, &b));
    QMenu *menu = s.files.recentMenu();
    emit menu->aboutToShow();
    const QList<QAction *> actions = menu->actions();
    QVERIFY(actions.size() >= 2);
    QCOMPARE(actions[0]->toolTip(), QDir::toNativeSeparators(b));
    QCOMPARE(actions[1]->toolTip(), QDir::toNativeSeparators(a));
    actions[1]->trigger(); // nothing unsaved: no question
    QCOMPARE(s.document.filePath(), QFileInfo(a).absoluteFilePath());
    QCOMPARE(s.document.project().database.name, QStringLiteral("alpha"));
    // Clear List empties it.
    emit menu->aboutToShow();
    QAction *clear = menu->findChild<QAction *>(QStringLiteral("clearRecentFilesAction"));
    QVERIFY(clear);
    clear->trigger();
    QVERIFY(s.files.recentFiles()->paths().isEmpty());
}

QTEST_MAIN(TestProjectFiles)
#include "tst_projectfiles.moc"
