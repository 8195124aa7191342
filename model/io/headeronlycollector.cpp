// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/io/headeronlycollector.h"

#include "model/io/headeronlyhistoryreader.h"
#include "model/io/msdbprojectbuilder.h"

#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <deque>

namespace rd {
namespace {

using Column = HeaderOnlyColumns::Column;
using Severity = HistoryImportProblem::Severity;

} // namespace

QString HeaderOnlyCollector::deviceFromFileName(const QString &source)
{
    // Either separator: a result saved on Windows may be named with its Windows path.
    QString name = source.mid(qMax(source.lastIndexOf(u'/'), source.lastIndexOf(u'\\')) + 1);
    for (const QLatin1String ext : {QLatin1String(".csv"), QLatin1String(".txt"), QLatin1String(".rpt")})
        if (name.endsWith(ext, Qt::CaseInsensitive)) {
            name.chop(ext.size());
            break;
        }
    for (const QLatin1String kind : {QLatin1String(".headeronly"), QLatin1String(".filelistonly")})
        if (name.endsWith(kind, Qt::CaseInsensitive)) {
            name.chop(kind.size());
            break;
        }
    return name;
}

void HeaderOnlyCollector::problem(Severity severity, int line, int column, Column c, const QString &message)
{
    if (severity == Severity::Error && ++m_errors > HeaderOnlyHistoryReader::MaxProblems)
        return;
    m_out.problems << HistoryImportProblem{severity, m_source, line, column, HeaderOnlyColumns::name(c), message};
}

void HeaderOnlyCollector::beginSource(const QString &source)
{
    m_source = source;
    m_sourceIndex = int(m_sources.size());
    m_sources << source;
    m_kind = Kind::None;
    beginText();
    m_fileListsOfSource.clear();
}

bool HeaderOnlyCollector::isHeader()
{
    // Either result is known by several of its own columns, so that one missing is named.
    for (const ByteField &f : m_fields) {
        const Column c = HeaderOnlyColumns::find(f.text);
        const bool headerOnly
            = c == Column::BackupType || c == Column::FirstLsn || c == Column::LastLsn || c == Column::BackupSetGuid;
        if (headerOnly || c == Column::LogicalName || c == Column::FileGroupName || c == Column::IsPresent) {
            m_kind = headerOnly ? Kind::HeaderOnly : Kind::FileListOnly;
            return true;
        }
    }
    return false;
}

bool HeaderOnlyCollector::mentionsHeader(QByteArrayView line) const
{
    return line.contains("BackupType") || line.contains("FirstLSN") || line.contains("LogicalName");
}

QString HeaderOnlyCollector::unsplitHeaderMessage() const
{
    return HeaderOnlyHistoryReader::tr("the header names BackupType or LogicalName, but no separator (comma, tab, "
                                       "semicolon or |) splits it into columns: sqlcmd without -s\",\" separates "
                                       "columns with spaces, which cannot be read back");
}

QString HeaderOnlyCollector::noHeaderMessage(int linesLooked) const
{
    return linesLooked > 0
               ? HeaderOnlyHistoryReader::tr("no header line naming BackupType (RESTORE HEADERONLY) or LogicalName "
                                             "(RESTORE FILELISTONLY) in the first %1 lines: save the results with their "
                                             "column headers (docs/import-headeronly.md)")
                     .arg(linesLooked)
               : HeaderOnlyHistoryReader::tr("no header line naming BackupType (RESTORE HEADERONLY) or LogicalName "
                                             "(RESTORE FILELISTONLY): save the results with their column headers "
                                             "(docs/import-headeronly.md)");
}

QString HeaderOnlyCollector::textAfterEndMessage() const
{
    return HeaderOnlyHistoryReader::tr("text after the end of a result that is not the header of another RESTORE "
                                       "HEADERONLY or FILELISTONLY result");
}

bool HeaderOnlyCollector::tooManyErrors() const
{
    return m_errors > HeaderOnlyHistoryReader::MaxProblems;
}

bool HeaderOnlyCollector::readHeader()
{
    const int errorsBefore = m_errors;
    for (int i = 0; i < m_fieldCount; ++i) {
        const ByteField &f = m_fields[size_t(i)];
        const Column c = HeaderOnlyColumns::find(f.text);
        if (c == Column::Count)
            continue; // a column the import does not read (the version-dependent ones among them)
        if (has(c)) {
            problem(Severity::Error, m_line, DelimitedBytes::characterColumn(m_text, f.offset), c,
                    HeaderOnlyHistoryReader::tr("the column appears twice in the header"));
            continue;
        }
        m_columnIndex[c] = i;
    }
    const auto require = [&](Column c, const QString &why) {
        if (!has(c))
            problem(Severity::Error, m_line, 0, c, HeaderOnlyHistoryReader::tr("required column missing from the header: %1").arg(why));
    };
    const auto recommend = [&](Column c, const QString &why) {
        if (!has(c))
            problem(Severity::Warning, m_line, 0, c, HeaderOnlyHistoryReader::tr("column not in the result: %1").arg(why));
    };
    if (m_kind == Kind::HeaderOnly) {
        require(Column::BackupType, HeaderOnlyHistoryReader::tr("the backup type (1, 2, 4, 5, 6, 7 or 8)"));
        require(Column::DatabaseName, HeaderOnlyHistoryReader::tr("which database the backup is of"));
        require(Column::Position, HeaderOnlyHistoryReader::tr("the backup set's place in its file (WITH FILE =)"));
        require(Column::FirstLsn, HeaderOnlyHistoryReader::tr("without it the order of the log backups cannot be known"));
        require(Column::LastLsn, HeaderOnlyHistoryReader::tr("without it the log chain cannot be followed"));
        require(Column::BackupStartDate, HeaderOnlyHistoryReader::tr("when the backup started"));
        require(Column::BackupFinishDate, HeaderOnlyHistoryReader::tr("when the backup finished"));
        recommend(Column::CheckpointLsn, HeaderOnlyHistoryReader::tr("the backups' checkpoint LSNs are derived"));
        recommend(Column::DatabaseBackupLsn,
                  HeaderOnlyHistoryReader::tr("which full backup a differential or log follows is derived"));
        recommend(Column::BackupSetGuid, HeaderOnlyHistoryReader::tr("a backup set met twice cannot be recognised"));
    } else {
        require(Column::LogicalName, HeaderOnlyHistoryReader::tr("the file's logical name"));
        require(Column::FileId, HeaderOnlyHistoryReader::tr("the file's id in the database"));
        require(Column::FileType, HeaderOnlyHistoryReader::tr("the file's type (D, L, S, F)"));
        recommend(Column::FileGroupName, HeaderOnlyHistoryReader::tr("every data file is read as PRIMARY's"));
        recommend(Column::IsPresent, HeaderOnlyHistoryReader::tr("every file is read as present in the backup"));
    }
    if (!has(Column::BackupFile)) {
        const QString note = HeaderOnlyHistoryReader::tr("%1 has no BackupFile column: its rows are read as the backup "
                                                         "file %2, the saved result's name")
                                 .arg(QFileInfo(m_source).fileName(), deviceFromFileName(m_source));
        if (!m_out.notes.contains(note))
            m_out.notes << note;
    }
    return m_errors == errorsBefore;
}

QStringList HeaderOnlyCollector::devices() const
{
    if (!has(Column::BackupFile))
        return {deviceFromFileName(m_source)};
    QStringList out;
    for (const QString &d : text(Column::BackupFile).split(u';'))
        if (!d.trimmed().isEmpty())
            out << d.trimmed();
    return out;
}

QString HeaderOnlyCollector::guidText(Column c)
{
    const std::optional<MsdbValues::Guid> g
        = parsed<MsdbValues::Guid>(c, [](QByteArrayView t, QString *why) { return MsdbValues::guid(t, why); });
    return g ? MsdbValues::guidText(*g) : QString();
}

void HeaderOnlyCollector::skip(const QString &reason)
{
    const QString key = QString::number(m_sourceIndex) + u'\n' + reason;
    auto it = m_skipGroups.constFind(key);
    if (it == m_skipGroups.cend()) {
        m_out.skipped << HistorySkippedRows{m_source, reason, {}};
        it = m_skipGroups.insert(key, int(m_out.skipped.size() - 1));
    }
    m_out.skipped[*it].lines << m_line;
}

void HeaderOnlyCollector::inferContainerFilegroup(std::vector<Header> &headers)
{
    // FILELISTONLY types FILESTREAM and memory-optimized containers alike (S). A database has at
    // most one memory-optimized filegroup; when one filegroup holds containers, it is read as that.
    QSet<QString> containerGroups;
    QString name;
    for (const Header &h : headers)
        for (const MsdbFileRow &f : h.set.files)
            if (f.fileType == 'S' && !f.filegroup.isEmpty() && !containerGroups.contains(f.filegroup.toCaseFolded())) {
                containerGroups.insert(f.filegroup.toCaseFolded());
                name = f.filegroup;
            }
    if (containerGroups.size() != 1)
        return;
    for (Header &h : headers)
        for (MsdbFileRow &f : h.set.files)
            if (f.filegroup.compare(name, Qt::CaseInsensitive) == 0)
                f.filegroupType = QStringLiteral("FX");
    m_out.notes << HeaderOnlyHistoryReader::tr("filegroup %1 holds containers (FILELISTONLY Type S), which FILELISTONLY "
                                               "does not tell apart for FILESTREAM and memory-optimized data: read as the "
                                               "database's memory-optimized filegroup; change it in the designer if it is "
                                               "FILESTREAM")
                       .arg(name);
}

void HeaderOnlyCollector::finish()
{
    if (m_errors > HeaderOnlyHistoryReader::MaxProblems)
        m_out.problems << HistoryImportProblem{Severity::Error, QString(), 0, 0, QString(),
                                               HeaderOnlyHistoryReader::tr("%1 more errors not listed")
                                                   .arg(m_errors - HeaderOnlyHistoryReader::MaxProblems)};
    if (m_errors > 0)
        return;
    // Each file list goes to the backup set of its backup file and position; the others are
    // reported in file order.
    std::vector<std::pair<std::pair<int, int>, QString>> lists;
    for (auto it = m_fileLists.cbegin(); it != m_fileLists.cend(); ++it)
        lists.push_back({{it->source, it->lines.value(0)}, it.key()});
    std::sort(lists.begin(), lists.end());
    for (const auto &[place, key] : lists) {
        FileList &list = m_fileLists[key];
        const int h = m_headerKeys.value(key, -2);
        if (h >= 0) {
            m_headers[size_t(h)].set.files = std::move(list.files);
            continue;
        }
        const QString reason
            = h == -1 ? HeaderOnlyHistoryReader::tr("the file list of a backup set left out (see its HEADERONLY row)")
                      : HeaderOnlyHistoryReader::tr("a file list with no RESTORE HEADERONLY row of the same backup file "
                                                    "and position among the inputs");
        m_out.skipped << HistorySkippedRows{m_sources.value(list.source), reason, list.lines};
    }
    m_fileLists.clear();
    const QString allSources = m_sources.join(QStringLiteral(", "));
    const auto fail = [&](const QString &message) {
        m_out.problems << HistoryImportProblem{Severity::Error, allSources, 0, 0, QString(), message};
    };
    QStringList kept;
    QSet<QString> keptKeys;
    for (const Header &h : m_headers)
        if (const QString k = h.set.database.toCaseFolded(); !keptKeys.contains(k)) {
            keptKeys.insert(k);
            kept << h.set.database;
        }
    if (kept.isEmpty()) {
        if (!m_database.isEmpty() && !m_out.databases.isEmpty())
            fail(HeaderOnlyHistoryReader::tr("no backup of database %1; the backup headers are of: %2")
                     .arg(m_database, m_out.databases.join(QStringLiteral(", "))));
        else
            fail(HeaderOnlyHistoryReader::tr("no RESTORE HEADERONLY row among the inputs: a file list alone does not say "
                                             "which backup it belongs to"));
        return;
    }
    if (kept.size() > 1) {
        fail(HeaderOnlyHistoryReader::tr("the backup headers are of %1 databases: %2; choose one with --database NAME")
                 .arg(kept.size()).arg(kept.join(QStringLiteral(", "))));
        return;
    }
    inferContainerFilegroup(m_headers);
    m_out.notes << HeaderOnlyHistoryReader::tr("times are the server's local time, as RESTORE HEADERONLY prints them");
    BackupList backups;
    std::deque<MsdbBackupSet> sets;
    for (Header &h : m_headers) {
        backups.append(std::move(h.backup));
        sets.push_back(std::move(h.set));
    }
    m_headers.clear();
    m_out.project = MsdbProjectBuilder::build(std::move(backups), std::move(sets), m_sources, &m_out.notes,
                                              MsdbProjectBuilder::Origin::BackupHeaders);
}

} // namespace rd
