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

/// Parses `YYYY-MM-DDTHH:MM:SS[.fff][Z|±HH:MM]`; nullopt for anything else.
std::optional<QDateTime> parse(const QString &text);
/// `YYYY-MM-DDTHH:MM:SS`, plus `.fff` when there are milliseconds; empty for an invalid time.
QString toString(const QDateTime &t);
/// A wall-clock time from its parts (for tests and the designer).
QDateTime make(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0);

} // namespace PlanTime
} // namespace rd
