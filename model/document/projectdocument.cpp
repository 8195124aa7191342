#include "model/document/projectdocument.h"

#include "model/rules/planvalidator.h"
#include "model/simulation/historyindex.h"
#include "model/simulation/restoresimulator.h"

namespace rd {

ProjectDocument::ProjectDocument(QObject *parent) : QObject(parent)
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
    reanalyze();
}

ProjectDocument::~ProjectDocument()
{
    // ~QUndoStack emits cleanChanged; by then our owner (e.g. a window) may be half destroyed.
    m_undoStack.disconnect(this);
}

void ProjectDocument::reset(const Project &project, const QString &filePath)
{
    m_undoStack.clear();
    m_project = project;
    m_filePath = filePath;
    // What was kept for the previous project's histories is useless now: free it here, not in
    // the middle of a later analysis (HistoryIndex), and analyse the new one from scratch.
    m_analysed = Project();
    HistoryIndex::releaseCaches();
    reanalyze();
    m_undoStack.setClean();
    emit filePathChanged(m_filePath);
    emit changed(ChangeKind::All);
    emit modifiedChanged(false);
}

void ProjectDocument::markSaved(const QString &filePath)
{
    if (filePath != m_filePath) {
        m_filePath = filePath;
        emit filePathChanged(m_filePath);
    }
    m_undoStack.setClean();
}

const QList<Diagnostic> &ProjectDocument::diagnostics(int planIndex) const
{
    static const QList<Diagnostic> none;
    return planIndex >= 0 && planIndex < m_diagnostics.size() ? m_diagnostics[planIndex] : none;
}

const SimulationResult &ProjectDocument::simulation(int planIndex) const
{
    static const SimulationResult none;
    return planIndex >= 0 && planIndex < m_simulations.size() ? m_simulations[planIndex] : none;
}

int ProjectDocument::errorCount(int planIndex) const
{
    int n = 0;
    for (const Diagnostic &d : diagnostics(planIndex))
        n += d.severity == Severity::Error;
    return n;
}

void ProjectDocument::applyEdit(const Project &project, Changes changes)
{
    m_project = project;
    reanalyze();
    emit changed(changes);
}

void ProjectDocument::reanalyze()
{
    // A plan's findings and states depend on that plan and on the rest of the project but the other
    // plans: layout, environment, events, backups. While those are the same (the backups compared
    // as list data, which m_analysed shares: an edit of them detaches the list), a plan equal to one
    // analysed before keeps its results, so a plan-only edit re-analyses only the edited plan. What
    // the validator and simulator compute about the history itself is reused the same way
    // (HistoryIndex, HistoryChecks), so that edit does not rescan the backups either.
    const bool sameHistory = m_project.backups.constData() == m_analysed.backups.constData()
        && m_project.backups.size() == m_analysed.backups.size() && m_project.database == m_analysed.database
        && m_project.environment == m_analysed.environment && m_project.events == m_analysed.events;
    QList<QList<Diagnostic>> diagnostics;
    QList<SimulationResult> simulations;
    for (qsizetype i = 0; i < m_project.plans.size(); ++i) {
        const Plan &plan = m_project.plans[i];
        qsizetype before = -1;
        if (sameHistory)
            before = i < m_analysed.plans.size() && m_analysed.plans[i] == plan ? i : m_analysed.plans.indexOf(plan);
        if (before >= 0) {
            simulations.append(m_simulations[before]);
            diagnostics.append(m_diagnostics[before]);
            continue;
        }
        simulations.append(RestoreSimulator::simulate(m_project, plan));
        diagnostics.append(PlanValidator::validate(m_project, plan, simulations.last()));
    }
    m_simulations = std::move(simulations);
    m_diagnostics = std::move(diagnostics);
    m_analysed = m_project;
}

} // namespace rd
