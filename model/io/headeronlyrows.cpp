// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The rows of RESTORE HEADERONLY (a backup set each) and RESTORE FILELISTONLY (a file of one
// backup set each) results, read into HeaderOnlyCollector's headers and file lists.
#include "model/io/headeronlycollector.h"

#include "model/io/headeronlyhistoryreader.h"

#include <limits>

namespace rd {
namespace {

using Column = HeaderOnlyColumns::Column;
using Severity = HistoryImportProblem::Severity;

constexpr qsizetype MaxStripes = 64;                  ///< devices of a media set (BACKUP's limit)
constexpr qint64 MaxPosition = 32767;                 ///< Position is a smallint
constexpr qint64 MaxFileId = 2147483647; ///< FileID: containers are numbered from 65537, so an int, not 32767

/// HEADERONLY's BackupType (msdb-formats: 1 2 4 5 6 7 8; 3 is not used).
std::optional<BackupType> backupType(qint64 code)
{
    switch (code) {
    case 1: return BackupType::Full;
    case 2: return BackupType::Log;
    case 4: return BackupType::File;
    case 5: return BackupType::Differential;
    case 6: return BackupType::FileDifferential;
    case 7: return BackupType::Partial;
    case 8: return BackupType::PartialDifferential;
    default: return std::nullopt;
    }
}

QString pairKey(const QStringList &devices, qint64 position)
{
    return devices.join(u';').toCaseFolded() + u'#' + QString::number(position);
}

} // namespace

void HeaderOnlyCollector::readRow()
{
    ++m_out.rowsRead;
    if (!splitRow())
        return;
    if (m_kind == Kind::HeaderOnly)
        readHeaderRow();
    else
        readFileRow();
}

bool HeaderOnlyCollector::backupFileOfRow(QStringList *media, qint64 *position)
{
    *media = devices();
    if (media->isEmpty()) {
        error(value(Column::BackupFile), Column::BackupFile, HeaderOnlyHistoryReader::tr("BackupFile names no backup file"));
        return false;
    }
    if (media->size() > MaxStripes) {
        error(value(Column::BackupFile), Column::BackupFile,
              HeaderOnlyHistoryReader::tr("BackupFile names %1 devices; a media set has at most %2").arg(media->size()).arg(MaxStripes));
        return false;
    }
    // RESTORE FILELISTONLY lists FILE = 1 unless told otherwise: a file list without a Position
    // column is backup set 1's. HEADERONLY always has it (a required column).
    *position = 1;
    if (!has(Column::Position))
        return true;
    const std::optional<qint64> p = integer(Column::Position, 1, MaxPosition);
    if (!p && value(Column::Position).null)
        error(value(Column::Position), Column::Position, HeaderOnlyHistoryReader::tr("Position is NULL"));
    *position = p.value_or(0);
    return p.has_value();
}

void HeaderOnlyCollector::readHeaderRow()
{
    QStringList media;
    qint64 position = 0;
    if (!backupFileOfRow(&media, &position))
        return;
    const ResultField db = value(Column::DatabaseName);
    if (db.null) {
        error(db, Column::DatabaseName, HeaderOnlyHistoryReader::tr("DatabaseName is NULL"));
        return;
    }
    const QString database = QString::fromUtf8(db.text);
    if (!m_out.databases.contains(database))
        m_out.databases << database;
    const QString key = pairKey(media, position);
    if (m_headerKeys.contains(key)) {
        skip(HeaderOnlyHistoryReader::tr("the same backup file and position as an earlier HEADERONLY row: read once"));
        return;
    }
    if (!m_database.isEmpty() && database.compare(m_database, Qt::CaseInsensitive) != 0) {
        skip(HeaderOnlyHistoryReader::tr("a backup of database %1, not of %2 (--database)").arg(database, m_database));
        m_headerKeys.insert(key, -1);
        return;
    }
    const QString setGuid = guidText(Column::BackupSetGuid);
    if (!setGuid.isEmpty()) {
        if (const auto it = m_backupSetGuids.constFind(setGuid); it != m_backupSetGuids.cend()) {
            const MsdbBackupSet &first = m_headers[size_t(*it)].set;
            skip(HeaderOnlyHistoryReader::tr("the same backup set (BackupSetGUID) as %1, line %2: read once")
                     .arg(m_sources.value(first.source)).arg(first.line));
            m_headerKeys.insert(key, -1);
            return;
        }
    }
    Header h;
    h.deviceKey = key;
    MsdbBackupSet &set = h.set;
    Backup &b = h.backup;
    set.database = database;
    set.source = m_sourceIndex;
    set.line = m_line;
    for (int i = 0; i < media.size(); ++i)
        set.families.emplace_back(i + 1, media[i]);
    b.position = int(position);
    b.backupSetGuid = setGuid;
    const ResultField typeField = value(Column::BackupType);
    const std::optional<qint64> code = integer(Column::BackupType, std::numeric_limits<qint64>::min(),
                                               std::numeric_limits<qint64>::max());
    const std::optional<BackupType> type = code ? backupType(*code) : std::nullopt;
    if (typeField.null)
        error(typeField, Column::BackupType, HeaderOnlyHistoryReader::tr("BackupType is NULL"));
    else if (code && !type)
        error(typeField, Column::BackupType,
              HeaderOnlyHistoryReader::tr("%1 is not a backup type: expected 1 (database), 2 (transaction log), 4 (file "
                                          "or filegroup), 5 (differential database), 6 (differential file), 7 (partial) "
                                          "or 8 (differential partial)")
                  .arg(*code));
    b.type = type.value_or(BackupType::Full);
    readBackupColumns(BackupColumns{Column::IsCopyOnly, Column::BackupStartDate, Column::BackupFinishDate,
                                    Column::FirstLsn, Column::LastLsn, Column::CheckpointLsn, Column::DatabaseBackupLsn,
                                    Column::DifferentialBaseLsn, Column::ForkPointLsn, Column::RecoveryModel,
                                    Column::SoftwareVersionMajor, Column::SoftwareVersionMinor,
                                    Column::SoftwareVersionBuild, Column::HasBulkLoggedData,
                                    Column::HasIncompleteMetadata, Column::IsDamaged, Column::IsSnapshot,
                                    Column::IsForceOffline, Column::BackupSize, Column::CompressedBackupSize,
                                    Column::KeyAlgorithm, Column::EncryptorType, 65535, "FirstLSN", "LastLSN"},
                      b);
    b.differentialBaseGuid = guidText(Column::DifferentialBaseGuid);
    b.recoveryForkId = guidText(Column::FirstRecoveryForkId);
    b.lastRecoveryForkId = guidText(Column::RecoveryForkId);
    if (b.recoveryForkId.isEmpty())
        b.recoveryForkId = b.lastRecoveryForkId; // a data backup starts and ends on one fork
    if (b.lastRecoveryForkId == b.recoveryForkId)
        b.lastRecoveryForkId.clear(); // "same as recoveryForkId" (plan-format.md)
    set.databaseFamily = guidText(Column::FamilyGuid);
    guidText(Column::BindingId); // checked, not kept: it changes with every restore
    set.databaseReadOnly = bit(Column::IsReadOnly);
    m_headerKeys.insert(key, int(m_headers.size()));
    if (!setGuid.isEmpty())
        m_backupSetGuids.insert(setGuid, int(m_headers.size()));
    m_headers.push_back(std::move(h));
}

void HeaderOnlyCollector::readFileRow()
{
    QStringList media;
    qint64 position = 0;
    if (!backupFileOfRow(&media, &position))
        return;
    const QString key = pairKey(media, position);
    if (m_fileLists.contains(key) && !m_fileListsOfSource.contains(key)) {
        skip(HeaderOnlyHistoryReader::tr("the file list of a backup file and position read already from an earlier file"));
        return;
    }
    const std::optional<qint64> id = integer(Column::FileId, 1, MaxFileId);
    if (!id) {
        if (value(Column::FileId).null)
            error(value(Column::FileId), Column::FileId, HeaderOnlyHistoryReader::tr("FileID is NULL"));
        return;
    }
    m_fileListsOfSource.insert(key);
    FileList &list = m_fileLists[key];
    list.source = m_sourceIndex;
    for (const MsdbFileRow &f : list.files)
        if (f.number == *id) {
            skip(HeaderOnlyHistoryReader::tr("a repeat of an earlier row (the same backup file, position and FileID)"));
            return;
        }
    MsdbFileRow row;
    row.number = *id;
    row.logicalName = text(Column::LogicalName);
    if (row.logicalName.trimmed().isEmpty()) {
        error(value(Column::LogicalName), Column::LogicalName, HeaderOnlyHistoryReader::tr("a file with no logical name"));
        return;
    }
    row.physicalName = text(Column::PhysicalName);
    row.filegroup = text(Column::FileGroupName);
    if (const ResultField t = value(Column::FileType); !t.null) {
        if (t.text.size() != 1 || !QByteArrayView("DLSF").contains(t.text[0]))
            error(t, Column::FileType,
                  HeaderOnlyHistoryReader::tr("\"%1\" is not a file type: expected D (data), L (log), S (FILESTREAM or "
                                              "memory-optimized container) or F (full-text catalog)")
                      .arg(QString::fromUtf8(t.text.first(qMin<qsizetype>(40, t.text.size())))));
        else
            row.fileType = t.text[0];
    } else {
        error(t, Column::FileType, HeaderOnlyHistoryReader::tr("Type is NULL"));
    }
    if (row.fileType == 'L')
        row.filegroup.clear(); // a log file belongs to no filegroup
    row.present = bit(Column::IsPresent, true);
    // DropLSN is 0 for a file never dropped (as SQL Server prints it), NULL in some versions.
    const Lsn drop = lsn(Column::DropLsn);
    row.dropped = !drop.isNull() && drop != Lsn::fromString(u"0");
    row.sizeBytes = integer(Column::Size, 0, MaxExact).value_or(0);
    if (!value(Column::IsReadOnly).null)
        row.readOnly = bit(Column::IsReadOnly);
    row.filegroupId = integer(Column::FileGroupId, 0, std::numeric_limits<qint32>::max()).value_or(0);
    list.lines << m_line;
    list.files.push_back(std::move(row));
}

} // namespace rd
