// The query the CFP import asks the user to run (resources/sql/xtp-checkpoint-files.sql) is in
// the program's resources, as the file in the repository, and says what docs/cfp-import.md says:
// the DMV, the permission of each version, and how to save the results with their header.
#include <QFile>
#include <QTest>

class TestSqlResources : public QObject
{
    Q_OBJECT
private slots:
    void checkpointFilesQueryIsShipped();
    void backupHeadersScriptIsShipped();
};

void TestSqlResources::checkpointFilesQueryIsShipped()
{
    QFile shipped(QStringLiteral(":/sql/xtp-checkpoint-files.sql"));
    QVERIFY2(shipped.open(QIODevice::ReadOnly), qPrintable(shipped.errorString()));
    QFile source(QStringLiteral(RD_SOURCE_DIR "/resources/sql/xtp-checkpoint-files.sql"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray text = shipped.readAll();
    QCOMPARE(text, source.readAll());
    for (const char *words : {"FROM sys.dm_db_xtp_checkpoint_files", "SELECT *", "VIEW DATABASE STATE",
                              "VIEW DATABASE PERFORMANCE STATE", "Save Results As", "-s\",\" -W", "SQL Server 2014"})
        QVERIFY2(text.contains(words), words);
}

// The script of the backup-header import (docs/import-headeronly.md): both statements, the two
// columns it adds to pair their results, every column the import requires, and how to save.
void TestSqlResources::backupHeadersScriptIsShipped()
{
    QFile shipped(QStringLiteral(":/sql/backup-headers.sql"));
    QVERIFY2(shipped.open(QIODevice::ReadOnly), qPrintable(shipped.errorString()));
    QFile source(QStringLiteral(RD_SOURCE_DIR "/resources/sql/backup-headers.sql"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray text = shipped.readAll();
    QCOMPARE(text, source.readAll());
    for (const char *words : {"RESTORE HEADERONLY FROM", "RESTORE FILELISTONLY FROM", "WITH FILE = ", "SELECT BackupFile, BackupName",
                              "SELECT BackupFile, Position, LogicalName", "BackupType", "DatabaseName", "FirstLSN",
                              "LastLSN", "BackupStartDate", "BackupFinishDate", "FileID", "[Type]", "IsPresent",
                              "Save Results As", "-s\",\" -W"})
        QVERIFY2(text.contains(words), words);
}

QTEST_GUILESS_MAIN(TestSqlResources)
#include "tst_sqlresources.moc"
