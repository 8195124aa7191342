#include "model/io/msdbhistoryreader.h"

#include "model/io/delimitedbytes.h"
#include "model/io/inputfile.h"
#include "model/io/msdbbackupset.h"
#include "model/io/msdbcolumns.h"
#include "model/io/msdbprojectbuilder.h"
#include "model/io/msdbvalues.h"
#include "model/io/textlinestream.h"

#include <QFile>
#include <QHash>
#include <QSet>

#include <array>
#include <limits>

namespace rd {
namespace {

using Column = MsdbColumns::Column;
using Severity = HistoryImportProblem::Severity;

constexpr std::array<char, 4> Separators{',', '\t', ';', '|'};
/// Non-empty lines looked at for the header before giving up.
constexpr int MaxLinesBeforeHeader = 50;
constexpr qint64 MaxExact = (Q_INT64_C(1) << 53) - 1; ///< sizes a plan file keeps exactly
constexpr qint64 MaxFileNumber = 32767;               ///< files per database (SQL Server's maximum)
constexpr quint64 NoFile = 0xFFFFFF;
constexpr qsizetype ChunkBytes = qsizetype(4) << 20;

/// sqlcmd's line of dashes under the header: dashes, separators and spaces only.
bool isDashLine(QByteArrayView line, char separator)
{
    bool dash = false;
    for (char c : line) {
        if (c == '-')
            dash = true;
        else if (c != separator && c != ' ')
            return false;
    }
    return dash;
}

/// sqlcmd's "(12 rows affected)" or "(1 row affected)": the count, or -1.
qint64 rowsAffected(QByteArrayView line)
{
    line = line.trimmed();
    if (!line.startsWith('(') || !line.endsWith(" affected)"))
        return -1;
    line = line.sliced(1);
    qsizetype i = 0;
    while (i < line.size() && line[i] >= '0' && line[i] <= '9')
        ++i;
    const QByteArrayView rest = line.sliced(i);
    if (i == 0 || (rest != " rows affected)" && rest != " row affected)"))
        return -1;
    return MsdbValues::integer(line.first(i), 0, std::numeric_limits<qint64>::max()).value_or(-1);
}

/// The msdb type code's backup type (backupset.type; msdb-formats: D I L F G P Q).
std::optional<BackupType> backupType(char code)
{
    switch (code) {
    case 'D': return BackupType::Full;
    case 'I': return BackupType::Differential;
    case 'L': return BackupType::Log;
    case 'F': return BackupType::File;
    case 'G': return BackupType::FileDifferential;
    case 'P': return BackupType::Partial;
    case 'Q': return BackupType::PartialDifferential;
    default: return std::nullopt;
    }
}

/// One field's trimmed text, where it starts in the line, and whether it is NULL.
struct Value
{
    QByteArrayView text;
    qsizetype offset = 0;
    bool present = false; ///< the header has the column
    bool null = true;
};

class Collector
{
public:
    Collector(MsdbHistoryImport &out, const QString &database) : m_out(out), m_database(database) {}

    void beginSource(const QString &source);
    bool line(QByteArrayView text, int number);
    void endSource(const TextLineStream &stream, bool complete);
    void sourceError(const QString &message) { problem(Severity::Error, 0, 0, Column::Count, message); }
    void finish();

private:
    void problem(Severity severity, int line, int column, Column msdbColumn, const QString &message);
    void error(const Value &v, Column c, const QString &message)
    {
        problem(Severity::Error, m_line, DelimitedBytes::characterColumn(m_text, v.offset), c, message);
    }
    bool findHeader(QByteArrayView text);
    bool readHeader();
    void readRow();
    int skip(const QString &reason); ///< returns the index of its group in m_out.skipped
    Value value(Column c) const;
    void parseSet(MsdbBackupSet &set, Backup &b);
    void readFamilyAndFile(int setIndex, MsdbBackupSet &set);
    /// The value of column `c` read by `parse` (an MsdbValues function); nullopt when it is NULL,
    /// or, after reporting why, when it does not parse.
    template <typename T, typename Parse>
    std::optional<T> parsed(Column c, Parse parse)
    {
        const Value v = value(c);
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

    MsdbHistoryImport &m_out;
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

void Collector::problem(Severity severity, int line, int column, Column msdbColumn, const QString &message)
{
    if (severity == Severity::Error && ++m_errors > MsdbHistoryReader::MaxProblems)
        return;
    m_out.problems << HistoryImportProblem{severity, m_source, line, column, MsdbColumns::name(msdbColumn), message};
}

void Collector::beginSource(const QString &source)
{
    m_source = source;
    m_sourceIndex = int(m_sources.size());
    m_sources << source;
    m_headerLine = 0;
    m_linesBeforeHeader = 0;
    m_headerFailed = false;
    m_dashesAllowed = false;
    m_ended = false;
    m_rowsAffected = -1;
    m_rows = 0;
    m_columns.fill(-1);
    m_idToSet.clear();
    m_skipGroups.clear();
    m_rowKeys.clear();
    m_fileKeys.clear();
}

bool Collector::line(QByteArrayView text, int number)
{
    m_text = text;
    m_line = number;
    if (m_headerFailed)
        return false;
    if (m_headerLine == 0) {
        if (text.trimmed().isEmpty())
            return true;
        if (findHeader(text)) {
            m_headerLine = number;
            m_dashesAllowed = true;
            if (!readHeader()) {
                m_headerFailed = true;
                return false;
            }
            return true;
        }
        if (text.contains("database_name")) {
            problem(Severity::Error, number, 0, Column::Count,
                    MsdbHistoryReader::tr("the header names database_name, but no separator (comma, tab, semicolon or |) "
                                          "splits it into columns: sqlcmd without -s\",\" separates columns with spaces, "
                                          "which cannot be read back"));
            m_headerFailed = true;
            return false;
        }
        if (++m_linesBeforeHeader >= MaxLinesBeforeHeader) {
            problem(Severity::Error, 0, 0, Column::Count,
                    MsdbHistoryReader::tr("no header line naming the column database_name in the first %1 lines: save the "
                                          "results with their column headers (docs/import-msdb.md)")
                        .arg(MaxLinesBeforeHeader));
            m_headerFailed = true;
            return false;
        }
        problem(Severity::Warning, number, 0, Column::Count,
                MsdbHistoryReader::tr("a line before the header, skipped (\"%1\")")
                    .arg(QString::fromUtf8(text.trimmed().first(qMin<qsizetype>(60, text.trimmed().size())))));
        return true;
    }
    if (m_dashesAllowed) {
        m_dashesAllowed = false;
        if (isDashLine(text, m_separator))
            return true;
    }
    if (text.trimmed().isEmpty())
        return true;
    if (m_ended) {
        problem(Severity::Error, number, 0, Column::Count,
                MsdbHistoryReader::tr("text after the end of the results (\"(N rows affected)\"): export one result set only"));
        return false;
    }
    if (const qint64 n = rowsAffected(text); n >= 0) {
        m_ended = true;
        m_rowsAffected = n;
        m_rowsAffectedLine = number;
        return true;
    }
    readRow();
    return m_errors <= MsdbHistoryReader::MaxProblems;
}

bool Collector::findHeader(QByteArrayView text)
{
    for (char sep : Separators) {
        QString why;
        qsizetype at = 0;
        if (!DelimitedBytes::split(text, sep, &m_fields, &m_scratch, &at, &why) || m_fields.size() < 2)
            continue;
        for (const ByteField &f : m_fields)
            if (MsdbColumns::find(f.text) == Column::DatabaseName) {
                m_separator = sep;
                return true;
            }
    }
    return false;
}

bool Collector::readHeader()
{
    m_fieldCount = int(m_fields.size());
    QSet<QByteArray> names;
    for (int i = 0; i < m_fieldCount; ++i) {
        const ByteField &f = m_fields[size_t(i)];
        names.insert(f.text.trimmed().toByteArray().toLower());
        const Column c = MsdbColumns::find(f.text);
        if (c == Column::Count)
            continue; // a column the import does not read
        if (m_columns[c] >= 0) {
            problem(Severity::Error, m_line, DelimitedBytes::characterColumn(m_text, f.offset), c,
                    MsdbHistoryReader::tr("the column appears twice in the header"));
            continue;
        }
        m_columns[c] = i;
    }
    const auto has = [&](Column c) { return m_columns[c] >= 0; };
    // The two queries DBAs most often have at hand (docs/import-msdb.md): refused with the reason.
    if (!has(Column::FirstLsn) && !has(Column::LastLsn)) {
        if (names.contains("backuptype") && names.contains("latestbackuplocation")) {
            problem(Severity::Error, m_line, 0, Column::Count,
                    MsdbHistoryReader::tr("this is the output of Microsoft's example query of the backupset page (columns "
                                          "backuptype, LatestBackupLocation): it has no first_lsn or last_lsn, so which log "
                                          "backup follows which, whether the log chain is unbroken and which logs a "
                                          "restore needs cannot be known; run resources/sql/msdb-backup-history.sql instead"));
            return false;
        }
        if (names.contains("backup_type") && names.contains("server")) {
            problem(Severity::Error, m_line, 0, Column::Count,
                    MsdbHistoryReader::tr("this is the output of the classic \"backup history of the last 7 days\" query "
                                          "(columns SERVER, backup_type): it has no first_lsn or last_lsn, so no restore "
                                          "chain can be rebuilt, and its backup_type is only Database or Log (NULL for "
                                          "differential, file and partial backups); run "
                                          "resources/sql/msdb-backup-history.sql instead"));
            return false;
        }
    }
    const auto require = [&](Column c, const QString &why) {
        if (!has(c))
            problem(Severity::Error, m_line, 0, c, MsdbHistoryReader::tr("required column missing from the header: %1").arg(why));
    };
    require(Column::Type, MsdbHistoryReader::tr("the backup type (D, I, L, F, G, P, Q)"));
    require(Column::FirstLsn, MsdbHistoryReader::tr("without it the order of the log backups cannot be known"));
    require(Column::LastLsn, MsdbHistoryReader::tr("without it the log chain cannot be followed"));
    require(Column::BackupStartDate, MsdbHistoryReader::tr("when the backup started"));
    require(Column::BackupFinishDate, MsdbHistoryReader::tr("when the backup finished"));
    if (!has(Column::BackupSetId) && !has(Column::BackupSetUuid))
        problem(Severity::Error, m_line, 0, Column::BackupSetId,
                MsdbHistoryReader::tr("required column missing from the header (or backup_set_uuid): it tells which rows "
                                      "(one per stripe and file) belong to one backup set"));
    const auto recommend = [&](Column c, const QString &why) {
        if (!has(c))
            problem(Severity::Warning, m_line, 0, c, MsdbHistoryReader::tr("column not in the export: %1").arg(why));
    };
    recommend(Column::CheckpointLsn, MsdbHistoryReader::tr("the backups' checkpoint LSNs are derived"));
    recommend(Column::DatabaseBackupLsn, MsdbHistoryReader::tr("which full backup a differential or log follows is derived"));
    recommend(Column::PhysicalDeviceName, MsdbHistoryReader::tr("the backups have no media; scripts write a placeholder"));
    recommend(Column::FileNumber, MsdbHistoryReader::tr("no backupfile rows: the layout holds PRIMARY only"));
    return m_errors == 0;
}

Value Collector::value(Column c) const
{
    const int i = m_columns[c];
    if (i < 0)
        return {};
    const ByteField &f = m_fields[size_t(i)];
    Value v;
    v.present = true;
    v.text = f.text.trimmed();
    const char *lineStart = m_text.data();
    const bool inLine = v.text.data() >= lineStart && v.text.data() <= lineStart + m_text.size();
    v.offset = f.quoted || !inLine ? f.offset : v.text.data() - lineStart;
    v.null = MsdbValues::isNull(v.text, f.quoted);
    return v;
}

QString Collector::text(Column c) const
{
    const Value v = value(c);
    return v.null ? QString() : QString::fromUtf8(v.text);
}

std::optional<Lsn> Collector::lsn(Column c)
{
    if (value(c).null)
        return Lsn(); // a null LSN: "not known"
    return parsed<Lsn>(c, [](QByteArrayView t, QString *why) { return MsdbValues::lsn(t, why); });
}

std::optional<qint64> Collector::integer(Column c, qint64 min, qint64 max)
{
    return parsed<qint64>(c, [&](QByteArrayView t, QString *why) { return MsdbValues::integer(t, min, max, why); });
}

bool Collector::bit(Column c, bool fallback)
{
    return parsed<bool>(c, [](QByteArrayView t, QString *why) { return MsdbValues::bit(t, why); }).value_or(fallback);
}

std::optional<MsdbValues::Guid> Collector::guid(Column c)
{
    return parsed<MsdbValues::Guid>(c, [](QByteArrayView t, QString *why) { return MsdbValues::guid(t, why); });
}

QString Collector::guidText(Column c)
{
    const std::optional<MsdbValues::Guid> g = guid(c);
    if (!g)
        return {};
    auto it = m_guidTexts.constFind(*g);
    if (it == m_guidTexts.cend())
        it = m_guidTexts.insert(*g, MsdbValues::guidText(*g));
    return *it;
}

int Collector::skip(const QString &reason)
{
    auto it = m_skipGroups.constFind(reason);
    if (it == m_skipGroups.cend()) {
        m_out.skipped << HistorySkippedRows{m_source, reason, {}};
        it = m_skipGroups.insert(reason, int(m_out.skipped.size() - 1));
    }
    m_out.skipped[*it].lines << m_line;
    return *it;
}

void Collector::readRow()
{
    ++m_rows;
    ++m_out.rowsRead;
    qsizetype at = 0;
    QString why;
    if (!DelimitedBytes::split(m_text, m_separator, &m_fields, &m_scratch, &at, &why)) {
        problem(Severity::Error, m_line, DelimitedBytes::characterColumn(m_text, at), Column::Count, why);
        return;
    }
    if (int(m_fields.size()) < m_fieldCount) {
        problem(Severity::Error, m_line, DelimitedBytes::characterColumn(m_text, m_text.size()), Column::Count,
                MsdbHistoryReader::tr("the row ends after %1 of the header's %2 columns (a truncated line?)")
                    .arg(m_fields.size()).arg(m_fieldCount));
        return;
    }
    if (int(m_fields.size()) > m_fieldCount) {
        problem(Severity::Error, m_line, DelimitedBytes::characterColumn(m_text, m_fields[size_t(m_fieldCount)].offset), Column::Count,
                MsdbHistoryReader::tr("the row has %1 fields, the header %2 columns (a separator inside an unquoted value?)")
                    .arg(m_fields.size()).arg(m_fieldCount));
        return;
    }
    // A mirror holds the same backup as mirror 0: one copy is enough to plan with.
    if (const std::optional<qint64> mirror = integer(Column::Mirror, 0, 3); mirror && *mirror != 0) {
        skip(MsdbHistoryReader::tr("a mirrored copy of the media (backupmediafamily.mirror %1): only mirror 0 is read, "
                                   "every mirror holds the same backup").arg(*mirror));
        return;
    }
    // The backup set the row belongs to: backup_set_id, or its GUID when the export has no id.
    qint64 key = 0;
    if (m_columns[Column::BackupSetId] >= 0) {
        const std::optional<qint64> id = integer(Column::BackupSetId, std::numeric_limits<qint32>::min(),
                                                 std::numeric_limits<qint32>::max());
        if (!id) {
            if (value(Column::BackupSetId).null)
                error(value(Column::BackupSetId), Column::BackupSetId, MsdbHistoryReader::tr("backup_set_id is NULL"));
            return;
        }
        key = *id;
    } else {
        const std::optional<MsdbValues::Guid> g = guid(Column::BackupSetUuid);
        if (!g) {
            if (value(Column::BackupSetUuid).null)
                error(value(Column::BackupSetUuid), Column::BackupSetUuid, MsdbHistoryReader::tr("backup_set_uuid is NULL"));
            return;
        }
        key = qint64(g->first ^ g->second);
    }
    int setIndex = m_idToSet.value(key, std::numeric_limits<int>::min());
    if (setIndex == std::numeric_limits<int>::min()) {
        // The first row of a backup set: its database first, since another one's rows are skipped.
        const Value db = value(Column::DatabaseName);
        if (db.null) {
            error(db, Column::DatabaseName, MsdbHistoryReader::tr("database_name is NULL"));
            return;
        }
        if (db.text != QByteArrayView(m_lastDatabaseBytes)) {
            m_lastDatabaseBytes = db.text.toByteArray();
            m_lastDatabase = QString::fromUtf8(db.text);
            if (!m_databasesSeen.contains(m_lastDatabase)) { // a set: msdb may hold thousands of databases
                m_databasesSeen.insert(m_lastDatabase);
                m_out.databases << m_lastDatabase;
            }
        }
        if (!m_database.isEmpty() && m_lastDatabase.compare(m_database, Qt::CaseInsensitive) != 0) {
            const int group = skip(MsdbHistoryReader::tr("a backup of database %1, not of %2 (--database)").arg(m_lastDatabase, m_database));
            m_idToSet.insert(key, -1 - group);
            return;
        }
        std::optional<MsdbValues::Guid> uuid;
        if (m_columns[Column::BackupSetUuid] >= 0) {
            uuid = guid(Column::BackupSetUuid);
            if (uuid) {
                if (const auto it = m_uuidToSet.constFind(*uuid); it != m_uuidToSet.cend()) {
                    const MsdbBackupSet &first = m_sets[size_t(*it)];
                    const int group = skip(MsdbHistoryReader::tr("the same backup set (backup_set_uuid) as %1, line %2: read once")
                                               .arg(m_sources[first.source]).arg(first.line));
                    m_idToSet.insert(key, -1 - group);
                    return;
                }
            }
        }
        MsdbBackupSet set;
        Backup backup;
        set.database = m_lastDatabase;
        set.backupSetId = key;
        set.source = m_sourceIndex;
        set.line = m_line;
        if (uuid)
            backup.backupSetGuid = MsdbValues::guidText(*uuid);
        parseSet(set, backup);
        setIndex = int(m_sets.size());
        if (uuid)
            m_uuidToSet.insert(*uuid, setIndex);
        m_idToSet.insert(key, setIndex);
        m_sets.push_back(std::move(set));
        m_backups.append(backup);
    } else if (setIndex < 0) {
        m_out.skipped[-1 - setIndex].lines << m_line; // the rest of a skipped backup set
        return;
    }
    readFamilyAndFile(setIndex, m_sets[size_t(setIndex)]);
}

void Collector::parseSet(MsdbBackupSet &set, Backup &b)
{
    const Value type = value(Column::Type);
    const std::optional<BackupType> t = type.text.size() == 1 ? backupType(type.text[0]) : std::nullopt;
    if (!t)
        error(type, Column::Type,
              MsdbHistoryReader::tr("\"%1\" is not a backup type: expected D (database), I (differential), L (log), F (file "
                                    "or filegroup), G (differential file), P (partial) or Q (differential partial)")
                  .arg(QString::fromUtf8(type.text.first(qMin<qsizetype>(40, type.text.size())))));
    b.type = t.value_or(BackupType::Full);
    b.copyOnly = bit(Column::IsCopyOnly);
    const auto date = [&](Column c, QDateTime *out) {
        const Value v = value(c);
        if (v.null) {
            error(v, c, MsdbHistoryReader::tr("the date is NULL"));
            return;
        }
        QString why;
        if (const std::optional<QDateTime> d = MsdbValues::dateTime(v.text, &why))
            *out = *d;
        else
            error(v, c, why);
    };
    date(Column::BackupStartDate, &b.start);
    date(Column::BackupFinishDate, &b.finish);
    if (b.start.isValid() && b.finish.isValid() && b.finish < b.start)
        error(value(Column::BackupFinishDate), Column::BackupFinishDate,
              MsdbHistoryReader::tr("the backup finishes before it starts"));
    const auto setLsn = [&](Column c, Lsn *out) {
        if (const std::optional<Lsn> l = lsn(c))
            *out = *l;
    };
    setLsn(Column::FirstLsn, &b.firstLsn);
    setLsn(Column::LastLsn, &b.lastLsn);
    for (Column c : {Column::FirstLsn, Column::LastLsn})
        if (value(c).null)
            error(value(c), c, MsdbHistoryReader::tr("the LSN is NULL"));
    if (!b.firstLsn.isNull() && !b.lastLsn.isNull() && b.lastLsn < b.firstLsn)
        error(value(Column::LastLsn), Column::LastLsn, MsdbHistoryReader::tr("last_lsn is smaller than first_lsn"));
    setLsn(Column::CheckpointLsn, &b.checkpointLsn);
    setLsn(Column::DatabaseBackupLsn, &b.databaseBackupLsn);
    setLsn(Column::DifferentialBaseLsn, &b.differentialBaseLsn);
    setLsn(Column::ForkPointLsn, &b.forkPointLsn);
    b.differentialBaseGuid = guidText(Column::DifferentialBaseGuid);
    b.recoveryForkId = guidText(Column::FirstRecoveryForkGuid);
    b.lastRecoveryForkId = guidText(Column::LastRecoveryForkGuid);
    if (b.lastRecoveryForkId == b.recoveryForkId)
        b.lastRecoveryForkId.clear(); // "same as recoveryForkId" (plan-format.md)
    set.databaseFamily = guidText(Column::FamilyGuid);
    guid(Column::DatabaseGuid); // checked, not kept: it changes with every restore
    if (const Value rm = value(Column::RecoveryModel); !rm.null) {
        if (rm.text.compare("FULL", Qt::CaseInsensitive) == 0)
            b.recoveryModel = RecoveryModel::Full;
        else if (rm.text.compare("SIMPLE", Qt::CaseInsensitive) == 0)
            b.recoveryModel = RecoveryModel::Simple;
        else if (rm.text.compare("BULK-LOGGED", Qt::CaseInsensitive) == 0 || rm.text.compare("BULK_LOGGED", Qt::CaseInsensitive) == 0)
            b.recoveryModel = RecoveryModel::BulkLogged;
        else
            error(rm, Column::RecoveryModel,
                  MsdbHistoryReader::tr("\"%1\" is not a recovery model (FULL, BULK-LOGGED, SIMPLE)")
                      .arg(QString::fromUtf8(rm.text.first(qMin<qsizetype>(40, rm.text.size())))));
    }
    const std::optional<qint64> major = integer(Column::SoftwareMajorVersion, 0, 255);
    const std::optional<qint64> minor = integer(Column::SoftwareMinorVersion, 0, 255);
    const std::optional<qint64> build = integer(Column::SoftwareBuildVersion, 0, 32767);
    if (major)
        b.softwareVersion = build ? QStringLiteral("%1.%2.%3").arg(*major).arg(minor.value_or(0)).arg(*build)
                                  : QStringLiteral("%1.%2").arg(*major).arg(minor.value_or(0));
    b.hasBulkLoggedData = bit(Column::HasBulkLoggedData);
    b.hasIncompleteMetadata = bit(Column::HasIncompleteMetadata);
    b.damaged = bit(Column::IsDamaged);
    b.snapshot = bit(Column::IsSnapshot);
    set.databaseReadOnly = bit(Column::IsReadonly);
    const bool forceOffline = bit(Column::IsForceOffline);
    // A log backup WITH NORECOVERY (is_force_offline) or of a damaged database (incomplete
    // metadata) is the tail of the log (msdb-formats §1).
    b.tailLog = b.type == BackupType::Log && (forceOffline || b.hasIncompleteMetadata);
    const std::optional<qint64> size = integer(Column::BackupSize, 0, MaxExact);
    const std::optional<qint64> compressed = integer(Column::CompressedBackupSize, 0, MaxExact);
    b.sizeBytes = compressed.value_or(size.value_or(0)); // the bytes a restore reads
    if (const std::optional<qint64> p = integer(Column::Position, 1, std::numeric_limits<qint32>::max()))
        b.position = int(*p);
    const Value key = value(Column::KeyAlgorithm);
    b.encrypted = (!key.null && key.text.compare("NO_Encryption", Qt::CaseInsensitive) != 0) || !value(Column::EncryptorType).null;
    if (const std::optional<qint64> tz = integer(Column::TimeZone, -48, 127)) {
        if (*tz > 48 && *tz != 127)
            error(value(Column::TimeZone), Column::TimeZone,
                  MsdbHistoryReader::tr("%1 is not a time zone (-48 to 48 quarter hours, or 127 for unknown)").arg(*tz));
        set.timeZone = int(*tz);
        if (!m_timeZones.contains(int(*tz)))
            m_timeZones << int(*tz);
    }
    if (const std::optional<qint64> n = integer(Column::MediaFamilyCount, 1, 64))
        set.mediaFamilyCount = int(*n);
}

void Collector::readFamilyAndFile(int setIndex, MsdbBackupSet &set)
{
    int family = 1;
    if (const std::optional<qint64> f = integer(Column::FamilySequenceNumber, 1, 64))
        family = int(*f);
    if (set.mediaFamilyCount > 0 && family > set.mediaFamilyCount) {
        error(value(Column::FamilySequenceNumber), Column::FamilySequenceNumber,
              MsdbHistoryReader::tr("media family %1 of a media set of %2 (media_family_count)").arg(family).arg(set.mediaFamilyCount));
        return;
    }
    quint64 file = NoFile;
    const std::optional<qint64> number = integer(Column::FileNumber, 1, MaxFileNumber);
    if (number)
        file = quint64(*number);
    const quint64 rowKey = (quint64(setIndex) << 32) | (quint64(family) << 24) | file;
    if (m_rowKeys.contains(rowKey)) {
        skip(MsdbHistoryReader::tr("a repeat of an earlier row (the same backup set, media family and file)"));
        return;
    }
    m_rowKeys.insert(rowKey);
    if (const Value device = value(Column::PhysicalDeviceName); device.present) {
        bool known = false;
        for (const auto &[n, path] : set.families)
            known = known || n == family;
        if (!known)
            set.families.emplace_back(family, device.null ? QString() : QString::fromUtf8(device.text));
    }
    if (!number)
        return;
    const quint64 fileKey = (quint64(setIndex) << 32) | file;
    if (m_fileKeys.contains(fileKey))
        return; // the same file on another stripe's row
    m_fileKeys.insert(fileKey);
    MsdbFileRow row;
    row.number = *number;
    row.logicalName = text(Column::LogicalName);
    if (row.logicalName.trimmed().isEmpty()) {
        error(value(Column::LogicalName), Column::LogicalName,
              m_columns[Column::LogicalName] < 0
                  ? MsdbHistoryReader::tr("the export has file_number but not logical_name: a file needs its name")
                  : MsdbHistoryReader::tr("a file with no logical name"));
        return;
    }
    row.physicalName = text(Column::PhysicalName);
    // physical_name is the whole path on the servers we know of; where it is only the rest after
    // physical_drive (as the page describes it), the drive goes before it.
    const QString drive = text(Column::PhysicalDrive);
    if (!drive.isEmpty() && !row.physicalName.isEmpty() && !row.physicalName.startsWith(drive, Qt::CaseInsensitive)
        && !row.physicalName.contains(u':') && !row.physicalName.startsWith(u'\\') && !row.physicalName.startsWith(u'/'))
        row.physicalName = drive + row.physicalName;
    row.filegroup = text(Column::FilegroupName);
    if (const Value t = value(Column::FileType); !t.null) {
        if (t.text.size() != 1 || !QByteArrayView("DLSF").contains(t.text[0]))
            error(t, Column::FileType,
                  MsdbHistoryReader::tr("\"%1\" is not a file type: expected D (data), L (log), S (FILESTREAM or "
                                        "memory-optimized container) or F (full-text catalog)")
                      .arg(QString::fromUtf8(t.text.first(qMin<qsizetype>(40, t.text.size())))));
        else
            row.fileType = t.text[0];
    } else if (row.filegroup.isEmpty()) {
        row.fileType = 'L'; // only log files belong to no filegroup
    }
    row.present = bit(Column::IsPresent, true);
    const std::optional<qint64> state = integer(Column::FileState, 0, 255);
    const std::optional<Lsn> drop = lsn(Column::DropLsn);
    row.dropped = state.value_or(0) == 8 || (drop && !drop->isNull());
    row.sizeBytes = integer(Column::FileSize, 0, MaxExact).value_or(0);
    if (const Value v = value(Column::FilegroupIsReadonly); !v.null)
        row.readOnly = bit(Column::FilegroupIsReadonly);
    else if (const Value w = value(Column::FileIsReadonly); !w.null)
        row.readOnly = bit(Column::FileIsReadonly);
    row.filegroupType = text(Column::FilegroupType);
    if (row.filegroupType.isEmpty())
        row.filegroupType = text(Column::FilegroupTypeDesc);
    row.filegroupId = integer(Column::FilegroupId, 0, std::numeric_limits<qint32>::max()).value_or(0);
    set.files.push_back(std::move(row));
}

void Collector::endSource(const TextLineStream &stream, bool complete)
{
    if (!complete && !stream.error().isEmpty())
        problem(Severity::Error, stream.errorLine(), stream.errorColumn(), Column::Count, stream.error());
    if (stream.encodingGuessed())
        problem(Severity::Warning, 0, 0, Column::Count,
                MsdbHistoryReader::tr("UTF-16 without a byte order mark, recognised by its zero bytes"));
    if (m_headerLine == 0 && !m_headerFailed && stream.error().isEmpty())
        problem(Severity::Error, 0, 0, Column::Count,
                m_linesBeforeHeader == 0
                    ? MsdbHistoryReader::tr("the file is empty")
                    : MsdbHistoryReader::tr("no header line naming the column database_name: save the results with their "
                                            "column headers (docs/import-msdb.md)"));
    if (m_rowsAffected >= 0 && m_rowsAffected != m_rows)
        problem(Severity::Error, m_rowsAffectedLine, 0, Column::Count,
                MsdbHistoryReader::tr("sqlcmd counted %1 rows, the file holds %2: the file is not complete")
                    .arg(m_rowsAffected).arg(m_rows));
}

void Collector::finish()
{
    if (m_errors > MsdbHistoryReader::MaxProblems)
        m_out.problems << HistoryImportProblem{Severity::Error, QString(), 0, 0, QString(),
                                               MsdbHistoryReader::tr("%1 more errors not listed")
                                                   .arg(m_errors - MsdbHistoryReader::MaxProblems)};
    if (m_errors > 0)
        return;
    const QString allSources = m_sources.join(QStringLiteral(", "));
    QStringList kept;
    QSet<QString> keptKeys;
    const QChar *last = nullptr; // consecutive sets share their name's data: fold each name once
    for (const MsdbBackupSet &s : m_sets) {
        if (s.database.constData() == last)
            continue;
        last = s.database.constData();
        if (const QString k = s.database.toCaseFolded(); !keptKeys.contains(k)) {
            keptKeys.insert(k);
            kept << s.database;
        }
    }
    const auto fail = [&](const QString &message) {
        m_out.problems << HistoryImportProblem{Severity::Error, allSources, 0, 0, QString(), message};
    };
    if (kept.isEmpty()) {
        if (!m_database.isEmpty() && !m_out.databases.isEmpty())
            fail(MsdbHistoryReader::tr("no backup of database %1; the export holds backups of: %2")
                     .arg(m_database, m_out.databases.join(QStringLiteral(", "))));
        else
            fail(MsdbHistoryReader::tr("the export holds no backup set"));
        return;
    }
    if (kept.size() > 1) {
        fail(MsdbHistoryReader::tr("the export holds backups of %1 databases: %2; choose one with --database NAME")
                 .arg(kept.size()).arg(kept.join(QStringLiteral(", "))));
        return;
    }
    QStringList timeZones;
    for (int tz : std::as_const(m_timeZones))
        timeZones << (tz == 127 ? MsdbHistoryReader::tr("unknown")
                                : QStringLiteral("UTC%1%2:%3")
                                      .arg(tz < 0 ? QStringLiteral("-") : QStringLiteral("+"))
                                      .arg(qAbs(tz) / 4, 2, 10, QLatin1Char('0'))
                                      .arg(qAbs(tz) % 4 * 15, 2, 10, QLatin1Char('0')));
    if (!timeZones.isEmpty())
        m_out.notes << MsdbHistoryReader::tr("times are the server's local time, as msdb records them (time_zone: %1)%2")
                           .arg(timeZones.join(QStringLiteral(", ")),
                                timeZones.size() > 1 ? MsdbHistoryReader::tr("; the offset changes (daylight saving?), so "
                                                                             "times around the change may not be in LSN order")
                                                     : QString());
    // What only reading needed goes before the project is built: the peak is what counts at scale.
    m_idToSet = {};
    m_uuidToSet = {};
    m_guidTexts = {};
    m_rowKeys = {};
    m_fileKeys = {};
    m_out.project = MsdbProjectBuilder::build(std::move(m_backups), std::move(m_sets), m_sources, &m_out.notes);
}

} // namespace

MsdbHistoryImport MsdbHistoryReader::read(const QList<Input> &inputs, const QString &database)
{
    MsdbHistoryImport out;
    Collector collector(out, database);
    for (const Input &input : inputs) {
        collector.beginSource(input.first);
        TextLineStream stream([&](QByteArrayView line, int number) { return collector.line(line, number); });
        const bool complete = stream.feed(input.second) && stream.finish();
        collector.endSource(stream, complete);
    }
    collector.finish();
    return out;
}

MsdbHistoryImport MsdbHistoryReader::readFiles(const QStringList &paths, const QString &database)
{
    MsdbHistoryImport out;
    Collector collector(out, database);
    for (const QString &path : paths) {
        collector.beginSource(path);
        if (InputFile::kind(path) != InputFile::Kind::Regular) {
            collector.sourceError(InputFile::refusal(path));
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            collector.sourceError(tr("cannot open the file: %1").arg(file.errorString()));
            continue;
        }
        TextLineStream stream([&](QByteArrayView line, int number) { return collector.line(line, number); });
        QByteArray chunk(ChunkBytes, Qt::Uninitialized);
        bool complete = true;
        for (;;) {
            const qint64 got = file.read(chunk.data(), chunk.size());
            if (got < 0) {
                collector.sourceError(tr("cannot read the file: %1").arg(file.errorString()));
                complete = false;
                break;
            }
            if (got == 0) {
                complete = stream.finish();
                break;
            }
            if (!stream.feed(QByteArrayView(chunk.constData(), got))) {
                complete = false;
                break;
            }
        }
        collector.endSource(stream, complete);
    }
    collector.finish();
    return out;
}

} // namespace rd
