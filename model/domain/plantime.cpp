#include "model/domain/plantime.h"

#include <QRegularExpression>

namespace rd::PlanTime {

std::optional<QDateTime> parse(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?(Z|[+-]\d{2}:\d{2})?$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    QString fraction = m.captured(7);
    while (!fraction.isEmpty() && fraction.size() < 3)
        fraction += u'0';
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(),
                     fraction.isEmpty() ? 0 : fraction.toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    QDateTime t(date, time, Qt::UTC);
    const QString zone = m.captured(8);
    if (zone.size() == 6) {
        const int sign = zone[0] == u'-' ? -1 : 1;
        const int offset = sign * (zone.mid(1, 2).toInt() * 3600 + zone.mid(4, 2).toInt() * 60);
        t = t.addSecs(-offset); // wall time at that offset → UTC
    }
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
