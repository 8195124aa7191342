#include "model/rules/checkcontext.h"

#include "model/simulation/restorescope.h"

namespace rd {

HistorySummary::HistorySummary(const Project &project)
{
    auto note = [this](RecoveryModel m) {
        anySimple |= m == RecoveryModel::Simple;
        anyBulkLogged |= m == RecoveryModel::BulkLogged;
    };
    note(project.database.recoveryModel);
    QDateTime failure;
    bool logDamaged = false;
    for (const TimelineEvent &e : project.events) {
        if (e.kind == EventKind::SetRecoveryModel)
            note(e.recoveryModel);
        if (e.kind == EventKind::Failure && e.at.isValid() && (!failure.isValid() || e.at < failure))
            failure = e.at;
        logDamaged |= e.kind == EventKind::Failure && e.logDamaged;
    }
    // Most of a long history is log backups: for them only the type is read (one cache line of a
    // large struct), unless a damaged log makes their times matter (R-BAK-004).
    for (const Backup &b : project.backups) {
        if (b.type == BackupType::Log) {
            if (logDamaged && failure < b.start)
                afterFailure << &b;
            continue;
        }
        if (b.recoveryModel)
            anySimple |= *b.recoveryModel == RecoveryModel::Simple;
        if (failure.isValid() && failure < b.start)
            afterFailure << &b;
        const bool regular = !b.copyOnly && !b.failed;
        switch (b.type) {
        case BackupType::Full:
            fulls << &b;
            if (regular && (!firstRegularFull.isValid() || b.start < firstRegularFull))
                firstRegularFull = b.start;
            break;
        case BackupType::Partial:
            partials << &b;
            if (regular && (!firstRegularPartial.isValid() || b.start < firstRegularPartial))
                firstRegularPartial = b.start;
            break;
        case BackupType::File:
            files << &b;
            break;
        case BackupType::Differential:
        case BackupType::PartialDifferential:
        case BackupType::FileDifferential:
            differentials << &b;
            break;
        case BackupType::Log:
            break;
        }
    }
}

QList<int> CheckContext::filegroupsRestored(const PlanStep &s) const
{
    return catalog.filegroupsOf(RestoreScope::ofStep(index, s, backupOf(s)));
}

} // namespace rd
