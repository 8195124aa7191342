// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/backuplistdelta.h"
#include "model/simulation/filecatalog.h"
#include "model/simulation/timelinehistory.h"

#include <memory>
#include <unordered_map>
#include <vector>

namespace rd {

/// What the analysis needs to know about one version of a project's history (layout, events and
/// backups), built once and then shared read-only while that history does not change: the backups
/// with derived LSNs, the file catalog and timeline, each backup's scope, a backup id lookup, and
/// the lookups behind the differential-base rule (R-DIFF-001, C-3). Re-validating a plan after an
/// edit then does not rescan a history of 100,000 backups.
///
/// The index keeps a copy of the project's backup list, which shares its data (implicit sharing):
/// any change to the project's list detaches it, so isFor() sees a changed history as a new one.
/// Whoever analyses a project builds one (HistoryAnalysis owns the document's) and passes it down;
/// nothing looks one up behind the caller's back. Some lookups are filled on first use
/// (`mutable`): one index is read by one thread at a time.
class HistoryIndex
{
public:
    /// A position in backups() as the lookups store it: 4 bytes, half the memory and the copying
    /// of a qsizetype, for histories of fewer than 2^32 backups (a backup takes hundreds of bytes).
    using Position = quint32;

    /// Builds the index of `project`'s history (its plans, environment and description are ignored).
    /// `previous`, the index of the history before an edit (may be null), lends what the edit left
    /// as it was: the file catalog of an equal layout, and, for the backups outside the window the
    /// edit changed (BackupListDelta), the id lookup, the file backups' scopes and the lookups
    /// already built: shared whole where no position moved and the window changed nothing they
    /// hold, else patched in one pass (positions shifted, the window's backups taken out and put
    /// back at their place); a log lookup the window adds a log to is built again on first use.
    /// Moving or deleting one of 100,000 backups so re-indexes one backup, not all (issue 7, item 9).
    explicit HistoryIndex(const Project &project, const HistoryIndex *previous = nullptr);
    HistoryIndex(const HistoryIndex &) = delete;
    HistoryIndex &operator=(const HistoryIndex &) = delete;

    /// Builds now every lookup that is otherwise built on first use (a valid plan needs few of them;
    /// the first edit that breaks a plan needs the rest: a quarter of a second on 1,000,000
    /// backups). ProjectDocument calls it when the application is idle after the history changed.
    void prepareLookups() const;

    /// How this history differs from the one of the index it was built from: the window of backups
    /// that differ as given or as derived (isEverything() when built from none, or from an unrelated
    /// history), and whether the layout and the events are the same. Checks that read one backup
    /// at a time use them to look at the window only (HistoryChecks).
    const BackupListDelta &changeFromPrevious() const { return m_change; }
    bool sameLayoutAsPrevious() const { return m_sameLayout; }

    /// Whether this index describes `project`'s current history.
    bool isFor(const Project &project) const;

    /// The history it describes: layout, events and backups as given (no plans, no environment).
    const Project &source() const { return m_source; }
    /// The project's backups, in its order, with missing LSNs derived (LsnDerivation).
    const BackupList &backups() const { return m_backups; }
    const FileCatalog &catalog() const { return m_catalog; }
    const TimelineHistory &history() const { return m_history; }

    /// The position of the backup with this id (the first, if ids repeat) in the project's list and
    /// in backups(), or -1. By hash: O(log n).
    qsizetype backupIndex(const QString &id) const;
    /// backups()[backupIndex(id)] (derived LSNs), or null.
    const Backup *backup(const QString &id) const;
    /// The position of `b` in backups() if it is one of its elements (not a copy), else -1.
    qsizetype position(const Backup &b) const;
    /// RestoreScope::ofBackup of backups()[i], computed once (for file backups, once a list of names).
    const FileCatalog::FileSet &scope(qsizetype i) const;

    // The differential-base lookups (R-DIFF-001/003/004, C-3), each the answer a scan of backups()
    // in list order would give, from indexes built on first use.
    /// The first full, partial or file backup whose backupSetGuid is `guid` (ignoring case), or -1.
    qsizetype dataBackupWithGuid(const QString &guid) const;
    /// Full, partial and file backups whose firstLsn or checkpointLsn is `lsn`, in list order.
    QList<qsizetype> dataBackupsAt(const Lsn &lsn) const;
    /// The latest regular (not copy-only) full, partial or file backup holding `file` that started
    /// before `before`, the first in list order among equal starts; -1 if there is none.
    /// `skipFailed`: ignore backups whose BACKUP failed.
    qsizetype latestDataBackupHolding(int file, const QDateTime &before, bool skipFailed = false) const;
    /// Log backups whose range holds `lsn` (firstLsn ≤ lsn < lastLsn), in list order, whatever their
    /// flags (failed, damaged, copy-only: callers filter). O(log n + k) from a range index built on
    /// first use, where a scan of a 100,000-backup history per log of a fix's chain would take seconds.
    QList<qsizetype> logsHolding(const Lsn &lsn) const;
    /// The last log backup in list order whose lastLsn is `lsn` (whatever its flags), or -1: the
    /// log that ends at a redo target (R-ONL-005, page restore). From a hash built on first use.
    qsizetype lastLogEndingAt(const Lsn &lsn) const;
    /// Differential backups (of every kind), as positions in backups(), by start (list order among
    /// equals; an invalid start first, as QDateTime orders it).
    const std::vector<qsizetype> &differentialsByStart() const { return m_differentialsByStart; }
    /// Log backups with both LSNs, as positions in backups(), by firstLsn (list order among equals).
    const std::vector<Position> &logsByFirstLsn() const { return logRanges().byFirst; }
    /// The first position in logsByFirstLsn() from which a log may end after `lsn`: every log
    /// before it ends at or before `lsn`, so it cannot carry a roll-forward past `lsn`.
    qsizetype firstLogEndingAfter(const Lsn &lsn) const;
    /// The earliest start after `after` of a regular full, partial or file backup that did not
    /// fail and holds one of `files` (it resets their differential base); invalid if none.
    QDateTime nextDataBackupHolding(const FileCatalog::FileSet &files, const QDateTime &after) const;

private:
    Project m_source; ///< what the index describes: layout, events, backups as given (no plans)
    BackupList m_backups;
    /// The id lookup: (32 bits of the id's qHash, position) for every backup, sorted. Unlike a hash
    /// table it is copied and patched after an edit in O(n) moves of 8 bytes (under a millisecond
    /// for 100,000 backups) and shared whole while the ids stay in place; repeated ids need no care.
    using IdEntry = std::pair<quint32, Position>;
    using GuidEntry = std::pair<quint32, Position>; ///< (32 bits of the case-folded GUID's qHash, position)
    using LsnEntry = std::pair<Lsn, Position>;
    std::shared_ptr<const std::vector<IdEntry>> m_ids;
    BackupListDelta m_change;
    bool m_sameLayout = false;
    std::vector<qsizetype> m_differentialsByStart;
    FileCatalog m_catalog;
    TimelineHistory m_history;
    // scope()'s answers. Node-based maps: scope() returns references into them.
    FileCatalog::FileSet m_allFiles; ///< a full or differential backup's scope
    FileCatalog::FileSet m_noFiles;  ///< a log backup's
    mutable std::unordered_map<QString, FileCatalog::FileSet> m_fileScopes; ///< a file backup's named lists → its scope
    mutable std::unordered_map<qsizetype, FileCatalog::FileSet> m_partialScopes; ///< the partial backups' asked for, by position
    const std::vector<Position> &basesOf(int file) const;
    BackupList derivedBackups(const HistoryIndex *previous) const;
    BackupListDelta changeBetween(const HistoryIndex &previous) const;
    void buildIds();
    void buildDifferentials();
    void lendIds(const HistoryIndex &previous, const BackupListDelta &d);
    void lendLookups(const HistoryIndex &previous, const BackupListDelta &d, bool sameLayout);

    // Built on first use, then never changed: shared whole with the next index while an edit
    // leaves them as they are (HistoryIndex(project, previous)).
    mutable std::shared_ptr<const std::vector<LsnEntry>> m_dataByLsn;    ///< (first or checkpoint LSN, position), sorted
    mutable std::shared_ptr<const std::vector<GuidEntry>> m_dataByGuid; ///< data backups with a GUID, sorted
    mutable std::shared_ptr<const std::vector<std::vector<Position>>> m_basesByFile; ///< per file, by start
    struct LogRanges
    {
        std::vector<Position> byFirst; ///< log backups with both LSNs, by firstLsn (list order among equals)
        std::vector<Lsn> maxLast;       ///< maxLast[k]: the greatest lastLsn of byFirst[0..k]
    };
    mutable std::shared_ptr<const LogRanges> m_logRanges;
    mutable std::shared_ptr<const std::vector<Position>> m_logsByLastLsn; ///< logs with a lastLsn, by it (list order among equals)
    const LogRanges &logRanges() const;
    void fillMaxLast(LogRanges &r) const; ///< r.maxLast from r.byFirst
    /// r.maxLast from `old`'s, r.byFirst being old.byFirst without the logs the edit `d` removed.
    void patchMaxLast(LogRanges &r, const LogRanges &old, const BackupListDelta &d) const;
};

} // namespace rd
