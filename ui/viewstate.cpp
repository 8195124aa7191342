// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/viewstate.h"

#include "model/document/projectdocument.h"

namespace rd {

ViewState::ViewState(ProjectDocument *document, QObject *parent) : QObject(parent), m_document(document)
{
    // Before any view repaints (contentChanged comes first): views never see a selection outside the project.
    connect(document, &ProjectDocument::contentChanged, this, &ViewState::clamp);
    resetSelection();
}

void ViewState::setCurrentPlan(int plan)
{
    const auto &plans = m_document->project().plans;
    plan = plans.isEmpty() ? -1 : qBound(0, plan, int(plans.size()) - 1);
    if (plan == m_plan)
        return;
    m_plan = plan;
    emit currentPlanChanged(m_plan);
    setCurrentStep(m_plan >= 0 && !plans[m_plan].steps.isEmpty() ? 0 : -1);
}

void ViewState::setCurrentStep(int step)
{
    const auto &plans = m_document->project().plans;
    const int count = m_plan >= 0 && m_plan < plans.size() ? int(plans[m_plan].steps.size()) : 0;
    step = step < 0 || count == 0 ? -1 : qMin(step, count - 1);
    if (step == m_step)
        return;
    m_step = step;
    emit currentStepChanged(m_step);
}

void ViewState::setSelectedBackup(const QString &id)
{
    if (id == m_backup)
        return;
    m_backup = id;
    emit selectedBackupChanged(m_backup);
}

void ViewState::setSelectedFilegroup(const QString &name)
{
    if (name == m_filegroup)
        return;
    m_filegroup = name;
    emit selectedFilegroupChanged(m_filegroup);
}

void ViewState::setTrainerMode(bool on)
{
    if (on == m_trainerMode)
        return;
    m_trainerMode = on;
    emit trainerModeChanged(on);
}

void ViewState::setTimelineAxis(TimelineAxis axis)
{
    if (axis == m_axis)
        return;
    m_axis = axis;
    emit timelineAxisChanged(m_axis);
}

void ViewState::resetSelection()
{
    m_plan = -2; // force the signals
    m_step = -2;
    setCurrentPlan(0);
    setCurrentStep(0);
    setSelectedBackup({});
    setSelectedFilegroup({});
}

void ViewState::clamp()
{
    const Project &project = m_document->project();
    if (m_plan >= project.plans.size() || (m_plan < 0 && !project.plans.isEmpty()))
        setCurrentPlan(int(project.plans.size()) - 1);
    setCurrentStep(m_step);
    if (!m_backup.isEmpty() && !m_document->analysis().backup(m_backup))
        setSelectedBackup({});
    if (!m_filegroup.isEmpty() && project.database.filegroupIndex(m_filegroup) < 0)
        setSelectedFilegroup({});
}

} // namespace rd
