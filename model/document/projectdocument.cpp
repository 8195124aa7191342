#include "model/document/projectdocument.h"

#include "model/rules/planvalidator.h"
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
    m_diagnostics.clear();
    m_simulations.clear();
    for (const Plan &plan : std::as_const(m_project.plans)) {
        m_simulations.append(RestoreSimulator::simulate(m_project, plan));
        m_diagnostics.append(PlanValidator::validate(m_project, plan, m_simulations.last()));
    }
}

} // namespace rd
