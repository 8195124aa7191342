// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// TimelineScene in trainer mode (issue 9, item 6): each filegroup lane tinted by its filegroup's
// state after the step the trainer bar selects, and where it comes online. Read from the
// document's analysis (the simulation of the current plan); nothing is recomputed here.
#include "ui/timeline/timelinescene.h"

#include "model/document/projectdocument.h"
#include "model/simulation/availability.h"
#include "ui/designerstyle.h"
#include "ui/viewstate.h"

#include <QFontMetricsF>
#include <QPainter>

namespace rd {
namespace {

/// The step state the lanes show, or null (trainer mode off, no plan, no step selected, a step
/// out of range).
const StepState *selectedState(const ProjectDocument *document, const ViewState *viewState)
{
    if (!viewState->trainerMode())
        return nullptr;
    const int plan = viewState->currentPlan();
    const int step = viewState->currentStep();
    if (plan < 0 || step < 0)
        return nullptr;
    const SimulationResult &simulation = document->analysis().plan(plan).simulation;
    return step < simulation.steps.size() ? &simulation.steps[step] : nullptr;
}

} // namespace

QColor TimelineScene::laneStateTint(int lane) const
{
    const StepState *state = selectedState(m_document, m_viewState);
    if (!state || lane < 0 || lane >= m_lanes.size() || m_lanes[lane].filegroup.isEmpty())
        return {};
    // Pale: the bars on the lane stay readable over it.
    QColor tint = DesignerStyle::fileStateColor(state->filegroupState(m_lanes[lane].filegroup));
    tint.setAlpha(48);
    return tint;
}

int TimelineScene::laneOnlineAfterStep(int lane) const
{
    const int plan = m_viewState->currentPlan();
    if (!selectedState(m_document, m_viewState) || lane < 0 || lane >= m_lanes.size() || m_lanes[lane].filegroup.isEmpty())
        return -1;
    // Availability is in layout order, as the lanes are (the log lane comes last).
    const QList<std::optional<int>> first = Availability::firstStepAvailable(m_document->analysis().plan(plan).simulation);
    const std::optional<int> step = first.value(lane);
    return step ? *step + 1 : -1;
}

void TimelineScene::drawLaneTints(QPainter *p, const QRectF &rect)
{
    for (int i = 0; i < m_lanes.size(); ++i)
        if (const QColor tint = laneStateTint(i); tint.isValid())
            p->fillRect(QRectF(rect.left(), m_lanes[i].top, rect.width(), m_laneHeight), tint);
}

void TimelineScene::drawForeground(QPainter *p, const QRectF &rect)
{
    // The chips go over the bars (a trainer reads them first), at the right edge of what is shown.
    const StepState *state = selectedState(m_document, m_viewState);
    if (!state)
        return;
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    const QFontMetricsF fm(small);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setFont(small);
    for (int i = 0; i < m_lanes.size(); ++i) {
        if (m_lanes[i].filegroup.isEmpty())
            continue;
        const FileState now = state->filegroupState(m_lanes[i].filegroup);
        const int online = laneOnlineAfterStep(i);
        QString text = toString(now);
        if (online > 0)
            text += tr(" · online after step %1").arg(online);
        else if (online < 0)
            text += tr(" · not online in this plan");
        const qreal w = fm.horizontalAdvance(text) + 12;
        const qreal centre = m_lanes[i].top + m_laneHeight / 2;
        const QRectF chip(rect.right() - w - 8, centre - fm.height() / 2 - 2, w, fm.height() + 4);
        const QColor solid = DesignerStyle::fileStateColor(now);
        p->setPen(QPen(solid, 1));
        p->setBrush(QColor(255, 255, 255, 235));
        p->drawRoundedRect(chip, chip.height() / 2, chip.height() / 2);
        p->setPen(solid.darker(140));
        p->drawText(chip, Qt::AlignCenter, text);
    }
    p->restore();
}

} // namespace rd
