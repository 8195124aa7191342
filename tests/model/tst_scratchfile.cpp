// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// ScratchFile (issue 8, item 4): the hidden file a project save builds in beside its target, named
// `.<target's name>.rdsave-XXXXXX` (six letters or digits), gone when the save ends; and
// removeStale(), which may only ever remove such files left by killed saves, never a user's file.

#include "model/io/scratchfile.h"
#include "tests/testfiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;
using namespace rd::test;

namespace {

/// A file with some bytes in it, last modified at `modified` (now when invalid).
bool makeFile(const QString &path, const QDateTime &modified = QDateTime())
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write("some bytes") > 0 && f.flush() // before the time is set
           && (!modified.isValid() || f.setFileTime(modified, QFileDevice::FileModificationTime));
}

} // namespace

class TestScratchFile : public QObject
{
    Q_OBJECT

private slots:
    void hiddenEmptyFileBesideTheTarget();
    void removedWhenDone();
    void folderMissing();
    void isScratchName_data();
    void isScratchName();
    void removeStaleTouchesOnlyKilledSavesFiles();
    void removeStaleTakesTheNameLiterally();
};

void TestScratchFile::hiddenEmptyFileBesideTheTarget()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("plan.rdproj"));
    ScratchFile first(target);
    ScratchFile second(target);
    QVERIFY2(first.isValid() && second.isValid(), qPrintable(first.errorString() + second.errorString()));
    QVERIFY(first.fileName() != second.fileName()); // never an existing file
    const QRegularExpression pattern(QStringLiteral("^\\.plan\\.rdproj\\.rdsave-[A-Za-z0-9]{6}$"));
    for (const ScratchFile *scratch : {&first, &second}) {
        const QFileInfo info(scratch->fileName());
        QCOMPARE(info.absolutePath(), QFileInfo(dir.path()).absoluteFilePath());
        QVERIFY2(pattern.match(info.fileName()).hasMatch(), qPrintable(info.fileName()));
        QVERIFY(info.isFile());
        QCOMPARE(info.size(), 0);
    }
    QVERIFY(!QFileInfo::exists(target));
}

void TestScratchFile::removedWhenDone()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("plan.rdproj"));
    {
        ScratchFile scratch(target);
        QVERIFY(scratch.isValid());
        QVERIFY(makeFile(scratch.fileName())); // SQLite has written into it
        QCOMPARE(entries(dir.path()).size(), 1);
    }
    QCOMPARE(entries(dir.path()), QStringList());

    ScratchFile scratch(target);
    const QString name = scratch.fileName();
    scratch.remove();
    QVERIFY(!QFileInfo::exists(name));
    QVERIFY(!scratch.isValid());
    QCOMPARE(entries(dir.path()), QStringList());
}

void TestScratchFile::folderMissing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ScratchFile scratch(dir.filePath(QStringLiteral("missing/plan.rdproj")));
    QVERIFY(!scratch.isValid());
    QVERIFY(scratch.fileName().isEmpty());
    QVERIFY(!scratch.errorString().isEmpty());
    QCOMPARE(entries(dir.path()), QStringList());
}

void TestScratchFile::isScratchName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("scratch");
    QTest::newRow("scratch file") << ".plan.rdproj.rdsave-a1B2c3" << true;
    QTest::newRow("digits only") << ".plan.rdproj.rdsave-000000" << true;
    QTest::newRow("another target's") << ".plan2.rdproj.rdsave-a1B2c3" << false;
    QTest::newRow("target of another case") << ".Plan.rdproj.rdsave-a1B2c3" << false;
    QTest::newRow("not hidden") << "plan.rdproj.rdsave-a1B2c3" << false;
    QTest::newRow("five characters") << ".plan.rdproj.rdsave-a1B2c" << false;
    QTest::newRow("seven characters") << ".plan.rdproj.rdsave-a1B2c3d" << false;
    QTest::newRow("a dash among them") << ".plan.rdproj.rdsave-a1-2c3" << false;
    QTest::newRow("a non-ASCII letter") << QString::fromUtf8(".plan.rdproj.rdsave-a1\xC3\xA9" "2c") << false;
    QTest::newRow("SQLite's journal beside one") << ".plan.rdproj.rdsave-a1B2c3-journal" << false;
    QTest::newRow("the target itself") << "plan.rdproj" << false;
}

void TestScratchFile::isScratchName()
{
    QFETCH(QString, name);
    QFETCH(bool, scratch);
    QCOMPARE(ScratchFile::isScratchName(name, QStringLiteral("plan.rdproj")), scratch);
}

void TestScratchFile::removeStaleTouchesOnlyKilledSavesFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDateTime anHourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QStringList kept{
        QStringLiteral(".plan.rdproj.rdsave-Now123"),     // written since this process started
        QStringLiteral(".plan.rdproj.rdsave-abc12"),      // not our pattern
        QStringLiteral(".plan.rdproj.rdsave-abc123.bak"), // not our pattern
        QStringLiteral(".plan.rdproj.rdsave-folder"),     // a folder
        QStringLiteral(".plan2.rdproj.rdsave-abc123"),    // another target's
        QStringLiteral("notes.txt"),
        QStringLiteral("plan.rdproj"),
    };
    for (const QString &name : kept) {
        if (name.endsWith(QLatin1String("folder")))
            QVERIFY(QDir(dir.path()).mkdir(name));
        else
            QVERIFY(makeFile(dir.filePath(name), name.contains(QLatin1String("Now")) ? QDateTime() : anHourAgo));
    }
    const QStringList stale{QStringLiteral(".plan.rdproj.rdsave-abc123"), QStringLiteral(".plan.rdproj.rdsave-XYZ789")};
    for (const QString &name : stale)
        QVERIFY(makeFile(dir.filePath(name), anHourAgo));
    QStringList links;
#ifdef Q_OS_UNIX
    // A symbolic link is never ours, even with our name; removing it would not touch its target,
    // but it stays all the same. (Windows needs privileges to make one.)
    links << QStringLiteral(".plan.rdproj.rdsave-Link00");
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("notes.txt")), dir.filePath(links.constFirst())));
#endif

    QCOMPARE(ScratchFile::removeStale(dir.filePath(QStringLiteral("plan.rdproj"))), int(stale.size()));
    QStringList expected = kept + links;
    expected.sort();
    QCOMPARE(entries(dir.path()), expected);
    QCOMPARE(ScratchFile::removeStale(dir.filePath(QStringLiteral("plan.rdproj"))), 0);
}

// QDir's name filters treat * ? [ ] as wildcards; a target may have them in its name.
void TestScratchFile::removeStaleTakesTheNameLiterally()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDateTime anHourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QVERIFY(makeFile(dir.filePath(QStringLiteral(".plan[1].rdproj.rdsave-abc123")), anHourAgo));
    QVERIFY(makeFile(dir.filePath(QStringLiteral(".plan1.rdproj.rdsave-abc123")), anHourAgo)); // what [1] matches as a wildcard
    QCOMPARE(ScratchFile::removeStale(dir.filePath(QStringLiteral("plan[1].rdproj"))), 1);
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral(".plan1.rdproj.rdsave-abc123")});
#ifndef Q_OS_WIN // * and ? cannot be in a Windows file name
    QVERIFY(makeFile(dir.filePath(QStringLiteral(".p*?.rdproj.rdsave-abc123")), anHourAgo));
    QCOMPARE(ScratchFile::removeStale(dir.filePath(QStringLiteral("p*?.rdproj"))), 1);
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral(".plan1.rdproj.rdsave-abc123")});
#endif
}

QTEST_GUILESS_MAIN(TestScratchFile)
#include "tst_scratchfile.moc"
