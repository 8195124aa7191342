// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/lsn.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QStringList>

#include <optional>

namespace rd {

/// What JsonObjectReader throws: one message, "JSON path: what is wrong". PlanJsonReader's entry
/// points catch it; it never leaves the plan reader.
struct JsonParseError
{
    QString message;
};

/// Reads one JSON object of a plan file (docs/plan-format.md), field by field, refusing a value
/// of the wrong type or out of its range with a JsonParseError naming its JSON path, and
/// remembering which keys were read so the rest can be warned about. Internal to the plan reader.
class JsonObjectReader
{
public:
    /// 2^53 - 1: JSON numbers are doubles, which hold every whole number exactly only up to here.
    static constexpr qint64 MaxExactInteger = (Q_INT64_C(1) << 53) - 1;

    /// Throws unless `v` is an object. `path` is its JSON path ("backups[3]"; empty = the top level).
    JsonObjectReader(const QJsonValue &v, QString path, QStringList *warnings);

    [[noreturn]] static void fail(const QString &path, const QString &what);
    /// "a string", "a number", … for messages.
    static QString typeName(const QJsonValue &v);

    /// The JSON path of `key` in this object.
    QString sub(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }
    const QString &path() const { return m_path; }
    bool has(const QString &key);

    QJsonValue value(const QString &key, bool required);
    QString string(const QString &key, bool required = false, const QString &def = {});
    QString nonEmptyString(const QString &key, bool required = true);
    bool boolean(const QString &key, bool def = false);
    /// A whole number from `min` to `max` (within ±MaxExactInteger), `def` when absent. `what`
    /// names the value as SQL Server types it, for the message ("backupset.position (int, …)").
    /// Refused: another type, a fraction, a number beyond ±(2^53 - 1) (it may not be the one
    /// written), a number outside the range.
    qint64 integer(const QString &key, qint64 def, qint64 min, qint64 max, const QString &what);
    /// A size in bytes: bigint, not negative, 0 when absent.
    qint64 size(const QString &key);
    /// MAXTRANSFERSIZE in bytes, 0 when absent (SqlServerLimits::isValidMaxTransferSize).
    qint64 transferSize(const QString &key);
    /// A SQL Server version "major.minor[.build[.revision]]", empty when absent: major and minor
    /// tinyint, build smallint (as backupset records them), revision int.
    QString version(const QString &key);
    QStringList stringList(const QString &key);
    /// An LSN string (numeric(25,0)); a null Lsn when absent or null.
    Lsn lsn(const QString &key);
    /// A PlanTime; an invalid QDateTime when absent and not required.
    QDateTime time(const QString &key, bool required = false);
    QJsonArray array(const QString &key, bool required = false);

    /// One of `words`, through `parse`; `def` when absent (required when there is no default).
    template<typename E>
    E enumeration(const QString &key, std::optional<E> (*parse)(const QString &), const QStringList &words,
                  std::optional<E> def = std::nullopt)
    {
        const QString s = string(key, !def.has_value());
        if (s.isEmpty() && def)
            return *def;
        const auto e = parse(s);
        if (!e)
            fail(sub(key), notOneOf(s, words));
        return *e;
    }

    /// Call last: every key nobody asked for is reported once.
    void warnUnknown() const;

private:
    /// The value of `key` when `is` accepts it, nullopt when absent; else fails: "expected `expected`, found …".
    std::optional<QJsonValue> typed(const QString &key, bool required, bool (QJsonValue::*is)() const,
                                    const QString &expected);
    static QString notOneOf(const QString &text, const QStringList &words);

    QJsonObject m_object;
    QString m_path;
    QStringList *m_warnings;
    QSet<QString> m_used;
};

} // namespace rd
