// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace rd {

/// Times in a plan are SQL Server's local `datetime` wall-clock values (msdb stores them so).
/// They are held as Qt::UTC QDateTimes used as plain wall-clock values, so no DST rule of the
/// machine running the designer can shift or reorder them. A time written with `Z` or an offset
/// is converted to UTC and then used the same way (plan-format.md: "accepted and converted").
namespace PlanTime {

/// Parses `YYYY-MM-DDTHH:MM:SS[.fff][Z|±HH:MM]`; nullopt for anything else, with *error (when
/// given) saying why: an impossible date, an offset outside datetimeoffset's -14:00 to +14:00
/// (minutes 00 to 59), or a time (after the offset) outside datetime's 1753-01-01T00:00:00 to
/// 9999-12-31T23:59:59.997 (SqlServerLimits).
std::optional<QDateTime> parse(const QString &text, QString *error = nullptr);
/// `YYYY-MM-DDTHH:MM:SS`, plus `.fff` when there are milliseconds; empty for an invalid time.
QString toString(const QDateTime &t);
/// A wall-clock time from its parts (for tests and the designer).
QDateTime make(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0);

} // namespace PlanTime
} // namespace rd
