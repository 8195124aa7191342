// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/cli/planleftout.h"

#include "model/domain/plantime.h"

namespace rd::cli {

QStringList PlanLeftOut::lines(const HistoryIndex &index, const PlanExplanation &explanation)
{
    QStringList out;
    const BackupList &backups = index.backups();
    qsizetype runStart = -1, runEnd = -1, runCount = 0;
    QString runReason;
    const auto flush = [&] {
        if (runCount == 0)
            return;
        const Backup &a = backups[runStart], &b = backups[runEnd];
        if (runCount == 1)
            out << tr("%1 (%2, %3): %4").arg(a.id, toString(a.type), PlanTime::toString(a.finish.isValid() ? a.finish : a.start),
                                             runReason);
        else
            out << tr("%n %1 backups, %2 … %3: %4", nullptr, int(runCount))
                       .arg(toString(a.type), a.id, b.id, runReason);
        runCount = 0;
    };
    for (qsizetype i = 0; i < backups.size(); ++i) {
        const Backup &b = backups[i];
        if (explanation.uses(b.id))
            continue;
        const QString reason = explanation.reasonNotUsed(index, b.id);
        if (runCount > 0 && reason == runReason && backups[runStart].type == b.type) {
            runEnd = i;
            ++runCount;
            continue;
        }
        flush();
        runStart = runEnd = i;
        runCount = 1;
        runReason = reason;
    }
    flush();
    return out;
}

} // namespace rd::cli
