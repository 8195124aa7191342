// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/analysis/projectanalysis.h"
#include "model/document/documentchange.h"

#include <QObject>
#include <QTimer>
#include <QUndoStack>

namespace rd {

/// The open project: its content, its undo stack and its live analysis.
///
/// Data flows one way: every edit is a ProjectEdit, pushed on undoStack() as an EditCommand
/// (model/commands/); the command changes the project, the document then rebuilds the analysis
/// the edit invalidated (ProjectAnalysis::build) and emits changed(); views repaint from project()
/// and analysis() and never compute analysis themselves. "Modified" is derived from the undo stack's clean state.
class ProjectDocument : public QObject
{
    Q_OBJECT
public:
    explicit ProjectDocument(QObject *parent = nullptr);
    ~ProjectDocument() override;

    const Project &project() const { return m_project; }
    QUndoStack *undoStack() { return &m_undoStack; }

    /// Replaces the whole project (open, new): clears the undo history, marks it unmodified.
    void reset(const Project &project, const QString &filePath = {});
    QString filePath() const { return m_filePath; }
    /// After a successful save: remembers the path and marks the current state as clean.
    void markSaved(const QString &filePath);
    bool isModified() const { return !m_undoStack.isClean(); }

    /// The analysis of the current project (never null). Rebuilt, as far as an edit invalidates
    /// it, before changed() is emitted.
    const ProjectAnalysis &analysis() const { return *m_analysis; }
    /// Findings for plan `planIndex` (empty for an invalid index).
    const QList<Diagnostic> &diagnostics(int planIndex) const { return m_analysis->plan(planIndex).diagnostics; }
    /// States after each step of plan `planIndex`.
    const SimulationResult &simulation(int planIndex) const { return m_analysis->plan(planIndex).simulation; }
    int errorCount(int planIndex) const { return m_analysis->plan(planIndex).errorCount; }

    /// For commands only: replace the project and announce what changed.
    void applyEdit(const Project &project, const DocumentChange &change);

signals:
    /// The project changed and its analysis was rebuilt. Emitted first, for what the views depend
    /// on but that is not domain data (the selection, ViewState), so that it is consistent with the
    /// new project before any view repaints; never connect painting to it.
    void contentChanged(const rd::DocumentChange &change);
    /// Then, for the views: each updates what `change` touches.
    void changed(const rd::DocumentChange &change);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    void reanalyze();
    /// After the history changed: the history's lookups are built when the event loop is next
    /// idle, so the first edit that needs them does not pay for them (HistoryIndex::prepareLookups).
    void prepareWhenIdle();
    void notify(const DocumentChange &change);

    Project m_project;
    std::shared_ptr<const ProjectAnalysis> m_analysis;
    QTimer m_prepare; ///< single shot, 0 ms: prepareWhenIdle()
    QString m_filePath;
    QUndoStack m_undoStack;
};

} // namespace rd

