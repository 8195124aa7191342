// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/io/historyimportproblem.h"

namespace rd {

QString HistoryImportProblem::toString() const
{
    QString where = source;
    if (line > 0)
        where = column > 0 ? tr("%1, line %2, column %3").arg(source).arg(line).arg(column)
                           : tr("%1, line %2").arg(source).arg(line);
    if (!columnName.isEmpty())
        where += QStringLiteral(" (%1)").arg(columnName);
    const QString text = severity == Severity::Warning ? tr("warning: %1").arg(message) : message;
    return where.isEmpty() ? text : QStringLiteral("%1: %2").arg(where, text);
}

} // namespace rd
