// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/domain/backuplistdelta.h"

#include <algorithm>

namespace rd {
namespace {

bool sameChunk(const BackupList &a, qsizetype ka, const BackupList &b, qsizetype kb)
{
    return a.chunk(ka).constData() == b.chunk(kb).constData() && a.chunk(ka).size() == b.chunk(kb).size();
}

} // namespace

BackupListDelta BackupListDelta::between(const BackupList &before, const BackupList &after)
{
    const qsizetype common = std::min(before.size(), after.size());
    bool sharesAny = before.isSharedWith(after);
    // The common prefix: whole shared chunks at the same positions, then backup by backup.
    qsizetype prefix = 0;
    for (qsizetype k = 0; k < before.chunkCount() && k < after.chunkCount() && before.chunkStart(k) == after.chunkStart(k)
                          && sameChunk(before, k, after, k); ++k) {
        prefix = before.chunkStart(k) + before.chunk(k).size();
        sharesAny = true;
    }
    // The common suffix, not overlapping the prefix: shared chunks as far from the end in both.
    qsizetype suffix = 0;
    for (qsizetype kb = before.chunkCount() - 1, ka = after.chunkCount() - 1; kb >= 0 && ka >= 0; --kb, --ka) {
        const qsizetype fromEnd = before.size() - before.chunkStart(kb);
        if (fromEnd != after.size() - after.chunkStart(ka) || !sameChunk(before, kb, after, ka) || fromEnd > common - prefix)
            break;
        suffix = fromEnd;
        sharesAny = true;
    }
    // Unrelated long lists are not compared (a newly loaded history, a re-derived one); short ones
    // are, which costs little and lets a small history's edits reuse as a long one's do.
    if (!sharesAny && std::max(before.size(), after.size()) > 4 * BackupList::ChunkSize)
        return {0, before.size(), after.size(), true};
    while (prefix < common - suffix && before[prefix] == after[prefix])
        ++prefix;
    while (suffix < common - prefix && before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
        ++suffix;
    return {prefix, before.size() - prefix - suffix, after.size() - prefix - suffix, false};
}

} // namespace rd
