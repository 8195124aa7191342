// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Internal to the backup-header reader (headeronlyhistoryreader.h): the state of one import while
// its files are read line by line. The lines, headers and pairing are handled in
// headeronlycollector.cpp, each row of a HEADERONLY or FILELISTONLY result in headeronlyrows.cpp.
#include "model/io/headeronlycolumns.h"
#include "model/io/historyimport.h"
#include "model/io/msdbbackupset.h"
#include "model/io/msdbvalues.h"
#include "model/io/resulttextcollector.h"

#include <QHash>

#include <vector>

namespace rd {

/// Reads the result sets of every file of one import: RESTORE HEADERONLY rows become backups,
/// RESTORE FILELISTONLY rows the files of the backup they are paired with (by backup file and
/// position); finish() builds the project. Problems and skipped rows go to the HistoryImport.
class HeaderOnlyCollector : public ResultTextCollector
{
public:
    using Column = HeaderOnlyColumns::Column;

    HeaderOnlyCollector(HistoryImport &out, const QString &database)
        : ResultTextCollector(HeaderOnlyColumns::Count, true), m_out(out), m_database(database)
    {
    }

    void beginSource(const QString &source);
    void sourceError(const QString &message) { problem(Severity::Error, 0, 0, Column::Count, message); }
    void finish();

    /// The backup file a result names when it has no BackupFile column: the saved file's name
    /// without `.csv`, `.txt` or `.rpt`, then without `.headeronly` or `.filelistonly`
    /// (`imoltp_full.bak.filelistonly.csv` → `imoltp_full.bak`).
    static QString deviceFromFileName(const QString &source);

private:
    enum class Kind { None, HeaderOnly, FileListOnly };

    /// One RESTORE HEADERONLY row: a backup set.
    struct Header
    {
        QString deviceKey; ///< the backup file(s), case-folded: pairs it with its file list
        Backup backup;
        MsdbBackupSet set;
    };
    /// The FILELISTONLY rows of one backup set (one backup file and position).
    struct FileList
    {
        int source = 0;
        QList<int> lines;
        std::vector<MsdbFileRow> files;
    };

    void problem(Severity severity, int line, int column, Column c, const QString &message);
    bool isHeader() override;
    bool mentionsHeader(QByteArrayView line) const override;
    QString unsplitHeaderMessage() const override;
    QString noHeaderMessage(int linesLooked) const override;
    QString textAfterEndMessage() const override;
    bool readHeader() override;
    void readRow() override;
    void report(Severity severity, int line, int characterColumn, int column, const QString &message) override
    {
        problem(severity, line, characterColumn, column < 0 ? Column::Count : Column(column), message);
    }
    bool tooManyErrors() const override;
    /// The backup file(s) and position of the current row; false (reported) when they are wrong.
    bool backupFileOfRow(QStringList *media, qint64 *position);
    void readHeaderRow();
    void readFileRow();
    void skip(const QString &reason);
    /// The device(s) of the row: BackupFile split at `;`, else the saved file's name.
    QStringList devices() const;
    QString guidText(Column c);
    /// Marks the one filegroup of containers memory-optimized, and notes it.
    void inferContainerFilegroup(std::vector<Header> &headers);

    HistoryImport &m_out;
    const QString m_database;
    int m_errors = 0;
    QStringList m_sources;
    std::vector<Header> m_headers;
    QHash<QString, int> m_headerKeys;     ///< deviceKey + position → index in m_headers
    QHash<QString, int> m_backupSetGuids; ///< BackupSetGUID → index in m_headers
    QHash<QString, FileList> m_fileLists; ///< deviceKey + position → its rows
    QHash<QString, int> m_skipGroups;     ///< source + reason → index in m_out.skipped

    // The file being read.
    QString m_source;
    int m_sourceIndex = -1;
    Kind m_kind = Kind::None;
    QSet<QString> m_fileListsOfSource; ///< the file lists this file started (others are read already)
};

} // namespace rd
