// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/io/msdbhistorycollector.h"

#include "model/io/historydatabasechoice.h"
#include "model/io/msdbhistoryreader.h"
#include "model/io/msdbprojectbuilder.h"

#include <limits>

namespace rd {
namespace {

using Column = MsdbColumns::Column;
using Severity = HistoryImportProblem::Severity;

} // namespace

void MsdbHistoryCollector::problem(Severity severity, int line, int column, Column msdbColumn, const QString &message)
{
    if (severity == Severity::Error && ++m_errors > MsdbHistoryReader::MaxProblems)
        return;
    m_out.problems << HistoryImportProblem{severity, m_source, line, column, MsdbColumns::name(msdbColumn), message};
}

void MsdbHistoryCollector::beginSource(const QString &source)
{
    m_source = source;
    m_sourceIndex = int(m_sources.size());
    m_sources << source;
    beginText();
    m_idToSet.clear();
    m_skipGroups.clear();
    m_rowKeys.clear();
    m_fileKeys.clear();
}

bool MsdbHistoryCollector::isHeader()
{
    for (const ByteField &f : m_fields)
        if (MsdbColumns::find(f.text) == Column::DatabaseName)
            return true;
    return false;
}

QString MsdbHistoryCollector::unsplitHeaderMessage() const
{
    return MsdbHistoryReader::tr("the header names database_name, but no separator (comma, tab, semicolon or |) splits it "
                                 "into columns: sqlcmd without -s\",\" separates columns with spaces, which cannot be read "
                                 "back");
}

QString MsdbHistoryCollector::noHeaderMessage(int linesLooked) const
{
    return linesLooked > 0
               ? MsdbHistoryReader::tr("no header line naming the column database_name in the first %1 lines: save the "
                                       "results with their column headers (docs/import-msdb.md)")
                     .arg(linesLooked)
               : MsdbHistoryReader::tr("no header line naming the column database_name: save the results with their "
                                       "column headers (docs/import-msdb.md)");
}

QString MsdbHistoryCollector::textAfterEndMessage() const
{
    return MsdbHistoryReader::tr("text after the end of the results (\"(N rows affected)\"): export one result set only");
}

bool MsdbHistoryCollector::tooManyErrors() const
{
    return m_errors > MsdbHistoryReader::MaxProblems;
}

bool MsdbHistoryCollector::readHeader()
{
    QSet<QByteArray> names;
    for (int i = 0; i < m_fieldCount; ++i) {
        const ByteField &f = m_fields[size_t(i)];
        names.insert(f.text.trimmed().toByteArray().toLower());
        const Column c = MsdbColumns::find(f.text);
        if (c == Column::Count)
            continue; // a column the import does not read
        if (has(c)) {
            problem(Severity::Error, m_line, DelimitedBytes::characterColumn(m_text, f.offset), c,
                    MsdbHistoryReader::tr("the column appears twice in the header"));
            continue;
        }
        m_columnIndex[c] = i;
    }
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

std::optional<MsdbValues::Guid> MsdbHistoryCollector::guid(Column c)
{
    return parsed<MsdbValues::Guid>(c, [](QByteArrayView t, QString *why) { return MsdbValues::guid(t, why); });
}

QString MsdbHistoryCollector::guidText(Column c)
{
    const std::optional<MsdbValues::Guid> g = guid(c);
    if (!g)
        return {};
    auto it = m_guidTexts.constFind(*g);
    if (it == m_guidTexts.cend())
        it = m_guidTexts.insert(*g, MsdbValues::guidText(*g));
    return *it;
}

int MsdbHistoryCollector::skip(const QString &reason)
{
    auto it = m_skipGroups.constFind(reason);
    if (it == m_skipGroups.cend()) {
        m_out.skipped << HistorySkippedRows{m_source, reason, {}};
        it = m_skipGroups.insert(reason, int(m_out.skipped.size() - 1));
    }
    m_out.skipped[*it].lines << m_line;
    return *it;
}


void MsdbHistoryCollector::finish()
{
    if (m_errors > MsdbHistoryReader::MaxProblems)
        m_out.problems << HistoryImportProblem{Severity::Error, QString(), 0, 0, QString(),
                                               MsdbHistoryReader::tr("%1 more errors not listed")
                                                   .arg(m_errors - MsdbHistoryReader::MaxProblems)};
    if (m_errors > 0)
        return;
    if (const QString why = HistoryDatabaseChoice::refusal(m_sets, m_database, m_out.databases); !why.isEmpty()) {
        m_out.problems << HistoryImportProblem{Severity::Error, m_sources.join(QStringLiteral(", ")), 0, 0, QString(), why};
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


} // namespace rd
