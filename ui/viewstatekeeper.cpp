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
    if (m_pendingTimeline) { // opened but never shown: keep what the file had
        s.pixelsPerSecond = m_pendingTimeline->pixelsPerSecond;
        s.left = m_pendingTimeline->left;
    } else if (auto *scene = qobject_cast<TimelineScene *>(m_timeline->scene())) {
        s.pixelsPerSecond = scene->pixelsPerSecond();
        s.left = m_timeline->leftTime();
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
    m_timeline->showFrom(s.pixelsPerSecond, s.left);
}

} // namespace rd
