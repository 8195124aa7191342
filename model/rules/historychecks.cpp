// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/rules/historychecks.h"

#include "model/rules/namechecks.h"
#include "model/simulation/historyindex.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace rd::HistoryChecks {
namespace {

/// Translation context for this file's messages (lupdate reads Tr::tr calls).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HistoryChecks)
};

/// What the checks need, looked up once per run rather than once per backup (100,000 of them).
struct Context
{
    const Project &p;
    const FileCatalog &catalog;
    const TimelineHistory &history;
    const Filegroup *mod = nullptr; ///< the memory-optimized filegroup
    const EarliestFulls &fulls;      ///< R-LOG-001
    const Backup *firstCopyOnlyFull = nullptr; ///< R-LOG-001's fix when it comes before the first log backup

    Context(const Project &project, const HistoryIndex &index, const EarliestFulls &earliestFulls)
        : p(project), catalog(index.catalog()), history(index.history()), fulls(earliestFulls)
    {
        if (const int g = catalog.memoryOptimizedFilegroup(); g >= 0)
            mod = &p.database.filegroups[g];
        if (fulls.firstCopyOnlyFull >= 0)
            firstCopyOnlyFull = &p.backups[fulls.firstCopyOnlyFull];
    }

    /// What the filegroup and file names a backup lists come to. A history repeats the same few
    /// lists thousands of times (the same FILE backup every hour), so the last answers are kept.
    struct Names
    {
        QStringList filegroups, files;
        bool allKnown = true;
        bool primary = false;
        bool memoryOptimized = false;
    };
    mutable QList<Names> recentNames;

    /// Exact equality of two name lists (memcmp: names are short, and this runs for every backup).
    static bool sameNames(const QStringList &a, const QStringList &b)
    {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString &x = a[i], &y = b[i];
            if (x.size() != y.size()
                || (x.constData() != y.constData() && std::memcmp(x.constData(), y.constData(), size_t(x.size()) * sizeof(QChar)) != 0))
                return false;
        }
        return true;
    }

    const Names &resolve(const Backup &b) const
    {
        for (const Names &n : recentNames)
            if (sameNames(n.filegroups, b.filegroups) && sameNames(n.files, b.files))
                return n;
        Names n{b.filegroups, b.files};
        auto note = [&](int g) {
            n.allKnown &= g >= 0;
            if (g < 0)
                return;
            const Filegroup &fg = p.database.filegroups[g];
            n.primary |= fg.isPrimary();
            n.memoryOptimized |= fg.type == FilegroupType::MemoryOptimizedData;
        };
        for (const QString &name : b.filegroups)
            note(catalog.filegroupIndex(name));
        for (const QString &name : b.files)
            note(catalog.filegroupOfFile(name));
        if (recentNames.size() == 4)
            recentNames.removeLast();
        recentNames.prepend(std::move(n));
        return recentNames.first();
    }

    /// Was a regular full backup taken before log backup `b`? By LSN when both sides have one
    /// (the full's firstLsn before the log's lastLsn), otherwise by start time.
    bool fullBefore(const Backup &b) const
    {
        if (b.firstLsn.isNull())
            return fulls.firstFullStart.isValid() && fulls.firstFullStart < b.start;
        return (fulls.anyFullWithLsn && fulls.firstFullLsn < b.lastLsn)
            || (fulls.firstFullStartWithoutLsn.isValid() && fulls.firstFullStartWithoutLsn < b.start);
    }
};

void checkNames(const Context &c, const Backup &b, QList<Diagnostic> &out)
{
    if (c.resolve(b).allKnown)
        return;
    for (const QString &fg : b.filegroups)
        if (c.catalog.filegroupIndex(fg) < 0)
            out << Diagnostic{QStringLiteral("R-REF-001"), Severity::Error, -1, b.id, fg,
                              Tr::tr("Backup %1 names filegroup \"%2\", which is not in the layout of %3.")
                                  .arg(b.id, fg, c.p.database.name), {}};
    for (const QString &f : b.files)
        if (c.catalog.filegroupOfFile(f) < 0)
            out << Diagnostic{QStringLiteral("R-REF-001"), Severity::Error, -1, b.id, {},
                              Tr::tr("Backup %1 names file \"%2\", which is not in the layout of %3.")
                                  .arg(b.id, f, c.p.database.name), {}};
}

/// R-MOD-001: a FILE/FILE_DIFFERENTIAL backup holding PRIMARY must hold the memory-optimized
/// filegroup, and the other way round.
void checkMemoryOptimizedScope(const Context &c, const Backup &b, QList<Diagnostic> &out)
{
    const Filegroup *mod = c.mod;
    if (!mod || (b.type != BackupType::File && b.type != BackupType::FileDifferential))
        return;
    const Context::Names &names = c.resolve(b);
    const bool primary = names.primary;
    if (primary == names.memoryOptimized)
        return;
    const QString missing = primary ? mod->name : QStringLiteral("PRIMARY");
    Backup fixed = b;
    fixed.filegroups << missing;
    out << Diagnostic{QStringLiteral("R-MOD-001"), Severity::Error, -1, b.id, missing,
                      Tr::tr("Backup %1: the memory-optimized filegroup %2 must be backed up together with "
                         "PRIMARY (and vice versa); SQL Server refuses this backup.").arg(b.id, mod->name),
                      Tr::tr("Add FILEGROUP = %1 to backup %2.").arg(missing, b.id), ProjectEdit::replaceBackup(fixed)};
}

/// R-LOG-001: log backups exist only under FULL/BULK_LOGGED, after a regular full backup.
void checkLogBackup(const Context &c, const Backup &b, QList<Diagnostic> &out)
{
    if (!b.isLog())
        return;
    if (c.history.recoveryModelAt(TimelineHistory::momentOf(b)) == RecoveryModel::Simple) {
        out << Diagnostic{QStringLiteral("R-LOG-001"), Severity::Error, -1, b.id, {},
                          Tr::tr("Log backup %1 cannot exist: the database was in SIMPLE recovery when it was taken.").arg(b.id),
                          Tr::tr("Switch %1 to FULL recovery and take a full backup before this log backup.").arg(c.p.database.name)};
        return;
    }
    if (c.fullBefore(b))
        return;
    const QString message = Tr::tr("Log backup %1 cannot exist: no regular (not copy-only) full backup was taken before "
                                   "it, so the log chain had not started.").arg(b.id);
    if (const Backup *copyOnly = c.firstCopyOnlyFull; copyOnly && copyOnly->start < b.start) {
        Backup regular = *copyOnly; // the full backup the chain would start from, had it not been COPY_ONLY
        regular.copyOnly = false;
        out << Diagnostic{QStringLiteral("R-LOG-001"), Severity::Error, -1, b.id, {}, message,
                          Tr::tr("Take %1 without COPY_ONLY, so that it starts the log chain.").arg(copyOnly->id),
                          ProjectEdit::replaceBackup(regular)};
        return;
    }
    out << Diagnostic{QStringLiteral("R-LOG-001"), Severity::Error, -1, b.id, {}, message,
                      Tr::tr("Add a full backup before %1 to the history (choose when it is taken).").arg(b.id)};
}

/// The earliest full backups of `backups`, whose full backups are `fulls` (HistorySummary).
EarliestFulls earliestFulls(const BackupList &backups, const HistorySummary::Backups &fulls)
{
    EarliestFulls e;
    auto earliest = [](QDateTime &first, const QDateTime &t) {
        if (t.isValid() && (!first.isValid() || t < first))
            first = t;
    };
    for (const qsizetype position : fulls.positions()) {
        const Backup &f = backups[position];
        if (f.type == BackupType::Full && f.copyOnly && !f.failed && f.start.isValid()
            && (e.firstCopyOnlyFull < 0 || f.start < backups[e.firstCopyOnlyFull].start))
            e.firstCopyOnlyFull = position;
        if (f.type != BackupType::Full || f.copyOnly)
            continue;
        if (!f.lastLsn.isNull()) {
            if (!e.anyFullWithLsn || f.firstLsn < e.firstFullLsn)
                e.firstFullLsn = f.firstLsn;
            e.anyFullWithLsn = true;
        } else {
            earliest(e.firstFullStartWithoutLsn, f.start);
        }
        earliest(e.firstFullStart, f.start);
    }
    return e;
}

/// Whether the edit from `previousIndex`'s history to `index`'s removed or added a full backup.
bool editChangedAFull(const HistoryIndex &index, const HistoryIndex &previousIndex)
{
    const BackupListDelta &d = index.changeFromPrevious();
    auto isFull = [](const Backup &b) { return b.type == BackupType::Full; };
    const BackupList &before = previousIndex.source().backups, &after = index.source().backups;
    return std::any_of(before.begin() + d.at, before.begin() + d.at + d.removed, isFull)
        || std::any_of(after.begin() + d.at, after.begin() + d.at + d.added, isFull);
}

Result check(const Project &project, const HistoryIndex &index, const HistorySummary &summary,
             const HistoryIndex *previousIndex, const Result *previous)
{
    const BackupListDelta &d = index.changeFromPrevious();
    // R-LOG-001 reads the earliest full backups: an edit that changes none of them keeps them
    // (moved with the list), and only the backups it changed can have a new finding, provided the
    // history had none about a backup and the layout and events (names, recovery models) stayed.
    // An edit of a full backup that is not one of the earliest (most of them) keeps them too.
    const bool related = previousIndex && previous && !d.isEverything();
    EarliestFulls moved;
    if (related) {
        moved = previous->fulls;
        if (moved.firstCopyOnlyFull >= 0)
            moved.firstCopyOnlyFull = d.moved(moved.firstCopyOnlyFull);
    }
    Result result;
    result.fulls = related && !editChangedAFull(index, *previousIndex) ? moved : earliestFulls(project.backups, summary.fulls);
    const bool fullsKept = related && result.fulls == moved;
    const bool windowOnly = fullsKept && !previous->aboutBackups && index.sameLayoutAsPrevious();
    QList<Diagnostic> &out = result.findings;
    out = NameChecks::layoutAndEvents(project);
    const Context c(project, index, result.fulls);
    const qsizetype from = windowOnly ? d.at : 0;
    const qsizetype to = windowOnly ? d.at + d.added : project.backups.size();
    const qsizetype beforeBackups = out.size();
    for (qsizetype i = from; i < to; ++i) {
        const Backup &b = project.backups[i];
        NameChecks::backup(b, i, out);
        if (!b.filegroups.isEmpty() || !b.files.isEmpty()) {
            checkNames(c, b, out);
            checkMemoryOptimizedScope(c, b, out);
        }
        checkLogBackup(c, b, out);
    }
    result.aboutBackups = out.size() > beforeBackups;
    for (const TimelineEvent &e : project.events)
        if ((e.kind == EventKind::SetReadOnly || e.kind == EventKind::SetReadWrite) && c.catalog.filegroupIndex(e.filegroup) < 0)
            out << Diagnostic{QStringLiteral("R-REF-001"), Severity::Error, -1, {}, e.filegroup,
                              Tr::tr("An event at %1 names filegroup \"%2\", which is not in the layout.")
                                  .arg(e.at.toString(Qt::ISODate), e.filegroup), {}};
    // A FAILURE that names a filegroup or file the layout lacks would silently damage nothing.
    for (const TimelineEvent &e : project.events) {
        if (e.kind != EventKind::Failure)
            continue;
        for (const QString &fg : e.filegroups)
            if (c.catalog.filegroupIndex(fg) < 0)
                out << Diagnostic{QStringLiteral("R-REF-001"), Severity::Error, -1, {}, fg,
                                  Tr::tr("The FAILURE at %1 names filegroup \"%2\", which is not in the layout.")
                                      .arg(e.at.toString(Qt::ISODate), fg), {}};
        for (const QString &f : e.files)
            if (c.catalog.filegroupOfFile(f) < 0)
                out << Diagnostic{QStringLiteral("R-REF-001"), Severity::Error, -1, {}, {},
                                  Tr::tr("The FAILURE at %1 names file \"%2\", which is not a data file of the layout of "
                                         "%3 (a damaged log is \"logDamaged\").")
                                      .arg(e.at.toString(Qt::ISODate), f, c.p.database.name), {}};
    }
    return result;
}

} // namespace

Result run(const HistoryIndex &index, const HistorySummary &summary, const HistoryIndex *previousIndex, const Result *previous)
{
    // These findings depend only on the layout, the events and the backups (index.source()): the
    // analysis computes them once per version of the history (HistoryFindings). A check added
    // here must read nothing else (not the plan, not the environment), and a check of one backup
    // must read no other backup but through Context's earliest full backups (see check()).
    return check(index.source(), index, summary, previousIndex, previous);
}

} // namespace rd::HistoryChecks
