// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/io/checkpointdmvproblem.h"

#include "model/io/historyimportproblem.h"

namespace rd {

QString CheckpointDmvProblem::toString(const QString &source) const
{
    // Worded as every importer words its problems.
    const auto historySeverity = severity == Severity::Warning ? HistoryImportProblem::Severity::Warning
                                                               : HistoryImportProblem::Severity::Error;
    return HistoryImportProblem{historySeverity, source, line, column, columnName, message}.toString();
}

} // namespace rd
