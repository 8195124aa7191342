#pragma once

#include "model/analysis/projectanalysis.h"

#include <QObject>
#include <QUndoStack>

namespace rd {

/// What an edit touched, so views repaint only what changed (typed change notifications).
enum class ChangeKind { Layout = 0x1, Events = 0x2, Backups = 0x4, Plans = 0x8, Description = 0x10, All = 0x1f };
Q_DECLARE_FLAGS(Changes, ChangeKind)

/// The open project: its content, its undo stack and its live analysis.
///
/// Data flows one way: every edit is a QUndoCommand (model/commands/) pushed on undoStack();
/// the command changes the project, the document then rebuilds the analysis the edit invalidated
/// (ProjectAnalysis::build) and emits changed(); views repaint from project() and analysis() and
/// never compute analysis themselves. "Modified" is derived from the undo stack's clean state.
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
    /// it, before changed() is emitted; a view may keep the pointer to compare versions.
    const ProjectAnalysis &analysis() const { return *m_analysis; }
    std::shared_ptr<const ProjectAnalysis> sharedAnalysis() const { return m_analysis; }
    /// Findings for plan `planIndex` (empty for an invalid index).
    const QList<Diagnostic> &diagnostics(int planIndex) const { return m_analysis->plan(planIndex).diagnostics; }
    /// States after each step of plan `planIndex`.
    const SimulationResult &simulation(int planIndex) const { return m_analysis->plan(planIndex).simulation; }
    int errorCount(int planIndex) const { return m_analysis->plan(planIndex).errorCount; }

    /// For commands only: replace the project and announce what changed.
    void applyEdit(const Project &project, Changes changes);

signals:
    /// The project content changed (after the analysis was recomputed).
    void changed(rd::Changes changes);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    void reanalyze();

    Project m_project;
    std::shared_ptr<const ProjectAnalysis> m_analysis;
    QString m_filePath;
    QUndoStack m_undoStack;
};

} // namespace rd

Q_DECLARE_OPERATORS_FOR_FLAGS(rd::Changes)
