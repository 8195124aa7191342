// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// `simulate` reports the memory-optimized load (R-MOD-004) as docs/plan-format.md
// describes it: an added field of the JSON step and an added row of the text, on the step whose
// recovery loads the data, and nowhere else.

#include "model/io/planjsonreader.h"
#include "model/io/planjsonwriter.h"
#include "tests/app/clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

const QString Sample = QStringLiteral(RD_SOURCE_DIR "/resources/samples/imoltp-piecemeal.json");

QByteArray simulate(const QString &path, bool json)
{
    QStringList args{QStringLiteral("simulate")};
    if (json)
        args << QStringLiteral("--format") << QStringLiteral("json");
    const rd::test::CliRun r = rd::test::runCli(args << path);
    if (r.exitCode != 0)
        qWarning("simulate %s failed: %s", qPrintable(path), r.err.constData());
    return r.out;
}

QJsonArray steps(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object()[QStringLiteral("plans")].toArray().at(0)[QStringLiteral("steps")].toArray();
}

} // namespace

class TestSimulateLoad : public QObject
{
    Q_OBJECT
private slots:
    void sampleHasTheLoadOnItsRecoveringStepOnly();
    void statedSizesAndRateGiveBytesAndSeconds();
};

void TestSimulateLoad::sampleHasTheLoadOnItsRecoveringStepOnly()
{
    // Step index 1 (RESTORE LOG … WITH RECOVERY) brings the database up with imoltp_mod; the sample
    // states no container sizes and no rate, so those are null.
    const QJsonArray s = steps(simulate(Sample, true));
    QCOMPARE(s.size(), 3);
    QVERIFY(!s.at(0).toObject().contains(QStringLiteral("memoryOptimizedLoad")));
    QVERIFY(!s.at(2).toObject().contains(QStringLiteral("memoryOptimizedLoad")));
    const QJsonObject load = s.at(1)[QStringLiteral("memoryOptimizedLoad")].toObject();
    QCOMPARE(load[QStringLiteral("filegroup")].toString(), QStringLiteral("imoltp_mod"));
    QCOMPARE(load[QStringLiteral("containers")].toInt(), 2);
    QCOMPARE(load[QStringLiteral("unsizedContainers")].toInt(), 2);
    for (const char *key : {"bytes", "bytesPerSecond", "seconds"})
        QVERIFY2(load[QLatin1String(key)].isNull(), key);

    // Text: one added row on step 2 (counted from 1), after the existing ones.
    const QString text = QString::fromUtf8(simulate(Sample, false));
    QCOMPARE(text.count(QLatin1String("memory-optimized load")), 1);
    const qsizetype row = text.indexOf(QLatin1String("memory-optimized load"));
    QVERIFY(row > text.indexOf(QLatin1String("step 2")) && row < text.indexOf(QLatin1String("step 3")));
    QVERIFY(row > text.indexOf(QLatin1String("point in time"), text.indexOf(QLatin1String("step 2"))));
}

void TestSimulateLoad::statedSizesAndRateGiveBytesAndSeconds()
{
    // 1 GiB + 512 MiB containers at 10^8 bytes/s: 1,610,612,736 bytes, 16.106 s → 16.1.
    LoadResult sample = PlanJsonReader::readFile(Sample);
    QVERIFY(sample.ok());
    Project p = *sample.project;
    p.database.filegroups[2].files[0].sizeBytes = qint64(1) << 30;
    p.database.filegroups[2].files[1].sizeBytes = qint64(512) << 20;
    p.environment.memoryOptimizedLoadBytesPerSecond = 100'000'000;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sized.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(PlanJsonWriter::write(p));
    f.close();

    const QJsonObject load = steps(simulate(path, true)).at(1)[QStringLiteral("memoryOptimizedLoad")].toObject();
    QCOMPARE(load[QStringLiteral("bytes")].toDouble(), 1610612736.0);
    QCOMPARE(load[QStringLiteral("bytesPerSecond")].toDouble(), 1e8);
    QCOMPARE(load[QStringLiteral("seconds")].toDouble(), 16.1);
    QCOMPARE(load[QStringLiteral("unsizedContainers")].toInt(), 0);
    QVERIFY(QString::fromUtf8(simulate(path, false)).contains(QStringLiteral("≈16.1 s")));
}

QTEST_GUILESS_MAIN(TestSimulateLoad)
#include "tst_simulateload.moc"
