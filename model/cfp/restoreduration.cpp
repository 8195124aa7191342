// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/cfp/restoreduration.h"

namespace rd {

RestoreDuration RestoreDuration::of(const HistoryIndex &index, const Plan &plan, const SimulationResult &simulation,
                                    qint64 bytesPerSecond, std::optional<qint64> memoryOptimizedBytes)
{
    const double rate = double(bytesPerSecond > 0 ? bytesPerSecond : DefaultBytesPerSecond);
    RestoreDuration out;
    double end = 0;
    bool endKnown = true;
    for (const StepState &state : simulation.steps) {
        StepDuration d;
        d.step = state.step;
        const PlanStep step = plan.steps.value(state.step);
        if (!state.outcome.refused() && !step.backup.isEmpty()) {
            const Backup *backup = index.backup(step.backup);
            d.bytes = backup ? backup->sizeBytes : 0;
            d.known = d.bytes > 0;
            d.readSeconds = double(d.bytes) / rate;
        }
        if (const auto &load = state.memoryOptimizedLoad) {
            if (memoryOptimizedBytes) {
                const bool timeKnown = load->bytesPerSecond > 0;
                if (timeKnown)
                    d.loadSeconds = double(*memoryOptimizedBytes) / double(load->bytesPerSecond);
                d.known = d.known && timeKnown;
            } else {
                if (load->timeKnown())
                    d.loadSeconds = load->seconds();
                d.known = d.known && load->timeKnown() && load->unsizedContainers == 0;
            }
        }
        end += d.seconds();
        endKnown = endKnown && d.known;
        d.endSeconds = end;
        d.endKnown = endKnown;
        out.steps.append(d);
    }

    for (qsizetype g = 0; g < simulation.initial.filegroups.size(); ++g) {
        FilegroupOnline f;
        f.filegroup = simulation.initial.filegroups[g].first;
        const auto readable = [g](const StepState &s) { return s.access.value(g, DataAccess::None) != DataAccess::None; };
        f.online = simulation.steps.isEmpty() ? readable(simulation.initial) : readable(simulation.steps.constLast());
        // The last step after which it turned readable; none when it was readable throughout.
        bool before = readable(simulation.initial);
        for (qsizetype i = 0; i < simulation.steps.size(); ++i) {
            const bool now = readable(simulation.steps[i]);
            if (now && !before) {
                f.step = int(i);
                f.seconds = out.steps[i].endSeconds;
                f.known = out.steps[i].endKnown;
            }
            before = now;
        }
        if (!f.online) {
            f.step = -1;
            f.seconds = 0;
        }
        out.filegroups.append(f);
    }
    return out;
}

} // namespace rd
