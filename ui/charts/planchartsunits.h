// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

/// The units the plan charts (time to online, backup sizes) show their numbers in: an axis takes
/// the unit its largest value reads best in, and the hover texts give the number with its unit.
namespace rd::PlanChartsUnits {

/// A unit an axis is scaled to: values are divided by `divisor` and the axis is titled `name`.
struct Unit
{
    double divisor = 1;
    QString name; ///< translated: "s", "min", "h"; "bytes", "KB", "MB", "GB", "TB"
};

/// Seconds up to 120 s, minutes up to 120 min, hours above: the axis of a 28 s restore counts
/// seconds, that of a 3 h restore hours. `maxSeconds` ≤ 0 gives seconds.
Unit timeUnitFor(double maxSeconds);
/// Powers of 1,024 (KB = 2^10 bytes, as BACKUP and the designer's tooltips count them): the
/// largest unit in which `maxBytes` is at least 1. `maxBytes` ≤ 0 gives bytes.
Unit sizeUnitFor(double maxBytes);

/// "28 s", "1.5 min", "2.25 h": `seconds` in the unit timeUnitFor(seconds) picks, to 3 significant
/// digits at most.
QString formatSeconds(double seconds);
/// "17 MB (17,825,792 bytes)": the size to read and the exact count to compare with msdb;
/// "0 bytes"; "unknown" for a negative size.
QString formatBytes(qint64 bytes);

} // namespace rd::PlanChartsUnits
