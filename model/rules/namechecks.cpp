#include "model/rules/namechecks.h"

#include "model/domain/plantime.h"
#include "model/domain/sqlserverlimits.h"

#include <QCoreApplication>
#include <QHash>

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

/// R-NAME-002: reports each text with a NUL, naming it by `path` (a JSON path).
class NulScan
{
public:
    NulScan(QList<Diagnostic> &out, QString prefix = {}) : m_out(out), m_prefix(std::move(prefix)) {}

    /// Findings from now on are at step `step` and about backup `backup`.
    void at(int step, const QString &backup = {})
    {
        m_step = step;
        m_backup = backup;
    }
    void text(const QString &path, const QString &value, const QString &filegroup = {})
    {
        if (!value.contains(QChar(u'\0')))
            return;
        m_out << Diagnostic{QStringLiteral("R-NAME-002"), Severity::Error, m_step, m_backup, filegroup,
                            Tr::tr("%1%2 holds a NUL character (U+0000): \"%3\". No SQL Server name and no Windows "
                                   "path can contain one, so SQL Server cannot take it.")
                                .arg(m_prefix, path, shown(value)),
                            Tr::tr("Remove the NUL character from %1.").arg(path)};
    }
    void list(const QString &path, const QStringList &values)
    {
        for (qsizetype i = 0; i < values.size(); ++i)
            text(QStringLiteral("%1[%2]").arg(path).arg(i), values[i]);
    }

private:
    QList<Diagnostic> &m_out;
    QString m_prefix;
    int m_step = -1;
    QString m_backup;
};

/// R-NAME-001/002 of the layout.
void checkLayout(const Database &db, QList<Diagnostic> &out)
{
    NulScan nul(out);
    checkIdentifier(out, Tr::tr("The name of database"), db.name);
    nul.text(QStringLiteral("database.name"), db.name);
    const auto checkFiles = [&](const QList<DataFile> &files, const QString &path, const QString &kind,
                                const QString &filegroup) {
        for (qsizetype k = 0; k < files.size(); ++k) {
            const QString at = QStringLiteral("%1[%2]").arg(path).arg(k);
            checkIdentifier(out, kind, files[k].name, filegroup);
            nul.text(at + QStringLiteral(".name"), files[k].name, filegroup);
            nul.text(at + QStringLiteral(".path"), files[k].path, filegroup);
        }
    };
    for (qsizetype g = 0; g < db.filegroups.size(); ++g) {
        const Filegroup &fg = db.filegroups[g];
        const QString at = QStringLiteral("database.filegroups[%1]").arg(g);
        checkIdentifier(out, Tr::tr("Filegroup"), fg.name, fg.name);
        nul.text(at + QStringLiteral(".name"), fg.name, fg.name);
        checkFiles(fg.files, at + QStringLiteral(".files"), Tr::tr("The logical name of a data file of %1").arg(shown(fg.name)),
                   fg.name);
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
        const QString at = QStringLiteral("events[%1]").arg(i);
        if (e.kind == EventKind::Mark)
            checkLength(out, Tr::tr("The name of the mark at %1").arg(PlanTime::toString(e.at)), e.name,
                        SqlServerLimits::MaxTransactionNameLength,
                        Tr::tr("a transaction name (BEGIN TRANSACTION … WITH MARK)"));
        nul.text(at + QStringLiteral(".name"), e.name);
        nul.text(at + QStringLiteral(".filegroup"), e.filegroup);
        nul.text(at + QStringLiteral(".file"), e.file);
        nul.list(at + QStringLiteral(".filegroups"), e.filegroups);
        nul.list(at + QStringLiteral(".files"), e.files);
    }
}

void checkBackups(const QList<Backup> &backups, QList<Diagnostic> &out)
{
    NulScan nul(out);
    for (qsizetype i = 0; i < backups.size(); ++i) {
        const Backup &b = backups[i];
        const QString at = QStringLiteral("backups[%1]").arg(i);
        nul.at(-1, b.id);
        nul.text(at + QStringLiteral(".id"), b.id);
        nul.list(at + QStringLiteral(".filegroups"), b.filegroups);
        nul.list(at + QStringLiteral(".files"), b.files);
        if (b.readOnlyFilegroups)
            nul.list(at + QStringLiteral(".readOnlyFilegroups"), *b.readOnlyFilegroups);
        nul.text(at + QStringLiteral(".recoveryForkId"), b.recoveryForkId);
        nul.text(at + QStringLiteral(".lastRecoveryForkId"), b.lastRecoveryForkId);
        nul.text(at + QStringLiteral(".backupSetGuid"), b.backupSetGuid);
        nul.text(at + QStringLiteral(".differentialBaseGuid"), b.differentialBaseGuid);
        nul.list(at + QStringLiteral(".media"), b.media);
    }
}

} // namespace

QList<Diagnostic> history(const Project &project)
{
    QList<Diagnostic> out;
    checkLayout(project.database, out);
    checkDuplicateFiles(project.database, out);
    checkEvents(project.events, out);
    checkBackups(project.backups, out);
    return out;
}

QList<Diagnostic> plan(const Plan &plan)
{
    QList<Diagnostic> out;
    NulScan nul(out, Tr::tr("Plan \"%1\": ").arg(shown(plan.name)));
    nul.text(QStringLiteral("name"), plan.name);
    nul.text(QStringLiteral("target.mark"), plan.target.mark);
    for (qsizetype i = 0; i < plan.steps.size(); ++i) {
        const PlanStep &s = plan.steps[i];
        const QString at = QStringLiteral("steps[%1]").arg(i);
        nul.at(int(i), s.backup);
        nul.text(at + QStringLiteral(".backup"), s.backup);
        nul.list(at + QStringLiteral(".filegroups"), s.filegroups);
        nul.list(at + QStringLiteral(".files"), s.files);
        nul.list(at + QStringLiteral(".pages"), s.pages);
        nul.text(at + QStringLiteral(".standbyFile"), s.standbyFile);
        nul.text(at + QStringLiteral(".stopAtMark"), s.stopAtMark);
        nul.text(at + QStringLiteral(".stopBeforeMark"), s.stopBeforeMark);
        for (qsizetype m = 0; m < s.move.size(); ++m) {
            nul.text(QStringLiteral("%1.move[%2].file").arg(at).arg(m), s.move[m].file);
            nul.text(QStringLiteral("%1.move[%2].to").arg(at).arg(m), s.move[m].to);
        }
    }
    return out;
}

} // namespace rd::NameChecks
