// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/io/checkpointdmvreader.h"

#include "model/io/delimitedline.h"
#include "model/io/inputfile.h"
#include "model/io/textlines.h"

#include <QHash>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <array>
#include <limits>

namespace rd {
namespace {

using Severity = CheckpointDmvProblem::Severity;

// Column names (Microsoft Docs, sys.dm_db_xtp_checkpoint_files; msdb-formats of both versions).
const QString FileId = QStringLiteral("checkpoint_file_id");
const QString PairId = QStringLiteral("checkpoint_pair_file_id");
const QString ContainerId = QStringLiteral("container_id");
const QString RelativePath = QStringLiteral("relative_file_path");
const QString FileType = QStringLiteral("file_type");
const QString FileTypeDesc = QStringLiteral("file_type_desc");
const QString State = QStringLiteral("state");
const QString StateDesc = QStringLiteral("state_desc");
const QString Size = QStringLiteral("file_size_in_bytes");
const QString Used = QStringLiteral("file_size_used_in_bytes");
const QString LogicalRows = QStringLiteral("logical_row_count");
const QString InsertedRows = QStringLiteral("inserted_row_count");
const QString DeletedRows = QStringLiteral("deleted_row_count");
const QString LowerTsn = QStringLiteral("lower_bound_tsn");
const QString UpperTsn = QStringLiteral("upper_bound_tsn");
const QString BeginCheckpoint = QStringLiteral("begin_checkpoint_id");
const QString EndCheckpoint = QStringLiteral("end_checkpoint_id");

/// Columns only one version's DMV has: they tell the versions apart.
constexpr std::array<const char *, 5> Only2016{"logical_row_count", "begin_checkpoint_id", "end_checkpoint_id",
                                               "last_updated_checkpoint_id", "encryption_status"};
constexpr std::array<const char *, 8> Only2014{"inserted_row_count", "deleted_row_count", "drop_table_deleted_row_count",
                                               "last_backup_page_count", "delta_watermark_tsn",
                                               "last_checkpoint_recovery_lsn", "tombstone_operation_lsn",
                                               "logical_deletion_log_block_id"};
constexpr std::array<QChar, 4> Separators{u',', u'\t', u';', u'|'};

constexpr qint64 MaxInt = std::numeric_limits<qint32>::max();
/// bigint values are kept up to 2^53 - 1, as every number of the plan format (a JSON number holds
/// whole numbers exactly only that far), so that an imported snapshot can always be saved.
constexpr qint64 MaxExact = (Q_INT64_C(1) << 53) - 1;

/// sqlcmd's last line, "(12 rows affected)" or "(1 row affected)".
std::optional<qint64> rowsAffected(const QString &line)
{
    const QRegularExpression re(QStringLiteral("^\\((\\d+) rows? affected\\)$"));
    const QRegularExpressionMatch m = re.match(line.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toLongLong();
}

/// sqlcmd's line of dashes under the header: dashes, separators and spaces only.
bool isDashLine(const QString &line, QChar separator)
{
    bool dash = false;
    for (QChar c : line) {
        if (c == u'-')
            dash = true;
        else if (c != separator && c != u' ')
            return false;
    }
    return dash;
}

/// Index of the first line whose fields, split at some separator, include checkpoint_file_id; the
/// separator found goes to *separator. When the first line naming the column splits at no
/// separator (sqlcmd without -s pads with spaces), -1 - its index; when no line names it, the
/// smallest qsizetype.
qsizetype findHeader(const QStringList &lines, QChar *separator)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines[i].contains(FileId, Qt::CaseInsensitive))
            continue;
        for (QChar sep : Separators) {
            QList<DelimitedField> fields;
            int column = 0;
            QString error;
            if (!DelimitedLine::split(lines[i], sep, &fields, &column, &error))
                continue;
            for (const DelimitedField &f : std::as_const(fields)) {
                if (f.text.trimmed().compare(FileId, Qt::CaseInsensitive) == 0) {
                    *separator = sep;
                    return i;
                }
            }
        }
        return -1 - i; // named, but no separator splits it out
    }
    return std::numeric_limits<qsizetype>::min();
}

class Reader
{
public:
    explicit Reader(CheckpointDmvImport &out) : m_out(out) {}

    void run(const QByteArray &bytes);

private:
    void add(Severity severity, int line, int column, const QString &columnName, const QString &message)
    {
        if (severity == Severity::Error) {
            ++m_errors;
            if (m_errors > CheckpointDmvReader::MaxProblems)
                return;
        }
        m_out.problems << CheckpointDmvProblem{severity, line, column, columnName, message};
    }
    void error(int line, int column, const QString &columnName, const QString &message)
    {
        add(Severity::Error, line, column, columnName, message);
    }

    bool readHeader(const QStringList &lines, qsizetype header);
    void readRow(int line, const QList<DelimitedField> &fields);
    void checkFiles();

    // One row's fields, by column name; each reports its own error and returns false then.
    const DelimitedField *field(const QList<DelimitedField> &fields, const QString &name) const
    {
        const int i = m_columns.value(name, -1);
        return i < 0 ? nullptr : &fields[i];
    }
    static bool isNull(const DelimitedField &f)
    {
        const QString t = f.text.trimmed();
        return t.isEmpty() || (!f.quoted && t.compare(QLatin1String("NULL"), Qt::CaseInsensitive) == 0);
    }
    bool integer(int line, const DelimitedField &f, const QString &name, qint64 min, qint64 max, qint64 *value);
    bool optionalInteger(int line, const QList<DelimitedField> &fields, const QString &name, qint64 min,
                         std::optional<qint64> *value);
    bool guid(int line, const DelimitedField &f, const QString &name, QUuid *value);

    CheckpointDmvImport &m_out;
    int m_errors = 0;
    QChar m_separator;
    QHash<QString, int> m_columns; ///< lower-case name → field index
    int m_fieldCount = 0;
    CheckpointDmvVersion m_version = CheckpointDmvVersion::SqlServer2016;
    QList<CheckpointFile> m_files;
    QList<int> m_fileLines; ///< the line each of m_files comes from
    QList<int> m_idColumns; ///< and the character column of its checkpoint_file_id
    QList<bool> m_typeUnknown; ///< a 2014 TOMBSTONE row whose file_type is NULL
};

bool Reader::integer(int line, const DelimitedField &f, const QString &name, qint64 min, qint64 max, qint64 *value)
{
    const QString t = f.text.trimmed();
    bool ok = false;
    const qint64 v = t.toLongLong(&ok);
    if (!ok) {
        error(line, f.column, name, CheckpointDmvReader::tr("\"%1\" is not a whole number").arg(t.left(40)));
        return false;
    }
    if (v > MaxExact || v < -MaxExact) { // (not std::abs: -2^63 has no absolute value in 64 bits)
        error(line, f.column, name,
              CheckpointDmvReader::tr("%1 is beyond 2^53 - 1, the largest whole number a plan file keeps exactly").arg(v));
        return false;
    }
    if (v < min || v > max) {
        error(line, f.column, name, CheckpointDmvReader::tr("%1 is out of range (%2 to %3)").arg(v).arg(min).arg(max));
        return false;
    }
    *value = v;
    return true;
}

bool Reader::optionalInteger(int line, const QList<DelimitedField> &fields, const QString &name, qint64 min,
                             std::optional<qint64> *value)
{
    const DelimitedField *f = field(fields, name);
    if (!f || isNull(*f))
        return true;
    qint64 v = 0;
    if (!integer(line, *f, name, min, MaxExact, &v))
        return false;
    *value = v;
    return true;
}

bool Reader::guid(int line, const DelimitedField &f, const QString &name, QUuid *value)
{
    const QString t = f.text.trimmed();
    const QUuid id = QUuid::fromString(t);
    // QUuid gives the null GUID for text it cannot parse; the all-zero GUID itself is written out.
    const bool isZero = std::all_of(t.cbegin(), t.cend(), [](QChar c) { return c == u'0' || c == u'-' || c == u'{' || c == u'}'; })
                        && !QUuid::fromString(QString(t).replace(u'0', u'1')).isNull();
    if (id.isNull() && !isZero) {
        error(line, f.column, name,
              CheckpointDmvReader::tr("\"%1\" is not a GUID (expected 8-4-4-4-12 hexadecimal digits)").arg(t.left(40)));
        return false;
    }
    *value = id;
    return true;
}

bool Reader::readHeader(const QStringList &lines, qsizetype header)
{
    const int line = int(header) + 1;
    QList<DelimitedField> fields;
    int column = 0;
    QString why;
    DelimitedLine::split(lines[header], m_separator, &fields, &column, &why); // split once already
    m_fieldCount = int(fields.size());
    for (int i = 0; i < fields.size(); ++i) {
        const QString name = fields[i].text.trimmed().toLower();
        if (name.isEmpty())
            continue; // an unnamed column: nothing can be read from it
        if (m_columns.contains(name)) {
            error(line, fields[i].column, name, CheckpointDmvReader::tr("the column appears twice in the header"));
            continue;
        }
        m_columns.insert(name, i);
    }
    const auto hasAny = [&](const auto &names) {
        for (const char *n : names)
            if (m_columns.contains(QLatin1String(n)))
                return QString::fromLatin1(n);
        return QString();
    };
    const QString of2016 = hasAny(Only2016);
    const QString of2014 = hasAny(Only2014);
    if (!of2016.isEmpty() && !of2014.isEmpty())
        error(line, 0, QString(),
              CheckpointDmvReader::tr("the header mixes the SQL Server 2016+ column %1 with the SQL Server 2014 column %2; "
                                      "export one server's DMV as it is").arg(of2016, of2014));
    else if (of2016.isEmpty() && of2014.isEmpty())
        error(line, 0, QString(),
              CheckpointDmvReader::tr("cannot tell the SQL Server version from the columns: include logical_row_count "
                                      "(SQL Server 2016 and later) or inserted_row_count and deleted_row_count (SQL Server 2014)"));
    m_version = of2014.isEmpty() ? CheckpointDmvVersion::SqlServer2016 : CheckpointDmvVersion::SqlServer2014;
    const auto require = [&](const QString &a, const QString &b) {
        if (!m_columns.contains(a) && (b.isEmpty() || !m_columns.contains(b)))
            error(line, 0, a, b.isEmpty() ? CheckpointDmvReader::tr("required column missing from the header")
                                          : CheckpointDmvReader::tr("required column missing from the header (or %1)").arg(b));
    };
    require(FileId, QString()); // findHeader() found it; readRow() relies on it
    require(FileType, FileTypeDesc);
    require(State, StateDesc);
    require(Size, QString());
    require(Used, QString());
    return m_errors == 0;
}

void Reader::readRow(int line, const QList<DelimitedField> &fields)
{
    const int before = m_errors;
    CheckpointFile file;
    guid(line, *field(fields, FileId), FileId, &file.id);
    if (const DelimitedField *f = field(fields, PairId); f && !isNull(*f))
        guid(line, *f, PairId, &file.pairId);
    if (const DelimitedField *f = field(fields, ContainerId); f && !isNull(*f)) {
        qint64 v = 0;
        if (integer(line, *f, ContainerId, 0, MaxInt, &v))
            file.containerId = int(v);
    }
    if (const DelimitedField *f = field(fields, RelativePath); f && !isNull(*f))
        file.relativePath = f->text.trimmed();

    // The state: its code, its words, or both (which must agree).
    std::optional<CheckpointFileState> state;
    const QString versionName = m_version == CheckpointDmvVersion::SqlServer2014 ? QStringLiteral("SQL Server 2014")
                                                                                  : QStringLiteral("SQL Server 2016+");
    const DelimitedField *stateField = field(fields, State);
    if (stateField && !isNull(*stateField)) {
        qint64 code = 0;
        if (integer(line, *stateField, State, std::numeric_limits<qint16>::min(), MaxInt, &code)) {
            state = checkpointFileState(int(code), m_version);
            if (!state)
                error(line, stateField->column, State,
                      CheckpointDmvReader::tr("state %1 does not exist in the %2 DMV (%3)")
                          .arg(code)
                          .arg(versionName,
                               m_version == CheckpointDmvVersion::SqlServer2014 ? QStringLiteral("0 to 7")
                                                                                : QStringLiteral("0 to 3 and 8")));
        }
    } else if (stateField) {
        error(line, stateField->column, State, CheckpointDmvReader::tr("state is NULL; every checkpoint file has a state"));
    }
    if (const DelimitedField *f = field(fields, StateDesc); f && !isNull(*f)) {
        const auto described = checkpointFileStateFromDescription(f->text);
        const bool inVersion = described && checkpointFileState(int(*described), m_version).has_value();
        if (!described || !inVersion)
            error(line, f->column, StateDesc,
                  CheckpointDmvReader::tr("\"%1\" is not a state of the %2 DMV").arg(f->text.trimmed().left(40), versionName));
        else if (state && *state != *described)
            error(line, f->column, StateDesc,
                  CheckpointDmvReader::tr("\"%1\" does not match state %2 (%3)")
                      .arg(f->text.trimmed().left(40)).arg(int(*state)).arg(stateDescription(*state)));
        else if (!stateField)
            state = described;
    } else if (f && !stateField) {
        error(line, f->column, StateDesc, CheckpointDmvReader::tr("state_desc is NULL; every checkpoint file has a state"));
    }
    if (state)
        file.state = *state;

    // The type: NULL only for a 2014 TOMBSTONE (the 2014 page: "NULL if state = 7").
    // A flag beside a value rather than std::optional: GCC 12 at -O2 reports an optional enum read
    // after its checks "maybe uninitialized" (-Werror=maybe-uninitialized in the release build).
    CheckpointFileType type = CheckpointFileType::Data;
    bool hasType = false;
    bool typeNull = true;
    const DelimitedField *typeField = field(fields, FileType);
    if (typeField && !isNull(*typeField)) {
        typeNull = false;
        qint64 code = 0;
        if (integer(line, *typeField, FileType, -1, 3, &code)) {
            if (const std::optional<CheckpointFileType> t = checkpointFileType(int(code))) {
                type = *t;
                hasType = true;
            }
            if (m_version == CheckpointDmvVersion::SqlServer2014 && code != 0 && code != 1) {
                error(line, typeField->column, FileType,
                      CheckpointDmvReader::tr("file_type %1 does not exist in the SQL Server 2014 DMV (0 DATA, 1 DELTA)").arg(code));
                hasType = false;
            }
        }
    }
    if (const DelimitedField *f = field(fields, FileTypeDesc); f && !isNull(*f)) {
        typeNull = false;
        QString word = f->text.trimmed().toUpper();
        if (m_version == CheckpointDmvVersion::SqlServer2014 && word.endsWith(QLatin1String("_FILE")))
            word.chop(5); // 2014 spells DATA_FILE, DELTA_FILE
        std::optional<CheckpointFileType> described;
        for (int code = -1; code <= 3; ++code)
            if (fileTypeDescription(CheckpointFileType(code)) == word)
                described = CheckpointFileType(code);
        const bool inVersion = described && (m_version == CheckpointDmvVersion::SqlServer2016
                                             || *described == CheckpointFileType::Data
                                             || *described == CheckpointFileType::Delta);
        if (!inVersion)
            error(line, f->column, FileTypeDesc,
                  CheckpointDmvReader::tr("\"%1\" is not a file type of the %2 DMV").arg(f->text.trimmed().left(40), versionName));
        else if (typeField && !isNull(*typeField) && hasType && type != *described)
            error(line, f->column, FileTypeDesc,
                  CheckpointDmvReader::tr("\"%1\" does not match file_type %2 (%3)")
                      .arg(f->text.trimmed().left(40)).arg(int(type)).arg(fileTypeDescription(type)));
        else if (!hasType) {
            type = *described;
            hasType = true;
        }
    }
    const bool tombstone2014 = m_version == CheckpointDmvVersion::SqlServer2014 && state == CheckpointFileState::Tombstone;
    if (typeNull && !tombstone2014) {
        const DelimitedField *f = typeField ? typeField : field(fields, FileTypeDesc);
        error(line, f->column, typeField ? FileType : FileTypeDesc,
              CheckpointDmvReader::tr("the file type is NULL; only a TOMBSTONE file of SQL Server 2014 has none"));
    }
    if (hasType)
        file.type = type;

    // Sizes: NULL in 2014 for states 5-7; a NULL elsewhere is kept as unknown.
    optionalInteger(line, fields, Size, 0, &file.sizeBytes);
    optionalInteger(line, fields, Used, 0, &file.usedBytes);
    if (m_version == CheckpointDmvVersion::SqlServer2016)
        optionalInteger(line, fields, LogicalRows, 0, &file.rowCount);
    else
        optionalInteger(line, fields, file.type == CheckpointFileType::Delta ? DeletedRows : InsertedRows, 0, &file.rowCount);
    optionalInteger(line, fields, LowerTsn, -MaxExact, &file.lowerBoundTsn);
    optionalInteger(line, fields, UpperTsn, -MaxExact, &file.upperBoundTsn);
    optionalInteger(line, fields, BeginCheckpoint, -MaxExact, &file.beginCheckpointId);
    optionalInteger(line, fields, EndCheckpoint, -MaxExact, &file.endCheckpointId);

    if (m_errors != before)
        return;
    m_files << file;
    m_fileLines << line;
    m_idColumns << field(fields, FileId)->column;
    m_typeUnknown << (typeNull && tombstone2014);
}

/// Across rows: one row per file id; a 2014 TOMBSTONE without a type takes the other type than its pair's.
void Reader::checkFiles()
{
    QHash<QUuid, qsizetype> byId;
    for (qsizetype i = 0; i < m_files.size(); ++i) {
        const QUuid id = m_files[i].id;
        if (const auto it = byId.constFind(id); it != byId.cend())
            error(m_fileLines[i], m_idColumns[i], FileId,
                  CheckpointDmvReader::tr("checkpoint file %1 is listed twice (first on line %2)")
                      .arg(id.toString(QUuid::WithoutBraces).toUpper()).arg(m_fileLines[*it]));
        else
            byId.insert(id, i);
    }
    // In file order: the first of a pair without types becomes DATA, so that its pair becomes DELTA
    // and the pair still counts once.
    for (qsizetype i = 0; i < m_files.size(); ++i) {
        if (!m_typeUnknown[i])
            continue;
        CheckpointFile &file = m_files[i];
        const auto pair = file.pairId.isNull() ? byId.cend() : byId.constFind(file.pairId);
        const bool pairTyped = pair != byId.cend() && !m_typeUnknown[*pair];
        file.type = pairTyped && m_files[*pair].type == CheckpointFileType::Data ? CheckpointFileType::Delta
                                                                                : CheckpointFileType::Data;
        m_typeUnknown[i] = false;
        add(Severity::Warning, m_fileLines[i], 0, FileType,
            pairTyped ? CheckpointDmvReader::tr("a TOMBSTONE file without a type (SQL Server 2014 gives none): taken as %1, "
                                                "its pair (line %2) being %3")
                            .arg(fileTypeDescription(file.type)).arg(m_fileLines[*pair]).arg(fileTypeDescription(m_files[*pair].type))
                      : CheckpointDmvReader::tr("a TOMBSTONE file without a type (SQL Server 2014 gives none), nor a pair with "
                                                "one: taken as DATA (its size is NULL: only the count of pairs depends on it)"));
    }
}

void Reader::run(const QByteArray &bytes)
{
    QStringList lines;
    int badLine = 0;
    QString why;
    if (!TextLines::decode(bytes, &lines, &badLine, &why)) {
        error(badLine, 0, QString(), why);
        return;
    }
    const qsizetype found = findHeader(lines, &m_separator);
    if (found < 0) {
        // An error SQL Server printed instead of rows (sqlcmd saves it to the file too).
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines[i].startsWith(QLatin1String("Msg "))) {
                error(int(i) + 1, 0, QString(),
                      CheckpointDmvReader::tr("the file holds a SQL Server error instead of results: %1")
                          .arg((lines[i] + u' ' + lines.value(i + 1)).simplified().left(200)));
                return;
            }
        }
        if (found == std::numeric_limits<qsizetype>::min())
            error(lines.isEmpty() ? 0 : 1, 0, QString(),
                  lines.isEmpty() ? CheckpointDmvReader::tr("the file is empty")
                                  : CheckpointDmvReader::tr("no header line naming the column checkpoint_file_id: this is not "
                                                            "an export of sys.dm_db_xtp_checkpoint_files with column headers"));
        else
            error(int(-1 - found) + 1, 0, QString(),
                  CheckpointDmvReader::tr("cannot tell the column separator of the header: save as CSV (SSMS \"Save Results "
                                          "As\", or sqlcmd -s\",\"); tabs, semicolons and | also work"));
        return;
    }
    for (qsizetype i = 0; i < found; ++i)
        if (!lines[i].trimmed().isEmpty())
            add(Severity::Warning, int(i) + 1, 0, QString(),
                CheckpointDmvReader::tr("ignored: not part of the results (\"%1\")").arg(lines[i].trimmed().left(60)));
    if (!readHeader(lines, found))
        return;

    qsizetype i = found + 1;
    if (i < lines.size() && isDashLine(lines[i], m_separator))
        ++i;
    qint64 rows = 0;
    for (; i < lines.size(); ++i) {
        const int line = int(i) + 1;
        const QString &text = lines[i];
        if (text.trimmed().isEmpty())
            continue;
        if (const std::optional<qint64> affected = rowsAffected(text)) {
            if (*affected != rows)
                error(line, 0, QString(),
                      CheckpointDmvReader::tr("sqlcmd counted %1 rows, but the file holds %2: rows are missing or were added")
                          .arg(*affected).arg(rows));
            for (qsizetype j = i + 1; j < lines.size(); ++j)
                if (!lines[j].trimmed().isEmpty()) {
                    error(int(j) + 1, 0, QString(),
                          CheckpointDmvReader::tr("text after the end of the results: export one result set only"));
                    break;
                }
            break;
        }
        ++rows;
        QList<DelimitedField> fields;
        int column = 0;
        if (!DelimitedLine::split(text, m_separator, &fields, &column, &why)) {
            error(line, column, QString(), why);
            continue;
        }
        if (fields.size() < m_fieldCount) {
            const QString missing = m_columns.key(int(fields.size()));
            error(line, int(text.size()) + 1, missing,
                  CheckpointDmvReader::tr("the row ends after %1 of the header's %2 columns (a truncated line?)")
                      .arg(fields.size()).arg(m_fieldCount));
            continue;
        }
        if (fields.size() > m_fieldCount) {
            error(line, fields[m_fieldCount].column, QString(),
                  CheckpointDmvReader::tr("the row has %1 fields, the header %2 columns (a separator inside an unquoted value?)")
                      .arg(fields.size()).arg(m_fieldCount));
            continue;
        }
        readRow(line, fields);
    }
    checkFiles();
    if (m_errors > CheckpointDmvReader::MaxProblems)
        m_out.problems << CheckpointDmvProblem{Severity::Error, 0, 0, QString(),
                                               CheckpointDmvReader::tr("%1 more errors not listed")
                                                   .arg(m_errors - CheckpointDmvReader::MaxProblems)};
    if (m_errors == 0)
        m_out.inventory = CheckpointInventory{m_version, m_files};
}

} // namespace

CheckpointDmvImport CheckpointDmvReader::read(const QByteArray &bytes, const QString &source)
{
    CheckpointDmvImport out;
    out.source = source;
    Reader(out).run(bytes);
    return out;
}

CheckpointDmvImport CheckpointDmvReader::readFile(const QString &path)
{
    QString why;
    const std::optional<QByteArray> bytes = InputFile::read(path, &why);
    if (!bytes) {
        CheckpointDmvImport out;
        out.source = path;
        if (why.startsWith(path + QStringLiteral(": "))) // InputFile names the path; toString() does too
            why = why.mid(path.size() + 2);
        out.problems << CheckpointDmvProblem{Severity::Error, 0, 0, QString(), why};
        return out;
    }
    return read(*bytes, path);
}

bool CheckpointDmvReader::looksLikeExport(const QByteArray &bytes)
{
    QStringList lines;
    int line = 0;
    QString why;
    if (!TextLines::decode(bytes.left(64 * 1024), &lines, &line, &why) && lines.isEmpty())
        return false;
    QChar separator;
    return findHeader(lines.mid(0, 20), &separator) >= 0;
}

} // namespace rd
