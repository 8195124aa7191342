// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/timeline/timelinescene.h"

#include "model/commands/editcommand.h"
#include "model/document/projectdocument.h"
#include "ui/designerstyle.h"
#include "ui/eventdialog.h"
#include "ui/timeline/eventmarkeritem.h"
#include "ui/timeline/timeaxis.h"
#include "ui/viewstate.h"

#include <QFontMetricsF>
#include <QGraphicsView>
#include <algorithm>
#include <cmath>
#include <QPainter>

namespace rd {

TimelineScene::TimelineScene(ProjectDocument *document, ViewState *viewState, QObject *parent)
    : QGraphicsScene(parent), m_document(document), m_viewState(viewState)
{
    // Items come and go as the view scrolls: no index to rebuild each time (a few hundred items).
    setItemIndexMethod(QGraphicsScene::NoIndex);
    m_axis = viewState->timelineAxis();
    connect(viewState, &ViewState::timelineAxisChanged, this, &TimelineScene::setAxis);
    connect(document, &ProjectDocument::changed, this, [this](const DocumentChange &change) {
        // A CFP snapshot changes nothing on the timeline but the estimates' badges, of the bars
        // after it: only the bars whose badge changed repaint.
        if (change.kinds == Changes(ChangeKind::CfpSnapshots))
            placeCfpBadges();
        else
            refresh();
    });
    connect(viewState, &ViewState::currentPlanChanged, this, [this] { refresh(); });
    // The selected backup is always a bar (never in a band), on top.
    connect(viewState, &ViewState::selectedBackupChanged, this, [this] { placeItems(); });
    // Trainer mode: the lanes are tinted by the states after the selected step.
    connect(viewState, &ViewState::currentStepChanged, this, [this] { update(); });
    connect(viewState, &ViewState::trainerModeChanged, this, [this] { update(); });
    refresh();
}

TimelineScene::~TimelineScene()
{
    // Detach the views while this scene is whole: a view scrolls as it lets go, and tells the scene
    // what it shows (~QGraphicsScene would detach them only after our members are gone).
    for (QGraphicsView *view : views())
        view->setScene(nullptr);
}

int TimelineScene::laneAt(qreal y) const
{
    const int i = int(std::floor((y - AxisHeight) / m_laneHeight));
    return y >= AxisHeight && i < m_lanes.size() ? i : -1;
}

qreal TimelineScene::xForTime(const QDateTime &time) const
{
    return Gutter + double(m_origin.msecsTo(time)) / 1000.0 * m_pixelsPerSecond;
}

qreal TimelineScene::xForMs(qint64 ms) const
{
    return Gutter + double(ms - m_origin.toMSecsSinceEpoch()) / 1000.0 * m_pixelsPerSecond;
}

QDateTime TimelineScene::timeForX(qreal x) const
{
    return m_origin.addMSecs(qint64((x - Gutter) / m_pixelsPerSecond * 1000.0));
}

void TimelineScene::setPixelsPerSecond(double pixelsPerSecond)
{
    // The scene's width stays well inside the int range of the view's scroll bars.
    const double span = qMax(1.0, double(m_origin.secsTo(m_end)));
    pixelsPerSecond = qBound(1e-5, pixelsPerSecond, qMin(20.0, 1e9 / span));
    if (qFuzzyCompare(pixelsPerSecond, m_pixelsPerSecond))
        return;
    // Until the view reports its new scroll position, guess the visible rect at the new scale
    // around the same centre time: a zoom about the cursor then mostly stays within the margin.
    const QDateTime centre = timeForX(m_visible.center().x());
    const qreal width = m_visible.width();
    m_pixelsPerSecond = pixelsPerSecond;
    m_visible.moveLeft(xForTime(centre) - width / 2);
    refresh();
    emit zoomChanged();
}

void TimelineScene::fitToWidth(qreal width)
{
    const double span = double(m_origin.secsTo(m_end));
    if (span > 0)
        setPixelsPerSecond(qMax(40.0, width - Gutter - RightRoom - 4) / span);
}

QList<int> TimelineScene::stepsUsing(const QString &id) const
{
    QList<int> steps;
    const Project &project = m_document->project();
    const int plan = m_viewState->currentPlan();
    if (plan < 0 || plan >= project.plans.size())
        return steps;
    const QList<PlanStep> &all = project.plans[plan].steps;
    for (int i = 0; i < all.size(); ++i)
        if (!all[i].backup.isEmpty() && all[i].backup == id)
            steps << i + 1;
    return steps;
}

void TimelineScene::beginBackupDrag(const QString &id, const QPointF &scenePos)
{
    const Backup *b = m_document->analysis().backup(id);
    if (!b || !b->start.isValid())
        return;
    if (!timeEditsAllowed()) { // an LSN range is not a time: no move, and say why
        emit hint(timeEditRefusal());
        return;
    }
    m_dragId = id;
    m_dragPressX = scenePos.x();
    m_dragOriginalStart = b->start;
    m_dragMacroOpen = false;
    updateDragVerdict();
}

void TimelineScene::dragBackup(const QPointF &scenePos)
{
    const Backup *b = m_document->analysis().backup(m_dragId);
    if (m_dragId.isEmpty() || !b)
        return;
    const qint64 ms = qint64((scenePos.x() - m_dragPressX) / m_pixelsPerSecond * 1000.0);
    const QDateTime start = TimeAxis::snapped(m_dragOriginalStart.addMSecs(ms), TimeAxis::snapStep(m_pixelsPerSecond));
    if (start == b->start)
        return;
    // The macro makes the drag one undo step even after an earlier drag of the same backup
    // (whose merging EditCommand would otherwise absorb this one).
    if (!m_dragMacroOpen) {
        m_document->undoStack()->beginMacro(tr("Move backup %1").arg(m_dragId));
        m_dragMacroOpen = true;
    }
    m_document->undoStack()->push(new EditCommand(m_document, -1, ProjectEdit::moveBackup(m_dragId, start), {},
                                                  EditCommand::Merge::Consecutive));
}

void TimelineScene::endBackupDrag()
{
    finishBackupDrag(false);
}

void TimelineScene::cancelBackupDrag()
{
    finishBackupDrag(true);
}

void TimelineScene::finishBackupDrag(bool cancel)
{
    const Backup *b = m_dragId.isEmpty() ? nullptr : m_document->analysis().backup(m_dragId);
    const bool unchanged = b && b->start == m_dragOriginalStart;
    const bool moved = m_dragMacroOpen;
    m_dragId.clear();
    updateDragVerdict();
    if (m_dragMacroOpen) {
        m_dragMacroOpen = false;
        closeDragMacro(cancel || unchanged);
    }
    if (moved)
        refresh(); // the time range was frozen during the drag
}

void TimelineScene::closeDragMacro(bool discard)
{
    QUndoStack *stack = m_document->undoStack();
    stack->endMacro();
    if (!discard)
        return;
    stack->undo();
    // Nothing to redo either: pushing an obsolete command deletes the commands above the index
    // (the undone drag) and is itself dropped, never applied (QUndoStack::push).
    auto *nothing = new QUndoCommand;
    nothing->setObsolete(true);
    stack->push(nothing);
}

void TimelineScene::setAvailableHeight(qreal height)
{
    if (height == m_availableHeight)
        return;
    m_availableHeight = height;
    refresh();
}

void TimelineScene::setVisibleRect(const QRectF &rect)
{
    m_visible = rect;
    if (rect.left() < m_placed.left() || rect.right() > m_placed.right())
        placeItems();
}

void TimelineScene::layOutLanes()
{
    const Project &project = m_document->project();
    const int laneCount = int(project.database.filegroups.size()) + 1;
    m_laneHeight = std::floor(qBound(MinLaneHeight, (m_availableHeight - AxisHeight - eventsHeight() - 8) / laneCount,
                                     MaxLaneHeight));
    m_lanes.clear();
    for (const Filegroup &fg : project.database.filegroups)
        m_lanes.append({fg.name, fg.type, fg.readOnly, fg.isPrimary(), AxisHeight + m_lanes.size() * m_laneHeight});
    m_lanes.append({QString(), FilegroupType::Rows, false, false, AxisHeight + m_lanes.size() * m_laneHeight});
}

void TimelineScene::syncHistory()
{
    // One HistoryAnalysis per version of the history, shared by the analyses of plan edits, and the
    // next one is built while this one lives: a new address is a new history. Checked here rather
    // than trusted to the change signals, as a handler before ours (the selection's, a dock's
    // resize) may make us place items in the middle of an edit.
    const HistoryIndex &index = m_document->analysis().index();
    if (&index == m_layoutIndex && m_axis == m_layoutAxis)
        return;
    m_layoutIndex = &index;
    m_layoutAxis = m_axis;
    layOutLanes();
    if (m_axis == TimelineAxis::Lsn) {
        m_lsnAxis.build(index);
        m_layout.build(index, int(m_lanes.size()) - 1, m_lsnAxis);
    } else {
        m_lsnAxis = LsnAxis();
        m_layout.build(index, int(m_lanes.size()) - 1);
    }
    m_historyFirst = m_historyLast = QDateTime();
    if (!m_layout.bars().empty()) {
        m_historyFirst = QDateTime::fromMSecsSinceEpoch(m_layout.bars().front().startMs, Qt::UTC);
        m_historyLast = QDateTime::fromMSecsSinceEpoch(m_layout.lastFinishMs(), Qt::UTC);
    }
    for (const TimelineEvent &e : m_document->project().events) {
        if (!e.at.isValid())
            continue;
        const QDateTime at = axisTime(e.at, e.lsn);
        if (!m_historyFirst.isValid() || at < m_historyFirst)
            m_historyFirst = at;
        if (!m_historyLast.isValid() || at > m_historyLast)
            m_historyLast = at;
    }
}

void TimelineScene::refresh()
{
    layOutLanes();
    syncHistory();
    if (m_dragId.isEmpty() && m_eventDragIndex < 0) { // a fixed range while dragging, so the bar stays under the cursor
        const QDateTime before = m_origin;
        computeRange();
        if (before.isValid() && before != m_origin) {
            // Keep every time where it was on screen: the view scrolls by the same amount.
            const qreal dx = double(m_origin.msecsTo(before)) / 1000.0 * m_pixelsPerSecond;
            m_visible.translate(dx, 0);
            // Room for both the old and the new scroll position while the view moves, so that its
            // scroll bar does not clamp the one before it gets the other.
            m_sceneWidth = qMax(m_sceneWidth, xForTime(m_end) + RightRoom);
            setSceneRect(0, 0, m_sceneWidth, sceneRect().height());
            emit originShifted(dx);
        }
    }
    m_sceneWidth = xForTime(m_end) + RightRoom;
    placeItems();
    rebuildMarkers();
    updateDragVerdict();
    setSceneRect(0, 0, m_sceneWidth, lanesBottom() + eventsHeight());
    update();
}

void TimelineScene::computeRange()
{
    QDateTime lo = m_historyFirst, hi = m_historyLast;
    for (const Plan &plan : m_document->project().plans) {
        if (!plan.target.pointInTime.isValid())
            continue;
        const QDateTime t = axisTime(plan.target.pointInTime);
        if (!lo.isValid() || t < lo)
            lo = t;
        if (!hi.isValid() || t > hi)
            hi = t;
    }
    if (!lo.isValid()) {
        const QDate today = QDate::currentDate();
        lo = QDateTime(today, QTime(0, 0), Qt::UTC);
        hi = lo.addDays(1);
    }
    // On the LSN axis a "second" is a thousandth of a Step: at least a few intervals, one of padding.
    const bool lsn = m_axis == TimelineAxis::Lsn;
    const qint64 minSpan = lsn ? 4 * LsnAxis::Step / 1000 : 3600;
    const qint64 minPad = lsn ? LsnAxis::Step / 1000 : 10 * 60;
    const qint64 span = qMax<qint64>(lo.secsTo(hi), minSpan);
    const qint64 pad = qMax<qint64>(span / 12, minPad);
    m_origin = lo.addSecs(-pad);
    m_end = hi.addSecs(pad);
}

void TimelineScene::rebuildMarkers()
{
    qDeleteAll(m_markers);
    m_markers.clear();
    const Project &project = m_document->project();
    const qreal right = m_sceneWidth;
    auto laneIndex = [this](const QString &fg) {
        for (int i = 0; i < m_lanes.size(); ++i)
            if (!m_lanes[i].filegroup.isEmpty() && m_lanes[i].filegroup.compare(fg, Qt::CaseInsensitive) == 0)
                return i;
        return -1;
    };
    struct Marker
    {
        qreal x;
        EventMarkerItem::Look look;
        QString tip;
        bool important = false; ///< the failure and the recovery target get their chips first
        int event = -1;         ///< index in project.events (-1: the recovery target)
    };
    QList<Marker> markers;
    auto add = [&](const QDateTime &at, const EventMarkerItem::Look &look, const QString &tip, bool important, int event = -1) {
        markers.append({xForTime(at), look, tip, important, event}); // `at` on the scene's axis (axisTime)
    };
    for (int index = 0; index < project.events.size(); ++index) {
        const TimelineEvent &e = project.events[index];
        if (!e.at.isValid())
            continue;
        EventMarkerItem::Look look;
        look.color = EventMarkerItem::colorOf(e.kind);
        const QString when = DesignerStyle::formatTime(e.at);
        QString tip;
        const QDateTime at = axisTime(e.at, e.lsn);
        const qreal x = xForTime(at);
        switch (e.kind) {
        case EventKind::Failure: {
            look.chip = tr("FAILURE");
            // A damaged file (one lost disk) marks its filegroup's lane: the filegroup is unavailable.
            QStringList fileFilegroups;
            for (const QString &f : e.files)
                if (const Filegroup *fg = project.database.filegroupOfFile(f))
                    fileFilegroups << fg->name;
            for (int i = 0; i < m_lanes.size(); ++i) {
                const bool log = m_lanes[i].filegroup.isEmpty();
                const bool damaged = log ? e.logDamaged
                                         : e.wholeDatabase || e.filegroups.contains(m_lanes[i].filegroup, Qt::CaseInsensitive)
                                               || fileFilegroups.contains(m_lanes[i].filegroup, Qt::CaseInsensitive);
                if (damaged)
                    look.bands << QRectF(0, m_lanes[i].top + 1, right - x, m_laneHeight - 2);
            }
            QStringList damagedParts = e.filegroups;
            for (const QString &f : e.files)
                damagedParts << tr("file %1").arg(f);
            tip = tr("<b>Failure</b> at %1<br>Damaged: %2%3")
                      .arg(when, e.wholeDatabase ? tr("the whole database") : damagedParts.join(QStringLiteral(", ")).toHtmlEscaped(),
                           e.logDamaged ? tr("<br>The log is damaged too: no tail-log backup is possible; the "
                                             "recovery point is the end of the last log backup.")
                                        : tr("<br>The log survived: take a tail-log backup (BACKUP LOG … "
                                             "NO_TRUNCATE) before restoring."));
            break;
        }
        case EventKind::Mark:
            look.dashed = true;
            look.chip = tr("MARK %1").arg(e.name);
            tip = tr("<b>Marked transaction</b> %1 at %2<br>Target of STOPATMARK / STOPBEFOREMARK.")
                      .arg(e.name.toHtmlEscaped(), when);
            break;
        case EventKind::SetReadOnly:
        case EventKind::SetReadWrite: {
            const bool ro = e.kind == EventKind::SetReadOnly;
            look.dashed = true;
            look.unlock = !ro;
            look.chip = ro ? tr("%1 → READ_ONLY").arg(e.filegroup) : tr("%1 → READ_WRITE").arg(e.filegroup);
            if (const int lane = laneIndex(e.filegroup); lane >= 0)
                look.lockLanes << m_lanes[lane].top + m_laneHeight / 2;
            tip = tr("<b>ALTER DATABASE … MODIFY FILEGROUP %1 %2</b> at %3")
                      .arg(e.filegroup.toHtmlEscaped(), ro ? QStringLiteral("READ_ONLY") : QStringLiteral("READ_WRITE"), when);
            break;
        }
        case EventKind::SetRecoveryModel:
            look.dashed = true;
            look.chip = tr("→ %1").arg(toString(e.recoveryModel));
            tip = tr("<b>ALTER DATABASE … SET RECOVERY %1</b> at %2<br>A switch to or from SIMPLE breaks the log chain.")
                      .arg(toString(e.recoveryModel), when);
            break;
        case EventKind::AddFile:
        case EventKind::RemoveFile: {
            const bool adding = e.kind == EventKind::AddFile;
            look.dashed = true;
            look.chip = adding ? tr("+ %1").arg(e.file) : tr("− %1").arg(e.file);
            tip = (adding ? tr("<b>ALTER DATABASE … ADD FILE %1</b> to %2 at %3") : tr("<b>ALTER DATABASE … REMOVE FILE %1</b> from %2 at %3"))
                      .arg(e.file.toHtmlEscaped(), e.filegroup.toHtmlEscaped(), when);
            break;
        }
        case EventKind::OpenTransaction:
            look.dashed = true;
            look.chip = tr("open transaction");
            tip = tr("<b>Transaction</b> touching %1 begins at %2%3")
                      .arg(e.filegroups.join(QStringLiteral(", ")).toHtmlEscaped(), when,
                           e.until.isValid() ? tr(", commits at %1").arg(DesignerStyle::formatTime(e.until))
                                             : tr(", still open at the failure"));
            break;
        }
        if (!e.lsn.isNull())
            tip += tr("<br>LSN %1").arg(e.lsn.toString());
        tip += EventDialog::edits(e.kind) ? tr("<br><i>Drag to move it in time; double-click to change it.</i>") : tr("<br><i>Drag to move it in time.</i>");
        add(at, look, tip, e.kind == EventKind::Failure, index);
    }
    const int plan = m_viewState->currentPlan();
    if (plan >= 0 && plan < project.plans.size() && project.plans[plan].target.kind == RestoreTarget::Kind::PointInTime
        && project.plans[plan].target.pointInTime.isValid()) {
        EventMarkerItem::Look look;
        look.color = DesignerStyle::fileStateColor(FileState::Online);
        look.dashed = true;
        look.chip = tr("TARGET");
        add(axisTime(project.plans[plan].target.pointInTime), look,
            tr("<b>Recovery target</b> of plan %1: %2")
                .arg(project.plans[plan].name.toHtmlEscaped(), DesignerStyle::formatTime(project.plans[plan].target.pointInTime)),
            true);
    }

    // Zoomed out, of events closer than MinMarkerSpacing pixels only the first is drawn (zoom in to
    // see the others). Each chip in the first row where it overlaps no other, the failure and the target first; at
    // most MaxEventRows rows: a chip with no room left is left out (its line and tooltip stay), so
    // that hundreds of marks zoomed out do not stack into a wall of chips.
    constexpr int MaxEventRows = 3;
    constexpr qreal MinMarkerSpacing = 16;
    std::stable_sort(markers.begin(), markers.end(), [](const Marker &a, const Marker &b) {
        return a.important != b.important ? a.important : a.x < b.x;
    });
    QList<QList<std::pair<qreal, qreal>>> rows; // per row, the chips' x extents
    qreal lastX = -1e9; // of the last other marker kept: closer ones would paint the lanes solid
    for (Marker &m : markers) {
        if (!m.important) {
            if (m.x - lastX < MinMarkerSpacing)
                continue;
            lastX = m.x;
        }
        const qreal half = EventMarkerItem::chipWidth(m.look.chip, font()) / 2;
        const std::pair<qreal, qreal> extent(m.x - half - 4, m.x + half);
        int row = 0;
        auto overlaps = [&extent](const std::pair<qreal, qreal> &other) {
            return other.first < extent.second && extent.first < other.second;
        };
        while (row < rows.size() && std::any_of(rows[row].cbegin(), rows[row].cend(), overlaps))
            ++row;
        if (row == MaxEventRows) {
            m.look.chip.clear();
            row = 0;
        } else {
            if (row == rows.size())
                rows.append(QList<std::pair<qreal, qreal>>());
            rows[row].append(extent);
        }
        const qreal chipY = lanesBottom() + 4 + row * EventsRowHeight + EventsRowHeight / 2;
        auto *item = new EventMarkerItem(m.look, AxisHeight, chipY, chipY, font());
        item->setPos(m.x, 0);
        item->setToolTip(m.tip);
        item->setEventIndex(m.event);
        addItem(item);
        m_markers << item;
    }
    m_eventRows = int(qMax<qsizetype>(1, rows.size()));
}

void TimelineScene::drawBackground(QPainter *p, const QRectF &rect)
{
    p->fillRect(rect, DesignerStyle::canvasColor());
    for (int i = 0; i < m_lanes.size(); ++i) {
        const Lane &lane = m_lanes[i];
        const QRectF r(rect.left(), lane.top, rect.width(), m_laneHeight);
        QColor tint = lane.filegroup.isEmpty() ? DesignerStyle::logTint() : DesignerStyle::filegroupTint(lane.type);
        p->fillRect(r, tint);
        if (lane.readOnly)
            p->fillRect(r, QBrush(QColor(0, 0, 0, 14), Qt::BDiagPattern));
        p->setPen(DesignerStyle::paletteGrey(0xd8));
        p->drawLine(QPointF(rect.left(), r.bottom()), QPointF(rect.right(), r.bottom()));
    }
    const qreal bottom = lanesBottom();
    p->fillRect(QRectF(rect.left(), bottom, rect.width(), eventsHeight()), DesignerStyle::paletteGrey(0xfa));

    // Axis band, grid lines and tick labels.
    const QRectF axis(rect.left(), 0, rect.width(), AxisHeight);
    const QColor axisColor = DesignerStyle::paletteGrey(0xf3);
    p->fillRect(axis, axisColor);
    p->setPen(DesignerStyle::paletteGrey(0xbb));
    p->drawLine(QPointF(rect.left(), AxisHeight - 0.5), QPointF(rect.right(), AxisHeight - 0.5));
    if (m_axis == TimelineAxis::Lsn) {
        drawLsnAxis(p, rect);
        drawLaneTints(p, rect);
        return;
    }

    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    QFont bold = small;
    bold.setBold(true);
    const qint64 step = TimeAxis::labelledTickStep(m_pixelsPerSecond, QFontMetricsF(small));
    // Dates over midnight only where a day is wide enough for one.
    const bool dates = 86400 * m_pixelsPerSecond >= QFontMetricsF(bold).horizontalAdvance(QStringLiteral("2000-12-28")) + 12;
    const qint64 minor = step >= 3600 ? step / 4 : step >= 60 ? step / 5 : step;
    for (QDateTime t = TimeAxis::firstTick(timeForX(rect.left() - 100), minor); xForTime(t) <= rect.right() + 100;
         t = t.addSecs(minor)) {
        const qreal x = std::round(xForTime(t)) + 0.5;
        const bool major = t.toSecsSinceEpoch() % step == 0;
        p->setPen(DesignerStyle::paletteGrey(major ? 0xdc : 0xee));
        p->drawLine(QPointF(x, AxisHeight), QPointF(x, bottom));
        p->setPen(DesignerStyle::paletteGrey(0x99));
        p->drawLine(QPointF(x, AxisHeight - (major ? 8 : 4)), QPointF(x, AxisHeight));
        if (!major)
            continue;
        const bool midnight = t.time() == QTime(0, 0);
        p->setFont(small);
        p->setPen(DesignerStyle::textOn(axisColor));
        const QString label = TimeAxis::tickLabel(t, step);
        // The view paints the lane names over the left Gutter of what it shows: no half labels there.
        if (x - QFontMetricsF(small).horizontalAdvance(label) / 2 > rect.left() + Gutter)
            p->drawText(QRectF(x - 60, AxisHeight - 26, 120, 16), Qt::AlignCenter, label);
        if (midnight && dates && step < 86400 && x + 3 > rect.left() + Gutter) {
            p->setFont(bold);
            p->drawText(QRectF(x + 3, 2, 160, 14), Qt::AlignLeft | Qt::AlignVCenter, t.toString(QStringLiteral("yyyy-MM-dd")));
            p->setPen(DesignerStyle::paletteGrey(0x88));
            p->drawLine(QPointF(x, 2), QPointF(x, 15));
        }
    }
    drawLaneTints(p, rect);
}

} // namespace rd
