// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace rd {

/// A SQL Server log sequence number, exactly as msdb stores it: numeric(25,0).
///
/// Real LSNs have up to 25 digits and do not fit in 64 bits (docs/plan-format.md), so the value is
/// kept as two integers: the last 19 decimal digits and, one more than their value, the ones before
/// them (0 there means null). Ordering is exact and costs two integer comparisons (a history of
/// 100,000 backups sorts and hashes LSNs a lot), and an Lsn needs no memory of its own beyond its
/// 16 bytes (a backup holds six). LSNs are only ever compared, never added
/// or subtracted (R-LOG-011). A default-constructed Lsn is null ("not known").
class Lsn
{
public:
    static constexpr int MaxDigits = 25;

    Lsn() = default;

    /// Parses 1–25 decimal digits (leading zeros allowed and dropped; "0" is a valid LSN).
    /// Returns std::nullopt and sets *error (if given) to a message naming the offending text
    /// for anything else: empty text, signs, spaces, decimal points, exponents, more than 25 digits.
    static std::optional<Lsn> parse(QStringView text, QString *error = nullptr);

    /// Like parse() but for trusted literals (tests, derived LSNs); a bad literal gives a null Lsn.
    static Lsn fromString(QStringView text);

    bool isNull() const { return m_high == 0; }
    /// The canonical digit string (no leading zeros), or an empty string for a null LSN.
    QString toString() const;

    /// Null sorts before every real LSN; callers check isNull() where "unknown" matters.
    std::strong_ordering operator<=>(const Lsn &other) const
    {
        return m_high != other.m_high ? m_high <=> other.m_high : m_low <=> other.m_low;
    }
    bool operator==(const Lsn &other) const = default;
    friend size_t qHash(const Lsn &lsn, size_t seed = 0) noexcept
    {
        return qHashMulti(seed, lsn.m_high, lsn.m_low);
    }

private:
    quint64 m_high = 0; ///< 1 + the digits before the last 19 (at most 6 of them); 0 = null
    quint64 m_low = 0;  ///< the last 19 digits (< 10^19); 0 when null
};
static_assert(sizeof(Lsn) == 16, "a backup holds six LSNs: keep them small (issue 8, memory at scale)");

} // namespace rd
