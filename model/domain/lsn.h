#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace rd {

/// A SQL Server log sequence number, exactly as msdb stores it: numeric(25,0).
///
/// Kept as its canonical decimal digit string (no leading zeros), because real LSNs have up to
/// 25 digits and do not fit in 64 bits (docs/plan-format.md). Ordering is exact: shorter digit
/// strings are smaller, equal lengths compare lexicographically. LSNs are only ever compared,
/// never added or subtracted (R-LOG-011). A default-constructed Lsn is null ("not known").
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

    bool isNull() const { return m_digits.isEmpty(); }
    /// The canonical digit string, or an empty string for a null LSN.
    QString toString() const { return m_digits; }

    /// Null sorts before every real LSN; callers check isNull() where "unknown" matters.
    std::strong_ordering operator<=>(const Lsn &other) const;
    bool operator==(const Lsn &other) const { return m_digits == other.m_digits; }

private:
    explicit Lsn(QString digits) : m_digits(std::move(digits)) {}
    QString m_digits;
};

} // namespace rd
