#include "model/analysis/historyanalysis.h"

namespace rd {

HistoryAnalysis::HistoryAnalysis(const Project &project, const HistoryAnalysis *previous)
    : m_index(project, previous ? &previous->m_index : nullptr), m_findings(HistoryFindings::check(m_index, project, previous ? &previous->m_index : nullptr,
                                                                     previous ? &previous->m_findings : nullptr)),
      m_restored(m_findings.restoredOf(project))
{
}

} // namespace rd
