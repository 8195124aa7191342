// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/analysis/historyanalysis.h"

namespace rd {

HistoryAnalysis::HistoryAnalysis(const Project &project, const HistoryAnalysis *previous)
    : m_index(project, previous ? &previous->m_index : nullptr), m_findings(HistoryFindings::check(m_index, project, previous ? &previous->m_index : nullptr,
                                                                     previous ? &previous->m_findings : nullptr)),
      m_restored(m_findings.restoredOf(project)),
      // The report reads the history alone: a new analysis for the plans' sake keeps it.
      m_health(previous && previous->m_index.isFor(project) ? previous->m_health : std::make_shared<ChainHealthSlot>())
{
}

const ChainHealth &HistoryAnalysis::chainHealth() const
{
    if (!m_health->report)
        m_health->report = ChainHealth::build(m_index);
    return *m_health->report;
}

} // namespace rd
