// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/io/sqlcmdtext.h"

#include "model/io/msdbvalues.h"

#include <limits>

namespace rd {

bool SqlcmdText::isDashLine(QByteArrayView line, char separator)
{
    bool dash = false;
    for (char c : line) {
        if (c == '-')
            dash = true;
        else if (c != separator && c != ' ')
            return false;
    }
    return dash;
}

qint64 SqlcmdText::rowsAffected(QByteArrayView line)
{
    line = line.trimmed();
    if (!line.startsWith('(') || !line.endsWith(" affected)"))
        return -1;
    line = line.sliced(1);
    qsizetype i = 0;
    while (i < line.size() && line[i] >= '0' && line[i] <= '9')
        ++i;
    const QByteArrayView rest = line.sliced(i);
    if (i == 0 || (rest != " rows affected)" && rest != " row affected)"))
        return -1;
    return MsdbValues::integer(line.first(i), 0, std::numeric_limits<qint64>::max()).value_or(-1);
}

} // namespace rd
