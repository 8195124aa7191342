// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/enums.h"
#include "model/domain/lsn.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>

#include <optional>
#include <utility>

namespace rd {

/// Reads the values of a saved msdb export from their UTF-8 bytes, as SSMS and sqlcmd print
/// them, without a regular expression or a QString per value (an import reads millions).
/// Each returns nullopt for text that is not such a value, with *error (when given) saying why.
class MsdbValues
{
    Q_DECLARE_TR_FUNCTIONS(rd::MsdbValues)
public:
    /// A GUID as two 64-bit halves: hashed and compared without a string.
    using Guid = std::pair<quint64, quint64>;

    /// Whether the (trimmed) text is msdb's NULL: the word NULL unquoted, or nothing.
    static bool isNull(QByteArrayView trimmed, bool quoted);

    /// A whole number, optionally signed, in [min, max].
    static std::optional<qint64> integer(QByteArrayView text, qint64 min, qint64 max, QString *error = nullptr);
    /// A bit: 0 or 1 (also True / False, as PowerShell writes them).
    static std::optional<bool> bit(QByteArrayView text, QString *error = nullptr);
    /// numeric(25,0): 1 to 25 digits (Lsn::parse's rules; a trailing ".0" or a sign is refused).
    static std::optional<Lsn> lsn(QByteArrayView text, QString *error = nullptr);
    /// `YYYY-MM-DD HH:MM:SS[.fffffff]` (or with `T`), as SSMS and sqlcmd print datetime and
    /// datetime2, within datetime's 1753-01-01 to 9999-12-31; a wall-clock time (plantime.h).
    /// Fractions beyond milliseconds are cut, as datetime keeps 3 digits.
    static std::optional<QDateTime> dateTime(QByteArrayView text, QString *error = nullptr);
    /// A recovery model as msdb and RESTORE HEADERONLY print it: FULL, BULK-LOGGED (or BULK_LOGGED),
    /// SIMPLE, in any case.
    static std::optional<RecoveryModel> recoveryModel(QByteArrayView text, QString *error = nullptr);
    /// 8-4-4-4-12 hexadecimal digits, optionally in braces.
    static std::optional<Guid> guid(QByteArrayView text, QString *error = nullptr);
    /// The GUID as SQL Server shows a uniqueidentifier: upper case, 8-4-4-4-12, no braces.
    static QString guidText(const Guid &guid);
};

} // namespace rd
