// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/domain/plantime.h"

#include "model/domain/sqlserverlimits.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rd::PlanTime {

std::optional<QDateTime> parse(const QString &text, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<QDateTime> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?(Z|[+-]\d{2}:\d{2})?$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return fail(QCoreApplication::translate("PlanTime", "\"%1\" is not a time; expected YYYY-MM-DDTHH:MM:SS[.fff]")
                        .arg(text.left(60)));
    QString fraction = m.captured(7);
    while (!fraction.isEmpty() && fraction.size() < 3)
        fraction += u'0';
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(),
                     fraction.isEmpty() ? 0 : fraction.toInt());
    if (!date.isValid() || !time.isValid())
        return fail(QCoreApplication::translate("PlanTime", "\"%1\" is not a date and time of the calendar").arg(text.left(60)));
    QDateTime t(date, time, Qt::UTC);
    const QString zone = m.captured(8);
    if (zone.size() == 6) {
        const int hours = zone.mid(1, 2).toInt();
        const int minutes = zone.mid(4, 2).toInt();
        if (minutes > 59 || hours * 60 + minutes > SqlServerLimits::MaxOffsetMinutes)
            return fail(QCoreApplication::translate("PlanTime", "\"%1\": %2 is not a time zone offset; datetimeoffset "
                                                                "allows -14:00 to +14:00, minutes 00 to 59")
                            .arg(text.left(60), zone));
        const int sign = zone[0] == u'-' ? -1 : 1;
        t = t.addSecs(-sign * (hours * 3600 + minutes * 60)); // wall time at that offset → UTC
    }
    // msdb's dates and STOPAT are datetime: 1753-01-01 to 9999-12-31 23:59:59.997 (a later
    // fraction rounds past the end).
    static const QDateTime first(QDate(SqlServerLimits::MinDatetimeYear, 1, 1), QTime(0, 0), Qt::UTC);
    static const QDateTime last(QDate(SqlServerLimits::MaxDatetimeYear, 12, 31), QTime(23, 59, 59, 997), Qt::UTC);
    if (t < first || t > last)
        return fail(QCoreApplication::translate("PlanTime", "\"%1\" is outside the range of SQL Server's datetime, "
                                                            "1753-01-01T00:00:00 to 9999-12-31T23:59:59.997")
                        .arg(text.left(60)));
    return t;
}

QString toString(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const QDateTime u = t.toUTC();
    return u.toString(u.time().msec() ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")
                                      : QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QDateTime make(int y, int mo, int d, int h, int mi, int s, int ms)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

} // namespace rd::PlanTime
