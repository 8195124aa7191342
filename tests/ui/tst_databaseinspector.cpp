// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Inspector dock (issue 9, item 2) on the Microsoft piecemeal-restore sample, driven as a user
// would: each change one undo step, refusals shown with SQL Server's reason and nothing pushed, a
// removal that rewrites steps asked first. With RD_SCREENSHOT_DIR set, also writes inspector.png.

#include "model/document/projectdocument.h"
#include "tests/model/sampleloader.h"
#include "ui/addfilegroupdialog.h"
#include "ui/designeractions.h"
#include "ui/docks/databaseinspector.h"
#include "ui/docks/filegroupform.h"
#include "ui/docks/filetable.h"
#include "ui/mainwindow.h"
#include "ui/viewstate.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace rd;

namespace {

/// Answers the next message box with `button`, noting its informative text; gives up after a
/// second without one (the test then fails on what was not asked).
void answerNextBox(QMessageBox::StandardButton button, QString *informative, int tries = 100)
{
    QTimer::singleShot(10, [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (tries > 0)
                answerNextBox(button, informative, tries - 1);
            return;
        }
        *informative = box->informativeText();
        box->button(button)->click();
    });
}

/// Types `text` into `edit` and confirms it with Enter, as the user does.
void enter(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

const Filegroup &filegroup(const ProjectDocument &doc, const char *name)
{
    return *doc.project().database.filegroup(QString::fromUtf8(name));
}

} // namespace

class TestDatabaseInspector : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void editsTheDatabase();
    void addsAContainerAndRefusesReadOnlyMemoryOptimized();
    void refusesATakenFilegroupName();
    void editsFilesInTheTable();
    void editsTheLogFiles();
    void asksBeforeARemovalRewritesSteps();
    void statesTheTargetServer();
    void contextMenuActionsAskTheModel();
    void addFilegroupDialogSaysWhy();
    void theWindowHasTheInspector();

private:
    template<typename T>
    T *find(const char *name)
    {
        T *w = m_inspector->findChild<T *>(QString::fromUtf8(name));
        if (!w)
            qFatal("no %s in the inspector", name);
        return w;
    }

    ProjectDocument *m_doc = nullptr;
    ViewState *m_viewState = nullptr;
    DatabaseInspector *m_inspector = nullptr;
};

void TestDatabaseInspector::init()
{
    m_doc = new ProjectDocument;
    m_doc->reset(test::sample());
    m_viewState = new ViewState(m_doc);
    m_inspector = new DatabaseInspector(m_doc, m_viewState);
    m_inspector->resize(480, 900);
    m_inspector->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_inspector));
}

void TestDatabaseInspector::cleanup()
{
    delete m_inspector;
    delete m_viewState;
    delete m_doc;
}

void TestDatabaseInspector::editsTheDatabase()
{
    QUndoStack *stack = m_doc->undoStack();
    enter(find<QLineEdit>("databaseName"), QStringLiteral("sales"));
    QCOMPARE(m_doc->project().database.name, QStringLiteral("sales"));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Rename database imoltp to sales"));

    auto *edition = find<QComboBox>("databaseEdition");
    edition->setCurrentIndex(edition->findText(QStringLiteral("STANDARD")));
    emit edition->activated(edition->currentIndex());
    QVERIFY(m_doc->project().database.edition == Edition::Standard);
    QCOMPARE(stack->undoText(), QStringLiteral("Set the edition of sales to STANDARD"));

    auto *recovery = find<QComboBox>("databaseRecoveryModel");
    recovery->setCurrentIndex(recovery->findText(QStringLiteral("SIMPLE")));
    emit recovery->activated(recovery->currentIndex());
    QVERIFY(m_doc->project().database.recoveryModel == RecoveryModel::Simple);
    QCOMPARE(stack->count(), 3);

    // An empty name is refused with the reason, and the field shows the name again.
    enter(find<QLineEdit>("databaseName"), QStringLiteral("   "));
    QCOMPARE(stack->count(), 3);
    QVERIFY2(m_inspector->refusal().contains(QStringLiteral("needs a name")), qPrintable(m_inspector->refusal()));
    QCOMPARE(find<QLineEdit>("databaseName")->text(), QStringLiteral("sales"));

    stack->undo();
    stack->undo();
    stack->undo();
    QCOMPARE(find<QLineEdit>("databaseName")->text(), QStringLiteral("imoltp"));
    QCOMPARE(edition->currentText(), QStringLiteral("ENTERPRISE"));
}

void TestDatabaseInspector::addsAContainerAndRefusesReadOnlyMemoryOptimized()
{
    auto *files = find<QTableWidget>("filegroupFiles");
    QVERIFY(find<QLabel>("filegroupNone")->isVisible()); // nothing selected yet
    m_viewState->setSelectedFilegroup(QStringLiteral("imoltp_mod"));
    QVERIFY(!find<QLabel>("filegroupNone")->isVisible());
    QCOMPARE(find<QLineEdit>("filegroupName")->text(), QStringLiteral("imoltp_mod"));
    QCOMPARE(find<QComboBox>("filegroupType")->currentText(), QStringLiteral("MEMORY_OPTIMIZED_DATA"));
    QCOMPARE(files->rowCount(), 2);
    QCOMPARE(files->item(1, FileTable::NameColumn)->text(), QStringLiteral("imoltp_mod2"));
    QCOMPARE(files->item(1, FileTable::PathColumn)->text(), QStringLiteral("c:\\data\\imoltp_mod2"));

    QUndoStack *stack = m_doc->undoStack();
    find<QPushButton>("addFileButton")->click();
    QCOMPARE(filegroup(*m_doc, "imoltp_mod").files.size(), 3);
    QCOMPARE(filegroup(*m_doc, "imoltp_mod").files.last().name, QStringLiteral("imoltp_mod_1"));
    QCOMPARE(stack->undoText(), QStringLiteral("Add file imoltp_mod_1 to imoltp_mod"));
    QCOMPARE(files->rowCount(), 3);

    // READ_ONLY: SQL Server refuses it for the memory-optimized filegroup; nothing is pushed.
    auto *readOnly = find<QCheckBox>("filegroupReadOnly");
    readOnly->click();
    QCOMPARE(stack->count(), 1);
    QVERIFY(!filegroup(*m_doc, "imoltp_mod").readOnly);
    QVERIFY(!readOnly->isChecked());
    QVERIFY2(m_inspector->refusal().contains(QStringLiteral("cannot be made READ_ONLY")), qPrintable(m_inspector->refusal()));
    QVERIFY(find<QLabel>("inspectorError")->isVisible());

    stack->undo();
    QCOMPARE(filegroup(*m_doc, "imoltp_mod").files.size(), 2);
    QCOMPARE(files->rowCount(), 2);
}

void TestDatabaseInspector::refusesATakenFilegroupName()
{
    m_viewState->setSelectedFilegroup(QStringLiteral("imoltp_mod"));
    enter(find<QLineEdit>("filegroupName"), QStringLiteral("IMOLTP_SECONDARY"));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QVERIFY2(m_inspector->refusal().contains(QStringLiteral("already has a filegroup named")), qPrintable(m_inspector->refusal()));
    QCOMPARE(find<QLineEdit>("filegroupName")->text(), QStringLiteral("imoltp_mod"));
    QCOMPARE(m_doc->project().database.filegroups.size(), 3);

    // A free name is taken, and the selection follows the filegroup.
    enter(find<QLineEdit>("filegroupName"), QStringLiteral("mod"));
    QVERIFY(m_inspector->refusal().isEmpty());
    QCOMPARE(m_viewState->selectedFilegroup(), QStringLiteral("mod"));
    QCOMPARE(m_doc->project().plans[0].steps[0].filegroups, (QStringList{QStringLiteral("PRIMARY"), QStringLiteral("mod")}));

    // PRIMARY keeps its name.
    m_viewState->setSelectedFilegroup(QStringLiteral("PRIMARY"));
    enter(find<QLineEdit>("filegroupName"), QStringLiteral("main"));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY2(m_inspector->refusal().contains(QStringLiteral("PRIMARY cannot be renamed")), qPrintable(m_inspector->refusal()));
}

void TestDatabaseInspector::editsFilesInTheTable()
{
    m_viewState->setSelectedFilegroup(QStringLiteral("PRIMARY"));
    auto *files = find<QTableWidget>("filegroupFiles");
    files->item(1, FileTable::SizeColumn)->setText(QStringLiteral("16"));
    QCOMPARE(filegroup(*m_doc, "PRIMARY").files[1].sizeBytes, qint64(16) * 1024 * 1024);
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Resize file imoltp_primary2 to 16 MB"));

    files->item(1, FileTable::PathColumn)->setText(QStringLiteral("d:\\data\\p2.ndf"));
    QCOMPARE(filegroup(*m_doc, "PRIMARY").files[1].path, QStringLiteral("d:\\data\\p2.ndf"));

    // A size that is no number is refused inline; the cell shows the size again.
    files->item(1, FileTable::SizeColumn)->setText(QStringLiteral("lots"));
    QCOMPARE(m_doc->undoStack()->count(), 2);
    QVERIFY(m_inspector->refusal().contains(QStringLiteral("lots")));
    QTRY_COMPARE(files->item(1, FileTable::SizeColumn)->text(), QStringLiteral("16"));

    // Move the second file to imoltp_secondary, the only other ROWS filegroup.
    files->selectRow(1);
    QCOMPARE(find<QComboBox>("moveFileTarget")->currentText(), QStringLiteral("imoltp_secondary"));
    find<QPushButton>("moveFileButton")->click();
    QCOMPARE(filegroup(*m_doc, "PRIMARY").files.size(), 1);
    QCOMPARE(filegroup(*m_doc, "imoltp_secondary").files.last().name, QStringLiteral("imoltp_primary2"));
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Move file imoltp_primary2 to imoltp_secondary"));

    // The primary data file stays: removing it is refused.
    files->selectRow(0);
    find<QPushButton>("removeFileButton")->click();
    QCOMPARE(filegroup(*m_doc, "PRIMARY").files.size(), 1);
    QVERIFY(m_inspector->refusal().contains(QStringLiteral("primary data file")));
}

/// The log files (issue 9, item 2): the sample has one, imoltp_log. Each change is one undo step;
/// what SQL Server refuses (a taken or empty name, removing the primary or the last log file) is
/// refused with its reason, nothing pushed, and the table shows the document again.
void TestDatabaseInspector::editsTheLogFiles()
{
    QUndoStack *stack = m_doc->undoStack();
    auto *logs = find<QTableWidget>("logFiles");
    const auto logFiles = [&] { return m_doc->project().database.logFiles; };
    QCOMPARE(logs->rowCount(), 1);
    QCOMPARE(logs->item(0, FileTable::NameColumn)->text(), QStringLiteral("imoltp_log"));
    QCOMPARE(logs->item(0, FileTable::PathColumn)->text(), QStringLiteral("c:\\data\\imoltp_log.ldf"));

    find<QPushButton>("addLogFileButton")->click();
    QCOMPARE(logFiles().size(), 2);
    QCOMPARE(logFiles()[1].name, QStringLiteral("imoltp_log_1"));
    QCOMPARE(stack->undoText(), QStringLiteral("Add log file imoltp_log_1"));
    QCOMPARE(logs->rowCount(), 2);
    QCOMPARE(logs->currentRow(), 1); // the new file is selected

    // A name a data file has, in another case: refused, the cell shows the name again.
    logs->item(1, FileTable::NameColumn)->setText(QStringLiteral("IMOLTP_PRIMARY1"));
    QCOMPARE(stack->count(), 1);
    QVERIFY2(m_inspector->refusal().contains(QStringLiteral("already has a file named IMOLTP_PRIMARY1")),
             qPrintable(m_inspector->refusal()));
    QTRY_COMPARE(logs->item(1, FileTable::NameColumn)->text(), QStringLiteral("imoltp_log_1"));
    logs->item(1, FileTable::NameColumn)->setText(QStringLiteral("  "));
    QCOMPARE(stack->count(), 1);
    QVERIFY2(m_inspector->refusal().contains(QStringLiteral("needs a name")), qPrintable(m_inspector->refusal()));
    QTRY_COMPARE(logs->item(1, FileTable::NameColumn)->text(), QStringLiteral("imoltp_log_1"));

    // Rename, move and size: each one step, named.
    logs->item(1, FileTable::NameColumn)->setText(QStringLiteral("imoltp_log2"));
    QCOMPARE(logFiles()[1].name, QStringLiteral("imoltp_log2"));
    QCOMPARE(stack->undoText(), QStringLiteral("Rename file imoltp_log_1 to imoltp_log2"));
    QVERIFY(m_inspector->refusal().isEmpty());
    logs->item(1, FileTable::PathColumn)->setText(QStringLiteral("e:\\log\\imoltp_log2.ldf"));
    QCOMPARE(logFiles()[1].path, QStringLiteral("e:\\log\\imoltp_log2.ldf"));
    logs->item(0, FileTable::SizeColumn)->setText(QStringLiteral("1024"));
    QCOMPARE(logFiles()[0].sizeBytes, qint64(1) << 30);
    QCOMPARE(stack->undoText(), QStringLiteral("Resize file imoltp_log to 1024 MB"));
    QCOMPARE(stack->count(), 4);

    // The primary log file stays while there is another; Del removes the other.
    logs->selectRow(0);
    find<QPushButton>("removeLogFileButton")->click();
    QCOMPARE(stack->count(), 4);
    QVERIFY2(m_inspector->refusal().contains(QStringLiteral("primary log file")), qPrintable(m_inspector->refusal()));
    logs->selectRow(1);
    logs->setFocus();
    QTest::keyClick(logs, Qt::Key_Delete);
    QCOMPARE(logFiles().size(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Remove file imoltp_log2"));
    QCOMPARE(logs->rowCount(), 1);
    // The last log file stays: a database needs a log.
    logs->selectRow(0);
    QTest::keyClick(logs, Qt::Key_Delete);
    QCOMPARE(logFiles().size(), 1);
    QVERIFY2(m_inspector->refusal().contains(QStringLiteral("last log file")), qPrintable(m_inspector->refusal()));

    while (stack->canUndo())
        stack->undo();
    QCOMPARE(logFiles(), test::sample().database.logFiles);
    QCOMPARE(logs->rowCount(), 1);
    QCOMPARE(logs->item(0, FileTable::SizeColumn)->text(), QStringLiteral("8")); // 8,388,608 bytes again
}

void TestDatabaseInspector::asksBeforeARemovalRewritesSteps()
{
    // Step 3 restores the file imoltp_secondary by name: removing it asks, and says so.
    m_viewState->setSelectedFilegroup(QStringLiteral("imoltp_secondary"));
    find<QPushButton>("addFileButton")->click();
    QCOMPARE(m_doc->undoStack()->count(), 1);
    auto *files = find<QTableWidget>("filegroupFiles");
    files->selectRow(0);
    QCOMPARE(files->item(0, FileTable::NameColumn)->text(), QStringLiteral("imoltp_secondary"));

    QString asked;
    answerNextBox(QMessageBox::Cancel, &asked);
    find<QPushButton>("removeFileButton")->click();
    QVERIFY2(asked.contains(QStringLiteral("(3)")), qPrintable(asked));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(filegroup(*m_doc, "imoltp_secondary").files.size(), 2);

    asked.clear();
    answerNextBox(QMessageBox::Ok, &asked);
    find<QPushButton>("removeFileButton")->click();
    QVERIFY(!asked.isEmpty());
    QCOMPARE(filegroup(*m_doc, "imoltp_secondary").files.size(), 1);
    QVERIFY(m_doc->project().plans[0].steps[2].files.isEmpty());
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->project().plans[0].steps[2].files, QStringList{QStringLiteral("imoltp_secondary")});
}

void TestDatabaseInspector::statesTheTargetServer()
{
    auto *memory = find<QSpinBox>("environmentMemory");
    memory->setValue(512);
    QCOMPARE(m_doc->project().environment.memoryAvailableBytes, qint64(512) * 1024 * 1024);
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Set the target's memory for memory-optimized data"));
    auto *exists = find<QCheckBox>("environmentDatabaseExists");
    const bool before = m_doc->project().environment.databaseExists;
    exists->click();
    QCOMPARE(m_doc->project().environment.databaseExists, !before);
    QCOMPARE(m_doc->undoStack()->count(), 2);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(memory->value(), 0);
    QCOMPARE(exists->isChecked(), before);
}

void TestDatabaseInspector::contextMenuActionsAskTheModel()
{
    QWidget parent;
    DesignerActions actions(m_doc, m_viewState, &parent);
    m_viewState->setSelectedFilegroup(QStringLiteral("imoltp_mod"));
    QVERIFY(!actions.readOnlyAction()->isEnabled()); // not offered for the memory-optimized filegroup
    m_viewState->setSelectedFilegroup(QStringLiteral("imoltp_secondary"));
    QVERIFY(actions.readOnlyAction()->isEnabled());

    // Removing imoltp_mod rewrites a backup and step 1: it asks, naming them.
    m_viewState->setSelectedFilegroup(QStringLiteral("imoltp_mod"));
    QString asked;
    answerNextBox(QMessageBox::Cancel, &asked);
    actions.removeFilegroupAction()->trigger();
    QVERIFY2(asked.contains(QStringLiteral("imoltp_primary_mod")), qPrintable(asked));
    QCOMPARE(m_doc->project().database.filegroups.size(), 3);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    answerNextBox(QMessageBox::Ok, &asked);
    actions.removeFilegroupAction()->trigger();
    QCOMPARE(m_doc->project().database.filegroups.size(), 2);
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Remove filegroup imoltp_mod"));
}

void TestDatabaseInspector::addFilegroupDialogSaysWhy()
{
    AddFilegroupDialog dialog(m_doc->project().database);
    dialog.show();
    auto *name = dialog.findChild<QLineEdit *>();
    auto *type = dialog.findChild<QComboBox *>();
    auto *reason = dialog.findChild<QLabel *>(QStringLiteral("addFilegroupReason"));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(name && type && reason && buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no name yet, and no message for it

    name->setText(QStringLiteral("archive"));
    QVERIFY(ok->isEnabled());
    QVERIFY(reason->isHidden());
    QCOMPARE(dialog.filegroup().files.size(), 1); // a new filegroup gets exactly one file
    QCOMPARE(dialog.filegroup().files[0].name, QStringLiteral("archive_1"));

    type->setCurrentIndex(type->findText(QStringLiteral("MEMORY_OPTIMIZED_DATA")));
    QVERIFY(!ok->isEnabled());
    QVERIFY2(reason->text().contains(QStringLiteral("at most one")), qPrintable(reason->text()));
    QVERIFY(!reason->isHidden());

    type->setCurrentIndex(type->findText(QStringLiteral("ROWS")));
    name->setText(QStringLiteral("IMOLTP_SECONDARY"));
    QVERIFY(!ok->isEnabled());
    QVERIFY2(reason->text().contains(QStringLiteral("already has a filegroup")), qPrintable(reason->text()));
    const QString dir = qEnvironmentVariable("RD_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/addfilegroup.png")));
}

void TestDatabaseInspector::theWindowHasTheInspector()
{
    MainWindow window;
    auto *inspector = window.findChild<DatabaseInspector *>(QStringLiteral("databaseInspector"));
    QVERIFY(inspector);
    auto *inspect = window.findChild<QAction *>(QStringLiteral("inspectDatabaseAction"));
    QVERIFY(inspect);
    QCOMPARE(inspect->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));

    const QString dir = qEnvironmentVariable("RD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    m_viewState->setSelectedFilegroup(QStringLiteral("imoltp_mod"));
    find<QPushButton>("addFileButton")->click();
    find<QCheckBox>("filegroupReadOnly")->click();
    QTest::qWait(50);
    QVERIFY(m_inspector->grab().save(dir + QStringLiteral("/inspector.png")));
    // The log files, with one added and the refusal of removing the primary one.
    find<QPushButton>("addLogFileButton")->click();
    find<QTableWidget>("logFiles")->selectRow(0);
    find<QPushButton>("removeLogFileButton")->click();
    QTest::qWait(50);
    QVERIFY(m_inspector->grab().save(dir + QStringLiteral("/inspector-log-files.png")));
    QVERIFY(window.openFile(test::samplePath()));
    window.resize(1400, 900);
    window.show();
    inspect->trigger();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(100);
    QVERIFY(window.grab().save(dir + QStringLiteral("/inspector-window.png")));
}

QTEST_MAIN(TestDatabaseInspector)
#include "tst_databaseinspector.moc"
