// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A save killed at any moment (issue 8, item 4): `convert` of a large plan is killed with SIGKILL
// after a random delay, again and again. Each time the output must hold exactly the previous
// version or exactly the new one, and nothing may be left in the private TMPDIR the child gets;
// beside the output only the hidden scratch file of a killed project save may remain
// (`.<name>.rdsave-XXXXXX`, docs/plan-format.md "How a file is saved"), and the next save removes
// it. The output's folder is a slow disk (diskpreload.cpp), so that writing the files takes a
// good part of a save and the kills land in it too, not only in reading the plan. The delays come
// from a seeded generator: the seed is printed, and RD_SAVECRASH_SEED=<n> replays them.

#include "tests/app/clirun.h"
#include "tests/app/largeplan.h"
#include "tests/testfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace rd::test;

class TestSaveCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedSave_data();
    void killedSave();

private:
    QTemporaryDir m_inputs;
    QString m_planA;
    QString m_planB;
    quint32 m_seed = 0;
};

void TestSaveCrash::initTestCase()
{
#ifndef Q_OS_LINUX
    QSKIP("SIGKILL is POSIX, the slow disk is an LD_PRELOAD library, and only on Linux has a QSaveFile's "
          "temporary file no name until it replaces the target; elsewhere a killed save can leave that "
          "file (docs/plan-format.md, \"How a file is saved\")");
#endif
    QVERIFY(m_inputs.isValid());
    m_planA = m_inputs.filePath(QStringLiteral("a.json"));
    m_planB = m_inputs.filePath(QStringLiteral("b.json"));
    QVERIFY(writeBytes(m_planA, rd::test::largePlanJson(3000, QStringLiteral("A"))));
    QVERIFY(writeBytes(m_planB, rd::test::largePlanJson(3000, QStringLiteral("B"))));
    const QByteArray seed = qgetenv("RD_SAVECRASH_SEED");
    m_seed = seed.isEmpty() ? QRandomGenerator::system()->generate() : seed.toUInt();
    qInfo("seed %u (RD_SAVECRASH_SEED=%u replays these delays)", m_seed, m_seed);
}

void TestSaveCrash::killedSave_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<int>("kills");
    QTest::addColumn<QString>("leftover"); ///< what a killed save may leave beside the output

    QTest::newRow("project file") << "plan.rdproj" << 20 << "^\\.plan\\.rdproj\\.rdsave-[A-Za-z0-9]{6}$";
    QTest::newRow("JSON plan") << "plan.json" << 10 << QString(); // QSaveFile only: nothing
}

void TestSaveCrash::killedSave()
{
#ifdef Q_OS_LINUX
    QFETCH(QString, output);
    QFETCH(int, kills);
    QFETCH(QString, leftover);

    // The two versions, written without interruption.
    QTemporaryDir references;
    QVERIFY(references.isValid());
    const QString refA = references.filePath(QStringLiteral("a-") + output);
    const QString refB = references.filePath(QStringLiteral("b-") + output);
    QCOMPARE(rd::test::runCli({QStringLiteral("convert"), m_planA, refA}).exitCode, 0);
    QCOMPARE(rd::test::runCli({QStringLiteral("convert"), m_planB, refB}).exitCode, 0);
    const QByteArray versionA = readBytes(refA);
    const QByteArray versionB = readBytes(refB);
    QVERIFY(!versionA.isEmpty() && !versionB.isEmpty() && versionA != versionB);

    QTemporaryDir target;
    QTemporaryDir tmp; // the child's TMPDIR: must stay empty
    QVERIFY(target.isValid() && tmp.isValid());
    const QString dir = QFileInfo(target.path()).canonicalFilePath(); // as /proc/self/fd names it
    const QString out = dir + u'/' + output;
    QProcessEnvironment env = rd::test::cliEnvironment();
    env.insert(QStringLiteral("TMPDIR"), tmp.path());
    env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(RD_DISK_PRELOAD));
    env.insert(QStringLiteral("RD_DISK_DIR"), dir);
    env.insert(QStringLiteral("RD_DISK_MICROSECONDS_PER_KIB"), QStringLiteral("150")); // ~150 ms per MB
    const auto save = [&](const QString &in) { return rd::test::runCli({QStringLiteral("convert"), in, out}, env); };

    // Version A in place, then how long a save takes on this disk: the median of three.
    QCOMPARE(save(m_planA).exitCode, 0);
    QCOMPARE(readBytes(out), versionA);
    QList<qint64> durations;
    QElapsedTimer timer;
    for (const QString &plan : {m_planB, m_planA, m_planB}) {
        timer.start();
        QCOMPARE(save(plan).exitCode, 0);
        durations << timer.elapsed();
    }
    QCOMPARE(readBytes(out), versionB);
    std::sort(durations.begin(), durations.end());
    const qint64 ms = durations.at(1);

    const QRegularExpression scratch(leftover.isEmpty() ? QStringLiteral("(?!)") : leftover);
    QRandomGenerator random(m_seed);
    int killed = 0;
    int killedAfterReplacing = 0; // killed saves that had already put the new version in place
    int leftScratch = 0;          // kills after which a scratch file was there
    timer.restart();
    for (int i = 0; i < kills; ++i) {
        const bool hasA = readBytes(out) == versionA;
        // Every other delay anywhere in a save, the others in its last quarter, where the file is
        // read back and copied over the output; up to a quarter longer, so that some finish.
        const quint32 from = i % 2 ? quint32(ms * 3 / 4) : 0;
        const int delay = int(from + random.bounded(quint32(ms * 5 / 4) - from + 1));
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(QStringLiteral(RD_APP_BINARY), {QStringLiteral("convert"), hasA ? m_planB : m_planA, out});
        QVERIFY(child.waitForStarted());
        const bool finished = child.waitForFinished(delay);
        if (finished) {
            QCOMPARE(child.exitCode(), 0);
        } else {
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished());
            ++killed;
        }
        const QByteArray now = readBytes(out);
        QVERIFY2(now == versionA || now == versionB,
                 qPrintable(QStringLiteral("save %1, killed after %2 ms: %3 holds %4 bytes, neither version")
                                .arg(i + 1).arg(delay).arg(out).arg(now.size())));
        QVERIFY2(entries(tmp.path()).isEmpty(), qPrintable(entries(tmp.path()).join(u' ')));
        const QStringList left = entries(dir);
        for (const QString &name : left)
            QVERIFY2(name == output || scratch.match(name).hasMatch(),
                     qPrintable(QStringLiteral("save %1, killed after %2 ms, left %3").arg(i + 1).arg(delay).arg(name)));
        if (!finished) {
            killedAfterReplacing += int(now == (hasA ? versionB : versionA));
            leftScratch += int(left.size() > 1);
        }
    }
    qInfo("%d of %d saves killed (a save takes about %lld ms): %d after the new version was in place, %d with a "
          "scratch file left; %lld ms in all", killed, kills, ms, killedAfterReplacing, leftScratch, timer.elapsed());
    QVERIFY2(killed * 5 >= kills, "too few saves were killed to test anything: the delays are too long");

    // A save that runs to its end removes what killed ones left, and writes the new version.
    const bool hasA = readBytes(out) == versionA;
    QCOMPARE(save(hasA ? m_planB : m_planA).exitCode, 0);
    QCOMPARE(readBytes(out), hasA ? versionB : versionA);
    QCOMPARE(entries(dir), QStringList{output});
    QVERIFY(entries(tmp.path()).isEmpty());
#endif
}

QTEST_GUILESS_MAIN(TestSaveCrash)
#include "tst_savecrash.moc"
