// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>

class QFontMetricsF;

/// Tick and snapping arithmetic of the timeline's time axis. Plan times are wall-clock values
/// held as Qt::UTC QDateTimes (model/domain/plantime.h), so steps that divide a day align with
/// midnight by plain epoch-second arithmetic, whatever the machine's time zone.
namespace rd::TimeAxis {

/// The smallest "round" tick step (1 s … 364 days) at least `minSpacing` pixels apart.
qint64 tickStep(double pixelsPerSecond, double minSpacing);
/// The smallest round step whose tick labels (tickLabel in `metrics`' font) are at least `gap`
/// pixels apart: the labels never overlap, at any zoom.
qint64 labelledTickStep(double pixelsPerSecond, const QFontMetricsF &metrics, double gap = 16);
/// The first multiple of `step` seconds at or after `from`.
QDateTime firstTick(const QDateTime &from, qint64 step);
/// The time unit a dragged backup snaps to: a round value about `pixels` wide.
qint64 snapStep(double pixelsPerSecond, double pixels = 6);
/// `time` rounded to the nearest multiple of `step` seconds.
QDateTime snapped(const QDateTime &time, qint64 step);
/// "03:00", "03:00:30" below a minute, "06 Mar" for whole days, "06 Mar 2017" from 28 days.
QString tickLabel(const QDateTime &tick, qint64 step);

} // namespace rd::TimeAxis
