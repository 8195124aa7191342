// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// TimelineScene's item placement: which backups get a bar, which are drawn as bands, at the
// current zoom and for the visible part of the scene. Kept apart from the scene's other duties
// (lanes, range, drag, markers, background) so that each file has one job.
#include "ui/timeline/timelinescene.h"

#include "model/document/projectdocument.h"
#include "ui/timeline/backupbanditem.h"
#include "ui/timeline/backupitem.h"
#include "ui/timeline/backuptooltip.h"
#include "ui/timeline/cfpbadge.h"
#include "ui/viewstate.h"

#include <QFontMetricsF>
#include <QGraphicsSceneHelpEvent>
#include <QSet>
#include <QToolTip>

#include <cmath>

namespace rd {
namespace {
constexpr qreal BadgeStride = 18;
} // namespace

void TimelineScene::placeItems()
{
    syncHistory();
    // Items for the visible rect plus a view's width (at least 1,500 px) either side, so that
    // scrolling by less than that needs no new items.
    const qreal margin = qMax<qreal>(m_visible.width(), 1500);
    const qreal left = m_visible.left() - margin;
    const qreal right = m_visible.right() + margin;
    m_placed = QRectF(left, 0, right - left, 1);
    const double msPerPixel = 1000.0 / m_pixelsPerSecond;
    const qint64 originMs = m_origin.toMSecsSinceEpoch();
    const qint64 toMs = originMs + qint64((right - Gutter) * msPerPixel);
    // A bar starting this much before the left edge may still reach into it.
    const qint64 fromMs = originMs + qint64((left - Gutter) * msPerPixel) - m_layout.longestMs()
                          - qint64(MinBarWidth * msPerPixel) - 1;
    const auto [first, last] = m_layout.startingWithin(fromMs, toMs);
    const std::vector<TimelineLayout::Bar> &bars = m_layout.bars();

    // Dense: a bar starting less than DenseSpacing pixels after the previous one labelled on the
    // same lane and row (their bars and labels would collide). A full backup 30 s after a log only
    // shares the log lane with it: both stay bars.
    std::vector<char> dense(size_t(last - first), 0);
    const qint64 denseMs = qint64(DenseSpacing * msPerPixel);
    std::vector<int> previous(size_t(m_layout.rowCount()));
    for (int lane = 0; lane < m_layout.laneCount(); ++lane) {
        const std::vector<int> &order = m_layout.lane(lane);
        const auto [a, b] = m_layout.startingWithin(lane, fromMs, toMs);
        std::fill(previous.begin(), previous.end(), -1);
        for (int j = a; j < b; ++j) {
            const int i = order[size_t(j)];
            if (bars[size_t(i)].labelLane != lane)
                continue;
            int &before = previous[size_t(bars[size_t(i)].row)];
            if (before >= 0 && bars[size_t(i)].startMs - bars[size_t(before)].startMs < denseMs)
                dense[size_t(before - first)] = dense[size_t(i - first)] = 1;
            before = i;
        }
    }
    // The selected backup, the one being dragged and the current plan's stay bars (over the band).
    const Project &project = m_document->project();
    QSet<QString> kept{m_viewState->selectedBackup(), m_dragId};
    const int plan = m_viewState->currentPlan();
    if (plan >= 0 && plan < project.plans.size())
        for (const PlanStep &step : project.plans[plan].steps)
            kept.insert(step.backup);
    for (const QString &id : std::as_const(kept))
        if (const int i = m_layout.barOf(id); i >= first && i < last)
            dense[size_t(i - first)] = 0;

    placeBands(fromMs, toMs, first, dense);
    QHash<QString, BackupItem *> items;
    for (int i = first; i < last; ++i) {
        if (dense[size_t(i - first)])
            continue;
        const TimelineLayout::Bar &bar = bars[size_t(i)];
        const QString &id = project.backups[bar.position].id;
        if (items.contains(id))
            continue; // a duplicate id: the first backup with it gets the bar
        BackupItem *item = m_backups.take(id);
        if (!item) {
            item = new BackupItem(id);
            addItem(item);
        }
        // On the LSN axis a bar cannot be moved (beginBackupDrag says why): no move cursor.
        if (const Qt::CursorShape cursor = timeEditsAllowed() ? Qt::SizeHorCursor : Qt::ArrowCursor;
            item->cursor().shape() != cursor)
            item->setCursor(cursor);
        items.insert(id, item);
        placeBackupItem(item, bar);
    }
    qDeleteAll(m_backups); // the backups now off screen, in a band, or gone
    m_backups = items;
}

void TimelineScene::placeBands(qint64 fromMs, qint64 toMs, int first, const std::vector<char> &dense)
{
    const std::vector<TimelineLayout::Bar> &bars = m_layout.bars();
    const bool lsn = m_axis == TimelineAxis::Lsn;
    int used = 0;
    // One pass per row (recovery path, on the LSN axis): a band never mixes two paths.
    for (int row = 0; row < m_layout.rowCount(); ++row)
    for (int lane = 0; lane < m_layout.laneCount() && lane < m_lanes.size(); ++lane) {
        const auto [top, height] = barSpan(lane, row);
        const std::vector<int> &order = m_layout.lane(lane);
        const auto [a, b] = m_layout.startingWithin(lane, fromMs, toMs);
        // The run being gathered: x extent, times in ms (QDateTimes only for the finished band).
        qreal left = 0, right = 0;
        qint64 runFrom = 0, runTo = 0;
        BackupBandItem::Run run;
        auto flush = [&] {
            if (run.count() == 0)
                return;
            if (used == m_bands.size()) {
                m_bands.append(new BackupBandItem);
                addItem(m_bands.back());
            }
            run.from = QDateTime::fromMSecsSinceEpoch(runFrom, Qt::UTC);
            run.to = QDateTime::fromMSecsSinceEpoch(runTo, Qt::UTC);
            if (lsn) {
                run.fromLsn = m_lsnAxis.lsnAt(runFrom);
                run.toLsn = m_lsnAxis.lsnAt(runTo);
            }
            m_bands[used++]->set(QRectF(left, top, right - left, height), lane, run);
            run = {};
        };
        for (int j = a; j < b; ++j) {
            const int i = order[size_t(j)];
            if (!dense[size_t(i - first)] || bars[size_t(i)].row != row)
                continue;
            const TimelineLayout::Bar &bar = bars[size_t(i)];
            const qreal x = xForMs(bar.startMs);
            const qreal end = qMax(xForMs(bar.finishMs), x + 2);
            if (run.count() > 0 && x <= right + DenseSpacing) {
                right = qMax(right, end);
                runTo = qMax(runTo, bar.finishMs);
            } else {
                flush();
                left = x;
                right = end;
                runFrom = bar.startMs;
                runTo = bar.finishMs;
            }
            ++run.countByType[size_t(bar.type)];
        }
        flush();
    }
    while (m_bands.size() > used)
        delete m_bands.takeLast();
}

void TimelineScene::placeBackupItem(BackupItem *item, const TimelineLayout::Bar &bar)
{
    const Backup &b = m_document->project().backups[bar.position];
    const qreal x = xForMs(bar.startMs);
    const qreal width = qMax(MinBarWidth, xForMs(bar.finishMs) - x);
    QList<QRectF> segments;
    for (const int lane : bar.lanes) {
        const auto [top, height] = barSpan(lane, bar.row);
        segments << QRectF(0, top, width, height);
    }
    if (segments.isEmpty()) {
        const auto [top, height] = barSpan(-1, bar.row);
        segments << QRectF(0, top, width, height);
    }

    // The label goes on the first lane, elided before the next bar on that lane.
    const qreal room = bar.nextStartMs == TimelineLayout::NoNext
                           ? 1e6 // QFontMetricsF::elidedText overflows on huge widths
                           : qMin<qreal>(1e6, xForMs(bar.nextStartMs) - (x + width) - 12);
    const QList<int> steps = stepsUsing(b.id);
    const qreal badges = steps.size() * BadgeStride + (steps.isEmpty() ? 0 : 2);
    QFont labelFont = font();
    labelFont.setBold(!steps.isEmpty());
    const QFontMetricsF metrics(labelFont);
    QString label = b.id + (b.tailLog ? tr(" (tail)") : QString());
    const qreal textRoom = room - badges;
    label = textRoom < 24 ? QString() : metrics.elidedText(label, Qt::ElideRight, textRoom);
    const qreal labelWidth = badges + (label.isEmpty() ? 0 : metrics.horizontalAdvance(label) + 4);
    // Beside the bar on its lane, or on its row when recovery paths share the lane (LSN axis).
    const auto [rowTop, rowHeight] = barSpan(bar.labelLane, bar.row);
    const QRectF labelRect = m_layout.rowCount() > 1 ? QRectF(width + 5, rowTop, labelWidth, rowHeight)
                                                     : QRectF(width + 5, m_lanes[bar.labelLane].top, labelWidth, m_laneHeight);
    item->setGeometry(segments, labelRect, label);
    placeCfpBadge(item, bar, width, labelRect, room);
    item->setPos(x, 0);
    item->setZValue(b.id == m_viewState->selectedBackup() ? 2 : 0);
}

void TimelineScene::placeCfpBadge(BackupItem *item, const TimelineLayout::Bar &bar, qreal width, const QRectF &labelRect,
                                  qreal labelRoom)
{
    // Read from the analysis (CfpEstimates, by the bar's position in the history): O(log n).
    const BackupCfpEstimate *estimate = m_document->analysis().cfpEstimates().at(bar.position);
    int lane = -1;
    if (estimate)
        for (const int l : bar.lanes)
            if (l < m_lanes.size() && m_lanes[l].type == FilegroupType::MemoryOptimizedData && !m_lanes[l].filegroup.isEmpty())
                lane = l;
    if (lane < 0) {
        item->setCfpBadge({}, {});
        return;
    }
    const QString text = CfpBadge::text(*estimate);
    const QFont font = BackupItem::badgeFont(this->font());
    const qreal badgeWidth = CfpBadge::width(text, font);
    const qreal badgeHeight = qMin<qreal>(QFontMetricsF(font).height() + 4, m_laneHeight - 4);
    // On the memory-optimized filegroup's lane, right of the bar; after the id when that lane
    // carries it too. Left out when the next bar on that lane leaves no room.
    qreal left = width + 5;
    qreal room = labelRoom;
    if (lane == bar.labelLane) {
        left = labelRect.right() + 4;
        room = labelRoom - labelRect.width() - 4;
    } else {
        const std::vector<int> &order = m_layout.lane(lane);
        const auto [next, end] = m_layout.startingWithin(lane, bar.startMs + 1, TimelineLayout::NoNext - 1);
        if (next < end)
            room = xForMs(m_layout.bars()[size_t(order[size_t(next)])].startMs) - (xForMs(bar.startMs) + width) - 12;
        else
            room = 1e6;
    }
    if (badgeWidth > room) {
        item->setCfpBadge({}, {});
        return;
    }
    const auto [rowTop, rowHeight] = m_layout.rowCount() > 1 ? barSpan(lane, bar.row)
                                                             : std::pair<qreal, qreal>(m_lanes[lane].top, m_laneHeight);
    item->setCfpBadge(QRectF(left, rowTop + (rowHeight - badgeHeight) / 2, badgeWidth, badgeHeight), text);
}

void TimelineScene::placeCfpBadges()
{
    syncHistory(); // the same history: nothing to rebuild
    for (auto it = m_backups.cbegin(); it != m_backups.cend(); ++it)
        if (const int i = m_layout.barOf(it.key()); i >= 0)
            placeBackupItem(it.value(), m_layout.bars()[size_t(i)]);
}

QString TimelineScene::toolTipFor(const QGraphicsItem *item) const
{
    if (const auto *bar = dynamic_cast<const BackupItem *>(item)) {
        QString tip = BackupToolTip::text(m_document->analysis(), bar->backupId(), stepsUsing(bar->backupId()));
        // A dimmed backup says first why the current plan leaves it out (issue 11).
        if (const QString why = notUsedReason(bar->backupId()); !why.isEmpty() && !tip.isEmpty())
            tip = QStringLiteral("<i>%1</i><hr>").arg(why.toHtmlEscaped()) + tip;
        if (!timeEditsAllowed())
            tip += tr("<br><i>On the LSN axis it spans its LSN range and cannot be moved: switch to the time axis "
                      "(Ctrl+L) to move it.</i>");
        return tip;
    }
    if (const auto *band = dynamic_cast<const BackupBandItem *>(item)) {
        if (!dimsUnusedBackups())
            return band->toolTipText();
        const int plan = m_viewState->currentPlan();
        return tr("<i>Plan %1 restores none of these: zoom in and hover one to see why.</i><hr>")
                   .arg(m_document->project().plans[plan].name.toHtmlEscaped())
               + band->toolTipText();
    }
    return item ? item->toolTip() : QString();
}

void TimelineScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    // Tooltips are computed on hover (one backup's), never for every backup at every rebuild.
    const QList<QGraphicsItem *> under = items(event->scenePos(), Qt::IntersectsItemShape, Qt::DescendingOrder);
    for (const QGraphicsItem *item : under) {
        const QString text = toolTipFor(item);
        if (!text.isEmpty()) {
            QToolTip::showText(event->screenPos(), text, event->widget());
            event->setAccepted(true);
            return;
        }
    }
    if (const QString text = lsnToolTipAt(event->scenePos()); !text.isEmpty()) { // the LSN axis's markers
        QToolTip::showText(event->screenPos(), text, event->widget());
        event->setAccepted(true);
        return;
    }
    QToolTip::hideText();
    event->setAccepted(false);
}

} // namespace rd
