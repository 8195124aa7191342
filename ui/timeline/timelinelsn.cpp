// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// TimelineScene on the LSN axis (issue 9, item 1; docs/lsn-axis.md): switching axes, mapping
// moments and LSNs to x, the rows of recovery paths, and the axis's ticks, gap and fork markers.
// The placement of bars and bands is the time axis's (timelineplacement.cpp) on LsnAxis positions.
#include "ui/timeline/timelinescene.h"

#include "ui/designerstyle.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace rd {
namespace {

const QColor GapColor(0xc6, 0x2f, 0x2f);
const QColor ForkColor(0x7a, 0x3f, 0xb0);
constexpr qreal ForkChipWidth = 92;

/// The first 8 characters of a fork GUID: enough to tell the paths of one database apart.
QString shortFork(const QString &guid)
{
    return guid.left(8);
}

} // namespace

QString TimelineScene::timeEditRefusal()
{
    return tr("The LSN axis shows log sequence numbers, not times: switch to the time axis (View ▸ LSN Axis, "
              "Ctrl+L) to move a backup or drop a new one.");
}

void TimelineScene::setAxis(TimelineAxis axis)
{
    if (axis == m_axis)
        return;
    // Where this axis is left, to come back to it.
    const qreal leftX = m_visible.left() + Gutter;
    AxisView &was = m_axisViews[int(m_axis)];
    was.pixelsPerSecond = m_pixelsPerSecond;
    if (m_axis == TimelineAxis::Time)
        was.left = timeForX(leftX);
    else
        was.leftLsn = lsnForX(leftX);
    endDropPreview();
    m_axis = axis;
    m_viewState->setTimelineAxis(axis); // a switch asked of the scene (tests, benchmark) is the view's too
    const AxisView &back = m_axisViews[int(axis)];
    if (back.pixelsPerSecond > 0)
        m_pixelsPerSecond = back.pixelsPerSecond; // clamped when it was set
    // A new range on other coordinates: no scrolling to keep the old one (refresh's origin shift).
    m_origin = QDateTime();
    m_visible.moveLeft(0);
    refresh();
    if (back.pixelsPerSecond <= 0) {
        fitToWidth(m_visible.width());
        setVisibleRect(m_visible.translated(-m_visible.left(), 0)); // Fit shows the start
    } else {
        // Where the axis was left (the view scrolls there on axisChanged, and reports it again).
        const qreal left = axis == TimelineAxis::Time ? xForTime(back.left) : xForLsn(back.leftLsn);
        setVisibleRect(m_visible.translated(left - Gutter - m_visible.left(), 0));
    }
    emit axisChanged(axis);
}

QDateTime TimelineScene::axisTime(const QDateTime &at, const Lsn &lsn) const
{
    if (m_axis == TimelineAxis::Time)
        return at;
    return QDateTime::fromMSecsSinceEpoch(lsn.isNull() ? m_lsnAxis.positionAt(at) : m_lsnAxis.positionOf(lsn), Qt::UTC);
}

qreal TimelineScene::xForLsn(const Lsn &lsn) const
{
    return xForMs(m_lsnAxis.positionOf(lsn));
}

Lsn TimelineScene::lsnForX(qreal x) const
{
    return m_lsnAxis.lsnAt(m_origin.toMSecsSinceEpoch() + qint64(std::floor((x - Gutter) / m_pixelsPerSecond * 1000.0)));
}

std::pair<qreal, qreal> TimelineScene::barSpan(int lane, int row) const
{
    const qreal top = lane >= 0 && lane < m_lanes.size() ? m_lanes[lane].top : AxisHeight;
    const int rows = m_layout.rowCount();
    if (rows <= 1) {
        const qreal inset = std::round(m_laneHeight * 0.2);
        return {top + inset, m_laneHeight - 2 * inset};
    }
    // Recovery paths share the lane, one row each, the first on top.
    const qreal each = (m_laneHeight - 4) / rows;
    return {top + 2 + qBound(0, row, rows - 1) * each + 0.5, each - 1};
}

void TimelineScene::drawLsnAxis(QPainter *p, const QRectF &rect)
{
    const qreal bottom = lanesBottom();
    const qint64 originMs = m_origin.toMSecsSinceEpoch();
    auto positionAtX = [&](qreal x) { return originMs + qint64((x - Gutter) / m_pixelsPerSecond * 1000.0); };
    const std::vector<qint64> &positions = m_lsnAxis.positions();
    const std::vector<Lsn> &lsns = m_lsnAxis.lsns();
    const int rows = m_layout.rowCount();

    // The rows of the recovery paths after the first: faintly shaded, so that a fork reads as a
    // second track in every lane.
    if (rows > 1) {
        for (int lane = 0; lane < m_lanes.size(); ++lane)
            for (int row = 1; row < rows; ++row) {
                const auto [top, height] = barSpan(lane, row);
                p->fillRect(QRectF(rect.left(), top - 0.5, rect.width(), height + 1), QColor(0x7a, 0x3f, 0xb0, 14));
            }
    }

    // Ticks at the axis's LSNs; labels (less than `cell` wide, as wide as the longest LSN's digits)
    // only where they cannot touch the next one (LsnAxis::labelled).
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    const QFontMetricsF metrics(small);
    const qsizetype digits = lsns.empty() ? 1 : lsns.back().toString().size();
    const qreal cell = metrics.horizontalAdvance(QString(digits, u'0') + QStringLiteral("::")) + 16;
    const qsizetype visibleFirst = m_lsnAxis.firstAtOrAfter(positionAtX(rect.left() - 2));
    const qsizetype visibleLast = m_lsnAxis.firstAtOrAfter(positionAtX(rect.right() + 2));
    const QColor axisColor = DesignerStyle::paletteGrey(0xf3);
    if (visibleLast - visibleFirst < qsizetype(rect.width() / 4)) { // unlabelled ticks while they are 4 px apart
        p->setPen(DesignerStyle::paletteGrey(0x99));
        for (qsizetype i = visibleFirst; i < visibleLast; ++i) {
            const qreal x = std::round(xForMs(positions[size_t(i)])) + 0.5;
            p->drawLine(QPointF(x, AxisHeight - 4), QPointF(x, AxisHeight));
        }
    }
    p->setFont(small);
    const double pixelsPerUnit = m_pixelsPerSecond / 1000.0;
    for (const qsizetype i : m_lsnAxis.labelled(pixelsPerUnit, Gutter - double(originMs) * pixelsPerUnit, Gutter, cell,
                                                rect.left(), rect.right())) {
        const qreal tick = std::round(xForMs(positions[size_t(i)])) + 0.5;
        p->setPen(DesignerStyle::paletteGrey(0xdc));
        p->drawLine(QPointF(tick, AxisHeight), QPointF(tick, bottom));
        p->setPen(DesignerStyle::paletteGrey(0x99));
        p->drawLine(QPointF(tick, AxisHeight - 8), QPointF(tick, AxisHeight));
        if (tick + 3 > rect.left() + Gutter) { // the view paints the lane names over the gutter
            p->setPen(DesignerStyle::textOn(axisColor));
            p->drawText(QRectF(tick + 3, AxisHeight - 26, cell - 8, 16), Qt::AlignLeft | Qt::AlignVCenter,
                        LsnAxis::abbreviated(lsns[size_t(i)]));
        }
    }

    // Gaps in the log chain: a hatched red block on the log lane's row of that path, at least 8 px
    // wide whatever the zoom, so that a gap between 100,000 logs still shows.
    const int logLane = int(m_lanes.size()) - 1;
    const std::vector<LsnAxis::Gap> &gaps = m_lsnAxis.gaps();
    const qint64 fromPos = positionAtX(rect.left() - 8) - m_lsnAxis.longestGap();
    auto gap = std::lower_bound(gaps.begin(), gaps.end(), fromPos, [](const LsnAxis::Gap &g, qint64 at) { return g.from < at; });
    const qint64 toPos = positionAtX(rect.right() + 8);
    for (; gap != gaps.end() && gap->from <= toPos; ++gap) {
        const auto [top, height] = barSpan(logLane, gap->row);
        qreal left = xForMs(gap->from), right = xForMs(gap->to);
        if (right - left < 8) {
            const qreal centre = (left + right) / 2;
            left = centre - 4;
            right = centre + 4;
        }
        const QRectF block(left, top, right - left, height);
        QColor fill = GapColor;
        fill.setAlpha(40);
        p->fillRect(block, fill);
        p->fillRect(block, QBrush(GapColor, Qt::BDiagPattern));
        p->setPen(QPen(GapColor, 1.5));
        p->drawLine(QPointF(left, top - 3), QPointF(left, top + height + 3));
        p->drawLine(QPointF(right, top - 3), QPointF(right, top + height + 3));
        const QString text = tr("gap");
        if (metrics.horizontalAdvance(text) + 6 < block.width() && height >= metrics.height()) {
            p->setPen(GapColor.darker(140));
            p->drawText(block, Qt::AlignCenter, text);
        }
        // And on the axis, where the eye looks for LSNs.
        p->fillRect(QRectF(left, AxisHeight - 4, right - left, 4), GapColor);
    }

    // Forks: a dashed line through the lanes where a recovery path begins, with a chip on the axis.
    for (const LsnAxis::Fork &fork : m_lsnAxis.forks()) {
        const qreal x = std::round(xForMs(fork.at)) + 0.5;
        if (x < rect.left() - ForkChipWidth || x > rect.right() + ForkChipWidth)
            continue;
        p->setPen(QPen(ForkColor, 1.5, Qt::DashLine));
        p->drawLine(QPointF(x, 2), QPointF(x, bottom));
        const QRectF chip(x + 3, 2, ForkChipWidth, 14);
        p->setPen(Qt::NoPen);
        p->setBrush(ForkColor);
        p->drawRoundedRect(chip, 3, 3);
        p->setPen(Qt::white);
        p->drawText(chip.adjusted(4, 0, -2, 0), Qt::AlignLeft | Qt::AlignVCenter,
                    metrics.elidedText(tr("fork %1").arg(shortFork(fork.forkId)), Qt::ElideRight, chip.width() - 6));
    }
}

QString TimelineScene::lsnToolTipAt(const QPointF &pos) const
{
    if (m_axis != TimelineAxis::Lsn)
        return {};
    for (const LsnAxis::Fork &fork : m_lsnAxis.forks()) {
        const qreal x = xForMs(fork.at);
        const bool onChip = pos.y() < 18 && pos.x() >= x && pos.x() <= x + ForkChipWidth + 3;
        if (onChip || (pos.y() >= AxisHeight && pos.y() < lanesBottom() && std::abs(pos.x() - x) <= 3))
            return tr("<b>Recovery fork</b> %1<br>From LSN %2 on, these backups are on another recovery path (a "
                      "restore recovered the database at an earlier point): they are drawn on row %3 of each lane. "
                      "A log backup applies only to data restored on its own path (R-LOG-009).%4")
                .arg(fork.forkId.toHtmlEscaped(), fork.lsn.toString())
                .arg(fork.row + 1)
                .arg(fork.fromForkPoint ? tr("<br>The LSN is the fork point a log backup recorded (fork_point_lsn).")
                                        : tr("<br>No backup recorded the fork point: the LSN is the path's first backup's first LSN."));
    }
    const int logLane = int(m_lanes.size()) - 1;
    if (laneAt(pos.y()) == logLane) {
        for (const LsnAxis::Gap &gap : m_lsnAxis.gaps()) {
            const auto [top, height] = barSpan(logLane, gap.row);
            const qreal left = xForMs(gap.from), right = xForMs(gap.to), centre = (left + right) / 2;
            if (pos.y() >= top && pos.y() <= top + height && pos.x() >= qMin(left, centre - 4) && pos.x() <= qMax(right, centre + 4))
                return tr("<b>Gap in the log chain</b><br>No log backup holds the LSNs from %1 to %2: a restore "
                          "cannot roll forward across it (R-LOG-002); a later full or differential backup can start "
                          "a new sequence.")
                    .arg(gap.fromLsn.toString(), gap.toLsn.toString());
        }
    }
    if (pos.y() < AxisHeight && !m_lsnAxis.lsns().empty()) {
        const Lsn lsn = lsnForX(pos.x());
        return tr("LSN <b>%1</b> (%2)<br><i>The axis is ordinal: every interval between two LSNs that bound a "
                  "backup is equally wide, whatever the number of log records in it.</i>")
            .arg(lsn.toString(), LsnAxis::abbreviated(lsn));
    }
    return {};
}

} // namespace rd
