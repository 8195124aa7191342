// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Internal to the msdb history reader (msdbhistoryreader.h): the state of one import while its
// files are read line by line. The lines and the header are handled in msdbhistorycollector.cpp,
// each row of the query's one result set (a backup set × media family × file) in msdbhistoryrows.cpp.
#include "model/io/historyimportproblem.h"
#include "model/io/msdbbackupset.h"
#include "model/io/msdbcolumns.h"
#include "model/io/historyimport.h"
#include "model/io/msdbvalues.h"
#include "model/io/resulttextcollector.h"

#include <QHash>
#include <QSet>

#include <array>
#include <deque>
#include <vector>

namespace rd {

using MsdbField = ResultField;

/// Reads the rows of every file of one import into backup sets (MsdbBackupSet), then builds the
/// project (finish()). Problems and skipped rows go to the HistoryImport it was given.
class MsdbHistoryCollector : public ResultTextCollector
{
public:
    using Column = MsdbColumns::Column;

    MsdbHistoryCollector(HistoryImport &out, const QString &database)
        : ResultTextCollector(MsdbColumns::Count, false), m_out(out), m_database(database)
    {
    }

    void beginSource(const QString &source);
    void sourceError(const QString &message) { problem(Severity::Error, 0, 0, Column::Count, message); }
    void finish();

    /// file_number: data and log files are 1 to 32,767 (SQL Server's maximum), but FILESTREAM and
    /// memory-optimized containers are numbered from 65537; a row key keeps 24 bits of it.
    static constexpr qint64 MaxFileNumber = 0xFFFFFE;
    static constexpr quint64 NoFile = 0xFFFFFF;    ///< a row's file number when it names no file (a log backup's)

private:
    void problem(Severity severity, int line, int column, Column msdbColumn, const QString &message);
    bool isHeader() override;
    bool mentionsHeader(QByteArrayView line) const override { return line.contains("database_name"); }
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
    int skip(const QString &reason); ///< returns the index of its group in m_out.skipped
    void parseSet(MsdbBackupSet &set, Backup &b);
    void readFamilyAndFile(int setIndex, MsdbBackupSet &set);
    std::optional<MsdbValues::Guid> guid(Column c);
    QString guidText(Column c); ///< interned: fork and base GUIDs repeat over thousands of backups

    HistoryImport &m_out;
    const QString m_database;
    int m_errors = 0;
    std::deque<MsdbBackupSet> m_sets; ///< a deque: no copy of a million while it grows
    BackupList m_backups;             ///< the backup of each of m_sets, at the same index
    QHash<MsdbValues::Guid, int> m_uuidToSet;
    QHash<MsdbValues::Guid, QString> m_guidTexts;
    QStringList m_sources;
    QList<int> m_timeZones;
    QSet<QString> m_databasesSeen;
    QByteArray m_lastDatabaseBytes;
    QString m_lastDatabase;

    // The file being read.
    QString m_source;
    int m_sourceIndex = -1;
    QHash<qint64, int> m_idToSet;      ///< backup_set_id → set index, or -1 - its skip group
    QHash<QString, int> m_skipGroups;  ///< reason → index in m_out.skipped
    QSet<quint64> m_rowKeys;           ///< set, family and file of every row read
    QSet<quint64> m_fileKeys;          ///< set and file of every file read
};

} // namespace rd
