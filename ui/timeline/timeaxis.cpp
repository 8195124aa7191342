// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/timeline/timeaxis.h"

#include <QFontMetricsF>

#include <array>
#include <cmath>

namespace rd::TimeAxis {
namespace {
// Whole weeks from 7 days on: multiples of a week from the epoch stay a week apart.
constexpr std::array<qint64, 23> Steps{1,         5,          10,         15,         30,         60,
                                       2 * 60,    5 * 60,     10 * 60,    15 * 60,    30 * 60,    3600,
                                       2 * 3600,  3 * 3600,   6 * 3600,   12 * 3600,  86400,      2 * 86400,
                                       7 * 86400, 14 * 86400, 28 * 86400, 91 * 86400, 364 * 86400};
} // namespace

qint64 tickStep(double pixelsPerSecond, double minSpacing)
{
    for (const qint64 s : Steps)
        if (double(s) * pixelsPerSecond >= minSpacing)
            return s;
    return Steps.back();
}

qint64 labelledTickStep(double pixelsPerSecond, const QFontMetricsF &metrics, double gap)
{
    // The widest label of each step's format (two-digit days and hours, a long month name).
    const QDateTime widest(QDate(2000, 12, 28), QTime(23, 58, 58), Qt::UTC);
    for (const qint64 s : Steps)
        if (double(s) * pixelsPerSecond >= metrics.horizontalAdvance(tickLabel(widest, s)) + gap)
            return s;
    return Steps.back();
}

QDateTime firstTick(const QDateTime &from, qint64 step)
{
    qint64 secs = from.toSecsSinceEpoch();
    if (from.toMSecsSinceEpoch() % 1000 > 0)
        ++secs;
    qint64 rest = secs % step;
    if (rest < 0)
        rest += step;
    return QDateTime::fromSecsSinceEpoch(rest == 0 ? secs : secs + step - rest, Qt::UTC);
}

qint64 snapStep(double pixelsPerSecond, double pixels)
{
    return tickStep(pixelsPerSecond, pixels);
}

QDateTime snapped(const QDateTime &time, qint64 step)
{
    const double secs = double(time.toMSecsSinceEpoch()) / 1000.0;
    const qint64 rounded = qint64(std::llround(secs / double(step))) * step;
    return QDateTime::fromSecsSinceEpoch(rounded, Qt::UTC);
}

QString tickLabel(const QDateTime &tick, qint64 step)
{
    if (step >= 28 * 86400)
        return tick.toString(QStringLiteral("dd MMM yyyy"));
    if (step >= 86400)
        return tick.toString(QStringLiteral("dd MMM"));
    if (step < 60)
        return tick.toString(QStringLiteral("HH:mm:ss"));
    return tick.toString(QStringLiteral("HH:mm"));
}

} // namespace rd::TimeAxis
