// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

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

namespace {

/// The resource :/sql/NAME, or an empty array when it is missing or differs from resources/sql/NAME.
QByteArray shippedAsInSource(const char *name)
{
    QFile shipped(QStringLiteral(":/sql/") + QLatin1String(name));
    QFile source(QStringLiteral(RD_SOURCE_DIR "/resources/sql/") + QLatin1String(name));
    if (!shipped.open(QIODevice::ReadOnly) || !source.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = shipped.readAll();
    return text == source.readAll() ? text : QByteArray();
}

} // namespace

void TestSqlResources::checkpointFilesQueryIsShipped()
{
    const QByteArray text = shippedAsInSource("xtp-checkpoint-files.sql");
    QVERIFY(!text.isEmpty());
    for (const char *words : {"FROM sys.dm_db_xtp_checkpoint_files", "SELECT *", "VIEW DATABASE STATE",
                              "VIEW DATABASE PERFORMANCE STATE", "Save Results As", "-s\",\" -W", "SQL Server 2014"})
        QVERIFY2(text.contains(words), words);
}

// The script of the backup-header import (docs/import-headeronly.md): both statements, the two
// columns it adds to pair their results, every column the import requires, and how to save.
void TestSqlResources::backupHeadersScriptIsShipped()
{
    const QByteArray text = shippedAsInSource("backup-headers.sql");
    QVERIFY(!text.isEmpty());
    for (const char *words : {"RESTORE HEADERONLY FROM", "RESTORE FILELISTONLY FROM", "WITH FILE = ", "SELECT BackupFile, BackupName",
                              "SELECT BackupFile, Position, LogicalName", "BackupType", "DatabaseName", "FirstLSN",
                              "LastLSN", "BackupStartDate", "BackupFinishDate", "FileID", "[Type]", "IsPresent",
                              "Save Results As", "-s\",\" -W"})
        QVERIFY2(text.contains(words), words);
}

QTEST_GUILESS_MAIN(TestSqlResources)
#include "tst_sqlresources.moc"
