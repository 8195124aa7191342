// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/domain/lsn.h"

#include <QCoreApplication>

namespace rd {

std::optional<Lsn> Lsn::parse(QStringView text, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<Lsn> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (text.isEmpty())
        return fail(QCoreApplication::translate("Lsn", "an LSN must not be empty"));
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return fail(QCoreApplication::translate(
                            "Lsn", "\"%1\" is not an LSN: only the digits 0-9 are allowed "
                                   "(numeric(25,0), as msdb shows it)")
                            .arg(text.left(40).toString()));
    }
    if (text.size() > MaxDigits)
        return fail(QCoreApplication::translate("Lsn", "\"%1\" is not an LSN: it has %2 digits, "
                                                       "numeric(25,0) allows at most 25")
                        .arg(text.left(40).toString())
                        .arg(text.size()));
    // Up to 25 digits: the last 19 fit in 64 bits (< 10^19 < 2^64), the rest (≤ 6) too.
    const qsizetype split = qMax<qsizetype>(0, text.size() - 19);
    Lsn lsn;
    quint64 high = 0;
    for (QChar c : text.left(split))
        high = high * 10 + quint64(c.unicode() - u'0');
    lsn.m_high = high + 1; // 0 is null: null sorts first, then by the high digits
    for (QChar c : text.mid(split))
        lsn.m_low = lsn.m_low * 10 + quint64(c.unicode() - u'0');
    return lsn;
}

QString Lsn::toString() const
{
    if (isNull())
        return {};
    if (m_high == 1)
        return QString::number(m_low);
    return QString::number(m_high - 1) + QStringLiteral("%1").arg(m_low, 19, 10, QLatin1Char('0'));
}

Lsn Lsn::fromString(QStringView text)
{
    return parse(text).value_or(Lsn());
}

} // namespace rd
