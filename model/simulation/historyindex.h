#pragma once

#include "model/simulation/filecatalog.h"
#include "model/simulation/timelinehistory.h"

#include <memory>
#include <optional>
#include <vector>

namespace rd {

/// What the analysis needs to know about one version of a project's history (layout, events and
/// backups), computed once and shared while that history does not change: the backups with derived
/// LSNs, the file catalog and timeline, each backup's scope, and the lookups behind the
/// differential-base rule (R-DIFF-001, C-3). Re-validating a plan after an edit then does not
/// rescan a history of 100,000 backups (issue 3, item 8).
///
/// of() reuses a recent index when the project's backups are the very same list data and its
/// layout and events are equal. The index keeps a copy of the list, which shares its data: any
/// change to the project's list detaches it (implicit sharing), so a changed history is always
/// seen as a new one. The lookups are built on first use. One thread's indexes are its own.
class HistoryIndex
{
public:
    /// The index of `project`'s history: a recent one if it still applies, else a new one.
    static std::shared_ptr<const HistoryIndex> of(const Project &project);
    /// A recent index of `project`'s history, or null (never builds one).
    static std::shared_ptr<const HistoryIndex> find(const Project &project);
    /// Forgets this thread's recent indexes and the other lookups kept per version of a history
    /// (FileCatalog's layouts, Project's backup id indexes), which keep those versions alive: when
    /// another project is opened, freeing them then rather than during a later analysis.
    static void releaseCaches();

    /// `compute()`, run once per version of `project`'s history: for results that depend only on
    /// its layout, events and backups (not on a plan, the environment or the description), such as
    /// the findings of a check of the backup history. Each call site keeps its own last result, so
    /// re-validating after a plan-only edit does not run the check again. Example:
    ///     out += HistoryIndex::once(project, [&] { return checkHistory(project); });
    template<typename F>
    static auto once(const Project &project, F compute) -> decltype(compute())
    {
        thread_local std::weak_ptr<const HistoryIndex> computedFor; // per call site: F is its lambda
        thread_local decltype(compute()) result;
        const std::shared_ptr<const HistoryIndex> index = of(project);
        if (computedFor.lock() != index) {
            result = compute();
            computedFor = index;
        }
        return result;
    }

    explicit HistoryIndex(const Project &project);
    HistoryIndex(const HistoryIndex &) = delete;
    HistoryIndex &operator=(const HistoryIndex &) = delete;

    /// Whether this index describes `project`'s current history.
    bool isFor(const Project &project) const;

    /// The project's backups, in its order, with missing LSNs derived (LsnDerivation).
    const QList<Backup> &backups() const { return m_backups; }
    const FileCatalog &catalog() const { return m_catalog; }
    const TimelineHistory &history() const { return m_history; }

    /// The position of `b` in backups() if it is one of its elements (not a copy), else -1.
    qsizetype position(const Backup &b) const;
    /// RestoreScope::ofBackup of backups()[i], computed once.
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
    /// Log backups with both LSNs, as positions in backups(), by firstLsn (list order among equals).
    const std::vector<qsizetype> &logsByFirstLsn() const { return logRanges().byFirst; }
    /// The first position in logsByFirstLsn() from which a log may end after `lsn`: every log
    /// before it ends at or before `lsn`, so it cannot carry a roll-forward past `lsn`.
    qsizetype firstLogEndingAfter(const Lsn &lsn) const;
    /// The earliest start after `after` of a regular full, partial or file backup that did not
    /// fail and holds one of `files` (it resets their differential base); invalid if none.
    QDateTime nextDataBackupHolding(const FileCatalog::FileSet &files, const QDateTime &after) const;

private:
    Project m_source; ///< what the index describes: layout, events, backups as given (no plans)
    QList<Backup> m_backups;
    FileCatalog m_catalog;
    TimelineHistory m_history;
    mutable std::vector<std::optional<FileCatalog::FileSet>> m_scopes;
    const std::vector<qsizetype> &basesOf(int file) const;

    mutable std::optional<QHash<QString, QList<qsizetype>>> m_dataByLsn;      ///< LSN digits → backups
    mutable std::optional<QHash<QString, qsizetype>> m_dataByGuid;            ///< case-folded GUID → first
    mutable std::optional<std::vector<std::vector<qsizetype>>> m_basesByFile; ///< per file, by start
    struct LogRanges
    {
        std::vector<qsizetype> byFirst; ///< log backups with both LSNs, by firstLsn (list order among equals)
        std::vector<Lsn> maxLast;       ///< maxLast[k]: the greatest lastLsn of byFirst[0..k]
    };
    mutable std::optional<LogRanges> m_logRanges;
    mutable std::optional<QHash<QString, qsizetype>> m_logByLastLsn; ///< LSN digits → last log ending there
    const LogRanges &logRanges() const;
};

} // namespace rd
