#include "model/io/dbatoolshistorycollector.h"

#include "model/io/dbatoolshistoryreader.h"
#include "model/io/historydatabasechoice.h"
#include "model/io/msdbprojectbuilder.h"

#include <limits>

namespace rd {
namespace {

using Kind = DbatoolsValue::Kind;

constexpr qint64 MaxExact = (Q_INT64_C(1) << 53) - 1; ///< sizes a plan file keeps exactly

/// dbatools' backup type labels (Get-DbaDbBackupHistory: Full, Differential, Log, File,
/// Differential File, Partial Full, Partial Differential; SMO's BackupTypeDescription: Database,
/// Database Differential, Transaction Log, …) and msdb's one-letter codes.
std::optional<BackupType> backupType(const QString &label)
{
    const QString l = label.trimmed().toCaseFolded();
    if (l == u"full" || l == u"database" || l == u"d")
        return BackupType::Full;
    if (l == u"differential" || l == u"database differential" || l == u"i")
        return BackupType::Differential;
    if (l == u"log" || l == u"transaction log" || l == u"l")
        return BackupType::Log;
    if (l == u"file" || l == u"file or filegroup" || l == u"f")
        return BackupType::File;
    if (l == u"differential file" || l == u"file differential" || l == u"g")
        return BackupType::FileDifferential;
    if (l == u"partial full" || l == u"partial" || l == u"p")
        return BackupType::Partial;
    if (l == u"partial differential" || l == u"differential partial" || l == u"q")
        return BackupType::PartialDifferential;
    return std::nullopt;
}

QString kindName(Kind k)
{
    switch (k) {
    case Kind::Null: return DbatoolsHistoryReader::tr("null");
    case Kind::String: return DbatoolsHistoryReader::tr("a string");
    case Kind::Number: return DbatoolsHistoryReader::tr("a number");
    case Kind::Bool: return DbatoolsHistoryReader::tr("true or false");
    case Kind::List: return DbatoolsHistoryReader::tr("a list");
    case Kind::Object: return DbatoolsHistoryReader::tr("an object");
    }
    return {};
}

QString shortened(const QString &text)
{
    return text.size() > 40 ? text.first(40) + QStringLiteral("…") : text;
}

} // namespace

void DbatoolsHistoryCollector::problem(Severity severity, int line, int column, const QString &field, const QString &message)
{
    if (severity == Severity::Error && ++m_errors > DbatoolsHistoryReader::MaxProblems)
        return;
    m_out.problems << HistoryImportProblem{severity, m_source, line, column, field, message};
}

void DbatoolsHistoryCollector::beginSource(const QString &source, Syntax syntax)
{
    m_source = source;
    m_sourceIndex = int(m_sources.size());
    m_sources << source;
    m_syntax = syntax;
    (syntax == Syntax::Json ? m_sawJson : m_sawCliXml) = true;
    m_skipGroups.clear();
}

void DbatoolsHistoryCollector::parseError(const DbatoolsParseError &e)
{
    problem(Severity::Error, e.line, e.column, e.field, e.message);
}

void DbatoolsHistoryCollector::skip(const DbatoolsRecord &r, const QString &reason)
{
    auto it = m_skipGroups.constFind(reason);
    if (it == m_skipGroups.cend()) {
        m_out.skipped << HistorySkippedRows{m_source, reason, {}};
        it = m_skipGroups.insert(reason, int(m_out.skipped.size() - 1));
    }
    m_out.skipped[*it].lines << r.line;
}

std::optional<Lsn> DbatoolsHistoryCollector::lsn(const DbatoolsValue *v)
{
    if (!v)
        return Lsn();
    if (v->kind == Kind::Object) {
        // Windows PowerShell's ConvertTo-Json writes a System.Numerics.BigInteger as its
        // properties (IsZero, Sign, …), which do not hold the number.
        error(*v, DbatoolsHistoryReader::tr("the LSN is an object without its digits (ConvertTo-Json writes a BigInteger's "
                                            "properties, not its value): export with Export-CliXml instead"));
        return std::nullopt;
    }
    if (v->kind != Kind::Number && v->kind != Kind::String) {
        error(*v, DbatoolsHistoryReader::tr("expected an LSN, found %1").arg(kindName(v->kind)));
        return std::nullopt;
    }
    const QString t = v->text.trimmed();
    if (v->kind == Kind::Number && (t.contains(u'.') || t.contains(u'e') || t.contains(u'E'))) {
        error(*v, DbatoolsHistoryReader::tr("\"%1\" is an LSN written as a floating-point number: its last digits are "
                                            "lost; export again without converting LSNs to double")
                      .arg(shortened(t)));
        return std::nullopt;
    }
    QString why;
    const std::optional<Lsn> l = MsdbValues::lsn(t.toUtf8(), &why);
    if (!l)
        error(*v, why);
    return l;
}

std::optional<QDateTime> DbatoolsHistoryCollector::date(const DbatoolsValue &v)
{
    if (v.kind != Kind::String) {
        error(v, DbatoolsHistoryReader::tr("expected a date, found %1").arg(kindName(v.kind)));
        return std::nullopt;
    }
    const QString t = v.text.trimmed();
    // ConvertTo-Json (Windows PowerShell): "\/Date(1493233263000)\/", milliseconds since
    // 1970-01-01 UTC, sometimes with the writer's offset after them ("+0200"), which does not
    // change the instant.
    if (t.startsWith(u"/Date(") && t.endsWith(u")/")) {
        QStringView inner = QStringView(t).sliced(6, t.size() - 8);
        const qsizetype sign = qMax(inner.lastIndexOf(u'+'), inner.lastIndexOf(u'-'));
        if (sign > 0)
            inner = inner.first(sign);
        bool ok = false;
        const qint64 ms = inner.toLongLong(&ok);
        // Within SQL Server's datetime range (1753 to 9999), which also keeps QDateTime exact.
        constexpr qint64 Min = Q_INT64_C(-6847804800000), Max = Q_INT64_C(253402300799999);
        if (ok && ms >= Min && ms <= Max && !inner.startsWith(u'+'))
            return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        error(v, DbatoolsHistoryReader::tr("\"%1\" is not a date: expected /Date(milliseconds since 1970)/ between the years "
                                           "1753 and 9999, as ConvertTo-Json writes dates")
                     .arg(shortened(t)));
        return std::nullopt;
    }
    // Export-CliXml and PowerShell 7's ConvertTo-Json: 2017-08-01T11:14:26[.fffffff][Z|±hh:mm].
    // The wall-clock time as written is kept: the zone, when there is one, only noted.
    QStringView wall = t;
    if (wall.endsWith(u'Z')) {
        wall.chop(1);
        ++m_zonedDates;
    } else if (wall.size() > 25 && (wall[wall.size() - 6] == u'+' || wall[wall.size() - 6] == u'-') && wall[wall.size() - 3] == u':') {
        wall.chop(6);
        ++m_zonedDates;
    }
    QString why;
    if (const std::optional<QDateTime> d = MsdbValues::dateTime(wall.toUtf8(), &why))
        return d;
    error(v, DbatoolsHistoryReader::tr("\"%1\" is not a date: expected YYYY-MM-DDTHH:MM:SS (Export-CliXml) or "
                                       "/Date(milliseconds)/ (ConvertTo-Json)")
                 .arg(shortened(t)));
    return std::nullopt;
}

std::optional<qint64> DbatoolsHistoryCollector::integer(const DbatoolsValue *v, qint64 min, qint64 max)
{
    if (!v)
        return std::nullopt;
    if (v->kind != Kind::Number && v->kind != Kind::String) {
        error(*v, DbatoolsHistoryReader::tr("expected a whole number, found %1").arg(kindName(v->kind)));
        return std::nullopt;
    }
    QString why;
    const std::optional<qint64> n = MsdbValues::integer(v->text.trimmed().toUtf8(), min, max, &why);
    if (!n)
        error(*v, why);
    return n;
}

std::optional<bool> DbatoolsHistoryCollector::flag(const DbatoolsValue *v)
{
    if (!v)
        return std::nullopt;
    if (v->kind == Kind::Bool || v->kind == Kind::String || v->kind == Kind::Number) {
        QString why;
        if (const std::optional<bool> b = MsdbValues::bit(v->text.trimmed().toUtf8(), &why))
            return b;
        if (v->text.trimmed().compare(u"true", Qt::CaseInsensitive) == 0)
            return true;
        if (v->text.trimmed().compare(u"false", Qt::CaseInsensitive) == 0)
            return false;
    }
    error(*v, DbatoolsHistoryReader::tr("expected true or false, found %1")
                  .arg(v->kind == Kind::String ? QStringLiteral("\"%1\"").arg(shortened(v->text)) : kindName(v->kind)));
    return std::nullopt;
}

QString DbatoolsHistoryCollector::guidText(const DbatoolsValue *v, bool *zero)
{
    if (!v)
        return {};
    QString why;
    const std::optional<MsdbValues::Guid> g = v->kind == Kind::String ? MsdbValues::guid(v->text.trimmed().toUtf8(), &why)
                                                                       : std::nullopt;
    if (!g) {
        error(*v, v->kind == Kind::String ? why : DbatoolsHistoryReader::tr("expected a GUID, found %1").arg(kindName(v->kind)));
        return {};
    }
    if (g->first == 0 && g->second == 0) {
        if (zero)
            *zero = true;
        return {};
    }
    return MsdbValues::guidText(*g);
}

bool DbatoolsHistoryCollector::record(const DbatoolsRecord &r)
{
    ++m_out.rowsRead;
    const DbatoolsValue *db = r.find({"database", "databasename"});
    if (!db || db->kind != Kind::String || db->text.trimmed().isEmpty()) {
        problem(Severity::Error, db ? db->line : r.line, db ? db->column : r.column, db ? db->name : QStringLiteral("Database"),
                DbatoolsHistoryReader::tr("the backup names no database (Database or DatabaseName)"));
        return m_errors <= DbatoolsHistoryReader::MaxProblems;
    }
    const QString database = db->text.trimmed();
    if (!m_databasesSeen.contains(database)) {
        m_databasesSeen.insert(database);
        m_out.databases << database;
    }
    if (!m_database.isEmpty() && database.compare(m_database, Qt::CaseInsensitive) != 0) {
        skip(r, DbatoolsHistoryReader::tr("a backup of database %1, not of %2 (--database)").arg(database, m_database));
        return true;
    }
    // BackupSetGUID (backup_set_uuid); dbatools' BackupSetId holds the same GUID in its exports.
    const DbatoolsValue *guid = r.find({"backupsetguid"});
    if (!guid)
        if (const DbatoolsValue *id = r.find({"backupsetid"}); id && id->kind == Kind::String && MsdbValues::guid(id->text.toUtf8()))
            guid = id;
    const QString backupSetGuid = guidText(guid);
    if (!backupSetGuid.isEmpty()) {
        if (const auto it = m_guidToSet.constFind(backupSetGuid); it != m_guidToSet.cend()) {
            skip(r, DbatoolsHistoryReader::tr("the same backup set (BackupSetGUID) as %1, line %2: read once")
                        .arg(m_sources.value(it->first)).arg(it->second));
            return true;
        }
    } else if (!guid) {
        ++m_noGuid;
    }

    MsdbBackupSet set;
    Backup b;
    set.database = database;
    set.source = m_sourceIndex;
    set.line = r.line;
    b.backupSetGuid = backupSetGuid;
    const int errorsBefore = m_errors;

    if (const DbatoolsValue *type = r.find({"type", "backuptypedescription", "backuptype"})) {
        const std::optional<BackupType> t = type->kind == Kind::String ? backupType(type->text) : std::nullopt;
        if (t)
            b.type = *t;
        else
            error(*type, DbatoolsHistoryReader::tr("\"%1\" is not a backup type: expected Full (Database), Differential "
                                                   "(Database Differential), Log (Transaction Log), File, Differential "
                                                   "File, Partial Full or Partial Differential")
                             .arg(shortened(type->text)));
    } else {
        problem(Severity::Error, r.line, r.column, QStringLiteral("Type"), DbatoolsHistoryReader::tr("the backup has no Type"));
    }
    const auto requiredLsn = [&](std::initializer_list<const char *> names, const char *field, Lsn *out) {
        const DbatoolsValue *v = r.find(names);
        if (!v) {
            problem(Severity::Error, r.line, r.column, QString::fromLatin1(field),
                    DbatoolsHistoryReader::tr("the backup has no %1: without it the log chain cannot be followed")
                        .arg(QString::fromLatin1(field)));
            return;
        }
        if (const std::optional<Lsn> l = lsn(v))
            *out = *l;
    };
    requiredLsn({"firstlsn"}, "FirstLSN", &b.firstLsn);
    requiredLsn({"lastlsn"}, "LastLSN", &b.lastLsn);
    if (!b.firstLsn.isNull() && !b.lastLsn.isNull() && b.lastLsn < b.firstLsn)
        error(*r.find({"lastlsn"}), DbatoolsHistoryReader::tr("LastLSN is smaller than FirstLSN"));
    b.checkpointLsn = lsn(r.find({"checkpointlsn"})).value_or(Lsn());
    b.databaseBackupLsn = lsn(r.find({"databasebackuplsn"})).value_or(Lsn());
    b.differentialBaseLsn = lsn(r.find({"differentialbaselsn"})).value_or(Lsn());
    b.differentialBaseGuid = guidText(r.find({"differentialbaseguid"}));

    const auto requiredDate = [&](std::initializer_list<const char *> names, const char *field, QDateTime *out) {
        const DbatoolsValue *v = r.find(names);
        if (!v) {
            problem(Severity::Error, r.line, r.column, QString::fromLatin1(field),
                    DbatoolsHistoryReader::tr("the backup has no %1 date").arg(QString::fromLatin1(field)));
            return;
        }
        if (const std::optional<QDateTime> d = date(*v))
            *out = *d;
    };
    requiredDate({"start", "backupstartdate"}, "Start", &b.start);
    requiredDate({"end", "backupfinishdate"}, "End", &b.finish);
    if (b.start.isValid() && b.finish.isValid() && b.finish < b.start)
        error(*r.find({"end", "backupfinishdate"}), DbatoolsHistoryReader::tr("the backup ends before it starts"));

    bool zeroFork = false;
    b.recoveryForkId = guidText(r.find({"firstrecoveryforkid", "firstrecoveryforkguid"}), &zeroFork);
    b.lastRecoveryForkId = guidText(r.find({"lastrecoveryforkguid", "recoveryforkid", "lastrecoveryforkid"}), &zeroFork);
    if (zeroFork)
        ++m_zeroForks;
    if (b.recoveryForkId.isEmpty() && !b.lastRecoveryForkId.isEmpty())
        b.recoveryForkId = b.lastRecoveryForkId; // within one fork unless told otherwise
    if (b.lastRecoveryForkId == b.recoveryForkId)
        b.lastRecoveryForkId.clear(); // "same as recoveryForkId" (plan-format.md)

    b.copyOnly = flag(r.find({"iscopyonly"})).value_or(false);
    if (const DbatoolsValue *media = r.find({"path", "fullname", "backuppath", "physicaldevicename"})) {
        if (media->kind == Kind::List)
            for (const QString &device : media->items)
                b.media << device.trimmed();
        else if (media->kind == Kind::String)
            b.media << media->text.trimmed();
        else
            error(*media, DbatoolsHistoryReader::tr("expected the backup's files, found %1").arg(kindName(media->kind)));
        b.media.removeAll(QString());
        if (b.media.size() > 64) {
            error(*media, DbatoolsHistoryReader::tr("%1 media families: a backup is written to at most 64").arg(b.media.size()));
            b.media.clear();
        }
    }
    if (const std::optional<qint64> p = integer(r.find({"position"}), 1, std::numeric_limits<qint32>::max()))
        b.position = int(*p);
    // The bytes a restore reads: the compressed size when there is one. dbatools' size objects
    // (DbaSize) carry the bytes in their Byte property; plain numbers are bytes.
    for (const char *name : {"compressedbackupsize.byte", "compressedbackupsize", "totalsize.byte", "totalsize", "backupsize"}) {
        const DbatoolsValue *v = r.find({name});
        if (!v || (v->kind == Kind::String && !v->text.isEmpty() && !v->text.front().isDigit()) || v->kind == Kind::Object)
            continue;
        if (v->kind == Kind::String && !MsdbValues::integer(v->text.toUtf8(), 0, MaxExact))
            continue; // "1.23 MB", DbaSize's ToString: the Byte property, when there is one, was taken before
        if (const std::optional<qint64> n = integer(v, 0, MaxExact))
            b.sizeBytes = *n;
        break;
    }
    const std::optional<qint64> major = integer(r.find({"softwareversionmajor"}), 0, 255);
    const std::optional<qint64> minor = integer(r.find({"softwareversionminor"}), 0, 255);
    const std::optional<qint64> build = integer(r.find({"softwareversionbuild"}), 0, 32767);
    if (major)
        b.softwareVersion = build ? QStringLiteral("%1.%2.%3").arg(*major).arg(minor.value_or(0)).arg(*build)
                                  : QStringLiteral("%1.%2").arg(*major).arg(minor.value_or(0));
    if (const DbatoolsValue *rm = r.find({"recoverymodel"})) {
        const QString m = rm->text.trimmed();
        if (m.compare(u"FULL", Qt::CaseInsensitive) == 0)
            b.recoveryModel = RecoveryModel::Full;
        else if (m.compare(u"SIMPLE", Qt::CaseInsensitive) == 0)
            b.recoveryModel = RecoveryModel::Simple;
        else if (m.compare(u"BULK-LOGGED", Qt::CaseInsensitive) == 0 || m.compare(u"BULK_LOGGED", Qt::CaseInsensitive) == 0
                 || m.compare(u"BulkLogged", Qt::CaseInsensitive) == 0)
            b.recoveryModel = RecoveryModel::BulkLogged;
        else
            error(*rm, DbatoolsHistoryReader::tr("\"%1\" is not a recovery model (FULL, BULK-LOGGED, SIMPLE)").arg(shortened(m)));
    }
    const DbatoolsValue *key = r.find({"keyalgorithm"});
    const DbatoolsValue *encryptor = r.find({"encryptortype"});
    b.encrypted = (key && !key->text.isEmpty() && key->text.compare(u"NO_Encryption", Qt::CaseInsensitive) != 0)
                  || (encryptor && !encryptor->text.isEmpty());
    if (const DbatoolsValue *server = r.find({"sqlinstance", "servername", "computername"});
        server && server->kind == Kind::String && !server->text.isEmpty() && !m_servers.contains(server->text))
        m_servers << server->text;
    readFiles(r, set);

    if (m_errors > errorsBefore)
        return m_errors <= DbatoolsHistoryReader::MaxProblems;
    if (!backupSetGuid.isEmpty())
        m_guidToSet.insert(backupSetGuid, {m_sourceIndex, r.line});
    m_sets.push_back(std::move(set));
    m_backups.append(b);
    return true;
}

void DbatoolsHistoryCollector::readFiles(const DbatoolsRecord &r, MsdbBackupSet &set)
{
    if (!r.fileList) {
        ++m_noFileList;
        if (m_fileListWhy.isEmpty())
            m_fileListWhy = r.fileListUnreadable;
        return;
    }
    qint64 index = 0;
    for (const DbatoolsFileEntry &f : *r.fileList) {
        ++index;
        if (f.logicalName.trimmed().isEmpty()) {
            problem(Severity::Error, f.line, f.column, QStringLiteral("FileList"),
                    DbatoolsHistoryReader::tr("a file with no LogicalName"));
            continue;
        }
        MsdbFileRow row;
        row.number = f.fileId > 0 && f.fileId <= 32767 ? f.fileId : index;
        // Trimmed, as msdb's columns are: SQL Server's names do not end in spaces.
        row.logicalName = f.logicalName.trimmed();
        row.physicalName = f.physicalName.trimmed();
        row.filegroup = f.filegroup.trimmed();
        const QString type = f.type.trimmed().toUpper();
        if (type.size() == 1 && QStringLiteral("DLSF").contains(type))
            row.fileType = char(type[0].unicode());
        else if (!type.isEmpty())
            problem(Severity::Error, f.line, f.column, QStringLiteral("FileList"),
                    DbatoolsHistoryReader::tr("\"%1\" is not a file type: expected D (data), L (log), S (FILESTREAM or "
                                              "memory-optimized container) or F (full-text catalog)")
                        .arg(shortened(f.type)));
        if (row.fileType != 'L' && row.filegroup.isEmpty() && !m_noFilegroup.contains(row.logicalName))
            m_noFilegroup << row.logicalName;
        row.present = f.present;
        row.readOnly = f.readOnly;
        row.sizeBytes = qBound<qint64>(0, f.sizeBytes, MaxExact);
        set.files.push_back(std::move(row));
    }
}

void DbatoolsHistoryCollector::finish()
{
    if (m_errors > DbatoolsHistoryReader::MaxProblems)
        m_out.problems << HistoryImportProblem{Severity::Error, QString(), 0, 0, QString(),
                                               DbatoolsHistoryReader::tr("%1 more errors not listed")
                                                   .arg(m_errors - DbatoolsHistoryReader::MaxProblems)};
    if (m_errors > 0)
        return;
    if (const QString why = HistoryDatabaseChoice::refusal(m_sets, m_database, m_out.databases); !why.isEmpty()) {
        m_out.problems << HistoryImportProblem{Severity::Error, m_sources.join(QStringLiteral(", ")), 0, 0, QString(), why};
        return;
    }
    QStringList &notes = m_out.notes;
    if (m_sawJson)
        notes << DbatoolsHistoryReader::tr("times of the JSON export are UTC: ConvertTo-Json writes a date as milliseconds "
                                           "since 1970-01-01 UTC (\\/Date(…)\\/); msdb and SSMS show the server's local time");
    if (m_sawCliXml)
        notes << DbatoolsHistoryReader::tr("times of the CliXML export are kept as written: Export-CliXml writes dbatools' "
                                           "dates without a time zone, in the server's local time");
    if (m_zonedDates > 0)
        notes << DbatoolsHistoryReader::tr("%n date(s) carry a time zone (Z or an offset): the time written is kept, the zone "
                                           "is not applied", nullptr, m_zonedDates);
    if (!m_servers.isEmpty())
        notes << DbatoolsHistoryReader::tr("exported from %1").arg(m_servers.join(QStringLiteral(", ")));
    if (m_zeroForks > 0)
        notes << DbatoolsHistoryReader::tr("%n backup(s) have the recovery fork 00000000-0000-0000-0000-000000000000, which "
                                           "dbatools writes when it has none: their fork is unknown", nullptr, m_zeroForks);
    if (m_noGuid > 0)
        notes << DbatoolsHistoryReader::tr("%n backup(s) have no BackupSetGUID: a differential cannot be matched to its base "
                                           "by GUID, and a backup exported twice is not recognised", nullptr, m_noGuid);
    if (m_noFileList > 0)
        notes << DbatoolsHistoryReader::tr("%n backup(s) have no file list%1, so the database's files and filegroups are "
                                           "not known from them; export with Export-CliXml to keep FileList",
                                           nullptr, m_noFileList)
                     .arg(m_fileListWhy.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m_fileListWhy));
    if (!m_noFilegroup.isEmpty())
        notes << DbatoolsHistoryReader::tr("FileList names no filegroup for the data file(s) %1: put in PRIMARY; the "
                                           "filegroups of the database, and what a file or partial backup holds, are "
                                           "not known")
                     .arg(m_noFilegroup.join(QStringLiteral(", ")));
    m_guidToSet = {};
    m_out.project = MsdbProjectBuilder::build(std::move(m_backups), std::move(m_sets), m_sources, &m_out.notes,
                                              MsdbProjectBuilder::Origin::Dbatools);
}

} // namespace rd
