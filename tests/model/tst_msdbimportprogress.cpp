// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Progress and cancel of the msdb history reader (MsdbHistoryReader::readFiles with an
// ImportProgress), which File ▸ Import History shows as a progress bar with Cancel. The expected
// totals are the files' sizes on disk, read independently with QFileInfo.
#include "model/io/historyimporter.h"
#include "model/io/msdbhistoryreader.h"

#include <QFileInfo>
#include <QTest>

using namespace rd;

namespace {

const QString DataDir = QStringLiteral(RD_TEST_DATA_DIR "/msdb/");
const QString Imoltp = DataDir + QStringLiteral("history-imoltp.csv");
const QString TwoDatabases = DataDir + QStringLiteral("two-databases.csv");

struct Report
{
    qint64 done;
    qint64 total;
};

/// An ImportProgress recording every report; it says "stop" at report number `stopAt` (1-based;
/// 0 = never).
ImportProgress recorder(QList<Report> *reports, int stopAt = 0)
{
    return ImportProgress{[reports, stopAt](qint64 done, qint64 total) {
        reports->append({done, total});
        return stopAt == 0 || reports->size() < stopAt;
    }};
}

} // namespace

class TestMsdbImportProgress : public QObject
{
    Q_OBJECT

private slots:
    // Read in pieces of 64 bytes, the file's bytes are reported from 0 up to its size, never
    // backwards, and the import is the one a read without progress makes.
    void reportsMonotonicBytes()
    {
        const qint64 size = QFileInfo(Imoltp).size();
        QVERIFY(size > 64 * 10); // several pieces
        QList<Report> reports;
        const HistoryImport r = MsdbHistoryReader::readFiles({Imoltp}, {}, recorder(&reports), 64);
        QVERIFY2(r.ok(), qPrintable(r.messages().join(u'\n')));
        QVERIFY(!r.cancelled);
        QCOMPARE(r.project->backups.size(), 6); // as tst_msdbhistoryreader's ssmsExport
        QCOMPARE(reports.size(), 1 + int((size + 63) / 64)); // before the first piece, then one per piece
        QCOMPARE(reports.first().done, qint64(0));
        QCOMPARE(reports.last().done, size);
        for (qsizetype i = 0; i < reports.size(); ++i) {
            QCOMPARE(reports[i].total, size);
            QVERIFY(reports[i].done <= reports[i].total);
            if (i > 0)
                QVERIFY(reports[i].done > reports[i - 1].done);
        }
    }

    // Several files are one total: their sizes added.
    void totalCoversEveryFile()
    {
        const qint64 size = QFileInfo(Imoltp).size() + QFileInfo(TwoDatabases).size();
        QList<Report> reports;
        MsdbHistoryReader::readFiles({Imoltp, TwoDatabases}, QStringLiteral("imoltp"), recorder(&reports), 256);
        QVERIFY(!reports.isEmpty());
        QCOMPARE(reports.first().total, size);
        QCOMPARE(reports.last().done, size);
    }

    // "Stop" at once: nothing is read, and the result holds nothing but the cancel.
    void cancelAtOnce()
    {
        QList<Report> reports;
        const HistoryImport r = MsdbHistoryReader::readFiles({Imoltp}, {}, recorder(&reports, 1), 64);
        QVERIFY(r.cancelled);
        QVERIFY(!r.ok());
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports.first().done, qint64(0));
        QVERIFY(r.problems.isEmpty());
        QVERIFY(r.skipped.isEmpty());
        QVERIFY(r.databases.isEmpty());
        QCOMPARE(r.rowsRead, qsizetype(0));
    }

    // "Stop" halfway: the reader stops there (no further report) and returns nothing half-read.
    void cancelHalfway()
    {
        QList<Report> reports;
        const HistoryImport r = MsdbHistoryReader::readFiles({Imoltp}, {}, recorder(&reports, 4), 64);
        QVERIFY(r.cancelled);
        QVERIFY(!r.ok());
        QCOMPARE(reports.size(), 4);
        QCOMPARE(reports.last().done, qint64(3 * 64));
        QVERIFY(r.problems.isEmpty());
        QCOMPARE(r.rowsRead, qsizetype(0)); // rows were read, but the result does not keep them
    }

    // The one entry point passes the progress on to the msdb reader.
    void historyImporterPassesProgress()
    {
        QList<Report> reports;
        const HistoryImport r = HistoryImporter::readFiles(HistoryFormat::Msdb, {Imoltp}, {}, recorder(&reports, 1));
        QVERIFY(r.cancelled);
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports.first().total, QFileInfo(Imoltp).size());
    }
};

QTEST_GUILESS_MAIN(TestMsdbImportProgress)
#include "tst_msdbimportprogress.moc"
