// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/findings/stopclause.h"

#include "model/domain/plantime.h"

namespace rd {

std::optional<StopClause> StopClause::ofStep(const PlanStep &s)
{
    if (s.stopAt.isValid())
        return StopClause{Kind::At, s.stopAt, {}, {}};
    if (!s.stopAtMark.isEmpty())
        return StopClause{Kind::AtMark, {}, s.stopAtMark, s.markAfter};
    if (!s.stopBeforeMark.isEmpty())
        return StopClause{Kind::BeforeMark, {}, s.stopBeforeMark, s.markAfter};
    return std::nullopt;
}

std::optional<StopClause> StopClause::ofTarget(const RestoreTarget &t)
{
    switch (t.kind) {
    case RestoreTarget::Kind::PointInTime:
        return StopClause{Kind::At, t.pointInTime, {}, {}};
    case RestoreTarget::Kind::Mark:
        return StopClause{t.beforeMark ? Kind::BeforeMark : Kind::AtMark, {}, t.mark, {}};
    case RestoreTarget::Kind::EndOfLog:
        break;
    }
    return std::nullopt;
}

void StopClause::applyTo(PlanStep &s) const
{
    s.stopAt = {};
    s.stopAtMark.clear();
    s.stopBeforeMark.clear();
    s.markAfter = {};
    switch (kind) {
    case Kind::At: s.stopAt = time; break;
    case Kind::AtMark: s.stopAtMark = mark; s.markAfter = after; break;
    case Kind::BeforeMark: s.stopBeforeMark = mark; s.markAfter = after; break;
    }
}

QString StopClause::text() const
{
    switch (kind) {
    case Kind::At:
        return QStringLiteral("STOPAT = '%1'").arg(PlanTime::toString(time));
    case Kind::AtMark:
    case Kind::BeforeMark: {
        QString s = QStringLiteral("%1 = '%2'").arg(kind == Kind::AtMark ? QStringLiteral("STOPATMARK")
                                                                          : QStringLiteral("STOPBEFOREMARK"), mark);
        if (after.isValid())
            s += QStringLiteral(" AFTER '%1'").arg(PlanTime::toString(after));
        return s;
    }
    }
    return {};
}

} // namespace rd
