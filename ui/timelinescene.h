#pragma once

#include "model/domain/enums.h"

#include <QDateTime>
#include <QGraphicsScene>
#include <QHash>

namespace rd {

class BackupItem;
class ProjectDocument;
class ViewState;

/// The backup history on a time axis: one lane per filegroup plus one for the log, each backup
/// a bar across the lanes it covers, events as markers, the current plan's backups highlighted
/// and numbered by the steps that restore them.
///
/// The scene maps backup ids to items and updates them from the document after every change;
/// it never moves an item itself. A drag pushes EditCommands moving the backup (one undo step per
/// drag: the moves are grouped in a macro) and the bar follows because the model changed.
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

    TimelineScene(ProjectDocument *document, ViewState *viewState, QObject *parent = nullptr);

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

    qreal xForTime(const QDateTime &time) const;
    QDateTime timeForX(qreal x) const;
    double pixelsPerSecond() const { return m_pixelsPerSecond; }
    void setPixelsPerSecond(double pixelsPerSecond);
    /// The zoom that shows the whole history in `width` pixels.
    void fitToWidth(qreal width);

    BackupItem *itemForBackup(const QString &id) const { return m_backups.value(id); }
    /// 1-based numbers of the current plan's steps that restore backup `id`.
    QList<int> stepsUsing(const QString &id) const;

    /// Drag protocol of BackupItem (also used by tests): press, any number of moves, release.
    void beginBackupDrag(const QString &id, const QPointF &scenePos);
    void dragBackup(const QPointF &scenePos);
    void endBackupDrag();

signals:
    void zoomChanged();

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    void rebuild();
    void computeRange();
    void updateBackupItems();
    void rebuildMarkers();

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
    QHash<QString, BackupItem *> m_backups;
    QList<QGraphicsItem *> m_markers;

    QString m_dragId;
    qreal m_dragPressX = 0;
    QDateTime m_dragOriginalStart;
    bool m_dragMacroOpen = false;
};

} // namespace rd
