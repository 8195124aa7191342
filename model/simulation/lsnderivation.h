// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/project.h"

namespace rd {

/// Designed scenarios often have backups without LSNs. This fills the missing ones from time
/// order, deterministically, so the same LSN-based checks run on designed and imported history.
///
/// Rule (documented in docs/lsn-derivation.md): an LSN is derived from a wall-clock time as
/// `<seconds since 2000-01-01T00:00:00><5-digit slot>`; slot 1 marks a start, slot 2 a finish.
///  - data and differential backups: firstLsn = checkpointLsn = at(start), lastLsn = at(finish);
///  - log backups, in finish order: firstLsn = the previous regular (not copy-only) log backup's
///    lastLsn, or for the first log the firstLsn of the earliest data backup; lastLsn = at(finish).
///    A copy-only log backup does not move the chain on (R-LOG-007).
/// Only missing fields are filled; LSNs given in the file are never changed. Mixing given and
/// derived LSNs in one project is not meaningful (they are on different scales).
namespace LsnDerivation {

/// `backups` with missing LSNs filled in (the same list, shared, when none is missing). An analysis
/// derives them once per version of the history: HistoryIndex::backups().
BackupList derive(const BackupList &backups);
/// The LSN the rule above gives a time and slot (exposed for tests and events without an LSN).
Lsn at(const QDateTime &time, int slot);

} // namespace LsnDerivation
} // namespace rd
