// SPDX-FileCopyrightText: 2026 The Restore Designer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>

namespace rd {

/// Something wrong in a backup-history export (MsdbHistoryReader), where a text editor finds it.
struct HistoryImportProblem
{
    Q_DECLARE_TR_FUNCTIONS(rd::HistoryImportProblem)
public:
    enum class Severity {
        Error,   ///< the import fails: the history would be wrong without this row or column
        Warning, ///< read as documented, but worth knowing (a line before the header, a guess)
    };

    Severity severity = Severity::Error;
    QString source;      ///< the file (or what the caller called the bytes)
    int line = 0;        ///< 1-based line of the file; 0 = the file as a whole
    int column = 0;      ///< 1-based character column in that line; 0 = the line as a whole
    QString columnName;  ///< the msdb column the value belongs to (`first_lsn`), or empty
    QString message;     ///< what is wrong, for the user

    /// "SOURCE, line 7, column 42 (first_lsn): MESSAGE", leaving out what is unknown.
    QString toString() const;

    bool operator==(const HistoryImportProblem &) const = default;
};

} // namespace rd
