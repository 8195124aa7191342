#include "model/planner/logchainwalk.h"

#include "model/analysis/backupusability.h"

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
                                        const QString &fork, const QString &targetFork)
{
    Result r;
    r.end = from;
    r.fork = fork;
    const BackupList &backups = index.backups();
    while (!r.end.isNull()) {
        qsizetype best = -1;
        for (qsizetype i : index.logsHolding(r.end)) {
            const Backup &l = backups[i];
            if (follows(l, r.end, r.fork) && (best < 0 || better(l, backups[best], r.fork, targetFork)))
                best = i;
        }
        if (best < 0)
            break;
        const Backup &l = backups[best];
        r.logs.push_back(best);
        r.end = l.lastLsn;
        if (!BackupUsability::endFork(l).isEmpty())
            r.fork = BackupUsability::endFork(l);
        if (goal.reachedBy(l)) {
            r.reached = true;
            break;
        }
    }
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
