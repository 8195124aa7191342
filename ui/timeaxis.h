#pragma once

#include <QDateTime>

/// Tick and snapping arithmetic of the timeline's time axis. Plan times are wall-clock values
/// held as Qt::UTC QDateTimes (model/domain/plantime.h), so steps that divide a day align with
/// midnight by plain epoch-second arithmetic, whatever the machine's time zone.
namespace rd::TimeAxis {

/// The smallest "round" tick step (1 s … 7 days) at least `minSpacing` pixels apart.
qint64 tickStep(double pixelsPerSecond, double minSpacing);
/// The first multiple of `step` seconds at or after `from`.
QDateTime firstTick(const QDateTime &from, qint64 step);
/// The time unit a dragged backup snaps to: a round value about `pixels` wide.
qint64 snapStep(double pixelsPerSecond, double pixels = 6);
/// `time` rounded to the nearest multiple of `step` seconds.
QDateTime snapped(const QDateTime &time, qint64 step);
/// "03:00", "03:00:30" below a minute, "06 Mar" for whole days.
QString tickLabel(const QDateTime &tick, qint64 step);

} // namespace rd::TimeAxis
