// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/findings/diagnostic.h"

#include <QHash>

#include <algorithm>
#include <functional>

namespace rd {

QString toString(Severity s)
{
    switch (s) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("info");
    }
    return {};
}

bool hasErrors(const QList<Diagnostic> &diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic &d) { return d.severity == Severity::Error; });
}

QList<Diagnostic> listedUnderCauses(const QList<Diagnostic> &diagnostics)
{
    // Indexes of the roots, and of the consequences of each step, in their order: O(n).
    QList<qsizetype> roots;
    QHash<int, QList<qsizetype>> consequencesOf;
    for (qsizetype i = 0; i < diagnostics.size(); ++i) {
        const Diagnostic &d = diagnostics[i];
        if (d.causedBy >= 0 && d.causedBy < d.step)
            consequencesOf[d.causedBy] << i;
        else
            roots << i;
    }
    QList<Diagnostic> out;
    out.reserve(diagnostics.size());
    // Emits `group`; after the last finding of each step, the consequences of that step. Causes
    // come before their consequences (causedBy < step), so this ends.
    std::function<void(const QList<qsizetype> &)> emitGroup = [&](const QList<qsizetype> &group) {
        for (qsizetype k = 0; k < group.size(); ++k) {
            const Diagnostic &d = diagnostics[group[k]];
            out << d;
            const bool lastOfStep = k + 1 == group.size() || diagnostics[group[k + 1]].step != d.step;
            if (lastOfStep && d.step >= 0)
                emitGroup(consequencesOf.take(d.step));
        }
    };
    emitGroup(roots);
    for (const QList<qsizetype> &left : std::as_const(consequencesOf)) // a cause without findings of its own
        for (qsizetype i : left)
            out << diagnostics[i];
    return out;
}

} // namespace rd
