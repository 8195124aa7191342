// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/document/projectdocument.h"

namespace rd {

ProjectDocument::ProjectDocument(QObject *parent) : QObject(parent)
{
    m_prepare.setSingleShot(true);
    m_prepare.setInterval(0);
    // Prepares the current analysis: during a drag only the last one matters.
    connect(&m_prepare, &QTimer::timeout, this, [this] {
        m_analysis->index().prepareLookups();
        m_analysis->history().prepareChainHealth(); // the Chain Health dock reads it, once idle
    });
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
    m_analysis = ProjectAnalysis::build(m_project); // from scratch: nothing of the last project applies
    prepareWhenIdle();
    m_undoStack.setClean();
    emit filePathChanged(m_filePath);
    notify(DocumentChange::everything());
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

void ProjectDocument::applyEdit(const Project &project, const DocumentChange &change)
{
    m_project = project;
    reanalyze();
    notify(change);
}

void ProjectDocument::notify(const DocumentChange &change)
{
    emit contentChanged(change); // the selection first (ViewState), by design
    emit changed(change);
}

void ProjectDocument::reanalyze()
{
    std::shared_ptr<const ProjectAnalysis> previous = std::move(m_analysis);
    m_analysis = ProjectAnalysis::build(m_project, previous.get());
    if (!previous || !m_analysis->sharesHistoryWith(*previous))
        prepareWhenIdle();
}

void ProjectDocument::prepareWhenIdle()
{
    m_prepare.start(); // restarted by each edit of a drag: prepared once the drag pauses
}

} // namespace rd
