// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/findings/editrefusal.h"
#include "sampleloader.h"

using namespace rd;

/// The model refuses, with SQL Server's reason, the layout edits SQL Server would refuse (issue 9,
/// item 2), and says what a removal changes in backups, events and steps. Every case runs on the
/// bundled sample: PRIMARY (imoltp_primary1, imoltp_primary2), imoltp_secondary (read-only, one
/// file), imoltp_mod (MEMORY_OPTIMIZED_DATA, imoltp_mod1 and imoltp_mod2), log file imoltp_log.
class TestEditRefusal : public QObject
{
    Q_OBJECT
private slots:
    void refused_data();
    void refused();
    void accepted_data();
    void accepted();
    void aCompositeIsJudgedPartByPart();
    void removingAUsedFilegroupSaysWhatChanges();
    void removingAFileSaysWhichStepsChange();
    void removingAnUnusedFilegroupChangesNothingElse();
    void onlyAnAddedLogFileCanBeRemoved();
};

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

/// A CFP snapshot of one file of `type` in `state`, of the `version` DMV, at `at`.
CfpSnapshot snapshot(const QDateTime &at, CheckpointDmvVersion version, CheckpointFileState state,
                     CheckpointFileType type = CheckpointFileType::Data)
{
    CfpSnapshot c{at, {}, {version, {}}};
    c.inventory.files << CheckpointFile{.id = QUuid::fromString(s("5E1F0030-0C2D-4B3A-8F10-A00000000030")), .type = type,
                                        .state = state};
    return c;
}

Filegroup filegroup(const char *name, FilegroupType type, bool readOnly = false)
{
    Filegroup fg;
    fg.name = s(name);
    fg.type = type;
    fg.readOnly = readOnly;
    fg.files << DataFile{.name = s(name) + s("_1"), .path = s("c:\\data\\x"), .sizeBytes = 0};
    return fg;
}
} // namespace

Q_DECLARE_METATYPE(rd::ProjectEdit)

void TestEditRefusal::refused_data()
{
    QTest::addColumn<ProjectEdit>("edit");
    QTest::addColumn<QString>("because"); // a phrase the reason must hold
    using PE = ProjectEdit;
    QTest::newRow("rename to another filegroup's name, other case")
        << PE::renameFilegroup(s("imoltp_secondary"), s("IMOLTP_MOD")) << s("already has a filegroup named IMOLTP_MOD");
    QTest::newRow("rename to PRIMARY") << PE::renameFilegroup(s("imoltp_secondary"), s("primary"))
                                       << s("already has a filegroup named primary");
    QTest::newRow("rename PRIMARY") << PE::renameFilegroup(s("PRIMARY"), s("main")) << s("PRIMARY cannot be renamed");
    QTest::newRow("rename to nothing") << PE::renameFilegroup(s("imoltp_secondary"), s("  ")) << s("needs a name");
    QTest::newRow("rename too long") << PE::renameFilegroup(s("imoltp_secondary"), QString(129, u'x'))
                                     << s("at most 128 characters");
    QTest::newRow("rename with NUL") << PE::renameFilegroup(s("imoltp_secondary"), s("a") + QChar(0) + s("b"))
                                     << s("NUL");
    QTest::newRow("rename a filegroup that is gone") << PE::renameFilegroup(s("archive"), s("old"))
                                                     << s("no filegroup named archive");
    QTest::newRow("remove PRIMARY") << PE::removeFilegroup(s("Primary")) << s("PRIMARY cannot be removed");
    QTest::newRow("memory-optimized read-only") << PE::setFilegroupReadOnly(s("imoltp_mod"), true)
                                                << s("cannot be made READ_ONLY");
    QTest::newRow("add a second memory-optimized filegroup")
        << PE::addFilegroup(filegroup("mod2", FilegroupType::MemoryOptimizedData)) << s("at most one");
    QTest::newRow("make a filegroup the second memory-optimized one")
        << PE::setFilegroupType(s("imoltp_secondary"), FilegroupType::MemoryOptimizedData) << s("at most one");
    QTest::newRow("PRIMARY holds FILESTREAM") << PE::setFilegroupType(s("PRIMARY"), FilegroupType::Filestream)
                                              << s("PRIMARY is a ROWS filegroup");
    QTest::newRow("add a filegroup with a taken name") << PE::addFilegroup(filegroup("Imoltp_Secondary", FilegroupType::Rows))
                                                       << s("already has a filegroup named Imoltp_Secondary");
    Filegroup modReadOnly = filegroup("imoltp_mod", FilegroupType::MemoryOptimizedData, true);
    modReadOnly.files = {};
    QTest::newRow("replace the memory-optimized filegroup by a read-only one") << PE::replaceFilegroup(modReadOnly)
                                                                              << s("cannot be made READ_ONLY");
    QTest::newRow("database without a name") << PE::setDatabase(Database{}) << s("database needs a name");
    QTest::newRow("add a file named as the log file")
        << PE::addFile(s("imoltp_mod"), DataFile{.name = s("IMOLTP_LOG"), .path = s("c:\\data\\m3")})
        << s("already has a file named IMOLTP_LOG");
    QTest::newRow("add a file to no filegroup") << PE::addFile(s("archive"), DataFile{.name = s("a1")})
                                                << s("no filegroup named archive");
    QTest::newRow("rename a file to another's name")
        << PE::replaceFile(s("imoltp_mod2"), DataFile{.name = s("imoltp_mod1"), .path = s("c:\\data\\imoltp_mod2")})
        << s("already has a file named imoltp_mod1");
    QTest::newRow("negative size") << PE::replaceFile(s("imoltp_primary2"), DataFile{.name = s("imoltp_primary2"), .sizeBytes = -1})
                                   << s("cannot be negative");
    QTest::newRow("remove the primary data file") << PE::removeFile(s("imoltp_primary1")) << s("primary data file");
    QTest::newRow("remove a filegroup's last file") << PE::removeFile(s("imoltp_secondary")) << s("last file");
    QTest::newRow("remove a file that is gone") << PE::removeFile(s("nothing")) << s("no data or log file named nothing");
    // The log (issue 9, item 2): the sample has one log file, imoltp_log.
    QTest::newRow("remove the only log file") << PE::removeFile(s("IMOLTP_LOG")) << s("imoltp_log is the last log file");
    QTest::newRow("add a log file named as a data file, other case")
        << PE::addLogFile(DataFile{.name = s("Imoltp_Mod1"), .path = s("c:\\data\\l2.ldf")})
        << s("already has a file named Imoltp_Mod1");
    QTest::newRow("add a log file named as the log file")
        << PE::addLogFile(DataFile{.name = s("imoltp_LOG")}) << s("already has a file named imoltp_LOG");
    QTest::newRow("add a log file without a name") << PE::addLogFile(DataFile{.name = s(" ")}) << s("file needs a name");
    QTest::newRow("rename the log file to a data file's name")
        << PE::replaceFile(s("imoltp_log"), DataFile{.name = s("IMOLTP_PRIMARY1")}) << s("already has a file named IMOLTP_PRIMARY1");
    QTest::newRow("rename the log file to nothing") << PE::replaceFile(s("imoltp_log"), DataFile{.name = QString()})
                                                    << s("file needs a name");
    QTest::newRow("log file of negative size")
        << PE::replaceFile(s("imoltp_log"), DataFile{.name = s("imoltp_log"), .sizeBytes = -1}) << s("cannot be negative");
    QTest::newRow("move the log file into a filegroup") << PE::moveFile(s("imoltp_log"), s("PRIMARY"))
                                                        << s("log files belong to no filegroup");
    QTest::newRow("rename a data file to the log file's name")
        << PE::replaceFile(s("imoltp_primary2"), DataFile{.name = s("Imoltp_Log")}) << s("already has a file named Imoltp_Log");
    QTest::newRow("move a data file into the memory-optimized filegroup")
        << PE::moveFile(s("imoltp_primary2"), s("imoltp_mod")) << s("a file holds one kind of data");
    QTest::newRow("move the primary data file") << PE::moveFile(s("imoltp_primary1"), s("imoltp_secondary"))
                                                << s("primary data file");
    QTest::newRow("move a file where it is") << PE::moveFile(s("imoltp_mod1"), s("IMOLTP_MOD")) << s("already in");
    // the-memory-optimized-filegroup.md: the filegroup cannot be made READ_ONLY, at any time.
    TimelineEvent modReadOnlyEvent{.kind = EventKind::SetReadOnly, .at = QDateTime(QDate(2017, 3, 6), QTime(2, 0), Qt::UTC),
                                   .filegroup = s("IMOLTP_MOD")};
    QTest::newRow("SET_READ_ONLY event of the memory-optimized filegroup") << PE::addEvent(modReadOnlyEvent)
                                                                          << s("imoltp_mod cannot be made READ_ONLY");
    TimelineEvent mark{.kind = EventKind::Mark, .at = modReadOnlyEvent.at, .name = s("m")};
    QTest::newRow("an event changed into one") << PE::replaceEvent(mark, modReadOnlyEvent) << s("cannot be made READ_ONLY");
    const QDateTime at = PlanTime::make(2017, 3, 6, 0, 30);
    QTest::newRow("CFP snapshot at no time")
        << PE::addCfpSnapshot(snapshot(QDateTime(), CheckpointDmvVersion::SqlServer2016, CheckpointFileState::Active))
        << s("needs a time");
    QTest::newRow("CFP snapshot, 2014 state in 2016+")
        << PE::addCfpSnapshot(snapshot(at, CheckpointDmvVersion::SqlServer2016, CheckpointFileState::Tombstone))
        << s("TOMBSTONE is not a state of the SQL Server 2016+ DMV");
    QTest::newRow("CFP snapshot, 2016+ state in 2014")
        << PE::addCfpSnapshot(snapshot(at, CheckpointDmvVersion::SqlServer2014, CheckpointFileState::WaitingForLogTruncation))
        << s("WAITING FOR LOG TRUNCATION is not a state of the SQL Server 2014 DMV");
    QTest::newRow("CFP snapshot, ROOT file in 2014")
        << PE::addCfpSnapshot(snapshot(at, CheckpointDmvVersion::SqlServer2014, CheckpointFileState::Active,
                                       CheckpointFileType::Root))
        << s("SQL Server 2014 has no ROOT checkpoint files");
}

void TestEditRefusal::refused()
{
    QFETCH(ProjectEdit, edit);
    QFETCH(QString, because);
    const QString reason = EditRefusal::reason(test::sample(), edit);
    QVERIFY2(reason.contains(because), qPrintable(reason));
}

void TestEditRefusal::accepted_data()
{
    QTest::addColumn<ProjectEdit>("edit");
    using PE = ProjectEdit;
    QTest::newRow("rename") << PE::renameFilegroup(s("imoltp_secondary"), s("archive"));
    QTest::newRow("rename to its own name in another case") << PE::renameFilegroup(s("imoltp_mod"), s("IMOLTP_MOD"));
    QTest::newRow("remove a filegroup") << PE::removeFilegroup(s("imoltp_mod"));
    QTest::newRow("read-only ROWS filegroup") << PE::setFilegroupReadOnly(s("imoltp_secondary"), true);
    QTest::newRow("read-write memory-optimized filegroup") << PE::setFilegroupReadOnly(s("imoltp_mod"), false);
    QTest::newRow("add a FILESTREAM filegroup") << PE::addFilegroup(filegroup("docs", FilegroupType::Filestream));
    QTest::newRow("the memory-optimized filegroup stays it")
        << PE::setFilegroupType(s("imoltp_mod"), FilegroupType::MemoryOptimizedData);
    Database db;
    db.name = s("sales");
    db.edition = Edition::Standard;
    QTest::newRow("database") << PE::setDatabase(db);
    QTest::newRow("add a container") << PE::addFile(s("imoltp_mod"), DataFile{.name = s("imoltp_mod3"), .path = s("c:\\data\\m3")});
    QTest::newRow("remove a container") << PE::removeFile(s("IMOLTP_MOD2"));
    QTest::newRow("rename a file") << PE::replaceFile(s("imoltp_primary2"), DataFile{.name = s("data2"), .sizeBytes = 1});
    QTest::newRow("resize a file, same name") << PE::replaceFile(s("imoltp_primary2"), DataFile{.name = s("IMOLTP_PRIMARY2")});
    QTest::newRow("move a file") << PE::moveFile(s("imoltp_primary2"), s("imoltp_secondary"));
    QTest::newRow("add a log file") << PE::addLogFile(DataFile{.name = s("imoltp_log2"), .path = s("e:\\log\\l2.ldf")});
    QTest::newRow("move and grow the log file, its name in another case")
        << PE::replaceFile(s("imoltp_log"), DataFile{.name = s("IMOLTP_LOG"), .path = s("e:\\log\\imoltp_log.ldf"),
                                                     .sizeBytes = qint64(1) << 30});
    QTest::newRow("rename the log file") << PE::replaceFile(s("imoltp_log"), DataFile{.name = s("sales_log")});
    QTest::newRow("a step edit is not judged here") << PE::remove(0);
    const QDateTime at(QDate(2017, 3, 6), QTime(2, 0), Qt::UTC);
    QTest::newRow("SET_READ_WRITE event of the memory-optimized filegroup")
        << PE::addEvent(TimelineEvent{.kind = EventKind::SetReadWrite, .at = at, .filegroup = s("imoltp_mod")});
    QTest::newRow("SET_READ_ONLY event of a ROWS filegroup")
        << PE::addEvent(TimelineEvent{.kind = EventKind::SetReadOnly, .at = at, .filegroup = s("imoltp_secondary")});
    // A read-only PRIMARY is R-RO-005's to report (with its fix), an unknown filegroup R-REF-001's.
    QTest::newRow("SET_READ_ONLY event of PRIMARY")
        << PE::addEvent(TimelineEvent{.kind = EventKind::SetReadOnly, .at = at, .filegroup = s("PRIMARY")});
    QTest::newRow("a failure moved") << PE::replaceEvent(test::sample().events.first(),
                                                        TimelineEvent{.kind = EventKind::Failure, .at = at, .wholeDatabase = true});
    QTest::newRow("CFP snapshot") << PE::addCfpSnapshot(snapshot(PlanTime::make(2017, 3, 6, 0, 30),
                                                                 CheckpointDmvVersion::SqlServer2014,
                                                                 CheckpointFileState::MergedSource));
    QTest::newRow("remove a CFP snapshot that is not there") << PE::removeCfpSnapshot(PlanTime::make(2017, 3, 6, 0, 30));
}

void TestEditRefusal::accepted()
{
    QFETCH(ProjectEdit, edit);
    QCOMPARE(EditRefusal::reason(test::sample(), edit), QString());
}

void TestEditRefusal::aCompositeIsJudgedPartByPart()
{
    const Project p = test::sample();
    const Filegroup archive = filegroup("archive", FilegroupType::Rows);
    // Each part alone is fine; the second meets the first's filegroup.
    const ProjectEdit twice = ProjectEdit::composite({ProjectEdit::addFilegroup(archive), ProjectEdit::addFilegroup(archive)});
    QVERIFY(EditRefusal::reason(p, twice).contains(s("already has a filegroup named archive")));
    // A file added to a filegroup an earlier part made is fine.
    const ProjectEdit addThenFile = ProjectEdit::composite(
        {ProjectEdit::addFilegroup(archive), ProjectEdit::addFile(s("archive"), DataFile{.name = s("archive_2")})});
    QCOMPARE(EditRefusal::reason(p, addThenFile), QString());
}

void TestEditRefusal::removingAUsedFilegroupSaysWhatChanges()
{
    // imoltp_mod is in backup imoltp_primary_mod's scope and in step 1 of the sample's plan.
    const Project p = test::sample();
    const QString effects = EditRefusal::sideEffects(p, ProjectEdit::removeFilegroup(s("imoltp_mod")));
    QVERIFY2(effects.contains(s("imoltp_primary_mod")), qPrintable(effects));
    QVERIFY2(!effects.contains(s("imoltp_full")), qPrintable(effects)); // a full backup names no filegroup
    QVERIFY2(effects.contains(s("1 step")) && effects.contains(s("(1)")), qPrintable(effects));
    QVERIFY2(effects.contains(p.plans[0].name), qPrintable(effects));
}

void TestEditRefusal::removingAFileSaysWhichStepsChange()
{
    // Step 3 restores the file imoltp_secondary by name; no backup names a file.
    Project p = test::sample();
    p.database.filegroups[1].files << DataFile{.name = s("imoltp_secondary_2")};
    const QString effects = EditRefusal::sideEffects(p, ProjectEdit::removeFile(s("imoltp_secondary")));
    QVERIFY2(effects.contains(s("(3)")), qPrintable(effects));
    QVERIFY2(!effects.contains(s("backup")), qPrintable(effects));
}

void TestEditRefusal::removingAnUnusedFilegroupChangesNothingElse()
{
    Project p = test::sample();
    p.database.filegroups << filegroup("archive", FilegroupType::Rows);
    QCOMPARE(EditRefusal::sideEffects(p, ProjectEdit::removeFilegroup(s("archive"))), QString());
    // A rename rewrites scopes too, but they follow it: nothing to ask.
    QCOMPARE(EditRefusal::sideEffects(p, ProjectEdit::renameFilegroup(s("imoltp_mod"), s("mod"))), QString());
}

/// With two log files, the second goes and the first, the primary log file, stays (SQL Server's
/// error 5020); removing a log file rewrites no backup or step, so nothing is asked.
void TestEditRefusal::onlyAnAddedLogFileCanBeRemoved()
{
    Project p = test::sample();
    p.database.logFiles << DataFile{.name = s("imoltp_log2"), .path = s("e:\\log\\l2.ldf")};
    QCOMPARE(EditRefusal::reason(p, ProjectEdit::removeFile(s("Imoltp_Log2"))), QString());
    QCOMPARE(EditRefusal::sideEffects(p, ProjectEdit::removeFile(s("imoltp_log2"))), QString());
    const QString primary = EditRefusal::reason(p, ProjectEdit::removeFile(s("imoltp_log")));
    QVERIFY2(primary.contains(s("imoltp_log is the primary log file")), qPrintable(primary));
    // Judged on the project the first part made: once the second is gone, the first is the last.
    const QString both = EditRefusal::reason(
        p, ProjectEdit::composite({ProjectEdit::removeFile(s("imoltp_log2")), ProjectEdit::removeFile(s("imoltp_log"))}));
    QVERIFY2(both.contains(s("last log file")), qPrintable(both));
}

QTEST_GUILESS_MAIN(TestEditRefusal)
#include "tst_editrefusal.moc"
