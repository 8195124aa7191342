// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/backup.h"
#include "model/io/delimitedbytes.h"
#include "model/io/historyimportproblem.h"
#include "model/io/textlinestream.h"

#include <QCoreApplication>

#include <functional>
#include <optional>
#include <vector>

namespace rd {

/// One field of a row of saved results: its trimmed text, where it starts in the line, whether
/// the header has its column and whether it is NULL (`NULL` unquoted, or nothing).
struct ResultField
{
    QByteArrayView text;
    qsizetype offset = 0;
    bool present = false;
    bool null = true;
};

/// What the history importers of saved query results (MsdbHistoryReader, HeaderOnlyHistoryReader)
/// share: the lines of an SSMS "Save Results As" CSV or of sqlcmd's `-s` output, read one by one.
/// It finds the header (trying the separators comma, tab, semicolon and |; up to 50 lines before
/// it are skipped with a warning), passes over sqlcmd's line of dashes under it and checks its
/// "(N rows affected)" against the rows, splits each row and checks its field count against the
/// header's, and words what is wrong with the file as a whole (empty, no header, an encoding error).
/// A collector says what a header is, reads the header and the rows, and reports the problems.
class ResultTextCollector
{
    Q_DECLARE_TR_FUNCTIONS(rd::ResultTextCollector)
public:
    using Severity = HistoryImportProblem::Severity;
    static constexpr int NoColumn = -1;
    static constexpr qint64 MaxExact = (Q_INT64_C(1) << 53) - 1; ///< sizes a plan file keeps exactly

    virtual ~ResultTextCollector() = default;

    /// One line of the file being read (TextLineStream's handler); false = stop reading the file.
    bool line(QByteArrayView text, int number);
    /// After the file's last line: reports the stream's error (when `complete` is false), a guessed
    /// encoding, and a file without a header.
    void endSource(const TextLineStream &stream, bool complete);

    /// Feeds the file at `path` to `stream` in pieces of `chunk` bytes, never holding it whole.
    /// `progress` (may be empty) hears of the bytes read so far after each piece; when it returns
    /// false reading stops and *cancelled is set. Returns whether the stream took the whole file;
    /// *error says why not when the file could not be opened or read (else the stream says why).
    static bool feedFile(const QString &path, TextLineStream &stream, qsizetype chunk, QString *error,
                         const std::function<bool(qint64 read)> &progress = {}, bool *cancelled = nullptr);

protected:
    /// `columns`: how many columns the collector knows (their ids index m_columnIndex);
    /// `severalResults`: whether another result's header may follow "(N rows affected)".
    ResultTextCollector(int columns, bool severalResults);

    /// Starts a new file.
    void beginText();

    /// Whether the split line (m_fields) is a header; the collector remembers which kind.
    virtual bool isHeader() = 0;
    /// Whether a line that no separator splits still names a header column (sqlcmd without -s).
    virtual bool mentionsHeader(QByteArrayView line) const = 0;
    /// The errors for such a line, for no header in the first `linesLooked` lines (0: in the
    /// whole file), and for text after the end of the results.
    virtual QString unsplitHeaderMessage() const = 0;
    virtual QString noHeaderMessage(int linesLooked) const = 0;
    virtual QString textAfterEndMessage() const = 0;
    /// Reads the header in m_fields into m_columnIndex (reset to -1); false = the file cannot be read.
    virtual bool readHeader() = 0;
    /// Reads a data row: splitRow() first.
    virtual void readRow() = 0;
    /// Reports a problem; `column` is the collector's column id or NoColumn.
    virtual void report(Severity severity, int line, int characterColumn, int column, const QString &message) = 0;
    /// Whether so many errors were reported that reading should stop.
    virtual bool tooManyErrors() const = 0;

    /// Splits the current line into m_fields and checks the count against the header's; reports and
    /// returns false when it does not split or has too few or too many fields.
    bool splitRow();
    /// The field of column `column` (a collector's column id) in the current row.
    ResultField value(int column) const;
    QString text(int column) const;
    bool has(int column) const { return m_columnIndex[size_t(column)] >= 0; }
    void error(const ResultField &v, int column, const QString &message)
    {
        report(Severity::Error, m_line, DelimitedBytes::characterColumn(m_text, v.offset), column, message);
    }
    /// The value of column `column` read by `parse` (an MsdbValues function); nullopt when it is
    /// NULL, or, after reporting why, when it does not parse.
    template <typename T, typename Parse>
    std::optional<T> parsed(int column, Parse parse)
    {
        const ResultField v = value(column);
        if (v.null)
            return std::nullopt;
        QString why;
        std::optional<T> result = parse(v.text, &why);
        if (!result)
            error(v, column, why);
        return result;
    }
    std::optional<qint64> integer(int column, qint64 min, qint64 max);
    /// An LSN column: a null Lsn when it is NULL or, after reporting why, does not parse.
    Lsn lsn(int column);
    bool bit(int column, bool fallback = false);
    /// A date column that must not be NULL: reports NULL or a date that does not parse.
    void dateTime(int column, QDateTime *out);

    /// The columns of a backup set's own values that msdb's backupset and RESTORE HEADERONLY share
    /// (by the collector's ids), and how messages name two of them.
    struct BackupColumns
    {
        int copyOnly, start, finish, firstLsn, lastLsn, checkpointLsn, databaseBackupLsn, differentialBaseLsn,
            forkPointLsn, recoveryModel, versionMajor, versionMinor, versionBuild, bulkLoggedData, incompleteMetadata,
            damaged, snapshot, forceOffline, size, compressedSize, keyAlgorithm, encryptorType;
        qint64 maxBuild;                     ///< the build number's type's maximum
        const char *firstLsnName, *lastLsnName;
    };
    /// Reads those columns of the current row into `b` (b.type already set): copy-only, dates (a
    /// finish before the start is an error), LSNs (first and last may not be NULL, nor last below
    /// first), recovery model, software version, the flags (a log backup WITH NORECOVERY or with
    /// incomplete metadata is a tail-log backup), the size a restore reads (compressed, else the
    /// backup's) and whether it is encrypted (a key algorithm other than NO_Encryption, or an
    /// encryptor).
    void readBackupColumns(const BackupColumns &c, Backup &b);

    QByteArrayView m_text; ///< the line being read
    int m_line = 0;
    std::vector<ByteField> m_fields;
    QByteArray m_scratch;
    char m_separator = ',';
    int m_fieldCount = 0;
    qint64 m_rows = 0;              ///< data rows of the current result
    std::vector<int> m_columnIndex; ///< column id → field index in the header, or -1

private:
    bool findHeader(QByteArrayView text);

    const bool m_severalResults;
    bool m_inResult = false;  ///< after a header, before its "(N rows affected)"
    bool m_anyResult = false; ///< a result ended
    bool m_failed = false;
    bool m_dashesAllowed = false;
    int m_linesBeforeHeader = 0;
};

} // namespace rd
