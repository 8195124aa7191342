// A save killed at any moment (issue 8, item 4): `convert` of a large plan is killed with SIGKILL
// after a random delay, again and again. Each time the output must hold exactly the previous
// version or exactly the new one, and nothing may be left in the private TMPDIR the child gets;
// beside the output only the hidden scratch file of a killed project save may remain
// (`.<name>.rdsave-XXXXXX`, docs/plan-format.md "How a file is saved"), and the next save removes
// it. The delays come from a seeded generator; the seed is printed, and RD_SAVECRASH_SEED=<n>
// replays a run.

#include "tests/app/clirun.h"
#include "tests/app/largeplan.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size() && f.flush();
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

/// `convert in out` to completion; its output's bytes, and how long it took in *ms.
QByteArray convert(const QString &in, const QString &out, qint64 *ms)
{
    QElapsedTimer timer;
    timer.start();
    const rd::test::CliRun run = rd::test::runCli({QStringLiteral("convert"), in, out});
    *ms = timer.elapsed();
    return run.exitCode == 0 ? readFile(out) : QByteArray();
}

} // namespace

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
    QSKIP("SIGKILL is POSIX, and on Linux a QSaveFile's temporary file has no name until it replaces the "
          "target; elsewhere a killed save can leave that file (docs/plan-format.md, \"How a file is saved\")");
#endif
    QVERIFY(m_inputs.isValid());
    m_planA = m_inputs.filePath(QStringLiteral("a.json"));
    m_planB = m_inputs.filePath(QStringLiteral("b.json"));
    QVERIFY(writeFile(m_planA, rd::test::largePlanJson(4000, QStringLiteral("A"))));
    QVERIFY(writeFile(m_planB, rd::test::largePlanJson(4000, QStringLiteral("B"))));
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
    QFETCH(QString, output);
    QFETCH(int, kills);
    QFETCH(QString, leftover);

    // The two versions, written without interruption, and how long a save takes.
    QTemporaryDir references;
    QVERIFY(references.isValid());
    qint64 ms = 0;
    qint64 ignored = 0;
    const QByteArray versionA = convert(m_planA, references.filePath(QStringLiteral("a-") + output), &ignored);
    const QByteArray versionB = convert(m_planB, references.filePath(QStringLiteral("b-") + output), &ms);
    QVERIFY(!versionA.isEmpty() && !versionB.isEmpty() && versionA != versionB);

    QTemporaryDir target;
    QTemporaryDir tmp; // the child's TMPDIR: must stay empty
    QVERIFY(target.isValid() && tmp.isValid());
    const QString out = target.filePath(output);
    QVERIFY(writeFile(out, versionA));
    QProcessEnvironment env = rd::test::cliEnvironment();
    env.insert(QStringLiteral("TMPDIR"), tmp.path());
    const QRegularExpression scratch(leftover.isEmpty() ? QStringLiteral("(?!)") : leftover);

    QRandomGenerator random(m_seed);
    int killed = 0;
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < kills; ++i) {
        const bool hasA = readFile(out) == versionA;
        const int delay = int(random.bounded(quint32(ms) + 1));
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(QStringLiteral(RD_APP_BINARY), {QStringLiteral("convert"), hasA ? m_planB : m_planA, out});
        QVERIFY(child.waitForStarted());
        if (child.waitForFinished(delay)) {
            QCOMPARE(child.exitCode(), 0);
        } else {
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished());
            ++killed;
        }
        const QByteArray now = readFile(out);
        QVERIFY2(now == versionA || now == versionB,
                 qPrintable(QStringLiteral("save %1, killed after %2 ms: %3 holds %4 bytes, neither version")
                                .arg(i + 1).arg(delay).arg(out).arg(now.size())));
        QVERIFY2(entries(tmp.path()).isEmpty(), qPrintable(entries(tmp.path()).join(u' ')));
        for (const QString &name : entries(target.path()))
            QVERIFY2(name == output || scratch.match(name).hasMatch(),
                     qPrintable(QStringLiteral("save %1, killed after %2 ms, left %3").arg(i + 1).arg(delay).arg(name)));
    }
    qInfo("%d of %d saves killed (a save takes about %lld ms), %lld ms in all", killed, kills, ms, total.elapsed());
    QVERIFY2(killed * 3 >= kills, "too few saves were killed to test anything: the delays are too long");

    // A save that runs to its end removes what killed ones left, and writes the new version.
    const bool hasA = readFile(out) == versionA;
    const rd::test::CliRun last = rd::test::runCli({QStringLiteral("convert"), hasA ? m_planB : m_planA, out}, env);
    QCOMPARE(last.exitCode, 0);
    QCOMPARE(readFile(out), hasA ? versionB : versionA);
    QCOMPARE(entries(target.path()), QStringList{output});
    QVERIFY(entries(tmp.path()).isEmpty());
}

QTEST_GUILESS_MAIN(TestSaveCrash)
#include "tst_savecrash.moc"
