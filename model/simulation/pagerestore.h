// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/findings/diagnostic.h"
#include "model/simulation/filecatalog.h"
#include "model/simulation/redotarget.h"
#include "model/simulation/restoringpage.h"

namespace rd {

class SimulationState;

/// Page restore, RESTORE DATABASE … PAGE = 'file:page, …' (docs/relational-databases/backup-restore/
/// restore-pages-sql-server.md): SimulationState calls these hooks; they read and set its registers
/// (friend). The pages of a file go to RESTORING while the file keeps its state; the log backups
/// restored next roll forward "only … database files that contain at least one page that is being
/// recovered", and the pages come online when a recovering step has brought them to the point the
/// rest of the database is at (docs/validation-choices.md, "Page restore").
///
/// Rules: R-FILE-001 (SIMPLE: 4346), R-PAGE-001 (at most 1000 pages per file in a sequence, 3105),
/// R-PAGE-002 (the source, the file's state, read-only data: 3195, 4309, 4310, 4311, 4344),
/// R-ONL-001 (online page restore needs Enterprise), R-ONL-007 (BULK_LOGGED), R-DIFF-001 (a
/// differential of the pages), R-ONL-005 (online: the log backup taken after the pages went offline
/// must be restored), R-FILE-003 / R-FILE-002 (offline: the tail-log backup taken before, restored).
class PageRestore
{
public:
    /// Per data file: the pages in RESTORING (state-model.md keeps no page register; this is it).
    struct Registers
    {
        QList<qint64> pages; ///< sorted, unique; empty = no page restore of the file under way
        int firstStep = -1;  ///< the sequence's first step that restored pages of the file
        int lastStep = -1;   ///< the last one: "the point at which the last restored page is taken offline"
        /// OfflinePoint (online: the lastLsn of the first log backup taken after lastStep) or EndOfLog
        /// (offline: the tail-log backup's lastLsn; offlineStep = its BACKUP LOG step, -1 = the history's).
        RedoTarget target;
        bool logDamaged = false; ///< offline, and a FAILURE lost the log: no tail can exist (R-FILE-004)

        bool restoring() const { return !pages.isEmpty(); }
    };

    /// RESTORE DATABASE step `i` with a PAGE list, from data or differential backup `b`. False: refused,
    /// nothing changes (a problem of the list that PageRestoreChecks reports, R-PAGE-001, or a rule above).
    static bool restorePages(SimulationState &s, int i, const PlanStep &step, const Backup &b);
    /// `step` as LogChain should see it: a page restore rolls the pages' files forward, so they are
    /// named as FILE targets (the PAGE list dropped); any other step unchanged.
    static PlanStep asFileStep(const SimulationState &s, const PlanStep &step);
    /// BACKUP LOG step `i`: the backup holds the offline point of every page restored online before it.
    static void backupLog(SimulationState &s, int i, const PlanStep &step);
    /// At recovering step `i`: true (recovery fails, T-DB-9) if restored pages of `restoring` have not
    /// reached their target (R-ONL-005, R-FILE-002, R-FILE-003).
    static bool holdsBackRecovery(SimulationState &s, int i, const FileCatalog::FileSet &restoring);
    /// Step `i` recovered `restoring`: their pages are online again.
    static void recovered(SimulationState &s, const FileCatalog::FileSet &restoring);
    /// The pages in RESTORING, by file ID then page ID, for the step's snapshot.
    static QList<RestoringPage> restoringPages(const SimulationState &s);

private:
    static bool checkSource(SimulationState &s, int i, const Backup &b, const QList<int> &files);
    static bool checkFiles(SimulationState &s, int i, const Backup &b, const QHash<int, QList<qint64>> &pages);
    static bool rollDifferentialForward(SimulationState &s, int i, const Backup &d,
                                        const QHash<int, QList<qint64>> &pages);
    /// The tail-log backup an offline page restore at step `i` must reach (FileRestore's rule).
    static RedoTarget endOfLog(const SimulationState &s, int i, bool *damaged);
    /// Restoring `log` before the recovery that step `i` attempts: `text` says how; the edit when it is one.
    static ProjectEdit restoreLogFix(const SimulationState &s, int i, const Backup &log, QString *text);
    static QString pageText(const SimulationState &s, int file, const QList<qint64> &pages);
};

} // namespace rd
