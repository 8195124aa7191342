// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Edits of the database's layout through the document (the Inspector's and the layout's edits):
// each one undoable EditCommand whose undo gives back the project exactly, names and references
// following renames, removals refusing or dropping what SQL Server would.
#include "model/commands/editcommand.h"
#include "model/commands/projectedits.h"
#include "model/domain/plantime.h"
#include "sampleloader.h"
#include "tests/model/pushedit.h"

using namespace rd;
using rd::test::push;

class TestLayoutCommands : public QObject
{
    Q_OBJECT
private slots:
    void renameFilegroupCarriesReferences();
    void removeFilegroupDropsReferences();
    void databaseAndEnvironmentEdits();
    void fileEditsCarryReferences();
    void newFileTakesAFreeName();
    void logFileEdits();
};

void TestLayoutCommands::renameFilegroupCarriesReferences()
{
    ProjectDocument doc;
    doc.reset(test::sample());
    push(doc, ProjectEdit::renameFilegroup(QStringLiteral("IMOLTP_MOD"), QStringLiteral("hekaton]fg")), -1);
    const Project &p = doc.project();
    QVERIFY(p.database.filegroup(QStringLiteral("hekaton]fg")));
    QVERIFY(p.backup(QStringLiteral("imoltp_primary_mod"))->filegroups.contains(QStringLiteral("hekaton]fg")));
    QVERIFY(p.plans[0].steps[0].filegroups.contains(QStringLiteral("hekaton]fg")));
    QCOMPARE(doc.errorCount(0), 0); // still consistent
    doc.undoStack()->undo();
    QVERIFY(doc.project() == test::sample());
}

void TestLayoutCommands::removeFilegroupDropsReferences()
{
    ProjectDocument doc;
    doc.reset(test::sample());
    push(doc, ProjectEdit::removeFilegroup(QStringLiteral("imoltp_secondary")), -1);
    QVERIFY(!doc.project().database.filegroup(QStringLiteral("imoltp_secondary")));
    QVERIFY(doc.project().plans[0].steps[2].files.isEmpty());
    doc.undoStack()->undo();
    QVERIFY(doc.project() == test::sample());
}

/// Issue 9 item 2: the database's own settings and the target's facts are edits like any other.
void TestLayoutCommands::databaseAndEnvironmentEdits()
{
    ProjectDocument doc;
    doc.reset(test::sample());
    Database db;
    db.name = QStringLiteral("sales");
    db.edition = Edition::Standard;
    db.recoveryModel = RecoveryModel::Simple;
    db.readOnly = true;
    push(doc, ProjectEdit::setDatabase(db), -1);
    const Database &now = doc.project().database;
    QCOMPARE(now.name, QStringLiteral("sales"));
    QVERIFY(now.edition == Edition::Standard);
    QVERIFY(now.recoveryModel == RecoveryModel::Simple);
    QVERIFY(now.readOnly);
    QCOMPARE(now.filegroups.size(), 3); // the layout is not the edit's
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Change database sales"));
    doc.undoStack()->undo();
    QCOMPARE(doc.project().database.name, QStringLiteral("imoltp"));
    QVERIFY(doc.project().database.edition == Edition::Enterprise);

    RestoreEnvironment env;
    env.memoryAvailableBytes = 1024;
    env.serverVersion = QStringLiteral("16.0.1000");
    push(doc, ProjectEdit::setEnvironment(env), -1);
    QCOMPARE(doc.project().environment.memoryAvailableBytes, qint64(1024));
    QCOMPARE(doc.project().environment.serverVersion, QStringLiteral("16.0.1000"));
    doc.undoStack()->undo();
    QVERIFY(doc.project().environment == test::sample().environment);
}

/// A file's new name follows into the backup and step scopes that name it; a removed file leaves them.

/// A file's new name follows into the backup and step scopes that name it; a removed file leaves them.
void TestLayoutCommands::fileEditsCarryReferences()
{
    ProjectDocument doc;
    doc.reset(test::sample());
    const auto files = [&](int step) { return doc.project().plans[0].steps[step].files; };
    QCOMPARE(files(2), QStringList{QStringLiteral("imoltp_secondary")});

    push(doc, ProjectEdit::replaceFile(QStringLiteral("IMOLTP_SECONDARY"),
                                       DataFile{.name = QStringLiteral("sec1"), .path = QStringLiteral("d:\\sec1.ndf"), .sizeBytes = 42}), -1);
    const Filegroup *sec = doc.project().database.filegroup(QStringLiteral("imoltp_secondary"));
    QCOMPARE(sec->files.size(), 1);
    QCOMPARE(sec->files[0].name, QStringLiteral("sec1"));
    QCOMPARE(sec->files[0].path, QStringLiteral("d:\\sec1.ndf"));
    QCOMPARE(sec->files[0].sizeBytes, qint64(42));
    QCOMPARE(files(2), QStringList{QStringLiteral("sec1")});
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Rename file IMOLTP_SECONDARY to sec1"));

    push(doc, ProjectEdit::addFile(QStringLiteral("imoltp_secondary"), DataFile{.name = QStringLiteral("sec2")}), -1);
    push(doc, ProjectEdit::removeFile(QStringLiteral("SEC1")), -1);
    sec = doc.project().database.filegroup(QStringLiteral("imoltp_secondary"));
    QCOMPARE(sec->files.size(), 1);
    QCOMPARE(sec->files[0].name, QStringLiteral("sec2"));
    QVERIFY(files(2).isEmpty());

    push(doc, ProjectEdit::moveFile(QStringLiteral("imoltp_primary2"), QStringLiteral("imoltp_secondary")), -1);
    QCOMPARE(doc.project().database.filegroup(QStringLiteral("PRIMARY"))->files.size(), 1);
    QCOMPARE(doc.project().database.filegroup(QStringLiteral("imoltp_secondary"))->files.last().name,
             QStringLiteral("imoltp_primary2"));
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Move file imoltp_primary2 to imoltp_secondary"));

    for (int i = 0; i < 4; ++i)
        doc.undoStack()->undo();
    QVERIFY(doc.project() == test::sample());
}

void TestLayoutCommands::newFileTakesAFreeName()
{
    Database db = test::sample().database;
    const DataFile container = ProjectEdits::newFile(db, QStringLiteral("imoltp_mod"), FilegroupType::MemoryOptimizedData);
    QCOMPARE(container.name, QStringLiteral("imoltp_mod_1"));
    QCOMPARE(container.path, QStringLiteral("c:\\data\\imoltp_mod_1")); // a folder
    QCOMPARE(container.sizeBytes, qint64(0));
    db.filegroups[2].files << container;
    db.logFiles << DataFile{.name = QStringLiteral("IMOLTP_MOD_2")}; // any file's name is taken, in any case
    QCOMPARE(ProjectEdits::newFile(db, QStringLiteral("imoltp_mod"), FilegroupType::MemoryOptimizedData).name,
             QStringLiteral("imoltp_mod_3"));
    const DataFile rows = ProjectEdits::newFile(db, QStringLiteral("archive"), FilegroupType::Rows);
    QCOMPARE(rows.path, QStringLiteral("c:\\data\\archive_1.ndf"));
    QCOMPARE(rows.sizeBytes, qint64(8 * 1024 * 1024));
}

/// The log files are drawn with the file edits (issue 9, item 2): ADD LOG FILE appends one, MODIFY
/// FILE renames, moves and resizes one, REMOVE FILE removes one; each is one undo step.

/// The log files are drawn with the file edits (issue 9, item 2): ADD LOG FILE appends one, MODIFY
/// FILE renames, moves and resizes one, REMOVE FILE removes one; each is one undo step.
void TestLayoutCommands::logFileEdits()
{
    ProjectDocument doc;
    doc.reset(test::sample());
    const auto logs = [&] { return doc.project().database.logFiles; };
    const DataFile added = ProjectEdits::newLogFile(doc.project().database);
    QCOMPARE(added.name, QStringLiteral("imoltp_log_1")); // imoltp_log is taken, imoltp_log_1 is not
    QCOMPARE(added.path, QStringLiteral("c:\\data\\imoltp_log_1.ldf"));
    QCOMPARE(added.sizeBytes, qint64(8) * 1024 * 1024);

    push(doc, ProjectEdit::addLogFile(added), -1);
    QCOMPARE(logs().size(), 2);
    QCOMPARE(logs()[1], added);
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Add log file imoltp_log_1"));
    // A data file's edit is not a log file's: the filegroups keep their files.
    QCOMPARE(doc.project().database.filegroups, test::sample().database.filegroups);

    const DataFile moved{.name = QStringLiteral("sales_log"), .path = QStringLiteral("e:\\log\\sales_log.ldf"),
                         .sizeBytes = qint64(1) << 30};
    push(doc, ProjectEdit::replaceFile(QStringLiteral("IMOLTP_LOG"), moved), -1);
    QCOMPARE(logs()[0], moved);
    QCOMPARE(logs()[1], added);
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Rename file IMOLTP_LOG to sales_log"));

    push(doc, ProjectEdit::removeFile(QStringLiteral("IMOLTP_LOG_1")), -1);
    QCOMPARE(logs(), QList<DataFile>{moved});
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Remove file IMOLTP_LOG_1"));

    doc.undoStack()->undo();
    QCOMPARE(logs(), (QList<DataFile>{moved, added}));
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QVERIFY(doc.project() == test::sample());
}

QTEST_GUILESS_MAIN(TestLayoutCommands)
#include "tst_layoutcommands.moc"
