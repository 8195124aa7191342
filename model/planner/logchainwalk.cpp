// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/planner/logchainwalk.h"

#include "model/analysis/backupusability.h"

#include <algorithm>

namespace rd {
namespace {

/// A log that may follow at `at` on `fork`: restorable, on that fork, and, when it leaves the fork,
/// not after the data passed the fork point (R-LOG-009).
bool follows(const Backup &l, const Lsn &at, const QString &fork)
{
    if (!BackupUsability::usable(l) || !BackupUsability::sameFork(l.recoveryForkId, fork))
        return false;
    const bool leaves = !BackupUsability::sameFork(l.recoveryForkId, BackupUsability::endFork(l));
    return !leaves || l.forkPointLsn.isNull() || !(l.forkPointLsn < at);
}

/// Orders two candidates: true when `a` is the better next link.
bool better(const Backup &a, const Backup &b, const QString &fork, const QString &targetFork)
{
    const auto heads = [&](const Backup &l) {
        const bool leaves = !BackupUsability::sameFork(l.recoveryForkId, BackupUsability::endFork(l));
        const bool onTarget = BackupUsability::sameFork(fork, targetFork);
        return leaves != onTarget; // stay on the target's fork; leave any other
    };
    if (heads(a) != heads(b))
        return heads(a);
    if (a.copyOnly != b.copyOnly)
        return !a.copyOnly; // R-LOG-007: the regular chain first
    return b.lastLsn < a.lastLsn;
}

} // namespace

LogChainWalk::Result LogChainWalk::walk(const HistoryIndex &index, const PlanGoal &goal, const Lsn &from,
                                        const QString &fork, const Lsn &endLsn, const QString &targetFork, Memo &memo)
{
    const BackupList &backups = index.backups();
    struct Frame
    {
        Lsn at;
        QString fork;
        std::vector<qsizetype> candidates; ///< best first
        size_t next = 0;
    };
    const auto atEnd = [&](const Lsn &at, const QString &f) {
        return goal.isEndOfLog() && (endLsn.isNull() || (!(at < endLsn) && BackupUsability::sameFork(f, targetFork)));
    };
    const auto frame = [&](const Lsn &at, const QString &f) {
        Frame fr{at, f, {}, 0};
        for (qsizetype i : index.logsHolding(at))
            if (follows(backups[i], at, f))
                fr.candidates.push_back(i);
        std::stable_sort(fr.candidates.begin(), fr.candidates.end(), [&](qsizetype a, qsizetype b) {
            return better(backups[a], backups[b], f, targetFork);
        });
        return fr;
    };
    const auto key = [](const Lsn &at, const QString &f) { return at.toString() + u'/' + f.toCaseFolded(); };

    Result r;
    r.end = from;
    r.fork = fork;
    if (from.isNull())
        return r;
    if (atEnd(from, fork)) {
        r.reached = true;
        return r;
    }
    std::vector<Frame> stack;
    stack.push_back(frame(from, fork));
    while (!stack.empty()) {
        Frame &top = stack.back();
        if (top.next == top.candidates.size()) { // a dead end: remember it and back up
            memo.insert(key(top.at, top.fork));
            stack.pop_back();
            if (!r.logs.empty() && !stack.empty())
                r.logs.pop_back();
            continue;
        }
        const Backup &l = backups[top.candidates[top.next++]];
        const qsizetype position = index.position(l);
        const QString &next = BackupUsability::endFork(l).isEmpty() ? top.fork : BackupUsability::endFork(l);
        if (r.end < l.lastLsn) { // the furthest point seen, for the message when nothing reaches
            r.end = l.lastLsn;
            r.fork = next;
        }
        if (goal.reachedBy(l) || atEnd(l.lastLsn, next)) {
            r.logs.push_back(position);
            r.end = l.lastLsn;
            r.fork = next;
            r.reached = true;
            return r;
        }
        if (memo.contains(key(l.lastLsn, next)))
            continue;
        r.logs.push_back(position);
        stack.push_back(frame(l.lastLsn, next));
    }
    r.logs.clear();
    return r;
}

QString LogChainWalk::whyBroken(const HistoryIndex &index, const Lsn &at, const QString &fork)
{
    for (qsizetype i : index.logsHolding(at)) {
        const Backup &l = index.backups()[i];
        if (BackupUsability::sameFork(l.recoveryForkId, fork) && !BackupUsability::usable(l))
            return tr("log backup %1, which holds LSN %2, cannot be restored: %3")
                .arg(l.id, at.toString(), BackupUsability::whyUnusable(l));
    }
    return tr("no log backup holds LSN %1: the log chain has a gap there").arg(at.toString());
}

} // namespace rd
