// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// One BackupHistory object of a dbatools export (DbatoolsRecord) into a backup set and its
// backup: which properties say what (docs/import-dbatools.md, "What is read from which property").
#include "model/io/dbatoolshistorycollector.h"

#include "model/io/dbatoolshistoryreader.h"

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

} // namespace

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

} // namespace rd
