// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Internal to the dbatools history reader (dbatoolshistoryreader.h): turns the records of every
// file of one import into backup sets, then the project (through MsdbProjectBuilder, as msdb
// exports are). Problems and skipped records go to the HistoryImport it was given. The values
// and the end are in dbatoolshistorycollector.cpp, each record's properties in
// dbatoolshistoryrecords.cpp.
#include "model/io/dbatoolsparseerror.h"
#include "model/io/dbatoolsrecord.h"
#include "model/io/historyimport.h"
#include "model/io/msdbbackupset.h"
#include "model/io/msdbvalues.h"

#include <QHash>
#include <QSet>

#include <deque>

namespace rd {

class DbatoolsHistoryCollector
{
public:
    using Severity = HistoryImportProblem::Severity;

    /// How the file was written, which says what its dates mean.
    enum class Syntax { Json, CliXml };

    DbatoolsHistoryCollector(HistoryImport &out, const QString &database) : m_out(out), m_database(database) {}

    void beginSource(const QString &source, Syntax syntax);
    /// One BackupHistory object; false once there are too many errors to go on.
    bool record(const DbatoolsRecord &r);
    void parseError(const DbatoolsParseError &e);
    void sourceError(const QString &message) { problem(Severity::Error, 0, 0, {}, message); }
    void warning(const QString &message) { problem(Severity::Warning, 0, 0, {}, message); }
    void finish();

private:
    static QString kindName(DbatoolsValue::Kind kind); ///< "a string", "an object", … for messages
    static QString shortened(const QString &text);     ///< at most 40 characters of a value, for messages
    void problem(Severity severity, int line, int column, const QString &field, const QString &message);
    void error(const DbatoolsValue &v, const QString &message) { problem(Severity::Error, v.line, v.column, v.name, message); }
    void skip(const DbatoolsRecord &r, const QString &reason);
    std::optional<Lsn> lsn(const DbatoolsValue *v);
    std::optional<QDateTime> date(const DbatoolsValue &v);
    std::optional<qint64> integer(const DbatoolsValue *v, qint64 min, qint64 max);
    std::optional<bool> flag(const DbatoolsValue *v);
    QString guidText(const DbatoolsValue *v, bool *zero = nullptr);
    void readFiles(const DbatoolsRecord &r, MsdbBackupSet &set);

    HistoryImport &m_out;
    const QString m_database;
    int m_errors = 0;
    std::deque<MsdbBackupSet> m_sets;
    BackupList m_backups;
    QHash<QString, std::pair<int, int>> m_guidToSet; ///< BackupSetGUID → (source, line) of the first
    QStringList m_sources;
    QSet<QString> m_databasesSeen;
    QStringList m_servers;
    bool m_sawJson = false;
    bool m_sawCliXml = false;
    int m_zeroForks = 0;
    int m_noGuid = 0;
    int m_noFileList = 0;
    QString m_fileListWhy;
    QStringList m_noFilegroup; ///< data files FileList gives no filegroup, by logical name
    int m_zonedDates = 0;

    QString m_source;
    int m_sourceIndex = -1;
    Syntax m_syntax = Syntax::Json;
    QHash<QString, int> m_skipGroups; ///< reason → index in m_out.skipped, for the file being read
};

} // namespace rd
