// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/backuplist.h"

namespace rd {

/// What an edit changed between two versions of a list of backups, as one window: the backups
/// [at, at + removed) of the list before became [at, at + added) of the list after; every backup
/// before `at` is the same, and every backup after the window is the same, `shift()` positions
/// further on. A move or a change of one backup is one removed and one added at its position; a
/// deletion one removed; an undone deletion one added.
///
/// Found by comparing the two lists: chunks both share (BackupList) are skipped unread, so the
/// usual edit, which copied one chunk, costs O(chunks + ChunkSize). Long lists that share no chunk
/// are not read at all: the window is then both whole lists (`isEverything()`).
struct BackupListDelta
{
    qsizetype at = 0;
    qsizetype removed = 0;
    qsizetype added = 0;
    bool everything = false; ///< the lists share nothing: nothing of the one before may be reused

    static BackupListDelta between(const BackupList &before, const BackupList &after);

    bool isEverything() const { return everything; }
    qsizetype shift() const { return added - removed; }
    /// Where the backup at position `p` of the list before is in the list after; -1 if the edit
    /// removed or replaced it.
    qsizetype moved(qsizetype p) const { return p < at ? p : p >= at + removed ? p + shift() : -1; }
};

} // namespace rd
