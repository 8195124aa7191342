// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/simulation/rollforwardfix.h"

#include "model/domain/plansteps.h"
#include "model/findings/listtext.h"
#include "model/simulation/historyindex.h"

#include <QCoreApplication>

namespace rd {
namespace {

/// Translation context for this file's messages (lupdate reads Tr::tr calls).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RollForwardFix)
};

/// The usable log backup holding `lsn` (first ≤ lsn < last), a regular one rather than a copy-only one.
const Backup *logHolding(const HistoryIndex &index, const Lsn &lsn)
{
    const Backup *found = nullptr;
    for (qsizetype k : index.logsHolding(lsn)) { // in list order
        const Backup &b = index.backups()[k];
        if (!b.failed && !b.damaged && (!found || (found->copyOnly && !b.copyOnly)))
            found = &b;
    }
    return found;
}

} // namespace

RollForwardFix RollForwardFix::make(const HistoryIndex &index, const Plan &plan, int i, const Lsn &from, const Lsn &to)
{
    if (i < 0 || i >= plan.steps.size() || from.isNull() || !(from < to))
        return {};
    RollForwardFix fix;
    QList<PlanStep> steps;
    for (Lsn at = from; at < to;) {
        const Backup *l = logHolding(index, at);
        if (!l)
            return {};
        steps << PlanSteps::restoreOf(*l, RecoveryOption::NoRecovery);
        fix.logs << l->id;
        at = l->lastLsn;
    }
    const PlanStep &recovering = plan.steps[i];
    const QString list = ListText::summarized(fix.logs);
    if (recovering.backup.isEmpty()) {
        fix.edit = ProjectEdit::insertAll(i, steps);
        fix.text = Tr::tr("Restore %1 WITH NORECOVERY before step %2.").arg(list).arg(i + 1);
        return fix;
    }
    // Step i was applied before it recovered: the logs go after it. Log restores of the chain that
    // already follow it are kept; a recovery-only step after them recovers, else the last log does.
    int at = i + 1;
    qsizetype kept = 0;
    while (kept < steps.size() && at < plan.steps.size() && plan.steps[at].statement == StepStatement::RestoreLog
           && plan.steps[at].backup == steps[kept].backup) {
        ++at;
        ++kept;
    }
    const bool recoversNext = at < plan.steps.size() && plan.steps[at].isRestore() && plan.steps[at].backup.isEmpty()
        && plan.steps[at].effectiveRecovery() == RecoveryOption::Recovery;
    const QList<PlanStep> missing = steps.mid(kept);
    fix.logs = fix.logs.mid(kept);
    const QString missingList = ListText::summarized(fix.logs);
    PlanStep held = recovering;
    held.recovery = RecoveryOption::NoRecovery;
    QList<ProjectEdit> edits{ProjectEdit::replace(i, held)};
    if (!missing.isEmpty()) {
        QList<PlanStep> inserted = missing;
        if (!recoversNext)
            inserted.last().recovery = RecoveryOption::Recovery; // the last log recovers instead of step i
        edits << ProjectEdit::insertAll(at, inserted);
        fix.text = recoversNext ? Tr::tr("Use NORECOVERY on step %1 and restore %2 WITH NORECOVERY after step %3.")
                                      .arg(i + 1).arg(missingList).arg(at)
                   : missing.size() == 1 ? Tr::tr("Use NORECOVERY on step %1 and restore %2 after step %3, WITH RECOVERY.")
                                               .arg(i + 1).arg(missingList).arg(at)
                                         : Tr::tr("Use NORECOVERY on step %1 and restore %2 after step %3; the last one "
                                                  "recovers.").arg(i + 1).arg(missingList).arg(at);
    } else if (recoversNext) {
        fix.text = Tr::tr("Use NORECOVERY on step %1: the log restores after it reach %2, and step %3 recovers.")
                       .arg(i + 1).arg(list).arg(at + 1);
    } else {
        PlanStep last = plan.steps[at - 1];
        last.recovery = RecoveryOption::Recovery;
        edits << ProjectEdit::replace(at - 1, last);
        fix.text = Tr::tr("Use NORECOVERY on step %1 and recover with step %2 instead.").arg(i + 1).arg(at);
    }
    fix.edit = ProjectEdit::composite(edits);
    return fix;
}

const RollForwardFix &RollForwardFixes::make(int i, const Lsn &from, const Lsn &to)
{
    const QString key = QStringLiteral("%1 %2 %3").arg(i).arg(from.toString(), to.toString());
    auto it = m_made.constFind(key);
    if (it == m_made.cend())
        it = m_made.insert(key, RollForwardFix::make(m_index, m_plan, i, from, to));
    return *it;
}

} // namespace rd
