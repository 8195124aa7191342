// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QString>

namespace rd {

class ProjectDocument;

/// What the timeline's horizontal axis shows: wall-clock time, or log sequence numbers (each backup
/// over its LSN range; docs/lsn-axis.md).
enum class TimelineAxis { Time, Lsn };

/// What the user is looking at: the current plan, the selected step, backup and filegroup.
///
/// View state only: never saved in the project's undo history, and never a copy of domain data
/// (names and indexes refer into the document). Every view follows it, so selecting a step in
/// the Plan dock, a finding in Diagnostics or a bar on the timeline shows the same thing
/// everywhere. After each document change clamp() keeps the indexes inside the project.
class ViewState : public QObject
{
    Q_OBJECT
public:
    explicit ViewState(ProjectDocument *document, QObject *parent = nullptr);

    int currentPlan() const { return m_plan; }  ///< -1 = the project has no plan
    int currentStep() const { return m_step; }  ///< -1 = no step selected
    QString selectedBackup() const { return m_backup; }
    QString selectedFilegroup() const { return m_filegroup; }
    /// The timeline's axis (kept with the view in a project file; Time for a new or JSON file).
    TimelineAxis timelineAxis() const { return m_axis; }

    void setCurrentPlan(int plan);
    void setCurrentStep(int step);
    void setSelectedBackup(const QString &id);
    void setSelectedFilegroup(const QString &name);
    void setTimelineAxis(TimelineAxis axis);

    /// Trainer mode (View ▸ Trainer Mode): the trainer bar shows, and the timeline tints each lane
    /// by its filegroup's state after the current step. Off by default: while designing, the lanes
    /// keep their own colours. Kept across open/new (it is how the user works, not the project's).
    bool trainerMode() const { return m_trainerMode; }
    void setTrainerMode(bool on);

    /// After open/new: the first plan and its first step, nothing else selected.
    void resetSelection();

signals:
    void currentPlanChanged(int plan);
    void currentStepChanged(int step);
    void selectedBackupChanged(const QString &id);
    void selectedFilegroupChanged(const QString &name);
    void trainerModeChanged(bool on);
    void timelineAxisChanged(TimelineAxis axis);

private:
    void clamp();

    ProjectDocument *m_document;
    int m_plan = -1;
    int m_step = -1;
    bool m_trainerMode = false;
    QString m_backup;
    QString m_filegroup;
    TimelineAxis m_axis = TimelineAxis::Time;
};

} // namespace rd
