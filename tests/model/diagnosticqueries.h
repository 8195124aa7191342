// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Shared by the model tests: questions about a list of findings, with readable failure output.
#include "model/findings/diagnostic.h"
#include "model/simulation/simulationresult.h"

#include <QStringList>

namespace rd::test {

/// Findings of `rule` (at `step`, or anywhere when step is -2).
inline int count(const QList<Diagnostic> &ds, const char *rule, int step = -2)
{
    int n = 0;
    for (const Diagnostic &d : ds)
        n += d.rule == QLatin1String(rule) && (step == -2 || d.step == step);
    return n;
}

/// The findings of `rule` (at `step`, or anywhere when step is -2).
inline QList<Diagnostic> found(const QList<Diagnostic> &ds, const char *rule, int step = -2)
{
    QList<Diagnostic> out;
    for (const Diagnostic &d : ds)
        if (d.rule == QLatin1String(rule) && (step == -2 || d.step == step))
            out << d;
    return out;
}

/// What severityOf and state give when there is nothing to ask about: never a real word, so an
/// assertion on a finding or a filegroup that is not there fails instead of matching a default.
inline const QString Absent = QStringLiteral("(absent)");

/// The severity word of the first finding of `rule` (at `step`, or anywhere when step is -2):
/// "error", "warning", "info", or Absent.
inline QString severityOf(const QList<Diagnostic> &ds, const char *rule, int step = -2)
{
    const QList<Diagnostic> matches = found(ds, rule, step);
    return matches.isEmpty() ? Absent : toString(matches.first().severity);
}

/// The first finding of `rule`, or nullptr.
inline const Diagnostic *find(const QList<Diagnostic> &ds, const char *rule)
{
    for (const Diagnostic &d : ds)
        if (d.rule == QLatin1String(rule))
            return &d;
    return nullptr;
}

/// The finding of `rule` at `step`, or nullptr.
inline const Diagnostic *find(const QList<Diagnostic> &ds, const char *rule, int step)
{
    for (const Diagnostic &d : ds)
        if (d.rule == QLatin1String(rule) && d.step == step)
            return &d;
    return nullptr;
}

/// One line per finding, for QVERIFY2 messages.
inline QString dump(const QList<Diagnostic> &ds)
{
    QStringList out;
    for (const Diagnostic &d : ds)
        out << QStringLiteral("%1@%2 %3 %4").arg(d.rule).arg(d.step).arg(toString(d.severity), d.message);
    return out.join(u'\n');
}

/// A filegroup's state word after a step ("RESTORING"…), or Absent when the step does not report
/// that filegroup (StepState::filegroupState would say ONLINE).
inline QString state(const StepState &s, const char *filegroup)
{
    const QString name = QString::fromLatin1(filegroup);
    for (const auto &[fg, fileState] : s.filegroups)
        if (fg.compare(name, Qt::CaseInsensitive) == 0)
            return toString(fileState);
    return Absent;
}

} // namespace rd::test
