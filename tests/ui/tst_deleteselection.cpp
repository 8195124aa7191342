// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Delete removes the selection (issue 9, item 7): the step when the plan has the focus, else the
// selected backup (asking, with the steps that restore it, when a plan uses it), else the selected
// filegroup through EditGate; each removal is one undo step. Driven by the key, as a user would.
#include "model/document/projectdocument.h"
#include "ui/mainwindow.h"
#include "ui/viewstate.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QGraphicsView>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace rd;

namespace {
/// Answers the next message box named `name` (within 2 s) with `button`; *text gets its text and
/// informative text.
void answerNextBox(const QString &name, QMessageBox::StandardButton button, QString *text, int tries = 200)
{
    QTimer::singleShot(10, [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != name) {
            if (tries > 0)
                answerNextBox(name, button, text, tries - 1); // not open yet
            return;
        }
        *text = box->text() + u'\n' + box->informativeText();
        box->button(button)->click();
    });
}

QStringList stepBackups(const ProjectDocument *document)
{
    QStringList ids;
    for (const PlanStep &s : document->project().plans[0].steps)
        ids << s.backup;
    return ids;
}
} // namespace

class TestDeleteSelection : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void withThePlanFocusedDeleteRemovesTheStep();
    void aBackupAPlanRestoresIsRemovedOnlyAfterAsking();
    void anUnusedBackupIsRemovedWithoutAQuestion();
    void aFilegroupGoesThroughTheEditGate();
    void theFilesTableKeepsDeleteForItsFile();

private:
    void press(const char *focusName);
    ViewState *viewState() { return m_window->findChild<ViewState *>(); }
    ProjectDocument *document() { return m_window->document(); }
    MainWindow *m_window = nullptr;
};

void TestDeleteSelection::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("restore-designer-tests"));
    QSettings().clear();
}

void TestDeleteSelection::init()
{
    m_window = new MainWindow;
    m_window->openSample(); // plan: imoltp_primary_mod, imoltp_log, imoltp_secondary
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestDeleteSelection::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

/// Gives the widget named `focusName` the focus and presses Del there.
void TestDeleteSelection::press(const char *focusName)
{
    auto *target = m_window->findChild<QWidget *>(QLatin1String(focusName));
    QVERIFY(target);
    m_window->activateWindow(); // again after a message box
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    target->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), target);
    QTest::keyClick(target, Qt::Key_Delete);
}

void TestDeleteSelection::withThePlanFocusedDeleteRemovesTheStep()
{
    viewState()->setCurrentStep(1);
    viewState()->setSelectedBackup(QStringLiteral("imoltp_full")); // not what Delete means in the plan
    press("planStepsView");
    QCOMPARE(stepBackups(document()), (QStringList{QStringLiteral("imoltp_primary_mod"), QStringLiteral("imoltp_secondary")}));
    QVERIFY(document()->project().backup(QStringLiteral("imoltp_full")));
    QCOMPARE(document()->undoStack()->count(), 1);
}

void TestDeleteSelection::aBackupAPlanRestoresIsRemovedOnlyAfterAsking()
{
    viewState()->setSelectedBackup(QStringLiteral("imoltp_log")); // step 2 restores it
    QString asked;
    answerNextBox(QStringLiteral("removeBackupBox"), QMessageBox::Cancel, &asked);
    press("timelineView");
    QVERIFY2(asked.contains(QStringLiteral("step 2")), qPrintable(asked));
    QVERIFY(!asked.contains(QStringLiteral("step 1"))); // step 1 restores another backup
    QVERIFY(document()->project().backup(QStringLiteral("imoltp_log")));
    QCOMPARE(document()->undoStack()->count(), 0);

    answerNextBox(QStringLiteral("removeBackupBox"), QMessageBox::Ok, &asked);
    press("timelineView");
    QVERIFY(!document()->project().backup(QStringLiteral("imoltp_log")));
    QCOMPARE(stepBackups(document()).size(), 3); // the steps keep naming it (R-REF-001)
    QCOMPARE(document()->undoStack()->count(), 1);
    document()->undoStack()->undo();
    QVERIFY(document()->project().backup(QStringLiteral("imoltp_log")));
}

void TestDeleteSelection::anUnusedBackupIsRemovedWithoutAQuestion()
{
    viewState()->setSelectedBackup(QStringLiteral("imoltp_full")); // no step of the plan restores it
    press("timelineView"); // a question would block here (the test would time out)
    QVERIFY(!document()->project().backup(QStringLiteral("imoltp_full")));
    QCOMPARE(document()->undoStack()->count(), 1);
}

void TestDeleteSelection::aFilegroupGoesThroughTheEditGate()
{
    viewState()->setSelectedBackup({});
    viewState()->setSelectedFilegroup(QStringLiteral("imoltp_secondary")); // backups and step 3 name it
    QString asked;
    answerNextBox(QStringLiteral("sideEffectsBox"), QMessageBox::Ok, &asked);
    press("layoutView");
    QVERIFY(!asked.isEmpty());
    QCOMPARE(document()->project().database.filegroupIndex(QStringLiteral("imoltp_secondary")), -1);
    QCOMPARE(document()->undoStack()->count(), 1);
}

void TestDeleteSelection::theFilesTableKeepsDeleteForItsFile()
{
    // The inspector's files table removes its selected file on Del; the window's Delete stays out.
    viewState()->setSelectedFilegroup(QStringLiteral("PRIMARY")); // files imoltp_primary1, imoltp_primary2
    m_window->findChild<QAction *>(QStringLiteral("inspectDatabaseAction"))->trigger();
    auto *table = m_window->findChild<QTableWidget *>(QStringLiteral("filegroupFiles"));
    QVERIFY(table);
    QTRY_VERIFY(table->isVisible());
    QCOMPARE(table->rowCount(), 2);
    table->selectRow(1);
    QString asked; // in case the removal asks about backup scopes
    answerNextBox(QStringLiteral("sideEffectsBox"), QMessageBox::Ok, &asked, 20);
    press("filegroupFiles");
    const Filegroup *primary = document()->project().database.filegroup(QStringLiteral("PRIMARY"));
    QVERIFY(primary);
    QCOMPARE(primary->files.size(), 1);
    QCOMPARE(primary->files[0].name, QStringLiteral("imoltp_primary1"));
    QCOMPARE(document()->undoStack()->count(), 1);
}

QTEST_MAIN(TestDeleteSelection)
#include "tst_deleteselection.moc"
