// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/io/historyskippedrows.h"

#include <QStringList>

namespace rd {

QString HistorySkippedRows::toString(int maxRanges) const
{
    QStringList ranges;
    int more = 0;
    for (qsizetype i = 0; i < lines.size();) {
        qsizetype j = i;
        while (j + 1 < lines.size() && lines[j + 1] == lines[j] + 1)
            ++j;
        if (ranges.size() < maxRanges)
            ranges << (j == i ? QString::number(lines[i]) : QStringLiteral("%1-%2").arg(lines[i]).arg(lines[j]));
        else
            ++more;
        i = j + 1;
    }
    QString where = ranges.join(QStringLiteral(", "));
    if (more > 0)
        where += tr(" and %n more range(s)", nullptr, more);
    const QString label = lines.size() == 1 ? tr("line %1").arg(where) : tr("lines %1").arg(where);
    return tr("%1, %2 (%n row(s)): %3", nullptr, int(lines.size())).arg(source, label, reason);
}

} // namespace rd
