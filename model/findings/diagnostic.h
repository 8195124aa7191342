// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/findings/projectedit.h"

#include <QList>
#include <QString>

namespace rd {

enum class Severity { Error, Warning, Info };
QString toString(Severity s); ///< "error", "warning", "info" (plan-format.md, check --format json)

/// One finding of the validator. `rule` is a stable ID from docs/rules.md.
struct Diagnostic
{
    QString rule;                 ///< e.g. "R-MOD-002"
    Severity severity = Severity::Error;
    int step = -1;                ///< 0-based index in the plan's steps; -1 = plan-wide / history
    QString backup;               ///< backup id concerned, if any
    QString filegroup;            ///< filegroup concerned, if any
    QString message;              ///< what is wrong, in the DBA's terms
    QString fix;                  ///< the smallest fix, when one is known (may be empty)
    ProjectEdit edit;             ///< the same fix as an edit, when it is one (the designer offers it)
    /// The earlier step whose statement SQL Server refuses and which this finding follows from:
    /// it was judged against the state that refusal left unchanged, so fixing that step first may
    /// clear it. -1 when it follows no refusal (RestoreSimulator sets it).
    int causedBy = -1;

    bool operator==(const Diagnostic &) const = default;
};

/// True if any diagnostic is an error (exit status 1 of `check`).
bool hasErrors(const QList<Diagnostic> &diagnostics);

/// The same findings, each consequence listed right under the findings of the step it follows
/// from (Diagnostic::causedBy), in their order, nested as deep as causes go; the others keep
/// their order. For people (the Diagnostics dock, check's text): the root error comes first.
QList<Diagnostic> listedUnderCauses(const QList<Diagnostic> &diagnostics);

} // namespace rd
