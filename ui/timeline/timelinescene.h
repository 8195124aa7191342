// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/enums.h"
#include "model/findings/projectedit.h"
#include "ui/timeline/lsnaxis.h"
#include "ui/timeline/timelinelayout.h"
#include "ui/viewstate.h"

#include <QDateTime>
#include <QGraphicsScene>
#include <QHash>

namespace rd {

class BackupBandItem;
class BackupDropGhost;
class DragVerdictItem;
class EventDropGhost;
struct PaletteEvent;
class BackupItem;
struct BackupKind;
class ProjectDocument;
class HistoryIndex;

/// The backup history on a time axis: one lane per filegroup plus one for the log, each backup
/// a bar across the lanes it covers, events as markers, the current plan's backups highlighted
/// and numbered by the steps that restore them.
///
/// It scales to 100,000s of backups: the TimelineLayout is computed once per change of the history;
/// items exist only for the backups in the visible part of the scene (setVisibleRect, plus a margin);
/// where bars would be closer than DenseSpacing pixels on a lane they are drawn as one
/// BackupBandItem, which zooming in splits into BackupItems (the selected backup and the current
/// plan's always stay bars). Tooltips are computed when shown.
///
/// The scene maps backup ids to items and updates them from the document after every change;
/// it never moves an item itself. A drag pushes EditCommands moving the backup (one undo step per
/// drag: the moves are grouped in a macro) and the bar follows because the model changed.
///
/// The axis is time or LSN (ViewState::timelineAxis; docs/lsn-axis.md). On the LSN axis the scene's
/// coordinates are LsnAxis positions read as milliseconds (xForTime/timeForX then map positions, and
/// pixelsPerSecond() is the LSN axis's zoom), each recovery path has its own row in every lane, and
/// the gestures that set a time (move-drags, palette drops) are refused with a hint().
class TimelineScene : public QGraphicsScene
{
    Q_OBJECT
public:
    struct Lane
    {
        QString filegroup; ///< empty = the log lane
        FilegroupType type = FilegroupType::Rows;
        bool readOnly = false;
        bool primary = false;
        qreal top = 0;
    };

    static constexpr qreal AxisHeight = 42;
    static constexpr qreal MinLaneHeight = 30;
    static constexpr qreal MaxLaneHeight = 50;
    static constexpr qreal EventsRowHeight = 22; ///< one row of event chips under the log lane
    static constexpr qreal Gutter = 170;   ///< left margin under the view's fixed lane labels
    static constexpr qreal RightRoom = 190; ///< room right of the last backup for its label
    static constexpr qreal MinBarWidth = 10; ///< a bar is at least this wide, however short the backup
    /// Bars starting closer than this (pixels) on a lane are drawn as a band (they would overlap).
    static constexpr qreal DenseSpacing = MinBarWidth + 2;

    TimelineScene(ProjectDocument *document, ViewState *viewState, QObject *parent = nullptr);
    ~TimelineScene() override;

    ProjectDocument *document() const { return m_document; }
    ViewState *viewState() const { return m_viewState; }
    const QList<Lane> &lanes() const { return m_lanes; }
    /// Index into lanes() at scene y, or -1 (e.g. on the axis).
    int laneAt(qreal y) const;
    qreal laneHeight() const { return m_laneHeight; }
    qreal lanesBottom() const { return AxisHeight + m_lanes.size() * m_laneHeight; }
    /// The strip under the lanes holding the event chips (more rows when chips would overlap).
    qreal eventsHeight() const { return qMax(1, m_eventRows) * EventsRowHeight + 8; }
    /// Lanes share the view's height (within MinLaneHeight…MaxLaneHeight).
    void setAvailableHeight(qreal height);

    /// Scene x of `time` (on the LSN axis: of an axis position held as ms since the epoch; see
    /// axisTime()), and back.
    qreal xForTime(const QDateTime &time) const;
    QDateTime timeForX(qreal x) const;
    double pixelsPerSecond() const { return m_pixelsPerSecond; }
    /// Zooms (clamped to 1e-5 … 20 pixels per second, and to a scene under 1e9 pixels wide).
    void setPixelsPerSecond(double pixelsPerSecond);
    /// The zoom that shows the whole history in `width` pixels.
    void fitToWidth(qreal width);

    /// The part of the scene a view shows (scene coordinates). Items are placed for it plus about
    /// a view's width either side, again only when it leaves that range. Until a view reports,
    /// the first 2,000 pixels.
    void setVisibleRect(const QRectF &rect);
    const TimelineLayout &layout() const { return m_layout; }

    /// The axis shown; follows ViewState::timelineAxis. A switch keeps each axis's zoom and left edge
    /// (axisView) for the way back, fits an axis shown for the first time, and emits axisChanged.
    TimelineAxis axis() const { return m_axis; }
    void setAxis(TimelineAxis axis);
    /// The LSN axis of the current history (built while the LSN axis is shown, else empty).
    const LsnAxis &lsnAxis() const { return m_lsnAxis; }
    /// Where an axis was left: its zoom, and the time (time axis) or LSN (LSN axis) at the left edge
    /// of the lanes; pixelsPerSecond 0 when it was never shown.
    struct AxisView
    {
        double pixelsPerSecond = 0;
        QDateTime left;
        Lsn leftLsn;
    };
    AxisView axisView(TimelineAxis axis) const { return m_axisViews[int(axis)]; }
    void setAxisView(TimelineAxis axis, const AxisView &view) { m_axisViews[int(axis)] = view; }
    /// Another project: neither axis has been shown for it yet (each fits when next shown).
    void forgetAxisViews() { m_axisViews[0] = m_axisViews[1] = AxisView(); }
    /// The scene coordinate of a moment: `at` on the time axis; on the LSN axis the position of
    /// `lsn`, or where the log had got to at `at` when `lsn` is null (LsnAxis::positionAt), as a
    /// QDateTime xForTime() maps.
    QDateTime axisTime(const QDateTime &at, const Lsn &lsn = {}) const;
    /// Scene x of `lsn` on the LSN axis, and the greatest axis LSN at or left of scene x.
    qreal xForLsn(const Lsn &lsn) const;
    Lsn lsnForX(qreal x) const;
    /// Whether gestures that set a time (move-drag, palette drop, Add Backup at a time) may run:
    /// only on the time axis. timeEditRefusal() is the hint shown when they may not.
    bool timeEditsAllowed() const { return m_axis == TimelineAxis::Time; }
    static QString timeEditRefusal();
    /// The vertical extent (top, height) of a bar on lane `lane`, row `row` (rows: recovery paths on
    /// the LSN axis; one row on the time axis).
    std::pair<qreal, qreal> barSpan(int lane, int row) const;

    /// The bar of backup `id`, or null when it has none now (off screen, or in a band).
    BackupItem *itemForBackup(const QString &id) const { return m_backups.value(id); }
    int backupItemCount() const { return int(m_backups.size()); }
    const QList<BackupBandItem *> &bands() const { return m_bands; }
    /// The rich tooltip of a backup or band item (computed on demand: hovering shows it), or "".
    QString toolTipFor(const QGraphicsItem *item) const;
    /// 1-based numbers of the current plan's steps that restore backup `id`.
    QList<int> stepsUsing(const QString &id) const;

    /// Dimmed backups (issue 11; timelinedimming.cpp): whether the current plan restores any
    /// backup at all; only then are the others dimmed, so an empty plan leaves the history as drawn.
    bool dimsUnusedBackups() const;
    /// Whether backup `id` is drawn dimmed: dimsUnusedBackups() and the current plan's
    /// PlanExplanation says it does not use it. O(steps), read at paint time.
    bool isDimmed(const QString &id) const;
    /// "Not used by plan NAME: REASON" (PlanExplanation::reasonNotUsed), plain text, for a dimmed
    /// backup; empty for any other. O(log n) in the backups: worked out on hover only.
    QString notUsedReason(const QString &id) const;

    /// Drag protocol of BackupItem (also used by tests): press, any number of moves, then release or
    /// cancel (Escape). One undo step per drag; none when the bar ends where it began or the drag is
    /// cancelled (the backup goes back). On the LSN axis the press emits hint(timeEditRefusal()) and
    /// the drag moves nothing.
    void beginBackupDrag(const QString &id, const QPointF &scenePos);
    void dragBackup(const QPointF &scenePos);
    void endBackupDrag();
    void cancelBackupDrag();
    bool isDraggingBackup() const { return !m_dragId.isEmpty(); }

    /// Palette drops (issue 9, item 3), used by TimelineView's drag events and by tests. The edit
    /// a drop of `kind` at scene point `at` makes: it starts at the time under `at` (snapped as a
    /// moved bar snaps), and a FILE or FILE_DIFFERENTIAL backup holds the filegroup of the lane
    /// under `at` (PRIMARY off the filegroup lanes).
    ProjectEdit dropEdit(const BackupKind &kind, const QPointF &at) const;
    /// Shows (or moves) the ghost of that drop, coloured by EditPreview of its edit on the current
    /// plan: an error it would add about the new backup turns it red (the rule and message beside
    /// it), a warning amber.
    void previewDrop(const BackupKind &kind, const QPointF &at);
    /// Removes the ghost (the drag left, or dropped).
    void endDropPreview();
    /// Pushes the drop's edit (one undo step) and selects the new backup; returns its id. On the LSN
    /// axis nothing is pushed: it emits hint(timeEditRefusal()) and returns "" (previewDrop shows no ghost).
    QString dropBackup(const BackupKind &kind, const QPointF &at);
    /// The ghost while a palette drag is over the timeline, else null.
    const BackupDropGhost *dropGhost() const { return m_ghost; }

    /// The verdict on the backup being dragged (findings of the current analysis about it), or
    /// null when no backup is dragged. Shown from the press to the release, updated as the
    /// document re-analyses after each move.
    const DragVerdictItem *dragVerdict() const { return m_dragVerdict; }

    /// Events dropped from the palette (issue 9, item 3), as backups are: the time under `at`
    /// (snapped as a moved bar snaps) and the lane under it (PaletteEvent::newEvent). The edit
    /// adding that event; invalid, with the reason in `*refusal`, when the drop is refused there
    /// (PaletteEvent::refusal).
    ProjectEdit eventDropEdit(const PaletteEvent &kind, const QPointF &at, QString *refusal = nullptr) const;
    /// Shows (or moves) the event's ghost, coloured by EditPreview of the drop's edit (the findings
    /// it would add, worst first), or red with the reason when the drop would be refused.
    void previewEventDrop(const PaletteEvent &kind, const QPointF &at);
    /// Pushes the drop's edit (one undo step); false, nothing pushed, when refused (`*refusal` says why).
    bool dropTimelineEvent(const PaletteEvent &kind, const QPointF &at, QString *refusal = nullptr);
    const EventDropGhost *eventDropGhost() const { return m_eventGhost; }

    /// Drag protocol of an event's marker (TimelineView; also used by tests): press on the marker of
    /// project.events[index], any number of moves, then release or cancel (Escape). The moves push
    /// ReplaceEvent edits in one macro, so the marker follows the document; one undo step per drag,
    /// none when the drag ends where it began or is cancelled.
    void beginEventDrag(int index, const QPointF &scenePos);
    void dragTimelineEvent(const QPointF &scenePos);
    void endEventDrag();
    void cancelEventDrag();
    bool isDraggingEvent() const { return m_eventDragIndex >= 0; }

    /// Trainer mode (issue 9, item 6): the pale tint of lane `lane` for its filegroup's state after
    /// the selected step (ViewState::currentStep()) of the current plan's simulation; invalid when
    /// trainer mode is off (ViewState::trainerMode()), no step is selected, and for the log lane.
    QColor laneStateTint(int lane) const;
    /// The 1-based step after which lane `lane`'s filegroup comes online (Availability), 0 when it
    /// is online before the restore, -1 when it never is, or no plan/step/filegroup lane.
    int laneOnlineAfterStep(int lane) const;

signals:
    void zoomChanged();
    /// The time range moved (an edit widened or narrowed the history): what was at scene x is now
    /// at x + dx. The view scrolls by dx, so that an edit never jumps the view.
    void originShifted(qreal dx);
    /// The axis was switched (setAxis); the view shows it as it was left (axisView) or fits it.
    void axisChanged(TimelineAxis axis);
    /// A message for the status bar: e.g. why a gesture was refused on the LSN axis.
    void hint(const QString &text);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    /// Trainer mode: on each filegroup lane, a chip with its state after the selected step and the
    /// step after which it comes online (TimelineView draws it under its fixed lane labels).
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void helpEvent(QGraphicsSceneHelpEvent *event) override;

private:
    /// Lanes, range, items and markers (and the layout, when the history changed).
    void refresh();
    void layOutLanes();
    /// Rebuilds the layout (and the lanes) when the document's history is a new version.
    void syncHistory();
    void computeRange();
    void placeItems();
    void placeBands(qint64 fromMs, qint64 toMs, int first, const std::vector<char> &dense);
    void placeBackupItem(BackupItem *item, const TimelineLayout::Bar &bar);
    /// The badge of the backup's estimated memory-optimized share (issue 10; CfpBadge), on the
    /// memory-optimized filegroup's lane when there is room before the next bar there; none
    /// without an estimate. `width` is the bar's, `labelRoom` the room of its label.
    void placeCfpBadge(BackupItem *item, const TimelineLayout::Bar &bar, qreal width, const QRectF &labelRect,
                       qreal labelRoom);
    /// After an edit of the CFP snapshots alone: every bar shown placed again, so that only those
    /// whose badge changed repaint (BackupItem::setGeometry and setCfpBadge change nothing otherwise).
    void placeCfpBadges();
    void rebuildMarkers();
    /// Trainer mode: the pale tints of the lanes (under the bars; the chips are drawForeground's).
    void drawLaneTints(QPainter *painter, const QRectF &rect);
    /// LSN axis: ticks at axis LSNs (abbreviated, never overlapping), gap and fork markers, rows.
    void drawLsnAxis(QPainter *painter, const QRectF &rect);
    /// LSN axis: the tooltip of the axis, a gap or a fork marker at `pos`, or "".
    QString lsnToolTipAt(const QPointF &pos) const;
    qreal xForMs(qint64 ms) const;
    /// Shows the verdict on the dragged backup's bar (m_dragId), or removes it when none is dragged.
    void updateDragVerdict();
    /// Ends the event drag's macro; when it left the event as it was, undoes it and drops it from
    /// the stack, so no undo step remains.
    void finishEventDrag(bool cancel);
    /// The same for a backup drag.
    void finishBackupDrag(bool cancel);
    /// Ends a drag's open undo macro; `discard`: undoes it and leaves nothing to redo.
    void closeDragMacro(bool discard);

    ProjectDocument *m_document;
    ViewState *m_viewState;
    QList<Lane> m_lanes;
    QDateTime m_origin; ///< the time at x = Gutter
    QDateTime m_end;
    double m_pixelsPerSecond = 0.06;
    qreal m_laneHeight = MinLaneHeight;
    qreal m_availableHeight = 0;
    qreal m_sceneWidth = 0;
    int m_eventRows = 1;
    TimelineLayout m_layout;
    const HistoryIndex *m_layoutIndex = nullptr; ///< the history m_layout was built from
    TimelineAxis m_axis = TimelineAxis::Time;
    TimelineAxis m_layoutAxis = TimelineAxis::Time; ///< the axis m_layout was built for
    LsnAxis m_lsnAxis;
    AxisView m_axisViews[2];
    QDateTime m_historyFirst; ///< earliest backup start or event (invalid: none)
    QDateTime m_historyLast;
    QRectF m_visible{0, 0, 2000, 1};
    QRectF m_placed; ///< the x range items were placed for
    QHash<QString, BackupItem *> m_backups;
    QList<BackupBandItem *> m_bands;
    QList<QGraphicsItem *> m_markers;

    QString m_dragId;
    qreal m_dragPressX = 0;
    QDateTime m_dragOriginalStart;
    bool m_dragMacroOpen = false;
    BackupDropGhost *m_ghost = nullptr;
    QString m_ghostKey; ///< the kind, start and filegroups the ghost shows
    DragVerdictItem *m_dragVerdict = nullptr;
    EventDropGhost *m_eventGhost = nullptr;
    QString m_eventGhostKey; ///< the kind, time and lane the event ghost shows

    int m_eventDragIndex = -1; ///< index in project.events of the event being dragged
    qreal m_eventDragPressX = 0;
    TimelineEvent m_eventDragOriginal; ///< the event as it was when pressed
    bool m_eventMacroOpen = false;

};

} // namespace rd
