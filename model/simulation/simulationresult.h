// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/lsn.h"
#include "model/findings/diagnostic.h"
#include "model/simulation/dataaccess.h"
#include "model/simulation/memoryoptimizedload.h"
#include "model/simulation/restoringpage.h"
#include "model/simulation/states.h"

#include <QDateTime>
#include <QList>
#include <QPair>

#include <optional>

namespace rd {

/// What SQL Server does with one statement of a plan: runs it, or refuses it (an error, and the
/// statement changes nothing: the states after it are those before it).
struct StepOutcome
{
    QString refusedBy; ///< the rule under which the statement is refused (e.g. "R-MOD-002"); empty = applied

    bool refused() const { return !refusedBy.isEmpty(); }
    static StepOutcome applied() { return {}; }
    static StepOutcome refusal(const QString &rule) { return {rule}; }
    bool operator==(const StepOutcome &) const = default;
};

/// The simulated state after one step (or before the first: step == -1).
struct StepState
{
    int step = -1;
    StepOutcome outcome; ///< whether this step's statement ran; a refused one changed nothing
    DatabaseState database = DatabaseState::Online;
    /// Every filegroup of the layout, in layout order, with its state (the worst of its files).
    QList<QPair<QString, FileState>> filegroups;
    QList<DataAccess> access; ///< per filegroup, same order: can its data be read or written now (§4)
    Lsn redoLsn;           ///< where roll-forward stands: min redo start LSN of the restoring files, or the LSN recovered to
    QDateTime pointInTime; ///< the time the restored data has reached (invalid = not known)
    bool pointInTimeIsStop = false; ///< true when pointInTime comes from a STOPAT rather than a backup's finish
    /// Pages a page restore has put in RESTORING, by file ID then page ID (PageRestore); only they are offline.
    QList<RestoringPage> pagesRestoring;
    /// R-MOD-004: set on a step whose recovery (T-DB-8, or SET ONLINE) brings the database up with
    /// the memory-optimized filegroup online: that data is loaded into memory first.
    std::optional<MemoryOptimizedLoad> memoryOptimizedLoad;

    FileState filegroupState(const QString &name) const; ///< case-insensitive; Online if unknown
};

/// A plan run step by step: the states and the findings that depend on them.
struct SimulationResult
{
    StepState initial;          ///< before the first step
    QList<StepState> steps;     ///< one per plan step, the state after it
    QList<Diagnostic> diagnostics;
};

} // namespace rd
