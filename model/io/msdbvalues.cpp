// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/io/msdbvalues.h"

#include "model/domain/sqlserverlimits.h"

#include <QDate>
#include <QTime>

#include <limits>

namespace rd {
namespace {

QString quoted(QByteArrayView text)
{
    return QString::fromUtf8(text.first(qMin<qsizetype>(40, text.size())));
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// `count` digits at `text[at]` as a number, or -1.
int digits(QByteArrayView text, qsizetype at, int count)
{
    if (at + count > text.size())
        return -1;
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const char c = text[at + i];
        if (c < '0' || c > '9')
            return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

template <typename T>
std::optional<T> failed(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return std::nullopt;
}

} // namespace

bool MsdbValues::isNull(QByteArrayView trimmed, bool quotedField)
{
    return trimmed.isEmpty() || (!quotedField && trimmed.size() == 4 && (trimmed[0] | 0x20) == 'n'
                                 && (trimmed[1] | 0x20) == 'u' && (trimmed[2] | 0x20) == 'l' && (trimmed[3] | 0x20) == 'l');
}

std::optional<qint64> MsdbValues::integer(QByteArrayView text, qint64 min, qint64 max, QString *error)
{
    qsizetype i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == '-' || text[i] == '+'))
        negative = text[i++] == '-';
    if (i == text.size())
        return failed<qint64>(error, tr("\"%1\" is not a whole number").arg(quoted(text)));
    quint64 v = 0;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return failed<qint64>(error, tr("\"%1\" is not a whole number").arg(quoted(text)));
        if (v > (std::numeric_limits<quint64>::max() - 9) / 10)
            return failed<qint64>(error, tr("%1 is out of range (%2 to %3)").arg(quoted(text)).arg(min).arg(max));
        v = v * 10 + quint64(c - '0');
    }
    if (v > quint64(std::numeric_limits<qint64>::max()))
        return failed<qint64>(error, tr("%1 is out of range (%2 to %3)").arg(quoted(text)).arg(min).arg(max));
    const qint64 value = negative ? -qint64(v) : qint64(v);
    if (value < min || value > max)
        return failed<qint64>(error, tr("%1 is out of range (%2 to %3)").arg(value).arg(min).arg(max));
    return value;
}

std::optional<bool> MsdbValues::bit(QByteArrayView text, QString *error)
{
    if (text == "1")
        return true;
    if (text == "0")
        return false;
    if (text.compare("true", Qt::CaseInsensitive) == 0)
        return true;
    if (text.compare("false", Qt::CaseInsensitive) == 0)
        return false;
    return failed<bool>(error, tr("\"%1\" is not a bit (expected 0 or 1)").arg(quoted(text)));
}

std::optional<Lsn> MsdbValues::lsn(QByteArrayView text, QString *error)
{
    // Lsn::parse reads UTF-16; an LSN is at most 25 ASCII digits, copied to the stack.
    char16_t buffer[Lsn::MaxDigits + 1];
    if (text.size() > Lsn::MaxDigits) {
        const QString wide = QString::fromUtf8(text);
        return Lsn::parse(wide, error);
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80) // not a digit anyway: let Lsn::parse word the message from the whole text
            return Lsn::parse(QString::fromUtf8(text), error);
        buffer[i] = char16_t(c);
    }
    return Lsn::parse(QStringView(buffer, text.size()), error);
}

std::optional<QDateTime> MsdbValues::dateTime(QByteArrayView text, QString *error)
{
    const auto bad = [&] {
        return failed<QDateTime>(error, tr("\"%1\" is not a date and time (expected YYYY-MM-DD HH:MM:SS[.fff], as SSMS "
                                           "and sqlcmd print datetime)").arg(quoted(text)));
    };
    if (text.size() < 19 || text[4] != '-' || text[7] != '-' || (text[10] != ' ' && text[10] != 'T') || text[13] != ':'
        || text[16] != ':')
        return bad();
    const int y = digits(text, 0, 4), mo = digits(text, 5, 2), d = digits(text, 8, 2);
    const int h = digits(text, 11, 2), mi = digits(text, 14, 2), s = digits(text, 17, 2);
    if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || s < 0)
        return bad();
    int ms = 0;
    if (text.size() > 19) {
        if (text[19] != '.' || text.size() == 20 || text.size() > 27)
            return bad();
        int scale = 100;
        for (qsizetype i = 20; i < text.size(); ++i) {
            const char c = text[i];
            if (c < '0' || c > '9')
                return bad();
            ms += (c - '0') * scale;
            scale /= 10;
        }
    }
    const QDate date(y, mo, d);
    const QTime time(h, mi, s, ms);
    if (!date.isValid() || !time.isValid())
        return failed<QDateTime>(error, tr("\"%1\" is not a possible date and time").arg(quoted(text)));
    if (y < SqlServerLimits::MinDatetimeYear)
        return failed<QDateTime>(error, tr("\"%1\" is before 1753-01-01, the earliest datetime").arg(quoted(text)));
    if (date == QDate(SqlServerLimits::MaxDatetimeYear, 12, 31) && time > QTime(23, 59, 59, 997))
        return failed<QDateTime>(error, tr("\"%1\" is after 9999-12-31 23:59:59.997, the latest datetime").arg(quoted(text)));
    return QDateTime(date, time, Qt::UTC);
}

std::optional<MsdbValues::Guid> MsdbValues::guid(QByteArrayView text, QString *error)
{
    QByteArrayView t = text;
    if (t.size() == 38 && t.front() == '{' && t.back() == '}')
        t = t.sliced(1, 36);
    Guid g{0, 0};
    int nibbles = 0;
    bool ok = t.size() == 36;
    for (qsizetype i = 0; ok && i < t.size(); ++i) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            ok = t[i] == '-';
            continue;
        }
        const int v = hexDigit(t[i]);
        ok = v >= 0;
        quint64 &half = nibbles < 16 ? g.first : g.second;
        half = (half << 4) | quint64(v < 0 ? 0 : v);
        ++nibbles;
    }
    if (!ok)
        return failed<Guid>(error, tr("\"%1\" is not a GUID (expected 8-4-4-4-12 hexadecimal digits)").arg(quoted(text)));
    return g;
}

QString MsdbValues::guidText(const Guid &guid)
{
    static constexpr char Hex[] = "0123456789ABCDEF";
    QString out(36, Qt::Uninitialized);
    QChar *p = out.data();
    int nibble = 0;
    for (int i = 0; i < 36; ++i) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            p[i] = u'-';
            continue;
        }
        const quint64 half = nibble < 16 ? guid.first : guid.second;
        p[i] = QLatin1Char(Hex[(half >> (4 * (15 - nibble % 16))) & 0xF]);
        ++nibble;
    }
    return out;
}

std::optional<RecoveryModel> MsdbValues::recoveryModel(QByteArrayView text, QString *error)
{
    if (text.compare("FULL", Qt::CaseInsensitive) == 0)
        return RecoveryModel::Full;
    if (text.compare("SIMPLE", Qt::CaseInsensitive) == 0)
        return RecoveryModel::Simple;
    if (text.compare("BULK-LOGGED", Qt::CaseInsensitive) == 0 || text.compare("BULK_LOGGED", Qt::CaseInsensitive) == 0)
        return RecoveryModel::BulkLogged;
    return failed<RecoveryModel>(error, tr("\"%1\" is not a recovery model (FULL, BULK-LOGGED, SIMPLE)").arg(quoted(text)));
}

} // namespace rd
