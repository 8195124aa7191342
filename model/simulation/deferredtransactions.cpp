// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/simulation/deferredtransactions.h"

#include "model/domain/plansteps.h"
#include "model/domain/plantime.h"
#include "model/simulation/restorescope.h"
#include "model/simulation/simulationstate.h"

#include <QCoreApplication>

#include <algorithm>

namespace rd {
namespace {

/// Translation context for this file's messages (lupdate reads Tr::tr calls).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DeferredTransactions)
};

} // namespace

bool DeferredTransactions::openAt(const TimelineEvent &e, const QDateTime &point)
{
    if (!point.isValid()) // the end of the log: open if it never committed
        return !e.until.isValid();
    return e.at <= point && (!e.until.isValid() || point < e.until);
}

int DeferredTransactions::resolvingStep(const SimulationState &s, int i, int g)
{
    const QString &name = s.m_project.database.filegroups[g].name;
    const FileCatalog::FileSet files = s.m_catalog.filesOfFilegroup(g);
    for (int k = i + 1; k < s.m_plan.steps.size(); ++k) {
        const PlanStep &st = s.m_plan.steps[k];
        if (st.statement == StepStatement::RemoveFilegroup && st.filegroups.contains(name, Qt::CaseInsensitive))
            return k;
        if (st.statement != StepStatement::RestoreDatabase)
            continue;
        const Backup *b = st.backup.isEmpty() ? nullptr : s.backup(st.backup);
        if (RestoreScope::ofStep(s.m_index, st, b).intersects(files))
            return k;
    }
    return -1;
}

void DeferredTransactions::atStage1Recovery(SimulationState &s, int i, int partial)
{
    QList<int> touched;
    QHash<int, QDateTime> since;
    for (const TimelineEvent &e : s.m_project.events) {
        if (e.kind != EventKind::OpenTransaction || !openAt(e, s.m_pointInTime))
            continue;
        for (const QString &name : e.filegroups) {
            const int g = int(s.m_project.database.filegroupIndex(name));
            if (g < 0 || touched.contains(g))
                continue;
            bool offline = false; // left out of stage 1; a DEFUNCT filegroup releases its transactions
            for (int f : s.m_catalog.filesOfFilegroup(g)) {
                const FileState st = s.m_files[f].state;
                offline |= st == FileState::RecoveryPending || st == FileState::Offline || st == FileState::Suspect;
            }
            if (offline) {
                touched << g;
                since.insert(g, e.at);
            }
        }
    }
    std::sort(touched.begin(), touched.end());
    const Edition edition = s.m_project.database.edition;
    const RecoveryModel model = s.m_history.recoveryModelAt(s.recoveryPoint());
    const bool deferrable = supportsOnlineRestore(edition) && model != RecoveryModel::Simple;
    const QString &db = s.m_project.database.name;
    const PlanStep &first = s.m_plan.steps[partial];
    const Backup *base = s.backup(first.backup);
    for (int g : std::as_const(touched)) {
        const QString fg = s.filegroupName(g);
        const QString when = PlanTime::toString(since.value(g));
        if (!deferrable) {
            // R-DEF-002 (C-7): the documents show deferral only on Enterprise under FULL/BULK_LOGGED.
            const bool baseHolds = base && RestoreScope::ofBackup(s.m_index, *base)
                                               .contains(s.m_catalog.filesOfFilegroup(g));
            const PlanStep fixed = PlanSteps::withFilegroupToggled(first, fg, true);
            s.report(i, QStringLiteral("R-DEF-002"), Severity::Error,
                     Tr::tr("On %1 with %2 recovery, recovering stage 1 at step %3 while %4 is offline makes database "
                            "startup fail: a transaction open since %5 touched %4, and transactions are only deferred on "
                            "Enterprise under FULL or BULK_LOGGED (low confidence: verify on a test server, C-7).")
                         .arg(toString(edition), toString(model)).arg(i + 1).arg(fg, when),
                     {}, fg,
                     Tr::tr("Restore %1 in stage 1 (add it to the FILEGROUP list of step %2), or recover to a point where "
                            "no transaction touching %1 is open.").arg(fg).arg(partial + 1),
                     baseHolds ? ProjectEdit::replace(partial, fixed) : ProjectEdit{});
            continue;
        }
        s.report(i, QStringLiteral("R-PIECE-013"), Severity::Warning,
                 Tr::tr("Recovering stage 1 at step %1 defers the transaction open since %2 that touched %3: its locks "
                        "stay held and the log of %4 cannot truncate until %3 is restored (or removed).")
                     .arg(i + 1).arg(when, fg, db),
                 {}, fg, Tr::tr("Restore %1 soon after step %2.").arg(fg).arg(i + 1));
        if (resolvingStep(s, i, g) < 0) {
            // The fix: a later stage that restores it from the latest backup holding it (R-PIECE-011 then
            // says which log backups bring it to the stage-1 point).
            const Backup *holder = s.latestBackupHolding(s.m_catalog.filesOfFilegroup(g));
            PlanStep restore;
            restore.backup = holder ? holder->id : QString();
            restore.filegroups = {fg};
            restore.recovery = RecoveryOption::Recovery;
            s.report(i, QStringLiteral("R-DEF-003"), Severity::Warning,
                     Tr::tr("Deferred transactions on %1 keep the log of %2 from truncating, and this plan never restores "
                            "%1: plan the restore of %1 soon (removing it instead makes it DEFUNCT).").arg(fg, db),
                     {}, fg,
                     holder ? Tr::tr("Insert RESTORE DATABASE … FILEGROUP = %1 FROM %2 WITH RECOVERY after step %3.")
                                  .arg(fg, holder->id).arg(i + 1)
                            : Tr::tr("Add a restore of %1 after step %2 (the history has no backup of it: take one).")
                                  .arg(fg).arg(i + 1),
                     holder ? ProjectEdit::insert(i + 1, restore) : ProjectEdit{});
        }
    }
}

} // namespace rd
