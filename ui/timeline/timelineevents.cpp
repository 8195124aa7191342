// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// TimelineScene: events dropped from the palette and moved by dragging their markers, and the
// verdict on a backup while its bar is dragged (issue 9, items 3 and 8). Kept apart from the
// scene's layout code: this part only previews, pushes edits and reads the analysis.
#include "ui/timeline/timelinescene.h"

#include "model/analysis/editpreview.h"
#include "model/commands/editcommand.h"
#include "model/commands/paletteevent.h"
#include "model/document/projectdocument.h"
#include "ui/designerstyle.h"
#include "ui/timeline/backupitem.h"
#include "ui/timeline/dragverdictitem.h"
#include "ui/timeline/eventdropghost.h"
#include "ui/timeline/eventmarkeritem.h"
#include "ui/timeline/timeaxis.h"
#include "ui/viewstate.h"

#include <QUndoStack>

namespace rd {
namespace {

BackupDropGhost::Verdict verdictOf(Severity severity)
{
    switch (severity) {
    case Severity::Error: return BackupDropGhost::Verdict::Error;
    case Severity::Warning: return BackupDropGhost::Verdict::Warning;
    case Severity::Info: break;
    }
    return BackupDropGhost::Verdict::Neutral;
}

/// The chip a dropped event would get: what it is and, for a switch, of which filegroup.
QString chipOf(const TimelineEvent &e)
{
    switch (e.kind) {
    case EventKind::Failure: return TimelineScene::tr("FAILURE");
    case EventKind::Mark: return TimelineScene::tr("MARK %1").arg(e.name);
    case EventKind::SetReadOnly: return TimelineScene::tr("%1 → READ_ONLY").arg(e.filegroup);
    case EventKind::SetReadWrite: return TimelineScene::tr("%1 → READ_WRITE").arg(e.filegroup);
    case EventKind::SetRecoveryModel: return TimelineScene::tr("→ %1").arg(toString(e.recoveryModel));
    case EventKind::AddFile:
    case EventKind::RemoveFile:
    case EventKind::OpenTransaction: break;
    }
    return toString(e.kind);
}

/// The lane under scene y, as PaletteEvent reads it.
PaletteEvent::Lane landingAt(const TimelineScene &scene, qreal y)
{
    PaletteEvent::Lane landing;
    if (const int lane = scene.laneAt(y); lane >= 0) {
        landing.filegroup = scene.lanes()[lane].filegroup;
        landing.log = landing.filegroup.isEmpty();
    }
    return landing;
}

} // namespace

ProjectEdit TimelineScene::eventDropEdit(const PaletteEvent &kind, const QPointF &at, QString *refusal) const
{
    const QDateTime time = TimeAxis::snapped(timeForX(at.x()), TimeAxis::snapStep(m_pixelsPerSecond));
    const PaletteEvent::Lane landing = landingAt(*this, at.y());
    const Project &project = m_document->project();
    const QString why = kind.refusal(project, landing);
    if (refusal)
        *refusal = why;
    return why.isEmpty() ? ProjectEdit::addEvent(kind.newEvent(project, time, landing)) : ProjectEdit();
}

void TimelineScene::previewEventDrop(const PaletteEvent &kind, const QPointF &at)
{
    QString refusal;
    const ProjectEdit edit = eventDropEdit(kind, at, &refusal);
    const int lane = laneAt(at.y());
    const QDateTime time = TimeAxis::snapped(timeForX(at.x()), TimeAxis::snapStep(m_pixelsPerSecond));
    // Most mouse moves land on the same snapped time and lane: the verdict is already shown.
    const QString key = QStringList{kind.key(), time.toString(Qt::ISODateWithMs), QString::number(lane)}.join(u'|');
    if (m_eventGhost && key == m_eventGhostKey)
        return;
    m_eventGhostKey = key;

    const TimelineEvent event = edit.isValid() ? edit.event : kind.newEvent(m_document->project(), time, landingAt(*this, at.y()));
    EventDropGhost::Look look;
    look.x = xForTime(time);
    look.top = AxisHeight;
    look.bottom = lanesBottom() + 4 + EventsRowHeight;
    look.chipY = lanesBottom() + 4 + EventsRowHeight / 2;
    look.chip = event.kind == EventKind::Failure && event.wholeDatabase ? tr("FAILURE (database)") : chipOf(event);
    look.color = EventMarkerItem::colorOf(kind.eventKind());
    const bool laneScoped = kind.kind == PaletteEvent::Kind::LaneFailure || kind.kind == PaletteEvent::Kind::SetReadOnly
        || kind.kind == PaletteEvent::Kind::SetReadWrite;
    if (laneScoped && lane >= 0)
        look.lane = QRectF(look.x, m_lanes[lane].top + 2, kind.kind == PaletteEvent::Kind::LaneFailure ? 120 : 40, m_laneHeight - 4);

    QString tip = tr("<b>%1</b> at %2").arg(kind.name().toHtmlEscaped(), DesignerStyle::formatTime(time));
    if (!refusal.isEmpty()) {
        tip += tr("<br><b>Refused</b>: %1").arg(refusal.toHtmlEscaped());
        if (!m_eventGhost) {
            m_eventGhost = new EventDropGhost;
            addItem(m_eventGhost);
        }
        m_eventGhost->show(look, BackupDropGhost::Verdict::Error, refusal, tip, true);
        return;
    }
    // What the event would add to the verdict: any finding (an event is about no one backup).
    const EditPreview preview = EditPreview::of(m_document->analysis(), m_viewState->currentPlan(), edit);
    const QList<Diagnostic> added = preview.addedAbout({});
    auto verdict = BackupDropGhost::Verdict::Neutral;
    QString label;
    if (!added.isEmpty()) {
        const Diagnostic &first = added.first();
        verdict = verdictOf(first.severity);
        if (verdict != BackupDropGhost::Verdict::Neutral) {
            label = tr("%1: %2").arg(first.rule, first.message);
            for (const Diagnostic &d : added)
                tip += tr("<br><b>%1</b>: %2").arg(d.rule.toHtmlEscaped(), d.message.toHtmlEscaped());
        }
    }
    if (!m_eventGhost) {
        m_eventGhost = new EventDropGhost;
        addItem(m_eventGhost);
    }
    m_eventGhost->show(look, verdict, label, tip, false);
}

bool TimelineScene::dropTimelineEvent(const PaletteEvent &kind, const QPointF &at, QString *refusal)
{
    endDropPreview();
    const ProjectEdit edit = eventDropEdit(kind, at, refusal);
    if (!edit.isValid())
        return false;
    m_document->undoStack()->push(new EditCommand(m_document, -1, edit));
    return true;
}

void TimelineScene::beginEventDrag(int index, const QPointF &scenePos)
{
    const QList<TimelineEvent> &events = m_document->project().events;
    if (index < 0 || index >= events.size() || !events[index].at.isValid())
        return;
    if (!timeEditsAllowed()) { // on the LSN axis an x is not a time: no move, and say why
        emit hint(timeEditRefusal());
        return;
    }
    m_eventDragIndex = index;
    m_eventDragPressX = scenePos.x();
    m_eventDragOriginal = events[index];
    m_eventMacroOpen = false;
}

void TimelineScene::dragTimelineEvent(const QPointF &scenePos)
{
    const QList<TimelineEvent> &events = m_document->project().events;
    if (m_eventDragIndex < 0 || m_eventDragIndex >= events.size())
        return;
    const TimelineEvent now = events[m_eventDragIndex];
    TimelineEvent moved = now;
    const qint64 ms = qint64((scenePos.x() - m_eventDragPressX) / m_pixelsPerSecond * 1000.0);
    moved.at = TimeAxis::snapped(m_eventDragOriginal.at.addMSecs(ms), TimeAxis::snapStep(m_pixelsPerSecond));
    if (moved.at == now.at)
        return;
    // As for backups: the macro keeps the drag one undo step, whatever the stack held before it.
    if (!m_eventMacroOpen) {
        m_document->undoStack()->beginMacro(tr("Move a %1 event").arg(toString(now.kind)));
        m_eventMacroOpen = true;
    }
    m_document->undoStack()->push(
        new EditCommand(m_document, -1, ProjectEdit::replaceEvent(now, moved), {}, EditCommand::Merge::Consecutive));
}

void TimelineScene::endEventDrag()
{
    finishEventDrag(false);
}

void TimelineScene::cancelEventDrag()
{
    finishEventDrag(true);
}

void TimelineScene::finishEventDrag(bool cancel)
{
    if (m_eventDragIndex < 0)
        return;
    const QList<TimelineEvent> &events = m_document->project().events;
    const bool unchanged = m_eventDragIndex < events.size() && events[m_eventDragIndex] == m_eventDragOriginal;
    m_eventDragIndex = -1;
    if (m_eventMacroOpen) {
        m_eventMacroOpen = false;
        closeDragMacro(cancel || unchanged);
    }
    refresh(); // the time range was frozen during the drag
}

void TimelineScene::updateDragVerdict()
{
    BackupItem *bar = m_dragId.isEmpty() ? nullptr : m_backups.value(m_dragId);
    if (!bar) {
        delete m_dragVerdict;
        m_dragVerdict = nullptr;
        return;
    }
    // The findings the current analysis has about the backup (history findings included; on the
    // first plan when none is current, as EditPreview judges).
    const ProjectAnalysis &analysis = m_document->analysis();
    const int plan = qMax(0, m_viewState->currentPlan());
    QList<Diagnostic> about;
    const QList<Diagnostic> &all = analysis.planCount() > 0 ? analysis.plan(plan).diagnostics
                                                            : analysis.history().findings().backups;
    for (const Diagnostic &d : all)
        if (d.backup == m_dragId && d.severity != Severity::Info)
            about << d;
    if (analysis.planCount() == 0)
        for (const Diagnostic &d : analysis.history().findings().history.findings)
            if (d.backup == m_dragId && d.severity != Severity::Info)
                about << d;
    auto verdict = BackupDropGhost::Verdict::Neutral;
    QStringList rules;
    QString tip = tr("<b>%1</b>").arg(m_dragId.toHtmlEscaped());
    for (const Diagnostic &d : std::as_const(about)) {
        if (d.severity == Severity::Error || verdict == BackupDropGhost::Verdict::Neutral)
            verdict = verdictOf(d.severity);
        if (!rules.contains(d.rule))
            rules << d.rule;
        tip += tr("<br><b>%1</b>: %2").arg(d.rule.toHtmlEscaped(), d.message.toHtmlEscaped());
    }
    QList<QRectF> segments;
    for (const QRectF &r : bar->segments())
        segments << bar->mapRectToScene(r);
    if (!m_dragVerdict) {
        m_dragVerdict = new DragVerdictItem;
        addItem(m_dragVerdict);
    }
    m_dragVerdict->show(segments, verdict, rules.join(QStringLiteral(", ")), tip);
}

} // namespace rd
