#pragma once

// Internal to the msdb history reader (msdbhistoryreader.h): the state of one import while its
// files are read line by line. The lines and the header are handled in msdbhistorycollector.cpp,
// each row of the query's one result set (a backup set × media family × file) in msdbhistoryrows.cpp.
#include "model/io/delimitedbytes.h"
#include "model/io/historyimportproblem.h"
#include "model/io/msdbbackupset.h"
#include "model/io/msdbcolumns.h"
#include "model/io/historyimport.h"
#include "model/io/msdbvalues.h"
#include "model/io/textlinestream.h"

#include <QHash>
#include <QSet>

#include <array>
#include <deque>
#include <vector>

namespace rd {

/// One field's trimmed text, where it starts in the line, and whether it is NULL.
struct MsdbField
{
    QByteArrayView text;
    qsizetype offset = 0;
    bool present = false; ///< the header has the column
    bool null = true;
};

/// Reads the rows of every file of one import into backup sets (MsdbBackupSet), then builds the
/// project (finish()). Problems and skipped rows go to the HistoryImport it was given.
class MsdbHistoryCollector
{
public:
    using Column = MsdbColumns::Column;
    using Severity = HistoryImportProblem::Severity;

    MsdbHistoryCollector(HistoryImport &out, const QString &database) : m_out(out), m_database(database) {}

    void beginSource(const QString &source);
    bool line(QByteArrayView text, int number);
    void endSource(const TextLineStream &stream, bool complete);
    void sourceError(const QString &message) { problem(Severity::Error, 0, 0, Column::Count, message); }
    void finish();

    static constexpr qint64 MaxExact = (Q_INT64_C(1) << 53) - 1; ///< sizes a plan file keeps exactly
    /// file_number: data and log files are 1 to 32,767 (SQL Server's maximum), but FILESTREAM and
    /// memory-optimized containers are numbered from 65537; a row key keeps 24 bits of it.
    static constexpr qint64 MaxFileNumber = 0xFFFFFE;
    static constexpr quint64 NoFile = 0xFFFFFF;    ///< a row's file number when it names no file (a log backup's)

private:
    void problem(Severity severity, int line, int column, Column msdbColumn, const QString &message);
    void error(const MsdbField &v, Column c, const QString &message)
    {
        problem(Severity::Error, m_line, DelimitedBytes::characterColumn(m_text, v.offset), c, message);
    }
    bool findHeader(QByteArrayView text);
    bool readHeader();
    void readRow();
    int skip(const QString &reason); ///< returns the index of its group in m_out.skipped
    MsdbField value(Column c) const;
    void parseSet(MsdbBackupSet &set, Backup &b);
    void readFamilyAndFile(int setIndex, MsdbBackupSet &set);
    /// The value of column `c` read by `parse` (an MsdbValues function); nullopt when it is NULL,
    /// or, after reporting why, when it does not parse.
    template <typename T, typename Parse>
    std::optional<T> parsed(Column c, Parse parse)
    {
        const MsdbField v = value(c);
        if (v.null)
            return std::nullopt;
        QString why;
        std::optional<T> result = parse(v.text, &why);
        if (!result)
            error(v, c, why);
        return result;
    }
    std::optional<Lsn> lsn(Column c);
    std::optional<qint64> integer(Column c, qint64 min, qint64 max);
    bool bit(Column c, bool fallback = false);
    std::optional<MsdbValues::Guid> guid(Column c);
    QString guidText(Column c); ///< interned: fork and base GUIDs repeat over thousands of backups
    QString text(Column c) const;

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
    int m_headerLine = 0;
    int m_linesBeforeHeader = 0;
    bool m_headerFailed = false;
    bool m_dashesAllowed = false;
    bool m_ended = false;      ///< after sqlcmd's "(N rows affected)"
    qint64 m_rowsAffected = -1;
    int m_rowsAffectedLine = 0;
    qint64 m_rows = 0;
    char m_separator = ',';
    int m_fieldCount = 0;
    std::array<int, MsdbColumns::Count> m_columns{};
    QHash<qint64, int> m_idToSet;      ///< backup_set_id → set index, or -1 - its skip group
    QHash<QString, int> m_skipGroups;  ///< reason → index in m_out.skipped
    QSet<quint64> m_rowKeys;           ///< set, family and file of every row read
    QSet<quint64> m_fileKeys;          ///< set and file of every file read
    std::vector<ByteField> m_fields;
    QByteArray m_scratch;
    QByteArrayView m_text; ///< the line being read
    int m_line = 0;
};

} // namespace rd
