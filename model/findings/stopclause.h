// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/domain/plan.h"

#include <optional>

namespace rd {

/// A normalized STOPAT / STOPATMARK / STOPBEFOREMARK clause, so two steps' clauses can be compared
/// as values (R-PIT-002: "identical" stop clause in every RESTORE LOG).
struct StopClause
{
    enum class Kind { At, AtMark, BeforeMark };
    Kind kind = Kind::At;
    QDateTime time;   ///< Kind::At
    QString mark;     ///< the mark kinds
    QDateTime after;  ///< optional AFTER of a mark

    static std::optional<StopClause> ofStep(const PlanStep &step);
    static std::optional<StopClause> ofTarget(const RestoreTarget &target);
    /// As T-SQL would read it, e.g. "STOPAT = '2017-03-06T04:00:00'".
    QString text() const;
    /// Sets this clause on a step, replacing any other stop clause it has.
    void applyTo(PlanStep &step) const;
    bool operator==(const StopClause &) const = default;
};

} // namespace rd
