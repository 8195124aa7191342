// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/io/dbatoolshistorycollector.h"

#include "model/io/dbatoolshistoryreader.h"
#include "model/io/historydatabasechoice.h"
#include "model/io/msdbprojectbuilder.h"

namespace rd {
namespace {

using Kind = DbatoolsValue::Kind;

} // namespace

QString DbatoolsHistoryCollector::kindName(Kind k)
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

QString DbatoolsHistoryCollector::shortened(const QString &text)
{
    return text.size() > 40 ? text.first(40) + QStringLiteral("…") : text;
}

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
