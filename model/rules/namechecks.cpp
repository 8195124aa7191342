// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/rules/namechecks.h"

#include "model/domain/plantime.h"
#include "model/domain/sqlserverlimits.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace rd::NameChecks {
namespace {

/// Translation context for this file's messages (lupdate reads Tr::tr calls).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(NameChecks)
};

/// `text` fit for a message: a NUL shown as \0, at most 60 characters.
QString shown(const QString &text)
{
    constexpr qsizetype Max = 60;
    QString s = text.left(Max);
    s.replace(QChar(u'\0'), QStringLiteral("\\0"));
    return text.size() > Max ? s + u'…' : s;
}

/// R-NAME-001 for one identifier. Lengths are nvarchar's: UTF-16 code units, as QString counts.
void checkLength(QList<Diagnostic> &out, const QString &what, const QString &name, int max, const QString &type,
                 const QString &filegroup = {})
{
    if (name.size() <= max)
        return;
    out << Diagnostic{QStringLiteral("R-NAME-001"), Severity::Error, -1, {}, filegroup,
                      Tr::tr("%1 \"%2\" has %3 characters; %4 holds at most %5, so SQL Server cannot take it.")
                          .arg(what, shown(name)).arg(name.size()).arg(type).arg(max),
                      Tr::tr("Shorten it to %1 characters or fewer.").arg(max)};
}

void checkIdentifier(QList<Diagnostic> &out, const QString &what, const QString &name, const QString &filegroup = {})
{
    checkLength(out, what, name, SqlServerLimits::MaxIdentifierLength, Tr::tr("a SQL Server identifier (sysname)"),
                filegroup);
}

/// R-NAME-002: reports each text with a NUL, naming it by its JSON path. The path is built only
/// for a NUL, so a history of 100,000 backups is scanned without building 100,000 strings.
class NulScan
{
public:
    explicit NulScan(QList<Diagnostic> &out, QString prefix = {}) : m_out(out), m_prefix(std::move(prefix)) {}

    /// The texts that follow are in `object` (a JSON path; with `index` ≥ 0, its element `index`);
    /// their findings are at plan step `step` and about backup `backup`.
    void in(const QString &object, qsizetype index = -1, int step = -1, const QString &backup = {})
    {
        m_object = object;
        m_index = index;
        m_step = step;
        m_backup = backup;
    }
    /// `value`, the object's field `field` (empty = the object itself), or its element `item` ≥ 0.
    void text(QStringView field, const QString &value, qsizetype item = -1, const QString &filegroup = {})
    {
        if (!value.contains(QChar(u'\0')))
            return;
        QString path = m_index < 0 ? m_object : QStringLiteral("%1[%2]").arg(m_object).arg(m_index);
        if (!field.isEmpty())
            path += u'.' + field.toString();
        if (item >= 0)
            path += QStringLiteral("[%1]").arg(item);
        m_out << Diagnostic{QStringLiteral("R-NAME-002"), Severity::Error, m_step, m_backup, filegroup,
                            Tr::tr("%1%2 holds a NUL character (U+0000): \"%3\". No SQL Server name and no Windows "
                                   "path can contain one, so SQL Server cannot take it.")
                                .arg(m_prefix, path, shown(value)),
                            Tr::tr("Remove the NUL character from %1.").arg(path)};
    }
    void list(QStringView field, const QStringList &values)
    {
        for (qsizetype i = 0; i < values.size(); ++i)
            text(field, values[i], i);
    }

private:
    QList<Diagnostic> &m_out;
    QString m_prefix;
    QString m_object;
    qsizetype m_index = -1;
    int m_step = -1;
    QString m_backup;
};

/// R-NAME-001/002 of the layout.
void checkLayout(const Database &db, QList<Diagnostic> &out)
{
    NulScan nul(out);
    checkIdentifier(out, Tr::tr("The name of database"), db.name);
    nul.in(QStringLiteral("database"));
    nul.text(u"name", db.name);
    const auto checkFiles = [&](const QList<DataFile> &files, const QString &path, const QString &kind,
                                const QString &filegroup) {
        for (qsizetype k = 0; k < files.size(); ++k) {
            checkIdentifier(out, kind, files[k].name, filegroup);
            nul.in(path, k);
            nul.text(u"name", files[k].name, -1, filegroup);
            nul.text(u"path", files[k].path, -1, filegroup);
        }
    };
    for (qsizetype g = 0; g < db.filegroups.size(); ++g) {
        const Filegroup &fg = db.filegroups[g];
        checkIdentifier(out, Tr::tr("Filegroup"), fg.name, fg.name);
        nul.in(QStringLiteral("database.filegroups"), g);
        nul.text(u"name", fg.name, -1, fg.name);
        checkFiles(fg.files, QStringLiteral("database.filegroups[%1].files").arg(g),
                   Tr::tr("The logical name of a data file of %1").arg(shown(fg.name)), fg.name);
    }
    checkFiles(db.logFiles, QStringLiteral("database.logFiles"), Tr::tr("The logical name of log file"), {});
}

/// R-NAME-003: logical names are unique in the database, data and log files together.
void checkDuplicateFiles(const Database &db, QList<Diagnostic> &out)
{
    QHash<QString, QString> first; // case-folded name → how the first file with it is described
    const auto check = [&](const DataFile &f, const QString &described, const QString &filegroup) {
        if (f.name.isEmpty())
            return;
        const QString key = f.name.toCaseFolded();
        const auto it = first.constFind(key);
        if (it == first.constEnd()) {
            first.insert(key, described);
            return;
        }
        out << Diagnostic{QStringLiteral("R-NAME-003"), Severity::Error, -1, {}, filegroup,
                          Tr::tr("The %1 has the logical name of the %2 (names compare ignoring case, as SQL Server's "
                                 "default collation does); a logical file name is unique in its database, so SQL Server "
                                 "cannot have both.").arg(described, *it),
                          Tr::tr("Give the %1 the logical name sys.database_files lists for it.").arg(described)};
    };
    for (const Filegroup &fg : db.filegroups)
        for (const DataFile &f : fg.files)
            check(f, Tr::tr("data file \"%1\" of filegroup %2").arg(shown(f.name), shown(fg.name)), fg.name);
    for (const DataFile &f : db.logFiles)
        check(f, Tr::tr("log file \"%1\"").arg(shown(f.name)), {});
}

void checkEvents(const QList<TimelineEvent> &events, QList<Diagnostic> &out)
{
    NulScan nul(out);
    for (qsizetype i = 0; i < events.size(); ++i) {
        const TimelineEvent &e = events[i];
        if (e.kind == EventKind::Mark)
            checkLength(out, Tr::tr("The name of the mark at %1").arg(PlanTime::toString(e.at)), e.name,
                        SqlServerLimits::MaxTransactionNameLength,
                        Tr::tr("a transaction name (BEGIN TRANSACTION … WITH MARK)"));
        nul.in(QStringLiteral("events"), i);
        nul.text(u"name", e.name);
        nul.text(u"filegroup", e.filegroup);
        nul.text(u"file", e.file);
        nul.list(u"filegroups", e.filegroups);
        nul.list(u"files", e.files);
    }
}

} // namespace

QList<Diagnostic> layoutAndEvents(const Project &project)
{
    QList<Diagnostic> out;
    checkLayout(project.database, out);
    checkDuplicateFiles(project.database, out);
    checkEvents(project.events, out);
    return out;
}

void backup(const Backup &b, qsizetype index, QList<Diagnostic> &out)
{
    // Not the GUIDs (fork, backup set, differential base): they are only compared with each other,
    // never written to T-SQL or used as a path, and scanning them costs 2 ms per 100,000 backups.
    const auto holdsNul = [](const QString &text) { return text.contains(QChar(u'\0')); };
    const auto anyHoldsNul = [&](const QStringList &list) { return std::any_of(list.begin(), list.end(), holdsNul); };
    if (!holdsNul(b.id) && !anyHoldsNul(b.filegroups) && !anyHoldsNul(b.files) && !anyHoldsNul(b.media)
        && !(b.readOnlyFilegroups && anyHoldsNul(*b.readOnlyFilegroups)))
        return; // the usual case, without building the scan's paths (a history has 100,000 backups)
    NulScan nul(out);
    nul.in(QStringLiteral("backups"), index, -1, b.id);
    nul.text(u"id", b.id);
    nul.list(u"filegroups", b.filegroups);
    nul.list(u"files", b.files);
    if (b.readOnlyFilegroups)
        nul.list(u"readOnlyFilegroups", *b.readOnlyFilegroups);
    nul.list(u"media", b.media);
}

QList<Diagnostic> plan(const Plan &plan)
{
    QList<Diagnostic> out;
    NulScan nul(out, Tr::tr("Plan \"%1\": ").arg(shown(plan.name)));
    nul.in(QStringLiteral("name"));
    nul.text({}, plan.name);
    nul.in(QStringLiteral("target"));
    nul.text(u"mark", plan.target.mark);
    for (qsizetype i = 0; i < plan.steps.size(); ++i) {
        const PlanStep &s = plan.steps[i];
        nul.in(QStringLiteral("steps"), i, int(i), s.backup);
        nul.text(u"backup", s.backup);
        nul.list(u"filegroups", s.filegroups);
        nul.list(u"files", s.files);
        nul.list(u"pages", s.pages);
        nul.text(u"standbyFile", s.standbyFile);
        nul.text(u"stopAtMark", s.stopAtMark);
        nul.text(u"stopBeforeMark", s.stopBeforeMark);
        for (qsizetype m = 0; m < s.move.size(); ++m) {
            if (!s.move[m].file.contains(QChar(u'\0')) && !s.move[m].to.contains(QChar(u'\0')))
                continue;
            nul.in(QStringLiteral("steps[%1].move").arg(i), m, int(i), s.backup);
            nul.text(u"file", s.move[m].file);
            nul.text(u"to", s.move[m].to);
        }
    }
    return out;
}

} // namespace rd::NameChecks
