#pragma once

// Internal to the backup-header reader (headeronlyhistoryreader.h): the state of one import while
// its files are read line by line. The lines, headers and pairing are handled in
// headeronlycollector.cpp, each row of a HEADERONLY or FILELISTONLY result in headeronlyrows.cpp.
#include "model/io/delimitedbytes.h"
#include "model/io/headeronlycolumns.h"
#include "model/io/historyimport.h"
#include "model/io/msdbbackupset.h"
#include "model/io/msdbvalues.h"
#include "model/io/textlinestream.h"

#include <QHash>

#include <array>
#include <vector>

namespace rd {

/// Reads the result sets of every file of one import: RESTORE HEADERONLY rows become backups,
/// RESTORE FILELISTONLY rows the files of the backup they are paired with (by backup file and
/// position); finish() builds the project. Problems and skipped rows go to the HistoryImport.
class HeaderOnlyCollector
{
public:
    using Column = HeaderOnlyColumns::Column;
    using Severity = HistoryImportProblem::Severity;

    HeaderOnlyCollector(HistoryImport &out, const QString &database) : m_out(out), m_database(database) {}

    void beginSource(const QString &source);
    bool line(QByteArrayView text, int number);
    void endSource(const TextLineStream &stream, bool complete);
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

    struct Field
    {
        QByteArrayView text;
        qsizetype offset = 0;
        bool null = true;
    };

    void problem(Severity severity, int line, int column, Column c, const QString &message);
    void error(const Field &v, Column c, const QString &message)
    {
        problem(Severity::Error, m_line, DelimitedBytes::characterColumn(m_text, v.offset), c, message);
    }
    bool findHeader(QByteArrayView text);
    bool readHeader();
    void endResult();
    void readRow();
    void readHeaderRow();
    void readFileRow();
    void skip(const QString &reason);
    Field value(Column c) const;
    QString text(Column c) const;
    /// The device(s) of the row: BackupFile split at `;`, else the saved file's name.
    QStringList devices() const;
    template <typename T, typename Parse>
    std::optional<T> parsed(Column c, Parse parse)
    {
        const Field v = value(c);
        if (v.null)
            return std::nullopt;
        QString why;
        std::optional<T> result = parse(v.text, &why);
        if (!result)
            error(v, c, why);
        return result;
    }
    Lsn lsn(Column c);
    std::optional<qint64> integer(Column c, qint64 min, qint64 max);
    bool bit(Column c, bool fallback = false);
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
    bool m_anyResult = false;
    int m_linesBeforeHeader = 0;
    bool m_failed = false;
    bool m_dashesAllowed = false;
    qint64 m_rows = 0;
    char m_separator = ',';
    int m_fieldCount = 0;
    std::array<int, HeaderOnlyColumns::Count> m_columns{};
    QSet<QString> m_fileListsOfSource; ///< the file lists this file started (others are read already)
    std::vector<ByteField> m_fields;
    QByteArray m_scratch;
    QByteArrayView m_text;
    int m_line = 0;
};

} // namespace rd
