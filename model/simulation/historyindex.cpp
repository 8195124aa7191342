// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/simulation/historyindex.h"

#include "model/simulation/lsnderivation.h"
#include "model/simulation/restorescope.h"

#include <algorithm>
#include <functional>
#include <limits>

namespace rd {
namespace {

Project historyOf(const Project &project)
{
    Project p;
    p.database = project.database;
    p.events = project.events;
    p.backups = project.backups;
    return p;
}

bool isRegularDataBackup(const Backup &b)
{
    return isDataBase(b.type) && !b.copyOnly;
}

/// Whether a backup the edit `d` removed from `before` or added to `after` is one `holds` accepts.
template <typename Holds>
bool windowHolds(const BackupList &before, const BackupList &after, const BackupListDelta &d, Holds holds)
{
    for (qsizetype j = 0; j < d.removed; ++j)
        if (holds(before[d.at + j]))
            return true;
    for (qsizetype j = 0; j < d.added; ++j)
        if (holds(after[d.at + j]))
            return true;
    return false;
}

/// `positions` without those the edit `d` removed, the others moved to where it puts them.
template <typename P>
std::vector<P> movedOutOfWindow(const std::vector<P> &positions, const BackupListDelta &d)
{
    std::vector<P> out;
    out.reserve(positions.size() + size_t(d.added));
    for (P p : positions)
        if (const qsizetype q = d.moved(qsizetype(p)); q >= 0)
            out.push_back(P(q));
    return out;
}

/// A backup's start as the differential-base lookup orders it: an invalid start first, as
/// QDateTime orders it; integers, as comparing QDateTimes is far slower.
qint64 startKey(const Backup &b)
{
    return b.start.isValid() ? b.start.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

/// `order`, positions sorted by `key` of their backup and then by position (what a stable sort of
/// the list's positions gives), patched for the edit `d`: without the positions the edit removed,
/// the others moved, and each added backup that `holds` accepts inserted at its place. O(n), with
/// no comparison but for the added ones, where sorting again takes O(n log n) comparisons.
template <typename P, typename Holds, typename Key>
std::vector<P> patchedOrder(const std::vector<P> &order, const BackupList &after, const BackupListDelta &d, Holds holds, Key key)
{
    std::vector<P> out = movedOutOfWindow(order, d);
    auto before = [&after, &key](qsizetype a, qsizetype b) {
        const auto &ka = key(after[a]);
        const auto &kb = key(after[b]);
        return ka < kb || (!(kb < ka) && a < b);
    };
    for (qsizetype q = d.at; q < d.at + d.added; ++q)
        if (holds(after[q]))
            out.insert(std::upper_bound(out.begin(), out.end(), P(q), before), P(q));
    return out;
}

bool isRangedLog(const Backup &b)
{
    return b.isLog() && !b.firstLsn.isNull() && !b.lastLsn.isNull();
}

bool isEndedLog(const Backup &b)
{
    return b.isLog() && !b.lastLsn.isNull();
}

/// `sorted`, entries ordered by key then position (`.second`), patched for the edit `d`: the
/// entries of the backups the edit removed taken out, the others moved (their order holds: every
/// position past the window moves by the same amount), merged in one pass with `added`, the
/// entries of the window's new backups. O(n + k log k) for k added entries.
template <typename Entry>
std::vector<Entry> patchedEntries(const std::vector<Entry> &sorted, const BackupListDelta &d, std::vector<Entry> added)
{
    std::sort(added.begin(), added.end());
    std::vector<Entry> out;
    out.reserve(sorted.size() + added.size());
    auto next = added.cbegin();
    for (const Entry &e : sorted) {
        const qsizetype p = d.moved(qsizetype(e.second));
        if (p < 0)
            continue;
        const Entry moved{e.first, static_cast<decltype(e.second)>(p)};
        for (; next != added.cend() && *next < moved; ++next)
            out.push_back(*next);
        out.push_back(moved);
    }
    out.insert(out.end(), next, added.cend());
    return out;
}

/// The key of a backup set GUID in the GUID lookup: GUIDs compare ignoring case.
quint32 guidKey(const QString &guid)
{
    return quint32(qHash(guid.toCaseFolded()));
}

/// A data backup's entries in the data lookup by LSN: its first LSN and its checkpoint LSN.
void addLsnEntries(const Backup &b, HistoryIndex::Position p, std::vector<std::pair<Lsn, HistoryIndex::Position>> &out)
{
    if (!isDataBase(b.type))
        return;
    if (!b.firstLsn.isNull())
        out.emplace_back(b.firstLsn, p);
    if (!b.checkpointLsn.isNull() && b.checkpointLsn != b.firstLsn)
        out.emplace_back(b.checkpointLsn, p);
}

/// The key of a backup id in the id lookup.
quint32 idKey(const QString &id)
{
    return quint32(qHash(id));
}

} // namespace

HistoryIndex::HistoryIndex(const Project &project, const HistoryIndex *previous)
    : m_source(historyOf(project)), m_backups(derivedBackups(previous)),
      m_catalog(previous && previous->m_source.database == m_source.database ? previous->m_catalog
                                                                               : FileCatalog(m_source.database)),
      m_history(m_source)
{
    m_allFiles = m_catalog.allFiles();
    m_change = previous ? changeBetween(*previous) : BackupListDelta{0, 0, m_backups.size(), true};
    m_sameLayout = previous && previous->m_source.database == m_source.database && previous->m_source.events == m_source.events;
    if (m_change.isEverything()) {
        buildIds();
    } else {
        lendIds(*previous, m_change);
        lendLookups(*previous, m_change, m_sameLayout);
    }
    if (m_change.isEverything())
        buildDifferentials();
    else
        m_differentialsByStart = patchedOrder(previous->m_differentialsByStart, m_backups, m_change,
                                              [](const Backup &b) { return isDifferential(b.type); },
                                              [](const Backup &b) -> const QDateTime & { return b.start; });
}

void HistoryIndex::buildDifferentials()
{
    const BackupList &derived = m_backups; // const: m_backups shares the project's list
    for (qsizetype i = 0; i < derived.size(); ++i)
        if (isDifferential(derived[i].type))
            m_differentialsByStart.push_back(i);
    std::stable_sort(m_differentialsByStart.begin(), m_differentialsByStart.end(),
                     [&derived](qsizetype a, qsizetype b) { return derived[a].start < derived[b].start; });
}

BackupList HistoryIndex::derivedBackups(const HistoryIndex *previous) const
{
    // A history whose backups all have their LSNs (an import) derives none, and LsnDerivation
    // reads every backup to find that out. After an edit of such a history, the backups the edit
    // changed are the only ones to look at.
    if (previous && previous->m_backups.isSharedWith(previous->m_source.backups)) {
        const BackupList &given = m_source.backups;
        const BackupListDelta d = BackupListDelta::between(previous->m_source.backups, given);
        bool complete = !d.isEverything();
        for (qsizetype q = d.at; complete && q < d.at + d.added; ++q)
            complete = !given[q].firstLsn.isNull() && !given[q].lastLsn.isNull();
        if (complete)
            return given;
    }
    return LsnDerivation::derive(m_source.backups);
}

BackupListDelta HistoryIndex::changeBetween(const HistoryIndex &previous) const
{
    // As derived (a derivation may change backups the edit did not) and as given (an edit may give
    // the LSN the derivation had filled in): one window holding both.
    const BackupListDelta derived = BackupListDelta::between(previous.m_backups, m_backups);
    const BackupListDelta given = previous.m_backups.isSharedWith(previous.m_source.backups) && m_backups.isSharedWith(m_source.backups)
        ? derived
        : BackupListDelta::between(previous.m_source.backups, m_source.backups);
    if (derived.isEverything() || given.isEverything())
        return {0, previous.m_backups.size(), m_backups.size(), true};
    const qsizetype at = std::min(derived.at, given.at);
    const qsizetype after = std::min(previous.m_backups.size() - derived.at - derived.removed,
                                     previous.m_backups.size() - given.at - given.removed); // unchanged at the end
    return {at, previous.m_backups.size() - at - after, m_backups.size() - at - after, false};
}

void HistoryIndex::buildIds()
{
    const BackupList &given = m_source.backups; // const: reading must not detach the shared list
    auto ids = std::make_shared<std::vector<IdEntry>>();
    ids->reserve(size_t(given.size()));
    qsizetype i = 0;
    for (const Backup &b : given)
        ids->emplace_back(idKey(b.id), Position(i++));
    std::sort(ids->begin(), ids->end());
    m_ids = std::move(ids);
}

void HistoryIndex::lendIds(const HistoryIndex &previous, const BackupListDelta &d)
{
    const BackupList &before = previous.m_source.backups, &after = m_source.backups;
    bool sameIds = d.removed == d.added;
    for (qsizetype j = 0; sameIds && j < d.added; ++j)
        sameIds = before[d.at + j].id == after[d.at + j].id;
    if (sameIds) { // a move or a change of a backup: shared, O(1)
        m_ids = previous.m_ids;
        return;
    }
    std::vector<IdEntry> added;
    for (qsizetype j = 0; j < d.added; ++j)
        added.emplace_back(idKey(after[d.at + j].id), Position(d.at + j));
    m_ids = std::make_shared<const std::vector<IdEntry>>(patchedEntries(*previous.m_ids, d, std::move(added)));
}

void HistoryIndex::lendLookups(const HistoryIndex &previous, const BackupListDelta &d, bool sameLayout)
{
    // A lookup none of whose positions is in the window keeps its order; only positions move.
    const BackupList &before = previous.m_backups, &after = m_backups;

    // The file backups' scopes, one per list of names, depend on the names, the layout and the
    // events; a partial backup's scope is computed again when asked (a validation asks for few).
    if (sameLayout)
        m_fileScopes = previous.m_fileScopes;
    // The data lookups: shared when no position moved and the window changed no data backup, else
    // patched (the window's data backups taken out and put back, the others moved).
    const bool dataChanged = windowHolds(before, after, d, [](const Backup &b) { return isDataBase(b.type); });
    const bool share = !dataChanged && d.shift() == 0;
    std::vector<LsnEntry> lsnsAdded;
    std::vector<GuidEntry> guidsAdded;
    for (qsizetype q = d.at; q < d.at + d.added; ++q) {
        const Backup &b = after[q];
        addLsnEntries(b, Position(q), lsnsAdded);
        if (isDataBase(b.type) && !b.backupSetGuid.isEmpty())
            guidsAdded.emplace_back(guidKey(b.backupSetGuid), Position(q));
    }
    if (previous.m_dataByLsn)
        m_dataByLsn = share ? previous.m_dataByLsn
                            : std::make_shared<const std::vector<LsnEntry>>(patchedEntries(*previous.m_dataByLsn, d, std::move(lsnsAdded)));
    if (previous.m_dataByGuid)
        m_dataByGuid = share ? previous.m_dataByGuid
                             : std::make_shared<const std::vector<GuidEntry>>(patchedEntries(*previous.m_dataByGuid, d, std::move(guidsAdded)));
    if (sameLayout && previous.m_basesByFile) { // a backup's files depend on the layout and the events
        if (share) {
            m_basesByFile = previous.m_basesByFile;
        } else {
            auto byFile = std::make_shared<std::vector<std::vector<Position>>>();
            byFile->reserve(previous.m_basesByFile->size());
            for (const std::vector<Position> &list : *previous.m_basesByFile)
                byFile->push_back(movedOutOfWindow(list, d));
            for (qsizetype q = d.at; q < d.at + d.added; ++q)
                if (isRegularDataBackup(after[q]))
                    for (int f : scope(q)) {
                        std::vector<Position> &list = (*byFile)[size_t(f)];
                        list.insert(std::upper_bound(list.begin(), list.end(), Position(q),
                                                     [&after](qsizetype a, qsizetype b) { return std::pair(startKey(after[a]), a) < std::pair(startKey(after[b]), b); }),
                                    Position(q));
                    }
            m_basesByFile = std::move(byFile);
        }
    }
    // The log lookups: shared when the window's logs have the same LSNs before and after (a log
    // moved in time), patched when it adds no log (a log deleted), else left to be built on first
    // use: patching costs a pass over every log, which an edit that needs no log lookup (an
    // undone deletion, mostly) would pay for nothing; the document builds them when idle.
    auto sameLogs = [&](auto &&key) {
        if (d.removed != d.added)
            return false;
        for (qsizetype j = 0; j < d.added; ++j)
            if (key(before[d.at + j]) != key(after[d.at + j]))
                return false;
        return true;
    };
    const bool addsLog = std::any_of(after.begin() + d.at, after.begin() + d.at + d.added,
                                     [](const Backup &b) { return b.isLog(); });
    if (previous.m_logRanges) {
        auto rangeKey = [](const Backup &b) {
            const bool ranged = isRangedLog(b);
            return std::tuple(ranged, ranged ? b.firstLsn : Lsn(), ranged ? b.lastLsn : Lsn());
        };
        if (sameLogs(rangeKey)) {
            m_logRanges = previous.m_logRanges;
        } else if (!addsLog) {
            auto r = std::make_shared<LogRanges>();
            r->byFirst = patchedOrder(previous.m_logRanges->byFirst, after, d, isRangedLog,
                                      [](const Backup &b) -> const Lsn & { return b.firstLsn; });
            patchMaxLast(*r, *previous.m_logRanges, d);
            m_logRanges = std::move(r);
        }
    }
    if (previous.m_logsByLastLsn) {
        auto lastKey = [](const Backup &b) {
            const bool ended = isEndedLog(b);
            return std::pair(ended, ended ? b.lastLsn : Lsn());
        };
        if (sameLogs(lastKey))
            m_logsByLastLsn = previous.m_logsByLastLsn;
        else if (!addsLog)
            m_logsByLastLsn = std::make_shared<const std::vector<Position>>(
                patchedOrder(*previous.m_logsByLastLsn, after, d, isEndedLog,
                             [](const Backup &b) -> const Lsn & { return b.lastLsn; }));
    }
}

void HistoryIndex::prepareLookups() const
{
    // Each lookup is built by its first question; these questions build them all.
    dataBackupWithGuid({});
    dataBackupsAt({});
    basesOf(0);
    logRanges();
    lastLogEndingAt({});
}

qsizetype HistoryIndex::backupIndex(const QString &id) const
{
    // Sorted by hash, then position: the first entry of the id's hash with this id is its first.
    const quint32 h = idKey(id);
    const std::vector<IdEntry> &ids = *m_ids;
    for (auto it = std::lower_bound(ids.begin(), ids.end(), IdEntry{h, Position(0)}); it != ids.end() && it->first == h; ++it)
        if (m_source.backups[it->second].id == id)
            return it->second;
    return -1;
}

const Backup *HistoryIndex::backup(const QString &id) const
{
    const qsizetype i = backupIndex(id);
    return i < 0 ? nullptr : &m_backups[i];
}

bool HistoryIndex::isFor(const Project &project) const
{
    return project.backups.isSharedWith(m_source.backups) && project.events == m_source.events
        && project.database == m_source.database;
}

qsizetype HistoryIndex::position(const Backup &b) const
{
    return m_backups.positionOf(&b);
}

const FileCatalog::FileSet &HistoryIndex::scope(qsizetype i) const
{
    // Most of a history shares a few scopes: kept once each rather than once a backup (a map entry
    // per full backup of 1,000,000 cost 13 ms to free with each version of the history).
    const Backup &b = m_backups[i];
    switch (b.type) {
    case BackupType::Full:
    case BackupType::Differential:
        return m_allFiles;
    case BackupType::Log:
        return m_noFiles;
    case BackupType::File:
    case BackupType::FileDifferential: {
        // A file backup holds what it names, whenever it was taken, and a history repeats the same
        // few lists thousands of times (the same FILE backup every hour): those share one set.
        auto [known, added] = m_fileScopes.try_emplace(b.filegroups.join(u'\n') + u'\t' + b.files.join(u'\n'));
        if (added)
            known->second = RestoreScope::computeOfBackup(m_catalog, m_source, m_history, b);
        return known->second;
    }
    case BackupType::Partial:
    case BackupType::PartialDifferential:
        break;
    }
    // The read/write filegroups when it was taken, and what it names.
    auto [known, added] = m_partialScopes.try_emplace(i);
    if (added)
        known->second = RestoreScope::computeOfBackup(m_catalog, m_source, m_history, b);
    return known->second;
}

qsizetype HistoryIndex::dataBackupWithGuid(const QString &guid) const
{
    if (!m_dataByGuid) {
        auto built = std::make_shared<std::vector<GuidEntry>>();
        for (qsizetype i = 0; i < m_backups.size(); ++i)
            if (isDataBase(m_backups[i].type) && !m_backups[i].backupSetGuid.isEmpty())
                built->emplace_back(guidKey(m_backups[i].backupSetGuid), Position(i));
        std::sort(built->begin(), built->end());
        m_dataByGuid = std::move(built);
    }
    if (guid.isEmpty())
        return -1;
    // Sorted by key, then position: the first entry with this GUID is the first in list order.
    const std::vector<GuidEntry> &byGuid = *m_dataByGuid;
    const quint32 key = guidKey(guid);
    for (auto it = std::lower_bound(byGuid.begin(), byGuid.end(), GuidEntry{key, Position(0)}); it != byGuid.end() && it->first == key; ++it)
        if (m_backups[it->second].backupSetGuid.compare(guid, Qt::CaseInsensitive) == 0)
            return it->second;
    return -1;
}

QList<qsizetype> HistoryIndex::dataBackupsAt(const Lsn &lsn) const
{
    if (!m_dataByLsn) {
        auto built = std::make_shared<std::vector<LsnEntry>>();
        std::vector<LsnEntry> &byLsn = *built;
        for (qsizetype i = 0; i < m_backups.size(); ++i)
            addLsnEntries(m_backups[i], Position(i), byLsn);
        std::sort(byLsn.begin(), byLsn.end()); // by LSN, then position
        m_dataByLsn = std::move(built);
    }
    QList<qsizetype> found;
    const auto &byLsn = *m_dataByLsn;
    // In list order: one LSN can be one backup's first and another's checkpoint.
    for (auto it = std::lower_bound(byLsn.begin(), byLsn.end(), LsnEntry(lsn, Position(0)));
         it != byLsn.end() && it->first == lsn; ++it)
        found << it->second;
    return found;
}

const std::vector<HistoryIndex::Position> &HistoryIndex::basesOf(int file) const
{
    if (!m_basesByFile) {
        auto built = std::make_shared<std::vector<std::vector<Position>>>(size_t(m_catalog.fileCount()));
        std::vector<std::vector<Position>> &byFile = *built;
        // By start (startKey), list order among equal starts (stable): a full backup's position
        // goes into every file's list.
        std::vector<qint64> startOf(size_t(m_backups.size()), std::numeric_limits<qint64>::min());
        for (qsizetype k = 0; k < m_backups.size(); ++k)
            if (isRegularDataBackup(m_backups[k])) {
                startOf[size_t(k)] = startKey(m_backups[k]);
                for (int f : scope(k))
                    byFile[f].push_back(Position(k));
            }
        for (std::vector<Position> &list : byFile)
            std::stable_sort(list.begin(), list.end(),
                             [&startOf](qsizetype a, qsizetype b) { return startOf[size_t(a)] < startOf[size_t(b)]; });
        m_basesByFile = std::move(built);
    }
    static const std::vector<Position> none;
    return file < 0 || file >= qsizetype(m_basesByFile->size()) ? none : (*m_basesByFile)[file];
}

qsizetype HistoryIndex::latestDataBackupHolding(int file, const QDateTime &before, bool skipFailed) const
{
    const std::vector<Position> &list = basesOf(file);
    auto startsBefore = [this](qsizetype k, const QDateTime &t) { return m_backups[k].start < t; };
    auto usable = [&](qsizetype k) { return !skipFailed || !m_backups[k].failed; };
    // The candidates (start < before) are a prefix of the list; the answer is the first usable one
    // among the usable candidates with the latest start.
    auto end = std::lower_bound(list.begin(), list.end(), before, startsBefore);
    while (end != list.begin() && !usable(*(end - 1)))
        --end;
    if (end == list.begin())
        return -1;
    const QDateTime &latest = m_backups[*(end - 1)].start;
    for (auto it = std::lower_bound(list.begin(), end, latest, startsBefore); it != end; ++it)
        if (usable(*it))
            return *it;
    return -1;
}

const HistoryIndex::LogRanges &HistoryIndex::logRanges() const
{
    if (!m_logRanges) {
        auto built = std::make_shared<LogRanges>();
        LogRanges &r = *built;
        for (qsizetype k = 0; k < m_backups.size(); ++k)
            if (isRangedLog(m_backups[k]))
                r.byFirst.push_back(Position(k));
        std::stable_sort(r.byFirst.begin(), r.byFirst.end(),
                         [this](qsizetype a, qsizetype b) { return m_backups[a].firstLsn < m_backups[b].firstLsn; });
        fillMaxLast(r);
        m_logRanges = std::move(built);
    }
    return *m_logRanges;
}

void HistoryIndex::patchMaxLast(LogRanges &r, const LogRanges &old, const BackupListDelta &d) const
{
    // r.byFirst is old.byFirst without the logs the edit removed (it added none). Before the first
    // of them the running maximum is the old one; after the last of them, once it meets the old
    // one again (entry i is old entry i + removed), the rest is the old one too.
    std::vector<size_t> gone; // indexes in old.byFirst, ascending
    for (size_t i = 0; i < old.byFirst.size(); ++i)
        if (d.moved(old.byFirst[i]) < 0)
            gone.push_back(i);
    if (gone.empty()) {
        r.maxLast = old.maxLast;
        return;
    }
    const size_t removed = gone.size();
    r.maxLast.reserve(r.byFirst.size());
    r.maxLast.assign(old.maxLast.begin(), old.maxLast.begin() + qsizetype(gone.front()));
    for (size_t i = gone.front(); i < r.byFirst.size(); ++i) {
        const Lsn &last = m_backups[r.byFirst[i]].lastLsn;
        r.maxLast.push_back(r.maxLast.empty() || r.maxLast.back() < last ? last : r.maxLast.back());
        if (const size_t before = i + removed; before > gone.back() && r.maxLast.back() == old.maxLast[before]) {
            r.maxLast.insert(r.maxLast.end(), old.maxLast.begin() + qsizetype(before) + 1, old.maxLast.end());
            break;
        }
    }
}

void HistoryIndex::fillMaxLast(LogRanges &r) const
{
    r.maxLast.clear();
    r.maxLast.reserve(r.byFirst.size());
    for (qsizetype k : r.byFirst)
        r.maxLast.push_back(r.maxLast.empty() || r.maxLast.back() < m_backups[k].lastLsn ? m_backups[k].lastLsn
                                                                                        : r.maxLast.back());
}

qsizetype HistoryIndex::lastLogEndingAt(const Lsn &lsn) const
{
    if (!m_logsByLastLsn) {
        // Positions sorted by lastLsn, then position: 8 bytes a log where a hash took five times that.
        auto built = std::make_shared<std::vector<Position>>();
        std::vector<Position> &byLast = *built;
        for (qsizetype k = 0; k < m_backups.size(); ++k)
            if (isEndedLog(m_backups[k]))
                byLast.push_back(Position(k));
        std::stable_sort(byLast.begin(), byLast.end(),
                         [this](qsizetype a, qsizetype b) { return m_backups[a].lastLsn < m_backups[b].lastLsn; });
        m_logsByLastLsn = std::move(built);
    }
    if (lsn.isNull())
        return -1;
    // The last in list order among the logs ending at lsn: the end of their (stable) run.
    const std::vector<Position> &byLast = *m_logsByLastLsn;
    auto end = std::upper_bound(byLast.begin(), byLast.end(), lsn,
                                [this](const Lsn &l, qsizetype k) { return l < m_backups[k].lastLsn; });
    return end == byLast.begin() || m_backups[*(end - 1)].lastLsn != lsn ? -1 : qsizetype(*(end - 1));
}

qsizetype HistoryIndex::firstLogEndingAfter(const Lsn &lsn) const
{
    const LogRanges &r = logRanges();
    return std::upper_bound(r.maxLast.begin(), r.maxLast.end(), lsn) - r.maxLast.begin(); // maxLast never decreases
}

QList<qsizetype> HistoryIndex::logsHolding(const Lsn &lsn) const
{
    const LogRanges &r = logRanges();
    QList<qsizetype> found;
    if (lsn.isNull())
        return found;
    // Candidates start at or before lsn: a prefix of byFirst. Walking it backwards, once no earlier
    // log ends after lsn (maxLast), none of them can hold it.
    auto end = std::upper_bound(r.byFirst.begin(), r.byFirst.end(), lsn,
                                [this](const Lsn &l, qsizetype k) { return l < m_backups[k].firstLsn; });
    for (qsizetype pos = (end - r.byFirst.begin()) - 1; pos >= 0 && lsn < r.maxLast[size_t(pos)]; --pos)
        if (lsn < m_backups[r.byFirst[size_t(pos)]].lastLsn)
            found << r.byFirst[size_t(pos)];
    std::sort(found.begin(), found.end());
    return found;
}

QDateTime HistoryIndex::nextDataBackupHolding(const FileCatalog::FileSet &files, const QDateTime &after) const
{
    QDateTime first;
    for (int f : files) {
        const std::vector<Position> &list = basesOf(f);
        auto it = std::upper_bound(list.begin(), list.end(), after,
                                   [this](const QDateTime &t, qsizetype k) { return t < m_backups[k].start; });
        while (it != list.end() && m_backups[*it].failed)
            ++it;
        if (it != list.end() && (!first.isValid() || m_backups[*it].start < first))
            first = m_backups[*it].start;
    }
    return first;
}

} // namespace rd
