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
    qsizetype firstNonZero = 0;
    while (firstNonZero < text.size() - 1 && text[firstNonZero] == u'0')
        ++firstNonZero;
    return Lsn(text.mid(firstNonZero).toString());
}

Lsn Lsn::fromString(QStringView text)
{
    return parse(text).value_or(Lsn());
}

std::strong_ordering Lsn::operator<=>(const Lsn &other) const
{
    if (m_digits.size() != other.m_digits.size())
        return m_digits.size() <=> other.m_digits.size();
    const int c = QString::compare(m_digits, other.m_digits);
    return c < 0 ? std::strong_ordering::less
                 : (c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal);
}

} // namespace rd
