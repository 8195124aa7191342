// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/io/jsonobjectreader.h"

#include "model/domain/plantime.h"
#include "model/domain/sqlserverlimits.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace rd {
namespace {

/// Translation context: the plan reader's, whose messages these are (lupdate reads Tr::tr calls).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PlanJsonReader)
};

} // namespace

JsonObjectReader::JsonObjectReader(const QJsonValue &v, QString path, QStringList *warnings)
    : m_path(std::move(path)), m_warnings(warnings)
{
    if (!v.isObject())
        fail(m_path, Tr::tr("expected an object, found %1").arg(typeName(v)));
    m_object = v.toObject();
}

void JsonObjectReader::fail(const QString &path, const QString &what)
{
    throw JsonParseError{QStringLiteral("%1: %2").arg(path.isEmpty() ? Tr::tr("(top level)") : path, what)};
}

QString JsonObjectReader::typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return Tr::tr("a boolean");
    case QJsonValue::Double: return Tr::tr("a number");
    case QJsonValue::String: return Tr::tr("a string");
    case QJsonValue::Array: return Tr::tr("an array");
    case QJsonValue::Object: return Tr::tr("an object");
    case QJsonValue::Undefined: break;
    }
    return Tr::tr("nothing");
}

bool JsonObjectReader::has(const QString &key)
{
    m_used.insert(key);
    return m_object.contains(key);
}

QJsonValue JsonObjectReader::value(const QString &key, bool required)
{
    m_used.insert(key);
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() && required)
        fail(sub(key), Tr::tr("required field is missing"));
    return v;
}

std::optional<QJsonValue> JsonObjectReader::typed(const QString &key, bool required, bool (QJsonValue::*is)() const,
                                                  const QString &expected)
{
    const QJsonValue v = value(key, required);
    if (v.isUndefined())
        return std::nullopt;
    if (!(v.*is)())
        fail(sub(key), Tr::tr("expected %1, found %2").arg(expected, typeName(v)));
    return v;
}

QString JsonObjectReader::string(const QString &key, bool required, const QString &def)
{
    const auto v = typed(key, required, &QJsonValue::isString, Tr::tr("a string"));
    return v ? v->toString() : def;
}

QString JsonObjectReader::nonEmptyString(const QString &key, bool required)
{
    const QString s = string(key, required);
    if (required && s.isEmpty())
        fail(sub(key), Tr::tr("must not be empty"));
    return s;
}

bool JsonObjectReader::boolean(const QString &key, bool def)
{
    const auto v = typed(key, false, &QJsonValue::isBool, Tr::tr("true or false"));
    return v ? v->toBool() : def;
}

qint64 JsonObjectReader::integer(const QString &key, qint64 def, qint64 min, qint64 max, const QString &what)
{
    const auto number = typed(key, false, &QJsonValue::isDouble, Tr::tr("a whole number"));
    if (!number)
        return def;
    const QJsonValue &v = *number;
    // JSON numbers are doubles, exact only up to 2^53: a larger one may not be the number that was
    // written (9007199254740993 reads as 9007199254740992), so it is refused, before any
    // conversion to an integer could wrap it.
    const double d = v.toDouble();
    if (!(std::abs(d) <= double(MaxExactInteger))) {
        const qint64 written = v.toInteger(0); // QJsonDocument keeps an integer literal's digits when they fit
        fail(sub(key), Tr::tr("%1 is beyond 2^53 - 1 (%2), the largest whole number a JSON number holds exactly")
                           .arg(written != 0 ? QString::number(written) : QString::number(d, 'g', 17))
                           .arg(MaxExactInteger));
    }
    if (d != std::trunc(d))
        fail(sub(key), Tr::tr("expected a whole number, found %1").arg(QString::number(d, 'g', 17)));
    const auto n = static_cast<qint64>(d);
    if (n < min || n > max)
        fail(sub(key), Tr::tr("%1 is out of range: %2 is a whole number from %3 to %4").arg(n).arg(what).arg(min).arg(max));
    return n;
}

qint64 JsonObjectReader::size(const QString &key)
{
    return integer(key, 0, 0, MaxExactInteger, Tr::tr("a size in bytes (bigint, not negative)"));
}

qint64 JsonObjectReader::transferSize(const QString &key)
{
    const qint64 n = integer(key, 0, 0, MaxExactInteger, QString());
    if (n != 0 && !SqlServerLimits::isValidMaxTransferSize(n))
        fail(sub(key), Tr::tr("%1 is not a MAXTRANSFERSIZE SQL Server accepts: a multiple of %2 from %2 to %3 "
                              "bytes (0 = not given)")
                           .arg(n).arg(SqlServerLimits::TransferSizeUnit).arg(SqlServerLimits::MaxTransferSize));
    return n;
}

QString JsonObjectReader::version(const QString &key)
{
    const QString s = string(key);
    if (s.isEmpty())
        return s;
    static const QRegularExpression form(QStringLiteral(R"(^\d{1,10}(\.\d{1,10}){0,3}$)"));
    const auto refuse = [&] {
        fail(sub(key), Tr::tr("\"%1\" is not a SQL Server version: major.minor[.build[.revision]], major and minor "
                              "0 to %2 (tinyint), build 0 to %3 (smallint), revision 0 to %4 (int)")
                           .arg(s.left(60)).arg(SqlServerLimits::MaxTinyint).arg(SqlServerLimits::MaxSmallint)
                           .arg(SqlServerLimits::MaxInt));
    };
    if (!form.match(s).hasMatch())
        refuse();
    const qint64 max[] = {SqlServerLimits::MaxTinyint, SqlServerLimits::MaxTinyint, SqlServerLimits::MaxSmallint,
                          SqlServerLimits::MaxInt};
    const QStringList parts = s.split(u'.');
    for (qsizetype i = 0; i < parts.size(); ++i)
        if (parts[i].toLongLong() > max[i]) // at most 10 digits: no overflow
            refuse();
    return s;
}

QStringList JsonObjectReader::stringList(const QString &key)
{
    const auto v = typed(key, false, &QJsonValue::isArray, Tr::tr("an array of strings"));
    if (!v)
        return {};
    QStringList out;
    const QJsonArray a = v->toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a[i].isString())
            fail(QStringLiteral("%1[%2]").arg(sub(key)).arg(i), Tr::tr("expected a string, found %1").arg(typeName(a[i])));
        out << a[i].toString();
    }
    return out;
}

Lsn JsonObjectReader::lsn(const QString &key)
{
    const QJsonValue v = value(key, false);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString())
        fail(sub(key), Tr::tr("an LSN must be a string of digits (numeric(25,0)), not %1: "
                              "JSON numbers lose precision beyond 2^53").arg(typeName(v)));
    QString why;
    const auto l = Lsn::parse(v.toString(), &why);
    if (!l)
        fail(sub(key), why);
    return *l;
}

QDateTime JsonObjectReader::time(const QString &key, bool required)
{
    const QString s = string(key, required);
    if (s.isEmpty() && !required)
        return {};
    QString why;
    const auto t = PlanTime::parse(s, &why);
    if (!t)
        fail(sub(key), why);
    return *t;
}

QJsonArray JsonObjectReader::array(const QString &key, bool required)
{
    const auto v = typed(key, required, &QJsonValue::isArray, Tr::tr("an array"));
    return v ? v->toArray() : QJsonArray();
}

void JsonObjectReader::warnUnknown() const
{
    if (!m_warnings)
        return;
    for (auto it = m_object.begin(); it != m_object.end(); ++it)
        if (!m_used.contains(it.key()))
            m_warnings->append(Tr::tr("%1: unknown field ignored").arg(sub(it.key())));
}

QString JsonObjectReader::notOneOf(const QString &text, const QStringList &words)
{
    return Tr::tr("\"%1\" is not one of %2").arg(text.left(60), words.join(QStringLiteral(", ")));
}

} // namespace rd
