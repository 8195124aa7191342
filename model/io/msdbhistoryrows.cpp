// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The rows of the msdb history query (resources/sql/msdb-backup-history.sql): each a backup set
// × media family × file, grouped by backup_set_id into MsdbBackupSet.
#include "model/io/msdbhistorycollector.h"

#include "model/io/msdbhistoryreader.h"

namespace rd {
namespace {

using Column = MsdbColumns::Column;
using Severity = HistoryImportProblem::Severity;

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

} // namespace

void MsdbHistoryCollector::readRow()
{
    ++m_out.rowsRead;
    if (!splitRow())
        return;
    // A mirror holds the same backup as mirror 0: one copy is enough to plan with.
    if (const std::optional<qint64> mirror = integer(Column::Mirror, 0, 3); mirror && *mirror != 0) {
        skip(MsdbHistoryReader::tr("a mirrored copy of the media (backupmediafamily.mirror %1): only mirror 0 is read, "
                                   "every mirror holds the same backup").arg(*mirror));
        return;
    }
    // The backup set the row belongs to: backup_set_id, or its GUID when the export has no id.
    qint64 key = 0;
    if (has(Column::BackupSetId)) {
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
        const MsdbField db = value(Column::DatabaseName);
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
        if (has(Column::BackupSetUuid)) {
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

void MsdbHistoryCollector::parseSet(MsdbBackupSet &set, Backup &b)
{
    const MsdbField type = value(Column::Type);
    const std::optional<BackupType> t = type.text.size() == 1 ? backupType(type.text[0]) : std::nullopt;
    if (!t)
        error(type, Column::Type,
              MsdbHistoryReader::tr("\"%1\" is not a backup type: expected D (database), I (differential), L (log), F (file "
                                    "or filegroup), G (differential file), P (partial) or Q (differential partial)")
                  .arg(QString::fromUtf8(type.text.first(qMin<qsizetype>(40, type.text.size())))));
    b.type = t.value_or(BackupType::Full);
    readBackupColumns(BackupColumns{Column::IsCopyOnly, Column::BackupStartDate, Column::BackupFinishDate,
                                    Column::FirstLsn, Column::LastLsn, Column::CheckpointLsn, Column::DatabaseBackupLsn,
                                    Column::DifferentialBaseLsn, Column::ForkPointLsn, Column::RecoveryModel,
                                    Column::SoftwareMajorVersion, Column::SoftwareMinorVersion,
                                    Column::SoftwareBuildVersion, Column::HasBulkLoggedData,
                                    Column::HasIncompleteMetadata, Column::IsDamaged, Column::IsSnapshot,
                                    Column::IsForceOffline, Column::BackupSize, Column::CompressedBackupSize,
                                    Column::KeyAlgorithm, Column::EncryptorType, 32767, "first_lsn", "last_lsn"},
                      b);
    b.differentialBaseGuid = guidText(Column::DifferentialBaseGuid);
    b.recoveryForkId = guidText(Column::FirstRecoveryForkGuid);
    b.lastRecoveryForkId = guidText(Column::LastRecoveryForkGuid);
    if (b.lastRecoveryForkId == b.recoveryForkId)
        b.lastRecoveryForkId.clear(); // "same as recoveryForkId" (plan-format.md)
    set.databaseFamily = guidText(Column::FamilyGuid);
    guid(Column::DatabaseGuid); // checked, not kept: it changes with every restore
    set.databaseReadOnly = bit(Column::IsReadonly);
    if (const std::optional<qint64> p = integer(Column::Position, 1, std::numeric_limits<qint32>::max()))
        b.position = int(*p);
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

void MsdbHistoryCollector::readFamilyAndFile(int setIndex, MsdbBackupSet &set)
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
    if (const MsdbField device = value(Column::PhysicalDeviceName); device.present) {
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
              !has(Column::LogicalName)
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
    if (const MsdbField t = value(Column::FileType); !t.null) {
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
    row.dropped = state.value_or(0) == 8 || !lsn(Column::DropLsn).isNull();
    row.sizeBytes = integer(Column::FileSize, 0, MaxExact).value_or(0);
    if (const MsdbField v = value(Column::FilegroupIsReadonly); !v.null)
        row.readOnly = bit(Column::FilegroupIsReadonly);
    else if (const MsdbField w = value(Column::FileIsReadonly); !w.null)
        row.readOnly = bit(Column::FileIsReadonly);
    row.filegroupType = text(Column::FilegroupType);
    if (row.filegroupType.isEmpty())
        row.filegroupType = text(Column::FilegroupTypeDesc);
    row.filegroupId = integer(Column::FilegroupId, 0, std::numeric_limits<qint32>::max()).value_or(0);
    set.files.push_back(std::move(row));
}


} // namespace rd
