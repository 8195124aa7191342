// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QDockWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace rd {

class CfpStateChart;
class ProjectDocument;
struct CfpSnapshot;
struct CfpWorkload;

/// The "Checkpoint Files" dock (issue 10): the project's CFP snapshots (time, source, pairs), the
/// selected one's CFP state chart (CfpStateChart) and its estimates (CfpEstimator: the full and
/// differential backups of the memory-optimized filegroup, what a restore needs), and the edits:
/// Import DMV Export… (CheckpointDmvReader), Add from Workload… (CfpWorkloadDialog, CfpSimulator)
/// and Remove, each one undo step (ProjectEdit::addCfpSnapshot / removeCfpSnapshot).
///
/// Holds no domain state: the list, the chart and the estimates are rebuilt from the project
/// after every change of its snapshots (ChangeKind::CfpSnapshots), undo and redo included.
class CfpDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit CfpDock(ProjectDocument *document, QWidget *parent = nullptr);

    /// Reads a DMV export and adds it as the snapshot at `at`, one undo step. False, adding nothing,
    /// with *error listing every error of the file (each naming the file and line) or why the
    /// edit is refused; *warnings (when given) gets the reader's warnings.
    bool importDmvExport(const QString &path, const QDateTime &at, QString *error, QStringList *warnings = nullptr);
    /// Plays `workload` (CfpSimulator) and adds its inventory as the snapshot at `at`, one undo step.
    bool addWorkload(const CfpWorkload &workload, const QDateTime &at, QString *error);
    /// Removes the selected snapshot (one undo step); false when none is selected.
    bool removeSelected();

    /// The row of the selected snapshot in Project::cfpSnapshots, or -1.
    int selectedIndex() const;
    void selectSnapshot(int index);
    CfpStateChart *chart() const { return m_chart; }
    /// The estimates shown under the chart.
    QString estimatesText() const;
    /// When an import of `path` is placed by default: the file's modification time, as a
    /// wall-clock time (PlanTime), to the second.
    static QDateTime defaultImportTime(const QString &path);

    /// The interactive gestures: a file dialog, then the snapshot's time; problems in a message box.
    void importInteractively();
    void addWorkloadInteractively();

private:
    void refresh();
    void showSelected();
    bool push(const CfpSnapshot &snapshot, QString *error);
    /// The end of the backup history (the last backup's finish), or now when there is none.
    QDateTime endOfHistory() const;

    ProjectDocument *m_document;
    QTreeWidget *m_list;
    QPushButton *m_remove;
    CfpStateChart *m_chart;
    QLabel *m_estimates;
    QDateTime m_shownAt; ///< the snapshot the chart shows, to keep its version when it is redrawn
};

} // namespace rd
