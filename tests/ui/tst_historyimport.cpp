// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// File ▸ Import History (issue 11, item 3) in the real window, offscreen: an msdb export becomes an
// untitled, unmodified project with its report; Cancel, an error file and an unanswered "unsaved
// changes?" leave the project shown as it was. tests/data/msdb/history-imoltp.csv holds 6 backups
// of imoltp in 12 rows (tests/model/tst_msdbhistoryreader.cpp describes it); two-databases.csv
// holds hr and sales. With RD_SCREENSHOT_DIR set, writes the dialog with its progress bar and the
// report (docs/designer-import-and-plan.md).
#include "model/document/projectdocument.h"
#include "ui/history/historyactions.h"
#include "ui/history/historyimportdialog.h"
#include "ui/history/importreportdialog.h"
#include "ui/mainwindow.h"
#include "timelinegestures.h"

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUndoStack>

using namespace rd;

namespace {
const QString DataDir = QStringLiteral(RD_TEST_DATA_DIR "/msdb/");

/// A reader standing for a long import: it reports `done` of 1,000,000 bytes until told to stop.
HistoryImportDialog::Reader endlessReader(qint64 done)
{
    return [done](HistoryFormat, const QStringList &, const QString &, const ImportProgress &progress) {
        while (progress.goOn(done, 1000000))
            QThread::msleep(5);
        HistoryImport cancelled;
        cancelled.cancelled = true;
        return cancelled;
    };
}
} // namespace

class TestHistoryImport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { test::useTestSettings(); }
    void init();
    void cleanup();
    void importOpensAnUntitledProjectAndItsReport();
    void cancelLeavesTheProjectAsItWas();
    void aReaderStoppedAtOnceChangesNothing();
    void anErrorNamesFileLineAndColumn();
    void severalDatabasesOfferAChoice();
    void unsavedChangesAreAskedAboutFirst();
    void theActionHasItsShortcut();

private:
    HistoryImportDialog *openDialog();

    MainWindow *m_window = nullptr;
    ProjectDocument *m_document = nullptr;
    HistoryActions *m_actions = nullptr;
};

void TestHistoryImport::init()
{
    m_window = test::openSampleWindow();
    QVERIFY(m_window && QTest::qWaitForWindowExposed(m_window));
    m_document = m_window->document();
    m_actions = m_window->findChild<HistoryActions *>();
    QVERIFY(m_actions);
}

void TestHistoryImport::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

HistoryImportDialog *TestHistoryImport::openDialog()
{
    HistoryImportDialog *dialog = m_actions->importHistory();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestHistoryImport::importOpensAnUntitledProjectAndItsReport()
{
    HistoryImportDialog *dialog = openDialog();
    QVERIFY(dialog);
    dialog->setFiles({DataDir + QStringLiteral("history-imoltp.csv")});
    QPointer<HistoryImportDialog> alive(dialog);
    dialog->startImport();
    QTRY_VERIFY(!alive); // accepted, and deleted on close

    const Project &p = m_document->project();
    QCOMPARE(p.database.name, QStringLiteral("imoltp"));
    QCOMPARE(p.backups.size(), 6);
    QCOMPARE(p.backups.first().id, QStringLiteral("full-20261130-010000"));
    QVERIFY(m_document->filePath().isEmpty()); // untitled: Save asks for a name
    QVERIFY(!m_document->isModified());
    QCOMPARE(m_document->undoStack()->count(), 0);
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("Untitled")));

    auto *report = m_window->findChild<ImportReportDialog *>();
    QVERIFY(report);
    QTRY_VERIFY(report->isVisible());
    const QString text = report->reportText();
    QVERIFY2(text.startsWith(QStringLiteral("Imported 6 backups of database imoltp from history-imoltp.csv.\n"
                                            "Rows read: 12 (skipped rows included).")),
             qPrintable(text));
    test::screenshot(report, QStringLiteral("history-import-report"));
    report->close();
}

void TestHistoryImport::cancelLeavesTheProjectAsItWas()
{
    const Project before = m_document->project();
    const QString path = m_document->filePath();
    HistoryImportDialog *dialog = openDialog();
    QVERIFY(dialog);
    dialog->setReader(endlessReader(420000));
    dialog->setFiles({DataDir + QStringLiteral("history-imoltp.csv")});
    dialog->startImport();
    QVERIFY(dialog->isImporting());
    auto *bar = dialog->findChild<QProgressBar *>(QStringLiteral("historyImportProgress"));
    QTRY_COMPARE(bar->value(), 420); // per mille of the bytes
    QCOMPARE(bar->text(), QStringLiteral("0.4 of 1.0 MB"));
    test::screenshot(dialog, QStringLiteral("history-import-progress"));

    QPointer<HistoryImportDialog> alive(dialog);
    dialog->findChild<QPushButton *>(QStringLiteral("historyCancelButton"))->click();
    QTRY_VERIFY(!alive); // closes once the worker stopped
    QVERIFY(m_document->project() == before);
    QCOMPARE(m_document->filePath(), path);
    QVERIFY(!m_document->isModified());
    QVERIFY(!m_window->findChild<ImportReportDialog *>());
}

void TestHistoryImport::aReaderStoppedAtOnceChangesNothing()
{
    // The real reader, told to stop at its first report: the dialog says so and stays open.
    const Project before = m_document->project();
    HistoryImportDialog *dialog = openDialog();
    QVERIFY(dialog);
    dialog->setReader([](HistoryFormat format, const QStringList &paths, const QString &database, const ImportProgress &) {
        return HistoryImporter::readFiles(format, paths, database, ImportProgress{[](qint64, qint64) { return false; }});
    });
    dialog->setFiles({DataDir + QStringLiteral("history-imoltp.csv")});
    dialog->startImport();
    QTRY_VERIFY(!dialog->isImporting() && !dialog->message().isEmpty());
    QVERIFY(dialog->result().cancelled);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->message(), QStringLiteral("The import was cancelled: nothing was imported, and the project is unchanged."));
    QVERIFY(m_document->project() == before);
    QVERIFY(!m_window->findChild<ImportReportDialog *>());
    dialog->reject();
}

void TestHistoryImport::anErrorNamesFileLineAndColumn()
{
    // first_lsn starts at character 56 of the row (counted in tst_msdbhistoryreader): letters there.
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("backup_set_id,database_name,type,backup_start_date,backup_finish_date,first_lsn,last_lsn\r\n"
            "1,db,D,2026-11-30 01:00:00.000,2026-11-30 01:05:00.000,4100000001280X037,41000000034400001\r\n");
    f.close();
    const Project before = m_document->project();
    HistoryImportDialog *dialog = openDialog();
    QVERIFY(dialog);
    dialog->setFiles({bad});
    dialog->startImport();
    QTRY_VERIFY(!dialog->isImporting() && !dialog->message().isEmpty());
    QVERIFY(dialog->isVisible()); // stays open, to fix the file and try again
    QVERIFY2(dialog->message().startsWith(bad + QStringLiteral(", line 2, column 56 (first_lsn): ")), qPrintable(dialog->message()));
    QVERIFY(m_document->project() == before);
    dialog->reject();
}

void TestHistoryImport::severalDatabasesOfferAChoice()
{
    HistoryImportDialog *dialog = openDialog();
    QVERIFY(dialog);
    dialog->setFiles({DataDir + QStringLiteral("two-databases.csv")});
    dialog->startImport();
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("historyDatabaseCombo"));
    QTRY_VERIFY(combo->isVisible());
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->itemText(0), QStringLiteral("hr"));
    QCOMPARE(combo->itemText(1), QStringLiteral("sales"));
    QVERIFY(dialog->message().startsWith(QStringLiteral("The files hold backups of 2 databases: choose one")));
    combo->setCurrentIndex(1);
    QPointer<HistoryImportDialog> alive(dialog);
    dialog->startImport();
    QTRY_VERIFY(!alive);
    QCOMPARE(m_document->project().database.name, QStringLiteral("sales"));
    QCOMPARE(m_document->project().backups.size(), 2); // 302 (full) and 304 (log)
    if (auto *report = m_window->findChild<ImportReportDialog *>())
        report->close();
}

void TestHistoryImport::unsavedChangesAreAskedAboutFirst()
{
    m_document->undoStack()->push(new QUndoCommand(QStringLiteral("an edit"))); // modified
    QVERIFY(m_document->isModified());
    bool asked = false;
    QTimer::singleShot(0, this, [&asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        asked = box != nullptr;
        if (box)
            box->button(QMessageBox::Cancel)->click();
    });
    QVERIFY(!m_actions->importHistory()); // Cancel: stay where you are, no dialog
    QVERIFY(asked);
    QVERIFY(!m_window->findChild<HistoryImportDialog *>());
    m_document->undoStack()->setClean(); // let the window close without asking
}

void TestHistoryImport::theActionHasItsShortcut()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("importHistoryAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+I")));
    auto *fileMenu = m_window->findChild<QMenu *>(QStringLiteral("fileMenu"));
    QVERIFY(fileMenu && fileMenu->actions().contains(action));
}

QTEST_MAIN(TestHistoryImport)
#include "tst_historyimport.moc"
