// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The benchmarks' synthetic msdb export (tests/benchmarks/msdbexportgenerator.h) keeps the
// promises its header makes, read back through the msdb import: so the import and planning
// figures of bench_msdbimport are measured on a history a restore could follow. Each check is a
// rule of the log chain (msdb-formats §0: an unbroken chain is next.first_lsn == prev.last_lsn;
// the first log after a data backup D holds D.last_lsn), not the generator's arithmetic.
#include "model/io/msdbhistoryreader.h"
#include "tests/benchmarks/msdbexportgenerator.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rd;

class TestMsdbExportGenerator : public QObject
{
    Q_OBJECT

private slots:
    void historyIsConsistent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.csv"));
        bench::MsdbExportShape shape;
        shape.backups = 4000;
        shape.databases = 2;
        shape.days = 30; // a backup every 21.6 minutes per database; the restore on the last day
        QString error;
        const std::optional<bench::MsdbExportFacts> facts = bench::MsdbExportGenerator::write(path, shape, &error);
        QVERIFY2(facts, qPrintable(error));
        QCOMPARE(facts->databases, (QStringList{QStringLiteral("sales"), QStringLiteral("hr")}));
        for (const QString &database : facts->databases) {
            const HistoryImport r = MsdbHistoryReader::readFiles({path}, database);
            QVERIFY2(r.ok(), qPrintable(r.messages().join(u'\n')));
            QCOMPARE(r.rowsRead, facts->rows);
            const BackupList &backups = r.project->backups;
            QCOMPARE(backups.size(), 2000);
            int forks = 0, copyFulls = 0, copyLogs = 0, diffs = 0;
            const Backup *previousLog = nullptr;
            QString newFork;
            for (qsizetype i = 0; i < backups.size(); ++i) {
                const Backup &b = backups[i];
                if (!newFork.isEmpty())
                    QCOMPARE(b.lastRecoveryForkId.isEmpty() ? b.recoveryForkId : b.lastRecoveryForkId, newFork);
                if (b.copyOnly) {
                    (b.isLog() ? copyLogs : copyFulls) += 1;
                    continue;
                }
                if (b.isLog()) {
                    QCOMPARE(b.media.size(), 1);
                    if (!b.lastRecoveryForkId.isEmpty()) {
                        // The log that spans the restore's fork starts at the fork point, behind
                        // where the old fork's chain had got to.
                        ++forks;
                        newFork = b.lastRecoveryForkId;
                        QCOMPARE(b.firstLsn, b.forkPointLsn);
                        QVERIFY(previousLog && b.forkPointLsn < previousLog->lastLsn);
                    } else if (previousLog) {
                        QCOMPARE(b.firstLsn, previousLog->lastLsn);
                    }
                    previousLog = &b;
                    continue;
                }
                QCOMPARE(b.media.size(), b.type == BackupType::Full ? 4 : 2);
                // The next log holds the data backup's last LSN.
                for (qsizetype j = i + 1; j < backups.size(); ++j) {
                    const Backup &next = backups[j];
                    if (!next.isLog() || next.copyOnly)
                        continue;
                    QVERIFY(next.firstLsn <= b.lastLsn && b.lastLsn < next.lastLsn);
                    break;
                }
                if (b.type == BackupType::Differential) {
                    ++diffs;
                    const auto base = std::find_if(backups.cbegin(), backups.cend(), [&](const Backup &x) {
                        return x.backupSetGuid == b.differentialBaseGuid;
                    });
                    QVERIFY(base != backups.cend());
                    QVERIFY(base->type == BackupType::Full && !base->copyOnly);
                    QCOMPARE(b.differentialBaseLsn, base->checkpointLsn);
                    QCOMPARE(b.databaseBackupLsn, base->checkpointLsn);
                }
            }
            QCOMPARE(forks, 1);
            QVERIFY(copyFulls >= 1); // the 15th
            QVERIFY(copyLogs >= 4);  // Wednesdays
            QVERIFY(diffs >= 20);
        }
    }
};

QTEST_GUILESS_MAIN(TestMsdbExportGenerator)
#include "tst_msdbexportgenerator.moc"
