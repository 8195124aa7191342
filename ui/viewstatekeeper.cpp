// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/viewstatekeeper.h"

#include "model/document/projectdocument.h"
#include "ui/timeline/timelinescene.h"
#include "ui/timeline/timelineview.h"
#include "ui/viewstate.h"

#include <QEvent>

namespace rd {

ViewStateKeeper::ViewStateKeeper(ProjectDocument *document, ViewState *viewState, TimelineView *timeline, QObject *parent)
    : QObject(parent), m_document(document), m_viewState(viewState), m_timeline(timeline)
{
    m_timeline->installEventFilter(this);
}

QJsonObject ViewStateKeeper::capture() const
{
    SavedViewState s;
    s.plan = m_viewState->currentPlan();
    s.step = m_viewState->currentStep();
    s.backup = m_viewState->selectedBackup();
    s.filegroup = m_viewState->selectedFilegroup();
    s.lsnAxis = m_viewState->timelineAxis() == TimelineAxis::Lsn;
    if (m_pendingTimeline) { // opened but never shown: keep what the file had
        s.pixelsPerSecond = m_pendingTimeline->pixelsPerSecond;
        s.left = m_pendingTimeline->left;
        s.lsnZoom = m_pendingTimeline->lsnZoom;
        s.lsnLeft = m_pendingTimeline->lsnLeft;
    } else if (auto *scene = qobject_cast<TimelineScene *>(m_timeline->scene())) {
        // The axis shown as it is; the other as it was left (if it was shown).
        const TimelineScene::AxisView time = scene->axisView(TimelineAxis::Time);
        const TimelineScene::AxisView lsn = scene->axisView(TimelineAxis::Lsn);
        if (scene->axis() == TimelineAxis::Time) {
            s.pixelsPerSecond = scene->pixelsPerSecond();
            s.left = m_timeline->leftTime();
            s.lsnZoom = lsn.pixelsPerSecond;
            s.lsnLeft = lsn.leftLsn;
        } else {
            s.pixelsPerSecond = time.pixelsPerSecond;
            s.left = time.left;
            s.lsnZoom = scene->pixelsPerSecond();
            s.lsnLeft = m_timeline->leftLsn();
        }
    }
    return s.toJson();
}

QStringList ViewStateKeeper::restore()
{
    QStringList problems;
    const SavedViewState s = SavedViewState::fromJson(m_document->project().viewState, m_document->project(), &problems);
    if (s.plan >= 0) {
        m_viewState->setCurrentPlan(s.plan);
        m_viewState->setCurrentStep(s.step);
    }
    m_viewState->setSelectedBackup(s.backup);
    m_viewState->setSelectedFilegroup(s.filegroup);
    m_viewState->setTimelineAxis(s.lsnAxis ? TimelineAxis::Lsn : TimelineAxis::Time);
    m_pendingTimeline.reset();
    if (s.hasTimeline()) {
        m_pendingTimeline = s;
        if (m_timeline->isVisible())
            applyTimeline();
    }
    return problems;
}

bool ViewStateKeeper::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_timeline && event->type() == QEvent::Show && m_pendingTimeline)
        applyTimeline();
    return QObject::eventFilter(watched, event);
}

void ViewStateKeeper::applyTimeline()
{
    const SavedViewState s = *m_pendingTimeline;
    m_pendingTimeline.reset();
    auto *scene = qobject_cast<TimelineScene *>(m_timeline->scene());
    if (!scene)
        return;
    const TimelineScene::AxisView time{s.pixelsPerSecond, s.left, {}};
    const TimelineScene::AxisView lsn{s.hasLsnView() ? s.lsnZoom : 0, {}, s.lsnLeft};
    if (scene->axis() == TimelineAxis::Lsn) {
        scene->setAxisView(TimelineAxis::Time, time); // for the way back
        if (s.hasLsnView())
            m_timeline->showFromLsn(s.lsnZoom, s.lsnLeft);
        else
            m_timeline->fitToWidth();
    } else {
        scene->setAxisView(TimelineAxis::Lsn, lsn);
        m_timeline->showFrom(s.pixelsPerSecond, s.left);
    }
}

} // namespace rd
