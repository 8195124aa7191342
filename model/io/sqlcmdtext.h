// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArrayView>

namespace rd {

/// The lines sqlcmd writes around a result set besides its rows, which the importers of saved
/// query results (msdb history, backup headers) recognise: the line of dashes under the header
/// and the closing "(N rows affected)".
class SqlcmdText
{
public:
    /// sqlcmd's line of dashes under the header: dashes, separators and spaces only, one dash at least.
    static bool isDashLine(QByteArrayView line, char separator);
    /// sqlcmd's "(12 rows affected)" or "(1 row affected)": the count, or -1 for any other line.
    static qint64 rowsAffected(QByteArrayView line);
};

} // namespace rd
