#include "model/analysis/historyanalysis.h"

namespace rd {

HistoryAnalysis::HistoryAnalysis(const Project &project)
    : m_index(project), m_findings(HistoryFindings::check(m_index, project))
{
}

} // namespace rd
